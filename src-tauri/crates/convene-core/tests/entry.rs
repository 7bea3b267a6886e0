//! Keying in a stack of paper sheets: serials checked against what was printed, a
//! half-typed sheet kept as a draft, a sheet saved only whole, illegal answers and
//! unknown serials refused with a sentence, sheets accounted for as blank or spoiled,
//! corrections kept in an audit trail, and a second pass that never sees the first.

use convene_core::Core;
use serde_json::{json, Value};

mod common;
use common::{ok, open, refused};
mod evaluation_setup;

/// A meeting of a community of its own with `copies` sheets of its evaluation
/// printed; the meeting's id and the form's items.
fn printed(core: &Core, copies: u32) -> (String, Value) {
    let community = evaluation_setup::community(core);
    let meeting = evaluation_setup::meeting(core, &community, "2027-01-20");
    let form = ok(core, "form.list", json!({ "meetingId": meeting }))[0]["id"].clone();
    ok(
        core,
        "print.form",
        json!({ "formId": form, "copies": copies, "paper": "letter" }),
    );
    let items = ok(core, "form.get", json!({ "id": form }))["items"].clone();
    (meeting, items)
}

/// A full sheet of the shipped meeting evaluation: before Low, now High, agree to all,
/// a comment, and a blank comment.
fn answers(items: &Value) -> Vec<Value> {
    let id = |i: usize| items[i]["id"].as_str().unwrap_or_default().to_owned();
    vec![
        json!({ "field": format!("{}:before", id(1)), "value": { "type": "point", "point": 1 } }),
        json!({ "field": format!("{}:now", id(1)), "value": { "type": "point", "point": 3 } }),
        json!({ "field": id(2), "value": { "type": "point", "point": 2 } }),
        json!({ "field": id(3), "value": { "type": "point", "point": 2 } }),
        json!({ "field": id(5), "value": { "type": "point", "point": 2 } }),
        json!({ "field": id(7), "value": { "type": "text", "text": "The Human Knot debrief." } }),
        json!({ "field": id(8), "value": { "type": "missing", "code": "blank" } }),
    ]
}

fn sheet(meeting: &str, serial: &str, pass: u8, answers: &[Value]) -> Value {
    json!({ "meetingId": meeting, "serial": serial, "pass": pass, "answers": answers })
}

#[test]
fn a_sheet_typed_halfway_comes_back_as_a_draft_and_saves_only_whole() {
    let (_dir, core) = open();
    let (meeting, items) = printed(&core, 3);
    let progress = ok(&core, "entry.progress", json!({ "meetingId": meeting }));
    assert_eq!(
        (progress["issued"].as_u64(), progress["toGo"].as_u64()),
        (Some(3), Some(3))
    );
    assert_eq!(progress["nextSerial"], "M1-001");

    let all = answers(&items);
    ok(
        &core,
        "entry.draft",
        sheet(&meeting, "M1-001", 1, &all[..3]),
    );
    let reopened = ok(
        &core,
        "entry.open",
        json!({ "meetingId": meeting, "serial": "m1-001", "pass": 1 }),
    );
    assert_eq!(reopened["answers"].as_array().map(Vec::len), Some(3));
    assert_eq!(reopened["saved"], false);

    let early = refused(&core, "entry.save", sheet(&meeting, "M1-001", 1, &all[..3]));
    assert_eq!(
        early.message,
        "Question 3 has nothing typed yet: type what the paper shows, or a code such as blank."
    );
    ok(&core, "entry.save", sheet(&meeting, "M1-001", 1, &all));
    let progress = ok(&core, "entry.progress", json!({ "meetingId": meeting }));
    assert_eq!(
        (progress["entered"].as_u64(), progress["toGo"].as_u64()),
        (Some(1), Some(2))
    );
    assert_eq!(progress["nextSerial"], "M1-002");
}

#[test]
fn an_answer_the_question_cannot_have_and_a_serial_never_printed_are_refused() {
    let (_dir, core) = open();
    let (meeting, items) = printed(&core, 2);
    let mut all = answers(&items);
    all[2]["value"] = json!({ "type": "point", "point": 3 });
    let wrong = refused(&core, "entry.save", sheet(&meeting, "M1-002", 1, &all));
    assert_eq!(
        wrong.message,
        "Question 2 takes a number from 1 to 2, or a code for what the paper shows."
    );
    assert_eq!(
        wrong.field,
        Some(format!(
            "answers.{}",
            items[2]["id"].as_str().unwrap_or_default()
        ))
    );
    all[2]["value"] = json!({ "type": "missing", "code": "multiple" });
    all[5]["value"] = json!({ "type": "missing", "code": "multiple" });
    let comment = refused(&core, "entry.save", sheet(&meeting, "2", 1, &all));
    assert_eq!(
        comment.message,
        "“More than one mark” does not apply to Question 5."
    );

    let never = refused(
        &core,
        "entry.open",
        json!({ "meetingId": meeting, "serial": "M1-009", "pass": 1 }),
    );
    assert_eq!(
        never.message,
        "No sheet M1-009 was printed for this meeting."
    );
    let other = refused(
        &core,
        "entry.open",
        json!({ "meetingId": meeting, "serial": "M4-002", "pass": 1 }),
    );
    assert_eq!(
        other.message,
        "Sheet M4-002 was printed for another meeting."
    );
    let progress = ok(&core, "entry.progress", json!({ "meetingId": meeting }));
    assert_eq!(progress["entered"], 0, "nothing was saved");
}

#[test]
fn sheets_are_accounted_for_and_a_correction_is_kept_with_its_reason() {
    let (_dir, core) = open();
    let (meeting, items) = printed(&core, 3);
    let mut all = answers(&items);
    ok(&core, "entry.save", sheet(&meeting, "M1-001", 1, &all));
    ok(
        &core,
        "entry.mark",
        json!({ "meetingId": meeting, "serial": "M1-002", "status": "blank" }),
    );
    ok(
        &core,
        "entry.mark",
        json!({ "meetingId": meeting, "serial": "3", "status": "notReturned" }),
    );
    let progress = ok(&core, "entry.progress", json!({ "meetingId": meeting }));
    assert_eq!(
        [
            &progress["entered"],
            &progress["blank"],
            &progress["notReturned"],
            &progress["toGo"]
        ],
        [1, 1, 1, 0]
    );
    assert_eq!(progress["nextSerial"], Value::Null);
    let filled = refused(
        &core,
        "entry.mark",
        json!({ "meetingId": meeting, "serial": "M1-001", "status": "spoiled" }),
    );
    assert_eq!(
        filled.message,
        "Sheet M1-001 has been entered, so it came back filled in."
    );

    all[0]["value"] = json!({ "type": "point", "point": 2 });
    let mut corrected = sheet(&meeting, "M1-001", 1, &all);
    corrected["reason"] = json!("The circle was half filled; Medium is darker.");
    ok(&core, "entry.save", corrected);
    let trail = ok(
        &core,
        "entry.audit",
        json!({ "meetingId": meeting, "serial": "M1-001", "pass": 1 }),
    );
    let trail = trail.as_array().expect("a trail");
    assert_eq!(trail.len(), 1);
    assert_eq!(trail[0]["oldValue"], json!({ "type": "point", "point": 1 }));
    assert_eq!(trail[0]["newValue"], json!({ "type": "point", "point": 2 }));
    assert_eq!(
        trail[0]["reason"],
        "The circle was half filled; Medium is darker."
    );
}

#[test]
fn the_second_pass_is_blind_to_the_first() {
    let (_dir, core) = open();
    let (meeting, items) = printed(&core, 1);
    ok(
        &core,
        "entry.save",
        sheet(&meeting, "M1-001", 1, &answers(&items)),
    );
    let second = ok(
        &core,
        "entry.open",
        json!({ "meetingId": meeting, "serial": "M1-001", "pass": 2 }),
    );
    assert_eq!(second["answers"], json!([]));
    assert_eq!(second["saved"], false);
    let progress = ok(
        &core,
        "entry.progress",
        json!({ "meetingId": meeting, "pass": 2 }),
    );
    assert_eq!(
        (progress["toGo"].as_u64(), progress["nextSerial"].as_str()),
        (Some(1), Some("M1-001"))
    );
}

#[test]
fn differences_between_the_two_entries_are_settled_from_the_paper_and_the_agreement_rate_is_kept() {
    let (_dir, core) = open();
    let (meeting, items) = printed(&core, 2);
    let first = answers(&items);
    let mut second = first.clone();
    second[2]["value"] = json!({ "type": "point", "point": 1 });
    for serial in ["M1-001", "M1-002"] {
        ok(&core, "entry.save", sheet(&meeting, serial, 1, &first));
    }
    ok(&core, "entry.save", sheet(&meeting, "M1-001", 2, &first));
    ok(&core, "entry.save", sheet(&meeting, "M1-002", 2, &second));

    let compared = ok(&core, "entry.compare", json!({ "meetingId": meeting }));
    assert_eq!(
        [
            &compared["sheets"],
            &compared["fields"],
            &compared["agreeing"],
            &compared["resolved"]
        ],
        [2, 14, 13, 0]
    );
    let difference = &compared["differences"][0];
    assert_eq!(
        (difference["serial"].as_str(), difference["number"].as_u64()),
        (Some("M1-002"), Some(2))
    );
    assert_eq!(difference["first"], json!({ "type": "point", "point": 2 }));
    assert_eq!(difference["second"], json!({ "type": "point", "point": 1 }));

    // The paper shows two circles filled: neither entry was right.
    let settle = json!({
        "meetingId": meeting, "serial": "M1-002", "field": difference["field"],
        "value": { "type": "missing", "code": "multiple" }, "reason": "Both circles are filled.",
    });
    let settled = ok(&core, "entry.resolve", settle.clone());
    assert_eq!(settled["differences"], json!([]));
    assert_eq!(
        [
            &settled["fields"],
            &settled["agreeing"],
            &settled["resolved"]
        ],
        [14, 13, 1]
    );
    let again = refused(&core, "entry.resolve", settle);
    assert_eq!(
        again.message,
        "Question 2 is already the same in both entries."
    );

    let first_pass = ok(
        &core,
        "entry.open",
        json!({ "meetingId": meeting, "serial": "M1-002", "pass": 1 }),
    );
    let kept = first_pass["answers"]
        .as_array()
        .expect("answers")
        .iter()
        .find(|a| a["field"] == difference["field"])
        .cloned();
    assert_eq!(
        kept.map(|a| a["value"].clone()),
        Some(json!({ "type": "missing", "code": "multiple" }))
    );
    let trail = ok(
        &core,
        "entry.audit",
        json!({ "meetingId": meeting, "serial": "M1-002", "pass": 1 }),
    );
    let passes: Vec<u64> = trail
        .as_array()
        .expect("trail")
        .iter()
        .filter_map(|c| c["pass"].as_u64())
        .collect();
    assert_eq!(passes, [1, 2], "the change is kept in each pass's history");
}

#[test]
fn a_sheet_without_a_serial_is_given_the_next_one_and_entered_like_any_other() {
    let (_dir, core) = open();
    let (meeting, items) = printed(&core, 2);
    let form = ok(&core, "form.list", json!({ "meetingId": meeting }))[0]["id"].clone();
    let given = ok(
        &core,
        "entry.unnumbered",
        json!({ "meetingId": meeting, "formId": form }),
    );
    assert_eq!(given["serial"], "M1-003");
    ok(
        &core,
        "entry.save",
        sheet(&meeting, "M1-003", 1, &answers(&items)),
    );
    let progress = ok(&core, "entry.progress", json!({ "meetingId": meeting }));
    assert_eq!(
        (progress["issued"].as_u64(), progress["entered"].as_u64()),
        (Some(3), Some(1))
    );
}

#[test]
fn a_sample_of_the_sheets_is_entered_twice_until_widened_to_all() {
    let (_dir, core) = open();
    let (meeting, items) = printed(&core, 10);
    for n in 1..=10 {
        ok(
            &core,
            "entry.save",
            sheet(&meeting, &n.to_string(), 1, &answers(&items)),
        );
    }
    let drawn = ok(
        &core,
        "entry.drawSample",
        json!({ "meetingId": meeting, "percent": 10 }),
    );
    assert_eq!(
        (drawn["sampled"].as_u64(), drawn["entered"].as_u64()),
        (Some(1), Some(10))
    );
    let second = ok(
        &core,
        "entry.progress",
        json!({ "meetingId": meeting, "pass": 2 }),
    );
    assert_eq!(second["toGo"], 1, "only the sample is to be entered again");
    let serial = second["nextSerial"].as_str().unwrap_or_default().to_owned();
    ok(
        &core,
        "entry.save",
        sheet(&meeting, &serial, 2, &answers(&items)),
    );
    let done = ok(
        &core,
        "entry.progress",
        json!({ "meetingId": meeting, "pass": 2 }),
    );
    assert_eq!(
        (done["toGo"].as_u64(), done["nextSerial"].as_str()),
        (Some(0), None)
    );

    let widened = ok(&core, "entry.widen", json!({ "meetingId": meeting }));
    assert_eq!(widened["sampled"], 0);
    let all = ok(
        &core,
        "entry.progress",
        json!({ "meetingId": meeting, "pass": 2 }),
    );
    assert_eq!(all["toGo"], 9);
    let refused_share = refused(
        &core,
        "entry.drawSample",
        json!({ "meetingId": meeting, "percent": 0 }),
    );
    assert_eq!(
        refused_share.message,
        "A sample is from 1 to 100 percent of the sheets; 0 is outside that."
    );
}

/// The meeting's form with a printed participant code added at its end.
fn with_printed_code(core: &Core, meeting: &str) -> (Value, Value) {
    let form = ok(core, "form.list", json!({ "meetingId": meeting }))[0]["id"].clone();
    let mut items = ok(core, "form.get", json!({ "id": form }))["items"].clone();
    if let Some(list) = items.as_array_mut() {
        let code = json!({ "kind": "participantCode", "text": "Your code", "printed": true });
        list.push(code);
    }
    let save = json!({ "id": form, "title": "Meeting evaluation", "items": items });
    let saved = ok(core, "form.save", save);
    (form, saved["items"].clone())
}

fn text(value: &Value) -> String {
    value.as_str().unwrap_or_default().to_owned()
}

fn member_ids(core: &Core, community: &Value, count: usize) -> Vec<Value> {
    let members = ok(core, "member.list", json!({ "communityId": community }));
    members
        .as_array()
        .into_iter()
        .flatten()
        .take(count)
        .map(|m| m["id"].clone())
        .collect()
}

#[test]
fn sheets_printed_for_members_carry_codes_each_member_keeps_and_entry_never_asks_for_them() {
    let (_dir, core) = open();
    let community = json!(evaluation_setup::community(&core));
    let meeting = evaluation_setup::meeting(&core, &text(&community), "2027-01-20");
    let (form, items) = with_printed_code(&core, &meeting);
    let copies = json!({ "formId": form, "copies": 3, "paper": "letter" });
    let refusal = refused(&core, "print.form", copies);
    assert_eq!(refusal.field.as_deref(), Some("members"));
    assert!(refusal
        .message
        .starts_with("This form prints each member's own participant code"));

    let members = member_ids(&core, &community, 3);
    let print = json!({ "formId": form, "members": members, "paper": "letter" });
    let document = ok(&core, "print.form", print);
    assert!(document["fileName"]
        .as_str()
        .is_some_and(|n| n.starts_with("Evaluation sheets for members")));
    let code_of = |core: &Core, meeting: &str, serial: &str| {
        let open = json!({ "meetingId": meeting, "serial": serial, "pass": 1 });
        ok(core, "entry.open", open)["participantCode"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    let codes: Vec<String> = ["M1-001", "M1-002", "M1-003"]
        .iter()
        .map(|s| code_of(&core, &meeting, s))
        .collect();
    assert!(codes.iter().all(|c| c.len() == 5), "{codes:?}");
    assert_eq!(
        codes
            .iter()
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        3
    );

    // Nothing is typed for the printed code: the sheet saves whole without it.
    let sheet =
        json!({ "meetingId": meeting, "serial": "M1-002", "pass": 1, "answers": answers(&items) });
    assert_eq!(
        ok(&core, "entry.save", sheet)["participantCode"],
        codes[1].as_str()
    );

    // The same members at another meeting get the same codes.
    let later = evaluation_setup::meeting(&core, &text(&community), "2027-03-20");
    let (later_form, _) = with_printed_code(&core, &later);
    let again =
        json!({ "formId": later_form, "members": member_ids(&core, &community, 3), "paper": "a4" });
    ok(&core, "print.form", again);
    let later_codes: Vec<String> = ["M2-001", "M2-002", "M2-003"]
        .iter()
        .map(|s| code_of(&core, &later, s))
        .collect();
    assert_eq!(later_codes, codes);

    let stranger = ok(
        &core,
        "community.create",
        json!({ "name": "Another network" }),
    );
    let outsider = ok(
        &core,
        "member.create",
        json!({ "communityId": stranger["id"], "fields": { "name": "Rosa Díaz" } }),
    );
    let mixed = json!({ "formId": form, "members": [outsider["id"]], "paper": "letter" });
    let wrong = refused(&core, "print.form", mixed);
    assert_eq!(
        wrong.message,
        "One of the members to print for is not a member of this meeting's community."
    );
    let sheets = ok(&core, "form.sheets", json!({ "meetingId": meeting }));
    assert_eq!(
        sheets.as_array().map(Vec::len),
        Some(3),
        "a refused print issues nothing"
    );
}
