//! Hours, completion and the certificate register as a facilitator relies on them:
//! a late arrival earns what they attended, a completion rule with a minimum share,
//! certificates issued once (a second run issues nothing), reissued with a new number
//! that names the old one, checked by number and code, printed one per page in each
//! member's language; the transcript and the attendance-and-hours table add up.

use base64::Engine;
use serde_json::{json, Value};

mod common;
mod pdf;
use common::{ok, open, refused};

struct Fixture {
    _dir: tempfile::TempDir,
    core: convene_core::Core,
    series: Value,
    meetings: Vec<Value>,
    members: Vec<Value>,
}

const NAMES: [&str; 4] = ["Ana Ruiz", "Ben Okafor", "Chloé Martín", "Dev Patel"];

/// Three built-in-agenda meetings (230 contact minutes each); at least two must count,
/// and a meeting counts from 75 % of its hours. Ana came to all three, Ben to two (one
/// only for two hours), Chloé (who reads Spanish) to two, Dev to none.
fn fixture() -> Fixture {
    let (dir, core) = open();
    let community = ok(
        &core,
        "community.create",
        json!({ "name": "Prime Time Series" }),
    )["id"]
        .clone();
    let members: Vec<Value> = NAMES
        .iter()
        .map(|name| {
            let language = if name.starts_with("Chlo") {
                json!("es")
            } else {
                Value::Null
            };
            let fields =
                json!({ "name": name, "organization": "Lakeside USD", "language": language });
            ok(
                &core,
                "member.create",
                json!({ "communityId": community, "fields": fields }),
            )["id"]
                .clone()
        })
        .collect();
    let fields = json!({ "title": "Quality Practices Series",
        "recurrence": { "kind": "dates", "dates": ["2026-10-07", "2026-11-04", "2026-12-02"] },
        "startTime": "09:00", "endTime": "13:30", "templateId": "builtin:cop-4.5h",
        "completion": { "minMeetings": 2, "minShare": 75 } });
    let series = ok(
        &core,
        "series.create",
        json!({ "communityId": community, "fields": fields }),
    );
    let meetings = ok(&core, "meeting.list", json!({ "communityId": community }))
        .as_array()
        .cloned()
        .unwrap_or_default();
    let present = [
        [true, true, true],
        [true, true, false],
        [true, false, true],
        [false, false, false],
    ];
    for (member, days) in members.iter().zip(present) {
        for (meeting, here) in meetings.iter().zip(days) {
            let status = if here { "present" } else { "absent" };
            let mark = json!({ "meetingId": meeting["id"], "memberId": member, "status": status });
            ok(&core, "attendance.set", mark);
        }
    }
    let late = json!({ "meetingId": meetings[1]["id"], "memberId": members[1], "minutes": 120 });
    ok(&core, "attendance.setMinutes", late);
    Fixture {
        _dir: dir,
        core,
        series,
        meetings,
        members,
    }
}

fn standing_of<'a>(standing: &'a Value, name: &str) -> &'a Value {
    standing["members"]
        .as_array()
        .and_then(|all| all.iter().find(|m| m["name"] == name))
        .expect("the member's standing")
}

#[test]
fn hours_ceus_and_completion_follow_the_attendance_taken() {
    let f = fixture();
    let standing = ok(
        &f.core,
        "series.standing",
        json!({ "seriesId": f.series["id"] }),
    );
    assert_eq!(standing["required"], 2);
    let ana = standing_of(&standing, "Ana Ruiz");
    assert_eq!(
        (ana["minutes"].as_u64(), ana["ceuTenths"].as_u64()),
        (Some(690), Some(12))
    );
    assert_eq!(ana["completed"], true);
    let ben = standing_of(&standing, "Ben Okafor");
    assert_eq!(ben["earned"], json!([230, 120, null]));
    assert_eq!(
        ben["counted"], 1,
        "two hours of a 3 h 50 meeting is under 75 %"
    );
    assert_eq!(ben["completed"], false);
    assert_eq!(standing_of(&standing, "Chloé Martín")["completed"], true);
    assert_eq!(standing_of(&standing, "Dev Patel")["minutes"], 0);

    let absent =
        json!({ "meetingId": f.meetings[0]["id"], "memberId": f.members[3], "minutes": 60 });
    let refusal = refused(&f.core, "attendance.setMinutes", absent);
    assert!(
        refusal
            .message
            .contains("for Dev Patel, who is not marked present"),
        "{}",
        refusal.message
    );
    let too_long =
        json!({ "meetingId": f.meetings[0]["id"], "memberId": f.members[0], "minutes": 300 });
    assert_eq!(
        refused(&f.core, "attendance.setMinutes", too_long)
            .field
            .as_deref(),
        Some("minutes")
    );
}

#[test]
fn certificates_are_issued_once_and_reissued_only_on_purpose() {
    let f = fixture();
    let issue = || {
        ok(
            &f.core,
            "certificate.issue",
            json!({ "seriesId": f.series["id"] }),
        )
    };
    let first = issue();
    assert_eq!(
        (first["issued"].as_u64(), first["notCompleted"].as_u64()),
        (Some(2), Some(2))
    );
    let again = issue();
    assert_eq!(
        (again["issued"].as_u64(), again["alreadyIssued"].as_u64()),
        (Some(0), Some(2))
    );

    // Ben's second meeting is corrected to three hours: now it counts.
    let corrected =
        json!({ "meetingId": f.meetings[1]["id"], "memberId": f.members[1], "minutes": 180 });
    ok(&f.core, "attendance.setMinutes", corrected);
    assert_eq!(issue()["issued"], 1);

    let certificates = issue()["certificates"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let numbers: Vec<&str> = certificates
        .iter()
        .filter_map(|c| c["number"].as_str())
        .collect();
    assert_eq!(numbers.len(), 3);
    let mut unique = numbers.clone();
    unique.dedup();
    assert_eq!(unique.len(), 3, "every number is its own");
    let ana = certificates
        .iter()
        .find(|c| c["memberName"] == "Ana Ruiz")
        .unwrap();
    assert_eq!(ana["contactMinutes"], 690);
    assert_eq!(ana["ceuTenths"], 12);

    let checked = ok(
        &f.core,
        "certificate.verify",
        json!({ "number": ana["number"], "code": ana["code"] }),
    );
    assert_eq!(checked["memberName"], "Ana Ruiz");
    let wrong = refused(
        &f.core,
        "certificate.verify",
        json!({ "number": ana["number"], "code": "0000-0000" }),
    );
    assert_eq!(wrong.field.as_deref(), Some("code"));
    let unknown = refused(
        &f.core,
        "certificate.verify",
        json!({ "number": "1999-0001", "code": "x" }),
    );
    assert!(unknown.message.contains("1999-0001"));

    let renewed = ok(&f.core, "certificate.reissue", json!({ "id": ana["id"] }));
    assert_ne!(renewed["number"], ana["number"]);
    assert_eq!(renewed["replaces"], ana["number"]);
    let old = ok(
        &f.core,
        "certificate.verify",
        json!({ "number": ana["number"], "code": ana["code"] }),
    );
    assert_eq!(old["replacedBy"], renewed["number"]);
    let twice = refused(&f.core, "certificate.reissue", json!({ "id": ana["id"] }));
    assert!(
        twice.message.contains("already replaced"),
        "{}",
        twice.message
    );
    let community = f.series["communityId"].clone();
    let register = ok(
        &f.core,
        "certificate.list",
        json!({ "communityId": community }),
    );
    assert_eq!(
        register.as_array().map(Vec::len),
        Some(4),
        "the replaced one stays in the register"
    );
    assert_eq!(
        issue()["issued"],
        0,
        "a reissue is not a second certificate"
    );
}

/// The PDF's text, one string per page, as a viewer extracts it.
fn pdf_pages(document: &Value) -> Vec<String> {
    pdf::poppler(document, "pdftotext", &[], &["-"])
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

#[test]
fn certificates_print_one_per_page_in_each_members_language() {
    let f = fixture();
    let provider = json!({ "provider": "Example Afterschool Network", "accreditation": "",
                           "signerName": "Jo Lee", "signerTitle": "Director" });
    ok(
        &f.core,
        "settings.update",
        json!({ "certificates": provider }),
    );
    ok(
        &f.core,
        "certificate.issue",
        json!({ "seriesId": f.series["id"] }),
    );
    let pdf = ok(
        &f.core,
        "print.certificates",
        json!({ "seriesIds": [f.series["id"]], "paper": "letter" }),
    );
    assert_eq!(
        pdf["fileName"],
        "Certificates - Quality Practices Series.pdf"
    );
    let pages = pdf_pages(&pdf);
    assert_eq!(pages.len(), 2, "{pages:#?}");
    let ana = pages
        .iter()
        .find(|p| p.contains("Ana Ruiz"))
        .expect("Ana's page");
    assert!(ana.contains("Certificate of Completion"));
    assert!(ana.contains("11.5 contact hours · 1.2 CEUs"), "{ana}");
    assert!(ana.contains("Example Afterschool Network"));
    assert!(ana.contains("Jo Lee, Director"));
    assert!(
        !ana.contains("Accredited"),
        "no accreditation line unless one is set"
    );
    let chloe = pages
        .iter()
        .find(|p| p.contains("Chloé Martín"))
        .expect("Chloé's page");
    assert!(chloe.contains("Certificado de Finalización"), "{chloe}");
    assert!(chloe.contains("horas de contacto"));
}

/// A 48 × 16 pixel greyscale PNG of a scribble: a scanned signature.
const SIGNATURE_PNG: &str = "iVBORw0KGgoAAAANSUhEUgAAADAAAAAQCAAAAAB1xaNtAAAAYklEQVR42q2SSw4AIQhD31F6/0syiSv5yZjISkqLUsEugzcCrfgvkHoFB36poOSHw1mw0SoFys/psoUQkMBQyvFI7hhvxHGqKcNMeFdkk2s432U2/QsOafZnLzPtTqxfb+sHFx9/r5W1d7AAAAAASUVORK5CYII=";

/// How many images `pdfimages -list` finds in a printed document.
fn images_in(document: &Value) -> usize {
    let listing = pdf::poppler(document, "pdfimages", &["-list"], &[]);
    listing
        .lines()
        .skip(2)
        .filter(|l| !l.trim().is_empty())
        .count()
}

#[test]
fn a_scanned_signature_prints_on_every_certificate_and_a_bad_file_is_refused() {
    let f = fixture();
    ok(
        &f.core,
        "certificate.issue",
        json!({ "seriesId": f.series["id"] }),
    );
    let print = || {
        ok(
            &f.core,
            "print.certificates",
            json!({ "seriesIds": [f.series["id"]], "paper": "a4" }),
        )
    };
    assert_eq!(images_in(&print()), 0);

    let set = ok(
        &f.core,
        "settings.setSignature",
        json!({ "imageBase64": SIGNATURE_PNG }),
    );
    assert_eq!(set["hasSignature"], true);
    assert_eq!(images_in(&print()), 2, "one signature per certificate page");

    let not_an_image = base64::engine::general_purpose::STANDARD.encode("GIF89a, or so it says");
    let refusal = refused(
        &f.core,
        "settings.setSignature",
        json!({ "imageBase64": not_an_image }),
    );
    assert_eq!(refusal.field.as_deref(), Some("imageBase64"));
    assert!(
        refusal.message.contains("PNG or JPEG"),
        "{}",
        refusal.message
    );
    assert_eq!(
        ok(&f.core, "settings.get", json!({}))["hasSignature"],
        true,
        "the refusal changed nothing"
    );

    let removed = ok(
        &f.core,
        "settings.setSignature",
        json!({ "imageBase64": null }),
    );
    assert_eq!(removed["hasSignature"], false);
    assert_eq!(images_in(&print()), 0);
}

#[test]
fn the_transcript_and_the_hours_table_add_up_to_the_attendance() {
    let f = fixture();
    ok(
        &f.core,
        "certificate.issue",
        json!({ "seriesId": f.series["id"] }),
    );
    let transcript = ok(
        &f.core,
        "transcript.get",
        json!({ "memberId": f.members[1] }),
    );
    assert_eq!(transcript["lines"].as_array().map(Vec::len), Some(2));
    assert_eq!(transcript["minutes"], 350);
    let csv = ok(
        &f.core,
        "transcript.csv",
        json!({ "memberId": f.members[1] }),
    );
    let text = csv["csv"].as_str().unwrap_or_default();
    assert!(text.starts_with('\u{feff}'), "a byte-order mark for Excel");
    assert!(
        text.contains("2026-11-04,Quality Practices Series,Quality Practices Series,3.83,2.00"),
        "{text}"
    );
    assert!(text.contains("Total (0.6 CEUs)"));

    let community = f.series["communityId"].clone();
    let table = ok(&f.core, "hours.csv", json!({ "communityId": community }));
    assert_eq!(
        table["fileName"],
        "Attendance and hours - Prime Time Series.csv"
    );
    let text = table["csv"]
        .as_str()
        .unwrap_or_default()
        .trim_start_matches('\u{feff}');
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header.len(), 3 + 3 + 3);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let ana = rows.iter().find(|r| &r[0] == "Ana Ruiz").unwrap();
    assert_eq!((&ana[3], &ana[6], &ana[7]), ("3.83", "11.50", "1.2"));
    assert!(ana[8].starts_with("20"), "her certificate number");
    let dev = rows.iter().find(|r| &r[0] == "Dev Patel").unwrap();
    assert_eq!((&dev[3], &dev[6], &dev[8]), ("", "0.00", ""));

    let printed = ok(
        &f.core,
        "print.transcript",
        json!({ "memberId": f.members[0], "paper": "a4" }),
    );
    let pages = pdf_pages(&printed);
    assert!(
        pages[0].contains("Total: 11.50 contact hours · 1.2 CEUs"),
        "{pages:?}"
    );
}

#[test]
fn the_example_community_has_earned_certificates_on_a_fresh_install() {
    let (_dir, core) = open();
    let communities = ok(&core, "community.list", json!({}));
    let example = communities
        .as_array()
        .and_then(|c| c.first())
        .cloned()
        .unwrap();
    let series = ok(
        &core,
        "series.list",
        json!({ "communityId": example["id"] }),
    );
    let series = series.as_array().cloned().unwrap_or_default();
    assert_eq!(series.len(), 2);
    assert_eq!(series[0]["completion"]["minMeetings"], 2);
    let report = ok(
        &core,
        "certificate.issue",
        json!({ "seriesId": series[0]["id"] }),
    );
    assert!(report["issued"].as_u64().unwrap_or(0) >= 10, "{report}");
    let year_two = ok(
        &core,
        "certificate.issue",
        json!({ "seriesId": series[1]["id"] }),
    );
    assert_eq!(year_two["issued"], 0, "year two has not been held");
}
