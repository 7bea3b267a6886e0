//! What makes a printed form readable by a machine later: four solid corner marks
//! (the top left one larger, so a scan's orientation is known) and, on every page, the
//! copy's serial printed large beside a QR code that carries it. The code is drawn as
//! vector squares, so it stays sharp at any printer's resolution. A sheet made for one
//! member also carries their participant code, top left, and who it is for.

use qrcode::{Color, EcLevel, QrCode};

use crate::canvas::Canvas;
use crate::fonts::{Face, Fonts, TextMeasure};
use crate::layout::{style, Run, Style, Tone};
use crate::render::{PageGeometry, MARGIN_SIDE, POINTS_PER_MM};

/// What makes one printed copy its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// Printed large to read and type, e.g. "Sheet M3-037".
    pub serial: String,
    /// What the QR code holds (form, version, serial and a check digit).
    pub code: String,
    /// On a sheet made for one member: their participant code and who the sheet is for.
    pub participant: Option<ParticipantStamp>,
}

/// The words printed top left on a member's own sheet, in the sheet's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParticipantStamp {
    /// "Participant code".
    pub label: String,
    /// The code itself, printed large: "K7P4Q".
    pub code: String,
    /// "For Ana López", so the sheet reaches its member.
    pub recipient: String,
}

/// Room kept at the top of a scannable page for the serial and the code.
pub(crate) const BAND: f32 = 32.0 * POINTS_PER_MM;
/// The corner marks: their distance from the page edges and their size.
const MARK_INSET: f32 = 7.0 * POINTS_PER_MM;
const MARK: f32 = 5.0 * POINTS_PER_MM;
const ORIENTATION_MARK: f32 = 8.0 * POINTS_PER_MM;
/// The QR code's side, quiet zone included, and its top edge down from the page top.
const CODE: f32 = 22.0 * POINTS_PER_MM;
const CODE_TOP: f32 = 9.0 * POINTS_PER_MM;
const SERIAL: Style = style(Face::Bold, 18.0, 22.0, Tone::Ink);
const PAGE: Style = style(Face::Regular, 9.5, 12.0, Tone::Muted);

/// Draws the corner marks, the serial and the code on one page of a copy; `page` is
/// "Page 1 of 2", printed under the serial so a loose page finds its sheet. The code
/// of the copy's first page is the stamp's; a later page's adds `/` and its number
/// (`page_number`, from 1), so a page with nothing to mark is still known.
pub(crate) fn mark_page(
    canvas: &mut Canvas,
    fonts: &Fonts,
    geometry: PageGeometry,
    stamp: &Stamp,
    (page, page_number): (&str, usize),
) {
    corner_marks(canvas, geometry);
    let code = code_square(geometry);
    let (code_left, code_top) = (code.left, code.bottom + code.side);
    let text = match page_number {
        0 | 1 => stamp.code.clone(),
        later => format!("{}/{later}", stamp.code),
    };
    draw_code(canvas, &text, code_left, code_top);
    let right = code_left - 4.0 * POINTS_PER_MM;
    let serial_baseline = code_top - CODE * 0.45;
    let width = fonts.width(SERIAL.face, SERIAL.size, &stamp.serial);
    canvas.text(right - width, serial_baseline, &run(&stamp.serial, SERIAL));
    let page_width = fonts.width(PAGE.face, PAGE.size, page);
    canvas.text(right - page_width, serial_baseline - 16.0, &run(page, PAGE));
    if let Some(participant) = &stamp.participant {
        // Clear of the orientation mark, level with the serial.
        let left = MARK_INSET + ORIENTATION_MARK + 6.0 * POINTS_PER_MM;
        canvas.text(left, serial_baseline + 19.0, &run(&participant.label, PAGE));
        canvas.text(left, serial_baseline, &run(&participant.code, SERIAL));
        canvas.text(
            left,
            serial_baseline - 16.0,
            &run(&participant.recipient, PAGE),
        );
    }
}

fn run(text: &str, style: Style) -> Run {
    Run {
        x: 0.0,
        text: text.to_owned(),
        style,
    }
}

/// A solid square: its lower left corner and its side, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Square {
    pub left: f32,
    pub bottom: f32,
    pub side: f32,
}

impl Square {
    pub fn centre(&self) -> (f32, f32) {
        (self.left + self.side / 2.0, self.bottom + self.side / 2.0)
    }
}

/// The corner marks of a page: top left (the larger one), top right, bottom left,
/// bottom right.
pub(crate) fn corner_squares(geometry: PageGeometry) -> [Square; 4] {
    let (left, bottom) = (MARK_INSET, MARK_INSET);
    let right = geometry.width - MARK_INSET - MARK;
    let top = geometry.height - MARK_INSET;
    let square = |left, bottom, side| Square { left, bottom, side };
    [
        square(left, top - ORIENTATION_MARK, ORIENTATION_MARK),
        square(right, top - MARK, MARK),
        square(left, bottom, MARK),
        square(right, bottom, MARK),
    ]
}

/// Where the QR code goes, quiet zone included.
pub(crate) fn code_square(geometry: PageGeometry) -> Square {
    Square {
        left: geometry.width - MARGIN_SIDE - CODE,
        bottom: geometry.height - CODE_TOP - CODE,
        side: CODE,
    }
}

fn corner_marks(canvas: &mut Canvas, geometry: PageGeometry) {
    for mark in corner_squares(geometry) {
        canvas.solid(mark.left, mark.bottom, mark.side, mark.side);
    }
}

/// The dark modules of `text`'s QR code, as runs of squares along each row, in a
/// square of side `CODE` whose top left corner is at (`left`, `top`).
fn draw_code(canvas: &mut Canvas, text: &str, left: f32, top: f32) {
    // A payload is a few dozen ASCII characters, far below any QR capacity.
    let Ok(code) = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M) else {
        return;
    };
    let width = code.width();
    let colors = code.to_colors();
    // Four modules of quiet zone on each side, as the standard asks.
    let module = CODE / (width + 8) as f32;
    let origin = left + 4.0 * module;
    for (y, row) in colors.chunks(width).enumerate() {
        let row_top = top - 4.0 * module - y as f32 * module;
        let mut x = 0;
        while x < width {
            if row[x] != Color::Dark {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && row[x] == Color::Dark {
                x += 1;
            }
            let run_width = (x - start) as f32 * module;
            canvas.solid(
                origin + start as f32 * module,
                row_top - module,
                run_width,
                module,
            );
        }
    }
}
