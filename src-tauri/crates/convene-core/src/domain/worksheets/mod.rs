//! Reflection worksheets: the page each member writes on at the end of a meeting (or
//! between meetings). A community keeps its own worksheets, copied from the five that
//! ship or written from scratch, each in one language; a meeting's reflection item
//! names the worksheet it hands out.

pub mod prompts;
mod shipped;

use convene_i18n::{msg, Lang, Localizer};
use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::community;
use crate::change::Change;
use crate::events::{AppEvent, ChangeEvent, Entity};
use crate::ids::new_id;
use crate::text::{optional, required};
use crate::time::now_utc;
use crate::{Core, CoreError, CoreResult};
pub use prompts::{Prompt, PromptKind};
pub use shipped::WorksheetTemplate;

/// A community's worksheet.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Worksheet {
    pub id: String,
    pub community_id: String,
    pub title: String,
    pub intro: String,
    /// The language its words are written in, and its printed labels follow.
    pub language: Lang,
    pub prompts: Vec<Prompt>,
    /// The shipped worksheet it began as, if any.
    pub template_key: Option<String>,
    /// Agenda items that hand it out.
    pub used_by_items: u32,
    pub updated_at: String,
}

/// What the facilitator edits.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WorksheetInput {
    pub title: String,
    #[serde(default)]
    pub intro: String,
    pub language: Lang,
    pub prompts: Vec<Prompt>,
    #[serde(default)]
    #[ts(optional)]
    pub template_key: Option<String>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListWorksheets {
    pub community_id: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListWorksheetTemplates {
    pub lang: Lang,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateWorksheet {
    pub community_id: String,
    pub worksheet: WorksheetInput,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateWorksheet {
    pub id: String,
    pub worksheet: WorksheetInput,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CopyWorksheet {
    pub id: String,
    /// The community that gets the copy; the worksheet's own when not given.
    #[serde(default)]
    #[ts(optional)]
    pub community_id: Option<String>,
}

const SELECT: &str = "SELECT w.id, w.community_id, w.title, w.intro, w.language, w.prompts,
        w.template_key, w.updated_at,
        (SELECT COUNT(*) FROM agenda_item i WHERE i.worksheet_id = w.id)
    FROM worksheet w";

/// The row's fields, its language and prompts still as stored.
type Stored = (Worksheet, String, String);

fn from_row(row: &Row) -> rusqlite::Result<Stored> {
    let worksheet = Worksheet {
        id: row.get(0)?,
        community_id: row.get(1)?,
        title: row.get(2)?,
        intro: row.get(3)?,
        language: Lang::En,
        prompts: Vec::new(),
        template_key: row.get(6)?,
        updated_at: row.get(7)?,
        used_by_items: row.get(8)?,
    };
    Ok((worksheet, row.get(4)?, row.get(5)?))
}

fn decoded((mut worksheet, language, prompts): Stored) -> CoreResult<Worksheet> {
    worksheet.language = Lang::from_tag(&language).unwrap_or_default();
    worksheet.prompts = serde_json::from_str(&prompts).map_err(|e| {
        CoreError::Corrupt(format!("the prompts of worksheet {} ({e})", worksheet.id))
    })?;
    Ok(worksheet)
}

pub(crate) fn fetch(conn: &Connection, id: &str) -> CoreResult<Worksheet> {
    let stored = conn
        .query_row(&format!("{SELECT} WHERE w.id = ?1"), [id], from_row)
        .optional()?
        .ok_or_else(|| CoreError::not_found("worksheet"))?;
    decoded(stored)
}

pub(crate) fn all_in(conn: &Connection, community_id: &str) -> CoreResult<Vec<Worksheet>> {
    let mut statement = conn.prepare(&format!(
        "{SELECT} WHERE w.community_id = ?1 ORDER BY w.title COLLATE NOCASE, w.id"
    ))?;
    let stored = statement
        .query_map([community_id], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    stored.into_iter().map(decoded).collect()
}

/// Refuses a worksheet of another community on a meeting's agenda item.
pub(crate) fn check_belongs(conn: &Connection, id: &str, community_id: &str) -> CoreResult<()> {
    let worksheet = fetch(conn, id).map_err(|e| match e {
        CoreError::NotFound(_) => {
            CoreError::invalid("worksheetId", msg!("errors-worksheet-unknown"))
        }
        other => other,
    })?;
    if worksheet.community_id != community_id {
        return Err(CoreError::invalid(
            "worksheetId",
            msg!("errors-worksheet-other-community", title = worksheet.title),
        ));
    }
    Ok(())
}

/// The community's copy of the shipped end-of-meeting reflection (the one saved last),
/// which a new agenda's reflection item hands out.
pub(crate) fn end_of_meeting(conn: &Connection, community_id: &str) -> CoreResult<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT id FROM worksheet WHERE community_id = ?1 AND template_key = 'reflection'
             ORDER BY updated_at DESC, id DESC LIMIT 1",
            [community_id],
            |row| row.get(0),
        )
        .optional()?)
}

struct CleanWorksheet {
    title: String,
    intro: String,
    language: Lang,
    prompts: String,
    template_key: Option<String>,
}

fn validate(input: &WorksheetInput) -> CoreResult<CleanWorksheet> {
    let title = required(
        "title",
        msg!("errors-label-worksheet-title"),
        &input.title,
        200,
    )?;
    let intro = optional(
        "intro",
        msg!("errors-label-worksheet-intro"),
        &input.intro,
        2_000,
    )?;
    let prompts = prompts::validate(&input.prompts)?;
    let prompts = serde_json::to_string(&prompts)
        .map_err(|e| CoreError::Corrupt(format!("a worksheet's prompts ({e})")))?;
    let template_key = input.template_key.clone().filter(|key| {
        shipped::templates(Lang::En).is_ok_and(|all| all.iter().any(|t| &t.key == key))
    });
    Ok(CleanWorksheet {
        title,
        intro,
        language: input.language,
        prompts,
        template_key,
    })
}

fn insert(conn: &Connection, community_id: &str, clean: &CleanWorksheet) -> CoreResult<String> {
    let id = new_id();
    let now = now_utc();
    conn.execute(
        "INSERT INTO worksheet (id, community_id, title, intro, language, prompts, template_key,
             created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        rusqlite::params![
            id,
            community_id,
            clean.title,
            clean.intro,
            clean.language.code(),
            clean.prompts,
            clean.template_key,
            now
        ],
    )?;
    Ok(id)
}

/// Copies the shipped worksheet `key` in `lang` into a community (the example's).
pub(crate) fn add_shipped(
    conn: &Connection,
    community_id: &str,
    lang: Lang,
    key: &str,
) -> CoreResult<String> {
    let template = shipped::templates(lang)?
        .into_iter()
        .find(|t| t.key == key)
        .ok_or_else(|| CoreError::not_found("worksheet"))?;
    let clean = validate(&WorksheetInput {
        title: template.title,
        intro: template.intro,
        language: lang,
        prompts: template.prompts,
        template_key: Some(template.key),
    })?;
    insert(conn, community_id, &clean)
}

/// The worksheet as saved, with the event that says so.
fn announced(
    conn: &Connection,
    id: &str,
    event: fn(Entity, &str, &str) -> AppEvent,
) -> CoreResult<Change<Worksheet>> {
    let worksheet = fetch(conn, id)?;
    let event = event(Entity::Worksheet, &worksheet.id, &worksheet.community_id);
    Ok(Change::new(worksheet, event))
}

pub fn list(core: &Core, request: ListWorksheets) -> CoreResult<Vec<Worksheet>> {
    core.store.read(|conn| {
        community::fetch(conn, &request.community_id)?;
        all_in(conn, &request.community_id)
    })
}

pub fn templates(_: &Core, request: ListWorksheetTemplates) -> CoreResult<Vec<WorksheetTemplate>> {
    shipped::templates(request.lang)
}

pub fn create(core: &Core, request: CreateWorksheet) -> CoreResult<Worksheet> {
    let clean = validate(&request.worksheet)?;
    core.write_and_publish(|tx| {
        community::fetch(tx, &request.community_id)?;
        let id = insert(tx, &request.community_id, &clean)?;
        announced(tx, &id, ChangeEvent::created)
    })
}

pub fn update(core: &Core, request: UpdateWorksheet) -> CoreResult<Worksheet> {
    let clean = validate(&request.worksheet)?;
    core.write_and_publish(|tx| {
        fetch(tx, &request.id)?;
        tx.execute(
            "UPDATE worksheet SET title = ?2, intro = ?3, language = ?4, prompts = ?5,
                 template_key = ?6, updated_at = ?7
             WHERE id = ?1",
            rusqlite::params![
                request.id,
                clean.title,
                clean.intro,
                clean.language.code(),
                clean.prompts,
                clean.template_key,
                now_utc()
            ],
        )?;
        announced(tx, &request.id, ChangeEvent::updated)
    })
}

/// A copy with its own id, in the same community ("… (copy)") or another (same title).
pub fn copy(core: &Core, request: CopyWorksheet) -> CoreResult<Worksheet> {
    let l = Localizer::new(core.language());
    core.write_and_publish(|tx| {
        let original = fetch(tx, &request.id)?;
        let target = request
            .community_id
            .clone()
            .unwrap_or_else(|| original.community_id.clone());
        community::fetch(tx, &target)?;
        let title = if target == original.community_id {
            l.message(&msg!(
                "community-worksheet-copy-title",
                title = original.title.clone()
            ))
        } else {
            original.title.clone()
        };
        let clean = validate(&WorksheetInput {
            title,
            intro: original.intro,
            language: original.language,
            prompts: original.prompts,
            template_key: original.template_key,
        })?;
        let id = insert(tx, &target, &clean)?;
        announced(tx, &id, ChangeEvent::created)
    })
}

/// Deletes a worksheet; agenda items that handed it out keep everything else.
pub fn delete(core: &Core, request: super::ById) -> CoreResult<Vec<Worksheet>> {
    core.write_and_publish(|tx| {
        let worksheet = fetch(tx, &request.id)?;
        tx.execute("DELETE FROM worksheet WHERE id = ?1", [&request.id])?;
        let event = ChangeEvent::deleted(Entity::Worksheet, &worksheet.id, &worksheet.community_id);
        Ok(Change::new(all_in(tx, &worksheet.community_id)?, event))
    })
}
