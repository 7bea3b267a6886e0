//! The evaluation report a network sends its funder: the meeting, how many sheets came
//! back and how they were checked, then each question with its headline sentence,
//! its chart (paired 100 % bars for before/now, diverging bars for agreement), the
//! counts behind the percentages, and the quotes the facilitator starred. Segments are
//! greys from light to dark with their percentages written in, so the page reads on
//! any printer, colour or not. A question never splits across pages.

use crate::fonts::{Face, TextMeasure};
use crate::layout::{keep_together, style, Block, Column, Composer, Fill, Row, Style, Tone};
use crate::recipe::{self, Document, Fit, Flow, Fold, Orientation, PageNumbers, Setup};
use crate::{Paper, PrintError, PrintInfo};
use convene_i18n::Localizer;

/// Plain view model of a meeting's report, every sentence already in the document's
/// language.
#[derive(Debug, Clone)]
pub struct ReportSheet {
    /// "Evaluation report: Kick-off".
    pub title: String,
    /// "Site Coordinator CoP · Wednesday, January 20, 2027".
    pub subtitle: String,
    /// Response, returns, how the data was entered and checked.
    pub summary: Vec<String>,
    pub sections: Vec<ReportSection>,
}

/// One form's questions.
#[derive(Debug, Clone)]
pub struct ReportSection {
    pub heading: String,
    pub questions: Vec<ReportQuestion>,
}

#[derive(Debug, Clone)]
pub struct ReportQuestion {
    /// "1. My knowledge of the Quality Standards".
    pub heading: String,
    pub headline: Option<String>,
    pub bars: Vec<ChartBar>,
    /// The points' words, lowest first, for the chart's key.
    pub legend: Vec<String>,
    /// The counts and figures, a line each.
    pub lines: Vec<String>,
    /// Written answers starred for the report, as printed.
    pub quotes: Vec<String>,
}

/// One bar of a chart: its label and each point's whole percent.
#[derive(Debug, Clone)]
pub struct ChartBar {
    pub label: String,
    pub percents: Vec<u32>,
    /// Centred on the scale's middle: disagreeing left, agreeing right.
    pub diverging: bool,
}

pub fn report_pdf(
    sheet: &ReportSheet,
    paper: Paper,
    info: &PrintInfo,
) -> Result<Vec<u8>, PrintError> {
    recipe::render(sheet, paper, info)
}

const TITLE: Style = style(Face::Bold, 18.0, 23.0, Tone::Ink);
const SUBTITLE: Style = style(Face::Regular, 11.5, 15.0, Tone::Muted);
const SUMMARY: Style = style(Face::Regular, 11.0, 15.0, Tone::Ink);
const SECTION: Style = style(Face::Bold, 14.0, 19.0, Tone::Accent);
const QUESTION: Style = style(Face::Bold, 12.0, 16.0, Tone::Ink);
const HEADLINE: Style = style(Face::Bold, 11.5, 15.5, Tone::Ink);
const LINE: Style = style(Face::Regular, 10.0, 13.5, Tone::Ink);
const QUOTE: Style = style(Face::Regular, 10.5, 14.0, Tone::Muted);
const BAR_LABEL: Style = style(Face::Bold, 10.0, 20.0, Tone::Ink);
const SEGMENT: Style = style(Face::Bold, 9.0, 20.0, Tone::Ink);
const LEGEND: Style = style(Face::Regular, 9.5, 14.0, Tone::Ink);

/// The bars' label column, then the bar itself at most this wide.
const LABEL_WIDTH: f32 = 90.0;
const BAR_WIDTH: f32 = 320.0;
const SWATCH: f32 = 10.0;

impl Document for ReportSheet {
    const SETUP: Setup = Setup {
        orientation: Orientation::Portrait,
        fold: Fold::Flat,
        fit: Fit::RunOn,
        flow: Flow {
            gap: 12.0,
            rules: true,
            mark_continued: false,
            page_numbers: PageNumbers::Always,
            page_per_block: false,
        },
        scannable: false,
    };

    fn title(&self, _: Localizer) -> String {
        self.title.clone()
    }

    fn blocks<M: TextMeasure>(&self, c: &Composer<M>, width: f32, _: Localizer) -> Vec<Block> {
        let full = Column::full(width);
        let mut header = c.paragraph(&self.title, TITLE, full, 0.0);
        header.extend(c.paragraph(&self.subtitle, SUBTITLE, full, 2.0));
        for line in &self.summary {
            header.extend(c.paragraph(line, SUMMARY, full, 4.0));
        }
        let mut blocks = vec![header];
        for section in &self.sections {
            let mut heading = c.paragraph(&section.heading, SECTION, full, 0.0);
            for (index, question) in section.questions.iter().enumerate() {
                let mut block = if index == 0 {
                    std::mem::take(&mut heading)
                } else {
                    Vec::new()
                };
                block.extend(question_rows(c, question, full));
                blocks.push(keep_together(block));
            }
        }
        blocks
    }
}

fn question_rows<M: TextMeasure>(c: &Composer<M>, q: &ReportQuestion, full: Column) -> Vec<Row> {
    let mut rows = c.paragraph(&q.heading, QUESTION, full, 4.0);
    if let Some(headline) = &q.headline {
        rows.extend(c.paragraph(headline, HEADLINE, full.indented(8.0), 3.0));
    }
    let bar_width = BAR_WIDTH.min(full.width - LABEL_WIDTH);
    for bar in &q.bars {
        rows.push(bar_row(c, bar, q.legend.len(), bar_width));
    }
    if !q.bars.is_empty() {
        rows.extend(legend_rows(c, &q.legend, full.width));
    }
    for line in &q.lines {
        rows.extend(c.paragraph(line, LINE, full, 2.0));
    }
    for quote in &q.quotes {
        rows.extend(c.paragraph(quote, QUOTE, full.indented(12.0), 3.0));
    }
    rows
}

/// Point `index` of `count`, light to dark.
fn grey(index: usize, count: usize) -> f32 {
    if count <= 1 {
        return 0.5;
    }
    0.88 - 0.63 * index as f32 / (count - 1) as f32
}

/// Where each point's segment starts and how wide it is, in points from the bar's left.
fn segments(bar: &ChartBar, width: f32) -> Vec<(f32, f32)> {
    let scale = if bar.diverging {
        width / 200.0
    } else {
        width / 100.0
    };
    let n = bar.percents.len();
    let mut x = if bar.diverging {
        let below: u32 = bar.percents.iter().take(n / 2).sum();
        let middle = if n % 2 == 1 {
            bar.percents[n / 2] as f32 / 2.0
        } else {
            0.0
        };
        width / 2.0 - (below as f32 + middle) * scale
    } else {
        0.0
    };
    bar.percents
        .iter()
        .map(|&p| {
            let segment = (x, p as f32 * scale);
            x += segment.1;
            segment
        })
        .collect()
}

fn bar_row<M: TextMeasure>(c: &Composer<M>, bar: &ChartBar, count: usize, width: f32) -> Row {
    let mut row = c.empty_row(BAR_LABEL);
    row.runs.push(c.label(0.0, &bar.label, BAR_LABEL));
    for (index, (x, w)) in segments(bar, width).into_iter().enumerate() {
        if w <= 0.0 {
            continue;
        }
        let column = Column {
            x: LABEL_WIDTH + x,
            width: w,
        };
        row.fills.push(Fill {
            column,
            grey: grey(index, count),
        });
        let text = format!("{}%", bar.percents[index]);
        if c.width(SEGMENT, &text) + 4.0 <= w {
            let tone = if grey(index, count) < 0.55 {
                Tone::Inverse
            } else {
                Tone::Ink
            };
            let segment_style = Style { tone, ..SEGMENT };
            let at = LABEL_WIDTH + x + (w - c.width(segment_style, &text)) / 2.0;
            row.runs.push(c.label(at, &text, segment_style));
        }
    }
    if bar.diverging {
        let centre = Column {
            x: LABEL_WIDTH + width / 2.0 - 0.6,
            width: 1.2,
        };
        row.fills.push(Fill {
            column: centre,
            grey: 0.1,
        });
    }
    row.space_before = 3.0;
    row
}

/// The chart's key: a swatch of each point's grey beside its words, on as many rows
/// as the page's width needs.
fn legend_rows<M: TextMeasure>(c: &Composer<M>, points: &[String], width: f32) -> Vec<Row> {
    let mut rows = vec![c.empty_row(LEGEND)];
    let mut x = LABEL_WIDTH;
    for (index, point) in points.iter().enumerate() {
        let entry = SWATCH + 4.0 + c.width(LEGEND, point);
        if x > LABEL_WIDTH && x + entry > width {
            rows.push(c.empty_row(LEGEND));
            x = LABEL_WIDTH;
        }
        let Some(row) = rows.last_mut() else { break };
        let swatch = Column { x, width: SWATCH };
        row.fills.push(Fill {
            column: swatch,
            grey: grey(index, points.len()),
        });
        row.runs.push(c.label(x + SWATCH + 4.0, point, LEGEND));
        x += entry + 14.0;
    }
    if let Some(first) = rows.first_mut() {
        first.space_before = 2.0;
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(percents: &[u32], diverging: bool) -> ChartBar {
        ChartBar {
            label: "Now".into(),
            percents: percents.to_vec(),
            diverging,
        }
    }

    #[test]
    fn a_stacked_bar_fills_its_width_in_order() {
        let spans = segments(&bar(&[25, 50, 25], false), 200.0);
        assert_eq!(spans, vec![(0.0, 50.0), (50.0, 100.0), (150.0, 50.0)]);
    }

    #[test]
    fn a_diverging_bar_puts_agreement_right_of_the_centre_and_a_middle_point_across_it() {
        // Two points: disagree runs left of the centre, agree right.
        let two = segments(&bar(&[25, 75], true), 200.0);
        assert_eq!(two, vec![(75.0, 25.0), (100.0, 75.0)]);
        // Five points: the neutral middle straddles the centre.
        let five = segments(&bar(&[0, 20, 20, 40, 20], true), 200.0);
        let (x, w) = five[2];
        assert!((x + w / 2.0 - 100.0).abs() < 0.01, "{five:?}");
    }

    #[test]
    fn a_long_key_wraps_within_the_page() {
        use crate::layout::testing::{right_edge, HalfEm};
        let c = Composer::new(&HalfEm, 1.0);
        let points: Vec<String> = [
            "Strongly disagree",
            "Disagree",
            "Neither agree nor disagree",
            "Agree",
            "Strongly agree",
        ]
        .map(String::from)
        .to_vec();
        let rows = legend_rows(&c, &points, 400.0);
        assert!(rows.len() > 1);
        assert_eq!(rows.iter().map(|r| r.runs.len()).sum::<usize>(), 5);
        assert!(rows
            .iter()
            .flat_map(|r| &r.runs)
            .all(|run| right_edge(run) <= 400.0));
    }

    #[test]
    fn points_get_lighter_to_darker_greys() {
        let greys: Vec<f32> = (0..5).map(|i| grey(i, 5)).collect();
        assert!(greys.windows(2).all(|w| w[0] > w[1] + 0.1), "{greys:?}");
    }
}
