//! How much of each printed circle a participant inked. The inside of the circle (clear
//! of its printed outline) is measured against the paper just around it, so pencil,
//! a grey scan and uneven light read alike (see `Pose::inked_below`).

use convene_print::{PageSpots, SheetMap, Spot, Target};
use image::GrayImage;

use crate::locate::{grey_at, Pose};

/// What a circle was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkState {
    Filled,
    Empty,
    /// Neither clearly: a person looks at it.
    Doubtful,
    /// Struck through with an X, the printed way to take an answer back.
    Crossed,
}

/// One circle as read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MarkReading {
    pub target: Target,
    /// The share of the circle's inside that is inked, 0 to 1.
    pub ink: f32,
    pub state: MarkState,
}

impl MarkReading {
    /// How unsure the reading is, from 0 (sure) to 1 (inked halfway between an empty
    /// circle and a mark): the order a person reviews doubtful circles in.
    pub fn doubt(&self) -> f32 {
        if self.state != MarkState::Doubtful {
            return 0.0;
        }
        let middle = (FILLED + EMPTY) / 2.0;
        let reach = (FILLED - EMPTY) / 2.0;
        (1.0 - (self.ink - middle).abs() / reach).clamp(0.05, 1.0)
    }
}

/// At least this share inked is a mark (a pen tick covers about a fifth).
const FILLED: f32 = 0.15;
/// At most this share is an empty circle (noise, a dust speck, the outline's edge).
const EMPTY: f32 = 0.05;
/// A circle this much shaded is not called empty, even with no pixel fully inked.
const FAINT: f32 = 0.1;
/// The inside measured, as a share of the radius: clear of the printed outline.
const INSIDE: f32 = 0.7;
/// The paper's grey is taken on rings this many radii out: past the outline, short of
/// the label beside the circle.
const PAPER_RING: [f32; 3] = [1.2, 1.35, 1.5];
/// Where an X's arms are looked for, in radii from the centre: past the outline.
const X_REACH: [f32; 3] = [1.15, 1.3, 1.45];

pub(crate) fn read(image: &GrayImage, pose: &Pose, spots: &[Spot]) -> Vec<MarkReading> {
    spots
        .iter()
        .map(|spot| {
            let Inside { ink, shade } = inside(image, pose, spot);
            let state = if crossed(image, pose, spot) {
                MarkState::Crossed
            } else if ink >= FILLED {
                MarkState::Filled
            } else if ink <= EMPTY && shade < FAINT {
                MarkState::Empty
            } else {
                MarkState::Doubtful
            };
            MarkReading {
                target: spot.target,
                ink,
                state,
            }
        })
        .collect()
}

/// The page of the form whose circles lie where the scan shows printed outlines.
pub(crate) fn which_page(image: &GrayImage, pose: &Pose, map: &SheetMap) -> usize {
    let score = |page: &PageSpots| {
        let spots = &page.circles;
        if spots.is_empty() {
            return 0.0;
        }
        let sum: f32 = spots
            .iter()
            .map(|spot| outline_seen(image, pose, spot))
            .sum();
        sum / spots.len() as f32
    };
    (0..map.pages.len())
        .max_by(|&a, &b| score(&map.pages[a]).total_cmp(&score(&map.pages[b])))
        .unwrap_or(0)
}

fn centre_and_radius(pose: &Pose, spot: &Spot) -> ((f32, f32), f32) {
    let centre = pose.in_image(spot.x, spot.y);
    (centre, spot.diameter / 2.0 * pose.scale)
}

/// The paper's grey just around the circle, clear of its label: a light percentile of
/// a ring of points, so that a mark spilling over the outline does not darken it and
/// the shaded *Before* half is measured against its own shade.
fn paper_near(image: &GrayImage, centre: (f32, f32), radius: f32) -> u8 {
    const ANGLES: usize = 24;
    let mut greys: Vec<u8> = PAPER_RING
        .iter()
        .flat_map(|share| {
            (0..ANGLES).filter_map(move |k| {
                let angle = k as f32 / ANGLES as f32 * std::f32::consts::TAU;
                let (sin, cos) = angle.sin_cos();
                let r = radius * share;
                grey_at(image, centre.0 + r * cos, centre.1 + r * sin)
            })
        })
        .collect();
    greys.sort_unstable();
    greys.get(greys.len() * 4 / 5).copied().unwrap_or(255)
}

/// What the inside of a circle shows.
struct Inside {
    /// The share of its pixels darker than the inked level.
    ink: f32,
    /// How far its mean grey is from the paper towards black, 0 to 1: a faint pencil
    /// mark that inks no pixel fully still shades the circle.
    shade: f32,
}

fn inside(image: &GrayImage, pose: &Pose, spot: &Spot) -> Inside {
    let (centre, radius) = centre_and_radius(pose, spot);
    let paper = f32::from(paper_near(image, centre, radius));
    let range = (paper - f32::from(pose.ink)).max(1.0);
    let inked_below = pose.inked_below(paper);
    let inside = radius * INSIDE;
    let (mut inked, mut all, mut total) = (0u32, 0u32, 0f32);
    let reach = inside.ceil() as i32;
    for dy in -reach..=reach {
        for dx in -reach..=reach {
            let (fx, fy) = (dx as f32 + 0.5, dy as f32 + 0.5);
            if fx * fx + fy * fy > inside * inside {
                continue;
            }
            let Some(grey) = grey_at(image, centre.0 + fx, centre.1 + fy) else {
                continue;
            };
            all += 1;
            total += f32::from(grey);
            if f32::from(grey) < inked_below {
                inked += 1;
            }
        }
    }
    if all == 0 {
        return Inside {
            ink: 0.0,
            shade: 0.0,
        };
    }
    Inside {
        ink: inked as f32 / all as f32,
        shade: (paper - total / all as f32) / range,
    }
}

/// The share of points around the circle's printed outline that look printed.
fn outline_seen(image: &GrayImage, pose: &Pose, spot: &Spot) -> f32 {
    const POINTS: usize = 16;
    let (centre, radius) = centre_and_radius(pose, spot);
    let paper = f32::from(paper_near(image, centre, radius));
    let printed_below = pose.inked_below(paper);
    let seen = (0..POINTS)
        .filter(|k| {
            let angle = *k as f32 / POINTS as f32 * std::f32::consts::TAU;
            let (sin, cos) = angle.sin_cos();
            // The outline is thin: look a little inside and outside it too.
            [-1.5f32, -0.75, 0.0, 0.75, 1.5].iter().any(|nudge| {
                let r = radius + nudge;
                grey_at(image, centre.0 + r * cos, centre.1 + r * sin)
                    .is_some_and(|grey| f32::from(grey) < printed_below)
            })
        })
        .count();
    seen as f32 / POINTS as f32
}

/// Whether an X runs through the circle: ink just outside its outline on at least
/// three of the four diagonals, where a tick or a fill spilling over reaches one or two.
fn crossed(image: &GrayImage, pose: &Pose, spot: &Spot) -> bool {
    let (centre, radius) = centre_and_radius(pose, spot);
    let paper = f32::from(paper_near(image, centre, radius));
    let inked_below = pose.inked_below(paper);
    let diagonals = [45.0f32, 135.0, 225.0, 315.0].iter().filter(|degrees| {
        // Beyond the outline, and a little either side of the exact diagonal.
        X_REACH.iter().any(|share| {
            [-8.0f32, 0.0, 8.0].iter().any(|spread| {
                let (s, c) = (**degrees + spread).to_radians().sin_cos();
                let r = radius * share;
                grey_at(image, centre.0 + r * c, centre.1 + r * s)
                    .is_some_and(|grey| f32::from(grey) < inked_below)
            })
        })
    });
    diagonals.count() >= 3
}
