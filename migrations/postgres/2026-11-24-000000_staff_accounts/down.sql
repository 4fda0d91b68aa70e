ALTER TABLE student_changes DROP COLUMN changed_by;
DROP TABLE setup_tokens;
DROP TABLE login_failures;
DROP TABLE api_tokens;
DROP TABLE staff_sessions;
DROP TABLE accounts;
