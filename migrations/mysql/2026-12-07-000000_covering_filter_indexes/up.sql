-- The age and joining-date orders' indexes also hold the other filter's column, so a
-- count of the students both filters let through reads only the index, never the rows.
ALTER TABLE students
    DROP INDEX students_age_order,
    ADD INDEX students_age_order (age_sort, id, created_at),
    DROP INDEX students_joined_order,
    ADD INDEX students_joined_order (created_at, id, age_sort);
