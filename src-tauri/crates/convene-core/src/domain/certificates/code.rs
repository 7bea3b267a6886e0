//! Verification codes: eight characters from a hash of what the certificate says, in
//! Crockford's base 32 (no I, L, O or U), so they read aloud and type without mix-ups.

use sha2::{Digest, Sha256};

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// "K7Q2-M9PD" for the given facts.
pub(super) fn verification_code(facts: &[&str]) -> String {
    let digest = Sha256::digest(facts.join("\u{1f}").as_bytes());
    let mut bits: u64 = 0;
    for byte in &digest[..5] {
        bits = bits << 8 | u64::from(*byte);
    }
    let chars: String = (0..8)
        .rev()
        .map(|i| char::from(ALPHABET[((bits >> (i * 5)) & 31) as usize]))
        .collect();
    format!("{}-{}", &chars[..4], &chars[4..])
}

/// Whether `typed` is `code`, forgiving case, spaces, dashes and the letters people
/// type for the digits they look like.
pub(super) fn same(code: &str, typed: &str) -> bool {
    let normal = |text: &str| -> String {
        text.chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                other => other,
            })
            .collect()
    };
    normal(code) == normal(typed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_eight_unambiguous_characters_that_change_with_the_facts() {
        let code = verification_code(&["2026-0001", "Ana Ruiz", "Year 1", "480"]);
        assert_eq!(code.len(), 9);
        assert!(code
            .chars()
            .all(|c| c == '-' || ALPHABET.contains(&(c as u8))));
        let other = verification_code(&["2026-0001", "Ana Ruiz", "Year 1", "540"]);
        assert_ne!(code, other);
        assert_eq!(
            code,
            verification_code(&["2026-0001", "Ana Ruiz", "Year 1", "480"])
        );
    }

    #[test]
    fn typing_a_code_forgives_case_dashes_and_look_alike_letters() {
        assert!(same("K7Q0-M1PD", "k7qo m1pd"));
        assert!(same("K7Q0-M1PD", "K7QOMlPD"));
        assert!(!same("K7Q0-M1PD", "K7Q0-M1PE"));
    }
}
