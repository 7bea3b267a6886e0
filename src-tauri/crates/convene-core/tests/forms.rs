//! Evaluation forms as a facilitator makes them: from a shipped template in either
//! language, edited, copied to another meeting, refused when they break a rule (and
//! then unchanged), and deleted with their meeting.

use serde_json::{json, Value};

mod common;
use common::{ok, open, refused};

/// The example community's id and its first meeting's id.
fn example_meeting(core: &convene_core::Core) -> (String, String) {
    let communities = ok(core, "community.list", json!({}));
    let community = communities[0]["id"].as_str().expect("an id").to_owned();
    let meetings = ok(core, "meeting.list", json!({ "communityId": community }));
    let meeting = meetings[0]["id"].as_str().expect("an id").to_owned();
    (community, meeting)
}

fn texts(form: &Value) -> Vec<String> {
    form["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|item| item["text"].as_str().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn the_example_meetings_come_with_the_meeting_evaluation_about_the_communitys_focus() {
    let (_dir, core) = open();
    let (_, meeting) = example_meeting(&core);
    let forms = ok(&core, "form.list", json!({ "meetingId": meeting }));
    assert_eq!(forms.as_array().map(Vec::len), Some(1));
    assert_eq!(forms[0]["title"], "Meeting evaluation");
    assert_eq!(
        (forms[0]["lang"].as_str(), forms[0]["version"].as_u64()),
        (Some("en"), Some(1))
    );
    let form = ok(&core, "form.get", json!({ "id": forms[0]["id"] }));
    let before_now = &form["items"][1];
    assert_eq!(before_now["kind"], "retrospective");
    assert_eq!(
        before_now["text"],
        "My knowledge of Continuous Quality Improvement (CQI) and the Quality Standards for Expanded Learning at afterschool and summer sites"
    );
    assert_eq!(before_now["points"], json!(["Low", "Medium", "High"]));
    assert_eq!(forms[0]["questions"], 6);
}

#[test]
fn a_spanish_form_from_a_template_is_edited_keeping_its_items_identity() {
    let (_dir, core) = open();
    let (_, meeting) = example_meeting(&core);
    let source = json!({ "from": "template", "key": "end-of-series", "lang": "es" });
    let form = ok(
        &core,
        "form.create",
        json!({ "meetingId": meeting, "source": source }),
    );
    assert_eq!(
        (form["lang"].as_str(), form["title"].as_str()),
        (Some("es"), Some("Evaluación al final de la serie"))
    );

    let mut items = form["items"].as_array().expect("items").clone();
    let kept_id = items[1]["id"].clone();
    items.swap(1, 2);
    items.push(json!({ "kind": "shortText", "text": "Su sitio" }));
    let saved = ok(
        &core,
        "form.save",
        json!({ "id": form["id"], "title": "Evaluación final", "intro": "", "items": items }),
    );
    assert_eq!(
        saved["items"][2]["id"], kept_id,
        "a moved item keeps its id"
    );
    let added = saved["items"][7]["id"].as_str().unwrap_or_default();
    assert!(!added.is_empty(), "a new item is given an id");
    assert_eq!(saved["version"], 1);
    assert_eq!(ok(&core, "form.get", json!({ "id": form["id"] })), saved);
}

#[test]
fn a_refused_save_names_the_item_and_field_and_changes_nothing() {
    let (_dir, core) = open();
    let (_, meeting) = example_meeting(&core);
    let id = ok(&core, "form.list", json!({ "meetingId": meeting }))[0]["id"].clone();
    let before = ok(&core, "form.get", json!({ "id": id }));
    let mut items = before["items"].as_array().expect("items").clone();
    items[1]["points"] = json!(["Alto"]);
    let error = refused(
        &core,
        "form.save",
        json!({ "id": id, "title": "x", "items": items }),
    );
    assert_eq!(error.field.as_deref(), Some("items.1.points"));
    assert_eq!(
        error.message,
        "Item 2's scale has 1 point; a scale has from 3 to 5."
    );

    let headings = json!([{ "kind": "heading", "text": "Only a heading" }]);
    let error = refused(
        &core,
        "form.save",
        json!({ "id": id, "title": "x", "items": headings }),
    );
    assert_eq!(error.message, "A form needs at least one question.");
    assert_eq!(ok(&core, "form.get", json!({ "id": id })), before);
}

#[test]
fn a_form_copied_to_another_meeting_is_its_own_and_goes_with_its_meeting() {
    let (_dir, core) = open();
    let (community, meeting) = example_meeting(&core);
    let original = ok(&core, "form.list", json!({ "meetingId": meeting }))[0]["id"].clone();
    let original = ok(&core, "form.get", json!({ "id": original }));
    let fields = json!({ "title": "Extra session", "date": "2027-05-01", "startTime": "09:00", "endTime": "12:00" });
    let other = ok(
        &core,
        "meeting.create",
        json!({ "communityId": community, "fields": fields }),
    );
    let source = json!({ "from": "form", "id": original["id"] });
    let copy = ok(
        &core,
        "form.create",
        json!({ "meetingId": other["id"], "source": source }),
    );
    assert_eq!(texts(&copy), texts(&original));
    assert_ne!(copy["items"][0]["id"], original["items"][0]["id"]);

    let blank = json!({ "from": "blank", "lang": "en" });
    ok(
        &core,
        "form.create",
        json!({ "meetingId": other["id"], "source": blank }),
    );
    let listed = ok(&core, "form.list", json!({ "meetingId": other["id"] }));
    assert_eq!(listed.as_array().map(Vec::len), Some(2));
    let left = ok(&core, "form.delete", json!({ "id": copy["id"] }));
    assert_eq!(left.as_array().map(Vec::len), Some(1));
    assert_eq!(
        refused(&core, "form.get", json!({ "id": copy["id"] })).code,
        convene_core::ErrorCode::NotFound
    );

    ok(&core, "meeting.delete", json!({ "id": other["id"] }));
    let gone = refused(&core, "form.get", json!({ "id": left[0]["id"] }));
    assert_eq!(
        gone.message,
        "That form no longer exists; it may have been deleted in another window."
    );
}

#[test]
fn templates_come_in_the_language_asked_or_the_facilitators() {
    let (_dir, core) = open();
    let english = ok(&core, "form.templates", json!({}));
    let spanish = ok(&core, "form.templates", json!({ "lang": "es" }));
    let keys = |t: &Value| -> Vec<String> {
        t.as_array()
            .expect("list")
            .iter()
            .map(|t| t["key"].as_str().unwrap_or_default().to_owned())
            .collect()
    };
    assert_eq!(keys(&english), keys(&spanish));
    assert_eq!(spanish[0]["name"], "Evaluación de la reunión");
    let unknown = json!({ "from": "template", "key": "no-such", "lang": "en" });
    let (_, meeting) = example_meeting(&core);
    let error = refused(
        &core,
        "form.create",
        json!({ "meetingId": meeting, "source": unknown }),
    );
    assert_eq!(error.code, convene_core::ErrorCode::NotFound);
}

fn print(core: &convene_core::Core, form: &Value, copies: u32) -> Value {
    let request = json!({ "formId": form["id"], "copies": copies, "paper": "letter" });
    ok(core, "print.form", request)
}

#[test]
fn printing_issues_serials_that_continue_and_keeps_the_printed_version_as_printed() {
    let (_dir, core) = open();
    let (community, _) = example_meeting(&core);
    // The example's third meeting has not taken place: nothing printed for it yet.
    let meeting = ok(&core, "meeting.list", json!({ "communityId": community }))[2]["id"].clone();
    let id = ok(&core, "form.list", json!({ "meetingId": meeting }))[0]["id"].clone();
    let form = ok(&core, "form.get", json!({ "id": id }));
    let first = print(&core, &form, 3);
    assert!(first["fileName"]
        .as_str()
        .is_some_and(|n| n.starts_with("Evaluation sheets - ")));
    let second = print(&core, &form, 2);
    assert_ne!(
        first["pdfBase64"], second["pdfBase64"],
        "new serials, new sheets"
    );

    let mut items = form["items"].as_array().expect("items").clone();
    items.pop();
    let saved = ok(
        &core,
        "form.save",
        json!({ "id": id, "title": form["title"], "intro": form["intro"], "items": items }),
    );
    assert_eq!(
        saved["version"], 2,
        "a printed version is kept; the edit is version 2"
    );
    assert_eq!(saved["items"][0]["id"], form["items"][0]["id"]);
    let again = ok(
        &core,
        "form.save",
        json!({ "id": id, "title": "Evaluation", "items": items }),
    );
    assert_eq!(
        again["version"], 2,
        "version 2 has not been printed, so it is edited in place"
    );

    let kept = refused(&core, "form.delete", json!({ "id": id }));
    assert_eq!(
        kept.message,
        "This form has 5 printed sheets, so it is kept: the sheets will be entered against it."
    );
    let none = refused(
        &core,
        "print.form",
        json!({ "formId": id, "copies": 0, "paper": "a4" }),
    );
    assert_eq!(
        (none.field.as_deref(), none.message.as_str()),
        (
            Some("copies"),
            "Print from 1 to 500 copies; 0 is outside that."
        )
    );
}

#[test]
fn a_form_saved_as_a_template_starts_later_forms_with_its_words_and_language() {
    let (_dir, core) = open();
    let (community, meeting) = example_meeting(&core);
    let source = json!({ "from": "template", "key": "end-of-series", "lang": "es" });
    let form = ok(
        &core,
        "form.create",
        json!({ "meetingId": meeting, "source": source }),
    );
    let mut items = form["items"].clone();
    items[1]["text"] = json!("Nuestra red me ayudó en mi trabajo");
    let edited = json!({ "id": form["id"], "title": "Cierre de la red", "items": items });
    ok(&core, "form.save", edited);

    let save = json!({ "formId": form["id"], "name": "  Cierre de la red (región norte) " });
    ok(&core, "form.saveTemplate", save);
    let saved = ok(&core, "form.savedTemplates", json!({}));
    assert_eq!(saved[0]["name"], "Cierre de la red (región norte)");
    assert_eq!(
        (saved[0]["lang"].as_str(), saved[0]["title"].as_str()),
        (Some("es"), Some("Cierre de la red"))
    );
    let listed = ok(&core, "form.list", json!({ "meetingId": meeting }));
    let summary = listed
        .as_array()
        .and_then(|l| l.iter().find(|f| f["id"] == form["id"]).cloned());
    assert_eq!(
        Some(&saved[0]["questions"]),
        summary.as_ref().map(|f| &f["questions"])
    );

    let clash = refused(
        &core,
        "form.saveTemplate",
        json!({ "formId": form["id"], "name": "cierre de la red (Región Norte)" }),
    );
    assert_eq!(
        clash.message,
        "A template called “cierre de la red (Región Norte)” already exists."
    );
    let shipped = refused(
        &core,
        "form.saveTemplate",
        json!({ "formId": form["id"], "name": "Meeting evaluation" }),
    );
    assert_eq!(shipped.field.as_deref(), Some("name"));

    let meetings = ok(&core, "meeting.list", json!({ "communityId": community }));
    let later = &meetings[2]["id"];
    let from_saved = json!({ "from": "saved", "id": saved[0]["id"] });
    let made = ok(
        &core,
        "form.create",
        json!({ "meetingId": later, "source": from_saved }),
    );
    assert_eq!(
        (made["lang"].as_str(), made["title"].as_str()),
        (Some("es"), Some("Cierre de la red"))
    );
    assert_eq!(
        texts(&made),
        texts(&ok(&core, "form.get", json!({ "id": form["id"] })))
    );
    assert_ne!(
        made["items"][1]["id"], items[1]["id"],
        "a new form's items are its own"
    );

    let left = ok(
        &core,
        "form.deleteTemplate",
        json!({ "id": saved[0]["id"] }),
    );
    assert_eq!(left.as_array().map(Vec::len), Some(0));
    let gone = refused(
        &core,
        "form.create",
        json!({ "meetingId": later, "source": from_saved }),
    );
    assert_eq!(gone.code, convene_core::ErrorCode::NotFound);
}
