//! Every sentence Convene shows or prints, in English and Spanish, from one catalogue.
//!
//! The catalogue is Project Fluent text under `assets/locales/<lang>/`, shared with the
//! UI. Code never holds a user-facing sentence: it names a message ([`Message`], built
//! with [`msg!`]) and a [`Localizer`] turns it into text in the reader's language.

mod catalogue;
mod format;
mod lang;
mod message;

pub use format::Formats;
pub use lang::Lang;
pub use message::{Arg, Message};

/// Turns messages into text, and dates, times and numbers into words, for one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Localizer {
    lang: Lang,
}

impl Localizer {
    pub fn new(lang: Lang) -> Self {
        Localizer { lang }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A message without variables.
    pub fn text(&self, id: &str) -> String {
        catalogue::format(self.lang, id, &[])
    }

    /// A message with its variables filled in.
    pub fn message(&self, message: &Message) -> String {
        catalogue::format(self.lang, message.id(), message.args())
    }

    /// Dates, times and numbers written the way this language writes them.
    pub fn formats(&self) -> Formats {
        Formats::new(self.lang)
    }
}

/// A [`Message`] naming a catalogue entry, with its variables:
/// `msg!("agenda-kind-break")`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::Message::new($id)$(.with(stringify!($name), $value))*
    };
}
