//! Participant codes: a short code a member keeps for good, printed on the sheets made
//! for them, so their answers can be followed from meeting to meeting without their
//! name. Only this machine knows whose code is whose. Codes avoid letters and digits
//! that read alike on paper (0 and O, 1 and I, 5 and S…), so they are typed back right.

use rusqlite::{Connection, OptionalExtension};

use super::sample::below;
use crate::{CoreError, CoreResult};

const ALPHABET: &[u8] = b"ACDEFGHJKMNPQRTUVWXY34679";
const LENGTH: usize = 5;

fn fresh_code() -> CoreResult<String> {
    (0..LENGTH)
        .map(|_| Ok(char::from(ALPHABET[below(ALPHABET.len())?])))
        .collect()
}

/// The member's participant code, given now if they have none yet.
pub(crate) fn code_of_member(tx: &Connection, member_id: &str) -> CoreResult<String> {
    let kept: Option<Option<String>> = tx
        .query_row(
            "SELECT participant_code FROM member WHERE id = ?1",
            [member_id],
            |r| r.get(0),
        )
        .optional()?;
    match kept {
        None => Err(CoreError::not_found("member")),
        Some(Some(code)) => Ok(code),
        Some(None) => loop {
            let code = fresh_code()?;
            let taken: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM member WHERE participant_code = ?1)",
                [&code],
                |r| r.get(0),
            )?;
            if !taken {
                tx.execute(
                    "UPDATE member SET participant_code = ?2 WHERE id = ?1",
                    (member_id, &code),
                )?;
                break Ok(code);
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_five_characters_that_cannot_be_misread() {
        for _ in 0..200 {
            let code = fresh_code().expect("randomness");
            assert_eq!(code.len(), LENGTH);
            assert!(code.bytes().all(|b| ALPHABET.contains(&b)), "{code}");
            assert!(!code.contains(['0', 'O', '1', 'I', 'L', '5', 'S', '8', 'B', '2', 'Z']));
        }
    }
}
