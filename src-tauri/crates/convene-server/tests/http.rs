//! Browser mode over HTTP: health, commands, errors as `{code, message}`, the UI
//! fallback, and the Host/Origin guard.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::connect_info::MockConnectInfo;
use axum::http::{header, Request, StatusCode};
use base64::Engine;
use convene_core::Core;
use http_body_util::BodyExt;
use serde_json::{json, Value};
use tower::ServiceExt;

const PORT: u16 = 5180;

fn app() -> (tempfile::TempDir, axum::Router) {
    let dir = tempfile::tempdir().unwrap();
    let core = Arc::new(Core::open(dir.path()).unwrap());
    // The facilitator's own browser: a loopback connection.
    let peer = MockConnectInfo(SocketAddr::from(([127, 0, 0, 1], 50_000)));
    (dir, convene_server::app(core, PORT, false).layer(peer))
}

fn rpc(command: &str, args: Value) -> Request<Body> {
    Request::post("/api/rpc")
        .header(header::HOST, format!("127.0.0.1:{PORT}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(
            json!({ "command": command, "args": args }).to_string(),
        ))
        .unwrap()
}

async fn send(app: &axum::Router, request: Request<Body>) -> (StatusCode, Value) {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

#[tokio::test]
async fn health_reports_version_and_schema() {
    let (_dir, app) = app();
    let request = Request::get("/api/health")
        .header(header::HOST, format!("localhost:{PORT}"))
        .body(Body::empty())
        .unwrap();
    let (status, body) = send(&app, request).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["status"], "ok");
    assert_eq!(body["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(body["schemaVersion"], convene_core::store::schema_version());
}

#[tokio::test]
async fn commands_answer_their_result_and_errors_as_code_and_message() {
    let (_dir, app) = app();
    let (status, created) = send(
        &app,
        rpc("community.create", json!({ "name": "Staff Leaders CoP" })),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(created["name"], "Staff Leaders CoP");

    let (status, error) = send(&app, rpc("community.create", json!({ "name": "" }))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        error,
        json!({ "code": "invalid", "message": "The community's name cannot be empty.", "field": "name" })
    );

    let (status, error) = send(&app, rpc("nope", json!({}))).await;
    assert_eq!(
        (status, error["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("unknown_command"))
    );
}

#[tokio::test]
async fn refusals_are_written_in_the_facilitators_language() {
    let (_dir, app) = app();
    send(&app, rpc("settings.update", json!({ "language": "es" }))).await;
    let (_, error) = send(&app, rpc("community.create", json!({ "name": "" }))).await;
    assert_eq!(
        error["message"],
        "El nombre de la comunidad no puede quedar en blanco."
    );

    let unreadable = Request::post("/api/rpc")
        .header(header::HOST, format!("127.0.0.1:{PORT}"))
        .body(Body::from("{not json"))
        .unwrap();
    let (_, error) = send(&app, unreadable).await;
    let message = error["message"].as_str().unwrap_or_default();
    assert!(
        message.starts_with("No se pudo leer la solicitud: "),
        "{message}"
    );

    let mut foreign = rpc("community.list", json!({}));
    foreign
        .headers_mut()
        .insert(header::ORIGIN, "http://evil.example".parse().unwrap());
    let (_, error) = send(&app, foreign).await;
    assert_eq!(
        error["message"],
        "No se permiten solicitudes desde otros sitios web."
    );
}

#[tokio::test]
async fn a_body_that_is_not_a_command_is_a_bad_request() {
    let (_dir, app) = app();
    let request = Request::post("/api/rpc")
        .header(header::HOST, format!("127.0.0.1:{PORT}"))
        .body(Body::from("{not json"))
        .unwrap();
    let (status, error) = send(&app, request).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(error["code"], "bad_request");
}

#[tokio::test]
async fn requests_from_other_origins_or_hosts_are_refused() {
    let (_dir, app) = app();
    let mut foreign = rpc("community.list", json!({}));
    foreign
        .headers_mut()
        .insert(header::ORIGIN, "http://evil.example".parse().unwrap());
    let (status, body) = send(&app, foreign).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["code"], "forbidden");

    let mut rebound = rpc("community.list", json!({}));
    rebound.headers_mut().insert(
        header::HOST,
        format!("attacker.example:{PORT}").parse().unwrap(),
    );
    assert_eq!(send(&app, rebound).await.0, StatusCode::FORBIDDEN);

    let mut own = rpc("community.list", json!({}));
    own.headers_mut().insert(
        header::ORIGIN,
        format!("http://127.0.0.1:{PORT}").parse().unwrap(),
    );
    assert_eq!(send(&app, own).await.0, StatusCode::OK);
}

#[tokio::test]
async fn unknown_paths_get_the_single_page_app() {
    let (_dir, app) = app();
    let request = Request::get("/projector")
        .header(header::HOST, format!("127.0.0.1:{PORT}"))
        .body(Body::empty())
        .unwrap();
    let response = app.oneshot(request).await.unwrap();
    // With a built UI this is index.html; without one, a page saying how to build it.
    assert!(matches!(
        response.status(),
        StatusCode::OK | StatusCode::SERVICE_UNAVAILABLE
    ));
    let content_type = response.headers()[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(content_type.starts_with("text/html"), "{content_type}");
}

#[tokio::test]
async fn a_scanned_file_of_tens_of_megabytes_reaches_the_core() {
    let (_dir, app) = app();
    let community = json!({ "name": "Scan CoP", "focus": "CQI" });
    let (_, community) = send(&app, rpc("community.create", community)).await;
    let fields = json!({ "title": "Spring", "date": "2027-03-10", "startTime": "09:00", "endTime": "12:00" });
    let meeting = json!({ "communityId": community["id"], "fields": fields });
    let (_, meeting) = send(&app, rpc("meeting.create", meeting)).await;
    // 45 MB of something that is not a scan: 60 MB as base64, past axum's usual limits.
    let file = base64::engine::general_purpose::STANDARD.encode(vec![7u8; 45 * 1024 * 1024]);
    let scan =
        json!({ "meetingId": meeting["id"], "pass": 1, "fileName": "big.png", "fileBase64": file });
    let (status, body) = send(&app, rpc("entry.scan", scan)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        body["pages"][0]["problem"],
        "This file is not an image Convene can read; scan to PDF, PNG, JPEG or TIFF."
    );
}
