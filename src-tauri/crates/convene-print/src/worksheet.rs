//! A reflection worksheet: a title, who it is for (lines to write a name on, or the
//! member's name, site, current goal and last check-in printed in), then the prompts
//! with room to answer each: lines to write on, circles to rate with, or a table to
//! fill in. Set at full size, since smaller type means less room for handwriting.

use convene_i18n::{msg, Localizer};

use crate::fonts::{Face, TextMeasure};
use crate::layout::{
    keep_with_following, side_by_side, style, Block, Column, Composer, Mark, Row, Shape, Style,
    Tone,
};
use crate::recipe::{self, Document, Fit, Flow, Fold, Orientation, PageNumbers, Setup};
use crate::{Paper, PrintError, PrintInfo};

/// A worksheet, already formatted for print, blank or for one member.
#[derive(Debug, Clone)]
pub struct WorksheetSheet {
    pub title: String,
    pub intro: String,
    /// "Creating the cohort · Saturday, September 12, 2026", or the community; may be empty.
    pub occasion: String,
    /// Whose copy this is; none for a blank copy with lines to write a name on.
    pub person: Option<WorksheetPerson>,
    pub prompts: Vec<WorksheetPrompt>,
}

/// What a personalised copy prints about its member.
#[derive(Debug, Clone)]
pub struct WorksheetPerson {
    pub name: String,
    /// "Lakeside USD · Oak Elementary"; may be empty.
    pub site: String,
    /// Their current goal; empty leaves a line to write one.
    pub goal: String,
    /// "November 20, 2026 · with Ben Ortiz: twelve students signed up"; may be empty.
    pub last_checkin: String,
}

/// One prompt and the room to answer it.
#[derive(Debug, Clone)]
pub enum WorksheetPrompt {
    Heading {
        text: String,
        help: String,
    },
    Write {
        number: u32,
        text: String,
        help: String,
        lines: u32,
    },
    Rate {
        number: u32,
        text: String,
        help: String,
        items: Vec<String>,
        levels: Vec<String>,
        notes: bool,
    },
    Table {
        number: u32,
        text: String,
        help: String,
        columns: Vec<String>,
        rows: u32,
    },
}

/// Blank worksheets, or personalised ones, each copy starting a page of its own.
pub fn worksheets_pdf(
    title: &str,
    copies: &[WorksheetSheet],
    paper: Paper,
    info: &PrintInfo,
) -> Result<Vec<u8>, PrintError> {
    recipe::render_each(title, copies, paper, info)
}

const TITLE: Style = style(Face::Bold, 20.0, 25.0, Tone::Ink);
const SUBTITLE: Style = style(Face::Regular, 10.5, 14.0, Tone::Muted);
const NAME: Style = style(Face::Bold, 14.0, 18.0, Tone::Ink);
const LABEL: Style = style(Face::Bold, 10.5, 14.5, Tone::Ink);
const BODY: Style = style(Face::Regular, 10.5, 14.5, Tone::Ink);
const INTRO: Style = style(Face::Regular, 11.0, 15.0, Tone::Ink);
const SECTION: Style = style(Face::Bold, 14.0, 18.0, Tone::Accent);
const QUESTION: Style = style(Face::Bold, 11.5, 15.5, Tone::Ink);
const HELP: Style = style(Face::Regular, 9.5, 13.0, Tone::Muted);
const HEAD: Style = style(Face::Bold, 9.0, 11.5, Tone::Muted);
const RATED: Style = style(Face::Regular, 10.0, 13.0, Tone::Ink);
/// A handwritten line's height: room for a pen, not only for type.
const WRITE: Style = style(Face::Regular, 11.0, 24.0, Tone::Ink);
/// Space between a section heading and its first prompt.
const AFTER_HEADING: f32 = 10.0;
/// A level's column when its name is short: room for the circle and a little air.
const MIN_LEVEL_WIDTH: f32 = 52.0;
/// A rated row: tall enough for a circle and a note.
const RATE_ROW: Style = style(Face::Regular, 10.0, 20.0, Tone::Ink);
const NUMBER_HANG: f32 = 18.0;
const BUBBLE: f32 = 11.0;
const GUTTER: f32 = 8.0;

impl Document for WorksheetSheet {
    const SETUP: Setup = Setup {
        orientation: Orientation::Portrait,
        fold: Fold::Flat,
        fit: Fit::RunOn,
        flow: Flow {
            gap: 12.0,
            rules: false,
            mark_continued: false,
            page_numbers: PageNumbers::WhenSeveral,
            page_per_block: false,
        },
        scannable: false,
    };

    fn title(&self, l: Localizer) -> String {
        match &self.person {
            Some(person) => l.message(&msg!(
                "print-worksheet-title-for",
                title = self.title.clone(),
                name = person.name.clone()
            )),
            None => self.title.clone(),
        }
    }

    /// The header with who it is for, then a block per prompt.
    fn blocks<M: TextMeasure>(&self, c: &Composer<M>, width: f32, l: Localizer) -> Vec<Block> {
        let full = Column::full(width);
        let mut header = c.paragraph(&self.title, TITLE, full, 0.0);
        header.extend(c.paragraph(&self.occasion, SUBTITLE, full, 2.0));
        header.extend(match &self.person {
            Some(person) => personal(c, person, full, l),
            None => blank_identity(c, full, l),
        });
        header.extend(c.paragraph(&self.intro, INTRO, full, 10.0));
        let mut blocks = vec![header];
        let parts = self.prompts.iter().map(|prompt| {
            let is_heading = matches!(prompt, WorksheetPrompt::Heading { .. });
            (is_heading, prompt_rows(c, prompt, full, l))
        });
        blocks.extend(c.headed_blocks(parts, AFTER_HEADING));
        blocks
    }
}

/// A prompt's rows: its question and the room to answer it.
fn prompt_rows<M: TextMeasure>(
    c: &Composer<M>,
    prompt: &WorksheetPrompt,
    full: Column,
    l: Localizer,
) -> Vec<Row> {
    match prompt {
        WorksheetPrompt::Heading { text, help } => {
            let mut rows = c.paragraph(text, SECTION, full, 6.0);
            rows.extend(c.paragraph(help, HELP, full, 0.0));
            rows
        }
        WorksheetPrompt::Write {
            number,
            text,
            help,
            lines,
        } => {
            let mut rows = question(c, *number, text, help, full);
            let column = full.indented(NUMBER_HANG);
            rows.extend((0..*lines).map(|_| c.marked_row(WRITE, vec![Mark::writing_line(column)])));
            rows
        }
        WorksheetPrompt::Rate {
            number,
            text,
            help,
            items,
            levels,
            notes,
        } => {
            let mut rows = question(c, *number, text, help, full);
            rows.extend(rating(
                c,
                items,
                levels,
                *notes,
                full.indented(NUMBER_HANG),
                l,
            ));
            rows
        }
        WorksheetPrompt::Table {
            number,
            text,
            help,
            columns,
            rows: count,
        } => {
            let mut rows = question(c, *number, text, help, full);
            rows.extend(table(c, columns, *count, full.indented(NUMBER_HANG)));
            rows
        }
    }
}

/// Name, site and date, each a label with a line to write on.
fn blank_identity<M: TextMeasure>(c: &Composer<M>, full: Column, l: Localizer) -> Vec<Row> {
    let labels = [
        (l.text("print-worksheet-name"), 0.45),
        (l.text("print-worksheet-site"), 0.33),
        (l.text("print-worksheet-date"), 0.22),
    ];
    let mut row = c.marked_row(WRITE, Vec::new());
    let mut x = full.x;
    for (label, share) in labels {
        let width = full.width * share;
        row.runs.push(c.label(x, &label, LABEL));
        let start = x + c.width(LABEL, &label) + 4.0;
        let end = x + width - GUTTER;
        row.marks.push(Mark {
            x: start,
            size: (end - start).max(0.0),
            shape: Shape::WritingLine,
            target: None,
        });
        x += width;
    }
    c.with_space_before(vec![row], 10.0)
}

/// The member's name and site, their current goal (or a line to write one) and their
/// last check-in.
fn personal<M: TextMeasure>(
    c: &Composer<M>,
    person: &WorksheetPerson,
    full: Column,
    l: Localizer,
) -> Vec<Row> {
    let mut rows = c.paragraph(&person.name, NAME, full, 8.0);
    rows.extend(c.paragraph(&person.site, SUBTITLE, full, 0.0));
    let goal_label = l.text("print-worksheet-goal");
    if person.goal.is_empty() {
        let mut row = c.marked_row(WRITE, Vec::new());
        row.runs.push(c.label(full.x, &goal_label, LABEL));
        let start = full.x + c.width(LABEL, &goal_label) + 4.0;
        row.marks.push(Mark {
            x: start,
            size: full.width - start,
            shape: Shape::WritingLine,
            target: None,
        });
        rows.push(row);
    } else {
        rows.extend(c.labelled(&goal_label, LABEL, &person.goal, BODY, full, 6.0));
    }
    if !person.last_checkin.is_empty() {
        let label = l.text("print-worksheet-last-checkin");
        rows.extend(c.labelled(&label, LABEL, &person.last_checkin, BODY, full, 2.0));
    }
    rows
}

/// "2." hanging at the left with the prompt beside it, and its guidance under it.
fn question<M: TextMeasure>(
    c: &Composer<M>,
    number: u32,
    text: &str,
    help: &str,
    full: Column,
) -> Vec<Row> {
    let marker = format!("{number}.");
    let mut rows = c.hanging(&marker, QUESTION, text, QUESTION, full, NUMBER_HANG);
    rows.extend(c.paragraph(help, HELP, full.indented(NUMBER_HANG), 0.0));
    rows
}

/// The columns of a rating: what is rated, a narrow column per level, and notes.
struct RatingColumns {
    item: Column,
    levels: Vec<Column>,
    notes: Option<Column>,
}

impl RatingColumns {
    /// `level_width` is room for the widest level's name over its circle.
    fn new(column: Column, level_width: f32, levels: usize, notes: bool) -> RatingColumns {
        // Notes get about a third of the width; what is rated keeps the rest beside the
        // circles, and never less than a third, so short scales leave long labels room.
        let item_width = if notes {
            let beside_notes = column.width * 0.7 - level_width * levels as f32;
            beside_notes.max(column.width * 0.36)
        } else {
            column.width - level_width * levels as f32
        };
        let mut x = column.x + item_width;
        let levels = (0..levels)
            .map(|_| {
                let level = Column {
                    x,
                    width: level_width,
                };
                x += level_width;
                level
            })
            .collect();
        let notes = notes.then_some(Column {
            x: x + GUTTER,
            width: column.x + column.width - x - GUTTER,
        });
        RatingColumns {
            item: Column {
                x: column.x,
                width: item_width - GUTTER,
            },
            levels,
            notes,
        }
    }
}

/// Level names over their circles, then a row per rated thing with a circle per level
/// and, when asked, a line for notes.
fn rating<M: TextMeasure>(
    c: &Composer<M>,
    items: &[String],
    levels: &[String],
    notes: bool,
    column: Column,
    l: Localizer,
) -> Vec<Row> {
    let widest = levels
        .iter()
        .map(|level| c.width(HEAD, level))
        .fold(0.0, f32::max);
    // Never more than three fifths of the width for the circles, however long the names.
    let most = column.width * 0.6 / levels.len().max(1) as f32;
    let level_width = (widest + 8.0).max(MIN_LEVEL_WIDTH).min(most);
    let columns = RatingColumns::new(column, level_width, levels.len(), notes);
    let mut heads: Vec<Row> = Vec::new();
    for (level, place) in levels.iter().zip(&columns.levels) {
        heads = side_by_side(heads, c.centered(level, HEAD, *place, 0.0));
    }
    if let Some(place) = columns.notes {
        let head = c.paragraph(&l.text("print-worksheet-notes"), HEAD, place, 0.0);
        heads = side_by_side(heads, head);
    }
    let mut rows = c.with_space_before(keep_with_following(heads), 6.0);
    for item in items {
        let mut marks: Vec<Mark> = columns
            .levels
            .iter()
            .map(|place| Mark {
                x: place.x + (place.width - BUBBLE) / 2.0,
                size: BUBBLE,
                shape: Shape::Bubble,
                target: None,
            })
            .collect();
        marks.extend(columns.notes.map(Mark::writing_line));
        let circles = c.marked_row(RATE_ROW, marks);
        rows.extend(side_by_side(
            vec![circles],
            c.paragraph(item, RATED, columns.item, 0.0),
        ));
    }
    rows
}

/// Column heads, then `count` rows of two lines in every column.
fn table<M: TextMeasure>(
    c: &Composer<M>,
    heads: &[String],
    count: u32,
    column: Column,
) -> Vec<Row> {
    let width = column.width / heads.len().max(1) as f32;
    let cells: Vec<Column> = (0..heads.len())
        .map(|i| Column {
            x: column.x + width * i as f32,
            width: width - GUTTER,
        })
        .collect();
    let mut head_rows: Vec<Row> = Vec::new();
    for (head, cell) in heads.iter().zip(&cells) {
        head_rows = side_by_side(head_rows, c.paragraph(head, LABEL, *cell, 0.0));
    }
    let mut rows = c.with_space_before(keep_with_following(head_rows), 6.0);
    for _ in 0..count * 2 {
        rows.push(c.marked_row(
            WRITE,
            cells.iter().copied().map(Mark::writing_line).collect(),
        ));
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testing::{all_text, english, HalfEm};

    fn sheet(person: Option<WorksheetPerson>) -> WorksheetSheet {
        WorksheetSheet {
            title: "Reflection".into(),
            intro: "Take a few quiet minutes.".into(),
            occasion: "Creating the cohort".into(),
            person,
            prompts: vec![
                WorksheetPrompt::Heading {
                    text: "Assess".into(),
                    help: String::new(),
                },
                WorksheetPrompt::Write {
                    number: 1,
                    text: "What did I learn today?".into(),
                    help: String::new(),
                    lines: 4,
                },
                WorksheetPrompt::Rate {
                    number: 2,
                    text: "Standards".into(),
                    help: String::new(),
                    items: vec!["Quality Staff".into(), "Sustainability".into()],
                    levels: vec!["Not yet".into(), "Growing".into(), "Strong".into()],
                    notes: true,
                },
                WorksheetPrompt::Table {
                    number: 3,
                    text: "My plan".into(),
                    help: String::new(),
                    columns: vec!["Goal".into(), "Who".into()],
                    rows: 3,
                },
            ],
        }
    }

    fn marks(rows: &[Row], shape: Shape) -> usize {
        rows.iter()
            .flat_map(|row| &row.marks)
            .filter(|mark| mark.shape == shape)
            .count()
    }

    #[test]
    fn each_prompt_gets_the_room_it_asks_for() {
        let blocks = sheet(None).blocks(&Composer::new(&HalfEm, 1.0), 500.0, english());
        assert_eq!(blocks.len(), 4, "the header and three prompts to answer");
        assert_eq!(marks(&blocks[0], Shape::WritingLine), 3, "name, site, date");
        assert_eq!(marks(&blocks[1], Shape::WritingLine), 4);
        assert_eq!(marks(&blocks[2], Shape::Bubble), 2 * 3);
        assert_eq!(
            marks(&blocks[2], Shape::WritingLine),
            2,
            "a notes line per row"
        );
        assert_eq!(marks(&blocks[3], Shape::WritingLine), 3 * 2 * 2);
    }

    #[test]
    fn a_section_heading_is_never_left_at_the_foot_of_a_page() {
        let blocks = sheet(None).blocks(&Composer::new(&HalfEm, 1.0), 500.0, english());
        let first_prompt = &blocks[1];
        assert!(all_text(std::slice::from_ref(first_prompt)).starts_with("Assess"));
        let (last, before) = first_prompt.split_last().expect("rows");
        assert!(
            before.iter().all(|row| row.keep_with_next) && !last.keep_with_next,
            "the heading and its prompt break together or not at all"
        );
    }

    #[test]
    fn a_personal_copy_prints_the_member_and_leaves_a_line_for_a_missing_goal() {
        let person = WorksheetPerson {
            name: "Ana Ruiz".into(),
            site: "Oak Elementary".into(),
            goal: String::new(),
            last_checkin: "November 20, 2026: twelve students signed up".into(),
        };
        let l = english();
        let copy = sheet(Some(person));
        let blocks = copy.blocks(&Composer::new(&HalfEm, 1.0), 500.0, l);
        let header = all_text(&blocks[..1]);
        assert!(header.contains("Ana Ruiz") && header.contains("twelve students"));
        assert!(!header.contains("Name"), "no line to write a name on");
        assert_eq!(
            marks(&blocks[0], Shape::WritingLine),
            1,
            "a line for the goal"
        );
        assert!(copy.title(l).contains("Ana Ruiz"));
    }
}
