//! Calendar files for participants: a meeting, or a community's meetings, read back by
//! a calendar parser; a meeting that moves keeps its event's UID, so a participant's
//! calendar updates the event rather than adding a second one.

use icalendar::{Calendar, Component, Event, EventLike};
use serde_json::{json, Value};

mod common;
use common::{ok, open, refused};

fn events(file: &Value) -> Vec<Event> {
    let text = file["ics"].as_str().unwrap_or_default();
    let calendar: Calendar = text.parse().expect("a calendar a parser reads");
    calendar
        .components
        .iter()
        .filter_map(|c| c.as_event().cloned())
        .collect()
}

fn field(event: &Event, name: &str) -> String {
    event.property_value(name).unwrap_or_default().to_owned()
}

#[test]
fn meetings_become_calendar_events_that_keep_their_uid_when_they_move() {
    let (_dir, core) = open();
    let community = ok(&core, "community.create", json!({ "name": "Calendar CoP" }))["id"].clone();
    let kickoff = json!({ "title": "Kick-off", "date": "2027-01-20", "startTime": "09:00", "endTime": "12:00",
        "location": "Lincoln Elementary, Room 12", "notes": "Bring the snacks" });
    let first = ok(
        &core,
        "meeting.create",
        json!({ "communityId": community, "fields": kickoff }),
    )["id"]
        .clone();
    let spring = json!({ "title": "Spring", "date": "2027-03-17", "startTime": "13:00", "endTime": "17:30" });
    ok(
        &core,
        "meeting.create",
        json!({ "communityId": community, "fields": spring }),
    );

    let file = ok(&core, "calendar.meeting", json!({ "meetingId": first }));
    assert_eq!(file["fileName"], "Kick-off - 2027-01-20.ics");
    let ics = file["ics"].as_str().unwrap_or_default();
    assert!(
        !ics.contains("snacks"),
        "facilitator notes stay out of the room's calendar"
    );
    let [event] = events(&file).try_into().expect("one event");
    let uid = format!("{}@convene", first.as_str().unwrap_or_default());
    assert_eq!(event.get_uid(), Some(uid.as_str()));
    assert_eq!(event.get_summary(), Some("Calendar CoP: Kick-off"));
    assert_eq!(field(&event, "DTSTART"), "20270120T090000");
    assert_eq!(field(&event, "DTEND"), "20270120T120000");
    assert_eq!(event.get_location(), Some("Lincoln Elementary, Room 12"));

    let moved = json!({ "title": "Kick-off", "date": "2027-01-27", "startTime": "09:30", "endTime": "12:00" });
    ok(
        &core,
        "meeting.update",
        json!({ "id": first, "fields": moved }),
    );
    let [event] = events(&ok(
        &core,
        "calendar.meeting",
        json!({ "meetingId": first }),
    ))
    .try_into()
    .expect("one event");
    assert_eq!(event.get_uid(), Some(uid.as_str()), "the same event, moved");
    assert_eq!(field(&event, "DTSTART"), "20270127T093000");

    let all = ok(
        &core,
        "calendar.community",
        json!({ "communityId": community }),
    );
    assert_eq!(all["fileName"], "Meetings - Calendar CoP.ics");
    assert_eq!(all["events"], 2);
    let starts: Vec<String> = events(&all).iter().map(|e| field(e, "DTSTART")).collect();
    assert_eq!(starts, ["20270127T093000", "20270317T130000"]);

    let gone = refused(
        &core,
        "calendar.meeting",
        json!({ "meetingId": "no-such-meeting" }),
    );
    assert_eq!(gone.code, convene_core::ErrorCode::NotFound);
}

#[test]
fn a_series_saves_as_one_calendar_of_its_meetings_only() {
    let (_dir, core) = open();
    let community = ok(
        &core,
        "community.create",
        json!({ "name": "Series Calendar CoP" }),
    )["id"]
        .clone();
    let other = json!({ "title": "Open house", "date": "2027-01-06", "startTime": "17:00", "endTime": "18:00" });
    ok(
        &core,
        "meeting.create",
        json!({ "communityId": community, "fields": other }),
    );
    let fields = json!({ "title": "Quarterly leads", "startTime": "15:30", "endTime": "17:00",
        "recurrence": { "kind": "monthlyWeekday", "interval": 3, "ordinal": 2, "weekday": "wednesday",
                        "from": "2026-10-01", "until": "2027-06-30" } });
    let series = ok(
        &core,
        "series.create",
        json!({ "communityId": community, "fields": fields }),
    );
    let file = ok(
        &core,
        "calendar.series",
        json!({ "seriesId": series["id"] }),
    );
    assert_eq!(file["fileName"], "Meetings - Quarterly leads.ics");
    let starts: Vec<String> = events(&file).iter().map(|e| field(e, "DTSTART")).collect();
    assert_eq!(
        starts,
        ["20261014T153000", "20270113T153000", "20270414T153000"],
        "the open house is not part of the series"
    );
    let refusal = refused(
        &core,
        "calendar.series",
        json!({ "seriesId": "no-such-series" }),
    );
    assert!(
        refusal.message.contains("series no longer exists"),
        "{}",
        refusal.message
    );
}
