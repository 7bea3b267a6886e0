//! Library files are the one input that arrives as a whole file from someone else:
//! arbitrary bytes go to the reader, and real files damaged in their text or in their
//! structure go to `library.import`, which must add all of a file or none of it.

use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};

use convene_core::domain::library::transfer::parse_library;
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{json, Value};

use super::guard::{is_sentence, World, DUMP_EVERY};
use super::{requests, runner, values};

const BYTE_CASES: u32 = 6_000;
const DAMAGED_CASES: u32 = 8_000;

fn bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..512),
        // Mostly JSON punctuation, to get past the first byte more often.
        prop::collection::vec(
            prop::sample::select(&b"{}[]\",:0123456789.eE+-truefalsn \\u"[..]),
            0..512
        ),
    ]
}

#[test]
fn arbitrary_bytes_are_refused_by_the_library_reader_with_a_sentence() {
    let world = World::prepare();
    let opened = world.open();
    let total = AtomicUsize::new(0);
    runner(BYTE_CASES)
        .run(&bytes(), |bytes| {
            let n = total.fetch_add(1, Ordering::Relaxed);
            match parse_library(&bytes) {
                Ok(_) => prop_assert!(false, "random bytes read as a library: {:?}", bytes),
                Err(e) => prop_assert!(is_sentence(&e.to_string()), "{:?}", e.to_string()),
            }
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let accepted = opened.check(
                "library.import",
                json!({ "json": text }),
                n.is_multiple_of(DUMP_EVERY),
            )?;
            prop_assert!(accepted.is_none(), "random bytes were imported");
            Ok(())
        })
        .unwrap();
    assert!(total.into_inner() >= BYTE_CASES as usize);
}

/// A change to a file's text, on character boundaries (the import takes text).
#[derive(Debug, Clone)]
enum Damage {
    Delete(Index, Index),
    Insert(Index, String),
    Truncate(Index),
    Repeat(Index, Index),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Damage::Delete(a, b)),
        (any::<Index>(), values::hostile_string()).prop_map(|(a, s)| Damage::Insert(a, s)),
        any::<Index>().prop_map(Damage::Truncate),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Damage::Repeat(a, b)),
    ]
}

fn damaged(text: &str, damage: &Damage) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let len = chars.len().max(1);
    match damage {
        Damage::Delete(at, n) => {
            let at = at.index(len).min(chars.len());
            let end = (at + n.index(64)).min(chars.len());
            chars.drain(at..end);
        }
        Damage::Insert(at, s) => {
            let at = at.index(len).min(chars.len());
            chars.splice(at..at, s.chars());
        }
        Damage::Truncate(at) => chars.truncate(at.index(len)),
        Damage::Repeat(at, n) => {
            let at = at.index(len).min(chars.len());
            let end = (at + n.index(200)).min(chars.len());
            let piece: Vec<char> = chars[at..end].to_vec();
            chars.splice(end..end, piece);
        }
    }
    chars.into_iter().collect()
}

/// Either the text damaged, or the structure changed (fields removed, retyped, added).
#[derive(Debug, Clone)]
enum FileChange {
    Text(Vec<Damage>),
    Structure(Vec<values::Mutation>),
}

#[test]
fn damaged_library_files_are_refused_whole_or_imported_whole() {
    let world = World::prepare();
    let opened = world.open();
    let fixture = RefCell::new(world.fixture.clone());
    let mut keys = std::collections::BTreeSet::new();
    let sample: Value =
        serde_json::from_str(&requests::library_file(&mut fixture.borrow_mut())).unwrap();
    values::keys_of(&sample, &mut keys);
    let keys: Vec<String> = keys.into_iter().collect();
    let change = prop_oneof![
        prop::collection::vec(damage(), 1..4).prop_map(FileChange::Text),
        values::mutations(keys).prop_map(FileChange::Structure),
    ];
    let total = AtomicUsize::new(0);
    runner(DAMAGED_CASES)
        .run(&(change, any::<bool>()), |(change, dry_run)| {
            let n = total.fetch_add(1, Ordering::Relaxed);
            let text = requests::library_file(&mut fixture.borrow_mut());
            let text = match &change {
                FileChange::Text(damage) => damage.iter().fold(text, |t, d| damaged(&t, d)),
                FileChange::Structure(mutations) => {
                    let mut file: Value = serde_json::from_str(&text).unwrap();
                    for mutation in mutations {
                        values::apply(&mut file, mutation, &fixture.borrow().all_ids());
                    }
                    file.to_string()
                }
            };
            let args = json!({ "json": text, "dryRun": dry_run });
            let before = opened.activities();
            if let Some(report) =
                opened.check("library.import", args, n.is_multiple_of(DUMP_EVERY))?
            {
                // Accepted: every activity of the file was added or reported as a duplicate.
                let file: Value = serde_json::from_str(&text).unwrap();
                let in_file = file["activities"].as_array().map_or(0, Vec::len);
                let reported = |list: &str| report[list].as_array().map_or(0, Vec::len);
                prop_assert_eq!(reported("added") + reported("duplicates"), in_file);
                let added = if dry_run { 0 } else { reported("added") };
                prop_assert_eq!(opened.activities() - before, added as i64);
            }
            Ok(())
        })
        .unwrap();
    assert!(total.into_inner() >= DAMAGED_CASES as usize);
}
