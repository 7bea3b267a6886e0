//! The series and network reports in one shape: a table of questions by columns (a
//! community's meetings, or the communities chosen and their total), so both are
//! written as CSV and printed by the same code.

use convene_i18n::{msg, Localizer};
use rusqlite::Connection;
use serde::Deserialize;
use ts_rs::TS;

use super::figures::Share;
use super::network::{network_in, NetworkReport};
use super::series::{series_in, SeriesCell, SeriesReport, SeriesRow};
use super::tables::ReportFile;
use crate::domain::forms::FormItemKind;
use crate::print::file_safe;
use crate::table::{self, Bom};
use crate::{Core, CoreResult};

/// Which report across meetings.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(tag = "type", rename_all = "camelCase", deny_unknown_fields)]
pub enum Across {
    /// A community's meetings side by side.
    Series {
        #[serde(rename = "communityId")]
        community_id: String,
    },
    /// Communities pooled, beside their total.
    Network {
        #[serde(rename = "communityIds")]
        community_ids: Vec<String>,
    },
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AcrossCsv {
    pub across: Across,
}

/// A column: a meeting, a community, or the total.
pub(crate) struct ComparedColumn {
    pub name: String,
    /// How many sheets speak for it.
    pub detail: String,
}

pub(crate) struct Comparison {
    pub title: String,
    pub subtitle: String,
    pub columns: Vec<ComparedColumn>,
    /// The series report's rows; a network row's cells end with its total.
    pub rows: Vec<SeriesRow>,
    /// A name for the file, without its extension's words.
    pub file_name: String,
}

/// The words naming what a row's headline counts.
pub(crate) fn figure_words(kind: FormItemKind) -> &'static str {
    match kind {
        FormItemKind::Retrospective => "report-increased",
        FormItemKind::YesNo => "report-positive-yes",
        _ => "report-positive-agree",
    }
}

fn series(report: SeriesReport, l: &Localizer) -> Comparison {
    let columns = report
        .meetings
        .iter()
        .map(|m| ComparedColumn {
            name: format!("{} · {}", m.title, m.date.long(l.formats())),
            detail: l.message(&msg!(
                "report-series-sheets",
                entered = m.entered,
                present = m.present
            )),
        })
        .collect();
    let community = report.community.as_str();
    Comparison {
        title: l.message(&msg!("report-series-pdf-title", community = community)),
        subtitle: l.text("report-series-heading"),
        columns,
        rows: report.rows,
        file_name: l.message(&msg!(
            "report-series-file",
            community = file_safe(community)
        )),
    }
}

fn pooled(meetings: u32, entered: u32, l: &Localizer) -> String {
    l.message(&msg!(
        "report-network-pooled",
        meetings = meetings,
        entered = entered
    ))
}

fn network(report: NetworkReport, l: &Localizer) -> Comparison {
    let mut columns: Vec<ComparedColumn> = report
        .communities
        .iter()
        .map(|c| ComparedColumn {
            name: c.name.clone(),
            detail: pooled(c.meetings, c.entered, l),
        })
        .collect();
    let sum = |f: fn(&super::network::NetworkCommunity) -> u32| -> u32 {
        report.communities.iter().map(f).sum()
    };
    columns.push(ComparedColumn {
        name: l.text("report-network-total"),
        detail: pooled(sum(|c| c.meetings), sum(|c| c.entered), l),
    });
    let as_cell = |cell: super::network::PooledCell| SeriesCell {
        headline: cell.headline,
        before: cell.before_percents,
        now: cell.now_percents,
    };
    let rows = report
        .rows
        .into_iter()
        .map(|row| {
            let mut cells: Vec<Option<SeriesCell>> =
                row.cells.into_iter().map(|c| c.map(as_cell)).collect();
            cells.push(Some(as_cell(row.total)));
            SeriesRow {
                text: row.text,
                kind: row.kind,
                points: row.points,
                cells,
            }
        })
        .collect();
    let names: Vec<&str> = report.communities.iter().map(|c| c.name.as_str()).collect();
    Comparison {
        title: l.text("report-network-heading"),
        subtitle: names.join(" · "),
        columns,
        rows,
        file_name: l.text("report-network-file"),
    }
}

/// The report across meetings, in the reader's words.
pub(crate) fn comparison(
    conn: &Connection,
    across: &Across,
    l: &Localizer,
) -> CoreResult<Comparison> {
    Ok(match across {
        Across::Series { community_id } => series(series_in(conn, community_id, l.lang())?, l),
        Across::Network { community_ids } => network(network_in(conn, community_ids)?, l),
    })
}

/// Percents per point, "20 / 50 / 30".
fn percents_text(percents: Option<&Vec<u32>>) -> String {
    percents.map_or_else(String::new, |p| {
        p.iter().map(u32::to_string).collect::<Vec<_>>().join(" / ")
    })
}

fn csv(comparison: &Comparison, l: &Localizer) -> CoreResult<String> {
    let header = [
        "report-csv-column",
        "report-csv-basis",
        "report-csv-question",
        "report-csv-figure",
        "report-csv-count",
        "report-csv-of",
        "report-csv-percent",
        "report-csv-points",
        "report-csv-before-percents",
        "report-csv-now-percents",
    ]
    .map(|id| l.text(id));
    let mut rows = Vec::new();
    for row in &comparison.rows {
        for (column, cell) in comparison.columns.iter().zip(&row.cells) {
            let Some(cell) = cell else { continue };
            let share = cell.headline.as_ref();
            let number = |f: fn(&Share) -> Option<u32>| {
                share.and_then(f).map(|n| n.to_string()).unwrap_or_default()
            };
            rows.push(vec![
                column.name.clone(),
                column.detail.clone(),
                row.text.clone(),
                l.text(figure_words(row.kind)),
                number(|s| Some(s.count)),
                number(|s| Some(s.of)),
                number(|s| s.percent),
                row.points.join(" / "),
                percents_text(cell.before.as_ref()),
                percents_text(cell.now.as_ref()),
            ]);
        }
    }
    table::csv(&header, &rows, Bom::With)
}

/// A series or network report as a CSV file, one row per question and column.
pub fn across_csv(core: &Core, request: AcrossCsv) -> CoreResult<ReportFile> {
    let l = Localizer::new(core.language());
    let comparison = core
        .store
        .read(|conn| comparison(conn, &request.across, &l))?;
    Ok(ReportFile {
        file_name: format!("{}.csv", comparison.file_name),
        csv: csv(&comparison, &l)?,
    })
}
