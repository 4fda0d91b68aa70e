-- The schema of migrations/sqlite in MySQL/MariaDB's dialect: see the comments there.
CREATE TABLE batches (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind VARCHAR(10) NOT NULL,
    created_at DATETIME NOT NULL,
    created_by VARCHAR(400) NULL,
    size INT NOT NULL,
    CONSTRAINT batches_kind CHECK (kind IN ('deleted', 'imported')),
    KEY batches_by_kind (kind, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE student_changes DROP CONSTRAINT student_changes_action;
ALTER TABLE student_changes ADD CONSTRAINT student_changes_action
    CHECK (action IN ('created', 'updated', 'deleted', 'restored', 'imported'));
ALTER TABLE student_changes ADD COLUMN batch_id BIGINT NULL,
    ADD KEY student_changes_of_batch (batch_id),
    ADD CONSTRAINT student_changes_batch FOREIGN KEY (batch_id) REFERENCES batches (id) ON DELETE SET NULL;

CREATE TABLE uploads (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    filename VARCHAR(255) NOT NULL,
    created_at DATETIME NOT NULL,
    CONSTRAINT uploads_kind CHECK (kind IN ('students', 'enrollments')),
    CONSTRAINT uploads_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE TABLE upload_parts (
    upload_id BIGINT NOT NULL,
    seq INT NOT NULL,
    content MEDIUMTEXT NOT NULL,
    PRIMARY KEY (upload_id, seq),
    CONSTRAINT upload_parts_upload FOREIGN KEY (upload_id) REFERENCES uploads (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
