//! `convene library export|import` and the printing subcommands beyond the agenda:
//! the same core operations the UI uses, with results reported as one line each.

use std::path::Path;

use convene_core::domain::library::transfer::{self, ImportLibrary, ImportReport};
use convene_core::domain::NoArgs;
use convene_core::print::{self, AgreementsLayout, PaperSize};
use convene_core::Core;

use crate::cli::{self, AgreementsLayoutArg, LibraryCommand, PaperArg};
use crate::lookup;
use crate::say;
use crate::words::{told, words};
use convene_i18n::msg;

pub fn paper(arg: PaperArg) -> PaperSize {
    match arg {
        PaperArg::Letter => PaperSize::Letter,
        PaperArg::A4 => PaperSize::A4,
    }
}

pub fn library(core: &Core, command: LibraryCommand) -> Result<(), String> {
    match command {
        LibraryCommand::Export { out } => {
            let export = transfer::export(core, NoArgs::default()).map_err(told)?;
            crate::files::save_for_cli(&out, export.json.as_bytes())?;
            let path = out.display().to_string();
            say(&words().message(&msg!(
                "shell-library-exported",
                count = export.count,
                path = path
            )));
            Ok(())
        }
        LibraryCommand::Import { file, dry_run } => {
            let json = read_library_file(&file)?;
            let report = transfer::import(
                core,
                ImportLibrary {
                    json,
                    dry_run: Some(dry_run),
                },
            )
            .map_err(told)?;
            say(&import_summary(&report));
            Ok(())
        }
    }
}

/// Reads a library file, refusing an oversized one before reading it.
fn read_library_file(path: &Path) -> Result<String, String> {
    let shown = path.display().to_string();
    let unreadable = |e: std::io::Error| {
        let detail = e.to_string();
        words().message(&msg!(
            "shell-read-failed",
            path = shown.as_str(),
            detail = detail
        ))
    };
    let size = std::fs::metadata(path).map_err(unreadable)?.len();
    if size > transfer::MAX_FILE_BYTES as u64 {
        return Err(words().message(&msg!(
            "shell-library-too-big",
            path = shown.as_str(),
            size = format!("{:.1}", size as f64 / 1_048_576.0),
            max = transfer::MAX_FILE_BYTES / 1_048_576,
        )));
    }
    let bytes = std::fs::read(path).map_err(unreadable)?;
    String::from_utf8(bytes)
        .map_err(|_| words().message(&msg!("shell-library-not-text", path = shown.as_str())))
}

fn import_summary(report: &ImportReport) -> String {
    let w = words();
    let count = report.added.len();
    let mut line = w.message(&if report.dry_run {
        msg!("shell-import-would-add", count = count)
    } else {
        msg!("shell-import-added", count = count)
    });
    if !report.added.is_empty() {
        line.push_str(&format!(": {}", report.added.join(", ")));
    }
    line.push('.');
    if !report.duplicates.is_empty() {
        let skipped = msg!(
            "shell-import-skipped",
            count = report.duplicates.len(),
            names = report.duplicates.join(", "),
        );
        line.push(' ');
        line.push_str(&w.message(&skipped));
    }
    line
}

pub fn save(out: &Path, bytes: &[u8]) -> Result<(), String> {
    crate::files::save_for_cli(out, bytes)?;
    let path = out.display().to_string();
    say(&words().message(&msg!("shell-saved", path = path)));
    Ok(())
}

pub fn print_activity(core: &Core, args: cli::PrintActivityArgs) -> Result<(), String> {
    let id = lookup::find_activity(core, &args.activity)?;
    let request = print::PrintActivity {
        activity_id: id,
        paper: paper(args.paper),
        lang: args.lang.map(Into::into),
    };
    let (_, bytes) = print::activity_pdf(core, &request).map_err(told)?;
    save(&args.out, &bytes)
}

pub fn print_agreements(core: &Core, args: cli::PrintAgreementsArgs) -> Result<(), String> {
    let id = lookup::find_community(core, &args.community)?;
    let layout = match args.layout {
        AgreementsLayoutArg::Poster => AgreementsLayout::Poster,
        AgreementsLayoutArg::Tent => AgreementsLayout::TableTent,
    };
    let request = print::PrintAgreements {
        community_id: id,
        layout,
        paper: paper(args.paper),
        lang: args.lang.map(Into::into),
    };
    let (_, bytes) = print::agreements_pdf(core, &request).map_err(told)?;
    save(&args.out, &bytes)
}

pub fn print_materials(core: &Core, args: cli::PrintMaterialsArgs) -> Result<(), String> {
    let id = lookup::find_meeting(core, &args.meeting)?;
    let request = print::PrintMaterials {
        meeting_id: id,
        paper: paper(args.paper),
        lang: args.lang.map(Into::into),
    };
    let (_, bytes) = print::materials_pdf(core, &request).map_err(told)?;
    save(&args.out, &bytes)
}

pub fn print_sign_in(core: &Core, args: cli::PrintSignInArgs) -> Result<(), String> {
    let request = print::PrintSignIn {
        meeting_id: lookup::find_meeting(core, &args.meeting)?,
        paper: paper(args.paper),
        lang: args.lang.map(Into::into),
        blank_lines: Some(args.blank_lines),
    };
    let (_, bytes) = print::sign_in_pdf(core, &request).map_err(told)?;
    save(&args.out, &bytes)
}

pub fn print_worksheet(core: &Core, args: cli::PrintWorksheetArgs) -> Result<(), String> {
    use convene_core::domain::{meeting, ById};
    let meeting_id = lookup::find_meeting(core, &args.meeting)?;
    let worksheet_id = match &args.worksheet {
        Some(wanted) => {
            let by_id = ById {
                id: meeting_id.clone(),
            };
            let community_id = meeting::get(core, by_id).map_err(told)?.community_id;
            Some(lookup::find_worksheet(core, &community_id, wanted)?)
        }
        None => None,
    };
    let request = print::PrintWorksheet {
        meeting_id: Some(meeting_id),
        worksheet_id,
        personalised: args.personalised,
        paper: paper(args.paper),
    };
    let (_, bytes) = print::worksheet_pdf(core, &request).map_err(told)?;
    save(&args.out, &bytes)
}

/// Numbered sheets of the meeting's form (the one in `--lang` when it has several),
/// as copies or one per member of the community.
pub fn print_form(core: &Core, args: cli::PrintFormArgs) -> Result<(), String> {
    use convene_core::domain::forms::{self, ListForms};
    use convene_core::domain::{meeting, member, ById};
    let meeting_id = lookup::find_meeting(core, &args.meeting)?;
    let members = if args.for_members {
        let by_id = ById {
            id: meeting_id.clone(),
        };
        let community_id = meeting::get(core, by_id).map_err(told)?.community_id;
        let everyone = member::ListMembers {
            community_id,
            query: None,
        };
        let listed = member::list(core, everyone).map_err(told)?;
        Some(listed.into_iter().map(|m| m.id).collect())
    } else {
        None
    };
    let listed = forms::list(core, ListForms { meeting_id }).map_err(told)?;
    let wanted = args.lang.map(convene_core::Lang::from);
    let form = listed
        .into_iter()
        .find(|form| wanted.is_none_or(|lang| form.lang == lang))
        .ok_or_else(|| words().message(&msg!("shell-no-form", meeting = args.meeting.as_str())))?;
    let request = print::PrintForm {
        form_id: form.id,
        copies: (!args.for_members).then_some(args.copies),
        members,
        paper: paper(args.paper),
    };
    let (_, bytes) = print::form_pdf(core, &request).map_err(told)?;
    save(&args.out, &bytes)
}
