//! The network report: several communities pooled, as a network that ran four regions
//! reports to its funder. Each community's figures pool all its meetings' entered
//! sheets (counts added, then the percentages worked out once), beside the total of
//! every community chosen. Questions match across communities by their item keys (the
//! shipped templates carry them in both languages) or else by their words.

use std::collections::HashMap;

use convene_i18n::Lang;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::figures::{largest_remainder, Share};
use super::items::{Figures, ItemReport};
use super::report_in;
use super::series::{matching_key, meeting_ids};
use crate::domain::community;
use crate::domain::forms::FormItemKind;
use crate::{Core, CoreResult};

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NetworkReportRequest {
    pub community_ids: Vec<String>,
}

/// A community's column: how many meetings and sheets its figures pool.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NetworkCommunity {
    pub community_id: String,
    pub name: String,
    /// Meetings with entered sheets.
    pub meetings: u32,
    pub entered: u32,
    pub present: u32,
}

/// One question's pooled figure: counts added over meetings, percents worked out once.
#[derive(Debug, Clone, Default, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PooledCell {
    /// Increased (a before/now rating), agreed or answered yes.
    pub headline: Option<Share>,
    /// Per point, for a before/now rating: counts, then whole percents adding to 100.
    pub before: Option<Vec<u32>>,
    pub now: Option<Vec<u32>>,
    pub before_percents: Option<Vec<u32>>,
    pub now_percents: Option<Vec<u32>>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NetworkRow {
    pub text: String,
    pub kind: FormItemKind,
    pub points: Vec<String>,
    /// One per community chosen, in their order.
    pub cells: Vec<Option<PooledCell>>,
    pub total: PooledCell,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NetworkReport {
    pub communities: Vec<NetworkCommunity>,
    pub rows: Vec<NetworkRow>,
}

/// Adds `count` of `of` to a pooled share; sheets are left out, as serials repeat
/// from meeting to meeting.
fn add_share(pooled: &mut Option<Share>, share: &Share) {
    let (count, of) = pooled.as_ref().map_or((0, 0), |s| (s.count, s.of));
    *pooled = Some(Share::counted(count + share.count, of + share.of));
}

fn add_counts(pooled: &mut Option<Vec<u32>>, counts: &[u32]) {
    let sum = pooled.get_or_insert_with(|| vec![0; counts.len()]);
    for (total, count) in sum.iter_mut().zip(counts) {
        *total += count;
    }
}

impl PooledCell {
    fn add(&mut self, figures: &Figures) {
        match figures {
            Figures::Rating {
                before,
                now,
                change,
                ..
            } => {
                add_share(&mut self.headline, &change.increased);
                add_counts(&mut self.before, &before.counts);
                add_counts(&mut self.now, &now.counts);
                self.before_percents = self.before.as_deref().map(largest_remainder);
                self.now_percents = self.now.as_deref().map(largest_remainder);
            }
            Figures::Marked {
                positive: Some(share),
                ..
            } => add_share(&mut self.headline, share),
            _ => {}
        }
    }
}

/// Whether a question has a figure that pools.
fn pools(item: &ItemReport) -> bool {
    matches!(
        item.figures,
        Figures::Rating { .. }
            | Figures::Marked {
                positive: Some(_),
                ..
            }
    )
}

fn network_in(conn: &Connection, asked: &[String], reader: Lang) -> CoreResult<NetworkReport> {
    // A community named twice is counted once.
    let mut ids: Vec<String> = Vec::with_capacity(asked.len());
    for id in asked {
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    }
    let mut communities = Vec::new();
    let mut rows: Vec<NetworkRow> = Vec::new();
    let mut row_of: HashMap<String, usize> = HashMap::new();
    for (column, community_id) in ids.iter().enumerate() {
        let name = community::fetch(conn, community_id)?.name;
        let mut summary = NetworkCommunity {
            community_id: community_id.clone(),
            name,
            meetings: 0,
            entered: 0,
            present: 0,
        };
        for meeting_id in meeting_ids(conn, community_id)? {
            let report = report_in(conn, &meeting_id, reader)?;
            if report.returns.entered == 0 {
                continue;
            }
            summary.meetings += 1;
            summary.entered += report.returns.entered;
            summary.present += report.present;
            for item in report
                .forms
                .iter()
                .flat_map(|f| &f.items)
                .filter(|i| pools(i))
            {
                let index = *row_of
                    .entry(matching_key(&item.key, &item.text))
                    .or_insert_with(|| {
                        let points = match &item.figures {
                            Figures::Rating { points, .. } => points.clone(),
                            _ => Vec::new(),
                        };
                        let cells = vec![None; ids.len()];
                        rows.push(NetworkRow {
                            text: item.text.clone(),
                            kind: item.kind,
                            points,
                            cells,
                            total: PooledCell::default(),
                        });
                        rows.len() - 1
                    });
                let row = &mut rows[index];
                row.cells[column]
                    .get_or_insert_with(PooledCell::default)
                    .add(&item.figures);
                row.total.add(&item.figures);
            }
        }
        communities.push(summary);
    }
    Ok(NetworkReport { communities, rows })
}

pub fn network_report(core: &Core, request: NetworkReportRequest) -> CoreResult<NetworkReport> {
    let reader = core.language();
    core.store
        .read(|conn| network_in(conn, &request.community_ids, reader))
}
