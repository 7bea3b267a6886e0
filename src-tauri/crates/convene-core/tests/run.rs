//! The live timer against a clock the test moves by hand: pause and resume, added
//! time, overtime, phases, auto-advance, resuming after a restart, and a whole
//! 4.5-hour meeting whose displayed seconds never skip or repeat.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use convene_core::clock::Clock;
use convene_core::Core;
use serde_json::{json, Value};

/// A clock whose monotonic and wall readings move only when told to.
struct ManualClock {
    monotonic_ms: AtomicI64,
    wall_offset_ms: AtomicI64,
    wall_start: DateTime<Utc>,
}

impl ManualClock {
    fn at(wall_start: DateTime<Utc>) -> Arc<ManualClock> {
        Arc::new(ManualClock {
            monotonic_ms: AtomicI64::new(0),
            wall_offset_ms: AtomicI64::new(0),
            wall_start,
        })
    }
    fn advance_ms(&self, ms: i64) {
        self.monotonic_ms.fetch_add(ms, Ordering::SeqCst);
        self.wall_offset_ms.fetch_add(ms, Ordering::SeqCst);
    }
    /// Someone changes the computer's clock; real time does not move.
    fn set_wall_back_ms(&self, ms: i64) {
        self.wall_offset_ms.fetch_sub(ms, Ordering::SeqCst);
    }
    fn wall(&self) -> DateTime<Utc> {
        self.wall_start + chrono::Duration::milliseconds(self.wall_offset_ms.load(Ordering::SeqCst))
    }
}

impl Clock for ManualClock {
    fn monotonic(&self) -> Duration {
        Duration::from_millis(self.monotonic_ms.load(Ordering::SeqCst) as u64)
    }
    fn now_utc(&self) -> DateTime<Utc> {
        self.wall()
    }
    fn local_now(&self) -> NaiveDateTime {
        self.wall().naive_utc()
    }
}

fn nine_am() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 9, 12, 9, 0, 0).unwrap()
}

fn ok(core: &Core, command: &str, args: Value) -> Value {
    core.dispatch(command, args)
        .unwrap_or_else(|e| panic!("{command}: {}", e.message))
}

/// A meeting 09:00–13:30 with the built-in agenda; returns its id.
fn meeting_with_agenda(core: &Core) -> String {
    let community = ok(core, "community.create", json!({ "name": "Timer CoP" }));
    let meeting = ok(
        core,
        "meeting.create",
        json!({ "communityId": community["id"], "fields": {
        "title": "Timed", "date": "2026-09-12", "startTime": "09:00", "endTime": "13:30" } }),
    );
    let id = meeting["id"].as_str().unwrap().to_owned();
    ok(
        core,
        "template.apply",
        json!({ "meetingId": id, "source": { "from": "template", "id": "builtin:cop-4.5h" }, "replace": true }),
    );
    id
}

fn remaining(core: &Core, id: &str) -> i64 {
    ok(core, "run.get", json!({ "meetingId": id }))["remainingMs"]
        .as_i64()
        .unwrap()
}

fn setup() -> (tempfile::TempDir, Arc<ManualClock>, Core, String) {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::at(nine_am());
    let core = Core::open_with_clock(dir.path(), clock.clone()).unwrap();
    let id = meeting_with_agenda(&core);
    (dir, clock, core, id)
}

const WELCOME_MS: i64 = 15 * 60_000;

/// Turns on "move to the next item at zero" with the built-in colour rule.
fn auto_advance(core: &Core, id: &str) {
    let settings = json!({ "meetingId": id, "autoAdvance": true, "chime": false,
        "warningSeconds": null, "dangerSeconds": null });
    ok(core, "run.settings", settings);
}

#[test]
fn pausing_stops_the_clock_and_resuming_continues_it() {
    let (_dir, clock, core, id) = setup();
    let started = ok(&core, "run.start", json!({ "meetingId": id }));
    assert_eq!(started["currentTitle"], "Welcome and introductions");
    assert_eq!(started["remainingMs"], WELCOME_MS);
    clock.advance_ms(30_000);
    assert_eq!(remaining(&core, &id), WELCOME_MS - 30_000);
    ok(&core, "run.toggle", json!({ "meetingId": id }));
    clock.advance_ms(60_000);
    assert_eq!(
        remaining(&core, &id),
        WELCOME_MS - 30_000,
        "a paused clock must not move"
    );
    ok(&core, "run.toggle", json!({ "meetingId": id }));
    clock.advance_ms(10_000);
    assert_eq!(remaining(&core, &id), WELCOME_MS - 40_000);
}

#[test]
fn added_time_and_overtime() {
    let (_dir, clock, core, id) = setup();
    ok(&core, "run.start", json!({ "meetingId": id }));
    ok(
        &core,
        "run.adjust",
        json!({ "meetingId": id, "seconds": 60 }),
    );
    assert_eq!(remaining(&core, &id), WELCOME_MS + 60_000);
    ok(
        &core,
        "run.adjust",
        json!({ "meetingId": id, "seconds": -120 }),
    );
    assert_eq!(remaining(&core, &id), WELCOME_MS - 60_000);
    let taken = ok(
        &core,
        "run.adjust",
        json!({ "meetingId": id, "seconds": -100_000 }),
    );
    assert_eq!(
        taken["remainingMs"], 0,
        "cannot take away more than the item has"
    );
    ok(
        &core,
        "run.adjust",
        json!({ "meetingId": id, "seconds": 60 }),
    );
    clock.advance_ms(75_000);
    let over = ok(&core, "run.get", json!({ "meetingId": id }));
    assert_eq!(over["remainingMs"], -15_000);
    assert_eq!(over["phase"], "overtime");
}

#[test]
fn added_time_stops_at_a_day_however_often_it_is_asked_for() {
    let (_dir, _clock, core, id) = setup();
    ok(&core, "run.start", json!({ "meetingId": id }));
    // Unbounded, some thousands of these would push the projected end past the
    // calendar's last date and every snapshot of the meeting would panic.
    for _ in 0..5_000 {
        ok(
            &core,
            "run.adjust",
            json!({ "meetingId": id, "seconds": i32::MAX }),
        );
    }
    let run = ok(&core, "run.get", json!({ "meetingId": id }));
    assert_eq!(run["addedMs"], 24 * 60 * 60_000);
    assert_eq!(run["remainingMs"], WELCOME_MS + 24 * 60 * 60_000);
    assert!(run["projectedEnd"].is_string());
}

#[test]
fn phases_change_at_the_warning_and_danger_points() {
    let (_dir, clock, core, id) = setup();
    ok(&core, "run.start", json!({ "meetingId": id }));
    let phase = |core: &Core| ok(core, "run.get", json!({ "meetingId": id }))["phase"].clone();
    assert_eq!(phase(&core), "normal");
    // A 15-minute item: warning for the last 2 minutes, danger for the last 5 % (45 s).
    clock.advance_ms(WELCOME_MS - 120_001);
    assert_eq!(phase(&core), "normal");
    clock.advance_ms(1);
    assert_eq!(phase(&core), "warning");
    clock.advance_ms(75_000);
    assert_eq!(phase(&core), "danger");
    clock.advance_ms(45_000);
    assert_eq!(phase(&core), "overtime");
    ok(
        &core,
        "run.settings",
        json!({ "meetingId": id, "autoAdvance": false, "chime": true,
        "warningSeconds": 300, "dangerSeconds": 30 }),
    );
    let snapshot = ok(&core, "run.get", json!({ "meetingId": id }));
    assert_eq!(
        (
            snapshot["warningAtMs"].as_i64(),
            snapshot["dangerAtMs"].as_i64()
        ),
        (Some(300_000), Some(30_000))
    );
    assert_eq!(snapshot["meetingWarningSeconds"], 300);
    assert_eq!(snapshot["meetingDangerSeconds"], 30);
}

#[test]
fn auto_advance_moves_on_at_zero_and_the_log_records_what_happened() {
    let (_dir, clock, core, id) = setup();
    auto_advance(&core, &id);
    ok(&core, "run.start", json!({ "meetingId": id }));
    clock.advance_ms(WELCOME_MS - 1);
    assert_eq!(core.advance_due().unwrap(), 0);
    clock.advance_ms(1);
    assert_eq!(core.advance_due().unwrap(), 1);
    let now = ok(&core, "run.get", json!({ "meetingId": id }));
    assert_eq!(now["currentTitle"], "Icebreaker");
    assert_eq!(now["remainingMs"], 20 * 60_000);
    let log = ok(&core, "run.log", json!({ "meetingId": id }));
    assert_eq!(log["entries"][0]["actualSeconds"], 900);
    assert!(log["csv"]
        .as_str()
        .unwrap()
        .starts_with("run,item,planned_minutes"));
    assert!(log["csv"]
        .as_str()
        .unwrap()
        .contains("1,Welcome and introductions,15,0,"));
    assert_eq!(log["fileName"], "Run log - 2026-09-12 - Timed.csv");
    ok(&core, "settings.update", json!({ "language": "es" }));
    let spanish = ok(&core, "run.log", json!({ "meetingId": id }));
    assert_eq!(
        spanish["fileName"],
        "Registro de la sesión en vivo - 2026-09-12 - Timed.csv"
    );
}

#[test]
fn next_previous_and_jump_restart_the_item_they_land_on() {
    let (_dir, clock, core, id) = setup();
    ok(&core, "run.start", json!({ "meetingId": id }));
    clock.advance_ms(5_000);
    let next = ok(&core, "run.next", json!({ "meetingId": id }));
    assert_eq!(
        (next["currentIndex"].as_u64(), next["remainingMs"].as_i64()),
        (Some(1), Some(20 * 60_000))
    );
    let back = ok(&core, "run.previous", json!({ "meetingId": id }));
    assert_eq!(back["currentIndex"], 0);
    let agenda = ok(&core, "agenda.get", json!({ "meetingId": id }));
    let lunch = agenda["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["item"]["kind"] == "meal")
        .unwrap();
    let jumped = ok(
        &core,
        "run.jump",
        json!({ "meetingId": id, "itemId": lunch["item"]["id"] }),
    );
    assert_eq!(jumped["currentTitle"], "Lunch");
    assert_eq!(jumped["nextTitle"], "Reflection worksheet");
    let error = core
        .dispatch("agenda.delete", json!({ "id": lunch["item"]["id"] }))
        .unwrap_err();
    assert!(error.message.contains("on the clock"));
}

#[test]
fn a_restarted_app_resumes_the_same_item_with_the_right_time_left() {
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let clock = ManualClock::at(nine_am());
        let core = Core::open_with_clock(dir.path(), clock.clone()).unwrap();
        let id = meeting_with_agenda(&core);
        ok(&core, "run.start", json!({ "meetingId": id }));
        clock.advance_ms(100_000);
        id
    };
    // The new process's monotonic clock starts from zero; five seconds passed meanwhile.
    let clock = ManualClock::at(nine_am() + chrono::Duration::milliseconds(105_000));
    let core = Core::open_with_clock(dir.path(), clock.clone()).unwrap();
    let resumed = ok(&core, "run.get", json!({ "meetingId": id }));
    assert_eq!(resumed["status"], "running");
    assert_eq!(resumed["currentTitle"], "Welcome and introductions");
    assert_eq!(resumed["remainingMs"], WELCOME_MS - 105_000);
    clock.advance_ms(1_000);
    assert_eq!(remaining(&core, &id), WELCOME_MS - 106_000);
}

#[test]
fn a_projector_with_no_meeting_named_finds_the_live_one() {
    let (_dir, _clock, core, id) = setup();
    assert_eq!(ok(&core, "run.liveMeeting", json!({})), Value::Null);
    ok(&core, "run.start", json!({ "meetingId": id }));
    assert_eq!(ok(&core, "run.liveMeeting", json!({})), json!(id));
    ok(&core, "run.end", json!({ "meetingId": id }));
    assert_eq!(ok(&core, "run.liveMeeting", json!({})), Value::Null);
}

#[test]
fn changing_the_computer_clock_does_not_move_the_timer() {
    let (_dir, clock, core, id) = setup();
    ok(&core, "run.start", json!({ "meetingId": id }));
    clock.advance_ms(10_000);
    clock.set_wall_back_ms(3_600_000);
    assert_eq!(remaining(&core, &id), WELCOME_MS - 10_000);
}

#[test]
fn every_transition_is_pushed_to_views() {
    let (_dir, _clock, core, id) = setup();
    let mut view = core.subscribe();
    ok(&core, "run.start", json!({ "meetingId": id }));
    ok(
        &core,
        "run.display",
        json!({ "meetingId": id, "blackout": true, "message": "5 minutes, then share out" }),
    );
    let mut last = None;
    while let Ok(event) = view.try_recv() {
        last = Some(serde_json::to_value(event).unwrap());
    }
    let last = last.expect("events reached the view");
    assert_eq!(last["kind"], "run");
    assert_eq!(last["blackout"], true);
    assert_eq!(last["message"], "5 minutes, then share out");
}

/// Seconds as a countdown shows them: 15:00 stays up for the first full second.
fn displayed_seconds(remaining_ms: i64) -> i64 {
    (remaining_ms + 999).div_euclid(1000)
}

#[test]
fn a_whole_four_and_a_half_hour_meeting_never_skips_or_repeats_a_second() {
    let (_dir, clock, core, id) = setup();
    auto_advance(&core, &id);
    ok(&core, "run.start", json!({ "meetingId": id }));
    let mut shown: Vec<(u64, i64)> = Vec::new();
    // Step by an amount that never lines up with whole seconds.
    for _ in 0..(270 * 60 * 1000 / 347 + 10) {
        let snapshot = ok(&core, "run.get", json!({ "meetingId": id }));
        if snapshot["status"] == "ended" {
            break;
        }
        let entry = (
            snapshot["currentIndex"].as_u64().unwrap(),
            displayed_seconds(snapshot["remainingMs"].as_i64().unwrap()),
        );
        if shown.last() != Some(&entry) {
            shown.push(entry);
        }
        clock.advance_ms(347);
        core.advance_due().unwrap();
    }
    let agenda = ok(&core, "agenda.get", json!({ "meetingId": id }));
    let items = agenda["items"].as_array().unwrap();
    for (index, item) in items.iter().enumerate() {
        let planned = item["item"]["plannedMinutes"].as_i64().unwrap() * 60;
        let seconds: Vec<i64> = shown
            .iter()
            .filter(|(i, _)| *i == index as u64)
            .map(|(_, s)| *s)
            .collect();
        let expected: Vec<i64> = (1..=planned).rev().collect();
        assert_eq!(
            seconds, expected,
            "item {index} showed a skipped or repeated second"
        );
    }
    assert_eq!(
        ok(&core, "run.get", json!({ "meetingId": id }))["status"],
        "ended"
    );
    let log = ok(&core, "run.log", json!({ "meetingId": id }));
    assert_eq!(log["entries"].as_array().unwrap().len(), items.len());
}

#[test]
fn the_projector_can_show_the_community_agreements() {
    let (_dir, _clock, core, _) = setup();
    let example = ok(
        &core,
        "community.list",
        json!({ "query": "Example Region" }),
    )[0]
    .clone();
    let meeting = ok(
        &core,
        "meeting.list",
        json!({ "communityId": example["id"] }),
    )[0]["id"]
        .clone();
    let projection = ok(&core, "run.projection", json!({ "meetingId": meeting }));
    let labels: Vec<&str> = projection["agreements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["Play Safe", "Play Fair", "Play Hard"]);
    ok(&core, "run.start", json!({ "meetingId": meeting }));
    let shown = ok(
        &core,
        "run.display",
        json!({ "meetingId": meeting, "agreements": true }),
    );
    assert_eq!(shown["agreementsShown"], true);
    let hidden = ok(
        &core,
        "run.display",
        json!({ "meetingId": meeting, "agreements": false }),
    );
    assert_eq!(hidden["agreementsShown"], false);
}

/// Runs the first two items for a minute each, then ends the meeting.
fn run_and_end(core: &Core, clock: &ManualClock, id: &str) {
    ok(core, "run.start", json!({ "meetingId": id }));
    clock.advance_ms(60_000);
    ok(core, "run.next", json!({ "meetingId": id }));
    clock.advance_ms(60_000);
    ok(core, "run.end", json!({ "meetingId": id }));
}

#[test]
fn space_or_a_clicker_after_the_end_never_starts_the_meeting_again() {
    let (_dir, clock, core, id) = setup();
    run_and_end(&core, &clock, &id);
    let log_before = ok(&core, "run.log", json!({ "meetingId": id }));
    assert_eq!(log_before["entries"].as_array().unwrap().len(), 2);

    for command in ["run.toggle", "run.next", "run.previous"] {
        let error = core
            .dispatch(command, json!({ "meetingId": id }))
            .expect_err("an ended meeting must not move");
        assert_eq!(error.code, convene_core::ErrorCode::Invalid, "{command}");
        assert!(
            error.message.contains("ended"),
            "{command}: {}",
            error.message
        );
    }
    assert_eq!(
        ok(&core, "run.get", json!({ "meetingId": id }))["status"],
        "ended"
    );
    assert_eq!(ok(&core, "run.log", json!({ "meetingId": id })), log_before);
}

#[test]
fn starting_an_ended_meeting_again_asks_first_and_keeps_the_first_runs_log() {
    let (_dir, clock, core, id) = setup();
    run_and_end(&core, &clock, &id);
    let error = core
        .dispatch("run.start", json!({ "meetingId": id }))
        .expect_err("a second run must be confirmed");
    assert_eq!(error.code, convene_core::ErrorCode::NeedsConfirmation);
    assert!(error.message.contains("kept"), "{}", error.message);
    assert_eq!(
        ok(&core, "run.get", json!({ "meetingId": id }))["status"],
        "ended"
    );

    let again = ok(
        &core,
        "run.start",
        json!({ "meetingId": id, "confirmRestart": true }),
    );
    assert_eq!(again["status"], "running");
    assert_eq!(again["runNumber"], 2);
    assert_eq!(again["currentTitle"], "Welcome and introductions");

    let log = ok(&core, "run.log", json!({ "meetingId": id }));
    let runs: Vec<i64> = log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["run"].as_i64().unwrap())
        .collect();
    assert_eq!(runs, [1, 1, 2]);
    assert_eq!(log["entries"][0]["actualSeconds"], 60);
    let csv = log["csv"].as_str().unwrap();
    assert!(csv.starts_with("run,item,"));
    assert!(csv.contains("\r\n1,Welcome and introductions,15,0,"));
    assert!(csv.contains("\r\n2,Welcome and introductions,15,0,"));
}

#[test]
fn space_starts_a_meeting_that_has_never_run() {
    let (_dir, _clock, core, id) = setup();
    let started = ok(&core, "run.toggle", json!({ "meetingId": id }));
    assert_eq!(started["status"], "running");
    assert_eq!(started["runNumber"], 1);
}
