//! Turns an agenda into blocks of positioned text rows, before any page exists.
//!
//! Layout decides what is printed for which audience, in which style and
//! column, and where lines wrap. It knows nothing about PDF: a row is a strip
//! of runs with a height, so pagination can treat rows as unbreakable units
//! and the audience rules can be tested with a fake measure.

use crate::fonts::{Face, TextMeasure};
use crate::wrap::wrap;
use crate::{AgendaEntry, AgendaSheet, Audience};

/// Ink colour of a run, resolved to a real colour when drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tone {
    Ink,
    Muted,
    Accent,
}

/// How a run of text looks: face, size and leading in points, and colour.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Style {
    pub face: Face,
    pub size: f32,
    pub leading: f32,
    pub tone: Tone,
}

const fn style(face: Face, size: f32, leading: f32, tone: Tone) -> Style {
    Style {
        face,
        size,
        leading,
        tone,
    }
}

const BANNER: Style = style(Face::Bold, 11.0, 16.0, Tone::Accent);
const COMMUNITY: Style = style(Face::Regular, 10.5, 15.0, Tone::Muted);
const TITLE: Style = style(Face::Bold, 20.0, 25.0, Tone::Ink);
const SUBTITLE: Style = style(Face::Regular, 12.0, 16.0, Tone::Ink);
const TIME: Style = style(Face::Regular, 10.5, 16.0, Tone::Ink);
const ITEM_TITLE: Style = style(Face::Bold, 12.5, 16.0, Tone::Ink);
const META: Style = style(Face::Regular, 10.5, 14.0, Tone::Muted);
const BODY: Style = style(Face::Regular, 10.5, 14.0, Tone::Ink);
const LABEL: Style = style(Face::Bold, 10.5, 14.0, Tone::Ink);
const FACILITATOR_LABEL: Style = style(Face::Bold, 10.5, 14.0, Tone::Accent);
/// Footer and running head: page furniture, smaller than body text.
pub(crate) const FURNITURE: Style = style(Face::Regular, 9.0, 12.0, Tone::Muted);

/// Space between two blocks on a page; the separating rule sits in its middle.
pub(crate) const BLOCK_GAP: f32 = 18.0;
/// Space above a paragraph that follows another inside an item.
const PARAGRAPH_SPACE: f32 = 4.0;

/// Line printed above the facilitator copy so it is never mistaken for the handout.
pub(crate) const FACILITATOR_BANNER: &str = "Facilitator agenda — not for handout";

/// One string set in one style, `x` points from the left margin.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Run {
    pub x: f32,
    pub text: String,
    pub style: Style,
}

/// A horizontal strip of runs sharing one baseline; pages break between rows.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Row {
    pub space_before: f32,
    pub leading: f32,
    pub runs: Vec<Run>,
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
        self
    }
}

/// A header or one agenda item: rows kept together on a page when possible.
pub(crate) type Block = Vec<Row>;

/// Horizontal geometry of the content area, in points from the left margin.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Columns {
    pub full: f32,
    pub time: f32,
    pub body_x: f32,
    pub body: f32,
}

impl Columns {
    pub(crate) fn new(content_width: f32) -> Columns {
        let time = 104.0;
        let body_x = time + 14.0;
        Columns {
            full: content_width,
            time,
            body_x,
            body: content_width - body_x,
        }
    }
}

/// Wraps text and places it in a column; shared by every kind of block.
struct Composer<'a, M: TextMeasure> {
    measure: &'a M,
}

impl<M: TextMeasure> Composer<'_, M> {
    /// One row per wrapped line of `text` in `style`, starting at `x`.
    fn paragraph(&self, text: &str, style: Style, x: f32, width: f32, space: f32) -> Vec<Row> {
        let lines = wrap(text, width, 0.0, |s| self.width(style, s));
        let mut rows: Vec<Row> = lines
            .into_iter()
            .map(|line| row(vec![run(x, line, style)], style.leading))
            .collect();
        if let Some(first) = rows.first_mut() {
            first.space_before = space;
        }
        rows
    }

    /// Like `paragraph`, with `label` (e.g. "Notes:") in `label_style` before the first line.
    fn labelled(
        &self,
        label: &str,
        label_style: Style,
        text: &str,
        x: f32,
        width: f32,
    ) -> Vec<Row> {
        let indent = self.width(label_style, label) + self.width(BODY, " ");
        let lines = wrap(text, width, indent, |s| self.width(BODY, s));
        let mut rows = Vec::with_capacity(lines.len());
        for (index, line) in lines.into_iter().enumerate() {
            let mut runs = Vec::with_capacity(2);
            if index == 0 {
                runs.push(run(x, label.to_owned(), label_style));
            }
            let line_x = if index == 0 { x + indent } else { x };
            runs.push(run(line_x, line, BODY));
            rows.push(row(runs, BODY.leading));
        }
        if let Some(first) = rows.first_mut() {
            first.space_before = PARAGRAPH_SPACE;
        }
        rows
    }

    fn width(&self, style: Style, text: &str) -> f32 {
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
    }
}

/// The header block followed by one block per item (or a note that there are none).
pub(crate) fn agenda_blocks(
    sheet: &AgendaSheet,
    audience: Audience,
    columns: Columns,
    measure: &impl TextMeasure,
) -> Vec<Block> {
    let composer = Composer { measure };
    let mut blocks = vec![header(&composer, sheet, audience, columns)];
    blocks.extend(
        sheet
            .items
            .iter()
            .map(|entry| item(&composer, entry, audience, columns)),
    );
    if sheet.items.is_empty() {
        let note = "No agenda items yet.";
        blocks.push(composer.paragraph(note, META, 0.0, columns.full, 0.0));
    }
    blocks
}

fn header<M: TextMeasure>(
    c: &Composer<M>,
    sheet: &AgendaSheet,
    audience: Audience,
    cols: Columns,
) -> Block {
    let mut rows = Vec::new();
    if audience == Audience::Facilitator {
        rows.extend(c.paragraph(FACILITATOR_BANNER, BANNER, 0.0, cols.full, 0.0));
    }
    rows.extend(c.paragraph(&sheet.community, COMMUNITY, 0.0, cols.full, 0.0));
    rows.extend(c.paragraph(&sheet.title, TITLE, 0.0, cols.full, 2.0));
    rows.extend(c.paragraph(&sheet.series, SUBTITLE, 0.0, cols.full, 2.0));
    rows.extend(c.paragraph(&sheet.when, SUBTITLE, 0.0, cols.full, 4.0));
    rows.extend(c.paragraph(&sheet.location, SUBTITLE, 0.0, cols.full, 0.0));
    rows
}

fn item<M: TextMeasure>(
    c: &Composer<M>,
    entry: &AgendaEntry,
    audience: Audience,
    cols: Columns,
) -> Block {
    let left = c.paragraph(&time_range(entry), TIME, 0.0, cols.time, 0.0);
    let (x, width) = (cols.body_x, cols.body);
    let mut right = c.paragraph(&entry.title, ITEM_TITLE, x, width, 0.0);
    if audience == Audience::Facilitator {
        right.extend(c.paragraph(&kind_and_minutes(entry), META, x, width, 0.0));
    }
    right.extend(c.paragraph(&entry.description, BODY, x, width, PARAGRAPH_SPACE));
    right.extend(c.labelled("Presenter:", LABEL, &entry.presenter, x, width));
    if audience == Audience::Facilitator {
        right.extend(c.labelled("Notes:", FACILITATOR_LABEL, &entry.notes, x, width));
        right.extend(c.labelled("Materials:", FACILITATOR_LABEL, &entry.materials, x, width));
    }
    side_by_side(left, right)
}

/// "9:00 AM – 9:15 AM", or whichever end is known.
fn time_range(entry: &AgendaEntry) -> String {
    match (entry.start.trim(), entry.end.trim()) {
        ("", end) => end.to_owned(),
        (start, "") => start.to_owned(),
        (start, end) => format!("{start} – {end}"),
    }
}

/// "Teambuilding · 35 min", dropping whichever part is missing.
fn kind_and_minutes(entry: &AgendaEntry) -> String {
    let minutes = (entry.minutes > 0).then(|| format!("{} min", entry.minutes));
    let kind = Some(entry.kind.trim()).filter(|k| !k.is_empty());
    let parts: Vec<String> = kind.map(str::to_owned).into_iter().chain(minutes).collect();
    parts.join(" · ")
}

/// Pairs the rows of two columns line by line so each pair shares a baseline.
fn side_by_side(left: Vec<Row>, right: Vec<Row>) -> Vec<Row> {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character is half an em wide, in either face.
    struct HalfEm;

    impl TextMeasure for HalfEm {
        fn width(&self, _face: Face, size: f32, text: &str) -> f32 {
            text.chars().count() as f32 * size * 0.5
        }
    }

    fn entry(title: &str) -> AgendaEntry {
        AgendaEntry {
            start: "9:00 AM".into(),
            end: "9:35 AM".into(),
            title: title.into(),
            kind: "Teambuilding".into(),
            minutes: 35,
            presenter: "Íñigo Peña".into(),
            description: "Pairs share one win.\nThen the group debriefs.".into(),
            notes: "SECRET-NOTES keep it moving".into(),
            materials: "SECRET-MATERIALS sticky notes".into(),
        }
    }

    fn sheet(items: Vec<AgendaEntry>) -> AgendaSheet {
        AgendaSheet {
            community: "Site Coordinator CoP — Example Region".into(),
            title: "Fall kickoff".into(),
            series: "Year 1 · Meeting 2".into(),
            when: "Saturday, September 12, 2026 · 9:00 AM – 1:30 PM".into(),
            location: String::new(),
            items,
        }
    }

    fn all_text(blocks: &[Block]) -> String {
        let runs = blocks.iter().flatten().flat_map(|row| &row.runs);
        runs.map(|r| r.text.as_str()).collect::<Vec<_>>().join("\n")
    }

    fn layout(audience: Audience) -> Vec<Block> {
        let sheet = sheet(vec![entry("Warm-up"), entry("Niños, año, Peña")]);
        agenda_blocks(&sheet, audience, Columns::new(500.0), &HalfEm)
    }

    #[test]
    fn participant_copy_never_shows_facilitator_fields() {
        let text = all_text(&layout(Audience::Participant));
        for hidden in [
            "SECRET",
            "Notes:",
            "Materials:",
            "35 min",
            FACILITATOR_BANNER,
        ] {
            assert!(!text.contains(hidden), "participant copy shows {hidden:?}");
        }
        for shown in [
            "9:00 AM – 9:35 AM",
            "Niños, año, Peña",
            "Presenter:",
            "Íñigo Peña",
        ] {
            assert!(text.contains(shown), "participant copy lacks {shown:?}");
        }
    }

    #[test]
    fn facilitator_copy_adds_kind_notes_and_materials() {
        let blocks = layout(Audience::Facilitator);
        let text = all_text(&blocks);
        for shown in [
            FACILITATOR_BANNER,
            "Teambuilding · 35 min",
            "Notes:",
            "SECRET-NOTES keep it moving",
            "Materials:",
            "SECRET-MATERIALS sticky notes",
        ] {
            assert!(text.contains(shown), "facilitator copy lacks {shown:?}");
        }
        assert_eq!(blocks.len(), 3, "header plus one block per item");
    }

    #[test]
    fn time_sits_left_and_title_right_on_the_first_row() {
        let blocks = layout(Audience::Participant);
        let first = &blocks[1][0];
        assert_eq!(first.runs[0].text, "9:00 AM – 9:35 AM");
        assert_eq!(first.runs[0].x, 0.0);
        assert_eq!(first.runs[1].text, "Warm-up");
        assert!(first.runs[1].x >= Columns::new(500.0).body_x);
    }

    #[test]
    fn every_run_stays_inside_its_column() {
        let long = "word ".repeat(200);
        let mut item = entry("A title that is long enough to wrap onto a second line here");
        item.description = long;
        let cols = Columns::new(400.0);
        let blocks = agenda_blocks(&sheet(vec![item]), Audience::Facilitator, cols, &HalfEm);
        let header = blocks[0].iter().flat_map(|r| &r.runs);
        for run in header {
            assert!(run.x + HalfEm.width(run.style.face, run.style.size, &run.text) <= cols.full);
        }
        for run in blocks[1..].iter().flatten().flat_map(|r| &r.runs) {
            let right = run.x + HalfEm.width(run.style.face, run.style.size, &run.text);
            let limit = if run.x < cols.body_x {
                cols.time
            } else {
                cols.full
            };
            assert!(right <= limit + 0.01, "{:?} overflows to {right}", run.text);
        }
    }

    #[test]
    fn label_shares_the_first_line_of_its_text() {
        let blocks = layout(Audience::Facilitator);
        let notes = blocks[1]
            .iter()
            .find(|row| row.runs.iter().any(|r| r.text == "Notes:"))
            .expect("a notes row");
        assert_eq!(notes.runs.len(), 2);
        assert!(notes.runs[1].x > notes.runs[0].x);
    }

    #[test]
    fn missing_parts_are_left_out() {
        let mut bare = entry("Lunch");
        bare.kind.clear();
        bare.end.clear();
        bare.presenter.clear();
        assert_eq!(kind_and_minutes(&bare), "35 min");
        assert_eq!(time_range(&bare), "9:00 AM");
        bare.minutes = 0;
        assert_eq!(kind_and_minutes(&bare), "");
        let empty = agenda_blocks(
            &sheet(Vec::new()),
            Audience::Participant,
            Columns::new(300.0),
            &HalfEm,
        );
        assert!(all_text(&empty).contains("No agenda items yet."));
    }
}
