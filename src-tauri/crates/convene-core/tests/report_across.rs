//! Reports across meetings and communities: the same questions side by side over a
//! community's meetings, and several communities pooled beside their total, matching
//! questions by their item keys or else by their words.

use serde_json::{json, Value};

mod common;
use common::{ok, open, refused};
mod report_fixture;
use report_fixture::{pdf_pages, share, stack, CODE, MARKS, POINT};

#[test]
fn the_series_report_lines_up_the_same_questions_across_meetings() {
    let (_dir, core) = open();
    let (f, first) = stack(&core);
    let community = ok(&core, "meeting.get", json!({ "id": f.meeting }))["communityId"].clone();
    let form = ok(&core, "form.list", json!({ "meetingId": f.meeting }))[0]["id"].clone();
    // A later meeting copies the form and rewords one question.
    let fields = json!({ "title": "Summer", "date": "2027-06-10", "startTime": "09:00", "endTime": "13:30" });
    let later = ok(
        &core,
        "meeting.create",
        json!({ "communityId": community, "fields": fields }),
    )["id"]
        .clone();
    let copy = ok(
        &core,
        "form.create",
        json!({ "meetingId": later, "source": { "from": "form", "id": form } }),
    );
    let mut items = copy["items"].clone();
    items[2]["text"] = json!("Will you come back?");
    items[1]["text"] = json!("i can apply what I learned"); // the same question, typed differently
    let saved = ok(
        &core,
        "form.save",
        json!({ "id": copy["id"], "title": "Summer evaluation", "items": items }),
    );
    ok(
        &core,
        "print.form",
        json!({ "formId": copy["id"], "copies": 1, "paper": "letter" }),
    );
    let id = |i: usize| {
        saved["items"][i]["id"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    let answers = json!([
        { "field": format!("{}:before", id(0)), "value": POINT(2) }, { "field": format!("{}:now", id(0)), "value": POINT(3) },
        { "field": id(1), "value": POINT(5) }, { "field": id(2), "value": POINT(1) }, { "field": id(3), "value": MARKS(&[2]) },
        { "field": id(4), "value": CODE("blank") }, { "field": format!("{}:before", id(5)), "value": POINT(3) },
        { "field": format!("{}:now", id(5)), "value": POINT(4) },
    ]);
    ok(
        &core,
        "entry.save",
        json!({ "meetingId": later, "serial": "M2-001", "pass": 1, "answers": answers }),
    );

    let series = ok(&core, "report.series", json!({ "communityId": community }));
    let titles: Vec<&str> = series["meetings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m["title"].as_str())
        .collect();
    assert_eq!(titles, ["Spring", "Summer"]);
    let row = |text: &str| {
        series["rows"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|r| r["text"] == text)
            .cloned()
            .unwrap_or_default()
    };
    let knowledge = row("My knowledge of CQI");
    assert_eq!(
        knowledge["cells"][0]["headline"],
        first["forms"][0]["items"][0]["figures"]["change"]["increased"]
    );
    assert_eq!(share(&knowledge["cells"][1]["headline"]), (1, 1, Some(100)));
    assert_eq!(knowledge["cells"][1]["before"], json!([0, 100, 0]));
    assert_eq!(
        share(&row("I can apply what I learned.")["cells"][1]["headline"]),
        (1, 1, Some(100))
    );
    // The reworded question is a row of its own, asked only at the second meeting.
    assert_eq!(row("Would you come again?")["cells"][1], Value::Null);
    assert_eq!(row("Will you come back?")["cells"][0], Value::Null);
    assert_eq!(
        share(&row("Will you come back?")["cells"][1]["headline"]),
        (1, 1, Some(100))
    );
    // Written answers and several marks have no headline to line up.
    assert_eq!(row("What was most useful?"), Value::Null);
}

#[test]
fn the_network_report_pools_each_community_and_totals_them_matching_questions_by_key() {
    let (_dir, core) = open();
    let example = ok(&core, "community.list", json!({}))[0]["id"].clone();
    // A second region, its form the Spanish meeting evaluation: other words, same keys.
    let region = ok(
        &core,
        "community.create",
        json!({ "name": "Región Sur", "focus": "la participación de las familias" }),
    )["id"]
        .clone();
    let fields = json!({ "title": "Primera", "date": "2027-02-01", "startTime": "09:00", "endTime": "13:30" });
    let meeting = ok(
        &core,
        "meeting.create",
        json!({ "communityId": region, "fields": fields }),
    )["id"]
        .clone();
    let form = ok(
        &core,
        "form.create",
        json!({ "meetingId": meeting, "source": { "from": "template", "key": "cop-meeting", "lang": "es" } }),
    );
    ok(
        &core,
        "print.form",
        json!({ "formId": form["id"], "copies": 2, "paper": "letter" }),
    );
    let id = |i: usize| {
        form["items"][i]["id"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    for (serial, before, now) in [("M1-001", 1, 2), ("M1-002", 3, 3)] {
        let answers = json!([
            { "field": format!("{}:before", id(1)), "value": POINT(before) }, { "field": format!("{}:now", id(1)), "value": POINT(now) },
            { "field": id(2), "value": POINT(2) }, { "field": id(3), "value": POINT(2) }, { "field": id(5), "value": POINT(1) },
            { "field": id(7), "value": CODE("blank") }, { "field": id(8), "value": CODE("blank") },
        ]);
        ok(
            &core,
            "entry.save",
            json!({ "meetingId": meeting, "serial": serial, "pass": 1, "answers": answers }),
        );
    }

    let network = ok(
        &core,
        "report.network",
        json!({ "communityIds": [example, region, example] }),
    );
    let names: Vec<&str> = network["communities"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["name"].as_str())
        .collect();
    assert_eq!(
        names,
        ["Site Coordinator CoP — Example Region", "Región Sur"],
        "a community named twice counts once"
    );
    assert_eq!(
        (
            network["communities"][0]["meetings"].as_u64(),
            network["communities"][1]["entered"].as_u64()
        ),
        (Some(2), Some(2))
    );
    let knowledge = network["rows"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|r| {
            r["text"]
                .as_str()
                .is_some_and(|t| t.starts_with("My knowledge of"))
        })
        .cloned()
        .unwrap_or_default();
    // The example's two meetings, pooled: their increased counts added.
    let (mut count, mut of) = (0, 0);
    for m in ok(&core, "meeting.list", json!({ "communityId": example }))
        .as_array()
        .into_iter()
        .flatten()
        .take(2)
    {
        let report = ok(&core, "report.meeting", json!({ "meetingId": m["id"] }));
        let increased = &report["forms"][0]["items"][0]["figures"]["change"]["increased"];
        count += increased["count"].as_u64().unwrap_or(0);
        of += increased["of"].as_u64().unwrap_or(0);
    }
    assert_eq!(
        (
            knowledge["cells"][0]["headline"]["count"].as_u64(),
            knowledge["cells"][0]["headline"]["of"].as_u64()
        ),
        (Some(count), Some(of))
    );
    // The Spanish region: 1 → 2 rose, 3 → 3 did not.
    assert_eq!(share(&knowledge["cells"][1]["headline"]), (1, 2, Some(50)));
    assert_eq!(knowledge["cells"][1]["before"], json!([1, 0, 1]));
    assert_eq!(
        knowledge["total"]["headline"]["count"].as_u64(),
        Some(count + 1)
    );
    assert_eq!(knowledge["total"]["headline"]["of"].as_u64(), Some(of + 2));
    let unknown = refused(
        &core,
        "report.network",
        json!({ "communityIds": [example, "no-such-community"] }),
    );
    assert_eq!(unknown.code, convene_core::ErrorCode::NotFound);
    let percents = knowledge["total"]["beforePercents"]
        .as_array()
        .map(|p| p.iter().filter_map(Value::as_u64).sum::<u64>());
    assert_eq!(percents, Some(100));
}

/// The first before/now rating of the community's network row and of the meeting's
/// own report: (increased share, before counts) each.
fn pooled_and_direct(
    core: &convene_core::Core,
    community: &Value,
    meeting: &str,
) -> [(Value, Value); 2] {
    let network = ok(
        core,
        "report.network",
        json!({ "communityIds": [community] }),
    );
    let row = &network["rows"][0];
    let report = ok(core, "report.meeting", json!({ "meetingId": meeting }));
    let figures = &report["forms"][0]["items"][0]["figures"];
    let strip = |share: &Value| json!([share["count"], share["of"], share["percent"]]);
    [
        (
            strip(&row["total"]["headline"]),
            row["total"]["before"].clone(),
        ),
        (
            strip(&figures["change"]["increased"]),
            figures["before"]["counts"].clone(),
        ),
    ]
}

#[test]
fn the_network_report_follows_corrections_and_deletions_of_sheets() {
    let (_dir, core) = open();
    let (f, _) = stack(&core);
    let community = ok(&core, "meeting.get", json!({ "id": f.meeting }))["communityId"].clone();
    let [pooled, direct] = pooled_and_direct(&core, &community, &f.meeting);
    assert_eq!(pooled, direct);
    assert_eq!(
        pooled.0,
        json!([2, 4, 50]),
        "M1-001 and M1-002 rose, of 4 pairs"
    );

    // M1-002's rating was typed 2 → 3; the paper says 3 → 2.
    let corrected = f.answers([
        POINT(3),
        POINT(2),
        POINT(4),
        POINT(1),
        MARKS(&[2]),
        CODE("blank"),
        POINT(2),
        POINT(4),
    ]);
    let save = json!({ "meetingId": f.meeting, "serial": "M1-002", "pass": 1, "answers": corrected, "reason": "Misread the paper" });
    ok(&core, "entry.save", save);
    let [pooled, direct] = pooled_and_direct(&core, &community, &f.meeting);
    assert_eq!(pooled, direct);
    assert_eq!(pooled.0, json!([1, 4, 25]));

    let gone = json!({ "id": f.meeting, "confirmAttendanceLoss": true });
    ok(&core, "meeting.delete", gone);
    let network = ok(
        &core,
        "report.network",
        json!({ "communityIds": [community] }),
    );
    assert_eq!(network["rows"], json!([]));
    assert_eq!(network["communities"][0]["entered"], 0);
}

/// The CSV's rows after its header, read by a CSV parser.
fn csv_rows(file: &Value) -> (Vec<String>, Vec<Vec<String>>) {
    let text = file["csv"].as_str().unwrap_or_default();
    assert!(
        text.starts_with('\u{feff}'),
        "Excel needs the byte-order mark"
    );
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header = reader
        .headers()
        .map(|h| h.iter().map(str::to_owned).collect());
    let rows = reader
        .records()
        .map(|r| r.map(|r| r.iter().map(str::to_owned).collect()))
        .collect::<Result<Vec<Vec<String>>, _>>();
    (header.unwrap_or_default(), rows.unwrap_or_default())
}

#[test]
fn series_and_network_reports_are_written_as_csv_and_pdf() {
    let (_dir, core) = open();
    let (f, _) = stack(&core);
    let community = ok(&core, "meeting.get", json!({ "id": f.meeting }))["communityId"].clone();
    let series = json!({ "type": "series", "communityId": community });
    let file = ok(&core, "report.acrossCsv", json!({ "across": series }));
    let name = ok(&core, "community.get", json!({ "id": community }))["name"].clone();
    assert_eq!(
        file["fileName"],
        json!(format!(
            "Evaluations across meetings - {}.csv",
            name.as_str().unwrap_or_default()
        ))
    );
    let (header, rows) = csv_rows(&file);
    assert_eq!(
        header[..4],
        ["Meeting or community", "Based on", "Question", "Figure"]
    );
    // The first rating: 2 of its 4 pairs rose; before 1, 2, 2 of 5 sheets' marks…
    let rating = &rows[0];
    assert_eq!(rating[3..7], ["Increased", "2", "4", "50"]);
    assert!(rating[0].starts_with("Spring · "), "{rating:?}");
    assert_eq!(rating[1], "5 sheets of 6 present");

    let network = json!({ "type": "network", "communityIds": [community] });
    let (_, rows) = csv_rows(&ok(&core, "report.acrossCsv", json!({ "across": network })));
    let totals: Vec<&Vec<String>> = rows.iter().filter(|r| r[0] == "All chosen").collect();
    assert_eq!(
        totals[0][3..7],
        ["Increased", "2", "4", "50"],
        "one community: its total is itself"
    );

    let document = ok(
        &core,
        "print.across",
        json!({ "across": network, "paper": "letter", "lang": "en" }),
    );
    assert_eq!(document["fileName"], "Network report.pdf");
    let text = pdf_pages(&document).join(" ");
    for expected in [
        "Network report",
        "2. All chosen — 1 meeting, 5 sheets",
        "1. Increased: 50% (2 of 4)",
        "2. Increased: 50% (2 of 4)",
    ] {
        assert!(text.contains(expected), "{expected:?} in {text}");
    }
}
