//! The facilitator's own form templates: a form they have shaped for their network,
//! saved under a name to start later meetings' forms from, alongside the shipped ones.
//! A saved template keeps its words exactly as written and the language they are in.

use convene_i18n::{msg, Lang};
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{fetch, items_of, json_of, lang_of, model, shipped, FormItem};
use crate::change::Change;
use crate::domain::ById;
use crate::events::{ChangeEvent, Entity};
use crate::text::{name_key, required};
use crate::{ids::new_id, time::now_utc, Core, CoreError, CoreResult};

/// A form template the facilitator saved.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedFormTemplate {
    pub id: String,
    pub name: String,
    pub lang: Lang,
    /// The title printed on the sheet.
    pub title: String,
    /// How many items ask for an answer.
    pub questions: u32,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SaveFormTemplate {
    /// The form whose newest version becomes the template.
    pub form_id: String,
    pub name: String,
}

/// A saved template's words, to start a form from.
pub(super) struct TemplateWords {
    pub lang: Lang,
    pub title: String,
    pub intro: String,
    pub items: Vec<FormItem>,
}

fn all(conn: &Connection) -> CoreResult<Vec<SavedFormTemplate>> {
    let mut statement = conn.prepare(
        "SELECT id, name, lang, title, items FROM form_template ORDER BY name COLLATE NOCASE",
    )?;
    let rows = statement.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
        ))
    })?;
    rows.map(|row| {
        let (id, name, lang, title, items) = row?;
        let questions = items_of(&items)?
            .iter()
            .filter(|i| i.kind.is_question())
            .count();
        Ok(SavedFormTemplate {
            id,
            name,
            lang: lang_of(&lang)?,
            title,
            questions: u32::try_from(questions).unwrap_or(u32::MAX),
        })
    })
    .collect()
}

pub(super) fn words(conn: &Connection, id: &str) -> CoreResult<TemplateWords> {
    let row = conn
        .query_row(
            "SELECT lang, title, intro, items FROM form_template WHERE id = ?1",
            [id],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            },
        )
        .optional()?
        .ok_or_else(|| CoreError::not_found("template"))?;
    let (lang, title, intro, items) = row;
    Ok(TemplateWords {
        lang: lang_of(&lang)?,
        title,
        intro,
        items: items_of(&items)?,
    })
}

pub fn list(core: &Core, _: crate::domain::NoArgs) -> CoreResult<Vec<SavedFormTemplate>> {
    core.store.read(all)
}

/// Whether a shipped template in any language already goes by `name`.
fn shipped_name(name: &str) -> CoreResult<bool> {
    for lang in Lang::ALL {
        if shipped::templates(lang)?
            .iter()
            .any(|t| name_key(&t.name) == name_key(name))
        {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn save(core: &Core, request: SaveFormTemplate) -> CoreResult<SavedFormTemplate> {
    let label = msg!("errors-label-template-name");
    let name = required("name", label, &request.name, 200)?;
    let taken = || CoreError::invalid("name", msg!("errors-template-name-taken", name = &name));
    if shipped_name(&name)? {
        return Err(taken());
    }
    core.write_and_publish(|tx| {
        let form = fetch(tx, &request.form_id)?;
        let exists: Option<String> = tx
            .query_row(
                "SELECT id FROM form_template WHERE name_key = ?1",
                [name_key(&name)],
                |r| r.get(0),
            )
            .optional()?;
        if exists.is_some() {
            return Err(taken());
        }
        let clean = model::validate(&form.title, &form.intro, &form.items)?;
        let id = new_id();
        tx.execute(
            "INSERT INTO form_template (id, name, name_key, lang, title, intro, items, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            (
                &id,
                &name,
                name_key(&name),
                form.lang.code(),
                &clean.title,
                &clean.intro,
                json_of(&clean.items)?,
                now_utc(),
            ),
        )?;
        let event = ChangeEvent::created(Entity::Template, &id, "");
        let questions = clean.items.iter().filter(|i| i.kind.is_question()).count();
        let saved = SavedFormTemplate {
            id,
            name: name.clone(),
            lang: form.lang,
            title: clean.title,
            questions: u32::try_from(questions).unwrap_or(u32::MAX),
        };
        Ok(Change::new(saved, event))
    })
}

pub fn delete(core: &Core, request: ById) -> CoreResult<Vec<SavedFormTemplate>> {
    core.write_and_publish(|tx| {
        if tx.execute("DELETE FROM form_template WHERE id = ?1", [&request.id])? == 0 {
            return Err(CoreError::not_found("template"));
        }
        let event = ChangeEvent::deleted(Entity::Template, &request.id, "");
        Ok(Change::new(all(tx)?, event))
    })
}
