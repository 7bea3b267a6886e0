//! The one shape every run action takes: read the row, decide, write, in one
//! transaction, then push the new snapshot to every view.

use convene_i18n::msg;
use rusqlite::Connection;

use super::snapshot::{context, Context};
use super::state::{load_row, save_row, RunRow};
use super::{clock::wall_text, RunSnapshot, RunStatus};
use crate::change::Change;
use crate::events::AppEvent;
use crate::{Core, CoreError, CoreResult};

impl Core {
    /// Applies `change` to the run in one transaction, then pushes the new state.
    pub(super) fn transition(
        &self,
        meeting_id: &str,
        change: impl FnOnce(&Connection, &Context, Option<RunRow>) -> CoreResult<Option<RunRow>>,
    ) -> CoreResult<RunSnapshot> {
        self.write_and_publish(|tx| {
            tx.execute(
                "UPDATE meeting SET run_revision = run_revision + 1 WHERE id = ?1",
                [meeting_id],
            )?;
            let ctx = context(tx, meeting_id)?;
            let row = load_row(tx, meeting_id)?;
            let next = change(tx, &ctx, row)?;
            match &next {
                Some(row) => save_row(tx, meeting_id, row, &wall_text(self.clock.now_utc()))?,
                None => {
                    tx.execute("DELETE FROM run_state WHERE meeting_id = ?1", [meeting_id])?;
                }
            }
            let snapshot = self.snapshot(&ctx, next.as_ref());
            let event = AppEvent::Run(Box::new(snapshot.clone()));
            Ok(Change::new(snapshot, event))
        })
    }

    /// Closes the current item's log entry, then puts `to` on the clock (or ends the run).
    pub(super) fn move_to(
        &self,
        tx: &Connection,
        ctx: &Context,
        row: RunRow,
        to: Option<usize>,
    ) -> CoreResult<RunRow> {
        self.close_log(tx, ctx, &row)?;
        let Some(to) = to else {
            return Ok(RunRow {
                status: RunStatus::Ended,
                running_since: None,
                elapsed_before_ms: 0,
                ..row
            });
        };
        let running = row.status == RunStatus::Running;
        let item = &ctx.items[to];
        self.open_log(tx, &ctx.meeting.id, item, row.run_number)?;
        Ok(RunRow {
            status: if running {
                RunStatus::Running
            } else {
                RunStatus::Paused
            },
            current_item_id: Some(item.id.clone()),
            elapsed_before_ms: 0,
            running_since: running.then(|| self.start_clock(&ctx.meeting.id)),
            added_ms: 0,
            ..row
        })
    }
}

pub(super) fn live(row: Option<RunRow>) -> CoreResult<RunRow> {
    match row {
        Some(row) if matches!(row.status, RunStatus::Running | RunStatus::Paused) => Ok(row),
        Some(_) => Err(ended()),
        None => Err(CoreError::invalid(
            "meetingId",
            msg!("errors-run-not-running"),
        )),
    }
}

/// Why a key press after the end changes nothing: a stray Space or clicker button must
/// never begin the meeting again.
pub(super) fn ended() -> CoreError {
    CoreError::invalid("meetingId", msg!("errors-run-ended"))
}

pub(super) fn current_index(ctx: &Context, row: &RunRow) -> Option<usize> {
    row.current_item_id
        .as_deref()
        .and_then(|id| ctx.items.iter().position(|i| i.id == id))
}
