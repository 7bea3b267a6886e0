//! Draws paginated blocks as printpdf pages and assembles the document.
//!
//! This is the only module that speaks printpdf's `Op` language: it turns rows
//! into absolutely positioned text, adds the rules between items and the page
//! furniture (running head, footer, page numbers), and sets the metadata.

use printpdf::{
    Color, FontId, Line, LinePoint, OffsetDateTime, Op, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem, TextMatrix,
};

use crate::fonts::{Face, Fonts, TextMeasure};
use crate::layout::{Block, Columns, Run, Style, Tone, BLOCK_GAP, FURNITURE};
use crate::paginate::Slice;
use crate::wrap::truncate;
use crate::Paper;

const POINTS_PER_MM: f32 = 72.0 / 25.4;
const MARGIN_SIDE: f32 = 18.0 * POINTS_PER_MM;
const MARGIN_TOP: f32 = 18.0 * POINTS_PER_MM;
/// Bottom of the content area; the footer sits below it.
const MARGIN_BOTTOM: f32 = 22.0 * POINTS_PER_MM;
const FOOTER_BASELINE: f32 = 12.0 * POINTS_PER_MM;
/// Running head baseline, measured down from the top edge.
const HEAD_BASELINE: f32 = 11.0 * POINTS_PER_MM;

/// Page size in points and the content area derived from it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PageGeometry {
    width: f32,
    height: f32,
}

impl PageGeometry {
    pub(crate) fn for_paper(paper: Paper) -> PageGeometry {
        match paper {
            Paper::Letter => PageGeometry {
                width: 612.0,
                height: 792.0,
            },
            Paper::A4 => PageGeometry {
                width: 210.0 * POINTS_PER_MM,
                height: 297.0 * POINTS_PER_MM,
            },
        }
    }

    pub(crate) fn columns(&self) -> Columns {
        Columns::new(self.width - 2.0 * MARGIN_SIDE)
    }

    /// Height of the content area: what a page can hold.
    pub(crate) fn capacity(&self) -> f32 {
        self.height - MARGIN_TOP - MARGIN_BOTTOM
    }
}

/// Everything the document needs beyond the laid-out blocks.
pub(crate) struct DocumentSpec<'a> {
    pub title: &'a str,
    pub created: OffsetDateTime,
    pub footer: &'a str,
    /// Small line at the top of every page after the first.
    pub running_head: String,
    pub geometry: PageGeometry,
}

/// Builds and serializes the PDF.
pub(crate) fn document(
    spec: &DocumentSpec,
    fonts: &Fonts,
    blocks: &[Block],
    pages: &[Vec<Slice>],
) -> Vec<u8> {
    let mut doc = PdfDocument::new(spec.title);
    let ids = FontIds {
        regular: doc.add_font(fonts.parsed(Face::Regular)),
        bold: doc.add_font(fonts.parsed(Face::Bold)),
    };
    let painter = Painter {
        spec,
        fonts,
        ids: &ids,
        blocks,
        total: pages.len(),
    };
    let pdf_pages = pages
        .iter()
        .enumerate()
        .map(|(index, slices)| painter.page(index + 1, slices))
        .collect();
    doc.with_pages(pdf_pages);
    let info = &mut doc.metadata.info;
    info.producer = "Convene".to_owned();
    info.creator = "Convene".to_owned();
    info.creation_date = spec.created;
    info.modification_date = spec.created;
    info.metadata_date = spec.created;
    doc.save(&PdfSaveOptions::default(), &mut Vec::new())
}

struct FontIds {
    regular: FontId,
    bold: FontId,
}

/// Draws one page at a time; shared context for all pages.
struct Painter<'a> {
    spec: &'a DocumentSpec<'a>,
    fonts: &'a Fonts,
    ids: &'a FontIds,
    blocks: &'a [Block],
    total: usize,
}

impl Painter<'_> {
    fn page(&self, number: usize, slices: &[Slice]) -> PdfPage {
        let geometry = self.spec.geometry;
        let mut canvas = Canvas::new(self.ids);
        let mut top = geometry.height - MARGIN_TOP;
        for (position, slice) in slices.iter().enumerate() {
            if position > 0 {
                top -= BLOCK_GAP;
                if slice.rows.start == 0 {
                    let heavy = slice.block == 1;
                    canvas.rule(geometry.width, top + BLOCK_GAP / 2.0, heavy);
                }
            }
            top = self.draw_rows(&mut canvas, slice, top);
        }
        self.furniture(&mut canvas, number);
        let size = Rect::from_wh(Pt(geometry.width), Pt(geometry.height));
        PdfPage {
            media_box: size.clone(),
            trim_box: size.clone(),
            crop_box: size,
            ops: canvas.finish(),
        }
    }

    /// Draws the slice's rows downwards from `top`; returns the new top.
    fn draw_rows(&self, canvas: &mut Canvas, slice: &Slice, mut top: f32) -> f32 {
        let rows = self
            .blocks
            .get(slice.block)
            .and_then(|b| b.get(slice.rows.clone()));
        for (index, row) in rows.unwrap_or_default().iter().enumerate() {
            let baseline = top - row.baseline();
            if index == 0 && slice.rows.start > 0 {
                let marker = self.furniture_run("(continued)".to_owned());
                canvas.text(MARGIN_SIDE, baseline, &marker);
            }
            for run in &row.runs {
                canvas.text(MARGIN_SIDE + run.x, baseline, run);
            }
            top -= row.height();
        }
        top
    }

    /// Footer text and page number on every page; running head after page one.
    fn furniture(&self, canvas: &mut Canvas, number: usize) {
        let geometry = self.spec.geometry;
        let right_edge = geometry.width - MARGIN_SIDE;
        let page_label = format!("Page {number} of {}", self.total);
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
            let head = truncate(&self.spec.running_head, room, |s| self.measure(s));
            let baseline = geometry.height - HEAD_BASELINE;
            canvas.text(MARGIN_SIDE, baseline, &self.furniture_run(head));
        }
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

/// Collects a page's drawing operations, switching font and colour only when
/// they change. Rules are drawn before any text.
struct Canvas<'a> {
    ids: &'a FontIds,
    graphics: Vec<Op>,
    text: Vec<Op>,
    font: Option<(Face, f32)>,
    tone: Option<Tone>,
}

impl<'a> Canvas<'a> {
    fn new(ids: &'a FontIds) -> Canvas<'a> {
        Canvas {
            ids,
            graphics: Vec::new(),
            text: Vec::new(),
            font: None,
            tone: None,
        }
    }

    fn text(&mut self, x: f32, baseline: f32, run: &Run) {
        if run.text.is_empty() {
            return;
        }
        self.select(run.style);
        self.text.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(Pt(x), Pt(baseline)),
        });
        self.text.push(Op::ShowText {
            items: vec![TextItem::Text(run.text.clone())],
        });
    }

    fn select(&mut self, style: Style) {
        if self.font != Some((style.face, style.size)) {
            let id = match style.face {
                Face::Regular => &self.ids.regular,
                Face::Bold => &self.ids.bold,
            };
            self.text.push(Op::SetFont {
                font: PdfFontHandle::External(id.clone()),
                size: Pt(style.size),
            });
            self.font = Some((style.face, style.size));
        }
        if self.tone != Some(style.tone) {
            self.text.push(Op::SetFillColor {
                col: tone_color(style.tone),
            });
            self.tone = Some(style.tone);
        }
    }

    /// A horizontal rule across the content width: heavy under the header,
    /// hairline between items.
    fn rule(&mut self, page_width: f32, y: f32, heavy: bool) {
        let (thickness, grey) = if heavy { (1.0, 0.35) } else { (0.5, 0.75) };
        let point = |x: f32| LinePoint {
            p: Point { x: Pt(x), y: Pt(y) },
            bezier: false,
        };
        self.graphics.extend([
            Op::SetOutlineColor {
                col: rgb(grey, grey, grey),
            },
            Op::SetOutlineThickness { pt: Pt(thickness) },
            Op::DrawLine {
                line: Line {
                    points: vec![point(MARGIN_SIDE), point(page_width - MARGIN_SIDE)],
                    is_closed: false,
                },
            },
        ]);
    }

    fn finish(self) -> Vec<Op> {
        let mut ops = self.graphics;
        ops.push(Op::StartTextSection);
        ops.extend(self.text);
        ops.push(Op::EndTextSection);
        ops
    }
}

fn tone_color(tone: Tone) -> Color {
    match tone {
        Tone::Ink => rgb(0.11, 0.11, 0.13),
        Tone::Muted => rgb(0.36, 0.37, 0.40),
        Tone::Accent => rgb(0.62, 0.13, 0.11),
    }
}

fn rgb(r: f32, g: f32, b: f32) -> Color {
    Color::Rgb(Rgb {
        r,
        g,
        b,
        icc_profile: None,
    })
}
