//! The layering the product depends on: the core and the server never depend on
//! Tauri, so the command layer works the same in a browser and stays testable headless.

use std::collections::{HashMap, HashSet};
use std::process::Command;

use serde_json::Value;

fn dependency_closure(package: &str) -> HashSet<String> {
    let output = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--offline"])
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: Value = serde_json::from_slice(&output.stdout).unwrap();
    let names: HashMap<&str, &str> = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["id"].as_str().unwrap(), p["name"].as_str().unwrap()))
        .collect();
    let nodes: HashMap<&str, Vec<&str>> = metadata["resolve"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["id"].as_str().unwrap(),
                n["dependencies"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|d| d.as_str().unwrap())
                    .collect(),
            )
        })
        .collect();
    let root = names
        .iter()
        .find(|(_, name)| **name == package)
        .map(|(id, _)| *id)
        .unwrap();
    let (mut seen, mut stack) = (HashSet::new(), vec![root]);
    while let Some(id) = stack.pop() {
        for dep in nodes.get(id).into_iter().flatten() {
            if seen.insert(names[dep].to_owned()) {
                stack.push(dep);
            }
        }
    }
    seen
}

#[test]
fn core_and_server_do_not_depend_on_tauri() {
    for package in ["convene-core", "convene-server"] {
        let deps = dependency_closure(package);
        let tauri: Vec<_> = deps
            .iter()
            .filter(|d| d.starts_with("tauri") || *d == "wry")
            .collect();
        assert!(tauri.is_empty(), "{package} depends on {tauri:?}");
    }
    assert!(
        dependency_closure("convene").contains("tauri"),
        "the check must see the shell's tauri"
    );
}
