//! The library's and the agreements' printouts: an activity card to carry, a meeting's
//! materials checklist, and the agreements as a wall poster or a table tent.

use convene_print::{
    ActivityCard, AgreementBlock, AgreementsSheet, CardStep, MaterialLine, MaterialsSheet,
};
use rusqlite::Connection;
use serde::Deserialize;
use ts_rs::TS;

use super::{document, file_safe, paper_of, print_info, PaperSize, PrintedDocument};
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
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PrintMaterials {
    pub meeting_id: String,
    pub paper: PaperSize,
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
}

fn range(low: u32, high: u32, unit: &str) -> String {
    if low == high {
        format!("{low} {unit}")
    } else {
        format!("{low}–{high} {unit}")
    }
}

/// "20–30 min · setup 10 min · 8–40 people · groups of 5 · Indoor · Low intensity · No contact".
fn facts(f: &ActivityFields) -> String {
    let mut parts = vec![range(f.min_minutes, f.max_minutes, "min")];
    if f.setup_minutes > 0 {
        parts.push(format!("setup {} min", f.setup_minutes));
    }
    parts.push(range(f.min_group, f.max_group, "people"));
    if f.group_size > 0 {
        parts.push(format!("groups of {}", f.group_size));
    }
    parts.push(
        match f.space {
            Space::Indoor => "Indoor",
            Space::Outdoor => "Outdoor",
            Space::Either => "Indoor or outdoor",
            Space::Virtual => "Virtual",
        }
        .to_owned(),
    );
    parts.push(
        match f.intensity {
            Level::Low => "Low intensity",
            Level::Medium => "Medium intensity",
            Level::High => "High intensity",
        }
        .to_owned(),
    );
    parts.push(
        match f.contact {
            Contact::None => "No contact",
            Contact::Light => "Light contact",
            Contact::Close => "Close contact",
        }
        .to_owned(),
    );
    parts.join(" · ")
}

fn step_timing(step: &Step) -> String {
    let grouping = match step.grouping {
        Grouping::Whole => "Whole group",
        Grouping::SmallGroups => "Small groups",
        Grouping::Pairs => "Pairs",
        Grouping::Individual => "On your own",
    };
    if step.minutes == 0 {
        grouping.to_owned()
    } else {
        format!("{} min · {grouping}", step.minutes)
    }
}

fn activity_card(f: ActivityFields) -> ActivityCard {
    let credit = [f.credit.as_str(), f.licence.as_str()]
        .iter()
        .filter(|t| !t.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ");
    ActivityCard {
        facts: facts(&f),
        materials: f.materials.iter().map(material_text).collect(),
        steps: f
            .steps
            .iter()
            .map(|s| CardStep {
                text: s.text.clone(),
                timing: step_timing(s),
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
pub fn activity_pdf(
    core: &Core,
    activity_id: &str,
    paper: PaperSize,
) -> CoreResult<(String, Vec<u8>)> {
    let fields = core
        .store
        .read(|conn| store::fields_of(conn, activity_id))?
        .ok_or_else(|| CoreError::not_found("activity"))?;
    let file_name = format!("Activity card - {}.pdf", file_safe(&fields.name));
    let bytes = convene_print::activity_card_pdf(
        &activity_card(fields),
        paper_of(paper),
        &print_info(core),
    )?;
    Ok((file_name, bytes))
}

pub fn activity(core: &Core, request: PrintActivity) -> CoreResult<PrintedDocument> {
    let (file_name, bytes) = activity_pdf(core, &request.activity_id, request.paper)?;
    Ok(document(file_name, bytes))
}

/// "For: Minefield, Trust Walk · Optional. Closing your eyes works just as well."
fn used_by_text(used_by: &[String], notes: &[String]) -> String {
    let mut parts = Vec::new();
    if !used_by.is_empty() {
        parts.push(format!("For: {}", used_by.join(", ")));
    }
    parts.extend(notes.iter().cloned());
    parts.join(" · ")
}

fn materials_sheet(conn: &Connection, meeting_id: &str) -> CoreResult<MaterialsSheet> {
    let checklist = materials_in(conn, meeting_id)?;
    let basis = match checklist.basis {
        HeadCountBasis::Expected => "expected attendance",
        HeadCountBasis::Members => "the community's members",
    };
    Ok(MaterialsSheet {
        title: checklist.meeting_title,
        when: checklist.date.long(),
        basis: format!("Quantities for {} people ({basis})", checklist.people),
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
                used_by: used_by_text(&line.used_by, &line.notes),
            })
            .collect(),
    })
}

pub fn materials_pdf(
    core: &Core,
    meeting_id: &str,
    paper: PaperSize,
) -> CoreResult<(String, Vec<u8>)> {
    let sheet = core.store.read(|conn| materials_sheet(conn, meeting_id))?;
    let file_name = format!("Materials - {}.pdf", file_safe(&sheet.title));
    let bytes = convene_print::materials_pdf(&sheet, paper_of(paper), &print_info(core))?;
    Ok((file_name, bytes))
}

pub fn materials(core: &Core, request: PrintMaterials) -> CoreResult<PrintedDocument> {
    let (file_name, bytes) = materials_pdf(core, &request.meeting_id, request.paper)?;
    Ok(document(file_name, bytes))
}

fn version_line(version: &AgreementVersion) -> String {
    if version.adopted_meeting_title.is_empty() {
        return format!("Version {}", version.version);
    }
    let mut line = format!(
        "Version {} · adopted at {}",
        version.version, version.adopted_meeting_title
    );
    // The adopting meeting's date, checked when that meeting was saved.
    if let Some(date) = CalendarDate::parse(&version.adopted_meeting_date) {
        line.push_str(&format!(", {}", date.long()));
    }
    line
}

fn agreements_sheet(conn: &Connection, community_id: &str) -> CoreResult<AgreementsSheet> {
    let community = community::fetch(conn, community_id)?;
    let history = history_in(conn, community_id)?;
    let Some(current) = history.versions.first() else {
        return Err(CoreError::invalid(
            "communityId",
            format!(
                "“{}” has no agreements yet; add them on the community's Agreements tab first.",
                community.name
            ),
        ));
    };
    Ok(AgreementsSheet {
        community: community.name,
        version_line: version_line(current),
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

pub fn agreements_pdf(
    core: &Core,
    community_id: &str,
    layout: AgreementsLayout,
    paper: PaperSize,
) -> CoreResult<(String, Vec<u8>)> {
    let sheet = core
        .store
        .read(|conn| agreements_sheet(conn, community_id))?;
    let info = print_info(core);
    let (label, bytes) = match layout {
        AgreementsLayout::Poster => (
            "Agreements poster",
            convene_print::agreements_poster_pdf(&sheet, paper_of(paper), &info)?,
        ),
        AgreementsLayout::TableTent => (
            "Agreements table tent",
            convene_print::table_tent_pdf(&sheet, paper_of(paper), &info)?,
        ),
    };
    Ok((
        format!("{label} - {}.pdf", file_safe(&sheet.community)),
        bytes,
    ))
}

pub fn agreements(core: &Core, request: PrintAgreements) -> CoreResult<PrintedDocument> {
    let (file_name, bytes) =
        agreements_pdf(core, &request.community_id, request.layout, request.paper)?;
    Ok(document(file_name, bytes))
}
