//! The built UI (`ui/dist`), embedded in release builds, read from disk in debug builds.

use axum::http::{header, StatusCode, Uri};
use axum::response::{Html, IntoResponse, Response};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "../../../ui/dist"]
struct UiAssets;

/// Serves a file of the UI; any other path gets `index.html`, whose router handles it.
pub async fn ui_file(uri: Uri) -> Response {
    let path = uri.path().trim_start_matches('/');
    if let Some(file) = UiAssets::get(path).filter(|_| !path.is_empty()) {
        let mime = mime_guess::from_path(path).first_or_octet_stream();
        let cache = if path.starts_with("assets/") {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        return (
            [
                (header::CONTENT_TYPE, mime.as_ref()),
                (header::CACHE_CONTROL, cache),
            ],
            file.data,
        )
            .into_response();
    }
    match UiAssets::get("index.html") {
        Some(index) => (
            [(header::CACHE_CONTROL, "no-cache")],
            Html(index.data.into_owned()),
        )
            .into_response(),
        None => (
            StatusCode::SERVICE_UNAVAILABLE,
            Html("<h1>Convene's interface has not been built</h1><p>Run <code>make serve</code> from the source folder.</p>"),
        )
            .into_response(),
    }
}
