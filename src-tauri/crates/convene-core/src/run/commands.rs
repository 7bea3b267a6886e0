//! The operator's actions on a live run (the run view's buttons, the keyboard and the
//! clicker), auto-advance, and the ticker that drives it. Each action is one
//! [`transition`](Core::transition) closure.

use convene_i18n::msg;
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension};

use super::log::runs_recorded;
use super::snapshot::{context, Context};
use super::state::{load_row, RunRow};
use super::transition::{current_index, ended, live};
use super::{AdjustRequest, DisplayRequest, JumpRequest, RunRequest, RunSettings, RunSnapshot};
use super::{RunStatus, StartRequest};
use crate::{Core, CoreError, CoreResult};

pub fn get(core: &Core, request: RunRequest) -> CoreResult<RunSnapshot> {
    core.store.read(|conn| {
        let ctx = context(conn, &request.meeting_id)?;
        let row = load_row(conn, &request.meeting_id)?;
        Ok(core.snapshot(&ctx, row.as_ref()))
    })
}

/// Starts the meeting from its first item. An ended meeting starts a new run only when
/// the facilitator confirmed it; the earlier runs' logs stay.
pub fn start(core: &Core, request: StartRequest) -> CoreResult<RunSnapshot> {
    let confirmed = request.confirm_restart.unwrap_or(false);
    core.transition(&request.meeting_id, |tx, ctx, row| {
        Ok(Some(begin(core, tx, ctx, row.as_ref(), confirmed)?))
    })
}

/// The first item on the clock, as a new run (refused while a run is live).
fn begin(
    core: &Core,
    tx: &Connection,
    ctx: &Context,
    row: Option<&RunRow>,
    confirmed: bool,
) -> CoreResult<RunRow> {
    if row.is_some_and(|r| r.status != RunStatus::Ended) {
        return Err(CoreError::invalid(
            "meetingId",
            msg!("errors-run-already-running"),
        ));
    }
    let first = ctx
        .items
        .first()
        .ok_or_else(|| CoreError::invalid("meetingId", msg!("errors-run-no-agenda")))?;
    let runs_before = runs_recorded(tx, &ctx.meeting.id)?;
    if runs_before > 0 && !confirmed {
        return Err(CoreError::NeedsConfirmation(msg!(
            "errors-run-again",
            run = runs_before + 1,
            earlier = runs_before
        )));
    }
    let run_number = runs_before + 1;
    core.open_log(tx, &ctx.meeting.id, first, run_number)?;
    Ok(RunRow {
        status: RunStatus::Running,
        current_item_id: Some(first.id.clone()),
        elapsed_before_ms: 0,
        running_since: Some(core.start_clock(&ctx.meeting.id)),
        added_ms: 0,
        blackout: false,
        message: String::new(),
        agreements: false,
        reminder_done_item: None,
        run_number,
    })
}

pub fn pause(core: &Core, request: RunRequest) -> CoreResult<RunSnapshot> {
    core.transition(&request.meeting_id, |_, ctx, row| {
        Ok(Some(paused(core, ctx, live(row)?)))
    })
}

/// The live row with its clock stopped (unchanged when it already is).
fn paused(core: &Core, ctx: &Context, row: RunRow) -> RunRow {
    if row.status == RunStatus::Paused {
        return row;
    }
    let elapsed = core.elapsed_ms(&ctx.meeting.id, &row);
    RunRow {
        status: RunStatus::Paused,
        elapsed_before_ms: elapsed,
        running_since: None,
        ..row
    }
}

pub fn resume(core: &Core, request: RunRequest) -> CoreResult<RunSnapshot> {
    core.transition(&request.meeting_id, |_, ctx, row| {
        Ok(Some(resumed(core, ctx, live(row)?)))
    })
}

/// The live row with its clock running (unchanged when it already is).
fn resumed(core: &Core, ctx: &Context, row: RunRow) -> RunRow {
    if row.status == RunStatus::Running {
        return row;
    }
    RunRow {
        status: RunStatus::Running,
        running_since: Some(core.start_clock(&ctx.meeting.id)),
        ..row
    }
}

/// Space bar: start, pause or resume, whichever fits the row read in the same
/// transaction, so two quick presses can never both act on a stale status.
pub fn toggle(core: &Core, request: RunRequest) -> CoreResult<RunSnapshot> {
    core.transition(&request.meeting_id, |tx, ctx, row| match row {
        None => Ok(Some(begin(core, tx, ctx, None, false)?)),
        Some(row) => match row.status {
            RunStatus::Running => Ok(Some(paused(core, ctx, row))),
            RunStatus::Paused => Ok(Some(resumed(core, ctx, row))),
            RunStatus::Ended | RunStatus::NotStarted => Err(ended()),
        },
    })
}

/// The clicker's "next": first dismisses a teambuilding item's reminder, then moves on.
pub fn next(core: &Core, request: RunRequest) -> CoreResult<RunSnapshot> {
    core.transition(&request.meeting_id, |tx, ctx, row| {
        let row = live(row)?;
        if ctx.pending_reminder(&row).is_some() {
            let reminder_done_item = row.current_item_id.clone();
            return Ok(Some(RunRow {
                reminder_done_item,
                ..row
            }));
        }
        Ok(Some(move_on(core, tx, ctx, row)?))
    })
}

/// Puts the item after the current one on the clock (or ends the run after the last).
fn move_on(core: &Core, tx: &Connection, ctx: &Context, row: RunRow) -> CoreResult<RunRow> {
    let to = current_index(ctx, &row)
        .map_or(Some(0), |i| Some(i + 1))
        .filter(|&i| i < ctx.items.len());
    core.move_to(tx, ctx, row, to)
}

/// Auto-advance: the clock ran out, so the run moves on even past a reminder.
fn advance(core: &Core, meeting_id: &str) -> CoreResult<RunSnapshot> {
    core.transition(meeting_id, |tx, ctx, row| {
        Ok(Some(move_on(core, tx, ctx, live(row)?)?))
    })
}

pub fn previous(core: &Core, request: RunRequest) -> CoreResult<RunSnapshot> {
    core.transition(&request.meeting_id, |tx, ctx, row| {
        let row = live(row)?;
        let to = current_index(ctx, &row).map_or(0, |i| i.saturating_sub(1));
        Ok(Some(core.move_to(tx, ctx, row, Some(to))?))
    })
}

pub fn jump(core: &Core, request: JumpRequest) -> CoreResult<RunSnapshot> {
    core.transition(&request.meeting_id, |tx, ctx, row| {
        let row = live(row)?;
        let to = ctx
            .items
            .iter()
            .position(|i| i.id == request.item_id)
            .ok_or_else(|| CoreError::invalid("itemId", msg!("errors-run-item-not-on-agenda")))?;
        Ok(Some(core.move_to(tx, ctx, row, Some(to))?))
    })
}

/// The most time an item can be given on top of its plan.
const MAX_ADDED_MS: i64 = 24 * 60 * 60_000;

pub fn adjust(core: &Core, request: AdjustRequest) -> CoreResult<RunSnapshot> {
    core.transition(&request.meeting_id, |_, ctx, row| {
        let row = live(row)?;
        let planned_ms = current_index(ctx, &row)
            .map_or(0, |i| i64::from(ctx.items[i].planned_minutes) * 60_000);
        // Never take away more than the item has in total, nor add more than a day: a
        // clock pushed past what a date can hold could no longer be shown at all.
        let added_ms =
            (row.added_ms + i64::from(request.seconds) * 1000).clamp(-planned_ms, MAX_ADDED_MS);
        Ok(Some(RunRow { added_ms, ..row }))
    })
}

pub fn end(core: &Core, request: RunRequest) -> CoreResult<RunSnapshot> {
    core.transition(&request.meeting_id, |tx, ctx, row| {
        let row = live(row)?;
        Ok(Some(core.move_to(tx, ctx, row, None)?))
    })
}

pub fn display(core: &Core, request: DisplayRequest) -> CoreResult<RunSnapshot> {
    let message = match &request.message {
        Some(text) => Some(crate::text::optional(
            "message",
            msg!("errors-label-message"),
            text,
            140,
        )?),
        None => None,
    };
    core.transition(&request.meeting_id, |_, _, row| {
        let row = live(row)?;
        let blackout = match (request.toggle_blackout, request.blackout) {
            (Some(true), _) => !row.blackout,
            (_, Some(set)) => set,
            _ => row.blackout,
        };
        Ok(Some(RunRow {
            blackout,
            agreements: request.agreements.unwrap_or(row.agreements),
            message: message.unwrap_or(row.message.clone()),
            ..row
        }))
    })
}

pub fn settings(core: &Core, request: RunSettings) -> CoreResult<RunSnapshot> {
    if let (Some(w), Some(d)) = (request.warning_seconds, request.danger_seconds) {
        if d > w {
            return Err(CoreError::invalid(
                "dangerSeconds",
                msg!("errors-danger-before-warning"),
            ));
        }
    }
    core.transition(&request.meeting_id, |tx, _, row| {
        tx.execute(
            "UPDATE meeting SET auto_advance = ?2, chime = ?3, warning_seconds = ?4, danger_seconds = ?5
             WHERE id = ?1",
            rusqlite::params![
                request.meeting_id, request.auto_advance, request.chime, request.warning_seconds,
                request.danger_seconds
            ],
        )?;
        Ok(row)
    })
}

/// Advances every running meeting whose item has reached zero and asks to auto-advance.
/// Called a few times a second by the desktop shell and the server.
pub fn advance_due(core: &Core) -> CoreResult<u32> {
    let running: Vec<String> = core.store.read(|conn| {
        let mut statement = conn.prepare(
            "SELECT r.meeting_id FROM run_state r JOIN meeting g ON g.id = r.meeting_id
             WHERE r.status = 'running' AND g.auto_advance = 1",
        )?;
        let rows = statement.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    })?;
    let mut advanced = 0;
    for meeting_id in running {
        let snapshot = get(
            core,
            RunRequest {
                meeting_id: meeting_id.clone(),
            },
        )?;
        if snapshot.remaining_ms <= 0 {
            advance(core, &meeting_id)?;
            advanced += 1;
        }
    }
    Ok(advanced)
}

/// The meeting a projector with no meeting named should show: the live one most
/// recently acted on, if any.
pub fn live_meeting(core: &Core, _: crate::domain::NoArgs) -> CoreResult<Option<String>> {
    core.store.read(|conn| {
        Ok(conn
            .query_row(
                "SELECT meeting_id FROM run_state WHERE status IN ('running', 'paused')
                 ORDER BY updated_at DESC LIMIT 1",
                [],
                |row| row.get(0),
            )
            .optional()?)
    })
}

/// Keeps auto-advance working: checks the live meetings a few times a second until the
/// core is dropped. The desktop shell and the server each start one.
pub fn spawn_ticker(core: &std::sync::Arc<Core>) -> std::thread::JoinHandle<()> {
    let core = std::sync::Arc::downgrade(core);
    std::thread::spawn(move || {
        while let Some(core) = core.upgrade() {
            // A failed check (a locked file, a deleted meeting) is retried on the next tick.
            let _ = advance_due(&core);
            drop(core);
            std::thread::sleep(Duration::from_millis(200));
        }
    })
}
