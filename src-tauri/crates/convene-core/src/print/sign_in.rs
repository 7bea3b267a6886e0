//! A meeting's sign-in sheet: the community's members by name, with blank lines for
//! walk-ins, to pass around the room when there is no laptop at the door.

use convene_i18n::{msg, Lang};
use convene_print::{SignInPerson, SignInSheet};
use serde::Deserialize;
use ts_rs::TS;

use super::{
    document, file_safe, joined, localizer, paper_of, print_info, PaperSize, PrintedDocument,
};
use crate::domain::{community, meeting, member};
use crate::text::sort_by_name;
use crate::{Core, CoreError, CoreResult};

/// Blank lines when the request names none: room for a few walk-ins.
const BLANK_LINES: u32 = 8;

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PrintSignIn {
    pub meeting_id: String,
    pub paper: PaperSize,
    #[serde(default)]
    #[ts(optional)]
    pub lang: Option<Lang>,
    /// Lines for walk-ins after the members; 8 when not given, at most 100.
    #[serde(default)]
    #[ts(optional)]
    pub blank_lines: Option<u32>,
}

pub fn sign_in_pdf(core: &Core, request: &PrintSignIn) -> CoreResult<(String, Vec<u8>)> {
    let blank_lines = request.blank_lines.unwrap_or(BLANK_LINES);
    if blank_lines > 100 {
        return Err(CoreError::invalid(
            "blankLines",
            msg!("errors-sign-in-blank-lines", count = blank_lines),
        ));
    }
    let l = localizer(core, request.lang);
    let f = l.formats();
    let sheet = core.store.read(|conn| {
        let meeting = meeting::fetch(conn, &request.meeting_id)?;
        let community = community::fetch(conn, &meeting.community_id)?;
        let mut members = member::all_in(conn, &community.id)?;
        sort_by_name(&mut members, |m| &m.name);
        let when = l.message(&msg!(
            "print-agenda-when",
            date = meeting.date.long(f),
            start = meeting.start_time.spoken(f),
            end = meeting.end_time.spoken(f),
        ));
        Ok(SignInSheet {
            community: community.name,
            title: meeting.title,
            when,
            location: meeting.location,
            people: members
                .into_iter()
                .map(|m| SignInPerson {
                    affiliation: joined(&[&m.organization, &m.site]),
                    name: m.name,
                })
                .collect(),
            blank_lines,
        })
    })?;
    let bytes = convene_print::sign_in_pdf(&sheet, paper_of(request.paper), &print_info(core, l))?;
    let name = l.message(&msg!("print-sign-in-file", title = file_safe(&sheet.title)));
    Ok((name, bytes))
}

pub fn sign_in(core: &Core, request: PrintSignIn) -> CoreResult<PrintedDocument> {
    let (file_name, bytes) = sign_in_pdf(core, &request)?;
    Ok(document(file_name, bytes))
}
