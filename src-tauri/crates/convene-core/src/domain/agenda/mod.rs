//! A meeting's agenda: ordered items with durations, and the times they fall at.
//!
//! Start and end times are computed, never stored: from the meeting's start, each item
//! begins when the one before it ends, unless it has a fixed start (lunch at 12:00),
//! in which case the difference shows as a gap or an overlap.

use convene_i18n::{msg, Message};
use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::meeting;

mod schedule;
mod validate;
use crate::change::Change;
use crate::events::{ChangeEvent, Entity};
use crate::time::ClockTime;
use crate::{ids::new_id, time::now_utc, Core, CoreError, CoreResult};
pub(crate) use schedule::schedule;
pub(crate) use validate::{validate, CleanItem};

/// What an agenda item is for; drives its icon, its print layout and (later) the
/// agreements reminder before teambuilding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ItemKind {
    Welcome,
    Icebreaker,
    Agreements,
    Teambuilding,
    Content,
    Discussion,
    Video,
    Break,
    Meal,
    Reflection,
    Evaluation,
    Other,
}

impl ItemKind {
    pub const ALL: [ItemKind; 12] = [
        ItemKind::Welcome,
        ItemKind::Icebreaker,
        ItemKind::Agreements,
        ItemKind::Teambuilding,
        ItemKind::Content,
        ItemKind::Discussion,
        ItemKind::Video,
        ItemKind::Break,
        ItemKind::Meal,
        ItemKind::Reflection,
        ItemKind::Evaluation,
        ItemKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Welcome => "welcome",
            ItemKind::Icebreaker => "icebreaker",
            ItemKind::Agreements => "agreements",
            ItemKind::Teambuilding => "teambuilding",
            ItemKind::Content => "content",
            ItemKind::Discussion => "discussion",
            ItemKind::Video => "video",
            ItemKind::Break => "break",
            ItemKind::Meal => "meal",
            ItemKind::Reflection => "reflection",
            ItemKind::Evaluation => "evaluation",
            ItemKind::Other => "other",
        }
    }

    /// What the facilitator reads for the kind, on screen and on paper.
    pub fn label(self) -> Message {
        match self {
            ItemKind::Welcome => msg!("agenda-kind-welcome"),
            ItemKind::Icebreaker => msg!("agenda-kind-icebreaker"),
            ItemKind::Agreements => msg!("agenda-kind-agreements"),
            ItemKind::Teambuilding => msg!("agenda-kind-teambuilding"),
            ItemKind::Content => msg!("agenda-kind-content"),
            ItemKind::Discussion => msg!("agenda-kind-discussion"),
            ItemKind::Video => msg!("agenda-kind-video"),
            ItemKind::Break => msg!("agenda-kind-break"),
            ItemKind::Meal => msg!("agenda-kind-meal"),
            ItemKind::Reflection => msg!("agenda-kind-reflection"),
            ItemKind::Evaluation => msg!("agenda-kind-evaluation"),
            ItemKind::Other => msg!("agenda-kind-other"),
        }
    }

    fn from_sql(text: &str) -> ItemKind {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == text)
            .unwrap_or(ItemKind::Other)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AgendaItem {
    pub id: String,
    pub meeting_id: String,
    pub position: u32,
    pub title: String,
    pub kind: ItemKind,
    pub planned_minutes: u32,
    /// `HH:MM` when the item must start at a set time.
    pub fixed_start: Option<ClockTime>,
    pub presenter: String,
    /// What participants see (agenda handout, projector).
    pub description: String,
    /// Never shown to participants.
    pub facilitator_notes: String,
    pub materials: String,
    pub activity_id: Option<String>,
    /// Seconds before the end when the timer turns to "warning"; None: the meeting's default.
    pub warning_seconds: Option<u32>,
    /// Seconds before the end when the timer turns to "danger"; None: the meeting's default.
    pub danger_seconds: Option<u32>,
    /// Teambuilding only: show the community agreements on the projector before it starts.
    pub remind_agreements: bool,
    /// Who watches for safety during a physical activity (may be empty).
    pub safety_monitor: String,
    /// Reflection only: the community's worksheet handed out.
    pub worksheet_id: Option<String>,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AgendaItemInput {
    pub title: String,
    pub kind: ItemKind,
    pub planned_minutes: u32,
    // Text as typed: `validate` parses it, so a bad value is reported against its field.
    #[serde(default)]
    #[ts(optional)]
    pub fixed_start: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub presenter: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub description: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub facilitator_notes: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub materials: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub activity_id: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub warning_seconds: Option<u32>,
    #[serde(default)]
    #[ts(optional)]
    pub danger_seconds: Option<u32>,
    /// On when absent.
    #[serde(default)]
    #[ts(optional)]
    pub remind_agreements: Option<bool>,
    #[serde(default)]
    #[ts(optional)]
    pub safety_monitor: Option<String>,
    /// Reflection only: one of the community's worksheets; ignored for other kinds.
    #[serde(default)]
    #[ts(optional)]
    pub worksheet_id: Option<String>,
}

/// An item with the times it falls at.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScheduledItem {
    pub item: AgendaItem,
    pub start: ClockTime,
    pub end: ClockTime,
    /// Minutes between the previous item's end and this start: positive is a gap,
    /// negative an overlap (only a fixed start can cause either).
    pub gap_minutes: i32,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Agenda {
    pub meeting_id: String,
    pub meeting_start: ClockTime,
    pub meeting_end: ClockTime,
    pub items: Vec<ScheduledItem>,
    pub planned_minutes: u32,
    pub meeting_minutes: u32,
    /// When the last item ends.
    pub scheduled_end: ClockTime,
    /// Minutes the agenda runs past the meeting's end (negative: finishes early).
    pub over_by_minutes: i32,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetAgenda {
    pub meeting_id: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AddItem {
    pub meeting_id: String,
    /// Where to insert (0 = first); at the end when absent.
    #[serde(default)]
    #[ts(optional)]
    pub position: Option<u32>,
    pub fields: AgendaItemInput,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateItem {
    pub id: String,
    pub fields: AgendaItemInput,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MoveItem {
    pub id: String,
    pub to_position: u32,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RestoreItem {
    pub item: AgendaItem,
}

/// The agenda after a deletion, and the deleted item so it can be restored (undo).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AgendaDeletion {
    pub agenda: Agenda,
    pub removed: AgendaItem,
}

const SELECT: &str = "SELECT id, meeting_id, position, title, kind, planned_minutes, fixed_start,
        presenter, description, facilitator_notes, materials, activity_id, warning_seconds,
        danger_seconds, remind_agreements, safety_monitor, worksheet_id
    FROM agenda_item";

fn from_row(row: &Row) -> rusqlite::Result<AgendaItem> {
    let kind: String = row.get(4)?;
    Ok(AgendaItem {
        id: row.get(0)?,
        meeting_id: row.get(1)?,
        position: row.get(2)?,
        title: row.get(3)?,
        kind: ItemKind::from_sql(&kind),
        planned_minutes: row.get(5)?,
        fixed_start: row.get(6)?,
        presenter: row.get(7)?,
        description: row.get(8)?,
        facilitator_notes: row.get(9)?,
        materials: row.get(10)?,
        activity_id: row.get(11)?,
        warning_seconds: row.get(12)?,
        danger_seconds: row.get(13)?,
        remind_agreements: row.get(14)?,
        safety_monitor: row.get(15)?,
        worksheet_id: row.get(16)?,
    })
}

pub(crate) fn items_of(conn: &Connection, meeting_id: &str) -> CoreResult<Vec<AgendaItem>> {
    let mut statement = conn.prepare(&format!(
        "{SELECT} WHERE meeting_id = ?1 ORDER BY position, id"
    ))?;
    let rows = statement.query_map([meeting_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub(crate) fn fetch_item(conn: &Connection, id: &str) -> CoreResult<AgendaItem> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], from_row)
        .optional()?
        .ok_or_else(|| CoreError::not_found("agenda-item"))
}

pub(crate) fn agenda_in(conn: &Connection, meeting_id: &str) -> CoreResult<Agenda> {
    let meeting = meeting::fetch(conn, meeting_id)?;
    let items = items_of(conn, meeting_id)?;
    let slots = schedule(meeting.start_time, &items);
    let scheduled_end = slots
        .last()
        .map_or(meeting.start_time.since_midnight(), |s| s.end);
    Ok(Agenda {
        planned_minutes: items.iter().map(|i| i.planned_minutes).sum(),
        meeting_minutes: meeting.duration_minutes,
        scheduled_end: ClockTime::after_midnight(scheduled_end),
        over_by_minutes: (scheduled_end - meeting.end_time.since_midnight()).get(),
        items: items
            .into_iter()
            .zip(slots)
            .map(|(item, slot)| ScheduledItem {
                item,
                start: slot.start_time(),
                end: slot.end_time(),
                gap_minutes: slot.gap.get(),
            })
            .collect(),
        meeting_id: meeting.id,
        meeting_start: meeting.start_time,
        meeting_end: meeting.end_time,
    })
}

/// Inserts an item at `position` (clamped to the end), shifting later items down.
pub(crate) fn insert_item(
    conn: &Connection,
    meeting_id: &str,
    position: Option<u32>,
    item: &CleanItem,
    id: Option<&str>,
) -> CoreResult<String> {
    let count: u32 = conn.query_row(
        "SELECT COUNT(*) FROM agenda_item WHERE meeting_id = ?1",
        [meeting_id],
        |r| r.get(0),
    )?;
    let position = position.unwrap_or(count).min(count);
    conn.execute(
        "UPDATE agenda_item SET position = position + 1 WHERE meeting_id = ?1 AND position >= ?2",
        (meeting_id, position),
    )?;
    let id = id.map_or_else(new_id, str::to_owned);
    let now = now_utc();
    conn.execute(
        "INSERT INTO agenda_item (id, meeting_id, position, title, kind, planned_minutes, fixed_start,
             presenter, description, facilitator_notes, materials, activity_id, warning_seconds,
             danger_seconds, remind_agreements, safety_monitor, worksheet_id, created_at,
             updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?18)",
        rusqlite::params![
            id, meeting_id, position, item.title, item.kind.as_str(), item.planned_minutes,
            item.fixed_start, item.presenter, item.description, item.facilitator_notes,
            item.materials, item.activity_id, item.warning_seconds, item.danger_seconds,
            item.remind_agreements, item.safety_monitor, item.worksheet_id, now
        ],
    )?;
    Ok(id)
}

/// Renumbers a meeting's items 0..n in their current order.
fn renumber(conn: &Connection, meeting_id: &str) -> CoreResult<()> {
    for (index, item) in items_of(conn, meeting_id)?.iter().enumerate() {
        conn.execute(
            "UPDATE agenda_item SET position = ?2 WHERE id = ?1",
            (&item.id, index as u32),
        )?;
    }
    Ok(())
}

/// Runs a write that changes a meeting's agenda, renumbers it, and returns and
/// announces the agenda as saved.
pub(crate) fn change_agenda(
    core: &Core,
    meeting_id_of: impl FnOnce(&Connection) -> CoreResult<String>,
    write: impl FnOnce(&Connection, &str) -> CoreResult<()>,
) -> CoreResult<Agenda> {
    core.write_and_publish(|tx| {
        let meeting_id = meeting_id_of(tx)?;
        write(tx, &meeting_id)?;
        renumber(tx, &meeting_id)?;
        let community_id = meeting::fetch(tx, &meeting_id)?.community_id;
        let event = ChangeEvent::updated(Entity::Agenda, &meeting_id, &community_id);
        Ok(Change::new(agenda_in(tx, &meeting_id)?, event))
    })
}

pub fn get(core: &Core, request: GetAgenda) -> CoreResult<Agenda> {
    core.store.read(|conn| agenda_in(conn, &request.meeting_id))
}

pub fn add(core: &Core, request: AddItem) -> CoreResult<Agenda> {
    let item = validate(&request.fields)?;
    change_agenda(
        core,
        |conn| Ok(meeting::fetch(conn, &request.meeting_id)?.id),
        |conn, meeting_id| {
            check_worksheet(conn, meeting_id, &item)?;
            insert_item(conn, meeting_id, request.position, &item, None)?;
            Ok(())
        },
    )
}

pub fn update(core: &Core, request: UpdateItem) -> CoreResult<Agenda> {
    let item = validate(&request.fields)?;
    change_agenda(
        core,
        |conn| Ok(fetch_item(conn, &request.id)?.meeting_id),
        |conn, meeting_id| {
            check_worksheet(conn, meeting_id, &item)?;
            conn.execute(
                "UPDATE agenda_item SET title = ?2, kind = ?3, planned_minutes = ?4, fixed_start = ?5,
                     presenter = ?6, description = ?7, facilitator_notes = ?8, materials = ?9,
                     activity_id = ?10, warning_seconds = ?11, danger_seconds = ?12,
                     remind_agreements = ?13, safety_monitor = ?14, worksheet_id = ?15,
                     updated_at = ?16
                 WHERE id = ?1",
                rusqlite::params![
                    request.id, item.title, item.kind.as_str(), item.planned_minutes,
                    item.fixed_start, item.presenter, item.description, item.facilitator_notes,
                    item.materials, item.activity_id, item.warning_seconds, item.danger_seconds,
                    item.remind_agreements, item.safety_monitor, item.worksheet_id, now_utc()
                ],
            )?;
            Ok(())
        },
    )
}

pub fn move_item(core: &Core, request: MoveItem) -> CoreResult<Agenda> {
    change_agenda(
        core,
        |conn| Ok(fetch_item(conn, &request.id)?.meeting_id),
        |conn, meeting_id| {
            let mut items = items_of(conn, meeting_id)?;
            let from = items.iter().position(|i| i.id == request.id).unwrap_or(0);
            let moved = items.remove(from);
            let to = (request.to_position as usize).min(items.len());
            items.insert(to, moved);
            for (index, item) in items.iter().enumerate() {
                conn.execute(
                    "UPDATE agenda_item SET position = ?2 WHERE id = ?1",
                    (&item.id, index as u32),
                )?;
            }
            Ok(())
        },
    )
}

fn clean_copy(item: &AgendaItem) -> CleanItem {
    CleanItem {
        title: item.title.clone(),
        kind: item.kind,
        planned_minutes: item.planned_minutes,
        fixed_start: item.fixed_start,
        presenter: item.presenter.clone(),
        description: item.description.clone(),
        facilitator_notes: item.facilitator_notes.clone(),
        materials: item.materials.clone(),
        activity_id: item.activity_id.clone(),
        warning_seconds: item.warning_seconds,
        danger_seconds: item.danger_seconds,
        remind_agreements: item.remind_agreements,
        safety_monitor: item.safety_monitor.clone(),
        worksheet_id: item.worksheet_id.clone(),
    }
}

/// Refuses a worksheet that is not the meeting's community's own.
fn check_worksheet(conn: &Connection, meeting_id: &str, item: &CleanItem) -> CoreResult<()> {
    match &item.worksheet_id {
        Some(id) => {
            let community_id = meeting::fetch(conn, meeting_id)?.community_id;
            super::worksheets::check_belongs(conn, id, &community_id)
        }
        None => Ok(()),
    }
}

pub fn duplicate(core: &Core, request: super::ById) -> CoreResult<Agenda> {
    change_agenda(
        core,
        |conn| Ok(fetch_item(conn, &request.id)?.meeting_id),
        |conn, meeting_id| {
            let original = fetch_item(conn, &request.id)?;
            let mut copy = clean_copy(&original);
            // Two items cannot both start at the same fixed time.
            copy.fixed_start = None;
            insert_item(conn, meeting_id, Some(original.position + 1), &copy, None)?;
            Ok(())
        },
    )
}

pub fn delete(core: &Core, request: super::ById) -> CoreResult<AgendaDeletion> {
    let removed = core.store.read(|conn| fetch_item(conn, &request.id))?;
    let agenda = change_agenda(
        core,
        |_| Ok(removed.meeting_id.clone()),
        |conn, meeting_id| {
            crate::run::ensure_not_current(conn, meeting_id, &request.id)?;
            conn.execute("DELETE FROM agenda_item WHERE id = ?1", [&request.id])?;
            Ok(())
        },
    )?;
    Ok(AgendaDeletion { agenda, removed })
}

/// Puts a deleted item back where it was, with its id (undo of delete).
pub fn restore(core: &Core, request: RestoreItem) -> CoreResult<Agenda> {
    let item = request.item;
    change_agenda(
        core,
        |conn| Ok(meeting::fetch(conn, &item.meeting_id)?.id),
        |conn, meeting_id| {
            let exists: bool = conn
                .query_row(
                    "SELECT 1 FROM agenda_item WHERE id = ?1",
                    [&item.id],
                    |_| Ok(true),
                )
                .optional()?
                .unwrap_or(false);
            if exists {
                return Err(CoreError::invalid(
                    "id",
                    msg!("errors-agenda-item-duplicate"),
                ));
            }
            let mut copy = clean_copy(&item);
            if check_worksheet(conn, meeting_id, &copy).is_err() {
                // The worksheet went while the item was deleted: the item comes back without it.
                copy.worksheet_id = None;
            }
            insert_item(conn, meeting_id, Some(item.position), &copy, Some(&item.id))?;
            Ok(())
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_through_their_stored_names() {
        for kind in ItemKind::ALL {
            assert_eq!(ItemKind::from_sql(kind.as_str()), kind);
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
        }
    }
}
