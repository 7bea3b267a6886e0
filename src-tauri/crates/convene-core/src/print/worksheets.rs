//! Reflection worksheets on paper: one blank copy, or a copy per member of the
//! community with their name, site, current goal and last check-in printed in. The
//! worksheet comes from the meeting's reflection item unless the request names one,
//! and its printed labels follow the worksheet's own language.

use convene_i18n::{msg, Localizer};
use convene_print::{WorksheetPerson, WorksheetPrompt, WorksheetSheet};
use rusqlite::Connection;
use serde::Deserialize;
use ts_rs::TS;

use super::road_map::checkin_line;
use super::{document, file_safe, joined, paper_of, print_info, PaperSize, PrintedDocument};
use crate::domain::agenda::{self, ItemKind};
use crate::domain::meeting::{self, Meeting};
use crate::domain::plans::{plan_in, GoalStatus, Plan};
use crate::domain::worksheets::{self, Prompt, PromptKind, Worksheet};
use crate::domain::{community, member};
use crate::{Core, CoreError, CoreResult};

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PrintWorksheet {
    /// The meeting it is handed out at: its title and date print on the sheet, and its
    /// reflection item's worksheet is printed unless `worksheetId` names one.
    #[serde(default)]
    #[ts(optional)]
    pub meeting_id: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub worksheet_id: Option<String>,
    /// A copy per member of the community, their goal and last check-in printed in;
    /// otherwise one blank copy.
    pub personalised: bool,
    pub paper: PaperSize,
}

/// The worksheet to print, and the meeting it is handed out at, if any.
fn chosen(conn: &Connection, request: &PrintWorksheet) -> CoreResult<(Worksheet, Option<Meeting>)> {
    let Some(meeting_id) = &request.meeting_id else {
        let id = request.worksheet_id.as_deref().ok_or_else(none_linked)?;
        return Ok((worksheets::fetch(conn, id)?, None));
    };
    let meeting = meeting::fetch(conn, meeting_id)?;
    let worksheet = match &request.worksheet_id {
        Some(id) => worksheets::fetch(conn, id)?,
        None => {
            let items = agenda::items_of(conn, meeting_id)?;
            let linked = items
                .iter()
                .filter(|item| item.kind == ItemKind::Reflection)
                .find_map(|item| item.worksheet_id.as_deref())
                .ok_or_else(none_linked)?;
            worksheets::fetch(conn, linked)?
        }
    };
    if worksheet.community_id != meeting.community_id {
        return Err(CoreError::invalid(
            "worksheetId",
            msg!("errors-worksheet-other-meeting", title = worksheet.title),
        ));
    }
    Ok((worksheet, Some(meeting)))
}

/// What the sheet is for: the meeting's title and date, or else the community.
fn occasion(
    conn: &Connection,
    worksheet: &Worksheet,
    meeting: Option<Meeting>,
    l: Localizer,
) -> CoreResult<String> {
    Ok(match meeting {
        Some(meeting) => joined(&[&meeting.title, &meeting.date.long(l.formats())]),
        None => community::fetch(conn, &worksheet.community_id)?.name,
    })
}

fn none_linked() -> CoreError {
    CoreError::invalid("worksheetId", msg!("errors-worksheet-none-linked"))
}

/// The prompts as printed, those to answer numbered from 1.
fn printed_prompts(prompts: &[Prompt]) -> Vec<WorksheetPrompt> {
    let mut number = 0;
    prompts
        .iter()
        .map(|prompt| {
            let (text, help) = (prompt.text.clone(), prompt.help.clone());
            if prompt.kind != PromptKind::Heading {
                number += 1;
            }
            match prompt.kind {
                PromptKind::Heading => WorksheetPrompt::Heading { text, help },
                PromptKind::Write => WorksheetPrompt::Write {
                    number,
                    text,
                    help,
                    lines: prompt.lines,
                },
                PromptKind::Rate => WorksheetPrompt::Rate {
                    number,
                    text,
                    help,
                    items: prompt.items.clone(),
                    levels: prompt.levels.clone(),
                    notes: prompt.notes,
                },
                PromptKind::Table => WorksheetPrompt::Table {
                    number,
                    text,
                    help,
                    columns: prompt.columns.clone(),
                    rows: prompt.lines,
                },
            }
        })
        .collect()
}

/// What a member's copy prints about them: the goal they are working on now (the
/// latest active one) and their latest check-in.
fn person(plan: &Plan, l: Localizer) -> WorksheetPerson {
    let member = &plan.member;
    let goal = plan
        .goals
        .iter()
        .rev()
        .find(|goal| goal.current.fields.status == GoalStatus::Active)
        .map(|goal| goal.current.fields.goal.clone());
    WorksheetPerson {
        name: member.name.clone(),
        site: joined(&[&member.organization, &member.site]),
        goal: goal.unwrap_or_default(),
        last_checkin: plan
            .checkins
            .first()
            .map(|checkin| checkin_line(checkin, l))
            .unwrap_or_default(),
    }
}

pub fn worksheet_pdf(core: &Core, request: &PrintWorksheet) -> CoreResult<(String, Vec<u8>)> {
    let (worksheet, copies) = core.store.read(|conn| {
        let (worksheet, meeting) = chosen(conn, request)?;
        let l = Localizer::new(worksheet.language);
        let occasion = occasion(conn, &worksheet, meeting, l)?;
        let people = if request.personalised {
            let members = member::all_in(conn, &worksheet.community_id)?;
            if members.is_empty() {
                return Err(CoreError::invalid(
                    "personalised",
                    msg!("errors-worksheet-no-members"),
                ));
            }
            members
                .iter()
                .map(|m| Ok(Some(person(&plan_in(conn, &m.id)?, l))))
                .collect::<CoreResult<Vec<_>>>()?
        } else {
            vec![None]
        };
        let prompts = printed_prompts(&worksheet.prompts);
        let copies = people
            .into_iter()
            .map(|person| WorksheetSheet {
                title: worksheet.title.clone(),
                intro: worksheet.intro.clone(),
                occasion: occasion.clone(),
                person,
                prompts: prompts.clone(),
            })
            .collect::<Vec<_>>();
        Ok((worksheet, copies))
    })?;
    let l = Localizer::new(worksheet.language);
    let info = print_info(core, l);
    let bytes =
        convene_print::worksheets_pdf(&worksheet.title, &copies, paper_of(request.paper), &info)?;
    let title = file_safe(&worksheet.title);
    let name = if request.personalised {
        l.message(&msg!("print-worksheet-file-personalised", title = title))
    } else {
        l.message(&msg!("print-worksheet-file", title = title))
    };
    Ok((name, bytes))
}

pub fn worksheet(core: &Core, request: PrintWorksheet) -> CoreResult<PrintedDocument> {
    let (file_name, bytes) = worksheet_pdf(core, &request)?;
    Ok(document(file_name, bytes))
}
