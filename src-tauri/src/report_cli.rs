//! `convene report`: a meeting's evaluation report written to a file, as the PDF a
//! funder reads or as a CSV table for a spreadsheet.

use convene_core::domain::report::tables::{report_csv, ReportCsv, ReportTable};
use convene_core::print::{self, PrintReport};
use convene_core::Core;

use crate::cli::{ReportArgs, ReportFormat, ReportTableArg};
use crate::library_cli::{paper, save};
use crate::lookup;
use crate::words::told;

pub fn report(core: &Core, args: ReportArgs) -> Result<(), String> {
    let meeting_id = lookup::find_meeting(core, &args.meeting)?;
    let bytes = match args.format {
        ReportFormat::Pdf => {
            let request = PrintReport {
                meeting_id,
                paper: paper(args.paper),
                lang: args.lang.map(Into::into),
            };
            print::report_pdf(core, &request).map_err(told)?.1
        }
        ReportFormat::Csv => {
            let table = match args.table {
                ReportTableArg::Summary => ReportTable::Summary,
                ReportTableArg::Raw => ReportTable::Raw,
            };
            let request = ReportCsv { meeting_id, table };
            report_csv(core, request).map_err(told)?.csv.into_bytes()
        }
    };
    save(&args.out, &bytes)
}
