//! After the restart: every acknowledged write must be there, and the one write that was
//! in flight at the kill may or may not have landed, but nothing in between. A live run
//! must resume on the same item with its remaining time within a second of expected.

use std::collections::BTreeMap;
use std::time::Instant;

use super::client::must;
use super::model::{agenda_of, attendance_of, members_of, Ids, Item, Model, RunOp, RunView, Write};

/// The tolerance the issue sets on the resumed clock.
pub const TOLERANCE_MS: f64 = 1000.0;

/// The request that got no answer before the kill: sent at `sent`; the server was dead
/// by `dead`, so if it landed, it landed in between.
pub struct InFlight {
    pub write: Write,
    pub sent: Instant,
    pub dead: Instant,
}

/// What the restarted server holds.
pub struct Restarted {
    pub members: BTreeMap<String, String>,
    pub attendance: BTreeMap<String, Option<String>>,
    pub agenda: Vec<Item>,
    pub run: RunView,
    pub at: Instant,
}

pub fn read_back(port: u16, ids: &Ids) -> Result<Restarted, String> {
    let meeting = serde_json::json!({ "meetingId": ids.meeting });
    let run = must(port, "run.get", meeting.clone())?;
    let at = Instant::now();
    let members = must(
        port,
        "member.list",
        serde_json::json!({ "communityId": ids.community }),
    )?;
    Ok(Restarted {
        members: members_of(&members),
        attendance: attendance_of(&must(port, "attendance.get", meeting.clone())?),
        agenda: agenda_of(&must(port, "agenda.get", meeting)?),
        run: RunView::from_snapshot(&run),
        at,
    })
}

/// The verdict on one restart.
#[derive(Debug, Default)]
pub struct Verdict {
    /// Acknowledged writes missing or wrong after the restart (must stay empty).
    pub lost: Vec<String>,
    /// How far the resumed clock is from the expected remaining time, when a run was live.
    pub resume_error_ms: Option<f64>,
}

pub fn check(model: &Model, in_flight: Option<&InFlight>, back: &Restarted) -> Verdict {
    let pending = in_flight.map(|f| &f.write);
    let mut verdict = Verdict::default();
    check_members(model, pending, back, &mut verdict.lost);
    check_attendance(model, pending, back, &mut verdict.lost);
    if back.agenda != model.agenda && !agenda_landed(model, pending, &back.agenda) {
        verdict.lost.push(format!(
            "the agenda is {:?}, acknowledged {:?} (in flight: {pending:?})",
            back.agenda, model.agenda
        ));
    }
    match check_run(model, in_flight, back) {
        Ok(error) => verdict.resume_error_ms = error,
        Err(problem) => verdict.lost.push(problem),
    }
    verdict
}

fn check_members(model: &Model, pending: Option<&Write>, back: &Restarted, lost: &mut Vec<String>) {
    for (id, name) in &model.members {
        if back.members.get(id) != Some(name) {
            lost.push(format!("member {name} ({id}) is missing"));
        }
    }
    for (id, name) in &back.members {
        let in_flight = matches!(pending, Some(Write::CreateMember { name: n }) if n == name);
        if !model.members.contains_key(id) && !in_flight {
            lost.push(format!("member {name} ({id}) was never written"));
        }
    }
}

fn check_attendance(
    model: &Model,
    pending: Option<&Write>,
    back: &Restarted,
    lost: &mut Vec<String>,
) {
    for (member, status) in &back.attendance {
        let acknowledged = model.attendance.get(member).cloned().flatten();
        let in_flight = match pending {
            Some(Write::SetAttendance {
                member: m,
                status: s,
            }) if m == member => *status == s.map(str::to_owned),
            _ => false,
        };
        if *status != acknowledged && !in_flight {
            lost.push(format!(
                "{member}'s attendance is {status:?}, acknowledged {acknowledged:?}"
            ));
        }
    }
    for member in model.attendance.keys() {
        if !back.attendance.contains_key(member) {
            lost.push(format!("{member} is missing from the attendance sheet"));
        }
    }
}

/// True when `agenda` is the acknowledged agenda with the in-flight edit applied.
fn agenda_landed(model: &Model, pending: Option<&Write>, agenda: &[Item]) -> bool {
    let mut expected = model.agenda.clone();
    match pending {
        Some(Write::AddItem {
            position,
            title,
            minutes,
        }) => {
            let at = position.unwrap_or(expected.len()).min(expected.len());
            let Some(added) = agenda.get(at) else {
                return false;
            };
            expected.insert(
                at,
                Item {
                    title: title.clone(),
                    minutes: *minutes,
                    ..added.clone()
                },
            );
        }
        Some(Write::UpdateItem { item }) => {
            for entry in expected.iter_mut().filter(|e| e.id == item.id) {
                *entry = item.clone();
            }
        }
        Some(Write::MoveItem { id, to }) => {
            let Some(from) = expected.iter().position(|e| &e.id == id) else {
                return false;
            };
            let moved = expected.remove(from);
            let to = (*to).min(expected.len());
            expected.insert(to, moved);
        }
        _ => return false,
    }
    expected == agenda
}

/// The run the restart should show: which item, what status and added time, and the
/// range its remaining time may fall in when read at `back.at`.
struct ExpectedRun {
    status: String,
    item: Option<String>,
    added_ms: i64,
    remaining: (f64, f64),
}

fn ms(later: Instant, earlier: Instant) -> f64 {
    later.saturating_duration_since(earlier).as_secs_f64() * 1000.0
}

/// The acknowledged run as it stands at `back.at`.
fn acknowledged_run(model: &Model, back: &Restarted) -> ExpectedRun {
    let ack = &model.run;
    // An agenda edit acknowledged after the last run action may have changed the
    // current item's length; the restarted snapshot carries its planned time.
    let mut remaining = (ack.remaining_ms + back.run.planned_ms - ack.planned_ms) as f64;
    if ack.running() {
        remaining -= ms(back.at, model.run_at);
    }
    ExpectedRun {
        status: ack.status.clone(),
        item: ack.item.clone(),
        added_ms: ack.added_ms,
        remaining: (remaining, remaining),
    }
}

/// The run if the in-flight transition landed, somewhere between `sent` and `dead`.
fn landed_run(model: &Model, flight: &InFlight, op: RunOp, back: &Restarted) -> ExpectedRun {
    let ack = acknowledged_run(model, back);
    let (lo, hi) = ack.remaining;
    // Time since the transition, which happened between sending and the kill.
    let since = (ms(back.at, flight.dead), ms(back.at, flight.sent));
    let fresh = |status: &str, item: Option<String>, planned: i64| {
        let planned = planned as f64;
        let remaining = if status == "running" {
            (planned - since.1, planned - since.0)
        } else {
            (planned, planned)
        };
        ExpectedRun {
            status: status.to_owned(),
            item,
            added_ms: 0,
            remaining,
        }
    };
    let planned_of = |id: &str| {
        model
            .agenda
            .iter()
            .find(|i| i.id == id)
            .map_or(0, |i| i.minutes * 60_000)
    };
    match op {
        RunOp::Start => {
            let first = model.agenda.first().map(|i| i.id.clone());
            let planned = first.as_deref().map_or(0, planned_of);
            fresh("running", first, planned)
        }
        RunOp::Pause => ExpectedRun {
            status: "paused".into(),
            // Paused at some moment after sending: the clock stopped in that range.
            remaining: (lo + ms(back.at, flight.dead), hi + ms(back.at, flight.sent)),
            ..ack
        },
        RunOp::Resume => ExpectedRun {
            status: "running".into(),
            remaining: (lo - since.1, hi - since.0),
            ..ack
        },
        RunOp::Adjust(seconds) => ExpectedRun {
            added_ms: ack.added_ms + seconds * 1000,
            remaining: (lo + (seconds * 1000) as f64, hi + (seconds * 1000) as f64),
            ..ack
        },
        RunOp::Next if model.run.reminder => ack,
        RunOp::Next => {
            let at = ack
                .item
                .as_ref()
                .and_then(|id| model.agenda.iter().position(|i| &i.id == id));
            match at.and_then(|i| model.agenda.get(i + 1)) {
                Some(next) => fresh(&ack.status, Some(next.id.clone()), next.minutes * 60_000),
                None => ExpectedRun {
                    status: "ended".into(),
                    remaining: (ack.remaining.0, ack.remaining.0),
                    ..ack
                },
            }
        }
    }
}

/// Ok with the resume error (None when no run was live), or the problem found.
fn check_run(
    model: &Model,
    in_flight: Option<&InFlight>,
    back: &Restarted,
) -> Result<Option<f64>, String> {
    let got = &back.run;
    let expected = if got.revision == model.run.revision {
        acknowledged_run(model, back)
    } else {
        match in_flight {
            Some(
                flight @ InFlight {
                    write: Write::Run(op),
                    ..
                },
            ) if got.revision == model.run.revision + 1 => landed_run(model, flight, *op, back),
            _ => {
                return Err(format!(
                    "the run is at revision {}, acknowledged {} (in flight: {:?})",
                    got.revision,
                    model.run.revision,
                    in_flight.map(|f| &f.write)
                ))
            }
        }
    };
    if got.status != expected.status
        || got.item != expected.item
        || got.added_ms != expected.added_ms
    {
        return Err(format!(
            "the run resumed {} on {:?} with {} ms added; expected {} on {:?} with {} ms",
            got.status, got.item, got.added_ms, expected.status, expected.item, expected.added_ms
        ));
    }
    let live = matches!(got.status.as_str(), "running" | "paused");
    let (lo, hi) = expected.remaining;
    let remaining = got.remaining_ms as f64;
    let error = (lo - remaining).max(remaining - hi).max(0.0);
    if live && error > TOLERANCE_MS {
        return Err(format!(
            "the run resumed with {remaining} ms left; expected {lo:.0} to {hi:.0} ms"
        ));
    }
    Ok(live.then_some(error))
}
