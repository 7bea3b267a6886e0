//! Dates, times and numbers written as each language writes them, from ICU4X's CLDR
//! data rather than hand-made patterns ("Wednesday, October 14, 2026" and "miércoles,
//! 14 de octubre de 2026"; "4:05 PM" and "4:05 p.m.").

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use icu_datetime::fieldsets;
use icu_datetime::input::{Date, Time};
use icu_datetime::{DateTimeFormatter, NoCalendarFormatter};
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use icu_locale::{locale, Locale};

use crate::Lang;

fn iso_date(date: NaiveDate) -> Option<Date<icu_calendar::Iso>> {
    let month = u8::try_from(date.month()).ok()?;
    let day = u8::try_from(date.day()).ok()?;
    Date::try_new_iso(date.year(), month, day).ok()
}

/// Formatting for one language. Each call builds its formatter from compiled data,
/// which takes microseconds; documents call it a few dozen times per page.
#[derive(Debug, Clone, Copy)]
pub struct Formats {
    lang: Lang,
}

impl Formats {
    pub(crate) fn new(lang: Lang) -> Self {
        Formats { lang }
    }

    fn locale(self) -> Locale {
        match self.lang {
            Lang::En => locale!("en-US"),
            Lang::Es => locale!("es-US"),
        }
    }

    /// "Wednesday, October 14, 2026".
    pub fn date_long(self, date: NaiveDate) -> String {
        let formatter = DateTimeFormatter::try_new(self.locale().into(), fieldsets::YMDE::long());
        match (formatter, iso_date(date)) {
            (Ok(formatter), Some(date)) => formatter.format(&date).to_string(),
            _ => date.to_string(),
        }
    }

    /// "October 14, 2026".
    pub fn date(self, date: NaiveDate) -> String {
        let formatter = DateTimeFormatter::try_new(self.locale().into(), fieldsets::YMD::long());
        match (formatter, iso_date(date)) {
            (Ok(formatter), Some(date)) => formatter.format(&date).to_string(),
            _ => date.to_string(),
        }
    }

    /// "4:05 PM" / "4:05 p.m.".
    pub fn time(self, time: NaiveTime) -> String {
        let Ok(formatter) = NoCalendarFormatter::try_new(self.locale().into(), fieldsets::T::hm())
        else {
            return time.format("%H:%M").to_string();
        };
        let Ok(value) = Time::try_new(time.hour() as u8, time.minute() as u8, 0, 0) else {
            return time.format("%H:%M").to_string();
        };
        formatter.format(&value).to_string()
    }

    /// "1,234".
    pub fn integer(self, n: i64) -> String {
        match DecimalFormatter::try_new(self.locale().into(), Default::default()) {
            Ok(formatter) => formatter.format(&Decimal::from(n)).to_string(),
            Err(_) => n.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_times_and_numbers_follow_the_language() {
        let date = NaiveDate::from_ymd_opt(2026, 10, 14).expect("a real date");
        let time = NaiveTime::from_hms_opt(16, 5, 0).expect("a real time");
        let en = Formats::new(Lang::En);
        let es = Formats::new(Lang::Es);
        assert_eq!(en.date_long(date), "Wednesday, October 14, 2026");
        assert_eq!(es.date_long(date), "miércoles, 14 de octubre de 2026");
        assert_eq!(en.date(date), "October 14, 2026");
        assert_eq!(es.date(date), "14 de octubre de 2026");
        assert!(en.time(time).starts_with("4:05") && en.time(time).ends_with("PM"));
        assert!(es.time(time).ends_with("p.m."));
        assert_eq!(es.integer(12345), "12,345");
    }
}
