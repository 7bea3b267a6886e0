//! The report as spreadsheets: the summary table (one row per figure, counts beside
//! their denominators and percentages) and the raw data (one row per entered sheet,
//! one column per question or half of a before/now rating, what the paper showed
//! instead of an answer written out), UTF-8 with a byte-order mark for Excel.

use convene_i18n::{msg, Localizer};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::figures::{Distribution, MissingCounts, Share};
use super::items::{EnteredSheet, Figures, ItemReport};
use super::{forms_with_sheets, report_in, MeetingReport};
use crate::domain::forms::answers::{fields, AnswerValue, MissingCode};
use crate::domain::forms::{Form, FormItemKind};
use crate::domain::meeting;
use crate::print::file_safe;
use crate::table::{self, Bom};
use crate::{Core, CoreResult};

/// Which table of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ReportTable {
    Summary,
    Raw,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReportCsv {
    pub meeting_id: String,
    pub table: ReportTable,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportFile {
    /// A suggested file name.
    pub file_name: String,
    /// The table as CSV text.
    pub csv: String,
}

/// One summary row: the question, which part of its figures, the answer or figure,
/// and the count out of its denominator.
struct Row<'a> {
    form: &'a str,
    item: &'a ItemReport,
    part: String,
    answer: String,
    count: u32,
    of: Option<u32>,
    percent: Option<u32>,
}

impl Row<'_> {
    fn cells(self) -> Vec<String> {
        let text = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
        vec![
            self.form.to_owned(),
            self.item.number.to_string(),
            self.item.text.clone(),
            self.part,
            self.answer,
            self.count.to_string(),
            text(self.of),
            text(self.percent),
        ]
    }
}

fn share_row<'a>(
    form: &'a str,
    item: &'a ItemReport,
    part: String,
    answer: String,
    share: &Share,
) -> Row<'a> {
    Row {
        form,
        item,
        part,
        answer,
        count: share.count,
        of: Some(share.of),
        percent: share.percent,
    }
}

fn missing_rows<'a>(
    form: &'a str,
    item: &'a ItemReport,
    part: &str,
    missing: &MissingCounts,
    l: &Localizer,
) -> Vec<Row<'a>> {
    missing
        .by_code()
        .into_iter()
        .filter(|(_, count)| *count > 0)
        .map(|(code, count)| Row {
            form,
            item,
            part: part.to_owned(),
            answer: l.text(code_words(code)),
            count,
            of: None,
            percent: None,
        })
        .collect()
}

fn distribution_rows<'a>(
    form: &'a str,
    item: &'a ItemReport,
    part: &str,
    points: &[String],
    d: &Distribution,
    l: &Localizer,
) -> Vec<Row<'a>> {
    let mut rows: Vec<Row> = points
        .iter()
        .enumerate()
        .map(|(i, point)| Row {
            form,
            item,
            part: part.to_owned(),
            answer: point.clone(),
            count: d.counts.get(i).copied().unwrap_or(0),
            of: Some(d.valid),
            percent: d.percents.get(i).copied(),
        })
        .collect();
    rows.extend(missing_rows(form, item, part, &d.missing, l));
    rows
}

fn item_rows<'a>(form: &'a str, item: &'a ItemReport, l: &Localizer) -> Vec<Row<'a>> {
    match &item.figures {
        Figures::Rating {
            points,
            before,
            now,
            change,
        } => {
            let mut rows =
                distribution_rows(form, item, &l.text("report-before"), points, before, l);
            rows.extend(distribution_rows(
                form,
                item,
                &l.text("report-now"),
                points,
                now,
                l,
            ));
            let part = l.message(&msg!("report-change-heading", pairs = change.pairs));
            let shares = [
                ("report-increased", &change.increased),
                ("report-same", &change.same),
                ("report-decreased", &change.decreased),
                ("report-top-before", &change.top_before),
                ("report-could-increase", &change.increased_of_could),
            ];
            rows.extend(
                shares
                    .into_iter()
                    .map(|(id, share)| share_row(form, item, part.clone(), l.text(id), share)),
            );
            rows
        }
        Figures::Marked {
            options,
            distribution,
            positive,
            strongly,
        } => {
            let mut rows = distribution_rows(
                form,
                item,
                &l.text("report-answer"),
                options,
                distribution,
                l,
            );
            let positive_word = if item.kind == FormItemKind::YesNo {
                "report-positive-yes"
            } else {
                "report-positive-agree"
            };
            for (id, share) in [(positive_word, positive), ("report-strongly", strongly)] {
                if let Some(share) = share {
                    rows.push(share_row(form, item, l.text(id), String::new(), share));
                }
            }
            rows
        }
        Figures::Several {
            options,
            shares,
            missing,
        } => {
            let part = l.text("report-answer");
            let mut rows: Vec<Row> = options
                .iter()
                .zip(shares)
                .map(|(o, s)| share_row(form, item, part.clone(), o.clone(), s))
                .collect();
            rows.extend(missing_rows(form, item, &part, missing, l));
            rows
        }
        Figures::Written { comments, missing } => {
            let part = l.text("report-csv-written");
            let count = u32::try_from(comments.len()).unwrap_or(u32::MAX);
            let mut rows = vec![Row {
                form,
                item,
                part: part.clone(),
                answer: String::new(),
                count,
                of: None,
                percent: None,
            }];
            rows.extend(missing_rows(form, item, &part, missing, l));
            rows
        }
    }
}

fn summary(report: &MeetingReport, l: &Localizer) -> CoreResult<String> {
    let header = [
        "report-csv-form",
        "report-csv-number",
        "report-csv-question",
        "report-csv-part",
        "report-answer",
        "report-csv-count",
        "report-csv-of",
        "report-csv-percent",
    ]
    .map(|id| l.text(id));
    let rows: Vec<Vec<String>> = report
        .forms
        .iter()
        .flat_map(|form| {
            form.items
                .iter()
                .flat_map(|item| item_rows(&form.title, item, l))
        })
        .map(Row::cells)
        .collect();
    table::csv(&header, &rows, Bom::With)
}

/// The words a table writes for what the paper showed instead of an answer.
fn code_words(code: MissingCode) -> &'static str {
    match code {
        MissingCode::Blank => "report-code-blank",
        MissingCode::Multiple => "report-code-multiple",
        MissingCode::Illegible => "report-code-illegible",
        MissingCode::NotApplicable => "report-code-not-applicable",
    }
}

/// A value as written in the raw data: the point's number, several joined by ";",
/// the text, or the code for what the paper showed, in words.
fn cell(value: Option<&AnswerValue>, l: &Localizer) -> String {
    let code = |code: MissingCode| l.text(code_words(code));
    match value {
        None => code(MissingCode::Blank),
        Some(AnswerValue::Point { point }) => point.to_string(),
        Some(AnswerValue::Points { points }) => points
            .iter()
            .map(u8::to_string)
            .collect::<Vec<_>>()
            .join(";"),
        Some(AnswerValue::Text { text }) => text.clone(),
        Some(AnswerValue::Picture) => l.text("report-picture-cell"),
        Some(AnswerValue::Missing { code: c }) => code(*c),
    }
}

fn raw(forms: &[(Form, Vec<EnteredSheet>)], l: &Localizer) -> CoreResult<String> {
    let several = forms.len() > 1;
    let mut header = vec![
        l.text("report-csv-form"),
        l.text("report-csv-serial"),
        l.text("report-csv-code"),
    ];
    let mut columns: Vec<(usize, String)> = Vec::new();
    for (index, (form, _)) in forms.iter().enumerate() {
        for field in fields(&form.items) {
            let half = field.half.map(|h| {
                format!(
                    " — {}",
                    l.text(if h == "before" {
                        "report-before"
                    } else {
                        "report-now"
                    })
                )
            });
            let number = if field.number > 0 && field.item.kind != FormItemKind::ParticipantCode {
                format!("{}. ", field.number)
            } else {
                String::new()
            };
            let prefix = if several {
                format!("{}: ", form.title)
            } else {
                String::new()
            };
            header.push(format!(
                "{prefix}{number}{}{}",
                field.item.text,
                half.unwrap_or_default()
            ));
            columns.push((index, field.id));
        }
    }
    let mut rows = Vec::new();
    for (index, (form, sheets)) in forms.iter().enumerate() {
        for sheet in sheets {
            let written_code = form
                .items
                .iter()
                .find(|i| i.kind == FormItemKind::ParticipantCode && !i.printed)
                .and_then(|i| match sheet.answers.get(&i.id) {
                    Some(AnswerValue::Text { text }) => Some(text.clone()),
                    _ => None,
                });
            let mut row = vec![
                form.title.clone(),
                sheet.serial.clone(),
                sheet
                    .participant_code
                    .clone()
                    .or(written_code)
                    .unwrap_or_default(),
            ];
            row.extend(columns.iter().map(|(of, field)| {
                if *of == index {
                    cell(sheet.answers.get(field), l)
                } else {
                    String::new()
                }
            }));
            rows.push(row);
        }
    }
    table::csv(&header, &rows, Bom::With)
}

/// The summary table or the raw data of a meeting's report, as a CSV file.
pub fn report_csv(core: &Core, request: ReportCsv) -> CoreResult<ReportFile> {
    let reader = core.language();
    let l = Localizer::new(reader);
    core.store.read(|conn| {
        let meeting = meeting::fetch(conn, &request.meeting_id)?;
        let (title, date) = (file_safe(&meeting.title), meeting.date.to_string());
        let (csv, name) = match request.table {
            ReportTable::Summary => (
                summary(&report_in(conn, &meeting.id, reader)?, &l)?,
                msg!("report-csv-summary-file", title = title, date = date),
            ),
            ReportTable::Raw => (
                raw(&forms_with_sheets(conn, &meeting.id)?, &l)?,
                msg!("report-csv-raw-file", title = title, date = date),
            ),
        };
        let file_name = l.message(&name);
        Ok(ReportFile { file_name, csv })
    })
}
