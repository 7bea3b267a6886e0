//! What can be typed from a paper sheet: for each field (a question, or one half of a
//! before/now rating) a scale point, several points, a text, or a code for what the
//! paper really shows instead of an answer. Each value is checked against its question.

use convene_i18n::{msg, Localizer, Message};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::model::{AgreementScale, FormItem, FormItemKind};

/// What the paper shows instead of an answer; never counted as an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum MissingCode {
    Blank,
    /// More than one circle filled where one was asked for.
    Multiple,
    Illegible,
    NotApplicable,
}

/// One field's value as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "camelCase", deny_unknown_fields)]
pub enum AnswerValue {
    /// The scale point or option marked, from 1.
    Point {
        point: u8,
    },
    /// The options marked on a multiple-choice question, from 1.
    Points {
        points: Vec<u8>,
    },
    Text {
        text: String,
    },
    /// Written on the paper and kept as the scan's picture of it, not typed.
    Picture,
    Missing {
        code: MissingCode,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FieldAnswer {
    /// The item's id, with `:before` or `:now` for a half of a before/now rating.
    pub field: String,
    pub value: AnswerValue,
}

/// A field of a form: what is typed in one step of keyed entry.
pub struct Field<'a> {
    pub id: String,
    pub item: &'a FormItem,
    /// The question's number on the sheet.
    pub number: u32,
    /// `before` or `now` for a half of a before/now rating.
    pub half: Option<&'static str>,
}

/// The fields of a form's items, in the order they are typed. A printed participant
/// code is not one: nothing is written for it, the sheet itself carries it.
pub fn fields(items: &[FormItem]) -> Vec<Field<'_>> {
    let mut number = 0;
    let mut fields = Vec::new();
    for item in items {
        match item.kind {
            FormItemKind::Heading | FormItemKind::Instructions => continue,
            FormItemKind::ParticipantCode if item.printed => continue,
            FormItemKind::ParticipantCode => {}
            _ => number += 1,
        }
        let halves: &[Option<&'static str>] = if item.kind == FormItemKind::Retrospective {
            &[Some("before"), Some("now")]
        } else {
            &[None]
        };
        for half in halves {
            let id = match half {
                Some(half) => format!("{}:{half}", item.id),
                None => item.id.clone(),
            };
            fields.push(Field {
                id,
                item,
                number,
                half: *half,
            });
        }
    }
    fields
}

/// How many points a marked question has; none for a written one.
pub fn choices(item: &FormItem) -> Option<usize> {
    match item.kind {
        FormItemKind::Retrospective => Some(item.points.len()),
        FormItemKind::Agreement => Some(match item.agreement_scale {
            Some(AgreementScale::Four) => 4,
            Some(AgreementScale::Five) => 5,
            _ => 2,
        }),
        FormItemKind::YesNo => Some(2),
        FormItemKind::SingleChoice | FormItemKind::MultipleChoice => Some(item.options.len()),
        _ => None,
    }
}

/// The words of a marked question's points, lowest first, in the sheet's language:
/// its own scale or options, or Convene's agree and yes/no words.
pub fn point_words(item: &FormItem, sheet: &Localizer) -> Vec<String> {
    let ids: &[&str] = match (item.kind, item.agreement_scale) {
        (FormItemKind::Retrospective, _) => return item.points.clone(),
        (FormItemKind::SingleChoice | FormItemKind::MultipleChoice, _) => {
            return item.options.clone()
        }
        (FormItemKind::YesNo, _) => &["print-form-yes", "print-form-no"],
        (_, Some(AgreementScale::Four)) => &[
            "print-form-strongly-disagree",
            "print-form-disagree",
            "print-form-agree",
            "print-form-strongly-agree",
        ],
        (_, Some(AgreementScale::Five)) => &[
            "print-form-strongly-disagree",
            "print-form-disagree",
            "print-form-neutral",
            "print-form-agree",
            "print-form-strongly-agree",
        ],
        _ => &["print-form-disagree", "print-form-agree"],
    };
    ids.iter().map(|id| sheet.text(id)).collect()
}

impl Field<'_> {
    /// "Question 3" or "Question 1 (before today)", for a refusal.
    pub fn name(&self) -> Message {
        match (self.item.kind, self.half) {
            (FormItemKind::ParticipantCode, _) => msg!("errors-entry-code-field"),
            (_, Some(half)) => msg!("errors-entry-question-half", n = self.number, half = half),
            _ => msg!("errors-entry-question", n = self.number),
        }
    }

    /// Why `value` cannot be this field's answer, if it cannot.
    pub fn refuse(&self, value: &AnswerValue) -> Option<Message> {
        let name = self.name();
        let max = choices(self.item);
        let several = self.item.kind == FormItemKind::MultipleChoice;
        let in_range = |p: &u8| max.is_some_and(|max| (1..=max).contains(&usize::from(*p)));
        match value {
            AnswerValue::Point { point } if max.is_some() && !several => {
                (!in_range(point)).then(|| range(name, max))
            }
            AnswerValue::Points { points } if several => {
                let distinct = points
                    .iter()
                    .collect::<std::collections::BTreeSet<_>>()
                    .len();
                let fine =
                    !points.is_empty() && distinct == points.len() && points.iter().all(in_range);
                (!fine).then(|| range(name, max))
            }
            AnswerValue::Text { text } if max.is_none() => (text.trim().is_empty()
                || text.chars().count() > 2_000)
                .then(|| msg!("errors-entry-text", question = name)),
            AnswerValue::Picture => (!matches!(
                self.item.kind,
                FormItemKind::Comment | FormItemKind::ShortText
            ))
            .then(|| msg!("errors-entry-picture", question = name)),
            AnswerValue::Missing {
                code: MissingCode::Multiple,
            } if max.is_none() || several => {
                Some(msg!("errors-entry-not-multiple", question = name))
            }
            AnswerValue::Missing { .. } => None,
            _ if max.is_some() => Some(range(name, max)),
            _ => Some(msg!("errors-entry-written", question = name)),
        }
    }
}

fn range(name: Message, max: Option<usize>) -> Message {
    msg!(
        "errors-entry-point",
        question = name,
        max = max.unwrap_or(0)
    )
}
