-- Courses, and enrollments: a student in a course. Deleting either side deletes its
-- enrollments (foreign keys with ON DELETE CASCADE, enforced by the database).
CREATE TABLE courses (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code VARCHAR(20) NOT NULL CHECK (length(code) BETWEEN 2 AND 20), -- stored upper-case
    title VARCHAR(200) NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description TEXT CHECK (length(description) <= 5000),
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    search_text TEXT NOT NULL -- "code title", case folded by the app
);
CREATE UNIQUE INDEX courses_code_key ON courses (code);

CREATE TABLE enrollments (
    student_id BIGINT NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    enrolled_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    grade VARCHAR(20) CHECK (length(grade) BETWEEN 1 AND 20),
    PRIMARY KEY (student_id, course_id)
);
-- A course's students (the primary key already serves a student's courses).
CREATE INDEX enrollments_course ON enrollments (course_id, student_id);
