//! Files the user asked for (PDFs, exports, run logs), written by the shell: the core
//! only hands over bytes. Each is written to a temporary file beside its destination
//! and renamed into place, so a crash or a full disk never leaves a half-written file
//! where a good one was.

use std::io::Write;
use std::path::Path;

pub fn write_atomically(target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temporary = tempfile::NamedTempFile::new_in(folder)?;
    temporary.write_all(bytes)?;
    temporary.as_file().sync_all()?;
    temporary.persist(target).map_err(|e| e.error)?;
    Ok(())
}

/// Writes a file the command line was told to make, in the words the CLI reports.
pub fn save_for_cli(target: &Path, bytes: &[u8]) -> Result<(), String> {
    write_atomically(target, bytes).map_err(|e| {
        let (path, detail) = (target.display().to_string(), e.to_string());
        crate::words::words().message(&convene_i18n::msg!(
            "shell-write-failed",
            path = path,
            detail = detail
        ))
    })
}
