//! The pair list of a period, with contact details, to hand out in the room.

use convene_i18n::{msg, Lang};
use convene_print::PairListSheet;
use serde::Deserialize;
use ts_rs::TS;

use super::{
    document, file_safe, joined, localizer, paper_of, print_info, PaperSize, PrintedDocument,
};
use crate::domain::pairs::{self, ListPairings};
use crate::{Core, CoreError, CoreResult};

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PrintPairs {
    pub pairing_id: String,
    pub paper: PaperSize,
    #[serde(default)]
    #[ts(optional)]
    pub lang: Option<Lang>,
}

pub fn pairs_pdf(core: &Core, request: &PrintPairs) -> CoreResult<(String, Vec<u8>)> {
    let l = localizer(core, request.lang);
    let (community_id, community) = core.store.read(|conn| {
        let id = pairs::community_of(conn, &request.pairing_id)?;
        Ok((id.clone(), crate::domain::community::fetch(conn, &id)?.name))
    })?;
    let pairing = pairs::list(core, ListPairings { community_id })?
        .into_iter()
        .find(|p| p.id == request.pairing_id)
        .ok_or_else(|| CoreError::not_found("pairing"))?;
    let sheet = PairListSheet {
        community,
        period: format!("{} · {}", pairing.label, l.message(&pairing.kind.label())),
        groups: pairing
            .groups
            .iter()
            .map(|group| {
                group
                    .members
                    .iter()
                    .map(|p| joined(&[&p.name, &p.organization, &p.site, &p.email, &p.phone]))
                    .collect()
            })
            .collect(),
    };
    let bytes =
        convene_print::pair_list_pdf(&sheet, paper_of(request.paper), &print_info(core, l))?;
    let name = l.message(&msg!("print-pairs-file", label = file_safe(&pairing.label)));
    Ok((name, bytes))
}

pub fn pairs(core: &Core, request: PrintPairs) -> CoreResult<PrintedDocument> {
    let (file_name, bytes) = pairs_pdf(core, &request)?;
    Ok(document(file_name, bytes))
}
