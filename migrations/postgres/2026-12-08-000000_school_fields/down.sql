DROP TABLE student_values;
ALTER TABLE students DROP COLUMN fields;
DROP TABLE student_fields;
