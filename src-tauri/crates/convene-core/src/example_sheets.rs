//! The example community's evaluations: for each of its meetings that has taken place,
//! numbered sheets as if printed for the room and typed in afterwards, so a first-time
//! facilitator opens a real report at once. The answers are fictitious and fixed (the
//! same on every machine); one sheet came back blank and one was not returned, and the
//! first meeting's first sheets were entered twice, as a careful facilitator would.

use rusqlite::Connection;
use serde::Deserialize;

use crate::domain::forms::answers::{AnswerValue, MissingCode};
use crate::domain::forms::entry::insert_answer;
use crate::domain::forms::{self, sheets, FormItemKind};
use crate::time::now_utc;
use crate::CoreResult;

/// What participants wrote, for the comment questions.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExampleEvaluation {
    useful: Vec<String>,
    needs: Vec<String>,
}

/// How sheet `k` answers, following fixed patterns with the spread a real stack has.
fn answer(
    kind: FormItemKind,
    question: usize,
    k: usize,
    words: &ExampleEvaluation,
) -> Vec<(&'static str, AnswerValue)> {
    let point = |point: u8| AnswerValue::Point { point };
    let blank = AnswerValue::Missing {
        code: MissingCode::Blank,
    };
    match kind {
        FormItemKind::Retrospective => {
            let before = [1u8, 2, 2, 1, 2, 3, 2, 1, 2, 2][k % 10];
            let now = (before + [1u8, 1, 0, 2, 1, 0, 1, 1, 1, 0][k % 10]).min(3);
            vec![(":before", point(before)), (":now", point(now))]
        }
        FormItemKind::Agreement => {
            let disagrees = (k + question * 3) % 11 == 4;
            let skipped = (k + question) % 13 == 7;
            vec![(
                "",
                if skipped {
                    blank
                } else {
                    point(if disagrees { 1 } else { 2 })
                },
            )]
        }
        FormItemKind::Comment => {
            let (list, every) = if question.is_multiple_of(2) {
                (&words.useful, 3)
            } else {
                (&words.needs, 4)
            };
            let text = list
                .get(k / every % list.len().max(1))
                .filter(|_| k.is_multiple_of(every));
            vec![(
                "",
                text.map_or(blank, |text| AnswerValue::Text { text: text.clone() }),
            )]
        }
        _ => vec![],
    }
}

/// Issues `present + 1` sheets of the meeting's form and enters all but two of them.
pub(crate) fn enter(
    conn: &Connection,
    form_id: &str,
    present: usize,
    twice: usize,
    words: &ExampleEvaluation,
) -> CoreResult<()> {
    let form = forms::fetch(conn, form_id)?;
    let issued = sheets::issue(conn, &form, vec![None; present + 1])?;
    let questions: Vec<_> = form.items.iter().filter(|i| i.kind.is_question()).collect();
    for (k, sheet) in issued.iter().enumerate() {
        let id: String = conn.query_row(
            "SELECT id FROM form_sheet WHERE meeting_id = ?1 AND label = ?2",
            (&form.meeting_id, &sheet.label),
            |r| r.get(0),
        )?;
        let status = match present.saturating_sub(k) {
            0 => "not_returned",
            1 => "blank",
            _ => "entered",
        };
        conn.execute(
            "UPDATE form_sheet SET status = ?2 WHERE id = ?1",
            (&id, status),
        )?;
        if status != "entered" {
            continue;
        }
        let passes: &[u8] = if k < twice { &[1, 2] } else { &[1] };
        for &pass in passes {
            for (question, item) in questions.iter().enumerate() {
                for (half, value) in answer(item.kind, question, k, words) {
                    insert_answer(conn, &id, pass, &format!("{}{half}", item.id), &value)?;
                }
            }
            conn.execute(
                "INSERT INTO sheet_pass (sheet_id, pass, saved_at) VALUES (?1, ?2, ?3)",
                (&id, pass, now_utc()),
            )?;
        }
    }
    Ok(())
}
