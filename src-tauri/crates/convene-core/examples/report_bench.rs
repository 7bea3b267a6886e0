//! Measures the evaluation report of one meeting of 150 entered sheets (the largest
//! room the guide's networks fill): enters the sheets once, then times the report,
//! its CSV tables and its PDF, 20 runs each, reporting the median and the slowest.
//!
//! Run with `cargo run --release -p convene-core --example report_bench`.

use std::time::Instant;

use convene_core::Core;
use serde_json::{json, Value};

const SHEETS: usize = 150;
const RUNS: usize = 20;

fn call(core: &Core, command: &str, args: Value) -> Result<Value, String> {
    core.dispatch(command, args).map_err(|e| e.message)
}

/// One sheet of the shipped meeting evaluation, its answers varying with `k`.
fn sheet(items: &Value, k: usize) -> Vec<Value> {
    let id = |i: usize| items[i]["id"].as_str().unwrap_or_default().to_owned();
    let point = |p: usize| json!({ "type": "point", "point": p });
    let before = 1 + k % 3;
    vec![
        json!({ "field": format!("{}:before", id(1)), "value": point(before) }),
        json!({ "field": format!("{}:now", id(1)), "value": point((before + k % 2).min(3)) }),
        json!({ "field": id(2), "value": point(1 + usize::from(!k.is_multiple_of(7))) }),
        json!({ "field": id(3), "value": point(1 + usize::from(!k.is_multiple_of(5))) }),
        json!({ "field": id(5), "value": point(2) }),
        json!({ "field": id(7), "value": { "type": "text", "text": format!("Comment number {k} about the day.") } }),
        json!({ "field": id(8), "value": { "type": "missing", "code": "blank" } }),
    ]
}

fn timed(runs: usize, mut work: impl FnMut() -> Result<(), String>) -> Result<(f64, f64), String> {
    let mut millis = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        work()?;
        millis.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    millis.sort_by(f64::total_cmp);
    Ok((millis[runs / 2], millis[runs - 1]))
}

fn main() -> Result<(), String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let core = Core::open(dir.path()).map_err(|e| e.to_string())?;
    let community = call(&core, "community.create", json!({ "name": "Bench CoP" }))?["id"].clone();
    let fields =
        json!({ "title": "Bench", "date": "2027-03-10", "startTime": "09:00", "endTime": "13:30" });
    let meeting = call(
        &core,
        "meeting.create",
        json!({ "communityId": community, "fields": fields }),
    )?["id"]
        .clone();
    let source = json!({ "from": "template", "key": "cop-meeting", "lang": "en" });
    let form = call(
        &core,
        "form.create",
        json!({ "meetingId": meeting, "source": source }),
    )?;
    call(
        &core,
        "print.form",
        json!({ "formId": form["id"], "copies": SHEETS, "paper": "letter" }),
    )?;
    for k in 0..SHEETS {
        let args = json!({ "meetingId": meeting, "serial": (k + 1).to_string(), "pass": 1, "answers": sheet(&form["items"], k) });
        call(&core, "entry.save", args)?;
    }
    let report = json!({ "meetingId": meeting });
    let (median, slowest) = timed(RUNS, || {
        call(&core, "report.meeting", report.clone()).map(drop)
    })?;
    println!(
        "report of one meeting, {SHEETS} sheets: median {median:.1} ms, slowest {slowest:.1} ms"
    );
    let raw = json!({ "meetingId": meeting, "table": "raw" });
    let (median, slowest) = timed(RUNS, || call(&core, "report.csv", raw.clone()).map(drop))?;
    println!("all answers as CSV: median {median:.1} ms, slowest {slowest:.1} ms");
    let pdf = json!({ "meetingId": meeting, "paper": "letter" });
    let (median, slowest) = timed(RUNS, || call(&core, "print.report", pdf.clone()).map(drop))?;
    println!("report PDF: median {median:.1} ms, slowest {slowest:.1} ms");
    Ok(())
}
