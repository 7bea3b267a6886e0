//! Reads a scanned page of an evaluation sheet Convene printed back into answers.
//!
//! The printed form's map (`convene_print::SheetMap`) says where everything is in page
//! points; a scan shows the same page turned, scaled and noisy. Reading a page is
//! four steps: find the four corner marks and, from them, the projective map from
//! page to scan (`locate`); decode the QR code that names the copy (`code`);
//! measure how much of each circle is inked against the paper around it, calling it
//! filled, empty, doubtful or struck through (`marks`); and see which written answers
//! hold any writing (`writing`). Nothing here knows about the database: the
//! core decides what a reading means for a sheet.

mod code;
mod locate;
mod marks;
mod snippet;
mod stack;
mod writing;

use convene_print::{PageFrame, Paper, SheetMap};
pub use image::GrayImage;
use locate::Pose;

pub use marks::{MarkReading, MarkState};
pub use snippet::Area;
pub use stack::Stack;
pub use writing::WritingReading;

/// Pages larger than this many pixels are refused: a letter page at 600 dpi is
/// about 34 million, and anything far larger is not a scan of one page.
pub const MAX_PIXELS: u64 = 60_000_000;

/// Files larger than this are refused whole: 150 pages scanned at 300 dpi in grey
/// make a PDF of about 75 MB.
pub const MAX_FILE_BYTES: usize = 100 * 1024 * 1024;

/// Why a page could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ScanError {
    #[error("the file is not an image this reader knows: {0}")]
    Undecodable(String),
    #[error("the image is {width} × {height} pixels, larger than one scanned page can be")]
    TooLarge { width: u32, height: u32 },
    #[error("the image is too small to hold a readable sheet")]
    TooSmall,
    #[error("the four corner marks of a printed sheet were not found")]
    NoCorners,
    #[error("the sheet's code could not be read")]
    NoCode,
    #[error("the file says it is a PDF but could not be opened as one")]
    NotAPdf,
    #[error("the page holds no scanned image")]
    NoImage,
    #[error("the page's image is compressed as {0}, which this reader does not know")]
    Unsupported(String),
}

/// A page found in a scan: the paper it was printed on and where it lies.
#[derive(Debug, Clone, Copy)]
pub struct Located {
    pose: Pose,
}

impl Located {
    pub fn paper(&self) -> Paper {
        self.pose.frame.paper
    }
}

/// What the circles of one scanned page say.
#[derive(Debug, Clone)]
pub struct PageReading {
    /// Which page of the form it is (0 for the first), found from where the circles are.
    pub page: usize,
    /// Every circle on that page, in the order the map lists them.
    pub marks: Vec<MarkReading>,
    /// Every written answer on that page: blank, or to be typed by a person.
    pub writing: Vec<WritingReading>,
}

/// A decoder's complaint, as the reason a file is no image this reader knows.
pub(crate) fn undecodable(error: impl std::fmt::Display) -> ScanError {
    ScanError::Undecodable(error.to_string())
}

/// Refuses an image of more than [`MAX_PIXELS`], before it is decoded when possible.
pub(crate) fn check_size(width: u32, height: u32) -> Result<(), ScanError> {
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(ScanError::TooLarge { width, height });
    }
    Ok(())
}

/// Decodes an image file (PNG, JPEG or TIFF) into grey, refusing what is too large.
pub fn decode_image(bytes: &[u8]) -> Result<GrayImage, ScanError> {
    let reader = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(undecodable)?;
    let (width, height) = reader.into_dimensions().map_err(undecodable)?;
    check_size(width, height)?;
    let image = image::load_from_memory(bytes).map_err(undecodable)?;
    Ok(image.to_luma8())
}

/// Finds a printed sheet's page in `image`, printed on one of the `frames`' papers.
pub fn locate(image: &GrayImage, frames: &[PageFrame]) -> Result<Located, ScanError> {
    check_size(image.width(), image.height())?;
    Ok(Located {
        pose: locate::locate(image, frames)?,
    })
}

/// The copy's code, as its QR code holds it.
pub fn read_code(image: &GrayImage, located: &Located) -> Result<String, ScanError> {
    code::read(image, &located.pose).ok_or(ScanError::NoCode)
}

/// Reads the circles of the located page of the form `map` describes; which page it
/// is, `page` (from 0) when its code said so, else found from where circles are seen.
pub fn read_marks(
    image: &GrayImage,
    located: &Located,
    map: &SheetMap,
    page: Option<usize>,
) -> PageReading {
    let page = page
        .filter(|page| *page < map.pages.len())
        .unwrap_or_else(|| marks::which_page(image, &located.pose, map));
    let Some(spots) = map.pages.get(page) else {
        return PageReading {
            page,
            marks: Vec::new(),
            writing: Vec::new(),
        };
    };
    PageReading {
        page,
        marks: marks::read(image, &located.pose, &spots.circles),
        writing: writing::read(image, &located.pose, &spots.writing),
    }
}

/// `area` of the located page drawn upright at `dots_per_point` pixels a point, as
/// PNG: the image a person reviews a doubtful mark or types a comment from.
pub fn snippet(image: &GrayImage, located: &Located, area: Area, dots_per_point: f32) -> Vec<u8> {
    let pixels = |points: f32| (points * dots_per_point).round().clamp(1.0, 4000.0) as u32;
    let drawn = snippet::upright(
        image,
        &located.pose,
        area,
        pixels(area.width),
        pixels(area.height),
    );
    let mut png = Vec::new();
    // Writing a PNG into memory fails only when memory does.
    let _ = drawn.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png);
    png
}
