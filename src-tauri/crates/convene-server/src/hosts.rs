//! The names this server answers to. A browser sends the name it looked up as `Host`,
//! so a page on another site whose name was rebound to this machine's address (DNS
//! rebinding) still says its own name and is refused. Under `--network` the list adds
//! this machine's host name and the address of each of its network interfaces.

use std::net::IpAddr;
use std::sync::RwLock;

/// `host:port` as a browser writes it in `Host`, IPv6 in brackets.
fn authority(host: &str, port: u16) -> String {
    format!("{host}:{port}").to_ascii_lowercase()
}

fn ip_authority(ip: IpAddr, port: u16) -> String {
    match ip {
        IpAddr::V4(v4) => authority(&v4.to_string(), port),
        IpAddr::V6(v6) => authority(&format!("[{v6}]"), port),
    }
}

/// This machine's interface addresses, loopback excluded. A machine whose interfaces
/// cannot be listed still answers on loopback.
fn interface_addresses() -> Vec<IpAddr> {
    if_addrs::get_if_addrs()
        .map(|all| {
            all.into_iter()
                .filter(|i| !i.is_loopback())
                .map(|i| i.ip())
                .collect()
        })
        .unwrap_or_default()
}

fn allowed_names(port: u16, on_network: bool) -> Vec<String> {
    let mut names: Vec<String> = ["127.0.0.1", "localhost", "[::1]"]
        .iter()
        .map(|h| authority(h, port))
        .collect();
    if on_network {
        if let Some(host) = gethostname::gethostname().to_str() {
            names.push(authority(host, port));
            names.push(authority(&format!("{host}.local"), port));
        }
        names.extend(
            interface_addresses()
                .into_iter()
                .map(|ip| ip_authority(ip, port)),
        );
    }
    names
}

/// The `http://ADDRESS:PORT/` other machines can open: one per IPv4 interface address
/// (what people type), loopback and link-local excluded.
pub fn network_urls(port: u16) -> Vec<String> {
    interface_addresses()
        .into_iter()
        .filter(|ip| matches!(ip, IpAddr::V4(v4) if !v4.is_link_local()))
        .map(|ip| format!("http://{ip}:{port}/"))
        .collect()
}

pub struct HostAllowList {
    port: u16,
    on_network: bool,
    names: RwLock<Vec<String>>,
}

impl HostAllowList {
    pub fn new(port: u16, on_network: bool) -> Self {
        HostAllowList {
            port,
            on_network,
            names: RwLock::new(allowed_names(port, on_network)),
        }
    }

    pub fn allows(&self, host: &str) -> bool {
        let host = host.to_ascii_lowercase();
        if self.known(&host) {
            return true;
        }
        // The laptop may have joined another network since start-up: look again before
        // refusing a name that could be one of its new addresses.
        if self.on_network {
            let fresh = allowed_names(self.port, true);
            let allowed = fresh.contains(&host);
            if let Ok(mut names) = self.names.write() {
                *names = fresh;
            }
            return allowed;
        }
        false
    }

    fn known(&self, host: &str) -> bool {
        self.names
            .read()
            .map(|names| names.iter().any(|n| n == host))
            .unwrap_or(false)
    }
}
