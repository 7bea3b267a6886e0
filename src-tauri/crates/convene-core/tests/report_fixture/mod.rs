//! A small stack of evaluation sheets whose report figures the report tests work out
//! by hand: a community of six, all present, a form of six questions, seven sheets
//! printed, five entered (one twice), one returned blank, one not returned.

use convene_core::Core;
use serde_json::{json, Value};

use crate::common::ok;

pub struct Fixture {
    pub meeting: String,
    /// The form's items' ids, in order.
    pub ids: Vec<String>,
}

pub const POINT: fn(u8) -> Value = |point| json!({ "type": "point", "point": point });
pub const CODE: fn(&str) -> Value = |code| json!({ "type": "missing", "code": code });
pub const TEXT: fn(&str) -> Value = |text| json!({ "type": "text", "text": text });
pub const MARKS: fn(&[u8]) -> Value = |points| json!({ "type": "points", "points": points });

/// A community of six, all present at a meeting whose form asks six questions, with
/// seven sheets printed.
pub fn meeting_with_form(core: &Core) -> Fixture {
    let community = ok(core, "community.create", json!({ "name": "Report CoP" }))["id"].clone();
    let fields = json!({ "title": "Spring", "date": "2027-03-10", "startTime": "09:00", "endTime": "13:30" });
    let meeting = ok(
        core,
        "meeting.create",
        json!({ "communityId": community, "fields": fields }),
    )["id"]
        .clone();
    for n in 1..=6 {
        let member = ok(
            core,
            "member.create",
            json!({ "communityId": community, "fields": { "name": format!("Member {n}") } }),
        );
        let mark = json!({ "meetingId": meeting, "memberId": member["id"], "status": "present" });
        ok(core, "attendance.set", mark);
    }
    let form = ok(
        core,
        "form.create",
        json!({ "meetingId": meeting, "source": { "from": "blank", "lang": "en" } }),
    );
    let items = json!([
        { "kind": "retrospective", "text": "My knowledge of CQI", "points": ["Low", "Medium", "High"] },
        { "kind": "agreement", "text": "I can apply what I learned.", "agreementScale": "five" },
        { "kind": "yesNo", "text": "Would you come again?" },
        { "kind": "multipleChoice", "text": "Which parts helped?", "options": ["Teambuilding", "Peer sharing", "Planning"] },
        { "kind": "comment", "text": "What was most useful?", "lines": 3 },
        { "kind": "retrospective", "text": "My confidence", "points": ["1", "2", "3", "4", "5"] },
    ]);
    let saved = ok(
        core,
        "form.save",
        json!({ "id": form["id"], "title": "Spring evaluation", "items": items }),
    );
    ok(
        core,
        "print.form",
        json!({ "formId": form["id"], "copies": 7, "paper": "letter" }),
    );
    let ids = saved["items"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|i| i["id"].as_str().unwrap_or_default().to_owned())
        .collect();
    Fixture {
        meeting: meeting.as_str().unwrap_or_default().to_owned(),
        ids,
    }
}

impl Fixture {
    /// One sheet's answers: rating 1 before/now, agreement, yes/no, marks, comment,
    /// rating 2.
    pub fn answers(&self, values: [Value; 8]) -> Vec<Value> {
        let fields = [
            format!("{}:before", self.ids[0]),
            format!("{}:now", self.ids[0]),
            self.ids[1].clone(),
            self.ids[2].clone(),
            self.ids[3].clone(),
            self.ids[4].clone(),
            format!("{}:before", self.ids[5]),
            format!("{}:now", self.ids[5]),
        ];
        fields
            .iter()
            .zip(values)
            .map(|(field, value)| json!({ "field": field, "value": value }))
            .collect()
    }

    /// Saves one sheet's answers (see `answers`).
    pub fn enter(&self, core: &Core, serial: &str, pass: u8, values: [Value; 8]) {
        let answers = self.answers(values);
        ok(
            core,
            "entry.save",
            json!({ "meetingId": self.meeting, "serial": serial, "pass": pass, "answers": answers }),
        );
    }
}

pub fn stack(core: &Core) -> (Fixture, Value) {
    let f = meeting_with_form(core);
    let s1 = [
        POINT(1),
        POINT(3),
        POINT(5),
        POINT(1),
        MARKS(&[1, 2]),
        TEXT("The debrief"),
        POINT(5),
        POINT(5),
    ];
    f.enter(core, "M1-001", 1, s1.clone());
    f.enter(core, "M1-001", 2, s1);
    f.enter(
        core,
        "M1-002",
        1,
        [
            POINT(2),
            POINT(3),
            POINT(4),
            POINT(1),
            MARKS(&[2]),
            CODE("blank"),
            POINT(2),
            POINT(4),
        ],
    );
    f.enter(
        core,
        "M1-003",
        1,
        [
            POINT(3),
            POINT(3),
            POINT(2),
            POINT(2),
            CODE("illegible"),
            TEXT("Shorter lunch"),
            POINT(3),
            POINT(2),
        ],
    );
    f.enter(
        core,
        "M1-004",
        1,
        [
            CODE("blank"),
            POINT(2),
            CODE("notApplicable"),
            CODE("illegible"),
            MARKS(&[3]),
            TEXT("Más tiempo"),
            POINT(1),
            POINT(1),
        ],
    );
    f.enter(
        core,
        "M1-005",
        1,
        [
            POINT(2),
            POINT(1),
            POINT(3),
            POINT(1),
            MARKS(&[1]),
            CODE("illegible"),
            CODE("multiple"),
            POINT(3),
        ],
    );
    ok(
        core,
        "entry.mark",
        json!({ "meetingId": f.meeting, "serial": "M1-006", "status": "blank" }),
    );
    ok(
        core,
        "entry.mark",
        json!({ "meetingId": f.meeting, "serial": "M1-007", "status": "notReturned" }),
    );
    let report = ok(core, "report.meeting", json!({ "meetingId": f.meeting }));
    (f, report)
}

pub fn share(value: &Value) -> (u64, u64, Option<u64>) {
    (
        value["count"].as_u64().unwrap_or(999),
        value["of"].as_u64().unwrap_or(999),
        value["percent"].as_u64(),
    )
}

/// The PDF's text as a reader's viewer extracts it, one string per page.
pub fn pdf_pages(document: &Value) -> Vec<String> {
    use base64::Engine;
    let encoded = document["pdfBase64"].as_str().unwrap_or_default();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .expect("base64");
    let dir = tempfile::tempdir().expect("a scratch folder");
    let file = dir.path().join("report.pdf");
    std::fs::write(&file, bytes).expect("written");
    let output = std::process::Command::new("pdftotext")
        .arg("-layout")
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}
