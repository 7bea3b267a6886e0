//! Printed documents: builds the print crate's plain view models from the store and
//! hands back the PDF's bytes with a suggested file name. Where it is saved is the
//! business of whoever asked (the desktop's save dialog, a browser, the CLI's `--out`).

use base64::Engine;
use convene_i18n::{msg, Lang, Localizer};
use convene_print::{AgendaEntry, AgendaSheet, Audience, Paper, PrintInfo};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::agenda;
use crate::domain::{community, meeting};
use crate::{Core, CoreResult};

mod certificates;
mod documents;
pub(crate) mod forms;
mod pairs;
mod report;
mod report_across;
mod road_map;
mod sign_in;
mod worksheets;
pub use certificates::{
    certificates, certificates_pdf, transcript, transcript_pdf, PrintCertificates, PrintTranscript,
};
pub use documents::{
    activity, activity_pdf, agreements, agreements_pdf, materials, materials_pdf, AgreementsLayout,
    PrintActivity, PrintAgreements, PrintMaterials,
};
pub use forms::{form, form_pdf, PrintForm};
pub use pairs::{pairs, pairs_pdf, PrintPairs};
pub use report::{report, report_pdf, PrintReport};
pub use report_across::{across, across_pdf, PrintAcross};
pub use road_map::{road_map, road_map_pdf, PrintRoadMap};
pub use sign_in::{sign_in, sign_in_pdf, PrintSignIn};
pub use worksheets::{worksheet, worksheet_pdf, PrintWorksheet};

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
    /// The document's language; the facilitator's when not given.
    #[serde(default)]
    #[ts(optional)]
    pub lang: Option<Lang>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PrintedDocument {
    /// A suggested file name, e.g. "Agenda - The future of CQI.pdf".
    pub file_name: String,
    /// The PDF itself.
    pub pdf_base64: String,
}

/// The words of a document asked for in `lang`, or else in the facilitator's language.
pub(crate) fn localizer(core: &Core, lang: Option<Lang>) -> Localizer {
    Localizer::new(lang.unwrap_or_else(|| core.language()))
}

/// The agenda of a meeting as the print crate wants it.
fn agenda_sheet(
    conn: &rusqlite::Connection,
    meeting_id: &str,
    l: Localizer,
) -> CoreResult<AgendaSheet> {
    let f = l.formats();
    let meeting = meeting::fetch(conn, meeting_id)?;
    let community = community::fetch(conn, &meeting.community_id)?;
    let agenda = agenda::agenda_in(conn, meeting_id)?;
    Ok(AgendaSheet {
        community: community.name,
        when: l.message(&msg!(
            "print-agenda-when",
            date = meeting.date.long(f),
            start = meeting.start_time.spoken(f),
            end = meeting.end_time.spoken(f),
        )),
        title: meeting.title,
        series: meeting.series,
        location: meeting.location,
        items: agenda
            .items
            .into_iter()
            .map(|entry| AgendaEntry {
                start: entry.start.spoken(f),
                end: entry.end.spoken(f),
                kind: l.message(&entry.item.kind.label()),
                minutes: entry.item.planned_minutes,
                title: entry.item.title,
                presenter: entry.item.presenter,
                description: entry.item.description,
                notes: entry.item.facilitator_notes,
                materials: entry.item.materials,
            })
            .collect(),
    })
}

/// Renders a meeting's agenda; returns a suggested file name and the PDF bytes.
pub fn agenda_pdf(core: &Core, request: &PrintAgenda) -> CoreResult<(String, Vec<u8>)> {
    let l = localizer(core, request.lang);
    let sheet = core
        .store
        .read(|conn| agenda_sheet(conn, &request.meeting_id, l))?;
    let info = print_info(core, l);
    let audience = if request.facilitator {
        Audience::Facilitator
    } else {
        Audience::Participant
    };
    let bytes = convene_print::agenda_pdf(&sheet, audience, paper_of(request.paper), &info)?;
    let title = file_safe(&sheet.title);
    let file_name = if request.facilitator {
        l.message(&msg!("print-agenda-facilitator-file", title = title))
    } else {
        l.message(&msg!("print-agenda-file", title = title))
    };
    Ok((file_name, bytes))
}

/// Creation time, footer and language for a document printed now.
fn print_info(core: &Core, l: Localizer) -> PrintInfo {
    let today = l.formats().date(core.clock.local_now().date());
    PrintInfo {
        created: core
            .clock
            .now_utc()
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        footer: l.message(&msg!("print-footer", date = today)),
        lang: l.lang(),
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

/// The parts that are not empty, joined as printed documents join facts: "Lakeside USD · Oak
/// Elementary".
pub(crate) fn joined(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ")
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
    let (file_name, bytes) = agenda_pdf(core, &request)?;
    Ok(document(file_name, bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_times_read_as_on_a_printed_agenda_in_each_language() {
        use crate::time::{CalendarDate, ClockTime};
        let [en, es] = [Lang::En, Lang::Es].map(|lang| Localizer::new(lang).formats());
        let time = |text| ClockTime::parse(text).unwrap();
        let date = CalendarDate::parse("2026-09-12").unwrap();
        assert_eq!(time("13:30").spoken(en).replace('\u{202f}', " "), "1:30 PM");
        assert_eq!(
            time("09:00").spoken(es).replace('\u{202f}', " "),
            "9:00 a.m."
        );
        assert_eq!(date.long(en), "Saturday, September 12, 2026");
        assert_eq!(date.long(es), "sábado, 12 de septiembre de 2026");
    }

    #[test]
    fn titles_become_safe_file_names() {
        assert_eq!(file_safe("CQI: what/why?"), "CQI- what-why-");
        assert_eq!(file_safe("Niños año Peña"), "Niños año Peña");
    }
}
