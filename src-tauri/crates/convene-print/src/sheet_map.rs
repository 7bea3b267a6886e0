//! Where things are on the pages of a printed form, so that a scan of a filled-in
//! copy can be read back: the corner marks that fix the page's position, the square
//! of the code that names the copy (both the same on every form printed on a paper
//! size), every circle with the answer it stands for, and the room where answers are
//! written. It comes from the same
//! layout the PDF is drawn from, so the two cannot disagree.

use convene_i18n::{Lang, Localizer};

use crate::fonts::Fonts;
use crate::recipe::{lay_out, Orientation};
use crate::render::{spots, PageGeometry, PageSpots, Part};
use crate::scan::{code_square, corner_squares, Square};
use crate::{FormSheet, Paper, PrintError};

/// What every scannable page printed on one paper size shares; lengths in points from
/// the page's lower-left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageFrame {
    pub paper: Paper,
    pub width: f32,
    pub height: f32,
    /// Top left (the larger one), top right, bottom left, bottom right.
    pub corners: [Square; 4],
    /// The QR code, quiet zone included, top right on every page.
    pub code: Square,
}

/// The frame of a scannable page on `paper`.
pub fn page_frame(paper: Paper) -> PageFrame {
    let geometry = PageGeometry::for_paper(paper, Orientation::Portrait).with_scan_band();
    PageFrame {
        paper,
        width: geometry.width,
        height: geometry.height,
        corners: corner_squares(geometry),
        code: code_square(geometry),
    }
}

/// A printed form's pages as a scanner sees them. Every copy of the form shares it.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetMap {
    pub frame: PageFrame,
    /// Each page's circles and room for writing.
    pub pages: Vec<PageSpots>,
}

/// The map of `sheet` printed on `paper` with page furniture in `lang`.
pub fn form_map(sheet: &FormSheet, paper: Paper, lang: Lang) -> Result<SheetMap, PrintError> {
    let fonts = Fonts::load()?;
    let l = Localizer::new(lang);
    let (geometry, fitted) = lay_out(std::slice::from_ref(sheet), paper, &fonts, l);
    let pages = fitted
        .first()
        .map(|fitted| {
            let part = Part {
                blocks: &fitted.blocks,
                pages: &fitted.pages,
                gap: fitted.gap,
                running_head: String::new(),
            };
            spots(geometry, &part)
        })
        .unwrap_or_default();
    Ok(SheetMap {
        frame: page_frame(paper),
        pages,
    })
}
