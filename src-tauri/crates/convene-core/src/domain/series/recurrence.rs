//! The dates of a series: a recurrence ("monthly on the second Wednesday, October to
//! June", "every other month", "quarterly") or a list of dates, less the dates the
//! facilitator skips (holidays). The rule is handed to the `rrule` crate as an RFC 5545
//! rule, so month lengths, fifth weeks and leap years are its business, not ours.

use chrono::{Datelike, NaiveDate};
use convene_i18n::msg;
use rrule::RRuleSet;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::time::CalendarDate;
use crate::{CoreError, CoreResult};

/// The most meetings one series may create: four years of monthly meetings. More is
/// almost certainly a rule typed wrong ("weekly" for "monthly"), refused with its count.
pub const MAX_MEETINGS: usize = 48;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    fn rfc5545(self) -> &'static str {
        match self {
            Weekday::Monday => "MO",
            Weekday::Tuesday => "TU",
            Weekday::Wednesday => "WE",
            Weekday::Thursday => "TH",
            Weekday::Friday => "FR",
            Weekday::Saturday => "SA",
            Weekday::Sunday => "SU",
        }
    }
}

/// How a series' dates are chosen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase", deny_unknown_fields)]
pub enum Recurrence {
    /// Every `interval` months (1 monthly, 2 every other month, 3 quarterly) on the
    /// `ordinal` weekday of the month: 1 to 4, or -1 for the last.
    #[serde(rename_all = "camelCase")]
    MonthlyWeekday {
        interval: u32,
        ordinal: i32,
        weekday: Weekday,
        from: CalendarDate,
        until: CalendarDate,
    },
    /// Every `interval` weeks on `weekday`.
    #[serde(rename_all = "camelCase")]
    Weekly {
        interval: u32,
        weekday: Weekday,
        from: CalendarDate,
        until: CalendarDate,
    },
    /// Dates picked one by one (the California guide's five meetings over two years).
    #[serde(rename_all = "camelCase")]
    Dates { dates: Vec<CalendarDate> },
}

impl Recurrence {
    /// Every date the rule yields, in order, before any are skipped.
    pub fn dates(&self) -> CoreResult<Vec<CalendarDate>> {
        let dates = match self {
            Recurrence::MonthlyWeekday {
                interval,
                ordinal,
                weekday,
                from,
                until,
            } => {
                if !matches!(ordinal, 1..=4 | -1) {
                    return Err(CoreError::invalid(
                        "ordinal",
                        msg!("errors-series-ordinal", ordinal = *ordinal),
                    ));
                }
                let by_day = format!("BYDAY={ordinal:+}{}", weekday.rfc5545());
                expand("MONTHLY", *interval, &by_day, *from, *until)?
            }
            Recurrence::Weekly {
                interval,
                weekday,
                from,
                until,
            } => {
                let by_day = format!("BYDAY={}", weekday.rfc5545());
                expand("WEEKLY", *interval, &by_day, *from, *until)?
            }
            Recurrence::Dates { dates } => {
                let mut dates = dates.clone();
                dates.sort();
                dates.dedup();
                dates
            }
        };
        check_count(dates.len())?;
        Ok(dates)
    }
}

fn check_count(count: usize) -> CoreResult<()> {
    if count == 0 {
        return Err(CoreError::invalid(
            "recurrence",
            msg!("errors-series-no-dates"),
        ));
    }
    if count > MAX_MEETINGS {
        return Err(too_many());
    }
    Ok(())
}

fn too_many() -> CoreError {
    CoreError::invalid(
        "recurrence",
        msg!("errors-series-too-many", max = MAX_MEETINGS),
    )
}

/// The rule's dates from `from` to `until`, both included.
fn expand(
    frequency: &str,
    interval: u32,
    by_day: &str,
    from: CalendarDate,
    until: CalendarDate,
) -> CoreResult<Vec<CalendarDate>> {
    if !(1..=12).contains(&interval) {
        return Err(CoreError::invalid(
            "interval",
            msg!("errors-series-interval", interval = interval),
        ));
    }
    if until < from {
        return Err(CoreError::invalid(
            "until",
            msg!(
                "errors-series-until-before-from",
                from = from.to_string(),
                until = until.to_string()
            ),
        ));
    }
    // Noon UTC, so no time zone arithmetic can move an occurrence to another day.
    let stamp = |date: CalendarDate| date.naive().format("%Y%m%dT120000Z").to_string();
    let rule = format!(
        "DTSTART:{}\nRRULE:FREQ={frequency};INTERVAL={interval};{by_day};UNTIL={}",
        stamp(from),
        stamp(until)
    );
    let set: RRuleSet = rule
        .parse()
        .map_err(|e| CoreError::Corrupt(format!("the recurrence rule {rule:?}: {e}")))?;
    // One more than allowed is enough to know the rule asks for too many.
    let limit = u16::try_from(MAX_MEETINGS + 1).unwrap_or(u16::MAX);
    let found = set.all(limit);
    if found.limited {
        return Err(too_many());
    }
    Ok(found
        .dates
        .iter()
        .filter_map(|d| NaiveDate::from_ymd_opt(d.year(), d.month(), d.day()))
        .map(CalendarDate::from)
        .collect())
}
