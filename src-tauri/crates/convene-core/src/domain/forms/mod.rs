//! Evaluation forms: what participants fill in on paper at the end of a meeting. A
//! meeting has forms (usually one, or one per language it prints in); a form is a list
//! of versions, the newest being the one edited and printed. A form starts blank, as a
//! copy of another meeting's form, or from a shipped template in either language.
//! Once a version has been printed it stays as printed: saving a change adds a version.

pub mod answers;
pub(crate) mod codes;
pub mod entry;
pub mod model;
pub mod reconcile;
pub mod sample;
pub mod saved;
pub mod scan;
pub mod sheets;
mod shipped;
pub mod transfer;

use convene_i18n::{msg, Lang};
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use model::{AgreementScale, FormItem, FormItemKind};
pub use shipped::FormTemplate;

use super::{community, meeting, ById};
use crate::change::Change;
use crate::events::{ChangeEvent, Entity};
use crate::{ids::new_id, time::now_utc, Core, CoreError, CoreResult};

/// A form as it stands: its newest version.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Form {
    pub id: String,
    pub meeting_id: String,
    /// The language of everything Convene prints on the sheet around the facilitator's
    /// own words (instructions, Before / Now, scale labels).
    pub lang: Lang,
    pub version: u32,
    pub title: String,
    pub intro: String,
    pub items: Vec<FormItem>,
}

/// A form in a meeting's list.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FormSummary {
    pub id: String,
    pub lang: Lang,
    pub version: u32,
    pub title: String,
    /// How many items ask for an answer.
    pub questions: u32,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListForms {
    pub meeting_id: String,
}

/// Where a new form's items come from.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(tag = "from", rename_all = "camelCase", deny_unknown_fields)]
pub enum FormSource {
    /// An empty form: a title and one question to start from.
    Blank { lang: Lang },
    /// A shipped template, by key, in a language.
    Template { key: String, lang: Lang },
    /// Another form (of this meeting or another), its newest version.
    Form { id: String },
    /// A template the facilitator saved, by id.
    Saved { id: String },
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateForm {
    pub meeting_id: String,
    pub source: FormSource,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SaveForm {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub intro: String,
    pub items: Vec<FormItem>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListFormTemplates {
    /// The templates' language; the facilitator's when not given.
    #[serde(default)]
    #[ts(optional)]
    pub lang: Option<Lang>,
}

fn lang_of(code: &str) -> CoreResult<Lang> {
    Lang::from_tag(code)
        .ok_or_else(|| CoreError::Corrupt(format!("a form's language “{code}” is unknown")))
}

fn items_of(json: &str) -> CoreResult<Vec<FormItem>> {
    serde_json::from_str(json).map_err(|e| CoreError::Corrupt(format!("a form's items ({e})")))
}

/// A form as one of its versions has it; `which` picks the version row.
fn fetch_where(conn: &Connection, which: &str, key: &str) -> CoreResult<Form> {
    let sql = format!(
        "SELECT f.id, f.meeting_id, f.lang, v.number, v.title, v.intro, v.items
         FROM form f JOIN form_version v ON v.form_id = f.id
         WHERE {which} ORDER BY v.number DESC LIMIT 1"
    );
    let row = conn
        .query_row(&sql, [key], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, u32>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
            ))
        })
        .optional()?
        .ok_or_else(|| CoreError::not_found("form"))?;
    let (id, meeting_id, lang, version, title, intro, items) = row;
    Ok(Form {
        id,
        meeting_id,
        lang: lang_of(&lang)?,
        version,
        title,
        intro,
        items: items_of(&items)?,
    })
}

/// A form as it stands: its newest version.
pub(crate) fn fetch(conn: &Connection, id: &str) -> CoreResult<Form> {
    fetch_where(conn, "f.id = ?1", id)
}

/// A form as one version of it was printed.
pub(crate) fn fetch_version(conn: &Connection, version_id: &str) -> CoreResult<Form> {
    fetch_where(conn, "v.id = ?1", version_id)
}

pub(crate) fn summaries(conn: &Connection, meeting_id: &str) -> CoreResult<Vec<FormSummary>> {
    let mut statement =
        conn.prepare("SELECT id FROM form WHERE meeting_id = ?1 ORDER BY created_at, id")?;
    let ids = statement
        .query_map([meeting_id], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    ids.iter()
        .map(|id| {
            let form = fetch(conn, id)?;
            let questions = form.items.iter().filter(|i| i.kind.is_question()).count();
            Ok(FormSummary {
                id: form.id,
                lang: form.lang,
                version: form.version,
                title: form.title,
                questions: u32::try_from(questions).unwrap_or(u32::MAX),
            })
        })
        .collect()
}

pub fn list(core: &Core, request: ListForms) -> CoreResult<Vec<FormSummary>> {
    core.store.read(|conn| {
        meeting::fetch(conn, &request.meeting_id)?;
        summaries(conn, &request.meeting_id)
    })
}

pub fn get(core: &Core, request: ById) -> CoreResult<Form> {
    core.store.read(|conn| fetch(conn, &request.id))
}

pub fn templates(core: &Core, request: ListFormTemplates) -> CoreResult<Vec<FormTemplate>> {
    shipped::templates(request.lang.unwrap_or_else(|| core.language()))
}

fn json_of(items: &[FormItem]) -> CoreResult<String> {
    serde_json::to_string(items).map_err(|e| CoreError::Corrupt(format!("a form's items ({e})")))
}

fn insert_version(
    tx: &Connection,
    form_id: &str,
    number: u32,
    form: &model::CleanForm,
) -> CoreResult<()> {
    tx.execute(
        "INSERT INTO form_version (id, form_id, number, title, intro, items, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        (
            new_id(),
            form_id,
            number,
            &form.title,
            &form.intro,
            json_of(&form.items)?,
            now_utc(),
        ),
    )?;
    Ok(())
}

/// Adds a checked form to a meeting.
fn insert(
    tx: &Connection,
    meeting_id: &str,
    lang: Lang,
    form: &model::CleanForm,
) -> CoreResult<String> {
    let id = new_id();
    tx.execute(
        "INSERT INTO form (id, meeting_id, lang, created_at) VALUES (?1, ?2, ?3, ?4)",
        (&id, meeting_id, lang.code(), now_utc()),
    )?;
    insert_version(tx, &id, 1, form)?;
    Ok(id)
}

/// A shipped template made into a form for `meeting`: `{subject}` becomes the
/// community's focus, or the meeting's title when the community names none.
fn from_template(
    tx: &Connection,
    meeting: &meeting::Meeting,
    lang: Lang,
    key: &str,
) -> CoreResult<model::CleanForm> {
    let focus = community::fetch(tx, &meeting.community_id)?.focus;
    let subject = if focus.is_empty() {
        &meeting.title
    } else {
        &focus
    };
    // The focus is often written as a sentence; inside a statement it must not end one.
    let subject = subject.trim_end_matches(['.', '!', '?', ' ']);
    let template = shipped::for_meeting(lang, key, subject)?;
    model::validate(&template.title, &template.intro, &template.items)
}

/// Adds the shipped template `key` to `meeting` as a form in `lang`.
pub(crate) fn add_shipped(
    tx: &Connection,
    meeting: &meeting::Meeting,
    lang: Lang,
    key: &str,
) -> CoreResult<String> {
    let form = from_template(tx, meeting, lang, key)?;
    insert(tx, &meeting.id, lang, &form)
}

/// The title, introduction and items a new form starts with, and its language.
fn starting_point(
    tx: &Connection,
    meeting: &meeting::Meeting,
    source: &FormSource,
) -> CoreResult<(Lang, model::CleanForm)> {
    match source {
        FormSource::Blank { lang } => {
            let blank = shipped::blank(*lang)?;
            Ok((
                *lang,
                model::validate(&blank.title, &blank.intro, &blank.items)?,
            ))
        }
        FormSource::Template { key, lang } => Ok((*lang, from_template(tx, meeting, *lang, key)?)),
        FormSource::Form { id } => {
            let copied = fetch(tx, id)?;
            copy_of(copied.lang, &copied.title, &copied.intro, copied.items)
        }
        FormSource::Saved { id } => {
            let saved = saved::words(tx, id)?;
            copy_of(saved.lang, &saved.title, &saved.intro, saved.items)
        }
    }
}

/// A new form with another's words: its items get ids of their own, so answers to the
/// copy are never mistaken for answers to the original.
fn copy_of(
    lang: Lang,
    title: &str,
    intro: &str,
    items: Vec<FormItem>,
) -> CoreResult<(Lang, model::CleanForm)> {
    let fresh: Vec<FormItem> = items
        .into_iter()
        .map(|item| FormItem {
            id: String::new(),
            ..item
        })
        .collect();
    Ok((lang, model::validate(title, intro, &fresh)?))
}

pub fn create(core: &Core, request: CreateForm) -> CoreResult<Form> {
    core.write_and_publish(|tx| {
        let meeting = meeting::fetch(tx, &request.meeting_id)?;
        let (lang, form) = starting_point(tx, &meeting, &request.source)?;
        let id = insert(tx, &meeting.id, lang, &form)?;
        let event = ChangeEvent::created(Entity::Form, &id, &meeting.community_id);
        Ok(Change::new(fetch(tx, &id)?, event))
    })
}

/// Saves the form as edited: over its newest version, or as a new version when that
/// one has been printed (its sheets stay tied to what was printed on them).
pub fn save(core: &Core, request: SaveForm) -> CoreResult<Form> {
    let form = model::validate(&request.title, &request.intro, &request.items)?;
    core.write_and_publish(|tx| {
        let current = fetch(tx, &request.id)?;
        let (version_id, printed) = sheets::newest_version(tx, &request.id)?;
        if printed {
            insert_version(tx, &request.id, current.version + 1, &form)?;
        } else {
            tx.execute(
                "UPDATE form_version SET title = ?2, intro = ?3, items = ?4 WHERE id = ?1",
                (&version_id, &form.title, &form.intro, json_of(&form.items)?),
            )?;
        }
        let community_id = meeting::fetch(tx, &current.meeting_id)?.community_id;
        let event = ChangeEvent::updated(Entity::Form, &request.id, &community_id);
        Ok(Change::new(fetch(tx, &request.id)?, event))
    })
}

pub fn delete(core: &Core, request: ById) -> CoreResult<Vec<FormSummary>> {
    core.write_and_publish(|tx| {
        let form = fetch(tx, &request.id)?;
        let issued = sheets::issued_count(tx, &request.id)?;
        if issued > 0 {
            let kept = msg!("errors-form-has-sheets", count = issued);
            return Err(CoreError::invalid("id", kept));
        }
        tx.execute("DELETE FROM form WHERE id = ?1", [&request.id])?;
        let community_id = meeting::fetch(tx, &form.meeting_id)?.community_id;
        let event = ChangeEvent::deleted(Entity::Form, &request.id, &community_id);
        Ok(Change::new(summaries(tx, &form.meeting_id)?, event))
    })
}
