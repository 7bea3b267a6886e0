//! The materials checklist: everything a meeting's activities need, to tick off while packing.
//!
//! Each line is a tick box, a quantity, the item, and which activities use it,
//! so whoever packs can check the bag against the agenda. A line never breaks
//! across pages; a long list simply runs on with page numbers.

use crate::fonts::{Face, TextMeasure};
use crate::layout::{
    keep_together, side_by_side, style, Block, Column, Composer, Mark, Shape, Style, Tone,
};
use crate::recipe::{self, Document, Fit, Flow, Fold, Orientation, PageNumbers, Setup};
use crate::{Paper, PrintError, PrintInfo};
use convene_i18n::{msg, Localizer};

/// Plain view model of a meeting's materials, already formatted for print.
#[derive(Debug, Clone)]
pub struct MaterialsSheet {
    /// The meeting title.
    pub title: String,
    /// e.g. "Saturday, September 12, 2026 · 9:00 AM – 1:30 PM".
    pub when: String,
    /// What the quantities assume, e.g. "Quantities for 28 people (expected attendance)".
    pub basis: String,
    pub lines: Vec<MaterialLine>,
}

/// One item to pack.
#[derive(Debug, Clone)]
pub struct MaterialLine {
    /// e.g. "6 bags".
    pub quantity: String,
    /// e.g. "Marshmallows".
    pub name: String,
    /// The small muted line under the item, printed as given, e.g.
    /// "For: Marshmallow Challenge, Tarp Flip"; may be empty.
    pub used_by: String,
}

/// Renders a meeting's materials checklist on as many pages of `paper` as it needs.
pub fn materials_pdf(
    sheet: &MaterialsSheet,
    paper: Paper,
    info: &PrintInfo,
) -> Result<Vec<u8>, PrintError> {
    recipe::render(sheet, paper, info)
}

const TITLE: Style = style(Face::Bold, 20.0, 25.0, Tone::Ink);
const MEETING: Style = style(Face::Bold, 13.0, 17.0, Tone::Ink);
const SUBTITLE: Style = style(Face::Regular, 11.5, 15.0, Tone::Ink);
const NOTE: Style = style(Face::Regular, 10.5, 14.0, Tone::Muted);
const QUANTITY: Style = style(Face::Regular, 11.5, 15.0, Tone::Ink);
const ITEM: Style = style(Face::Bold, 11.5, 15.0, Tone::Ink);
const USED_BY: Style = style(Face::Regular, 9.5, 12.5, Tone::Muted);

/// Space between lines of the list; a hairline sits in its middle.
const LINE_GAP: f32 = 9.0;
const TICK_BOX: f32 = 10.0;

/// Where each part of a line goes: box, then quantity, then the item.
struct Columns {
    full: Column,
    quantity: Column,
    item: Column,
}

impl Columns {
    fn new(content_width: f32) -> Columns {
        let full = Column::full(content_width);
        let quantity = Column {
            x: TICK_BOX + 12.0,
            width: 96.0,
        };
        Columns {
            full,
            quantity,
            item: full.indented(quantity.x + quantity.width + 12.0),
        }
    }
}

impl Document for MaterialsSheet {
    const SETUP: Setup = Setup {
        orientation: Orientation::Portrait,
        fold: Fold::Flat,
        fit: Fit::RunOn,
        flow: Flow {
            gap: LINE_GAP,
            rules: true,
            mark_continued: false,
            page_numbers: PageNumbers::Always,
            page_per_block: false,
        },
        scannable: false,
    };

    fn title(&self, l: Localizer) -> String {
        l.message(&msg!(
            "print-materials-file-title",
            meeting = self.title.as_str()
        ))
    }

    /// The header block, then one block per line (or a sentence saying none is needed).
    fn blocks<M: TextMeasure>(&self, c: &Composer<M>, width: f32, l: Localizer) -> Vec<Block> {
        let columns = Columns::new(width);
        let full = columns.full;
        let mut header = c.paragraph(&l.text("print-materials-heading"), TITLE, full, 0.0);
        header.extend(c.paragraph(&self.title, MEETING, full, 4.0));
        header.extend(c.paragraph(&self.when, SUBTITLE, full, 2.0));
        header.extend(c.paragraph(&self.basis, NOTE, full, 4.0));
        let mut blocks = vec![header];
        blocks.extend(self.lines.iter().map(|line| line_block(c, line, &columns)));
        if self.lines.is_empty() {
            let none = l.text("print-materials-none-needed");
            blocks.push(c.paragraph(&none, NOTE, full, 0.0));
        }
        blocks
    }
}

fn line_block<M: TextMeasure>(c: &Composer<M>, line: &MaterialLine, columns: &Columns) -> Block {
    let quantity = c.paragraph(&line.quantity, QUANTITY, columns.quantity, 0.0);
    let mut item = c.paragraph(&line.name, ITEM, columns.item, 0.0);
    item.extend(c.paragraph(&line.used_by, USED_BY, columns.item, 1.0));
    let mut rows = keep_together(side_by_side(quantity, item));
    if let Some(first) = rows.first_mut() {
        first.marks.push(Mark {
            x: 0.0,
            size: TICK_BOX,
            shape: Shape::TickBox,
            target: None,
        });
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testing::{all_text, english, right_edge, HalfEm};

    fn line(quantity: &str, name: &str, used_by: &str) -> MaterialLine {
        MaterialLine {
            quantity: quantity.into(),
            name: name.into(),
            used_by: used_by.into(),
        }
    }

    /// The sheet's blocks at full size, `width` points wide.
    fn sheet_blocks(sheet: &MaterialsSheet, measure: &impl TextMeasure, width: f32) -> Vec<Block> {
        sheet.blocks(&Composer::new(measure, 1.0), width, english())
    }

    fn sheet(lines: Vec<MaterialLine>) -> MaterialsSheet {
        MaterialsSheet {
            title: "Fall kickoff".into(),
            when: "Saturday, September 12, 2026".into(),
            basis: "Quantities for 28 people (expected attendance)".into(),
            lines,
        }
    }

    #[test]
    fn each_line_has_a_box_quantity_item_and_muted_uses() {
        let lines = vec![line(
            "6 bags",
            "Marshmallows",
            "For: Marshmallow Challenge, Tarp Flip",
        )];
        let blocks = sheet_blocks(&sheet(lines), &HalfEm, 500.0);
        assert_eq!(blocks.len(), 2);
        let first = &blocks[1][0];
        assert_eq!(first.marks.len(), 1);
        let texts: Vec<&str> = first.runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts, ["6 bags", "Marshmallows"]);
        let used_by = &blocks[1][1].runs[0];
        assert_eq!(used_by.text, "For: Marshmallow Challenge, Tarp Flip");
        assert_eq!(used_by.style.tone, Tone::Muted);
        assert_eq!(used_by.x, first.runs[1].x);
    }

    #[test]
    fn long_names_stay_in_their_columns() {
        let long = "very long item name ".repeat(10);
        let lines = vec![line("1 roll per table of six", &long, &long)];
        let columns = Columns::new(400.0);
        let blocks = sheet_blocks(&sheet(lines), &HalfEm, 400.0);
        for run in blocks[1].iter().flat_map(|r| &r.runs) {
            let column = if run.x < columns.item.x {
                columns.quantity
            } else {
                columns.item
            };
            assert!(
                right_edge(run) <= column.x + column.width + 0.01,
                "{:?}",
                run.text
            );
        }
    }

    #[test]
    fn an_empty_list_says_nothing_is_needed() {
        let blocks = sheet_blocks(&sheet(Vec::new()), &HalfEm, 500.0);
        assert!(all_text(&blocks).contains("No activity on this meeting's agenda needs materials."));
        assert!(blocks.iter().flatten().all(|row| row.marks.is_empty()));
    }
}
