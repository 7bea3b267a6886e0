//! The crash test: `convene serve` is SIGKILLed at random moments while a client
//! writes members, attendance, agenda edits and run transitions, 20 times; after each
//! restart every acknowledged write is there and a live run resumes on the same item
//! within a second. `make bench` runs the same trials 1,000 times on the release build.
//!
//! Replay a failure with the seed it prints: `CRASH_SEED=N cargo test -p convene --test crash`.
//! `CRASH_BINARY=PATH` runs the trials against another build of `convene`.

mod crash_trial;

use std::path::PathBuf;
use std::time::Duration;

const TRIALS: usize = 20;

#[test]
fn a_killed_server_keeps_every_acknowledged_write_and_resumes_the_run() {
    let seed = std::env::var("CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| fastrand::u64(..));
    println!("crash trials with seed {seed} (replay with CRASH_SEED={seed})");
    // CRASH_BINARY tries another build (say the release one) with the same trials.
    let binary = std::env::var_os("CRASH_BINARY").map_or_else(
        || PathBuf::from(env!("CARGO_BIN_EXE_convene")),
        PathBuf::from,
    );
    let outcomes = crash_trial::run(&binary, seed, TRIALS, Duration::from_millis(400))
        .unwrap_or_else(|e| panic!("seed {seed}: {e}"));
    let summary = crash_trial::summarise(&outcomes);
    println!("{summary}");
    let lost: Vec<&String> = outcomes.iter().flat_map(|o| &o.lost).collect();
    assert!(lost.is_empty(), "acknowledged writes lost: {lost:#?}");
    assert_eq!(summary.trials, TRIALS);
    // The trials must have exercised what they claim to check.
    assert!(summary.acknowledged >= TRIALS, "{summary}");
    assert!(summary.resumed > 0, "no trial left a live run: {summary}");
    assert!(summary.resume_error_ms.2 <= crash_trial::verify::TOLERANCE_MS);
}

/// The checks themselves must catch a lost write and a clock that resumed wrong, or the
/// trials above would pass whatever the server did.
#[test]
fn the_checks_catch_a_lost_member_and_a_clock_that_stood_still() {
    use crash_trial::model::{Model, RunView, Write};
    use crash_trial::verify::{check, InFlight, Restarted};
    use std::collections::BTreeMap;
    use std::time::Instant;

    let acked = Instant::now();
    let run = RunView {
        status: "running".into(),
        item: Some("item-1".into()),
        revision: 7,
        planned_ms: 600_000,
        added_ms: 0,
        remaining_ms: 500_000,
        reminder: false,
    };
    let model = Model {
        members: BTreeMap::from([("m1".to_owned(), "Ana".to_owned())]),
        attendance: BTreeMap::from([("m1".to_owned(), Some("present".to_owned()))]),
        agenda: vec![],
        run: run.clone(),
        run_at: acked,
        acknowledged: 2,
    };
    let later = acked + Duration::from_secs(10);
    let restarted = |members: BTreeMap<String, String>, remaining_ms| Restarted {
        attendance: members
            .keys()
            // Ana was marked present; anyone else is new and unmarked.
            .map(|id| (id.clone(), (id == "m1").then(|| "present".to_owned())))
            .collect(),
        members,
        agenda: vec![],
        run: RunView {
            remaining_ms,
            ..run.clone()
        },
        at: later,
    };

    let intact = restarted(model.members.clone(), 490_000);
    let verdict = check(&model, None, &intact);
    assert!(verdict.lost.is_empty(), "{:?}", verdict.lost);
    assert!(verdict.resume_error_ms.is_some_and(|e| e < 1.0));

    let lost = check(&model, None, &restarted(BTreeMap::new(), 490_000));
    assert!(
        lost.lost.iter().any(|p| p.contains("Ana")),
        "{:?}",
        lost.lost
    );

    let stood_still = check(&model, None, &restarted(model.members.clone(), 500_000));
    assert_eq!(stood_still.lost.len(), 1, "{:?}", stood_still.lost);

    // A member whose creation was cut off by the kill may be there, but no other.
    let mut with_bea = model.members.clone();
    with_bea.insert("m2".into(), "Bea".into());
    let flight = |name: &str| InFlight {
        write: Write::CreateMember { name: name.into() },
        sent: acked,
        dead: acked,
    };
    let landed = check(
        &model,
        Some(&flight("Bea")),
        &restarted(with_bea.clone(), 490_000),
    );
    assert!(landed.lost.is_empty(), "{:?}", landed.lost);
    let stranger = check(&model, Some(&flight("Cy")), &restarted(with_bea, 490_000));
    assert!(!stranger.lost.is_empty());
}
