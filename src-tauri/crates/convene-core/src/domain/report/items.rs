//! One question's figures, from the entered sheets of its form: what each kind of
//! question is reported as, and the sentence a funder reads for it.

use std::collections::HashMap;

use convene_i18n::{msg, Localizer, Message};
use serde::Serialize;
use ts_rs::TS;

use super::figures::{
    change, distribution, several, Answered, Change, Distribution, MissingCounts, Share,
};
use crate::domain::forms::answers::{choices, point_words, AnswerValue};
use crate::domain::forms::{AgreementScale, FormItem, FormItemKind};

/// One entered sheet: its serial and what was typed from it (the first entry, which
/// holds the paper's answer wherever a double entry was settled).
pub struct EnteredSheet {
    pub id: String,
    pub serial: String,
    /// Printed on a sheet made for one member.
    pub participant_code: Option<String>,
    pub answers: HashMap<String, AnswerValue>,
    /// The scan's pictures of answers kept as pictures, by field (PNG, base64).
    pub pictures: HashMap<String, String>,
}

/// A written answer as the report shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Comment {
    pub serial: String,
    pub field: String,
    /// What was typed; empty when the answer was kept as a picture.
    pub text: String,
    /// The scan's picture of handwriting that was not typed (PNG, base64).
    pub picture_png: Option<String>,
    /// Quoted in the report.
    pub starred: bool,
    /// Left out of the report (still in the data).
    pub hidden: bool,
}

/// What a question is reported as.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Figures {
    /// A before/now rating: both spreads and the paired change.
    Rating {
        points: Vec<String>,
        before: Distribution,
        now: Distribution,
        change: Box<Change>,
    },
    /// One mark: an agreement scale, yes / no, or one of several options.
    Marked {
        options: Vec<String>,
        distribution: Distribution,
        /// Agreed (either agree point) or answered yes, of the valid answers.
        positive: Option<Share>,
        /// The top point of a four- or five-point agreement scale.
        strongly: Option<Share>,
    },
    /// Any number of options marked: each option's share of those who answered.
    Several {
        options: Vec<String>,
        shares: Vec<Share>,
        missing: MissingCounts,
    },
    /// Written answers, every one.
    Written {
        comments: Vec<Comment>,
        missing: MissingCounts,
    },
}

/// One question of a form with its figures.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ItemReport {
    pub item_id: String,
    /// The facilitator's (or the shipped template's) key matching it across forms.
    pub key: String,
    /// The question's number on the sheet.
    pub number: u32,
    pub text: String,
    pub kind: FormItemKind,
    pub figures: Figures,
    /// The figure a funder reads, as a sentence to copy.
    pub headline: Option<String>,
}

fn answered<'a>(sheets: &'a [EnteredSheet], field: &str) -> Vec<Answered<'a>> {
    sheets
        .iter()
        .map(|sheet| Answered {
            serial: &sheet.serial,
            value: sheet.answers.get(field),
        })
        .collect()
}

/// The serials of the sheets that marked any of `points` (from 1).
fn marked(distribution: &Distribution, points: &[usize]) -> Share {
    let sheets = points
        .iter()
        .filter_map(|p| distribution.sheets.get(p - 1))
        .flatten()
        .cloned()
        .collect();
    Share::new(sheets, distribution.valid)
}

/// Which points agree and which agree strongly, on an agreement or yes/no question.
pub(super) fn positive_points(item: &FormItem) -> (Vec<usize>, Vec<usize>) {
    match (item.kind, item.agreement_scale) {
        (FormItemKind::YesNo, _) => (vec![1], vec![]),
        (FormItemKind::Agreement, Some(AgreementScale::Four)) => (vec![3, 4], vec![4]),
        (FormItemKind::Agreement, Some(AgreementScale::Five)) => (vec![4, 5], vec![5]),
        (FormItemKind::Agreement, _) => (vec![2], vec![]),
        _ => (vec![], vec![]),
    }
}

fn figures_of(
    item: &FormItem,
    sheets: &[EnteredSheet],
    flags: &HashMap<(String, String), (bool, bool)>,
    sheet_words: &Localizer,
) -> Option<Figures> {
    let options = point_words(item, sheet_words);
    let points = choices(item).unwrap_or(0);
    Some(match item.kind {
        FormItemKind::Retrospective => {
            let before = answered(sheets, &format!("{}:before", item.id));
            let now = answered(sheets, &format!("{}:now", item.id));
            Figures::Rating {
                points: options,
                before: distribution(&before, points),
                now: distribution(&now, points),
                change: Box::new(change(&before, &now, points)),
            }
        }
        FormItemKind::Agreement | FormItemKind::YesNo | FormItemKind::SingleChoice => {
            let distribution = distribution(&answered(sheets, &item.id), points);
            let (agree, strongly) = positive_points(item);
            Figures::Marked {
                positive: (!agree.is_empty()).then(|| marked(&distribution, &agree)),
                strongly: (!strongly.is_empty()).then(|| marked(&distribution, &strongly)),
                options,
                distribution,
            }
        }
        FormItemKind::MultipleChoice => {
            let (shares, missing) = several(&answered(sheets, &item.id), points);
            Figures::Several {
                options,
                shares,
                missing,
            }
        }
        FormItemKind::ShortText | FormItemKind::Comment => written(item, sheets, flags),
        _ => return None,
    })
}

fn written(
    item: &FormItem,
    sheets: &[EnteredSheet],
    flags: &HashMap<(String, String), (bool, bool)>,
) -> Figures {
    let mut missing = MissingCounts::default();
    let mut comments = Vec::new();
    for sheet in sheets {
        let (text, picture_png) = match sheet.answers.get(&item.id) {
            Some(AnswerValue::Text { text }) => (text.clone(), None),
            Some(AnswerValue::Picture) => (String::new(), sheet.pictures.get(&item.id).cloned()),
            other => {
                missing.add(other);
                continue;
            }
        };
        let key = (sheet.id.clone(), item.id.clone());
        let (starred, hidden) = flags.get(&key).copied().unwrap_or_default();
        comments.push(Comment {
            serial: sheet.serial.clone(),
            field: item.id.clone(),
            text,
            picture_png,
            starred,
            hidden,
        });
    }
    Figures::Written { comments, missing }
}

/// The sentence for a question's headline figure, when it has one.
fn headline(item: &FormItem, figures: &Figures, l: &Localizer) -> Option<String> {
    let statement = item.text.trim();
    let sentence = |id: &str, share: &Share| -> Option<String> {
        let percent = share.percent?;
        let (count, of) = (share.count, share.of);
        let message: Message = match id {
            "increased" => msg!(
                "report-headline-increased",
                percent = percent,
                count = count,
                of = of,
                statement = statement
            ),
            "yes" => msg!(
                "report-headline-yes",
                percent = percent,
                count = count,
                of = of,
                statement = statement
            ),
            _ => msg!(
                "report-headline-agreed",
                percent = percent,
                count = count,
                of = of,
                statement = statement
            ),
        };
        Some(l.message(&message))
    };
    match figures {
        Figures::Rating { change, .. } => sentence("increased", &change.increased),
        Figures::Marked {
            positive: Some(share),
            ..
        } if item.kind == FormItemKind::YesNo => sentence("yes", share),
        Figures::Marked {
            positive: Some(share),
            ..
        } => sentence("agreed", share),
        _ => None,
    }
}

/// Every question of `items` with its figures, numbered as the sheet numbers them.
pub(super) fn item_reports(
    items: &[FormItem],
    sheets: &[EnteredSheet],
    flags: &HashMap<(String, String), (bool, bool)>,
    (sheet_words, reader): (&Localizer, &Localizer),
) -> Vec<ItemReport> {
    let mut number = 0;
    let mut reports = Vec::new();
    for item in items.iter().filter(|i| i.kind.is_question()) {
        if item.kind != FormItemKind::ParticipantCode {
            number += 1;
        }
        let Some(figures) = figures_of(item, sheets, flags, sheet_words) else {
            continue;
        };
        reports.push(ItemReport {
            item_id: item.id.clone(),
            key: item.key.clone(),
            number,
            text: item.text.clone(),
            kind: item.kind,
            headline: headline(item, &figures, reader),
            figures,
        });
    }
    reports
}
