DROP TABLE upload_parts;
DROP TABLE uploads;
DELETE FROM student_changes WHERE action = 'imported';
ALTER TABLE student_changes DROP COLUMN batch_id;
ALTER TABLE student_changes DROP CONSTRAINT student_changes_action_check;
ALTER TABLE student_changes ADD CONSTRAINT student_changes_action_check
    CHECK (action IN ('created', 'updated', 'deleted', 'restored'));
DROP TABLE batches;
