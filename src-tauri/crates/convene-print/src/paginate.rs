//! Page breaks for laid-out blocks.
//!
//! A block is one agenda item (or the header) as a list of row heights. The
//! rule is simple and worth testing on its own, without fonts or PDF: a block
//! never starts on one page and ends on the next unless it is taller than a
//! whole page, in which case it breaks between rows. Such a block starts on the
//! current page if at least a quarter of a page is left, else on a fresh one.
//!
//! Documents meant for one sheet (a card, a poster) are first set smaller,
//! step by step, until they fit or reach their smallest readable size.

use std::ops::Range;

use crate::layout::{Block, Row};

/// The rows of one block that land on one page.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Slice {
    pub block: usize,
    pub rows: Range<usize>,
}

/// Rounding slack so blocks that exactly fill a page are not pushed over.
const EPSILON: f32 = 0.01;
/// Least share of a page left over for an oversized block to start there.
const MIN_SPLIT_START: f32 = 0.25;

/// Assigns blocks (given as row heights) to pages holding `capacity` points
/// each, with `gap` points between blocks on the same page. Always returns
/// at least one (possibly empty) page.
pub(crate) fn paginate(blocks: &[Vec<f32>], capacity: f32, gap: f32) -> Vec<Vec<Slice>> {
    let mut pager = Pager {
        pages: vec![Vec::new()],
        used: 0.0,
        capacity,
    };
    for (index, rows) in blocks.iter().enumerate() {
        let height: f32 = rows.iter().sum();
        let gap_here = if pager.page_is_empty() { 0.0 } else { gap };
        if pager.used + gap_here + height <= capacity + EPSILON {
            pager.place(index, 0..rows.len(), gap_here + height);
        } else if height <= capacity + EPSILON {
            pager.new_page();
            pager.place(index, 0..rows.len(), height);
        } else {
            pager.split(index, rows, gap);
        }
    }
    pager.pages
}

/// Pages for laid-out blocks, breaking as `paginate` does but never after a
/// row marked `keep_with_next`.
fn paginate_blocks(blocks: &[Block], capacity: f32, gap: f32) -> Vec<Vec<Slice>> {
    let units: Vec<Vec<Range<usize>>> = blocks.iter().map(|b| unbreakable_units(b)).collect();
    let heights: Vec<Vec<f32>> = blocks
        .iter()
        .zip(&units)
        .map(|(block, units)| {
            let height = |unit: &Range<usize>| block[unit.clone()].iter().map(Row::height).sum();
            units.iter().map(height).collect()
        })
        .collect();
    let pages = paginate(&heights, capacity, gap);
    let to_rows = |slice: Slice| {
        let units = &units[slice.block];
        let first = units.get(slice.rows.start);
        let last = slice.rows.end.checked_sub(1).and_then(|i| units.get(i));
        let rows = match (first, last) {
            (Some(first), Some(last)) => first.start..last.end,
            _ => 0..0,
        };
        Slice { rows, ..slice }
    };
    pages
        .into_iter()
        .map(|page| page.into_iter().map(to_rows).collect())
        .collect()
}

/// The row ranges of a block that a page break may not cut.
fn unbreakable_units(block: &[Row]) -> Vec<Range<usize>> {
    let mut units = Vec::new();
    let mut start = 0;
    for (index, row) in block.iter().enumerate() {
        if !row.keep_with_next {
            units.push(start..index + 1);
            start = index + 1;
        }
    }
    if start < block.len() {
        units.push(start..block.len());
    }
    units
}

/// The same slices, with a page break before every block that does not already start
/// a page, so each block begins on a page of its own.
pub(crate) fn page_per_block(pages: Vec<Vec<Slice>>) -> Vec<Vec<Slice>> {
    let mut split: Vec<Vec<Slice>> = Vec::new();
    for page in pages {
        let mut current = Vec::new();
        for slice in page {
            if slice.rows.start == 0 && !current.is_empty() {
                split.push(std::mem::take(&mut current));
            }
            current.push(slice);
        }
        split.push(current);
    }
    split
}

/// Blocks laid out at the scale `shrink_to_fit` chose, and their pages.
pub(crate) struct Fitted {
    /// The gap between blocks at that scale.
    pub gap: f32,
    pub blocks: Vec<Block>,
    pub pages: Vec<Vec<Slice>>,
}

/// How much smaller each attempt to fit is set than the one before.
const SCALE_STEP: f32 = 0.05;

/// Lays out at the largest scale, from 1 down to `min_scale` in small steps,
/// that needs no more pages than `min_scale` itself does: one page whenever
/// the smallest type allows it, and otherwise no needless shrinking. `gap` is
/// the gap between blocks at scale 1.
pub(crate) fn shrink_to_fit(
    min_scale: f32,
    capacity: f32,
    gap: f32,
    lay_out: impl Fn(f32) -> Vec<Block>,
) -> Fitted {
    let fit_at = |scale: f32| {
        let blocks = lay_out(scale);
        let pages = paginate_blocks(&blocks, capacity, gap * scale);
        Fitted {
            gap: gap * scale,
            blocks,
            pages,
        }
    };
    let smallest = fit_at(min_scale);
    let target = smallest.pages.len().max(1);
    let larger_scales = (0u16..)
        .map(|step| 1.0 - SCALE_STEP * f32::from(step))
        .take_while(|scale| *scale > min_scale + EPSILON);
    larger_scales
        .map(fit_at)
        .find(|fitted| fitted.pages.len() <= target)
        .unwrap_or(smallest)
}

struct Pager {
    pages: Vec<Vec<Slice>>,
    used: f32,
    capacity: f32,
}

impl Pager {
    fn page_is_empty(&self) -> bool {
        self.pages.last().is_none_or(Vec::is_empty)
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.used = 0.0;
    }

    fn place(&mut self, block: usize, rows: Range<usize>, height: f32) {
        if let Some(page) = self.pages.last_mut() {
            page.push(Slice { block, rows });
        }
        self.used += height;
    }

    /// Spreads a block taller than a page over pages, breaking between rows
    /// (a single row taller than a page goes alone).
    fn split(&mut self, block: usize, rows: &[f32], gap: f32) {
        if !self.page_is_empty() {
            let room = self.capacity - self.used - gap;
            let first_row = rows.first().copied().unwrap_or(0.0);
            if room < self.capacity * MIN_SPLIT_START || first_row > room + EPSILON {
                self.new_page();
            } else {
                self.used += gap;
            }
        }
        let mut start = 0;
        let mut height = 0.0;
        for (row, row_height) in rows.iter().enumerate() {
            if row > start && self.used + height + row_height > self.capacity + EPSILON {
                self.place(block, start..row, height);
                self.new_page();
                start = row;
                height = 0.0;
            }
            height += row_height;
        }
        self.place(block, start..rows.len(), height);
    }
}

#[cfg(test)]
mod tests {
    use super::{page_per_block, paginate, paginate_blocks, shrink_to_fit, Slice};
    use crate::layout::{Block, Row};

    fn row(height: f32, keep_with_next: bool) -> Row {
        Row {
            space_before: 0.0,
            leading: height,
            runs: Vec::new(),
            marks: Vec::new(),
            fills: Vec::new(),
            keep_with_next,
            picture: None,
        }
    }

    /// `count` blocks of one row each, `height` points tall at scale 1.
    fn rows_at(scale: f32, count: usize, height: f32) -> Vec<Block> {
        vec![vec![row(height * scale, false)]; count]
    }

    fn whole(block: usize, rows: usize) -> Slice {
        Slice {
            block,
            rows: 0..rows,
        }
    }

    /// Every row of every block appears exactly once, in order.
    fn assert_covers(blocks: &[Vec<f32>], pages: &[Vec<Slice>]) {
        let mut seen: Vec<(usize, usize)> = Vec::new();
        for slice in pages.iter().flatten() {
            seen.extend(slice.rows.clone().map(|row| (slice.block, row)));
        }
        let expected: Vec<(usize, usize)> = blocks
            .iter()
            .enumerate()
            .flat_map(|(b, rows)| (0..rows.len()).map(move |r| (b, r)))
            .collect();
        assert_eq!(seen, expected);
    }

    #[test]
    fn blocks_that_fit_share_a_page() {
        let blocks = vec![vec![10.0, 10.0], vec![30.0], vec![20.0]];
        let pages = paginate(&blocks, 100.0, 5.0);
        assert_eq!(pages, vec![vec![whole(0, 2), whole(1, 1), whole(2, 1)]]);
    }

    #[test]
    fn gaps_count_only_between_blocks_on_a_page() {
        // 40 + 10 + 40 = 90 fits; adding 10 + 10 more does not.
        let blocks = vec![vec![40.0], vec![40.0], vec![10.0]];
        let pages = paginate(&blocks, 100.0, 10.0);
        assert_eq!(
            pages,
            vec![vec![whole(0, 1), whole(1, 1)], vec![whole(2, 1)]]
        );
    }

    #[test]
    fn never_splits_a_block_that_fits_on_a_page() {
        let blocks: Vec<Vec<f32>> = (0..40).map(|i| vec![14.0; 1 + (i * 7) % 9]).collect();
        let pages = paginate(&blocks, 200.0, 12.0);
        assert!(pages.len() > 1);
        for slice in pages.iter().flatten() {
            assert_eq!(
                slice.rows,
                0..blocks[slice.block].len(),
                "{slice:?} was cut"
            );
        }
        for page in &pages {
            let used: f32 = page
                .iter()
                .map(|s| blocks[s.block].iter().sum::<f32>())
                .sum::<f32>()
                + 12.0 * (page.len() - 1) as f32;
            assert!(used <= 200.0);
        }
        assert_covers(&blocks, &pages);
    }

    #[test]
    fn a_block_exactly_filling_a_page_is_not_split() {
        let blocks = vec![vec![50.0], vec![60.0, 40.0]];
        let pages = paginate(&blocks, 100.0, 5.0);
        assert_eq!(pages, vec![vec![whole(0, 1)], vec![whole(1, 2)]]);
    }

    #[test]
    fn an_oversized_block_fills_the_current_page_then_breaks_by_rows() {
        let blocks = vec![vec![30.0], vec![40.0; 6], vec![15.0]];
        let pages = paginate(&blocks, 100.0, 5.0);
        let slice = |rows| Slice { block: 1, rows };
        assert_eq!(
            pages,
            vec![
                vec![whole(0, 1), slice(0..1)],
                vec![slice(1..3)],
                vec![slice(3..5)],
                vec![slice(5..6), whole(2, 1)],
            ]
        );
        assert_covers(&blocks, &pages);
    }

    #[test]
    fn an_oversized_block_starts_a_fresh_page_when_little_is_left() {
        let blocks = vec![vec![80.0], vec![20.0; 8]];
        let pages = paginate(&blocks, 100.0, 5.0);
        let slice = |rows| Slice { block: 1, rows };
        assert_eq!(
            pages,
            vec![vec![whole(0, 1)], vec![slice(0..5)], vec![slice(5..8)]]
        );
    }

    #[test]
    fn a_row_taller_than_a_page_still_gets_placed() {
        let blocks = vec![vec![10.0, 150.0, 10.0]];
        let pages = paginate(&blocks, 100.0, 5.0);
        assert_covers(&blocks, &pages);
        assert_eq!(pages.len(), 3);
    }

    #[test]
    fn no_blocks_gives_one_empty_page() {
        assert_eq!(paginate(&[], 100.0, 5.0), vec![Vec::new()]);
    }

    #[test]
    fn content_that_fits_keeps_full_size() {
        let fitted = shrink_to_fit(0.5, 100.0, 10.0, |s| rows_at(s, 3, 20.0));
        assert_eq!(fitted.gap, 10.0, "gaps scale with the type");
        assert_eq!(fitted.pages.len(), 1);
    }

    #[test]
    fn a_smallest_scale_of_one_lays_out_once_at_full_size() {
        let calls = std::cell::Cell::new(0);
        let fitted = shrink_to_fit(1.0, 100.0, 10.0, |s| {
            calls.set(calls.get() + 1);
            rows_at(s, 8, 30.0)
        });
        assert_eq!(calls.get(), 1);
        assert_eq!(fitted.gap, 10.0);
        assert_eq!(fitted.pages.len(), 4, "runs on at full size");
    }

    #[test]
    fn content_shrinks_only_as_far_as_one_page_needs() {
        // 4 × 30 + 3 × 10 = 150 at full size; 150 × 0.65 = 97.5 fits in 100.
        let fitted = shrink_to_fit(0.5, 100.0, 10.0, |s| rows_at(s, 4, 30.0));
        assert_eq!(fitted.pages.len(), 1);
        assert!(
            (fitted.gap - 6.5).abs() < 0.001,
            "scale {}",
            fitted.gap / 10.0
        );
    }

    #[test]
    fn content_too_long_for_one_page_flows_on_at_the_size_that_needs_fewest_pages() {
        // At 0.4, 20 blocks of 8 with gaps of 4 take three pages of 100 (8 a
        // page). Full size would take seven; 0.5 is the largest scale that
        // still puts 7 on a page and so needs only three.
        let fitted = shrink_to_fit(0.4, 100.0, 10.0, |s| rows_at(s, 20, 20.0));
        assert_eq!(fitted.pages.len(), 3);
        assert!(
            (fitted.gap - 5.0).abs() < 0.001,
            "scale {}",
            fitted.gap / 10.0
        );
        let covered: usize = fitted.pages.iter().map(Vec::len).sum();
        assert_eq!(covered, 20);
    }

    #[test]
    fn rows_kept_with_the_next_move_to_the_next_page_together() {
        // Rows 2 and 3 must stay together: the break falls before row 2, not after it.
        let block = vec![
            row(40.0, false),
            row(40.0, false),
            row(40.0, true),
            row(40.0, false),
            row(40.0, false),
        ];
        let pages = paginate_blocks(&[block], 130.0, 5.0);
        let slice = |rows| vec![Slice { block: 0, rows }];
        assert_eq!(pages, vec![slice(0..2), slice(2..5)]);
    }

    #[test]
    fn page_per_block_starts_every_block_on_a_fresh_page() {
        let together = paginate(&[vec![10.0], vec![10.0], vec![10.0]], 100.0, 5.0);
        assert_eq!(
            together.len(),
            1,
            "three small blocks share a page as they come"
        );
        assert_eq!(page_per_block(together).len(), 3);
        let slice = |block, rows| Slice { block, rows };
        let running_on = vec![
            vec![slice(0, 0..1), slice(1, 0..2)],
            vec![slice(1, 2..3), slice(2, 0..1)],
        ];
        let blocks: Vec<Vec<(usize, usize)>> = page_per_block(running_on)
            .iter()
            .map(|page| page.iter().map(|s| (s.block, s.rows.start)).collect())
            .collect();
        // A block's continuation stays at the top of its own next page.
        assert_eq!(
            blocks,
            vec![vec![(0, 0)], vec![(1, 0)], vec![(1, 2)], vec![(2, 0)]]
        );
    }

    #[test]
    fn empty_blocks_still_paginate() {
        let pages = paginate_blocks(&[Vec::new(), vec![row(10.0, true)]], 100.0, 5.0);
        let rows: Vec<_> = pages[0].iter().map(|s| s.rows.clone()).collect();
        assert_eq!(rows, [0..0, 0..1]);
    }
}
