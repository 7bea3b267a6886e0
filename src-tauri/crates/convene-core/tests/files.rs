//! No file path crosses the command layer: commands that make a file hand back its
//! bytes and a suggested name, and a path sent from the wire is refused, never written.

mod common;

use common::{ok, open, refused};
use serde_json::json;

/// Every command that took a `saveTo` path before files left the command layer.
fn commands_that_took_a_path(core: &convene_core::Core) -> Vec<(&'static str, serde_json::Value)> {
    let community = ok(core, "community.list", json!({}))[0]["id"].clone();
    let meeting = ok(core, "meeting.list", json!({ "communityId": community }))[0]["id"].clone();
    let activity = ok(core, "activity.search", json!({}))["activities"][0]["id"].clone();
    vec![
        (
            "print.agenda",
            json!({ "meetingId": meeting, "facilitator": false, "paper": "letter" }),
        ),
        (
            "print.activity",
            json!({ "activityId": activity, "paper": "letter" }),
        ),
        (
            "print.materials",
            json!({ "meetingId": meeting, "paper": "a4" }),
        ),
        (
            "print.agreements",
            json!({ "communityId": community, "layout": "poster", "paper": "letter" }),
        ),
        ("library.export", json!({})),
        ("run.saveLog", json!({ "meetingId": meeting })),
    ]
}

#[test]
fn a_path_sent_to_a_command_is_refused_and_nothing_is_written() {
    let (dir, core) = open();
    for (command, mut args) in commands_that_took_a_path(&core) {
        let target = dir.path().join(format!("{command}.out"));
        args["saveTo"] = json!(target.display().to_string());
        let error = refused(&core, command, args);
        assert!(
            matches!(
                error.code,
                convene_core::ErrorCode::BadRequest | convene_core::ErrorCode::UnknownCommand
            ),
            "{command}: {:?} {}",
            error.code,
            error.message
        );
        assert!(!target.exists(), "{command} wrote {}", target.display());
    }
}

#[test]
fn documents_come_back_as_bytes_with_a_suggested_name() {
    let (_dir, core) = open();
    for (command, args) in commands_that_took_a_path(&core) {
        if command == "run.saveLog" {
            continue; // gone: the run log's CSV comes with `run.log`
        }
        let answer = ok(&core, command, args);
        let name = answer["fileName"].as_str().unwrap();
        assert!(
            name.ends_with(".pdf") || name.ends_with(".json"),
            "{command}: {name}"
        );
        let body = answer["pdfBase64"].as_str().or(answer["json"].as_str());
        assert!(
            body.is_some_and(|b| b.len() > 100),
            "{command} returned no file"
        );
    }
    let meeting = ok(
        &core,
        "meeting.list",
        json!({ "communityId": ok(&core, "community.list", json!({}))[0]["id"] }),
    )[0]["id"]
        .clone();
    let log = ok(&core, "run.log", json!({ "meetingId": meeting }));
    assert!(log["csv"].as_str().unwrap().starts_with("run,item,"));
    assert!(log["fileName"].as_str().unwrap().ends_with(".csv"));
}

/// The generated schema is the whole surface a transport can reach: no field in it may
/// name a place on disk.
#[test]
fn no_request_or_response_field_names_a_file_path() {
    let bindings = convene_core::commands::typescript_bindings();
    for word in ["saveTo", "savedTo", "path", "Path", "directory", "folder"] {
        for line in bindings.lines().filter(|l| l.contains(word)) {
            let field = line.trim_start();
            assert!(
                field.starts_with("//") || field.starts_with('*') || field.starts_with("/*"),
                "a command field names a path: {line}"
            );
        }
    }
}
