//! A meeting's evaluation report on a small stack of sheets whose figures are worked
//! out by hand below: distributions that add to 100, paired before/now change with its
//! ceiling, agreement and yes/no shares with their denominators, options where several
//! may be marked, written answers starred and hidden, missing codes counted apart.

use serde_json::{json, Value};

mod common;
use common::{ok, open, refused};
mod report_fixture;
use report_fixture::{meeting_with_form, pdf_pages, share, stack};

#[test]
fn the_header_counts_returns_against_attendance_and_states_how_entry_was_checked() {
    let (_dir, core) = open();
    let (_, report) = stack(&core);
    // 5 sheets entered of 6 present: 83.3 % rounds to 83.
    assert_eq!(share(&report["response"]), (5, 6, Some(83)));
    assert_eq!(
        report["response"]["sheets"],
        json!(["M1-001", "M1-002", "M1-003", "M1-004", "M1-005"])
    );
    let returns = &report["returns"];
    assert_eq!(
        (
            returns["issued"].as_u64(),
            returns["blank"].as_u64(),
            returns["notReturned"].as_u64(),
            returns["toGo"].as_u64()
        ),
        (Some(7), Some(1), Some(1), Some(0))
    );
    // Sheet 1 was entered twice, the same: all 8 of its fields agree.
    assert_eq!(report["checking"]["sheetsTwice"], 1);
    assert_eq!(share(&report["checking"]["agreement"]), (8, 8, Some(100)));
    assert_eq!(report["forms"][0]["sheets"], 5);
}

#[test]
fn a_before_now_rating_gives_both_spreads_and_the_paired_change_with_its_ceiling() {
    let (_dir, core) = open();
    let (_, report) = stack(&core);
    let item = &report["forms"][0]["items"][0];
    let figures = &item["figures"];
    assert_eq!(figures["type"], "rating");
    // Before: Low 1, Medium 2, High 1 of 4 valid; sheet 4 left it blank.
    assert_eq!(figures["before"]["counts"], json!([1, 2, 1]));
    assert_eq!(figures["before"]["percents"], json!([25, 50, 25]));
    assert_eq!(figures["before"]["missing"]["blank"], 1);
    assert_eq!(figures["now"]["counts"], json!([1, 1, 3]));
    assert_eq!(figures["now"]["percents"], json!([20, 20, 60]));
    // Pairs: 1→3 and 2→3 rose, 3→3 stayed, 2→1 fell.
    let change = &figures["change"];
    assert_eq!(change["pairs"], 4);
    assert_eq!(share(&change["increased"]), (2, 4, Some(50)));
    assert_eq!(change["increased"]["sheets"], json!(["M1-001", "M1-002"]));
    assert_eq!(share(&change["same"]), (1, 4, Some(25)));
    assert_eq!(share(&change["decreased"]), (1, 4, Some(25)));
    assert_eq!(share(&change["topBefore"]), (1, 4, Some(25)));
    // Three could rise; two did: 66.7 % rounds to 67.
    assert_eq!(share(&change["increasedOfCould"]), (2, 3, Some(67)));
    assert_eq!(
        change["transitions"],
        json!([[0, 0, 1], [1, 0, 1], [0, 0, 1]])
    );
    assert_eq!(
        item["headline"],
        "50% (2 of 4) rated “My knowledge of CQI” higher now than before today."
    );

    // A five-point rating: more than one mark before on sheet 5 is not an answer.
    let five = &report["forms"][0]["items"][5]["figures"];
    assert_eq!(five["before"]["counts"], json!([1, 1, 1, 0, 1]));
    assert_eq!(five["before"]["missing"]["multiple"], 1);
    assert_eq!(five["now"]["percents"], json!([20, 20, 20, 20, 20]));
    assert_eq!(share(&five["change"]["topBefore"]), (1, 4, Some(25)));
    assert_eq!(share(&five["change"]["increasedOfCould"]), (1, 3, Some(33)));
}

#[test]
fn agreement_yes_no_and_several_marks_count_answers_only_over_their_own_denominators() {
    let (_dir, core) = open();
    let (_, report) = stack(&core);
    let items = &report["forms"][0]["items"];
    let agree = &items[1];
    assert_eq!(
        agree["figures"]["distribution"]["counts"],
        json!([0, 1, 1, 1, 1])
    );
    assert_eq!(
        agree["figures"]["distribution"]["missing"]["notApplicable"],
        1
    );
    assert_eq!(share(&agree["figures"]["positive"]), (2, 4, Some(50)));
    assert_eq!(share(&agree["figures"]["strongly"]), (1, 4, Some(25)));
    assert_eq!(
        agree["headline"],
        "50% (2 of 4) agreed: “I can apply what I learned.”"
    );

    let yes = &items[2];
    assert_eq!(yes["figures"]["distribution"]["percents"], json!([75, 25]));
    assert_eq!(yes["figures"]["strongly"], Value::Null);
    assert_eq!(
        yes["headline"],
        "75% (3 of 4) answered yes: “Would you come again?”"
    );

    let several = &items[3]["figures"];
    let shares: Vec<_> = several["shares"]
        .as_array()
        .into_iter()
        .flatten()
        .map(share)
        .collect();
    assert_eq!(
        shares,
        vec![(2, 4, Some(50)), (2, 4, Some(50)), (1, 4, Some(25))]
    );
    assert_eq!(several["missing"]["illegible"], 1);
    assert_eq!(items[3]["headline"], Value::Null);
}

#[test]
fn written_answers_are_all_kept_and_can_be_starred_or_hidden_without_leaving_the_data() {
    let (_dir, core) = open();
    let (f, report) = stack(&core);
    let written = &report["forms"][0]["items"][4]["figures"];
    let texts: Vec<&str> = written["comments"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["text"].as_str())
        .collect();
    assert_eq!(texts, vec!["The debrief", "Shorter lunch", "Más tiempo"]);
    assert_eq!(
        (
            written["missing"]["blank"].as_u64(),
            written["missing"]["illegible"].as_u64()
        ),
        (Some(1), Some(1))
    );

    let flag = |serial: &str, starred: bool, hidden: bool| json!({ "meetingId": f.meeting, "serial": serial, "field": f.ids[4], "starred": starred, "hidden": hidden });
    ok(&core, "report.flagComment", flag("M1-001", true, false));
    let after = ok(&core, "report.flagComment", flag("M1-003", false, true));
    let comments = &after["forms"][0]["items"][4]["figures"]["comments"];
    assert_eq!(
        (
            comments[0]["starred"].as_bool(),
            comments[1]["hidden"].as_bool()
        ),
        (Some(true), Some(true))
    );
    assert_eq!(
        comments.as_array().map(Vec::len),
        Some(3),
        "a hidden answer stays in the data"
    );

    let not_written = json!({ "meetingId": f.meeting, "serial": "M1-001", "field": f.ids[0], "starred": true, "hidden": false });
    let refusal = refused(&core, "report.flagComment", not_written);
    assert!(refusal
        .message
        .ends_with("only written answers can be starred or hidden."));
}

#[test]
fn a_meeting_without_entered_sheets_reports_no_figures_and_no_percent_of_nothing() {
    let (_dir, core) = open();
    let f = meeting_with_form(&core);
    let report = ok(&core, "report.meeting", json!({ "meetingId": f.meeting }));
    assert_eq!(share(&report["response"]), (0, 6, Some(0)));
    let rating = &report["forms"][0]["items"][0];
    assert_eq!(rating["figures"]["before"]["percents"], json!([0, 0, 0]));
    assert_eq!(
        share(&rating["figures"]["change"]["increased"]),
        (0, 0, None)
    );
    assert_eq!(rating["headline"], Value::Null);
    assert_eq!(report["checking"]["sheetsTwice"], 0);
}

/// A CSV file's rows as a spreadsheet reads them, after its byte-order mark.
fn parsed(file: &Value) -> Vec<Vec<String>> {
    let text = file["csv"].as_str().unwrap_or_default();
    assert!(
        text.starts_with('\u{feff}'),
        "Excel needs the byte-order mark"
    );
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    reader
        .records()
        .map(|r| r.expect("a CSV record").iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn the_summary_and_the_raw_data_open_as_csv_with_every_figure_and_every_answer() {
    let (_dir, core) = open();
    let (f, _) = stack(&core);
    let summary = ok(
        &core,
        "report.csv",
        json!({ "meetingId": f.meeting, "table": "summary" }),
    );
    assert_eq!(
        summary["fileName"],
        "Evaluation summary - Spring - 2027-03-10.csv"
    );
    let rows = parsed(&summary);
    assert_eq!(
        rows[0],
        [
            "Form",
            "Question number",
            "Question",
            "Part",
            "Answer",
            "Sheets",
            "Of",
            "Percent"
        ]
    );
    let find = |question: &str, part: &str, answer: &str| {
        rows.iter()
            .find(|r| r[2] == question && r[3] == part && r[4] == answer)
            .map(|r| (r[5].clone(), r[6].clone(), r[7].clone()))
    };
    let owned = |a: &str, b: &str, c: &str| Some((a.to_owned(), b.to_owned(), c.to_owned()));
    assert_eq!(
        find("My knowledge of CQI", "Before today", "Medium"),
        owned("2", "4", "50")
    );
    assert_eq!(
        find("My knowledge of CQI", "Before today", "(blank)"),
        owned("1", "", "")
    );
    assert_eq!(
        find(
            "My knowledge of CQI",
            "Change over 4 sheets with both answers",
            "Increased"
        ),
        owned("2", "4", "50")
    );
    assert_eq!(
        find("I can apply what I learned.", "Strongly agreed", ""),
        owned("1", "4", "25")
    );
    assert_eq!(
        find("Which parts helped?", "Answer", "Planning"),
        owned("1", "4", "25")
    );
    assert_eq!(
        find("What was most useful?", "Written answers", ""),
        owned("3", "", "")
    );

    let raw = parsed(&ok(
        &core,
        "report.csv",
        json!({ "meetingId": f.meeting, "table": "raw" }),
    ));
    assert_eq!(
        raw[0][..5],
        [
            "Form",
            "Sheet",
            "Participant code",
            "1. My knowledge of CQI — Before today",
            "1. My knowledge of CQI — Now"
        ]
    );
    assert_eq!(raw.len(), 6, "a header and one row per entered sheet");
    let sheet = |serial: &str| {
        raw.iter()
            .find(|r| r[1] == serial)
            .cloned()
            .unwrap_or_default()
    };
    assert_eq!(sheet("M1-001")[3..8], ["1", "3", "5", "1", "1;2"]);
    assert_eq!(sheet("M1-004")[3], "(blank)");
    assert_eq!(sheet("M1-004")[8], "Más tiempo");
    assert_eq!(sheet("M1-005")[9], "(more than one mark)");
}

#[test]
fn the_pdf_report_carries_the_figures_the_sentences_and_the_starred_quotes() {
    let (_dir, core) = open();
    let (f, _) = stack(&core);
    let star = json!({ "meetingId": f.meeting, "serial": "M1-004", "field": f.ids[4], "starred": true, "hidden": false });
    ok(&core, "report.flagComment", star);
    let document = ok(
        &core,
        "print.report",
        json!({ "meetingId": f.meeting, "paper": "letter" }),
    );
    assert_eq!(
        document["fileName"],
        "Evaluation report - Spring - 2027-03-10.pdf"
    );
    let pages = pdf_pages(&document);
    let text = pages.join(" ");
    for expected in [
        "Evaluation report: Spring",
        "Report CoP · Wednesday, March 10, 2027",
        "5 of 6 attendees present returned an entered sheet (83%)",
        "50% (2 of 4) rated “My knowledge of CQI” higher now than before today.",
        "Before today: Low 1 (25%) · Medium 2 (50%) · High 1 (25%) · answered 4",
        "Increased: 50% (2 of 4)",
        "Strongly agreed: 25% (1 of 4)",
        "“Más tiempo” (M1-004)",
        "typed in with Convene",
    ] {
        assert!(
            text.contains(expected),
            "the report lacks {expected:?}: {text}"
        );
    }
    assert!(
        !text.contains("Shorter lunch"),
        "only starred answers are quoted"
    );

    let spanish = ok(
        &core,
        "print.report",
        json!({ "meetingId": f.meeting, "paper": "a4", "lang": "es" }),
    );
    let texto = pdf_pages(&spanish).join(" ");
    assert!(texto.contains("Informe de evaluación: Spring"), "{texto}");
    assert!(
        texto.contains(
            "El 50 % (2 de 4) calificó «My knowledge of CQI» más alto ahora que antes de hoy."
        ),
        "{texto}"
    );
}
