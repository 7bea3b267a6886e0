//! The sheets a scan left for a person: each with the questions in doubt or written
//! on, beside their snippets of the page, most doubtful first. A sheet is offered
//! for review only once every page of it was read; accepting it is saving its answers
//! in keyed entry, with the person's decisions.

use base64::Engine;
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

use super::account::ScansRequest;
use crate::domain::forms::answers::{fields, FieldAnswer};
use crate::domain::forms::{entry, fetch_version, Form, FormItem};
use crate::{Core, CoreResult};

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReviewItem {
    pub field: String,
    /// How unsure the reading was, 0 to 1 (0 for writing to type).
    pub doubt: f32,
    /// The field's part of the scanned page, upright (PNG, base64).
    pub image_png: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReviewSheet {
    pub serial: String,
    pub lang: convene_i18n::Lang,
    pub title: String,
    pub items: Vec<FormItem>,
    /// What the scan read with confidence.
    pub answers: Vec<FieldAnswer>,
    /// What a person decides, most doubtful first.
    pub checks: Vec<ReviewItem>,
}

/// A sheet a scan left as a draft of the pass.
pub(super) struct Pending {
    pub(super) serial: String,
    form: Form,
    answers: Vec<FieldAnswer>,
    checks: Vec<ReviewItem>,
    /// Fields neither read nor left to a person: a page of the sheet is still to come.
    pub(super) unread: usize,
}

pub(super) fn pending(conn: &Connection, meeting_id: &str, pass: u8) -> CoreResult<Vec<Pending>> {
    let mut statement = conn.prepare(
        "SELECT DISTINCT s.id, s.label, s.form_version_id, s.number
         FROM scan_page p JOIN form_sheet s ON s.id = p.sheet_id
         WHERE p.meeting_id = ?1 AND p.pass = ?2 AND p.outcome = 'drafted'
           AND s.status NOT IN ('blank', 'spoiled', 'not_returned')
           AND NOT EXISTS (SELECT 1 FROM sheet_pass sp WHERE sp.sheet_id = s.id
                           AND sp.pass = ?2 AND sp.saved_at IS NOT NULL)
         ORDER BY s.number",
    )?;
    let rows = statement
        .query_map((meeting_id, pass), |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?
        .collect::<rusqlite::Result<Vec<(String, String, String)>>>()?;
    rows.into_iter()
        .map(|(sheet_id, serial, version_id)| {
            let form = fetch_version(conn, &version_id)?;
            let answers = entry::stored_answers(conn, &sheet_id, pass)?;
            let mut checks = checks_of(conn, &sheet_id, pass)?;
            checks.retain(|c| !answers.iter().any(|a| a.field == c.field));
            let unread = fields(&form.items)
                .iter()
                .filter(|f| !answers.iter().any(|a| a.field == f.id))
                .filter(|f| !checks.iter().any(|c| c.field == f.id))
                .count();
            Ok(Pending {
                serial,
                form,
                answers,
                checks,
                unread,
            })
        })
        .collect()
}

/// The fields left to a person on the sheet's scanned pages, most doubtful first.
fn checks_of(conn: &Connection, sheet_id: &str, pass: u8) -> CoreResult<Vec<ReviewItem>> {
    // SQLite takes the other columns from the row holding the MAX.
    let mut statement = conn.prepare(
        "SELECT n.field, MAX(n.doubt), n.png FROM scan_snippet n
         JOIN scan_page p ON p.id = n.scan_page_id
         WHERE p.sheet_id = ?1 AND p.pass = ?2 AND n.to_check = 1
         GROUP BY n.field ORDER BY MAX(n.doubt) DESC, n.field",
    )?;
    let rows = statement.query_map((sheet_id, pass), |r| {
        Ok(ReviewItem {
            field: r.get(0)?,
            doubt: r.get::<_, f64>(1)? as f32,
            image_png: base64::engine::general_purpose::STANDARD.encode(r.get::<_, Vec<u8>>(2)?),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The sheets ready for a person, the most doubtful first: every page read, what was
/// in doubt still to decide (or already decided in keyed entry, then only to accept).
pub fn review(core: &Core, request: ScansRequest) -> CoreResult<Vec<ReviewSheet>> {
    entry::check_pass(request.pass)?;
    let pending = core.store.read(|conn| {
        crate::domain::meeting::fetch(conn, &request.meeting_id)?;
        pending(conn, &request.meeting_id, request.pass)
    })?;
    let mut sheets: Vec<ReviewSheet> = pending
        .into_iter()
        .filter(|p| p.unread == 0)
        .map(|p| ReviewSheet {
            serial: p.serial,
            lang: p.form.lang,
            title: p.form.title,
            items: p.form.items,
            answers: p.answers,
            checks: p.checks,
        })
        .collect();
    let most = |s: &ReviewSheet| s.checks.first().map_or(0.0, |c| c.doubt);
    sheets.sort_by(|a, b| most(b).total_cmp(&most(a)));
    Ok(sheets)
}

/// The newest snippet of a sheet's field from any scan of it (PNG, base64).
pub(crate) fn snippet_of(
    conn: &Connection,
    sheet_id: &str,
    field: &str,
) -> CoreResult<Option<String>> {
    let png: Option<Vec<u8>> = conn
        .query_row(
            "SELECT n.png FROM scan_snippet n JOIN scan_page p ON p.id = n.scan_page_id
             WHERE p.sheet_id = ?1 AND n.field = ?2 ORDER BY p.scanned_at DESC LIMIT 1",
            (sheet_id, field),
            |r| r.get(0),
        )
        .optional()?;
    Ok(png.map(|png| base64::engine::general_purpose::STANDARD.encode(png)))
}
