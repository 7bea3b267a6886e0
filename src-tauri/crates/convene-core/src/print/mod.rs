//! Printed documents: builds the print crate's plain view models from the store and
//! hands back the PDF's bytes with a suggested file name. Where it is saved is the
//! business of whoever asked (the desktop's save dialog, a browser, the CLI's `--out`).

use base64::Engine;
use convene_print::{AgendaEntry, AgendaSheet, Audience, Paper, PrintInfo};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::agenda;
use crate::domain::{community, meeting};
use crate::{Core, CoreResult};

mod documents;
pub use documents::{
    activity, activity_pdf, agreements, agreements_pdf, materials, materials_pdf, AgreementsLayout,
    PrintActivity, PrintAgreements, PrintMaterials,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum PaperSize {
    Letter,
    A4,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PrintAgenda {
    pub meeting_id: String,
    /// The facilitator's copy: adds notes, materials, kinds and minutes.
    pub facilitator: bool,
    pub paper: PaperSize,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PrintedDocument {
    /// A suggested file name, e.g. "Agenda - The future of CQI.pdf".
    pub file_name: String,
    /// The PDF itself.
    pub pdf_base64: String,
}

/// The agenda of a meeting as the print crate wants it.
fn agenda_sheet(core: &Core, meeting_id: &str) -> CoreResult<AgendaSheet> {
    core.store.read(|conn| {
        let meeting = meeting::fetch(conn, meeting_id)?;
        let community = community::fetch(conn, &meeting.community_id)?;
        let agenda = agenda::agenda_in(conn, meeting_id)?;
        Ok(AgendaSheet {
            community: community.name,
            when: format!(
                "{} · {} – {}",
                meeting.date.long(),
                meeting.start_time.twelve_hour(),
                meeting.end_time.twelve_hour()
            ),
            title: meeting.title,
            series: meeting.series,
            location: meeting.location,
            items: agenda
                .items
                .into_iter()
                .map(|entry| AgendaEntry {
                    start: entry.start.twelve_hour(),
                    end: entry.end.twelve_hour(),
                    kind: convene_i18n::Localizer::new(core.language())
                        .message(&entry.item.kind.label()),
                    minutes: entry.item.planned_minutes,
                    title: entry.item.title,
                    presenter: entry.item.presenter,
                    description: entry.item.description,
                    notes: entry.item.facilitator_notes,
                    materials: entry.item.materials,
                })
                .collect(),
        })
    })
}

/// Renders a meeting's agenda; returns a suggested file name and the PDF bytes.
pub fn agenda_pdf(
    core: &Core,
    meeting_id: &str,
    facilitator: bool,
    paper: PaperSize,
) -> CoreResult<(String, Vec<u8>)> {
    let sheet = agenda_sheet(core, meeting_id)?;
    let info = print_info(core);
    let audience = if facilitator {
        Audience::Facilitator
    } else {
        Audience::Participant
    };
    let bytes = convene_print::agenda_pdf(&sheet, audience, paper_of(paper), &info)?;
    let label = if facilitator {
        "Facilitator agenda"
    } else {
        "Agenda"
    };
    Ok((format!("{label} - {}.pdf", file_safe(&sheet.title)), bytes))
}

/// Creation time and footer for a document printed now.
fn print_info(core: &Core) -> PrintInfo {
    PrintInfo {
        created: core
            .clock
            .now_utc()
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        footer: format!(
            "Printed from Convene on {}",
            core.clock.local_now().format("%B %-d, %Y")
        ),
    }
}

fn paper_of(paper: PaperSize) -> Paper {
    match paper {
        PaperSize::Letter => Paper::Letter,
        PaperSize::A4 => Paper::A4,
    }
}

/// A made PDF as it crosses the command boundary.
fn document(file_name: String, bytes: Vec<u8>) -> PrintedDocument {
    PrintedDocument {
        file_name,
        pdf_base64: base64::engine::general_purpose::STANDARD.encode(bytes),
    }
}

/// A title made safe as a file name on every desktop system.
pub(crate) fn file_safe(title: &str) -> String {
    let cleaned: String = title
        .chars()
        .map(|c| {
            if matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control() {
                '-'
            } else {
                c
            }
        })
        .collect();
    cleaned.trim().chars().take(80).collect()
}

pub fn agenda(core: &Core, request: PrintAgenda) -> CoreResult<PrintedDocument> {
    let (file_name, bytes) = agenda_pdf(
        core,
        &request.meeting_id,
        request.facilitator,
        request.paper,
    )?;
    Ok(document(file_name, bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_times_read_as_on_a_printed_agenda() {
        use crate::time::{CalendarDate, ClockTime};
        let twelve_hour = |text| ClockTime::parse(text).unwrap().twelve_hour();
        let long_date = |text| CalendarDate::parse(text).unwrap().long();
        assert_eq!(twelve_hour("13:30"), "1:30 PM");
        assert_eq!(twelve_hour("09:00"), "9:00 AM");
        assert_eq!(long_date("2026-09-12"), "Saturday, September 12, 2026");
    }

    #[test]
    fn titles_become_safe_file_names() {
        assert_eq!(file_safe("CQI: what/why?"), "CQI- what-why-");
        assert_eq!(file_safe("Niños año Peña"), "Niños año Peña");
    }
}
