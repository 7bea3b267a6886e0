//! The sign-in sheet: the paper twin of check-in at the door. Every member of the
//! community is listed by name with a line to sign; blank lines follow for walk-ins to
//! print their name, organization and sign.

use convene_i18n::Localizer;

use crate::fonts::{Face, TextMeasure};
use crate::layout::{
    keep_together, side_by_side, style, Block, Column, Composer, Mark, Row, Style, Tone,
};
use crate::recipe::{self, Document, Fit, Flow, Fold, Orientation, PageNumbers, Setup};
use crate::{Paper, PrintError, PrintInfo};

/// A meeting's sign-in sheet, already formatted for print.
#[derive(Debug, Clone)]
pub struct SignInSheet {
    pub community: String,
    pub title: String,
    /// e.g. "Saturday, September 12, 2026 · 9:00 AM – 1:30 PM".
    pub when: String,
    pub location: String,
    /// The members, in the order they are listed.
    pub people: Vec<SignInPerson>,
    /// Empty lines after the members, for walk-ins.
    pub blank_lines: u32,
}

#[derive(Debug, Clone)]
pub struct SignInPerson {
    pub name: String,
    /// "Organization · Site"; may be empty.
    pub affiliation: String,
}

pub fn sign_in_pdf(
    sheet: &SignInSheet,
    paper: Paper,
    info: &PrintInfo,
) -> Result<Vec<u8>, PrintError> {
    recipe::render(sheet, paper, info)
}

const TITLE: Style = style(Face::Bold, 20.0, 25.0, Tone::Ink);
const MEETING: Style = style(Face::Bold, 13.0, 17.0, Tone::Ink);
const SUBTITLE: Style = style(Face::Regular, 11.0, 15.0, Tone::Muted);
const HEAD: Style = style(Face::Bold, 10.0, 14.0, Tone::Accent);
const NAME: Style = style(Face::Bold, 11.5, 15.0, Tone::Ink);
const SMALL: Style = style(Face::Regular, 9.0, 11.5, Tone::Muted);
/// Room to sign: the height of a signing line's row.
const LINE: Style = style(Face::Regular, 11.5, 22.0, Tone::Ink);

/// Name (and affiliation under it), then the signature.
struct Columns {
    name: Column,
    signature: Column,
}

impl Columns {
    fn new(width: f32) -> Columns {
        let name = width * 0.55;
        Columns {
            name: Column {
                x: 0.0,
                width: name - 12.0,
            },
            signature: Column {
                x: name,
                width: width - name,
            },
        }
    }
}

impl Document for SignInSheet {
    const SETUP: Setup = Setup {
        orientation: Orientation::Portrait,
        fold: Fold::Flat,
        fit: Fit::RunOn,
        flow: Flow {
            gap: 8.0,
            rules: false,
            mark_continued: false,
            page_numbers: PageNumbers::Always,
            page_per_block: false,
        },
        scannable: false,
    };

    fn title(&self, l: Localizer) -> String {
        l.message(&convene_i18n::msg!(
            "print-sign-in-file-title",
            title = self.title.clone()
        ))
    }

    /// The header with the column heads, then one block per line to sign.
    fn blocks<M: TextMeasure>(&self, c: &Composer<M>, width: f32, l: Localizer) -> Vec<Block> {
        let columns = Columns::new(width);
        let full = Column::full(width);
        let mut header = c.paragraph(&l.text("print-sign-in-heading"), TITLE, full, 0.0);
        header.extend(c.paragraph(&self.title, MEETING, full, 4.0));
        header.extend(c.paragraph(&self.community, SUBTITLE, full, 2.0));
        header.extend(c.paragraph(&self.when, SUBTITLE, full, 2.0));
        header.extend(c.paragraph(&self.location, SUBTITLE, full, 2.0));
        let heads = side_by_side(
            c.paragraph(&l.text("print-sign-in-name"), HEAD, columns.name, 0.0),
            c.paragraph(
                &l.text("print-sign-in-signature"),
                HEAD,
                columns.signature,
                0.0,
            ),
        );
        header.extend(c.with_space_before(heads, 14.0));
        let mut blocks = vec![header];
        blocks.extend(self.people.iter().map(|person| listed(c, person, &columns)));
        let walk_in = l.text("print-sign-in-walk-in");
        blocks.extend((0..self.blank_lines).map(|_| blank(c, &walk_in, &columns)));
        blocks
    }
}

/// A member's line: their name and affiliation, and a line to sign on.
fn listed<M: TextMeasure>(c: &Composer<M>, person: &SignInPerson, columns: &Columns) -> Block {
    let mut who = c.paragraph(&person.name, NAME, columns.name, 0.0);
    who.extend(c.paragraph(&person.affiliation, SMALL, columns.name, 0.0));
    keep_together(side_by_side(vec![signing_row(c, columns.signature)], who))
}

/// A walk-in's line: lines to print a name on and to sign, with a small label under.
fn blank<M: TextMeasure>(c: &Composer<M>, label: &str, columns: &Columns) -> Block {
    let mut row = signing_row(c, columns.signature);
    row.marks.push(Mark::writing_line(columns.name));
    let mut rows = vec![row];
    rows.extend(c.paragraph(label, SMALL, columns.name, 0.0));
    keep_together(rows)
}

fn signing_row<M: TextMeasure>(c: &Composer<M>, column: Column) -> Row {
    c.marked_row(LINE, vec![Mark::writing_line(column)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testing::{all_text, english, HalfEm};

    #[test]
    fn members_are_listed_then_blank_lines_follow_for_walk_ins() {
        let sheet = SignInSheet {
            community: "Site Coordinator CoP".into(),
            title: "Creating the cohort".into(),
            when: "Saturday, September 12, 2026".into(),
            location: "Room B".into(),
            people: vec![SignInPerson {
                name: "Ana Ruiz".into(),
                affiliation: "Lakeside USD".into(),
            }],
            blank_lines: 3,
        };
        let blocks = sheet.blocks(&Composer::new(&HalfEm, 1.0), 500.0, english());
        assert_eq!(blocks.len(), 1 + 1 + 3);
        assert!(all_text(&blocks[1..2]).contains("Ana Ruiz"));
        let lines: usize = blocks.iter().flatten().map(|row| row.marks.len()).sum();
        assert_eq!(
            lines,
            1 + 3 * 2,
            "a line to sign for the member, two per walk-in"
        );
    }
}
