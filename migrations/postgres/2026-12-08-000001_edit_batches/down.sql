DELETE FROM batches WHERE kind = 'edited';
ALTER TABLE batches DROP CONSTRAINT batches_kind_check;
ALTER TABLE batches ADD CONSTRAINT batches_kind_check CHECK (kind IN ('deleted', 'imported'));
