//! Whatever a scanner, a phone or a stray file gives it, the reader answers with a
//! reading or a reason, and never panics: generated images of every shape (noise,
//! blocks of ink, near-sheets with marks where corner marks go), and bytes that are
//! not an image or are one cut short.

// Shared with the reading tests and the benchmark; this suite uses a part of it.
#[allow(dead_code)]
mod generator;

use convene_print::{page_frame, Paper};
use convene_scan::{locate, read_code, read_marks, ScanError, Stack};
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
                let reading = read_marks(&image, &located, &printed.map, None);
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

/// A small sheet-sized file of each kind a scan arrives in: PNG, TIFF, PDF.
fn small_files() -> Vec<Vec<u8>> {
    let page = GrayImage::from_pixel(300, 300, Luma([255]));
    let mut png = Vec::new();
    page.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .expect("encodes");
    let mut tiff = Vec::new();
    page.write_to(
        &mut std::io::Cursor::new(&mut tiff),
        image::ImageFormat::Tiff,
    )
    .expect("encodes");
    let pdf = convene_print::form_pdf(
        &generator::form(1),
        &[],
        Paper::Letter,
        &generator::print_info(),
    )
    .expect("prints");
    vec![png, tiff, pdf]
}

#[test]
fn bytes_that_are_not_a_scan_are_refused_with_a_reason() {
    let files = small_files();
    let mut dice = Dice(7);
    let mut samples: Vec<Vec<u8>> = vec![Vec::new(), b"%PDF-1.7".to_vec(), b"II*\0".to_vec()];
    samples.extend(files.iter().map(|file| file[..file.len() / 2].to_vec()));
    samples.extend((0..200).map(|_| (0..dice.next(4000)).map(|_| dice.next(256) as u8).collect()));
    // Real headers with their bodies scrambled.
    samples.extend((0..300).map(|n| {
        let mut damaged = files[n % files.len()].clone();
        for _ in 0..1 + dice.next(20) {
            let at = 8 + dice.next(damaged.len() - 8);
            damaged[at] = dice.next(256) as u8;
        }
        damaged
    }));
    for bytes in samples {
        let stack = match Stack::open(bytes) {
            Ok(stack) => stack,
            Err(reason) => {
                assert!(
                    matches!(reason, ScanError::Undecodable(_) | ScanError::NotAPdf),
                    "{reason:?}"
                );
                continue;
            }
        };
        for index in 0..stack.len().min(4) {
            if let Err(reason) = stack.page(index) {
                let expected = matches!(
                    reason,
                    ScanError::Undecodable(_) | ScanError::NoImage | ScanError::Unsupported(_)
                );
                assert!(expected, "{reason:?}");
            }
        }
    }
    let [png, tiff, pdf] = files.try_into().expect("three files");
    assert!(Stack::open(png).and_then(|s| s.page(0)).is_ok());
    assert!(Stack::open(tiff).and_then(|s| s.page(0)).is_ok());
    let printed = Stack::open(pdf).expect("a PDF opens");
    assert_eq!(
        printed.page(0).err(),
        Some(ScanError::NoImage),
        "a printed PDF holds no scan"
    );
}
