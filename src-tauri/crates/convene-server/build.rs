//! The UI is embedded from `ui/dist`; an unbuilt UI must not stop `cargo check`, so the
//! folder is created empty when missing (the server then explains how to build it).
fn main() {
    let dist = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../ui/dist");
    if !dist.exists() {
        let _ = std::fs::create_dir_all(&dist);
    }
    println!("cargo:rerun-if-changed=build.rs");
}
