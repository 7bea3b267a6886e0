//! A meeting of a community: when and where it happens. Dates and times are local
//! calendar values, stored as `YYYY-MM-DD` and `HH:MM`.

use convene_i18n::msg;
use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{community, ById, DeleteRequest, DeletionImpact};
use crate::change::Change;
use crate::events::{ChangeEvent, Entity};
use crate::text::{optional, required};
use crate::time::{CalendarDate, ClockTime};
use crate::{ids::new_id, time::now_utc, Core, CoreError, CoreResult};

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Meeting {
    pub id: String,
    pub community_id: String,
    pub title: String,
    /// Where the meeting sits in the series, e.g. "Year 1 · Meeting 2".
    pub series: String,
    /// `YYYY-MM-DD`, local.
    pub date: CalendarDate,
    /// `HH:MM`, local.
    pub start_time: ClockTime,
    /// `HH:MM`, local.
    pub end_time: ClockTime,
    pub location: String,
    pub notes: String,
    /// How many people the facilitator expects (scales the materials checklist).
    pub expected_attendance: Option<u32>,
    pub duration_minutes: u32,
    /// The series the meeting belongs to, if it was scheduled as part of one.
    pub series_id: Option<String>,
    /// The contact hours it earns a participant who stays throughout.
    pub contact: ContactHours,
    pub present_count: u32,
    pub marked_count: u32,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MeetingInput {
    pub title: String,
    #[serde(default)]
    #[ts(optional)]
    pub series: Option<String>,
    // Text as typed: `validate` parses it, so a bad value is reported against its field.
    pub date: String,
    pub start_time: String,
    pub end_time: String,
    #[serde(default)]
    #[ts(optional)]
    pub location: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub notes: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub expected_attendance: Option<u32>,
    #[serde(default)]
    #[ts(optional)]
    pub series_id: Option<String>,
    /// Contact hours set by hand, in minutes; none counts them from the agenda.
    #[serde(default)]
    #[ts(optional)]
    pub contact_minutes: Option<u32>,
}

/// Where a meeting's contact hours come from, so the screen can say which rule applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ContactBasis {
    /// The agenda's items, breaks and meals left out.
    Agenda,
    /// The scheduled length: the meeting has no agenda yet.
    Length,
    /// Typed by the facilitator.
    Manual,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContactHours {
    pub minutes: u32,
    pub basis: ContactBasis,
    /// The agenda's planned minutes, all items.
    pub agenda_minutes: u32,
    /// Of those, the minutes of breaks and meals, which earn no hours.
    pub excluded_minutes: u32,
}

impl ContactHours {
    fn of(duration: u32, manual: Option<u32>, agenda: u32, excluded: u32) -> ContactHours {
        let (minutes, basis) = match manual {
            Some(minutes) => (minutes, ContactBasis::Manual),
            None if agenda == 0 => (duration, ContactBasis::Length),
            None => (agenda.saturating_sub(excluded), ContactBasis::Agenda),
        };
        ContactHours {
            minutes,
            basis,
            agenda_minutes: agenda,
            excluded_minutes: excluded,
        }
    }
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateMeeting {
    pub community_id: String,
    pub fields: MeetingInput,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateMeeting {
    pub id: String,
    pub fields: MeetingInput,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListMeetings {
    pub community_id: String,
}

struct CleanMeeting {
    title: String,
    series: String,
    date: CalendarDate,
    start: ClockTime,
    end: ClockTime,
    location: String,
    notes: String,
    expected_attendance: Option<u32>,
    series_id: Option<String>,
    contact_minutes: Option<u32>,
}

/// The meeting's start or end time; `which` (`start`, `end`) picks the words of a refusal.
pub(crate) fn parse_time(
    field: &'static str,
    which: &'static str,
    text: &str,
) -> CoreResult<ClockTime> {
    if text.trim().is_empty() {
        return Err(CoreError::invalid(
            field,
            msg!("errors-meeting-time-missing", which = which),
        ));
    }
    ClockTime::parse(text).ok_or_else(|| {
        let example = msg!("errors-meeting-time-format", which = which, text = text);
        CoreError::invalid(field, example)
    })
}

fn validate(input: &MeetingInput) -> CoreResult<CleanMeeting> {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let title = required(
        "title",
        msg!("errors-label-meeting-title"),
        &input.title,
        200,
    )?;
    let date = match input.date.trim() {
        "" => return Err(CoreError::invalid("date", msg!("errors-meeting-no-date"))),
        date => CalendarDate::parse(date).ok_or_else(|| {
            CoreError::invalid("date", msg!("errors-meeting-date-format", text = date))
        })?,
    };
    let start = parse_time("startTime", "start", &input.start_time)?;
    let end = parse_time("endTime", "end", &input.end_time)?;
    if end <= start {
        return Err(CoreError::invalid(
            "endTime",
            msg!(
                "errors-meeting-end-before-start",
                start = start.to_string(),
                end = end.to_string()
            ),
        ));
    }
    Ok(CleanMeeting {
        title,
        series: optional(
            "series",
            msg!("errors-label-series"),
            &text(&input.series),
            100,
        )?,
        date,
        start,
        end,
        location: optional(
            "location",
            msg!("errors-label-location"),
            &text(&input.location),
            500,
        )?,
        notes: optional(
            "notes",
            msg!("errors-label-notes"),
            &text(&input.notes),
            20_000,
        )?,
        expected_attendance: match input.expected_attendance {
            Some(n) if !(1..=1000).contains(&n) => {
                return Err(CoreError::invalid(
                    "expectedAttendance",
                    msg!("errors-meeting-attendance-range", count = n),
                ))
            }
            other => other,
        },
        series_id: input.series_id.clone().filter(|id| !id.is_empty()),
        contact_minutes: match input.contact_minutes {
            Some(n) if n > 24 * 60 => {
                return Err(CoreError::invalid(
                    "contactMinutes",
                    msg!("errors-meeting-contact-range", minutes = n),
                ))
            }
            other => other,
        },
    })
}

/// Refuses a series that is not the community's own.
fn check_series(conn: &Connection, community_id: &str, m: &CleanMeeting) -> CoreResult<()> {
    let Some(series_id) = &m.series_id else {
        return Ok(());
    };
    let owner: Option<String> = conn
        .query_row(
            "SELECT community_id FROM series WHERE id = ?1",
            [series_id],
            |r| r.get(0),
        )
        .optional()?;
    match owner {
        Some(owner) if owner == community_id => Ok(()),
        _ => Err(CoreError::not_found("series")),
    }
}

const SELECT: &str =
    "SELECT g.id, g.community_id, g.title, g.series, g.date, g.start_time, g.end_time,
        g.location, g.notes,
        (SELECT COUNT(*) FROM attendance a WHERE a.meeting_id = g.id AND a.status = 'present'),
        (SELECT COUNT(*) FROM attendance a WHERE a.meeting_id = g.id),
        g.created_at, g.updated_at, g.expected_attendance, g.series_id, g.contact_minutes,
        (SELECT COALESCE(SUM(i.planned_minutes), 0) FROM agenda_item i WHERE i.meeting_id = g.id),
        (SELECT COALESCE(SUM(i.planned_minutes), 0) FROM agenda_item i
          WHERE i.meeting_id = g.id AND i.kind IN ('break', 'meal'))
    FROM meeting g";

fn from_row(row: &Row) -> rusqlite::Result<Meeting> {
    let start_time = row.get(5)?;
    let end_time = row.get(6)?;
    let duration_minutes = minutes_between(start_time, end_time);
    Ok(Meeting {
        id: row.get(0)?,
        community_id: row.get(1)?,
        title: row.get(2)?,
        series: row.get(3)?,
        date: row.get(4)?,
        duration_minutes,
        series_id: row.get(14)?,
        contact: ContactHours::of(duration_minutes, row.get(15)?, row.get(16)?, row.get(17)?),
        start_time,
        end_time,
        location: row.get(7)?,
        notes: row.get(8)?,
        present_count: row.get(9)?,
        marked_count: row.get(10)?,
        created_at: row.get(11)?,
        updated_at: row.get(12)?,
        expected_attendance: row.get(13)?,
    })
}

/// Zero when the end is not after the start (validation never saves such a meeting).
fn minutes_between(start: ClockTime, end: ClockTime) -> u32 {
    u32::try_from((end.since_midnight() - start.since_midnight()).get()).unwrap_or(0)
}

pub(crate) fn fetch(conn: &Connection, id: &str) -> CoreResult<Meeting> {
    conn.query_row(&format!("{SELECT} WHERE g.id = ?1"), [id], from_row)
        .optional()?
        .ok_or_else(|| CoreError::not_found("meeting"))
}

pub(crate) fn insert(
    conn: &Connection,
    community_id: &str,
    input: &MeetingInput,
) -> CoreResult<String> {
    insert_as(conn, &new_id(), community_id, input)
}

/// Adds a meeting under an id it already has (one brought from another machine).
pub(crate) fn insert_as(
    conn: &Connection,
    id: &str,
    community_id: &str,
    input: &MeetingInput,
) -> CoreResult<String> {
    let m = validate(input)?;
    community::fetch(conn, community_id)?;
    check_series(conn, community_id, &m)?;
    let now = now_utc();
    conn.execute(
        "INSERT INTO meeting (id, community_id, title, series, date, start_time, end_time, location,
                              notes, expected_attendance, series_id, contact_minutes,
                              created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
        rusqlite::params![
            id, community_id, m.title, m.series, m.date, m.start, m.end, m.location, m.notes,
            m.expected_attendance, m.series_id, m.contact_minutes, now
        ],
    )?;
    Ok(id.to_owned())
}

/// The community's meetings in date order.
pub(crate) fn all_in(conn: &Connection, community_id: &str) -> CoreResult<Vec<Meeting>> {
    let mut statement = conn.prepare(&format!(
        "{SELECT} WHERE g.community_id = ?1 ORDER BY g.date, g.start_time, g.id"
    ))?;
    let rows = statement.query_map([community_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn list(core: &Core, request: ListMeetings) -> CoreResult<Vec<Meeting>> {
    core.store.read(|conn| {
        community::fetch(conn, &request.community_id)?;
        all_in(conn, &request.community_id)
    })
}

/// The meetings of a series, in date order.
pub(crate) fn in_series(conn: &Connection, series_id: &str) -> CoreResult<Vec<Meeting>> {
    let mut statement = conn.prepare(&format!(
        "{SELECT} WHERE g.series_id = ?1 ORDER BY g.date, g.start_time, g.id"
    ))?;
    let rows = statement.query_map([series_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn get(core: &Core, request: ById) -> CoreResult<Meeting> {
    core.store.read(|conn| fetch(conn, &request.id))
}

pub fn create(core: &Core, request: CreateMeeting) -> CoreResult<Meeting> {
    core.write_and_publish(|tx| {
        let meeting = fetch(tx, &insert(tx, &request.community_id, &request.fields)?)?;
        let event = ChangeEvent::created(Entity::Meeting, &meeting.id, &meeting.community_id);
        Ok(Change::new(meeting, event))
    })
}

pub fn update(core: &Core, request: UpdateMeeting) -> CoreResult<Meeting> {
    let m = validate(&request.fields)?;
    let meeting = core.write_and_publish(|tx| {
        check_series(tx, &fetch(tx, &request.id)?.community_id, &m)?;
        let changed = tx.execute(
            "UPDATE meeting SET title = ?2, series = ?3, date = ?4, start_time = ?5, end_time = ?6,
                    location = ?7, notes = ?8, expected_attendance = ?9, updated_at = ?10,
                    series_id = ?11, contact_minutes = ?12
             WHERE id = ?1",
            rusqlite::params![
                request.id,
                m.title,
                m.series,
                m.date,
                m.start,
                m.end,
                m.location,
                m.notes,
                m.expected_attendance,
                now_utc(),
                m.series_id,
                m.contact_minutes
            ],
        )?;
        if changed == 0 {
            return Err(CoreError::not_found("meeting"));
        }
        let meeting = fetch(tx, &request.id)?;
        let event = ChangeEvent::updated(Entity::Meeting, &meeting.id, &meeting.community_id);
        Ok(Change::new(meeting, event))
    })?;
    Ok(meeting)
}

fn impact_in(conn: &Connection, id: &str) -> CoreResult<DeletionImpact> {
    let meeting = fetch(conn, id)?;
    Ok(DeletionImpact {
        meetings: 1,
        meetings_with_attendance: u32::from(meeting.marked_count > 0),
        attendance_records: meeting.marked_count,
        ..DeletionImpact::default()
    })
}

pub fn impact(core: &Core, request: ById) -> CoreResult<DeletionImpact> {
    core.store.read(|conn| impact_in(conn, &request.id))
}

pub fn delete(core: &Core, request: DeleteRequest) -> CoreResult<DeletionImpact> {
    core.write_and_publish(|tx| {
        let meeting = fetch(tx, &request.id)?;
        let impact = impact_in(tx, &request.id)?;
        impact.check_confirmed(&request, "meeting")?;
        tx.execute("DELETE FROM meeting WHERE id = ?1", [&request.id])?;
        let event = ChangeEvent::deleted(Entity::Meeting, &request.id, &meeting.community_id);
        Ok(Change::new(impact, event))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(date: &str, start: &str, end: &str) -> MeetingInput {
        MeetingInput {
            title: "Meeting".into(),
            date: date.into(),
            start_time: start.into(),
            end_time: end.into(),
            ..MeetingInput::default()
        }
    }

    fn field_of(err: CoreError) -> Option<String> {
        match err {
            CoreError::Invalid { field, .. } => field.map(|f| f.into_owned()),
            _ => None,
        }
    }

    #[test]
    fn end_before_start_is_refused_with_both_times_named() {
        let err = validate(&input("2026-09-12", "13:30", "09:00"))
            .err()
            .unwrap();
        assert!(err
            .to_string()
            .contains("ends at 09:00 but starts at 13:30"));
        assert_eq!(field_of(err), Some("endTime".to_owned()));
    }

    #[test]
    fn impossible_dates_and_times_name_their_field() {
        assert_eq!(
            field_of(
                validate(&input("2026-13-01", "09:00", "10:00"))
                    .err()
                    .unwrap()
            ),
            Some("date".to_owned())
        );
        assert_eq!(
            field_of(validate(&input("", "09:00", "10:00")).err().unwrap()),
            Some("date".to_owned())
        );
        assert_eq!(
            field_of(
                validate(&input("2026-09-12", "9am", "10:00"))
                    .err()
                    .unwrap()
            ),
            Some("startTime".to_owned())
        );
    }

    #[test]
    fn a_guide_length_meeting_is_four_and_a_half_hours() {
        let time = |text| ClockTime::parse(text).unwrap();
        assert_eq!(minutes_between(time("09:00"), time("13:30")), 270);
        assert_eq!(minutes_between(time("13:30"), time("09:00")), 0);
    }
}
