-- The schema of migrations/sqlite in MySQL/MariaDB's dialect: see the comments there.
CREATE TABLE student_fields (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    `key` VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    position INT NOT NULL,
    retired BOOLEAN NOT NULL DEFAULT FALSE,
    spec MEDIUMTEXT NOT NULL,
    version INT NOT NULL DEFAULT 1,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    UNIQUE KEY student_fields_key (`key`)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE students ADD COLUMN fields MEDIUMTEXT NULL;

CREATE TABLE student_values (
    student_id BIGINT NOT NULL,
    field_id BIGINT NOT NULL,
    item VARCHAR(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    item_key VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    number BIGINT NULL,
    unique_key VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    PRIMARY KEY (student_id, field_id, item),
    KEY student_values_by_key (field_id, item_key, student_id),
    KEY student_values_by_number (field_id, number, student_id),
    UNIQUE KEY student_values_unique (field_id, unique_key),
    CONSTRAINT student_values_student FOREIGN KEY (student_id) REFERENCES students (id) ON DELETE CASCADE,
    CONSTRAINT student_values_field FOREIGN KEY (field_id) REFERENCES student_fields (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
