//! The first slice through the core's one entry point: communities, members,
//! meetings and attendance, as the UI drives them.

use convene_core::{commands::COMMAND_NAMES, Core, ErrorCode};
use serde_json::json;

mod common;
use common::{ok, open, refused};

fn count_rows(dir: &tempfile::TempDir, table: &str) -> i64 {
    let conn = rusqlite::Connection::open(dir.path().join(convene_core::DATABASE_FILE)).unwrap();
    conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

#[test]
fn every_declared_command_is_routable() {
    let (_dir, core) = open();
    for name in COMMAND_NAMES {
        if let Err(error) = core.dispatch(name, json!({})) {
            assert_ne!(
                error.code,
                ErrorCode::UnknownCommand,
                "{name} is declared but not routed"
            );
        }
    }
    let unknown = refused(&core, "community.explode", json!({}));
    assert_eq!(unknown.code, ErrorCode::UnknownCommand);
}

#[test]
fn malformed_requests_are_refused_with_a_sentence() {
    let (_dir, core) = open();
    let error = refused(&core, "community.create", json!({ "name": 42 }));
    assert_eq!(error.code, ErrorCode::BadRequest);
    assert!(error.message.contains("community.create"));
    let error = refused(
        &core,
        "community.create",
        json!({ "name": "A", "colour": "red" }),
    );
    assert_eq!(error.code, ErrorCode::BadRequest);
}

#[test]
fn validation_names_the_problem_and_the_field() {
    let (_dir, core) = open();
    let error = refused(&core, "community.create", json!({ "name": "   " }));
    assert_eq!(
        (error.code, error.field.as_deref()),
        (ErrorCode::Invalid, Some("name"))
    );
    assert_eq!(error.message, "The community's name cannot be empty.");

    let community = ok(
        &core,
        "community.create",
        json!({ "name": "Youth Workers CoP" }),
    );
    let id = community["id"].as_str().unwrap();
    let meeting = json!({ "communityId": id, "fields": {
        "title": "Kick-off", "date": "2026-10-14", "startTime": "15:00", "endTime": "14:00" } });
    let error = refused(&core, "meeting.create", meeting);
    assert_eq!(error.field.as_deref(), Some("endTime"));

    ok(
        &core,
        "member.create",
        json!({ "communityId": id, "fields": { "name": "Ana Peña" } }),
    );
    let error = refused(
        &core,
        "member.create",
        json!({ "communityId": id, "fields": { "name": " ana  PEÑA" } }),
    );
    assert_eq!(error.field.as_deref(), Some("name"));
    assert_eq!(
        error.message,
        "“Ana Peña” is already a member of this community."
    );
    let error = refused(
        &core,
        "member.create",
        json!({ "communityId": id, "fields": { "name": "Bo", "email": "bo" } }),
    );
    assert_eq!(error.field.as_deref(), Some("email"));
}

#[test]
fn a_new_database_holds_the_example_community() {
    let (_dir, core) = open();
    let communities = ok(&core, "community.list", json!({}));
    let example = &communities[0];
    assert_eq!(example["isExample"], true);
    assert_eq!(example["meetingCount"], 5);
    let meetings = ok(
        &core,
        "meeting.list",
        json!({ "communityId": example["id"] }),
    );
    assert!(meetings
        .as_array()
        .unwrap()
        .iter()
        .all(|m| m["durationMinutes"] == 270));
    assert!(meetings[0]["presentCount"].as_u64().unwrap() > 20);
}

#[test]
fn deleting_never_drops_attendance_silently_nor_leaves_orphans() {
    let (dir, core) = open();
    let example = ok(&core, "community.list", json!({}))[0].clone();
    let members = ok(
        &core,
        "member.list",
        json!({ "communityId": example["id"] }),
    );
    let member_id = members[0]["id"].clone();

    let error = refused(&core, "member.delete", json!({ "id": member_id }));
    assert_eq!(error.code, ErrorCode::NeedsConfirmation);
    assert!(
        error.message.contains("2 attendance records"),
        "{}",
        error.message
    );

    let impact = ok(&core, "community.impact", json!({ "id": example["id"] }));
    assert_eq!(impact["meetingsWithAttendance"], 2);
    let error = refused(&core, "community.delete", json!({ "id": example["id"] }));
    assert_eq!(error.code, ErrorCode::NeedsConfirmation);
    assert_eq!(count_rows(&dir, "meeting"), 5);

    ok(
        &core,
        "community.delete",
        json!({ "id": example["id"], "confirmAttendanceLoss": true }),
    );
    for table in ["community", "member", "meeting", "attendance"] {
        assert_eq!(
            count_rows(&dir, table),
            0,
            "{table} kept rows of a deleted community"
        );
    }
}

#[test]
fn the_example_is_not_recreated_once_deleted() {
    let dir = tempfile::tempdir().unwrap();
    {
        let core = Core::open(dir.path()).unwrap();
        let id = ok(&core, "community.list", json!({}))[0]["id"].clone();
        ok(
            &core,
            "community.delete",
            json!({ "id": id, "confirmAttendanceLoss": true }),
        );
    }
    let core = Core::open(dir.path()).unwrap();
    assert_eq!(ok(&core, "community.list", json!({})), json!([]));
}

#[test]
fn search_finds_members_by_any_word_ignoring_case() {
    let (_dir, core) = open();
    let example = ok(
        &core,
        "community.list",
        json!({ "query": "site coordinator" }),
    )[0]
    .clone();
    let found = ok(
        &core,
        "member.list",
        json!({ "communityId": example["id"], "query": "PEÑA lincoln" }),
    );
    assert_eq!(found.as_array().unwrap().len(), 1);
    assert_eq!(found[0]["name"], "María Peña");
}

#[test]
fn a_time_that_is_not_one_is_refused_never_read_as_midnight() {
    let (dir, core) = open();
    let community = ok(&core, "community.create", json!({ "name": "Times" }));
    let meeting = ok(
        &core,
        "meeting.create",
        json!({ "communityId": community["id"], "fields": {
            "title": "Lunch talk", "date": "2026-10-14", "startTime": "11:00", "endTime": "13:00" } }),
    );
    let id = meeting["id"].as_str().unwrap();
    let agenda = ok(
        &core,
        "agenda.add",
        json!({ "meetingId": id, "fields": {
            "title": "Lunch", "kind": "meal", "plannedMinutes": 30, "fixedStart": "12:00" } }),
    );
    assert_eq!(agenda["items"][0]["start"], "12:00");
    assert_eq!(agenda["items"][0]["gapMinutes"], 60);

    // An undo carrying a damaged time is refused whole, not stored.
    let deleted = ok(
        &core,
        "agenda.delete",
        json!({ "id": agenda["items"][0]["item"]["id"] }),
    );
    let mut damaged = deleted["removed"].clone();
    damaged["fixedStart"] = json!("25:99");
    let before = count_rows(&dir, "agenda_item");
    let error = refused(&core, "agenda.restore", json!({ "item": damaged }));
    assert_eq!(error.code, ErrorCode::BadRequest);
    assert_eq!(count_rows(&dir, "agenda_item"), before);

    // A stored time damaged outside Convene is reported, never scheduled from midnight.
    let conn = rusqlite::Connection::open(dir.path().join(convene_core::DATABASE_FILE)).unwrap();
    conn.execute("UPDATE meeting SET start_time = 'noon' WHERE id = ?1", [id])
        .unwrap();
    let error = refused(&core, "agenda.get", json!({ "meetingId": id }));
    assert_eq!(error.code, ErrorCode::Storage);
}

#[test]
fn app_info_names_every_agenda_item_kind_once_and_each_has_words_in_both_languages() {
    let (_dir, core) = common::open();
    let info = common::ok(&core, "app.info", json!({}));
    let kinds: Vec<&str> = info["itemKinds"]
        .as_array()
        .expect("itemKinds is a list")
        .iter()
        .map(|kind| kind.as_str().expect("a kind is its name"))
        .collect();
    assert_eq!(kinds.len(), 12);
    assert_eq!(
        kinds
            .iter()
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        12
    );
    assert_eq!((kinds[0], kinds[4]), ("welcome", "content"));
    for lang in [convene_core::Lang::En, convene_core::Lang::Es] {
        let words = convene_i18n::Localizer::new(lang);
        for kind in &kinds {
            let id = format!("agenda-kind-{kind}");
            assert_ne!(words.text(&id), id, "{kind} has no {lang:?} label");
        }
    }
    let english = convene_i18n::Localizer::new(convene_core::Lang::En);
    assert_eq!(english.text("agenda-kind-content"), "Overview");
}
