//! The Host allow-list holds under `--network` too, so DNS rebinding fails there as
//! well; the Origin check stays.

use axum::http::{header, HeaderValue, StatusCode};
use serde_json::json;

use crate::{rpc, send, Served, PORT};

/// A non-loopback IPv4 address of this machine, as a browser would write the Host.
fn interface_host() -> Option<String> {
    if_addrs::get_if_addrs()
        .ok()?
        .into_iter()
        .find(|i| !i.is_loopback() && i.ip().is_ipv4())
        .map(|i| format!("{}:{PORT}", i.ip()))
}

fn with_headers(host: &str, origin: Option<&str>) -> axum::http::Request<axum::body::Body> {
    let mut request = rpc("run.liveMeeting", json!({}), None);
    let headers = request.headers_mut();
    headers.insert(header::HOST, HeaderValue::from_str(host).unwrap());
    if let Some(origin) = origin {
        headers.insert(header::ORIGIN, HeaderValue::from_str(origin).unwrap());
    }
    request
}

#[tokio::test]
async fn a_foreign_host_is_refused_even_on_the_network() {
    let served = Served::on_network();
    for app in [served.remote(), served.facilitator()] {
        let (status, body) = send(&app, with_headers(&format!("evil.example:{PORT}"), None)).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert_eq!(body["code"], "forbidden");
        assert!(body["message"].as_str().unwrap().ends_with('.'));
    }
}

#[tokio::test]
async fn this_machines_addresses_and_names_are_allowed() {
    let served = Served::on_network();
    let host = interface_host().expect("this machine needs a network address for this test");
    let origin = format!("http://{host}");
    let (status, _) = send(&served.remote(), with_headers(&host, Some(&origin))).await;
    assert_eq!(status, StatusCode::OK, "{host}");
    let (status, _) = send(
        &served.remote(),
        with_headers(&format!("LOCALHOST:{PORT}"), None),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn another_sites_origin_is_refused() {
    let served = Served::on_network();
    let host = interface_host().expect("this machine needs a network address for this test");
    let (status, body) = send(
        &served.facilitator(),
        with_headers(&host, Some("http://evil.example")),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["code"], "forbidden");
}
