//! Filled-in sheets made the way a participant and a scanner would make them: the
//! project's own printed PDF rendered to grey pixels by poppler, circles inked by a
//! "pen" or "pencil" of a chosen size and darkness, then the page turned, shrunk,
//! made noisy and saved as JPEG as an office scanner would. The answers are known.

use std::collections::HashSet;
use std::path::Path;
use std::process::Command;

use convene_i18n::Lang;
use convene_print::FormSheet;
use convene_print::{
    form_map, form_pdf, page_frame, PageSpots, Paper, PrintInfo, SheetItem, SheetMap, Spot, Stamp,
    Target, WritingArea,
};
use convene_scan::{locate, read_code, read_marks, MarkState, PageReading, ScanError};
use image::{imageops, GrayImage, Luma};
use imageproc::drawing::{draw_filled_circle_mut, draw_line_segment_mut};
use imageproc::geometric_transformations::{
    rotate_about_center, warp, warp_into, Border, Interpolation, Projection,
};

pub const CODE: &str = "CNV1:0190f0c0-0000-7000-8000-0000000000a1:1:7:3";

/// A form like the shipped meeting evaluation: a before/now rating, a choice of five,
/// a choose-several and lines to write on; `questions` more ratings make it longer.
pub fn form(questions: u32) -> FormSheet {
    let points = ["Low", "Medium", "High"].map(String::from).to_vec();
    let mut items = vec![
        SheetItem::Heading("Today's meeting".into()),
        SheetItem::BeforeNow {
            number: 1,
            text: "My knowledge of the Quality Standards".into(),
            points: points.clone(),
        },
        SheetItem::Choice {
            number: 2,
            text: "The meeting was a good use of my time".into(),
            options: [
                "Strongly disagree",
                "Disagree",
                "Neutral",
                "Agree",
                "Strongly agree",
            ]
            .map(String::from)
            .to_vec(),
            several: false,
        },
        SheetItem::Choice {
            number: 3,
            text: "Which parts helped?".into(),
            options: ["Teambuilding", "Discussion", "Overview"]
                .map(String::from)
                .to_vec(),
            several: true,
        },
        SheetItem::Writing {
            number: 4,
            text: "What will you try at your site?".into(),
            lines: 3,
        },
    ];
    items.extend((0..questions).map(|n| SheetItem::BeforeNow {
        number: 5 + n,
        text: format!("My confidence in practice {}", n + 1),
        points: points.clone(),
    }));
    FormSheet {
        title: "Meeting evaluation".into(),
        intro: "Thank you for today.".into(),
        items,
    }
}

pub struct Printed {
    pub map: SheetMap,
    /// Each page at the resolution asked for.
    pub pages: Vec<GrayImage>,
    pub dpi: f32,
}

pub fn print_info() -> PrintInfo {
    PrintInfo {
        created: "2027-03-04T18:30:00Z".into(),
        footer: "Printed from Convene".into(),
        lang: Lang::En,
    }
}

/// One copy of `sheet` printed on `paper` and rendered at `dpi` in grey.
pub fn print(paper: Paper, sheet: &FormSheet, dpi: u32, scratch: &Path) -> Printed {
    let info = print_info();
    let stamp = Stamp {
        serial: "Sheet M3-007".into(),
        code: CODE.into(),
        participant: None,
    };
    let pdf = form_pdf(sheet, &[stamp], paper, &info).expect("prints");
    std::fs::create_dir_all(scratch).expect("scratch");
    let file = scratch.join("sheet.pdf");
    std::fs::write(&file, pdf).expect("written");
    let prefix = scratch.join("page");
    let status = Command::new("pdftoppm")
        .args(["-r", &dpi.to_string(), "-gray", "-png"])
        .arg(&file)
        .arg(&prefix)
        .status()
        .expect("pdftoppm (poppler-utils) is required");
    assert!(status.success());
    let mut files: Vec<_> = std::fs::read_dir(scratch)
        .expect("scratch")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "png"))
        .collect();
    files.sort();
    let pages = files
        .iter()
        .map(|p| image::open(p).expect("a page").to_luma8())
        .collect();
    Printed {
        map: form_map(sheet, paper, Lang::En).expect("a map"),
        pages,
        dpi: dpi as f32,
    }
}

/// How a circle was marked.
#[derive(Debug, Clone, Copy)]
pub enum Stroke {
    /// A filled disc: the share of the circle's radius covered, and the grey (0 black).
    Fill { size: f32, grey: u8 },
    /// A tick drawn with a pen `width` points wide.
    Tick { width: f32 },
    /// An X inside the circle, as some people answer.
    Cross,
    /// A filled circle struck through with an X reaching well past its outline.
    CrossedOut,
}

/// Inks the circle at `spot` on a page rendered at `dpi`.
pub fn mark(page: &mut GrayImage, map: &SheetMap, dpi: f32, spot: &Spot, stroke: Stroke) {
    let scale = dpi / 72.0;
    let (cx, cy) = (spot.x * scale, (map.frame.height - spot.y) * scale);
    let radius = spot.diameter / 2.0 * scale;
    match stroke {
        Stroke::Fill { size, grey } => {
            let r = (radius * size).round() as i32;
            draw_filled_circle_mut(
                page,
                (cx.round() as i32, cy.round() as i32),
                r,
                Luma([grey]),
            );
        }
        Stroke::Tick { width } => {
            let strokes = [
                (
                    (cx - radius * 0.6, cy),
                    (cx - radius * 0.1, cy + radius * 0.6),
                ),
                (
                    (cx - radius * 0.1, cy + radius * 0.6),
                    (cx + radius * 0.8, cy - radius * 0.8),
                ),
            ];
            pen(page, &strokes, width * scale);
        }
        Stroke::Cross => {
            let reach = radius * 0.6;
            let strokes = [
                ((cx - reach, cy - reach), (cx + reach, cy + reach)),
                ((cx - reach, cy + reach), (cx + reach, cy - reach)),
            ];
            pen(page, &strokes, 1.2 * scale);
        }
        Stroke::CrossedOut => {
            mark(
                page,
                map,
                dpi,
                spot,
                Stroke::Fill {
                    size: 0.95,
                    grey: 25,
                },
            );
            let reach = radius * 1.6;
            let strokes = [
                ((cx - reach, cy - reach), (cx + reach, cy + reach)),
                ((cx - reach, cy + reach), (cx + reach, cy - reach)),
            ];
            pen(page, &strokes, 1.2 * scale);
        }
    }
}

/// A straight pen stroke from one pixel position to another.
type Segment = ((f32, f32), (f32, f32));

/// Lines `width` pixels thick along `strokes`.
fn pen(page: &mut GrayImage, strokes: &[Segment], width: f32) {
    for &((x0, y0), (x1, y1)) in strokes {
        let mut offset = -width / 2.0;
        while offset <= width / 2.0 {
            draw_line_segment_mut(page, (x0, y0 + offset), (x1, y1 + offset), Luma([30]));
            offset += 0.5;
        }
    }
}

/// What an office scanner does to a page: turns it by `degrees`, shrinks it to
/// `scale` (the rest of the scan white), adds grain and saves it as JPEG.
pub fn scanner(page: &GrayImage, degrees: f32, scale: f32, noise: f64, seed: u64) -> GrayImage {
    let turned = rotate_about_center(
        page,
        degrees.to_radians(),
        Interpolation::Bilinear,
        Border::Constant(Luma([255])),
    );
    let (w, h) = turned.dimensions();
    let (sw, sh) = ((w as f32 * scale) as u32, (h as f32 * scale) as u32);
    let small = imageops::resize(&turned, sw, sh, imageops::FilterType::Triangle);
    let mut scanned = GrayImage::from_pixel(w, h, Luma([255]));
    imageops::overlay(
        &mut scanned,
        &small,
        i64::from((w - sw) / 3),
        i64::from((h - sh) / 4),
    );
    let grainy = imageproc::noise::gaussian_noise(&scanned, 0.0, noise, seed);
    as_jpeg(&grainy, 75)
}

/// What a phone held over the desk does to a page: the page seen at a slant (each
/// corner pulled in by up to `slant` of the page's size), light falling off towards
/// one side to `dim` of full, a little out of focus, saved as JPEG.
pub fn phone(page: &GrayImage, slant: f32, dim: f32, seed: u64) -> GrayImage {
    let (w, h) = page.dimensions();
    let (wf, hf) = (w as f32, h as f32);
    let mut dice = Dice(seed);
    let mut pull = |size: f32| size * slant * (dice.next(1000) as f32 / 1000.0);
    let from = [(0.0, 0.0), (wf, 0.0), (wf, hf), (0.0, hf)];
    let to = [
        (pull(wf), pull(hf)),
        (wf - pull(wf), pull(hf)),
        (wf - pull(wf), hf - pull(hf)),
        (pull(wf), hf - pull(hf)),
    ];
    let projection = Projection::from_control_points(from, to).expect("a projection");
    let mut seen = warp(
        page,
        projection,
        Interpolation::Bilinear,
        Border::Constant(Luma([255])),
    );
    for (x, y, pixel) in seen.enumerate_pixels_mut() {
        let light = 1.0 - (1.0 - dim) * (x as f32 / wf * 0.6 + y as f32 / hf * 0.4);
        pixel.0[0] = (f32::from(pixel.0[0]) * light) as u8;
    }
    let soft = imageproc::filter::gaussian_blur_f32(&seen, 1.0);
    as_jpeg(&soft, 80)
}

/// A phone photo of the page lying on a table: the page covers about `cover` of the
/// picture's width, seen at a slant (corners pulled in by up to `slant` of the
/// page's size), on a darker grained table, light falling off to `dim`, a little out
/// of focus, saved as JPEG.
pub fn on_table(page: &GrayImage, cover: f32, slant: f32, dim: f32, seed: u64) -> GrayImage {
    let (w, h) = page.dimensions();
    let (wf, hf) = (w as f32, h as f32);
    let (canvas_w, canvas_h) = (wf / cover, hf / cover * 0.9);
    let mut dice = Dice(seed);
    let mut pull = |size: f32| size * slant * (dice.next(1000) as f32 / 1000.0);
    let (left, top) = ((canvas_w - wf) / 2.0, (canvas_h - hf) / 2.0);
    let from = [(0.0, 0.0), (wf, 0.0), (wf, hf), (0.0, hf)];
    let to = [
        (left + pull(wf), top + pull(hf)),
        (left + wf - pull(wf), top + pull(hf)),
        (left + wf - pull(wf), top + hf - pull(hf)),
        (left + pull(wf), top + hf - pull(hf)),
    ];
    let projection = Projection::from_control_points(from, to).expect("a projection");
    let (cw, ch) = (canvas_w as u32, canvas_h as u32);
    let table = GrayImage::from_fn(cw, ch, |x, y| {
        let grain = ((x as f32 * 0.05 + (y as f32 * 0.013).sin() * 6.0).sin() * 12.0) as i32;
        Luma([(105 + grain).clamp(0, 255) as u8])
    });
    let mut table = imageproc::noise::gaussian_noise(&table, 0.0, 8.0, seed);
    let mut seen = GrayImage::new(cw, ch);
    warp_into(
        page,
        projection,
        Interpolation::Bilinear,
        Border::Constant(Luma([0])),
        &mut seen,
    );
    let mut mask = GrayImage::new(cw, ch);
    let paper = GrayImage::from_pixel(w, h, Luma([255]));
    warp_into(
        &paper,
        projection,
        Interpolation::Bilinear,
        Border::Constant(Luma([0])),
        &mut mask,
    );
    for (x, y, pixel) in table.enumerate_pixels_mut() {
        let share = f32::from(mask.get_pixel(x, y).0[0]) / 255.0;
        let page_grey = f32::from(seen.get_pixel(x, y).0[0]);
        let mixed = page_grey * share + f32::from(pixel.0[0]) * (1.0 - share);
        let light = 1.0 - (1.0 - dim) * (x as f32 / canvas_w * 0.6 + y as f32 / canvas_h * 0.4);
        pixel.0[0] = (mixed * light) as u8;
    }
    let soft = imageproc::filter::gaussian_blur_f32(&table, 1.0);
    as_jpeg(&soft, 80)
}

fn as_jpeg(image: &GrayImage, quality: u8) -> GrayImage {
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, quality)
        .encode_image(image)
        .expect("encodes");
    convene_scan::decode_image(&jpeg).expect("decodes")
}

/// A small deterministic stream of numbers, so every run marks the same circles.
pub struct Dice(pub u64);

impl Dice {
    pub fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % below as u64) as usize
    }
}

/// What a participant did to a page's circles.
#[derive(Debug, Default)]
pub struct Answers {
    /// The circles standing as answers.
    pub marked: HashSet<Target>,
    /// The circles filled and then struck through: taken back.
    pub crossed: HashSet<Target>,
    /// The items something was written for.
    pub written: HashSet<usize>,
}

/// Marks one circle of every question on `page` (a blank now and then, and now and
/// then a first choice struck through and another marked), with strokes varied by the
/// dice.
pub fn fill(
    page: &mut GrayImage,
    printed: &Printed,
    spots: &PageSpots,
    dice: &mut Dice,
) -> Answers {
    let mut questions: Vec<Vec<&Spot>> = Vec::new();
    for spot in &spots.circles {
        match questions.last_mut() {
            Some(group)
                if group[0].target.item == spot.target.item
                    && group[0].target.half == spot.target.half =>
            {
                group.push(spot)
            }
            _ => questions.push(vec![spot]),
        }
    }
    let mut answers = Answers::default();
    for (n, group) in questions.iter().enumerate() {
        if n % 5 == 4 {
            continue; // left blank
        }
        let choice = dice.next(group.len());
        if n % 7 == 3 && group.len() > 1 {
            let taken_back = group[(choice + 1) % group.len()];
            mark(
                page,
                &printed.map,
                printed.dpi,
                taken_back,
                Stroke::CrossedOut,
            );
            answers.crossed.insert(taken_back.target);
        }
        if n % 6 == 2 {
            stray(page, &printed.map, printed.dpi, group[0], dice);
        }
        let stroke = match dice.next(5) {
            0 => Stroke::Tick { width: 1.2 },
            4 => Stroke::Cross,
            // Pen or pencil, from half the circle filled to all of it.
            _ => Stroke::Fill {
                size: 0.5 + dice.next(51) as f32 / 100.0,
                grey: 20 + dice.next(121) as u8,
            },
        };
        mark(page, &printed.map, printed.dpi, group[choice], stroke);
        answers.marked.insert(group[choice].target);
    }
    // Half the written answers get a word, on one of their lines or boxes.
    let mut items: Vec<usize> = spots.writing.iter().map(|area| area.item).collect();
    items.dedup();
    for item in items {
        let areas: Vec<&WritingArea> = spots.writing.iter().filter(|a| a.item == item).collect();
        if dice.next(2) == 0 {
            continue;
        }
        let area = areas[dice.next(areas.len())];
        scribble(page, &printed.map, printed.dpi, area, dice);
        answers.written.insert(item);
    }
    answers
}

/// A short handwritten word on a line or in a box: a zigzag of pen strokes, 20 to 60
/// points long (a box gets one letter's worth).
pub fn scribble(
    page: &mut GrayImage,
    map: &SheetMap,
    dpi: f32,
    area: &WritingArea,
    dice: &mut Dice,
) {
    let scale = dpi / 72.0;
    let length = (20.0 + dice.next(41) as f32).min(area.width * 0.8);
    let (x0, base) = (
        area.left + area.width * 0.05,
        area.bottom + area.height * 0.15,
    );
    let tall = area.height * 0.6;
    let at = |x: f32, y: f32| (x * scale, (map.frame.height - y) * scale);
    let strokes: Vec<Segment> = (0..(length / 4.0) as usize)
        .map(|k| {
            let x = x0 + k as f32 * 4.0;
            let (y1, y2) = if k % 2 == 0 {
                (base, base + tall)
            } else {
                (base + tall, base)
            };
            (at(x, y1), at(x + 4.0, y2))
        })
        .collect();
    pen(page, &strokes, 0.9 * scale);
}

/// A stray pen touch near a question's first circle but outside it: a dot above it or
/// a short dash under its label.
fn stray(page: &mut GrayImage, map: &SheetMap, dpi: f32, spot: &Spot, dice: &mut Dice) {
    let scale = dpi / 72.0;
    let (cx, cy) = (spot.x * scale, (map.frame.height - spot.y) * scale);
    let radius = spot.diameter / 2.0 * scale;
    if dice.next(2) == 0 {
        let at = (cx.round() as i32, (cy - radius * 1.9).round() as i32);
        draw_filled_circle_mut(page, at, (radius * 0.2).round() as i32, Luma([40]));
    } else {
        let y = cy + radius * 1.3;
        pen(
            page,
            &[((cx + radius * 1.6, y), (cx + radius * 3.5, y))],
            0.8 * scale,
        );
    }
}

/// Whether a circle read with confidence was read right.
pub fn read_right(answers: &Answers, target: &Target, state: MarkState) -> bool {
    match state {
        MarkState::Filled => answers.marked.contains(target),
        MarkState::Crossed => answers.crossed.contains(target),
        MarkState::Empty => !answers.marked.contains(target) && !answers.crossed.contains(target),
        MarkState::Doubtful => false,
    }
}

/// Reads a scanned page as the core does: finds it (on Letter or A4), reads its code,
/// then its circles against the form's map.
pub fn read_back(
    image: &GrayImage,
    map: &SheetMap,
) -> Result<(Paper, String, PageReading), ScanError> {
    let located = locate(image, &[page_frame(Paper::Letter), page_frame(Paper::A4)])?;
    let code = read_code(image, &located)?;
    Ok((
        located.paper(),
        code,
        read_marks(image, &located, map, None),
    ))
}
