//! The pair list for the room: each group of a period with its members' organizations
//! and contact details, so partners can reach each other between meetings.

use convene_i18n::{msg, Localizer};

use crate::fonts::{Face, TextMeasure};
use crate::layout::{keep_together, style, Block, Column, Composer, Style, Tone};
use crate::recipe::{self, Document, Fit, Flow, Fold, Orientation, PageNumbers, Setup};
use crate::{Paper, PrintError, PrintInfo};

/// A period's pairs, already formatted for print.
#[derive(Debug, Clone)]
pub struct PairListSheet {
    pub community: String,
    /// "Fall 2026 · Growth coaches".
    pub period: String,
    /// Each group's people, one line each: "Ana Ruiz · Lakeside USD · ana@… · 555-0100".
    pub groups: Vec<Vec<String>>,
}

pub fn pair_list_pdf(
    sheet: &PairListSheet,
    paper: Paper,
    info: &PrintInfo,
) -> Result<Vec<u8>, PrintError> {
    recipe::render(sheet, paper, info)
}

const TITLE: Style = style(Face::Bold, 20.0, 25.0, Tone::Ink);
const SUBTITLE: Style = style(Face::Regular, 11.0, 15.0, Tone::Muted);
const GROUP: Style = style(Face::Bold, 11.0, 15.0, Tone::Accent);
const BODY: Style = style(Face::Regular, 11.0, 15.0, Tone::Ink);

impl Document for PairListSheet {
    const SETUP: Setup = Setup {
        orientation: Orientation::Portrait,
        fold: Fold::Flat,
        fit: Fit::RunOn,
        flow: Flow {
            gap: 9.0,
            rules: true,
            mark_continued: false,
            page_numbers: PageNumbers::WhenSeveral,
            page_per_block: false,
        },
        scannable: false,
    };

    fn title(&self, l: Localizer) -> String {
        l.message(&msg!("print-pairs-title", period = self.period.clone()))
    }

    fn blocks<M: TextMeasure>(&self, c: &Composer<M>, width: f32, l: Localizer) -> Vec<Block> {
        let full = Column::full(width);
        let mut header = c.paragraph(&l.text("print-pairs-heading"), TITLE, full, 0.0);
        header.extend(c.paragraph(&self.period, SUBTITLE, full, 4.0));
        header.extend(c.paragraph(&self.community, SUBTITLE, full, 2.0));
        let mut blocks = vec![header];
        for (index, people) in self.groups.iter().enumerate() {
            let heading = l.message(&msg!("print-pairs-group", number = index + 1));
            let mut rows = c.paragraph(&heading, GROUP, full, 0.0);
            for person in people {
                rows.extend(c.paragraph(person, BODY, full, 2.0));
            }
            blocks.push(keep_together(rows));
        }
        blocks
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testing::{all_text, english, HalfEm};

    #[test]
    fn each_group_is_one_block_numbered_from_one() {
        let sheet = PairListSheet {
            community: "Site Coordinator CoP".into(),
            period: "Fall 2026 · Growth coaches".into(),
            groups: vec![vec![
                "Ana Ruiz · ana@example.org".into(),
                "Ben Okafor".into(),
            ]],
        };
        let blocks = sheet.blocks(&Composer::new(&HalfEm, 1.0), 500.0, english());
        assert_eq!(blocks.len(), 2);
        let text = all_text(&blocks[1..]);
        assert!(
            text.starts_with("Group 1") && text.contains("ana@example.org"),
            "{text}"
        );
    }
}
