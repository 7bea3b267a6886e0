//! Whatever a scanner, a phone or a stray file gives it, the reader answers with a
//! reading or a reason, and never panics: generated images of every shape (noise,
//! blocks of ink, near-sheets with marks where corner marks go), and bytes that are
//! not an image or are one cut short.

// Shared with the reading tests and the benchmark; this suite uses a part of it.
#[allow(dead_code)]
mod generator;

use convene_print::{page_frame, Paper};
use convene_scan::{decode_image, locate, read_code, read_marks, ScanError};
use generator::{print, Dice};
use image::{GrayImage, Luma};
use imageproc::drawing::draw_filled_rect_mut;
use imageproc::rect::Rect;

/// A made-up page: noise, some blocks of ink, and now and then squares in the corners
/// where a sheet's marks would be, of the wrong sizes.
fn made_up(dice: &mut Dice) -> GrayImage {
    let (w, h) = (200 + dice.next(600) as u32, 200 + dice.next(800) as u32);
    let base = GrayImage::from_pixel(w, h, Luma([dice.next(256) as u8]));
    let mut page = imageproc::noise::gaussian_noise(&base, 0.0, dice.next(80) as f64, dice.0);
    for _ in 0..dice.next(30) {
        let (x, y) = (dice.next(w as usize) as i32, dice.next(h as usize) as i32);
        let size = Rect::at(x, y).of_size(1 + dice.next(120) as u32, 1 + dice.next(120) as u32);
        draw_filled_rect_mut(&mut page, size, Luma([dice.next(60) as u8]));
    }
    if dice.next(2) == 0 {
        for (x, y) in [(10, 10), (w - 40, 10), (10, h - 40), (w - 40, h - 40)] {
            let side = 5 + dice.next(30) as u32;
            draw_filled_rect_mut(
                &mut page,
                Rect::at(x as i32, y as i32).of_size(side, side),
                Luma([0]),
            );
        }
    }
    page
}

#[test]
fn made_up_images_get_a_reading_or_a_reason_never_a_panic() {
    let dir = std::env::temp_dir().join(format!("convene-scan-fuzz-{}", std::process::id()));
    let printed = print(Paper::Letter, &generator::form(0), 72, &dir);
    let frames = [page_frame(Paper::Letter), page_frame(Paper::A4)];
    let mut dice = Dice(2026);
    for _ in 0..400 {
        let image = made_up(&mut dice);
        // Squares where corner marks go may pass for a sheet's marks; with no code
        // between them the page is still refused, with the reason.
        let reason = match locate(&image, &frames) {
            Ok(located) => {
                let reading = read_marks(&image, &located, &printed.map);
                assert!(reading.page < printed.map.pages.len());
                read_code(&image, &located).expect_err("no code in a made-up page")
            }
            Err(reason) => reason,
        };
        assert!(
            matches!(reason, ScanError::NoCorners | ScanError::NoCode),
            "{reason:?}"
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn bytes_that_are_not_an_image_are_refused_with_a_reason() {
    let mut png = Vec::new();
    GrayImage::from_pixel(300, 300, Luma([255]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .expect("encodes");
    let mut dice = Dice(7);
    let mut samples: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"%PDF-1.7".to_vec(),
        png[..png.len() / 2].to_vec(),
    ];
    samples.extend((0..200).map(|_| (0..dice.next(4000)).map(|_| dice.next(256) as u8).collect()));
    // A real header with its body scrambled.
    samples.extend((0..100).map(|_| {
        let mut damaged = png.clone();
        for _ in 0..1 + dice.next(20) {
            let at = 8 + dice.next(damaged.len() - 8);
            damaged[at] = dice.next(256) as u8;
        }
        damaged
    }));
    for bytes in samples {
        if let Err(reason) = decode_image(&bytes) {
            assert!(matches!(reason, ScanError::Undecodable(_)), "{reason:?}");
        }
    }
    assert!(decode_image(&png).is_ok());
}
