//! `convene report`: an evaluation report written to a file, as the PDF a funder reads
//! or as a CSV table for a spreadsheet: a meeting's, a community's meetings side by
//! side, or several communities pooled.

use convene_core::domain::report::compare::{across_csv, Across, AcrossCsv};
use convene_core::domain::report::tables::{report_csv, ReportCsv, ReportTable};
use convene_core::print::{self, PrintAcross, PrintReport};
use convene_core::Core;

use crate::cli::{ReportArgs, ReportFormat, ReportTableArg};
use crate::library_cli::{paper, save};
use crate::lookup;
use crate::words::told;

fn meeting_report(core: &Core, meeting: &str, args: &ReportArgs) -> Result<Vec<u8>, String> {
    let meeting_id = lookup::find_meeting(core, meeting)?;
    Ok(match args.format {
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
    })
}

/// One community's series, or several pooled.
fn across_report(core: &Core, args: &ReportArgs) -> Result<Vec<u8>, String> {
    let ids = args
        .community
        .iter()
        .map(|c| lookup::find_community(core, c))
        .collect::<Result<Vec<_>, _>>()?;
    let across = match ids.as_slice() {
        [community_id] => Across::Series {
            community_id: community_id.clone(),
        },
        _ => Across::Network { community_ids: ids },
    };
    Ok(match args.format {
        ReportFormat::Pdf => {
            let request = PrintAcross {
                across,
                paper: paper(args.paper),
                lang: args.lang.map(Into::into),
            };
            print::across_pdf(core, &request).map_err(told)?.1
        }
        ReportFormat::Csv => across_csv(core, AcrossCsv { across })
            .map_err(told)?
            .csv
            .into_bytes(),
    })
}

pub fn report(core: &Core, args: ReportArgs) -> Result<(), String> {
    let bytes = match &args.meeting {
        Some(meeting) => meeting_report(core, meeting, &args)?,
        None => across_report(core, &args)?,
    };
    save(&args.out, &bytes)
}
