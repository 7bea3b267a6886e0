//! Measures activity search on a library of 5,000 activities, the size a network
//! sharing libraries for years might reach: imports them once, then times the searches
//! a facilitator's typing produces (one per keystroke), with and without facets.
//!
//! Run with `cargo run --release -p convene-core --example search_bench`.

use std::time::Instant;

use convene_core::Core;
use serde_json::{json, Value};

const LIBRARY_SIZE: usize = 5_000;
const WORDS: [&str; 16] = [
    "trust",
    "rope",
    "circle",
    "tower",
    "river",
    "island",
    "balloon",
    "story",
    "partner",
    "blindfold",
    "goal",
    "reflection",
    "energy",
    "names",
    "puzzle",
    "bridge",
];
const SPACES: [&str; 4] = ["indoor", "outdoor", "either", "virtual"];
const LEVELS: [&str; 3] = ["low", "medium", "high"];
const CONTACTS: [&str; 3] = ["none", "light", "close"];
const PURPOSES: [&str; 4] = ["trust", "communication", "problemSolving", "energizer"];
const STAGES: [&str; 4] = ["opener", "challenge", "trust", "closing"];

fn generated_activity(n: usize) -> Value {
    let word = |k: usize| WORDS[(n * 7 + k * 3) % WORDS.len()];
    json!({
        "name": format!("{} {} challenge {n}", word(0), word(1)),
        "summary": format!("Groups use a {} to reach a shared {}.", word(2), word(3)),
        "purposes": [PURPOSES[n % 4]],
        "stage": STAGES[n % 4],
        "minMinutes": 5 + n % 30, "maxMinutes": 35 + n % 50,
        "minGroup": 1 + n % 10, "maxGroup": 20 + n % 40, "groupSize": n % 8,
        "space": SPACES[n % 4], "intensity": LEVELS[n % 3], "contact": CONTACTS[n % 3],
        "disclosure": LEVELS[(n / 3) % 3],
        "materials": if n.is_multiple_of(3) { json!([]) } else { json!([{"name": word(4), "quantity": 2, "per": "group"}]) },
        "steps": (0..6).map(|s| json!({"text": format!("Step {s}: the group works with the {} and the {}.", word(s), word(s + 5)), "minutes": 3, "grouping": "smallGroups"})).collect::<Vec<_>>(),
        "safety": format!("Clear the space of {} before starting.", word(6)),
        "debrief": {"what": [format!("What happened with the {}?", word(7))], "soWhat": ["What did it show?"], "nowWhat": ["What next?"]},
        "credit": "Generated for the benchmark"
    })
}

/// The searches typing "trust circle" with a few facets set produces.
fn keystroke_searches() -> Vec<Value> {
    let typed = "trust circle";
    let mut searches: Vec<Value> = (1..=typed.len())
        .map(|n| json!({ "query": &typed[..n] }))
        .collect();
    searches.push(json!({}));
    searches.push(json!({ "fitsMinutes": 20, "groupSize": 30, "space": "indoor" }));
    searches.push(json!({ "query": "rope", "maxIntensity": "medium", "maxContact": "light", "noMaterials": true }));
    searches.push(json!({ "query": "bridge", "purpose": "trust", "sort": "shortest" }));
    searches
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let core = Core::open(dir.path())?;
    let file = json!({
        "format": "convene-activity-library", "version": 1,
        "activities": (0..LIBRARY_SIZE).map(generated_activity).collect::<Vec<_>>()
    });
    let started = Instant::now();
    core.dispatch("library.import", json!({ "json": file.to_string() }))
        .map_err(|e| e.message)?;
    println!(
        "Imported {LIBRARY_SIZE} activities in {:.0} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
    let searches = keystroke_searches();
    let mut timings = Vec::new();
    for _ in 0..20 {
        for search in &searches {
            let started = Instant::now();
            core.dispatch("activity.search", search.clone())
                .map_err(|e| e.message)?;
            timings.push(started.elapsed().as_secs_f64() * 1000.0);
        }
    }
    timings.sort_by(f64::total_cmp);
    println!(
        "Activity search over {} activities, {} searches: median {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        LIBRARY_SIZE + 34,
        timings.len(),
        percentile(&timings, 0.5),
        percentile(&timings, 0.95),
        timings[timings.len() - 1]
    );
    Ok(())
}
