//! Agenda templates: the built-in one modelled on the guide's 4.5-hour CoP meeting, the
//! facilitator's saved ones, and any earlier meeting's agenda used as a starting point.

use convene_i18n::{msg, Lang};
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::agenda::{self, Agenda, CleanItem, ItemKind};
use super::meeting;
use crate::change::Change;
use crate::events::{ChangeEvent, Entity};
use crate::text::{name_key, required};
use crate::{ids::new_id, settings, time::now_utc, Core, CoreError, CoreResult};

/// The English built-in's id; other languages add their code (`builtin:cop-4.5h:es`).
const BUILT_IN_ID: &str = "builtin:cop-4.5h";

/// One item of a template: what is copied into an agenda.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TemplateItem {
    pub title: String,
    pub kind: ItemKind,
    pub planned_minutes: u32,
    #[serde(default)]
    pub presenter: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub facilitator_notes: String,
    #[serde(default)]
    pub materials: String,
    /// The library activity the item runs, kept when a meeting's agenda is copied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub activity_id: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AgendaTemplate {
    pub id: String,
    pub name: String,
    pub built_in: bool,
    pub total_minutes: u32,
    pub items: Vec<TemplateItem>,
}

/// Where a new agenda's items come from.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(tag = "from", rename_all = "camelCase", deny_unknown_fields)]
pub enum TemplateSource {
    /// A built-in or saved template, by id.
    Template { id: String },
    /// Another meeting's agenda, by meeting id.
    Meeting { id: String },
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ApplyTemplate {
    pub meeting_id: String,
    pub source: TemplateSource,
    /// Replace the current items; otherwise the template's items are added at the end.
    pub replace: bool,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SaveTemplate {
    pub meeting_id: String,
    pub name: String,
}

/// The built-in agenda as shipped in one language (`assets/templates/<lang>/agenda.json`).
#[derive(Deserialize)]
struct ShippedAgenda {
    name: String,
    items: Vec<TemplateItem>,
}

fn shipped(lang: Lang) -> CoreResult<ShippedAgenda> {
    let json = match lang {
        Lang::En => convene_assets::AGENDA_TEMPLATE_EN,
        Lang::Es => convene_assets::AGENDA_TEMPLATE_ES,
    };
    serde_json::from_str(json)
        .map_err(|e| CoreError::Corrupt(format!("the shipped agenda template ({e})")))
}

fn built_in_id(lang: Lang) -> String {
    match lang {
        Lang::En => BUILT_IN_ID.to_owned(),
        other => format!("{BUILT_IN_ID}:{}", other.code()),
    }
}

/// The guide's meeting flow in Convene's own words (270 minutes), in `lang`.
pub(crate) fn built_in_items(lang: Lang) -> CoreResult<Vec<TemplateItem>> {
    Ok(shipped(lang)?.items)
}

fn built_in(lang: Lang) -> CoreResult<AgendaTemplate> {
    let ShippedAgenda { name, items, .. } = shipped(lang)?;
    Ok(AgendaTemplate {
        id: built_in_id(lang),
        name,
        built_in: true,
        total_minutes: items.iter().map(|i| i.planned_minutes).sum(),
        items,
    })
}

/// The built-in agenda in every language, the facilitator's first: a facilitator who
/// works in English may still run a meeting for a Spanish-speaking room.
fn built_ins(conn: &Connection) -> CoreResult<Vec<AgendaTemplate>> {
    let first = settings::read(conn)?.language;
    let mut langs = vec![first];
    langs.extend(Lang::ALL.into_iter().filter(|lang| *lang != first));
    langs.into_iter().map(built_in).collect()
}

fn saved(conn: &Connection) -> CoreResult<Vec<AgendaTemplate>> {
    let mut statement =
        conn.prepare("SELECT id, name, items FROM agenda_template ORDER BY name COLLATE NOCASE")?;
    let rows = statement.query_map([], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, String>(2)?,
        ))
    })?;
    let mut templates = Vec::new();
    for row in rows {
        let (id, name, json) = row?;
        // A template whose items cannot be read is shown empty rather than hiding the rest.
        let items: Vec<TemplateItem> = serde_json::from_str(&json).unwrap_or_default();
        templates.push(AgendaTemplate {
            id,
            name,
            built_in: false,
            total_minutes: items.iter().map(|i| i.planned_minutes).sum(),
            items,
        });
    }
    Ok(templates)
}

fn all(conn: &Connection) -> CoreResult<Vec<AgendaTemplate>> {
    let mut templates = built_ins(conn)?;
    templates.extend(saved(conn)?);
    Ok(templates)
}

pub fn list(core: &Core, _: super::NoArgs) -> CoreResult<Vec<AgendaTemplate>> {
    core.store.read(all)
}

pub(crate) fn source_items(
    conn: &Connection,
    source: &TemplateSource,
) -> CoreResult<Vec<TemplateItem>> {
    match source {
        TemplateSource::Template { id } => all(conn)?
            .into_iter()
            .find(|t| &t.id == id)
            .map(|t| t.items)
            .ok_or_else(|| CoreError::not_found("template")),
        TemplateSource::Meeting { id } => {
            meeting::fetch(conn, id)?;
            Ok(agenda::items_of(conn, id)?
                .into_iter()
                .map(|i| TemplateItem {
                    title: i.title,
                    kind: i.kind,
                    planned_minutes: i.planned_minutes,
                    presenter: i.presenter,
                    description: i.description,
                    facilitator_notes: i.facilitator_notes,
                    materials: i.materials,
                    activity_id: i.activity_id,
                })
                .collect())
        }
    }
}

pub(crate) fn append_items(
    conn: &Connection,
    meeting_id: &str,
    items: &[TemplateItem],
) -> CoreResult<()> {
    let community_id = super::meeting::fetch(conn, meeting_id)?.community_id;
    let reflection = super::worksheets::end_of_meeting(conn, &community_id)?;
    for item in items {
        let clean = CleanItem {
            title: item.title.clone(),
            kind: item.kind,
            planned_minutes: item.planned_minutes.clamp(1, 720),
            fixed_start: None,
            presenter: item.presenter.clone(),
            description: item.description.clone(),
            facilitator_notes: item.facilitator_notes.clone(),
            materials: item.materials.clone(),
            activity_id: item.activity_id.clone(),
            warning_seconds: None,
            danger_seconds: None,
            remind_agreements: true,
            safety_monitor: String::new(),
            // A template travels between communities; the reflection item hands out
            // this community's own end-of-meeting worksheet, when it has one.
            worksheet_id: reflection
                .clone()
                .filter(|_| item.kind == ItemKind::Reflection),
        };
        agenda::insert_item(conn, meeting_id, None, &clean, None)?;
    }
    Ok(())
}

pub fn apply(core: &Core, request: ApplyTemplate) -> CoreResult<Agenda> {
    agenda::change_agenda(
        core,
        |conn| Ok(meeting::fetch(conn, &request.meeting_id)?.id),
        |conn, meeting_id| {
            let items = source_items(conn, &request.source)?;
            if request.replace {
                crate::run::ensure_not_live(conn, meeting_id)?;
                conn.execute(
                    "DELETE FROM agenda_item WHERE meeting_id = ?1",
                    [meeting_id],
                )?;
            }
            append_items(conn, meeting_id, &items)
        },
    )
}

pub fn save(core: &Core, request: SaveTemplate) -> CoreResult<AgendaTemplate> {
    let name = required(
        "name",
        msg!("errors-label-template-name"),
        &request.name,
        200,
    )?;
    core.write_and_publish(|tx| {
        let items = source_items(tx, &TemplateSource::Meeting { id: request.meeting_id.clone() })?;
        if items.is_empty() {
            return Err(CoreError::invalid("name", msg!("errors-template-empty")));
        }
        let taken: Option<String> = tx
            .query_row("SELECT name FROM agenda_template WHERE name_key = ?1", [name_key(&name)], |r| r.get(0))
            .optional()?;
        let built_in_name = built_ins(tx)?.iter().any(|t| name_key(&t.name) == name_key(&name));
        if taken.is_some() || built_in_name {
            return Err(CoreError::invalid("name", msg!("errors-template-name-taken", name = name)));
        }
        let json = serde_json::to_string(&items).map_err(|e| CoreError::BadRequest {
            command: "agenda.saveTemplate".into(),
            detail: e.to_string(),
        })?;
        let id = new_id();
        tx.execute(
            "INSERT INTO agenda_template (id, name, name_key, items, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            (&id, &name, name_key(&name), json, now_utc()),
        )?;
        let event = ChangeEvent::created(Entity::Template, &id, "");
        let template = AgendaTemplate {
            id,
            name: name.clone(),
            built_in: false,
            total_minutes: items.iter().map(|i| i.planned_minutes).sum(),
            items,
        };
        Ok(Change::new(template, event))
    })
}

pub fn delete(core: &Core, request: super::ById) -> CoreResult<Vec<AgendaTemplate>> {
    if Lang::ALL
        .into_iter()
        .any(|lang| request.id == built_in_id(lang))
    {
        return Err(CoreError::invalid("id", msg!("errors-template-built-in")));
    }
    core.write_and_publish(|tx| {
        if tx.execute("DELETE FROM agenda_template WHERE id = ?1", [&request.id])? == 0 {
            return Err(CoreError::not_found("template"));
        }
        let event = ChangeEvent::deleted(Entity::Template, &request.id, "");
        Ok(Change::new(all(tx)?, event))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_template_fills_a_four_and_a_half_hour_meeting_in_every_language() {
        let shape = |lang| -> Vec<(ItemKind, u32)> {
            let items = built_in_items(lang).expect("the shipped agenda reads");
            items.iter().map(|i| (i.kind, i.planned_minutes)).collect()
        };
        let english = shape(Lang::En);
        assert_eq!(english.iter().map(|(_, minutes)| minutes).sum::<u32>(), 270);
        for expected in [
            ItemKind::Welcome,
            ItemKind::Agreements,
            ItemKind::Teambuilding,
            ItemKind::Meal,
            ItemKind::Evaluation,
        ] {
            assert!(
                english.iter().any(|(kind, _)| *kind == expected),
                "{expected:?} missing"
            );
        }
        assert_eq!(
            shape(Lang::Es),
            english,
            "the Spanish agenda differs in shape"
        );
        let spanish = built_in(Lang::Es).expect("the Spanish agenda reads");
        assert_eq!(spanish.id, "builtin:cop-4.5h:es");
        assert_eq!(spanish.items[2].title, "Acuerdos de la comunidad");
    }
}
