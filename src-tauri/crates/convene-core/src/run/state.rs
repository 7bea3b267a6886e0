//! The persisted state of a started run: one `run_state` row per meeting, written in
//! the same transaction as the log entry of the action that changed it, so a restarted
//! app finds the meeting where it was left.

use convene_i18n::msg;
use rusqlite::{Connection, OptionalExtension};

use super::RunStatus;
use crate::{CoreError, CoreResult};

/// The persisted state of a started run.
#[derive(Debug, Clone)]
pub(super) struct RunRow {
    pub(super) status: RunStatus,
    pub(super) current_item_id: Option<String>,
    pub(super) elapsed_before_ms: i64,
    pub(super) running_since: Option<String>,
    pub(super) added_ms: i64,
    pub(super) blackout: bool,
    pub(super) message: String,
    pub(super) agreements: bool,
    /// The teambuilding item whose reminder has been dismissed.
    pub(super) reminder_done_item: Option<String>,
    /// Which run of the meeting this is; each run keeps its own log entries.
    pub(super) run_number: u32,
}

fn status_sql(status: RunStatus) -> &'static str {
    match status {
        RunStatus::Running => "running",
        RunStatus::Paused => "paused",
        RunStatus::Ended | RunStatus::NotStarted => "ended",
    }
}

pub(super) fn load_row(conn: &Connection, meeting_id: &str) -> CoreResult<Option<RunRow>> {
    Ok(conn
        .query_row(
            "SELECT status, current_item_id, elapsed_before_ms, running_since, added_ms, blackout, message,
                    agreements, reminder_done_item, run_number
             FROM run_state WHERE meeting_id = ?1",
            [meeting_id],
            |row| {
                let status: String = row.get(0)?;
                Ok(RunRow {
                    status: match status.as_str() {
                        "running" => RunStatus::Running,
                        "paused" => RunStatus::Paused,
                        _ => RunStatus::Ended,
                    },
                    current_item_id: row.get(1)?,
                    elapsed_before_ms: row.get(2)?,
                    running_since: row.get(3)?,
                    added_ms: row.get(4)?,
                    blackout: row.get(5)?,
                    message: row.get(6)?,
                    agreements: row.get(7)?,
                    reminder_done_item: row.get(8)?,
                    run_number: row.get(9)?,
                })
            },
        )
        .optional()?)
}

pub(super) fn save_row(
    conn: &Connection,
    meeting_id: &str,
    row: &RunRow,
    now: &str,
) -> CoreResult<()> {
    conn.execute(
        "INSERT INTO run_state (meeting_id, status, current_item_id, elapsed_before_ms, running_since,
             added_ms, blackout, message, agreements, reminder_done_item, run_number, started_at,
             updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?10, ?11, ?12, ?9, ?9)
         ON CONFLICT (meeting_id) DO UPDATE SET status = ?2, current_item_id = ?3,
             elapsed_before_ms = ?4, running_since = ?5, added_ms = ?6, blackout = ?7, message = ?8,
             agreements = ?10, reminder_done_item = ?11, run_number = ?12, updated_at = ?9,
             started_at = CASE WHEN run_number = ?12 THEN started_at ELSE ?9 END,
             ended_at = CASE WHEN ?2 = 'ended' THEN ?9 ELSE NULL END",
        rusqlite::params![
            meeting_id, status_sql(row.status), row.current_item_id, row.elapsed_before_ms,
            row.running_since, row.added_ms, row.blackout, row.message, now, row.agreements,
            row.reminder_done_item, row.run_number
        ],
    )?;
    Ok(())
}

/// Refuses changes that would pull the agenda out from under a live run.
pub(crate) fn ensure_not_live(conn: &Connection, meeting_id: &str) -> CoreResult<()> {
    match load_row(conn, meeting_id)? {
        Some(row) if matches!(row.status, RunStatus::Running | RunStatus::Paused) => Err(
            CoreError::invalid("meetingId", msg!("errors-run-replacing-agenda")),
        ),
        _ => Ok(()),
    }
}

/// Refuses deleting the item that is on the clock.
pub(crate) fn ensure_not_current(
    conn: &Connection,
    meeting_id: &str,
    item_id: &str,
) -> CoreResult<()> {
    match load_row(conn, meeting_id)? {
        Some(row)
            if matches!(row.status, RunStatus::Running | RunStatus::Paused)
                && row.current_item_id.as_deref() == Some(item_id) =>
        {
            Err(CoreError::invalid(
                "id",
                msg!("errors-run-deleting-current"),
            ))
        }
        _ => Ok(()),
    }
}
