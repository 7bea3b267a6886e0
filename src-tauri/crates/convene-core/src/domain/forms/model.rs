//! What an evaluation form is made of, and the rules a form must keep before it is
//! saved: every item says something, scales have from three to five labelled points,
//! choices list at least two distinct options, and there is at least one question.

use std::collections::HashSet;

use convene_i18n::{msg, Message};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::ids::new_id;
use crate::text::{clean, optional, required};
use crate::{CoreError, CoreResult};

/// The kinds of item a form holds, in the order the editor offers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum FormItemKind {
    /// A section heading.
    Heading,
    /// A paragraph of instructions.
    Instructions,
    /// One statement rated twice, *Before today* and *Now*, on the same scale.
    Retrospective,
    /// A statement with Agree / Disagree or a 4- or 5-point agreement scale.
    Agreement,
    YesNo,
    SingleChoice,
    MultipleChoice,
    /// One line of writing.
    ShortText,
    /// A few lines of writing.
    Comment,
    /// A code the participant writes on each sheet so their sheets can be linked
    /// across meetings without a name.
    ParticipantCode,
}

impl FormItemKind {
    /// Whether the item asks for an answer (headings and instructions do not).
    pub fn is_question(self) -> bool {
        !matches!(self, FormItemKind::Heading | FormItemKind::Instructions)
    }
}

/// The points of an agreement item's scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum AgreementScale {
    /// Agree / Disagree.
    Two,
    /// Strongly disagree, Disagree, Agree, Strongly agree.
    Four,
    /// Strongly disagree … Strongly agree with a middle point.
    Five,
}

/// One item of a form. Fields that the kind does not use are empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FormItem {
    /// Stable across versions, so answers to the same item can be compared; empty for an
    /// item being added (the core gives it one).
    #[serde(default)]
    pub id: String,
    pub kind: FormItemKind,
    /// Matches this question with the same one on other forms (another meeting's,
    /// another community's, the other language's) when their words differ; empty to
    /// match by the words. Copies and the shipped templates keep it.
    #[serde(default)]
    pub key: String,
    /// The statement, question, heading or instructions.
    pub text: String,
    /// A retrospective item's scale, lowest first ("Low", "Medium", "High").
    #[serde(default)]
    pub points: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub agreement_scale: Option<AgreementScale>,
    /// A choice item's options.
    #[serde(default)]
    pub options: Vec<String>,
    /// How many lines a comment gets on paper.
    #[serde(default)]
    pub lines: u8,
    /// For a participant code: Convene prints each member's code on a sheet made for
    /// them, instead of the participant writing a code of their own.
    #[serde(default)]
    pub printed: bool,
}

pub const MAX_ITEMS: usize = 80;
const MAX_OPTIONS: usize = 12;
const POINTS: (usize, usize) = (3, 5);
const LINES: (u8, u8) = (1, 12);
const DEFAULT_LINES: u8 = 4;

/// A form's title, introduction and items, checked and trimmed.
pub struct CleanForm {
    pub title: String,
    pub intro: String,
    pub items: Vec<FormItem>,
}

pub fn validate(title: &str, intro: &str, items: &[FormItem]) -> CoreResult<CleanForm> {
    let title = required("title", msg!("errors-label-form-title"), title, 200)?;
    let intro = optional("intro", msg!("errors-label-form-intro"), intro, 2_000)?;
    if items.len() > MAX_ITEMS {
        let count = items.len();
        let too_many = msg!("errors-form-too-many-items", max = MAX_ITEMS, count = count);
        return Err(CoreError::invalid("items", too_many));
    }
    let mut seen = HashSet::new();
    let mut keys = HashSet::new();
    let mut clean_items = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let item = clean_item(index + 1, item).map_err(|e| inside_item(e, index))?;
        if !seen.insert(item.id.clone()) {
            let twice = msg!("errors-form-item-twice", n = index + 1);
            return Err(CoreError::invalid("items", twice).at(format!("items.{index}")));
        }
        if !item.key.is_empty() && !keys.insert(item.key.to_lowercase()) {
            let key = item.key.clone();
            let twice = msg!("errors-form-key-twice", n = index + 1, key = key);
            return Err(CoreError::invalid("items", twice).at(format!("items.{index}.key")));
        }
        clean_items.push(item);
    }
    if !clean_items.iter().any(|i| i.kind.is_question()) {
        return Err(CoreError::invalid(
            "items",
            msg!("errors-form-no-questions"),
        ));
    }
    let codes = clean_items
        .iter()
        .filter(|i| i.kind == FormItemKind::ParticipantCode);
    if codes.count() > 1 {
        return Err(CoreError::invalid("items", msg!("errors-form-two-codes")));
    }
    Ok(CleanForm {
        title,
        intro,
        items: clean_items,
    })
}

/// A refusal of one item's field, pointed at that field of that item (`items.2.points`).
fn inside_item(error: CoreError, index: usize) -> CoreError {
    let path = match &error {
        CoreError::Invalid { field: Some(f), .. } => format!("items.{index}.{f}"),
        _ => format!("items.{index}"),
    };
    error.at(path)
}

/// One item with its text trimmed, the fields its kind does not use emptied, and an id.
fn clean_item(n: usize, item: &FormItem) -> CoreResult<FormItem> {
    let longest = if item.kind == FormItemKind::Instructions {
        2_000
    } else {
        500
    };
    let text = required(
        "text",
        msg!("errors-label-form-item-text", n = n),
        &item.text,
        longest,
    )?;
    let id = match clean(&item.id) {
        id if id.is_empty() => new_id(),
        id => id,
    };
    let mut clean = FormItem {
        id,
        kind: item.kind,
        key: optional(
            "key",
            msg!("errors-label-form-item-key", n = n),
            &item.key,
            60,
        )?,
        text,
        points: Vec::new(),
        agreement_scale: None,
        options: Vec::new(),
        lines: 0,
        printed: false,
    };
    match item.kind {
        FormItemKind::Retrospective => clean.points = points(n, &item.points)?,
        FormItemKind::Agreement => {
            clean.agreement_scale = Some(item.agreement_scale.unwrap_or(AgreementScale::Two));
        }
        FormItemKind::SingleChoice | FormItemKind::MultipleChoice => {
            clean.options = options(n, &item.options)?;
        }
        FormItemKind::Comment => clean.lines = lines(n, item.lines)?,
        FormItemKind::ParticipantCode => clean.printed = item.printed,
        _ => {}
    }
    Ok(clean)
}

fn points(n: usize, labels: &[String]) -> CoreResult<Vec<String>> {
    if !(POINTS.0..=POINTS.1).contains(&labels.len()) {
        let count = labels.len();
        let wrong = msg!(
            "errors-form-points",
            n = n,
            count = count,
            min = POINTS.0,
            max = POINTS.1
        );
        return Err(CoreError::invalid("points", wrong));
    }
    labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let name = msg!("errors-label-form-point", n = n, point = i + 1);
            required("points", name, label, 40)
        })
        .collect()
}

fn options(n: usize, options: &[String]) -> CoreResult<Vec<String>> {
    if !(2..=MAX_OPTIONS).contains(&options.len()) {
        let count = options.len();
        let wrong = msg!(
            "errors-form-options",
            n = n,
            count = count,
            max = MAX_OPTIONS
        );
        return Err(CoreError::invalid("options", wrong));
    }
    let mut seen = HashSet::new();
    let mut clean = Vec::with_capacity(options.len());
    for (i, option) in options.iter().enumerate() {
        let name: Message = msg!("errors-label-form-option", n = n, option = i + 1);
        let option = required("options", name, option, 120)?;
        if !seen.insert(crate::text::name_key(&option)) {
            let twice = msg!("errors-form-option-twice", n = n, option = option);
            return Err(CoreError::invalid("options", twice));
        }
        clean.push(option);
    }
    Ok(clean)
}

fn lines(n: usize, lines: u8) -> CoreResult<u8> {
    match lines {
        0 => Ok(DEFAULT_LINES),
        l if (LINES.0..=LINES.1).contains(&l) => Ok(l),
        l => {
            let wrong = msg!(
                "errors-form-lines",
                n = n,
                lines = l,
                min = LINES.0,
                max = LINES.1
            );
            Err(CoreError::invalid("lines", wrong))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(kind: FormItemKind, text: &str) -> FormItem {
        FormItem {
            id: String::new(),
            kind,
            key: String::new(),
            text: text.into(),
            points: Vec::new(),
            agreement_scale: None,
            options: Vec::new(),
            lines: 0,
            printed: false,
        }
    }

    fn refusal(items: &[FormItem]) -> (Option<String>, String) {
        match validate("Evaluation", "", items) {
            Err(CoreError::Invalid { field, message }) => (
                field.map(|f| f.to_string()),
                convene_i18n::Localizer::new(convene_i18n::Lang::En).message(&message),
            ),
            other => panic!("expected a refusal, got {:?}", other.map(|f| f.items)),
        }
    }

    #[test]
    fn a_form_needs_a_question_and_keeps_only_what_each_kind_uses() {
        let heading = item(FormItemKind::Heading, "About today");
        assert_eq!(
            refusal(std::slice::from_ref(&heading)).1,
            "A form needs at least one question."
        );
        let mut agree = item(FormItemKind::Agreement, " I can apply what I learned. ");
        agree.options = vec!["stray".into()];
        let form = validate("Evaluation", "", &[heading, agree]).expect("a valid form");
        let agree = &form.items[1];
        assert_eq!(agree.text, "I can apply what I learned.");
        assert_eq!(agree.agreement_scale, Some(AgreementScale::Two));
        assert!(agree.options.is_empty() && !agree.id.is_empty());
    }

    #[test]
    fn a_scale_of_one_point_and_a_choice_of_one_option_are_refused_at_their_item() {
        let mut before_now = item(FormItemKind::Retrospective, "My knowledge of the standards");
        before_now.points = vec!["High".into()];
        assert_eq!(
            refusal(&[before_now.clone()]),
            (
                Some("items.0.points".into()),
                "Item 1's scale has 1 point; a scale has from 3 to 5.".into()
            )
        );
        before_now.points = vec!["Low".into(), "Medium".into(), "High".into()];
        let mut choice = item(FormItemKind::SingleChoice, "Your role");
        choice.options = vec!["Coordinator".into(), " coordinator ".into()];
        assert_eq!(
            refusal(&[before_now, choice]),
            (
                Some("items.1.options".into()),
                "Item 2 lists “coordinator” twice; each option must differ.".into()
            )
        );
    }
}
