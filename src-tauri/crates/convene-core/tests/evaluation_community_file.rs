//! A whole community's evaluation as one file: another facilitator's community comes
//! in whole, with its meetings and sheets, and pools into the network report; a
//! second import adds nothing; a bad or conflicting file is refused with a sentence
//! naming the problem and changes nothing.

use convene_core::Core;
use serde_json::{json, Value};

mod common;
use common::{ok, open, refused};
mod evaluation_setup;

fn point(p: u8) -> Value {
    json!({ "type": "point", "point": p })
}

/// Every question of `items` answered, the before/now rating from 1 to `now`.
fn answers(items: &Value, now: u8) -> Vec<Value> {
    let mut answers = Vec::new();
    for item in items.as_array().into_iter().flatten() {
        let id = item["id"].as_str().unwrap_or_default();
        let mut answer = |field: String, value: Value| {
            answers.push(json!({ "field": field, "value": value }));
        };
        match item["kind"].as_str().unwrap_or_default() {
            "retrospective" => {
                answer(format!("{id}:before"), point(1));
                answer(format!("{id}:now"), point(now));
            }
            "heading" | "instructions" => {}
            "multipleChoice" => answer(id.to_owned(), json!({ "type": "points", "points": [1] })),
            "shortText" | "comment" => {
                answer(id.to_owned(), json!({ "type": "missing", "code": "blank" }))
            }
            _ => answer(id.to_owned(), point(2)),
        }
    }
    answers
}

/// A community of two meetings with `sheets` sheets entered at each: the knowledge
/// rating rises on every sheet but the last; its id.
fn keyed_community(core: &Core, sheets: u32) -> String {
    let community = evaluation_setup::community(core);
    for date in ["2027-01-20", "2027-03-17"] {
        let meeting = evaluation_setup::meeting(core, &community, date);
        let form = ok(core, "form.list", json!({ "meetingId": meeting }))[0]["id"].clone();
        let printed = json!({ "formId": form, "copies": sheets, "paper": "letter" });
        ok(core, "print.form", printed);
        let items = ok(core, "form.get", json!({ "id": form }))["items"].clone();
        for n in 1..=sheets {
            let now = if n == sheets { 1 } else { 3 };
            let sheet = json!({ "meetingId": meeting, "serial": n.to_string(), "pass": 1, "answers": answers(&items, now) });
            ok(core, "entry.save", sheet);
        }
    }
    community
}

fn exported(core: &Core, community: &str) -> String {
    let file = ok(
        core,
        "form.exportCommunity",
        json!({ "communityId": community }),
    );
    file["json"].as_str().unwrap_or_default().to_owned()
}

fn import(core: &Core, json: &str) -> Value {
    ok(core, "form.importCommunity", json!({ "json": json }))
}

fn community_count(core: &Core) -> usize {
    ok(core, "community.list", json!({}))
        .as_array()
        .map_or(0, Vec::len)
}

/// The knowledge rating's pooled headline over `communities`: (increased, of).
fn pooled_increase(core: &Core, communities: &[&str]) -> (u64, u64) {
    let report = ok(
        core,
        "report.network",
        json!({ "communityIds": communities }),
    );
    let knowledge = report["rows"]
        .as_array()
        .and_then(|rows| rows.iter().find(|r| r["kind"] == "retrospective"))
        .map(|row| row["total"]["headline"].clone())
        .unwrap_or_default();
    let n = |key: &str| knowledge[key].as_u64().unwrap_or(u64::MAX);
    (n("count"), n("of"))
}

#[test]
fn two_facilitators_communities_pool_on_a_third_machine_and_a_second_import_adds_nothing() {
    let (_a_dir, a) = open();
    let (_b_dir, b) = open();
    let (_c_dir, c) = open();
    let north = keyed_community(&a, 4);
    let south = keyed_community(&b, 3);
    let (north_file, south_file) = (exported(&a, &north), exported(&b, &south));
    let before = community_count(&c);

    let preview = ok(
        &c,
        "form.importCommunity",
        json!({ "json": north_file, "dryRun": true }),
    );
    assert_eq!(preview["evaluation"]["sheetsAdded"], 8);
    assert_eq!(community_count(&c), before, "a preview changes nothing");

    let added = import(&c, &north_file);
    assert_eq!(added["communityId"], json!(north));
    assert_eq!(added["communityAdded"], true);
    assert_eq!(
        added["meetingsAdded"],
        json!(["Meeting of 2027-01-20", "Meeting of 2027-03-17"])
    );
    assert_eq!(added["evaluation"]["sheetsAdded"], 8, "with their entries");
    import(&c, &south_file);
    assert_eq!(community_count(&c), before + 2);
    // Every sheet but the last of each meeting rose: 3 of 4 twice and 2 of 3 twice.
    assert_eq!(pooled_increase(&c, &[&north, &south]), (10, 14));
    assert_eq!(
        pooled_increase(&a, &[&north]),
        pooled_increase(&c, &[&north])
    );

    let again = import(&c, &north_file);
    assert_eq!(again["communityAdded"], false);
    assert_eq!(again["meetingsAdded"], json!([]));
    assert_eq!(
        (
            &again["evaluation"]["sheetsAdded"],
            &again["evaluation"]["entriesAdded"],
            &again["evaluation"]["sheetsUnchanged"]
        ),
        (&json!(0), &json!(0), &json!(8))
    );
    assert_eq!(pooled_increase(&c, &[&north, &south]), (10, 14));
}

#[test]
fn keying_one_community_on_two_laptops_merges_into_the_same_meetings() {
    let (_a_dir, a) = open();
    let (_b_dir, b) = open();
    let community = keyed_community(&a, 2);
    import(&b, &exported(&a, &community));
    let meetings = ok(&b, "meeting.list", json!({ "communityId": community }));
    let meeting = meetings[0]["id"].as_str().unwrap_or_default().to_owned();
    let form = ok(&b, "form.list", json!({ "meetingId": meeting }))[0]["id"].clone();
    let items = ok(&b, "form.get", json!({ "id": form }))["items"].clone();
    let sheet =
        json!({ "meetingId": meeting, "serial": "1", "pass": 2, "answers": answers(&items, 3) });
    ok(&b, "entry.save", sheet);

    let back = import(&a, &exported(&b, &community));
    assert_eq!(back["communityAdded"], false);
    assert_eq!(back["meetingsAdded"], json!([]));
    assert_eq!(back["evaluation"]["entriesAdded"], 1, "the second entry");
}

#[test]
fn a_bad_or_conflicting_community_file_is_refused_with_a_sentence_and_changes_nothing() {
    let (_a_dir, a) = open();
    let (_b_dir, b) = open();
    let community = keyed_community(&a, 2);
    let file: Value = serde_json::from_str(&exported(&a, &community)).unwrap_or_default();
    let before = community_count(&b);
    let message = |json: &Value| {
        refused(
            &b,
            "form.importCommunity",
            json!({ "json": json.to_string() }),
        )
        .message
    };

    let meeting_file = ok(
        &a,
        "form.export",
        json!({ "meetingId": file["meetings"][0]["id"] }),
    );
    let wrong = refused(
        &b,
        "form.importCommunity",
        json!({ "json": meeting_file["json"] }),
    );
    assert!(wrong
        .message
        .contains("its format is “convene-evaluation”, not “convene-community-evaluation”"));

    // The second meeting answers a question its form does not have.
    let mut bad = file.clone();
    bad["meetings"][1]["evaluation"]["sheets"][0]["passes"][0]["answers"][0]["field"] =
        json!("no-such-question");
    assert!(message(&bad).starts_with("Meeting “Meeting of 2027-03-17”: Sheet M2-001, entry 1"));
    assert_eq!(
        community_count(&b),
        before,
        "the first meeting did not go in either"
    );

    // The same meetings under another community.
    import(&b, &file.to_string());
    let mut moved = file.clone();
    moved["community"]["id"] = json!("0190f0aa-0000-7000-8000-000000000001");
    assert_eq!(
        message(&moved),
        "The meeting “Meeting of 2027-01-20” belongs to another community here, so this file cannot be brought in as it is."
    );
    assert_eq!(community_count(&b), before + 1);
}
