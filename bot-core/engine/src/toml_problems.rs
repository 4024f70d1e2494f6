//! Reading a TOML file a person wrote: every problem at once, each with its key path
//! (`mail.retention_days`), its line, and what is expected in plain words, instead of
//! serde's first error ("invalid type: string, expected u32").
//!
//! serde stops at the first error. So the file is parsed once into a tree that keeps every
//! span; deserializing is tried; an error's span tells which entry it is about; the problem
//! is noted, that entry taken out of the tree, and deserializing tried again, until the rest
//! goes through. Lines come from the spans of the original text, so they stay right however
//! much was taken out, and the value that remains is usable for further checks.

use std::ops::Range;

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// One problem in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based; `None` when it concerns the file as a whole.
    pub line: Option<usize>,
    /// Dotted key path, e.g. `mail.smtp.port`; empty for the whole file.
    pub key: String,
    /// What is wrong, in plain words.
    pub problem: String,
    /// What to write instead.
    pub fix: String,
}

/// A parsed TOML file with the spans of every key and value.
#[derive(Debug)]
pub struct TomlFile<'s> {
    source: &'s str,
    tree: Spanned<DeTable<'s>>,
}

/// One step of a key path.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
}

fn path_text(path: &[Step]) -> String {
    let mut text = String::new();
    for step in path {
        match step {
            Step::Key(key) => {
                if !text.is_empty() {
                    text.push('.');
                }
                text.push_str(key);
            }
            Step::Index(index) => text.push_str(&format!("[{index}]")),
        }
    }
    text
}

impl<'s> TomlFile<'s> {
    /// Parses the text; syntax errors (all the parser can find) are the problems otherwise.
    pub fn parse(source: &'s str) -> Result<Self, Vec<Problem>> {
        let (tree, errors) = DeTable::parse_recoverable(source);
        if errors.is_empty() {
            return Ok(Self { source, tree });
        }
        Err(errors
            .iter()
            .map(|error| Problem {
                line: error.span().map(|span| line_of(source, span.start)),
                key: String::new(),
                problem: format!("this is not valid TOML: {}", error.message().trim()),
                fix: "write `key = value`, text in quotes, tables as `[name]`".to_string(),
            })
            .collect())
    }

    /// The line of the entry at dotted `path` (`mail.smtp.security`), if it is in the file.
    pub fn line(&self, path: &str) -> Option<usize> {
        let mut table = self.tree.get_ref();
        let mut span = None;
        let mut keys = path.split('.').peekable();
        while let Some(key) = keys.next() {
            let (found_key, value) = table.iter().find(|(k, _)| k.get_ref() == key)?;
            span = Some(found_key.span());
            let mut value = value;
            // `municipality.1.id`: an entry of the second table of an array of tables.
            while let DeValue::Array(items) = value.get_ref()
                && let Some(index) = keys.peek().and_then(|k| k.parse::<usize>().ok())
            {
                keys.next();
                value = items.get(index)?;
                span = Some(value.span());
            }
            match value.get_ref() {
                DeValue::Table(inner) => table = inner,
                _ if keys.peek().is_some() => return None,
                _ => {}
            }
        }
        span.map(|span| line_of(self.source, span.start))
    }

    /// `T` from the file, with every problem on the way. `T` is built from what is left
    /// once the entries with problems are taken out (so further checks can run on it);
    /// `None` only when that, too, fails. `reference` names the document that explains the
    /// keys (`config.example.toml`, `docs/flows.md`).
    pub fn deserialize<T: DeserializeOwned>(&self, reference: &str) -> (Option<T>, Vec<Problem>) {
        let mut tree = self.tree.clone();
        let mut problems: Vec<Problem> = Vec::new();
        // Each round takes one entry out, so this ends; the bound is a guard.
        for _ in 0..500 {
            let error = match T::deserialize(toml::de::Deserializer::from(tree.clone())) {
                Ok(value) => return (Some(value), problems),
                Err(error) => error,
            };
            let found = error.span().and_then(|span| locate(tree.get_ref(), &span));
            let Some(found) = found else {
                problems.push(Problem {
                    line: error.span().map(|span| line_of(self.source, span.start)),
                    key: String::new(),
                    problem: error.message().trim().to_string(),
                    fix: String::new(),
                });
                return (None, problems);
            };
            // Indices as in the file, not in the shrinking tree.
            let shown = error
                .span()
                .and_then(|span| locate(self.tree.get_ref(), &span))
                .map_or_else(|| found.path.clone(), |original| original.path);
            let value = value_at(tree.get_ref(), &found.path);
            let problem = describe(
                reference,
                error.message(),
                &shown,
                found.on_key,
                value.map(|v| (v.get_ref(), &self.source[v.span()])),
            );
            // A key taken out for a bad value is then "missing": said once is enough.
            if !problems.iter().any(|p| p.key == problem.key) {
                problems.push(Problem {
                    line: Some(line_of(self.source, found.line_at)),
                    ..problem
                });
            }
            if !remove(tree.get_mut(), &found.path) {
                return (None, problems);
            }
        }
        (None, problems)
    }
}

/// 1-based line of a byte offset.
fn line_of(source: &str, offset: usize) -> usize {
    source
        .as_bytes()
        .iter()
        .take(offset)
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The entry an error's span points at.
#[derive(Debug, Clone)]
struct Found {
    path: Vec<Step>,
    /// The span is the key's (an unknown key), not the value's.
    on_key: bool,
    /// Where the entry starts, for its line.
    line_at: usize,
    width: usize,
}

fn contains(outer: &Range<usize>, inner: &Range<usize>) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

/// The entry whose key or value span holds `span`: a key first, else the narrowest value.
fn locate(table: &DeTable<'_>, span: &Range<usize>) -> Option<Found> {
    let mut best: Option<Found> = None;
    let mut path = Vec::new();
    locate_in_table(table, span, &mut path, &mut best);
    best
}

fn consider(best: &mut Option<Found>, candidate: Found) {
    let better = match best {
        None => true,
        Some(current) => {
            (
                candidate.on_key,
                std::cmp::Reverse(candidate.width),
                candidate.path.len(),
            ) > (
                current.on_key,
                std::cmp::Reverse(current.width),
                current.path.len(),
            )
        }
    };
    if better {
        *best = Some(candidate);
    }
}

fn locate_in_table(
    table: &DeTable<'_>,
    span: &Range<usize>,
    path: &mut Vec<Step>,
    best: &mut Option<Found>,
) {
    for (key, value) in table.iter() {
        path.push(Step::Key(key.get_ref().to_string()));
        let key_span = key.span();
        if contains(&key_span, span) {
            consider(
                best,
                Found {
                    path: path.clone(),
                    on_key: true,
                    line_at: key_span.start,
                    width: key_span.len(),
                },
            );
        }
        locate_in_value(value, key_span.start, span, path, best);
        path.pop();
    }
}

fn locate_in_value(
    value: &Spanned<DeValue<'_>>,
    line_at: usize,
    span: &Range<usize>,
    path: &mut Vec<Step>,
    best: &mut Option<Found>,
) {
    let value_span = value.span();
    if contains(&value_span, span) {
        consider(
            best,
            Found {
                path: path.clone(),
                on_key: false,
                line_at: line_at.min(value_span.start),
                width: value_span.len(),
            },
        );
    }
    match value.get_ref() {
        DeValue::Table(inner) => locate_in_table(inner, span, path, best),
        DeValue::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                path.push(Step::Index(index));
                locate_in_value(item, item.span().start, span, path, best);
                path.pop();
            }
        }
        _ => {}
    }
}

fn value_at<'t, 's>(table: &'t DeTable<'s>, path: &[Step]) -> Option<&'t Spanned<DeValue<'s>>> {
    let (first, rest) = path.split_first()?;
    let Step::Key(key) = first else { return None };
    let (_, mut value) = table.iter().find(|(k, _)| k.get_ref() == key)?;
    for step in rest {
        value = match (step, value.get_ref()) {
            (Step::Key(key), DeValue::Table(inner)) => {
                inner.iter().find(|(k, _)| k.get_ref() == key)?.1
            }
            (Step::Index(index), DeValue::Array(items)) => items.get(*index)?,
            _ => return None,
        };
    }
    Some(value)
}

/// Takes the entry at `path` out of the tree; whether there was one.
fn remove(table: &mut DeTable<'_>, path: &[Step]) -> bool {
    match path {
        [] => false,
        [Step::Key(key)] => table.remove(key.as_str()).is_some(),
        [Step::Key(key), rest @ ..] => {
            let Some((_, value)) = table.iter_mut().find(|(k, _)| k.get_ref() == key) else {
                return false;
            };
            remove_in_value(value.get_mut(), rest)
        }
        [Step::Index(_), ..] => false,
    }
}

fn remove_in_value(value: &mut DeValue<'_>, path: &[Step]) -> bool {
    match (value, path) {
        (DeValue::Table(table), _) => remove(table, path),
        (DeValue::Array(items), [Step::Index(index)]) => {
            if *index >= items.len() {
                return false;
            }
            *items = items
                .iter()
                .enumerate()
                .filter(|(i, _)| i != index)
                .map(|(_, item)| item.clone())
                .collect();
            true
        }
        (DeValue::Array(items), [Step::Index(index), rest @ ..]) => items
            .get_mut(*index)
            .is_some_and(|item| remove_in_value(item.get_mut(), rest)),
        _ => false,
    }
}

/// The names in backticks in one of serde's messages: "expected one of `a`, `b`".
fn backticked(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

/// The closest name, for "did you mean".
fn closest<'a>(wanted: &str, names: &[&'a str]) -> Option<&'a str> {
    names
        .iter()
        .map(|name| (*name, strsim::damerau_levenshtein(wanted, name)))
        .filter(|&(name, edits)| edits > 0 && edits * 3 <= wanted.len().max(name.len()))
        .min_by_key(|&(name, edits)| (edits, name))
        .map(|(name, _)| name)
}

/// serde's name for a type, in plain words, with a hint how to write it.
fn expected_in_words(expected: &str) -> (String, &'static str) {
    let number = "write digits only, without quotes";
    match expected.trim() {
        "u8" => ("a whole number from 0 to 255".into(), number),
        "u16" => ("a whole number from 0 to 65535".into(), number),
        "u32" => ("a whole number from 0 to 4294967295".into(), number),
        "u64" | "usize" => ("a whole number, 0 or more".into(), number),
        "i8" | "i16" | "i32" | "i64" | "isize" => ("a whole number".into(), number),
        "f32" | "f64" => ("a number".into(), number),
        "a string" | "a borrowed string" | "path string" => (
            "text in quotes".into(),
            "put the value in double quotes, e.g. \"…\"",
        ),
        "a boolean" => (
            "true or false".into(),
            "write true or false, without quotes",
        ),
        "socket address" => (
            "an IP address and a port in quotes".into(),
            "write e.g. \"127.0.0.1:9187\" (a host name does not work here)",
        ),
        "a sequence" => (
            "a list in square brackets".into(),
            "write e.g. [\"a\", \"b\"]",
        ),
        other if other.starts_with("struct ") || other == "a map" || other == "map" => (
            "a table".into(),
            "write it as a [section] with keys under it",
        ),
        other => (other.to_string(), ""),
    }
}

/// How the value in the file looks, in plain words.
fn found_in_words(value: Option<(&DeValue<'_>, &str)>) -> String {
    let Some((value, raw)) = value else {
        return "something else".into();
    };
    let mut raw = raw.trim().to_string();
    if raw.chars().count() > 40 {
        raw = raw.chars().take(40).collect::<String>() + "…";
    }
    match value {
        DeValue::String(_) => format!("the text {raw}"),
        DeValue::Integer(_) | DeValue::Float(_) => format!("the number {raw}"),
        DeValue::Boolean(_) => raw,
        DeValue::Datetime(_) => format!("the date {raw}"),
        DeValue::Array(_) => "a list".into(),
        DeValue::Table(_) => "a table".into(),
    }
}

/// One of serde's messages about the entry at `path`, as a [`Problem`] (line set later).
fn describe(
    reference: &str,
    message: &str,
    path: &[Step],
    on_key: bool,
    value: Option<(&DeValue<'_>, &str)>,
) -> Problem {
    let message = message.trim();
    let key = path_text(path);
    let parent = match path.split_last() {
        Some((_, [.., Step::Index(_)])) => "this entry".to_string(),
        Some((_, parent)) if !parent.is_empty() => format!("[{}]", path_text(parent)),
        _ => "the top level".to_string(),
    };
    let problem = |problem: String, fix: String| Problem {
        line: None,
        key: key.clone(),
        problem,
        fix,
    };
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let names = backticked(rest);
        let (unknown, allowed) = names.split_first().map_or(("", &[][..]), |(u, a)| (*u, a));
        let mut fix = match closest(unknown, allowed) {
            Some(near) => format!("did you mean `{near}`? "),
            None => String::new(),
        };
        if allowed.is_empty() {
            fix.push_str(&format!("{parent} takes no keys; remove it"));
        } else {
            fix.push_str(&format!("keys in {parent}: {}", allowed.join(", ")));
        }
        return problem(format!("`{key}` is not a key kompass knows"), fix);
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        let field = backticked(rest).first().copied().unwrap_or_default();
        let key = if key.is_empty() {
            field.to_string()
        } else {
            format!("{key}.{field}")
        };
        let section = if path.is_empty() {
            "at the top".to_string()
        } else {
            format!("under [{}]", path_text(path))
        };
        return Problem {
            line: None,
            problem: format!("`{key}` is missing; this section needs it"),
            fix: format!("add `{field} = …` {section} ({reference} explains it)"),
            key,
        };
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let names = backticked(rest);
        let (unknown, allowed) = names.split_first().map_or(("", &[][..]), |(u, a)| (*u, a));
        let choices: Vec<String> = allowed.iter().map(|a| format!("\"{a}\"")).collect();
        let fix = match closest(unknown, allowed) {
            Some(near) => format!("did you mean \"{near}\"?"),
            None => format!("write one of {}", choices.join(", ")),
        };
        return problem(
            format!(
                "`{key}` must be one of {}; it is \"{unknown}\"",
                choices.join(", ")
            ),
            fix,
        );
    }
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = message.strip_prefix(prefix)
            && let Some((_, expected)) = rest.rsplit_once(", expected ")
        {
            let (expected, how) = expected_in_words(expected);
            return problem(
                format!(
                    "`{key}` must be {expected}; it is {}",
                    found_in_words(value)
                ),
                how.to_string(),
            );
        }
    }
    if on_key {
        return problem(format!("`{key}`: {message}"), String::new());
    }
    // Errors of the value's own parser, e.g. "invalid socket address syntax".
    let (expected, how) = if message.contains("socket address") {
        expected_in_words("socket address")
    } else {
        (String::new(), "")
    };
    if expected.is_empty() {
        problem(
            format!(
                "`{key}` is not valid ({message}); it is {}",
                found_in_words(value)
            ),
            format!("see {reference}"),
        )
    } else {
        problem(
            format!(
                "`{key}` must be {expected}; it is {}",
                found_in_words(value)
            ),
            how.to_string(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Default, serde::Deserialize)]
    #[serde(deny_unknown_fields, default)]
    struct Outer {
        count: u32,
        inner: Inner,
        list: Vec<Item>,
    }

    #[derive(Debug, Default, serde::Deserialize)]
    #[serde(deny_unknown_fields, default)]
    struct Inner {
        name: String,
        on: bool,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Item {
        id: String,
    }

    /// Problems in a list keep the list's own indices and lines, however many entries
    /// before them were taken out; a bad required key is reported once, not again as missing.
    #[test]
    fn problems_in_lists_keep_their_place() {
        let text = "count = 1\n[[list]]\nid = 5\n[[list]]\nid = \"b\"\nextra = 1\n[[list]]\n";
        let file = TomlFile::parse(text).unwrap();
        let (value, problems) = file.deserialize::<Outer>("the docs");
        let summary: Vec<(Option<usize>, &str)> =
            problems.iter().map(|p| (p.line, p.key.as_str())).collect();
        assert_eq!(
            summary,
            [
                (Some(3), "list[0].id"),
                (Some(6), "list[1].extra"),
                (Some(7), "list[2].id"),
            ],
            "{problems:#?}"
        );
        // What is left: the one good list entry.
        let ids: Vec<String> = value.unwrap().list.into_iter().map(|i| i.id).collect();
        assert_eq!(ids, ["b"]);
    }

    /// A syntax error names its line.
    #[test]
    fn syntax_error_has_a_line() {
        let problems = TomlFile::parse("a = 1\nb = \"open\nc = 2\n").unwrap_err();
        assert_eq!(problems[0].line, Some(2), "{problems:#?}");
    }

    /// The line of a key path, for checks after deserializing.
    #[test]
    fn line_of_a_path() {
        let file = TomlFile::parse("count = 1\n\n[inner]\nname = \"x\"\n").unwrap();
        assert_eq!(file.line("inner.name"), Some(4));
        assert_eq!(file.line("inner.on"), None);
    }
}
