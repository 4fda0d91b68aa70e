-- The schema of migrations/sqlite in MySQL/MariaDB's dialect: see the comments there.
ALTER TABLE accounts
    ADD COLUMN language VARCHAR(8) NULL,
    ADD COLUMN time_zone VARCHAR(64) NULL,
    ADD COLUMN theme VARCHAR(8) NULL;
