//! Host and Origin checks: the defence against other web pages (and DNS rebinding)
//! reaching the facilitator's data through their own browser.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::hosts::HostAllowList;

fn header_text(headers: &HeaderMap, name: header::HeaderName) -> Option<&str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

pub async fn same_origin_only(
    State(hosts): State<Arc<HostAllowList>>,
    request: Request,
    next: Next,
) -> Response {
    let headers = request.headers();
    let Some(host) = header_text(headers, header::HOST) else {
        return refuse("The request did not say which server it was meant for.");
    };
    if !hosts.allows(host) {
        return refuse(
            "Convene answers only requests addressed to this computer by its own name or address.",
        );
    }
    if let Some(origin) = header_text(headers, header::ORIGIN) {
        if !origin.eq_ignore_ascii_case(&format!("http://{host}")) {
            return refuse("Requests from other web sites are not allowed.");
        }
    }
    next.run(request).await
}

fn refuse(message: &str) -> Response {
    let body = serde_json::json!({ "code": "forbidden", "message": message });
    (StatusCode::FORBIDDEN, axum::Json(body)).into_response()
}
