//! Every page of a meeting's scans accounted for, in one pass: each page read and
//! what became of it (or why it was not read), sheets whose same page was read from
//! two different images, sheets read in part, and printed sheets never scanned.

use convene_i18n::Localizer;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::problem::Problem;
use super::review::pending;
use super::ScanOutcome;
use crate::domain::forms::entry;
use crate::{Core, CoreError, CoreResult};

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScansRequest {
    pub meeting_id: String,
    pub pass: u8,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScanRecord {
    pub file_name: String,
    /// The page's place in its file, from 1.
    pub page: u32,
    /// UTC, RFC 3339.
    pub scanned_at: String,
    pub outcome: ScanOutcome,
    pub serial: Option<String>,
    pub problem: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScanAccount {
    /// Every page read in the pass, in the order read.
    pub pages: Vec<ScanRecord>,
    /// Sheets whose same page was read from two different images.
    pub twice: Vec<String>,
    /// Sheets read in part: a page of them is still to scan.
    pub unfinished: Vec<String>,
    /// Sheets waiting for a person to check them.
    pub to_review: u32,
    /// Printed sheets not yet entered or accounted for, none of whose pages was read.
    pub never: Vec<String>,
}

pub fn account(core: &Core, request: ScansRequest) -> CoreResult<ScanAccount> {
    entry::check_pass(request.pass)?;
    let l = Localizer::new(core.language());
    core.store.read(|conn| {
        crate::domain::meeting::fetch(conn, &request.meeting_id)?;
        let (meeting, pass) = (request.meeting_id.as_str(), request.pass);
        let pending = pending(conn, meeting, pass)?;
        Ok(ScanAccount {
            pages: records(conn, meeting, pass, &l)?,
            twice: labels(conn, TWICE, meeting, pass)?,
            unfinished: pending
                .iter()
                .filter(|p| p.unread > 0)
                .map(|p| p.serial.clone())
                .collect(),
            to_review: pending.iter().filter(|p| p.unread == 0).count() as u32,
            never: labels(conn, NEVER, meeting, pass)?,
        })
    })
}

const TWICE: &str = "SELECT s.label FROM scan_page p JOIN form_sheet s ON s.id = p.sheet_id
     WHERE p.meeting_id = ?1 AND p.pass = ?2
     GROUP BY s.id, p.form_page HAVING COUNT(*) > 1 ORDER BY s.number";

const NEVER: &str = "SELECT s.label FROM form_sheet s
     WHERE s.meeting_id = ?1 AND s.status = 'issued'
       AND NOT EXISTS (SELECT 1 FROM scan_page p WHERE p.sheet_id = s.id AND p.pass = ?2)
       AND NOT EXISTS (SELECT 1 FROM sheet_pass sp WHERE sp.sheet_id = s.id
                       AND sp.pass = ?2 AND sp.saved_at IS NOT NULL)
     ORDER BY s.number";

fn labels(conn: &Connection, sql: &str, meeting_id: &str, pass: u8) -> CoreResult<Vec<String>> {
    let mut statement = conn.prepare(sql)?;
    let rows = statement.query_map((meeting_id, pass), |r| r.get(0))?;
    let mut labels: Vec<String> = rows.collect::<rusqlite::Result<_>>()?;
    labels.dedup();
    Ok(labels)
}

fn records(
    conn: &Connection,
    meeting_id: &str,
    pass: u8,
    l: &Localizer,
) -> CoreResult<Vec<ScanRecord>> {
    let mut statement = conn.prepare(
        "SELECT p.file_name, p.page_in_file, p.scanned_at, p.outcome, s.label, p.problem
         FROM scan_page p LEFT JOIN form_sheet s ON s.id = p.sheet_id
         WHERE p.meeting_id = ?1 AND p.pass = ?2 ORDER BY p.scanned_at, p.id",
    )?;
    let rows = statement.query_map((meeting_id, pass), |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, u32>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, Option<String>>(4)?,
            r.get::<_, Option<String>>(5)?,
        ))
    })?;
    rows.map(|row| {
        let (file_name, page, scanned_at, outcome, serial, problem) = row?;
        let problem = problem
            .map(|json| serde_json::from_str::<Problem>(&json))
            .transpose()
            .map_err(|e| CoreError::Corrupt(format!("a scanned page's problem ({e})")))?;
        Ok(ScanRecord {
            file_name,
            page,
            scanned_at,
            outcome: ScanOutcome::parse(&outcome)?,
            serial: serial.or_else(|| problem.as_ref().and_then(super::problem_serial)),
            problem: problem.map(|p| l.message(&p.message())),
        })
    })
    .collect()
}
