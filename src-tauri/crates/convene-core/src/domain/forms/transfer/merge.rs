//! Bringing a checked file into a meeting. What the meeting lacks is added with its ids;
//! what it has is compared: the same is left alone, a blank here is filled from the
//! file, and two different saved versions of one thing are refused with the sheet or
//! form named, since only the paper can say which is right.

use convene_i18n::msg;
use rusqlite::{Connection, OptionalExtension};

use super::super::answers::FieldAnswer;
use super::super::entry::{insert_answer, is_saved, json, stored_answers};
use super::super::sheets::{status_of, SheetStatus};
use super::file::{
    file_error, stored, EvaluationFile, FormRecord, PassRecord, SheetRecord, VersionRecord,
};
use super::EvaluationImport;
use crate::CoreResult;

pub(super) fn merge(
    tx: &Connection,
    meeting_id: &str,
    file: &EvaluationFile,
) -> CoreResult<EvaluationImport> {
    let mut report = EvaluationImport::default();
    for form in &file.forms {
        merge_form(tx, meeting_id, form, &mut report)?;
    }
    for sheet in &file.sheets {
        merge_sheet(tx, meeting_id, sheet, &mut report)?;
    }
    Ok(report)
}

fn merge_form(
    tx: &Connection,
    meeting_id: &str,
    form: &FormRecord,
    report: &mut EvaluationImport,
) -> CoreResult<()> {
    let newest = form.versions.iter().max_by_key(|v| v.number);
    let title = newest.map_or("", |v| v.title.as_str());
    let home: Option<String> = tx
        .query_row(
            "SELECT meeting_id FROM form WHERE id = ?1",
            [&form.id],
            |r| r.get(0),
        )
        .optional()?;
    match &home {
        Some(home) if home != meeting_id => {
            return Err(file_error(msg!(
                "errors-evaluation-other-meeting",
                title = title
            )));
        }
        Some(_) => {}
        None => {
            tx.execute(
                "INSERT INTO form (id, meeting_id, lang, created_at) VALUES (?1, ?2, ?3, ?4)",
                (
                    &form.id,
                    meeting_id,
                    form.lang.code(),
                    stored(&form.created_at),
                ),
            )?;
            report.forms_added.push(title.to_owned());
        }
    }
    for version in &form.versions {
        let added = merge_version(tx, &form.id, version)?;
        // A new form's versions come with it; only versions of a known form are news.
        if added && home.is_some() {
            report.versions_added += 1;
        }
    }
    Ok(())
}

/// Adds a version the form lacks (true), or checks the one it has is the same.
fn merge_version(tx: &Connection, form_id: &str, version: &VersionRecord) -> CoreResult<bool> {
    let items = serde_json::to_string(&version.items)
        .map_err(|e| crate::CoreError::Corrupt(format!("a form's items ({e})")))?;
    let here: Option<(String, String, String, String, Option<String>)> = tx
        .query_row(
            "SELECT form_id, title, intro, items, printed_at FROM form_version WHERE id = ?1",
            [&version.id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?;
    let differs = || {
        let (title, number) = (&version.title, version.number);
        file_error(msg!(
            "errors-evaluation-version-differs",
            title = title,
            version = number
        ))
    };
    let Some((owner, title, intro, stored_items, printed_at)) = here else {
        let taken: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM form_version WHERE form_id = ?1 AND number = ?2)",
            (form_id, version.number),
            |r| r.get(0),
        )?;
        if taken {
            return Err(differs());
        }
        tx.execute(
            "INSERT INTO form_version (id, form_id, number, title, intro, items, created_at, printed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            (
                &version.id,
                form_id,
                version.number,
                &version.title,
                &version.intro,
                &items,
                stored(&version.created_at),
                version.printed_at.as_ref().map(stored),
            ),
        )?;
        return Ok(true);
    };
    let same = owner == form_id
        && title == version.title
        && intro == version.intro
        && super::super::items_of(&stored_items)? == version.items;
    let either_printed = printed_at.is_some() || version.printed_at.is_some();
    if !same && (either_printed || owner != form_id) {
        return Err(differs());
    }
    if same {
        tx.execute(
            "UPDATE form_version SET printed_at = COALESCE(printed_at, ?2) WHERE id = ?1",
            (&version.id, version.printed_at.as_ref().map(stored)),
        )?;
    }
    Ok(false)
}

fn merge_sheet(
    tx: &Connection,
    meeting_id: &str,
    sheet: &SheetRecord,
    report: &mut EvaluationImport,
) -> CoreResult<()> {
    let here: Option<(String, String, String)> = tx
        .query_row(
            "SELECT meeting_id, form_version_id, status FROM form_sheet WHERE id = ?1",
            [&sheet.id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let serial = &sheet.label;
    let Some((home, version_id, status)) = here else {
        add_sheet(tx, meeting_id, sheet)?;
        report.sheets_added += 1;
        return Ok(());
    };
    if home != meeting_id || version_id != sheet.form_version_id {
        return Err(file_error(msg!(
            "errors-evaluation-sheet-elsewhere",
            serial = serial
        )));
    }
    let status = status_of(&status)?;
    let accounted = status == SheetStatus::Issued && sheet.status != SheetStatus::Issued;
    if !accounted && sheet.status != status && sheet.status != SheetStatus::Issued {
        return Err(file_error(msg!(
            "errors-evaluation-status-differs",
            serial = serial
        )));
    }
    let mut entries = 0;
    for pass in &sheet.passes {
        entries += u32::from(merge_pass(tx, sheet, pass)?);
    }
    if accounted {
        set_status(tx, &sheet.id, sheet.status)?;
    }
    keep_history(tx, meeting_id, sheet)?;
    report.entries_added += entries;
    report.sheets_accounted += u32::from(accounted && sheet.status != SheetStatus::Entered);
    report.sheets_unchanged += u32::from(!accounted && entries == 0);
    Ok(())
}

fn add_sheet(tx: &Connection, meeting_id: &str, sheet: &SheetRecord) -> CoreResult<()> {
    let taken: Option<String> = tx
        .query_row(
            "SELECT label FROM form_sheet WHERE meeting_id = ?1 AND number = ?2",
            (meeting_id, sheet.number),
            |r| r.get(0),
        )
        .optional()?;
    if let Some(here) = taken {
        let (serial, number) = (&sheet.label, sheet.number);
        let clash = msg!(
            "errors-evaluation-serial-taken",
            serial = serial,
            number = number,
            here = here
        );
        return Err(file_error(clash));
    }
    tx.execute(
        "INSERT INTO form_sheet
         (id, meeting_id, form_version_id, number, label, status, issued_at, participant_code)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        (
            &sheet.id,
            meeting_id,
            &sheet.form_version_id,
            sheet.number,
            &sheet.label,
            sheet.status.as_str(),
            stored(&sheet.issued_at),
            &sheet.participant_code,
        ),
    )?;
    for pass in &sheet.passes {
        write_pass(tx, &sheet.id, pass)?;
    }
    keep_history(tx, meeting_id, sheet)
}

fn set_status(tx: &Connection, sheet_id: &str, status: SheetStatus) -> CoreResult<()> {
    tx.execute(
        "UPDATE form_sheet SET status = ?2 WHERE id = ?1",
        (sheet_id, status.as_str()),
    )?;
    Ok(())
}

/// Takes the file's entry when this machine has none saved (true); a saved entry here
/// must match a saved one in the file.
fn merge_pass(tx: &Connection, sheet: &SheetRecord, pass: &PassRecord) -> CoreResult<bool> {
    let saved_here = is_saved(tx, &sheet.id, pass.pass)?;
    if saved_here {
        if pass.saved_at.is_some()
            && !same_answers(&stored_answers(tx, &sheet.id, pass.pass)?, &pass.answers)
        {
            let (serial, number) = (&sheet.label, pass.pass);
            return Err(file_error(msg!(
                "errors-evaluation-entry-differs",
                serial = serial,
                pass = number
            )));
        }
        return Ok(false);
    }
    let drafted_here: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM sheet_pass WHERE sheet_id = ?1 AND pass = ?2)",
        (&sheet.id, pass.pass),
        |r| r.get(0),
    )?;
    // A draft here is the facilitator's unfinished typing; only a saved entry replaces it.
    if pass.saved_at.is_none() && drafted_here {
        return Ok(false);
    }
    write_pass(tx, &sheet.id, pass)?;
    Ok(pass.saved_at.is_some())
}

fn same_answers(here: &[FieldAnswer], there: &[FieldAnswer]) -> bool {
    here.len() == there.len()
        && here.iter().all(|a| {
            there
                .iter()
                .any(|b| b.field == a.field && b.value == a.value)
        })
}

fn write_pass(tx: &Connection, sheet_id: &str, pass: &PassRecord) -> CoreResult<()> {
    tx.execute(
        "DELETE FROM sheet_answer WHERE sheet_id = ?1 AND pass = ?2",
        (sheet_id, pass.pass),
    )?;
    tx.execute(
        "INSERT OR REPLACE INTO sheet_pass (sheet_id, pass, saved_at) VALUES (?1, ?2, ?3)",
        (sheet_id, pass.pass, pass.saved_at.as_ref().map(stored)),
    )?;
    for answer in &pass.answers {
        insert_answer(tx, sheet_id, pass.pass, &answer.field, &answer.value)?;
    }
    Ok(())
}

/// The audit trail, reconciled differences and sample membership are histories: the
/// merged sheet keeps every row either machine has.
fn keep_history(tx: &Connection, meeting_id: &str, sheet: &SheetRecord) -> CoreResult<()> {
    for change in &sheet.changes {
        let old = change.old_value.as_ref().map(json).transpose()?;
        tx.execute(
            "INSERT OR IGNORE INTO answer_change
             (id, sheet_id, pass, field, old_value, new_value, reason, changed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            (
                &change.id,
                &sheet.id,
                change.pass,
                &change.field,
                old,
                json(&change.new_value)?,
                &change.reason,
                stored(&change.changed_at),
            ),
        )?;
    }
    for settled in &sheet.resolutions {
        tx.execute(
            "INSERT OR IGNORE INTO entry_resolution
             (id, sheet_id, field, first_value, second_value, paper_value, reason, resolved_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            (
                &settled.id,
                &sheet.id,
                &settled.field,
                json(&settled.first_value)?,
                json(&settled.second_value)?,
                json(&settled.paper_value)?,
                &settled.reason,
                stored(&settled.resolved_at),
            ),
        )?;
    }
    if sheet.sampled {
        tx.execute(
            "INSERT OR IGNORE INTO double_entry_sample (sheet_id, meeting_id) VALUES (?1, ?2)",
            (&sheet.id, meeting_id),
        )?;
    }
    Ok(())
}
