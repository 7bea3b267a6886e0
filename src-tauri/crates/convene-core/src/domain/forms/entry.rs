//! Keyed entry: typing in a stack of paper sheets. A sheet is found by its serial
//! (checked against what was printed for the meeting); its answers are kept as a draft
//! while they are typed, so nothing is lost if the app closes mid-sheet, and saved whole.
//! A change to a saved sheet is kept in its audit trail. Pass 2 is the second, blind
//! entry of double entry: it never sees pass 1's answers.

use std::collections::HashMap;

use convene_i18n::{msg, Lang};
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::answers::{fields, AnswerValue, FieldAnswer};
use super::sheets::SheetStatus;
use super::{meeting, FormItem};
use crate::change::Change;
use crate::events::{ChangeEvent, Entity};
use crate::{ids::new_id, time::now_utc, Core, CoreError, CoreResult};

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SheetRequest {
    pub meeting_id: String,
    /// As printed ("M3-037"), or just its number ("37").
    pub serial: String,
    /// 1, or 2 for the second entry of double entry.
    pub pass: u8,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SaveAnswers {
    pub meeting_id: String,
    pub serial: String,
    pub pass: u8,
    pub answers: Vec<FieldAnswer>,
    /// Why a saved sheet's answers changed (kept in its audit trail).
    #[serde(default)]
    pub reason: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MarkSheet {
    pub meeting_id: String,
    pub serial: String,
    pub status: SheetStatus,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProgressRequest {
    pub meeting_id: String,
    #[serde(default = "first_pass")]
    pub pass: u8,
}

fn first_pass() -> u8 {
    1
}

/// A sheet opened for entry: what it asks (the version printed on it) and what has
/// been typed from it in this pass.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SheetEntry {
    pub serial: String,
    pub pass: u8,
    pub lang: Lang,
    pub title: String,
    pub items: Vec<FormItem>,
    pub answers: Vec<FieldAnswer>,
    /// This pass has been saved (typing again corrects it, and is audited).
    pub saved: bool,
    pub status: SheetStatus,
    /// The participant code printed on a sheet made for one member.
    pub participant_code: Option<String>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Unnumbered {
    pub meeting_id: String,
    /// The form the paper sheet asks (its newest version).
    pub form_id: String,
}

/// The serial given to a sheet that came without one, to write on the paper.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GivenSerial {
    pub serial: String,
}

/// One change to a saved answer.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AnswerChange {
    pub pass: u8,
    pub field: String,
    pub old_value: Option<AnswerValue>,
    pub new_value: AnswerValue,
    pub reason: String,
    /// UTC, RFC 3339.
    pub changed_at: String,
}

/// How far entry of a meeting's sheets has come.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EntryProgress {
    pub issued: u32,
    /// Saved in the pass asked about.
    pub entered: u32,
    pub blank: u32,
    pub spoiled: u32,
    pub not_returned: u32,
    /// Issued sheets not yet entered or accounted for.
    pub to_go: u32,
    /// The lowest serial still to go, to start the next sheet with.
    pub next_serial: Option<String>,
}

pub(crate) struct SheetRow {
    pub(crate) id: String,
    pub(crate) label: String,
    pub(crate) version_id: String,
}

pub(super) fn check_pass(pass: u8) -> CoreResult<()> {
    match pass {
        1 | 2 => Ok(()),
        other => Err(CoreError::invalid(
            "pass",
            msg!("errors-entry-pass", pass = other),
        )),
    }
}

/// The sheet a typed serial names, among those printed for the meeting.
pub(crate) fn find_sheet(
    conn: &Connection,
    meeting_id: &str,
    serial: &str,
) -> CoreResult<SheetRow> {
    meeting::fetch(conn, meeting_id)?;
    let typed = serial.trim().to_uppercase();
    let number: Option<u32> = typed.rsplit('-').next().and_then(|n| n.parse().ok());
    let row = conn
        .query_row(
            "SELECT id, label, form_version_id FROM form_sheet
             WHERE meeting_id = ?1 AND (label = ?2 OR (?3 IS NOT NULL AND number = ?3))",
            (meeting_id, &typed, number),
            |r| Ok((r.get(0)?, r.get::<_, String>(1)?, r.get(2)?)),
        )
        .optional()?;
    let Some((id, label, version_id)) = row else {
        return Err(CoreError::invalid(
            "serial",
            unknown_serial(conn, meeting_id, &typed)?,
        ));
    };
    if typed.contains('-') && typed != label {
        let other = msg!("errors-entry-other-meeting", serial = typed);
        return Err(CoreError::invalid("serial", other));
    }
    Ok(SheetRow {
        id,
        label,
        version_id,
    })
}

/// Why no sheet of the meeting has this serial: another meeting's, or never printed.
fn unknown_serial(
    conn: &Connection,
    meeting_id: &str,
    typed: &str,
) -> CoreResult<convene_i18n::Message> {
    let elsewhere: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM form_sheet s JOIN meeting m ON m.id = s.meeting_id
         WHERE s.label = ?2 AND s.meeting_id <> ?1
           AND m.community_id = (SELECT community_id FROM meeting WHERE id = ?1))",
        (meeting_id, typed),
        |r| r.get(0),
    )?;
    Ok(if elsewhere {
        msg!("errors-entry-other-meeting", serial = typed)
    } else {
        msg!("errors-entry-unknown-serial", serial = typed)
    })
}

pub(crate) fn stored_answers(
    conn: &Connection,
    sheet_id: &str,
    pass: u8,
) -> CoreResult<Vec<FieldAnswer>> {
    let mut statement =
        conn.prepare("SELECT field, value FROM sheet_answer WHERE sheet_id = ?1 AND pass = ?2")?;
    let rows = statement.query_map((sheet_id, pass), |r| {
        Ok((r.get(0)?, r.get::<_, String>(1)?))
    })?;
    rows.map(|row| {
        let (field, json) = row?;
        let value = serde_json::from_str(&json)
            .map_err(|e| CoreError::Corrupt(format!("an answer of a sheet ({e})")))?;
        Ok(FieldAnswer { field, value })
    })
    .collect()
}

pub(super) fn is_saved(conn: &Connection, sheet_id: &str, pass: u8) -> CoreResult<bool> {
    Ok(conn
        .query_row(
            "SELECT saved_at IS NOT NULL FROM sheet_pass WHERE sheet_id = ?1 AND pass = ?2",
            (sheet_id, pass),
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or(false))
}

pub fn open(core: &Core, request: SheetRequest) -> CoreResult<SheetEntry> {
    check_pass(request.pass)?;
    core.store.read(|conn| {
        let sheet = find_sheet(conn, &request.meeting_id, &request.serial)?;
        let form = super::fetch_version(conn, &sheet.version_id)?;
        entry_of(conn, &sheet, request.pass, form)
    })
}

/// Checks every answer against its field; `whole` also asks for every field.
fn checked(
    items: &[FormItem],
    answers: &[FieldAnswer],
    whole: bool,
) -> CoreResult<HashMap<String, AnswerValue>> {
    let all = fields(items);
    let mut by_field = HashMap::new();
    for answer in answers {
        let field = all.iter().find(|f| f.id == answer.field).ok_or_else(|| {
            CoreError::invalid(
                "answers",
                msg!("errors-entry-unknown-field", field = answer.field.clone()),
            )
        })?;
        if let Some(problem) = field.refuse(&answer.value) {
            return Err(CoreError::invalid("answers", problem).at(format!("answers.{}", field.id)));
        }
        by_field.insert(answer.field.clone(), answer.value.clone());
    }
    if whole {
        if let Some(gap) = all.iter().find(|f| !by_field.contains_key(&f.id)) {
            let missing = msg!("errors-entry-unanswered", question = gap.name());
            return Err(CoreError::invalid("answers", missing).at(format!("answers.{}", gap.id)));
        }
    }
    Ok(by_field)
}

/// Keeps what has been typed so far from a sheet not yet saved in this pass.
pub fn draft(core: &Core, request: SaveAnswers) -> CoreResult<SheetEntry> {
    check_pass(request.pass)?;
    core.write_and_publish(|tx| {
        let (entry, sheet_id) = draft_in(tx, &request)?;
        Ok(Change::new(
            entry,
            ChangeEvent::updated(Entity::Form, &sheet_id, ""),
        ))
    })
}

/// [`draft`] within a write; the entry and the sheet's id.
pub(super) fn draft_in(tx: &Connection, request: &SaveAnswers) -> CoreResult<(SheetEntry, String)> {
    let sheet = find_sheet(tx, &request.meeting_id, &request.serial)?;
    if is_saved(tx, &sheet.id, request.pass)? {
        return Err(CoreError::invalid(
            "serial",
            msg!("errors-entry-draft-saved", serial = sheet.label),
        ));
    }
    let form = super::fetch_version(tx, &sheet.version_id)?;
    let answers = checked(&form.items, &request.answers, false)?;
    tx.execute(
        "INSERT OR IGNORE INTO sheet_pass (sheet_id, pass) VALUES (?1, ?2)",
        (&sheet.id, request.pass),
    )?;
    tx.execute(
        "DELETE FROM sheet_answer WHERE sheet_id = ?1 AND pass = ?2",
        (&sheet.id, request.pass),
    )?;
    for (field, value) in &answers {
        insert_answer(tx, &sheet.id, request.pass, field, value)?;
    }
    Ok((entry_of(tx, &sheet, request.pass, form)?, sheet.id))
}

pub(super) fn json(value: &AnswerValue) -> CoreResult<String> {
    serde_json::to_string(value).map_err(|e| CoreError::Corrupt(format!("an answer ({e})")))
}

pub(crate) fn insert_answer(
    tx: &Connection,
    sheet_id: &str,
    pass: u8,
    field: &str,
    value: &AnswerValue,
) -> CoreResult<()> {
    tx.execute(
        "INSERT OR REPLACE INTO sheet_answer (sheet_id, pass, field, value) VALUES (?1, ?2, ?3, ?4)",
        (sheet_id, pass, field, json(value)?),
    )?;
    Ok(())
}

fn entry_of(
    tx: &Connection,
    sheet: &SheetRow,
    pass: u8,
    form: super::Form,
) -> CoreResult<SheetEntry> {
    let (status, participant_code): (String, Option<String>) = tx.query_row(
        "SELECT status, participant_code FROM form_sheet WHERE id = ?1",
        [&sheet.id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(SheetEntry {
        serial: sheet.label.clone(),
        pass,
        lang: form.lang,
        title: form.title,
        items: form.items,
        answers: stored_answers(tx, &sheet.id, pass)?,
        saved: is_saved(tx, &sheet.id, pass)?,
        status: super::sheets::status_of(&status)?,
        participant_code,
    })
}

/// Keeps one change to a saved answer in the sheet's audit trail.
pub(super) fn record_change(
    tx: &Connection,
    sheet_id: &str,
    pass: u8,
    field: &str,
    (old, new): (Option<&AnswerValue>, &AnswerValue),
    reason: &str,
) -> CoreResult<()> {
    let old = old.map(json).transpose()?;
    tx.execute(
        "INSERT INTO answer_change (id, sheet_id, pass, field, old_value, new_value, reason, changed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        (new_id(), sheet_id, pass, field, old, json(new)?, reason, now_utc()),
    )?;
    Ok(())
}

/// Saves a sheet's answers whole; a correction to a saved sheet is audited.
pub fn save(core: &Core, request: SaveAnswers) -> CoreResult<SheetEntry> {
    check_pass(request.pass)?;
    let reason =
        crate::text::optional("reason", msg!("errors-label-reason"), &request.reason, 500)?;
    core.write_and_publish(|tx| {
        let (entry, sheet_id) = save_in(tx, &request, &reason)?;
        Ok(Change::new(
            entry,
            ChangeEvent::updated(Entity::Form, &sheet_id, ""),
        ))
    })
}

/// [`save`] within a write; the entry and the sheet's id.
pub(super) fn save_in(
    tx: &Connection,
    request: &SaveAnswers,
    reason: &str,
) -> CoreResult<(SheetEntry, String)> {
    let sheet = find_sheet(tx, &request.meeting_id, &request.serial)?;
    let form = super::fetch_version(tx, &sheet.version_id)?;
    let answers = checked(&form.items, &request.answers, true)?;
    let was_saved = is_saved(tx, &sheet.id, request.pass)?;
    let before: HashMap<String, AnswerValue> = stored_answers(tx, &sheet.id, request.pass)?
        .into_iter()
        .map(|a| (a.field, a.value))
        .collect();
    for (field, value) in &answers {
        let old = before.get(field);
        if was_saved && old != Some(value) {
            record_change(tx, &sheet.id, request.pass, field, (old, value), reason)?;
        }
        insert_answer(tx, &sheet.id, request.pass, field, value)?;
    }
    tx.execute(
        "INSERT INTO sheet_pass (sheet_id, pass, saved_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (sheet_id, pass) DO UPDATE SET saved_at = excluded.saved_at",
        (&sheet.id, request.pass, now_utc()),
    )?;
    tx.execute(
        "UPDATE form_sheet SET status = 'entered' WHERE id = ?1",
        [&sheet.id],
    )?;
    Ok((entry_of(tx, &sheet, request.pass, form)?, sheet.id))
}

/// Records that a sheet came back blank, spoiled, or not at all.
pub fn mark(core: &Core, request: MarkSheet) -> CoreResult<EntryProgress> {
    let status = match request.status {
        SheetStatus::Blank | SheetStatus::Spoiled | SheetStatus::NotReturned => {
            request.status.as_str()
        }
        SheetStatus::Issued | SheetStatus::Entered => {
            return Err(CoreError::invalid(
                "status",
                msg!("errors-entry-mark-status"),
            ));
        }
    };
    core.write_and_publish(|tx| {
        let sheet_id = mark_in(tx, &request.meeting_id, &request.serial, status)?;
        let event = ChangeEvent::updated(Entity::Form, &sheet_id, "");
        Ok(Change::new(progress_in(tx, &request.meeting_id, 1)?, event))
    })
}

/// Records a sheet's status within a write, unless its first entry was saved; the
/// sheet's id.
pub(super) fn mark_in(
    tx: &Connection,
    meeting_id: &str,
    serial: &str,
    status: &str,
) -> CoreResult<String> {
    let sheet = find_sheet(tx, meeting_id, serial)?;
    if is_saved(tx, &sheet.id, 1)? {
        return Err(CoreError::invalid(
            "serial",
            msg!("errors-entry-mark-entered", serial = sheet.label),
        ));
    }
    tx.execute(
        "UPDATE form_sheet SET status = ?2 WHERE id = ?1",
        (&sheet.id, status),
    )?;
    Ok(sheet.id)
}

pub(crate) fn progress_in(
    conn: &Connection,
    meeting_id: &str,
    pass: u8,
) -> CoreResult<EntryProgress> {
    let count = |status: &str| -> CoreResult<u32> {
        Ok(conn.query_row(
            "SELECT COUNT(*) FROM form_sheet WHERE meeting_id = ?1 AND status = ?2",
            (meeting_id, status),
            |r| r.get(0),
        )?)
    };
    let issued: u32 = conn.query_row(
        "SELECT COUNT(*) FROM form_sheet WHERE meeting_id = ?1",
        [meeting_id],
        |r| r.get(0),
    )?;
    let entered: u32 = conn.query_row(
        "SELECT COUNT(*) FROM form_sheet s JOIN sheet_pass p ON p.sheet_id = s.id
         WHERE s.meeting_id = ?1 AND p.pass = ?2 AND p.saved_at IS NOT NULL",
        (meeting_id, pass),
        |r| r.get(0),
    )?;
    let (blank, spoiled, not_returned) =
        (count("blank")?, count("spoiled")?, count("not_returned")?);
    // The second pass re-enters the sheets the first one entered, or the sample of them.
    let second_pass = if super::sample::is_sampled(conn, meeting_id)? {
        "s.id IN (SELECT sheet_id FROM double_entry_sample)"
    } else {
        "s.status = 'entered'"
    };
    let to_go = if pass == 1 {
        issued.saturating_sub(entered + blank + spoiled + not_returned)
    } else {
        let covered: u32 = conn.query_row(
            &format!("SELECT COUNT(*) FROM form_sheet s WHERE s.meeting_id = ?1 AND {second_pass}"),
            [meeting_id],
            |r| r.get(0),
        )?;
        covered.saturating_sub(entered)
    };
    let next_serial = conn
        .query_row(
            &format!(
                "SELECT s.label FROM form_sheet s
                 WHERE s.meeting_id = ?1 AND s.status IN ('issued', 'entered')
                   AND (?2 = 1 OR {second_pass})
                   AND NOT EXISTS (SELECT 1 FROM sheet_pass p
                       WHERE p.sheet_id = s.id AND p.pass = ?2 AND p.saved_at IS NOT NULL)
                 ORDER BY s.number LIMIT 1"
            ),
            (meeting_id, pass),
            |r| r.get(0),
        )
        .optional()?;
    Ok(EntryProgress {
        issued,
        entered,
        blank,
        spoiled,
        not_returned,
        to_go,
        next_serial,
    })
}

/// Gives a sheet without a serial (a photocopy, another tool's paper form of the same
/// questions) the meeting's next serial, so it is entered, double-entered and counted
/// like a printed one; the facilitator writes the serial on the paper.
pub fn unnumbered(core: &Core, request: Unnumbered) -> CoreResult<GivenSerial> {
    core.write_and_publish(|tx| {
        let form = super::fetch(tx, &request.form_id)?;
        if form.meeting_id != request.meeting_id {
            return Err(CoreError::invalid(
                "formId",
                msg!("errors-entry-form-elsewhere"),
            ));
        }
        let issued = super::sheets::issue(tx, &form, vec![None])?;
        let serial = issued
            .into_iter()
            .next()
            .map(|sheet| sheet.label)
            .unwrap_or_default();
        let event = ChangeEvent::updated(Entity::Form, &form.id, "");
        Ok(Change::new(GivenSerial { serial }, event))
    })
}

pub fn progress(core: &Core, request: ProgressRequest) -> CoreResult<EntryProgress> {
    check_pass(request.pass)?;
    core.store.read(|conn| {
        meeting::fetch(conn, &request.meeting_id)?;
        progress_in(conn, &request.meeting_id, request.pass)
    })
}

fn parsed(json: &str) -> CoreResult<AnswerValue> {
    serde_json::from_str(json).map_err(|e| CoreError::Corrupt(format!("an answer's history ({e})")))
}

/// Every change made to a sheet's saved answers, oldest first.
pub fn audit(core: &Core, request: SheetRequest) -> CoreResult<Vec<AnswerChange>> {
    core.store.read(|conn| {
        let sheet = find_sheet(conn, &request.meeting_id, &request.serial)?;
        let mut statement = conn.prepare(
            "SELECT pass, field, old_value, new_value, reason, changed_at FROM answer_change
             WHERE sheet_id = ?1 ORDER BY changed_at, rowid",
        )?;
        let rows = statement.query_map([&sheet.id], |r| {
            Ok((
                r.get::<_, u8>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
            ))
        })?;
        rows.map(|row| {
            let (pass, field, old, new, reason, changed_at) = row?;
            Ok(AnswerChange {
                pass,
                field,
                old_value: old.as_deref().map(parsed).transpose()?,
                new_value: parsed(&new)?,
                reason,
                changed_at,
            })
        })
        .collect()
    })
}
