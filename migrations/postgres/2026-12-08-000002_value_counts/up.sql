-- The schema of migrations/sqlite in PostgreSQL's dialect: see the comments there.
ALTER TABLE student_values ADD COLUMN counted BOOLEAN NOT NULL DEFAULT FALSE;
CREATE TABLE value_counts (
    field_id BIGINT NOT NULL,
    item_key VARCHAR(200) COLLATE "C" NOT NULL,
    students BIGINT NOT NULL,
    PRIMARY KEY (field_id, item_key)
);
CREATE FUNCTION value_counts_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND NEW.counted THEN
        INSERT INTO value_counts (field_id, item_key, students) VALUES (NEW.field_id, NEW.item_key, 1)
            ON CONFLICT (field_id, item_key) DO UPDATE SET students = value_counts.students + 1;
    ELSIF TG_OP = 'DELETE' AND OLD.counted THEN
        UPDATE value_counts SET students = students - 1
            WHERE field_id = OLD.field_id AND item_key = OLD.item_key;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER value_counts_change AFTER INSERT OR DELETE ON student_values
    FOR EACH ROW EXECUTE FUNCTION value_counts_change();
