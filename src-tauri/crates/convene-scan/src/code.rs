//! Decodes the QR code printed top right on every page, which names the form, its
//! version and the copy. The code's square (with room around it for a page placed a
//! little off) is redrawn upright and enlarged from the scan before it is searched:
//! at an office scanner's 150 dpi a module is only three pixels, too few to read
//! once the page is turned. Only that square is searched, so a stray code elsewhere
//! on the page is never read instead.

use image::GrayImage;
use imageproc::contrast::{otsu_level, threshold, ThresholdType};

use crate::locate::Pose;
use crate::snippet::{upright, Area};

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
    let area = Area {
        left: code.left - reach,
        bottom: code.bottom - reach,
        width: code.side + 2.0 * reach,
        height: code.side + 2.0 * reach,
    };
    upright(image, pose, area, REDRAWN, REDRAWN)
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
