ALTER TABLE students
    DROP INDEX students_age_order,
    ADD INDEX students_age_order (age_sort, id),
    DROP INDEX students_joined_order,
    ADD INDEX students_joined_order (created_at, id);
