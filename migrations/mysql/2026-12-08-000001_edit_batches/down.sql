DELETE FROM batches WHERE kind = 'edited';
ALTER TABLE batches DROP CONSTRAINT batches_kind;
ALTER TABLE batches ADD CONSTRAINT batches_kind CHECK (kind IN ('deleted', 'imported'));
