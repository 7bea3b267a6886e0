//! Command-line arguments and where the data lives.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

/// The folder name under the OS's per-user data folder; the same as the Tauri identifier.
const APP_FOLDER: &str = "org.convene.app";

#[derive(Debug, Parser)]
#[command(
    name = "convene",
    version,
    about = "Plan and run Community of Practice meetings."
)]
pub struct Cli {
    /// Folder that holds Convene's data (default: the OS's per-user app-data folder).
    #[arg(long, global = true, env = "CONVENE_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve Convene to a web browser instead of opening the window.
    Serve(ServeArgs),
    /// Print a document to a PDF file.
    #[command(subcommand)]
    Print(PrintCommand),
    /// Share the teambuilding activity library as a file.
    #[command(subcommand)]
    Library(LibraryCommand),
    /// A meeting's evaluation report: a PDF for the funder, or its tables as CSV.
    Report(ReportArgs),
    /// Read scanned or photographed evaluation sheets into a meeting's entry.
    Scan(ScanArgs),
    /// Make a backup of the data now, in the backups folder beside it.
    Backup,
    /// Replace the data with a backup file's (the current data is backed up first).
    Restore {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// The meeting's id, or its exact title.
    #[arg(long, value_name = "ID_OR_EXACT_TITLE")]
    pub meeting: String,
    /// The entry the scans stand as: 1, or 2 for the second of double entry.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u8).range(1..=2))]
    pub pass: u8,
    /// Images of scanned pages (PNG, JPEG or TIFF), a page each.
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum LibraryCommand {
    /// Write every activity in the library (not the bin) to a JSON file.
    Export {
        #[arg(long, value_name = "FILE.json")]
        out: PathBuf,
    },
    /// Add the activities of a library file; nothing is added if any of it is invalid.
    Import {
        #[arg(value_name = "FILE.json")]
        file: PathBuf,
        /// Check the file and report what would be added, without adding it.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum PrintCommand {
    /// A meeting's agenda: the participants' handout, or the facilitator's copy.
    Agenda(PrintAgendaArgs),
    /// A one-page activity card: steps, materials, safety and debrief questions.
    Activity(PrintActivityArgs),
    /// A community's agreements as a poster or a table tent.
    Agreements(PrintAgreementsArgs),
    /// The materials checklist of a meeting's activities.
    Materials(PrintMaterialsArgs),
    /// Numbered evaluation sheets of a meeting's form, one serial per copy.
    Form(PrintFormArgs),
    /// A meeting's sign-in sheet: the members by name, then lines for walk-ins.
    SignIn(PrintSignInArgs),
    /// A meeting's reflection worksheet (its reflection item's, unless `--worksheet`
    /// names one): one blank copy, or one per member with their goal printed in.
    Worksheet(PrintWorksheetArgs),
    /// Certificates of completion for everyone who completed a community's series,
    /// one per page; issues (and records in the register) those not issued yet.
    Certificates(PrintCertificatesArgs),
}

#[derive(Debug, Args)]
pub struct PrintSignInArgs {
    /// The meeting's id, or its exact title.
    #[arg(long, value_name = "ID_OR_EXACT_TITLE")]
    pub meeting: String,
    /// Lines for walk-ins after the members.
    #[arg(long, default_value_t = 8)]
    pub blank_lines: u32,
    #[arg(long, value_enum, default_value_t = PaperArg::Letter)]
    pub paper: PaperArg,
    /// The document's language; the one set in Convene when not given.
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    #[arg(long, value_name = "FILE.pdf")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct PrintWorksheetArgs {
    /// The meeting's id, or its exact title.
    #[arg(long, value_name = "ID_OR_EXACT_TITLE")]
    pub meeting: String,
    /// One of the community's worksheets, by id or exact title.
    #[arg(long, value_name = "ID_OR_EXACT_TITLE")]
    pub worksheet: Option<String>,
    /// A copy per member: name, site, current goal and last check-in printed in.
    #[arg(long)]
    pub personalised: bool,
    #[arg(long, value_enum, default_value_t = PaperArg::Letter)]
    pub paper: PaperArg,
    #[arg(long, value_name = "FILE.pdf")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct PrintCertificatesArgs {
    /// The community's id, or its exact name.
    #[arg(long, value_name = "ID_OR_EXACT_NAME")]
    pub community: String,
    /// One series of the community, by id or exact title; all of its series when not given.
    #[arg(long, value_name = "ID_OR_EXACT_TITLE")]
    pub series: Option<String>,
    #[arg(long, value_enum, default_value_t = PaperArg::Letter)]
    pub paper: PaperArg,
    #[arg(long, value_name = "FILE.pdf")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct PrintFormArgs {
    /// The meeting's id, or its exact title.
    #[arg(long, value_name = "ID_OR_EXACT_TITLE")]
    pub meeting: String,
    /// How many numbered sheets to print; each gets its own serial.
    #[arg(long, default_value_t = 1)]
    pub copies: u32,
    /// One sheet per member of the meeting's community, each with the member's
    /// participant code printed on it (for a form that prints codes).
    #[arg(long, conflicts_with = "copies")]
    pub for_members: bool,
    #[arg(long, value_enum, default_value_t = PaperArg::Letter)]
    pub paper: PaperArg,
    /// Which form, when the meeting has one in each language; its first form otherwise.
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    #[arg(long, value_name = "FILE.pdf")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct PrintActivityArgs {
    /// The activity's id, or its exact name.
    #[arg(long, value_name = "ID_OR_EXACT_NAME")]
    pub activity: String,
    #[arg(long, value_enum, default_value_t = PaperArg::Letter)]
    pub paper: PaperArg,
    /// The document's language; the one set in Convene when not given.
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    #[arg(long, value_name = "FILE.pdf")]
    pub out: PathBuf,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum AgreementsLayoutArg {
    /// Landscape, large type, for the wall.
    Poster,
    /// Folded in half to stand on a table.
    Tent,
}

#[derive(Debug, Args)]
pub struct PrintAgreementsArgs {
    /// The community's id, or its exact name.
    #[arg(long, value_name = "ID_OR_EXACT_NAME")]
    pub community: String,
    #[arg(long, value_enum, default_value_t = AgreementsLayoutArg::Poster)]
    pub layout: AgreementsLayoutArg,
    #[arg(long, value_enum, default_value_t = PaperArg::Letter)]
    pub paper: PaperArg,
    /// The document's language; the one set in Convene when not given.
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    #[arg(long, value_name = "FILE.pdf")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct PrintMaterialsArgs {
    /// The meeting's id, or its exact title.
    #[arg(long, value_name = "ID_OR_EXACT_TITLE")]
    pub meeting: String,
    #[arg(long, value_enum, default_value_t = PaperArg::Letter)]
    pub paper: PaperArg,
    /// The document's language; the one set in Convene when not given.
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    #[arg(long, value_name = "FILE.pdf")]
    pub out: PathBuf,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum LangArg {
    En,
    Es,
}

impl From<LangArg> for convene_core::Lang {
    fn from(lang: LangArg) -> Self {
        match lang {
            LangArg::En => convene_core::Lang::En,
            LangArg::Es => convene_core::Lang::Es,
        }
    }
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The meeting's id, or its exact title: that meeting's report.
    #[arg(
        long,
        value_name = "ID_OR_EXACT_TITLE",
        required_unless_present = "community",
        conflicts_with = "community"
    )]
    pub meeting: Option<String>,
    /// A community's id, or its exact name: its meetings side by side. Given more than
    /// once, the communities pooled in a network report.
    #[arg(long, value_name = "ID_OR_EXACT_NAME")]
    pub community: Vec<String>,
    #[arg(long, value_enum, default_value_t = ReportFormat::Pdf)]
    pub format: ReportFormat,
    /// For a meeting's CSV: the summary table, or every answer of every entered sheet.
    #[arg(long, value_enum, default_value_t = ReportTableArg::Summary)]
    pub table: ReportTableArg,
    #[arg(long, value_enum, default_value_t = PaperArg::Letter)]
    pub paper: PaperArg,
    /// The PDF's language; the one set in Convene when not given.
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Pdf,
    Csv,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ReportTableArg {
    Summary,
    Raw,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum PaperArg {
    Letter,
    A4,
}

#[derive(Debug, Args)]
pub struct PrintAgendaArgs {
    /// The meeting's id, or its exact title.
    #[arg(long, value_name = "ID_OR_EXACT_TITLE")]
    pub meeting: String,
    /// The facilitator's copy, with notes and materials.
    #[arg(long)]
    pub facilitator: bool,
    #[arg(long, value_enum, default_value_t = PaperArg::Letter)]
    pub paper: PaperArg,
    /// The document's language; the one set in Convene when not given.
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Where to write the PDF.
    #[arg(long, value_name = "FILE.pdf")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Port to listen on.
    #[arg(long, default_value_t = convene_server::DEFAULT_PORT)]
    pub port: u16,
    /// Also accept connections from other machines on the network (off by default).
    #[arg(long)]
    pub network: bool,
}

impl Cli {
    pub fn data_dir(&self) -> Result<PathBuf, String> {
        if let Some(dir) = &self.data_dir {
            return Ok(dir.clone());
        }
        dirs::data_dir()
            .map(|base| base.join(APP_FOLDER))
            .ok_or_else(|| crate::words::words().text("shell-no-data-folder"))
    }
}

/// Prints help and version as clap does; any other parse error as one line.
pub fn report_usage_error(error: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) {
        let _ = error.print();
        return ExitCode::SUCCESS;
    }
    let rendered = error.to_string();
    let first_line = rendered.lines().next().unwrap_or("invalid arguments");
    let sentence = first_line.trim_start_matches("error: ");
    eprintln!("convene: {sentence} (see `convene --help`)");
    ExitCode::from(2)
}
