-- The schema of migrations/sqlite in MySQL/MariaDB's dialect: see the comments there.
-- utf8mb4 whatever the server's default; email_key compares bytes (utf8mb4_bin), since the
-- app has already folded its case and the default collations would also fold accents.
CREATE TABLE students (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    firstname VARCHAR(100) NOT NULL,
    lastname VARCHAR(100) NOT NULL,
    email VARCHAR(80) NOT NULL,
    email_key VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    age INT NULL,
    bio TEXT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT students_firstname_length CHECK (char_length(firstname) BETWEEN 1 AND 100),
    CONSTRAINT students_lastname_length CHECK (char_length(lastname) BETWEEN 1 AND 100),
    CONSTRAINT students_email_length CHECK (char_length(email) BETWEEN 3 AND 80),
    CONSTRAINT students_age_range CHECK (age BETWEEN 0 AND 150),
    CONSTRAINT students_bio_length CHECK (char_length(bio) <= 10000),
    UNIQUE KEY students_email_key (email_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_secrets (
    name VARCHAR(50) NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
