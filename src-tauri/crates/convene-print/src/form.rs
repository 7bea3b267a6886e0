//! The evaluation form as participants fill it in: numbered questions, a circle to
//! fill for every answer, lines to write on, and Before / Now ratings side by side
//! with the *Before* half shaded. Every copy carries its own serial and code (see
//! `scan`), and no question is split across a page.

use crate::fonts::{Face, TextMeasure};
use crate::layout::{
    keep_together, side_by_side, style, Block, Column, Composer, Fill, Half, Mark, Row, Shape,
    Style, Target, Tone,
};
use crate::recipe::{self, Document, Fit, Flow, Fold, Orientation, PageNumbers, Setup};
use crate::{Paper, PrintError, PrintInfo, Stamp};
use convene_i18n::Localizer;

/// Plain view model of a form, its texts as the facilitator wrote them.
#[derive(Debug, Clone)]
pub struct FormSheet {
    pub title: String,
    /// The introduction under the title (may be empty).
    pub intro: String,
    pub items: Vec<SheetItem>,
}

/// One item of the printed form, numbered in the order questions appear.
#[derive(Debug, Clone)]
pub enum SheetItem {
    Heading(String),
    Instructions(String),
    /// One statement rated *Before today* and *Now* on the same scale, lowest first.
    BeforeNow {
        number: u32,
        text: String,
        points: Vec<String>,
    },
    /// A question answered by filling one circle, or several when `several`.
    Choice {
        number: u32,
        text: String,
        options: Vec<String>,
        several: bool,
    },
    /// Lines to write on.
    Writing {
        number: u32,
        text: String,
        lines: u8,
    },
    /// Boxes for the participant to write their own code in.
    Code {
        text: String,
        boxes: u8,
    },
    /// Where the code printed on a member's own sheet is explained.
    PrintedCode(String),
}

/// One copy of `sheet` per stamp, in one PDF, each page marked for scanning.
pub fn form_pdf(
    sheet: &FormSheet,
    copies: &[Stamp],
    paper: Paper,
    info: &PrintInfo,
) -> Result<Vec<u8>, PrintError> {
    recipe::render_copies(sheet, paper, info, copies)
}

const TITLE: Style = style(Face::Bold, 18.0, 23.0, Tone::Ink);
const INTRO: Style = style(Face::Regular, 11.0, 15.0, Tone::Ink);
const HOW_TO: Style = style(Face::Regular, 10.0, 13.5, Tone::Muted);
const HEADING: Style = style(Face::Bold, 13.0, 18.0, Tone::Accent);
const QUESTION: Style = style(Face::Bold, 11.5, 15.5, Tone::Ink);
const OPTION: Style = style(Face::Regular, 11.0, 22.0, Tone::Ink);
const HALF_LABEL: Style = style(Face::Bold, 10.5, 16.0, Tone::Ink);
const HALF_LABEL_MUTED: Style = style(Face::Regular, 10.5, 16.0, Tone::Muted);
const WRITE_LINE: Style = style(Face::Regular, 11.0, 26.0, Tone::Ink);

/// A bubble 4.5 mm across; with the 22 pt option leading, rows of bubbles stay
/// more than 3 mm apart, and so do bubbles on one row (`AFTER_OPTION`).
const BUBBLE: f32 = 12.76;
const BUBBLE_TO_LABEL: f32 = 5.0;
const AFTER_OPTION: f32 = 18.0;
const NUMBER_HANG: f32 = 22.0;
const CODE_BOX: f32 = 20.0;
/// The light grey behind the *Before* half.
const BEFORE_SHADE: f32 = 0.9;
/// Between the Before and the Now halves.
const GUTTER: f32 = 16.0;

impl Document for FormSheet {
    const SETUP: Setup = Setup {
        orientation: Orientation::Portrait,
        fold: Fold::Flat,
        fit: Fit::RunOn,
        flow: Flow {
            gap: 11.0,
            rules: false,
            mark_continued: false,
            page_numbers: PageNumbers::Always,
            page_per_block: false,
        },
        scannable: true,
    };

    fn title(&self, _: Localizer) -> String {
        self.title.clone()
    }

    /// The header, then one block per question, a heading riding with the question
    /// after it so it never ends a page alone.
    fn blocks<M: TextMeasure>(&self, c: &Composer<M>, width: f32, l: Localizer) -> Vec<Block> {
        let full = Column::full(width);
        let mut header = c.paragraph(&self.title, TITLE, full, 0.0);
        header.extend(c.paragraph(&self.intro, INTRO, full, 4.0));
        header.extend(c.paragraph(&l.text("print-form-how-to-mark"), HOW_TO, full, 6.0));
        let mut blocks = vec![header];
        let parts = self.items.iter().enumerate().map(|(index, item)| {
            let is_heading = matches!(item, SheetItem::Heading(_));
            (is_heading, item_rows(c, index, item, full, &l))
        });
        blocks.extend(c.headed_blocks(parts, 0.0));
        blocks
    }
}

/// The rows of the form's item at `index`, its circles tagged with the answers they
/// stand for.
fn item_rows<M: TextMeasure>(
    c: &Composer<M>,
    index: usize,
    item: &SheetItem,
    full: Column,
    l: &Localizer,
) -> Vec<Row> {
    match item {
        SheetItem::Heading(text) => c.paragraph(text, HEADING, full, 4.0),
        SheetItem::Instructions(text) => c.paragraph(text, INTRO, full, 0.0),
        SheetItem::BeforeNow {
            number,
            text,
            points,
        } => {
            let mut rows = question(c, *number, text, full);
            rows.extend(before_now(c, index, points, full.indented(NUMBER_HANG), l));
            rows
        }
        SheetItem::Choice {
            number,
            text,
            options,
            several,
        } => {
            let mut rows = question(c, *number, text, full);
            if *several {
                let hint = l.text("print-form-several");
                rows.extend(c.paragraph(&hint, HOW_TO, full.indented(NUMBER_HANG), 0.0));
            }
            let mut options = options_rows(c, options, full.indented(NUMBER_HANG));
            tag_bubbles(&mut options, index, Half::Only);
            rows.extend(options);
            rows
        }
        SheetItem::Writing {
            number,
            text,
            lines,
        } => {
            let mut rows = question(c, *number, text, full);
            let column = full.indented(NUMBER_HANG);
            let written = written_in(index);
            rows.extend(
                (0..*lines).map(|_| c.marked_row(WRITE_LINE, writing_line(column, written))),
            );
            rows
        }
        SheetItem::Code { text, boxes } => {
            let mut rows = c.paragraph(text, QUESTION, full, 0.0);
            let marks = (0..*boxes).map(|i| Mark {
                x: f32::from(i) * (CODE_BOX + 4.0),
                size: CODE_BOX,
                shape: Shape::TickBox,
                target: written_in(index),
            });
            rows.push(c.marked_row(WRITE_LINE, marks.collect()));
            rows
        }
        SheetItem::PrintedCode(text) => {
            let mut rows = c.paragraph(text, QUESTION, full, 0.0);
            rows.extend(c.paragraph(&l.text("print-form-code-printed"), INTRO, full, 2.0));
            rows
        }
    }
}

/// "3." hanging at the left, the question wrapped beside it.
fn question<M: TextMeasure>(c: &Composer<M>, number: u32, text: &str, full: Column) -> Vec<Row> {
    c.hanging(
        &format!("{number}."),
        QUESTION,
        text,
        QUESTION,
        full,
        NUMBER_HANG,
    )
}

fn writing_line(column: Column, target: Option<Target>) -> Vec<Mark> {
    vec![Mark {
        target,
        ..Mark::writing_line(column)
    }]
}

/// The target of the lines or boxes an item's answer is written in.
fn written_in(item: usize) -> Option<Target> {
    Some(Target {
        item,
        option: 0,
        half: Half::Only,
    })
}

/// The *Before today* half (shaded) beside the *Now* half, each with its own circles.
fn before_now<M: TextMeasure>(
    c: &Composer<M>,
    item: usize,
    points: &[String],
    column: Column,
    l: &Localizer,
) -> Vec<Row> {
    let half = (column.width - GUTTER) / 2.0;
    let before_column = Column {
        x: column.x,
        width: half,
    };
    let now_column = Column {
        x: column.x + half + GUTTER,
        width: half,
    };
    let inside = |col: Column| col.indented(6.0);
    let mut before = c.paragraph(
        &l.text("print-form-before"),
        HALF_LABEL_MUTED,
        inside(before_column),
        0.0,
    );
    let mut circles = options_rows(c, points, inside(before_column));
    tag_bubbles(&mut circles, item, Half::Before);
    before.extend(circles);
    for row in &mut before {
        row.fills.push(Fill {
            column: before_column,
            grey: BEFORE_SHADE,
        });
    }
    let mut now = c.paragraph(
        &l.text("print-form-now"),
        HALF_LABEL,
        inside(now_column),
        0.0,
    );
    let mut circles = options_rows(c, points, inside(now_column));
    tag_bubbles(&mut circles, item, Half::Now);
    now.extend(circles);
    side_by_side(before, now)
}

/// Tags the circles of `rows` (one per option, in order) with the answers they stand for.
fn tag_bubbles(rows: &mut [Row], item: usize, half: Half) {
    let circles = rows
        .iter_mut()
        .flat_map(|row| &mut row.marks)
        .filter(|mark| mark.shape == Shape::Bubble);
    for (option, mark) in circles.enumerate() {
        mark.target = Some(Target { item, option, half });
    }
}

/// Options as circles with their labels, as many to a row as fit; an option too long
/// for one row gets a row of its own, wrapped beside its circle.
fn options_rows<M: TextMeasure>(c: &Composer<M>, options: &[String], column: Column) -> Vec<Row> {
    let widths: Vec<f32> = options
        .iter()
        .map(|o| BUBBLE + BUBBLE_TO_LABEL + c.width(OPTION, o))
        .collect();
    if widths.iter().any(|w| *w > column.width) {
        return options
            .iter()
            .flat_map(|o| bubble_with_text(c, o, column))
            .collect();
    }
    let mut rows = Vec::new();
    let mut line: Vec<(f32, &String)> = Vec::new();
    let mut x = 0.0;
    for (option, width) in options.iter().zip(widths) {
        if x > 0.0 && x + width > column.width {
            rows.push(option_line(c, &line, column));
            line.clear();
            x = 0.0;
        }
        line.push((x, option));
        x += width + AFTER_OPTION;
    }
    if !line.is_empty() {
        rows.push(option_line(c, &line, column));
    }
    rows
}

fn option_line<M: TextMeasure>(c: &Composer<M>, line: &[(f32, &String)], column: Column) -> Row {
    let mut row = c.marked_row(OPTION, Vec::new());
    for (x, option) in line {
        let left = column.x + x;
        row.marks.push(Mark {
            x: left,
            size: BUBBLE,
            shape: Shape::Bubble,
            target: None,
        });
        row.runs
            .push(c.label(left + BUBBLE + BUBBLE_TO_LABEL, option, OPTION));
    }
    row
}

fn bubble_with_text<M: TextMeasure>(c: &Composer<M>, option: &str, column: Column) -> Vec<Row> {
    let mut rows = c.paragraph(
        option,
        OPTION,
        column.indented(BUBBLE + BUBBLE_TO_LABEL),
        0.0,
    );
    if let Some(first) = rows.first_mut() {
        first.marks.push(Mark {
            x: column.x,
            size: BUBBLE,
            shape: Shape::Bubble,
            target: None,
        });
    }
    keep_together(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testing::{all_text, english, HalfEm};

    fn sheet() -> FormSheet {
        FormSheet {
            title: "Meeting evaluation".into(),
            intro: "Thank you for today.".into(),
            items: vec![
                SheetItem::Heading("Today's topic".into()),
                SheetItem::BeforeNow {
                    number: 1,
                    text: "My knowledge of the Quality Standards".into(),
                    points: vec!["Low".into(), "Medium".into(), "High".into()],
                },
                SheetItem::Choice {
                    number: 2,
                    text: "I can apply what I learned.".into(),
                    options: vec!["Agree".into(), "Disagree".into()],
                    several: false,
                },
                SheetItem::Writing {
                    number: 3,
                    text: "What was most useful?".into(),
                    lines: 3,
                },
            ],
        }
    }

    fn blocks() -> Vec<Block> {
        sheet().blocks(&Composer::new(&HalfEm, 1.0), 500.0, english())
    }

    #[test]
    fn a_heading_rides_with_the_question_after_it_and_no_question_splits() {
        let blocks = blocks();
        assert_eq!(blocks.len(), 4, "header and three questions");
        let first = &blocks[1];
        assert_eq!(first[0].runs[0].text, "Today's topic");
        let last = first.len() - 1;
        assert!(first[..last].iter().all(|row| row.keep_with_next));
    }

    #[test]
    fn before_and_now_each_get_a_circle_per_point_and_only_before_is_shaded() {
        let blocks = blocks();
        let rating = &blocks[1];
        let bubbles: Vec<&Mark> = rating.iter().flat_map(|r| &r.marks).collect();
        assert_eq!(bubbles.len(), 6);
        assert!(bubbles
            .iter()
            .all(|m| m.shape == Shape::Bubble && m.size >= 4.0 * 72.0 / 25.4));
        let text = all_text(&blocks);
        assert!(text.contains("Before today") && text.contains("Now"));
        let shaded = rating
            .iter()
            .flat_map(|r| r.fills.iter().map(|f| f.column))
            .collect::<Vec<_>>();
        assert!(
            !shaded.is_empty()
                && shaded
                    .iter()
                    .all(|band| band.x < 250.0 && band.width < 250.0)
        );
    }

    #[test]
    fn circles_on_one_row_stay_at_least_three_millimetres_apart() {
        let blocks = blocks();
        let choice_row = blocks[2]
            .iter()
            .find(|r| r.marks.len() == 2)
            .expect("a row of options");
        let (a, b) = (choice_row.marks[0], choice_row.marks[1]);
        assert!(b.x - (a.x + a.size) >= 3.0 * 72.0 / 25.4);
        let writing = &blocks[3];
        let lines = writing
            .iter()
            .flat_map(|r| &r.marks)
            .filter(|m| m.shape == Shape::WritingLine);
        assert_eq!(lines.count(), 3);
    }
}
