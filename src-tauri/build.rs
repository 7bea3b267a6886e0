//! Tauri's build step. `generate_context!` insists that the UI folder exists; an unbuilt
//! UI must not stop `cargo check`, so the folder is created empty when missing.
fn main() {
    let dist = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/dist");
    if !dist.exists() {
        let _ = std::fs::create_dir_all(&dist);
    }
    tauri_build::build();
}
