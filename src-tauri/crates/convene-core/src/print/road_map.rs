//! A member's road map: their development plan on one page, in their language unless
//! the request names another, with their attendance and latest check-ins.

use convene_i18n::{msg, Lang, Localizer};
use convene_print::{RoadMapGoal, RoadMapSheet};
use serde::Deserialize;
use ts_rs::TS;

use super::{document, file_safe, joined, paper_of, print_info, PaperSize, PrintedDocument};
use crate::domain::community;
use crate::domain::plans::{plan_in, CheckIn, Goal, Plan};
use crate::{Core, CoreResult};

/// How many check-ins the page has room for.
const LATEST_CHECKINS: usize = 3;

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PrintRoadMap {
    pub member_id: String,
    pub paper: PaperSize,
    /// The document's language; the member's own, else the facilitator's, when not given.
    #[serde(default)]
    #[ts(optional)]
    pub lang: Option<Lang>,
}

fn goal(goal: &Goal, l: Localizer) -> RoadMapGoal {
    let fields = &goal.current.fields;
    let status = l.message(&fields.status.label());
    let status = match fields.standard {
        Some(standard) => l.message(&msg!(
            "print-road-map-status",
            status = status,
            standard = l.message(&standard.label())
        )),
        None => status,
    };
    let steps = fields
        .steps
        .iter()
        .map(|step| match (step.done, step.by) {
            (true, _) => l.message(&msg!("print-road-map-step-done", step = step.text.clone())),
            (false, Some(by)) => l.message(&msg!(
                "print-road-map-step",
                step = step.text.clone(),
                date = l.formats().date(by.naive())
            )),
            (false, None) => step.text.clone(),
        })
        .collect();
    RoadMapGoal {
        goal: fields.goal.clone(),
        status,
        why: fields.why.clone(),
        steps,
        support: fields.support.clone(),
        evidence: fields.evidence.clone(),
    }
}

/// "November 20, 2026 · Ben Ortiz: Twelve students signed up · Next: …", one line.
pub(super) fn checkin_line(checkin: &CheckIn, l: Localizer) -> String {
    let when = joined(&[&l.formats().date(checkin.date.naive()), &checkin.with_whom]);
    let next = (!checkin.next.is_empty())
        .then(|| l.message(&msg!("print-road-map-next", next = checkin.next.clone())));
    format!(
        "{when}: {}",
        joined(&[&checkin.moved, next.as_deref().unwrap_or_default()])
    )
}

fn sheet(plan: &Plan, community: String, l: Localizer) -> RoadMapSheet {
    let member = &plan.member;
    let checkins = plan
        .checkins
        .iter()
        .take(LATEST_CHECKINS)
        .map(|c| checkin_line(c, l));
    RoadMapSheet {
        name: member.name.clone(),
        affiliation: joined(&[&member.role, &member.organization, &member.site]),
        community,
        attendance: l.message(&msg!(
            "community-member-attended",
            attended = plan.meetings_attended,
            held = plan.meetings_held
        )),
        goals: plan.goals.iter().map(|g| goal(g, l)).collect(),
        checkins: checkins.collect(),
    }
}

pub fn road_map_pdf(core: &Core, request: &PrintRoadMap) -> CoreResult<(String, Vec<u8>)> {
    let (plan, community) = core.store.read(|conn| {
        let plan = plan_in(conn, &request.member_id)?;
        let community = community::fetch(conn, &plan.member.community_id)?.name;
        Ok((plan, community))
    })?;
    let lang = request
        .lang
        .or(plan.member.language)
        .unwrap_or_else(|| core.language());
    let l = Localizer::new(lang);
    let sheet = sheet(&plan, community, l);
    let bytes = convene_print::road_map_pdf(&sheet, paper_of(request.paper), &print_info(core, l))?;
    let name = l.message(&msg!("print-road-map-file", name = file_safe(&sheet.name)));
    Ok((name, bytes))
}

pub fn road_map(core: &Core, request: PrintRoadMap) -> CoreResult<PrintedDocument> {
    let (file_name, bytes) = road_map_pdf(core, &request)?;
    Ok(document(file_name, bytes))
}
