//! The store's side of a scanned page: the sheet its code names, whether the very
//! page was read before, and the page's record with its snippets.

use rusqlite::{Connection, OptionalExtension};
use sha2::{Digest, Sha256};

use super::problem::Problem;
use super::read::Snippet;
use super::{ScanFile, ScanOutcome};
use crate::domain::forms::answers::FieldAnswer;
use crate::domain::forms::entry;
use crate::domain::forms::sheets::PrintedCode;
use crate::domain::forms::{fetch_version, Form};
use crate::{ids::new_id, time::now_utc, CoreError, CoreResult};

/// The meeting's printed sheet a page's code names.
pub(super) struct Named {
    pub(super) sheet_id: String,
    pub(super) serial: String,
    pub(super) form: Form,
    pub(super) saved: bool,
    /// The first entry is saved: the sheet was entered, so it cannot be marked blank.
    pub(super) first_saved: bool,
    /// What this pass already holds (another page of the sheet, read before).
    pub(super) draft: Vec<FieldAnswer>,
}

/// A page of a file, as it is recorded.
pub(super) struct PageRow<'a> {
    pub(super) request: &'a ScanFile,
    pub(super) page: u32,
    pub(super) fingerprint: &'a str,
}

pub(super) fn fingerprint(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The serial (if any) of this very page, read before in the pass.
pub(super) fn read_before(conn: &Connection, row: &PageRow) -> CoreResult<Option<Option<String>>> {
    Ok(conn
        .query_row(
            "SELECT s.label FROM scan_page p LEFT JOIN form_sheet s ON s.id = p.sheet_id
             WHERE p.meeting_id = ?1 AND p.pass = ?2 AND p.fingerprint = ?3",
            (&row.request.meeting_id, row.request.pass, row.fingerprint),
            |r| r.get(0),
        )
        .optional()?)
}

/// The meeting's printed sheet the code names, or why it is not one.
pub(super) fn named_sheet(
    conn: &Connection,
    request: &ScanFile,
    code: &PrintedCode,
) -> CoreResult<Result<Named, Problem>> {
    let row: Option<(String, String, String, String, u32)> = conn
        .query_row(
            "SELECT s.id, s.label, s.meeting_id, s.form_version_id, v.number FROM form_sheet s
             JOIN form_version v ON v.id = s.form_version_id
             WHERE v.form_id = ?1 AND s.number = ?2
             ORDER BY s.meeting_id = ?3 DESC, v.number = ?4 DESC",
            (
                &code.form_id,
                code.number,
                &request.meeting_id,
                code.version,
            ),
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?;
    let Some((sheet_id, serial, sheet_meeting, version_id, version)) = row else {
        return Ok(Err(Problem::UnknownCode));
    };
    if sheet_meeting != request.meeting_id {
        return Ok(Err(Problem::OtherMeeting { serial }));
    }
    if version != code.version {
        return Ok(Err(Problem::OtherVersion { serial }));
    }
    Ok(Ok(Named {
        saved: entry::is_saved(conn, &sheet_id, request.pass)?,
        first_saved: entry::is_saved(conn, &sheet_id, 1)?,
        draft: entry::stored_answers(conn, &sheet_id, request.pass)?,
        form: fetch_version(conn, &version_id)?,
        sheet_id,
        serial,
    }))
}

/// Records a page; its id.
pub(super) fn insert_page(
    tx: &Connection,
    row: &PageRow,
    outcome: ScanOutcome,
    problem: Option<&Problem>,
    found: Option<(&str, usize)>,
) -> CoreResult<String> {
    let problem = problem
        .map(serde_json::to_string)
        .transpose()
        .map_err(|e| CoreError::Corrupt(format!("a scanned page's problem ({e})")))?;
    let id = new_id();
    tx.execute(
        "INSERT INTO scan_page (id, meeting_id, pass, file_name, page_in_file, fingerprint,
                                scanned_at, outcome, problem, sheet_id, form_page)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        rusqlite::params![
            id,
            row.request.meeting_id,
            row.request.pass,
            row.request.file_name,
            row.page,
            row.fingerprint,
            now_utc(),
            outcome.as_str(),
            problem,
            found.map(|(sheet, _)| sheet),
            found.map(|(_, page)| page as i64),
        ],
    )?;
    Ok(id)
}

pub(super) fn insert_snippets(
    tx: &Connection,
    page_id: &str,
    snippets: &[Snippet],
) -> CoreResult<()> {
    let mut statement = tx.prepare(
        "INSERT INTO scan_snippet (scan_page_id, field, doubt, to_check, png)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for snippet in snippets {
        statement.execute(rusqlite::params![
            page_id,
            snippet.field,
            f64::from(snippet.doubt),
            snippet.to_check,
            snippet.png,
        ])?;
    }
    Ok(())
}
