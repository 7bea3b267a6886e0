//! Browser mode: the same UI and command layer as the desktop window, served over HTTP.
//!
//! Binds loopback unless the user opts in to the network. Every request must name this
//! server as its Host and, when a browser sends one, as its Origin, so a web page
//! elsewhere cannot drive Convene through the user's browser. Under `--network`, other
//! machines get only the room's read-only views, and paired devices the clicker's
//! buttons; everything else answers the facilitator's own machine only.

mod assets;
mod caller;
mod guard;
mod hosts;
mod pairing;
mod routes;

pub use hosts::network_urls;

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;

use convene_core::Core;

pub const DEFAULT_PORT: u16 = 5180;

#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error(
        "Port {0} is already in use; stop the other program or choose another port with --port."
    )]
    PortInUse(u16),
    #[error("Could not listen on port {port}: {source}")]
    Listen {
        port: u16,
        #[source]
        source: std::io::Error,
    },
    #[error("The server stopped unexpectedly: {0}")]
    Serve(#[source] std::io::Error),
}

#[derive(Debug, Clone, Copy)]
pub struct ServeOptions {
    pub port: u16,
    /// Listen on every network interface, so other machines (a projector's browser) can
    /// connect. Off unless the user asks for it.
    pub on_network: bool,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            port: DEFAULT_PORT,
            on_network: false,
        }
    }
}

/// Binds the port, reports the address through `on_ready`, then serves until Ctrl-C.
pub async fn serve(
    core: Arc<Core>,
    options: ServeOptions,
    on_ready: impl FnOnce(SocketAddr),
) -> Result<(), ServerError> {
    let ip = if options.on_network {
        IpAddr::V4(Ipv4Addr::UNSPECIFIED)
    } else {
        IpAddr::V4(Ipv4Addr::LOCALHOST)
    };
    let listener = tokio::net::TcpListener::bind(SocketAddr::new(ip, options.port))
        .await
        .map_err(|source| match source.kind() {
            std::io::ErrorKind::AddrInUse => ServerError::PortInUse(options.port),
            _ => ServerError::Listen {
                port: options.port,
                source,
            },
        })?;
    let address = listener.local_addr().map_err(ServerError::Serve)?;
    convene_core::run::spawn_ticker(&core);
    on_ready(address);
    let app = app(core, address.port(), options.on_network);
    // The peer's address tells the facilitator's machine (loopback) from the others.
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
    .map_err(ServerError::Serve)
}

/// The whole HTTP application, for [`serve`] and for tests. It tells callers apart by
/// their `ConnectInfo<SocketAddr>`; without one, every caller is another machine.
pub fn app(core: Arc<Core>, port: u16, on_network: bool) -> axum::Router {
    if on_network {
        core.set_network_urls(network_urls(port));
    }
    let guard = guard::Guard {
        hosts: hosts::HostAllowList::new(port, on_network),
        core: Arc::clone(&core),
    };
    routes::router(core).layer(axum::middleware::from_fn_with_state(
        Arc::new(guard),
        guard::same_origin_only,
    ))
}
