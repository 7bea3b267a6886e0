//! Community agreements for the room: a wall poster and a folded table tent.
//!
//! Agreements only work if people can see them during the meeting, so both
//! documents use landscape pages and type meant to be read from a distance.
//! The poster aims for one page and sets its type smaller only down to a size
//! still readable across a room. The tent prints the same agreements on both
//! halves of the sheet, so it reads from either side of the table.

use crate::fonts::{Face, TextMeasure};
use crate::layout::{keep_with_following, style, Block, Column, Composer, Style, Tone};
use crate::recipe::{self, Document, Fit, Flow, Fold, Orientation, PageNumbers, Setup};
use crate::{Paper, PrintError, PrintInfo};
use convene_i18n::{msg, Localizer};

/// Plain view model of a community's current agreements, already formatted for print.
#[derive(Debug, Clone)]
pub struct AgreementsSheet {
    pub community: String,
    /// e.g. "Version 2 · adopted at Meeting 3, March 4, 2027".
    pub version_line: String,
    pub agreements: Vec<AgreementBlock>,
}

/// One agreement: a short label and what it means.
#[derive(Debug, Clone)]
pub struct AgreementBlock {
    /// e.g. "Play Safe".
    pub label: String,
    /// Each a sentence or two.
    pub statements: Vec<String>,
    /// How the group puts it into practice; may be empty. Shown on the poster only.
    pub practice: String,
}

/// Renders the agreements as a landscape wall poster, on one page unless
/// even the smallest allowed type needs more.
pub fn agreements_poster_pdf(
    sheet: &AgreementsSheet,
    paper: Paper,
    info: &PrintInfo,
) -> Result<Vec<u8>, PrintError> {
    recipe::render(&Poster(sheet), paper, info)
}

/// Renders the agreements as a landscape sheet to fold along its middle into
/// a tent: the upper half is printed upside down so it reads upright from the
/// far side of the table. Agreements that do not fit one tent continue on another.
pub fn table_tent_pdf(
    sheet: &AgreementsSheet,
    paper: Paper,
    info: &PrintInfo,
) -> Result<Vec<u8>, PrintError> {
    recipe::render(&Tent(sheet), paper, info)
}

/// The agreements for the wall.
struct Poster<'a>(&'a AgreementsSheet);

impl Document for Poster<'_> {
    const SETUP: Setup = Setup {
        orientation: Orientation::Landscape,
        fold: Fold::Flat,
        fit: Fit::ShrinkTo(POSTER_MIN_SCALE),
        flow: spaced_flow(POSTER_GAP),
        scannable: false,
    };

    fn title(&self, l: Localizer) -> String {
        let community = self.0.community.as_str();
        l.message(&msg!(
            "print-agreements-poster-title",
            community = community
        ))
    }

    fn blocks<M: TextMeasure>(&self, c: &Composer<M>, width: f32, l: Localizer) -> Vec<Block> {
        poster_blocks(self.0, c, Column::full(width), l)
    }
}

/// The agreements folded to stand on a table.
struct Tent<'a>(&'a AgreementsSheet);

impl Document for Tent<'_> {
    const SETUP: Setup = Setup {
        orientation: Orientation::Landscape,
        fold: Fold::TableTent,
        fit: Fit::ShrinkTo(TENT_MIN_SCALE),
        flow: spaced_flow(TENT_GAP),
        scannable: false,
    };

    fn title(&self, l: Localizer) -> String {
        let community = self.0.community.as_str();
        l.message(&msg!("print-agreements-tent-title", community = community))
    }

    fn blocks<M: TextMeasure>(&self, c: &Composer<M>, width: f32, l: Localizer) -> Vec<Block> {
        tent_blocks(self.0, c, Column::full(width), l)
    }
}

/// Blocks separated by space alone: rules would clutter large display type.
const fn spaced_flow(gap: f32) -> Flow {
    Flow {
        gap,
        rules: false,
        mark_continued: false,
        page_numbers: PageNumbers::WhenSeveral,
        page_per_block: false,
    }
}

const POSTER_TITLE: Style = style(Face::Bold, 40.0, 46.0, Tone::Ink);
const POSTER_COMMUNITY: Style = style(Face::Regular, 22.0, 28.0, Tone::Muted);
const POSTER_VERSION: Style = style(Face::Regular, 16.0, 20.0, Tone::Muted);
const POSTER_LABEL: Style = style(Face::Bold, 52.0, 60.0, Tone::Accent);
const POSTER_STATEMENT: Style = style(Face::Regular, 26.0, 33.0, Tone::Ink);
const POSTER_PRACTICE: Style = style(Face::Regular, 20.0, 25.0, Tone::Muted);
/// Labels never shrink below about 31 pt, statements below about 16 pt.
const POSTER_MIN_SCALE: f32 = 0.6;
const POSTER_GAP: f32 = 22.0;

const TENT_COMMUNITY: Style = style(Face::Regular, 13.0, 17.0, Tone::Muted);
const TENT_LABEL: Style = style(Face::Bold, 30.0, 35.0, Tone::Ink);
const TENT_STATEMENT: Style = style(Face::Regular, 16.0, 20.0, Tone::Ink);
/// Labels never shrink below 18 pt, statements below about 10 pt: still
/// readable across a table.
const TENT_MIN_SCALE: f32 = 0.6;
const TENT_GAP: f32 = 12.0;

/// Heading, community and version, then one block per agreement.
fn poster_blocks<M: TextMeasure>(
    sheet: &AgreementsSheet,
    c: &Composer<M>,
    full: Column,
    l: Localizer,
) -> Vec<Block> {
    let heading = l.text("print-agreements-heading");
    let mut header = c.paragraph(&heading, POSTER_TITLE, full, 0.0);
    header.extend(c.paragraph(&sheet.community, POSTER_COMMUNITY, full, 4.0));
    header.extend(c.paragraph(&sheet.version_line, POSTER_VERSION, full, 2.0));
    let agreements = sheet.agreements.iter().map(|agreement| {
        let mut rows = keep_with_following(c.paragraph(&agreement.label, POSTER_LABEL, full, 0.0));
        for statement in &agreement.statements {
            rows.extend(c.paragraph(statement, POSTER_STATEMENT, full, 2.0));
        }
        rows.extend(c.paragraph(&agreement.practice, POSTER_PRACTICE, full, 6.0));
        rows
    });
    with_header(header, agreements.collect(), || {
        c.paragraph(
            &l.text("print-agreements-none"),
            POSTER_STATEMENT,
            full,
            0.0,
        )
    })
}

/// One face of the tent: community, then each agreement, all centred.
fn tent_blocks<M: TextMeasure>(
    sheet: &AgreementsSheet,
    c: &Composer<M>,
    full: Column,
    l: Localizer,
) -> Vec<Block> {
    let header = c.centered(&sheet.community, TENT_COMMUNITY, full, 0.0);
    let agreements = sheet.agreements.iter().map(|agreement| {
        let mut rows = keep_with_following(c.centered(&agreement.label, TENT_LABEL, full, 0.0));
        for statement in &agreement.statements {
            rows.extend(c.centered(statement, TENT_STATEMENT, full, 1.0));
        }
        rows
    });
    with_header(header, agreements.collect(), || {
        c.centered(&l.text("print-agreements-none"), TENT_STATEMENT, full, 0.0)
    })
}

/// The header (unless empty) and the agreements that have any text, or a
/// note in their place when there are none.
fn with_header(header: Block, agreements: Vec<Block>, none: impl FnOnce() -> Block) -> Vec<Block> {
    let mut blocks: Vec<Block> = agreements.into_iter().filter(|b| !b.is_empty()).collect();
    if blocks.is_empty() {
        blocks.push(none());
    }
    if !header.is_empty() {
        blocks.insert(0, header);
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testing::{all_text, english, right_edge, HalfEm};

    const FULL: Column = Column::full(600.0);

    fn sheet(agreements: Vec<AgreementBlock>) -> AgreementsSheet {
        AgreementsSheet {
            community: "Peña Valley".into(),
            version_line: "Version 2".into(),
            agreements,
        }
    }

    fn play_safe() -> AgreementBlock {
        AgreementBlock {
            label: "Play Safe".into(),
            statements: vec!["Look after each other.".into(), "Anyone can pause.".into()],
            practice: "Name a safety monitor.".into(),
        }
    }

    #[test]
    fn the_poster_shows_label_statements_and_practice_in_order() {
        let blocks = poster_blocks(
            &sheet(vec![play_safe()]),
            &Composer::new(&HalfEm, 1.0),
            FULL,
            english(),
        );
        assert_eq!(blocks.len(), 2);
        let text = all_text(&blocks[1..]);
        assert_eq!(
            text,
            "Play Safe\nLook after each other.\nAnyone can pause.\nName a safety monitor."
        );
        assert!(blocks[1][0].keep_with_next, "a label never ends a page");
    }

    #[test]
    fn the_tent_centres_labels_and_statements_and_leaves_out_practice() {
        let blocks = tent_blocks(
            &sheet(vec![play_safe()]),
            &Composer::new(&HalfEm, 1.0),
            FULL,
            english(),
        );
        assert!(!all_text(&blocks).contains("safety monitor"));
        for run in blocks.iter().flatten().flat_map(|row| &row.runs) {
            let left = run.x;
            let right = FULL.width - right_edge(run);
            assert!((left - right).abs() < 0.01, "{:?} is off centre", run.text);
        }
    }

    #[test]
    fn no_agreements_prints_a_note_instead() {
        for blocks in [
            poster_blocks(
                &sheet(Vec::new()),
                &Composer::new(&HalfEm, 1.0),
                FULL,
                english(),
            ),
            tent_blocks(
                &sheet(Vec::new()),
                &Composer::new(&HalfEm, 1.0),
                FULL,
                english(),
            ),
        ] {
            assert!(all_text(&blocks).contains("No agreements have been adopted yet."));
        }
    }
}
