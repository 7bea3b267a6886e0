//! Development plans as a facilitator keeps them: a goal's earlier wording is kept
//! when it changes (and only when it changes), bad input changes nothing, check-ins are
//! listed newest first and cannot be dated in the future, and the plan shows the
//! member's attendance.

use serde_json::{json, Value};

mod common;
mod pdf;
use common::{ok, open, refused};

fn member(core: &convene_core::Core, name: &str) -> Value {
    let community = ok(
        core,
        "community.create",
        json!({ "name": format!("{name}'s CoP") }),
    )["id"]
        .clone();
    let fields = json!({ "name": name, "site": "Oak Elementary" });
    ok(
        core,
        "member.create",
        json!({ "communityId": community, "fields": fields }),
    )["id"]
        .clone()
}

fn goal(text: &str, status: &str) -> Value {
    json!({ "goal": text, "why": "Families ask for it.", "standard": "youthVoice",
            "steps": [{ "text": "Survey the youth council", "by": "2026-10-30" }, { "text": "  " }],
            "support": "A sample survey", "evidence": "Survey results", "status": status })
}

#[test]
fn a_changed_goal_keeps_what_it_said_before() {
    let (_dir, core) = open();
    let ana = member(&core, "Ana Ruiz");
    let plan = ok(
        &core,
        "plan.saveGoal",
        json!({ "memberId": ana, "fields": goal("Start a youth council", "active") }),
    );
    let first = &plan["goals"][0];
    assert_eq!(first["current"]["fields"]["goal"], "Start a youth council");
    assert_eq!(
        first["current"]["fields"]["steps"].as_array().map(Vec::len),
        Some(1),
        "the blank step is dropped"
    );
    assert_eq!(first["earlier"], json!([]));
    let id = first["id"].clone();

    let again = ok(
        &core,
        "plan.saveGoal",
        json!({ "memberId": ana, "goalId": id, "fields": goal("Start a youth council", "active") }),
    );
    assert_eq!(
        again["goals"][0]["earlier"],
        json!([]),
        "saving it unchanged adds no version"
    );

    let moved = goal("Run the youth council monthly", "achieved");
    let plan = ok(
        &core,
        "plan.saveGoal",
        json!({ "memberId": ana, "goalId": id, "fields": moved }),
    );
    let goals = plan["goals"].as_array().unwrap();
    assert_eq!(goals.len(), 1);
    assert_eq!(
        goals[0]["current"]["fields"]["goal"],
        "Run the youth council monthly"
    );
    assert_eq!(goals[0]["current"]["fields"]["status"], "achieved");
    assert_eq!(
        goals[0]["earlier"][0]["fields"]["goal"],
        "Start a youth council"
    );
}

#[test]
fn a_goal_without_words_or_with_an_unnamed_step_changes_nothing() {
    let (_dir, core) = open();
    let ana = member(&core, "Ana Ruiz");
    let empty = refused(
        &core,
        "plan.saveGoal",
        json!({ "memberId": ana, "fields": goal("   ", "active") }),
    );
    assert_eq!(empty.field.as_deref(), Some("goal"));
    assert_eq!(empty.message, "The goal cannot be empty.");
    let mut dated_only = goal("Start a youth council", "active");
    dated_only["steps"] = json!([{ "text": "", "by": "2026-11-01" }]);
    assert_eq!(
        refused(
            &core,
            "plan.saveGoal",
            json!({ "memberId": ana, "fields": dated_only })
        )
        .field
        .as_deref(),
        Some("steps")
    );
    assert_eq!(
        ok(&core, "plan.get", json!({ "memberId": ana }))["goals"],
        json!([])
    );

    let ben = member(&core, "Ben Okafor");
    let bens = ok(
        &core,
        "plan.saveGoal",
        json!({ "memberId": ben, "fields": goal("Family nights", "active") }),
    );
    let not_hers = json!({ "memberId": ana, "goalId": bens["goals"][0]["id"], "fields": goal("Taken over", "active") });
    refused(&core, "plan.saveGoal", not_hers);
    assert_eq!(
        ok(&core, "plan.get", json!({ "memberId": ben }))["goals"][0]["earlier"],
        json!([])
    );
}

#[test]
fn check_ins_are_listed_newest_first_and_never_dated_after_today() {
    let (_dir, core) = open();
    let ana = member(&core, "Ana Ruiz");
    let plan = ok(
        &core,
        "plan.saveGoal",
        json!({ "memberId": ana, "fields": goal("Start a youth council", "active") }),
    );
    let goal_id = plan["goals"][0]["id"].clone();
    let checkin = |date: &str, moved: &str| {
        json!({ "memberId": ana, "fields": { "date": date, "withWhom": "Ben (growth coach)", "moved": moved,
                "next": "Draft the survey", "goalId": goal_id } })
    };
    ok(
        &core,
        "plan.addCheckin",
        checkin("2026-10-20", "Met the principal"),
    );
    let plan = ok(
        &core,
        "plan.addCheckin",
        checkin("2026-11-03", "Council members chosen"),
    );
    let dates: Vec<&str> = plan["checkins"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["date"].as_str())
        .collect();
    assert_eq!(dates, ["2026-11-03", "2026-10-20"]);

    let future = refused(
        &core,
        "plan.addCheckin",
        checkin("2999-01-01", "Time travel"),
    );
    assert_eq!(future.field.as_deref(), Some("date"));
    assert!(
        future.message.contains("cannot be dated 2999-01-01"),
        "{}",
        future.message
    );
    let empty = json!({ "memberId": ana, "fields": { "date": "2026-11-04", "withWhom": "Ben" } });
    assert_eq!(
        refused(&core, "plan.addCheckin", empty).field.as_deref(),
        Some("moved")
    );

    let first = plan["checkins"][1]["id"].clone();
    let plan = ok(&core, "plan.deleteCheckin", json!({ "id": first }));
    assert_eq!(plan["checkins"].as_array().map(Vec::len), Some(1));
}

#[test]
fn the_plan_shows_the_members_attendance() {
    let (_dir, core) = open();
    let example = ok(&core, "community.list", json!({}))[0].clone();
    let members = ok(
        &core,
        "member.list",
        json!({ "communityId": example["id"] }),
    );
    let omar = members
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == "Omar Haddad")
        .unwrap();
    let plan = ok(&core, "plan.get", json!({ "memberId": omar["id"] }));
    assert_eq!(
        (
            plan["meetingsAttended"].as_u64(),
            plan["meetingsHeld"].as_u64()
        ),
        (Some(1), Some(2))
    );
}

#[test]
fn the_road_map_prints_the_plan_in_the_members_language() {
    let (_dir, core) = open();
    let community = ok(&core, "community.create", json!({ "name": "Road map CoP" }))["id"].clone();
    let fields = json!({ "name": "Lucía Ramírez", "language": "es" });
    let lucia = ok(
        &core,
        "member.create",
        json!({ "communityId": community, "fields": fields }),
    )["id"]
        .clone();
    let mut spanish_goal = goal("Crear un consejo juvenil", "active");
    spanish_goal["steps"] = json!([{ "text": "Encuestar a los jóvenes", "done": true }]);
    ok(
        &core,
        "plan.saveGoal",
        json!({ "memberId": lucia, "fields": spanish_goal }),
    );
    let printed = ok(
        &core,
        "print.roadMap",
        json!({ "memberId": lucia, "paper": "letter" }),
    );
    assert_eq!(printed["fileName"], "Hoja de ruta - Lucía Ramírez.pdf");
    let info = pdf::poppler(&printed, "pdfinfo", &[], &[]);
    assert!(info.contains("Pages:           1"), "{info}");
    let text = pdf::poppler(&printed, "pdftotext", &[], &["-"]);
    assert!(text.contains("Crear un consejo juvenil"), "{text}");
    assert!(text.contains("Activa · Voz y liderazgo juvenil"), "{text}");
    assert!(text.contains("Encuestar a los jóvenes (hecho)"), "{text}");
}
