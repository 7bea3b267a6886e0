//! The example community a new database starts with, so a first-time facilitator sees
//! a filled-in Convene (modelled on the California Site Coordinator CoP guide: five
//! 4.5-hour meetings over two years), with the evaluations of the meetings already
//! held typed in. Everyone in it is fictitious; it can be deleted.

use convene_assets::EXAMPLE_COMMUNITY as EXAMPLE;
use convene_i18n::Lang;
use rusqlite::{Connection, OptionalExtension};
use serde::Deserialize;

use crate::domain::agenda::ItemKind;
use crate::domain::attendance::{mark, AttendanceStatus};
use crate::domain::{
    agreements, community, forms, library, meeting, member, series, templates, worksheets,
};
use crate::example_sheets::{self, ExampleEvaluation};
use crate::{CoreError, CoreResult};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Example {
    community: community::CommunityInput,
    members: Vec<member::MemberInput>,
    meetings: Vec<ExampleMeeting>,
    /// The meetings, in order, grouped into series (the guide's two years).
    series: Vec<ExampleSeries>,
    /// Adopted at the first meeting.
    agreements: Vec<agreements::Agreement>,
    /// What the participants wrote on the evaluations of the meetings held so far.
    evaluation: ExampleEvaluation,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExampleMeeting {
    meeting: meeting::MeetingInput,
    /// When present, attendance was taken: these were absent or excused, all others present.
    attendance: Option<ExampleAttendance>,
    agenda: ExampleAgenda,
}

/// The meeting's own titles for the built-in template's teambuilding, overview and
/// discussion items.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExampleAgenda {
    teambuilding: String,
    overview: String,
    discussion: String,
    /// The shipped activity (by key) the teambuilding item runs.
    activity: String,
}

impl ExampleAgenda {
    /// The built-in agenda with this meeting's titles; the example is written in English.
    fn items(&self) -> CoreResult<Vec<templates::TemplateItem>> {
        let mut items = templates::built_in_items(Lang::En)?;
        for item in &mut items {
            match item.kind {
                ItemKind::Teambuilding => item.title = self.teambuilding.clone(),
                ItemKind::Content => item.title = self.overview.clone(),
                ItemKind::Discussion => item.title = self.discussion.clone(),
                _ => {}
            }
        }
        Ok(items)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExampleSeries {
    title: String,
    /// How many of the next meetings it holds.
    meetings: usize,
    completion: series::Completion,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExampleAttendance {
    absent: Vec<String>,
    excused: Vec<String>,
}

/// Writes the example community into a new database.
pub(crate) fn seed(conn: &Connection) -> CoreResult<()> {
    let example: Example = serde_json::from_str(EXAMPLE).map_err(|e| CoreError::BadRequest {
        command: "example data".into(),
        detail: e.to_string(),
    })?;
    let community_id = community::insert(conn, &example.community, true)?;
    let mut members = Vec::new();
    for input in &example.members {
        members.push((
            input.name.clone(),
            member::insert(conn, &community_id, input)?,
        ));
    }
    // Before the meetings, so each agenda's reflection item hands it out.
    worksheets::add_shipped(conn, &community_id, Lang::En, "reflection")?;
    let mut first_meeting = None;
    let mut meeting_ids = Vec::new();
    for entry in &example.meetings {
        let meeting_id = meeting::insert(conn, &community_id, &entry.meeting)?;
        meeting_ids.push(meeting_id.clone());
        first_meeting.get_or_insert_with(|| meeting_id.clone());
        templates::append_items(conn, &meeting_id, &entry.agenda.items()?)?;
        let meeting = meeting::fetch(conn, &meeting_id)?;
        let form_id = forms::add_shipped(conn, &meeting, Lang::En, "cop-meeting")?;
        link_teambuilding(conn, &meeting_id, &entry.agenda.activity)?;
        let Some(attendance) = &entry.attendance else {
            continue;
        };
        let present = members.len() - attendance.absent.len() - attendance.excused.len();
        // The first meeting's first sheets were entered twice, to show the checking.
        let twice = if first_meeting.as_deref() == Some(meeting_id.as_str()) {
            4
        } else {
            0
        };
        example_sheets::enter(conn, &form_id, present, twice, &example.evaluation)?;
        for (name, member_id) in &members {
            let status = if attendance.absent.contains(name) {
                AttendanceStatus::Absent
            } else if attendance.excused.contains(name) {
                AttendanceStatus::Excused
            } else {
                AttendanceStatus::Present
            };
            mark(conn, &meeting_id, member_id, Some(status))?;
        }
    }
    let mut remaining = meeting_ids.as_slice();
    for group in &example.series {
        let (ids, rest) = remaining.split_at(group.meetings.min(remaining.len()));
        series::gather(conn, &community_id, &group.title, group.completion, ids)?;
        remaining = rest;
    }
    agreements::adopt(
        conn,
        &community_id,
        first_meeting.as_deref(),
        &example.agreements,
    )
}

/// Points the meeting's teambuilding item at a shipped activity, with its materials.
fn link_teambuilding(conn: &Connection, meeting_id: &str, key: &str) -> CoreResult<()> {
    let not_shipped = || {
        CoreError::Corrupt(format!(
            "the example uses an activity “{key}” Convene does not ship"
        ))
    };
    let id: String = conn
        .query_row(
            "SELECT id FROM activity WHERE shipped_key = ?1",
            [key],
            |r| r.get(0),
        )
        .optional()?
        .ok_or_else(not_shipped)?;
    let fields = library::store::fields_of(conn, &id)?.ok_or_else(not_shipped)?;
    let english = convene_i18n::Localizer::new(Lang::En);
    let materials: Vec<String> = fields
        .materials
        .iter()
        .map(|m| library::meetings::material_text(&english, m))
        .collect();
    conn.execute(
        "UPDATE agenda_item SET activity_id = ?2, materials = ?3 WHERE meeting_id = ?1 AND kind = 'teambuilding'",
        (meeting_id, &id, materials.join("\n")),
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_names_only_real_members_in_its_attendance() {
        let example: Example = serde_json::from_str(EXAMPLE).unwrap();
        let names: Vec<&str> = example.members.iter().map(|m| m.name.as_str()).collect();
        for entry in &example.meetings {
            if let Some(a) = &entry.attendance {
                for name in a.absent.iter().chain(&a.excused) {
                    assert!(
                        names.contains(&name.as_str()),
                        "{name} is not on the example roster"
                    );
                }
            }
        }
        assert_eq!(example.meetings.len(), 5);
        let grouped: usize = example.series.iter().map(|s| s.meetings).sum();
        assert_eq!(
            grouped,
            example.meetings.len(),
            "every meeting is in a series"
        );
    }
}
