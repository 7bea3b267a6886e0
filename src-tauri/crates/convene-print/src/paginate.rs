//! Page breaks for laid-out blocks.
//!
//! A block is one agenda item (or the header) as a list of row heights. The
//! rule is simple and worth testing on its own, without fonts or PDF: a block
//! never starts on one page and ends on the next unless it is taller than a
//! whole page, in which case it breaks between rows. Such a block starts on the
//! current page if at least a quarter of a page is left, else on a fresh one.

use std::ops::Range;

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
    use super::{paginate, Slice};

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
}
