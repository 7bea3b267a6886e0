//! Measures printing a batch of 40 certificates (a full room that completed a series):
//! schedules a five-meeting series, marks everyone present, issues the certificates,
//! then times `print.certificates` (register read, layout, PDF) over 20 runs, reporting
//! the median and the slowest. The goal is under 0.5 s.
//!
//! Run with `cargo run --release -p convene-core --example certificates_bench`.

use std::time::Instant;

use convene_core::Core;
use serde_json::{json, Value};

const MEMBERS: usize = 40;
const RUNS: usize = 20;

fn call(core: &Core, command: &str, args: Value) -> Result<Value, String> {
    core.dispatch(command, args).map_err(|e| e.message)
}

fn main() -> Result<(), String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let core = Core::open(dir.path()).map_err(|e| e.to_string())?;
    let community = call(&core, "community.create", json!({ "name": "Bench CoP" }))?["id"].clone();
    for n in 0..MEMBERS {
        let fields =
            json!({ "name": format!("Participant Número {n}"), "organization": "Bench USD" });
        call(
            &core,
            "member.create",
            json!({ "communityId": community, "fields": fields }),
        )?;
    }
    let fields = json!({ "title": "Bench series",
        "recurrence": { "kind": "monthlyWeekday", "interval": 1, "ordinal": 2, "weekday": "wednesday",
                        "from": "2026-10-01", "until": "2027-02-28" },
        "startTime": "09:00", "endTime": "13:30", "templateId": "builtin:cop-4.5h" });
    let series = call(
        &core,
        "series.create",
        json!({ "communityId": community, "fields": fields }),
    )?;
    for meeting in call(&core, "meeting.list", json!({ "communityId": community }))?
        .as_array()
        .cloned()
        .unwrap_or_default()
    {
        call(
            &core,
            "attendance.markUnmarked",
            json!({ "meetingId": meeting["id"], "status": "present" }),
        )?;
    }
    let issued = call(
        &core,
        "certificate.issue",
        json!({ "seriesId": series["id"] }),
    )?;
    let count = issued["certificates"].as_array().map_or(0, Vec::len);
    let request = json!({ "seriesIds": [series["id"]], "paper": "letter" });
    let mut millis = Vec::with_capacity(RUNS);
    let mut bytes = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        let printed = call(&core, "print.certificates", request.clone())?;
        millis.push(start.elapsed().as_secs_f64() * 1000.0);
        bytes = printed["pdfBase64"].as_str().map_or(0, |b| b.len() * 3 / 4);
    }
    millis.sort_by(f64::total_cmp);
    println!(
        "{count} certificates: median {:.1} ms, slowest {:.1} ms, {} KB PDF",
        millis[RUNS / 2],
        millis[RUNS - 1],
        bytes / 1024
    );
    Ok(())
}
