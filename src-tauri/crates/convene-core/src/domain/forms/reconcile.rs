//! Double entry: the two passes of a meeting's sheets compared field by field. Each
//! difference is settled by looking at the paper: what it says (which may match
//! neither pass) is written into both, with the reason, and the settlement is kept, so
//! the agreement rate always counts the fields the two passes first disagreed on.

use std::collections::HashMap;

use convene_i18n::{msg, Lang};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::answers::{fields, AnswerValue};
use super::entry::{find_sheet, insert_answer, is_saved, json, record_change, stored_answers};
use super::{meeting, FormItem};
use crate::change::Change;
use crate::events::{ChangeEvent, Entity};
use crate::{ids::new_id, time::now_utc, Core, CoreError, CoreResult};

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CompareRequest {
    pub meeting_id: String,
}

/// One field the two passes typed differently.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Difference {
    pub serial: String,
    pub field: String,
    /// The question's number on the sheet (0 for the participant code).
    pub number: u32,
    /// `before` or `now` for a half of a before/now rating.
    pub half: Option<String>,
    pub item: FormItem,
    /// The language of the sheet, for the words of its scale.
    pub lang: Lang,
    pub first: AnswerValue,
    pub second: AnswerValue,
    /// The field's part of the sheet's scan, when a pass was scanned (PNG, base64).
    pub scan_png: Option<String>,
}

/// How far the two entries agree.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Comparison {
    /// Sheets saved in both passes.
    pub sheets: u32,
    /// Fields entered twice.
    pub fields: u32,
    /// Fields the two passes typed the same the first time.
    pub agreeing: u32,
    /// Differences already settled from the paper.
    pub resolved: u32,
    /// Differences still to settle.
    pub differences: Vec<Difference>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Resolve {
    pub meeting_id: String,
    pub serial: String,
    pub field: String,
    /// What the paper says.
    pub value: AnswerValue,
    #[serde(default)]
    pub reason: String,
}

struct Twice {
    serial: String,
    sheet_id: String,
    version_id: String,
}

fn sheets_entered_twice(conn: &Connection, meeting_id: &str) -> CoreResult<Vec<Twice>> {
    let mut statement = conn.prepare(
        "SELECT s.label, s.id, s.form_version_id FROM form_sheet s
         WHERE s.meeting_id = ?1 AND (SELECT COUNT(*) FROM sheet_pass p
               WHERE p.sheet_id = s.id AND p.saved_at IS NOT NULL) = 2
         ORDER BY s.number",
    )?;
    let rows = statement.query_map([meeting_id], |r| {
        Ok(Twice {
            serial: r.get(0)?,
            sheet_id: r.get(1)?,
            version_id: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

fn by_field(
    conn: &Connection,
    sheet_id: &str,
    pass: u8,
) -> CoreResult<HashMap<String, AnswerValue>> {
    Ok(stored_answers(conn, sheet_id, pass)?
        .into_iter()
        .map(|a| (a.field, a.value))
        .collect())
}

pub(crate) fn compare_in(conn: &Connection, meeting_id: &str) -> CoreResult<Comparison> {
    meeting::fetch(conn, meeting_id)?;
    let twice = sheets_entered_twice(conn, meeting_id)?;
    let resolved: u32 = conn.query_row(
        "SELECT COUNT(*) FROM entry_resolution r JOIN form_sheet s ON s.id = r.sheet_id
         WHERE s.meeting_id = ?1",
        [meeting_id],
        |r| r.get(0),
    )?;
    let mut comparison = Comparison {
        sheets: 0,
        fields: 0,
        agreeing: 0,
        resolved,
        differences: Vec::new(),
    };
    for sheet in &twice {
        let form = super::fetch_version(conn, &sheet.version_id)?;
        let (first, second) = (
            by_field(conn, &sheet.sheet_id, 1)?,
            by_field(conn, &sheet.sheet_id, 2)?,
        );
        comparison.sheets += 1;
        for field in fields(&form.items) {
            let (Some(a), Some(b)) = (first.get(&field.id), second.get(&field.id)) else {
                continue;
            };
            comparison.fields += 1;
            if a == b {
                comparison.agreeing += 1;
                continue;
            }
            comparison.differences.push(Difference {
                serial: sheet.serial.clone(),
                field: field.id.clone(),
                number: field.number,
                half: field.half.map(str::to_owned),
                item: field.item.clone(),
                lang: form.lang,
                first: a.clone(),
                second: b.clone(),
                scan_png: super::scan::snippet_of(conn, &sheet.sheet_id, &field.id)?,
            });
        }
    }
    // A settled field now agrees; it was a disagreement when first compared.
    comparison.agreeing = comparison.agreeing.saturating_sub(resolved);
    Ok(comparison)
}

pub fn compare(core: &Core, request: CompareRequest) -> CoreResult<Comparison> {
    core.store
        .read(|conn| compare_in(conn, &request.meeting_id))
}

/// Writes what the paper says into both passes of one differing field.
pub fn resolve(core: &Core, request: Resolve) -> CoreResult<Comparison> {
    let reason =
        crate::text::optional("reason", msg!("errors-label-reason"), &request.reason, 500)?;
    core.write_and_publish(|tx| {
        let sheet = find_sheet(tx, &request.meeting_id, &request.serial)?;
        if !(is_saved(tx, &sheet.id, 1)? && is_saved(tx, &sheet.id, 2)?) {
            let once = msg!("errors-entry-not-twice", serial = sheet.label.clone());
            return Err(CoreError::invalid("serial", once));
        }
        let form = super::fetch_version(tx, &sheet.version_id)?;
        let all = fields(&form.items);
        let field = all.iter().find(|f| f.id == request.field).ok_or_else(|| {
            CoreError::invalid("field", msg!("errors-entry-unknown-field", field = request.field.clone()))
        })?;
        if let Some(problem) = field.refuse(&request.value) {
            return Err(CoreError::invalid("value", problem));
        }
        let (first, second) = (by_field(tx, &sheet.id, 1)?, by_field(tx, &sheet.id, 2)?);
        let (Some(a), Some(b)) = (first.get(&field.id), second.get(&field.id)) else {
            return Err(CoreError::invalid("field", msg!("errors-entry-not-twice", serial = sheet.label)));
        };
        if a == b {
            return Err(CoreError::invalid("field", msg!("errors-entry-agrees", question = field.name())));
        }
        tx.execute(
            "INSERT INTO entry_resolution (id, sheet_id, field, first_value, second_value, paper_value, reason, resolved_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            (new_id(), &sheet.id, &field.id, json(a)?, json(b)?, json(&request.value)?, &reason, now_utc()),
        )?;
        for (pass, old) in [(1, a), (2, b)] {
            if old != &request.value {
                record_change(tx, &sheet.id, pass, &field.id, (Some(old), &request.value), &reason)?;
                insert_answer(tx, &sheet.id, pass, &field.id, &request.value)?;
            }
        }
        let event = ChangeEvent::updated(Entity::Form, &sheet.id, "");
        Ok(Change::new(compare_in(tx, &request.meeting_id)?, event))
    })
}
