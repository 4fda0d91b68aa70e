-- A deleted course, kept for 30 days so that it can be restored with its enrollments:
-- the course and its enrollments as JSON. No foreign key: it outlives the course.
CREATE TABLE course_deletions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    course_id BIGINT NOT NULL,
    deleted_at TIMESTAMP NOT NULL,
    deleted_by VARCHAR(400),
    snapshot TEXT NOT NULL
);
CREATE INDEX course_deletions_by_date ON course_deletions (deleted_at);
CREATE INDEX course_deletions_of_course ON course_deletions (course_id);
