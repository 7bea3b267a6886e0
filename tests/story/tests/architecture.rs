//! The layering the product depends on: the core and the server never depend on
//! Tauri, so the command layer works the same in a browser and stays testable headless.

use std::process::Command;

/// Names of every crate `package` depends on (normal and build edges, this platform).
fn dependencies(package: &str) -> Vec<String> {
    let output = Command::new(env!("CARGO"))
        .args([
            "tree",
            "--package",
            package,
            "--edges",
            "normal,build",
            "--prefix",
            "none",
        ])
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .expect("cargo tree runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_owned)
        .collect()
}

fn is_tauri(name: &str) -> bool {
    name == "tauri" || name.starts_with("tauri-") || name == "wry"
}

#[test]
fn core_and_server_do_not_depend_on_tauri() {
    for package in ["convene-core", "convene-server"] {
        let deps = dependencies(package);
        assert!(
            deps.len() > 10,
            "cargo tree listed too little for {package}: {deps:?}"
        );
        let tauri: Vec<_> = deps.iter().filter(|d| is_tauri(d)).collect();
        assert!(tauri.is_empty(), "{package} depends on {tauri:?}");
    }
    assert!(
        dependencies("convene").iter().any(|d| d == "tauri"),
        "the check must see the shell's own tauri dependency"
    );
}
