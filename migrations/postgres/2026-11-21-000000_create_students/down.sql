DROP TABLE app_secrets;
DROP TRIGGER student_count_change ON students;
DROP FUNCTION student_count_change();
DROP TABLE student_count;
DROP TABLE students;
