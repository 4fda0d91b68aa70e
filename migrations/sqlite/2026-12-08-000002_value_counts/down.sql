DROP TRIGGER value_counts_delete;
DROP TRIGGER value_counts_insert;
DROP TABLE value_counts;
ALTER TABLE student_values DROP COLUMN counted;
