//! Reflection worksheets as a facilitator keeps and prints them: the five shipped
//! worksheets in both languages, a community's own copies edited, copied and deleted,
//! the agenda's reflection item pointing at one of its community's worksheets, and
//! blank or personalised copies printed with each member's goal and last check-in.

use serde_json::{json, Value};

mod common;
mod pdf;
use common::{ok, open, refused};

fn pdf_text(document: &Value) -> String {
    pdf::poppler(document, "pdftotext", &[], &["-"])
}

fn pages(document: &Value) -> usize {
    let info = pdf::poppler(document, "pdfinfo", &[], &[]);
    let line = info
        .lines()
        .find(|l| l.starts_with("Pages:"))
        .expect("a page count");
    line["Pages:".len()..].trim().parse().expect("a number")
}

fn community(core: &convene_core::Core, name: &str) -> Value {
    ok(core, "community.create", json!({ "name": name }))["id"].clone()
}

/// A worksheet made from the shipped template `key` in `lang`, as the UI makes one.
fn from_template(core: &convene_core::Core, community: &Value, lang: &str, key: &str) -> Value {
    let templates = ok(core, "worksheet.templates", json!({ "lang": lang }));
    let template = templates
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["key"] == key)
        .expect("shipped")
        .clone();
    ok(
        core,
        "worksheet.create",
        json!({ "communityId": community, "worksheet": {
            "title": template["title"], "intro": template["intro"], "language": lang,
            "prompts": template["prompts"], "templateKey": key } }),
    )
}

fn example(core: &convene_core::Core) -> (Value, Value) {
    let communities = ok(core, "community.list", json!({}));
    let example = communities
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "Site Coordinator CoP — Example Region")
        .expect("the example community")["id"]
        .clone();
    let meeting = ok(core, "meeting.list", json!({ "communityId": example }))[0].clone();
    (example, meeting)
}

#[test]
fn five_worksheets_ship_in_both_languages_under_the_same_keys() {
    let (_dir, core) = open();
    let keys = |lang: &str| -> Vec<String> {
        let listed = ok(&core, "worksheet.templates", json!({ "lang": lang }));
        let listed = listed.as_array().unwrap();
        listed
            .iter()
            .map(|t| t["key"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        keys("en"),
        [
            "reflection",
            "standards-self-check",
            "cqi-plan",
            "coach-check-in",
            "smart-goal"
        ]
    );
    assert_eq!(keys("en"), keys("es"));
    let spanish = ok(&core, "worksheet.templates", json!({ "lang": "es" }));
    assert_eq!(spanish[2]["title"], "Plan de mejora continua del sitio");
}

#[test]
fn a_community_edits_copies_and_deletes_its_own_worksheets() {
    let (_dir, core) = open();
    let lakeside = community(&core, "Lakeside CoP");
    let made = from_template(&core, &lakeside, "en", "reflection");
    assert_eq!(made["templateKey"], "reflection");
    let mut prompts = made["prompts"].as_array().unwrap().clone();
    prompts.push(json!({ "kind": "write", "text": "One word for today", "lines": 1 }));
    let edited = ok(
        &core,
        "worksheet.update",
        json!({ "id": made["id"], "worksheet": { "title": "Closing reflection",
                "language": "en", "prompts": prompts, "templateKey": "reflection" } }),
    );
    assert_eq!(edited["title"], "Closing reflection");
    assert_eq!(edited["prompts"].as_array().map(Vec::len), Some(5));

    let copy = ok(&core, "worksheet.copy", json!({ "id": made["id"] }));
    assert_eq!(copy["title"], "Closing reflection (copy)");
    let hillside = community(&core, "Hillside CoP");
    let elsewhere = ok(
        &core,
        "worksheet.copy",
        json!({ "id": made["id"], "communityId": hillside }),
    );
    assert_eq!(elsewhere["title"], "Closing reflection");
    assert_eq!(elsewhere["prompts"], edited["prompts"]);

    let listed = ok(&core, "worksheet.list", json!({ "communityId": lakeside }));
    let titles: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|w| w["title"].as_str())
        .collect();
    assert_eq!(titles, ["Closing reflection", "Closing reflection (copy)"]);
    let left = ok(&core, "worksheet.delete", json!({ "id": copy["id"] }));
    assert_eq!(left.as_array().map(Vec::len), Some(1));
}

#[test]
fn a_worksheet_with_nothing_to_answer_is_refused_and_nothing_is_saved() {
    let (_dir, core) = open();
    let lakeside = community(&core, "Lakeside CoP");
    let headings_only = json!({ "communityId": lakeside, "worksheet": {
        "title": "Empty", "language": "en",
        "prompts": [{ "kind": "heading", "text": "Assess" }] } });
    let refusal = refused(&core, "worksheet.create", headings_only);
    assert_eq!(refusal.field.as_deref(), Some("prompts"));
    assert!(
        refusal
            .message
            .starts_with("A worksheet needs at least one prompt"),
        "{}",
        refusal.message
    );

    let no_room = json!({ "communityId": lakeside, "worksheet": {
        "title": "Cramped", "language": "en",
        "prompts": [{ "kind": "heading", "text": "Assess" },
                    { "kind": "write", "text": "What did I learn?", "lines": 0 }] } });
    let refusal = refused(&core, "worksheet.create", no_room);
    assert_eq!(refusal.field.as_deref(), Some("prompts.1.lines"));
    assert_eq!(
        refusal.message,
        "Prompt 2 asks for 0 lines; it can have from 1 to 20."
    );
    let listed = ok(&core, "worksheet.list", json!({ "communityId": lakeside }));
    assert_eq!(listed, json!([]));
}

#[test]
fn the_reflection_item_hands_out_one_of_its_own_communitys_worksheets() {
    let (_dir, core) = open();
    let (example, meeting) = example(&core);
    let agenda = ok(&core, "agenda.get", json!({ "meetingId": meeting["id"] }));
    let reflection = agenda["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| &entry["item"])
        .find(|item| item["kind"] == "reflection")
        .expect("the example's agenda has a reflection item")
        .clone();
    let shipped = ok(&core, "worksheet.list", json!({ "communityId": example }))[0].clone();
    assert_eq!(
        reflection["worksheetId"], shipped["id"],
        "a new agenda links the community's reflection"
    );

    let other = community(&core, "Hillside CoP");
    let foreign = from_template(&core, &other, "en", "smart-goal");
    let mut fields = json!({ "title": "Reflection worksheet", "kind": "reflection",
                             "plannedMinutes": 15, "worksheetId": foreign["id"] });
    let refusal = refused(
        &core,
        "agenda.update",
        json!({ "id": reflection["id"], "fields": fields }),
    );
    assert_eq!(refusal.field.as_deref(), Some("worksheetId"));
    assert!(
        refusal.message.contains("belongs to another community"),
        "{}",
        refusal.message
    );

    fields["kind"] = json!("discussion");
    let agenda = ok(
        &core,
        "agenda.update",
        json!({ "id": reflection["id"], "fields": fields }),
    );
    let item = agenda["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|entry| entry["item"]["id"] == reflection["id"])
        .unwrap();
    assert_eq!(
        item["item"]["worksheetId"],
        Value::Null,
        "only a reflection item hands one out"
    );

    ok(&core, "worksheet.delete", json!({ "id": shipped["id"] }));
    let second = ok(&core, "meeting.list", json!({ "communityId": example }))[1].clone();
    let agenda = ok(&core, "agenda.get", json!({ "meetingId": second["id"] }));
    let still = agenda["items"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["item"]["kind"] == "reflection");
    assert!(
        still,
        "deleting the worksheet keeps the items that handed it out"
    );
}

#[test]
fn a_blank_copy_prints_the_meetings_reflection_with_lines_for_a_name() {
    let (_dir, core) = open();
    let (_, meeting) = example(&core);
    let blank = ok(
        &core,
        "print.worksheet",
        json!({ "meetingId": meeting["id"], "personalised": false, "paper": "letter" }),
    );
    assert_eq!(blank["fileName"], "Reflection.pdf");
    let text = pdf_text(&blank);
    for words in [
        "Reflection",
        "Name",
        "Site",
        "Date",
        "1. What did I learn or relearn today?",
        "4. A question I would like to bring to the group",
        "Creating the cohort",
    ] {
        assert!(text.contains(words), "{words:?} missing from:\n{text}");
    }
    assert_eq!(pages(&blank), 1);
    let a4 = ok(
        &core,
        "print.worksheet",
        json!({ "meetingId": meeting["id"], "personalised": false, "paper": "a4" }),
    );
    assert!(pdf::poppler(&a4, "pdfinfo", &[], &[]).contains("595.276 x 841.89 pts (A4)"));
}

#[test]
fn personalised_copies_carry_each_members_goal_and_last_check_in() {
    let (_dir, core) = open();
    let (example, meeting) = example(&core);
    let members = ok(&core, "member.list", json!({ "communityId": example }));
    let members = members.as_array().unwrap();
    let ana = &members[0];
    let goal = json!({ "goal": "Start a youth council", "status": "active", "steps": [] });
    ok(
        &core,
        "plan.saveGoal",
        json!({ "memberId": ana["id"], "fields": goal }),
    );
    ok(
        &core,
        "plan.addCheckin",
        json!({ "memberId": ana["id"], "fields": { "date": "2026-11-20", "withWhom": "Ben",
                "moved": "Twelve students signed up" } }),
    );
    let personal = ok(
        &core,
        "print.worksheet",
        json!({ "meetingId": meeting["id"], "personalised": true, "paper": "letter" }),
    );
    assert_eq!(personal["fileName"], "Reflection - personalised.pdf");
    assert_eq!(pages(&personal), members.len(), "one page per member");
    let text = pdf_text(&personal);
    for member in members {
        assert!(text.contains(member["name"].as_str().unwrap()));
    }
    let first_page = text.split('\x0c').next().unwrap();
    assert!(first_page.contains(ana["name"].as_str().unwrap()));
    assert!(
        first_page.contains("My current goal: Start a youth council"),
        "{first_page}"
    );
    assert!(first_page.contains("Twelve students signed up"));
    assert_eq!(text.matches("My current goal:").count(), members.len());
}

#[test]
fn a_spanish_worksheet_prints_its_labels_in_spanish() {
    let (_dir, core) = open();
    let (example, meeting) = example(&core);
    let spanish = from_template(&core, &example, "es", "cqi-plan");
    let printed = ok(
        &core,
        "print.worksheet",
        json!({ "meetingId": meeting["id"], "worksheetId": spanish["id"],
                "personalised": false, "paper": "letter" }),
    );
    let text = pdf_text(&printed);
    for words in [
        "Plan de mejora continua del sitio",
        "Nombre",
        "Sitio",
        "Fecha",
        "Evaluar",
        "Para cuándo",
        "Evidencia",
    ] {
        assert!(text.contains(words), "{words:?} missing from:\n{text}");
    }
}

#[test]
fn printing_refuses_in_words_what_cannot_be_printed() {
    let (_dir, core) = open();
    let lakeside = community(&core, "Lakeside CoP");
    let sheet = from_template(&core, &lakeside, "en", "coach-check-in");
    let nobody = refused(
        &core,
        "print.worksheet",
        json!({ "worksheetId": sheet["id"], "personalised": true, "paper": "letter" }),
    );
    assert!(
        nobody
            .message
            .starts_with("This community has no members yet"),
        "{}",
        nobody.message
    );

    let meeting = ok(
        &core,
        "meeting.create",
        json!({ "communityId": lakeside, "fields": {
            "title": "Kickoff", "date": "2027-05-01", "startTime": "09:00", "endTime": "12:00" } }),
    );
    let unlinked = refused(
        &core,
        "print.worksheet",
        json!({ "meetingId": meeting["id"], "personalised": false, "paper": "letter" }),
    );
    assert_eq!(unlinked.field.as_deref(), Some("worksheetId"));
    assert!(unlinked
        .message
        .starts_with("This meeting's agenda has no reflection item"));

    let (_, example_meeting) = example(&core);
    let foreign = refused(
        &core,
        "print.worksheet",
        json!({ "meetingId": example_meeting["id"], "worksheetId": sheet["id"],
                "personalised": false, "paper": "letter" }),
    );
    assert!(foreign.message.contains("belongs to another community"));
}
