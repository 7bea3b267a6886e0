//! Real records to aim at, and a valid request for every command, so that a mutated
//! request reaches the command's own checks rather than stopping at "not found".
//!
//! Commands that delete or replace aim at spare records (victims), made again after
//! each one is consumed; if a mutation aimed one at a main record, all are rebuilt.

use std::collections::{BTreeMap, BTreeSet};

use convene_core::Core;
use serde_json::{json, Value};

/// Commands whose success can delete, replace or swell a record other requests aim at,
/// and the spare record each uses up (the spare item lives on the spare meeting).
const DESTRUCTIVE: &[(&str, &str)] = &[
    ("community.delete", "spareCommunity"),
    ("member.delete", "spareMember"),
    ("meeting.delete", "spareMeeting"),
    ("agenda.delete", "spareMeeting"),
    ("template.apply", "spareMeeting"),
    // Not destructive, but each restored item stays: a fresh meeting keeps agendas short.
    ("agenda.restore", "spareMeeting"),
    ("template.delete", "spareTemplate"),
    ("activity.delete", "spareActivity"),
    ("form.delete", "spareForm"),
    ("form.deleteTemplate", "spareFormTemplate"),
    ("series.delete", "spareSeries"),
    // A reissue replaces the certificate it names, which cannot be reissued again.
    ("certificate.reissue", "spareCertificate"),
    ("plan.deleteCheckin", "spareCheckin"),
    ("pairs.delete", "sparePairing"),
    ("worksheet.delete", "spareWorksheet"),
];

const SPARES: &[&str] = &[
    "spareCommunity",
    "spareMember",
    "spareMeeting",
    "spareTemplate",
    "spareActivity",
    "spareForm",
    "spareFormTemplate",
    "spareSeries",
    "spareCertificate",
    "spareCheckin",
    "sparePairing",
    "spareWorksheet",
];

#[derive(Clone)]
pub struct Fixture {
    ids: BTreeMap<&'static str, String>,
    /// A shipped activity's content, the base of every activity and library file.
    pub activity: Value,
    /// An agenda item as `agenda.get` returns it, the base of `agenda.restore`.
    pub item: Value,
    pub agreements: Value,
    /// The main form's items as `form.get` returns them, the base of `form.save`.
    pub form_items: Value,
    /// The spare records that are still there.
    spares_fresh: BTreeSet<&'static str>,
    serial: u64,
    /// A backup of the prepared database, base64-encoded, for `backup.restoreFile`.
    pub backup_file: String,
}

fn ok(core: &Core, command: &str, args: Value) -> Value {
    core.dispatch(command, args)
        .unwrap_or_else(|e| panic!("fixture: {command} failed: {}", e.message))
}

/// A worksheet as the editor sends it: a heading and a question to write on.
pub fn worksheet_input(n: u64) -> Value {
    json!({
        "title": format!("Fuzz worksheet {n}"), "intro": "Before you leave.", "language": "es",
        "prompts": [
            { "kind": "heading", "text": "Today" },
            { "kind": "write", "text": "What will you try?", "help": "And when.", "lines": 3 },
            { "kind": "rate", "text": "How ready are you?", "items": ["Plan"],
              "levels": ["Low", "High"], "notes": true },
            { "kind": "table", "text": "Steps", "columns": ["Step", "By when"], "lines": 2 },
        ],
    })
}

fn text(value: &Value) -> String {
    value.as_str().unwrap_or_default().to_owned()
}

impl Fixture {
    pub fn build(core: &Core) -> Fixture {
        let shipped = &ok(core, "activity.search", json!({ "limit": 1 }))["activities"][0]["id"];
        let activity = ok(core, "activity.get", json!({ "id": shipped }))["fields"].clone();
        let agreements = ok(core, "agreements.templates", json!({}))[0]["items"].clone();
        let mut fixture = Fixture {
            ids: BTreeMap::from([("shippedActivity", text(shipped))]),
            activity,
            item: Value::Null,
            agreements,
            form_items: Value::Null,
            spares_fresh: BTreeSet::new(),
            serial: 0,
            backup_file: String::new(),
        };
        fixture.main_records(core);
        fixture
    }

    /// A record made outside the fixture's own set-up (a backup, a paired phone).
    pub fn remember(&mut self, key: &'static str, id: String) {
        self.ids.insert(key, id);
    }

    /// A number not used before, for names that must differ.
    pub fn next(&mut self) -> u64 {
        self.serial += 1;
        self.serial
    }

    fn community(&mut self, core: &Core) -> String {
        let name = format!("Fuzz community {}", self.next());
        text(&ok(core, "community.create", json!({ "name": name }))["id"])
    }

    fn member(&mut self, core: &Core, community: &str) -> String {
        let fields = json!({ "name": format!("Fuzz member {}", self.next()), "email": "a@b.org" });
        text(
            &ok(
                core,
                "member.create",
                json!({ "communityId": community, "fields": fields }),
            )["id"],
        )
    }

    fn meeting(&mut self, core: &Core, community: &str) -> String {
        let fields = json!({
            "title": format!("Fuzz meeting {}", self.next()), "date": "2026-10-14",
            "startTime": "09:00", "endTime": "13:30", "expectedAttendance": 12,
        });
        let id = text(
            &ok(
                core,
                "meeting.create",
                json!({ "communityId": community, "fields": fields }),
            )["id"],
        );
        let templates = ok(core, "template.list", json!({}));
        let source = json!({ "from": "template", "id": templates[0]["id"] });
        ok(
            core,
            "template.apply",
            json!({ "meetingId": id, "source": source, "replace": true }),
        );
        id
    }

    fn own_activity(&mut self, core: &Core) -> String {
        let mut fields = self.activity.clone();
        fields["name"] = json!(format!("Fuzz activity {}", self.next()));
        if let Some(map) = fields.as_object_mut() {
            map.remove("key");
        }
        text(&ok(core, "activity.create", json!({ "fields": fields }))["id"])
    }

    /// A form on the main meeting, from a shipped template or blank; its id and items.
    fn form(&mut self, core: &Core, from: &str) -> (String, Value) {
        let source = json!({ "from": from, "key": "cop-meeting", "lang": "en" });
        let source = if from == "blank" {
            json!({ "from": "blank", "lang": "es" })
        } else {
            source
        };
        let args = json!({ "meetingId": self.id("meeting"), "source": source });
        let form = ok(core, "form.create", args);
        (text(&form["id"]), form["items"].clone())
    }

    /// A whole sheet of answers to the fixture's form: the first point of every scale,
    /// the first option, and a word for what is written.
    pub fn full_sheet(&self) -> Value {
        let mut answers = Vec::new();
        for item in self.form_items.as_array().into_iter().flatten() {
            let id = item["id"].as_str().unwrap_or_default();
            let value = match item["kind"].as_str().unwrap_or_default() {
                "heading" | "instructions" => continue,
                "multipleChoice" => json!({ "type": "points", "points": [1] }),
                "shortText" | "comment" | "participantCode" => {
                    json!({ "type": "text", "text": "Fine." })
                }
                _ => json!({ "type": "point", "point": 1 }),
            };
            if item["kind"] == "retrospective" {
                answers.push(json!({ "field": format!("{id}:before"), "value": value }));
                answers.push(json!({ "field": format!("{id}:now"), "value": value }));
            } else {
                answers.push(json!({ "field": id, "value": value }));
            }
        }
        Value::Array(answers)
    }

    /// The records most requests aim at; made again if a mutation deleted one.
    fn main_records(&mut self, core: &Core) {
        let community = self.community(core);
        let member = self.member(core, &community);
        let meeting = self.meeting(core, &community);
        let agenda = ok(core, "agenda.get", json!({ "meetingId": meeting }));
        self.item = agenda["items"][0]["item"].clone();
        let activity = self.own_activity(core);
        ok(
            core,
            "agenda.addActivity",
            json!({ "meetingId": meeting, "activityId": activity }),
        );
        ok(
            core,
            "agreements.adopt",
            json!({ "communityId": community, "meetingId": meeting, "items": self.agreements }),
        );
        let checkin = ok(core, "agreements.checkin", json!({ "meetingId": meeting }));
        let saved = ok(
            core,
            "template.save",
            json!({ "meetingId": meeting, "name": format!("Fuzz template {}", self.next()) }),
        );
        // Live, so that pausing, moving on and the rest have a run to act on.
        ok(core, "run.start", json!({ "meetingId": meeting }));
        self.ids.insert("meeting", meeting.clone());
        let (form, items) = self.form(core, "template");
        self.form_items = items;
        // Sheets 1 to 3 to key in: 1 is entered twice, differing in its first answer.
        let print = json!({ "formId": form, "copies": 3, "paper": "letter" });
        ok(core, "print.form", print);
        let mut answers = self.full_sheet();
        let entry = |pass: u8, answers: &Value| json!({ "meetingId": self.id("meeting"), "serial": "1", "pass": pass, "answers": answers });
        ok(core, "entry.save", entry(1, &answers));
        answers[0]["value"] = json!({ "type": "missing", "code": "blank" });
        ok(core, "entry.save", entry(2, &answers));
        ok(
            core,
            "attendance.set",
            json!({ "meetingId": meeting, "memberId": member, "status": "present" }),
        );
        let partner = self.member(core, &community);
        self.ids.insert("partner", partner);
        self.ids.insert("member", member.clone());
        let pairing = self.pairing(core, &community);
        let worksheet = self.worksheet(core, &community);
        let series = self.series(core, &community);
        let certificate = self.certificate(core, &community, &series);
        self.ids.extend([
            ("series", series),
            ("pairing", pairing),
            ("worksheet", worksheet),
            ("certificate", text(&certificate["id"])),
            ("certificateNumber", text(&certificate["number"])),
            ("certificateCode", text(&certificate["code"])),
            ("community", community),
            ("member", member),
            ("meeting", meeting),
            ("item", text(&self.item["id"])),
            ("activity", activity),
            ("checkinItem", text(&checkin["items"][0]["itemId"])),
            ("template", text(&saved["id"])),
            ("form", form),
        ]);
        self.spares_fresh.clear();
    }

    /// Makes again the spare records the last destructive commands used up. Each kind is
    /// made on its own (in the main community), so a deletion costs one or two writes.
    pub fn victims(&mut self, core: &Core) {
        let community = text(&self.id("community"));
        for kind in SPARES {
            if self.spares_fresh.contains(kind) {
                continue;
            }
            let made = match *kind {
                "spareCommunity" => self.community(core),
                "spareMember" => self.member(core, &community),
                "spareMeeting" => self.spare_meeting(core, &community),
                "spareActivity" => self.own_activity(core),
                "spareForm" => self.form(core, "blank").0,
                "spareSeries" => self.series(core, &community),
                "sparePairing" => self.pairing(core, &community),
                "spareWorksheet" => self.worksheet(core, &community),
                "spareCheckin" => {
                    let fields = json!({ "date": "2026-10-20", "moved": "Met the principal." });
                    let args = json!({ "memberId": self.id("member"), "fields": fields });
                    text(&ok(core, "plan.addCheckin", args)["checkins"][0]["id"])
                }
                "spareCertificate" => {
                    let series = text(&self.id("series"));
                    text(&self.certificate(core, &community, &series)["id"])
                }
                "spareFormTemplate" => {
                    let name = format!("Fuzz form template {}", self.next());
                    let args = json!({ "formId": self.id("form"), "name": name });
                    text(&ok(core, "form.saveTemplate", args)["id"])
                }
                _ => {
                    let name = format!("Fuzz spare {}", self.next());
                    let meeting = self.id("meeting");
                    let args = json!({ "meetingId": meeting, "name": name });
                    text(&ok(core, "template.save", args)["id"])
                }
            };
            self.ids.insert(kind, made);
            self.spares_fresh.insert(kind);
        }
    }

    /// A period's pairs: the main member with their partner.
    fn pairing(&mut self, core: &Core, community: &str) -> String {
        let label = format!("Fuzz period {}", self.next());
        let groups = json!([[self.id("member"), self.id("partner")]]);
        let args = json!({ "communityId": community, "kind": "growthCoaches", "label": label, "groups": groups });
        text(&ok(core, "pairs.save", args)[0]["id"])
    }

    /// The community's worksheet of one question, its own words.
    fn worksheet(&mut self, core: &Core, community: &str) -> String {
        let worksheet = worksheet_input(self.next());
        let args = json!({ "communityId": community, "worksheet": worksheet });
        text(&ok(core, "worksheet.create", args)["id"])
    }

    /// A series of two meetings, without agendas.
    fn series(&mut self, core: &Core, community: &str) -> String {
        let fields = json!({
            "title": format!("Fuzz series {}", self.next()),
            "recurrence": { "kind": "dates", "dates": ["2026-11-04", "2026-12-02"] },
            "startTime": "09:00", "endTime": "12:00", "completion": { "minMeetings": 1 },
        });
        let args = json!({ "communityId": community, "fields": fields });
        text(&ok(core, "series.create", args)["id"])
    }

    /// A certificate for a new member present at the series' first meeting.
    fn certificate(&mut self, core: &Core, community: &str, series: &str) -> Value {
        let member = self.member(core, community);
        let meetings =
            ok(core, "series.standing", json!({ "seriesId": series }))["meetings"].clone();
        let mark = json!({ "meetingId": meetings[0]["meetingId"], "memberId": member, "status": "present" });
        ok(core, "attendance.set", mark);
        let issued = ok(core, "certificate.issue", json!({ "seriesId": series }));
        let mine = issued["certificates"]
            .as_array()
            .and_then(|all| all.iter().find(|c| c["memberId"] == member.as_str()))
            .cloned();
        mine.unwrap_or_default()
    }

    /// A meeting with two items of its own; the first is the spare item.
    fn spare_meeting(&mut self, core: &Core, community: &str) -> String {
        let fields = json!({
            "title": format!("Fuzz spare meeting {}", self.next()), "date": "2026-10-15",
            "startTime": "09:00", "endTime": "12:00",
        });
        let args = json!({ "communityId": community, "fields": fields });
        let meeting = text(&ok(core, "meeting.create", args)["id"]);
        let mut agenda = Value::Null;
        for title in ["Spare one", "Spare two"] {
            let fields = json!({ "title": title, "kind": "discussion", "plannedMinutes": 20 });
            agenda = ok(
                core,
                "agenda.add",
                json!({ "meetingId": meeting, "fields": fields }),
            );
        }
        self.ids
            .insert("spareItem", text(&agenda["items"][0]["item"]["id"]));
        meeting
    }

    /// The id of the record `key` names ("meeting", "spareMember"…).
    pub fn id(&self, key: &str) -> Value {
        Value::String(self.ids.get(key).cloned().unwrap_or_default())
    }

    /// Every id the fixture knows, of every kind, to put where another kind belongs.
    pub fn all_ids(&self) -> Vec<String> {
        self.ids.values().cloned().collect()
    }

    /// After a command succeeded: notes what it may have used up, to be made again.
    pub fn after_success(&mut self, core: &Core, command: &str, args: &Value) {
        let Some((_, spare)) = DESTRUCTIVE.iter().find(|(c, _)| *c == command) else {
            return;
        };
        self.spares_fresh.remove(spare);
        let sent = args.to_string();
        let main = [
            "community",
            "member",
            "meeting",
            "item",
            "activity",
            "template",
            "form",
            "series",
            "pairing",
            "worksheet",
        ];
        if main
            .iter()
            .any(|k| self.ids.get(k).is_some_and(|id| sent.contains(id.as_str())))
        {
            self.main_records(core);
        }
    }
}
