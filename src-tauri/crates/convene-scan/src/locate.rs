//! Finds a printed sheet's four corner marks in a scan and, from them, where any point
//! of the page lands in the image, whichever way up the page went through the scanner.
//!
//! The marks are solid squares near the page corners, the top left one larger. Each is
//! looked for in its own corner of the image as a dark, square, nearly solid blob of
//! about the expected size; the larger one says which corner is the page's top left,
//! and the other three follow it clockwise. A phone photo may show the table around
//! the sheet: then the corners are looked for in the corners of the sheet of paper,
//! the picture's largest bright patch.

use convene_print::{PageFrame, Square};
use image::{imageops, GrayImage, Luma};
use imageproc::contrast::{otsu_level, threshold, ThresholdType};
use imageproc::geometric_transformations::Projection;
use imageproc::region_labelling::{connected_components, Connectivity};

use crate::ScanError;

/// Where the page is in the scan.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Pose {
    /// The paper it was printed on, as its corner marks' spacing shows.
    pub(crate) frame: PageFrame,
    /// From page points (x right, y down from the page's top edge) to image pixels.
    projection: Projection,
    /// Image pixels per page point, for sizing what is sampled.
    pub(crate) scale: f32,
    /// The grey of solid ink, as seen in the corner marks.
    pub(crate) ink: u8,
}

impl Pose {
    /// The image pixel where the page point (`x`, `y`), y up from the bottom edge, lands.
    pub(crate) fn in_image(&self, x: f32, y: f32) -> (f32, f32) {
        self.projection * (x, self.frame.height - y)
    }

    /// The grey under which a pixel counts as inked, given the paper's grey nearby: a
    /// third of the way from that paper to the corner marks' black.
    pub(crate) fn inked_below(&self, paper: f32) -> f32 {
        paper - (paper - f32::from(self.ink)).max(1.0) / 3.0
    }
}

/// The grey of the pixel under a point of the image; none off its edges.
pub(crate) fn grey_at(image: &GrayImage, x: f32, y: f32) -> Option<u8> {
    let (x, y) = (x.floor(), y.floor());
    if x < 0.0 || y < 0.0 || x >= image.width() as f32 || y >= image.height() as f32 {
        return None;
    }
    Some(image.get_pixel(x as u32, y as u32).0[0])
}

/// How much of the image's short side each corner's search window spans.
const WINDOW: f32 = 0.22;
/// A blob's side may differ this much from the mark's printed size (scaling, blur).
const SIZE_TOLERANCE: (f32, f32) = (0.6, 1.6);
/// Least share of its bounding box a mark fills (a square turned 3° still fills ~90 %).
const SOLIDITY: f32 = 0.7;
/// The orientation mark's area over a small mark's, printed at (8 mm / 5 mm)² ≈ 2.6.
const LARGER: f32 = 1.6;
/// The long side, in pixels, of the small copy the paper is looked for in.
const PAPER_SEARCH: f32 = 400.0;
/// Least share of a photo the sheet of paper covers to be looked for.
const PAPER_SHARE: f32 = 0.15;

/// A dark blob: its pixel count, bounding box and centre, in image pixels.
#[derive(Debug, Clone, Copy)]
struct Blob {
    area: u32,
    min: (u32, u32),
    max: (u32, u32),
    centre: (f32, f32),
    ink: u8,
}

/// A rectangle of the image, in pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Region {
    x: u32,
    y: u32,
    width: u32,
    height: u32,
}

/// Finds the page, printed on one of `frames`' papers, in `image`: first as a scanner
/// leaves it, filling the image; failing that, as a phone photo shows it, a sheet of
/// paper with the table around it.
pub(crate) fn locate(image: &GrayImage, frames: &[PageFrame]) -> Result<Pose, ScanError> {
    let (width, height) = image.dimensions();
    if width < 200 || height < 200 {
        return Err(ScanError::TooSmall);
    }
    let whole = Region {
        x: 0,
        y: 0,
        width,
        height,
    };
    match locate_in(image, frames, whole) {
        Err(ScanError::NoCorners) => match paper_region(image) {
            Some(paper) if paper != whole => locate_in(image, frames, paper),
            _ => Err(ScanError::NoCorners),
        },
        found => found,
    }
}

/// Finds the page assuming it fills `region`, either way round.
fn locate_in(image: &GrayImage, frames: &[PageFrame], region: Region) -> Result<Pose, ScanError> {
    let first = frames.first().ok_or(ScanError::NoCorners)?;
    let Region {
        x: left,
        y: top,
        width,
        height,
    } = region;
    let long = width.max(height) as f32;
    let scale_guess = long / first.height.max(first.width);
    let level = if (width, height) == image.dimensions() {
        otsu_level(image)
    } else {
        otsu_level(&imageops::crop_imm(image, left, top, width, height).to_image())
    };
    let side = (width.min(height) as f32 * WINDOW) as u32;
    let windows = [
        (left, top),
        (left + width - side, top),
        (left + width - side, top + height - side),
        (left, top + height - side),
    ];
    let mut found = Vec::with_capacity(4);
    for (index, (x, y)) in windows.into_iter().enumerate() {
        let window = imageops::crop_imm(image, x, y, side, side).to_image();
        let outer_corner = match index {
            0 => (0.0, 0.0),
            1 => (side as f32, 0.0),
            2 => (side as f32, side as f32),
            _ => (0.0, side as f32),
        };
        let blob = corner_mark(&window, level, scale_guess, first, outer_corner)
            .ok_or(ScanError::NoCorners)?;
        found.push(Blob {
            centre: (blob.centre.0 + x as f32, blob.centre.1 + y as f32),
            ..blob
        });
    }
    pose_from(&found, frames)
}

/// The sheet of paper in a photo that shows the table around it: the largest bright
/// patch, found on a small copy, with a little room kept around it. None when no patch
/// covers a good part of the picture.
fn paper_region(image: &GrayImage) -> Option<Region> {
    let (width, height) = image.dimensions();
    let shrink = (width.max(height) as f32 / PAPER_SEARCH).max(1.0);
    let (small_w, small_h) = (
        ((width as f32 / shrink) as u32).max(1),
        ((height as f32 / shrink) as u32).max(1),
    );
    let small = imageops::resize(image, small_w, small_h, imageops::FilterType::Triangle);
    let bright = threshold(&small, otsu_level(&small), ThresholdType::Binary);
    let labels = connected_components(&bright, Connectivity::Four, Luma([0u8]));
    let paper = blobs(&small, &labels).into_iter().max_by_key(|b| b.area)?;
    if (paper.area as f32) < PAPER_SHARE * (small_w * small_h) as f32 {
        return None;
    }
    let room = |extent: u32| (extent as f32 * 0.02) as u32;
    let (x0, y0) = (
        paper.min.0.saturating_sub(room(small_w)),
        paper.min.1.saturating_sub(room(small_h)),
    );
    let (x1, y1) = (
        (paper.max.0 + 1 + room(small_w)).min(small_w),
        (paper.max.1 + 1 + room(small_h)).min(small_h),
    );
    let full = |v: u32, limit: u32| ((v as f32 * shrink) as u32).min(limit);
    let (x, y) = (full(x0, width), full(y0, height));
    let region = Region {
        x,
        y,
        width: full(x1, width) - x,
        height: full(y1, height) - y,
    };
    (region.width >= 200 && region.height >= 200).then_some(region)
}

/// The blob in `window` most like a corner mark, nearest the window's outer corner.
fn corner_mark(
    window: &GrayImage,
    level: u8,
    scale: f32,
    frame: &PageFrame,
    outer_corner: (f32, f32),
) -> Option<Blob> {
    let dark = threshold(window, level, ThresholdType::BinaryInverted);
    let labels = connected_components(&dark, Connectivity::Eight, Luma([0u8]));
    let blobs = blobs(window, &labels);
    let small = frame.corners[1].side * scale;
    let large = frame.corners[0].side * scale;
    let plausible = |blob: &&Blob| {
        let w = (blob.max.0 - blob.min.0 + 1) as f32;
        let h = (blob.max.1 - blob.min.1 + 1) as f32;
        let sized = |side: f32| {
            let range = side * SIZE_TOLERANCE.0..=side * SIZE_TOLERANCE.1;
            range.contains(&w) && range.contains(&h)
        };
        (sized(small) || sized(large))
            && w.max(h) / w.min(h) < 1.35
            && blob.area as f32 >= SOLIDITY * w * h
    };
    let distance = |blob: &Blob| {
        let (dx, dy) = (
            blob.centre.0 - outer_corner.0,
            blob.centre.1 - outer_corner.1,
        );
        dx * dx + dy * dy
    };
    blobs
        .iter()
        .filter(plausible)
        .min_by(|a, b| distance(a).total_cmp(&distance(b)))
        .copied()
}

/// Each labelled component's area, bounding box, centre and mean grey.
fn blobs(window: &GrayImage, labels: &image::ImageBuffer<Luma<u32>, Vec<u32>>) -> Vec<Blob> {
    #[derive(Clone, Copy)]
    struct Sum {
        area: u32,
        min: (u32, u32),
        max: (u32, u32),
        x: f64,
        y: f64,
        grey: u64,
    }
    let mut sums: Vec<Option<Sum>> = Vec::new();
    for (x, y, label) in labels.enumerate_pixels() {
        let label = label.0[0] as usize;
        if label == 0 {
            continue;
        }
        if sums.len() <= label {
            sums.resize(label + 1, None);
        }
        let grey = u64::from(window.get_pixel(x, y).0[0]);
        let sum = sums[label].get_or_insert(Sum {
            area: 0,
            min: (x, y),
            max: (x, y),
            x: 0.0,
            y: 0.0,
            grey: 0,
        });
        sum.area += 1;
        sum.min = (sum.min.0.min(x), sum.min.1.min(y));
        sum.max = (sum.max.0.max(x), sum.max.1.max(y));
        sum.x += f64::from(x) + 0.5;
        sum.y += f64::from(y) + 0.5;
        sum.grey += grey;
    }
    sums.into_iter()
        .flatten()
        .map(|sum| Blob {
            area: sum.area,
            min: sum.min,
            max: sum.max,
            centre: (
                (sum.x / f64::from(sum.area)) as f32,
                (sum.y / f64::from(sum.area)) as f32,
            ),
            ink: (sum.grey / u64::from(sum.area)) as u8,
        })
        .collect()
}

/// The projective map from the four marks found (image corners clockwise from top left),
/// turned so that the largest mark is the page's top left, for the paper whose marks
/// are spaced most like those found.
fn pose_from(found: &[Blob], frames: &[PageFrame]) -> Result<Pose, ScanError> {
    let largest = (0..found.len())
        .max_by_key(|&i| found[i].area)
        .ok_or(ScanError::NoCorners)?;
    let next_largest = found
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != largest)
        .map(|(_, blob)| blob.area)
        .max()
        .unwrap_or(0);
    if (found[largest].area as f32) < LARGER * next_largest as f32 {
        return Err(ScanError::NoCorners);
    }
    // The image corners are clockwise from its top left; the page's are too, so
    // starting from the largest mark gives the page's top left, top right, bottom
    // right and bottom left.
    let to: [(f32, f32); 4] = std::array::from_fn(|k| found[(largest + k) % 4].centre);
    let seen = distance(to[0], to[3]) / distance(to[0], to[1]);
    let aspect = |frame: &PageFrame| {
        let from = page_points(frame);
        (distance(from[0], from[3]) / distance(from[0], from[1]) - seen).abs()
    };
    let frame = *frames
        .iter()
        .min_by(|a, b| aspect(a).total_cmp(&aspect(b)))
        .ok_or(ScanError::NoCorners)?;
    let from = page_points(&frame);
    let projection = Projection::from_control_points(from, to).ok_or(ScanError::NoCorners)?;
    Ok(Pose {
        frame,
        projection,
        scale: distance(to[0], to[1]) / distance(from[0], from[1]),
        ink: found[largest].ink,
    })
}

/// The centres of the frame's marks, top left, top right, bottom right, bottom left,
/// in points down from the page's top edge.
fn page_points(frame: &PageFrame) -> [(f32, f32); 4] {
    let [top_left, top_right, bottom_left, bottom_right] = frame.corners;
    let page_down = |square: Square| {
        let (x, y) = square.centre();
        (x, frame.height - y)
    };
    [
        page_down(top_left),
        page_down(top_right),
        page_down(bottom_right),
        page_down(bottom_left),
    ]
}

fn distance(a: (f32, f32), b: (f32, f32)) -> f32 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}
