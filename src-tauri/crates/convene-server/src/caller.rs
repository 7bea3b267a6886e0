//! Who is asking: the facilitator's own machine (a loopback connection), a device the
//! facilitator paired (its cookie), or any other screen in the room. What each may do
//! is declared in `convene_core::access`.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::{header, request::Parts, HeaderMap};
use convene_core::access::Access;
use convene_core::Core;

/// The cookie a paired device keeps its token in.
pub const DEVICE_COOKIE: &str = "convene_device";

pub struct Caller(pub Access);

impl FromRequestParts<Arc<Core>> for Caller {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        core: &Arc<Core>,
    ) -> Result<Self, Self::Rejection> {
        // No peer address (a transport that did not record one) counts as another machine.
        // (The extractor, rather than the extension, so tests' MockConnectInfo counts.)
        let peer = ConnectInfo::<SocketAddr>::from_request_parts(parts, core)
            .await
            .ok()
            .map(|ConnectInfo(address)| address.ip());
        if peer.is_some_and(|ip| ip.is_loopback()) {
            return Ok(Caller(Access::Facilitator));
        }
        let Some(token) = device_token(&parts.headers) else {
            return Ok(Caller(Access::Room));
        };
        let core = Arc::clone(core);
        let device = tokio::task::spawn_blocking(move || core.device_for_token(&token)).await;
        // A token that cannot be checked (a locked file) grants nothing.
        Ok(Caller(match device {
            Ok(Ok(Some(_))) => Access::Clicker,
            _ => Access::Room,
        }))
    }
}

fn device_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(cookie::Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == DEVICE_COOKIE)
        .map(|c| c.value().to_owned())
}

/// The `Set-Cookie` value that hands a newly paired device its token: out of the page's
/// scripts' reach, never sent by another site's page, and kept for a year (revoking
/// the device is what ends it).
pub fn device_cookie(token: String) -> String {
    cookie::Cookie::build((DEVICE_COOKIE, token))
        .http_only(true)
        .same_site(cookie::SameSite::Strict)
        .path("/")
        .max_age(cookie::time::Duration::days(365))
        .build()
        .to_string()
}
