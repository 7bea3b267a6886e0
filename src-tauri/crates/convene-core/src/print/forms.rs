//! Printing a form's numbered sheets: the serials are issued and the sheets drawn in
//! one transaction, so a print that fails issues nothing. A form that prints
//! participant codes is printed one sheet per chosen member, each with their code.
//! Everything Convene adds to the sheet (scale words, Before / Now, how to mark) is in
//! the form's language; the facilitator's own texts print as written.

use convene_i18n::{msg, Localizer};
use convene_print::{FormSheet, ParticipantStamp, SheetItem, Stamp};
use rusqlite::{Connection, OptionalExtension};
use serde::Deserialize;
use ts_rs::TS;

use super::{document, file_safe, paper_of, print_info, PaperSize, PrintedDocument};
use crate::change::Change;
use crate::domain::forms::answers::point_words;
use crate::domain::forms::sheets::IssuedSheet;
use crate::domain::forms::{self, codes, sheets, Form, FormItemKind};
use crate::domain::meeting;
use crate::events::{ChangeEvent, Entity};
use crate::{Core, CoreError, CoreResult};

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PrintForm {
    pub form_id: String,
    /// How many numbered sheets to print (from 1 to 500), for a form whose participants
    /// write their own code or none.
    #[serde(default)]
    #[ts(optional)]
    pub copies: Option<u32>,
    /// The members to print one sheet each for, for a form that prints participant codes.
    #[serde(default)]
    #[ts(optional)]
    pub members: Option<Vec<String>>,
    pub paper: PaperSize,
}

/// A member a sheet is printed for.
struct Recipient {
    name: String,
    code: String,
}

/// How many boxes the participant code gets.
const CODE_BOXES: u8 = 6;

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
                FormItemKind::ParticipantCode if item.printed => SheetItem::PrintedCode(text),
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
                    options: point_words(item, l),
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

fn copies_in_range(copies: u32) -> CoreResult<()> {
    if (1..=sheets::MAX_COPIES).contains(&copies) {
        return Ok(());
    }
    let max = sheets::MAX_COPIES;
    let wrong = msg!("errors-form-copies", max = max, copies = copies);
    Err(CoreError::invalid("copies", wrong))
}

/// The chosen members of the meeting's community, by name, each with their code.
fn recipients(tx: &Connection, form: &Form, members: &[String]) -> CoreResult<Vec<Recipient>> {
    let community_id = meeting::fetch(tx, &form.meeting_id)?.community_id;
    let mut recipients = Vec::with_capacity(members.len());
    for id in members {
        let row: Option<(String, String, String)> = tx
            .query_row(
                "SELECT name, name_key, community_id FROM member WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        match row {
            Some((name, key, community)) if community == community_id => {
                recipients.push((
                    key,
                    Recipient {
                        name,
                        code: codes::code_of_member(tx, id)?,
                    },
                ));
            }
            _ => {
                return Err(CoreError::invalid(
                    "members",
                    msg!("errors-form-member-unknown"),
                ))
            }
        }
    }
    recipients.sort_by(|a, b| a.0.cmp(&b.0));
    recipients.dedup_by(|a, b| a.1.code == b.1.code);
    Ok(recipients.into_iter().map(|(_, r)| r).collect())
}

/// Who the sheets are for: anyone (numbered copies) or chosen members (their codes
/// printed), as the form asks.
fn owners(tx: &Connection, form: &Form, request: &PrintForm) -> CoreResult<Vec<Option<Recipient>>> {
    let prints_codes = form
        .items
        .iter()
        .any(|i| i.kind == FormItemKind::ParticipantCode && i.printed);
    match (prints_codes, &request.members, request.copies) {
        (true, Some(members), None) if !members.is_empty() => {
            copies_in_range(u32::try_from(members.len()).unwrap_or(u32::MAX))?;
            Ok(recipients(tx, form, members)?
                .into_iter()
                .map(Some)
                .collect())
        }
        (true, ..) => Err(CoreError::invalid(
            "members",
            msg!("errors-form-print-members"),
        )),
        (false, None, Some(copies)) => {
            copies_in_range(copies)?;
            Ok((0..copies).map(|_| None).collect())
        }
        (false, Some(_), _) => Err(CoreError::invalid(
            "members",
            msg!("errors-form-print-no-codes"),
        )),
        (false, None, None) => copies_in_range(0).map(|()| Vec::new()),
    }
}

fn stamp(sheet: IssuedSheet, recipient: Option<Recipient>, l: &Localizer) -> Stamp {
    Stamp {
        serial: l.message(&msg!("print-form-serial", serial = sheet.label)),
        code: sheet.code,
        participant: recipient.map(|r| ParticipantStamp {
            label: l.text("print-form-code-label"),
            code: r.code,
            recipient: l.message(&msg!("print-form-for", name = r.name)),
        }),
    }
}

/// Issues a serial per sheet and draws one numbered sheet per serial; returns a
/// suggested file name and the PDF bytes.
pub fn form_pdf(core: &Core, request: &PrintForm) -> CoreResult<(String, Vec<u8>)> {
    core.write_and_publish(|tx| {
        let form = forms::fetch(tx, &request.form_id)?;
        let l = Localizer::new(form.lang);
        let owners = owners(tx, &form, request)?;
        let for_members = request.members.is_some();
        let codes = owners
            .iter()
            .map(|o| o.as_ref().map(|r| r.code.clone()))
            .collect();
        let issued = sheets::issue(tx, &form, codes)?;
        let stamps: Vec<Stamp> = issued
            .into_iter()
            .zip(owners)
            .map(|(sheet, recipient)| stamp(sheet, recipient, &l))
            .collect();
        let info = print_info(core, l);
        let bytes = convene_print::form_pdf(
            &sheet_of(&form, &l),
            &stamps,
            paper_of(request.paper),
            &info,
        )?;
        let title = file_safe(&form.title);
        let file_name = if for_members {
            l.message(&msg!("print-form-members-file", title = title))
        } else {
            l.message(&msg!("print-form-file", title = title))
        };
        let community_id = meeting::fetch(tx, &form.meeting_id)?.community_id;
        let event = ChangeEvent::updated(Entity::Form, &form.id, &community_id);
        Ok(Change::new((file_name, bytes), event))
    })
}
