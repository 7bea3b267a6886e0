//! Decodes the QR code printed top right on every page, which names the form, its
//! version and the copy. The code's square (with room around it for a page placed a
//! little off) is redrawn upright and enlarged from the scan before it is searched:
//! at an office scanner's 150 dpi a module is only three pixels, too few to read
//! once the page is turned. Only that square is searched, so a stray code elsewhere
//! on the page is never read instead.

use image::{GrayImage, Luma};
use imageproc::contrast::{otsu_level, threshold, ThresholdType};

use crate::locate::Pose;

/// Extra room around the code's square, as a share of its side.
const MARGIN: f32 = 0.15;
/// The side of the redrawn square, in pixels: about eight a module.
const REDRAWN: u32 = 360;

pub(crate) fn read(image: &GrayImage, pose: &Pose) -> Option<String> {
    let upright = redrawn(image, pose);
    let level = otsu_level(&upright);
    let sharp = threshold(&upright, level, ThresholdType::Binary);
    [sharp, upright].iter().find_map(decode)
}

/// The code's square as printed, sampled from the scan through the page's pose.
fn redrawn(image: &GrayImage, pose: &Pose) -> GrayImage {
    let code = pose.frame.code;
    let reach = code.side * MARGIN;
    let (left, top) = (code.left - reach, code.bottom + code.side + reach);
    let span = code.side + 2.0 * reach;
    let step = span / REDRAWN as f32;
    GrayImage::from_fn(REDRAWN, REDRAWN, |u, v| {
        let x = left + (u as f32 + 0.5) * step;
        let y = top - (v as f32 + 0.5) * step;
        let (px, py) = pose.in_image(x, y);
        Luma([bilinear(image, px, py)])
    })
}

/// The grey at a point between pixel centres; white off the image.
fn bilinear(image: &GrayImage, x: f32, y: f32) -> u8 {
    let (x, y) = (x - 0.5, y - 0.5);
    let (x0, y0) = (x.floor(), y.floor());
    let (fx, fy) = (x - x0, y - y0);
    let at = |dx: f32, dy: f32| {
        let (px, py) = (x0 + dx, y0 + dy);
        if px < 0.0 || py < 0.0 || px >= image.width() as f32 || py >= image.height() as f32 {
            255.0
        } else {
            f32::from(image.get_pixel(px as u32, py as u32).0[0])
        }
    };
    let top = at(0.0, 0.0) * (1.0 - fx) + at(1.0, 0.0) * fx;
    let bottom = at(0.0, 1.0) * (1.0 - fx) + at(1.0, 1.0) * fx;
    (top * (1.0 - fy) + bottom * fy).round() as u8
}

fn decode(image: &GrayImage) -> Option<String> {
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(
        image.width() as usize,
        image.height() as usize,
        |x, y| image.get_pixel(x as u32, y as u32).0[0],
    );
    prepared
        .detect_grids()
        .into_iter()
        .find_map(|grid| grid.decode().ok().map(|(_, text)| text))
}
