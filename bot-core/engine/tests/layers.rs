//! The crate's modules in layers, each using only those below it (ARCHITECTURE.md, "Layers
//! in kompass-engine"): no import cycle can come back unnoticed. Reads the sources for
//! `crate::<module>` paths outside comments.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// Each top-level module and the modules of this crate it may use.
const ALLOWED: &[(&str, &[&str])] = &[
    ("diagnostic", &[]),
    ("toml_problems", &[]),
    ("upload", &[]),
    ("answers", &[]),
    ("action", &[]),
    ("romanized", &[]),
    ("words", &["diagnostic", "romanized"]),
    ("date_words", &["diagnostic", "words"]),
    ("name_spellings", &["diagnostic", "words"]),
    (
        "i18n",
        &[
            "diagnostic",
            "words",
            "date_words",
            "name_spellings",
            "action",
        ],
    ),
    ("templates", &["diagnostic", "i18n"]),
    ("request", &["answers"]),
    ("gist", &["words", "date_words", "i18n"]),
    (
        "content",
        &[
            "diagnostic",
            "toml_problems",
            "action",
            "words",
            "i18n",
            "templates",
        ],
    ),
    (
        "engine",
        &[
            "diagnostic",
            "toml_problems",
            "upload",
            "answers",
            "action",
            "romanized",
            "words",
            "date_words",
            "name_spellings",
            "i18n",
            "templates",
            "request",
            "content",
            "gist",
        ],
    ),
    ("towns", &["action", "content", "engine"]),
];

fn sources(path: &Path) -> Vec<PathBuf> {
    if path.is_dir() {
        let mut files: Vec<PathBuf> = fs::read_dir(path)
            .unwrap()
            .flat_map(|entry| sources(&entry.unwrap().path()))
            .collect();
        files.sort();
        files
    } else if path.extension().is_some_and(|ext| ext == "rs") {
        vec![path.to_path_buf()]
    } else {
        Vec::new()
    }
}

/// The crate's modules named as `crate::<module>` in code (comments left out).
fn used_modules(file: &Path, modules: &BTreeSet<&str>) -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    for line in fs::read_to_string(file).unwrap().lines() {
        let code = line.split("//").next().unwrap_or("");
        for (at, _) in code.match_indices("crate::") {
            let rest = &code[at + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if modules.contains(name.as_str()) {
                used.insert(name);
            }
        }
    }
    used
}

#[test]
fn every_module_uses_only_the_layers_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let modules: BTreeSet<&str> = ALLOWED.iter().map(|(name, _)| *name).collect();
    let mut broken = Vec::new();
    let mut seen = BTreeSet::new();
    for (module, allowed) in ALLOWED {
        let file = src.join(format!("{module}.rs"));
        let path = if file.exists() {
            file
        } else {
            src.join(module)
        };
        let files = sources(&path);
        assert!(
            !files.is_empty(),
            "module {module} has no sources at {path:?}"
        );
        for file in files {
            for used in used_modules(&file, &modules) {
                seen.insert((*module, used.clone()));
                if used != *module && !allowed.contains(&used.as_str()) {
                    broken.push(format!("{} uses crate::{used}", file.display()));
                }
            }
        }
    }
    assert!(broken.is_empty(), "layering broken:\n{}", broken.join("\n"));
    // The scan sees real uses (so the test cannot pass by reading nothing).
    assert!(
        seen.contains(&("engine", "content".to_string())),
        "{seen:?}"
    );
    assert!(
        seen.contains(&("i18n", "diagnostic".to_string())),
        "{seen:?}"
    );
}

/// Every module of the crate has its place in the table.
#[test]
fn every_module_has_a_layer() {
    let lib = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs")).unwrap();
    for line in lib.lines() {
        if let Some(name) = line.strip_prefix("pub mod ").or(line.strip_prefix("mod ")) {
            let name = name.trim_end_matches(';');
            assert!(
                ALLOWED.iter().any(|(module, _)| *module == name),
                "module {name} is missing from the layer table"
            );
        }
    }
}
