//! `convene print certificates`: issues the certificates a community's members have
//! earned and not yet received (recording them in the register, as the UI does), then
//! prints every current one of the chosen series into one PDF.

use convene_core::domain::certificates::{self, IssueCertificates};
use convene_core::domain::series::{self, ListSeries};
use convene_core::print::{self, PrintCertificates};
use convene_core::Core;
use convene_i18n::msg;

use crate::cli::PrintCertificatesArgs;
use crate::library_cli::{paper, save};
use crate::lookup;
use crate::say;
use crate::words::{told, words};

pub fn print_certificates(core: &Core, args: PrintCertificatesArgs) -> Result<(), String> {
    let community_id = lookup::find_community(core, &args.community)?;
    let all = series::list(core, ListSeries { community_id }).map_err(told)?;
    let chosen: Vec<_> = match &args.series {
        Some(wanted) => all
            .into_iter()
            .filter(|s| &s.id == wanted || &s.title == wanted)
            .collect(),
        None => all,
    };
    if chosen.is_empty() {
        return Err(match &args.series {
            Some(wanted) => words().message(&msg!("shell-no-series", wanted = wanted.as_str())),
            None => words().text("shell-community-no-series"),
        });
    }
    let mut printed = 0;
    for one in &chosen {
        let request = IssueCertificates {
            series_id: one.id.clone(),
        };
        let report = certificates::issue(core, request).map_err(told)?;
        printed += report.certificates.len();
        say(&words().message(&msg!(
            "shell-certificates-issued",
            series = one.title.clone(),
            issued = report.issued,
            already = report.already_issued,
            missing = report.not_completed
        )));
    }
    if printed == 0 {
        return Err(words().text("shell-no-certificates"));
    }
    let request = PrintCertificates {
        series_ids: chosen.into_iter().map(|s| s.id).collect(),
        member_ids: None,
        paper: paper(args.paper),
    };
    let (_, bytes) = print::certificates_pdf(core, &request).map_err(told)?;
    save(&args.out, &bytes)
}
