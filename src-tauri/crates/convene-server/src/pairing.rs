//! Pairing a phone as the clicker, over plain HTTP because its answer is a cookie that
//! the page's scripts never see: `POST /api/pair` with the code the facilitator's
//! screen shows, and `GET /api/access` for a page to learn what it may do.

use std::sync::Arc;

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use convene_core::{Core, CoreError};
use serde::Deserialize;

use crate::caller::{device_cookie, Caller};
use crate::routes::{answer, refusal};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PairRequest {
    code: String,
    name: String,
}

pub async fn access(Caller(access): Caller) -> Json<serde_json::Value> {
    Json(serde_json::json!({ "access": access }))
}

pub async fn pair(State(core): State<Arc<Core>>, body: axum::body::Bytes) -> Response {
    let request: PairRequest = match serde_json::from_slice(&body) {
        Ok(request) => request,
        Err(e) => {
            let error = CoreError::UnreadableRequest(e.to_string());
            return answer::<()>(Err(refusal(&core, error)));
        }
    };
    let name = request.name.trim().to_owned();
    let worker = Arc::clone(&core);
    let outcome =
        tokio::task::spawn_blocking(move || worker.pair(&request.code, &request.name)).await;
    match outcome.map_err(|_| CoreError::Stopped) {
        Ok(Ok(token)) => (
            [(header::SET_COOKIE, device_cookie(token))],
            Json(serde_json::json!({ "name": name })),
        )
            .into_response(),
        Ok(Err(error)) | Err(error) => answer::<()>(Err(refusal(&core, error))),
    }
}
