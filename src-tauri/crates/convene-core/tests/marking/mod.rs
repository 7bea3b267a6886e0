//! Paper marked as a participant would: a PDF of printed sheets rendered as a
//! scanner would (poppler, 150 dpi, grey), circles filled where the printed words
//! beside them are (found with `pdftotext -bbox`), a faint dot where a person must
//! look, and a scribble under a question. Shared by the scan tests and the
//! `mark_sheets` example the browser tests make their scans with.

use std::path::{Path, PathBuf};
use std::process::Command;

use base64::Engine;
use image::{GrayImage, Luma};

pub const DPI: f32 = 150.0;

/// A printed word and its box: left, top, right, bottom, in points from the page's
/// top left.
pub type Word = (String, f32, f32, f32, f32);

/// The PDF's pages as a 150 dpi grey scan, and where each word is, page by page.
pub struct Scanned {
    pub pages: Vec<GrayImage>,
    pub words: Vec<Vec<Word>>,
}

pub fn scan_pdf(pdf: &[u8], dir: &Path) -> Scanned {
    let file = dir.join("sheets.pdf");
    std::fs::write(&file, pdf).expect("written");
    let status = Command::new("pdftoppm")
        .args(["-r", "150", "-gray", "-png"])
        .arg(&file)
        .arg(dir.join("page"))
        .status()
        .expect("pdftoppm (poppler-utils) is required");
    assert!(status.success());
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "png"))
        .collect();
    files.sort();
    let pages: Vec<GrayImage> = files
        .iter()
        .map(|p| image::open(p).expect("a page").to_luma8())
        .collect();
    let words = (1..=pages.len())
        .map(|page| {
            let n = page.to_string();
            let out = Command::new("pdftotext")
                .args(["-bbox", "-f", &n, "-l", &n])
                .arg(&file)
                .arg("-")
                .output()
                .expect("pdftotext");
            bounding_boxes(&String::from_utf8_lossy(&out.stdout))
        })
        .collect();
    Scanned { pages, words }
}

/// The text of a PDF, as poppler reads it, its lines joined.
pub fn pdf_text(pdf: &[u8], dir: &Path) -> String {
    let file = dir.join("document.pdf");
    std::fs::write(&file, pdf).expect("written");
    let out = Command::new("pdftotext")
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext");
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `<word xMin="…" yMin="…" xMax="…" yMax="…">text</word>` lines, read.
fn bounding_boxes(html: &str) -> Vec<Word> {
    let attr = |line: &str, name: &str| -> f32 {
        let start = line.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
        let end = start + line[start..].find('"').expect("quote");
        line[start..end].parse().expect("a number")
    };
    html.lines()
        .filter(|line| line.trim_start().starts_with("<word"))
        .map(|line| {
            let text_start = line.find('>').expect("tag end") + 1;
            let text_end = line.rfind("</word>").expect("close");
            let text = line[text_start..text_end].to_owned();
            let (x0, y0) = (attr(line, "xMin"), attr(line, "yMin"));
            (text, x0, y0, attr(line, "xMax"), attr(line, "yMax"))
        })
        .collect()
}

/// Fills the circle printed beside the `nth` (from 0) occurrence of `label`.
pub fn fill_beside(scanned: &mut Scanned, page: usize, label: &str, nth: usize) {
    let centre = circle_beside(scanned, page, label, nth);
    disc(&mut scanned.pages[page], centre, 5.5);
}

/// The centre of the circle printed beside the `nth` `label`, in points.
fn circle_beside(scanned: &Scanned, page: usize, label: &str, nth: usize) -> (f32, f32) {
    let (_, x0, y0, _, y1) = scanned.words[page]
        .iter()
        .filter(|w| w.0 == label)
        .nth(nth)
        .cloned()
        .unwrap_or_else(|| panic!("no {label} on page {page}"));
    // The form's circle is 12.76 pt across and ends 5 pt before its label.
    (x0 - 5.0 - 6.38, (y0 + y1) / 2.0 - 0.7)
}

/// A small dark dot in the circle beside the `nth` `label`: too little to be a mark,
/// too much to be nothing, so a person decides.
pub fn dot_beside(scanned: &mut Scanned, page: usize, label: &str, nth: usize) {
    let centre = circle_beside(scanned, page, label, nth);
    disc(&mut scanned.pages[page], centre, 1.6);
}

fn disc(image: &mut GrayImage, (cx, cy): (f32, f32), radius: f32) {
    let scale = DPI / 72.0;
    let (cx, cy, r) = (cx * scale, cy * scale, radius * scale);
    for y in (cy - r) as u32..=(cy + r) as u32 {
        for x in (cx - r) as u32..=(cx + r) as u32 {
            if (x as f32 - cx).powi(2) + (y as f32 - cy).powi(2) <= r * r {
                image.put_pixel(x, y, Luma([20]));
            }
        }
    }
}

/// A short handwritten word (a zigzag of pen strokes) on the first line under the
/// question that `word` ends.
pub fn write_under(scanned: &mut Scanned, page: usize, word: &str) {
    let (_, x0, _, _, y1) = scanned.words[page]
        .iter()
        .find(|w| w.0 == word)
        .cloned()
        .expect("the question");
    for k in 0..10 {
        let x = x0 + k as f32 * 4.0;
        let (from, to) = if k % 2 == 0 {
            (y1 + 15.0, y1 + 7.0)
        } else {
            (y1 + 7.0, y1 + 15.0)
        };
        for step in 0..=16 {
            let t = step as f32 / 16.0;
            let point = (x + 4.0 * t, from + (to - from) * t);
            disc(&mut scanned.pages[page], point, 0.6);
        }
    }
}

pub fn png(image: &GrayImage) -> String {
    let mut bytes = Vec::new();
    image
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .expect("encodes");
    base64::engine::general_purpose::STANDARD.encode(bytes)
}
