//! What views draw: a [`RunSnapshot`] built from the meeting, its agenda and the run's
//! row, with the warning and danger points and the phase they put the clock in.

use std::collections::HashMap;

use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::state::RunRow;
use super::RunStatus;
use crate::domain::agenda::{self, AgendaItem, ItemKind};
use crate::domain::meeting;
use crate::reminder::SafetyReminder;
use crate::time::ClockTime;
use crate::{Core, CoreResult};

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
    pub projected_end: Option<ClockTime>,
    pub planned_end: ClockTime,
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
    /// Which run of the meeting this is (1 for the first; 0 before it ever started).
    pub run_number: u32,
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

pub(super) struct Context {
    pub(super) meeting: meeting::Meeting,
    settings: MeetingRunSettings,
    pub(super) items: Vec<AgendaItem>,
    reminders: HashMap<String, SafetyReminder>,
}

impl Context {
    /// The reminder still waiting to be dismissed on the current item, if any.
    pub(super) fn pending_reminder(&self, row: &RunRow) -> Option<&SafetyReminder> {
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

pub(super) fn context(conn: &Connection, meeting_id: &str) -> CoreResult<Context> {
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
    pub(super) fn snapshot(&self, ctx: &Context, row: Option<&RunRow>) -> RunSnapshot {
        let meeting_id = ctx.meeting.id.clone();
        let planned_end = agenda::schedule(ctx.meeting.start_time, &ctx.items)
            .last()
            .map_or(ctx.meeting.end_time, |slot| slot.end_time());
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
        let projected_end = index
            .filter(|_| live)
            .map(|i| self.projected_end(ctx, i, remaining_ms));
        let behind_minutes = projected_end.map_or(0, |end| {
            (end.since_midnight() - planned_end.since_midnight()).get()
        });
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
            run_number: row.map_or(0, |r| r.run_number),
            revision: ctx.settings.revision,
            meeting_id,
        }
    }

    /// When the meeting ends if the current item uses what it has left and the rest
    /// keep to plan.
    fn projected_end(&self, ctx: &Context, index: usize, remaining_ms: i64) -> ClockTime {
        let after: i64 = ctx.items[index + 1..]
            .iter()
            .map(|it| i64::from(it.planned_minutes) * 60_000)
            .sum();
        let now = self.clock.local_now();
        let end = now + chrono::Duration::milliseconds(remaining_ms.max(0) + after);
        ClockTime::from(end.time())
    }
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
}
