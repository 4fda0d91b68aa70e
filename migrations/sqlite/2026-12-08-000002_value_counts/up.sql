-- Students per value of each choice and yes/no field, for the dashboard's charts, kept by
-- triggers like the other counts (migration 2026-12-05): the dashboard reads a few rows
-- however many students there are. The app marks the rows that count (`counted`: a
-- choice's or a yes/no's value, never a student number or a date).
ALTER TABLE student_values ADD COLUMN counted BOOLEAN NOT NULL DEFAULT 0;
CREATE TABLE value_counts (
    field_id BIGINT NOT NULL,
    item_key VARCHAR(200) NOT NULL,
    students BIGINT NOT NULL,
    PRIMARY KEY (field_id, item_key)
);
CREATE TRIGGER value_counts_insert AFTER INSERT ON student_values WHEN NEW.counted
BEGIN
    INSERT INTO value_counts (field_id, item_key, students) VALUES (NEW.field_id, NEW.item_key, 1)
        ON CONFLICT (field_id, item_key) DO UPDATE SET students = students + 1;
END;
CREATE TRIGGER value_counts_delete AFTER DELETE ON student_values WHEN OLD.counted
BEGIN
    UPDATE value_counts SET students = students - 1
        WHERE field_id = OLD.field_id AND item_key = OLD.item_key;
END;
