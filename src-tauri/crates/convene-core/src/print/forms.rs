//! Printing a form's numbered sheets: the serials are issued and the sheets drawn in
//! one transaction, so a print that fails issues nothing. Everything Convene adds to
//! the sheet (scale words, Before / Now, how to mark) is in the form's language; the
//! facilitator's own texts print as written.

use convene_i18n::{msg, Localizer};
use convene_print::{FormSheet, SheetItem, Stamp};
use serde::Deserialize;
use ts_rs::TS;

use super::{document, file_safe, paper_of, print_info, PaperSize, PrintedDocument};
use crate::change::Change;
use crate::domain::forms::{self, sheets, AgreementScale, Form, FormItem, FormItemKind};
use crate::domain::meeting;
use crate::events::{ChangeEvent, Entity};
use crate::{Core, CoreError, CoreResult};

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PrintForm {
    pub form_id: String,
    /// How many numbered sheets to print (from 1 to 500).
    pub copies: u32,
    pub paper: PaperSize,
}

/// How many boxes the participant code gets.
const CODE_BOXES: u8 = 6;

fn scale_words(item: &FormItem, l: &Localizer) -> Vec<String> {
    let ids: &[&str] = match (item.kind, item.agreement_scale) {
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
    ids.iter().map(|id| l.text(id)).collect()
}

/// The form as the print crate draws it, its questions numbered from 1.
pub(crate) fn sheet_of(form: &Form, l: &Localizer) -> FormSheet {
    let mut number = 0;
    let mut next = || {
        number += 1;
        number
    };
    let items = form
        .items
        .iter()
        .map(|item| {
            let text = item.text.clone();
            match item.kind {
                FormItemKind::Heading => SheetItem::Heading(text),
                FormItemKind::Instructions => SheetItem::Instructions(text),
                FormItemKind::ParticipantCode => SheetItem::Code {
                    text,
                    boxes: CODE_BOXES,
                },
                FormItemKind::Retrospective => SheetItem::BeforeNow {
                    number: next(),
                    text,
                    points: item.points.clone(),
                },
                FormItemKind::Agreement | FormItemKind::YesNo => SheetItem::Choice {
                    number: next(),
                    text,
                    options: scale_words(item, l),
                    several: false,
                },
                FormItemKind::SingleChoice | FormItemKind::MultipleChoice => SheetItem::Choice {
                    number: next(),
                    text,
                    options: item.options.clone(),
                    several: item.kind == FormItemKind::MultipleChoice,
                },
                FormItemKind::ShortText => SheetItem::Writing {
                    number: next(),
                    text,
                    lines: 1,
                },
                FormItemKind::Comment => SheetItem::Writing {
                    number: next(),
                    text,
                    lines: item.lines,
                },
            }
        })
        .collect();
    FormSheet {
        title: form.title.clone(),
        intro: form.intro.clone(),
        items,
    }
}

pub fn form(core: &Core, request: PrintForm) -> CoreResult<PrintedDocument> {
    let (file_name, bytes) = form_pdf(core, &request)?;
    Ok(document(file_name, bytes))
}

/// Issues `copies` serials and draws one numbered sheet per serial; returns a
/// suggested file name and the PDF bytes.
pub fn form_pdf(core: &Core, request: &PrintForm) -> CoreResult<(String, Vec<u8>)> {
    if !(1..=sheets::MAX_COPIES).contains(&request.copies) {
        let wrong = msg!(
            "errors-form-copies",
            max = sheets::MAX_COPIES,
            copies = request.copies
        );
        return Err(CoreError::invalid("copies", wrong));
    }
    core.write_and_publish(|tx| {
        let form = forms::fetch(tx, &request.form_id)?;
        let l = Localizer::new(form.lang);
        let issued = sheets::issue(tx, &form, request.copies)?;
        let stamps: Vec<Stamp> = issued
            .into_iter()
            .map(|sheet| Stamp {
                serial: l.message(&msg!("print-form-serial", serial = sheet.label)),
                code: sheet.code,
            })
            .collect();
        let info = print_info(core, l);
        let bytes = convene_print::form_pdf(
            &sheet_of(&form, &l),
            &stamps,
            paper_of(request.paper),
            &info,
        )?;
        let title = file_safe(&form.title);
        let file_name = l.message(&msg!("print-form-file", title = title));
        let community_id = meeting::fetch(tx, &form.meeting_id)?.community_id;
        let event = ChangeEvent::updated(Entity::Form, &form.id, &community_id);
        Ok(Change::new((file_name, bytes), event))
    })
}
