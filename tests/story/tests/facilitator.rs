//! A facilitator's first week with Convene, below the UI: start a community, fill the
//! roster, schedule a meeting, check people in at the door, close the laptop, and find
//! everything again, while a second window follows every change.

use convene_core::events::{AppEvent, ChangeAction, Entity};
use convene_core::Core;
use serde_json::{json, Value};

fn ok(core: &Core, command: &str, args: Value) -> Value {
    core.dispatch(command, args)
        .unwrap_or_else(|e| panic!("{command} failed: {}", e.message))
}

#[test]
fn start_a_community_take_attendance_and_find_it_all_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let (community_id, meeting_id) = {
        let core = Core::open(dir.path()).unwrap();
        let mut window = core.subscribe();

        let community = ok(
            &core,
            "community.create",
            json!({
            "name": "Quality Stewards CoP — Region 2", "cohort": "Spring 2027",
            "focus": "Using program quality data to plan improvement" }),
        );
        let community_id = community["id"].as_str().unwrap().to_owned();
        for name in ["Niños Unidos Lead", "Íñigo Año", "Dana Lee"] {
            ok(
                &core,
                "member.create",
                json!({ "communityId": community_id,
                "fields": { "name": name, "role": "Quality Steward" } }),
            );
        }
        let meeting = ok(
            &core,
            "meeting.create",
            json!({ "communityId": community_id, "fields": {
            "title": "Reading the quality data together", "series": "Meeting 1",
            "date": "2027-03-10", "startTime": "09:30", "endTime": "14:00", "location": "Room 4" } }),
        );
        let meeting_id = meeting["id"].as_str().unwrap().to_owned();
        assert_eq!(meeting["durationMinutes"], 270);

        let sheet = ok(&core, "attendance.get", json!({ "meetingId": meeting_id }));
        let inigo = sheet["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == "Íñigo Año")
            .unwrap()["memberId"]
            .clone();
        ok(
            &core,
            "attendance.set",
            json!({ "meetingId": meeting_id, "memberId": inigo, "status": "present" }),
        );
        let sheet = ok(
            &core,
            "attendance.markUnmarked",
            json!({ "meetingId": meeting_id, "status": "absent" }),
        );
        assert_eq!(
            sheet["counts"],
            json!({ "present": 1, "absent": 2, "excused": 0, "unmarked": 0, "total": 3 })
        );

        // The second window heard about every change, in order, attendance last.
        let mut last = None;
        while let Ok(event) = window.try_recv() {
            last = Some(event);
        }
        let Some(AppEvent::Changed(change)) = last else {
            panic!("no change event reached the window")
        };
        assert_eq!(
            (change.entity, change.action),
            (Entity::Attendance, ChangeAction::Updated)
        );
        assert_eq!(change.community_id, community_id);
        (community_id, meeting_id)
    };

    let reopened = Core::open(dir.path()).unwrap();
    let meetings = ok(
        &reopened,
        "meeting.list",
        json!({ "communityId": community_id }),
    );
    assert_eq!(meetings[0]["id"], meeting_id.as_str());
    assert_eq!(meetings[0]["presentCount"], 1);
    let community = ok(&reopened, "community.get", json!({ "id": community_id }));
    assert_eq!(community["memberCount"], 3);
    let names: Vec<Value> = ok(
        &reopened,
        "member.list",
        json!({ "communityId": community_id }),
    )
    .as_array()
    .unwrap()
    .iter()
    .map(|m| m["name"].clone())
    .collect();
    assert_eq!(
        names,
        vec![
            json!("Dana Lee"),
            json!("Íñigo Año"),
            json!("Niños Unidos Lead")
        ]
    );
}
