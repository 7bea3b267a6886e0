//! Host and Origin checks: the defence against other web pages (and DNS rebinding)
//! reaching the facilitator's data through their own browser.

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

#[derive(Debug, Clone, Copy)]
pub struct Allowed {
    pub port: u16,
    pub on_network: bool,
}

impl Allowed {
    fn host_is_allowed(&self, host: &str) -> bool {
        if self.on_network {
            return true;
        }
        let port = self.port;
        [
            format!("127.0.0.1:{port}"),
            format!("localhost:{port}"),
            format!("[::1]:{port}"),
        ]
        .iter()
        .any(|allowed| allowed.eq_ignore_ascii_case(host))
    }
}

fn header_text(headers: &HeaderMap, name: header::HeaderName) -> Option<&str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

pub async fn same_origin_only(
    State(allowed): State<Allowed>,
    request: Request,
    next: Next,
) -> Response {
    let headers = request.headers();
    let Some(host) = header_text(headers, header::HOST) else {
        return refuse("The request did not say which server it was meant for.");
    };
    if !allowed.host_is_allowed(host) {
        return refuse("Convene answers only requests addressed to this computer.");
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
