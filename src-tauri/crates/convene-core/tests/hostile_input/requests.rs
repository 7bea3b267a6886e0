//! A valid request for every command, the starting point of each mutation. A command
//! added to `COMMAND_NAMES` without a request here fails the suite, so none is skipped.

use convene_core::Core;
use serde_json::{json, Value};

use super::fixture::{worksheet_input, Fixture};

/// A 1×1 white PNG, base64-encoded.
const BLANK_PAGE_PNG: &str =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAsTj2FAAAAABJRU5ErkJggg==";

fn item_fields(n: u64) -> Value {
    json!({
        "title": format!("Fuzz item {n}"), "kind": "teambuilding", "plannedMinutes": 25,
        "fixedStart": "10:30", "presenter": "Ana", "description": "Pairs build a bridge.",
        "facilitatorNotes": "Watch the time.", "materials": "Tape", "warningSeconds": 120,
        "dangerSeconds": 60, "remindAgreements": true, "safetyMonitor": "Luis",
    })
}

fn member_fields(n: u64) -> Value {
    json!({
        "name": format!("Fuzz member {n}"), "role": "Site Coordinator", "organization": "YMCA",
        "site": "Lincoln", "email": "ana@example.org", "phone": "555-0100", "notes": "Vegetarian.",
    })
}

fn meeting_fields(n: u64) -> Value {
    json!({
        "title": format!("Fuzz meeting {n}"), "series": "Year 1 · Meeting 2", "date": "2026-10-14",
        "startTime": "09:00", "endTime": "13:30", "location": "Room 4", "notes": "Bring snacks.",
        "expectedAttendance": 20,
    })
}

fn activity_fields(f: &mut Fixture) -> Value {
    let mut fields = f.activity.clone();
    fields["name"] = json!(format!("Fuzz activity {}", f.next()));
    if let Some(map) = fields.as_object_mut() {
        map.remove("key");
    }
    fields
}

/// A small library file holding one new activity.
pub fn library_file(f: &mut Fixture) -> String {
    let file = json!({
        "format": "convene-activity-library", "version": 1,
        "activities": [activity_fields(f)],
    });
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// An evaluation file with one form of one question and no sheets; importing it again
/// finds it unchanged, so it succeeds every time.
pub fn evaluation_file() -> String {
    let item = json!({ "id": "q1", "kind": "yesNo", "text": "Was it useful?" });
    let version = json!({
        "id": "0190f0c0-0000-7000-8000-0000000000a2", "number": 1, "title": "Imported",
        "intro": "", "items": [item], "createdAt": "2026-10-14T17:00:00Z", "printedAt": null,
    });
    let file = json!({
        "format": "convene-evaluation", "version": 1,
        "meeting": { "title": "Elsewhere", "date": "2026-10-14" },
        "forms": [{
            "id": "0190f0c0-0000-7000-8000-0000000000a1", "lang": "en",
            "createdAt": "2026-10-14T17:00:00Z", "versions": [version],
        }],
        "sheets": [],
    });
    file.to_string()
}

/// A valid community's evaluation file: a community and meeting new here, holding an
/// evaluation like `evaluation_file` under ids of its own.
pub fn community_file() -> String {
    let evaluation: serde_json::Value =
        serde_json::from_str(&evaluation_file().replace("0000000000a", "0000000000b"))
            .unwrap_or_default();
    let meeting = json!({
        "id": "0190f0c0-0000-7000-8000-0000000000b3", "title": "Elsewhere", "series": "",
        "date": "2026-10-14", "startTime": "09:00", "endTime": "12:00", "location": "",
        "evaluation": evaluation,
    });
    json!({
        "format": "convene-community-evaluation", "version": 1,
        "community": { "id": "0190f0c0-0000-7000-8000-0000000000b4", "name": "Elsewhere CoP" },
        "meetings": [meeting],
    })
    .to_string()
}

/// Keyed entry of the main meeting's three printed sheets.
fn entry(f: &Fixture, command: &str) -> Option<Value> {
    let meeting = f.id("meeting");
    Some(match command {
        "entry.progress" => json!({ "meetingId": meeting, "pass": 1 }),
        "entry.open" | "entry.audit" => json!({ "meetingId": meeting, "serial": "1", "pass": 1 }),
        "entry.draft" => json!({ "meetingId": meeting, "serial": "2", "pass": 2, "answers": [] }),
        "entry.save" => json!({
            "meetingId": meeting, "serial": "1", "pass": 1, "answers": f.full_sheet(),
            "reason": "Checked against the paper.",
        }),
        "entry.mark" => json!({ "meetingId": meeting, "serial": "3", "status": "spoiled" }),
        "entry.compare" | "entry.sample" | "entry.widen" => json!({ "meetingId": meeting }),
        "entry.drawSample" => json!({ "meetingId": meeting, "percent": 10 }),
        "entry.unnumbered" => json!({ "meetingId": meeting, "formId": f.id("form") }),
        // A one-pixel white image: too small to be a sheet, and said so.
        "entry.scan" => json!({ "meetingId": meeting, "pass": 2, "fileName": "page.png",
                                "fileBase64": BLANK_PAGE_PNG }),
        "entry.scans" | "entry.review" => json!({ "meetingId": meeting, "pass": 1 }),
        "entry.resolve" => json!({
            "meetingId": meeting, "serial": "1", "field": f.full_sheet()[0]["field"],
            "value": { "type": "missing", "code": "illegible" }, "reason": "Smudged.",
        }),
        "report.meeting" => json!({ "meetingId": meeting }),
        "report.series" => json!({ "communityId": f.id("community") }),
        "report.network" => json!({ "communityIds": [f.id("community"), f.id("spareCommunity")] }),
        "report.csv" => json!({ "meetingId": meeting, "table": "raw" }),
        "report.acrossCsv" => {
            json!({ "across": { "type": "network", "communityIds": [f.id("community")] } })
        }
        "report.flagComment" => {
            let comment = f.form_items.as_array().and_then(|items| {
                items
                    .iter()
                    .find(|item| item["kind"] == "comment")
                    .map(|item| item["id"].clone())
            });
            json!({ "meetingId": meeting, "serial": "1", "field": comment, "starred": true, "hidden": false })
        }
        _ => return None,
    })
}

/// A request `command` accepts, aimed at the fixture's records.
pub fn valid(f: &mut Fixture, core: &Core, command: &str) -> Value {
    f.victims(core);
    let n = f.next();
    people(f, command, n)
        .or_else(|| agenda_and_run(f, command, n))
        .or_else(|| library_and_print(f, command))
        .or_else(|| entry(f, command))
        .or_else(|| series_and_certificates(f, command, n))
        .or_else(|| worksheets(f, command, n))
        .unwrap_or_else(|| {
            panic!("no valid request for {command}: add one to tests/hostile_input/requests.rs")
        })
}

/// Communities, members, meetings and attendance.
fn people(f: &Fixture, command: &str, n: u64) -> Option<Value> {
    let meeting = f.id("meeting");
    let community = f.id("community");
    Some(match command {
        "app.info"
        | "template.list"
        | "run.liveMeeting"
        | "agreements.templates"
        | "backup.list"
        | "backup.create"
        | "device.pairingCode"
        | "device.list"
        | "settings.get"
        | "settings.roomLanguage" => json!({}),
        // The room's language only: error sentences stay in one language for the checks.
        // A 48 × 16 greyscale PNG.
        "settings.setSignature" => {
            json!({ "imageBase64": "iVBORw0KGgoAAAANSUhEUgAAADAAAAAQCAAAAAB1xaNtAAAAYklEQVR42q2SSw4AIQhD31F6/0syiSv5yZjISkqLUsEugzcCrfgvkHoFB36poOSHw1mw0SoFys/psoUQkMBQyvFI7hhvxHGqKcNMeFdkk2s432U2/QsOafZnLzPtTqxfb+sHFx9/r5W1d7AAAAAASUVORK5CYII=" })
        }
        "settings.update" => json!({ "roomLanguage": "es", "certificates": {
            "provider": "Fuzz Network", "accreditation": "", "signerName": "Jo", "signerTitle": "Lead" } }),
        "backup.restore" => json!({ "name": f.id("backup") }),
        "backup.restoreFile" => json!({ "fileBase64": f.backup_file }),
        "device.revoke" => json!({ "id": f.id("device") }),
        "community.list" => json!({ "query": "fuzz" }),
        "community.get" | "community.impact" => json!({ "id": community }),
        "community.create" => json!({
            "name": format!("Fuzz community {n}"), "focus": "Site coordinators",
            "description": "Monthly.", "cohort": "2026",
        }),
        "community.update" => {
            json!({ "id": community, "fields": { "name": format!("Fuzz community {n}") } })
        }
        "community.delete" => {
            json!({ "id": f.id("spareCommunity"), "confirmAttendanceLoss": true })
        }
        "member.list" => json!({ "communityId": community, "query": "fuzz" }),
        "member.create" => json!({ "communityId": community, "fields": member_fields(n) }),
        "member.update" => json!({ "id": f.id("member"), "fields": member_fields(n) }),
        "member.impact" => json!({ "id": f.id("member") }),
        "member.delete" => json!({ "id": f.id("spareMember"), "confirmAttendanceLoss": true }),
        "meeting.list" => json!({ "communityId": community }),
        "meeting.get" | "meeting.impact" => json!({ "id": meeting }),
        "meeting.create" => json!({ "communityId": community, "fields": meeting_fields(n) }),
        "meeting.update" => json!({ "id": meeting, "fields": meeting_fields(n) }),
        "meeting.delete" => json!({ "id": f.id("spareMeeting"), "confirmAttendanceLoss": true }),
        "attendance.get" | "agenda.get" | "meeting.materials" | "agreements.checkin" => {
            json!({ "meetingId": meeting })
        }
        "attendance.set" => {
            json!({ "meetingId": meeting, "memberId": f.id("member"), "status": "present" })
        }
        "attendance.markUnmarked" => json!({ "meetingId": meeting, "status": "absent" }),
        _ => return None,
    })
}

fn agenda_and_run(f: &Fixture, command: &str, n: u64) -> Option<Value> {
    let meeting = f.id("meeting");
    Some(match command {
        // Items go on the spare meeting, so the main agenda does not grow case after case.
        "agenda.add" => {
            json!({ "meetingId": f.id("spareMeeting"), "position": 1, "fields": item_fields(n) })
        }
        "agenda.update" => json!({ "id": f.id("item"), "fields": item_fields(n) }),
        "agenda.move" => json!({ "id": f.id("item"), "toPosition": 2 }),
        "agenda.duplicate" | "agenda.delete" => json!({ "id": f.id("spareItem") }),
        "agenda.restore" => {
            let mut item = f.item.clone();
            item["id"] = json!(format!("restored-{n}"));
            item["meetingId"] = f.id("spareMeeting");
            json!({ "item": item })
        }
        // The spare meeting's own two items: copying the main agenda's dozen, case after
        // case, was the slowest part of the suite.
        "template.apply" => json!({
            "meetingId": f.id("spareMeeting"), "replace": true,
            "source": { "from": "meeting", "id": f.id("spareMeeting") },
        }),
        "template.save" => json!({ "meetingId": meeting, "name": format!("Fuzz template {n}") }),
        "template.delete" => json!({ "id": f.id("spareTemplate") }),
        "run.get" | "run.projection" | "run.toggle" | "run.pause" | "run.resume" | "run.next"
        | "run.previous" | "run.end" | "run.log" | "agenda.participant" => {
            json!({ "meetingId": meeting })
        }
        // The main meeting is live; the spare one can start (again, once it has run).
        "run.start" => json!({ "meetingId": f.id("spareMeeting"), "confirmRestart": true }),
        "run.jump" => json!({ "meetingId": meeting, "itemId": f.id("item") }),
        "run.adjust" => json!({ "meetingId": meeting, "seconds": 60 }),
        "run.display" => json!({
            "meetingId": meeting, "blackout": false, "toggleBlackout": false, "agreements": true,
            "message": "Back in five minutes.",
        }),
        "run.settings" => json!({
            "meetingId": meeting, "autoAdvance": false, "chime": true, "warningSeconds": 120,
            "dangerSeconds": 60,
        }),
        _ => return None,
    })
}

/// The activity library, agreements and printing.
fn library_and_print(f: &mut Fixture, command: &str) -> Option<Value> {
    let meeting = f.id("meeting");
    let community = f.id("community");
    Some(match command {
        "agenda.addActivity" => json!({
            "meetingId": f.id("spareMeeting"), "activityId": f.id("activity"), "position": 0, "minutes": 20,
        }),
        "activity.search" => json!({
            "query": "trust circle", "fitsMinutes": 30, "groupSize": 12, "space": "indoor",
            "maxIntensity": "medium", "maxContact": "light", "purpose": "trust", "noMaterials": false,
            "favoritesOnly": false, "deleted": false, "sort": "name", "limit": 20,
        }),
        "activity.get" | "activity.duplicate" => json!({ "id": f.id("activity") }),
        "activity.create" => json!({ "fields": activity_fields(f) }),
        "activity.update" => json!({ "id": f.id("activity"), "fields": activity_fields(f) }),
        "activity.delete" | "activity.restore" => json!({ "id": f.id("spareActivity") }),
        "activity.resetShipped" => json!({ "id": f.id("shippedActivity") }),
        "activity.favorite" => json!({ "id": f.id("activity"), "favorite": true }),
        "activity.rate" => {
            json!({ "activityId": f.id("activity"), "meetingId": meeting, "rating": 4 })
        }
        "library.export" => json!({}),
        "library.import" => json!({ "json": library_file(f), "dryRun": false }),
        "agreements.get" => json!({ "communityId": community }),
        "agreements.adopt" => {
            json!({ "communityId": community, "meetingId": meeting, "items": f.agreements })
        }
        "agreements.setCheckin" => json!({
            "meetingId": meeting, "scores": [{ "itemId": f.id("checkinItem"), "score": 4 }],
        }),
        "form.list" | "form.sheets" | "form.export" => json!({ "meetingId": meeting }),
        "form.import" => json!({ "meetingId": meeting, "json": evaluation_file() }),
        "calendar.meeting" => json!({ "meetingId": meeting }),
        "calendar.community" => json!({ "communityId": f.id("community") }),
        "form.exportCommunity" => json!({ "communityId": f.id("community") }),
        "form.importCommunity" => json!({ "json": community_file() }),
        "print.across" => {
            json!({ "across": { "type": "series", "communityId": f.id("community") }, "paper": "a4", "lang": "es" })
        }
        "print.form" => json!({ "formId": f.id("form"), "copies": 2, "paper": "a4" }),
        "print.report" => json!({ "meetingId": meeting, "paper": "letter", "lang": "es" }),
        "form.get" => json!({ "id": f.id("form") }),
        "form.create" => json!({
            "meetingId": f.id("spareMeeting"),
            "source": { "from": "template", "key": "end-of-series", "lang": "es" },
        }),
        "form.save" => json!({
            "id": f.id("form"), "title": "Fuzz evaluation", "intro": "Fill one circle.",
            "items": f.form_items,
        }),
        "form.delete" => json!({ "id": f.id("spareForm") }),
        "form.templates" => json!({ "lang": "es" }),
        "form.savedTemplates" => json!({}),
        "form.saveTemplate" => {
            json!({ "formId": f.id("form"), "name": format!("Fuzz form template {}", f.next()) })
        }
        "form.deleteTemplate" => json!({ "id": f.id("spareFormTemplate") }),
        "print.agenda" => json!({ "meetingId": meeting, "facilitator": true, "paper": "letter" }),
        "print.activity" => json!({ "activityId": f.id("activity"), "paper": "a4" }),
        "print.materials" => json!({ "meetingId": meeting, "paper": "letter" }),
        "print.agreements" => {
            json!({ "communityId": community, "layout": "poster", "paper": "letter" })
        }
        _ => return None,
    })
}

/// Series, hours and the certificate register.
fn series_and_certificates(f: &Fixture, command: &str, n: u64) -> Option<Value> {
    let community = f.id("community");
    let series = f.id("series");
    Some(match command {
        "series.list" | "hours.csv" | "certificate.list" => json!({ "communityId": community }),
        "series.get" => json!({ "id": series }),
        "calendar.series" => json!({ "seriesId": series }),
        "series.standing" | "certificate.issue" => json!({ "seriesId": series }),
        "series.preview" => json!({
            "recurrence": { "kind": "monthlyWeekday", "interval": 1, "ordinal": 2,
                            "weekday": "wednesday", "from": "2026-10-01", "until": "2027-06-30" },
            "skip": ["2026-12-09"],
        }),
        "series.create" => json!({ "communityId": community, "fields": {
            "title": format!("Fuzz series {n}"),
            "recurrence": { "kind": "weekly", "interval": 2, "weekday": "tuesday",
                            "from": "2027-01-05", "until": "2027-02-28" },
            "startTime": "16:00", "endTime": "17:30", "location": "Room 2",
            "completion": { "minMeetings": 2, "minShare": 50 },
        } }),
        "series.update" => json!({
            "id": series, "title": "Fuzz series", "startTime": "09:30", "endTime": "12:00",
            "location": "Library", "scope": "future", "completion": { "minMeetings": 1 },
        }),
        "series.delete" => json!({ "id": f.id("spareSeries") }),
        "attendance.setMinutes" => {
            json!({ "meetingId": f.id("meeting"), "memberId": f.id("member"), "minutes": 120 })
        }
        "transcript.get" | "transcript.csv" => json!({ "memberId": f.id("member") }),
        "print.roadMap" => json!({ "memberId": f.id("member"), "paper": "letter", "lang": "es" }),
        "print.pairs" => json!({ "pairingId": f.id("pairing"), "paper": "a4", "lang": "es" }),
        "pairs.list" => json!({ "communityId": f.id("community") }),
        "pairs.suggest" => {
            json!({ "communityId": f.id("community"), "kind": "mentoring", "allowRepeats": false })
        }
        "pairs.save" => json!({ "communityId": f.id("community"), "kind": "accountabilityPartners",
            "label": format!("Fuzz period {n}"), "groups": [[f.id("member"), f.id("partner")]] }),
        "pairs.addCheckin" => {
            json!({ "pairingId": f.id("pairing"), "group": 1, "date": "2026-10-20",
            "note": "Visited each other's sites." })
        }
        "pairs.delete" => json!({ "id": f.id("sparePairing") }),
        "plan.get" => json!({ "memberId": f.id("member") }),
        "plan.saveGoal" => json!({ "memberId": f.id("member"), "fields": {
            "goal": format!("Fuzz goal {n}"), "why": "Families ask.", "standard": "youthVoice",
            "steps": [{ "text": "Survey", "by": "2026-10-30", "done": false }],
            "support": "", "evidence": "", "status": "active",
        } }),
        "plan.addCheckin" => json!({ "memberId": f.id("member"), "fields": {
            "date": "2026-10-20", "withWhom": "Coach", "moved": "Survey drafted.", "next": "Send it.",
        } }),
        "plan.deleteCheckin" => json!({ "id": f.id("spareCheckin") }),
        "certificate.reissue" => json!({ "id": f.id("spareCertificate") }),
        "certificate.verify" => {
            json!({ "number": f.id("certificateNumber"), "code": f.id("certificateCode") })
        }
        "print.certificates" => json!({ "seriesIds": [series], "paper": "a4" }),
        "print.signIn" => {
            json!({ "meetingId": f.id("meeting"), "paper": "a4", "lang": "es", "blankLines": 4 })
        }
        "print.transcript" => {
            json!({ "memberId": f.id("member"), "paper": "letter", "lang": "es" })
        }
        _ => return None,
    })
}

/// Worksheets, kept and printed.
fn worksheets(f: &Fixture, command: &str, n: u64) -> Option<Value> {
    let worksheet = f.id("worksheet");
    Some(match command {
        "worksheet.list" => json!({ "communityId": f.id("community") }),
        "worksheet.templates" => json!({ "lang": "es" }),
        "worksheet.create" => {
            json!({ "communityId": f.id("community"), "worksheet": worksheet_input(n) })
        }
        "worksheet.update" => json!({ "id": worksheet, "worksheet": worksheet_input(n) }),
        "worksheet.copy" => json!({ "id": worksheet, "communityId": f.id("community") }),
        "worksheet.delete" => json!({ "id": f.id("spareWorksheet") }),
        "print.worksheet" => json!({
            "meetingId": f.id("meeting"), "worksheetId": worksheet, "personalised": true,
            "paper": "letter",
        }),
        _ => return None,
    })
}
