//! What one page says: found in the image, its code read, then its circles and
//! writing read against the map of the form version printed on it, field by field,
//! each field with its snippet of the page and how doubtful its reading is.

use std::collections::HashMap;

use convene_i18n::{Localizer, Message};
use convene_print::{form_map, page_frame, Half, PageFrame, PageSpots, Paper};
use convene_scan::{Area, GrayImage, Located, MarkReading, MarkState, PageReading, ScanError};

use super::record::Named;
use crate::domain::forms::answers::{fields, AnswerValue, Field, MissingCode};
use crate::domain::forms::FormItemKind;
use crate::print::forms::sheet_of;
use crate::CoreResult;

/// Snippets are drawn at this many pixels a point (108 dpi): sharp enough to tell a
/// pencil mark from a smudge, small enough to keep one for every field.
const SNIPPET_SCALE: f32 = 1.5;
/// Room kept around a field's circles, in circle diameters: their labels, and the
/// "before" and "now" headings over a rating's two rows, show.
const ROW_MARGIN: f32 = 1.4;

/// A page found in an image, and its code.
pub(super) struct Page {
    located: Located,
    pub(super) code: String,
}

pub(super) fn locate(image: &GrayImage) -> Result<Page, ScanError> {
    let frames = [page_frame(Paper::Letter), page_frame(Paper::A4)];
    let located = convene_scan::locate(image, &frames)?;
    let code = convene_scan::read_code(image, &located)?;
    Ok(Page { located, code })
}

/// One field's part of the page.
pub(super) struct Snippet {
    pub(super) field: String,
    /// 0 when read with confidence, up to 1.
    pub(super) doubt: f32,
    /// A person decides it: a doubtful mark, or writing to type.
    pub(super) to_check: bool,
    pub(super) png: Vec<u8>,
}

/// What a page says of its sheet.
pub(super) struct Reading {
    /// Which page of the form it is, from 0.
    pub(super) form_page: usize,
    pub(super) answers: HashMap<String, AnswerValue>,
    pub(super) to_check: Vec<Message>,
    pub(super) snippets: Vec<Snippet>,
}

/// What the page says; `form_page` (from 0) is which page of the form its code named.
pub(super) fn reading(
    named: &Named,
    image: &GrayImage,
    page: &Page,
    form_page: Option<usize>,
) -> CoreResult<Reading> {
    let form = &named.form;
    let l = Localizer::new(form.lang);
    let map = form_map(&sheet_of(form, &l), page.located.paper(), form.lang)?;
    let marks = convene_scan::read_marks(image, &page.located, &map, form_page);
    let mut reading = Reading {
        form_page: marks.page,
        answers: HashMap::new(),
        to_check: Vec::new(),
        snippets: Vec::new(),
    };
    let Some(spots) = map.pages.get(marks.page) else {
        return Ok(reading);
    };
    for field in fields(&form.items) {
        let Some(item) = form.items.iter().position(|i| std::ptr::eq(i, field.item)) else {
            continue;
        };
        let Some(read) = field_read(&field, item, &marks) else {
            continue;
        };
        let to_check = read.answer.is_none();
        match read.answer {
            Some(value) => {
                reading.answers.insert(field.id.clone(), value);
            }
            None => reading.to_check.push(field.name()),
        }
        if let Some(area) = field_area(&field, item, spots, &map.frame) {
            reading.snippets.push(Snippet {
                field: field.id.clone(),
                doubt: read.doubt,
                to_check,
                png: convene_scan::snippet(image, &page.located, area, SNIPPET_SCALE),
            });
        }
    }
    Ok(reading)
}

/// A field as read from this page: its answer, or none when a person decides it.
struct FieldRead {
    answer: Option<AnswerValue>,
    doubt: f32,
}

/// The field's reading from this page; none when the field is on another page.
fn field_read(field: &Field, item: usize, reading: &PageReading) -> Option<FieldRead> {
    if is_written(field.item.kind) {
        let seen = reading.writing.iter().find(|w| w.item == item)?;
        return Some(FieldRead {
            answer: (!seen.written).then(blank),
            doubt: 0.0,
        });
    }
    let circles = field_circles(field, item, reading);
    if circles.is_empty() {
        return None;
    }
    let doubt = circles.iter().map(|m| m.doubt()).fold(0.0, f32::max);
    if circles.iter().any(|m| m.state == MarkState::Doubtful) {
        return Some(FieldRead {
            answer: None,
            doubt,
        });
    }
    let filled: Vec<u8> = circles
        .iter()
        .filter(|m| m.state == MarkState::Filled)
        .filter_map(|m| u8::try_from(m.target.option + 1).ok())
        .collect();
    let several = field.item.kind == FormItemKind::MultipleChoice;
    let answer = match (filled.as_slice(), several) {
        ([], _) => blank(),
        (_, true) => AnswerValue::Points { points: filled },
        ([point], false) => AnswerValue::Point { point: *point },
        (_, false) => AnswerValue::Missing {
            code: MissingCode::Multiple,
        },
    };
    Some(FieldRead {
        answer: Some(answer),
        doubt,
    })
}

fn half_of(field: &Field) -> Half {
    match field.half {
        Some("before") => Half::Before,
        Some("now") => Half::Now,
        _ => Half::Only,
    }
}

fn field_circles<'a>(field: &Field, item: usize, reading: &'a PageReading) -> Vec<&'a MarkReading> {
    let half = half_of(field);
    reading
        .marks
        .iter()
        .filter(|m| m.target.item == item && m.target.half == half)
        .collect()
}

/// Where the field is on the page: its row of circles across the text width, with
/// their labels; or its writing lines.
fn field_area(field: &Field, item: usize, spots: &PageSpots, frame: &PageFrame) -> Option<Area> {
    let (left, right) = (
        frame.corners[0].left + frame.corners[0].side,
        frame.corners[1].left,
    );
    if is_written(field.item.kind) {
        let areas: Vec<_> = spots.writing.iter().filter(|w| w.item == item).collect();
        let bottom = areas.iter().map(|a| a.bottom).fold(f32::MAX, f32::min);
        let top = areas
            .iter()
            .map(|a| a.bottom + a.height)
            .fold(f32::MIN, f32::max);
        return (!areas.is_empty()).then_some(Area {
            left,
            bottom: bottom - 4.0,
            width: right - left,
            // Clear of the question printed just above the first line.
            height: top - bottom + 6.0,
        });
    }
    let half = half_of(field);
    let circles: Vec<_> = spots
        .circles
        .iter()
        .filter(|s| s.target.item == item && s.target.half == half)
        .collect();
    let diameter = circles.iter().map(|s| s.diameter).fold(0.0, f32::max);
    let low = circles.iter().map(|s| s.y).fold(f32::MAX, f32::min);
    let high = circles.iter().map(|s| s.y).fold(f32::MIN, f32::max);
    let reach = diameter * (0.5 + ROW_MARGIN);
    (!circles.is_empty()).then_some(Area {
        left,
        bottom: low - reach,
        width: right - left,
        height: high - low + 2.0 * reach,
    })
}

fn is_written(kind: FormItemKind) -> bool {
    matches!(
        kind,
        FormItemKind::ShortText | FormItemKind::Comment | FormItemKind::ParticipantCode
    )
}

fn blank() -> AnswerValue {
    AnswerValue::Missing {
        code: MissingCode::Blank,
    }
}

pub(super) fn is_blank(value: &AnswerValue) -> bool {
    *value == blank()
}
