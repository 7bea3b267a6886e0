//! Whether anything was written where a form asks for writing: on a comment's lines or
//! in the boxes of a participant code. Such answers are not read here; a person types
//! them from the sheet, so a page knows which of its written answers are blank and
//! which need typing.

use convene_print::WritingArea;
use image::GrayImage;

use crate::locate::{grey_at, Pose};

/// One written answer as seen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WritingReading {
    /// The item's place among the form's items.
    pub item: usize,
    /// Ink seen in its lines or boxes, in square points.
    pub ink: f32,
    /// Enough ink for a short word: a person types it.
    pub written: bool,
}

/// At least this much ink, in square points, is writing: a short word is 30 to 60,
/// a stray dot about 5.
const WRITTEN: f32 = 12.0;
/// How finely the area is sampled, in points: finer than a pen stroke.
const STEP: f32 = 0.5;

/// The written answers of one page, each item once, in the order of their areas.
pub(crate) fn read(image: &GrayImage, pose: &Pose, areas: &[WritingArea]) -> Vec<WritingReading> {
    let mut readings: Vec<WritingReading> = Vec::new();
    for area in areas {
        let ink = ink_in(image, pose, area);
        match readings.iter_mut().find(|r| r.item == area.item) {
            Some(reading) => reading.ink += ink,
            None => readings.push(WritingReading {
                item: area.item,
                ink,
                written: false,
            }),
        }
    }
    for reading in &mut readings {
        reading.written = reading.ink >= WRITTEN;
    }
    readings
}

/// Square points of the area darker than the inked level, measured against the
/// area's own paper (a light percentile of it), so that uneven light reads alike.
fn ink_in(image: &GrayImage, pose: &Pose, area: &WritingArea) -> f32 {
    let columns = (area.width / STEP) as u32;
    let rows = (area.height / STEP) as u32;
    let greys: Vec<u8> = (0..rows)
        .flat_map(|r| (0..columns).map(move |c| (c, r)))
        .filter_map(|(c, r)| {
            let x = area.left + (c as f32 + 0.5) * STEP;
            let y = area.bottom + (r as f32 + 0.5) * STEP;
            let (px, py) = pose.in_image(x, y);
            grey_at(image, px, py)
        })
        .collect();
    let mut sorted = greys.clone();
    sorted.sort_unstable();
    let Some(&paper) = sorted.get(sorted.len() * 9 / 10) else {
        return 0.0;
    };
    let paper = f32::from(paper);
    let inked_below = pose.inked_below(paper);
    let inked = greys
        .iter()
        .filter(|g| f32::from(**g) < inked_below)
        .count();
    inked as f32 * STEP * STEP
}
