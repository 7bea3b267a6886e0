//! The languages Convene speaks, and how one is picked from a locale tag.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A language of the catalogue. Spanish is written for Spanish speakers in the United
/// States (usted/ustedes, es-US dates and numbers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The two-letter code used in settings, file names and `--lang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The full locale whose conventions dates and numbers follow.
    pub fn locale_tag(self) -> &'static str {
        match self {
            Lang::En => "en-US",
            Lang::Es => "es-US",
        }
    }

    /// The language a locale tag such as `es-MX`, `es_US.UTF-8` or `en` asks for, if
    /// Convene speaks it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == primary)
    }

    /// The operating system's language when Convene speaks it, else English.
    pub fn system() -> Lang {
        sys_locale::get_locales()
            .find_map(|tag| Lang::from_tag(&tag))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locale_tag_picks_its_language_whatever_the_region_or_spelling() {
        assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("es_US.UTF-8"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("EN"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr-CA"), None);
        assert_eq!(Lang::from_tag(""), None);
    }
}
