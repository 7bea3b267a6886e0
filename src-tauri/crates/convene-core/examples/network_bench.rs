//! Measures the network report over a large store: 1,000,000 stored answers, entered
//! in 10 communities of 40 meetings each, pooled into one report. One meeting's sheets
//! are keyed through `entry.save`, exported, and brought into every other meeting
//! through `form.import` with fresh ids, the way pooled data arrives.
//!
//! Run with `cargo run --release -p convene-core --example network_bench`.

use std::collections::HashMap;
use std::time::Instant;

use convene_core::Core;
use serde_json::{json, Value};

const ANSWERS: usize = 1_000_000;
const COMMUNITIES: usize = 10;
const MEETINGS: usize = 40;
const RUNS: usize = 10;

fn call(core: &Core, command: &str, args: Value) -> Result<Value, String> {
    core.dispatch(command, args).map_err(|e| e.message)
}

fn point(p: usize) -> Value {
    json!({ "type": "point", "point": p })
}

/// Every answer of one sheet of `items`, varying with `k`.
fn sheet(items: &[Value], k: usize) -> Vec<Value> {
    let mut answers = Vec::new();
    for item in items {
        let id = item["id"].as_str().unwrap_or_default();
        let mut answer = |field: String, value: Value| {
            answers.push(json!({ "field": field, "value": value }));
        };
        match item["kind"].as_str().unwrap_or_default() {
            "retrospective" => {
                let before = 1 + k % 3;
                answer(format!("{id}:before"), point(before));
                answer(format!("{id}:now"), point((before + k % 2).min(3)));
            }
            "agreement" | "yesNo" | "singleChoice" => {
                answer(id.to_owned(), point(1 + usize::from(!k.is_multiple_of(6))));
            }
            "multipleChoice" => answer(id.to_owned(), json!({ "type": "points", "points": [1] })),
            "shortText" | "comment" if k.is_multiple_of(3) => answer(
                id.to_owned(),
                json!({ "type": "text", "text": format!("Comment {k} about the day.") }),
            ),
            "shortText" | "comment" => {
                answer(id.to_owned(), json!({ "type": "missing", "code": "blank" }));
            }
            _ => {}
        }
    }
    answers
}

fn new_meeting(core: &Core, community: &Value, n: usize) -> Result<Value, String> {
    let fields = json!({ "title": format!("Meeting {n}"), "date": format!("2027-{:02}-10", 1 + n % 12), "startTime": "09:00", "endTime": "13:30" });
    Ok(call(
        core,
        "meeting.create",
        json!({ "communityId": community, "fields": fields }),
    )?["id"]
        .clone())
}

/// Keys every sheet of one meeting and returns its evaluation file.
fn keyed_meeting(core: &Core, meeting: &Value, per_meeting: usize) -> Result<Value, String> {
    let source = json!({ "from": "template", "key": "cop-meeting", "lang": "en" });
    let form = call(
        core,
        "form.create",
        json!({ "meetingId": meeting, "source": source }),
    )?;
    let items = form["items"].as_array().cloned().unwrap_or_default();
    call(
        core,
        "print.form",
        json!({ "formId": form["id"], "copies": per_meeting, "paper": "letter" }),
    )?;
    for k in 0..per_meeting {
        let args = json!({ "meetingId": meeting, "serial": (k + 1).to_string(), "pass": 1, "answers": sheet(&items, k) });
        call(core, "entry.save", args)?;
    }
    let export = call(core, "form.export", json!({ "meetingId": meeting }))?;
    serde_json::from_str(export["json"].as_str().unwrap_or_default()).map_err(|e| e.to_string())
}

/// The file with fresh ids for its forms, versions and sheets, so it can join another
/// meeting.
fn renewed(file: &Value) -> Value {
    let mut file = file.clone();
    let mut fresh: HashMap<String, String> = HashMap::new();
    let mut renew = |value: &mut Value| {
        let old = value.as_str().unwrap_or_default().to_owned();
        let new = fresh
            .entry(old)
            .or_insert_with(|| uuid::Uuid::now_v7().to_string());
        *value = Value::String(new.clone());
    };
    for form in file["forms"].as_array_mut().into_iter().flatten() {
        renew(&mut form["id"]);
        for version in form["versions"].as_array_mut().into_iter().flatten() {
            renew(&mut version["id"]);
        }
    }
    for sheet in file["sheets"].as_array_mut().into_iter().flatten() {
        renew(&mut sheet["id"]);
        renew(&mut sheet["formVersionId"]);
    }
    file
}

fn main() -> Result<(), String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let core = Core::open(dir.path()).map_err(|e| e.to_string())?;
    let mut communities = Vec::new();
    for c in 0..COMMUNITIES {
        let created = call(
            &core,
            "community.create",
            json!({ "name": format!("Region {c}") }),
        )?;
        communities.push(created["id"].clone());
    }
    let first = new_meeting(&core, &communities[0], 0)?;
    // Probe one sheet's answer count to size the meetings to the million.
    let probe = keyed_meeting(&core, &new_meeting(&core, &communities[0], 0)?, 1)?;
    let per_sheet = probe["sheets"][0]["passes"][0]["answers"]
        .as_array()
        .map_or(1, Vec::len);
    let per_meeting = ANSWERS.div_ceil(per_sheet * COMMUNITIES * MEETINGS);
    let file = keyed_meeting(&core, &first, per_meeting)?;
    for (c, community) in communities.iter().enumerate() {
        for m in 0..MEETINGS {
            if c == 0 && m == 0 {
                continue;
            }
            let meeting = new_meeting(&core, community, m)?;
            let json = renewed(&file).to_string();
            call(
                &core,
                "form.import",
                json!({ "meetingId": meeting, "json": json }),
            )?;
        }
    }
    let stored = (COMMUNITIES * MEETINGS * per_meeting + 1) * per_sheet;
    println!("stored {stored} answers on {} sheets", stored / per_sheet);
    let request = json!({ "communityIds": communities });
    let mut millis = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let start = Instant::now();
        call(&core, "report.network", request.clone())?;
        millis.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    millis.sort_by(f64::total_cmp);
    println!(
        "network report of {COMMUNITIES} communities: median {:.1} ms, slowest {:.1} ms",
        millis[RUNS / 2],
        millis[RUNS - 1]
    );
    Ok(())
}
