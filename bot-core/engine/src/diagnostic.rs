//! Problems found in content files, phrased for the administrator who has to fix them, and
//! the "did you mean" every such message may offer ([`closest`]).
//!
//! The lowest layer of the crate: flows, locales, word lists and templates all report
//! through it, so it uses none of them.

use std::fmt;
use std::path::{Path, PathBuf};

/// How bad a problem is: errors stop the bot from using the content, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem: where it is, what is wrong, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: PathBuf,
    /// 1-based line; `None` when the problem is the file as a whole (for example missing).
    pub line: Option<usize>,
    pub problem: String,
    pub fix: String,
}

impl Diagnostic {
    pub fn error(
        file: &Path,
        line: Option<usize>,
        problem: impl Into<String>,
        fix: impl Into<String>,
    ) -> Self {
        Self {
            severity: Severity::Error,
            file: file.to_path_buf(),
            line,
            problem: problem.into(),
            fix: fix.into(),
        }
    }

    pub fn warning(
        file: &Path,
        line: Option<usize>,
        problem: impl Into<String>,
        fix: impl Into<String>,
    ) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(file, line, problem, fix)
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": {level}: {}", self.problem)?;
        if !self.fix.is_empty() {
            write!(f, "\n    fix: {}", self.fix)?;
        }
        Ok(())
    }
}

/// Every problem found in one load, in the order found.
#[derive(Debug, Clone, Default)]
pub struct Diagnostics(Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    pub fn has_errors(&self) -> bool {
        self.0.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| d.severity == Severity::Error)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter()
    }

    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.0
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for diagnostic in &self.0 {
            writeln!(f, "{diagnostic}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

/// 1-based line of a byte offset in `source`.
pub(crate) fn line_of(source: &str, offset: usize) -> usize {
    let end = offset.min(source.len());
    source.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The candidate most like `wanted`, if it is alike enough to be a likely typo: at most a
/// third of its characters edited (transpositions count once), or one contains the other.
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|candidate| {
            let edits = strsim::damerau_levenshtein(wanted, candidate);
            let longer = wanted.chars().count().max(candidate.chars().count());
            let contained = wanted.len() >= 3
                && candidate.len() >= 3
                && (candidate.contains(wanted) || wanted.contains(candidate));
            (candidate, edits, longer, contained)
        })
        .filter(|&(_, edits, longer, contained)| contained || (edits > 0 && edits * 3 <= longer))
        .min_by_key(|&(candidate, edits, _, _)| (edits, candidate))
        .map(|(candidate, ..)| candidate)
}

#[cfg(test)]
mod tests {
    use super::closest;

    /// Typos find their id; an unrelated word finds none.
    #[test]
    fn closest_id() {
        let ids = [
            "main",
            "info",
            "register-form",
            "register",
            "jobcenter-form",
        ];
        assert_eq!(closest("inof", ids), Some("info"));
        assert_eq!(closest("regster-form", ids), Some("register-form"));
        assert_eq!(closest("jobcenter", ids), Some("jobcenter-form"));
        assert_eq!(closest("nowhere", ids), None);
    }
}
