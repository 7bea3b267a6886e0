//! Community agreements: shipped templates, versions adopted at meetings, the check-in
//! at a meeting's close, and the reminder the projector shows before teambuilding.

use convene_core::{Core, ErrorCode};
use serde_json::{json, Value};

mod common;
use common::{ok, open, refused};

/// The example community and its meetings, oldest first.
fn example(core: &Core) -> (String, Vec<String>) {
    let community = &ok(core, "community.list", json!({}))[0];
    let meetings = ok(
        core,
        "meeting.list",
        json!({ "communityId": community["id"] }),
    );
    let ids = meetings
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap().to_owned())
        .collect();
    (community["id"].as_str().unwrap().to_owned(), ids)
}

#[test]
fn templates_include_the_guides_play_safe_fair_hard_and_other_common_sets() {
    let (_dir, core) = open();
    let templates = ok(&core, "agreements.templates", json!({}));
    let templates = templates.as_array().unwrap();
    assert!(templates.len() >= 3);
    let labels = |key: &str| -> Vec<String> {
        let template = templates
            .iter()
            .find(|t| t["key"] == key)
            .unwrap_or_else(|| panic!("no {key}"));
        template["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["label"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        labels("play-safe-fair-hard"),
        ["Play Safe", "Play Fair", "Play Hard"]
    );
    assert!(!labels("step-up-step-back").is_empty());
    assert!(!labels("challenge-by-choice").is_empty());
}

#[test]
fn each_revision_is_a_new_version_that_remembers_the_meeting_that_adopted_it() {
    let (_dir, core) = open();
    let (community_id, meetings) = example(&core);
    let history = ok(
        &core,
        "agreements.get",
        json!({ "communityId": community_id }),
    );
    assert_eq!(
        history["versions"][0]["version"], 1,
        "the example adopts its agreements at meeting 1"
    );
    let revised = ok(
        &core,
        "agreements.adopt",
        json!({
            "communityId": community_id,
            "meetingId": meetings[2],
            "items": [
                { "label": "Play Safe", "statements": ["Look after each other.", "  "], "practice": "" },
                { "label": "Phones away", "statements": ["Phones stay in bags during activities."], "practice": "Check messages at breaks." }
            ]
        }),
    );
    let newest = &revised["versions"][0];
    assert_eq!(newest["version"], 2);
    assert_eq!(newest["adoptedMeetingId"], meetings[2].as_str());
    assert_eq!(
        newest["items"][0]["statements"],
        json!(["Look after each other."]),
        "blank statements are dropped"
    );
    assert_eq!(
        revised["versions"][1]["version"], 1,
        "older versions are kept"
    );
    let projection = ok(&core, "run.projection", json!({ "meetingId": meetings[3] }));
    assert_eq!(
        projection["agreements"][1]["label"], "Phones away",
        "the projector shows the version in force"
    );
}

#[test]
fn bad_agreement_sets_change_nothing() {
    let (_dir, core) = open();
    let (community_id, _) = example(&core);
    let empty = refused(
        &core,
        "agreements.adopt",
        json!({ "communityId": community_id, "items": [] }),
    );
    assert_eq!(empty.code, ErrorCode::Invalid);
    let unlabelled = refused(
        &core,
        "agreements.adopt",
        json!({
            "communityId": community_id, "items": [{ "label": " ", "statements": [] }]
        }),
    );
    assert!(
        unlabelled.message.contains("label"),
        "{}",
        unlabelled.message
    );
    assert_eq!(
        unlabelled.field.as_deref(),
        Some("items.0.label"),
        "the UI puts the sentence by that field"
    );
    let history = ok(
        &core,
        "agreements.get",
        json!({ "communityId": community_id }),
    );
    assert_eq!(history["versions"].as_array().unwrap().len(), 1);
}

#[test]
fn the_close_of_a_meeting_records_how_the_group_did_on_each_agreement() {
    let (_dir, core) = open();
    let (_, meetings) = example(&core);
    let checkin = ok(
        &core,
        "agreements.checkin",
        json!({ "meetingId": meetings[1] }),
    );
    let items = checkin["items"].as_array().unwrap();
    assert_eq!(items.len(), 3);
    assert!(items.iter().all(|i| i["score"].is_null()));
    let scores: Vec<Value> = items
        .iter()
        .zip([5, 4, 3])
        .map(|(i, s)| json!({ "itemId": i["itemId"], "score": s }))
        .collect();
    let saved = ok(
        &core,
        "agreements.setCheckin",
        json!({ "meetingId": meetings[1], "scores": scores }),
    );
    assert_eq!(saved["items"][0]["score"], 5);
    assert_eq!(saved["items"][2]["score"], 3);
    let out_of_range = refused(
        &core,
        "agreements.setCheckin",
        json!({
            "meetingId": meetings[1],
            "scores": [{ "itemId": items[0]["itemId"], "score": 2 }, { "itemId": items[1]["itemId"], "score": 6 }]
        }),
    );
    assert!(
        out_of_range.message.contains("from 1 to 5"),
        "{}",
        out_of_range.message
    );
    let after = ok(
        &core,
        "agreements.checkin",
        json!({ "meetingId": meetings[1] }),
    );
    assert_eq!(
        after["items"][0]["score"], 5,
        "a refused check-in changes nothing"
    );
}

/// A meeting whose agenda is: welcome, then a teambuilding activity that needs a monitor.
fn meeting_with_teambuilding(core: &Core) -> (String, String) {
    let (community_id, _) = example(core);
    let meeting = ok(
        core,
        "meeting.create",
        json!({ "communityId": community_id, "fields": {
            "title": "Reminder check", "date": "2027-05-01", "startTime": "09:00", "endTime": "12:00"
        }}),
    );
    let meeting_id = meeting["id"].as_str().unwrap().to_owned();
    ok(
        core,
        "agenda.add",
        json!({ "meetingId": meeting_id, "fields": { "title": "Welcome", "kind": "welcome", "plannedMinutes": 10 } }),
    );
    let found = ok(
        core,
        "activity.search",
        json!({ "query": "raccoon circle" }),
    );
    let activity_id = found["activities"][0]["id"].clone();
    let agenda = ok(
        core,
        "agenda.addActivity",
        json!({ "meetingId": meeting_id, "activityId": activity_id }),
    );
    let mut item = agenda["items"][1]["item"].clone();
    item["safetyMonitor"] = json!("Dana Ortiz");
    let id = item["id"].as_str().unwrap().to_owned();
    let fields: Value = [
        "title",
        "kind",
        "plannedMinutes",
        "description",
        "facilitatorNotes",
        "materials",
        "activityId",
        "safetyMonitor",
        "remindAgreements",
    ]
    .iter()
    .map(|k| (k.to_string(), item[*k].clone()))
    .collect::<serde_json::Map<_, _>>()
    .into();
    ok(core, "agenda.update", json!({ "id": id, "fields": fields }));
    (meeting_id, id)
}

#[test]
fn reaching_a_teambuilding_item_shows_the_reminder_until_the_facilitator_moves_on() {
    let (_dir, core) = open();
    let (meeting_id, item_id) = meeting_with_teambuilding(&core);
    let run = ok(&core, "run.start", json!({ "meetingId": meeting_id }));
    assert!(run["reminder"].is_null(), "no reminder before the welcome");
    let at_activity = ok(&core, "run.next", json!({ "meetingId": meeting_id }));
    assert_eq!(at_activity["currentItemId"], item_id.as_str());
    let reminder = &at_activity["reminder"];
    assert_eq!(reminder["safetyMonitor"], "Dana Ortiz");
    assert!(!reminder["optOut"].as_str().unwrap().is_empty());
    let projection = ok(&core, "run.projection", json!({ "meetingId": meeting_id }));
    assert_eq!(
        projection["run"]["reminder"], *reminder,
        "the projector sees it too"
    );
    assert_eq!(projection["agreements"][0]["label"], "Play Safe");
    let dismissed = ok(&core, "run.next", json!({ "meetingId": meeting_id }));
    assert_eq!(
        dismissed["currentItemId"],
        item_id.as_str(),
        "the first next only dismisses the reminder"
    );
    assert!(dismissed["reminder"].is_null());
    let ended = ok(&core, "run.next", json!({ "meetingId": meeting_id }));
    assert_eq!(ended["status"], "ended");
}

#[test]
fn the_reminder_can_be_switched_off_for_an_item() {
    let (_dir, core) = open();
    let (meeting_id, item_id) = meeting_with_teambuilding(&core);
    let agenda = ok(&core, "agenda.get", json!({ "meetingId": meeting_id }));
    let item = &agenda["items"][1]["item"];
    ok(
        &core,
        "agenda.update",
        json!({ "id": item_id, "fields": {
            "title": item["title"], "kind": "teambuilding", "plannedMinutes": item["plannedMinutes"],
            "activityId": item["activityId"], "remindAgreements": false
        }}),
    );
    ok(&core, "run.start", json!({ "meetingId": meeting_id }));
    let at_activity = ok(&core, "run.next", json!({ "meetingId": meeting_id }));
    assert!(at_activity["reminder"].is_null());
}

#[test]
fn a_spanish_speaking_facilitator_starts_from_spanish_agreements_and_a_spanish_agenda() {
    let (_dir, core) = open();
    let english = ok(&core, "agreements.templates", json!({}));
    ok(&core, "settings.update", json!({ "language": "es" }));
    let spanish = ok(&core, "agreements.templates", json!({}));
    let keys = |sets: &Value| -> Vec<(String, usize)> {
        let sets = sets.as_array().expect("a list of sets");
        let shape = |t: &Value| {
            let items = t["items"].as_array().map_or(0, Vec::len);
            (t["key"].as_str().unwrap_or_default().to_owned(), items)
        };
        sets.iter().map(shape).collect()
    };
    assert_eq!(
        keys(&spanish),
        keys(&english),
        "the same sets in both languages"
    );
    let labels: Vec<&str> = spanish[0]["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|item| item["label"].as_str())
        .collect();
    assert_eq!(labels, ["Juega seguro", "Juega limpio", "Da lo mejor"]);

    let agendas = ok(&core, "template.list", json!({}));
    let names: Vec<(&str, &str)> = agendas
        .as_array()
        .expect("a list of templates")
        .iter()
        .take(2)
        .map(|t| {
            (
                t["id"].as_str().unwrap_or_default(),
                t["name"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        names,
        [
            (
                "builtin:cop-4.5h:es",
                "Reunión de la comunidad de práctica (4.5 horas)"
            ),
            (
                "builtin:cop-4.5h",
                "Community of Practice meeting (4.5 hours)"
            ),
        ]
    );
    let kept = refused(
        &core,
        "template.delete",
        json!({ "id": "builtin:cop-4.5h:es" }),
    );
    assert_eq!(kept.message, "La plantilla incluida no se puede eliminar.");
}
