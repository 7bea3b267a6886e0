//! Crash trials, shared by the `crash` test (20 trials, debug binary) and the
//! `crash_bench` example (1,000 trials, release binary): a client writes to a real
//! `convene serve` while another thread SIGKILLs it at a random moment; the server is
//! restarted on the same folder and must hold every write it acknowledged, and resume
//! a live run on the same item with the right time left.
//!
//! Each trial starts from a copy of one prepared data folder (the example community,
//! as a first run creates it), so a trial costs two start-ups, not a database creation.

pub mod client;
pub mod model;
pub mod verify;

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use client::{must, rpc, Reply, Server};
use model::{Ids, Model};
use verify::{check, read_back, InFlight};

/// A data folder to copy for each trial, and the records the trials write to.
pub struct Template {
    dir: tempfile::TempDir,
    ids: Ids,
}

impl Template {
    /// Lets `binary` create a fresh data folder, then picks the example community's
    /// first meeting (it has an agenda) for the trials.
    pub fn prepare(binary: &Path) -> Result<Template, String> {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let server = Server::start(binary, dir.path())?;
        let communities = must(server.port, "community.list", serde_json::json!({}))?;
        let community = communities[0]["id"].as_str().ok_or("no community")?;
        let meetings = must(
            server.port,
            "meeting.list",
            serde_json::json!({ "communityId": community }),
        )?;
        let meeting = meetings[0]["id"].as_str().ok_or("no meeting")?;
        let ids = Ids {
            community: community.to_owned(),
            meeting: meeting.to_owned(),
        };
        drop(server);
        Ok(Template { dir, ids })
    }

    fn copy_to(&self, to: &Path) -> Result<(), String> {
        for entry in std::fs::read_dir(self.dir.path()).map_err(|e| e.to_string())? {
            let path = entry.map_err(|e| e.to_string())?.path();
            // The shared-memory index is rebuilt from the WAL on open.
            if path.to_string_lossy().ends_with("-shm") {
                continue;
            }
            if let Some(name) = path.file_name() {
                std::fs::copy(&path, to.join(name)).map_err(|e| e.to_string())?;
            }
        }
        Ok(())
    }
}

/// What one trial found.
#[derive(Debug)]
pub struct Outcome {
    /// Writes the server acknowledged before the kill (all checked after the restart).
    pub acknowledged: usize,
    /// The write cut off by the kill, if any.
    pub in_flight: Option<&'static str>,
    pub lost: Vec<String>,
    /// How far the resumed clock was from expected, when a run was live.
    pub resume_error_ms: Option<f64>,
}

/// One trial: write until the kill at a random moment up to `max_delay`, restart, check.
pub fn trial(
    binary: &Path,
    template: &Template,
    seed: u64,
    max_delay: Duration,
) -> Result<Outcome, String> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    template.copy_to(dir.path())?;
    let ids = &template.ids;
    let server = Server::start(binary, dir.path())?;
    let port = server.port;
    let start = read_back(port, ids)?;
    let mut model = Model {
        members: start.members,
        attendance: start.attendance,
        agenda: start.agenda,
        run: start.run,
        run_at: start.at,
        acknowledged: 0,
    };

    let delay = Duration::from_micros(rng.u64(0..=max_delay.as_micros() as u64));
    let killed = Arc::new(AtomicBool::new(false));
    let killer = {
        let killed = killed.clone();
        std::thread::spawn(move || {
            let mut server = server;
            std::thread::sleep(delay);
            killed.store(true, Ordering::SeqCst);
            let _ = server.child.kill();
            let _ = server.child.wait();
            Instant::now()
        })
    };
    let mut pending = None;
    let mut refused = None;
    for serial in 0.. {
        if killed.load(Ordering::SeqCst) {
            break;
        }
        let write = model.choose(&mut rng, serial);
        let sent = Instant::now();
        match rpc(port, write.command(), &write.args(ids)) {
            Reply::Ok(reply) => model.acknowledge(&write, &reply, Instant::now()),
            Reply::Lost => {
                pending = Some((write, sent));
                break;
            }
            Reply::Refused(status, body) => {
                refused = Some(format!(
                    "{} was refused ({status}): {body}",
                    write.command()
                ));
                break;
            }
        }
    }
    let dead = killer.join().map_err(|_| "the killer thread panicked")?;
    if let Some(problem) = refused {
        return Err(format!("seed {seed}: a valid write {problem}"));
    }
    let in_flight = pending.map(|(write, sent)| InFlight { write, sent, dead });

    let server = Server::start(binary, dir.path())?;
    let back = read_back(server.port, ids)?;
    let verdict = check(&model, in_flight.as_ref(), &back);
    Ok(Outcome {
        acknowledged: model.acknowledged,
        in_flight: in_flight.map(|f| f.write.command()),
        lost: verdict
            .lost
            .into_iter()
            .map(|problem| format!("seed {seed}: {problem}"))
            .collect(),
        resume_error_ms: verdict.resume_error_ms,
    })
}

/// Runs `trials` trials with seeds derived from `seed`; the first error stops them.
pub fn run(
    binary: &Path,
    seed: u64,
    trials: usize,
    max_delay: Duration,
) -> Result<Vec<Outcome>, String> {
    let template = Template::prepare(binary)?;
    (0..trials as u64)
        .map(|i| trial(binary, &template, seed.wrapping_add(i), max_delay))
        .collect()
}

/// The figures both the test and the bench report.
pub struct Summary {
    pub trials: usize,
    pub acknowledged: usize,
    pub in_flight: usize,
    pub lost: usize,
    pub resumed: usize,
    /// Median, 95th percentile and maximum resume error, in ms.
    pub resume_error_ms: (f64, f64, f64),
}

pub fn summarise(outcomes: &[Outcome]) -> Summary {
    let mut errors: Vec<f64> = outcomes.iter().filter_map(|o| o.resume_error_ms).collect();
    errors.sort_by(f64::total_cmp);
    let at = |p: f64| {
        errors
            .get(((errors.len().max(1) - 1) as f64 * p).round() as usize)
            .copied()
            .unwrap_or(0.0)
    };
    Summary {
        trials: outcomes.len(),
        acknowledged: outcomes.iter().map(|o| o.acknowledged).sum(),
        in_flight: outcomes.iter().filter(|o| o.in_flight.is_some()).count(),
        lost: outcomes.iter().map(|o| o.lost.len()).sum(),
        resumed: errors.len(),
        resume_error_ms: (at(0.5), at(0.95), at(1.0)),
    }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (median, p95, max) = self.resume_error_ms;
        write!(
            f,
            "{} trials, {} acknowledged writes checked ({} trials cut a write in flight), {} lost; \
             {} live runs resumed, error median {median:.1} ms, p95 {p95:.1} ms, max {max:.1} ms",
            self.trials, self.acknowledged, self.in_flight, self.lost, self.resumed
        )
    }
}
