//! Convene's printed documents.
//!
//! Facilitators print a meeting's agenda twice: a handout for participants
//! and a fuller copy for themselves. This crate turns a plain, already
//! formatted view model into either as a PDF, with fonts embedded so accented
//! names print everywhere. Layout, wrapping and pagination are pure functions
//! of the text and font metrics; only `render` talks to printpdf.

mod fonts;
mod layout;
mod paginate;
mod render;
mod timestamp;
mod wrap;

use crate::fonts::Fonts;
use crate::layout::{Block, FACILITATOR_BANNER};
use crate::render::{DocumentSpec, PageGeometry};

/// Paper size to lay the document out for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    /// US Letter, 215.9 × 279.4 mm.
    Letter,
    /// ISO A4, 210 × 297 mm.
    A4,
}

/// Who the printed copy is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// The handout: never shows notes, materials or timings meant for the facilitator.
    Participant,
    /// The facilitator's copy: adds kind, minutes, notes and materials per item.
    Facilitator,
}

/// Plain view model of one meeting's agenda, already formatted for print.
#[derive(Debug, Clone)]
pub struct AgendaSheet {
    /// e.g. "Site Coordinator CoP — Example Region".
    pub community: String,
    /// The meeting title.
    pub title: String,
    /// e.g. "Year 1 · Meeting 2" (may be empty).
    pub series: String,
    /// e.g. "Saturday, September 12, 2026 · 9:00 AM – 1:30 PM".
    pub when: String,
    /// May be empty.
    pub location: String,
    pub items: Vec<AgendaEntry>,
}

/// One agenda item, already formatted for print.
#[derive(Debug, Clone)]
pub struct AgendaEntry {
    /// e.g. "9:00 AM".
    pub start: String,
    /// e.g. "9:15 AM".
    pub end: String,
    pub title: String,
    /// A label such as "Teambuilding".
    pub kind: String,
    pub minutes: u32,
    /// May be empty.
    pub presenter: String,
    /// Participant-facing; may be long and may contain newlines.
    pub description: String,
    /// Facilitator-only notes; may be long.
    pub notes: String,
    /// Facilitator-only.
    pub materials: String,
}

/// Document metadata the caller controls, so output is reproducible in tests.
#[derive(Debug, Clone)]
pub struct PrintInfo {
    /// RFC 3339 creation time, e.g. "2026-11-22T10:00:00Z".
    pub created: String,
    /// Footer text on every page, e.g. "Printed from Convene on November 22, 2026".
    pub footer: String,
}

/// Why a document could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    /// `PrintInfo::created` is not an RFC 3339 timestamp.
    #[error("creation time {0:?} is not an RFC 3339 timestamp such as 2026-11-22T10:00:00Z")]
    InvalidTimestamp(String),
    /// An embedded font could not be parsed (a broken build, not user input).
    #[error("embedded font {0} could not be read")]
    FontUnreadable(&'static str),
}

/// Renders a meeting's agenda as a PDF for `audience` on `paper`.
pub fn agenda_pdf(
    sheet: &AgendaSheet,
    audience: Audience,
    paper: Paper,
    info: &PrintInfo,
) -> Result<Vec<u8>, PrintError> {
    let created = timestamp::parse_rfc3339(&info.created)?;
    let fonts = Fonts::load()?;
    let geometry = PageGeometry::for_paper(paper);
    let blocks = layout::agenda_blocks(sheet, audience, geometry.columns(), &fonts);
    let heights: Vec<Vec<f32>> = blocks.iter().map(row_heights).collect();
    let pages = paginate::paginate(&heights, geometry.capacity(), layout::BLOCK_GAP);
    let spec = DocumentSpec {
        title: &sheet.title,
        created,
        footer: &info.footer,
        running_head: running_head(sheet, audience),
        geometry,
    };
    Ok(render::document(&spec, &fonts, &blocks, &pages))
}

fn row_heights(block: &Block) -> Vec<f32> {
    block.iter().map(|row| row.height()).collect()
}

/// What continuation pages say at the top, so a loose page can be placed.
fn running_head(sheet: &AgendaSheet, audience: Audience) -> String {
    match audience {
        Audience::Participant => format!("{} (continued)", sheet.title),
        Audience::Facilitator => format!("{} (continued) · {FACILITATOR_BANNER}", sheet.title),
    }
}
