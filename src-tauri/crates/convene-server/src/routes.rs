//! The HTTP surface: health, the command endpoint, the event stream, pairing, and the
//! UI. Commands and events are filtered by who is asking (see [`crate::caller`]).

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use convene_core::domain::forms::scan::MAX_FILE_BYTES;
use convene_core::{ApiError, Core, CoreError, ErrorCode};
use serde::Deserialize;
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::{Stream, StreamExt};

use crate::caller::Caller;

/// Room for the largest scanned file Convene reads, a third larger as base64, with
/// some to spare (which also holds the largest activity library a facilitator can
/// import, 20 MB of JSON escaped inside the request), instead of axum's 2 MB.
const RPC_BODY_LIMIT: usize = MAX_FILE_BYTES / 3 * 4 + 8 * 1024 * 1024;

pub fn router(core: Arc<Core>) -> Router {
    Router::new()
        .route("/api/health", get(health))
        .route(
            "/api/rpc",
            post(rpc).layer(DefaultBodyLimit::max(RPC_BODY_LIMIT)),
        )
        .route("/api/events", get(events))
        .route("/api/access", get(crate::pairing::access))
        .route("/api/pair", post(crate::pairing::pair))
        .fallback(crate::assets::ui_file)
        .with_state(core)
}

async fn health(State(core): State<Arc<Core>>) -> Json<serde_json::Value> {
    let info = core.info();
    Json(serde_json::json!({
        "status": "ok",
        "version": info.version,
        "schemaVersion": info.schema_version,
    }))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RpcRequest {
    command: String,
    #[serde(default)]
    args: serde_json::Value,
}

async fn rpc(
    State(core): State<Arc<Core>>,
    Caller(access): Caller,
    body: axum::body::Bytes,
) -> Response {
    let request: RpcRequest = match serde_json::from_slice(&body) {
        Ok(request) => request,
        Err(e) => {
            let error = refusal(&core, CoreError::UnreadableRequest(e.to_string()));
            return (StatusCode::BAD_REQUEST, Json(error)).into_response();
        }
    };
    // SQLite work blocks; keep it off the async workers.
    let worker = Arc::clone(&core);
    let outcome = tokio::task::spawn_blocking(move || {
        worker.dispatch_as(access, &request.command, request.args)
    })
    .await;
    answer(outcome.unwrap_or_else(|_| Err(refusal(&core, CoreError::Stopped))))
}

/// A command's result as JSON, or its error with the matching status.
pub(crate) fn answer<T: serde::Serialize>(result: Result<T, ApiError>) -> Response {
    match result {
        Ok(value) => Json(value).into_response(),
        Err(error) => (status_of(error.code), Json(error)).into_response(),
    }
}

/// An error as the facilitator reads it, in their language.
pub(crate) fn refusal(core: &Core, error: CoreError) -> ApiError {
    error.to_api(core.language())
}

fn status_of(code: ErrorCode) -> StatusCode {
    match code {
        ErrorCode::Invalid | ErrorCode::BadRequest => StatusCode::UNPROCESSABLE_ENTITY,
        ErrorCode::NotFound | ErrorCode::UnknownCommand => StatusCode::NOT_FOUND,
        ErrorCode::NeedsConfirmation => StatusCode::CONFLICT,
        ErrorCode::Forbidden => StatusCode::FORBIDDEN,
        ErrorCode::NewerDatabase
        | ErrorCode::Storage
        | ErrorCode::DataDir
        | ErrorCode::Print
        | ErrorCode::File
        | ErrorCode::Backup => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// Server-sent events: one `app` event per core event the caller may see, and a `ping`
/// every few seconds so a page can tell a quiet server from a stalled connection.
async fn events(
    State(core): State<Arc<Core>>,
    Caller(access): Caller,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let stream = BroadcastStream::new(core.subscribe()).filter_map(move |received| {
        let event = received.ok().filter(|e| e.visible_to(access))?;
        let data = serde_json::to_string(&event).ok()?;
        Some(Ok(Event::default().event("app").data(data)))
    });
    let ping = Event::default().event("ping").data("{}");
    Sse::new(stream).keep_alive(
        KeepAlive::new()
            .interval(Duration::from_secs(3))
            .event(ping),
    )
}
