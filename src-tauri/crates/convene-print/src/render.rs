//! Draws paginated blocks as printpdf pages and assembles the document.
//!
//! Every document reaches here through `recipe::render`: pages get their
//! blocks stacked from the top margin, the rules between blocks, and the page
//! furniture (running head, footer, page numbers), and the document gets its
//! metadata. A table tent is
//! the one special page: its content is drawn in the lower half and again,
//! turned half a turn, in the upper half, so it reads upright from both sides
//! once folded.

use printpdf::{
    CurTransMat, OffsetDateTime, Op, PdfDocument, PdfPage, PdfSaveOptions, Pt, RawImage, Rect,
    XObjectId,
};

use crate::canvas::{Canvas, FontIds};
use crate::fonts::{Face, Fonts, TextMeasure};
use crate::layout::{style, Block, Row, Run, Shape, Style, Target, Tone, FURNITURE};
use crate::paginate::Slice;
use crate::recipe::{Flow, Fold, Orientation, PageNumbers};
use crate::scan::Stamp;
use crate::wrap::truncate;
use crate::Paper;
use convene_i18n::{msg, Localizer};

pub(crate) const POINTS_PER_MM: f32 = 72.0 / 25.4;
pub(crate) const MARGIN_SIDE: f32 = 18.0 * POINTS_PER_MM;
const MARGIN_TOP: f32 = 18.0 * POINTS_PER_MM;
/// Bottom of the content area; the footer sits below it.
const MARGIN_BOTTOM: f32 = 22.0 * POINTS_PER_MM;
const FOOTER_BASELINE: f32 = 12.0 * POINTS_PER_MM;
/// Running head baseline, measured down from the top edge.
const HEAD_BASELINE: f32 = 11.0 * POINTS_PER_MM;
/// Room kept clear on each side of a table tent's fold.
const FOLD_MARGIN: f32 = 12.0 * POINTS_PER_MM;
/// The tiny label at the start of the fold line.
const FOLD_MARK: Style = style(Face::Regular, 7.0, 9.0, Tone::Muted);

/// Page size in points and the content area derived from it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PageGeometry {
    pub(crate) width: f32,
    pub(crate) height: f32,
    /// Where the content starts, down from the top edge.
    top: f32,
}

impl PageGeometry {
    pub(crate) fn for_paper(paper: Paper, orientation: Orientation) -> PageGeometry {
        let (short, long) = match paper {
            Paper::Letter => (612.0, 792.0),
            Paper::A4 => (210.0 * POINTS_PER_MM, 297.0 * POINTS_PER_MM),
        };
        match orientation {
            Orientation::Portrait => PageGeometry {
                width: short,
                height: long,
                top: MARGIN_TOP,
            },
            Orientation::Landscape => PageGeometry {
                width: long,
                height: short,
                top: MARGIN_TOP,
            },
        }
    }

    /// The same page with room at the top for a scannable sheet's serial and code.
    pub(crate) fn with_scan_band(self) -> PageGeometry {
        PageGeometry {
            top: crate::scan::BAND,
            ..self
        }
    }

    pub(crate) fn content_width(&self) -> f32 {
        self.width - 2.0 * MARGIN_SIDE
    }

    /// What one page can hold: the content area of a flat page; on a table
    /// tent, the lower half less the footer below it and the clearance
    /// around the fold.
    pub(crate) fn capacity(&self, fold: Fold) -> f32 {
        match fold {
            Fold::Flat => self.height - self.top - MARGIN_BOTTOM,
            Fold::TableTent => self.fold() - FOLD_MARGIN - MARGIN_BOTTOM,
        }
    }

    fn fold(&self) -> f32 {
        self.height / 2.0
    }
}

/// Everything the document needs beyond the laid-out blocks.
pub(crate) struct DocumentSpec<'a> {
    pub title: &'a str,
    pub created: OffsetDateTime,
    pub footer: &'a str,
    /// The language of the page furniture ("Page 2 of 3", "(continued)", "fold here").
    pub l: Localizer,
    pub geometry: PageGeometry,
    pub fold: Fold,
    /// The flow of every part (each part carries the gap it was laid out with).
    pub flow: Flow,
    /// One copy per stamp, each page marked for scanning and carrying the copy's serial;
    /// none means one plain copy.
    pub stamps: &'a [Stamp],
    /// The image rows place with their `picture`, if the document has one.
    pub picture: Option<&'a RawImage>,
}

/// One document's laid-out pages. A PDF holds one part, or several (a personalised
/// copy per member), each numbered from its own first page.
pub(crate) struct Part<'a> {
    pub blocks: &'a [Block],
    pub pages: &'a [Vec<Slice>],
    /// The gap between blocks at the scale the part was laid out at.
    pub gap: f32,
    /// Small line at the top of every page after the part's first (may be empty).
    pub running_head: String,
}

/// Builds and serializes a PDF of the parts' pages, each drawn as the spec's fold requires.
pub(crate) fn document(spec: &DocumentSpec, fonts: &Fonts, parts: &[Part]) -> Vec<u8> {
    let mut doc = PdfDocument::new(spec.title);
    let ids = FontIds {
        regular: doc.add_font(fonts.parsed(Face::Regular)),
        bold: doc.add_font(fonts.parsed(Face::Bold)),
    };
    let picture = spec
        .picture
        .map(|image| (doc.add_image(image), (image.width, image.height)));
    let mut pdf_pages = Vec::new();
    for part in parts {
        let painter = Painter {
            spec,
            fonts,
            ids: &ids,
            part,
            picture: picture.clone(),
        };
        let copy = |stamp: Option<&Stamp>| -> Vec<PdfPage> {
            part.pages
                .iter()
                .enumerate()
                .map(|(index, slices)| match spec.fold {
                    Fold::Flat => painter.page(index + 1, slices, stamp),
                    Fold::TableTent => painter.tent_page(index + 1, slices),
                })
                .collect()
        };
        if spec.stamps.is_empty() {
            pdf_pages.extend(copy(None));
        } else {
            pdf_pages.extend(spec.stamps.iter().flat_map(|stamp| copy(Some(stamp))));
        }
    }
    doc.with_pages(pdf_pages);
    let info = &mut doc.metadata.info;
    info.producer = "Convene".to_owned();
    info.creator = "Convene".to_owned();
    info.creation_date = spec.created;
    info.modification_date = spec.created;
    info.metadata_date = spec.created;
    doc.save(&PdfSaveOptions::default(), &mut Vec::new())
}

/// Draws one page at a time; shared context for all pages.
struct Painter<'a> {
    spec: &'a DocumentSpec<'a>,
    fonts: &'a Fonts,
    ids: &'a FontIds,
    part: &'a Part<'a>,
    /// The document's picture as added to the PDF, and its size in pixels.
    picture: Option<(XObjectId, (usize, usize))>,
}

impl Painter<'_> {
    fn page(&self, number: usize, slices: &[Slice], stamp: Option<&Stamp>) -> PdfPage {
        let mut canvas = Canvas::new(self.ids);
        let geometry = self.spec.geometry;
        self.draw_slices(&mut canvas, slices, geometry.height - geometry.top);
        self.furniture(&mut canvas, number);
        if let Some(stamp) = stamp {
            let page = self.spec.l.message(&msg!(
                "print-page-of",
                page = number,
                pages = self.part.pages.len()
            ));
            crate::scan::mark_page(&mut canvas, self.fonts, geometry, stamp, (&page, number));
        }
        self.pdf_page(canvas.finish())
    }

    /// The content centred in the lower half, the same ops again turned half
    /// a turn about the page centre for the upper half, and the fold line.
    fn tent_page(&self, number: usize, slices: &[Slice]) -> PdfPage {
        let geometry = self.spec.geometry;
        let room = geometry.capacity(Fold::TableTent);
        let spare = (room - self.slices_height(slices)).max(0.0);
        let mut face = Canvas::new(self.ids);
        self.draw_slices(&mut face, slices, MARGIN_BOTTOM + room - spare / 2.0);
        let face = face.finish();

        let mut marks = Canvas::new(self.ids);
        self.fold_mark(&mut marks);
        self.furniture(&mut marks, number);
        let mut ops = marks.finish();
        ops.extend(face.iter().cloned());
        ops.push(Op::SaveGraphicsState);
        ops.push(Op::SetTransformationMatrix {
            matrix: CurTransMat::TranslateRotate(Pt(geometry.width), Pt(geometry.height), 180.0),
        });
        ops.extend(face);
        ops.push(Op::RestoreGraphicsState);
        self.pdf_page(ops)
    }

    fn pdf_page(&self, ops: Vec<Op>) -> PdfPage {
        let geometry = self.spec.geometry;
        let size = Rect::from_wh(Pt(geometry.width), Pt(geometry.height));
        PdfPage {
            media_box: size.clone(),
            trim_box: size.clone(),
            crop_box: size,
            ops,
        }
    }

    /// Stacks the slices downwards from `top`, with the flow's gaps and rules.
    fn draw_slices(&self, canvas: &mut Canvas, slices: &[Slice], top: f32) {
        let right = self.spec.geometry.width - MARGIN_SIDE;
        for placed in stacked(self.part, slices, top) {
            let (row, top) = (placed.row, placed.top);
            let baseline = top - row.baseline();
            if placed.starts_slice
                && placed.position > 0
                && self.spec.flow.rules
                && placed.starts_block
            {
                let heavy = placed.block == 1;
                canvas.rule(MARGIN_SIDE, right, top + self.part.gap / 2.0, heavy);
            }
            if placed.starts_slice && !placed.starts_block && self.spec.flow.mark_continued {
                let marker = self.furniture_run(self.spec.l.text("print-continued-mark"));
                canvas.text(MARGIN_SIDE, baseline, &marker);
            }
            for fill in &row.fills {
                let (x, width) = (MARGIN_SIDE + fill.column.x, fill.column.width);
                canvas.fill(x, top - row.height(), width, row.leading, fill.grey);
            }
            for mark in &row.marks {
                canvas.mark(MARGIN_SIDE + mark.x, baseline, *mark);
            }
            for run in &row.runs {
                canvas.text(MARGIN_SIDE + run.x, baseline, run);
            }
            if let (Some(place), Some((id, pixels))) = (row.picture, &self.picture) {
                let bottom = top - row.height();
                let size = (place.width, place.height);
                canvas.image(id, *pixels, MARGIN_SIDE + place.x, bottom, size);
            }
        }
    }

    fn rows(&self, slice: &Slice) -> &[Row] {
        rows_of(self.part, slice)
    }

    /// Height the slices take when stacked with the flow's gaps.
    fn slices_height(&self, slices: &[Slice]) -> f32 {
        let rows: f32 = slices
            .iter()
            .flat_map(|slice| self.rows(slice))
            .map(|row| row.height())
            .sum();
        rows + self.part.gap * slices.len().saturating_sub(1) as f32
    }

    /// Footer text and page number on every page; running head after page one.
    fn furniture(&self, canvas: &mut Canvas, number: usize) {
        let geometry = self.spec.geometry;
        let right_edge = geometry.width - MARGIN_SIDE;
        let numbered = match self.spec.flow.page_numbers {
            PageNumbers::Never => false,
            PageNumbers::Always => true,
            PageNumbers::WhenSeveral => self.part.pages.len() > 1,
        };
        let page_label = if numbered {
            self.spec.l.message(&msg!(
                "print-page-of",
                page = number,
                pages = self.part.pages.len()
            ))
        } else {
            String::new()
        };
        let label_width = self.measure(&page_label);
        canvas.text(
            right_edge - label_width,
            FOOTER_BASELINE,
            &self.furniture_run(page_label),
        );
        let room = right_edge - MARGIN_SIDE - label_width - 18.0;
        let footer = truncate(self.spec.footer, room, |s| self.measure(s));
        canvas.text(MARGIN_SIDE, FOOTER_BASELINE, &self.furniture_run(footer));
        if number > 1 {
            let room = right_edge - MARGIN_SIDE;
            let head = truncate(&self.part.running_head, room, |s| self.measure(s));
            let baseline = geometry.height - HEAD_BASELINE;
            canvas.text(MARGIN_SIDE, baseline, &self.furniture_run(head));
        }
    }

    /// "fold here" at the left margin, then a dashed line across the middle.
    fn fold_mark(&self, canvas: &mut Canvas) {
        let geometry = self.spec.geometry;
        let y = geometry.fold();
        let text = self.spec.l.text("print-fold-here");
        let label_width = self.fonts.width(FOLD_MARK.face, FOLD_MARK.size, &text);
        let label = Run {
            x: 0.0,
            text,
            style: FOLD_MARK,
        };
        canvas.text(MARGIN_SIDE, y - FOLD_MARK.size * 0.35, &label);
        let line_start = MARGIN_SIDE + label_width + 6.0;
        canvas.fold_line(line_start, geometry.width - MARGIN_SIDE, y);
    }

    fn furniture_run(&self, text: String) -> Run {
        Run {
            x: 0.0,
            text,
            style: FURNITURE,
        }
    }

    fn measure(&self, text: &str) -> f32 {
        self.fonts.width(FURNITURE.face, FURNITURE.size, text)
    }
}

fn rows_of<'p>(part: &'p Part, slice: &Slice) -> &'p [Row] {
    let block = part.blocks.get(slice.block);
    block
        .and_then(|b| b.get(slice.rows.clone()))
        .unwrap_or_default()
}

/// A row as stacked on its page.
struct Placed<'p> {
    row: &'p Row,
    /// Its top edge, in points up from the page's bottom.
    top: f32,
    /// The slice's place on the page and the block it comes from.
    position: usize,
    block: usize,
    /// The first row of its slice; of its block.
    starts_slice: bool,
    starts_block: bool,
}

/// The rows of a page's slices stacked downwards from `top`, the part's gap between
/// slices: what is drawn, and where a scan finds it again.
fn stacked<'p>(part: &'p Part, slices: &'p [Slice], mut top: f32) -> Vec<Placed<'p>> {
    let mut placed = Vec::new();
    for (position, slice) in slices.iter().enumerate() {
        if position > 0 {
            top -= part.gap;
        }
        for (index, row) in rows_of(part, slice).iter().enumerate() {
            placed.push(Placed {
                row,
                top,
                position,
                block: slice.block,
                starts_slice: index == 0,
                starts_block: index == 0 && slice.rows.start == 0,
            });
            top -= row.height();
        }
    }
    placed
}

/// Where a form's circle landed: its answer, and its centre and diameter in points
/// from the page's lower-left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spot {
    pub target: Target,
    pub x: f32,
    pub y: f32,
    pub diameter: f32,
}

/// Where a written answer goes: the room above one of its lines, or inside one of its
/// boxes, in points from the page's lower-left corner, clear of the printed rule.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WritingArea {
    /// The item's place among the form's items.
    pub item: usize,
    pub left: f32,
    pub bottom: f32,
    pub width: f32,
    pub height: f32,
}

/// What a scan looks at on one page of a form.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageSpots {
    pub circles: Vec<Spot>,
    pub writing: Vec<WritingArea>,
}

/// Room kept between a printed rule or box edge and the area looked at for writing.
const CLEAR_OF_RULE: f32 = 2.0;

/// The circles standing for answers, and the room for written ones, on each page of
/// `part`, drawn on a flat page.
pub(crate) fn spots(geometry: PageGeometry, part: &Part) -> Vec<PageSpots> {
    let top = geometry.height - geometry.top;
    part.pages
        .iter()
        .map(|slices| {
            let mut page = PageSpots::default();
            for placed in stacked(part, slices, top) {
                let baseline = placed.top - placed.row.baseline();
                for mark in &placed.row.marks {
                    let Some(target) = mark.target else { continue };
                    let left = MARGIN_SIDE + mark.x;
                    match mark.shape {
                        Shape::Bubble => page.circles.push(Spot {
                            target,
                            x: left + mark.size / 2.0,
                            y: mark.bottom(baseline) + mark.size / 2.0,
                            diameter: mark.size,
                        }),
                        // The line is drawn just under the baseline (see `Canvas::mark`);
                        // the area stops short of the row above, a question's text.
                        Shape::WritingLine => page.writing.push(WritingArea {
                            item: target.item,
                            left,
                            bottom: baseline + CLEAR_OF_RULE,
                            width: mark.size,
                            height: placed.top - baseline - 2.0 * CLEAR_OF_RULE,
                        }),
                        Shape::TickBox => page.writing.push(WritingArea {
                            item: target.item,
                            left: left + CLEAR_OF_RULE,
                            bottom: mark.bottom(baseline) + CLEAR_OF_RULE,
                            width: mark.size - 2.0 * CLEAR_OF_RULE,
                            height: mark.size - 2.0 * CLEAR_OF_RULE,
                        }),
                    }
                }
            }
            page
        })
        .collect()
}
