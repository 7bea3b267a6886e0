//! Another machine gets the room's views and nothing else; the facilitator's own
//! machine gets everything.

use axum::http::StatusCode;
use serde_json::json;

use crate::{assert_forbidden, rpc, send, Served};

#[tokio::test]
async fn another_machine_gets_the_projector_and_the_participant_agenda() {
    let served = Served::on_network();
    let meeting = served.meeting_id();
    let remote = served.remote();

    let (status, projection) = send(
        &remote,
        rpc("run.projection", json!({ "meetingId": meeting }), None),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{projection}");
    assert!(!projection["items"].as_array().unwrap().is_empty());

    let (status, agenda) = send(
        &remote,
        rpc("agenda.participant", json!({ "meetingId": meeting }), None),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{agenda}");
    // Exactly the participant's fields: no notes, materials or anything added later.
    let keys = |v: &serde_json::Value| -> Vec<String> {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(
        keys(&agenda),
        [
            "communityName",
            "date",
            "endTime",
            "items",
            "location",
            "meetingId",
            "meetingTitle",
            "series",
            "startTime"
        ]
    );
    for item in agenda["items"].as_array().unwrap() {
        assert_eq!(
            keys(item),
            [
                "description",
                "end",
                "id",
                "kind",
                "presenter",
                "start",
                "title"
            ]
        );
    }

    let (status, _) = send(&remote, rpc("run.liveMeeting", json!({}), None)).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn another_machine_is_refused_private_data_and_every_change() {
    let served = Served::on_network();
    let meeting = served.meeting_id();
    let communities = served.core.dispatch("community.list", json!({})).unwrap();
    let community = communities[0]["id"].clone();
    let remote = served.remote();
    let refused = [
        ("member.list", json!({ "communityId": community })),
        ("community.create", json!({ "name": "Taken over" })),
        ("library.export", json!({})),
        ("app.info", json!({})),
        (
            "print.agenda",
            json!({ "meetingId": meeting, "facilitator": true, "paper": "letter" }),
        ),
        ("run.start", json!({ "meetingId": meeting })),
        ("run.next", json!({ "meetingId": meeting })),
        ("device.pairingCode", json!({})),
        ("no.such.command", json!({})),
    ];
    for (command, args) in refused {
        assert_forbidden(&send(&remote, rpc(command, args, None)).await, command);
    }
    let after = served.core.dispatch("community.list", json!({})).unwrap();
    assert_eq!(after.as_array().unwrap().len(), 1, "nothing was created");
}

#[tokio::test]
async fn the_facilitators_own_machine_can_do_everything() {
    let served = Served::on_network();
    let facilitator = served.facilitator();
    let (status, created) = send(
        &facilitator,
        rpc(
            "community.create",
            json!({ "name": "Staff Leaders CoP" }),
            None,
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{created}");
    let (status, _) = send(
        &facilitator,
        rpc("member.list", json!({ "communityId": created["id"] }), None),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, info) = send(&facilitator, rpc("app.info", json!({}), None)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(info["dataFile"].is_string());
}

#[tokio::test]
async fn a_request_without_a_known_peer_counts_as_another_machine() {
    let served = Served::on_network();
    let answer = send(
        &served.app,
        rpc("member.list", json!({ "communityId": "x" }), None),
    )
    .await;
    assert_forbidden(&answer, "no peer address");
}
