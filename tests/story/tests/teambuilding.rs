//! A facilitator plans the teambuilding of a new community's first meeting, below the
//! UI: agreements from a template, an activity found in the library and put on the
//! agenda, the kit counted for the room, the card printed, the reminder before the
//! activity during the run, the check-in at the close, and the library shared with a
//! colleague's computer.

use convene_core::Core;
use serde_json::{json, Value};

fn ok(core: &Core, command: &str, args: Value) -> Value {
    core.dispatch(command, args)
        .unwrap_or_else(|e| panic!("{command} failed: {}", e.message))
}

fn new_meeting(core: &Core) -> (String, String) {
    let community = ok(
        core,
        "community.create",
        json!({ "name": "Summer Leads CoP" }),
    );
    let community_id = community["id"].as_str().unwrap().to_owned();
    let meeting = ok(
        core,
        "meeting.create",
        json!({ "communityId": community_id, "fields": {
            "title": "Forming the cohort", "date": "2027-06-14", "startTime": "09:00",
            "endTime": "13:30", "expectedAttendance": 30 } }),
    );
    (community_id, meeting["id"].as_str().unwrap().to_owned())
}

#[test]
fn plan_run_and_share_a_teambuilding_activity() {
    let dir = tempfile::tempdir().unwrap();
    let core = Core::open(dir.path()).unwrap();
    let (community_id, meeting_id) = new_meeting(&core);

    let templates = ok(&core, "agreements.templates", json!({}));
    let play = templates
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["key"] == "play-safe-fair-hard")
        .unwrap();
    ok(
        &core,
        "agreements.adopt",
        json!({ "communityId": community_id, "meetingId": meeting_id, "items": play["items"] }),
    );

    // Something for a room of 30 that gets people talking without touching anyone.
    let found = ok(
        &core,
        "activity.search",
        json!({ "purpose": "communication", "groupSize": 30, "maxContact": "none",
                "fitsMinutes": 45, "query": "marshmallow" }),
    );
    assert_eq!(found["activities"][0]["name"], "Marshmallow Challenge");
    let activity_id = found["activities"][0]["id"].clone();
    ok(
        &core,
        "agenda.add",
        json!({ "meetingId": meeting_id, "fields": { "title": "Welcome", "kind": "welcome", "plannedMinutes": 15 } }),
    );
    ok(
        &core,
        "agenda.addActivity",
        json!({ "meetingId": meeting_id, "activityId": activity_id }),
    );

    // The kit for 30 people in groups of five: six bags, one timer.
    let activity = ok(&core, "activity.get", json!({ "id": activity_id }));
    let checklist = ok(
        &core,
        "meeting.materials",
        json!({ "meetingId": meeting_id }),
    );
    assert_eq!(checklist["people"], 30);
    let groups = 30_u64.div_ceil(activity["fields"]["groupSize"].as_u64().unwrap());
    for material in activity["fields"]["materials"].as_array().unwrap() {
        let line = checklist["lines"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["name"] == material["name"])
            .unwrap();
        let per = material["quantity"].as_u64().unwrap();
        let expected = match material["per"].as_str().unwrap() {
            "person" => per * 30,
            "group" => per * groups,
            _ => per,
        };
        assert_eq!(line["quantity"], expected, "{}", material["name"]);
    }
    let card = ok(
        &core,
        "print.activity",
        json!({ "activityId": activity_id, "paper": "letter" }),
    );
    assert!(
        card["pdfBase64"].as_str().unwrap().starts_with("JVBER"),
        "a PDF"
    );

    // In the room: the reminder comes up before the activity, then the clock.
    ok(&core, "run.start", json!({ "meetingId": meeting_id }));
    let reminded = ok(&core, "run.next", json!({ "meetingId": meeting_id }));
    assert_eq!(reminded["currentTitle"], "Marshmallow Challenge");
    assert!(!reminded["reminder"]["safety"].as_str().unwrap().is_empty());
    let projection = ok(&core, "run.projection", json!({ "meetingId": meeting_id }));
    assert_eq!(projection["agreements"][2]["label"], "Play Hard");
    let started = ok(&core, "run.next", json!({ "meetingId": meeting_id }));
    assert!(started["reminder"].is_null());
    ok(&core, "run.end", json!({ "meetingId": meeting_id }));

    let checkin = ok(
        &core,
        "agreements.checkin",
        json!({ "meetingId": meeting_id }),
    );
    let scores: Vec<Value> = checkin["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| json!({ "itemId": i["itemId"], "score": 4 }))
        .collect();
    let saved = ok(
        &core,
        "agreements.setCheckin",
        json!({ "meetingId": meeting_id, "scores": scores }),
    );
    assert!(saved["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["score"] == 4));
    let rated = ok(
        &core,
        "activity.rate",
        json!({ "activityId": activity_id, "meetingId": meeting_id, "rating": 5 }),
    );
    let this_meeting = rated["usage"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["meetingId"] == meeting_id.as_str())
        .unwrap();
    assert_eq!(this_meeting["rating"], 5);

    // A colleague gets the facilitator's own variation.
    let mut own = activity["fields"].clone();
    own.as_object_mut().unwrap().remove("key");
    own["name"] = json!("Marshmallow Challenge, summer edition");
    ok(&core, "activity.create", json!({ "fields": own }));
    let file = ok(&core, "library.export", json!({}))["json"].clone();
    let colleague_dir = tempfile::tempdir().unwrap();
    let colleague = Core::open(colleague_dir.path()).unwrap();
    let report = ok(&colleague, "library.import", json!({ "json": file }));
    assert_eq!(
        report["added"],
        json!(["Marshmallow Challenge, summer edition"])
    );
}
