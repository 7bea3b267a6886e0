-- A meeting can be run more than once (a rehearsal, a meeting resumed the next day):
-- each run keeps its own log rows instead of the next run deleting them.
ALTER TABLE run_log ADD COLUMN run_number INTEGER NOT NULL DEFAULT 1;
ALTER TABLE run_state ADD COLUMN run_number INTEGER NOT NULL DEFAULT 1;
DROP INDEX run_log_by_meeting;
CREATE INDEX run_log_by_meeting ON run_log(meeting_id, run_number, started_at);
