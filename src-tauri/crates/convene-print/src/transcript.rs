//! A member's transcript: the meetings they attended with the contact hours each
//! earned, their total hours and CEUs, and their certificates, for the member's file
//! or their employer.

use convene_i18n::{msg, Localizer};

use crate::fonts::{Face, TextMeasure};
use crate::layout::{keep_together, side_by_side, style, Block, Column, Composer, Style, Tone};
use crate::recipe::{self, Document, Fit, Flow, Fold, Orientation, PageNumbers, Setup};
use crate::{Paper, PrintError, PrintInfo};

/// A transcript, already formatted for print.
#[derive(Debug, Clone)]
pub struct TranscriptSheet {
    pub member_name: String,
    /// "Organization · Site"; may be empty.
    pub affiliation: String,
    pub community_name: String,
    pub lines: Vec<TranscriptEntry>,
    /// "8.50".
    pub total_hours: String,
    /// "0.9".
    pub ceus: String,
    /// One line per certificate, e.g. "2026-0007 · Year 1 · issued December 7, 2026".
    pub certificates: Vec<String>,
}

/// One meeting attended.
#[derive(Debug, Clone)]
pub struct TranscriptEntry {
    pub date: String,
    pub title: String,
    /// The series it belongs to; may be empty.
    pub series: String,
    /// "4.00".
    pub hours: String,
}

pub fn transcript_pdf(
    sheet: &TranscriptSheet,
    paper: Paper,
    info: &PrintInfo,
) -> Result<Vec<u8>, PrintError> {
    recipe::render(sheet, paper, info)
}

const TITLE: Style = style(Face::Bold, 20.0, 25.0, Tone::Ink);
const NAME: Style = style(Face::Bold, 15.0, 20.0, Tone::Ink);
const SUBTITLE: Style = style(Face::Regular, 11.0, 15.0, Tone::Muted);
const HEAD: Style = style(Face::Bold, 10.0, 14.0, Tone::Accent);
const BODY: Style = style(Face::Regular, 10.5, 14.0, Tone::Ink);
const SERIES: Style = style(Face::Regular, 9.5, 12.5, Tone::Muted);
const TOTAL: Style = style(Face::Bold, 12.0, 16.0, Tone::Ink);

/// Date, meeting (with its series under it), and hours, across the page.
struct Columns {
    date: Column,
    meeting: Column,
    hours: Column,
}

impl Columns {
    fn new(width: f32) -> Columns {
        let date = 150.0;
        let hours = 70.0;
        Columns {
            date: Column {
                x: 0.0,
                width: date - 10.0,
            },
            meeting: Column {
                x: date,
                width: width - date - hours - 10.0,
            },
            hours: Column {
                x: width - hours,
                width: hours,
            },
        }
    }
}

impl Document for TranscriptSheet {
    const SETUP: Setup = Setup {
        orientation: Orientation::Portrait,
        fold: Fold::Flat,
        fit: Fit::RunOn,
        flow: Flow {
            gap: 7.0,
            rules: true,
            mark_continued: false,
            page_numbers: PageNumbers::WhenSeveral,
            page_per_block: false,
        },
        scannable: false,
    };

    fn title(&self, l: Localizer) -> String {
        l.message(&msg!(
            "print-transcript-title",
            name = self.member_name.clone()
        ))
    }

    /// The header with the column heads, a block per meeting, the totals, the certificates.
    fn blocks<M: TextMeasure>(&self, c: &Composer<M>, width: f32, l: Localizer) -> Vec<Block> {
        let columns = Columns::new(width);
        let full = Column::full(width);
        let mut header = c.paragraph(&l.text("print-transcript-heading"), TITLE, full, 0.0);
        header.extend(c.paragraph(&self.member_name, NAME, full, 4.0));
        header.extend(c.paragraph(&self.affiliation, SUBTITLE, full, 2.0));
        header.extend(c.paragraph(&self.community_name, SUBTITLE, full, 2.0));
        let heads = side_by_side(
            side_by_side(
                c.paragraph(&l.text("print-transcript-date"), HEAD, columns.date, 0.0),
                c.paragraph(
                    &l.text("print-transcript-meeting"),
                    HEAD,
                    columns.meeting,
                    0.0,
                ),
            ),
            c.paragraph(&l.text("print-transcript-hours"), HEAD, columns.hours, 0.0),
        );
        header.extend(c.with_space_before(heads, 12.0));
        let mut blocks = vec![header];
        blocks.extend(self.lines.iter().map(|line| entry(c, line, &columns)));
        if self.lines.is_empty() {
            blocks.push(c.paragraph(&l.text("print-transcript-none"), BODY, full, 0.0));
        }
        let total = l.message(&msg!(
            "print-transcript-total",
            hours = self.total_hours.clone(),
            ceus = self.ceus.clone()
        ));
        blocks.push(c.paragraph(&total, TOTAL, full, 0.0));
        if !self.certificates.is_empty() {
            let mut certificates =
                c.paragraph(&l.text("print-transcript-certificates"), HEAD, full, 0.0);
            for line in &self.certificates {
                certificates.extend(c.paragraph(line, BODY, full, 2.0));
            }
            blocks.push(certificates);
        }
        blocks
    }
}

fn entry<M: TextMeasure>(c: &Composer<M>, line: &TranscriptEntry, columns: &Columns) -> Block {
    let mut meeting = c.paragraph(&line.title, BODY, columns.meeting, 0.0);
    meeting.extend(c.paragraph(&line.series, SERIES, columns.meeting, 1.0));
    let left = side_by_side(c.paragraph(&line.date, BODY, columns.date, 0.0), meeting);
    keep_together(side_by_side(
        left,
        c.paragraph(&line.hours, BODY, columns.hours, 0.0),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testing::{all_text, english, HalfEm};

    #[test]
    fn a_transcript_lists_meetings_then_totals_then_certificates() {
        let sheet = TranscriptSheet {
            member_name: "Ana Ruiz".into(),
            affiliation: "Lakeside USD · Oak Elementary".into(),
            community_name: "Site Coordinator CoP".into(),
            lines: vec![TranscriptEntry {
                date: "September 12, 2026".into(),
                title: "Creating the cohort".into(),
                series: "Year 1".into(),
                hours: "4.00".into(),
            }],
            total_hours: "4.00".into(),
            ceus: "0.4".into(),
            certificates: vec!["2026-0001 · Year 1".into()],
        };
        let blocks = sheet.blocks(&Composer::new(&HalfEm, 1.0), 500.0, english());
        assert_eq!(blocks.len(), 4);
        let text = all_text(&blocks);
        assert!(text.contains("Creating the cohort"));
        assert!(text.contains("4.00 contact hours"), "{text}");
        assert!(text.contains("2026-0001 · Year 1"));
    }
}
