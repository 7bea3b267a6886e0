//! A meeting's evaluation as a file: exported whole (forms, sheets, entries, audit),
//! imported on another machine, and two laptops' keying brought together; a bad or
//! conflicting file is refused with a sentence and changes nothing.

use convene_core::Core;
use serde_json::{json, Value};

mod common;
use common::{ok, open, refused};
mod evaluation_setup;

/// A meeting of a community of its own and its form's items, with `copies` printed.
fn printed(core: &Core, copies: u32) -> (String, Value) {
    let meeting = new_meeting(core);
    let form = ok(core, "form.list", json!({ "meetingId": meeting }))[0]["id"].clone();
    ok(
        core,
        "print.form",
        json!({ "formId": form, "copies": copies, "paper": "letter" }),
    );
    let items = ok(core, "form.get", json!({ "id": form }))["items"].clone();
    (meeting, items)
}

/// A meeting with the meeting evaluation and nothing printed, in a community of its own.
fn new_meeting(core: &Core) -> String {
    let community = evaluation_setup::community(core);
    evaluation_setup::meeting(core, &community, "2027-01-20")
}

/// Every question of the shipped meeting evaluation answered, `now` at `point`.
fn answers(items: &Value, point: u8) -> Vec<Value> {
    let id = |i: usize| items[i]["id"].as_str().unwrap_or_default().to_owned();
    vec![
        json!({ "field": format!("{}:before", id(1)), "value": { "type": "point", "point": 1 } }),
        json!({ "field": format!("{}:now", id(1)), "value": { "type": "point", "point": point } }),
        json!({ "field": id(2), "value": { "type": "point", "point": 2 } }),
        json!({ "field": id(3), "value": { "type": "point", "point": 2 } }),
        json!({ "field": id(5), "value": { "type": "point", "point": 2 } }),
        json!({ "field": id(7), "value": { "type": "text", "text": "The debrief." } }),
        json!({ "field": id(8), "value": { "type": "missing", "code": "blank" } }),
    ]
}

fn enter(core: &Core, meeting: &str, serial: &str, answers: &[Value]) {
    let sheet = json!({ "meetingId": meeting, "serial": serial, "pass": 1, "answers": answers });
    ok(core, "entry.save", sheet);
}

fn exported(core: &Core, meeting: &str) -> String {
    let file = ok(core, "form.export", json!({ "meetingId": meeting }));
    file["json"].as_str().unwrap_or_default().to_owned()
}

fn import(core: &Core, meeting: &str, json: &str) -> Value {
    ok(
        core,
        "form.import",
        json!({ "meetingId": meeting, "json": json }),
    )
}

fn progress(core: &Core, meeting: &str) -> (u64, u64, u64) {
    let p = ok(core, "entry.progress", json!({ "meetingId": meeting }));
    let n = |key: &str| p[key].as_u64().unwrap_or(u64::MAX);
    (n("issued"), n("entered"), n("spoiled"))
}

#[test]
fn a_meeting_exported_and_imported_elsewhere_keeps_its_sheets_entries_and_audit() {
    let (_a_dir, a) = open();
    let (meeting, items) = printed(&a, 3);
    enter(&a, &meeting, "M1-001", &answers(&items, 3));
    enter(&a, &meeting, "M1-001", &answers(&items, 2));
    let file = ok(&a, "form.export", json!({ "meetingId": meeting }));
    assert_eq!(
        (file["forms"].as_u64(), file["sheets"].as_u64()),
        (Some(1), Some(3))
    );
    assert!(file["fileName"]
        .as_str()
        .is_some_and(|n| n.ends_with(".json")));

    let (_b_dir, b) = open();
    let target = new_meeting(&b);
    let forms_before = ok(&b, "form.list", json!({ "meetingId": target }))
        .as_array()
        .map(Vec::len);
    let json = file["json"].as_str().unwrap_or_default();
    let preview = ok(
        &b,
        "form.import",
        json!({ "meetingId": target, "json": json, "dryRun": true }),
    );
    assert_eq!(preview["sheetsAdded"], 3);
    assert_eq!(
        progress(&b, &target),
        (0, 0, 0),
        "a dry run changes nothing"
    );

    let report = import(&b, &target, json);
    assert_eq!(report["formsAdded"], json!(["Meeting evaluation"]));
    assert_eq!(
        (
            report["sheetsAdded"].as_u64(),
            report["entriesAdded"].as_u64()
        ),
        (Some(3), Some(0))
    );
    let forms_after = ok(&b, "form.list", json!({ "meetingId": target }))
        .as_array()
        .map(Vec::len);
    assert_eq!(forms_after, forms_before.map(|n| n + 1));
    assert_eq!(progress(&b, &target), (3, 1, 0));
    let sheet = ok(
        &b,
        "entry.open",
        json!({ "meetingId": target, "serial": "M1-001", "pass": 1 }),
    );
    let now = format!("{}:now", items[1]["id"].as_str().unwrap_or_default());
    let typed = sheet["answers"]
        .as_array()
        .and_then(|a| a.iter().find(|x| x["field"] == now.as_str()).cloned());
    assert_eq!(typed.map(|a| a["value"]["point"].clone()), Some(json!(2)));
    let audit = ok(
        &b,
        "entry.audit",
        json!({ "meetingId": target, "serial": "M1-001", "pass": 1 }),
    );
    assert_eq!(
        audit.as_array().map(Vec::len),
        Some(1),
        "the correction's trail came along"
    );

    let again = import(&b, &target, json);
    assert_eq!(
        (
            again["sheetsAdded"].as_u64(),
            again["sheetsUnchanged"].as_u64()
        ),
        (Some(0), Some(3))
    );
    assert_eq!(again["formsAdded"], json!([]));
}

#[test]
fn two_laptops_key_one_stack_and_their_entries_come_together() {
    let (_a_dir, a) = open();
    let (meeting, items) = printed(&a, 5);
    let (_b_dir, b) = open();
    let b_meeting = new_meeting(&b);
    import(&b, &b_meeting, &exported(&a, &meeting));

    enter(&a, &meeting, "M1-001", &answers(&items, 3));
    enter(&b, &b_meeting, "M1-002", &answers(&items, 2));
    let spoiled = json!({ "meetingId": b_meeting, "serial": "M1-003", "status": "spoiled" });
    ok(&b, "entry.mark", spoiled);

    let report = import(&a, &meeting, &exported(&b, &b_meeting));
    assert_eq!(report["entriesAdded"], 1);
    assert_eq!(report["sheetsAccounted"], 1);
    assert_eq!(progress(&a, &meeting), (5, 2, 1));

    // Both laptops typed sheet 4, differently: only the paper can say which is right.
    enter(&a, &meeting, "M1-004", &answers(&items, 3));
    enter(&b, &b_meeting, "M1-004", &answers(&items, 1));
    ok(
        &b,
        "entry.mark",
        json!({ "meetingId": b_meeting, "serial": "M1-005", "status": "spoiled" }),
    );
    let clash = refused(
        &a,
        "form.import",
        json!({ "meetingId": meeting, "json": exported(&b, &b_meeting) }),
    );
    assert_eq!(
        clash.message,
        "Entry 1 of sheet M1-004 is not the same here and in the file; check the paper, correct it on one machine and export again."
    );
    assert_eq!(
        progress(&a, &meeting),
        (5, 3, 1),
        "nothing of the refused file went in"
    );
}

#[test]
fn a_bad_file_is_refused_with_a_sentence_and_changes_nothing() {
    let (_dir, core) = open();
    let (meeting, items) = printed(&core, 2);
    enter(&core, &meeting, "M1-001", &answers(&items, 3));
    let good: Value = serde_json::from_str(&exported(&core, &meeting)).unwrap_or_default();
    let (_other_dir, other) = open();
    let target = new_meeting(&other);
    let refusal = |file: &Value| {
        let text = file.to_string();
        refused(
            &other,
            "form.import",
            json!({ "meetingId": target, "json": text }),
        )
        .message
    };

    let mut library = good.clone();
    library["format"] = json!("convene-activity-library");
    assert!(refusal(&library).starts_with("This is not a Convene evaluation file"));
    let mut newer = good.clone();
    newer["version"] = json!(9);
    assert!(refusal(&newer).contains("newer Convene (format version 9)"));
    let mut wild = good.clone();
    wild["sheets"][0]["passes"][0]["answers"][0]["value"] = json!({ "type": "point", "point": 9 });
    assert_eq!(
        refusal(&wild),
        "Sheet M1-001, entry 1: Question 1 (before today) takes a number from 1 to 3, or a code for what the paper shows."
    );
    let mut orphan = good.clone();
    orphan["sheets"][1]["formVersionId"] = json!("no-such-version");
    assert_eq!(
        refusal(&orphan),
        "Sheet M1-002 names a form version the file does not hold."
    );
    let mut empty = good.clone();
    empty["forms"][0]["versions"][0]["items"] = json!([]);
    assert!(refusal(&empty).ends_with("A form needs at least one question."));
    assert_eq!(progress(&other, &target), (0, 0, 0));

    // The file's form already lives in another meeting here.
    let second = new_meeting(&core);
    let elsewhere = refused(
        &core,
        "form.import",
        json!({ "meetingId": second, "json": good.to_string() }),
    );
    assert_eq!(
        elsewhere.message,
        "The form “Meeting evaluation” belongs to another meeting here; import the file into that meeting."
    );
}
