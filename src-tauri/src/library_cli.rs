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

pub fn paper(arg: PaperArg) -> PaperSize {
    match arg {
        PaperArg::Letter => PaperSize::Letter,
        PaperArg::A4 => PaperSize::A4,
    }
}

pub fn library(core: &Core, command: LibraryCommand) -> Result<(), String> {
    match command {
        LibraryCommand::Export { out } => {
            let export = transfer::export(core, NoArgs::default()).map_err(|e| e.to_string())?;
            crate::files::save_for_cli(&out, export.json.as_bytes())?;
            say(&format!(
                "Saved {} activities to {}",
                export.count,
                out.display()
            ));
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
            .map_err(|e| e.to_string())?;
            say(&import_summary(&report));
            Ok(())
        }
    }
}

/// Reads a library file, refusing an oversized one before reading it.
fn read_library_file(path: &Path) -> Result<String, String> {
    let size = std::fs::metadata(path)
        .map_err(|e| format!("Could not read {}: {e}", path.display()))?
        .len();
    if size > transfer::MAX_FILE_BYTES as u64 {
        return Err(format!(
            "{} is {:.1} MB; a library file can be at most {} MB.",
            path.display(),
            size as f64 / 1_048_576.0,
            transfer::MAX_FILE_BYTES / 1_048_576
        ));
    }
    let bytes =
        std::fs::read(path).map_err(|e| format!("Could not read {}: {e}", path.display()))?;
    String::from_utf8(bytes).map_err(|_| {
        format!(
            "{} is not a text file (it is not UTF-8); export a library from Convene and try again.",
            path.display()
        )
    })
}

fn import_summary(report: &ImportReport) -> String {
    let verb = if report.dry_run { "Would add" } else { "Added" };
    let mut line = format!(
        "{verb} {} {}",
        report.added.len(),
        plural(report.added.len(), "activity", "activities")
    );
    if !report.added.is_empty() {
        line.push_str(&format!(": {}", report.added.join(", ")));
    }
    line.push('.');
    if !report.duplicates.is_empty() {
        line.push_str(&format!(
            " Skipped {} already in the library: {}.",
            report.duplicates.len(),
            report.duplicates.join(", ")
        ));
    }
    line
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

pub fn save(out: &Path, bytes: &[u8]) -> Result<(), String> {
    crate::files::save_for_cli(out, bytes)?;
    say(&format!("Saved {}", out.display()));
    Ok(())
}

pub fn print_activity(core: &Core, args: cli::PrintActivityArgs) -> Result<(), String> {
    let id = lookup::find_activity(core, &args.activity)?;
    let request = print::PrintActivity {
        activity_id: id,
        paper: paper(args.paper),
        lang: args.lang.map(Into::into),
    };
    let (_, bytes) = print::activity_pdf(core, &request).map_err(|e| e.to_string())?;
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
    let (_, bytes) = print::agreements_pdf(core, &request).map_err(|e| e.to_string())?;
    save(&args.out, &bytes)
}

pub fn print_materials(core: &Core, args: cli::PrintMaterialsArgs) -> Result<(), String> {
    let id = lookup::find_meeting(core, &args.meeting)?;
    let request = print::PrintMaterials {
        meeting_id: id,
        paper: paper(args.paper),
        lang: args.lang.map(Into::into),
    };
    let (_, bytes) = print::materials_pdf(core, &request).map_err(|e| e.to_string())?;
    save(&args.out, &bytes)
}
