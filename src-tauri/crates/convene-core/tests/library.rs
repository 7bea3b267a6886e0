//! The activity library as a facilitator uses it: the shipped activities, search and
//! facets, editing and the bin, sharing files (including hostile ones), and putting
//! activities on an agenda with a materials checklist.

use convene_core::{Core, ErrorCode};
use serde_json::{json, Value};

mod common;
use common::{ok, open, refused};

/// A complete, valid activity to vary in each test.
fn activity(name: &str) -> Value {
    json!({
        "name": name,
        "summary": "Small groups build the tallest tower they can from paper.",
        "purposes": ["problemSolving", "communication"],
        "stage": "challenge",
        "minMinutes": 20, "maxMinutes": 30, "setupMinutes": 5,
        "minGroup": 6, "maxGroup": 40, "groupSize": 5,
        "space": "indoor", "spaceNotes": "Tables for each group.",
        "intensity": "low", "contact": "none", "disclosure": "low",
        "materials": [
            {"name": "Sheets of paper", "quantity": 20, "unit": "", "per": "group"},
            {"name": "Name tag", "quantity": 1, "unit": "", "per": "person"},
            {"name": "Timer", "quantity": 1, "unit": "", "per": "facilitator", "note": "Optional."}
        ],
        "setup": "Stack paper on each table.",
        "steps": [
            {"text": "Explain the goal: the tallest free-standing tower.", "minutes": 2, "grouping": "whole"},
            {"text": "Build.", "minutes": 12, "grouping": "smallGroups"}
        ],
        "safety": "Keep scissors on the table.",
        "safetyMonitor": false,
        "optOut": "Anyone can be the group's observer instead.",
        "debrief": {"what": ["What did your group try first?"], "soWhat": ["What helped?"], "nowWhat": ["What will you try at your site?"]},
        "themeLink": "Plan, build, check, improve: one quick CQI cycle.",
        "credit": "Traditional group game",
        "licence": "CC BY 4.0"
    })
}

fn create(core: &Core, fields: Value) -> Value {
    ok(core, "activity.create", json!({ "fields": fields }))
}

fn names(result: &Value) -> Vec<String> {
    result["activities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap().to_owned())
        .collect()
}

fn search(core: &Core, request: Value) -> Value {
    ok(core, "activity.search", request)
}

#[test]
fn the_shipped_library_has_the_guides_activities_each_credited() {
    let (_dir, core) = open();
    let all = search(&core, json!({ "limit": 1000 }));
    assert!(
        all["total"].as_u64().unwrap() >= 30,
        "only {} shipped activities",
        all["total"]
    );
    for wanted in ["have you ever", "raccoon circle", "marshmallow", "island"] {
        let found = search(&core, json!({ "query": wanted }));
        assert!(
            found["total"].as_u64().unwrap() >= 1,
            "no shipped activity matches {wanted:?}"
        );
    }
    assert_eq!(
        search(&core, json!({ "query": "PLM" }))["total"],
        0,
        "PLM's rules are not public"
    );
    for summary in all["activities"].as_array().unwrap() {
        assert_eq!(summary["shipped"], true);
        let activity = ok(&core, "activity.get", json!({ "id": summary["id"] }));
        let fields = &activity["fields"];
        assert!(
            !fields["credit"].as_str().unwrap().is_empty(),
            "{} has no credit",
            fields["name"]
        );
        assert!(
            !fields["licence"].as_str().unwrap().is_empty(),
            "{} has no licence",
            fields["name"]
        );
    }
    let raccoon = search(&core, json!({ "query": "raccoon circle" }));
    assert!(
        raccoon["total"].as_u64().unwrap() >= 3,
        "the guide uses several Raccoon Circles activities"
    );
}

#[test]
fn reopening_does_not_add_the_shipped_activities_twice() {
    let dir = tempfile::tempdir().unwrap();
    let first = search(&Core::open(dir.path()).unwrap(), json!({}))["total"].clone();
    let again = search(&Core::open(dir.path()).unwrap(), json!({}))["total"].clone();
    assert_eq!(first, again);
}

#[test]
fn search_finds_words_anywhere_ignoring_case_accents_and_fts_syntax() {
    let (_dir, core) = open();
    let mut fields = activity("Piñata Planning");
    fields["steps"][1]["text"] = json!("Groups sketch a zeppelin before building.");
    create(&core, fields);
    assert_eq!(
        names(&search(&core, json!({ "query": "pinata" }))),
        ["Piñata Planning"]
    );
    assert_eq!(
        names(&search(&core, json!({ "query": "ZEPP" }))),
        ["Piñata Planning"]
    );
    assert_eq!(
        search(&core, json!({ "query": "zeppelin unicorn" }))["total"],
        0
    );
    for hostile in ["\"", "NEAR(", "* OR", "-)", "name:x"] {
        search(&core, json!({ "query": hostile }));
    }
}

#[test]
fn facets_narrow_the_results() {
    let (_dir, core) = open();
    let mut quiet = activity("Zz Quiet Reflection");
    quiet["purposes"] = json!(["reflection"]);
    quiet["stage"] = json!("closing");
    quiet["minMinutes"] = json!(5);
    quiet["maxMinutes"] = json!(10);
    quiet["materials"] = json!([]);
    quiet["space"] = json!("either");
    create(&core, quiet);
    let mut lively = activity("Zz Lively Outdoor Chase");
    lively["space"] = json!("outdoor");
    lively["intensity"] = json!("high");
    lively["contact"] = json!("light");
    lively["minGroup"] = json!(12);
    create(&core, lively);
    let only_ours = |extra: Value| {
        let mut request = json!({ "query": "Zz", "limit": 50, "sort": "name" });
        request
            .as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        names(&search(&core, request))
    };
    assert_eq!(
        only_ours(json!({ "fitsMinutes": 10 })),
        ["Zz Quiet Reflection"]
    );
    assert_eq!(
        only_ours(json!({ "groupSize": 8 })),
        ["Zz Quiet Reflection"]
    );
    assert_eq!(
        only_ours(json!({ "space": "outdoor" })),
        ["Zz Lively Outdoor Chase", "Zz Quiet Reflection"]
    );
    assert_eq!(
        only_ours(json!({ "space": "virtual" })),
        Vec::<String>::new()
    );
    assert_eq!(
        only_ours(json!({ "maxIntensity": "medium" })),
        ["Zz Quiet Reflection"]
    );
    assert_eq!(
        only_ours(json!({ "maxContact": "none" })),
        ["Zz Quiet Reflection"]
    );
    assert_eq!(
        only_ours(json!({ "purpose": "reflection" })),
        ["Zz Quiet Reflection"]
    );
    assert_eq!(
        only_ours(json!({ "noMaterials": true })),
        ["Zz Quiet Reflection"]
    );
    assert_eq!(
        only_ours(json!({ "sort": "shortest" }))[0],
        "Zz Quiet Reflection"
    );
    let capped = search(&core, json!({ "limit": 3 }));
    assert_eq!(capped["activities"].as_array().unwrap().len(), 3);
    assert!(capped["total"].as_u64().unwrap() > 3);
}

#[test]
fn bad_activities_are_refused_with_the_field_named() {
    let (_dir, core) = open();
    let cases = [
        ("name", json!("  ")),
        ("maxMinutes", json!(5)),
        ("maxGroup", json!(2)),
        ("steps", json!([])),
        ("purposes", json!([])),
    ];
    for (field, value) in cases {
        let mut fields = activity("Broken");
        fields[field] = value;
        let error = refused(&core, "activity.create", json!({ "fields": fields }));
        assert_eq!(error.code, ErrorCode::Invalid, "{field}: {}", error.message);
        assert_eq!(error.field.as_deref(), Some(field));
    }
    create(&core, activity("Paper Tower Plus"));
    let clash = refused(
        &core,
        "activity.create",
        json!({ "fields": activity("paper  tower PLUS") }),
    );
    assert!(
        clash.message.contains("already has an activity called"),
        "{}",
        clash.message
    );
}

#[test]
fn activities_are_edited_duplicated_binned_and_restored() {
    let (_dir, core) = open();
    let own = create(&core, activity("Cup Stack"));
    let id = own["id"].as_str().unwrap();
    let mut changed = activity("Cup Stack Relay");
    changed["notes"] = json!("Bring spare cups.");
    let edited = ok(
        &core,
        "activity.update",
        json!({ "id": id, "fields": changed }),
    );
    assert_eq!(edited["fields"]["notes"], "Bring spare cups.");
    let copy = ok(&core, "activity.duplicate", json!({ "id": id }));
    assert_eq!(copy["fields"]["name"], "Cup Stack Relay (copy)");
    let copy2 = ok(&core, "activity.duplicate", json!({ "id": id }));
    assert_eq!(copy2["fields"]["name"], "Cup Stack Relay (copy 2)");
    ok(&core, "activity.delete", json!({ "id": id }));
    assert_eq!(
        search(&core, json!({ "query": "Cup Stack Relay" }))["total"],
        2
    );
    assert_eq!(
        names(&search(&core, json!({ "deleted": true }))),
        ["Cup Stack Relay"]
    );
    let restored = ok(&core, "activity.restore", json!({ "id": id }));
    assert_eq!(restored["deleted"], false);
    ok(
        &core,
        "activity.favorite",
        json!({ "id": id, "favorite": true }),
    );
    assert_eq!(
        names(&search(&core, json!({ "favoritesOnly": true }))),
        ["Cup Stack Relay"]
    );
}

#[test]
fn a_shipped_activity_can_be_edited_and_its_original_restored() {
    let (_dir, core) = open();
    let first = &search(&core, json!({ "sort": "name" }))["activities"][0];
    let id = first["id"].as_str().unwrap();
    let original = ok(&core, "activity.get", json!({ "id": id }))["fields"].clone();
    let mut edited = original.clone();
    edited["summary"] = json!("My own framing of it.");
    edited["notes"] = json!("Worked well with the Year 1 cohort.");
    let saved = ok(
        &core,
        "activity.update",
        json!({ "id": id, "fields": edited }),
    );
    assert_eq!(saved["modified"], true);
    let reset = ok(&core, "activity.resetShipped", json!({ "id": id }));
    assert_eq!(reset["modified"], false);
    assert_eq!(reset["fields"]["summary"], original["summary"]);
    assert_eq!(
        reset["fields"]["notes"], "Worked well with the Year 1 cohort.",
        "the facilitator's notes stay"
    );
    let own = create(&core, activity("Mine"));
    assert_eq!(
        refused(&core, "activity.resetShipped", json!({ "id": own["id"] })).code,
        ErrorCode::Invalid
    );
}

fn library_file(activities: Vec<Value>) -> String {
    json!({ "format": "convene-activity-library", "version": 1, "activities": activities })
        .to_string()
}

#[test]
fn export_then_import_round_trips_and_reports_duplicates() {
    let (_dir, core) = open();
    create(&core, activity("Shared Tower"));
    let exported = ok(&core, "library.export", json!({}));
    let text = exported["json"].as_str().unwrap();
    let (_other_dir, other) = open();
    let report = ok(&other, "library.import", json!({ "json": text }));
    assert_eq!(report["added"], json!(["Shared Tower"]));
    let duplicates = report["duplicates"].as_array().unwrap();
    assert_eq!(
        duplicates.len() as u64,
        exported["count"].as_u64().unwrap() - 1,
        "shipped ones are duplicates"
    );
    let again = ok(&other, "library.import", json!({ "json": text }));
    assert_eq!(again["added"], json!([]));
    let tower = search(&other, json!({ "query": "Shared Tower" }));
    let imported = ok(
        &other,
        "activity.get",
        json!({ "id": tower["activities"][0]["id"] }),
    );
    assert_eq!(imported["shipped"], false);
    assert_eq!(imported["fields"]["steps"][1]["text"], "Build.");
}

#[test]
fn hostile_or_malformed_files_are_refused_whole_naming_the_problem() {
    let (dir, core) = open();
    let before = search(&core, json!({}))["total"].clone();
    let mut wrong_type = activity("Second");
    wrong_type["maxMinutes"] = json!("thirty");
    let mut unknown_field = activity("Third");
    unknown_field["script"] = json!("<script>");
    let mut bad_value = activity("Fourth");
    bad_value["minGroup"] = json!(0);
    let huge = "x".repeat(21 * 1024 * 1024);
    let cases: Vec<(String, &str)> = vec![
        ("{ not json".into(), "not a readable library"),
        ("[]".into(), "not a readable library"),
        (
            json!({ "format": "something-else", "version": 1, "activities": [] }).to_string(),
            "not a Convene activity library",
        ),
        (
            json!({ "format": "convene-activity-library", "version": 9, "activities": [] })
                .to_string(),
            "newer Convene",
        ),
        (
            library_file(vec![activity("Fine"), wrong_type]),
            "Activity 2 (“Second”)",
        ),
        (
            library_file(vec![activity("Fine"), unknown_field]),
            "unknown field `script`",
        ),
        (
            library_file(vec![activity("Fine"), bad_value]),
            "Activity 2 (“Fourth”)",
        ),
        (
            library_file(vec![activity("Twin"), activity("twin")]),
            "both called",
        ),
        (format!("{{\"format\":\"{huge}\"}}"), "at most 20 MB"),
        ("[".repeat(100_000), "not a readable library"),
    ];
    for (file, expected) in cases {
        let error = refused(&core, "library.import", json!({ "json": file }));
        assert_eq!(error.code, ErrorCode::Invalid);
        assert!(
            error.message.contains(expected),
            "expected {expected:?} in {:?}",
            error.message
        );
    }
    assert_eq!(
        search(&core, json!({}))["total"],
        before,
        "nothing was half-imported"
    );
    let conn = rusqlite::Connection::open(dir.path().join(convene_core::DATABASE_FILE)).unwrap();
    let fine: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM activity WHERE name = 'Fine'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(fine, 0);
}

#[test]
fn too_many_activities_are_refused_before_any_is_read() {
    let (_dir, core) = open();
    let many: Vec<Value> = (0..10_001).map(|_| json!({})).collect();
    let error = refused(
        &core,
        "library.import",
        json!({ "json": library_file(many) }),
    );
    assert!(error.message.contains("at most 10000"), "{}", error.message);
}

#[test]
fn a_dry_run_reports_without_adding() {
    let (_dir, core) = open();
    let file = library_file(vec![activity("Qwxyz Preview")]);
    let report = ok(
        &core,
        "library.import",
        json!({ "json": file, "dryRun": true }),
    );
    assert_eq!(report["added"], json!(["Qwxyz Preview"]));
    assert_eq!(
        search(&core, json!({ "query": "Qwxyz Preview" }))["total"],
        0
    );
}

fn example_meeting(core: &Core) -> (String, String) {
    let community = &ok(core, "community.list", json!({}))[0];
    let meetings = ok(
        core,
        "meeting.list",
        json!({ "communityId": community["id"] }),
    );
    let meeting = meetings.as_array().unwrap().last().unwrap();
    (
        community["id"].as_str().unwrap().to_owned(),
        meeting["id"].as_str().unwrap().to_owned(),
    )
}

#[test]
fn an_activity_goes_on_the_agenda_and_its_materials_scale_with_attendance() {
    let (_dir, core) = open();
    let (_community, meeting_id) = example_meeting(&core);
    let tower = create(&core, activity("Tower Time"));
    let agenda = ok(
        &core,
        "agenda.addActivity",
        json!({ "meetingId": meeting_id, "activityId": tower["id"], "position": 0 }),
    );
    let item = &agenda["items"][0]["item"];
    assert_eq!(item["title"], "Tower Time");
    assert_eq!(item["kind"], "teambuilding");
    assert_eq!(item["plannedMinutes"], 30);
    assert_eq!(item["activityId"], tower["id"]);
    assert!(item["materials"]
        .as_str()
        .unwrap()
        .contains("Sheets of paper: 20 per group"));
    assert!(item["description"]
        .as_str()
        .unwrap()
        .contains("tallest tower"));
    let meeting = ok(&core, "meeting.get", json!({ "id": meeting_id }));
    let mut fields = json!({
        "title": meeting["title"], "date": meeting["date"], "startTime": meeting["startTime"],
        "endTime": meeting["endTime"], "expectedAttendance": 28
    });
    ok(
        &core,
        "meeting.update",
        json!({ "id": meeting_id, "fields": fields }),
    );
    let checklist = ok(
        &core,
        "meeting.materials",
        json!({ "meetingId": meeting_id }),
    );
    assert_eq!(checklist["people"], 28);
    assert_eq!(checklist["basis"], "expected");
    let line = |name: &str| {
        checklist["lines"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["name"] == name)
            .cloned()
            .unwrap()
    };
    assert_eq!(
        line("Sheets of paper")["quantity"],
        120,
        "28 people in groups of 5: 6 groups × 20"
    );
    assert_eq!(line("Name tag")["quantity"], 28);
    assert_eq!(line("Timer")["quantity"], 1);
    assert_eq!(line("Timer")["usedBy"], json!(["Tower Time"]));
    assert_eq!(
        line("Timer")["notes"],
        json!(["Optional."]),
        "a checklist shows what is optional"
    );
    fields["expectedAttendance"] = json!(0);
    let error = refused(
        &core,
        "meeting.update",
        json!({ "id": meeting_id, "fields": fields }),
    );
    assert_eq!(error.field.as_deref(), Some("expectedAttendance"));
    let rated = ok(
        &core,
        "activity.rate",
        json!({ "activityId": tower["id"], "meetingId": meeting_id, "rating": 4 }),
    );
    assert_eq!(rated["usage"][0]["rating"], 4);
    assert_eq!(
        refused(
            &core,
            "activity.rate",
            json!({ "activityId": tower["id"], "meetingId": meeting_id, "rating": 9 })
        )
        .field
        .as_deref(),
        Some("rating")
    );
}
