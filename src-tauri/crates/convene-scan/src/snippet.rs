//! Parts of a located page drawn upright, whatever way the page lay in the scan: the
//! QR code before it is decoded, and what a person looks at when a mark is in doubt or
//! a comment is to be typed.

use image::{GrayImage, Luma};
use imageproc::geometric_transformations::{warp_into, Border, Interpolation, Projection};

use crate::locate::Pose;

/// A rectangle of the printed page, in points from its bottom left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Area {
    pub left: f32,
    pub bottom: f32,
    pub width: f32,
    pub height: f32,
}

/// `area` of the page warped upright from the scan into `width` × `height` pixels;
/// white where the scan does not reach.
pub(crate) fn upright(
    image: &GrayImage,
    pose: &Pose,
    area: Area,
    width: u32,
    height: u32,
) -> GrayImage {
    let (left, bottom) = (area.left, area.bottom);
    let (right, top) = (left + area.width, bottom + area.height);
    let seen = [(left, top), (right, top), (right, bottom), (left, bottom)]
        .map(|(x, y)| pose.in_image(x, y));
    let (w, h) = (width as f32, height as f32);
    let drawn = [(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)];
    let mut out = GrayImage::from_pixel(width.max(1), height.max(1), Luma([255]));
    if let Some(projection) = Projection::from_control_points(seen, drawn) {
        let white = Border::Constant(Luma([255]));
        warp_into(image, projection, Interpolation::Bilinear, white, &mut out);
    }
    out
}
