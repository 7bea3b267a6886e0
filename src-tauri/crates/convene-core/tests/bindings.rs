//! The UI's TypeScript types are generated from the Rust command schema and committed;
//! this test fails when the committed file is stale. `make bindings` rewrites it.

use std::path::PathBuf;

fn committed_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../ui/src/lib/api/generated.ts")
}

#[test]
fn committed_typescript_bindings_match_the_rust_schema() {
    let generated = convene_core::commands::typescript_bindings();
    let path = committed_path();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "ui/src/lib/api/generated.ts is stale: run `make bindings` and commit the result"
    );
}

#[test]
fn every_command_appears_in_the_typescript_map() {
    let generated = convene_core::commands::typescript_bindings();
    for name in convene_core::commands::COMMAND_NAMES {
        assert!(
            generated.contains(&format!("{name:?}: {{ request:")),
            "{name} is missing"
        );
    }
}
