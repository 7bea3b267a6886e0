//! Measures printing a worksheet for every member of a room of 40, each with a current
//! goal and a check-in printed in: times `print.worksheet` (plans read, layout, PDF)
//! over 20 runs for the end-of-meeting reflection and for the longer Quality Standards
//! self-check, reporting the median and the slowest. The goal is under 0.5 s.
//!
//! Run with `cargo run --release -p convene-core --example worksheets_bench`.

use std::time::Instant;

use convene_core::Core;
use serde_json::{json, Value};

const MEMBERS: usize = 40;
const RUNS: usize = 20;

fn call(core: &Core, command: &str, args: Value) -> Result<Value, String> {
    core.dispatch(command, args).map_err(|e| e.message)
}

/// A member with a goal under way and a check-in with their growth coach.
fn member_with_plan(core: &Core, community: &Value, n: usize) -> Result<(), String> {
    let fields = json!({ "name": format!("Participant Número {n}"), "organization": "Bench USD",
        "site": format!("Site {n}") });
    let member = call(
        core,
        "member.create",
        json!({ "communityId": community, "fields": fields }),
    )?;
    let goal = json!({ "goal": "Start a youth council that plans one family night each term",
        "why": "Families ask for a say.", "standard": "youthVoice",
        "steps": [{ "text": "Survey the youth", "by": "2026-10-30", "done": false }],
        "support": "", "evidence": "", "status": "active" });
    call(
        core,
        "plan.saveGoal",
        json!({ "memberId": member["id"], "fields": goal }),
    )?;
    let checkin = json!({ "date": "2026-10-20", "withWhom": "Growth coach",
        "moved": "Survey drafted with two students.", "next": "Send it home." });
    call(
        core,
        "plan.addCheckin",
        json!({ "memberId": member["id"], "fields": checkin }),
    )?;
    Ok(())
}

fn main() -> Result<(), String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let core = Core::open(dir.path()).map_err(|e| e.to_string())?;
    let community = call(&core, "community.create", json!({ "name": "Bench CoP" }))?["id"].clone();
    for n in 0..MEMBERS {
        member_with_plan(&core, &community, n)?;
    }
    let templates = call(&core, "worksheet.templates", json!({ "lang": "en" }))?;
    for key in ["reflection", "standards-self-check"] {
        let template = templates
            .as_array()
            .and_then(|all| all.iter().find(|t| t["key"] == key))
            .ok_or(format!("no shipped worksheet {key}"))?;
        let worksheet = json!({ "title": template["title"], "intro": template["intro"],
            "language": "en", "prompts": template["prompts"], "templateKey": key });
        let made = call(
            &core,
            "worksheet.create",
            json!({ "communityId": community, "worksheet": worksheet }),
        )?;
        let request = json!({ "worksheetId": made["id"], "personalised": true, "paper": "letter" });
        let mut millis = Vec::with_capacity(RUNS);
        let mut bytes = 0;
        for _ in 0..RUNS {
            let start = Instant::now();
            let printed = call(&core, "print.worksheet", request.clone())?;
            millis.push(start.elapsed().as_secs_f64() * 1000.0);
            bytes = printed["pdfBase64"].as_str().map_or(0, |b| b.len() * 3 / 4);
        }
        millis.sort_by(f64::total_cmp);
        println!(
            "{MEMBERS} personalised {key} worksheets: median {:.1} ms, slowest {:.1} ms, {} KB PDF",
            millis[RUNS / 2],
            millis[RUNS - 1],
            bytes / 1024
        );
    }
    Ok(())
}
