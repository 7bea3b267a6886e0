//! Files the user asked Convene to write (PDFs, exports, run logs). Each is written to a
//! temporary file beside its destination and renamed into place, so a crash or a full
//! disk never leaves a half-written file where a good one was.

use std::io::Write;
use std::path::Path;

use crate::{CoreError, CoreResult};

pub(crate) fn write_atomically(path: &str, bytes: &[u8]) -> CoreResult<()> {
    let failed = |source: std::io::Error| CoreError::File {
        path: path.to_owned(),
        source,
    };
    let target = Path::new(path);
    let folder = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temporary = tempfile::NamedTempFile::new_in(folder).map_err(failed)?;
    temporary.write_all(bytes).map_err(failed)?;
    temporary.as_file().sync_all().map_err(failed)?;
    temporary.persist(target).map_err(|e| failed(e.error))?;
    Ok(())
}
