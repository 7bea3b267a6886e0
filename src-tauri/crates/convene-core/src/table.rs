//! Tables the facilitator opens in a spreadsheet, written as CSV by the `csv` crate
//! (quoting, CRLF line ends). Files meant for Excel start with a UTF-8 byte-order mark,
//! without which it reads "Más" as "MÃ¡s".

use crate::{CoreError, CoreResult};

/// Whether a file starts with the byte-order mark Excel needs to read UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bom {
    With,
    Without,
}

/// `header` and `rows` as CSV text.
pub fn csv(header: &[String], rows: &[Vec<String>], bom: Bom) -> CoreResult<String> {
    let failed = |e: csv::Error| CoreError::Corrupt(format!("a CSV table ({e})"));
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .flexible(false)
        .from_writer(Vec::new());
    writer.write_record(header).map_err(failed)?;
    for row in rows {
        writer.write_record(row).map_err(failed)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| CoreError::Corrupt(format!("a CSV table ({e})")))?;
    let text = String::from_utf8(bytes).map_err(|e| CoreError::Corrupt(e.to_string()))?;
    Ok(match bom {
        Bom::With => format!("\u{feff}{text}"),
        Bom::Without => text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        let header = vec!["item".to_owned(), "note".to_owned()];
        let rows = vec![vec!["Welcome, intros".to_owned(), "The \"Ode\"".to_owned()]];
        let text = csv(&header, &rows, Bom::Without).expect("writes");
        assert_eq!(
            text,
            "item,note\r\n\"Welcome, intros\",\"The \"\"Ode\"\"\"\r\n"
        );
        assert!(csv(&header, &rows, Bom::With)
            .expect("writes")
            .starts_with('\u{feff}'));
    }
}
