//! The series and network reports as PDFs, in the meeting report's layout: the columns
//! numbered with how many sheets speak for each, then per question a line per column
//! with its headline figure and, for a before/now rating, each column's Before and Now
//! bars.

use convene_i18n::{msg, Localizer};
use convene_print::{ChartBar, ReportQuestion, ReportSection, ReportSheet};
use serde::Deserialize;
use ts_rs::TS;

use super::report::share_text;
use super::{document, localizer, paper_of, print_info, PaperSize, PrintedDocument};
use crate::domain::report::compare::{comparison, figure_words, Across, Comparison};
use crate::domain::report::series::SeriesRow;
use crate::{Core, CoreResult, Lang};

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PrintAcross {
    pub across: Across,
    pub paper: PaperSize,
    /// The document's language; the facilitator's when not given.
    #[serde(default)]
    #[ts(optional)]
    pub lang: Option<Lang>,
}

fn question(row: &SeriesRow, l: &Localizer) -> ReportQuestion {
    let figure = l.text(figure_words(row.kind));
    let (before, now) = (l.text("report-before"), l.text("report-now"));
    let mut q = ReportQuestion {
        heading: row.text.clone(),
        headline: None,
        bars: Vec::new(),
        legend: row.points.clone(),
        lines: Vec::new(),
        quotes: Vec::new(),
    };
    for (index, cell) in row.cells.iter().enumerate() {
        let number = index + 1;
        let Some(cell) = cell else {
            let not_asked = l.text("report-series-not-asked");
            q.lines.push(format!("{number}. {not_asked}"));
            continue;
        };
        let share = cell
            .headline
            .as_ref()
            .map_or_else(|| l.text("report-share-none"), |s| share_text(s, l));
        q.lines.push(format!("{number}. {figure}: {share}"));
        for (words, percents) in [(&before, &cell.before), (&now, &cell.now)] {
            if let Some(percents) = percents {
                q.bars.push(ChartBar {
                    label: format!("{number} · {words}"),
                    percents: percents.clone(),
                    diverging: false,
                });
            }
        }
    }
    q
}

fn sheet(comparison: &Comparison, l: &Localizer) -> ReportSheet {
    let mut summary: Vec<String> = comparison
        .columns
        .iter()
        .enumerate()
        .map(|(index, column)| format!("{}. {} — {}", index + 1, column.name, column.detail))
        .collect();
    summary.push(l.text("report-pdf-method"));
    ReportSheet {
        title: comparison.title.clone(),
        subtitle: comparison.subtitle.clone(),
        summary,
        sections: vec![ReportSection {
            heading: l.text("report-across-questions"),
            questions: comparison.rows.iter().map(|row| question(row, l)).collect(),
        }],
    }
}

/// The series or network report as a PDF; returns a suggested file name and the bytes.
pub fn across_pdf(core: &Core, request: &PrintAcross) -> CoreResult<(String, Vec<u8>)> {
    let l = localizer(core, request.lang);
    let comparison = core
        .store
        .read(|conn| comparison(conn, &request.across, &l))?;
    let info = print_info(core, l);
    let bytes = convene_print::report_pdf(&sheet(&comparison, &l), paper_of(request.paper), &info)?;
    let name = msg!(
        "report-across-pdf-file",
        name = comparison.file_name.as_str()
    );
    Ok((l.message(&name), bytes))
}

pub fn across(core: &Core, request: PrintAcross) -> CoreResult<PrintedDocument> {
    let (file_name, bytes) = across_pdf(core, &request)?;
    Ok(document(file_name, bytes))
}
