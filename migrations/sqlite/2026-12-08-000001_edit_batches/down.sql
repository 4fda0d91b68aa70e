PRAGMA foreign_keys = OFF;
BEGIN;
DELETE FROM batches WHERE kind = 'edited';
CREATE TABLE batches_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind VARCHAR(10) NOT NULL CHECK (kind IN ('deleted', 'imported')),
    created_at TIMESTAMP NOT NULL,
    created_by VARCHAR(400),
    size INTEGER NOT NULL
);
INSERT INTO batches_new (id, kind, created_at, created_by, size)
    SELECT id, kind, created_at, created_by, size FROM batches;
DROP TABLE batches;
ALTER TABLE batches_new RENAME TO batches;
CREATE INDEX batches_by_kind ON batches (kind, created_at);
COMMIT;
PRAGMA foreign_keys = ON;
