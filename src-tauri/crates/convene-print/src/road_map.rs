//! A member's road map: their development plan on one page to hand them at a meeting
//! (goals with the standard each serves, steps with dates, support and evidence) with
//! their attendance and latest check-ins. Set smaller, within reason, to stay one page.

use convene_i18n::{msg, Localizer};

use crate::fonts::{Face, TextMeasure};
use crate::layout::{keep_with_following, style, Block, Column, Composer, Style, Tone};
use crate::recipe::{self, Document, Fit, Flow, Fold, Orientation, PageNumbers, Setup};
use crate::{Paper, PrintError, PrintInfo};

/// A road map, already formatted for print.
#[derive(Debug, Clone)]
pub struct RoadMapSheet {
    pub name: String,
    /// "Site Coordinator · Oak Elementary"; may be empty.
    pub affiliation: String,
    pub community: String,
    /// "Attended 4 of the 5 meetings where attendance was taken."
    pub attendance: String,
    pub goals: Vec<RoadMapGoal>,
    /// The latest check-ins, one line each, newest first.
    pub checkins: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct RoadMapGoal {
    pub goal: String,
    /// "Active · Youth Voice and Leadership".
    pub status: String,
    pub why: String,
    /// One line per step, its date and whether it is done already written in.
    pub steps: Vec<String>,
    pub support: String,
    pub evidence: String,
}

pub fn road_map_pdf(
    sheet: &RoadMapSheet,
    paper: Paper,
    info: &PrintInfo,
) -> Result<Vec<u8>, PrintError> {
    recipe::render(sheet, paper, info)
}

const TITLE: Style = style(Face::Bold, 20.0, 25.0, Tone::Ink);
const NAME: Style = style(Face::Bold, 15.0, 20.0, Tone::Ink);
const SUBTITLE: Style = style(Face::Regular, 10.5, 14.0, Tone::Muted);
const GOAL: Style = style(Face::Bold, 12.5, 16.5, Tone::Ink);
const HEAD: Style = style(Face::Bold, 10.0, 14.0, Tone::Accent);
const BODY: Style = style(Face::Regular, 10.0, 13.5, Tone::Ink);
const LABEL: Style = style(Face::Bold, 10.0, 13.5, Tone::Ink);
const MUTED: Style = style(Face::Regular, 9.5, 12.5, Tone::Muted);
const BULLET: &str = "•";
const HANG: f32 = 12.0;

impl Document for RoadMapSheet {
    const SETUP: Setup = Setup {
        orientation: Orientation::Portrait,
        fold: Fold::Flat,
        fit: Fit::ShrinkTo(0.8),
        flow: Flow {
            gap: 10.0,
            rules: true,
            mark_continued: false,
            page_numbers: PageNumbers::WhenSeveral,
            page_per_block: false,
        },
        scannable: false,
    };

    fn title(&self, l: Localizer) -> String {
        l.message(&msg!("print-road-map-title", name = self.name.clone()))
    }

    /// The header, a block per goal, then the latest check-ins.
    fn blocks<M: TextMeasure>(&self, c: &Composer<M>, width: f32, l: Localizer) -> Vec<Block> {
        let full = Column::full(width);
        let mut header = c.paragraph(&l.text("print-road-map-heading"), TITLE, full, 0.0);
        header.extend(c.paragraph(&self.name, NAME, full, 4.0));
        header.extend(c.paragraph(&self.affiliation, SUBTITLE, full, 2.0));
        header.extend(c.paragraph(&self.community, SUBTITLE, full, 2.0));
        header.extend(c.paragraph(&self.attendance, BODY, full, 6.0));
        let mut blocks = vec![header];
        blocks.extend(self.goals.iter().map(|goal| goal_block(c, goal, full, l)));
        if self.goals.is_empty() {
            blocks.push(c.paragraph(&l.text("print-road-map-no-goals"), BODY, full, 0.0));
        }
        if !self.checkins.is_empty() {
            let mut checkins = keep_with_following(c.paragraph(
                &l.text("print-road-map-checkins"),
                HEAD,
                full,
                0.0,
            ));
            for line in &self.checkins {
                checkins.extend(c.hanging(BULLET, BODY, line, BODY, full, HANG));
            }
            blocks.push(checkins);
        }
        blocks
    }
}

fn goal_block<M: TextMeasure>(
    c: &Composer<M>,
    goal: &RoadMapGoal,
    full: Column,
    l: Localizer,
) -> Block {
    let mut rows = keep_with_following(c.paragraph(&goal.goal, GOAL, full, 0.0));
    rows.extend(c.paragraph(&goal.status, MUTED, full, 1.0));
    let labelled = |id: &str, text: &str| c.labelled(&l.text(id), LABEL, text, BODY, full, 4.0);
    if !goal.why.is_empty() {
        rows.extend(labelled("print-road-map-why", &goal.why));
    }
    if !goal.steps.is_empty() {
        rows.extend(keep_with_following(c.paragraph(
            &l.text("print-road-map-steps"),
            LABEL,
            full,
            4.0,
        )));
        for step in &goal.steps {
            rows.extend(c.hanging(BULLET, BODY, step, BODY, full, HANG));
        }
    }
    if !goal.support.is_empty() {
        rows.extend(labelled("print-road-map-support", &goal.support));
    }
    if !goal.evidence.is_empty() {
        rows.extend(labelled("print-road-map-evidence", &goal.evidence));
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testing::{all_text, english, HalfEm};

    #[test]
    fn each_goal_is_one_block_with_its_steps_under_it() {
        let sheet = RoadMapSheet {
            name: "Ana Ruiz".into(),
            affiliation: "Oak Elementary".into(),
            community: "Site Coordinator CoP".into(),
            attendance: "Attended 2 of the 2 meetings where attendance was taken.".into(),
            goals: vec![RoadMapGoal {
                goal: "Start a youth council".into(),
                status: "Active · Youth Voice and Leadership".into(),
                why: "Families ask for it.".into(),
                steps: vec!["Survey the youth (by October 30, 2026)".into()],
                support: String::new(),
                evidence: String::new(),
            }],
            checkins: vec!["November 20, 2026 · Ben: Twelve students signed up.".into()],
        };
        let blocks = sheet.blocks(&Composer::new(&HalfEm, 1.0), 500.0, english());
        assert_eq!(blocks.len(), 3);
        let goal = all_text(&blocks[1..2]);
        assert!(goal.contains("Start a youth council") && goal.contains("Survey the youth"));
        assert!(!goal.contains("Support"), "empty parts print nothing");
        assert!(all_text(&blocks[2..]).contains("Twelve students"));
    }
}
