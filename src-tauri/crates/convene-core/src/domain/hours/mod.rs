//! Contact hours and CEUs: what each meeting is worth, what each member earned from
//! the attendance taken, and who has met a series' completion rule. Hours are kept in
//! minutes and CEUs in tenths, so no rounding happens until a figure is written.

pub mod table;
pub mod transcript;

use std::collections::HashMap;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::attendance::AttendanceStatus;
use super::series::{self, Completion, Series};
use super::{meeting, member};
use crate::time::CalendarDate;
use crate::{Core, CoreResult};

/// CEUs, in tenths, for `minutes` of contact: one CEU per ten contact hours, to the
/// nearest tenth (half a tenth rounds up), the usual continuing-education convention.
pub fn ceu_tenths(minutes: u32) -> u32 {
    (minutes + 30) / 60
}

/// The minutes a member earned at a meeting worth `contact` minutes: all of them when
/// present, fewer when they came late or left early, none when absent or excused.
pub fn earned(contact: u32, status: Option<AttendanceStatus>, minutes: Option<u32>) -> Option<u32> {
    match status {
        Some(AttendanceStatus::Present) => Some(minutes.unwrap_or(contact).min(contact)),
        _ => None,
    }
}

/// Whether attending `earned` of `contact` minutes counts towards completion.
pub fn counts(rule: Completion, contact: u32, earned: Option<u32>) -> bool {
    match (earned, rule.min_share) {
        (None, _) => false,
        (Some(_), None) => true,
        (Some(minutes), Some(share)) => {
            u64::from(minutes) * 100 >= u64::from(share) * u64::from(contact)
        }
    }
}

/// How many counted meetings complete a series of `meetings`.
pub fn required(rule: Completion, meetings: u32) -> u32 {
    rule.min_meetings.unwrap_or(meetings)
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeetingHours {
    pub meeting_id: String,
    pub title: String,
    pub date: CalendarDate,
    pub contact_minutes: u32,
    /// Whether attendance was taken.
    pub held: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MemberStanding {
    pub member_id: String,
    pub name: String,
    pub organization: String,
    /// Minutes earned at each of the series' meetings, in their order; none where the
    /// member was not present.
    pub earned: Vec<Option<u32>>,
    /// Meetings that count towards completion.
    pub counted: u32,
    pub minutes: u32,
    pub ceu_tenths: u32,
    pub completed: bool,
    /// The number of the member's current certificate for this series.
    pub certificate: Option<String>,
}

/// A series' meetings and every member's hours and completion.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SeriesStanding {
    pub series: Series,
    pub meetings: Vec<MeetingHours>,
    pub members: Vec<MemberStanding>,
    /// Counted meetings a member needs.
    pub required: u32,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetStanding {
    pub series_id: String,
}

/// Status and minutes of every attendance record of the series, by (meeting, member).
type Marks = HashMap<(String, String), (Option<AttendanceStatus>, Option<u32>)>;

fn marks_of(conn: &Connection, series_id: &str) -> CoreResult<Marks> {
    let mut statement = conn.prepare(
        "SELECT a.meeting_id, a.member_id, a.status, a.minutes
         FROM attendance a JOIN meeting g ON g.id = a.meeting_id WHERE g.series_id = ?1",
    )?;
    let rows = statement.query_map([series_id], |row| {
        let status: String = row.get(2)?;
        Ok((
            (row.get(0)?, row.get(1)?),
            (AttendanceStatus::from_sql(&status), row.get(3)?),
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<Marks>>()?)
}

fn current_certificates(conn: &Connection, series_id: &str) -> CoreResult<HashMap<String, String>> {
    let mut statement = conn.prepare(
        "SELECT member_id, number FROM certificate
         WHERE series_id = ?1 AND member_id IS NOT NULL AND replaced_by IS NULL",
    )?;
    let rows = statement.query_map([series_id], |row| Ok((row.get(0)?, row.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn standing_in(conn: &Connection, series_id: &str) -> CoreResult<SeriesStanding> {
    let series = series::fetch(conn, series_id)?;
    let meetings = meeting::in_series(conn, series_id)?;
    let marks = marks_of(conn, series_id)?;
    let certificates = current_certificates(conn, series_id)?;
    let rule = series.completion;
    let required = required(rule, series.meeting_count);
    let members = member::all_in(conn, &series.community_id)?
        .into_iter()
        .map(|m| {
            let earned: Vec<Option<u32>> = meetings
                .iter()
                .map(|g| {
                    let (status, minutes) = marks
                        .get(&(g.id.clone(), m.id.clone()))
                        .copied()
                        .unwrap_or((None, None));
                    earned(g.contact.minutes, status, minutes)
                })
                .collect();
            let counted = meetings
                .iter()
                .zip(&earned)
                .filter(|(g, e)| counts(rule, g.contact.minutes, **e))
                .count() as u32;
            let minutes = earned.iter().flatten().sum();
            MemberStanding {
                certificate: certificates.get(&m.id).cloned(),
                member_id: m.id,
                name: m.name,
                organization: m.organization,
                counted,
                minutes,
                ceu_tenths: ceu_tenths(minutes),
                completed: series.meeting_count > 0 && counted >= required,
                earned,
            }
        })
        .collect();
    let held: Vec<bool> = meetings
        .iter()
        .map(|g| marks.keys().any(|(meeting_id, _)| meeting_id == &g.id))
        .collect();
    Ok(SeriesStanding {
        meetings: meetings
            .into_iter()
            .zip(held)
            .map(|(g, held)| MeetingHours {
                meeting_id: g.id,
                title: g.title,
                date: g.date,
                contact_minutes: g.contact.minutes,
                held,
            })
            .collect(),
        series,
        members,
        required,
    })
}

pub fn standing(core: &Core, request: GetStanding) -> CoreResult<SeriesStanding> {
    core.store
        .read(|conn| standing_in(conn, &request.series_id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ceus_are_tenths_of_contact_hours_rounded_to_the_nearest_tenth() {
        // Prime Time: three 4-hour parts earn 1.2 CEUs, four earn 1.6.
        assert_eq!(ceu_tenths(3 * 240), 12);
        assert_eq!(ceu_tenths(4 * 240), 16);
        // The guide's five 4.5-hour meetings: 22.5 hours rounds up to 2.3 CEUs.
        assert_eq!(ceu_tenths(5 * 270), 23);
        assert_eq!(ceu_tenths(29), 0);
        assert_eq!(ceu_tenths(30), 1);
        assert_eq!(ceu_tenths(0), 0);
    }

    #[test]
    fn a_late_arrival_earns_what_they_attended_and_never_more_than_the_meeting() {
        let present = Some(AttendanceStatus::Present);
        assert_eq!(earned(240, present, None), Some(240));
        assert_eq!(earned(240, present, Some(180)), Some(180));
        assert_eq!(earned(240, present, Some(300)), Some(240));
        assert_eq!(earned(240, Some(AttendanceStatus::Excused), None), None);
        assert_eq!(earned(240, None, None), None);
    }

    #[test]
    fn a_minimum_share_decides_whether_a_partly_attended_meeting_counts() {
        let rule = Completion {
            min_meetings: Some(2),
            min_share: Some(75),
        };
        assert!(counts(rule, 240, Some(180)));
        assert!(!counts(rule, 240, Some(179)));
        assert!(!counts(rule, 240, None));
        assert!(counts(Completion::default(), 240, Some(1)));
        assert_eq!(required(rule, 3), 2);
        assert_eq!(required(Completion::default(), 3), 3);
    }
}
