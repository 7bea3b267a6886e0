//! The activity card: the one sheet a facilitator carries while running an activity.
//!
//! It gathers what is needed on the floor (what to bring, the steps with their
//! timings, safety, opt-outs, debrief questions) on a single page. A long card
//! is set smaller step by step, down to type that still reads at arm's length;
//! only beyond that does it run on to a second page, because cutting text
//! would lose instructions.

use crate::fonts::{Face, TextMeasure};
use crate::layout::{
    keep_together, keep_with_following, side_by_side, style, Block, Column, Composer, Row, Style,
    Tone,
};
use crate::recipe::{self, Document, Fit, Flow, Fold, Orientation, PageNumbers, Setup};
use crate::{Paper, PrintError, PrintInfo};
use convene_i18n::Localizer;

/// Plain view model of one activity, already formatted for print. Empty
/// strings and lists leave their section out.
#[derive(Debug, Clone)]
pub struct ActivityCard {
    pub name: String,
    /// One or two sentences saying what the activity is.
    pub summary: String,
    /// e.g. "20–30 min · setup 10 min · 8–40 people · groups of 5 · Indoor".
    pub facts: String,
    /// Each already phrased, e.g. "1 bag of marshmallows per group".
    pub materials: Vec<String>,
    pub setup: String,
    pub steps: Vec<CardStep>,
    pub safety: String,
    /// Adds "Name a safety monitor before you start." in bold to the safety section.
    pub safety_monitor: bool,
    /// How someone can sit out or take part differently.
    pub opt_out: String,
    pub adaptations: String,
    /// Debrief questions under "What?".
    pub debrief_what: Vec<String>,
    /// Debrief questions under "So what?".
    pub debrief_so_what: Vec<String>,
    /// Debrief questions under "Now what?".
    pub debrief_now_what: Vec<String>,
    /// How the activity connects to the meeting's theme.
    pub theme_link: String,
    /// Source and licence, e.g. "Adapted from … · CC BY-SA 4.0".
    pub credit: String,
}

/// One numbered step of an activity.
#[derive(Debug, Clone)]
pub struct CardStep {
    pub text: String,
    /// e.g. "5 min · Small groups"; may be empty.
    pub timing: String,
}

/// Renders an activity card, on one page of `paper` whenever the smallest
/// allowed type makes that possible.
pub fn activity_card_pdf(
    card: &ActivityCard,
    paper: Paper,
    info: &PrintInfo,
) -> Result<Vec<u8>, PrintError> {
    recipe::render(card, paper, info)
}

/// Body type shrinks at most to 7.5 pt, still readable held in one hand.
const MIN_SCALE: f32 = 0.75;
const SECTION_GAP: f32 = 12.0;
/// Space above each list item after the first.
const ITEM_SPACE: f32 = 3.0;
/// Space between the debrief's question columns.
const GUTTER: f32 = 14.0;

const NAME: Style = style(Face::Bold, 22.0, 27.0, Tone::Ink);
const SUMMARY: Style = style(Face::Regular, 11.5, 15.5, Tone::Ink);
const FACTS: Style = style(Face::Regular, 10.0, 14.0, Tone::Muted);
const HEADING: Style = style(Face::Bold, 10.5, 15.0, Tone::Accent);
const BODY: Style = style(Face::Regular, 10.0, 13.5, Tone::Ink);
const STRONG: Style = style(Face::Bold, 10.0, 13.5, Tone::Ink);
const TIMING: Style = style(Face::Regular, 9.0, 12.0, Tone::Muted);
const WARNING: Style = style(Face::Bold, 10.0, 13.5, Tone::Accent);
const CREDIT: Style = style(Face::Regular, 8.5, 11.0, Tone::Muted);

const BULLET: &str = "•";

impl Document for ActivityCard {
    const SETUP: Setup = Setup {
        orientation: Orientation::Portrait,
        fold: Fold::Flat,
        fit: Fit::ShrinkTo(MIN_SCALE),
        flow: Flow {
            gap: SECTION_GAP,
            rules: true,
            mark_continued: false,
            page_numbers: PageNumbers::WhenSeveral,
            page_per_block: false,
        },
        scannable: false,
    };

    fn title(&self, _: Localizer) -> String {
        self.name.clone()
    }

    /// The header, then one block per section that has content.
    fn blocks<M: TextMeasure>(&self, c: &Composer<M>, width: f32, l: Localizer) -> Vec<Block> {
        let card = self;
        let full = Column::full(width);
        let opt_out = || {
            let label = l.text("print-card-opt-out-label");
            let mut rows = c.labelled(&label, STRONG, &card.opt_out, BODY, full, 0.0);
            let space = if rows.is_empty() { 0.0 } else { ITEM_SPACE };
            let label = l.text("print-card-adaptations-label");
            rows.extend(c.labelled(&label, STRONG, &card.adaptations, BODY, full, space));
            rows
        };
        let section = |id, rows| section(c, &l.text(id), rows, full);
        let sections = [
            header(c, card, full),
            section("print-card-materials", bullets(c, &card.materials, full)),
            section(
                "print-card-setup",
                c.paragraph(&card.setup, BODY, full, 0.0),
            ),
            section("print-card-steps", steps(c, &card.steps, full)),
            section("print-card-safety", safety(c, card, full, l)),
            section("print-card-opt-out", opt_out()),
            section("print-card-debrief", debrief(c, card, full, l)),
            section(
                "print-card-theme-link",
                c.paragraph(&card.theme_link, BODY, full, 0.0),
            ),
            c.paragraph(&card.credit, CREDIT, full, 0.0),
        ];
        sections
            .into_iter()
            .filter(|block| !block.is_empty())
            .collect()
    }
}

fn header<M: TextMeasure>(c: &Composer<M>, card: &ActivityCard, full: Column) -> Block {
    let mut rows = c.paragraph(&card.name, NAME, full, 0.0);
    rows.extend(c.paragraph(&card.summary, SUMMARY, full, 4.0));
    rows.extend(c.paragraph(&card.facts, FACTS, full, 5.0));
    rows
}

/// A heading over `body`, never left alone at the foot of a page, or
/// nothing when the body is empty.
fn section<M: TextMeasure>(c: &Composer<M>, heading: &str, body: Vec<Row>, full: Column) -> Block {
    if body.is_empty() {
        return Vec::new();
    }
    let mut rows = keep_with_following(c.paragraph(heading, HEADING, full, 0.0));
    rows.extend(body);
    rows
}

fn bullets<M: TextMeasure>(c: &Composer<M>, items: &[String], column: Column) -> Vec<Row> {
    let hang = c.width(STRONG, BULLET) + c.width(BODY, "  ");
    let mut rows = Vec::new();
    for item in items {
        let space = if rows.is_empty() {
            0.0
        } else {
            ITEM_SPACE / 2.0
        };
        let item_rows = keep_together(c.hanging(BULLET, STRONG, item, BODY, column, hang));
        rows.extend(c.with_space_before(item_rows, space));
    }
    rows
}

/// Numbered steps, each with its timing in small muted type beneath and
/// never split across pages.
fn steps<M: TextMeasure>(c: &Composer<M>, steps: &[CardStep], full: Column) -> Vec<Row> {
    let widest = format!("{}.", steps.len());
    let hang = c.width(STRONG, &widest) + c.width(BODY, "  ");
    let mut rows = Vec::new();
    for (index, step) in steps.iter().enumerate() {
        let number = format!("{}.", index + 1);
        let mut step_rows = c.hanging(&number, STRONG, &step.text, BODY, full, hang);
        step_rows.extend(c.paragraph(&step.timing, TIMING, full.indented(hang), 0.0));
        let space = if rows.is_empty() { 0.0 } else { ITEM_SPACE };
        rows.extend(c.with_space_before(keep_together(step_rows), space));
    }
    rows
}

fn safety<M: TextMeasure>(
    c: &Composer<M>,
    card: &ActivityCard,
    full: Column,
    l: Localizer,
) -> Vec<Row> {
    let mut rows = Vec::new();
    if card.safety_monitor {
        let warning = l.text("print-card-safety-monitor");
        rows.extend(c.paragraph(&warning, WARNING, full, 0.0));
    }
    let space = if rows.is_empty() { 0.0 } else { ITEM_SPACE };
    rows.extend(c.paragraph(&card.safety, BODY, full, space));
    rows
}

/// The What? / So what? / Now what? questions in side-by-side columns,
/// sharing the width among the groups that have questions.
fn debrief<M: TextMeasure>(
    c: &Composer<M>,
    card: &ActivityCard,
    full: Column,
    l: Localizer,
) -> Vec<Row> {
    let groups: Vec<(String, &[String])> = [
        (l.text("print-card-what"), card.debrief_what.as_slice()),
        (
            l.text("print-card-so-what"),
            card.debrief_so_what.as_slice(),
        ),
        (
            l.text("print-card-now-what"),
            card.debrief_now_what.as_slice(),
        ),
    ]
    .into_iter()
    .filter(|(_, questions)| !questions.is_empty())
    .collect();
    if groups.is_empty() {
        return Vec::new();
    }
    let count = groups.len() as f32;
    let width = (full.width - GUTTER * (count - 1.0)) / count;
    groups
        .into_iter()
        .enumerate()
        .map(|(index, (label, questions))| {
            let column = Column {
                x: full.x + index as f32 * (width + GUTTER),
                width,
            };
            let mut rows = c.paragraph(&label, STRONG, column, 0.0);
            rows.extend(bullets(c, questions, column));
            rows
        })
        .fold(Vec::new(), side_by_side)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testing::{all_text, english, right_edge, HalfEm};

    fn step(text: &str, timing: &str) -> CardStep {
        CardStep {
            text: text.into(),
            timing: timing.into(),
        }
    }

    fn card() -> ActivityCard {
        ActivityCard {
            name: "Marshmallow Challenge".into(),
            summary: "Teams build the tallest free-standing tower they can.".into(),
            facts: "20–30 min · 8–40 people · groups of 5".into(),
            materials: vec!["20 sticks of spaghetti per group".into()],
            setup: String::new(),
            steps: vec![
                step("Form groups.", "2 min · Small groups"),
                step("Build.", ""),
            ],
            safety: "Keep scissors on the table.".into(),
            safety_monitor: true,
            opt_out: "Anyone may time-keep instead.".into(),
            adaptations: String::new(),
            debrief_what: vec!["What did your team try first?".into()],
            debrief_so_what: Vec::new(),
            debrief_now_what: vec!["What will you prototype next week?".into()],
            theme_link: String::new(),
            credit: "After Tom Wujec · CC BY 4.0".into(),
        }
    }

    fn headings(blocks: &[Block]) -> Vec<&str> {
        let runs = blocks.iter().flatten().flat_map(|row| &row.runs);
        runs.filter(|r| r.style == HEADING.scaled(1.0))
            .map(|r| r.text.as_str())
            .collect()
    }

    #[test]
    fn empty_sections_are_left_out() {
        let blocks = card().blocks(&Composer::new(&HalfEm, 1.0), 500.0, english());
        assert_eq!(
            headings(&blocks),
            [
                "Materials",
                "Steps",
                "Safety",
                "Opt-out and adaptations",
                "Debrief"
            ]
        );
        let text = all_text(&blocks);
        assert!(!text.contains("Adaptations:") && !text.contains("So what?"));
        assert!(text.contains("Name a safety monitor before you start."));
    }

    #[test]
    fn steps_are_numbered_with_their_timing_beneath() {
        let c = Composer::new(&HalfEm, 1.0);
        let rows = steps(&c, &card().steps, Column::full(400.0));
        let texts: Vec<Vec<&str>> = rows
            .iter()
            .map(|r| r.runs.iter().map(|run| run.text.as_str()).collect())
            .collect();
        assert_eq!(
            texts,
            [
                vec!["1.", "Form groups."],
                vec!["2 min · Small groups"],
                vec!["2.", "Build."]
            ]
        );
        assert_eq!(rows[1].runs[0].x, rows[0].runs[1].x);
        assert_eq!(rows[2].space_before, ITEM_SPACE);
    }

    #[test]
    fn debrief_groups_share_the_width_side_by_side() {
        let c = Composer::new(&HalfEm, 1.0);
        let full = Column::full(300.0);
        let rows = debrief(&c, &card(), full, english());
        let first: Vec<&str> = rows[0].runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(first, ["What?", "Now what?"]);
        let half = (300.0 - GUTTER) / 2.0;
        for run in rows.iter().flat_map(|r| &r.runs) {
            let limit = if run.x < half { half } else { 300.0 };
            assert!(right_edge(run) <= limit + 0.01, "{:?} overflows", run.text);
        }
    }

    #[test]
    fn without_the_flag_no_safety_monitor_line() {
        let mut card = card();
        card.safety_monitor = false;
        card.safety.clear();
        let blocks = card.blocks(&Composer::new(&HalfEm, 1.0), 500.0, english());
        assert!(!headings(&blocks).contains(&"Safety"));
        assert!(!all_text(&blocks).contains("Name a safety monitor before you start."));
    }
}
