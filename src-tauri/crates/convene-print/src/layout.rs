//! The vocabulary every printed document is laid out in, before any page exists.
//!
//! A document is a list of blocks; a block is a list of rows; a row is a strip
//! of runs (and perhaps a tick box) sharing one baseline. Pagination treats rows
//! as unbreakable and keeps blocks together, and only `render` turns them into
//! PDF, so the layout rules of each document can be tested with a fake measure.

use crate::fonts::{Face, TextMeasure};
use crate::wrap::wrap;

/// Ink colour of a run, resolved to a real colour when drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tone {
    Ink,
    Muted,
    Accent,
    /// White, on a dark fill (a chart's segment).
    Inverse,
}

/// How a run of text looks: face, size and leading in points, and colour.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Style {
    pub face: Face,
    pub size: f32,
    pub leading: f32,
    pub tone: Tone,
}

impl Style {
    /// The same style with size and leading multiplied by `factor`.
    pub(crate) fn scaled(self, factor: f32) -> Style {
        Style {
            size: self.size * factor,
            leading: self.leading * factor,
            ..self
        }
    }
}

pub(crate) const fn style(face: Face, size: f32, leading: f32, tone: Tone) -> Style {
    Style {
        face,
        size,
        leading,
        tone,
    }
}

/// Footer and running head: page furniture, smaller than body text.
pub(crate) const FURNITURE: Style = style(Face::Regular, 9.0, 12.0, Tone::Muted);

/// One string set in one style, `x` points from the left margin.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Run {
    pub x: f32,
    pub text: String,
    pub style: Style,
}

/// The shape of a mark made by hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// A square to tick (a checklist).
    TickBox,
    /// A circle to fill (an answer on a form), which a scanner can find later.
    Bubble,
    /// A line to write on, `size` long, on the baseline.
    WritingLine,
}

/// An empty shape to mark by hand, `x` points from the left margin, `size` across,
/// sitting on the row's baseline like a capital letter.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Mark {
    pub x: f32,
    pub size: f32,
    pub shape: Shape,
    /// The answer a circle on a form stands for, so a scan can be read back.
    pub target: Option<Target>,
}

impl Mark {
    /// A line to write on, as wide as `column`.
    pub(crate) fn writing_line(column: Column) -> Mark {
        Mark {
            x: column.x,
            size: column.width,
            shape: Shape::WritingLine,
            target: None,
        }
    }

    /// The mark's lower edge on a row whose baseline is at `baseline` (PDF points, y up).
    pub(crate) fn bottom(&self, baseline: f32) -> f32 {
        baseline - self.size * 0.15
    }
}

/// Which answer a circle on a form stands for: the item's place among the form's
/// items, the option's place in its list (lowest first), and the half of a
/// before/now rating it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Target {
    pub item: usize,
    pub option: usize,
    pub half: Half,
}

/// The half of a before/now rating a circle is in; `Only` for a plain choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Half {
    Only,
    Before,
    Now,
}

/// A horizontal strip of runs sharing one baseline; pages break between rows.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Row {
    pub space_before: f32,
    pub leading: f32,
    pub runs: Vec<Run>,
    pub marks: Vec<Mark>,
    /// Grey areas behind part of the row, as tall as it: the *Before* half of a
    /// before/now rating, a chart's segments.
    pub fills: Vec<Fill>,
    /// No page break between this row and the next (a heading and its text,
    /// the lines of one list item).
    pub keep_with_next: bool,
    /// The document's picture (a scanned signature), standing on the row's bottom.
    pub picture: Option<Picture>,
}

/// Where the document's one picture goes in a row, and how big, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Picture {
    pub x: f32,
    pub width: f32,
    pub height: f32,
}

impl Row {
    pub(crate) fn height(&self) -> f32 {
        self.space_before + self.leading
    }

    /// Distance from the top of the row to the shared baseline: the tallest
    /// run's cap height centred in the leading.
    pub(crate) fn baseline(&self) -> f32 {
        let size = self.runs.iter().map(|r| r.style.size).fold(0.0, f32::max);
        self.space_before + self.leading / 2.0 + size * 0.35
    }

    fn beside(mut self, other: Row) -> Row {
        self.space_before = self.space_before.max(other.space_before);
        self.leading = self.leading.max(other.leading);
        self.runs.extend(other.runs);
        self.marks.extend(other.marks);
        self.fills.extend(other.fills);
        self.keep_with_next |= other.keep_with_next;
        self.picture = self.picture.or(other.picture);
        self
    }
}

/// A grey area behind a stretch of a row: 0 is black, 1 white.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Fill {
    pub column: Column,
    pub grey: f32,
}

/// Rows kept together on a page when possible: a header, an agenda item, a section.
pub(crate) type Block = Vec<Row>;

/// A column of the content area: its left edge from the margin and its width.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Column {
    pub x: f32,
    pub width: f32,
}

impl Column {
    /// The whole width of the page's content, from the left margin.
    pub(crate) const fn full(width: f32) -> Column {
        Column { x: 0.0, width }
    }

    /// The part of this column right of `indent`.
    pub(crate) fn indented(self, indent: f32) -> Column {
        Column {
            x: self.x + indent,
            width: (self.width - indent).max(0.0),
        }
    }
}

/// Wraps text into rows in a column, with every style and space multiplied by
/// `scale`, so a document can be set smaller to fit its page.
pub(crate) struct Composer<'a, M: TextMeasure> {
    measure: &'a M,
    scale: f32,
}

impl<'a, M: TextMeasure> Composer<'a, M> {
    pub(crate) fn new(measure: &'a M, scale: f32) -> Self {
        Composer { measure, scale }
    }

    /// Width of `text` in `style` at this composer's scale.
    pub(crate) fn width(&self, style: Style, text: &str) -> f32 {
        self.set_width(style.scaled(self.scale), text)
    }

    /// One row per wrapped line of `text`, left-aligned in `column`.
    pub(crate) fn paragraph(
        &self,
        text: &str,
        style: Style,
        column: Column,
        space: f32,
    ) -> Vec<Row> {
        let style = style.scaled(self.scale);
        let lines = wrap(text, column.width, 0.0, |s| self.set_width(style, s));
        let rows = lines
            .into_iter()
            .map(|line| row(vec![run(column.x, line, style)], style.leading));
        self.with_space_before(rows.collect(), space)
    }

    /// One row per wrapped line of `text`, each centred in `column`.
    pub(crate) fn centered(
        &self,
        text: &str,
        style: Style,
        column: Column,
        space: f32,
    ) -> Vec<Row> {
        let style = style.scaled(self.scale);
        let lines = wrap(text, column.width, 0.0, |s| self.set_width(style, s));
        let rows = lines.into_iter().map(|line| {
            let x = column.x + (column.width - self.set_width(style, &line)).max(0.0) / 2.0;
            row(vec![run(x, line, style)], style.leading)
        });
        self.with_space_before(rows.collect(), space)
    }

    /// `text` with `label` (e.g. "Notes:") in `label_style` before its first
    /// line; later lines return to the column's left edge.
    pub(crate) fn labelled(
        &self,
        label: &str,
        label_style: Style,
        text: &str,
        style: Style,
        column: Column,
        space: f32,
    ) -> Vec<Row> {
        let (label_style, style) = (label_style.scaled(self.scale), style.scaled(self.scale));
        let indent = self.set_width(label_style, label) + self.set_width(style, " ");
        let lines = wrap(text, column.width, indent, |s| self.set_width(style, s));
        let rows = lines.into_iter().enumerate().map(|(index, line)| {
            if index == 0 {
                let label = run(column.x, label.to_owned(), label_style);
                row(
                    vec![label, run(column.x + indent, line, style)],
                    style.leading,
                )
            } else {
                row(vec![run(column.x, line, style)], style.leading)
            }
        });
        self.with_space_before(rows.collect(), space)
    }

    /// A list item: `marker` (a bullet or "3.") at the column's left edge and
    /// `text` wrapped `hang` points to its right on every line.
    pub(crate) fn hanging(
        &self,
        marker: &str,
        marker_style: Style,
        text: &str,
        style: Style,
        column: Column,
        hang: f32,
    ) -> Vec<Row> {
        let mut rows = self.paragraph(text, style, column.indented(hang), 0.0);
        if let Some(first) = rows.first_mut() {
            let marker_style = marker_style.scaled(self.scale);
            first
                .runs
                .insert(0, run(column.x, marker.to_owned(), marker_style));
        }
        rows
    }

    /// A row with no text, as tall as `style`'s leading, to hold marks.
    pub(crate) fn empty_row(&self, style: Style) -> Row {
        row(Vec::new(), style.scaled(self.scale).leading)
    }

    /// An empty row of `style`'s leading holding only `marks`.
    pub(crate) fn marked_row(&self, style: Style, marks: Vec<Mark>) -> Row {
        let mut row = self.empty_row(style);
        row.marks = marks;
        row
    }

    /// `text` on one line at `x`, not wrapped (a short label beside a mark).
    pub(crate) fn label(&self, x: f32, text: &str, style: Style) -> Run {
        run(x, text.to_owned(), style.scaled(self.scale))
    }

    /// Space in points at this composer's scale.
    fn space(&self, points: f32) -> f32 {
        points * self.scale
    }

    /// `rows` with `space` points (at this scale) above the first.
    pub(crate) fn with_space_before(&self, mut rows: Vec<Row>, space: f32) -> Vec<Row> {
        if let Some(first) = rows.first_mut() {
            first.space_before = self.space(space);
        }
        rows
    }

    /// A block per part, a heading's rows riding in the block of the part after it (with
    /// `after_heading` points between) so a page never ends on a heading. Each part is
    /// `(is_heading, rows)`; a block is never split across pages.
    pub(crate) fn headed_blocks(
        &self,
        parts: impl IntoIterator<Item = (bool, Vec<Row>)>,
        after_heading: f32,
    ) -> Vec<Block> {
        let mut blocks = Vec::new();
        let mut pending: Block = Vec::new();
        for (is_heading, rows) in parts {
            if is_heading {
                pending.extend(rows);
                continue;
            }
            let rows = if pending.is_empty() {
                rows
            } else {
                self.with_space_before(rows, after_heading)
            };
            pending.extend(rows);
            blocks.push(keep_together(std::mem::take(&mut pending)));
        }
        if !pending.is_empty() {
            blocks.push(pending);
        }
        blocks
    }

    /// Width of `text` in a style that is already scaled.
    fn set_width(&self, style: Style, text: &str) -> f32 {
        self.measure.width(style.face, style.size, text)
    }
}

fn run(x: f32, text: String, style: Style) -> Run {
    Run { x, text, style }
}

fn row(runs: Vec<Run>, leading: f32) -> Row {
    let runs = runs.into_iter().filter(|r| !r.text.is_empty()).collect();
    Row {
        space_before: 0.0,
        leading,
        runs,
        marks: Vec::new(),
        fills: Vec::new(),
        keep_with_next: false,
        picture: None,
    }
}

/// Marks `rows` so a page never breaks after any of them, as under a heading.
pub(crate) fn keep_with_following(mut rows: Vec<Row>) -> Vec<Row> {
    for row in &mut rows {
        row.keep_with_next = true;
    }
    rows
}

/// Marks `rows` so a page never breaks between them.
pub(crate) fn keep_together(mut rows: Vec<Row>) -> Vec<Row> {
    let last = rows.len().saturating_sub(1);
    for row in &mut rows[..last] {
        row.keep_with_next = true;
    }
    rows
}

/// Pairs the rows of two columns line by line so each pair shares a baseline.
pub(crate) fn side_by_side(left: Vec<Row>, right: Vec<Row>) -> Vec<Row> {
    let mut rows = Vec::with_capacity(left.len().max(right.len()));
    let (mut left, mut right) = (left.into_iter(), right.into_iter());
    loop {
        match (left.next(), right.next()) {
            (Some(l), Some(r)) => rows.push(l.beside(r)),
            (Some(only), None) | (None, Some(only)) => rows.push(only),
            (None, None) => return rows,
        }
    }
}

/// Test helpers shared by every document's layout tests.
#[cfg(test)]
pub(crate) mod testing {
    use super::{Block, Run};
    use crate::fonts::{Face, TextMeasure};

    /// Every character is half an em wide, in either face.
    pub(crate) struct HalfEm;

    /// The documents' own words in English, as the tests read them.
    pub(crate) fn english() -> convene_i18n::Localizer {
        convene_i18n::Localizer::new(convene_i18n::Lang::En)
    }

    impl TextMeasure for HalfEm {
        fn width(&self, _face: Face, size: f32, text: &str) -> f32 {
            text.chars().count() as f32 * size * 0.5
        }
    }

    /// The right edge of a run under `HalfEm`.
    pub(crate) fn right_edge(run: &Run) -> f32 {
        run.x + HalfEm.width(run.style.face, run.style.size, &run.text)
    }

    /// Every run's text, one per line, in reading order.
    pub(crate) fn all_text(blocks: &[Block]) -> String {
        let runs = blocks.iter().flatten().flat_map(|row| &row.runs);
        runs.map(|r| r.text.as_str()).collect::<Vec<_>>().join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{right_edge, HalfEm};
    use super::*;

    const BODY: Style = style(Face::Regular, 10.0, 14.0, Tone::Ink);
    const COLUMN: Column = Column {
        x: 20.0,
        width: 100.0,
    };

    #[test]
    fn scale_shrinks_type_leading_and_space_together() {
        let composer = Composer::new(&HalfEm, 0.5);
        let rows = composer.paragraph("one two", BODY, COLUMN, 8.0);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].runs[0].style.size, 5.0);
        assert_eq!(rows[0].leading, 7.0);
        assert_eq!(rows[0].space_before, 4.0);
        assert_eq!(composer.width(BODY, "ab"), 5.0);
    }

    #[test]
    fn centred_lines_sit_in_the_middle_of_the_column() {
        let rows = Composer::new(&HalfEm, 1.0).centered("abcd", BODY, COLUMN, 0.0);
        let line = &rows[0].runs[0];
        assert_eq!(line.x, 20.0 + (100.0 - 20.0) / 2.0);
    }

    #[test]
    fn hanging_items_keep_every_line_right_of_the_marker() {
        let composer = Composer::new(&HalfEm, 1.0);
        let text = "word ".repeat(30);
        let rows = composer.hanging("12.", BODY, &text, BODY, COLUMN, 20.0);
        assert!(rows.len() > 2);
        assert_eq!(rows[0].runs[0].text, "12.");
        assert_eq!(rows[0].runs[0].x, 20.0);
        for run in rows.iter().flat_map(|r| &r.runs).skip(1) {
            assert_eq!(run.x, 40.0);
            assert!(right_edge(run) <= 120.0 + 0.01);
        }
    }

    #[test]
    fn label_shares_the_first_line_of_its_text() {
        let composer = Composer::new(&HalfEm, 1.0);
        let rows = composer.labelled(
            "Notes:",
            BODY,
            "a b c d e f g h i j k l m n o p",
            BODY,
            COLUMN,
            4.0,
        );
        assert_eq!(rows[0].runs.len(), 2);
        assert!(rows[0].runs[1].x > rows[0].runs[0].x);
        assert_eq!(rows[1].runs[0].x, COLUMN.x);
        assert_eq!(rows[0].space_before, 4.0);
    }

    #[test]
    fn side_by_side_pairs_rows_and_keeps_the_marks() {
        let composer = Composer::new(&HalfEm, 1.0);
        let mut left = composer.paragraph("left", BODY, COLUMN, 0.0);
        left[0].marks.push(Mark {
            x: 0.0,
            size: 9.0,
            shape: Shape::TickBox,
            target: None,
        });
        let right = composer.paragraph("one\ntwo", BODY, COLUMN.indented(50.0), 0.0);
        let rows = side_by_side(left, right);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].runs.len(), 2);
        assert_eq!(rows[0].marks.len(), 1);
    }

    #[test]
    fn empty_text_gives_no_rows() {
        let composer = Composer::new(&HalfEm, 1.0);
        assert!(composer.paragraph(" ", BODY, COLUMN, 4.0).is_empty());
        assert!(composer
            .hanging("•", BODY, "", BODY, COLUMN, 10.0)
            .is_empty());
    }
}
