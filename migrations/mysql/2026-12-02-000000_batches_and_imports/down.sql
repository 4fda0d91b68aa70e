DROP TABLE upload_parts;
DROP TABLE uploads;
DELETE FROM student_changes WHERE action = 'imported';
ALTER TABLE student_changes DROP FOREIGN KEY student_changes_batch;
ALTER TABLE student_changes DROP KEY student_changes_of_batch, DROP COLUMN batch_id;
ALTER TABLE student_changes DROP CONSTRAINT student_changes_action;
ALTER TABLE student_changes ADD CONSTRAINT student_changes_action
    CHECK (action IN ('created', 'updated', 'deleted', 'restored'));
DROP TABLE batches;
