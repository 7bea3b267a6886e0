//! The run log: what actually happened at a meeting, item by item and run by run,
//! against what was planned. A meeting started again after it ended adds a run and
//! keeps the earlier ones, so nothing recorded is lost. Entries are opened and closed
//! inside the transition that moves the clock, so the log never disagrees with the run.

use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::clock::wall_text;
use super::snapshot::Context;
use super::state::RunRow;
use super::{RunRequest, RunStatus};
use crate::domain::agenda::AgendaItem;
use crate::domain::meeting;
use crate::print::file_safe;
use crate::table::{self, Bom};
use crate::{ids::new_id, Core, CoreResult};

/// One row of the run log.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LogEntry {
    /// Which run of the meeting the row belongs to (1 for the first).
    pub run: u32,
    pub item_title: String,
    pub planned_seconds: u32,
    pub added_seconds: i32,
    pub started_at: String,
    pub ended_at: Option<String>,
    pub actual_seconds: Option<u32>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RunLog {
    pub meeting_id: String,
    pub entries: Vec<LogEntry>,
    /// The same rows as CSV, for a spreadsheet.
    pub csv: String,
    /// A suggested name for the CSV file.
    pub file_name: String,
}

pub fn log(core: &Core, request: RunRequest) -> CoreResult<RunLog> {
    let (meeting, entries) = core.store.read(|conn| {
        let meeting = meeting::fetch(conn, &request.meeting_id)?;
        let mut statement = conn.prepare(
            "SELECT run_number, item_title, planned_seconds, added_seconds, started_at, ended_at,
                    actual_seconds
             FROM run_log WHERE meeting_id = ?1 ORDER BY run_number, started_at, id",
        )?;
        let rows = statement.query_map([&request.meeting_id], |row| {
            Ok(LogEntry {
                run: row.get(0)?,
                item_title: row.get(1)?,
                planned_seconds: row.get(2)?,
                added_seconds: row.get(3)?,
                started_at: row.get(4)?,
                ended_at: row.get(5)?,
                actual_seconds: row.get(6)?,
            })
        })?;
        Ok((meeting, rows.collect::<rusqlite::Result<Vec<_>>>()?))
    })?;
    Ok(RunLog {
        csv: log_csv(&entries)?,
        entries,
        file_name: convene_i18n::Localizer::new(core.language()).message(&convene_i18n::msg!(
            "run-log-file",
            date = meeting.date.to_string(),
            title = file_safe(&meeting.title)
        )),
        meeting_id: request.meeting_id,
    })
}

impl Core {
    pub(super) fn open_log(
        &self,
        tx: &Connection,
        meeting_id: &str,
        item: &AgendaItem,
        run_number: u32,
    ) -> CoreResult<()> {
        tx.execute(
            "INSERT INTO run_log (id, meeting_id, item_id, item_title, planned_seconds, started_at,
                 run_number)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            (
                new_id(),
                meeting_id,
                &item.id,
                &item.title,
                item.planned_minutes * 60,
                wall_text(self.clock.now_utc()),
                run_number,
            ),
        )?;
        Ok(())
    }

    pub(super) fn close_log(&self, tx: &Connection, ctx: &Context, row: &RunRow) -> CoreResult<()> {
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

/// How many runs of the meeting the log holds (the highest run number).
pub(super) fn runs_recorded(conn: &Connection, meeting_id: &str) -> CoreResult<u32> {
    Ok(conn.query_row(
        "SELECT COALESCE(MAX(run_number), 0) FROM run_log WHERE meeting_id = ?1",
        [meeting_id],
        |row| row.get(0),
    )?)
}

fn minutes(seconds: f64) -> String {
    format!("{:.1}", seconds / 60.0)
}

fn log_csv(entries: &[LogEntry]) -> CoreResult<String> {
    let header = [
        "run",
        "item",
        "planned_minutes",
        "added_seconds",
        "started_at_utc",
        "ended_at_utc",
        "actual_minutes",
        "difference_minutes",
    ]
    .map(String::from);
    let rows: Vec<Vec<String>> = entries
        .iter()
        .map(|e| {
            let actual = e.actual_seconds.map(f64::from);
            let difference = actual.map(|a| {
                let planned = f64::from(e.planned_seconds);
                format!("{:+.1}", (a - planned) / 60.0)
            });
            vec![
                e.run.to_string(),
                e.item_title.clone(),
                (e.planned_seconds / 60).to_string(),
                e.added_seconds.to_string(),
                e.started_at.clone(),
                e.ended_at.clone().unwrap_or_default(),
                actual.map(minutes).unwrap_or_default(),
                difference.unwrap_or_default(),
            ]
        })
        .collect();
    table::csv(&header, &rows, Bom::Without)
}
