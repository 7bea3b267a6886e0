//! The meeting agenda, printed as a participant handout or a facilitator copy.
//!
//! Facilitators print a meeting's agenda twice: a handout for participants and
//! a fuller copy for themselves. Both share one layout; the audience decides
//! which fields appear, so the handout can never leak facilitator notes.

use crate::fonts::{Face, TextMeasure};
use crate::layout::{side_by_side, style, Block, Column, Composer, Style, Tone};
use crate::recipe::{self, Document, Fit, Flow, Fold, Orientation, PageNumbers, Setup};
use crate::{Paper, PrintError, PrintInfo};
use convene_i18n::{msg, Localizer};

/// Who the printed copy is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// The handout: never shows notes, materials or timings meant for the facilitator.
    Participant,
    /// The facilitator's copy: adds kind, minutes, notes and materials per item.
    Facilitator,
}

/// Plain view model of one meeting's agenda, already formatted for print.
#[derive(Debug, Clone)]
pub struct AgendaSheet {
    /// e.g. "Site Coordinator CoP — Example Region".
    pub community: String,
    /// The meeting title.
    pub title: String,
    /// e.g. "Year 1 · Meeting 2" (may be empty).
    pub series: String,
    /// e.g. "Saturday, September 12, 2026 · 9:00 AM – 1:30 PM".
    pub when: String,
    /// May be empty.
    pub location: String,
    pub items: Vec<AgendaEntry>,
}

/// One agenda item, already formatted for print.
#[derive(Debug, Clone)]
pub struct AgendaEntry {
    /// e.g. "9:00 AM".
    pub start: String,
    /// e.g. "9:15 AM".
    pub end: String,
    pub title: String,
    /// A label such as "Teambuilding".
    pub kind: String,
    pub minutes: u32,
    /// May be empty.
    pub presenter: String,
    /// Participant-facing; may be long and may contain newlines.
    pub description: String,
    /// Facilitator-only notes; may be long.
    pub notes: String,
    /// Facilitator-only.
    pub materials: String,
}

/// Renders a meeting's agenda as a PDF for `audience` on `paper`.
pub fn agenda_pdf(
    sheet: &AgendaSheet,
    audience: Audience,
    paper: Paper,
    info: &PrintInfo,
) -> Result<Vec<u8>, PrintError> {
    recipe::render(&Agenda { sheet, audience }, paper, info)
}

/// One audience's copy of the agenda.
struct Agenda<'a> {
    sheet: &'a AgendaSheet,
    audience: Audience,
}

impl Document for Agenda<'_> {
    const SETUP: Setup = Setup {
        orientation: Orientation::Portrait,
        fold: Fold::Flat,
        fit: Fit::RunOn,
        flow: Flow {
            gap: BLOCK_GAP,
            rules: true,
            mark_continued: true,
            page_numbers: PageNumbers::Always,
            page_per_block: false,
        },
        scannable: false,
    };

    fn title(&self, _: Localizer) -> String {
        self.sheet.title.clone()
    }

    /// Says which copy a loose page belongs to, as the first page's banner does.
    fn running_head(&self, l: Localizer) -> String {
        let title = self.sheet.title.as_str();
        match self.audience {
            Audience::Participant => l.message(&msg!("print-continued", title = title)),
            Audience::Facilitator => {
                l.message(&msg!("print-agenda-facilitator-continued", title = title))
            }
        }
    }

    /// The header block followed by one block per item (or a note that there are none).
    fn blocks<M: TextMeasure>(&self, c: &Composer<M>, width: f32, l: Localizer) -> Vec<Block> {
        let (sheet, audience) = (self.sheet, self.audience);
        let columns = Columns::new(width);
        let mut blocks = vec![header(c, sheet, audience, columns, l)];
        blocks.extend(
            sheet
                .items
                .iter()
                .map(|entry| item(c, entry, audience, columns, l)),
        );
        if sheet.items.is_empty() {
            let note = l.text("print-agenda-empty");
            blocks.push(c.paragraph(&note, META, columns.full, 0.0));
        }
        blocks
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

/// Space between two blocks on a page; the separating rule sits in its middle.
const BLOCK_GAP: f32 = 18.0;
/// Space above a paragraph that follows another inside an item.
const PARAGRAPH_SPACE: f32 = 4.0;

/// The agenda's columns: times on the left, everything else on the right.
#[derive(Debug, Clone, Copy)]
struct Columns {
    full: Column,
    time: Column,
    body: Column,
}

impl Columns {
    fn new(content_width: f32) -> Columns {
        let full = Column::full(content_width);
        let time = Column::full(104.0);
        Columns {
            full,
            time,
            body: full.indented(time.width + 14.0),
        }
    }
}

fn header<M: TextMeasure>(
    c: &Composer<M>,
    sheet: &AgendaSheet,
    audience: Audience,
    cols: Columns,
    l: Localizer,
) -> Block {
    let mut rows = Vec::new();
    if audience == Audience::Facilitator {
        // Printed above the facilitator copy so it is never mistaken for the handout.
        let banner = l.text("print-agenda-facilitator-banner");
        rows.extend(c.paragraph(&banner, BANNER, cols.full, 0.0));
    }
    rows.extend(c.paragraph(&sheet.community, COMMUNITY, cols.full, 0.0));
    rows.extend(c.paragraph(&sheet.title, TITLE, cols.full, 2.0));
    rows.extend(c.paragraph(&sheet.series, SUBTITLE, cols.full, 2.0));
    rows.extend(c.paragraph(&sheet.when, SUBTITLE, cols.full, 4.0));
    rows.extend(c.paragraph(&sheet.location, SUBTITLE, cols.full, 0.0));
    rows
}

fn item<M: TextMeasure>(
    c: &Composer<M>,
    entry: &AgendaEntry,
    audience: Audience,
    cols: Columns,
    l: Localizer,
) -> Block {
    let left = c.paragraph(&time_range(entry), TIME, cols.time, 0.0);
    let body = cols.body;
    let mut right = c.paragraph(&entry.title, ITEM_TITLE, body, 0.0);
    if audience == Audience::Facilitator {
        right.extend(c.paragraph(&kind_and_minutes(entry, l), META, body, 0.0));
    }
    right.extend(c.paragraph(&entry.description, BODY, body, PARAGRAPH_SPACE));
    let labelled =
        |id, style, text| c.labelled(&l.text(id), style, text, BODY, body, PARAGRAPH_SPACE);
    right.extend(labelled("print-agenda-presenter", LABEL, &entry.presenter));
    if audience == Audience::Facilitator {
        right.extend(labelled(
            "print-agenda-notes",
            FACILITATOR_LABEL,
            &entry.notes,
        ));
        right.extend(labelled(
            "print-agenda-materials",
            FACILITATOR_LABEL,
            &entry.materials,
        ));
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
fn kind_and_minutes(entry: &AgendaEntry, l: Localizer) -> String {
    let minutes =
        (entry.minutes > 0).then(|| l.message(&msg!("print-minutes", minutes = entry.minutes)));
    let kind = Some(entry.kind.trim()).filter(|k| !k.is_empty());
    let parts: Vec<String> = kind.map(str::to_owned).into_iter().chain(minutes).collect();
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testing::{all_text, english, right_edge, HalfEm};

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

    /// The blocks of `sheet`'s copy for `audience`, `width` points wide, at full size.
    fn agenda_blocks(sheet: &AgendaSheet, audience: Audience, width: f32) -> Vec<Block> {
        Agenda { sheet, audience }.blocks(&Composer::new(&HalfEm, 1.0), width, english())
    }

    fn layout(audience: Audience) -> Vec<Block> {
        let sheet = sheet(vec![entry("Warm-up"), entry("Niños, año, Peña")]);
        agenda_blocks(&sheet, audience, 500.0)
    }

    #[test]
    fn participant_copy_never_shows_facilitator_fields() {
        let text = all_text(&layout(Audience::Participant));
        for hidden in [
            "SECRET",
            "Notes:",
            "Materials:",
            "35 min",
            "Facilitator agenda — not for handout",
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
            "Facilitator agenda — not for handout",
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
        assert!(first.runs[1].x >= Columns::new(500.0).body.x);
    }

    #[test]
    fn every_run_stays_inside_its_column() {
        let long = "word ".repeat(200);
        let mut item = entry("A title that is long enough to wrap onto a second line here");
        item.description = long;
        let cols = Columns::new(400.0);
        let blocks = agenda_blocks(&sheet(vec![item]), Audience::Facilitator, cols.full.width);
        for run in blocks[0].iter().flat_map(|r| &r.runs) {
            assert!(right_edge(run) <= cols.full.width);
        }
        for run in blocks[1..].iter().flatten().flat_map(|r| &r.runs) {
            let right = right_edge(run);
            let limit = if run.x < cols.body.x {
                cols.time.width
            } else {
                cols.full.width
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
        assert_eq!(kind_and_minutes(&bare, english()), "35 min");
        assert_eq!(time_range(&bare), "9:00 AM");
        bare.minutes = 0;
        assert_eq!(kind_and_minutes(&bare, english()), "");
        let empty = agenda_blocks(&sheet(Vec::new()), Audience::Participant, 300.0);
        assert!(all_text(&empty).contains("No agenda items yet."));
    }
}
