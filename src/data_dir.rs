//! The data folder holds personal data (sessions, photos, emails, the Matrix keys): only the
//! user the bot runs as may read it, whatever umask the shell or service manager gave us.
//!
//! Two measures, because neither is enough alone:
//! - **umask 077 for the whole process**, set before any thread starts. Most files in the
//!   folder are created by code we do not control: sled's database and blob files, SQLite's
//!   store with its `-wal` and `-shm` files (matrix-sdk), and files that appear at any time
//!   while the bot runs. Explicit modes on our own `create` calls would miss all of those; the
//!   umask covers every file and folder the process creates. `rustix` sets it through a safe
//!   API (`unsafe_code` is denied in this workspace; src/allocator.rs is the only exception).
//! - **a pass over what is already there** at start: folders 0700, files 0600. The umask only
//!   shapes new files; data written by an older version, restored from a backup or copied in
//!   by hand keeps its mode otherwise.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use anyhow::Context;

/// Makes every file and folder this process creates from now on private to its user.
pub fn restrict_new_files() {
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
}

/// Creates `dir` if needed and makes it and everything below it private: folders 0700,
/// files 0600. Symbolic links are left alone (their targets are not ours to change).
pub fn secure(dir: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        set_mode(&folder, 0o700)?;
        let entries = std::fs::read_dir(&folder)
            .with_context(|| format!("cannot read {}", folder.display()))?;
        for entry in entries {
            let entry = entry.with_context(|| format!("cannot read {}", folder.display()))?;
            let path = entry.path();
            let kind = entry
                .file_type()
                .with_context(|| format!("cannot read {}", path.display()))?;
            if kind.is_dir() {
                folders.push(path);
            } else if kind.is_file() {
                set_mode(&path, 0o600)?;
            }
        }
    }
    Ok(())
}

fn set_mode(path: &Path, mode: u32) -> anyhow::Result<()> {
    let metadata = std::fs::symlink_metadata(path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    if metadata.permissions().mode() & 0o7777 != mode {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).with_context(
            || {
                format!(
                    "cannot make {} private (mode {mode:o}); the data folder must belong to the user kompass runs as",
                    path.display()
                )
            },
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mode(path: &Path) -> u32 {
        std::fs::symlink_metadata(path)
            .unwrap()
            .permissions()
            .mode()
            & 0o7777
    }

    /// Folders become 0700 and files 0600 at every depth; a link's target is not touched.
    #[test]
    fn existing_entries_become_private() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir_all(data.join("db/uploads")).unwrap();
        std::fs::write(data.join("db/uploads/photo"), b"x").unwrap();
        std::fs::write(data.join("old.eml"), b"x").unwrap();
        let outside = dir.path().join("outside");
        std::fs::write(&outside, b"x").unwrap();
        std::os::unix::fs::symlink(&outside, data.join("link")).unwrap();
        for path in [&data, &data.join("db"), &data.join("db/uploads")] {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        for path in [
            &data.join("db/uploads/photo"),
            &data.join("old.eml"),
            &outside,
        ] {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o644)).unwrap();
        }
        secure(&data).unwrap();
        for folder in [&data, &data.join("db"), &data.join("db/uploads")] {
            assert_eq!(mode(folder), 0o700, "{}", folder.display());
        }
        for file in [&data.join("db/uploads/photo"), &data.join("old.eml")] {
            assert_eq!(mode(file), 0o600, "{}", file.display());
        }
        assert_eq!(mode(&outside), 0o644);
    }
}
