//! The language the command line and the desktop shell speak: the facilitator's once
//! the data is open, the operating system's before that (a bad `--data-dir`, say).

use std::sync::OnceLock;

use convene_core::CoreError;
use convene_i18n::{Lang, Localizer};

static LANGUAGE: OnceLock<Lang> = OnceLock::new();

/// Speaks `lang` from now on; called once, when the data folder has been opened.
pub fn speak(lang: Lang) {
    let _ = LANGUAGE.set(lang);
}

/// This run's words.
pub fn words() -> Localizer {
    Localizer::new(LANGUAGE.get().copied().unwrap_or_else(Lang::system))
}

/// A refusal or failure of the core, as the facilitator reads it.
pub fn told(error: CoreError) -> String {
    words().message(&error.message())
}
