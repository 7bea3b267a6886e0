//! The two font faces every printed document uses, and how wide text set in them is.
//!
//! The faces are compiled into the binary (by `convene-assets`) so printing
//! never depends on what fonts the user's machine has, and so accented names
//! always have glyphs.
//! Widths come from the font's own advance table, which is what printpdf uses
//! to place the glyphs, so wrapped lines end where the measure says they do.

use printpdf::ParsedFont;

use crate::PrintError;

/// Which embedded face a run of text is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Face {
    Regular,
    Bold,
}

/// Anything that can tell how wide a string is at a given face and size.
pub(crate) trait TextMeasure {
    /// Width in points of `text` set in `face` at `size` points.
    fn width(&self, face: Face, size: f32, text: &str) -> f32;
}

/// A parsed face with its design units per em.
struct Metrics {
    font: ParsedFont,
    units_per_em: f32,
}

impl Metrics {
    fn load(bytes: &[u8], name: &'static str) -> Result<Metrics, PrintError> {
        let font = ParsedFont::from_bytes(bytes, 0, &mut Vec::new())
            .ok_or(PrintError::FontUnreadable(name))?;
        let units_per_em = f32::from(font.font_metrics.units_per_em);
        if units_per_em <= 0.0 {
            return Err(PrintError::FontUnreadable(name));
        }
        Ok(Metrics { font, units_per_em })
    }

    /// Width of `text` in ems. Characters the font lacks print as its
    /// "missing glyph", so they are measured as that glyph.
    fn em_width(&self, text: &str) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| {
                let glyph = self.font.lookup_glyph_index(u32::from(c)).unwrap_or(0);
                u32::from(self.font.get_horizontal_advance(glyph))
            })
            .sum();
        units as f32 / self.units_per_em
    }
}

/// The regular and bold faces, parsed.
pub(crate) struct Fonts {
    regular: Metrics,
    bold: Metrics,
}

impl Fonts {
    pub(crate) fn load() -> Result<Fonts, PrintError> {
        Ok(Fonts {
            regular: Metrics::load(convene_assets::FONT_REGULAR, "LiberationSans-Regular")?,
            bold: Metrics::load(convene_assets::FONT_BOLD, "LiberationSans-Bold")?,
        })
    }

    /// The parsed face, for registering with a document.
    pub(crate) fn parsed(&self, face: Face) -> &ParsedFont {
        &self.metrics(face).font
    }

    fn metrics(&self, face: Face) -> &Metrics {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
        }
    }
}

impl TextMeasure for Fonts {
    fn width(&self, face: Face, size: f32, text: &str) -> f32 {
        self.metrics(face).em_width(text) * size
    }
}

#[cfg(test)]
mod tests {
    use super::{Face, Fonts, TextMeasure};

    #[test]
    fn widths_follow_the_font_metrics() {
        let fonts = Fonts::load().expect("embedded fonts parse");
        // Liberation Sans is metric-compatible with Arial: "H" is 0.722 em.
        let h = fonts.width(Face::Regular, 10.0, "H");
        assert!((h - 7.22).abs() < 0.01, "H measured {h}");
        let narrow = fonts.width(Face::Regular, 10.0, "iiii");
        let wide = fonts.width(Face::Regular, 10.0, "WWWW");
        assert!(narrow < wide);
        assert!(fonts.width(Face::Bold, 10.0, "Peña") > fonts.width(Face::Regular, 10.0, "Peña"));
        assert!(
            (fonts.width(Face::Regular, 20.0, "año")
                - 2.0 * fonts.width(Face::Regular, 10.0, "año"))
            .abs()
                < 0.001
        );
    }

    #[test]
    fn accented_letters_have_their_own_glyphs() {
        let fonts = Fonts::load().expect("embedded fonts parse");
        for c in "ñÍáéóú—·–…".chars() {
            let found = fonts.parsed(Face::Regular).lookup_glyph_index(u32::from(c));
            assert!(found.is_some_and(|g| g != 0), "no glyph for {c}");
        }
    }
}
