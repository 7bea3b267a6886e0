//! Writing a meeting's evaluation out: every form with all its versions, every sheet
//! printed for the meeting with its entries, audit trail and reconciled differences.

use chrono::{DateTime, Utc};
use convene_i18n::{msg, Localizer};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::super::{entry, items_of, lang_of, sheets::status_of};
use super::file::{
    ChangeRecord, EvaluationFile, FormRecord, MeetingNote, PassRecord, ResolutionRecord,
    SheetRecord, VersionRecord, EVALUATION_FORMAT, EVALUATION_VERSION,
};
use crate::domain::meeting::{self, Meeting};
use crate::print::file_safe;
use crate::{Core, CoreError, CoreResult};

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExportEvaluation {
    pub meeting_id: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EvaluationExport {
    /// A suggested file name.
    pub file_name: String,
    pub forms: u32,
    pub sheets: u32,
    /// The file's text.
    pub json: String,
}

fn instant(text: &str) -> CoreResult<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| CoreError::Corrupt(format!("an instant “{text}” ({e})")))
}

fn answer(json: &str) -> CoreResult<super::super::answers::AnswerValue> {
    serde_json::from_str(json).map_err(|e| CoreError::Corrupt(format!("an answer ({e})")))
}

fn forms_of(conn: &Connection, meeting_id: &str) -> CoreResult<Vec<FormRecord>> {
    let mut forms = conn.prepare(
        "SELECT id, lang, created_at FROM form WHERE meeting_id = ?1 ORDER BY created_at, id",
    )?;
    let rows = forms.query_map([meeting_id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    rows.map(|row| {
        let (id, lang, created_at) = row?;
        Ok(FormRecord {
            versions: versions_of(conn, &id)?,
            id,
            lang: lang_of(&lang)?,
            created_at: instant(&created_at)?,
        })
    })
    .collect()
}

fn versions_of(conn: &Connection, form_id: &str) -> CoreResult<Vec<VersionRecord>> {
    let mut statement = conn.prepare(
        "SELECT id, number, title, intro, items, created_at, printed_at
         FROM form_version WHERE form_id = ?1 ORDER BY number",
    )?;
    let rows = statement.query_map([form_id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, u32>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, Option<String>>(6)?,
        ))
    })?;
    rows.map(|row| {
        let (id, number, title, intro, items, created_at, printed_at) = row?;
        Ok(VersionRecord {
            id,
            number,
            title,
            intro,
            items: items_of(&items)?,
            created_at: instant(&created_at)?,
            printed_at: printed_at.as_deref().map(instant).transpose()?,
        })
    })
    .collect()
}

fn sheets_of(conn: &Connection, meeting_id: &str) -> CoreResult<Vec<SheetRecord>> {
    let mut statement = conn.prepare(
        "SELECT s.id, s.form_version_id, s.number, s.label, s.status, s.issued_at,
                EXISTS (SELECT 1 FROM double_entry_sample d WHERE d.sheet_id = s.id),
                s.participant_code
         FROM form_sheet s WHERE s.meeting_id = ?1 ORDER BY s.number",
    )?;
    let rows = statement.query_map([meeting_id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, u32>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, bool>(6)?,
            r.get::<_, Option<String>>(7)?,
        ))
    })?;
    rows.map(|row| {
        let (id, form_version_id, number, label, status, issued_at, sampled, participant_code) =
            row?;
        Ok(SheetRecord {
            passes: passes_of(conn, &id)?,
            changes: changes_of(conn, &id)?,
            resolutions: resolutions_of(conn, &id)?,
            id,
            form_version_id,
            number,
            label,
            status: status_of(&status)?,
            issued_at: instant(&issued_at)?,
            participant_code,
            sampled,
        })
    })
    .collect()
}

fn passes_of(conn: &Connection, sheet_id: &str) -> CoreResult<Vec<PassRecord>> {
    let mut statement =
        conn.prepare("SELECT pass, saved_at FROM sheet_pass WHERE sheet_id = ?1 ORDER BY pass")?;
    let rows = statement.query_map([sheet_id], |r| {
        Ok((r.get::<_, u8>(0)?, r.get::<_, Option<String>>(1)?))
    })?;
    rows.map(|row| {
        let (pass, saved_at) = row?;
        let mut answers = entry::stored_answers(conn, sheet_id, pass)?;
        answers.sort_by(|a, b| a.field.cmp(&b.field));
        Ok(PassRecord {
            pass,
            saved_at: saved_at.as_deref().map(instant).transpose()?,
            answers,
        })
    })
    .collect()
}

fn changes_of(conn: &Connection, sheet_id: &str) -> CoreResult<Vec<ChangeRecord>> {
    let mut statement = conn.prepare(
        "SELECT id, pass, field, old_value, new_value, reason, changed_at
         FROM answer_change WHERE sheet_id = ?1 ORDER BY changed_at, id",
    )?;
    let rows = statement.query_map([sheet_id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, u8>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, Option<String>>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, String>(6)?,
        ))
    })?;
    rows.map(|row| {
        let (id, pass, field, old, new, reason, changed_at) = row?;
        Ok(ChangeRecord {
            id,
            pass,
            field,
            old_value: old.as_deref().map(answer).transpose()?,
            new_value: answer(&new)?,
            reason,
            changed_at: instant(&changed_at)?,
        })
    })
    .collect()
}

fn resolutions_of(conn: &Connection, sheet_id: &str) -> CoreResult<Vec<ResolutionRecord>> {
    let mut statement = conn.prepare(
        "SELECT id, field, first_value, second_value, paper_value, reason, resolved_at
         FROM entry_resolution WHERE sheet_id = ?1 ORDER BY resolved_at, id",
    )?;
    let rows = statement.query_map([sheet_id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, String>(6)?,
        ))
    })?;
    rows.map(|row| {
        let (id, field, first, second, paper, reason, resolved_at) = row?;
        Ok(ResolutionRecord {
            id,
            field,
            first_value: answer(&first)?,
            second_value: answer(&second)?,
            paper_value: answer(&paper)?,
            reason,
            resolved_at: instant(&resolved_at)?,
        })
    })
    .collect()
}

/// Everything of a meeting's evaluation, as its file holds it.
pub(super) fn file_of(conn: &Connection, meeting: &Meeting) -> CoreResult<EvaluationFile> {
    Ok(EvaluationFile {
        format: EVALUATION_FORMAT.to_owned(),
        version: EVALUATION_VERSION,
        meeting: MeetingNote {
            title: meeting.title.clone(),
            date: meeting.date.to_string(),
        },
        forms: forms_of(conn, &meeting.id)?,
        sheets: sheets_of(conn, &meeting.id)?,
    })
}

/// A meeting's forms, sheets and entries as a file the facilitator can save.
pub fn export(core: &Core, request: ExportEvaluation) -> CoreResult<EvaluationExport> {
    let (meeting, file) = core.store.read(|conn| {
        let meeting = meeting::fetch(conn, &request.meeting_id)?;
        let file = file_of(conn, &meeting)?;
        Ok((meeting, file))
    })?;
    let json =
        serde_json::to_string_pretty(&file).map_err(|e| CoreError::Corrupt(e.to_string()))?;
    let (title, date) = (file_safe(&meeting.title), meeting.date.to_string());
    let name = msg!("forms-export-file", title = title, date = date);
    Ok(EvaluationExport {
        file_name: Localizer::new(core.language()).message(&name),
        forms: u32::try_from(file.forms.len()).unwrap_or(u32::MAX),
        sheets: u32::try_from(file.sheets.len()).unwrap_or(u32::MAX),
        json,
    })
}
