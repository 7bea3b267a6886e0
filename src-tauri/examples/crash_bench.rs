//! The crash trials of `tests/crash.rs`, 1,000 of them against the release binary, for
//! the README's figures: acknowledged writes checked, writes lost, resume error.
//!
//! Run with `make bench`, or:
//! `cargo run --release -p convene --example crash_bench -- target/release/convene [TRIALS] [SEED]`

#[path = "../tests/crash_trial/mod.rs"]
mod crash_trial;

use std::path::PathBuf;
use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1);
    let binary = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "target/release/convene".into()),
    );
    let trials = args.next().and_then(|n| n.parse().ok()).unwrap_or(1000);
    let seed = args
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| fastrand::u64(..));
    println!("crash bench: {trials} trials with seed {seed}");
    let began = Instant::now();
    let outcomes = match crash_trial::run(&binary, seed, trials, Duration::from_millis(400)) {
        Ok(outcomes) => outcomes,
        Err(problem) => {
            eprintln!("crash bench stopped: {problem}");
            std::process::exit(1);
        }
    };
    for problem in outcomes.iter().flat_map(|o| &o.lost) {
        eprintln!("LOST {problem}");
    }
    let summary = crash_trial::summarise(&outcomes);
    println!("{summary}");
    println!("took {:.0} s", began.elapsed().as_secs_f64());
    if summary.lost > 0 {
        std::process::exit(1);
    }
}
