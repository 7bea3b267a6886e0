//! Certificates of completion: one landscape page per member who completed a series,
//! a whole batch in one PDF. Each page is in its own member's language, so a batch can
//! mix English and Spanish; nothing else (no footer, no page numbers) is printed on it.

use convene_i18n::{msg, Lang, Localizer};

use crate::fonts::{Face, TextMeasure};
use crate::layout::{style, Block, Column, Composer, Fill, Mark, Picture, Row, Shape, Style, Tone};
use crate::recipe::{self, Document, Fit, Flow, Fold, Orientation, PageNumbers, Setup};
use crate::{Paper, PrintError, PrintInfo};

/// One certificate, its facts already formatted in its own language.
#[derive(Debug, Clone)]
pub struct CertificatePage {
    pub lang: Lang,
    /// Who issues it; empty prints no provider line.
    pub provider: String,
    pub member_name: String,
    pub series_title: String,
    pub community_name: String,
    /// "September 12, 2026 – November 14, 2026".
    pub dates: String,
    pub meetings: u32,
    /// "8" or "8.5".
    pub hours: String,
    /// "0.8".
    pub ceus: String,
    /// Printed only when not empty.
    pub accreditation: String,
    pub signer_name: String,
    pub signer_title: String,
    /// The date of issue, formatted.
    pub issued: String,
    pub number: String,
    pub code: String,
    /// The number of the certificate this one replaces, for a reissue.
    pub replaces: Option<String>,
}

/// A batch of certificates, printed together.
#[derive(Debug, Clone)]
pub struct CertificateBatch {
    pub pages: Vec<CertificatePage>,
    /// A scanned signature, printed above every signature line.
    pub signature: Option<Signature>,
}

/// A scanned signature, decoded once for the whole batch.
#[derive(Debug, Clone)]
pub struct Signature(printpdf::RawImage);

impl Signature {
    /// A PNG or JPEG image; anything else is refused.
    pub fn decode(bytes: &[u8]) -> Result<Signature, PrintError> {
        let mut warnings = Vec::new();
        let image = printpdf::RawImage::decode_from_bytes(bytes, &mut warnings)
            .map_err(PrintError::ImageUnreadable)?;
        if image.width == 0 || image.height == 0 {
            return Err(PrintError::ImageUnreadable("it has no pixels".into()));
        }
        Ok(Signature(image))
    }

    /// Width and height in pixels.
    pub fn pixels(&self) -> (usize, usize) {
        (self.0.width, self.0.height)
    }
}

/// Renders one page per certificate.
pub fn certificates_pdf(
    batch: &CertificateBatch,
    paper: Paper,
    info: &PrintInfo,
) -> Result<Vec<u8>, PrintError> {
    recipe::render(batch, paper, info)
}

const PROVIDER: Style = style(Face::Bold, 14.0, 20.0, Tone::Muted);
const HEADING: Style = style(Face::Bold, 34.0, 42.0, Tone::Accent);
const LEAD: Style = style(Face::Regular, 14.0, 20.0, Tone::Ink);
const NAME: Style = style(Face::Bold, 30.0, 38.0, Tone::Ink);
const SERIES: Style = style(Face::Bold, 19.0, 25.0, Tone::Ink);
const DETAIL: Style = style(Face::Regular, 12.5, 17.0, Tone::Ink);
const HOURS: Style = style(Face::Bold, 16.0, 22.0, Tone::Ink);
const SMALL: Style = style(Face::Regular, 10.0, 13.0, Tone::Muted);
const SIGNER: Style = style(Face::Regular, 11.0, 14.0, Tone::Ink);
/// The dark bands above and below the text.
const BAND: Style = style(Face::Regular, 1.0, 5.0, Tone::Ink);
/// How wide the signature and date lines are.
const LINE: f32 = 220.0;
/// The most a scanned signature may stand above its line.
const SIGNATURE_HEIGHT: f32 = 48.0;

impl Document for CertificateBatch {
    const SETUP: Setup = Setup {
        orientation: Orientation::Landscape,
        fold: Fold::Flat,
        fit: Fit::RunOn,
        flow: Flow {
            gap: 0.0,
            rules: false,
            mark_continued: false,
            page_numbers: PageNumbers::Never,
            page_per_block: true,
        },
        scannable: false,
    };

    fn title(&self, l: Localizer) -> String {
        match self.pages.as_slice() {
            [one] => Localizer::new(one.lang).message(&msg!(
                "print-certificate-title-one",
                name = one.member_name.clone()
            )),
            _ => l.text("print-certificate-title"),
        }
    }

    fn picture(&self) -> Option<&printpdf::RawImage> {
        self.signature.as_ref().map(|s| &s.0)
    }

    /// A certificate is whole on its page: no running head.
    fn running_head(&self, _: Localizer) -> String {
        String::new()
    }

    fn blocks<M: TextMeasure>(&self, c: &Composer<M>, width: f32, _: Localizer) -> Vec<Block> {
        self.pages
            .iter()
            .map(|page| certificate(c, page, Column::full(width), self.signature.as_ref()))
            .collect()
    }
}

fn band<M: TextMeasure>(c: &Composer<M>, full: Column, space: f32) -> Row {
    let mut row = c.empty_row(BAND);
    row.space_before = space;
    row.fills.push(Fill {
        column: full,
        grey: 0.3,
    });
    row
}

fn certificate<M: TextMeasure>(
    c: &Composer<M>,
    page: &CertificatePage,
    full: Column,
    signature: Option<&Signature>,
) -> Block {
    let l = Localizer::new(page.lang);
    let mut rows = vec![band(c, full, 0.0)];
    rows.extend(c.centered(&page.provider, PROVIDER, full, 22.0));
    rows.extend(c.centered(&l.text("print-certificate-heading"), HEADING, full, 18.0));
    rows.extend(c.centered(&l.text("print-certificate-certifies"), LEAD, full, 26.0));
    rows.extend(c.centered(&page.member_name, NAME, full, 12.0));
    rows.extend(c.centered(&l.text("print-certificate-completed"), LEAD, full, 12.0));
    rows.extend(c.centered(&page.series_title, SERIES, full, 8.0));
    rows.extend(c.centered(&page.community_name, DETAIL, full, 2.0));
    let attended = msg!(
        "print-certificate-attended",
        meetings = page.meetings,
        dates = page.dates.clone()
    );
    rows.extend(c.centered(&l.message(&attended), DETAIL, full, 18.0));
    let hours = msg!(
        "print-certificate-hours",
        hours = page.hours.clone(),
        ceus = page.ceus.clone()
    );
    rows.extend(c.centered(&l.message(&hours), HOURS, full, 8.0));
    rows.extend(c.centered(&page.accreditation, SMALL, full, 6.0));
    rows.extend(signatures(c, page, full, &l, signature));
    rows.extend(c.centered(&identity(page, &l), SMALL, full, 26.0));
    rows.push(band(c, full, 14.0));
    rows
}

/// The signature line (name and title under it) at the left, the date of issue at the right.
fn signatures<M: TextMeasure>(
    c: &Composer<M>,
    page: &CertificatePage,
    full: Column,
    l: &Localizer,
    signature: Option<&Signature>,
) -> Vec<Row> {
    let left = Column {
        x: full.x + 20.0,
        width: LINE,
    };
    let right = Column {
        x: full.x + full.width - LINE - 20.0,
        width: LINE,
    };
    let mut lines = c.empty_row(SIGNER);
    lines.space_before = 46.0;
    let mut date = c.centered(&page.issued, SIGNER, right, 0.0);
    if let Some(first) = date.first_mut() {
        lines.runs.append(&mut first.runs);
    }
    lines.marks = [left, right]
        .map(|column| Mark {
            x: column.x,
            size: column.width,
            shape: Shape::WritingLine,
            target: None,
        })
        .to_vec();
    let signer = [page.signer_name.as_str(), page.signer_title.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let signer = if signer.is_empty() {
        l.text("print-certificate-signature")
    } else {
        signer
    };
    let mut labels = c.centered(&signer, SMALL, left, 4.0);
    let issued = c.centered(&l.text("print-certificate-issued"), SMALL, right, 4.0);
    labels = crate::layout::side_by_side(labels, issued);
    let mut rows = Vec::new();
    if let Some(signature) = signature {
        rows.push(signed(c, signature, left));
        lines.space_before = 0.0;
    }
    rows.push(lines);
    rows.extend(labels);
    rows
}

/// A row holding the scanned signature, as large as fits over the line, its shape kept.
fn signed<M: TextMeasure>(c: &Composer<M>, signature: &Signature, over: Column) -> Row {
    let (wide, high) = signature.pixels();
    let scale = (over.width / wide as f32).min(SIGNATURE_HEIGHT / high as f32);
    let (width, height) = (wide as f32 * scale, high as f32 * scale);
    let mut row = c.empty_row(BAND);
    row.space_before = 46.0 - height.min(40.0);
    row.leading = height;
    row.picture = Some(Picture {
        x: over.x + (over.width - width) / 2.0,
        width,
        height,
    });
    row
}

/// "Certificate No. 2026-0007 · Verification code K7Q2-M9PD", and a reissue's note.
fn identity(page: &CertificatePage, l: &Localizer) -> String {
    let number = l.message(&msg!(
        "print-certificate-number",
        number = page.number.clone(),
        code = page.code.clone()
    ));
    match &page.replaces {
        Some(old) => {
            let note = l.message(&msg!("print-certificate-reissued", number = old.clone()));
            format!("{number} · {note}")
        }
        None => number,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testing::{all_text, HalfEm};

    fn page(lang: Lang, replaces: Option<&str>) -> CertificatePage {
        CertificatePage {
            lang,
            provider: "Example Network".into(),
            member_name: "Ana Ruiz".into(),
            series_title: "Year 1".into(),
            community_name: "Site Coordinator CoP".into(),
            dates: "September 12, 2026 – November 14, 2026".into(),
            meetings: 2,
            hours: "8".into(),
            ceus: "0.8".into(),
            accreditation: String::new(),
            signer_name: "Jo Lee".into(),
            signer_title: "Director".into(),
            issued: "December 7, 2026".into(),
            number: "2026-0001".into(),
            code: "K7Q2-M9PD".into(),
            replaces: replaces.map(str::to_owned),
        }
    }

    #[test]
    fn each_certificate_is_one_block_in_its_own_language() {
        let batch = CertificateBatch {
            pages: vec![page(Lang::En, None), page(Lang::Es, Some("2026-0001"))],
            signature: None,
        };
        let c = Composer::new(&HalfEm, 1.0);
        let blocks = batch.blocks(&c, 700.0, Localizer::new(Lang::En));
        assert_eq!(blocks.len(), 2);
        let english = all_text(&blocks[..1]);
        assert!(english.contains("Ana Ruiz"));
        assert!(english.contains("8 contact hours"));
        assert!(english.contains("2026-0001"));
        assert!(!english.contains("eissued"));
        let spanish = all_text(&blocks[1..]);
        assert!(spanish.contains("horas de contacto"), "{spanish}");
        assert!(spanish.contains("2026-0001"));
    }
}
