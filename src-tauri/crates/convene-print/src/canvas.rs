//! One page's drawing operations, in printpdf's `Op` language.
//!
//! A canvas collects positioned text, simple shapes (rules, tick boxes, a
//! fold line) and a placed image, switching font and colour only when they change. Shapes are
//! emitted ahead of the text so they never paint over it.

use printpdf::{
    Color, FontId, Line, LineDashPattern, LinePoint, Op, PaintMode, PdfFontHandle, Point, Pt, Rect,
    Rgb, TextItem, TextMatrix, XObjectId, XObjectTransform,
};

use crate::fonts::Face;
use crate::layout::{Mark, Run, Shape, Style, Tone};

/// The document's registered fonts, as printpdf refers to them.
pub(crate) struct FontIds {
    pub regular: FontId,
    pub bold: FontId,
}

/// Collects a page's operations; `finish` returns them in drawing order.
pub(crate) struct Canvas<'a> {
    ids: &'a FontIds,
    graphics: Vec<Op>,
    text: Vec<Op>,
    font: Option<(Face, f32)>,
    tone: Option<Tone>,
}

impl<'a> Canvas<'a> {
    pub(crate) fn new(ids: &'a FontIds) -> Canvas<'a> {
        Canvas {
            ids,
            graphics: Vec::new(),
            text: Vec::new(),
            font: None,
            tone: None,
        }
    }

    /// Sets `run` with its baseline starting at (`x`, `baseline`) from the page's lower left.
    pub(crate) fn text(&mut self, x: f32, baseline: f32, run: &Run) {
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

    /// A horizontal rule from `left` to `right`: heavy under a header,
    /// hairline between items.
    pub(crate) fn rule(&mut self, left: f32, right: f32, y: f32, heavy: bool) {
        let (thickness, grey) = if heavy { (1.0, 0.35) } else { (0.5, 0.75) };
        self.stroke(thickness, grey);
        self.graphics.push(Op::DrawLine {
            line: horizontal(left, right, y),
        });
    }

    /// A dashed light line to fold the sheet along.
    pub(crate) fn fold_line(&mut self, left: f32, right: f32, y: f32) {
        self.stroke(0.6, 0.6);
        self.graphics.extend([
            Op::SetLineDashPattern {
                dash: LineDashPattern::new(0.0, &[5.0, 4.0]),
            },
            Op::DrawLine {
                line: horizontal(left, right, y),
            },
            Op::SetLineDashPattern {
                dash: LineDashPattern::solid(),
            },
        ]);
    }

    /// An empty square or circle sitting on the baseline like a capital letter,
    /// dipping slightly below it so it looks centred on lowercase text.
    pub(crate) fn mark(&mut self, x: f32, baseline: f32, mark: Mark) {
        self.stroke(0.9, 0.2);
        let bottom = mark.bottom(baseline);
        match mark.shape {
            Shape::TickBox => {
                let mut square = Rect::from_xywh(Pt(x), Pt(bottom), Pt(mark.size), Pt(mark.size));
                square.mode = Some(PaintMode::Stroke);
                self.graphics.push(Op::DrawRectangle { rectangle: square });
            }
            Shape::Bubble => {
                let radius = mark.size / 2.0;
                self.graphics.push(Op::DrawLine {
                    line: circle(x + radius, bottom + radius, radius),
                });
            }
            Shape::WritingLine => {
                self.stroke(0.5, 0.55);
                self.graphics.push(Op::DrawLine {
                    line: horizontal(x, x + mark.size, baseline - 2.0),
                });
            }
        }
    }

    /// A solid black square, `size` across, its lower left corner at (`x`, `y`): the
    /// corner marks and the modules of a printed code.
    pub(crate) fn solid(&mut self, x: f32, y: f32, width: f32, height: f32) {
        self.fill_grey(0.0);
        let mut square = Rect::from_xywh(Pt(x), Pt(y), Pt(width), Pt(height));
        square.mode = Some(PaintMode::Fill);
        self.graphics.push(Op::DrawRectangle { rectangle: square });
    }

    /// A grey rectangle (0 black, 1 white) behind a stretch of a row.
    pub(crate) fn fill(&mut self, x: f32, y: f32, width: f32, height: f32, grey: f32) {
        self.fill_grey(grey);
        let mut band = Rect::from_xywh(Pt(x), Pt(y), Pt(width), Pt(height));
        band.mode = Some(PaintMode::Fill);
        self.graphics.push(Op::DrawRectangle { rectangle: band });
    }

    fn fill_grey(&mut self, grey: f32) {
        self.graphics.push(Op::SetFillColor {
            col: rgb(grey, grey, grey),
        });
    }

    fn stroke(&mut self, thickness: f32, grey: f32) {
        self.graphics.extend([
            Op::SetOutlineColor {
                col: rgb(grey, grey, grey),
            },
            Op::SetOutlineThickness { pt: Pt(thickness) },
        ]);
    }

    /// Places an image `width` × `height` points with its lower left corner at (`x`, `y`).
    pub(crate) fn image(
        &mut self,
        id: &XObjectId,
        pixels: (usize, usize),
        x: f32,
        y: f32,
        size: (f32, f32),
    ) {
        // At 72 dpi a pixel is a point, so the scale is the size wanted over the pixels.
        let scale = |points: f32, pixels: usize| points / pixels.max(1) as f32;
        self.graphics.push(Op::UseXobject {
            id: id.clone(),
            transform: XObjectTransform {
                translate_x: Some(Pt(x)),
                translate_y: Some(Pt(y)),
                scale_x: Some(scale(size.0, pixels.0)),
                scale_y: Some(scale(size.1, pixels.1)),
                dpi: Some(72.0),
                ..XObjectTransform::default()
            },
        });
    }

    pub(crate) fn finish(self) -> Vec<Op> {
        let mut ops = self.graphics;
        ops.push(Op::StartTextSection);
        ops.extend(self.text);
        ops.push(Op::EndTextSection);
        ops
    }
}

/// A circle as four cubic Bézier arcs (the usual 0.5523 handle length).
fn circle(cx: f32, cy: f32, r: f32) -> Line {
    let k = 0.552_284_8 * r;
    let point = |x: f32, y: f32, bezier: bool| LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier,
    };
    let points = vec![
        point(cx + r, cy, false),
        point(cx + r, cy + k, true),
        point(cx + k, cy + r, true),
        point(cx, cy + r, false),
        point(cx - k, cy + r, true),
        point(cx - r, cy + k, true),
        point(cx - r, cy, false),
        point(cx - r, cy - k, true),
        point(cx - k, cy - r, true),
        point(cx, cy - r, false),
        point(cx + k, cy - r, true),
        point(cx + r, cy - k, true),
        point(cx + r, cy, false),
    ];
    Line {
        points,
        is_closed: true,
    }
}

fn horizontal(left: f32, right: f32, y: f32) -> Line {
    let point = |x: f32| LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    };
    Line {
        points: vec![point(left), point(right)],
        is_closed: false,
    }
}

fn tone_color(tone: Tone) -> Color {
    match tone {
        Tone::Ink => rgb(0.11, 0.11, 0.13),
        Tone::Muted => rgb(0.36, 0.37, 0.40),
        Tone::Accent => rgb(0.62, 0.13, 0.11),
        Tone::Inverse => rgb(1.0, 1.0, 1.0),
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
