//! Decodes the QR code printed top right on every page, which names the form, its
//! version and the copy. The code's square (with room around it for a page placed a
//! little off) is redrawn upright and enlarged from the scan before it is searched:
//! at an office scanner's 150 dpi a module is only three pixels, too few to read
//! once the page is turned. Only that square is searched, so a stray code elsewhere
//! on the page is never read instead.

use image::{GrayImage, Luma};
use imageproc::contrast::{otsu_level, threshold, ThresholdType};
use imageproc::geometric_transformations::{warp_into, Border, Interpolation, Projection};

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

/// The code's square as printed, warped upright from the scan through the page's pose.
fn redrawn(image: &GrayImage, pose: &Pose) -> GrayImage {
    let code = pose.frame.code;
    let reach = code.side * MARGIN;
    let (left, bottom) = (code.left - reach, code.bottom - reach);
    let (right, top) = (
        left + code.side + 2.0 * reach,
        bottom + code.side + 2.0 * reach,
    );
    let seen = [(left, top), (right, top), (right, bottom), (left, bottom)]
        .map(|(x, y)| pose.in_image(x, y));
    let side = REDRAWN as f32;
    let upright = [(0.0, 0.0), (side, 0.0), (side, side), (0.0, side)];
    let mut out = GrayImage::from_pixel(REDRAWN, REDRAWN, Luma([255]));
    if let Some(projection) = Projection::from_control_points(seen, upright) {
        let white = Border::Constant(Luma([255]));
        warp_into(image, projection, Interpolation::Bilinear, white, &mut out);
    }
    out
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
