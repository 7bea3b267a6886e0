//! Pairing a phone as the clicker: the code shown on the facilitator's screen, a cookie
//! the page's scripts cannot read, the clicker's buttons and nothing more, revocation,
//! and only a hash of the token on disk.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use serde_json::{json, Value};
use tower::ServiceExt;

use crate::{assert_forbidden, rpc, send, Served, PORT};

fn pair_request(code: &str, name: &str) -> Request<Body> {
    Request::post("/api/pair")
        .header(header::HOST, format!("localhost:{PORT}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(
            json!({ "code": code, "name": name }).to_string(),
        ))
        .unwrap()
}

async fn new_code(served: &Served) -> String {
    let (status, offer) = send(
        &served.facilitator(),
        rpc("device.pairingCode", json!({}), None),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{offer}");
    assert!(offer["addresses"][0]
        .as_str()
        .unwrap()
        .ends_with("/clicker"));
    offer["code"].as_str().unwrap().to_owned()
}

/// Another code than `code`, of the same shape.
fn wrong(code: &str) -> String {
    let n: u32 = code.parse().unwrap();
    format!("{:06}", (n + 1) % 1_000_000)
}

/// Pairs from another machine; returns the `Set-Cookie` header.
async fn pair(remote: &Router, code: &str) -> String {
    let response = remote
        .clone()
        .oneshot(pair_request(code, "Maya's phone"))
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let cookie = response.headers()[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_owned();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    let body: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(body["name"], "Maya's phone");
    cookie
}

#[tokio::test]
async fn a_wrong_code_is_refused_and_five_wrong_tries_void_the_code() {
    let served = Served::on_network();
    let remote = served.remote();
    let code = new_code(&served).await;
    for _ in 0..5 {
        let (status, body) = send(&remote, pair_request(&wrong(&code), "Phone")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            (body["code"].as_str(), body["field"].as_str()),
            (Some("invalid"), Some("code"))
        );
    }
    let (status, body) = send(&remote, pair_request(&code, "Phone")).await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "the sixth try fails even with the right code: {body}"
    );
    let devices = served.core.dispatch("device.list", json!({})).unwrap();
    assert_eq!(devices, json!([]));
}

#[tokio::test]
async fn a_paired_phone_is_a_clicker_until_revoked() {
    let served = Served::on_network();
    let meeting = served.meeting_id();
    let remote = served.remote();
    let code = new_code(&served).await;
    let set_cookie = pair(&remote, &code).await;
    for attribute in ["HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(
            set_cookie.contains(attribute),
            "{attribute} in {set_cookie}"
        );
    }
    let cookie = set_cookie.split(';').next().unwrap().to_owned();
    let token = cookie.split_once('=').unwrap().1.to_owned();
    let (status, _) = send(&remote, pair_request(&code, "Another")).await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a code pairs one device"
    );

    served
        .core
        .dispatch("run.start", json!({ "meetingId": meeting }))
        .unwrap();
    let (status, run) = send(
        &remote,
        rpc("run.next", json!({ "meetingId": meeting }), Some(&cookie)),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{run}");
    assert_eq!(run["currentIndex"], 1);
    let blank = json!({ "meetingId": meeting, "toggleBlackout": true });
    assert_eq!(
        send(&remote, rpc("run.display", blank, Some(&cookie)))
            .await
            .0,
        StatusCode::OK
    );
    let message = json!({ "meetingId": meeting, "message": "Hello from a phone" });
    assert_forbidden(
        &send(&remote, rpc("run.display", message, Some(&cookie))).await,
        "message",
    );
    assert_forbidden(
        &send(
            &remote,
            rpc("member.list", json!({ "communityId": "x" }), Some(&cookie)),
        )
        .await,
        "member.list from a clicker",
    );
    let toggle = rpc("run.toggle", json!({ "meetingId": meeting }), Some(&cookie));
    assert_forbidden(
        &send(&remote, toggle).await,
        "run.toggle (it can start a meeting)",
    );

    assert_only_the_hash_is_stored(&served, &token);

    let devices = served.core.dispatch("device.list", json!({})).unwrap();
    assert_eq!(devices[0]["name"], "Maya's phone");
    assert!(devices[0]["lastSeenAt"].is_string());
    served
        .core
        .dispatch("device.revoke", json!({ "id": devices[0]["id"] }))
        .unwrap();
    assert_forbidden(
        &send(
            &remote,
            rpc("run.next", json!({ "meetingId": meeting }), Some(&cookie)),
        )
        .await,
        "a revoked device",
    );
}

fn assert_only_the_hash_is_stored(served: &Served, token: &str) {
    let db = served.dir.path().join(convene_core::DATABASE_FILE);
    let conn = rusqlite::Connection::open(&db).unwrap();
    let hash: String = conn
        .query_row("SELECT token_hash FROM paired_device", [], |r| r.get(0))
        .unwrap();
    assert_eq!(hash.len(), 64);
    assert_ne!(hash, token);
    for file in std::fs::read_dir(served.dir.path()).unwrap() {
        let bytes = std::fs::read(file.unwrap().path()).unwrap();
        assert!(
            !bytes.windows(token.len()).any(|w| w == token.as_bytes()),
            "the token itself is on disk"
        );
    }
}

#[tokio::test]
async fn the_access_endpoint_says_what_a_page_may_do() {
    let served = Served::on_network();
    let access = |app: Router, cookie: Option<String>| async move {
        let mut request =
            Request::get("/api/access").header(header::HOST, format!("localhost:{PORT}"));
        if let Some(cookie) = cookie {
            request = request.header(header::COOKIE, cookie);
        }
        send(&app, request.body(Body::empty()).unwrap()).await.1["access"].clone()
    };
    assert_eq!(access(served.facilitator(), None).await, "facilitator");
    assert_eq!(access(served.remote(), None).await, "room");
    let code = new_code(&served).await;
    let cookie = pair(&served.remote(), &code).await;
    let cookie = cookie.split(';').next().unwrap().to_owned();
    assert_eq!(access(served.remote(), Some(cookie)).await, "clicker");
    assert_eq!(
        access(served.remote(), Some("convene_device=forged".into())).await,
        "room"
    );
}

#[tokio::test]
async fn no_code_is_offered_when_other_machines_cannot_connect() {
    let dir = tempfile::tempdir().unwrap();
    let core = std::sync::Arc::new(convene_core::Core::open(dir.path()).unwrap());
    let error = core.dispatch("device.pairingCode", json!({})).unwrap_err();
    assert_eq!(error.field.as_deref(), Some("code"));
    assert!(error.message.contains("--network"));
}
