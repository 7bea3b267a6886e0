//! Host and Origin checks: the defence against other web pages (and DNS rebinding)
//! reaching the facilitator's data through their own browser.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use convene_core::Core;
use convene_i18n::Localizer;

use crate::hosts::HostAllowList;

/// What the check needs: the names this server answers to, and the core for the
/// facilitator's language.
pub struct Guard {
    pub hosts: HostAllowList,
    pub core: Arc<Core>,
}

fn header_text(headers: &HeaderMap, name: header::HeaderName) -> Option<&str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

pub async fn same_origin_only(
    State(guard): State<Arc<Guard>>,
    request: Request,
    next: Next,
) -> Response {
    let headers = request.headers();
    let Some(host) = header_text(headers, header::HOST) else {
        return refuse(&guard, "errors-host-missing");
    };
    if !guard.hosts.allows(host) {
        return refuse(&guard, "errors-host-unknown");
    }
    if let Some(origin) = header_text(headers, header::ORIGIN) {
        if !origin.eq_ignore_ascii_case(&format!("http://{host}")) {
            return refuse(&guard, "errors-cross-site");
        }
    }
    next.run(request).await
}

fn refuse(guard: &Guard, message_id: &str) -> Response {
    let message = Localizer::new(guard.core.language()).text(message_id);
    let body = serde_json::json!({ "code": "forbidden", "message": message });
    (StatusCode::FORBIDDEN, axum::Json(body)).into_response()
}
