-- The schema of migrations/sqlite in PostgreSQL's dialect: see the comments there.
ALTER TABLE batches DROP CONSTRAINT batches_kind_check;
ALTER TABLE batches ADD CONSTRAINT batches_kind_check CHECK (kind IN ('deleted', 'imported', 'edited'));
