//! What the client believes is saved: everything the server acknowledged, and the writes
//! it sends (members, attendance, agenda edits, run transitions), chosen at random but
//! always valid for that state so that any refusal is itself a finding.

use std::collections::BTreeMap;
use std::time::Instant;

use serde_json::{json, Value};

/// The records a trial writes to.
#[derive(Debug, Clone)]
pub struct Ids {
    pub community: String,
    pub meeting: String,
}

/// An agenda item as far as the trial follows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: String,
    pub title: String,
    pub minutes: i64,
    /// Sent back unchanged on update, so an edit never switches a reminder on or off.
    pub kind: String,
    pub remind: bool,
}

/// The parts of a run snapshot a restart must bring back.
#[derive(Debug, Clone)]
pub struct RunView {
    pub status: String,
    pub item: Option<String>,
    pub revision: u64,
    pub planned_ms: i64,
    pub added_ms: i64,
    pub remaining_ms: i64,
    pub reminder: bool,
}

impl RunView {
    pub fn from_snapshot(snapshot: &Value) -> RunView {
        RunView {
            status: snapshot["status"].as_str().unwrap_or_default().to_owned(),
            item: snapshot["currentItemId"].as_str().map(str::to_owned),
            revision: snapshot["revision"].as_u64().unwrap_or(0),
            planned_ms: snapshot["plannedMs"].as_i64().unwrap_or(0),
            added_ms: snapshot["addedMs"].as_i64().unwrap_or(0),
            remaining_ms: snapshot["remainingMs"].as_i64().unwrap_or(0),
            reminder: !snapshot["reminder"].is_null(),
        }
    }

    pub fn running(&self) -> bool {
        self.status == "running"
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RunOp {
    Start,
    Next,
    Pause,
    Resume,
    Adjust(i64),
}

#[derive(Debug, Clone)]
pub enum Write {
    CreateMember {
        name: String,
    },
    SetAttendance {
        member: String,
        status: Option<&'static str>,
    },
    AddItem {
        position: Option<usize>,
        title: String,
        minutes: i64,
    },
    UpdateItem {
        item: Item,
    },
    MoveItem {
        id: String,
        to: usize,
    },
    Run(RunOp),
}

impl Write {
    pub fn command(&self) -> &'static str {
        match self {
            Write::CreateMember { .. } => "member.create",
            Write::SetAttendance { .. } => "attendance.set",
            Write::AddItem { .. } => "agenda.add",
            Write::UpdateItem { .. } => "agenda.update",
            Write::MoveItem { .. } => "agenda.move",
            Write::Run(RunOp::Start) => "run.start",
            Write::Run(RunOp::Next) => "run.next",
            Write::Run(RunOp::Pause) => "run.pause",
            Write::Run(RunOp::Resume) => "run.resume",
            Write::Run(RunOp::Adjust(_)) => "run.adjust",
        }
    }

    pub fn args(&self, ids: &Ids) -> Value {
        match self {
            Write::CreateMember { name } => json!({
                "communityId": ids.community,
                "fields": { "name": name, "role": "Youth Worker", "site": "Crash Test Elementary" },
            }),
            Write::SetAttendance { member, status } => {
                json!({ "meetingId": ids.meeting, "memberId": member, "status": status })
            }
            Write::AddItem {
                position,
                title,
                minutes,
            } => json!({
                "meetingId": ids.meeting,
                "position": position,
                "fields": { "title": title, "kind": "discussion", "plannedMinutes": minutes },
            }),
            Write::UpdateItem { item } => json!({
                "id": item.id,
                "fields": {
                    "title": item.title, "kind": item.kind, "plannedMinutes": item.minutes,
                    "remindAgreements": item.remind,
                },
            }),
            Write::MoveItem { id, to } => json!({ "id": id, "toPosition": to }),
            Write::Run(RunOp::Adjust(seconds)) => {
                json!({ "meetingId": ids.meeting, "seconds": seconds })
            }
            Write::Run(_) => json!({ "meetingId": ids.meeting }),
        }
    }
}

/// The acknowledged state.
#[derive(Debug, Clone)]
pub struct Model {
    /// Member id to name.
    pub members: BTreeMap<String, String>,
    /// Member id to attendance mark at the trial's meeting.
    pub attendance: BTreeMap<String, Option<String>>,
    pub agenda: Vec<Item>,
    pub run: RunView,
    /// When the last run snapshot arrived.
    pub run_at: Instant,
    /// Writes acknowledged so far.
    pub acknowledged: usize,
}

pub fn members_of(list: &Value) -> BTreeMap<String, String> {
    list.as_array()
        .into_iter()
        .flatten()
        .map(|m| (text(&m["id"]), text(&m["name"])))
        .collect()
}

pub fn attendance_of(sheet: &Value) -> BTreeMap<String, Option<String>> {
    sheet["rows"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| {
            (
                text(&r["memberId"]),
                r["status"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

pub fn agenda_of(agenda: &Value) -> Vec<Item> {
    agenda["items"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|scheduled| {
            let item = &scheduled["item"];
            Item {
                id: text(&item["id"]),
                title: text(&item["title"]),
                minutes: item["plannedMinutes"].as_i64().unwrap_or(0),
                kind: text(&item["kind"]),
                remind: item["remindAgreements"].as_bool().unwrap_or(true),
            }
        })
        .collect()
}

fn text(value: &Value) -> String {
    value.as_str().unwrap_or_default().to_owned()
}

impl Model {
    /// A random write that is valid in the acknowledged state; `serial` makes names unique.
    pub fn choose(&self, rng: &mut fastrand::Rng, serial: usize) -> Write {
        match rng.u32(0..100) {
            0..=14 => Write::CreateMember {
                name: format!("Crash Tester {serial}"),
            },
            15..=34 if !self.members.is_empty() => {
                let ids: Vec<&String> = self.members.keys().collect();
                let statuses = [Some("present"), Some("absent"), Some("excused"), None];
                Write::SetAttendance {
                    member: ids[rng.usize(..ids.len())].clone(),
                    status: statuses[rng.usize(..statuses.len())],
                }
            }
            35..=59 if !self.agenda.is_empty() => self.agenda_write(rng, serial),
            _ => Write::Run(self.run_op(rng)),
        }
    }

    fn agenda_write(&self, rng: &mut fastrand::Rng, serial: usize) -> Write {
        let title = format!("Crash item {serial}");
        let minutes = rng.i64(5..=60);
        let pick = &self.agenda[rng.usize(..self.agenda.len())];
        match rng.u32(0..3) {
            0 => Write::AddItem {
                position: rng.bool().then(|| rng.usize(..=self.agenda.len())),
                title,
                minutes,
            },
            1 => Write::UpdateItem {
                item: Item {
                    title,
                    minutes,
                    ..pick.clone()
                },
            },
            _ => Write::MoveItem {
                id: pick.id.clone(),
                to: rng.usize(..self.agenda.len()),
            },
        }
    }

    fn run_op(&self, rng: &mut fastrand::Rng) -> RunOp {
        // Time is only taken away while plenty is left, so no item reaches zero.
        let adjust = if self.run.remaining_ms > 10 * 60_000 && rng.bool() {
            RunOp::Adjust(-30)
        } else {
            RunOp::Adjust(60)
        };
        // The run never moves past its last item: starting an ended meeting again is a
        // different story (it asks for confirmation), and the trials follow one run.
        let next = if self.on_last_item() {
            adjust
        } else {
            RunOp::Next
        };
        match (self.run.status.as_str(), rng.u32(0..10)) {
            ("running", 0..=3) => next,
            ("running", 4..=6) => RunOp::Pause,
            ("paused", 0..=4) => RunOp::Resume,
            ("paused", 5..=6) => next,
            ("running" | "paused", _) => adjust,
            _ => RunOp::Start,
        }
    }

    fn on_last_item(&self) -> bool {
        self.agenda.last().map(|i| &i.id) == self.run.item.as_ref()
    }

    /// Takes in what the server acknowledged for `write`.
    pub fn acknowledge(&mut self, write: &Write, reply: &Value, at: Instant) {
        self.acknowledged += 1;
        match write {
            Write::CreateMember { name } => {
                let id = text(&reply["id"]);
                self.members.insert(id.clone(), name.clone());
                self.attendance.insert(id, None);
            }
            Write::SetAttendance { .. } => self.attendance = attendance_of(reply),
            Write::AddItem { .. } | Write::UpdateItem { .. } | Write::MoveItem { .. } => {
                self.agenda = agenda_of(reply)
            }
            Write::Run(_) => {
                self.run = RunView::from_snapshot(reply);
                self.run_at = at;
            }
        }
    }
}
