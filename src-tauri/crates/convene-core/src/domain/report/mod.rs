//! The evaluation report of a meeting: how many sheets came back of how many people
//! came, how the entry was checked, and every question's figures from the entered
//! sheets, each figure carrying the serials of the sheets behind it. The facilitator's
//! marks on written answers (starred to quote, hidden from the report) are kept here.

pub mod compare;
pub mod figures;
pub mod items;
pub mod network;
pub mod series;
pub mod tables;
mod tally;

use std::collections::HashMap;

use convene_i18n::{msg, Lang, Localizer};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use self::figures::Share;
use self::items::{item_reports, EnteredSheet, ItemReport};
use crate::change::Change;
use crate::domain::forms::answers::AnswerValue;
use crate::domain::forms::entry::{find_sheet, progress_in, stored_answers, EntryProgress};
use crate::domain::forms::reconcile::compare_in;
use crate::domain::forms::{self, FormItemKind};
use crate::domain::{community, meeting};
use crate::events::{ChangeEvent, Entity};
use crate::time::CalendarDate;
use crate::{Core, CoreError, CoreResult};

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MeetingReportRequest {
    pub meeting_id: String,
}

/// How the typed data was checked against the paper.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Checking {
    /// Sheets entered a second time, blind.
    pub sheets_twice: u32,
    /// Fields the two entries agreed on the first time, of the fields entered twice.
    pub agreement: Share,
    /// Differences settled from the paper.
    pub settled: u32,
    /// Differences still to settle.
    pub unsettled: u32,
}

/// One form's questions and their figures.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FormReport {
    pub form_id: String,
    pub title: String,
    pub lang: Lang,
    /// Sheets of this form entered.
    pub sheets: u32,
    pub items: Vec<ItemReport>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeetingReport {
    pub meeting_id: String,
    pub title: String,
    pub date: CalendarDate,
    pub community: String,
    /// Attendees marked present.
    pub present: u32,
    /// What became of the sheets printed.
    pub returns: EntryProgress,
    /// Sheets entered, of the attendees present.
    pub response: Share,
    pub checking: Checking,
    pub forms: Vec<FormReport>,
}

/// The meeting's entered sheets (first entry saved), by form version.
fn entered_sheets(conn: &Connection, meeting_id: &str) -> CoreResult<Vec<(String, EnteredSheet)>> {
    let mut statement = conn.prepare(
        "SELECT s.id, s.label, s.form_version_id, s.participant_code FROM form_sheet s
         JOIN sheet_pass p ON p.sheet_id = s.id AND p.pass = 1 AND p.saved_at IS NOT NULL
         WHERE s.meeting_id = ?1 AND s.status = 'entered' ORDER BY s.number",
    )?;
    let rows = statement.query_map([meeting_id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, Option<String>>(3)?,
        ))
    })?;
    rows.map(|row| {
        let (id, serial, version_id, participant_code) = row?;
        let answers: HashMap<String, AnswerValue> = stored_answers(conn, &id, 1)?
            .into_iter()
            .map(|a| (a.field, a.value))
            .collect();
        let mut pictures: HashMap<String, String> = HashMap::new();
        for (field, value) in &answers {
            if *value == AnswerValue::Picture {
                if let Some(png) = crate::domain::forms::scan::snippet_of(conn, &id, field)? {
                    pictures.insert(field.clone(), png);
                }
            }
        }
        Ok((
            version_id,
            EnteredSheet {
                id,
                serial,
                participant_code,
                answers,
                pictures,
            },
        ))
    })
    .collect()
}

/// The facilitator's marks on written answers: (sheet, field) → (starred, hidden).
fn comment_flags(
    conn: &Connection,
    meeting_id: &str,
) -> CoreResult<HashMap<(String, String), (bool, bool)>> {
    let mut statement = conn.prepare(
        "SELECT f.sheet_id, f.field, f.starred, f.hidden FROM comment_flag f
         JOIN form_sheet s ON s.id = f.sheet_id WHERE s.meeting_id = ?1",
    )?;
    let rows = statement.query_map([meeting_id], |r| {
        Ok(((r.get(0)?, r.get(1)?), (r.get(2)?, r.get(3)?)))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn version_ids(conn: &Connection, form_id: &str) -> CoreResult<Vec<String>> {
    let mut statement = conn.prepare("SELECT id FROM form_version WHERE form_id = ?1")?;
    let rows = statement.query_map([form_id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn checking(conn: &Connection, meeting_id: &str) -> CoreResult<Checking> {
    let compared = compare_in(conn, meeting_id)?;
    // The agreement is about fields, not sheets: nothing to follow back.
    let agreement = Share::counted(compared.agreeing, compared.fields);
    Ok(Checking {
        sheets_twice: compared.sheets,
        agreement,
        settled: compared.resolved,
        unsettled: u32::try_from(compared.differences.len()).unwrap_or(u32::MAX),
    })
}

/// Each form of the meeting (its newest version) with its entered sheets.
pub(super) fn forms_with_sheets(
    conn: &Connection,
    meeting_id: &str,
) -> CoreResult<Vec<(forms::Form, Vec<EnteredSheet>)>> {
    let mut sheets = entered_sheets(conn, meeting_id)?;
    let mut out = Vec::new();
    for summary in forms::summaries(conn, meeting_id)? {
        let form = forms::fetch(conn, &summary.id)?;
        let versions = version_ids(conn, &form.id)?;
        let (mine, rest): (Vec<_>, Vec<_>) =
            sheets.into_iter().partition(|(v, _)| versions.contains(v));
        sheets = rest;
        out.push((form, mine.into_iter().map(|(_, sheet)| sheet).collect()));
    }
    Ok(out)
}

pub(crate) fn report_in(
    conn: &Connection,
    meeting_id: &str,
    reader: Lang,
) -> CoreResult<MeetingReport> {
    let meeting = meeting::fetch(conn, meeting_id)?;
    let community = community::fetch(conn, &meeting.community_id)?.name;
    let flags = comment_flags(conn, meeting_id)?;
    let reader = Localizer::new(reader);
    let reports = forms_with_sheets(conn, meeting_id)?
        .into_iter()
        .map(|(form, sheets)| {
            let words = Localizer::new(form.lang);
            FormReport {
                items: item_reports(&form.items, &sheets, &flags, (&words, &reader)),
                sheets: u32::try_from(sheets.len()).unwrap_or(u32::MAX),
                form_id: form.id,
                title: form.title,
                lang: form.lang,
            }
        })
        .collect();
    let returns = progress_in(conn, meeting_id, 1)?;
    let serials = entered_serials(conn, meeting_id)?;
    Ok(MeetingReport {
        meeting_id: meeting.id,
        title: meeting.title,
        date: meeting.date,
        community,
        present: meeting.present_count,
        response: Share::new(serials, meeting.present_count),
        returns,
        checking: checking(conn, meeting_id)?,
        forms: reports,
    })
}

fn entered_serials(conn: &Connection, meeting_id: &str) -> CoreResult<Vec<String>> {
    let mut statement = conn.prepare(
        "SELECT label FROM form_sheet WHERE meeting_id = ?1 AND status = 'entered' ORDER BY number",
    )?;
    let rows = statement.query_map([meeting_id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn meeting_report(core: &Core, request: MeetingReportRequest) -> CoreResult<MeetingReport> {
    let reader = core.language();
    core.store
        .read(|conn| report_in(conn, &request.meeting_id, reader))
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FlagComment {
    pub meeting_id: String,
    pub serial: String,
    /// The written question's item id.
    pub field: String,
    pub starred: bool,
    pub hidden: bool,
}

/// Stars a written answer for quoting, or hides it from the report; it stays in the data.
pub fn flag_comment(core: &Core, request: FlagComment) -> CoreResult<MeetingReport> {
    // Read before the write: the language lives in the store the write holds.
    let reader = core.language();
    core.write_and_publish(|tx| {
        let sheet = find_sheet(tx, &request.meeting_id, &request.serial)?;
        let form = forms::fetch_version(tx, &sheet.version_id)?;
        let written = form.items.iter().any(|item| {
            item.id == request.field
                && matches!(item.kind, FormItemKind::ShortText | FormItemKind::Comment)
        });
        if !written {
            let field = request.field.clone();
            return Err(CoreError::invalid(
                "field",
                msg!("errors-report-not-written", field = field),
            ));
        }
        tx.execute(
            "INSERT INTO comment_flag (sheet_id, field, starred, hidden) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (sheet_id, field) DO UPDATE SET starred = ?3, hidden = ?4",
            (&sheet.id, &request.field, request.starred, request.hidden),
        )?;
        let community_id = meeting::fetch(tx, &request.meeting_id)?.community_id;
        let event = ChangeEvent::updated(Entity::Form, &request.meeting_id, &community_id);
        Ok(Change::new(
            report_in(tx, &request.meeting_id, reader)?,
            event,
        ))
    })
}
