//! Finding activities as the facilitator types: SQLite FTS5 over every word of an
//! activity, narrowed by facets (time, group size, space, intensity, contact, purpose,
//! materials), fast enough to run on each keystroke over thousands of activities.

use rusqlite::{Connection, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::model::{
    contact_rank, enum_from, enum_text, level_rank, Contact, Level, Purpose, Space, Stage,
};
use crate::CoreResult;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ActivitySort {
    /// Best match first when there are search words, otherwise by name.
    #[default]
    Relevance,
    Name,
    Shortest,
    MostUsed,
}

#[derive(Debug, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ActivitySearch {
    #[serde(default)]
    #[ts(optional)]
    pub query: Option<String>,
    /// Only activities that can be done in this many minutes.
    #[serde(default)]
    #[ts(optional)]
    pub fits_minutes: Option<u32>,
    /// Only activities that work with this many people.
    #[serde(default)]
    #[ts(optional)]
    pub group_size: Option<u32>,
    #[serde(default)]
    #[ts(optional)]
    pub space: Option<Space>,
    /// At most this intense.
    #[serde(default)]
    #[ts(optional)]
    pub max_intensity: Option<Level>,
    /// At most this much physical contact.
    #[serde(default)]
    #[ts(optional)]
    pub max_contact: Option<Contact>,
    #[serde(default)]
    #[ts(optional)]
    pub purpose: Option<Purpose>,
    #[serde(default)]
    #[ts(optional)]
    pub no_materials: Option<bool>,
    #[serde(default)]
    #[ts(optional)]
    pub favorites_only: Option<bool>,
    /// The bin instead of the library.
    #[serde(default)]
    #[ts(optional)]
    pub deleted: Option<bool>,
    #[serde(default)]
    #[ts(optional)]
    pub sort: Option<ActivitySort>,
    /// How many to return (default 200, at most 1,000); `total` counts them all.
    #[serde(default)]
    #[ts(optional)]
    pub limit: Option<u32>,
}

/// One line of the results list.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActivitySummary {
    pub id: String,
    pub name: String,
    pub summary: String,
    pub purposes: Vec<Purpose>,
    pub stage: Stage,
    pub min_minutes: u32,
    pub max_minutes: u32,
    pub min_group: u32,
    pub max_group: u32,
    pub group_size: u32,
    pub space: Space,
    pub intensity: Level,
    pub contact: Contact,
    pub disclosure: Level,
    pub needs_materials: bool,
    pub favorite: bool,
    pub shipped: bool,
    pub modified: bool,
    pub times_used: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActivitySearchResult {
    /// How many activities match, beyond the ones returned.
    pub total: u32,
    pub activities: Vec<ActivitySummary>,
}

/// The facilitator's words as an FTS5 query: each word a quoted prefix, all required,
/// so punctuation or FTS syntax in the search box can never break the query.
pub(crate) fn match_expression(query: &str) -> Option<String> {
    let words: Vec<String> = query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// What a result line shows, read only for the page of results returned.
const COLUMNS: &str = "a.id, a.name, a.summary, a.purposes, a.stage, a.min_minutes, a.max_minutes,
    a.min_group, a.max_group, a.group_size, a.space, a.intensity_rank, a.contact_rank,
    a.disclosure_rank, a.needs_materials, a.favorite, a.shipped_key IS NOT NULL, a.modified,
    (SELECT COUNT(DISTINCT i.meeting_id) FROM agenda_item i WHERE i.activity_id = a.id),
    page.total";

const TIMES_USED: &str =
    "(SELECT COUNT(DISTINCT i.meeting_id) FROM agenda_item i WHERE i.activity_id = a.id)";

const FILTERS: &str = "(a.deleted_at IS NOT NULL) = ?2
    AND (?3 IS NULL OR a.min_minutes <= ?3)
    AND (?4 IS NULL OR (a.min_group <= ?4 AND a.max_group >= ?4))
    AND (?5 IS NULL OR a.space = ?5 OR (a.space = 'either' AND ?5 IN ('indoor', 'outdoor')))
    AND (?6 IS NULL OR a.intensity_rank <= ?6)
    AND (?7 IS NULL OR a.contact_rank <= ?7)
    AND (?8 IS NULL OR instr(a.purposes, ' ' || ?8 || ' ') > 0)
    AND (?9 = 0 OR a.needs_materials = 0)
    AND (?10 = 0 OR a.favorite = 1)";

fn order_by(sort: ActivitySort, has_words: bool) -> String {
    match sort {
        ActivitySort::Relevance if has_words => "hits.rank, a.name_key".into(),
        ActivitySort::Relevance | ActivitySort::Name => "a.name_key".into(),
        ActivitySort::Shortest => "a.min_minutes, a.max_minutes, a.name_key".into(),
        ActivitySort::MostUsed => format!("{TIMES_USED} DESC, a.name_key"),
    }
}

/// Two stages, so the cost of a keystroke stays flat as the library grows: the inner
/// query filters, counts and orders only row ids; the outer reads the columns of the
/// page it keeps.
fn sql(sort: ActivitySort, has_words: bool) -> String {
    let from = if has_words {
        // Ranked in a subquery: bm25() cannot run beside the window function below.
        "activity a JOIN (SELECT rowid, bm25(activity_fts, 10.0, 1.0) AS rank FROM activity_fts
             WHERE activity_fts MATCH ?1) hits ON hits.rowid = a.rowid"
    } else {
        "activity a"
    };
    let unused_words = if has_words { "" } else { "AND ?1 IS NULL" };
    format!(
        "WITH page AS (
             SELECT a.rowid AS row_id, COUNT(*) OVER () AS total,
                    ROW_NUMBER() OVER (ORDER BY {order}) AS place
             FROM {from} WHERE {FILTERS} {unused_words}
             ORDER BY place LIMIT ?11)
         SELECT {COLUMNS} FROM page JOIN activity a ON a.rowid = page.row_id ORDER BY page.place",
        order = order_by(sort, has_words)
    )
}

fn level_of(rank: u8) -> Level {
    [Level::Low, Level::Medium, Level::High][usize::from(rank.min(2))]
}

fn contact_of(rank: u8) -> Contact {
    [Contact::None, Contact::Light, Contact::Close][usize::from(rank.min(2))]
}

fn summary_row(row: &Row) -> rusqlite::Result<(ActivitySummary, u32)> {
    let purposes: String = row.get(3)?;
    let summary = ActivitySummary {
        id: row.get(0)?,
        name: row.get(1)?,
        summary: row.get(2)?,
        purposes: purposes.split_whitespace().filter_map(enum_from).collect(),
        stage: enum_from(&row.get::<_, String>(4)?).unwrap_or(Stage::Challenge),
        min_minutes: row.get(5)?,
        max_minutes: row.get(6)?,
        min_group: row.get(7)?,
        max_group: row.get(8)?,
        group_size: row.get(9)?,
        space: enum_from(&row.get::<_, String>(10)?).unwrap_or(Space::Either),
        intensity: level_of(row.get(11)?),
        contact: contact_of(row.get(12)?),
        disclosure: level_of(row.get(13)?),
        needs_materials: row.get(14)?,
        favorite: row.get(15)?,
        shipped: row.get(16)?,
        modified: row.get(17)?,
        times_used: row.get(18)?,
    };
    Ok((summary, row.get(19)?))
}

pub(crate) fn search_in(
    conn: &Connection,
    request: &ActivitySearch,
) -> CoreResult<ActivitySearchResult> {
    let words = request.query.as_deref().and_then(match_expression);
    let sort = request.sort.unwrap_or_default();
    let mut statement = conn.prepare_cached(&sql(sort, words.is_some()))?;
    let rows = statement.query_map(
        rusqlite::params![
            words,
            request.deleted.unwrap_or(false),
            request.fits_minutes,
            request.group_size,
            request.space.map(|s| enum_text(&s)),
            request.max_intensity.map(level_rank),
            request.max_contact.map(contact_rank),
            request.purpose.map(|p| enum_text(&p)),
            request.no_materials.unwrap_or(false),
            request.favorites_only.unwrap_or(false),
            request.limit.unwrap_or(200).min(1_000),
        ],
        summary_row,
    )?;
    let mut total = 0;
    let mut activities = Vec::new();
    for row in rows {
        let (summary, count) = row?;
        total = count;
        activities.push(summary);
    }
    Ok(ActivitySearchResult { total, activities })
}

#[cfg(test)]
mod tests {
    use super::match_expression;

    #[test]
    fn search_words_become_quoted_prefixes_and_fts_syntax_is_neutralised() {
        assert_eq!(
            match_expression("trust walk").as_deref(),
            Some("\"trust\"* \"walk\"*")
        );
        assert_eq!(
            match_expression("\"NEAR(a b)\" OR *").as_deref(),
            Some("\"NEAR\"* \"a\"* \"b\"* \"OR\"*")
        );
        assert_eq!(match_expression("  -- ** "), None);
        assert_eq!(match_expression("Peña").as_deref(), Some("\"Peña\"*"));
    }
}
