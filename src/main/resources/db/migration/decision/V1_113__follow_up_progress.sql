-- Beschlusskontrolle (issue 7): a follow-up can be in progress, with the administration's note on
-- where it stands; it is closed (DONE, with the closing paper where there is one) or cancelled.
ALTER TABLE follow_up DROP CONSTRAINT IF EXISTS follow_up_status_check;
ALTER TABLE follow_up DROP CONSTRAINT IF EXISTS follow_up_check;
ALTER TABLE follow_up ADD CONSTRAINT follow_up_status_values CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'));
ALTER TABLE follow_up ADD CONSTRAINT follow_up_closed_when_finished CHECK ((status IN ('OPEN', 'IN_PROGRESS')) = (closed_at IS NULL));
ALTER TABLE follow_up ADD COLUMN progress_note text CHECK (length(progress_note) <= 2000);
DROP INDEX IF EXISTS follow_up_open;
CREATE INDEX follow_up_open ON follow_up (due_date) WHERE status IN ('OPEN', 'IN_PROGRESS');
