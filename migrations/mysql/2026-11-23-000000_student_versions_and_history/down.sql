DROP TABLE student_changes;
ALTER TABLE students DROP COLUMN version;
