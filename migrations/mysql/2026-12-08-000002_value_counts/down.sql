DROP TRIGGER value_counts_delete;
DROP TRIGGER value_counts_insert;
DROP TRIGGER student_values_delete;
DROP TABLE value_counts;
ALTER TABLE student_values DROP COLUMN counted;
