//! Calendar files (.ics) for participants: one meeting, every meeting of a series, or
//! every meeting of a community, so members can add the dates to their own calendars. Times are written
//! as the local times the facilitator typed (floating, as a room's schedule is). An
//! event's UID is its meeting's id, so a file saved again after a meeting moves updates
//! the same event in a participant's calendar instead of adding a second one.
//! Facilitator notes stay out: a calendar file is handed to the room.

use convene_i18n::{msg, Localizer};
use icalendar::{Calendar, Component, Event, EventLike};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::meeting::{self, ListMeetings, Meeting};
use super::{community, series};
use crate::print::file_safe;
use crate::{Core, CoreResult};

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MeetingCalendar {
    pub meeting_id: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CommunityCalendar {
    pub community_id: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SeriesCalendar {
    pub series_id: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CalendarFile {
    /// A suggested file name.
    pub file_name: String,
    pub events: u32,
    /// The file's text (RFC 5545).
    pub ics: String,
}

/// The stable UID of a meeting's event.
fn uid(meeting: &Meeting) -> String {
    format!("{}@convene", meeting.id)
}

fn event(meeting: &Meeting, community: &str) -> Event {
    let mut event = Event::new();
    event
        .uid(&uid(meeting))
        .summary(&format!("{community}: {}", meeting.title))
        .starts(meeting.date.at(meeting.start_time))
        .ends(meeting.date.at(meeting.end_time));
    if !meeting.location.trim().is_empty() {
        event.location(meeting.location.trim());
    }
    if !meeting.series.trim().is_empty() {
        event.description(meeting.series.trim());
    }
    event.done()
}

fn calendar_of(meetings: &[Meeting], community: &str) -> String {
    let mut calendar = Calendar::new();
    calendar.name(community);
    for meeting in meetings {
        calendar.push(event(meeting, community));
    }
    calendar.done().to_string()
}

fn file(name: String, meetings: &[Meeting], community: &str) -> CalendarFile {
    CalendarFile {
        file_name: name,
        events: u32::try_from(meetings.len()).unwrap_or(u32::MAX),
        ics: calendar_of(meetings, community),
    }
}

/// One meeting as a calendar file.
pub fn meeting_calendar(core: &Core, request: MeetingCalendar) -> CoreResult<CalendarFile> {
    let l = Localizer::new(core.language());
    let (meeting, community) = core.store.read(|conn| {
        let meeting = meeting::fetch(conn, &request.meeting_id)?;
        let community = community::fetch(conn, &meeting.community_id)?.name;
        Ok((meeting, community))
    })?;
    let (title, date) = (file_safe(&meeting.title), meeting.date.to_string());
    let name = l.message(&msg!("meeting-calendar-file", title = title, date = date));
    Ok(file(name, &[meeting], &community))
}

/// Every meeting of a community, earliest first, as one calendar file.
pub fn community_calendar(core: &Core, request: CommunityCalendar) -> CoreResult<CalendarFile> {
    let l = Localizer::new(core.language());
    let community = core
        .store
        .read(|conn| community::fetch(conn, &request.community_id))?
        .name;
    let meetings = meeting::list(
        core,
        ListMeetings {
            community_id: request.community_id,
        },
    )?;
    let name = l.message(&msg!(
        "meeting-calendar-community-file",
        name = file_safe(&community)
    ));
    Ok(file(name, &meetings, &community))
}

/// Every meeting of a series, earliest first, as one calendar file.
pub fn series_calendar(core: &Core, request: SeriesCalendar) -> CoreResult<CalendarFile> {
    let l = Localizer::new(core.language());
    let (title, meetings, community) = core.store.read(|conn| {
        let series = series::fetch(conn, &request.series_id)?;
        let community = community::fetch(conn, &series.community_id)?.name;
        Ok((
            series.title,
            meeting::in_series(conn, &series.id)?,
            community,
        ))
    })?;
    let name = l.message(&msg!(
        "meeting-calendar-community-file",
        name = file_safe(&title)
    ));
    Ok(file(name, &meetings, &community))
}
