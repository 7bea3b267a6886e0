//! The arithmetic of an evaluation report, on plain answers: distributions whose
//! percentages add to exactly 100, shares with their denominators, and the paired
//! before/now figures of a retrospective rating. Every figure keeps the serials of the
//! sheets behind it, so a number on screen can be followed back to the paper.

use serde::Serialize;
use ts_rs::TS;

use crate::domain::forms::answers::{AnswerValue, MissingCode};

/// One sheet's answer to one field, as the report reads it.
pub struct Answered<'a> {
    pub serial: &'a str,
    pub value: Option<&'a AnswerValue>,
}

/// How many sheets carry each code instead of an answer (a sheet with nothing stored
/// for the field counts as blank).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MissingCounts {
    pub blank: u32,
    pub multiple: u32,
    pub illegible: u32,
    pub not_applicable: u32,
}

impl MissingCounts {
    pub fn total(&self) -> u32 {
        self.by_code().iter().map(|(_, count)| count).sum()
    }

    /// Each code with its count, in the order the codes are keyed.
    pub fn by_code(&self) -> [(MissingCode, u32); 4] {
        [
            (MissingCode::Blank, self.blank),
            (MissingCode::Multiple, self.multiple),
            (MissingCode::Illegible, self.illegible),
            (MissingCode::NotApplicable, self.not_applicable),
        ]
    }

    /// Counts `value` if it holds no answer.
    pub fn add(&mut self, value: Option<&AnswerValue>) {
        let Some(code) = missing_code(value) else {
            return;
        };
        match code {
            MissingCode::Blank => self.blank += 1,
            MissingCode::Multiple => self.multiple += 1,
            MissingCode::Illegible => self.illegible += 1,
            MissingCode::NotApplicable => self.not_applicable += 1,
        }
    }
}

/// A count out of a denominator, with the sheets counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Share {
    pub count: u32,
    pub of: u32,
    /// Rounded to a whole percent; none when the denominator is 0.
    pub percent: Option<u32>,
    pub sheets: Vec<String>,
}

impl Share {
    /// The sheets counted, out of `of`.
    pub fn new(sheets: Vec<String>, of: u32) -> Share {
        let count = u32::try_from(sheets.len()).unwrap_or(u32::MAX);
        Share {
            sheets,
            ..Share::counted(count, of)
        }
    }

    /// A count out of `of` whose sheets are not listed (pooled over meetings, where
    /// serials repeat).
    pub fn counted(count: u32, of: u32) -> Share {
        let percent = (of > 0).then(|| {
            let exact = f64::from(count) * 100.0 / f64::from(of);
            // Half a percent rounds up, as a reader working it out by hand would.
            (exact + 0.5).floor() as u32
        });
        Share {
            count,
            of,
            percent,
            sheets: Vec::new(),
        }
    }
}

/// How the valid answers to a marked question spread over its points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Distribution {
    /// Per point, lowest first.
    pub counts: Vec<u32>,
    /// Per point, whole percents of the valid answers adding to exactly 100.
    pub percents: Vec<u32>,
    /// Per point, the sheets that marked it.
    pub sheets: Vec<Vec<String>>,
    pub valid: u32,
    pub missing: MissingCounts,
}

/// Whole percents of `counts` adding to exactly 100 (none when all are 0): each gets
/// its share rounded down, and the points left go to the largest remainders, ties to
/// the earlier point.
pub fn largest_remainder(counts: &[u32]) -> Vec<u32> {
    let total: u64 = counts.iter().map(|&c| u64::from(c)).sum();
    if total == 0 {
        return vec![0; counts.len()];
    }
    let scaled: Vec<u64> = counts.iter().map(|&c| u64::from(c) * 100).collect();
    let mut percents: Vec<u32> = scaled
        .iter()
        .map(|s| u32::try_from(s / total).unwrap_or(100))
        .collect();
    let given: u32 = percents.iter().sum();
    let mut order: Vec<usize> = (0..counts.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(scaled[i] % total));
    for &i in order.iter().take(100usize.saturating_sub(given as usize)) {
        percents[i] += 1;
    }
    percents
}

/// The point (from 1) a single-mark answer gives, if it is one.
fn point_of(value: Option<&AnswerValue>) -> Option<u8> {
    match value {
        Some(AnswerValue::Point { point }) => Some(*point),
        _ => None,
    }
}

fn missing_code(value: Option<&AnswerValue>) -> Option<MissingCode> {
    match value {
        None => Some(MissingCode::Blank),
        Some(AnswerValue::Missing { code }) => Some(*code),
        _ => None,
    }
}

/// The spread of single-mark answers over `points` points.
pub fn distribution(answers: &[Answered], points: usize) -> Distribution {
    let mut sheets = vec![Vec::new(); points];
    let mut missing = MissingCounts::default();
    for answer in answers {
        missing.add(answer.value);
        if let Some(point) = point_of(answer.value) {
            if let Some(bucket) = sheets.get_mut(usize::from(point).wrapping_sub(1)) {
                bucket.push(answer.serial.to_owned());
            }
        }
    }
    let counts: Vec<u32> = sheets
        .iter()
        .map(|s| u32::try_from(s.len()).unwrap_or(u32::MAX))
        .collect();
    Distribution {
        percents: largest_remainder(&counts),
        valid: counts.iter().sum(),
        counts,
        sheets,
        missing,
    }
}

/// How many sheets marked each option of a question where several may be marked; the
/// shares are of the sheets that answered it.
pub fn several(answers: &[Answered], options: usize) -> (Vec<Share>, MissingCounts) {
    let mut sheets = vec![Vec::new(); options];
    let mut missing = MissingCounts::default();
    let mut answered = 0;
    for answer in answers {
        match answer.value {
            Some(AnswerValue::Points { points }) => {
                answered += 1;
                for point in points {
                    if let Some(bucket) = sheets.get_mut(usize::from(*point).wrapping_sub(1)) {
                        bucket.push(answer.serial.to_owned());
                    }
                }
            }
            other => missing.add(other),
        }
    }
    let shares = sheets
        .into_iter()
        .map(|s| Share::new(s, answered))
        .collect();
    (shares, missing)
}

/// The paired figures of a before/now rating, over sheets with both halves valid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    /// Sheets with a valid before and a valid now.
    pub pairs: u32,
    /// `transitions[before - 1][now - 1]`: how many sheets moved from one to the other.
    pub transitions: Vec<Vec<u32>>,
    pub increased: Share,
    pub same: Share,
    pub decreased: Share,
    /// Already at the top point before, so unable to rise.
    pub top_before: Share,
    /// Rose, of those who could.
    pub increased_of_could: Share,
}

pub fn change(before: &[Answered], now: &[Answered], points: usize) -> Change {
    let mut transitions = vec![vec![0; points]; points];
    let (mut up, mut same, mut down, mut top, mut could_up) =
        (vec![], vec![], vec![], vec![], vec![]);
    let mut could = 0;
    for (b, n) in before.iter().zip(now) {
        let (Some(from), Some(to)) = (point_of(b.value), point_of(n.value)) else {
            continue;
        };
        let on_scale = |p: u8| usize::from(p).checked_sub(1).filter(|&i| i < points);
        let (Some(from_i), Some(to_i)) = (on_scale(from), on_scale(to)) else {
            continue;
        };
        transitions[from_i][to_i] += 1;
        let serial = b.serial.to_owned();
        if from_i + 1 == points {
            top.push(serial.clone());
        } else {
            could += 1;
            if to > from {
                could_up.push(serial.clone());
            }
        }
        match to.cmp(&from) {
            std::cmp::Ordering::Greater => up.push(serial),
            std::cmp::Ordering::Equal => same.push(serial),
            std::cmp::Ordering::Less => down.push(serial),
        }
    }
    let pairs = u32::try_from(up.len() + same.len() + down.len()).unwrap_or(u32::MAX);
    Change {
        pairs,
        transitions,
        increased: Share::new(up, pairs),
        same: Share::new(same, pairs),
        decreased: Share::new(down, pairs),
        top_before: Share::new(top, pairs),
        increased_of_could: Share::new(could_up, could),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_of_a_row_add_to_exactly_one_hundred() {
        // 1/3 each: 33.33… → 33, 33, 33 and one point left for the first.
        assert_eq!(largest_remainder(&[1, 1, 1]), vec![34, 33, 33]);
        // The guide's row that added to 105: 21 %, 69 %, 10 % of 115 as counts.
        assert_eq!(largest_remainder(&[24, 79, 12]), vec![21, 69, 10]);
        assert_eq!(largest_remainder(&[2, 0, 1]), vec![67, 0, 33]);
        assert_eq!(largest_remainder(&[0, 0, 0]), vec![0, 0, 0]);
        for counts in [[7u32, 7, 7, 7, 7, 7, 1], [1, 2, 3, 4, 5, 6, 100]] {
            assert_eq!(largest_remainder(&counts).iter().sum::<u32>(), 100);
        }
    }

    #[test]
    fn a_share_rounds_half_up_and_has_no_percent_of_nothing() {
        let serials = |n: usize| (0..n).map(|i| format!("M1-{i:03}")).collect::<Vec<_>>();
        assert_eq!(Share::new(serials(112), 115).percent, Some(97));
        assert_eq!(
            Share::new(serials(1), 8).percent,
            Some(13),
            "12.5 rounds up"
        );
        assert_eq!(Share::new(vec![], 0).percent, None);
    }
}
