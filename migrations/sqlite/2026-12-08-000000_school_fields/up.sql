-- The fields a school defines for its students (student number, class, date of birth…).
-- A field's description (labels and help per language, kind, rules, choices) is one JSON
-- document, `spec`, read and checked by the app (src/domain/record/school.rs); its key and
-- place are columns. AUTOINCREMENT: a deleted field's id is never given to a new one, so
-- values stored under it can never be read as another field's.
CREATE TABLE student_fields (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key VARCHAR(40) NOT NULL,
    position INTEGER NOT NULL,
    retired BOOLEAN NOT NULL DEFAULT 0,
    spec TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX student_fields_key ON student_fields (key);

-- A student's values of the school's fields, as JSON by field id: what every read of a
-- student gets with the row (no join for a page, a list or an export).
ALTER TABLE students ADD COLUMN fields TEXT;

-- The same values as rows, for what the database must look up or enforce: a filter by a
-- choice, a yes/no, a date or number range (`item_key`, `number`), and uniqueness
-- (`unique_key`, set only for a unique field's value: NULLs never collide). One row per
-- value; a field of several choices has one row per chosen choice (`item` its key, '' for
-- every other kind). Written with the JSON in the same transaction.
CREATE TABLE student_values (
    student_id BIGINT NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    field_id BIGINT NOT NULL REFERENCES student_fields (id) ON DELETE CASCADE,
    item VARCHAR(80) NOT NULL,
    item_key VARCHAR(200),
    number BIGINT,
    unique_key VARCHAR(200),
    PRIMARY KEY (student_id, field_id, item)
) WITHOUT ROWID;
CREATE INDEX student_values_by_key ON student_values (field_id, item_key, student_id);
CREATE INDEX student_values_by_number ON student_values (field_id, number, student_id);
CREATE UNIQUE INDEX student_values_unique ON student_values (field_id, unique_key);
