//! Clock and calendar values: instants are UTC, meeting dates and times are local
//! calendar values that mean what the facilitator typed, wherever the laptop travels.
//!
//! A time of day or a date is parsed once, where it enters (a request's validation, a
//! stored row), into a [`ClockTime`] or a [`CalendarDate`]; everything after that works
//! on the typed value. Both cross the wire and sit in SQLite as the text they always
//! were (`HH:MM`, `YYYY-MM-DD`), so the JSON and the database are unchanged. Text that
//! is not one is refused where it enters, never read as midnight or passed along.

use convene_i18n::Formats;
use std::fmt;
use std::ops::{Add, Sub};

use chrono::{NaiveDate, NaiveTime, SecondsFormat, Timelike, Utc};
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use ts_rs::TS;

/// The current instant as an RFC 3339 UTC string, the form instants are stored in.
pub fn now_utc() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// A length of time in whole minutes; negative for an overlap or finishing early.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Minutes(i32);

impl Minutes {
    pub const fn new(minutes: i32) -> Minutes {
        Minutes(minutes)
    }

    /// An item's planned length (at most 720 minutes, so it always fits).
    pub fn of(minutes: u32) -> Minutes {
        Minutes(i32::try_from(minutes).unwrap_or(i32::MAX))
    }

    pub const fn get(self) -> i32 {
        self.0
    }
}

impl Add for Minutes {
    type Output = Minutes;
    fn add(self, other: Minutes) -> Minutes {
        Minutes(self.0 + other.0)
    }
}

impl Sub for Minutes {
    type Output = Minutes;
    fn sub(self, other: Minutes) -> Minutes {
        Minutes(self.0 - other.0)
    }
}

/// A local time of day to the minute, such as a meeting's start or a fixed lunch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct ClockTime(NaiveTime);

impl ClockTime {
    /// `HH:MM`, or `HH:MM:SS` as a time input may send it (the seconds are dropped).
    pub fn parse(text: &str) -> Option<ClockTime> {
        let text = text.trim();
        NaiveTime::parse_from_str(text, "%H:%M")
            .or_else(|_| NaiveTime::parse_from_str(text, "%H:%M:%S"))
            .ok()
            .map(ClockTime::from)
    }

    pub fn since_midnight(self) -> Minutes {
        Minutes((self.0.hour() * 60 + self.0.minute()) as i32)
    }

    /// The time `minutes` after midnight, wrapping past midnight (an agenda that runs
    /// late ends early the next morning).
    pub fn after_midnight(minutes: Minutes) -> ClockTime {
        let minutes = minutes.0.rem_euclid(24 * 60) as u32;
        ClockTime(NaiveTime::MIN + chrono::Duration::minutes(i64::from(minutes)))
    }

    /// "9:00 AM" or "9:00 a.m.", as the language writes a time of day.
    pub fn spoken(self, formats: Formats) -> String {
        formats.time(self.0)
    }
}

impl From<NaiveTime> for ClockTime {
    fn from(time: NaiveTime) -> ClockTime {
        ClockTime::after_midnight(Minutes((time.hour() * 60 + time.minute()) as i32))
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%H:%M"))
    }
}

/// A local calendar date, such as the day a meeting is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct CalendarDate(NaiveDate);

impl CalendarDate {
    /// `YYYY-MM-DD`, surrounding spaces ignored.
    pub fn parse(text: &str) -> Option<CalendarDate> {
        NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
            .ok()
            .map(CalendarDate)
    }

    /// "Saturday, September 12, 2026" or "sábado, 12 de septiembre de 2026".
    pub fn long(self, formats: Formats) -> String {
        formats.date_long(self.0)
    }

    pub fn naive(self) -> NaiveDate {
        self.0
    }

    /// The local date and time of day together, as a calendar writes them.
    pub fn at(self, time: ClockTime) -> chrono::NaiveDateTime {
        self.0.and_time(time.0)
    }
}

impl From<NaiveDate> for CalendarDate {
    fn from(date: NaiveDate) -> CalendarDate {
        CalendarDate(date)
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

/// Text on the wire, in SQLite and in TypeScript, parsed by `parse` on the way in.
macro_rules! calendar_text {
    ($type:ty, $expected:literal) => {
        impl Serialize for $type {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $type {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                <$type>::parse(&text)
                    .ok_or_else(|| de::Error::custom(format!("“{text}” is not {}", $expected)))
            }
        }

        impl TS for $type {
            type WithoutGenerics = Self;
            type OptionInnerType = Self;
            fn name(_: &ts_rs::Config) -> String {
                "string".to_owned()
            }
            fn inline(cfg: &ts_rs::Config) -> String {
                Self::name(cfg)
            }
        }

        impl ToSql for $type {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.to_string()))
            }
        }

        impl FromSql for $type {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                let text = value.as_str()?;
                <$type>::parse(text).ok_or_else(|| {
                    FromSqlError::Other(format!("“{text}” is not {}", $expected).into())
                })
            }
        }
    };
}

calendar_text!(ClockTime, "a time like 09:00");
calendar_text!(CalendarDate, "a date like 2026-09-12");

#[cfg(test)]
mod tests {
    use super::*;

    fn time(text: &str) -> ClockTime {
        ClockTime::parse(text).expect("a time")
    }

    #[test]
    fn parses_both_time_input_forms() {
        let nine_thirty = time("09:30");
        assert_eq!(ClockTime::parse(" 09:30:00 "), Some(nine_thirty));
        assert_eq!(ClockTime::parse("9.30am"), None);
        assert_eq!(nine_thirty.to_string(), "09:30");
    }

    #[test]
    fn minutes_of_the_day_round_trip_and_wrap_past_midnight() {
        assert_eq!(time("13:30").since_midnight(), Minutes::new(810));
        assert_eq!(
            ClockTime::after_midnight(Minutes::new(810)).to_string(),
            "13:30"
        );
        assert_eq!(
            ClockTime::after_midnight(Minutes::new(24 * 60 + 5)).to_string(),
            "00:05"
        );
    }

    #[test]
    fn bad_text_is_refused_on_the_wire_and_from_the_file() {
        assert_eq!(serde_json::to_string(&time("09:05")).unwrap(), "\"09:05\"");
        assert!(serde_json::from_str::<ClockTime>("\"25:00\"").is_err());
        assert!(serde_json::from_str::<CalendarDate>("\"2026-13-01\"").is_err());
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let stored: rusqlite::Result<ClockTime> =
            conn.query_row("SELECT 'noon'", [], |row| row.get(0));
        assert!(stored.is_err());
    }
}
