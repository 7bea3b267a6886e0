//! The live run of a meeting: which item is on the clock and how much time it has left.
//!
//! Remaining time is always derived, never counted down:
//! `remaining = planned + added − (elapsed before the last resume + time since it)`.
//! Every operator action is persisted in the same transaction as its log entry, so a
//! crash or a closed window resumes on the same item with the right time left.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use chrono::{DateTime, Timelike, Utc};
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::agenda::{self, AgendaItem, ItemKind};
use crate::domain::{community, meeting};
use crate::events::AppEvent;
use crate::reminder::SafetyReminder;
use crate::time::{clock_text, minutes_of_day as minutes_of};
use crate::{ids::new_id, Core, CoreError, CoreResult};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum RunStatus {
    NotStarted,
    Running,
    Paused,
    Ended,
}

/// How urgent the clock is; views only map this to colours and sounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Phase {
    Normal,
    Warning,
    Danger,
    Overtime,
}

/// Everything a view needs to draw the clock; views count down locally from
/// `remaining_ms` (as of receipt) and derive the phase from the two thresholds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RunSnapshot {
    pub meeting_id: String,
    /// Grows with every transition; a view keeps the snapshot with the highest.
    pub revision: u32,
    pub status: RunStatus,
    pub current_index: Option<u32>,
    pub current_item_id: Option<String>,
    pub current_title: String,
    /// The participant-facing description (never the facilitator's notes).
    pub current_description: String,
    pub current_kind: Option<ItemKind>,
    pub next_title: Option<String>,
    pub item_count: u32,
    #[ts(type = "number")]
    pub planned_ms: i64,
    #[ts(type = "number")]
    pub added_ms: i64,
    #[ts(type = "number")]
    pub elapsed_ms: i64,
    /// Negative in overtime.
    #[ts(type = "number")]
    pub remaining_ms: i64,
    pub phase: Phase,
    /// The timer turns to "warning" when this much (or less) is left.
    #[ts(type = "number")]
    pub warning_at_ms: i64,
    #[ts(type = "number")]
    pub danger_at_ms: i64,
    /// Minutes the meeting is behind its plan (negative: ahead).
    pub behind_minutes: i32,
    /// `HH:MM` the meeting will end at this pace.
    pub projected_end: Option<String>,
    pub planned_end: String,
    pub blackout: bool,
    pub message: String,
    /// The projector shows the community's agreements instead of the clock.
    pub agreements_shown: bool,
    /// The current teambuilding item's agreements and safety reminder, shown on the
    /// projector until the facilitator moves on (the next action dismisses it).
    pub reminder: Option<SafetyReminder>,
    pub auto_advance: bool,
    pub chime: bool,
    /// The meeting's own warning point (seconds left), if it overrides the built-in rule.
    pub meeting_warning_seconds: Option<u32>,
    pub meeting_danger_seconds: Option<u32>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RunRequest {
    pub meeting_id: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct JumpRequest {
    pub meeting_id: String,
    pub item_id: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AdjustRequest {
    pub meeting_id: String,
    /// Seconds to add (negative to take away).
    pub seconds: i32,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DisplayRequest {
    pub meeting_id: String,
    #[serde(default)]
    #[ts(optional)]
    pub blackout: Option<bool>,
    /// Flip blackout whatever it is now (the B key), so two quick presses always undo.
    #[serde(default)]
    #[ts(optional)]
    pub toggle_blackout: Option<bool>,
    /// Show (or stop showing) the community agreements slide.
    #[serde(default)]
    #[ts(optional)]
    pub agreements: Option<bool>,
    /// A short line flashed to the room; empty clears it.
    #[serde(default)]
    #[ts(optional)]
    pub message: Option<String>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RunSettings {
    pub meeting_id: String,
    pub auto_advance: bool,
    pub chime: bool,
    /// Meeting-wide warning point in seconds before the end; None: the built-in rule.
    pub warning_seconds: Option<u32>,
    pub danger_seconds: Option<u32>,
}

/// The persisted state of a started run.
#[derive(Debug, Clone)]
struct RunRow {
    status: RunStatus,
    current_item_id: Option<String>,
    elapsed_before_ms: i64,
    running_since: Option<String>,
    added_ms: i64,
    blackout: bool,
    message: String,
    agreements: bool,
    /// The teambuilding item whose reminder has been dismissed.
    reminder_done_item: Option<String>,
}

/// Where the monotonic clock stood when a meeting's item last started running, and
/// how much running time had already passed by then (non-zero only when the anchor
/// was rebuilt from the wall clock after a restart).
#[derive(Debug, Clone)]
pub(crate) struct Anchor {
    wall: String,
    monotonic: Duration,
    carried: Duration,
}

#[derive(Default)]
pub(crate) struct Anchors(Mutex<HashMap<String, Anchor>>);

fn status_sql(status: RunStatus) -> &'static str {
    match status {
        RunStatus::Running => "running",
        RunStatus::Paused => "paused",
        RunStatus::Ended | RunStatus::NotStarted => "ended",
    }
}

fn load_row(conn: &Connection, meeting_id: &str) -> CoreResult<Option<RunRow>> {
    Ok(conn
        .query_row(
            "SELECT status, current_item_id, elapsed_before_ms, running_since, added_ms, blackout, message,
                    agreements, reminder_done_item
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
                })
            },
        )
        .optional()?)
}

fn save_row(conn: &Connection, meeting_id: &str, row: &RunRow, now: &str) -> CoreResult<()> {
    conn.execute(
        "INSERT INTO run_state (meeting_id, status, current_item_id, elapsed_before_ms, running_since,
             added_ms, blackout, message, agreements, reminder_done_item, started_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?10, ?11, ?9, ?9)
         ON CONFLICT (meeting_id) DO UPDATE SET status = ?2, current_item_id = ?3,
             elapsed_before_ms = ?4, running_since = ?5, added_ms = ?6, blackout = ?7, message = ?8,
             agreements = ?10, reminder_done_item = ?11, updated_at = ?9,
             ended_at = CASE WHEN ?2 = 'ended' THEN ?9 ELSE NULL END",
        rusqlite::params![
            meeting_id, status_sql(row.status), row.current_item_id, row.elapsed_before_ms,
            row.running_since, row.added_ms, row.blackout, row.message, now, row.agreements,
            row.reminder_done_item
        ],
    )?;
    Ok(())
}

/// Refuses changes that would pull the agenda out from under a live run.
pub(crate) fn ensure_not_live(conn: &Connection, meeting_id: &str) -> CoreResult<()> {
    match load_row(conn, meeting_id)? {
        Some(row) if matches!(row.status, RunStatus::Running | RunStatus::Paused) => {
            Err(CoreError::invalid(
                "meetingId",
                "This meeting is running live. End the run before replacing its agenda.",
            ))
        }
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
                "This item is on the clock right now. Move to another item before deleting it.",
            ))
        }
        _ => Ok(()),
    }
}

fn wall_text(time: DateTime<Utc>) -> String {
    time.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Default warning and danger points: the last 2 minutes or 20 %, the last minute or
/// 5 %, whichever leaves less time, so short items are not yellow from the start.
pub fn thresholds_ms(total_ms: i64, warning: Option<u32>, danger: Option<u32>) -> (i64, i64) {
    let rule = |seconds: i64, percent: i64| (seconds * 1000).min(total_ms * percent / 100);
    let warning_ms = warning.map_or_else(|| rule(120, 20), |s| i64::from(s) * 1000);
    let danger_ms = danger.map_or_else(|| rule(60, 5), |s| i64::from(s) * 1000);
    (warning_ms, danger_ms.min(warning_ms))
}

pub fn phase_of(remaining_ms: i64, warning_at_ms: i64, danger_at_ms: i64) -> Phase {
    if remaining_ms <= 0 {
        Phase::Overtime
    } else if remaining_ms <= danger_at_ms {
        Phase::Danger
    } else if remaining_ms <= warning_at_ms {
        Phase::Warning
    } else {
        Phase::Normal
    }
}

struct Context {
    meeting: meeting::Meeting,
    settings: MeetingRunSettings,
    items: Vec<AgendaItem>,
    reminders: HashMap<String, SafetyReminder>,
}

impl Context {
    /// The reminder still waiting to be dismissed on the current item, if any.
    fn pending_reminder(&self, row: &RunRow) -> Option<&SafetyReminder> {
        let live = matches!(row.status, RunStatus::Running | RunStatus::Paused);
        let current = row.current_item_id.as_deref().filter(|_| live)?;
        if row.reminder_done_item.as_deref() == Some(current) {
            return None;
        }
        self.reminders.get(current)
    }
}

struct MeetingRunSettings {
    revision: u32,
    auto_advance: bool,
    chime: bool,
    warning_seconds: Option<u32>,
    danger_seconds: Option<u32>,
}

fn context(conn: &Connection, meeting_id: &str) -> CoreResult<Context> {
    let meeting = meeting::fetch(conn, meeting_id)?;
    let settings = conn.query_row(
        "SELECT auto_advance, chime, warning_seconds, danger_seconds, run_revision FROM meeting WHERE id = ?1",
        [meeting_id],
        |row| {
            Ok(MeetingRunSettings {
                auto_advance: row.get(0)?,
                chime: row.get(1)?,
                warning_seconds: row.get(2)?,
                danger_seconds: row.get(3)?,
                revision: row.get(4)?,
            })
        },
    )?;
    let items = agenda::items_of(conn, meeting_id)?;
    Ok(Context {
        reminders: crate::reminder::reminders(conn, &items)?,
        items,
        meeting,
        settings,
    })
}

impl Core {
    /// Milliseconds the current item has been running, from the monotonic clock.
    fn elapsed_ms(&self, meeting_id: &str, row: &RunRow) -> i64 {
        let Some(since) = &row.running_since else {
            return row.elapsed_before_ms;
        };
        let now = self.clock.monotonic();
        let mut anchors = self.anchors.0.lock().unwrap_or_else(|p| p.into_inner());
        let anchor = anchors
            .entry(meeting_id.to_owned())
            .and_modify(|a| {
                if &a.wall != since {
                    *a = self.anchor_from_wall(since, now);
                }
            })
            .or_insert_with(|| self.anchor_from_wall(since, now));
        let running = anchor.carried + now.saturating_sub(anchor.monotonic);
        row.elapsed_before_ms + running.as_millis() as i64
    }

    /// After a restart only the wall clock knows when the item started running.
    fn anchor_from_wall(&self, since: &str, now: Duration) -> Anchor {
        let started = DateTime::parse_from_rfc3339(since).map(|t| t.with_timezone(&Utc));
        let ago = started
            .ok()
            .and_then(|t| (self.clock.now_utc() - t).to_std().ok())
            .unwrap_or_default();
        Anchor {
            wall: since.to_owned(),
            monotonic: now,
            carried: ago,
        }
    }

    /// Starts the clock now: records both clocks so elapsed time stays monotonic.
    fn start_clock(&self, meeting_id: &str) -> String {
        let wall = wall_text(self.clock.now_utc());
        let anchor = Anchor {
            wall: wall.clone(),
            monotonic: self.clock.monotonic(),
            carried: Duration::ZERO,
        };
        let mut anchors = self.anchors.0.lock().unwrap_or_else(|p| p.into_inner());
        anchors.insert(meeting_id.to_owned(), anchor);
        wall
    }

    fn snapshot(&self, ctx: &Context, row: Option<&RunRow>) -> RunSnapshot {
        let meeting_id = ctx.meeting.id.clone();
        let times = agenda::schedule(&ctx.meeting.start_time, &ctx.items);
        let planned_end = times
            .last()
            .map_or(ctx.meeting.end_time.clone(), |t| clock_text(t.1));
        let index = row
            .and_then(|r| r.current_item_id.as_deref())
            .and_then(|id| ctx.items.iter().position(|i| i.id == id));
        let current = index.map(|i| &ctx.items[i]);
        let status = row.map_or(RunStatus::NotStarted, |r| r.status);
        let planned_ms = current.map_or(0, |i| i64::from(i.planned_minutes) * 60_000);
        let added_ms = row.map_or(0, |r| r.added_ms);
        let elapsed_ms = match (row, status) {
            (Some(r), RunStatus::Running | RunStatus::Paused) => self.elapsed_ms(&meeting_id, r),
            _ => 0,
        };
        let remaining_ms = planned_ms + added_ms - elapsed_ms;
        let (warning_at_ms, danger_at_ms) = thresholds_ms(
            planned_ms + added_ms,
            current
                .and_then(|i| i.warning_seconds)
                .or(ctx.settings.warning_seconds),
            current
                .and_then(|i| i.danger_seconds)
                .or(ctx.settings.danger_seconds),
        );
        let live = matches!(status, RunStatus::Running | RunStatus::Paused);
        let projected_end = index.filter(|_| live).map(|i| {
            let after: i64 = ctx.items[i + 1..]
                .iter()
                .map(|it| i64::from(it.planned_minutes) * 60_000)
                .sum();
            let now = self.clock.local_now();
            let end = now + chrono::Duration::milliseconds(remaining_ms.max(0) + after);
            format!("{:02}:{:02}", end.hour(), end.minute())
        });
        let behind_minutes = projected_end
            .as_deref()
            .map_or(0, |end| minutes_of(end) - minutes_of(&planned_end));
        RunSnapshot {
            status,
            current_index: index.map(|i| i as u32),
            current_item_id: current.map(|i| i.id.clone()),
            current_title: current.map_or(String::new(), |i| i.title.clone()),
            current_description: current.map_or(String::new(), |i| i.description.clone()),
            current_kind: current.map(|i| i.kind),
            next_title: index
                .and_then(|i| ctx.items.get(i + 1))
                .map(|i| i.title.clone()),
            item_count: ctx.items.len() as u32,
            planned_ms,
            added_ms,
            elapsed_ms,
            remaining_ms,
            phase: if live {
                phase_of(remaining_ms, warning_at_ms, danger_at_ms)
            } else {
                Phase::Normal
            },
            warning_at_ms,
            danger_at_ms,
            behind_minutes,
            projected_end,
            planned_end,
            blackout: row.is_some_and(|r| r.blackout),
            agreements_shown: row.is_some_and(|r| r.agreements),
            reminder: row.and_then(|r| ctx.pending_reminder(r)).cloned(),
            message: row.map_or(String::new(), |r| r.message.clone()),
            auto_advance: ctx.settings.auto_advance,
            chime: ctx.settings.chime,
            meeting_warning_seconds: ctx.settings.warning_seconds,
            meeting_danger_seconds: ctx.settings.danger_seconds,
            revision: ctx.settings.revision,
            meeting_id,
        }
    }

    /// Applies `change` to the run in one transaction, then pushes the new state.
    fn transition(
        &self,
        meeting_id: &str,
        change: impl FnOnce(&Connection, &Context, Option<RunRow>) -> CoreResult<Option<RunRow>>,
    ) -> CoreResult<RunSnapshot> {
        let snapshot = self.store.write(|tx| {
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
            Ok(self.snapshot(&ctx, next.as_ref()))
        })?;
        self.events
            .publish(AppEvent::Run(Box::new(snapshot.clone())));
        Ok(snapshot)
    }

    /// Closes the current item's log entry, then puts `to` on the clock (or ends the run).
    fn move_to(
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
        self.open_log(tx, &ctx.meeting.id, item)?;
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

    fn open_log(&self, tx: &Connection, meeting_id: &str, item: &AgendaItem) -> CoreResult<()> {
        tx.execute(
            "INSERT INTO run_log (id, meeting_id, item_id, item_title, planned_seconds, started_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            (
                new_id(),
                meeting_id,
                &item.id,
                &item.title,
                item.planned_minutes * 60,
                wall_text(self.clock.now_utc()),
            ),
        )?;
        Ok(())
    }

    fn close_log(&self, tx: &Connection, ctx: &Context, row: &RunRow) -> CoreResult<()> {
        if !matches!(row.status, RunStatus::Running | RunStatus::Paused) {
            return Ok(());
        }
        let elapsed = self.elapsed_ms(&ctx.meeting.id, row);
        tx.execute(
            "UPDATE run_log SET ended_at = ?2, actual_seconds = ?3, added_seconds = ?4
             WHERE meeting_id = ?1 AND ended_at IS NULL",
            (
                &ctx.meeting.id,
                wall_text(self.clock.now_utc()),
                elapsed / 1000,
                row.added_ms / 1000,
            ),
        )?;
        Ok(())
    }
}

fn live(row: Option<RunRow>) -> CoreResult<RunRow> {
    match row {
        Some(row) if matches!(row.status, RunStatus::Running | RunStatus::Paused) => Ok(row),
        _ => Err(CoreError::invalid(
            "meetingId",
            "The meeting is not running. Start it first.",
        )),
    }
}

fn current_index(ctx: &Context, row: &RunRow) -> Option<usize> {
    row.current_item_id
        .as_deref()
        .and_then(|id| ctx.items.iter().position(|i| i.id == id))
}

pub fn get(core: &Core, request: RunRequest) -> CoreResult<RunSnapshot> {
    core.store.read(|conn| {
        let ctx = context(conn, &request.meeting_id)?;
        let row = load_row(conn, &request.meeting_id)?;
        Ok(core.snapshot(&ctx, row.as_ref()))
    })
}

/// Starts the meeting from its first item (starting over if it had run before).
pub fn start(core: &Core, request: RunRequest) -> CoreResult<RunSnapshot> {
    core.transition(&request.meeting_id, |tx, ctx, _| {
        let first = ctx.items.first().ok_or_else(|| {
            CoreError::invalid(
                "meetingId",
                "This meeting has no agenda yet. Add items before starting it.",
            )
        })?;
        tx.execute(
            "DELETE FROM run_log WHERE meeting_id = ?1",
            [&ctx.meeting.id],
        )?;
        core.open_log(tx, &ctx.meeting.id, first)?;
        Ok(Some(RunRow {
            status: RunStatus::Running,
            current_item_id: Some(first.id.clone()),
            elapsed_before_ms: 0,
            running_since: Some(core.start_clock(&ctx.meeting.id)),
            added_ms: 0,
            blackout: false,
            message: String::new(),
            agreements: false,
            reminder_done_item: None,
        }))
    })
}

pub fn pause(core: &Core, request: RunRequest) -> CoreResult<RunSnapshot> {
    core.transition(&request.meeting_id, |_, ctx, row| {
        let row = live(row)?;
        if row.status == RunStatus::Paused {
            return Ok(Some(row));
        }
        let elapsed = core.elapsed_ms(&ctx.meeting.id, &row);
        Ok(Some(RunRow {
            status: RunStatus::Paused,
            elapsed_before_ms: elapsed,
            running_since: None,
            ..row
        }))
    })
}

pub fn resume(core: &Core, request: RunRequest) -> CoreResult<RunSnapshot> {
    core.transition(&request.meeting_id, |_, ctx, row| {
        let row = live(row)?;
        if row.status == RunStatus::Running {
            return Ok(Some(row));
        }
        Ok(Some(RunRow {
            status: RunStatus::Running,
            running_since: Some(core.start_clock(&ctx.meeting.id)),
            ..row
        }))
    })
}

/// Space bar: start, pause or resume, whichever fits.
pub fn toggle(core: &Core, request: RunRequest) -> CoreResult<RunSnapshot> {
    let status = get(
        core,
        RunRequest {
            meeting_id: request.meeting_id.clone(),
        },
    )?
    .status;
    match status {
        RunStatus::Running => pause(core, request),
        RunStatus::Paused => resume(core, request),
        RunStatus::NotStarted | RunStatus::Ended => start(core, request),
    }
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
            .ok_or_else(|| {
                CoreError::invalid("itemId", "That item is not on this meeting's agenda.")
            })?;
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

/// Forgets the run and its log: the meeting is back to "not started".
pub fn reset(core: &Core, request: RunRequest) -> CoreResult<RunSnapshot> {
    core.transition(&request.meeting_id, |tx, ctx, _| {
        tx.execute(
            "DELETE FROM run_log WHERE meeting_id = ?1",
            [&ctx.meeting.id],
        )?;
        Ok(None)
    })
}

pub fn display(core: &Core, request: DisplayRequest) -> CoreResult<RunSnapshot> {
    let message = match &request.message {
        Some(text) => Some(crate::text::optional("message", "The message", text, 140)?),
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
                "The danger point must come at or after the warning point (fewer seconds left).",
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

/// One row of the run log.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LogEntry {
    pub item_title: String,
    pub planned_seconds: u32,
    pub added_seconds: i32,
    pub started_at: String,
    pub ended_at: Option<String>,
    pub actual_seconds: Option<u32>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SaveLog {
    pub meeting_id: String,
    /// The CSV file to write (the desktop's save dialog chose it).
    pub save_to: String,
}

/// Writes the run log as CSV where the user chose; returns the path written.
pub fn save_log(core: &Core, request: SaveLog) -> CoreResult<String> {
    let log = log(
        core,
        RunRequest {
            meeting_id: request.meeting_id,
        },
    )?;
    crate::files::write_atomically(&request.save_to, log.csv.as_bytes())?;
    Ok(request.save_to)
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RunLog {
    pub meeting_id: String,
    pub entries: Vec<LogEntry>,
    /// The same rows as CSV, for a spreadsheet.
    pub csv: String,
}

pub fn log(core: &Core, request: RunRequest) -> CoreResult<RunLog> {
    let entries = core.store.read(|conn| {
        meeting::fetch(conn, &request.meeting_id)?;
        let mut statement = conn.prepare(
            "SELECT item_title, planned_seconds, added_seconds, started_at, ended_at, actual_seconds
             FROM run_log WHERE meeting_id = ?1 ORDER BY started_at, id",
        )?;
        let rows = statement.query_map([&request.meeting_id], |row| {
            Ok(LogEntry {
                item_title: row.get(0)?,
                planned_seconds: row.get(1)?,
                added_seconds: row.get(2)?,
                started_at: row.get(3)?,
                ended_at: row.get(4)?,
                actual_seconds: row.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    })?;
    Ok(RunLog {
        csv: log_csv(&entries),
        entries,
        meeting_id: request.meeting_id,
    })
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn log_csv(entries: &[LogEntry]) -> String {
    let mut csv = String::from("item,planned_minutes,added_seconds,started_at_utc,ended_at_utc,actual_minutes,difference_minutes\r\n");
    for e in entries {
        let actual = e
            .actual_seconds
            .map(|s| format!("{:.1}", f64::from(s) / 60.0))
            .unwrap_or_default();
        let difference = e
            .actual_seconds
            .map(|s| {
                format!(
                    "{:+.1}",
                    (f64::from(s) - f64::from(e.planned_seconds)) / 60.0
                )
            })
            .unwrap_or_default();
        csv.push_str(&format!(
            "{},{},{},{},{},{},{}\r\n",
            csv_field(&e.item_title),
            e.planned_seconds / 60,
            e.added_seconds,
            e.started_at,
            e.ended_at.as_deref().unwrap_or(""),
            actual,
            difference
        ));
    }
    csv
}

/// What the room sees: participant-safe, never the facilitator's notes.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Projection {
    pub meeting_title: String,
    pub community_name: String,
    /// The community's agreements in force, for the agreements slide.
    pub agreements: Vec<crate::domain::agreements::Agreement>,
    pub items: Vec<ProjectedItem>,
    pub run: RunSnapshot,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProjectedItem {
    pub id: String,
    pub title: String,
    pub kind: ItemKind,
    pub start: String,
    pub end: String,
}

pub fn projection(core: &Core, request: RunRequest) -> CoreResult<Projection> {
    core.store.read(|conn| {
        let ctx = context(conn, &request.meeting_id)?;
        let row = load_row(conn, &request.meeting_id)?;
        let community = community::fetch(conn, &ctx.meeting.community_id)?;
        let times = agenda::schedule(&ctx.meeting.start_time, &ctx.items);
        Ok(Projection {
            agreements: crate::domain::agreements::current(conn, &community.id)?,
            meeting_title: ctx.meeting.title.clone(),
            community_name: community.name,
            items: ctx
                .items
                .iter()
                .zip(times)
                .map(|(item, (start, end, _))| ProjectedItem {
                    id: item.id.clone(),
                    title: item.title.clone(),
                    kind: item.kind,
                    start: clock_text(start),
                    end: clock_text(end),
                })
                .collect(),
            run: core.snapshot(&ctx, row.as_ref()),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_thresholds_take_whichever_leaves_less_time() {
        assert_eq!(thresholds_ms(60 * 60_000, None, None), (120_000, 60_000));
        assert_eq!(thresholds_ms(5 * 60_000, None, None), (60_000, 15_000));
        assert_eq!(
            thresholds_ms(60 * 60_000, Some(300), Some(30)),
            (300_000, 30_000)
        );
    }

    #[test]
    fn phases_follow_the_remaining_time() {
        assert_eq!(phase_of(200_000, 120_000, 60_000), Phase::Normal);
        assert_eq!(phase_of(120_000, 120_000, 60_000), Phase::Warning);
        assert_eq!(phase_of(1, 120_000, 60_000), Phase::Danger);
        assert_eq!(phase_of(0, 120_000, 60_000), Phase::Overtime);
        assert_eq!(phase_of(-5_000, 120_000, 60_000), Phase::Overtime);
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        assert_eq!(csv_field("Lunch"), "Lunch");
        assert_eq!(csv_field("Welcome, intros"), "\"Welcome, intros\"");
        assert_eq!(csv_field("The \"Ode\""), "\"The \"\"Ode\"\"\"");
    }
}
