//! Benchmark of browser mode, against a real `convene serve` process:
//! start-up time to the first health answer, control-to-projector latency (an action
//! posted to /api/rpc until its event arrives on /api/events), and the server's
//! resident memory while a meeting runs.
//!
//! Run with `make bench`, or:
//! `cargo run --release -p convene-server --example serve_bench -- target/release/convene`

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

const ACTIONS: usize = 300;

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or(5197)
}

fn request(port: u16, method: &str, path: &str, body: &str) -> std::io::Result<String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    Ok(response
        .split("\r\n\r\n")
        .nth(1)
        .unwrap_or_default()
        .to_owned())
}

fn rpc(port: u16, command: &str, args: Value) -> Value {
    let body = json!({ "command": command, "args": args }).to_string();
    let text = request(port, "POST", "/api/rpc", &body).expect("rpc answered");
    serde_json::from_str(&text).expect("rpc answered JSON")
}

fn start(binary: &str) -> (Server, Duration) {
    let port = free_port();
    let data = std::env::temp_dir().join(format!("convene-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    let began = Instant::now();
    let child = Command::new(binary)
        .args(["serve", "--port", &port.to_string(), "--data-dir"])
        .arg(&data)
        .stdout(Stdio::null())
        .spawn()
        .expect("convene starts");
    let server = Server { child, port };
    while !request(port, "GET", "/api/health", "").is_ok_and(|b| b.contains("\"ok\"")) {
        std::thread::sleep(Duration::from_millis(2));
    }
    (server, began.elapsed())
}

fn resident_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// Opens the event stream the projector listens on; returns a reader positioned after the headers.
fn open_events(port: u16) -> BufReader<TcpStream> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("events connect");
    write!(
        stream,
        "GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: text/event-stream\r\n\r\n"
    )
    .expect("events request");
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 0) && line != "\r\n" {
        line.clear();
    }
    reader
}

/// Reads until a `run` event arrives; returns its revision.
fn next_run_event(events: &mut BufReader<TcpStream>) -> u64 {
    let mut line = String::new();
    loop {
        line.clear();
        if events.read_line(&mut line).unwrap_or(0) == 0 {
            panic!("event stream closed");
        }
        if let Some(data) = line.trim_end().strip_prefix("data:") {
            let event: Value = serde_json::from_str(data.trim()).unwrap_or(Value::Null);
            if event["kind"] == "run" {
                return event["revision"].as_u64().unwrap_or(0);
            }
        }
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    let binary = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/release/convene".into());
    let (server, startup) = start(&binary);
    let port = server.port;
    let idle_kib = resident_kib(server.child.id());

    let communities = rpc(port, "community.list", json!({}));
    let community = &communities[0]["id"];
    let meetings = rpc(port, "meeting.list", json!({ "communityId": community }));
    let meeting = meetings[0]["id"].clone();
    rpc(port, "run.start", json!({ "meetingId": meeting }));

    let mut events = open_events(port);
    let mut latencies = Vec::with_capacity(ACTIONS);
    for i in 0..ACTIONS {
        let command = if i % 2 == 0 {
            "run.next"
        } else {
            "run.previous"
        };
        let sent = Instant::now();
        let reply = rpc(port, command, json!({ "meetingId": meeting }));
        let wanted = reply["revision"].as_u64().unwrap_or(0);
        while next_run_event(&mut events) < wanted {}
        latencies.push(sent.elapsed().as_secs_f64() * 1000.0);
    }
    let running_kib = resident_kib(server.child.id());
    latencies.sort_by(f64::total_cmp);

    println!(
        "convene serve start-up to first /api/health answer: {:.0} ms",
        startup.as_secs_f64() * 1000.0
    );
    println!(
        "control-to-projector latency over {ACTIONS} actions: p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.95),
        percentile(&latencies, 1.0)
    );
    println!("resident memory: {:.1} MiB idle, {:.1} MiB with a meeting running and a projector connected",
        idle_kib as f64 / 1024.0, running_kib as f64 / 1024.0);
}
