//! Where each agenda item falls in the meeting's day: from the meeting's start, each
//! item begins when the one before it ends, unless it has a fixed start, in which case
//! the difference is a gap or an overlap.

use super::AgendaItem;
use crate::time::{ClockTime, Minutes};

/// When an item falls in the meeting's day. `start` and `end` count minutes from that
/// day's midnight and may pass 24:00 when an agenda runs late, so "how far over" stays
/// a plain subtraction; the clock times wrap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Slot {
    pub start: Minutes,
    pub end: Minutes,
    /// Minutes between the previous item's end and this start: positive is a gap,
    /// negative an overlap.
    pub gap: Minutes,
}

impl Slot {
    pub fn start_time(&self) -> ClockTime {
        ClockTime::after_midnight(self.start)
    }

    pub fn end_time(&self) -> ClockTime {
        ClockTime::after_midnight(self.end)
    }
}

/// Where each item falls, from the meeting start.
pub(crate) fn schedule(meeting_start: ClockTime, items: &[AgendaItem]) -> Vec<Slot> {
    let mut cursor = meeting_start.since_midnight();
    items
        .iter()
        .map(|item| {
            let start = item.fixed_start.map_or(cursor, ClockTime::since_midnight);
            let end = start + Minutes::of(item.planned_minutes);
            let slot = Slot {
                start,
                end,
                gap: start - cursor,
            };
            cursor = end;
            slot
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::agenda::{AgendaItem, ItemKind};

    fn item(minutes: u32, fixed: Option<&str>) -> AgendaItem {
        let fixed_start = fixed.map(|text| ClockTime::parse(text).unwrap());
        AgendaItem {
            id: String::new(),
            meeting_id: String::new(),
            position: 0,
            title: "x".into(),
            kind: ItemKind::Other,
            planned_minutes: minutes,
            fixed_start,
            presenter: String::new(),
            description: String::new(),
            facilitator_notes: String::new(),
            materials: String::new(),
            activity_id: None,
            warning_seconds: None,
            danger_seconds: None,
            remind_agreements: true,
            safety_monitor: String::new(),
            worksheet_id: None,
        }
    }

    fn nine() -> ClockTime {
        ClockTime::parse("09:00").unwrap()
    }

    fn slot(start: i32, end: i32, gap: i32) -> Slot {
        Slot {
            start: Minutes::new(start),
            end: Minutes::new(end),
            gap: Minutes::new(gap),
        }
    }

    #[test]
    fn items_follow_one_another_from_the_meeting_start() {
        let times = schedule(nine(), &[item(15, None), item(45, None)]);
        assert_eq!(times, vec![slot(540, 555, 0), slot(555, 600, 0)]);
    }

    #[test]
    fn a_fixed_start_shows_as_a_gap_or_an_overlap() {
        let gap = schedule(nine(), &[item(150, None), item(30, Some("12:00"))]);
        assert_eq!(gap[1], slot(720, 750, 30));
        let overlap = schedule(nine(), &[item(200, None), item(30, Some("12:00"))]);
        assert_eq!(overlap[1].gap, Minutes::new(-20));
    }
}
