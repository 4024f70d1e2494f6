//! `kompass check` on broken content names file, line and what to fix, and exits non-zero.

use std::path::Path;
use std::process::Command;

use crate::support::repo;

const BROKEN_FLOW: &str = r#"[flow]
start = "main"
reference_prefix = "TST"

[[institution]]
id = "office"
name = "Amt"
label = "inst-office"
documents = ["doc-passport"]

[[node]]
id = "main"
kind = "menu"
text = "main-text"
options = [
  { label = "opt-info", goto = "info" },
  { label = "opt-info", goto = "nowhere" },
  { label = "opt-info", goto = "inof" },
]

[[node]]
id = "info"
kind = "page"
text = "info-text"

[[node]]
id = "orphan"
kind = "page"
text = "info-text"
"#;

/// The bot's own messages (not the shipped flow's): system texts, and the German texts for
/// caseworker rooms.
fn copy_locales(to: &Path) {
    for (lang, file) in [
        ("de", "system.ftl"),
        ("en", "system.ftl"),
        ("de", "caseworker.ftl"),
    ] {
        std::fs::create_dir_all(to.join(lang)).unwrap();
        std::fs::copy(
            repo().join("locales").join(lang).join(file),
            to.join(lang).join(file),
        )
        .unwrap();
    }
}

fn check(flows: &Path, locales: &Path) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_kompass"))
        .arg("check")
        .arg("--flows")
        .arg(flows)
        .arg("--locales")
        .arg(locales)
        .output()
        .unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

/// Unknown and unreachable nodes, a missing email, a Fluent syntax error, an unknown
/// variable and a missing translation are each reported at their line, all in one run: the
/// syntax error in `de` neither hides the other checks nor makes `de` "missing", and an
/// unknown node id comes with the closest existing one.
#[test]
fn broken_content_is_named_precisely() {
    let dir = tempfile::tempdir().unwrap();
    let (flows, locales) = (dir.path().join("flows"), dir.path().join("locales"));
    std::fs::create_dir_all(&flows).unwrap();
    std::fs::write(flows.join("broken.toml"), BROKEN_FLOW).unwrap();
    copy_locales(&locales);
    let en = "main-text = Hello { $name }\nopt-info = Info\ninfo-text = Text\ninst-office = Office\ndoc-passport = Passport\n";
    std::fs::write(locales.join("en/content.ftl"), en).unwrap();
    std::fs::write(
        locales.join("de/content.ftl"),
        "main-text = Hallo\nopt-info = Info\ninfo-text = { $x\ninst-office = Amt\n",
    )
    .unwrap();

    let (ok, report) = check(&flows, &locales);
    assert!(!ok, "check must fail:\n{report}");
    for expected in [
        "broken.toml:6: error: institution `office` has no email address",
        "broken.toml:17: error: `main` goes to the unknown node `nowhere`",
        "broken.toml:18: error: `main` goes to the unknown node `inof`\n    fix: did you mean `info`?",
        "broken.toml:27: error: page `orphan` cannot be reached",
        "de/content.ftl:3: error: Fluent syntax error",
        "en/content.ftl:1: error: message `main-text` uses the unknown variable `$name`",
        "error: message `doc-passport` is missing in `de` (used in",
        "fix: add `doc-passport = …`",
    ] {
        assert!(
            report.contains(expected),
            "missing {expected:?} in:\n{report}"
        );
    }
    for wrong in [
        "fallback language `de` is missing",
        // Written, only broken: its syntax error is the report.
        "message `info-text` is missing in `de`",
    ] {
        assert!(!report.contains(wrong), "{wrong:?} in:\n{report}");
    }
    // Coverage counts what is written and parses: `de` lacks `doc-passport` and its
    // `info-text` is broken; the flow needs 5 messages besides the bot's own.
    let required = kompass_core::i18n::SYSTEM_MESSAGES.len() + 5;
    let coverage = format!(
        "coverage: de {} % ({}/{required}), en 100 % ({required}/{required})",
        (required - 2) * 100 / required,
        required - 2
    );
    assert!(report.contains(&coverage), "no {coverage:?} in:\n{report}");
    let summary = report.lines().last().unwrap();
    let errors = report.matches(": error: ").count();
    assert_eq!(
        summary,
        format!("failed: {errors} error(s); the bot does not start with this content"),
        "{report}"
    );
}

/// The shipped content passes (warnings for sample contact data only).
#[test]
fn shipped_content_passes() {
    let (ok, report) = check(&repo().join("flows"), &repo().join("locales"));
    assert!(ok, "{report}");
    assert!(
        report.contains("languages ar, de, en, fa, ku, ru, tr, uk"),
        "{report}"
    );
    assert!(!report.contains("error"), "{report}");
    let coverage = report
        .lines()
        .find(|line| line.starts_with("coverage: "))
        .unwrap_or_else(|| panic!("no coverage line in:\n{report}"));
    for lang in ["ar", "de", "en", "fa", "ku", "ru", "tr", "uk"] {
        assert!(coverage.contains(&format!("{lang} 100 % (")), "{coverage}");
    }
}

/// Content folders that are not there are named with the full path kompass looked in, by
/// `check` and by a start; with a config, relative paths start at the config file's folder.
#[test]
fn missing_content_folders_name_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_kompass"))
        .arg("check")
        .current_dir(dir.path())
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(!output.status.success());
    for folder in ["flows", "locales"] {
        let expected = format!(
            "{}: error: the {folder} folder is not there",
            dir.path().join(folder).display()
        );
        assert!(
            report.contains(&expected),
            "missing {expected:?} in:\n{report}"
        );
    }

    let etc = dir.path().join("etc");
    std::fs::create_dir_all(&etc).unwrap();
    std::fs::write(
        etc.join("config.toml"),
        format!(
            "[content]\nflows = \"my-flows\"\nlocales = {:?}\n[storage]\ndata_dir = \"data\"\n",
            repo().join("locales")
        ),
    )
    .unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_kompass"))
        .arg("--config")
        .arg(etc.join("config.toml"))
        .arg("chat")
        .current_dir(dir.path())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    let expected = format!(
        "{}: error: the flows folder is not there",
        etc.join("my-flows").display()
    );
    assert!(
        errors.contains(&expected),
        "missing {expected:?} in:\n{errors}"
    );
    assert!(!errors.contains("locales folder"), "{errors}");
}
