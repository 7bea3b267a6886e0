//! A file of scanned pages: one image (PNG, JPEG), a TIFF of many pages (what office
//! scanners write, often fax-compressed black and white), or a PDF whose pages are
//! scanned images. Pages are decoded one at a time, when asked for, so a stack of 150
//! pages never sits in memory whole; a page that cannot be decoded says why without
//! stopping the others.

use std::io::Cursor;

use image::{DynamicImage, GrayImage, Luma};
use lopdf::{Document, Object, ObjectId};
use tiff::decoder::{Decoder, DecodingResult};

use crate::{check_size, decode_image, undecodable, ScanError};

/// The pages of one scanned file.
pub struct Stack {
    source: Source,
}

enum Source {
    Image(Vec<u8>),
    Tiff {
        bytes: Vec<u8>,
        pages: usize,
    },
    Pdf {
        document: Box<Document>,
        pages: Vec<ObjectId>,
    },
}

impl Stack {
    /// Opens a file, telling a PDF and a TIFF from a single image by their first bytes.
    pub fn open(bytes: Vec<u8>) -> Result<Stack, ScanError> {
        let head = &bytes[..bytes.len().min(1024)];
        let source = if head.windows(5).any(|w| w == b"%PDF-") {
            let document = Document::load_mem(&bytes).map_err(|_| ScanError::NotAPdf)?;
            let pages = document.get_pages().into_values().collect();
            Source::Pdf {
                document: Box::new(document),
                pages,
            }
        } else if head.starts_with(b"II*\0") || head.starts_with(b"MM\0*") {
            let pages = tiff_pages(&bytes)?;
            Source::Tiff { bytes, pages }
        } else {
            Source::Image(bytes)
        };
        Ok(Stack { source })
    }

    pub fn len(&self) -> usize {
        match &self.source {
            Source::Image(_) => 1,
            Source::Tiff { pages, .. } => *pages,
            Source::Pdf { pages, .. } => pages.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The `index`th page (from 0), decoded to grey.
    pub fn page(&self, index: usize) -> Result<GrayImage, ScanError> {
        match &self.source {
            Source::Image(bytes) => decode_image(bytes),
            Source::Tiff { bytes, .. } => tiff_page(bytes, index),
            Source::Pdf { document, pages } => {
                let page = pages.get(index).ok_or(ScanError::NoImage)?;
                pdf_page(document, *page)
            }
        }
    }
}

fn tiff_pages(bytes: &[u8]) -> Result<usize, ScanError> {
    let mut decoder = Decoder::new(Cursor::new(bytes)).map_err(undecodable)?;
    let mut pages = 1;
    while decoder.more_images() {
        decoder.next_image().map_err(undecodable)?;
        pages += 1;
    }
    Ok(pages)
}

fn tiff_page(bytes: &[u8], index: usize) -> Result<GrayImage, ScanError> {
    let mut decoder = Decoder::new(Cursor::new(bytes)).map_err(undecodable)?;
    decoder.seek_to_image(index).map_err(undecodable)?;
    let (width, height) = decoder.dimensions().map_err(undecodable)?;
    check_size(width, height)?;
    let colour = decoder.colortype().map_err(undecodable)?;
    let samples = decoder.read_image().map_err(undecodable)?;
    use tiff::ColorType::{Gray, GrayA, RGB, RGBA};
    let (channels, bits) = match colour {
        Gray(bits) => (1, bits),
        GrayA(bits) => (2, bits),
        RGB(bits) => (3, bits),
        RGBA(bits) => (4, bits),
        other => return Err(undecodable(format!("{other:?} colour"))),
    };
    let samples = match samples {
        DecodingResult::U8(samples) => samples,
        DecodingResult::U16(samples) => samples.iter().map(|s| (s >> 8) as u8).collect(),
        _ => return Err(undecodable("samples wider than 16 bits")),
    };
    grey_from(&samples, width, height, channels, bits.min(8))
}

/// A grey page from samples packed as a TIFF or a PDF stores them: rows of `channels`
/// samples of `bits` each (1 or 8), a row of single bits padded to a whole byte, and a
/// set bit white.
fn grey_from(
    samples: &[u8],
    width: u32,
    height: u32,
    channels: usize,
    bits: u8,
) -> Result<GrayImage, ScanError> {
    let short = || undecodable("the image holds fewer samples than its size says");
    match (channels, bits) {
        (1, 1) => {
            let row = (width as usize).div_ceil(8);
            if samples.len() < row * height as usize {
                return Err(short());
            }
            Ok(GrayImage::from_fn(width, height, |x, y| {
                let byte = samples[y as usize * row + x as usize / 8];
                let set = byte & (0x80 >> (x % 8)) != 0;
                Luma([if set { 255 } else { 0 }])
            }))
        }
        (channels, 8) => {
            let length = width as usize * height as usize * channels;
            let samples = samples.get(..length).ok_or_else(short)?.to_vec();
            let image = match channels {
                1 => GrayImage::from_raw(width, height, samples).map(DynamicImage::ImageLuma8),
                2 => image::GrayAlphaImage::from_raw(width, height, samples)
                    .map(DynamicImage::ImageLumaA8),
                3 => image::RgbImage::from_raw(width, height, samples).map(DynamicImage::ImageRgb8),
                _ => {
                    image::RgbaImage::from_raw(width, height, samples).map(DynamicImage::ImageRgba8)
                }
            };
            Ok(image.ok_or_else(short)?.into_luma8())
        }
        _ => Err(undecodable(format!("{bits}-bit samples"))),
    }
}

/// The page's scanned image: the largest image drawn on it (a scanner's PDF draws one).
fn pdf_page(document: &Document, page: ObjectId) -> Result<GrayImage, ScanError> {
    let images = document.get_page_images(page).unwrap_or_default();
    let largest = images
        .iter()
        .max_by_key(|image| image.width.saturating_mul(image.height))
        .ok_or(ScanError::NoImage)?;
    let size = |n: i64| u32::try_from(n).map_err(|_| undecodable("an image of no size"));
    let (width, height) = (size(largest.width)?, size(largest.height)?);
    check_size(width, height)?;
    let filters = largest.filters.clone().unwrap_or_default();
    let stream = document
        .get_object(largest.id)
        .and_then(Object::as_stream)
        .map_err(undecodable)?;
    match filters.last().map(String::as_str) {
        Some("DCTDecode") if filters.len() == 1 => {
            let image = image::load_from_memory(&stream.content).map_err(undecodable)?;
            Ok(image.to_luma8())
        }
        Some("CCITTFaxDecode") if filters.len() == 1 => fax_page(stream, width, height),
        Some(name @ ("DCTDecode" | "JPXDecode" | "JBIG2Decode" | "CCITTFaxDecode")) => Err(
            ScanError::Unsupported(name.trim_end_matches("Decode").to_owned()),
        ),
        _ => {
            let limit = width as usize * height as usize * 4;
            let samples = stream
                .decompressed_content_with_limit(limit)
                .map_err(undecodable)?;
            let channels = match largest.color_space.as_deref() {
                Some("DeviceRGB" | "CalRGB") => 3,
                Some("DeviceCMYK") => return Err(undecodable("CMYK colour")),
                _ => 1,
            };
            let bits = largest.bits_per_component.unwrap_or(8);
            grey_from(&samples, width, height, channels, bits as u8)
        }
    }
}

/// A fax-compressed (CCITT group 4) black-and-white page, as scanners' PDFs hold them.
fn fax_page(stream: &lopdf::Stream, width: u32, height: u32) -> Result<GrayImage, ScanError> {
    let params = stream
        .dict
        .get(b"DecodeParms")
        .and_then(Object::as_dict)
        .ok();
    let number = |key: &[u8], default: i64| {
        params
            .and_then(|p| p.get(key).ok())
            .and_then(|v| v.as_i64().ok())
            .unwrap_or(default)
    };
    if number(b"K", 0) >= 0 {
        return Err(ScanError::Unsupported("CCITT group 3".to_owned()));
    }
    let columns = u16::try_from(number(b"Columns", 1728)).map_err(undecodable)?;
    let rows = u16::try_from(height).map_err(undecodable)?;
    let mut page = GrayImage::from_pixel(width, height, Luma([255]));
    let mut y = 0;
    fax::decoder::decode_g4(
        stream.content.iter().copied(),
        columns,
        Some(rows),
        |line| {
            for (x, colour) in fax::decoder::pels(line, columns).enumerate() {
                if colour == fax::Color::Black && (x as u32) < width && y < height {
                    page.put_pixel(x as u32, y, Luma([0]));
                }
            }
            y += 1;
        },
    )
    .ok_or_else(|| undecodable("a damaged fax-compressed image"))?;
    Ok(page)
}
