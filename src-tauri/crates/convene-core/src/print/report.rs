//! The evaluation report as a PDF: the on-screen report's figures, sentences and
//! starred quotes, in the document's language, laid out for a funder.

use convene_i18n::{msg, Localizer};
use convene_print::{ChartBar, ReportQuestion, ReportSection, ReportSheet};
use serde::Deserialize;
use ts_rs::TS;

use super::{document, file_safe, localizer, paper_of, print_info, PaperSize, PrintedDocument};
use crate::domain::forms::FormItemKind;
use crate::domain::report::figures::{Distribution, MissingCounts, Share};
use crate::domain::report::items::{Figures, ItemReport};
use crate::domain::report::{report_in, MeetingReport};
use crate::{Core, CoreResult, Lang};

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PrintReport {
    pub meeting_id: String,
    pub paper: PaperSize,
    /// The document's language; the facilitator's when not given.
    #[serde(default)]
    #[ts(optional)]
    pub lang: Option<Lang>,
}

pub(super) fn share_text(share: &Share, l: &Localizer) -> String {
    match share.percent {
        Some(percent) => l.message(&msg!(
            "report-share",
            percent = percent,
            count = share.count,
            of = share.of
        )),
        None => l.text("report-share-none"),
    }
}

/// "Before today: Low 1 (25%) · Medium 2 (50%) · High 1 (25%) · answered 4".
fn counts_line(label: &str, points: &[String], d: &Distribution, l: &Localizer) -> String {
    let parts: Vec<String> = points
        .iter()
        .enumerate()
        .map(|(i, point)| {
            let (count, percent) = (
                d.counts.get(i).copied().unwrap_or(0),
                d.percents.get(i).copied().unwrap_or(0),
            );
            l.message(&msg!(
                "report-pdf-point",
                point = point.as_str(),
                count = count,
                percent = percent
            ))
        })
        .collect();
    let answered = l.message(&msg!("report-pdf-answered", count = d.valid));
    format!("{label}: {} · {answered}", parts.join(" · "))
}

fn missing_line(missing: &MissingCounts, l: &Localizer) -> Option<String> {
    (missing.total() > 0).then(|| {
        l.message(&msg!(
            "report-missing-line",
            blank = missing.blank,
            multiple = missing.multiple,
            illegible = missing.illegible,
            notApplicable = missing.not_applicable
        ))
    })
}

fn labelled(label_id: &str, share: &Share, l: &Localizer) -> String {
    format!("{}: {}", l.text(label_id), share_text(share, l))
}

fn question(item: &ItemReport, l: &Localizer) -> ReportQuestion {
    let mut q = ReportQuestion {
        heading: format!("{}. {}", item.number, item.text),
        headline: item.headline.clone(),
        bars: Vec::new(),
        legend: Vec::new(),
        lines: Vec::new(),
        quotes: Vec::new(),
    };
    match &item.figures {
        Figures::Rating {
            points,
            before,
            now,
            change,
        } => {
            let (b, n) = (l.text("report-before"), l.text("report-now"));
            q.bars = vec![
                ChartBar {
                    label: b.clone(),
                    percents: before.percents.clone(),
                    diverging: false,
                },
                ChartBar {
                    label: n.clone(),
                    percents: now.percents.clone(),
                    diverging: false,
                },
            ];
            q.legend = points.clone();
            q.lines.push(counts_line(&b, points, before, l));
            q.lines.push(counts_line(&n, points, now, l));
            q.lines
                .push(l.message(&msg!("report-change-heading", pairs = change.pairs)));
            let shares = [
                labelled("report-increased", &change.increased, l),
                labelled("report-same", &change.same, l),
                labelled("report-decreased", &change.decreased, l),
                labelled("report-top-before", &change.top_before, l),
                labelled("report-could-increase", &change.increased_of_could, l),
            ];
            q.lines.push(shares.join(" · "));
            q.lines
                .extend(missing_line(&before.missing, l).map(|m| format!("{b}: {m}")));
            q.lines
                .extend(missing_line(&now.missing, l).map(|m| format!("{n}: {m}")));
        }
        Figures::Marked {
            options,
            distribution,
            positive,
            strongly,
        } => {
            let diverging = item.kind == FormItemKind::Agreement;
            let answer = l.text("report-answer");
            q.bars = vec![ChartBar {
                label: answer.clone(),
                percents: distribution.percents.clone(),
                diverging,
            }];
            q.legend = options.clone();
            q.lines.push(counts_line(&answer, options, distribution, l));
            let positive_id = if item.kind == FormItemKind::YesNo {
                "report-positive-yes"
            } else {
                "report-positive-agree"
            };
            let figures: Vec<String> = [(positive_id, positive), ("report-strongly", strongly)]
                .into_iter()
                .filter_map(|(id, share)| share.as_ref().map(|s| labelled(id, s, l)))
                .collect();
            if !figures.is_empty() {
                q.lines.push(figures.join(" · "));
            }
            q.lines.extend(missing_line(&distribution.missing, l));
        }
        Figures::Several {
            options,
            shares,
            missing,
        } => {
            let of = shares.first().map_or(0, |s| s.of);
            q.lines
                .push(l.message(&msg!("report-several-of", count = of)));
            q.lines.extend(
                options
                    .iter()
                    .zip(shares)
                    .map(|(o, s)| format!("{o}: {}", share_text(s, l))),
            );
            q.lines.extend(missing_line(missing, l));
        }
        Figures::Written { comments, missing } => {
            q.lines
                .push(l.message(&msg!("report-comments", count = comments.len())));
            let pictured: Vec<&str> = comments
                .iter()
                .filter(|c| c.picture_png.is_some() && !c.hidden)
                .map(|c| c.serial.as_str())
                .collect();
            if !pictured.is_empty() {
                q.lines.push(l.message(&msg!(
                    "report-pictures",
                    count = pictured.len(),
                    serials = pictured.join(", ")
                )));
            }
            q.quotes = comments
                .iter()
                .filter(|c| c.starred && !c.hidden && !c.text.is_empty())
                .map(|c| {
                    l.message(&msg!(
                        "report-pdf-quote",
                        text = c.text.as_str(),
                        serial = c.serial.as_str()
                    ))
                })
                .collect();
            q.lines.extend(missing_line(missing, l));
        }
    }
    q
}

fn summary(report: &MeetingReport, l: &Localizer) -> Vec<String> {
    let r = &report.returns;
    let response = if report.present > 0 {
        let percent = report.response.percent.unwrap_or(0);
        msg!(
            "report-response",
            count = report.response.count,
            present = report.present,
            percent = percent
        )
    } else {
        msg!("report-response-no-attendance", count = r.entered)
    };
    let checked = &report.checking;
    let checking = if checked.sheets_twice > 0 {
        msg!(
            "report-checked-twice",
            sheets = checked.sheets_twice,
            percent = checked.agreement.percent.unwrap_or(0),
            agreeing = checked.agreement.count,
            fields = checked.agreement.of,
            settled = checked.settled,
            unsettled = checked.unsettled
        )
    } else {
        msg!("report-checked-once")
    };
    let returns = msg!(
        "report-returns",
        blank = r.blank,
        spoiled = r.spoiled,
        notReturned = r.not_returned,
        toGo = r.to_go
    );
    [response, returns, msg!("report-pdf-method"), checking]
        .iter()
        .map(|m| l.message(m))
        .collect()
}

fn sheet(report: &MeetingReport, l: &Localizer) -> ReportSheet {
    let date = report.date.long(l.formats());
    ReportSheet {
        title: l.message(&msg!("report-pdf-title", meeting = report.title.as_str())),
        subtitle: l.message(&msg!(
            "report-pdf-subtitle",
            community = report.community.as_str(),
            date = date
        )),
        summary: summary(report, l),
        sections: report
            .forms
            .iter()
            .map(|form| ReportSection {
                heading: l.message(&msg!(
                    "report-form",
                    title = form.title.as_str(),
                    language = l.text(match form.lang {
                        Lang::En => "common-language-en",
                        Lang::Es => "common-language-es",
                    }),
                    count = form.sheets
                )),
                questions: form.items.iter().map(|item| question(item, l)).collect(),
            })
            .collect(),
    }
}

/// The meeting's report as a PDF; returns a suggested file name and the bytes.
pub fn report_pdf(core: &Core, request: &PrintReport) -> CoreResult<(String, Vec<u8>)> {
    let l = localizer(core, request.lang);
    let report = core
        .store
        .read(|conn| report_in(conn, &request.meeting_id, l.lang()))?;
    let info = print_info(core, l);
    let bytes = convene_print::report_pdf(&sheet(&report, &l), paper_of(request.paper), &info)?;
    let (title, date) = (file_safe(&report.title), report.date.to_string());
    let file_name = l.message(&msg!("report-pdf-file", title = title, date = date));
    Ok((file_name, bytes))
}

pub fn report(core: &Core, request: PrintReport) -> CoreResult<PrintedDocument> {
    let (file_name, bytes) = report_pdf(core, &request)?;
    Ok(document(file_name, bytes))
}
