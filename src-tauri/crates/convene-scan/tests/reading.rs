//! Scans of filled-in sheets read back: each made from the project's own printed PDF
//! with known answers (see `generator`), clean and as an office scanner leaves it
//! (turned, shrunk, grainy, JPEG), as a phone sees it (at a slant, in uneven light,
//! on a table or filling the picture), upside down, and the second page of a long
//! form; and pages that are not a sheet (blank, noise, code cut away or blurred, page
//! cut off, too small or too large) refused with the reason.

mod generator;

use convene_print::{Paper, SheetMap, Spot};
use convene_scan::{MarkState, PageReading, ScanError};
use generator::{
    fill, mark, on_table, phone, print, read_back, read_right, scanner, scribble, Answers, Dice,
    Stroke, CODE,
};
use image::{imageops, GrayImage, Luma};

fn scratch(name: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("convene-scan-{name}-{}", std::process::id()))
}

/// Reads a page as the core does, checking it found the paper the sheet was printed on.
fn read_page(image: &GrayImage, map: &SheetMap) -> Result<(String, PageReading), ScanError> {
    let (paper, code, reading) = read_back(image, map)?;
    assert_eq!(
        paper, map.frame.paper,
        "the paper found from the marks' spacing"
    );
    Ok((code, reading))
}

/// Every circle read confidently agrees with what was marked, and writing is seen
/// where something was written; returns how many circles were sent to a person.
fn check(reading: &PageReading, answers: &Answers) -> usize {
    let mut doubtful = 0;
    for seen in &reading.writing {
        assert_eq!(
            seen.written,
            answers.written.contains(&seen.item),
            "{seen:?}"
        );
    }
    for mark in &reading.marks {
        if mark.state == MarkState::Doubtful {
            doubtful += 1;
        } else {
            assert!(
                read_right(answers, &mark.target, mark.state),
                "{mark:?} read wrong"
            );
        }
    }
    doubtful
}

#[test]
fn a_clean_scan_reads_every_mark_and_the_code_on_letter_at_150_dpi_and_a4_at_300() {
    for (dpi, paper) in [(150, Paper::Letter), (300, Paper::A4)] {
        let dir = scratch(&format!("clean-{dpi}"));
        let printed = print(paper, &generator::form(0), dpi, &dir);
        assert_eq!(printed.pages.len(), 1);
        let mut page = printed.pages[0].clone();
        let answers = fill(
            &mut page,
            &printed,
            &printed.map.pages[0],
            &mut Dice(dpi.into()),
        );
        let (code, reading) = read_page(&page, &printed.map).expect("reads");
        assert_eq!(code, CODE);
        assert_eq!(reading.page, 0);
        assert_eq!(reading.marks.len(), printed.map.pages[0].circles.len());
        assert_eq!(
            check(&reading, &answers),
            0,
            "nothing doubtful on a clean scan"
        );
        std::fs::remove_dir_all(&dir).ok();
    }
}

#[test]
fn a_turned_shrunk_grainy_jpeg_scan_reads_every_confident_mark_right() {
    let dir = scratch("scanner");
    let printed = print(Paper::Letter, &generator::form(0), 200, &dir);
    let spots = &printed.map.pages[0];
    for (trial, (degrees, scale)) in [(3.0, 0.95), (-3.0, 1.0), (1.5, 0.97), (-0.7, 0.99)]
        .into_iter()
        .enumerate()
    {
        let mut page = printed.pages[0].clone();
        let answers = fill(&mut page, &printed, spots, &mut Dice(trial as u64 + 11));
        let scanned = scanner(&page, degrees, scale, 6.0, trial as u64);
        let (code, reading) = read_page(&scanned, &printed.map).expect("reads");
        assert_eq!(code, CODE);
        let doubtful = check(&reading, &answers);
        assert!(
            doubtful * 100 <= spots.circles.len() * 3,
            "{doubtful} of {} doubtful at {degrees}°",
            spots.circles.len()
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// Three photos of filled copies, each as `photo` takes it (given the trial's number):
/// every confident mark read right, and few sent to a person.
fn photos_read_right(name: &str, photo: impl Fn(&GrayImage, u64) -> GrayImage) {
    let dir = scratch(name);
    let printed = print(Paper::Letter, &generator::form(0), 200, &dir);
    let spots = &printed.map.pages[0];
    for trial in 0..3u64 {
        let mut page = printed.pages[0].clone();
        let answers = fill(&mut page, &printed, spots, &mut Dice(trial + 21));
        let (code, reading) = read_page(&photo(&page, trial), &printed.map).expect("reads");
        assert_eq!(code, CODE);
        let doubtful = check(&reading, &answers);
        assert!(
            doubtful * 100 <= spots.circles.len() * 8,
            "{doubtful} of {} doubtful",
            spots.circles.len()
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_phone_photo_at_a_slant_in_uneven_light_reads_every_confident_mark_right() {
    photos_read_right("phone", |page, trial| phone(page, 0.03, 0.7, trial));
}

#[test]
fn a_phone_photo_of_the_sheet_lying_on_a_table_reads_every_confident_mark_right() {
    // The sheet covers from 60 % to 80 % of the picture's width.
    photos_read_right("table", |page, trial| {
        on_table(page, 0.6 + trial as f32 * 0.1, 0.03, 0.75, trial)
    });
}

#[test]
fn a_page_scanned_upside_down_reads_the_same() {
    let dir = scratch("upside-down");
    let printed = print(Paper::Letter, &generator::form(0), 150, &dir);
    let mut page = printed.pages[0].clone();
    let answers = fill(&mut page, &printed, &printed.map.pages[0], &mut Dice(5));
    let turned = imageops::rotate180(&page);
    let (code, reading) = read_page(&turned, &printed.map).expect("reads");
    assert_eq!(code, CODE);
    assert_eq!(check(&reading, &answers), 0);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_second_page_of_a_long_form_is_known_by_where_its_circles_are() {
    let dir = scratch("two-pages");
    let printed = print(Paper::Letter, &generator::form(14), 150, &dir);
    assert_eq!(printed.pages.len(), 2, "a form long enough for two pages");
    let mut page = printed.pages[1].clone();
    let answers = fill(&mut page, &printed, &printed.map.pages[1], &mut Dice(9));
    let (code, reading) = read_page(&page, &printed.map).expect("reads");
    assert_eq!(reading.page, 1);
    assert_eq!(
        code,
        format!("{CODE}/2"),
        "every page carries the copy's code and its page"
    );
    assert_eq!(check(&reading, &answers), 0);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_faint_pencil_mark_is_shown_to_a_person_not_read_as_empty() {
    let dir = scratch("faint");
    let printed = print(Paper::Letter, &generator::form(0), 150, &dir);
    let mut page = printed.pages[0].clone();
    let spot = printed.map.pages[0].circles[4];
    mark(
        &mut page,
        &printed.map,
        printed.dpi,
        &spot,
        Stroke::Fill {
            size: 0.9,
            grey: 200,
        },
    );
    let (_, reading) = read_page(&page, &printed.map).expect("reads");
    let read = reading
        .marks
        .iter()
        .find(|m| m.target == spot.target)
        .expect("read");
    assert_eq!(read.state, MarkState::Doubtful, "{read:?}");
    let others = reading.marks.iter().filter(|m| m.target != spot.target);
    assert!(others.into_iter().all(|m| m.state == MarkState::Empty));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_circle_struck_through_with_an_x_is_taken_back_and_the_one_filled_after_counts() {
    let dir = scratch("crossed");
    let printed = print(Paper::Letter, &generator::form(0), 200, &dir);
    let mut page = printed.pages[0].clone();
    // Question 2's five circles: the second struck out, the fourth filled instead.
    let question: Vec<Spot> = printed.map.pages[0]
        .circles
        .iter()
        .filter(|s| s.target.item == 2)
        .copied()
        .collect();
    mark(
        &mut page,
        &printed.map,
        printed.dpi,
        &question[1],
        Stroke::CrossedOut,
    );
    mark(
        &mut page,
        &printed.map,
        printed.dpi,
        &question[3],
        Stroke::Tick { width: 1.2 },
    );
    let scanned = scanner(&page, 2.0, 0.98, 5.0, 1);
    let (_, reading) = read_page(&scanned, &printed.map).expect("reads");
    let states: Vec<MarkState> = question
        .iter()
        .map(|spot| {
            reading
                .marks
                .iter()
                .find(|m| m.target == spot.target)
                .expect("read")
                .state
        })
        .collect();
    use MarkState::{Crossed, Empty, Filled};
    assert_eq!(states, [Empty, Crossed, Empty, Filled, Empty]);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_written_comment_is_seen_for_typing_and_an_empty_one_is_blank() {
    let dir = scratch("writing");
    let mut sheet = generator::form(0);
    sheet.items.push(convene_print::SheetItem::Code {
        text: "Your code".into(),
        boxes: 6,
    });
    let printed = print(Paper::Letter, &sheet, 150, &dir);
    let areas = &printed.map.pages[0].writing;
    assert_eq!(areas.len(), 3 + 6, "three lines and six boxes");
    // A word on the comment's first line (just under the question), then a letter in
    // the code's third box instead.
    for (written, area) in [(4, &areas[0]), (5, &areas[5])] {
        let mut page = printed.pages[0].clone();
        scribble(&mut page, &printed.map, printed.dpi, area, &mut Dice(2));
        let scanned = scanner(&page, -2.0, 0.97, 6.0, 4);
        let (_, reading) = read_page(&scanned, &printed.map).expect("reads");
        assert_eq!(reading.writing.len(), 2);
        for seen in &reading.writing {
            assert_eq!(seen.written, seen.item == written, "{seen:?}");
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn pages_that_are_not_a_sheet_are_refused_with_the_reason() {
    let dir = scratch("not-a-sheet");
    let printed = print(Paper::Letter, &generator::form(0), 100, &dir);
    let blank = GrayImage::from_pixel(850, 1100, Luma([250]));
    assert_eq!(
        read_page(&blank, &printed.map).unwrap_err(),
        ScanError::NoCorners
    );
    let noise = imageproc::noise::gaussian_noise(&blank, -120.0, 60.0, 3);
    assert_eq!(
        read_page(&noise, &printed.map).unwrap_err(),
        ScanError::NoCorners
    );
    // The code cut away: the marks are there but the copy cannot be named.
    let mut no_code = printed.pages[0].clone();
    let (w, _) = no_code.dimensions();
    imageproc::drawing::draw_filled_rect_mut(
        &mut no_code,
        imageproc::rect::Rect::at((w as i32) * 3 / 5, 60).of_size(w / 4, 100),
        Luma([255]),
    );
    assert_eq!(
        read_page(&no_code, &printed.map).unwrap_err(),
        ScanError::NoCode
    );
    // The code blurred past reading (a phone that focused elsewhere).
    let mut blurred = printed.pages[0].clone();
    let (x, y) = ((w as i64) * 3 / 5, 40);
    let code_area = imageops::crop_imm(&blurred, x as u32, y as u32, w / 3, 140).to_image();
    imageops::overlay(
        &mut blurred,
        &imageproc::filter::gaussian_blur_f32(&code_area, 4.0),
        x,
        y,
    );
    assert_eq!(
        read_page(&blurred, &printed.map).unwrap_err(),
        ScanError::NoCode
    );
    // The page cut off: its lower corner marks are not in the picture.
    let (_, h) = printed.pages[0].dimensions();
    let cut = imageops::crop_imm(&printed.pages[0], 0, 0, w, h * 3 / 5).to_image();
    assert_eq!(
        read_page(&cut, &printed.map).unwrap_err(),
        ScanError::NoCorners
    );
    let tiny = GrayImage::from_pixel(60, 80, Luma([255]));
    assert_eq!(
        read_page(&tiny, &printed.map).unwrap_err(),
        ScanError::TooSmall
    );
    let huge = GrayImage::new(8000, 7600);
    assert!(matches!(
        read_page(&huge, &printed.map),
        Err(ScanError::TooLarge { .. })
    ));
    assert!(matches!(
        convene_scan::decode_image(b"%PDF-1.7 not an image"),
        Err(ScanError::Undecodable(_))
    ));
    std::fs::remove_dir_all(&dir).ok();
}
