//! Scheduling a series in one step: the dates a recurrence gives (the second Wednesday
//! of each month across a new year, every other month, quarterly, weekly, picked by
//! hand), skipped holidays, refusals that create nothing, and a later change that
//! reaches the meetings from today on and leaves those already held as they were.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use convene_core::clock::Clock;
use convene_core::Core;
use serde_json::{json, Value};

mod common;
use common::{ok, open, refused};

fn dates(preview: &Value, key: &str) -> Vec<String> {
    preview[key]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|d| d.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn second_wednesdays() -> Value {
    json!({ "kind": "monthlyWeekday", "interval": 1, "ordinal": 2, "weekday": "wednesday",
            "from": "2026-10-01", "until": "2027-06-30" })
}

#[test]
fn the_second_wednesday_of_each_month_crosses_the_new_year() {
    let (_dir, core) = open();
    let preview = ok(
        &core,
        "series.preview",
        json!({ "recurrence": second_wednesdays() }),
    );
    assert_eq!(
        dates(&preview, "dates"),
        [
            "2026-10-14",
            "2026-11-11",
            "2026-12-09",
            "2027-01-13",
            "2027-02-10",
            "2027-03-10",
            "2027-04-14",
            "2027-05-12",
            "2027-06-09"
        ]
    );
    for date in dates(&preview, "dates") {
        let day = NaiveDate::parse_from_str(&date, "%Y-%m-%d").unwrap();
        assert_eq!(day.format("%A").to_string(), "Wednesday");
        assert!(
            (8..=14).contains(&chrono::Datelike::day(&day)),
            "{date} is a second week"
        );
    }
    let skipped = ok(
        &core,
        "series.preview",
        json!({ "recurrence": second_wednesdays(), "skip": ["2026-12-09"] }),
    );
    assert_eq!(skipped["count"], 8);
    assert_eq!(dates(&skipped, "skipped"), ["2026-12-09"]);
}

#[test]
fn every_other_month_quarterly_weekly_and_hand_picked_dates() {
    let (_dir, core) = open();
    let rule = |kind: &str, interval: u32, extra: Value| {
        let mut r = json!({ "kind": kind, "interval": interval, "weekday": "thursday",
                            "from": "2027-01-01", "until": "2027-12-31" });
        if let (Some(r), Some(extra)) = (r.as_object_mut(), extra.as_object()) {
            r.extend(extra.clone());
        }
        let preview = ok(&core, "series.preview", json!({ "recurrence": r }));
        dates(&preview, "dates")
    };
    // Quarterly, on the last Thursday.
    assert_eq!(
        rule("monthlyWeekday", 3, json!({ "ordinal": -1 })),
        ["2027-01-28", "2027-04-29", "2027-07-29", "2027-10-28"]
    );
    assert_eq!(rule("monthlyWeekday", 2, json!({ "ordinal": 1 })).len(), 6);
    assert_eq!(rule("weekly", 4, json!({})).len(), 13);
    let picked = ok(
        &core,
        "series.preview",
        json!({ "recurrence": { "kind": "dates", "dates": ["2027-02-13", "2026-09-12", "2027-02-13"] } }),
    );
    assert_eq!(dates(&picked, "dates"), ["2026-09-12", "2027-02-13"]);
}

#[test]
fn a_rule_with_no_dates_too_many_or_an_end_before_its_start_is_refused_in_words() {
    let (_dir, core) = open();
    let weekly = |until: &str| {
        json!({ "recurrence": { "kind": "weekly", "interval": 1, "weekday": "monday",
                                "from": "2027-01-05", "until": until } })
    };
    let none = refused(&core, "series.preview", weekly("2027-01-10"));
    assert!(none.message.contains("no dates"), "{}", none.message);
    let many = refused(&core, "series.preview", weekly("2029-12-31"));
    assert!(
        many.message.contains("more than 48 meetings"),
        "{}",
        many.message
    );
    let backwards = refused(&core, "series.preview", weekly("2026-01-01"));
    assert_eq!(backwards.field.as_deref(), Some("until"));
    assert!(backwards.message.contains("before it starts"));
    let fifth = json!({ "recurrence": { "kind": "monthlyWeekday", "interval": 1, "ordinal": 5,
        "weekday": "monday", "from": "2027-01-01", "until": "2027-12-31" } });
    assert_eq!(
        refused(&core, "series.preview", fifth).field.as_deref(),
        Some("ordinal")
    );
}

fn community(core: &Core) -> Value {
    ok(core, "community.create", json!({ "name": "Cambridge CoP" }))["id"].clone()
}

fn series_input(rule: Value, completion: Value) -> Value {
    json!({ "title": "Site leads CoP", "recurrence": rule, "skip": ["2026-12-09"],
            "startTime": "15:30", "endTime": "17:00", "location": "Room 4",
            "templateId": "builtin:cop-4.5h", "completion": completion })
}

#[test]
fn creating_a_series_creates_its_meetings_with_agendas_in_one_step() {
    let (_dir, core) = open();
    let community = community(&core);
    let fields = series_input(second_wednesdays(), json!({ "minMeetings": 6 }));
    let series = ok(
        &core,
        "series.create",
        json!({ "communityId": community, "fields": fields }),
    );
    assert_eq!(series["meetingCount"], 8);
    assert_eq!(series["firstDate"], "2026-10-14");
    assert_eq!(series["lastDate"], "2027-06-09");
    let meetings = ok(&core, "meeting.list", json!({ "communityId": community }));
    let meetings = meetings.as_array().unwrap();
    assert_eq!(meetings.len(), 8);
    assert!(meetings.iter().all(|m| m["seriesId"] == series["id"]));
    assert_eq!(meetings[0]["series"], "Meeting 1 of 8");
    assert_eq!(meetings[0]["location"], "Room 4");
    assert!(meetings.iter().all(|m| m["date"] != "2026-12-09"));
    let agenda = ok(
        &core,
        "agenda.get",
        json!({ "meetingId": meetings[0]["id"] }),
    );
    assert_eq!(agenda["items"].as_array().map(Vec::len), Some(11));
    // The built-in agenda is 270 minutes with 40 of break and lunch.
    assert_eq!(meetings[0]["contact"]["minutes"], 230);
    assert_eq!(meetings[0]["contact"]["basis"], "agenda");
    assert_eq!(series["contactMinutes"], 8 * 230);
}

#[test]
fn a_refused_series_leaves_no_meeting_behind() {
    let (_dir, core) = open();
    let community = community(&core);
    let too_strict = series_input(second_wednesdays(), json!({ "minMeetings": 9 }));
    let refusal = refused(
        &core,
        "series.create",
        json!({ "communityId": community, "fields": too_strict }),
    );
    assert_eq!(refusal.field.as_deref(), Some("minMeetings"));
    assert!(refusal
        .message
        .contains("asks for 9 meetings, but the series has 8"));
    let mut bad_template = series_input(second_wednesdays(), json!({}));
    bad_template["templateId"] = json!("no-such-template");
    refused(
        &core,
        "series.create",
        json!({ "communityId": community, "fields": bad_template }),
    );
    let everything_skipped = json!({ "title": "Once", "recurrence": { "kind": "dates", "dates": ["2027-01-05"] },
        "skip": ["2027-01-05"], "startTime": "09:00", "endTime": "10:00" });
    refused(
        &core,
        "series.create",
        json!({ "communityId": community, "fields": everything_skipped }),
    );
    let meetings = ok(&core, "meeting.list", json!({ "communityId": community }));
    assert_eq!(meetings, json!([]));
    assert_eq!(
        ok(&core, "series.list", json!({ "communityId": community })),
        json!([])
    );
}

/// A wall clock standing on one day.
struct OnDay(NaiveDateTime);

impl Clock for OnDay {
    fn monotonic(&self) -> Duration {
        Duration::ZERO
    }
    fn now_utc(&self) -> DateTime<Utc> {
        self.0.and_utc()
    }
    fn local_now(&self) -> NaiveDateTime {
        self.0
    }
}

#[test]
fn changing_future_meetings_only_leaves_the_ones_already_held() {
    let dir = tempfile::tempdir().unwrap();
    let today = NaiveDate::from_ymd_opt(2027, 1, 20)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap();
    let core = Core::open_with_clock(dir.path(), Arc::new(OnDay(today))).unwrap();
    let community = community(&core);
    let fields = series_input(second_wednesdays(), json!({}));
    let series = ok(
        &core,
        "series.create",
        json!({ "communityId": community, "fields": fields }),
    );
    let change = |scope: &str, start: &str| {
        json!({ "id": series["id"], "title": "Site leads CoP", "startTime": start, "endTime": "17:30",
                "location": "Library", "scope": scope, "completion": { "minMeetings": 7 } })
    };
    let changed = ok(&core, "series.update", change("future", "16:00"));
    assert_eq!(changed["completion"]["minMeetings"], 7);
    let meetings = ok(&core, "meeting.list", json!({ "communityId": community }));
    let times: Vec<(String, String)> = meetings
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["date"].as_str().unwrap().to_owned(),
                m["startTime"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    for (date, start) in &times {
        let expected = if date.as_str() >= "2027-01-20" {
            "16:00"
        } else {
            "15:30"
        };
        assert_eq!(start, expected, "the meeting on {date}");
    }
    ok(&core, "series.update", change("all", "16:15"));
    let meetings = ok(&core, "meeting.list", json!({ "communityId": community }));
    assert!(meetings
        .as_array()
        .unwrap()
        .iter()
        .all(|m| m["startTime"] == "16:15"));
    // Deleting the series keeps its meetings.
    ok(&core, "series.delete", json!({ "id": series["id"] }));
    let meetings = ok(&core, "meeting.list", json!({ "communityId": community }));
    assert_eq!(meetings.as_array().map(Vec::len), Some(8));
    assert!(meetings
        .as_array()
        .unwrap()
        .iter()
        .all(|m| m["seriesId"].is_null()));
}
