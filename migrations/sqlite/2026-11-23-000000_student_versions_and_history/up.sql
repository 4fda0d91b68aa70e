-- Lost-update protection and change history.
--
-- `version` counts a student's saved changes: the edit form and the API's ETag carry the
-- version they started from, and a save only applies over that same version.
ALTER TABLE students ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- One row per create, edit, delete and restore of a student. No foreign key: the history
-- (and the snapshot a restore needs) outlives the student it describes.
CREATE TABLE student_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    student_id BIGINT NOT NULL,
    action VARCHAR(10) NOT NULL CHECK (action IN ('created', 'updated', 'deleted', 'restored')),
    changed_at TIMESTAMP NOT NULL,
    -- The student's version after the change (for a deletion: the version deleted).
    version INTEGER NOT NULL,
    -- JSON: [{"field": "email", "old": "…", "new": "…"}, …] (null for "no value").
    changes TEXT NOT NULL,
    -- Deletions only, for 30 days: the deleted record and its enrollments as JSON.
    snapshot TEXT
);
-- A student's history, newest first.
CREATE INDEX student_changes_of_student ON student_changes (student_id, id);
-- The "recently deleted" page, and purging snapshots older than 30 days.
CREATE INDEX student_changes_by_action ON student_changes (action, changed_at);
