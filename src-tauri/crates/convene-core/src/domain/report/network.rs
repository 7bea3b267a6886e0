//! The network report: several communities pooled, as a network that ran four regions
//! reports to its funder. Each community's figures pool all its meetings' entered
//! sheets (counts added, then the percentages worked out once), beside the total of
//! every community chosen. Questions match across communities by their item keys (the
//! shipped templates carry them in both languages) or else by their words. The counts
//! come from the per-meeting tallies the store keeps (see `tally`), so a network's
//! years of sheets pool at once.

use std::collections::HashMap;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::figures::{largest_remainder, Share};
use super::items::positive_points;
use super::series::matching_key;
use super::tally::{community_tally, CommunityTally};
use crate::domain::community;
use crate::domain::forms::answers::choices;
use crate::domain::forms::{FormItem, FormItemKind};
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

/// One question's counts in one community, before they are pooled.
struct Counted {
    headline: Share,
    /// Per point, before and now, for a before/now rating.
    spread: Option<(Vec<u32>, Vec<u32>)>,
}

fn add_counts(pooled: &mut Option<Vec<u32>>, counts: &[u32]) {
    let sum = pooled.get_or_insert_with(|| vec![0; counts.len()]);
    for (total, count) in sum.iter_mut().zip(counts) {
        *total += count;
    }
}

impl PooledCell {
    fn add(&mut self, counted: &Counted) {
        let (count, of) = self.headline.as_ref().map_or((0, 0), |s| (s.count, s.of));
        let (more, more_of) = (counted.headline.count, counted.headline.of);
        self.headline = Some(Share::counted(count + more, of + more_of));
        if let Some((before, now)) = &counted.spread {
            add_counts(&mut self.before, before);
            add_counts(&mut self.now, now);
        }
    }

    /// Works the percents out once every count is in.
    fn finish(&mut self) {
        self.before_percents = self.before.as_deref().map(largest_remainder);
        self.now_percents = self.now.as_deref().map(largest_remainder);
    }
}

/// A point (from 1) within `points`, as an index.
fn on_scale(point: i64, points: usize) -> Option<usize> {
    usize::try_from(point)
        .ok()
        .and_then(|p| p.checked_sub(1))
        .filter(|&index| index < points)
}

/// How many sheets marked each point of `field`; missing codes and N/A are not counted.
fn point_counts(tally: &CommunityTally, form_id: &str, field: String, points: usize) -> Vec<u32> {
    let mut counts = vec![0; points];
    let key = (form_id.to_owned(), field);
    for &(point, n) in tally.marks.get(&key).into_iter().flatten() {
        if let Some(index) = on_scale(point, points) {
            counts[index] += n;
        }
    }
    counts
}

/// Rose from before to now, of the sheets with both halves on the scale.
fn increased(tally: &CommunityTally, form_id: &str, item: &str, points: usize) -> Share {
    let (mut up, mut pairs) = (0, 0);
    let key = (form_id.to_owned(), item.to_owned());
    for &(before, now, n) in tally.pairs.get(&key).into_iter().flatten() {
        if let (Some(from), Some(to)) = (on_scale(before, points), on_scale(now, points)) {
            pairs += n;
            if to > from {
                up += n;
            }
        }
    }
    Share::counted(up, pairs)
}

/// A question's counts in one community, when it is a kind that pools.
fn counted(tally: &CommunityTally, form_id: &str, item: &FormItem) -> Option<Counted> {
    let points = choices(item)?;
    match item.kind {
        FormItemKind::Retrospective => {
            let before = point_counts(tally, form_id, format!("{}:before", item.id), points);
            let now = point_counts(tally, form_id, format!("{}:now", item.id), points);
            Some(Counted {
                headline: increased(tally, form_id, &item.id, points),
                spread: Some((before, now)),
            })
        }
        FormItemKind::Agreement | FormItemKind::YesNo => {
            let counts = point_counts(tally, form_id, item.id.clone(), points);
            let (agree, _) = positive_points(item);
            let positive = agree.iter().filter_map(|p| counts.get(p - 1)).sum();
            Some(Counted {
                headline: Share::counted(positive, counts.iter().sum()),
                spread: None,
            })
        }
        _ => None,
    }
}

/// The rows so far, and which row each matching key has.
#[derive(Default)]
struct Rows {
    rows: Vec<NetworkRow>,
    row_of: HashMap<String, usize>,
}

impl Rows {
    fn add(&mut self, item: &FormItem, column: usize, columns: usize, counted: &Counted) {
        let Rows { rows, row_of } = self;
        let index = *row_of
            .entry(matching_key(&item.key, &item.text))
            .or_insert_with(|| {
                let points = match item.kind {
                    FormItemKind::Retrospective => item.points.clone(),
                    _ => Vec::new(),
                };
                rows.push(NetworkRow {
                    text: item.text.clone(),
                    kind: item.kind,
                    points,
                    cells: vec![None; columns],
                    total: PooledCell::default(),
                });
                rows.len() - 1
            });
        let row = &mut rows[index];
        row.cells[column]
            .get_or_insert_with(PooledCell::default)
            .add(counted);
        row.total.add(counted);
    }

    fn finished(mut self) -> Vec<NetworkRow> {
        for row in &mut self.rows {
            row.cells.iter_mut().flatten().for_each(PooledCell::finish);
            row.total.finish();
        }
        self.rows
    }
}

pub(super) fn network_in(conn: &Connection, asked: &[String]) -> CoreResult<NetworkReport> {
    // A community named twice is counted once.
    let mut ids: Vec<String> = Vec::with_capacity(asked.len());
    for id in asked {
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    }
    let mut communities = Vec::new();
    let mut rows = Rows::default();
    for (column, community_id) in ids.iter().enumerate() {
        let name = community::fetch(conn, community_id)?.name;
        let (tally, forms) = community_tally(conn, community_id)?;
        for form in &forms {
            for item in &form.items {
                if let Some(counted) = counted(&tally, &form.id, item) {
                    rows.add(item, column, ids.len(), &counted);
                }
            }
        }
        communities.push(NetworkCommunity {
            community_id: community_id.clone(),
            name,
            meetings: tally.meetings,
            entered: tally.entered,
            present: tally.present,
        });
    }
    Ok(NetworkReport {
        communities,
        rows: rows.finished(),
    })
}

pub fn network_report(core: &Core, request: NetworkReportRequest) -> CoreResult<NetworkReport> {
    core.store
        .read(|conn| network_in(conn, &request.community_ids))
}
