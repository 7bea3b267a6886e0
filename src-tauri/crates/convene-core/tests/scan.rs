//! Paper read back by scanning: a meeting's sheets printed, rendered as a scanner
//! would (poppler, 150 dpi, grey), marked where their circles are (found from the
//! printed words beside them) and read in as a pass of entry. A sheet read whole is
//! saved, a blank one recorded as blank, one with writing kept as a draft for keyed
//! entry to finish; a page of another meeting or not a sheet at all says why and
//! changes nothing, and scanning a saved sheet again changes nothing.

use std::path::{Path, PathBuf};
use std::process::Command;

use base64::Engine;
use image::{GrayImage, Luma};
use serde_json::{json, Value};

mod common;
use common::{ok, open, refused};
mod evaluation_setup;

const DPI: f32 = 150.0;

/// A meeting whose form asks a yes/no question, a before/now rating, a
/// choose-several and for a comment; `copies` sheets printed. Its id and the PDF.
fn printed(core: &convene_core::Core, date: &str, copies: u32) -> (Value, Vec<u8>) {
    let community = evaluation_setup::community(core);
    let meeting = evaluation_setup::meeting(core, &community, date);
    let form = ok(core, "form.list", json!({ "meetingId": meeting }))[0]["id"].clone();
    let items = json!([
        { "kind": "yesNo", "text": "Was today useful?" },
        { "kind": "retrospective", "text": "My knowledge of CQI", "points": ["Low", "Medium", "High"] },
        { "kind": "multipleChoice", "text": "Which parts helped?",
          "options": ["Teambuilding", "Discussion", "Overview"] },
        { "kind": "comment", "text": "What will you try?", "lines": 2 },
    ]);
    let save = json!({ "id": form, "title": "Scanned evaluation", "items": items });
    ok(core, "form.save", save);
    let print = json!({ "formId": form, "copies": copies, "paper": "letter" });
    let pdf = ok(core, "print.form", print)["pdfBase64"].clone();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(pdf.as_str().unwrap_or_default())
        .expect("base64");
    (json!(meeting), bytes)
}

/// A printed word and its box: left, top, right, bottom, in points from the page's
/// top left.
type Word = (String, f32, f32, f32, f32);

/// The PDF's pages as a 150 dpi grey scan, and where each word is, page by page.
struct Scanned {
    pages: Vec<GrayImage>,
    words: Vec<Vec<Word>>,
}

fn scan_pdf(pdf: &[u8], dir: &Path) -> Scanned {
    let file = dir.join("sheets.pdf");
    std::fs::write(&file, pdf).expect("written");
    let status = Command::new("pdftoppm")
        .args(["-r", "150", "-gray", "-png"])
        .arg(&file)
        .arg(dir.join("page"))
        .status()
        .expect("pdftoppm (poppler-utils) is required");
    assert!(status.success());
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "png"))
        .collect();
    files.sort();
    let pages: Vec<GrayImage> = files
        .iter()
        .map(|p| image::open(p).expect("a page").to_luma8())
        .collect();
    let words = (1..=pages.len())
        .map(|page| {
            let n = page.to_string();
            let out = Command::new("pdftotext")
                .args(["-bbox", "-f", &n, "-l", &n])
                .arg(&file)
                .arg("-")
                .output()
                .expect("pdftotext");
            bounding_boxes(&String::from_utf8_lossy(&out.stdout))
        })
        .collect();
    Scanned { pages, words }
}

/// `<word xMin="…" yMin="…" xMax="…" yMax="…">text</word>` lines, read.
fn bounding_boxes(html: &str) -> Vec<Word> {
    let attr = |line: &str, name: &str| -> f32 {
        let start = line.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
        let end = start + line[start..].find('"').expect("quote");
        line[start..end].parse().expect("a number")
    };
    html.lines()
        .filter(|line| line.trim_start().starts_with("<word"))
        .map(|line| {
            let text_start = line.find('>').expect("tag end") + 1;
            let text_end = line.rfind("</word>").expect("close");
            let text = line[text_start..text_end].to_owned();
            let (x0, y0) = (attr(line, "xMin"), attr(line, "yMin"));
            (text, x0, y0, attr(line, "xMax"), attr(line, "yMax"))
        })
        .collect()
}

/// Fills the circle printed beside the `nth` (from 0) occurrence of `label`.
fn fill_beside(scanned: &mut Scanned, page: usize, label: &str, nth: usize) {
    let (_, x0, y0, _, y1) = scanned.words[page]
        .iter()
        .filter(|w| w.0 == label)
        .nth(nth)
        .cloned()
        .unwrap_or_else(|| panic!("no {label} on page {page}"));
    // The form's circle is 12.76 pt across and ends 5 pt before its label.
    let centre = (x0 - 5.0 - 6.38, (y0 + y1) / 2.0 - 0.7);
    disc(&mut scanned.pages[page], centre, 5.5);
}

fn disc(image: &mut GrayImage, (cx, cy): (f32, f32), radius: f32) {
    let scale = DPI / 72.0;
    let (cx, cy, r) = (cx * scale, cy * scale, radius * scale);
    for y in (cy - r) as u32..=(cy + r) as u32 {
        for x in (cx - r) as u32..=(cx + r) as u32 {
            if (x as f32 - cx).powi(2) + (y as f32 - cy).powi(2) <= r * r {
                image.put_pixel(x, y, Luma([20]));
            }
        }
    }
}

/// A short handwritten word (a zigzag of pen strokes) on the first line under the
/// question that `word` ends.
fn write_under(scanned: &mut Scanned, page: usize, word: &str) {
    let (_, x0, _, _, y1) = scanned.words[page]
        .iter()
        .find(|w| w.0 == word)
        .cloned()
        .expect("the question");
    for k in 0..10 {
        let x = x0 + k as f32 * 4.0;
        let (from, to) = if k % 2 == 0 {
            (y1 + 15.0, y1 + 7.0)
        } else {
            (y1 + 7.0, y1 + 15.0)
        };
        for step in 0..=16 {
            let t = step as f32 / 16.0;
            let point = (x + 4.0 * t, from + (to - from) * t);
            disc(&mut scanned.pages[page], point, 0.6);
        }
    }
}

fn png(image: &GrayImage) -> String {
    let mut bytes = Vec::new();
    image
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .expect("encodes");
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn scan(core: &convene_core::Core, meeting: &Value, pass: u8, image: &GrayImage) -> Value {
    let request = json!({ "meetingId": meeting, "pass": pass, "imageBase64": png(image) });
    ok(core, "entry.scan", request)
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
    assert_eq!(again["outcome"], "alreadySaved");
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
    let request = json!({ "meetingId": meeting, "pass": 1,
        "imageBase64": base64::engine::general_purpose::STANDARD.encode(b"%PDF-1.7") });
    let not_image = ok(&core, "entry.scan", request);
    assert_eq!(
        not_image["problem"],
        "This file is not an image Convene can read; scan to PNG, JPEG or TIFF."
    );
    let progress = ok(&core, "entry.progress", json!({ "meetingId": meeting }));
    assert_eq!(progress["toGo"], 1, "nothing entered");

    let garbled = json!({ "meetingId": meeting, "pass": 1, "imageBase64": "not base64!" });
    assert_eq!(
        refused(&core, "entry.scan", garbled).message,
        "The page's image did not arrive whole; choose the file again."
    );
}
