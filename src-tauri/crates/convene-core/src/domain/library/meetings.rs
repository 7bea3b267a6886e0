//! The library at work in meetings: an activity becomes a teambuilding item on an
//! agenda, the agenda's activities add up to a materials checklist for the expected
//! attendance, and the facilitator rates how an activity went.

use convene_i18n::{msg, Localizer};
use std::collections::BTreeMap;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::model::{ActivityFields, Material, MaterialPer};
use super::store::{self, Activity};
use crate::domain::agenda::{self, Agenda, AgendaItemInput, ItemKind};
use crate::domain::{community, meeting};
use crate::text::fold;
use crate::time::CalendarDate;
use crate::{Core, CoreError, CoreResult};

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AddActivity {
    pub meeting_id: String,
    pub activity_id: String,
    /// Where to insert (0 = first); at the end when absent.
    #[serde(default)]
    #[ts(optional)]
    pub position: Option<u32>,
    /// Minutes to plan; the activity's longest running time when absent.
    #[serde(default)]
    #[ts(optional)]
    pub minutes: Option<u32>,
}

/// "Uncooked spaghetti: 20 sticks per group", the way a kit list says it in `words`'
/// language (the name and unit are the activity's own words).
pub(crate) fn material_text(words: &Localizer, m: &Material) -> String {
    let amount = if m.unit.is_empty() {
        format!("{}: {}", m.name, m.quantity)
    } else {
        format!("{}: {} {}", m.name, m.quantity, m.unit)
    };
    let per = words.text(match m.per {
        MaterialPer::Person => "library-per-person",
        MaterialPer::Group => "library-per-group",
        MaterialPer::Facilitator => "library-per-facilitator",
    });
    format!("{amount} {per}")
}

/// The facilitator-only notes an item starts with: what keeps people safe and included.
fn facilitator_notes(words: &Localizer, f: &ActivityFields) -> String {
    let mut notes = Vec::new();
    if f.safety_monitor {
        notes.push(words.text("library-notes-safety-monitor"));
    }
    for (label, text) in [
        ("library-safety", &f.safety),
        ("library-opt-out", &f.opt_out),
        ("library-setup", &f.setup),
    ] {
        if !text.is_empty() {
            notes.push(format!("{}: {text}", words.text(label)));
        }
    }
    notes.join("\n\n")
}

/// An agenda item that runs `activity`, its notes written in `words`' language.
fn item_for(words: &Localizer, activity: &Activity, minutes: Option<u32>) -> AgendaItemInput {
    let f = &activity.fields;
    AgendaItemInput {
        title: f.name.clone(),
        kind: ItemKind::Teambuilding,
        planned_minutes: minutes.unwrap_or(f.max_minutes),
        fixed_start: None,
        presenter: None,
        description: Some(f.summary.clone()),
        facilitator_notes: Some(facilitator_notes(words, f)),
        materials: Some(
            f.materials
                .iter()
                .map(|m| material_text(words, m))
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        activity_id: Some(activity.id.clone()),
        warning_seconds: None,
        danger_seconds: None,
        remind_agreements: Some(true),
        safety_monitor: None,
        worksheet_id: None,
    }
}

/// Puts an activity on a meeting's agenda as a teambuilding item.
pub fn add_to_agenda(core: &Core, request: AddActivity) -> CoreResult<Agenda> {
    let activity = core
        .store
        .read(|conn| store::fetch(conn, &request.activity_id))?;
    if activity.deleted {
        return Err(CoreError::invalid(
            "activityId",
            msg!("errors-activity-in-bin"),
        ));
    }
    agenda::add(
        core,
        agenda::AddItem {
            meeting_id: request.meeting_id,
            position: request.position,
            fields: item_for(&Localizer::new(core.language()), &activity, request.minutes),
        },
    )
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetMaterials {
    pub meeting_id: String,
}

/// Where the head count that scales the checklist comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum HeadCountBasis {
    /// The meeting's expected attendance.
    Expected,
    /// No expected attendance given: the community's member count.
    Members,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MaterialLine {
    pub name: String,
    pub unit: String,
    pub quantity: u32,
    /// The activities that need it, in agenda order.
    pub used_by: Vec<String>,
    /// What the activities say about it (e.g. "Optional."), each once.
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MaterialsChecklist {
    pub meeting_id: String,
    pub meeting_title: String,
    pub date: CalendarDate,
    pub people: u32,
    pub basis: HeadCountBasis,
    pub lines: Vec<MaterialLine>,
    /// Agenda items linked to an activity that is no longer in the library.
    pub missing_activities: Vec<String>,
}

/// How many of a material one activity needs for `people`.
pub(crate) fn scaled_quantity(m: &Material, group_size: u32, people: u32) -> u32 {
    let groups = if group_size == 0 {
        1
    } else {
        people.div_ceil(group_size).max(1)
    };
    match m.per {
        MaterialPer::Person => m.quantity.saturating_mul(people),
        MaterialPer::Group => m.quantity.saturating_mul(groups),
        MaterialPer::Facilitator => m.quantity,
    }
}

fn head_count(conn: &Connection, meeting: &meeting::Meeting) -> CoreResult<(u32, HeadCountBasis)> {
    Ok(match meeting.expected_attendance {
        Some(expected) => (expected, HeadCountBasis::Expected),
        None => (
            community::fetch(conn, &meeting.community_id)?.member_count,
            HeadCountBasis::Members,
        ),
    })
}

fn add_lines(
    lines: &mut BTreeMap<(String, String), MaterialLine>,
    f: &ActivityFields,
    people: u32,
) {
    for m in &f.materials {
        let line = lines
            .entry((fold(&m.name), fold(&m.unit)))
            .or_insert_with(|| MaterialLine {
                name: m.name.clone(),
                unit: m.unit.clone(),
                quantity: 0,
                used_by: vec![],
                notes: vec![],
            });
        line.quantity = line
            .quantity
            .saturating_add(scaled_quantity(m, f.group_size, people));
        if !line.used_by.contains(&f.name) {
            line.used_by.push(f.name.clone());
        }
        if !m.note.is_empty() && !line.notes.contains(&m.note) {
            line.notes.push(m.note.clone());
        }
    }
}

/// Sums the materials of every activity on a meeting's agenda.
pub fn materials_in(conn: &Connection, meeting_id: &str) -> CoreResult<MaterialsChecklist> {
    let meeting = meeting::fetch(conn, meeting_id)?;
    let (people, basis) = head_count(conn, &meeting)?;
    let mut lines = BTreeMap::new();
    let mut missing_activities = Vec::new();
    for item in agenda::items_of(conn, meeting_id)? {
        let Some(activity_id) = item.activity_id.as_deref() else {
            continue;
        };
        match store::fields_of(conn, activity_id)? {
            Some(fields) => add_lines(&mut lines, &fields, people),
            None => missing_activities.push(item.title),
        }
    }
    Ok(MaterialsChecklist {
        meeting_id: meeting.id,
        meeting_title: meeting.title,
        date: meeting.date,
        people,
        basis,
        lines: lines.into_values().collect(),
        missing_activities,
    })
}

pub fn materials(core: &Core, request: GetMaterials) -> CoreResult<MaterialsChecklist> {
    core.store
        .read(|conn| materials_in(conn, &request.meeting_id))
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RateActivity {
    pub activity_id: String,
    pub meeting_id: String,
    /// 1 to 5; none clears the rating.
    pub rating: Option<u8>,
}

/// Records how an activity went at a meeting that used it.
pub fn rate(core: &Core, request: RateActivity) -> CoreResult<Activity> {
    if let Some(rating) = request.rating.filter(|r| !(1..=5).contains(r)) {
        return Err(CoreError::invalid(
            "rating",
            msg!("errors-rating-stars", rating = rating),
        ));
    }
    core.write_and_publish(|tx| {
        let activity = store::fetch(tx, &request.activity_id)?;
        if !activity
            .usage
            .iter()
            .any(|u| u.meeting_id == request.meeting_id)
        {
            return Err(CoreError::invalid(
                "meetingId",
                msg!("errors-activity-not-used"),
            ));
        }
        tx.execute(
            "DELETE FROM activity_rating WHERE activity_id = ?1 AND meeting_id = ?2",
            (&request.activity_id, &request.meeting_id),
        )?;
        if let Some(rating) = request.rating {
            tx.execute(
                "INSERT INTO activity_rating (activity_id, meeting_id, rating) VALUES (?1, ?2, ?3)",
                (&request.activity_id, &request.meeting_id, rating),
            )?;
        }
        Ok(super::announced(store::fetch(tx, &request.activity_id)?))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use convene_i18n::Lang;

    fn material(quantity: u32, per: MaterialPer) -> Material {
        Material {
            name: "Tape".into(),
            quantity,
            unit: "m".into(),
            per,
            note: String::new(),
        }
    }

    #[test]
    fn quantities_scale_by_person_by_group_or_not_at_all() {
        assert_eq!(
            scaled_quantity(&material(2, MaterialPer::Person), 5, 28),
            56
        );
        // 28 people in groups of 5 make 6 groups.
        assert_eq!(scaled_quantity(&material(3, MaterialPer::Group), 5, 28), 18);
        assert_eq!(scaled_quantity(&material(3, MaterialPer::Group), 0, 28), 3);
        assert_eq!(
            scaled_quantity(&material(1, MaterialPer::Facilitator), 5, 28),
            1
        );
        // A meeting nobody is expected at still needs the one group's kit.
        assert_eq!(scaled_quantity(&material(3, MaterialPer::Group), 5, 0), 3);
    }

    #[test]
    fn materials_read_the_way_people_say_them() {
        assert_eq!(
            material_text(&Localizer::new(Lang::En), &material(2, MaterialPer::Group)),
            "Tape: 2 m per group"
        );
        assert_eq!(
            material_text(&Localizer::new(Lang::Es), &material(1, MaterialPer::Person)),
            "Tape: 1 m por persona"
        );
    }
}
