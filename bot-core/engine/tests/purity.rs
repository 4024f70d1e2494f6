//! The engine's purity, enforced: no crate that does I/O (an async runtime, storage, mail,
//! HTTP, a messenger SDK) may appear among this crate's normal dependencies, however
//! indirectly. Asks Cargo itself (`cargo tree`), so a new dependency that pulls one in
//! fails here, not in review.

use std::path::Path;
use std::process::Command;

/// Crates the engine must never depend on, directly or through another crate.
const FORBIDDEN: &[&str] = &[
    "tokio",
    "sled",
    "lettre",
    "reqwest",
    "hyper",
    "teloxide",
    "matrix-sdk",
    "async-imap",
    "mio",
    "socket2",
    "rusqlite",
    "tokio-postgres",
    "sqlx",
];

#[test]
fn the_engine_depends_on_no_io_crate() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
    let output = Command::new(env!("CARGO"))
        .args([
            "tree",
            "--offline",
            "-e",
            "normal",
            "--prefix",
            "none",
            "--manifest-path",
        ])
        .arg(&manifest)
        .args(["-p", "kompass-engine"])
        .output()
        .expect("cargo tree runs");
    assert!(
        output.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let tree = String::from_utf8(output.stdout).expect("cargo tree prints UTF-8");
    let crates: Vec<&str> = tree
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    // The listing is real: the engine itself and what it certainly uses are in it.
    for expected in ["kompass-engine", "fluent-bundle", "whatlang"] {
        assert!(
            crates.contains(&expected),
            "{expected} missing from:\n{tree}"
        );
    }
    let found: Vec<&&str> = FORBIDDEN
        .iter()
        .filter(|name| crates.contains(name))
        .collect();
    assert!(
        found.is_empty(),
        "kompass-engine must stay free of I/O, but depends on {found:?}:\n{tree}"
    );
}
