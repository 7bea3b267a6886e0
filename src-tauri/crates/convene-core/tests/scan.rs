//! Paper read back by scanning: a meeting's sheets printed, rendered as a scanner
//! would (poppler, 150 dpi, grey), marked where their circles are (found from the
//! printed words beside them) and read in as a pass of entry. A sheet read whole is
//! saved, a blank one recorded as blank, one with writing kept as a draft for keyed
//! entry to finish; a page of another meeting or not a sheet at all says why and
//! changes nothing, and scanning a saved sheet again changes nothing.

use base64::Engine;
use image::{GrayImage, Luma};
use serde_json::{json, Value};

mod common;
use common::{ok, open, refused};
mod evaluation_setup;
mod marking;
use marking::{dot_beside, fill_beside, png, scan_pdf, write_under};

/// A meeting whose form asks a yes/no question, a before/now rating, a
/// choose-several and for a comment; `copies` sheets printed. Its id and the PDF.
fn printed(core: &convene_core::Core, date: &str, copies: u32) -> (Value, Vec<u8>) {
    let items = json!([
        { "kind": "yesNo", "text": "Was today useful?" },
        { "kind": "retrospective", "text": "My knowledge of CQI", "points": ["Low", "Medium", "High"] },
        { "kind": "multipleChoice", "text": "Which parts helped?",
          "options": ["Teambuilding", "Discussion", "Overview"] },
        { "kind": "comment", "text": "What will you try?", "lines": 2 },
    ]);
    printed_form(core, date, copies, items)
}

/// A meeting whose form asks `items`; `copies` sheets printed. Its id and the PDF.
fn printed_form(
    core: &convene_core::Core,
    date: &str,
    copies: u32,
    items: Value,
) -> (Value, Vec<u8>) {
    let community = evaluation_setup::community(core);
    let meeting = evaluation_setup::meeting(core, &community, date);
    let form = ok(core, "form.list", json!({ "meetingId": meeting }))[0]["id"].clone();
    let save = json!({ "id": form, "title": "Scanned evaluation", "items": items });
    ok(core, "form.save", save);
    let print = json!({ "formId": form, "copies": copies, "paper": "letter" });
    let pdf = ok(core, "print.form", print)["pdfBase64"].clone();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(pdf.as_str().unwrap_or_default())
        .expect("base64");
    (json!(meeting), bytes)
}

/// Reads one page as a file of its own; what became of the page.
fn scan(core: &convene_core::Core, meeting: &Value, pass: u8, image: &GrayImage) -> Value {
    let request = json!({ "meetingId": meeting, "pass": pass, "fileName": "page.png",
                          "fileBase64": png(image) });
    let file = ok(core, "entry.scan", request);
    assert_eq!(file["pages"].as_array().map(Vec::len), Some(1), "{file}");
    file["pages"][0].clone()
}

fn answer(entry: &Value, field_suffix: &str, items: &Value, item: usize) -> Value {
    let id = items[item]["id"].as_str().unwrap_or_default();
    let field = format!("{id}{field_suffix}");
    entry["answers"]
        .as_array()
        .and_then(|all| all.iter().find(|a| a["field"] == field.as_str()))
        .map(|a| a["value"].clone())
        .unwrap_or(Value::Null)
}

#[test]
fn a_marked_sheet_is_saved_a_blank_one_recorded_and_one_with_writing_kept_to_finish() {
    let (_dir, core) = open();
    let (meeting, pdf) = printed(&core, "2027-02-10", 3);
    let scratch = tempfile::tempdir().expect("scratch");
    let mut scanned = scan_pdf(&pdf, scratch.path());
    assert_eq!(scanned.pages.len(), 3, "one page a sheet");

    let blank = scan(&core, &meeting, 1, &scanned.pages[0]);
    assert_eq!(
        (blank["outcome"].as_str(), blank["serial"].as_str()),
        (Some("blank"), Some("M1-001"))
    );

    let unmarked = scanned.pages[1].clone();
    fill_beside(&mut scanned, 1, "Yes", 0);
    fill_beside(&mut scanned, 1, "Low", 0);
    fill_beside(&mut scanned, 1, "High", 1);
    fill_beside(&mut scanned, 1, "Teambuilding", 0);
    fill_beside(&mut scanned, 1, "Overview", 0);
    let saved = scan(&core, &meeting, 1, &scanned.pages[1]);
    assert_eq!(saved["outcome"], "saved", "{saved}");
    let entry = ok(
        &core,
        "entry.open",
        json!({ "meetingId": meeting, "serial": "M1-002", "pass": 1 }),
    );
    let items = entry["items"].clone();
    assert_eq!(entry["saved"], true);
    assert_eq!(
        answer(&entry, "", &items, 0),
        json!({ "type": "point", "point": 1 })
    );
    assert_eq!(
        answer(&entry, ":before", &items, 1),
        json!({ "type": "point", "point": 1 })
    );
    assert_eq!(
        answer(&entry, ":now", &items, 1),
        json!({ "type": "point", "point": 3 })
    );
    assert_eq!(
        answer(&entry, "", &items, 2),
        json!({ "type": "points", "points": [1, 3] })
    );
    assert_eq!(
        answer(&entry, "", &items, 3),
        json!({ "type": "missing", "code": "blank" })
    );
    let again = scan(&core, &meeting, 1, &scanned.pages[1]);
    assert_eq!(again["outcome"], "repeated", "the very page, read again");
    let mut rescanned = scanned.pages[1].clone();
    rescanned.put_pixel(5, 5, Luma([0]));
    let other_image = scan(&core, &meeting, 1, &rescanned);
    assert_eq!(
        other_image["outcome"], "alreadySaved",
        "the sheet, scanned again"
    );
    // The second entry read from a copy with nothing on it: entered as blanks, for the
    // comparison of the two entries to catch, not marked blank over the first.
    let second = scan(&core, &meeting, 2, &unmarked);
    assert_eq!(second["outcome"], "saved", "{second}");
    let compared = ok(&core, "entry.compare", json!({ "meetingId": meeting }));
    assert!(compared.to_string().contains("M1-002"), "{compared}");

    fill_beside(&mut scanned, 2, "No", 0);
    write_under(&mut scanned, 2, "try?");
    let drafted = scan(&core, &meeting, 1, &scanned.pages[2]);
    assert_eq!(drafted["outcome"], "drafted", "{drafted}");
    assert_eq!(drafted["toCheck"], json!(["Question 4"]));
    let draft = ok(
        &core,
        "entry.open",
        json!({ "meetingId": meeting, "serial": "M1-003", "pass": 1 }),
    );
    assert_eq!(draft["saved"], false);
    assert_eq!(
        answer(&draft, "", &items, 0),
        json!({ "type": "point", "point": 2 })
    );
    assert_eq!(
        answer(&draft, ":now", &items, 1),
        json!({ "type": "missing", "code": "blank" })
    );
    assert_eq!(
        answer(&draft, "", &items, 3),
        Value::Null,
        "left for a person to type"
    );
}

#[test]
fn a_page_that_is_not_this_meetings_sheet_says_why_and_changes_nothing() {
    let (_dir, core) = open();
    let (meeting, _) = printed(&core, "2027-02-10", 1);
    let (_, other_pdf) = printed(&core, "2027-03-10", 1);
    let scratch = tempfile::tempdir().expect("scratch");
    let other = scan_pdf(&other_pdf, scratch.path());
    let elsewhere = scan(&core, &meeting, 1, &other.pages[0]);
    assert_eq!(elsewhere["outcome"], "notRead");
    assert_eq!(
        elsewhere["problem"],
        "This page is sheet M1-001, printed for another meeting."
    );

    let photo = GrayImage::from_pixel(900, 1200, Luma([235]));
    let nothing = scan(&core, &meeting, 1, &photo);
    assert!(nothing["problem"]
        .as_str()
        .unwrap_or_default()
        .starts_with("No printed sheet was found"));
    let request = json!({ "meetingId": meeting, "pass": 1, "fileName": "broken.pdf",
        "fileBase64": base64::engine::general_purpose::STANDARD.encode(b"%PDF-1.7") });
    let not_pdf = ok(&core, "entry.scan", request);
    assert_eq!(
        (not_pdf["problem"].as_str(), not_pdf["pages"].clone()),
        (Some("This file says it is a PDF but could not be opened; save the scan again from the scanner."), json!([]))
    );
    let progress = ok(&core, "entry.progress", json!({ "meetingId": meeting }));
    assert_eq!(progress["toGo"], 1, "nothing entered");

    let garbled = json!({ "meetingId": meeting, "pass": 1, "fileName": "x.png",
                          "fileBase64": "not base64!" });
    assert_eq!(
        refused(&core, "entry.scan", garbled).message,
        "The page's image did not arrive whole; choose the file again."
    );
}

fn tiff_of(pages: &[GrayImage]) -> String {
    let mut bytes = std::io::Cursor::new(Vec::new());
    let mut encoder = tiff::encoder::TiffEncoder::new(&mut bytes).expect("an encoder");
    for page in pages {
        encoder
            .write_image::<tiff::encoder::colortype::Gray8>(page.width(), page.height(), page)
            .expect("a page");
    }
    base64::engine::general_purpose::STANDARD.encode(bytes.into_inner())
}

fn scan_file(core: &convene_core::Core, meeting: &Value, pass: u8, file: &str) -> Value {
    let request = json!({ "meetingId": meeting, "pass": pass, "fileName": "stack.tif",
                          "fileBase64": file });
    ok(core, "entry.scan", request)
}

fn outcomes(file: &Value) -> Vec<String> {
    file["pages"]
        .as_array()
        .map(|pages| {
            pages
                .iter()
                .map(|p| p["outcome"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

fn decoded_png(base64_png: &Value) -> GrayImage {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(base64_png.as_str().unwrap_or_default())
        .expect("base64");
    image::load_from_memory(&bytes).expect("a PNG").to_luma8()
}

#[test]
fn a_stack_in_one_file_is_read_page_by_page_accounted_for_and_its_doubts_reviewed() {
    let (_dir, core) = open();
    let (meeting, pdf) = printed(&core, "2027-02-10", 4);
    let scratch = tempfile::tempdir().expect("scratch");
    let mut scanned = scan_pdf(&pdf, scratch.path());
    for page in [1, 2] {
        for (label, nth) in [("Yes", 0), ("Medium", 0), ("Teambuilding", 0)] {
            fill_beside(&mut scanned, page, label, nth);
        }
    }
    fill_beside(&mut scanned, 1, "High", 1);
    dot_beside(&mut scanned, 2, "High", 1);
    write_under(&mut scanned, 2, "try?");
    let not_a_sheet = GrayImage::from_pixel(1275, 1650, Luma([240]));
    let stack = tiff_of(&[
        scanned.pages[0].clone(),
        scanned.pages[1].clone(),
        scanned.pages[2].clone(),
        not_a_sheet,
    ]);

    let mut events = core.subscribe();
    let file = scan_file(&core, &meeting, 1, &stack);
    assert_eq!(
        outcomes(&file),
        ["blank", "saved", "drafted", "notRead"],
        "{file}"
    );
    assert_eq!(
        file["pages"][2]["toCheck"],
        json!(["Question 2 (now)", "Question 4"])
    );
    let mut progress = Vec::new();
    while let Ok(event) = events.try_recv() {
        if let convene_core::events::AppEvent::ScanProgress(p) = event {
            progress.push((p.done, p.total));
        }
    }
    assert_eq!(progress, [(1, 4), (2, 4), (3, 4), (4, 4)]);

    let again = scan_file(&core, &meeting, 1, &stack);
    assert_eq!(
        outcomes(&again),
        ["repeated"; 4],
        "the same file read again changes nothing"
    );
    let account = ok(
        &core,
        "entry.scans",
        json!({ "meetingId": meeting, "pass": 1 }),
    );
    assert_eq!(
        account["pages"].as_array().map(Vec::len),
        Some(4),
        "{account}"
    );
    assert_eq!(account["pages"][3]["page"], 4);
    assert!(account["pages"][3]["problem"]
        .as_str()
        .unwrap_or_default()
        .starts_with("No printed sheet"));
    assert_eq!(account["never"], json!(["M1-004"]));
    assert_eq!(
        (account["toReview"].clone(), account["twice"].clone()),
        (json!(1), json!([]))
    );

    let review = ok(
        &core,
        "entry.review",
        json!({ "meetingId": meeting, "pass": 1 }),
    );
    assert_eq!(review.as_array().map(Vec::len), Some(1), "{review}");
    let sheet = &review[0];
    assert_eq!(sheet["serial"], "M1-003");
    let checks = sheet["checks"].as_array().cloned().unwrap_or_default();
    let item = |n: usize| {
        sheet["items"][n]["id"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    let order: Vec<&str> = checks
        .iter()
        .map(|c| c["field"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(
        order,
        [format!("{}:now", item(1)), item(3)],
        "the doubtful mark first"
    );
    assert!(checks[0]["doubt"].as_f64().unwrap_or_default() > 0.0);
    let (row, comment) = (
        decoded_png(&checks[0]["imagePng"]),
        decoded_png(&checks[1]["imagePng"]),
    );
    assert!(
        row.width() > 700 && row.height() < 100,
        "a row: {:?}",
        row.dimensions()
    );
    let inked = comment.pixels().filter(|p| p.0[0] < 100).count();
    assert!(
        inked > 50,
        "the comment's picture shows the writing: {inked} dark pixels"
    );

    let mut answers = sheet["answers"].as_array().cloned().unwrap_or_default();
    answers.push(
        json!({ "field": format!("{}:now", item(1)), "value": { "type": "point", "point": 3 } }),
    );
    let on_a_mark = json!({ "meetingId": meeting, "serial": "M1-003", "pass": 1,
        "answers": [{ "field": item(0), "value": { "type": "picture" } }] });
    assert_eq!(
        refused(&core, "entry.draft", on_a_mark).message,
        "Question 1 is marked on the sheet: only handwriting can be kept as the scan's picture."
    );
    // The handwriting kept as the scan's picture, not typed: the report shows the picture.
    answers.push(json!({ "field": item(3), "value": { "type": "picture" } }));
    // Decided in keyed entry's draft instead: the sheet stays offered, only to accept.
    let decided =
        json!({ "meetingId": meeting, "serial": "M1-003", "pass": 1, "answers": answers });
    ok(&core, "entry.draft", decided);
    let to_accept = ok(
        &core,
        "entry.review",
        json!({ "meetingId": meeting, "pass": 1 }),
    );
    assert_eq!(to_accept[0]["checks"], json!([]), "{to_accept}");
    let counted = ok(
        &core,
        "entry.scans",
        json!({ "meetingId": meeting, "pass": 1 }),
    );
    assert_eq!(counted["toReview"], 1);
    let accept = json!({ "meetingId": meeting, "serial": "M1-003", "pass": 1, "answers": answers });
    ok(&core, "entry.save", accept);
    let after = ok(
        &core,
        "entry.review",
        json!({ "meetingId": meeting, "pass": 1 }),
    );
    assert_eq!(after, json!([]));
    let report = ok(&core, "report.meeting", json!({ "meetingId": meeting })).to_string();
    assert!(
        report.contains(r#""picturePng":"iVBORw0KGgo"#),
        "a PNG in the report"
    );
    let raw = ok(
        &core,
        "report.csv",
        json!({ "meetingId": meeting, "table": "raw" }),
    );
    let csv = raw["csv"].as_str().unwrap_or_default();
    assert!(
        csv.contains("(handwritten, kept as the scan's picture)"),
        "{csv}"
    );
    let printed = ok(
        &core,
        "print.report",
        json!({ "meetingId": meeting, "paper": "letter" }),
    );
    let pdf = base64::engine::general_purpose::STANDARD
        .decode(printed["pdfBase64"].as_str().unwrap_or_default())
        .expect("base64");
    let text = marking::pdf_text(&pdf, scratch.path());
    assert!(
        text.contains("handwriting kept as the scan's picture, not typed: sheet M1-003"),
        "{text}"
    );

    // Keyed as the second entry, one answer typed differently: the scan is shown.
    let keyed = ok(
        &core,
        "entry.open",
        json!({ "meetingId": meeting, "serial": "M1-002", "pass": 1 }),
    );
    let mut typed = keyed["answers"].as_array().cloned().unwrap_or_default();
    for answer in &mut typed {
        if answer["field"] == item(0).as_str() {
            answer["value"] = json!({ "type": "point", "point": 2 });
        }
    }
    let second = json!({ "meetingId": meeting, "serial": "M1-002", "pass": 2, "answers": typed });
    ok(&core, "entry.save", second);
    let compared = ok(&core, "entry.compare", json!({ "meetingId": meeting }));
    let difference = &compared["differences"][0];
    assert_eq!(difference["field"], item(0).as_str(), "{compared}");
    assert!(decoded_png(&difference["scanPng"]).width() > 700);
}

#[test]
fn a_second_page_with_nothing_to_mark_is_known_by_its_code_and_joins_its_sheet() {
    let (_dir, core) = open();
    let mut items: Vec<Value> = (1..=12)
        .map(|k| json!({ "kind": "yesNo", "text": format!("Was part {k} useful?") }))
        .collect();
    items.push(json!({ "kind": "comment", "text": "Anything else?", "lines": 8 }));
    let (meeting, pdf) = printed_form(&core, "2027-02-10", 1, json!(items));
    let scratch = tempfile::tempdir().expect("scratch");
    let mut scanned = scan_pdf(&pdf, scratch.path());
    assert_eq!(scanned.pages.len(), 2);
    let second_page: Vec<&str> = scanned.words[1].iter().map(|w| w.0.as_str()).collect();
    assert!(!second_page.contains(&"Yes"), "nothing to mark on page 2");
    for nth in 0..12 {
        fill_beside(&mut scanned, 0, "Yes", nth);
    }
    write_under(&mut scanned, 1, "else?");

    // The second page first: known by its code, kept until the first comes.
    let later = scan(&core, &meeting, 1, &scanned.pages[1]);
    assert_eq!(
        (later["outcome"].as_str(), later["serial"].as_str()),
        (Some("drafted"), Some("M1-001"))
    );
    assert_eq!(later["toCheck"], json!(["Question 13"]));
    let waiting = ok(
        &core,
        "entry.scans",
        json!({ "meetingId": meeting, "pass": 1 }),
    );
    assert_eq!(waiting["unfinished"], json!(["M1-001"]), "{waiting}");
    assert_eq!(waiting["toReview"], 0);

    let first = scan(&core, &meeting, 1, &scanned.pages[0]);
    assert_eq!(first["outcome"], "drafted", "{first}");
    let joined = ok(
        &core,
        "entry.scans",
        json!({ "meetingId": meeting, "pass": 1 }),
    );
    assert_eq!(
        (joined["unfinished"].clone(), joined["toReview"].clone()),
        (json!([]), json!(1))
    );
    let review = ok(
        &core,
        "entry.review",
        json!({ "meetingId": meeting, "pass": 1 }),
    );
    let answered = review[0]["answers"].as_array().map(Vec::len);
    assert_eq!(answered, Some(12), "every mark of page 1 read: {review}");
    assert_eq!(review[0]["checks"].as_array().map(Vec::len), Some(1));
}
