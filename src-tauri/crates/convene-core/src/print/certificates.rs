//! Certificates and transcripts as PDFs. Certificates print from the register, each as
//! it was issued and in its member's language; printing never changes the register.

use convene_i18n::{msg, Lang, Localizer};
use convene_print::{CertificateBatch, CertificatePage, TranscriptEntry, TranscriptSheet};
use serde::Deserialize;
use ts_rs::TS;

use super::{
    document, file_safe, joined, localizer, paper_of, print_info, PaperSize, PrintedDocument,
};
use crate::domain::certificates::{self, Certificate};
use crate::domain::hours::table::{ceus, hours};
use crate::domain::hours::transcript::transcript_in;
use crate::domain::series;
use crate::settings::{self, CertificateSettings};
use crate::time::CalendarDate;
use crate::{Core, CoreResult};

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PrintCertificates {
    /// One series' certificates, or several series' in one file (a community's years).
    pub series_ids: Vec<String>,
    /// Only these members' certificates; none prints every current one of the series.
    #[serde(default)]
    #[ts(optional)]
    pub member_ids: Option<Vec<String>>,
    pub paper: PaperSize,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PrintTranscript {
    pub member_id: String,
    pub paper: PaperSize,
    #[serde(default)]
    #[ts(optional)]
    pub lang: Option<Lang>,
}

/// Hours as a certificate writes them: "8", "8.5", "8.25".
fn spoken_hours(minutes: u32) -> String {
    let text = hours(minutes);
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

fn date_range(first: CalendarDate, last: CalendarDate, l: Localizer) -> String {
    let f = l.formats();
    if first == last {
        f.date(first.naive())
    } else {
        format!("{} – {}", f.date(first.naive()), f.date(last.naive()))
    }
}

fn page(certificate: &Certificate, signer: &CertificateSettings) -> CertificatePage {
    let l = Localizer::new(certificate.language);
    let issued = certificate
        .issued_at
        .get(..10)
        .and_then(CalendarDate::parse)
        .map(|d| l.formats().date(d.naive()))
        .unwrap_or_default();
    CertificatePage {
        lang: certificate.language,
        provider: certificate.provider.clone(),
        member_name: certificate.member_name.clone(),
        series_title: certificate.series_title.clone(),
        community_name: certificate.community_name.clone(),
        dates: date_range(certificate.first_date, certificate.last_date, l),
        meetings: certificate.meetings,
        hours: spoken_hours(certificate.contact_minutes),
        ceus: ceus(certificate.ceu_tenths),
        accreditation: certificate.accreditation.clone(),
        signer_name: signer.signer_name.clone(),
        signer_title: signer.signer_title.clone(),
        issued,
        number: certificate.number.clone(),
        code: certificate.code.clone(),
        replaces: certificate.replaces.clone(),
    }
}

/// The series' current certificates (or the named members'), one page each; the file
/// is named after the series, or after the community when there are several.
pub fn certificates_pdf(core: &Core, request: &PrintCertificates) -> CoreResult<(String, Vec<u8>)> {
    let l = localizer(core, None);
    let (title, certificates, (signer, signature)) = core.store.read(|conn| {
        let mut titles = Vec::new();
        let mut current = Vec::new();
        for id in &request.series_ids {
            let series = series::fetch(conn, id)?;
            current.extend(certificates::current_of_series(conn, &series.id)?);
            titles.push(match request.series_ids.len() {
                1 => series.title,
                _ => crate::domain::community::fetch(conn, &series.community_id)?.name,
            });
        }
        if let Some(members) = &request.member_ids {
            current.retain(|c| c.member_id.as_ref().is_some_and(|id| members.contains(id)));
        }
        let title = titles.into_iter().next().unwrap_or_default();
        let signature = settings::signature(conn)?;
        Ok((
            title,
            current,
            (settings::read(conn)?.certificates, signature),
        ))
    })?;
    let batch = CertificateBatch {
        pages: certificates.iter().map(|c| page(c, &signer)).collect(),
        signature: signature
            .map(|bytes| convene_print::Signature::decode(&bytes))
            .transpose()?,
    };
    let info = convene_print::PrintInfo {
        footer: String::new(),
        ..print_info(core, l)
    };
    let bytes = convene_print::certificates_pdf(&batch, paper_of(request.paper), &info)?;
    let name = l.message(&msg!("print-certificate-file", title = file_safe(&title)));
    Ok((name, bytes))
}

pub fn certificates(core: &Core, request: PrintCertificates) -> CoreResult<PrintedDocument> {
    let (file_name, bytes) = certificates_pdf(core, &request)?;
    Ok(document(file_name, bytes))
}

fn certificate_line(c: &Certificate, l: Localizer) -> String {
    let date = c
        .issued_at
        .get(..10)
        .and_then(CalendarDate::parse)
        .map(|d| l.formats().date(d.naive()))
        .unwrap_or_default();
    let (number, series) = (c.number.clone(), c.series_title.clone());
    match &c.replaced_by {
        Some(newer) => l.message(&msg!(
            "print-transcript-certificate-replaced",
            number = number,
            series = series,
            date = date,
            newer = newer.clone()
        )),
        None => l.message(&msg!(
            "print-transcript-certificate-line",
            number = number,
            series = series,
            date = date
        )),
    }
}

pub fn transcript_pdf(core: &Core, request: &PrintTranscript) -> CoreResult<(String, Vec<u8>)> {
    let l = localizer(core, request.lang);
    let transcript = core
        .store
        .read(|conn| transcript_in(conn, &request.member_id))?;
    let member = &transcript.member;
    let affiliation = joined(&[&member.organization, &member.site]);
    let sheet = TranscriptSheet {
        member_name: member.name.clone(),
        affiliation,
        community_name: transcript.community_name.clone(),
        lines: transcript
            .lines
            .iter()
            .map(|line| TranscriptEntry {
                date: l.formats().date(line.date.naive()),
                title: line.title.clone(),
                series: line.series_title.clone(),
                hours: hours(line.earned_minutes),
            })
            .collect(),
        total_hours: hours(transcript.minutes),
        ceus: ceus(transcript.ceu_tenths),
        certificates: transcript
            .certificates
            .iter()
            .map(|c| certificate_line(c, l))
            .collect(),
    };
    let bytes =
        convene_print::transcript_pdf(&sheet, paper_of(request.paper), &print_info(core, l))?;
    let name = l.message(&msg!(
        "print-transcript-file",
        name = file_safe(&member.name)
    ));
    Ok((name, bytes))
}

pub fn transcript(core: &Core, request: PrintTranscript) -> CoreResult<PrintedDocument> {
    let (file_name, bytes) = transcript_pdf(core, &request)?;
    Ok(document(file_name, bytes))
}
