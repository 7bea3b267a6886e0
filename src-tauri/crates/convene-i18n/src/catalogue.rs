//! The Fluent bundles, one per language, built once from the shipped catalogue files.
//!
//! A message missing in Spanish falls back to English and one missing everywhere shows
//! its id, so a gap in the catalogue can never stop an operation; the catalogue tests
//! keep both gaps from shipping.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::{Arg, Lang};

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<[Bundle; 2]> = LazyLock::new(|| [bundle(Lang::En), bundle(Lang::Es)]);

fn files(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &convene_assets::CATALOGUE_EN,
        Lang::Es => &convene_assets::CATALOGUE_ES,
    }
}

fn bundle(lang: Lang) -> Bundle {
    let id: LanguageIdentifier = lang.locale_tag().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // Printed pages and terminals would show the bidi isolation marks Fluent adds
    // around variables by default; neither language here is written right to left.
    bundle.set_use_isolating(false);
    for text in files(lang) {
        // A malformed entry is dropped (the tests refuse such a catalogue); the
        // well-formed rest still loads.
        let resource =
            FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
        // A repeated id keeps its first definition; the tests refuse repeats too.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn bundle_for(lang: Lang) -> &'static Bundle {
    &BUNDLES[lang as usize]
}

/// The message `id` in `lang` with `args` filled in.
pub(crate) fn format(
    lang: Lang,
    id: &str,
    args: &[(std::borrow::Cow<'static, str>, Arg)],
) -> String {
    let fluent_args = to_fluent(lang, args);
    [lang, Lang::En]
        .into_iter()
        .find_map(|lang| format_in(bundle_for(lang), id, &fluent_args))
        .unwrap_or_else(|| id.to_owned())
}

fn format_in(bundle: &Bundle, id: &str, args: &FluentArgs) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, Some(args), &mut errors)
            .into_owned(),
    )
}

fn to_fluent(lang: Lang, args: &[(std::borrow::Cow<'static, str>, Arg)]) -> FluentArgs<'static> {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        let value = match value {
            Arg::Text(text) => FluentValue::from(text.clone()),
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Message(inner) => FluentValue::from(format(lang, inner.id(), inner.args())),
        };
        fluent.set(name.clone(), value);
    }
    fluent
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(lang: Lang) -> Vec<String> {
        let mut ids = Vec::new();
        for text in files(lang) {
            let resource =
                FluentResource::try_new(text.to_string()).unwrap_or_else(|(_, errors)| {
                    panic!("{lang:?} catalogue does not parse: {errors:?}")
                });
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(message) = entry {
                    ids.push(message.id.name.to_owned());
                }
            }
        }
        ids
    }

    #[test]
    fn both_languages_parse_and_hold_the_same_messages_once_each() {
        let english = ids(Lang::En);
        let mut unique = english.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), english.len(), "an English id is repeated");
        let mut spanish = ids(Lang::Es);
        spanish.sort();
        assert_eq!(
            unique, spanish,
            "English and Spanish hold different messages"
        );
    }

    #[test]
    fn plurals_follow_each_language_and_a_gap_never_fails() {
        let members = |lang, n: u32| {
            format(
                lang,
                "common-member-count",
                &[("count".into(), Arg::from(n))],
            )
        };
        assert_eq!(members(Lang::En, 1), "1 member");
        assert_eq!(members(Lang::En, 40), "40 members");
        assert_eq!(members(Lang::Es, 1), "1 integrante");
        assert_eq!(members(Lang::Es, 40), "40 integrantes");
        assert_eq!(format(Lang::Es, "no-such-message", &[]), "no-such-message");
    }

    #[test]
    fn a_message_inside_a_message_is_written_in_the_same_language() {
        let empty = |lang| {
            let label = crate::Message::new("errors-label-community-name");
            format(lang, "errors-text-empty", &[("label".into(), label.into())])
        };
        assert_eq!(empty(Lang::En), "The community's name cannot be empty.");
        assert_eq!(
            empty(Lang::Es),
            "El nombre de la comunidad no puede quedar en blanco."
        );
    }
}
