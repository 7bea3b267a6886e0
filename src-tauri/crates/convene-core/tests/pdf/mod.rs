//! A printed document as the reader's system sees it: the PDF a command returned,
//! written to a scratch file and read by one of poppler's tools (pdftotext, pdfinfo,
//! pdfimages), which are required, never skipped.

use base64::Engine;
use serde_json::Value;

/// What `tool` prints for the document, run as `tool BEFORE… FILE AFTER…`.
pub fn poppler(document: &Value, tool: &str, before: &[&str], after: &[&str]) -> String {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(document["pdfBase64"].as_str().unwrap_or_default())
        .expect("the document is base64");
    let dir = tempfile::tempdir().expect("a scratch folder");
    let file = dir.path().join("document.pdf");
    std::fs::write(&file, bytes).expect("written");
    let output = std::process::Command::new(tool)
        .args(before)
        .arg(&file)
        .args(after)
        .output()
        .unwrap_or_else(|e| panic!("{tool} (poppler-utils) is required: {e}"));
    assert!(output.status.success(), "{tool} failed");
    String::from_utf8_lossy(&output.stdout).into_owned()
}
