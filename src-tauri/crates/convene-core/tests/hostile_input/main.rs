//! Hostile input, generated: over 100,000 cases of arbitrary JSON and of valid requests
//! with one to three things changed, sent to every command through `Core::dispatch`,
//! and arbitrary or damaged library files sent to the import. Whatever arrives, the core
//! must not panic, must refuse with a sentence, and a refusal must change nothing.
//!
//! "Changed nothing" is checked two ways. Every refusal: SQLite's `data_version`, read
//! on a second connection, must not move (it moves on any commit by the core, so a
//! command that wrote part of its work and then failed is caught). One case in
//! `DUMP_EVERY`: the full content of every table is compared as text as well, which
//! would also catch a write that bypassed a transaction. A full dump on every case
//! would make the suite minutes long in a debug build; `data_version` costs microseconds.
//!
//! Each command is fuzzed on its own copy of one prepared database, so a case's
//! successes (records created by valid-enough requests) never slow the next command.

#[path = "../common/mod.rs"]
#[allow(dead_code)]
mod common;
mod fixture;
mod guard;
mod library_files;
mod requests;
mod values;

use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};

use convene_core::commands::COMMAND_NAMES;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{json, Value};

use guard::{World, DUMP_EVERY};

/// Cases per command for each suite. Rendering a PDF, and copying a whole database for
/// a backup or a restore, take tens of milliseconds per case in a debug build, so the
/// `print.*` and `backup.*` commands get fewer (but still hundreds in all).
fn cases(command: &str, usual: u32) -> u32 {
    if command.starts_with("print.") || command.starts_with("backup.") {
        usual / 10
    } else {
        usual
    }
}

const ARBITRARY_CASES: u32 = 600;
const NEAR_VALID_CASES: u32 = 700;

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

/// Every real field name the valid requests use, for generating near-real keys.
fn field_names(world: &World) -> Vec<String> {
    let mut fixture = world.fixture.clone();
    let core = world.open();
    let mut keys = std::collections::BTreeSet::new();
    for command in COMMAND_NAMES {
        values::keys_of(
            &requests::valid(&mut fixture, &core.core, command),
            &mut keys,
        );
    }
    keys.into_iter().collect()
}

#[test]
fn every_command_refuses_arbitrary_json_with_a_sentence_and_changes_nothing() {
    let world = World::prepare();
    let keys = field_names(&world);
    let total = AtomicUsize::new(0);
    for command in COMMAND_NAMES {
        let opened = world.open();
        let strategy = prop_oneof![
            values::any_json(keys.clone()),
            prop::collection::btree_map(
                prop::sample::select(keys.clone()),
                values::any_json(keys.clone()),
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ];
        runner(cases(command, ARBITRARY_CASES))
            .run(&strategy, |args| {
                let n = total.fetch_add(1, Ordering::Relaxed);
                opened.check(command, args, n.is_multiple_of(DUMP_EVERY))?;
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{command}: {e}"));
    }
    let total = total.into_inner();
    println!(
        "arbitrary JSON: {total} cases over {} commands",
        COMMAND_NAMES.len()
    );
    assert!(total >= 40_000, "only {total} cases ran");
}

#[test]
fn every_command_refuses_near_valid_requests_with_a_sentence_and_changes_nothing() {
    let world = World::prepare();
    let keys = field_names(&world);
    let total = AtomicUsize::new(0);
    let succeeded = AtomicUsize::new(0);
    for command in COMMAND_NAMES {
        let opened = world.open();
        let fixture = RefCell::new(world.fixture.clone());
        // The unchanged request must work, or the mutations would test nothing.
        let valid = requests::valid(&mut fixture.borrow_mut(), &opened.core, command);
        if let Err(e) = opened.core.dispatch(command, valid) {
            panic!("the valid request for {command} was refused: {}", e.message);
        }
        runner(cases(command, NEAR_VALID_CASES))
            .run(&values::mutations(keys.clone()), |mutations| {
                let n = total.fetch_add(1, Ordering::Relaxed);
                let mut fixture = fixture.borrow_mut();
                let mut args = requests::valid(&mut fixture, &opened.core, command);
                let ids = fixture.all_ids();
                for mutation in &mutations {
                    values::apply(&mut args, mutation, &ids);
                }
                if opened
                    .check(command, args.clone(), n.is_multiple_of(DUMP_EVERY))?
                    .is_some()
                {
                    succeeded.fetch_add(1, Ordering::Relaxed);
                    fixture.after_success(&opened.core, command, &args);
                }
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{command}: {e}"));
    }
    let (total, succeeded) = (total.into_inner(), succeeded.into_inner());
    println!("near-valid requests: {total} cases, {succeeded} accepted, the rest refused");
    assert!(total >= 45_000, "only {total} cases ran");
    // Both paths must have been exercised for the cases to mean anything.
    assert!(
        succeeded > total / 20 && succeeded < total,
        "{succeeded} of {total} accepted"
    );
}

#[test]
fn a_refusal_is_a_sentence() {
    for good in [
        "That meeting no longer exists.",
        "“9.30” is not a time like 12:00.",
        "Really?",
    ] {
        assert!(guard::is_sentence(good), "{good}");
    }
    for bad in [
        "",
        "missing field `id`",
        "The file could not be read: os error 2",
        "ok.",
    ] {
        assert!(!guard::is_sentence(bad), "{bad}");
    }
    let (_dir, core) = common::open();
    let error = common::refused(&core, "meeting.get", json!({ "id": 5 }));
    assert!(guard::is_sentence(&error.message), "{}", error.message);
}

/// Found by this suite: serde reads a JSON list as a struct's fields in order, so
/// `["name.json"]` made `library.export` write a file named by the request.
#[test]
fn arguments_given_as_a_list_are_refused_before_anything_is_written() {
    let (dir, core) = common::open();
    let target = dir.path().join("positional.json").display().to_string();
    for command in ["library.export", "print.agenda", "member.create"] {
        let error = common::refused(&core, command, json!([target.clone()]));
        assert_eq!(error.code, convene_core::ErrorCode::BadRequest);
        assert!(
            error
                .message
                .ends_with("must be named fields in an object."),
            "{}",
            error.message
        );
    }
    assert!(!std::path::Path::new(&target).exists());
}
