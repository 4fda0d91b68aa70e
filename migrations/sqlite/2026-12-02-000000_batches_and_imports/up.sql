-- Batches: students deleted together (restored with one Restore) or imported together
-- (undone as one). Each history entry of such a write names its batch.
CREATE TABLE batches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind VARCHAR(10) NOT NULL CHECK (kind IN ('deleted', 'imported')),
    created_at TIMESTAMP NOT NULL,
    created_by VARCHAR(400),
    size INTEGER NOT NULL
);
CREATE INDEX batches_by_kind ON batches (kind, created_at);

-- A history action of its own for an import ("imported"): SQLite cannot change a CHECK
-- constraint, so the table is rebuilt with it (and the batch column).
CREATE TABLE student_changes_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    student_id BIGINT NOT NULL,
    action VARCHAR(10) NOT NULL CHECK (action IN ('created', 'updated', 'deleted', 'restored', 'imported')),
    changed_at TIMESTAMP NOT NULL,
    version INTEGER NOT NULL,
    changes TEXT NOT NULL,
    snapshot TEXT,
    changed_by VARCHAR(400),
    batch_id BIGINT REFERENCES batches (id) ON DELETE SET NULL
);
INSERT INTO student_changes_new (id, student_id, action, changed_at, version, changes, snapshot, changed_by)
    SELECT id, student_id, action, changed_at, version, changes, snapshot, changed_by FROM student_changes;
DROP TABLE student_changes;
ALTER TABLE student_changes_new RENAME TO student_changes;
CREATE INDEX student_changes_of_student ON student_changes (student_id, id);
CREATE INDEX student_changes_by_action ON student_changes (action, changed_at);
CREATE INDEX student_changes_of_batch ON student_changes (batch_id);

-- An uploaded CSV file between its preview and its confirmation, in pieces of at most
-- 256 KiB of text (so no single value nears a server's packet limit). Erased when
-- confirmed, cancelled, or a day old.
CREATE TABLE uploads (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind VARCHAR(20) NOT NULL CHECK (kind IN ('students', 'enrollments')),
    filename VARCHAR(255) NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE TABLE upload_parts (
    upload_id BIGINT NOT NULL REFERENCES uploads (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    content TEXT NOT NULL,
    PRIMARY KEY (upload_id, seq)
);
