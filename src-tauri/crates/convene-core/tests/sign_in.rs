//! The sign-in sheet, the paper twin of check-in: every member by name in order, lines
//! for walk-ins, in the language asked for; too many blank lines is refused in words.

use serde_json::{json, Value};

mod common;
mod pdf;
use common::{ok, open, refused};

fn pdf_text(document: &Value) -> String {
    pdf::poppler(document, "pdftotext", &[], &["-"])
}

#[test]
fn the_sign_in_sheet_lists_every_member_in_order_then_lines_for_walk_ins() {
    let (_dir, core) = open();
    let example = ok(&core, "community.list", json!({}))[0].clone();
    let meeting = ok(
        &core,
        "meeting.list",
        json!({ "communityId": example["id"] }),
    )[0]
    .clone();
    let members = ok(
        &core,
        "member.list",
        json!({ "communityId": example["id"] }),
    );
    let sheet = ok(
        &core,
        "print.signIn",
        json!({ "meetingId": meeting["id"], "paper": "letter", "blankLines": 5 }),
    );
    assert_eq!(
        sheet["fileName"],
        "Sign-in sheet - Creating the cohort- Quality Standards and CQI.pdf"
    );
    let text = pdf_text(&sheet);
    let mut names: Vec<&str> = members
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|m| m["name"].as_str())
        .collect();
    names.sort_unstable();
    let positions: Vec<usize> = names
        .iter()
        .map(|name| {
            text.find(name)
                .unwrap_or_else(|| panic!("{name} is not on the sheet"))
        })
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "listed in name order"
    );
    assert_eq!(
        text.matches("Name and organization (please print)").count(),
        5
    );

    let spanish = ok(
        &core,
        "print.signIn",
        json!({ "meetingId": meeting["id"], "paper": "a4", "lang": "es" }),
    );
    let text = pdf_text(&spanish);
    assert!(text.contains("Hoja de registro"));
    assert_eq!(
        text.matches("Nombre y organización").count(),
        8,
        "eight walk-in lines unless asked"
    );

    let too_many = json!({ "meetingId": meeting["id"], "paper": "a4", "blankLines": 500 });
    let refusal = refused(&core, "print.signIn", too_many);
    assert_eq!(refusal.field.as_deref(), Some("blankLines"));
}
