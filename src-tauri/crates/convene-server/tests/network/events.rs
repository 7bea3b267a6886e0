//! The event stream another machine gets carries the live run and room-view change
//! notices, never that a member or attendance changed.

use std::time::Duration;

use axum::body::Body;
use axum::http::{header, Request};
use axum::Router;
use http_body_util::BodyExt;
use serde_json::json;
use tower::ServiceExt;

use crate::{Served, PORT};

/// Opens `/api/events` and returns its body, already subscribed.
async fn open_stream(app: &Router) -> Body {
    let request = Request::get("/api/events")
        .header(header::HOST, format!("localhost:{PORT}"))
        .body(Body::empty())
        .unwrap();
    app.clone().oneshot(request).await.unwrap().into_body()
}

/// Reads `app` events until one for the live run arrives; returns them all as text.
async fn until_run_event(body: &mut Body) -> Vec<String> {
    let mut seen = Vec::new();
    loop {
        let frame = tokio::time::timeout(Duration::from_secs(5), body.frame())
            .await
            .expect("the run event arrives")
            .expect("the stream stays open")
            .unwrap();
        let Ok(data) = frame.into_data() else {
            continue;
        };
        let text = String::from_utf8_lossy(&data).into_owned();
        let done = text.contains("\"kind\":\"run\"");
        seen.push(text);
        if done {
            return seen;
        }
    }
}

#[tokio::test]
async fn another_machine_hears_the_run_but_not_the_roster() {
    let served = Served::on_network();
    let meeting = served.meeting_id();
    let mut remote = open_stream(&served.remote()).await;
    let mut own = open_stream(&served.facilitator()).await;

    let communities = served.core.dispatch("community.list", json!({})).unwrap();
    let community = communities[0]["id"].clone();
    let member = served
        .core
        .dispatch(
            "member.create",
            json!({ "communityId": community, "fields": { "name": "Rosa Díaz", "email": "rosa@example.org" } }),
        )
        .unwrap();
    served
        .core
        .dispatch(
            "attendance.set",
            json!({ "meetingId": meeting, "memberId": member["id"], "status": "present" }),
        )
        .unwrap();
    served
        .core
        .dispatch("run.start", json!({ "meetingId": meeting }))
        .unwrap();

    let remote_text = until_run_event(&mut remote).await.join("\n");
    assert!(!remote_text.contains("\"member\""), "{remote_text}");
    assert!(!remote_text.contains("\"attendance\""), "{remote_text}");
    assert!(!remote_text.contains("Rosa"), "{remote_text}");

    let own_text = until_run_event(&mut own).await.join("\n");
    assert!(own_text.contains("\"member\""), "{own_text}");
    assert!(own_text.contains("\"attendance\""), "{own_text}");
}
