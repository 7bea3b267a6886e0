//! What a worksheet asks: its prompts, and the rules that keep each one printable
//! (enough room to write, a scale with at least two levels, a table that fits a page).

use std::collections::HashSet;

use convene_i18n::{msg, Message};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::text::{optional, required};
use crate::{CoreError, CoreResult};

/// How a prompt is answered on paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum PromptKind {
    /// A section title with a line of guidance; nothing to answer.
    Heading,
    /// A question with lines to write on.
    Write,
    /// Things to rate, a row each, with a circle per level and perhaps a notes line.
    Rate,
    /// A table with column heads and blank rows to fill in.
    Table,
}

/// One prompt. The fields a kind does not use are kept empty, so a prompt reads the
/// same whichever way it was made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Prompt {
    pub kind: PromptKind,
    pub text: String,
    /// A line of guidance under the text (may be empty).
    #[serde(default)]
    pub help: String,
    /// Write: lines to write on. Table: blank rows.
    #[serde(default)]
    pub lines: u32,
    /// Rate: what is rated, one row each.
    #[serde(default)]
    pub items: Vec<String>,
    /// Rate: the levels of the scale, a circle each.
    #[serde(default)]
    pub levels: Vec<String>,
    /// Rate: a line for notes beside each row's circles.
    #[serde(default)]
    pub notes: bool,
    /// Table: the column heads.
    #[serde(default)]
    pub columns: Vec<String>,
}

const MAX_PROMPTS: usize = 40;
/// Lines to write on: one for a date, up to most of a page.
const WRITE_LINES: (u32, u32) = (1, 20);
const TABLE_ROWS: (u32, u32) = (1, 15);
const MAX_RATED: usize = 24;
const LEVELS: (usize, usize) = (2, 6);
/// Six columns is what a portrait page holds with room to write in each.
const COLUMNS: (usize, usize) = (1, 6);

/// The prompts checked and trimmed; refused with the first problem, named against its
/// prompt (`prompts.2.lines`), when one cannot be printed.
pub(crate) fn validate(prompts: &[Prompt]) -> CoreResult<Vec<Prompt>> {
    if prompts.len() > MAX_PROMPTS {
        let count = prompts.len();
        let too_many = msg!(
            "errors-worksheet-too-many",
            count = count,
            max = MAX_PROMPTS
        );
        return Err(CoreError::invalid("prompts", too_many));
    }
    let clean = prompts
        .iter()
        .enumerate()
        .map(|(index, prompt)| clean_prompt(index + 1, prompt).map_err(|e| inside_prompt(e, index)))
        .collect::<CoreResult<Vec<_>>>()?;
    if !clean.iter().any(|p| p.kind != PromptKind::Heading) {
        return Err(CoreError::invalid(
            "prompts",
            msg!("errors-worksheet-no-prompts"),
        ));
    }
    Ok(clean)
}

fn inside_prompt(error: CoreError, index: usize) -> CoreError {
    let path = match &error {
        CoreError::Invalid { field: Some(f), .. } => format!("prompts.{index}.{f}"),
        _ => format!("prompts.{index}"),
    };
    error.at(path)
}

fn clean_prompt(n: usize, prompt: &Prompt) -> CoreResult<Prompt> {
    let mut clean = Prompt {
        kind: prompt.kind,
        text: required(
            "text",
            msg!("errors-label-worksheet-prompt", n = n),
            &prompt.text,
            500,
        )?,
        help: optional(
            "help",
            msg!("errors-label-worksheet-help", n = n),
            &prompt.help,
            500,
        )?,
        lines: 0,
        items: Vec::new(),
        levels: Vec::new(),
        notes: false,
        columns: Vec::new(),
    };
    match prompt.kind {
        PromptKind::Heading => {}
        PromptKind::Write => clean.lines = count_in(n, "lines", prompt.lines, WRITE_LINES)?,
        PromptKind::Rate => {
            clean.items = labels(n, "items", &prompt.items, (1, MAX_RATED), 200)?;
            clean.levels = labels(n, "levels", &prompt.levels, LEVELS, 40)?;
            clean.notes = prompt.notes;
        }
        PromptKind::Table => {
            clean.columns = labels(n, "columns", &prompt.columns, COLUMNS, 40)?;
            clean.lines = count_in(n, "lines", prompt.lines, TABLE_ROWS)?;
        }
    }
    Ok(clean)
}

fn count_in(n: usize, field: &'static str, value: u32, (min, max): (u32, u32)) -> CoreResult<u32> {
    if (min..=max).contains(&value) {
        return Ok(value);
    }
    Err(CoreError::invalid(
        field,
        msg!(
            "errors-worksheet-lines",
            n = n,
            lines = value,
            min = min,
            max = max
        ),
    ))
}

/// A list of short labels (rated rows, levels, column heads): how many, none empty,
/// none twice.
fn labels(
    n: usize,
    field: &'static str,
    labels: &[String],
    (min, max): (usize, usize),
    longest: usize,
) -> CoreResult<Vec<String>> {
    let count = labels.len();
    if !(min..=max).contains(&count) {
        let wrong = msg!(
            "errors-worksheet-labels",
            n = n,
            list = field,
            count = count,
            min = min,
            max = max
        );
        return Err(CoreError::invalid(field, wrong));
    }
    let mut seen = HashSet::new();
    let mut clean = Vec::with_capacity(count);
    for (i, label) in labels.iter().enumerate() {
        let name: Message = msg!(
            "errors-label-worksheet-entry",
            n = n,
            list = field,
            entry = i + 1
        );
        let label = required(field, name, label, longest)?;
        if !seen.insert(crate::text::name_key(&label)) {
            let twice = msg!("errors-worksheet-label-twice", n = n, label = label);
            return Err(CoreError::invalid(field, twice));
        }
        clean.push(label);
    }
    Ok(clean)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prompt(kind: PromptKind) -> Prompt {
        Prompt {
            kind,
            text: " What did I learn? ".into(),
            help: String::new(),
            lines: 3,
            items: vec!["Quality Staff".into()],
            levels: vec!["Yes".into(), "Not yet".into()],
            notes: true,
            columns: vec!["Goal".into()],
        }
    }

    fn refused_field(prompts: &[Prompt]) -> String {
        match validate(prompts) {
            Err(CoreError::Invalid { field, .. }) => field.unwrap_or_default().to_string(),
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn each_kind_keeps_only_its_own_fields() {
        let kinds = [PromptKind::Write, PromptKind::Rate, PromptKind::Table];
        let clean = validate(&kinds.map(prompt)).expect("valid");
        assert_eq!(clean[0].text, "What did I learn?");
        assert!(clean[0].items.is_empty() && clean[0].columns.is_empty());
        assert_eq!((clean[1].lines, clean[1].levels.len()), (0, 2));
        assert!(clean[2].items.is_empty() && clean[2].lines == 3);
    }

    #[test]
    fn headings_alone_are_no_worksheet() {
        assert_eq!(refused_field(&[prompt(PromptKind::Heading)]), "prompts");
        assert_eq!(refused_field(&[]), "prompts");
    }

    #[test]
    fn a_refusal_names_the_prompt_and_its_field() {
        let mut no_room = prompt(PromptKind::Write);
        no_room.lines = 0;
        let mut one_level = prompt(PromptKind::Rate);
        one_level.levels.truncate(1);
        let mut seven_columns = prompt(PromptKind::Table);
        seven_columns.columns = (1..=7).map(|c| format!("Column {c}")).collect();
        let ok = prompt(PromptKind::Write);
        assert_eq!(refused_field(&[ok.clone(), no_room]), "prompts.1.lines");
        assert_eq!(refused_field(&[one_level]), "prompts.0.levels");
        assert_eq!(refused_field(&[ok, seven_columns]), "prompts.1.columns");
    }

    #[test]
    fn a_level_written_twice_is_refused() {
        let mut twice = prompt(PromptKind::Rate);
        twice.levels = vec!["Yes".into(), " yes".into()];
        assert_eq!(refused_field(&[twice]), "prompts.0.levels");
    }
}
