//! The two ends of a crash trial: a `convene serve` process on a data folder, and a
//! plain HTTP/1.1 client that tells an answered request from one cut off by the kill.
//!
//! Hand-rolled over `TcpStream` (one connection per request, `Connection: close`) so the
//! test needs no HTTP crate and sees exactly which bytes arrived before the kill.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// How a request ended.
#[derive(Debug)]
pub enum Reply {
    /// HTTP 200 with a complete JSON body: the server acknowledged the write.
    Ok(Value),
    /// A complete answer other than 200: the server refused, so nothing changed.
    Refused(u16, String),
    /// No complete answer (refused connection, reset, cut-off body): it may or may not
    /// have been applied.
    Lost,
}

/// A running `convene serve`; killed (SIGKILL) when dropped.
pub struct Server {
    pub child: Child,
    pub port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// Starts the server on a free port chosen by the system (`--port 0`), reads the
    /// port from its first line, and waits until `/api/health` answers.
    pub fn start(binary: &Path, data_dir: &Path) -> Result<Server, String> {
        let mut child = Command::new(binary)
            .args(["serve", "--port", "0", "--data-dir"])
            .arg(data_dir)
            .env_remove("CONVENE_DATA_DIR")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("{} could not be started: {e}", binary.display()))?;
        let stdout = child.stdout.take().ok_or("the server has no stdout")?;
        let mut first_line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut first_line);
        let port = first_line
            .trim()
            .strip_prefix("Convene is serving http://127.0.0.1:")
            .and_then(|rest| rest.trim_end_matches('/').parse().ok());
        let server = Server {
            child,
            port: port.ok_or_else(|| format!("unexpected first line {first_line:?}"))?,
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        while !health(server.port) {
            if Instant::now() > deadline {
                return Err("the server never answered /api/health".into());
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        Ok(server)
    }
}

fn health(port: u16) -> bool {
    matches!(exchange(port, "GET", "/api/health", ""), Some((200, body)) if body.contains("\"ok\""))
}

/// Sends one request and reads the whole answer; None unless a complete answer arrived.
fn exchange(port: u16, method: &str, path: &str, body: &str) -> Option<(u16, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .ok()?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response).ok()?;
    let response = String::from_utf8(response).ok()?;
    let (head, body) = response.split_once("\r\n\r\n")?;
    let status = head.split_whitespace().nth(1)?.parse().ok()?;
    // A body shorter than announced was cut off by the kill.
    let length: usize = head.lines().find_map(|line| {
        let (name, value) = line.split_once(':')?;
        name.eq_ignore_ascii_case("content-length")
            .then(|| value.trim().parse().ok())?
    })?;
    (body.len() == length).then(|| (status, body.to_owned()))
}

/// Posts one command to `/api/rpc`.
pub fn rpc(port: u16, command: &str, args: &Value) -> Reply {
    let body = json!({ "command": command, "args": args }).to_string();
    match exchange(port, "POST", "/api/rpc", &body) {
        Some((200, text)) => serde_json::from_str(&text).map_or(Reply::Lost, Reply::Ok),
        Some((status, text)) => Reply::Refused(status, text),
        None => Reply::Lost,
    }
}

/// A command that must succeed (the set-up and the checks after a restart).
pub fn must(port: u16, command: &str, args: Value) -> Result<Value, String> {
    match rpc(port, command, &args) {
        Reply::Ok(value) => Ok(value),
        other => Err(format!("{command} {args} failed: {other:?}")),
    }
}
