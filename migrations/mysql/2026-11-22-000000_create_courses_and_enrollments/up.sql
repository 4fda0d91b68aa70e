-- The schema of migrations/sqlite in MySQL/MariaDB's dialect: see the comments there.
CREATE TABLE courses (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    title VARCHAR(200) NOT NULL,
    description TEXT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    search_text TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    CONSTRAINT courses_code_length CHECK (char_length(code) BETWEEN 2 AND 20),
    CONSTRAINT courses_title_length CHECK (char_length(title) BETWEEN 1 AND 200),
    CONSTRAINT courses_description_length CHECK (char_length(description) <= 5000),
    UNIQUE KEY courses_code_key (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE enrollments (
    student_id BIGINT NOT NULL,
    course_id BIGINT NOT NULL,
    enrolled_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    grade VARCHAR(20) NULL,
    PRIMARY KEY (student_id, course_id),
    KEY enrollments_course (course_id, student_id),
    CONSTRAINT enrollments_grade_length CHECK (char_length(grade) BETWEEN 1 AND 20),
    CONSTRAINT enrollments_student_fk FOREIGN KEY (student_id) REFERENCES students (id) ON DELETE CASCADE,
    CONSTRAINT enrollments_course_fk FOREIGN KEY (course_id) REFERENCES courses (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
