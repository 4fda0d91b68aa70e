-- The schema of migrations/sqlite in MySQL/MariaDB's dialect: see the comments there.
-- Here triggers do not see rows deleted by ON DELETE CASCADE, so deleting a student first
-- deletes their values in a trigger, whose own triggers then count them.
ALTER TABLE student_values ADD COLUMN counted BOOLEAN NOT NULL DEFAULT FALSE;
CREATE TABLE value_counts (
    field_id BIGINT NOT NULL,
    item_key VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    students BIGINT NOT NULL,
    PRIMARY KEY (field_id, item_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE TRIGGER student_values_delete BEFORE DELETE ON students
    FOR EACH ROW DELETE FROM student_values WHERE student_id = OLD.id;
CREATE TRIGGER value_counts_insert AFTER INSERT ON student_values
FOR EACH ROW BEGIN
    IF NEW.counted THEN
        INSERT INTO value_counts (field_id, item_key, students) VALUES (NEW.field_id, NEW.item_key, 1)
            ON DUPLICATE KEY UPDATE students = students + 1;
    END IF;
END;
CREATE TRIGGER value_counts_delete AFTER DELETE ON student_values
FOR EACH ROW BEGIN
    IF OLD.counted THEN
        UPDATE value_counts SET students = students - 1
            WHERE field_id = OLD.field_id AND item_key = OLD.item_key;
    END IF;
END;
