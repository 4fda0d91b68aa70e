-- The schema of migrations/sqlite in MySQL/MariaDB's dialect: see the comments there.
ALTER TABLE batches DROP CONSTRAINT batches_kind;
ALTER TABLE batches ADD CONSTRAINT batches_kind CHECK (kind IN ('deleted', 'imported', 'edited'));
