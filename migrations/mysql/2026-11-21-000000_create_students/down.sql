DROP TABLE app_secrets;
DROP TABLE student_count;
DROP TABLE students;
