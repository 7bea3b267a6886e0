//! What every core integration test needs: a core on a fresh temporary folder, and
//! commands that must succeed or must be refused.

use convene_core::{ApiError, Core};
use serde_json::Value;

pub fn open() -> (tempfile::TempDir, Core) {
    let dir = tempfile::tempdir().unwrap();
    let core = Core::open(dir.path()).unwrap();
    (dir, core)
}

pub fn ok(core: &Core, command: &str, args: Value) -> Value {
    core.dispatch(command, args)
        .unwrap_or_else(|e| panic!("{command} failed: {}", e.message))
}

pub fn refused(core: &Core, command: &str, args: Value) -> ApiError {
    core.dispatch(command, args)
        .expect_err("expected a refusal")
}
