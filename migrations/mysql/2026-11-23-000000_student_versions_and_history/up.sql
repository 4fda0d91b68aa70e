-- The schema of migrations/sqlite in MySQL/MariaDB's dialect: see the comments there.
ALTER TABLE students ADD COLUMN version INT NOT NULL DEFAULT 1;

CREATE TABLE student_changes (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    student_id BIGINT NOT NULL,
    action VARCHAR(10) NOT NULL,
    changed_at DATETIME NOT NULL,
    version INT NOT NULL,
    changes MEDIUMTEXT NOT NULL,
    snapshot MEDIUMTEXT NULL,
    CONSTRAINT student_changes_action CHECK (action IN ('created', 'updated', 'deleted', 'restored')),
    KEY student_changes_of_student (student_id, id),
    KEY student_changes_by_action (action, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
