//! Cleaning and checking the free text facilitators type.

use convene_i18n::{msg, Message};

use crate::error::{CoreError, CoreResult};

/// Trims surrounding white space; the stored form of every text field.
pub fn clean(text: &str) -> String {
    text.trim().to_owned()
}

/// A required, trimmed text of at most `max` characters; `label` names it in a refusal
/// ("The meeting's title").
pub fn required(field: &'static str, label: Message, text: &str, max: usize) -> CoreResult<String> {
    let text = clean(text);
    if text.is_empty() {
        return Err(CoreError::invalid(
            field,
            msg!("errors-text-empty", label = label),
        ));
    }
    limited(field, label, text, max)
}

/// An optional, trimmed text of at most `max` characters (empty is allowed).
pub fn optional(field: &'static str, label: Message, text: &str, max: usize) -> CoreResult<String> {
    limited(field, label, clean(text), max)
}

fn limited(field: &'static str, label: Message, text: String, max: usize) -> CoreResult<String> {
    let length = text.chars().count();
    if length > max {
        return Err(CoreError::invalid(
            field,
            msg!(
                "errors-text-too-long",
                label = label,
                length = length,
                max = max
            ),
        ));
    }
    Ok(text)
}

/// The key two names are compared by: case, accents kept, spacing folded.
pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Text folded for comparing and sorting as people read it: case and accents ignored,
/// so "Íñigo" sorts with the I's and "pena" finds "Peña".
pub fn fold(text: &str) -> String {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// True when every word of `query` occurs in one of `fields`, ignoring case and accents.
pub fn matches_query(query: &str, fields: &[&str]) -> bool {
    let haystack = fold(&fields.join("\n"));
    query
        .split_whitespace()
        .all(|word| haystack.contains(&fold(word)))
}

/// Sorts records by a name as people expect (accents and case folded).
pub fn sort_by_name<T>(records: &mut [T], name: impl Fn(&T) -> &str) {
    records.sort_by_cached_key(|r| fold(name(r)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_text_names_the_field() {
        let label = || msg!("errors-label-member-name");
        let err = required("name", label(), "   ", 10).unwrap_err();
        assert_eq!(err.to_string(), "The member's name cannot be empty.");
        assert_eq!(required("name", label(), "  Ana ", 10).unwrap(), "Ana");
        let long = required("name", label(), "abcdefghijk", 10).unwrap_err();
        assert_eq!(
            long.to_string(),
            "The member's name is 11 characters long; the most it can hold is 10."
        );
    }

    #[test]
    fn name_keys_fold_case_and_spacing() {
        assert_eq!(name_key("  María   Peña "), name_key("maría peña"));
        assert_ne!(name_key("Maria Pena"), name_key("María Peña"));
    }

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("Íñigo Peña"), "inigo pena");
        let mut names = vec!["Niños", "Íñigo", "dana"];
        sort_by_name(&mut names, |n| n);
        assert_eq!(names, vec!["dana", "Íñigo", "Niños"]);
    }

    #[test]
    fn queries_match_every_word_in_any_field() {
        assert!(matches_query("pena", &["María Peña"]));
        assert!(matches_query(
            "peña lincoln",
            &["María Peña", "Lincoln Elementary"]
        ));
        assert!(matches_query("", &["anything"]));
        assert!(!matches_query(
            "peña garfield",
            &["María Peña", "Lincoln Elementary"]
        ));
    }
}
