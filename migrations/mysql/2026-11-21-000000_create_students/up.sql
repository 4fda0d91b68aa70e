-- The schema of migrations/sqlite in MySQL/MariaDB's dialect: see the comments there.
-- utf8mb4 whatever the server's default; the derived keys compare bytes (utf8mb4_bin), since
-- the app has already folded their case and the default collations would also fold accents.
-- MariaDB has no trigram index: searching scans search_text (see the README).
CREATE TABLE students (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    firstname VARCHAR(100) NOT NULL,
    lastname VARCHAR(100) NOT NULL,
    email VARCHAR(80) NOT NULL,
    age INT NULL,
    bio TEXT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    email_key VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    name_key VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    search_text TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    age_sort INT AS (coalesce(age, 1000)) STORED,
    CONSTRAINT students_firstname_length CHECK (char_length(firstname) BETWEEN 1 AND 100),
    CONSTRAINT students_lastname_length CHECK (char_length(lastname) BETWEEN 1 AND 100),
    CONSTRAINT students_email_length CHECK (char_length(email) BETWEEN 3 AND 80),
    CONSTRAINT students_age_range CHECK (age BETWEEN 0 AND 150),
    CONSTRAINT students_bio_length CHECK (char_length(bio) <= 10000),
    UNIQUE KEY students_email_key (email_key),
    KEY students_name_order (name_key, id),
    KEY students_age_order (age_sort, id),
    KEY students_joined_order (created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE student_count (
    id INT NOT NULL PRIMARY KEY,
    total BIGINT NOT NULL,
    CONSTRAINT student_count_single_row CHECK (id = 1)
) ENGINE = InnoDB;
INSERT INTO student_count (id, total) VALUES (1, 0);
CREATE TRIGGER student_count_insert AFTER INSERT ON students
    FOR EACH ROW UPDATE student_count SET total = total + 1 WHERE id = 1;
CREATE TRIGGER student_count_delete AFTER DELETE ON students
    FOR EACH ROW UPDATE student_count SET total = total - 1 WHERE id = 1;

CREATE TABLE app_secrets (
    name VARCHAR(50) NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
