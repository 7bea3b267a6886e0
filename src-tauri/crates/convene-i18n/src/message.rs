//! A message named by its catalogue id, with its variables, not yet in any language.
//!
//! Errors and notices are built as messages and turned into text only where the
//! reader's language is known (the command boundary, a printed page).

use std::borrow::Cow;

/// A variable's value: text is shown as given, a number also picks plural forms, and a
/// message is put into the reader's language first (a field's name inside an error, the
/// reason a backup failed inside the refusal it caused).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
    Message(Box<Message>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    id: &'static str,
    args: Vec<(Cow<'static, str>, Arg)>,
}

impl Message {
    pub fn new(id: &'static str) -> Self {
        Message {
            id,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: impl Into<Cow<'static, str>>, value: impl Into<Arg>) -> Self {
        self.args.push((name.into(), value.into()));
        self
    }

    pub fn id(&self) -> &'static str {
        self.id
    }

    pub fn args(&self) -> &[(Cow<'static, str>, Arg)] {
        &self.args
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Self {
        Arg::Message(Box::new(message))
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(f64::from(n))
            }
        }
    )*};
}
number_arg!(u8, u16, u32, i8, i16, i32, f32, f64);

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        // Counts of things on one machine stay far below 2^53, where f64 turns inexact.
        Arg::Number(n as f64)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Number(n as f64)
    }
}
