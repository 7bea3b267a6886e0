//! Clock and calendar helpers: instants are UTC, meeting dates and times are local
//! calendar values that mean what the facilitator typed, wherever the laptop travels.

use chrono::{NaiveTime, SecondsFormat, Utc};

/// The current instant as an RFC 3339 UTC string, the form instants are stored in.
pub fn now_utc() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true)
}

pub fn format_hhmm(time: NaiveTime) -> String {
    time.format("%H:%M").to_string()
}

/// Minutes since midnight of an `HH:MM` time (0 when it is not one).
pub fn minutes_of_day(hhmm: &str) -> i32 {
    use chrono::Timelike;
    parse_hhmm(hhmm).map_or(0, |t| (t.hour() * 60 + t.minute()) as i32)
}

/// `HH:MM` for minutes since midnight, wrapping past midnight.
pub fn clock_text(minutes: i32) -> String {
    let minutes = minutes.rem_euclid(24 * 60);
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

pub fn parse_hhmm(text: &str) -> Option<NaiveTime> {
    let text = text.trim();
    NaiveTime::parse_from_str(text, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(text, "%H:%M:%S"))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_time_input_forms() {
        let nine_thirty = NaiveTime::from_hms_opt(9, 30, 0).unwrap();
        assert_eq!(parse_hhmm("09:30"), Some(nine_thirty));
        assert_eq!(parse_hhmm(" 09:30:00 "), Some(nine_thirty));
        assert_eq!(parse_hhmm("9.30am"), None);
        assert_eq!(format_hhmm(nine_thirty), "09:30");
    }

    #[test]
    fn minutes_of_the_day_round_trip_and_wrap_past_midnight() {
        assert_eq!(minutes_of_day("13:30"), 810);
        assert_eq!(clock_text(810), "13:30");
        assert_eq!(clock_text(24 * 60 + 5), "00:05");
    }
}
