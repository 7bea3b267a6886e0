//! Agenda templates: the built-in one modelled on the guide's 4.5-hour CoP meeting, the
//! facilitator's saved ones, and any earlier meeting's agenda used as a starting point.

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::agenda::{self, Agenda, CleanItem, ItemKind};
use super::meeting;
use crate::change::Change;
use crate::events::{ChangeEvent, Entity};
use crate::text::{name_key, required};
use crate::{ids::new_id, time::now_utc, Core, CoreError, CoreResult};

const BUILT_IN_ID: &str = "builtin:cop-4.5h";
const BUILT_IN_NAME: &str = "Community of Practice meeting (4.5 hours)";

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

fn item(kind: ItemKind, minutes: u32, title: &str, description: &str, notes: &str) -> TemplateItem {
    TemplateItem {
        title: title.into(),
        kind,
        planned_minutes: minutes,
        presenter: String::new(),
        description: description.into(),
        facilitator_notes: notes.into(),
        materials: String::new(),
        activity_id: None,
    }
}

/// The guide's meeting flow in Convene's own words: 270 minutes.
pub(crate) fn built_in_items() -> Vec<TemplateItem> {
    use ItemKind::*;
    vec![
        item(Welcome, 15, "Welcome and introductions", "Coffee, sign-in, and an overview of the day.", "Name tags and sign-in sheet at the door."),
        item(Icebreaker, 20, "Icebreaker", "A low-risk way to learn a little about one another.", "Choose an activity with no physical contact for the first meeting."),
        item(Agreements, 15, "Community agreements", "How we will work together today.", "Propose the agreements, invite changes, and ask everyone to commit."),
        item(Video, 15, "Reflection and gratitude", "A short video and a moment to reflect on why this work matters.", "Test the video and sound before people arrive."),
        item(Teambuilding, 35, "Teambuilding", "A team challenge that asks for a goal, communication and problem solving.", "Remind the group of the agreements first; name a safety monitor; offer a way to opt out."),
        item(Break, 10, "Break", "Stretch, refill, connect.", ""),
        item(Content, 40, "Overview", "New information for our shared focus.", ""),
        item(Discussion, 60, "Focused discussion", "Share promising practices, challenges and needs with peers.", "Capture themes on chart paper."),
        item(Meal, 30, "Lunch", "Lunch together.", ""),
        item(Reflection, 15, "Reflection worksheet", "Note what you will take back to your site.", "Hand out the reflection worksheet."),
        item(Evaluation, 15, "Evaluation and closing", "Tell us how today went, and what comes next.", "Collect the paper evaluations before people leave."),
    ]
}

fn built_in() -> AgendaTemplate {
    let items = built_in_items();
    AgendaTemplate {
        id: BUILT_IN_ID.into(),
        name: BUILT_IN_NAME.into(),
        built_in: true,
        total_minutes: items.iter().map(|i| i.planned_minutes).sum(),
        items,
    }
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
    let mut templates = vec![built_in()];
    templates.extend(saved(conn)?);
    Ok(templates)
}

pub fn list(core: &Core, _: super::NoArgs) -> CoreResult<Vec<AgendaTemplate>> {
    core.store.read(all)
}

fn source_items(conn: &Connection, source: &TemplateSource) -> CoreResult<Vec<TemplateItem>> {
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
    let name = required("name", "The template's name", &request.name, 200)?;
    core.write_and_publish(|tx| {
        let items = source_items(tx, &TemplateSource::Meeting { id: request.meeting_id.clone() })?;
        if items.is_empty() {
            return Err(CoreError::invalid("name", "This agenda has no items to save as a template."));
        }
        let taken: Option<String> = tx
            .query_row("SELECT name FROM agenda_template WHERE name_key = ?1", [name_key(&name)], |r| r.get(0))
            .optional()?;
        if taken.is_some() || name_key(&name) == name_key(BUILT_IN_NAME) {
            return Err(CoreError::invalid("name", format!("A template called “{name}” already exists.")));
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
    if request.id == BUILT_IN_ID {
        return Err(CoreError::invalid(
            "id",
            "The built-in template cannot be deleted.",
        ));
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
    fn the_built_in_template_fills_a_four_and_a_half_hour_meeting() {
        assert_eq!(built_in().total_minutes, 270);
        let kinds: Vec<ItemKind> = built_in_items().iter().map(|i| i.kind).collect();
        for expected in [
            ItemKind::Welcome,
            ItemKind::Agreements,
            ItemKind::Teambuilding,
            ItemKind::Meal,
            ItemKind::Evaluation,
        ] {
            assert!(kinds.contains(&expected), "{expected:?} missing");
        }
    }
}
