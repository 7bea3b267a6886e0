//! Reads the caller's RFC 3339 creation time into printpdf's date type.
//!
//! printpdf writes `/CreationDate` as UTC without looking at the offset, so the
//! timestamp is parsed (by chrono) and shifted to UTC before it reaches the document.

use printpdf::OffsetDateTime;

use crate::PrintError;

/// Parses an RFC 3339 timestamp (`2026-11-22T10:00:00Z`, any offset) and returns it in UTC.
pub(crate) fn parse_rfc3339(text: &str) -> Result<OffsetDateTime, PrintError> {
    let invalid = || PrintError::InvalidTimestamp(text.to_owned());
    let parsed = chrono::DateTime::parse_from_rfc3339(text.trim()).map_err(|_| invalid())?;
    OffsetDateTime::from_unix_timestamp(parsed.timestamp()).map_err(|_| invalid())
}

#[cfg(test)]
mod tests {
    use super::parse_rfc3339;

    fn ymd_hms(text: &str) -> (i32, u8, u8, u8, u8, u8) {
        let t = parse_rfc3339(text).expect("valid timestamp");
        (
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute(),
            t.second(),
        )
    }

    #[test]
    fn reads_utc_timestamps() {
        assert_eq!(ymd_hms("2026-11-22T10:00:00Z"), (2026, 11, 22, 10, 0, 0));
        assert_eq!(
            ymd_hms("2024-02-29T23:59:59.123Z"),
            (2024, 2, 29, 23, 59, 59)
        );
    }

    #[test]
    fn shifts_offsets_to_utc_across_day_boundaries() {
        assert_eq!(
            ymd_hms("2026-11-22T10:30:00+02:00"),
            (2026, 11, 22, 8, 30, 0)
        );
        assert_eq!(ymd_hms("2026-12-31T20:00:00-05:00"), (2027, 1, 1, 1, 0, 0));
    }

    #[test]
    fn rejects_malformed_or_impossible_timestamps() {
        for bad in [
            "",
            "2026-11-22",
            "2026-11-22T10:00:00",
            "2026-13-01T00:00:00Z",
            "2026-02-29T00:00:00Z",
            "2026-11-22T24:00:00Z",
            "2026-11-22T10:00:00+2:00",
            "2026-11-22T10:00:00Zjunk",
            "2026-11-2ñT10:00:00Z",
        ] {
            assert!(parse_rfc3339(bad).is_err(), "{bad:?} was accepted");
        }
    }
}
