//! The library's and the agreements' printouts: an activity card to carry, a meeting's
//! materials checklist, and the agreements as a wall poster or a table tent.

use convene_i18n::{msg, Lang, Localizer, Message};
use convene_print::{
    ActivityCard, AgreementBlock, AgreementsSheet, CardStep, MaterialLine, MaterialsSheet,
};
use rusqlite::Connection;
use serde::Deserialize;
use ts_rs::TS;

use super::{document, file_safe, localizer, paper_of, print_info, PaperSize, PrintedDocument};
use crate::domain::agreements::{history_in, AgreementVersion};
use crate::domain::community;
use crate::domain::library::meetings::{material_text, materials_in, HeadCountBasis};
use crate::domain::library::model::{ActivityFields, Contact, Grouping, Level, Space, Step};
use crate::domain::library::store;
use crate::time::CalendarDate;
use crate::{Core, CoreError, CoreResult};

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PrintActivity {
    pub activity_id: String,
    pub paper: PaperSize,
    /// The document's language; the facilitator's when not given.
    #[serde(default)]
    #[ts(optional)]
    pub lang: Option<Lang>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PrintMaterials {
    pub meeting_id: String,
    pub paper: PaperSize,
    /// The document's language; the facilitator's when not given.
    #[serde(default)]
    #[ts(optional)]
    pub lang: Option<Lang>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum AgreementsLayout {
    /// Landscape, large type, for the wall.
    Poster,
    /// Folded in half to stand on each table.
    TableTent,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PrintAgreements {
    pub community_id: String,
    pub layout: AgreementsLayout,
    pub paper: PaperSize,
    /// The document's language; the facilitator's when not given.
    #[serde(default)]
    #[ts(optional)]
    pub lang: Option<Lang>,
}

/// "20–30" or "20".
fn range(low: u32, high: u32) -> String {
    if low == high {
        low.to_string()
    } else {
        format!("{low}–{high}")
    }
}

fn space(space: Space) -> Message {
    match space {
        Space::Indoor => msg!("print-card-space-indoor"),
        Space::Outdoor => msg!("print-card-space-outdoor"),
        Space::Either => msg!("print-card-space-either"),
        Space::Virtual => msg!("print-card-space-virtual"),
    }
}

fn intensity(level: Level) -> Message {
    match level {
        Level::Low => msg!("print-card-intensity-low"),
        Level::Medium => msg!("print-card-intensity-medium"),
        Level::High => msg!("print-card-intensity-high"),
    }
}

fn contact(contact: Contact) -> Message {
    match contact {
        Contact::None => msg!("print-card-contact-none"),
        Contact::Light => msg!("print-card-contact-light"),
        Contact::Close => msg!("print-card-contact-close"),
    }
}

fn grouping(grouping: Grouping) -> Message {
    match grouping {
        Grouping::Whole => msg!("print-card-grouping-whole"),
        Grouping::SmallGroups => msg!("print-card-grouping-small-groups"),
        Grouping::Pairs => msg!("print-card-grouping-pairs"),
        Grouping::Individual => msg!("print-card-grouping-individual"),
    }
}

/// "20–30 min · setup 10 min · 8–40 people · groups of 5 · Indoor · Low intensity · No contact".
fn facts(f: &ActivityFields, l: Localizer) -> String {
    let minutes = range(f.min_minutes, f.max_minutes);
    let mut parts = vec![l.message(&msg!("print-minutes", minutes = minutes))];
    if f.setup_minutes > 0 {
        parts.push(l.message(&msg!("print-card-setup-minutes", minutes = f.setup_minutes)));
    }
    let people = range(f.min_group, f.max_group);
    parts.push(l.message(&msg!("print-card-people", range = people)));
    if f.group_size > 0 {
        parts.push(l.message(&msg!("print-card-groups-of", size = f.group_size)));
    }
    for word in [space(f.space), intensity(f.intensity), contact(f.contact)] {
        parts.push(l.message(&word));
    }
    parts.join(" · ")
}

/// "5 min · Pairs", or the grouping alone when the step is untimed.
fn step_timing(step: &Step, l: Localizer) -> String {
    let grouping = l.message(&grouping(step.grouping));
    if step.minutes == 0 {
        grouping
    } else {
        let minutes = l.message(&msg!("print-minutes", minutes = step.minutes));
        format!("{minutes} · {grouping}")
    }
}

fn activity_card(f: ActivityFields, l: Localizer) -> ActivityCard {
    let credit = super::joined(&[&f.credit, &f.licence]);
    ActivityCard {
        facts: facts(&f, l),
        materials: f.materials.iter().map(|m| material_text(&l, m)).collect(),
        steps: f
            .steps
            .iter()
            .map(|s| CardStep {
                text: s.text.clone(),
                timing: step_timing(s, l),
            })
            .collect(),
        name: f.name,
        summary: f.summary,
        setup: f.setup,
        safety: f.safety,
        safety_monitor: f.safety_monitor,
        opt_out: f.opt_out,
        adaptations: f.adaptations,
        debrief_what: f.debrief.what,
        debrief_so_what: f.debrief.so_what,
        debrief_now_what: f.debrief.now_what,
        theme_link: f.theme_link,
        credit,
    }
}

/// Renders an activity's one-page card; returns a suggested file name and the PDF.
pub fn activity_pdf(core: &Core, request: &PrintActivity) -> CoreResult<(String, Vec<u8>)> {
    let l = localizer(core, request.lang);
    let fields = core
        .store
        .read(|conn| store::fields_of(conn, &request.activity_id))?
        .ok_or_else(|| CoreError::not_found("activity"))?;
    let name = file_safe(&fields.name);
    let file_name = l.message(&msg!("print-card-file", name = name));
    let bytes = convene_print::activity_card_pdf(
        &activity_card(fields, l),
        paper_of(request.paper),
        &print_info(core, l),
    )?;
    Ok((file_name, bytes))
}

pub fn activity(core: &Core, request: PrintActivity) -> CoreResult<PrintedDocument> {
    let (file_name, bytes) = activity_pdf(core, &request)?;
    Ok(document(file_name, bytes))
}

/// "For: Minefield, Trust Walk · Optional. Closing your eyes works just as well."
fn used_by_text(used_by: &[String], notes: &[String], l: Localizer) -> String {
    let mut parts = Vec::new();
    if !used_by.is_empty() {
        let activities = used_by.join(", ");
        parts.push(l.message(&msg!("print-materials-for", activities = activities)));
    }
    parts.extend(notes.iter().cloned());
    parts.join(" · ")
}

fn materials_sheet(
    conn: &Connection,
    meeting_id: &str,
    l: Localizer,
) -> CoreResult<MaterialsSheet> {
    let checklist = materials_in(conn, meeting_id)?;
    let people = checklist.people;
    let basis = match checklist.basis {
        HeadCountBasis::Expected => msg!("print-materials-basis-expected", count = people),
        HeadCountBasis::Members => msg!("print-materials-basis-members", count = people),
    };
    Ok(MaterialsSheet {
        title: checklist.meeting_title,
        when: checklist.date.long(l.formats()),
        basis: l.message(&basis),
        lines: checklist
            .lines
            .into_iter()
            .map(|line| MaterialLine {
                quantity: if line.unit.is_empty() {
                    line.quantity.to_string()
                } else {
                    format!("{} {}", line.quantity, line.unit)
                },
                name: line.name,
                used_by: used_by_text(&line.used_by, &line.notes, l),
            })
            .collect(),
    })
}

pub fn materials_pdf(core: &Core, request: &PrintMaterials) -> CoreResult<(String, Vec<u8>)> {
    let l = localizer(core, request.lang);
    let sheet = core
        .store
        .read(|conn| materials_sheet(conn, &request.meeting_id, l))?;
    let title = file_safe(&sheet.title);
    let file_name = l.message(&msg!("print-materials-file", title = title));
    let info = print_info(core, l);
    let bytes = convene_print::materials_pdf(&sheet, paper_of(request.paper), &info)?;
    Ok((file_name, bytes))
}

pub fn materials(core: &Core, request: PrintMaterials) -> CoreResult<PrintedDocument> {
    let (file_name, bytes) = materials_pdf(core, &request)?;
    Ok(document(file_name, bytes))
}

fn version_line(version: &AgreementVersion, l: Localizer) -> String {
    let number = version.version;
    let meeting = version.adopted_meeting_title.as_str();
    // The adopting meeting's date, checked when that meeting was saved.
    let date = CalendarDate::parse(&version.adopted_meeting_date);
    l.message(&match (meeting, date) {
        ("", _) => msg!("print-agreements-version", version = number),
        (_, None) => msg!(
            "print-agreements-version-adopted",
            version = number,
            meeting = meeting
        ),
        (_, Some(date)) => msg!(
            "print-agreements-version-adopted-on",
            version = number,
            meeting = meeting,
            date = date.long(l.formats()),
        ),
    })
}

fn agreements_sheet(
    conn: &Connection,
    community_id: &str,
    l: Localizer,
) -> CoreResult<AgreementsSheet> {
    let community = community::fetch(conn, community_id)?;
    let history = history_in(conn, community_id)?;
    let Some(current) = history.versions.first() else {
        let none = msg!("errors-agreements-none", community = community.name);
        return Err(CoreError::invalid("communityId", none));
    };
    Ok(AgreementsSheet {
        community: community.name,
        version_line: version_line(current, l),
        agreements: current
            .items
            .iter()
            .map(|a| AgreementBlock {
                label: a.label.clone(),
                statements: a.statements.clone(),
                practice: a.practice.clone(),
            })
            .collect(),
    })
}

pub fn agreements_pdf(core: &Core, request: &PrintAgreements) -> CoreResult<(String, Vec<u8>)> {
    let l = localizer(core, request.lang);
    let sheet = core
        .store
        .read(|conn| agreements_sheet(conn, &request.community_id, l))?;
    let info = print_info(core, l);
    let paper = paper_of(request.paper);
    let community = file_safe(&sheet.community);
    let (file_name, bytes) = match request.layout {
        AgreementsLayout::Poster => (
            msg!("print-agreements-poster-file", community = community),
            convene_print::agreements_poster_pdf(&sheet, paper, &info)?,
        ),
        AgreementsLayout::TableTent => (
            msg!("print-agreements-tent-file", community = community),
            convene_print::table_tent_pdf(&sheet, paper, &info)?,
        ),
    };
    Ok((l.message(&file_name), bytes))
}

pub fn agreements(core: &Core, request: PrintAgreements) -> CoreResult<PrintedDocument> {
    let (file_name, bytes) = agreements_pdf(core, &request)?;
    Ok(document(file_name, bytes))
}
