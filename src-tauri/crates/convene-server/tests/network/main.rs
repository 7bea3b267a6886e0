//! Browser mode under `--network`: what another machine in the room can see and do,
//! the Host allow-list, the filtered event stream, and pairing a phone as the clicker.

mod access;
mod events;
mod hosts;
mod pairing;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::connect_info::MockConnectInfo;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use convene_core::Core;
use http_body_util::BodyExt;
use serde_json::{json, Value};
use tower::ServiceExt;

pub const PORT: u16 = 5180;

/// A Convene serving the network, and the facilitator's view of its data.
pub struct Served {
    pub dir: tempfile::TempDir,
    pub core: Arc<Core>,
    pub app: Router,
}

impl Served {
    pub fn on_network() -> Served {
        let dir = tempfile::tempdir().unwrap();
        let core = Arc::new(Core::open(dir.path()).unwrap());
        let app = convene_server::app(Arc::clone(&core), PORT, true);
        Served { dir, core, app }
    }

    /// The app as seen from the facilitator's machine (loopback).
    pub fn facilitator(&self) -> Router {
        self.seen_from([127, 0, 0, 1])
    }

    /// The app as seen from another machine in the room.
    pub fn remote(&self) -> Router {
        self.seen_from([192, 0, 2, 77])
    }

    fn seen_from(&self, ip: [u8; 4]) -> Router {
        let peer = SocketAddr::from((ip, 51_000));
        self.app.clone().layer(MockConnectInfo(peer))
    }

    /// The example community's first meeting that has an agenda.
    pub fn meeting_id(&self) -> String {
        let communities = self.core.dispatch("community.list", json!({})).unwrap();
        let community = &communities[0]["id"];
        let meetings = self
            .core
            .dispatch("meeting.list", json!({ "communityId": community }))
            .unwrap();
        meetings
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["id"].as_str().unwrap().to_owned())
            .find(|id| {
                let agenda = self
                    .core
                    .dispatch("agenda.get", json!({ "meetingId": id }))
                    .unwrap();
                !agenda["items"].as_array().unwrap().is_empty()
            })
            .expect("the example has a meeting with an agenda")
    }
}

/// `POST /api/rpc` addressed to `localhost`, with a device cookie when given.
pub fn rpc(command: &str, args: Value, cookie: Option<&str>) -> Request<Body> {
    let mut request = Request::post("/api/rpc")
        .header(header::HOST, format!("localhost:{PORT}"))
        .header(header::CONTENT_TYPE, "application/json");
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    request
        .body(Body::from(
            json!({ "command": command, "args": args }).to_string(),
        ))
        .unwrap()
}

pub async fn send(app: &Router, request: Request<Body>) -> (StatusCode, Value) {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

/// Asserts the answer is the refusal another screen gets: 403, `forbidden`, a sentence.
pub fn assert_forbidden((status, body): &(StatusCode, Value), what: &str) {
    assert_eq!(*status, StatusCode::FORBIDDEN, "{what}: {body}");
    assert_eq!(body["code"], "forbidden", "{what}");
    assert_eq!(
        body["message"],
        convene_core::CoreError::Forbidden.to_string(),
        "{what}"
    );
}
