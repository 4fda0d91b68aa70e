DROP TRIGGER value_counts_change ON student_values;
DROP FUNCTION value_counts_change();
DROP TABLE value_counts;
ALTER TABLE student_values DROP COLUMN counted;
