-- The schema of migrations/sqlite in MySQL/MariaDB's dialect: see the comments there.
CREATE TABLE course_deletions (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id BIGINT NOT NULL,
    deleted_at DATETIME NOT NULL,
    deleted_by VARCHAR(400) NULL,
    snapshot MEDIUMTEXT NOT NULL,
    KEY course_deletions_by_date (deleted_at),
    KEY course_deletions_of_course (course_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
