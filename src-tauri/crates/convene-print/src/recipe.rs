//! The one recipe every printed document follows.
//!
//! A document says what it is (its page setup, its title, its blocks) and
//! `render` does the rest the same way for all of them: check the caller's
//! metadata, load the fonts, lay the blocks out (set smaller, when the
//! document allows it, to need fewer pages), break them into pages and draw.
//! So a new document is its view model and an `impl Document`; it never
//! touches fonts, page sizes, pagination or printpdf.

use crate::fonts::{Fonts, TextMeasure};
use crate::layout::{Block, Composer};
use crate::paginate::{page_per_block, shrink_to_fit, Fitted};
use crate::render::{self, DocumentSpec, PageGeometry, Part};
use crate::{Paper, PrintError, PrintInfo};
use convene_i18n::{msg, Localizer};

/// Which way up the paper is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Orientation {
    Portrait,
    Landscape,
}

/// How the printed sheet is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fold {
    /// Read as it comes out of the printer.
    Flat,
    /// Folded along its middle to stand on a table: the content fills the
    /// lower half and is repeated, turned half a turn, in the upper half, so
    /// it reads upright from both sides. Such a page has no running head,
    /// which would print upside down on the other face.
    TableTent,
}

/// Whether a document may be set smaller to need fewer pages.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Fit {
    /// Always full size; a long document runs on to more pages.
    RunOn,
    /// Set smaller step by step, down to this share of full size, to fit
    /// one page, or as few pages as the smallest size needs.
    ShrinkTo(f32),
}

impl Fit {
    /// The smallest scale allowed; at 1 the blocks are laid out once, at full size.
    fn min_scale(self) -> f32 {
        match self {
            Fit::RunOn => 1.0,
            Fit::ShrinkTo(scale) => scale,
        }
    }
}

/// When the footer carries "Page 2 of 3".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PageNumbers {
    /// A batch of one-page documents (certificates), each complete in itself.
    Never,
    Always,
    /// Only when there is more than one page: a one-page card or poster needs none.
    WhenSeveral,
}

/// How blocks follow each other down a page.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Flow {
    /// Space between blocks, at full size: a document set smaller gets
    /// proportionally smaller gaps.
    pub gap: f32,
    /// Draw a rule in the middle of each gap: heavy under the first block, a hairline elsewhere.
    pub rules: bool,
    /// Print "(continued)" at the left of a block's first row on a later page;
    /// only for layouts that keep that spot free.
    pub mark_continued: bool,
    pub page_numbers: PageNumbers,
    /// Every block starts a page of its own (one certificate per page).
    pub page_per_block: bool,
}

/// The pages of one kind of document, the same whatever it holds.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Setup {
    pub orientation: Orientation,
    pub fold: Fold,
    pub fit: Fit,
    pub flow: Flow,
    /// Pages keep a band at the top for a serial and a code, and get corner marks.
    pub scannable: bool,
}

/// What a printed document is; `render` turns it into a PDF.
pub(crate) trait Document {
    /// How its pages are set up.
    const SETUP: Setup;

    /// The title a PDF viewer shows for the file.
    fn title(&self, l: Localizer) -> String;

    /// The one image the document places (a scanned signature), if any.
    fn picture(&self) -> Option<&printpdf::RawImage> {
        None
    }

    /// The small line at the top of every page after the first, so a loose
    /// page can be placed.
    fn running_head(&self, l: Localizer) -> String {
        l.message(&msg!("print-continued", title = self.title(l)))
    }

    /// The content, as blocks `width` points wide set by `c`, its own words in
    /// `l`'s language. Pages break between blocks where they can, and the first
    /// block is the header the heavy rule sits under.
    fn blocks<M: TextMeasure>(&self, c: &Composer<M>, width: f32, l: Localizer) -> Vec<Block>;
}

/// Renders `document` on `paper`: the single way any document becomes a PDF.
pub(crate) fn render<D: Document>(
    document: &D,
    paper: Paper,
    info: &PrintInfo,
) -> Result<Vec<u8>, PrintError> {
    render_copies(document, paper, info, &[])
}

/// Renders one copy of `document` per stamp, all in one PDF, each page of a copy
/// carrying its stamp; a document that is not scannable ignores the stamps.
pub(crate) fn render_copies<D: Document>(
    document: &D,
    paper: Paper,
    info: &PrintInfo,
    stamps: &[crate::Stamp],
) -> Result<Vec<u8>, PrintError> {
    let l = Localizer::new(info.lang);
    render_all(
        &document.title(l),
        std::slice::from_ref(document),
        paper,
        info,
        stamps,
    )
}

/// Renders several documents of one kind into one PDF titled `title`: each starts on
/// a page of its own and numbers its pages from its own first (a personalised copy per
/// member). Nothing is rendered for no documents.
pub(crate) fn render_each<D: Document>(
    title: &str,
    documents: &[D],
    paper: Paper,
    info: &PrintInfo,
) -> Result<Vec<u8>, PrintError> {
    render_all(title, documents, paper, info, &[])
}

/// The page the documents are set on, and each laid out and paginated on it.
pub(crate) fn lay_out<D: Document>(
    documents: &[D],
    paper: Paper,
    fonts: &Fonts,
    l: Localizer,
) -> (PageGeometry, Vec<Fitted>) {
    let setup = D::SETUP;
    let geometry = PageGeometry::for_paper(paper, setup.orientation);
    let geometry = if setup.scannable {
        geometry.with_scan_band()
    } else {
        geometry
    };
    let width = geometry.content_width();
    let capacity = geometry.capacity(setup.fold);
    let fitted = documents
        .iter()
        .map(|document| {
            let mut fitted =
                shrink_to_fit(setup.fit.min_scale(), capacity, setup.flow.gap, |scale| {
                    document.blocks(&Composer::new(fonts, scale), width, l)
                });
            if setup.flow.page_per_block {
                fitted.pages = page_per_block(fitted.pages);
            }
            fitted
        })
        .collect();
    (geometry, fitted)
}

fn render_all<D: Document>(
    title: &str,
    documents: &[D],
    paper: Paper,
    info: &PrintInfo,
    stamps: &[crate::Stamp],
) -> Result<Vec<u8>, PrintError> {
    let setup = D::SETUP;
    let l = Localizer::new(info.lang);
    let created = crate::timestamp::parse_rfc3339(&info.created)?;
    let fonts = Fonts::load()?;
    let (geometry, fitted) = lay_out(documents, paper, &fonts, l);
    let stamps = if setup.scannable { stamps } else { &[][..] };
    let parts: Vec<Part> = documents
        .iter()
        .zip(&fitted)
        .map(|(document, fitted)| Part {
            blocks: &fitted.blocks,
            pages: &fitted.pages,
            gap: fitted.gap,
            running_head: match setup.fold {
                Fold::Flat => document.running_head(l),
                Fold::TableTent => String::new(),
            },
        })
        .collect();
    let spec = DocumentSpec {
        title,
        created,
        footer: &info.footer,
        l,
        geometry,
        fold: setup.fold,
        flow: setup.flow,
        stamps,
        picture: documents.first().and_then(Document::picture),
    };
    Ok(render::document(&spec, &fonts, &parts))
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;
    use crate::layout::{style, Column, Tone};

    /// The least a document can be: a setup, a title and its blocks.
    struct Note<'a> {
        laid_out: &'a Cell<u32>,
    }

    impl Document for Note<'_> {
        const SETUP: Setup = Setup {
            orientation: Orientation::Portrait,
            fold: Fold::Flat,
            fit: Fit::RunOn,
            flow: Flow {
                gap: 10.0,
                rules: false,
                mark_continued: false,
                page_numbers: PageNumbers::WhenSeveral,
                page_per_block: false,
            },
            scannable: false,
        };

        fn title(&self, _: Localizer) -> String {
            "A note".to_owned()
        }

        fn blocks<M: TextMeasure>(&self, c: &Composer<M>, width: f32, _: Localizer) -> Vec<Block> {
            self.laid_out.set(self.laid_out.get() + 1);
            let body = style(crate::fonts::Face::Regular, 10.0, 14.0, Tone::Ink);
            vec![c.paragraph("Bring chairs.", body, Column::full(width), 0.0)]
        }
    }

    fn info(created: &str) -> PrintInfo {
        PrintInfo {
            created: created.to_owned(),
            footer: "Printed from Convene".to_owned(),
            lang: convene_i18n::Lang::En,
        }
    }

    #[test]
    fn a_document_needs_only_its_setup_title_and_blocks() {
        let laid_out = Cell::new(0);
        let note = Note {
            laid_out: &laid_out,
        };
        let pdf = render(&note, Paper::A4, &info("2026-11-22T10:00:00Z")).expect("renders");
        assert!(pdf.starts_with(b"%PDF-"));
        assert_eq!(
            laid_out.get(),
            1,
            "a document that never shrinks is laid out once"
        );
    }

    #[test]
    fn a_bad_creation_time_is_refused_before_anything_is_laid_out() {
        let laid_out = Cell::new(0);
        let note = Note {
            laid_out: &laid_out,
        };
        let refused = render(&note, Paper::Letter, &info("yesterday"));
        assert!(matches!(refused, Err(PrintError::InvalidTimestamp(_))));
        assert_eq!(laid_out.get(), 0);
    }
}
