DROP INDEX students_age_order;
CREATE INDEX students_age_order ON students (age_sort, id);
DROP INDEX students_joined_order;
CREATE INDEX students_joined_order ON students (created_at, id);
