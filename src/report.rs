//! An error as the administrator reads it: the chain of causes on one line, each said once.
//!
//! Our error types put their cause into their own message (`opening storage in X: <cause>`)
//! and also expose it as the error's source, so `{:#}` would print every such cause twice.

/// `error` and its causes, joined by ": ", leaving out a cause whose text was already said.
pub fn report(error: &anyhow::Error) -> String {
    let mut shown = String::new();
    for cause in error.chain() {
        let text = cause.to_string();
        if shown.contains(&text) {
            continue;
        }
        if !shown.is_empty() {
            shown.push_str(": ");
        }
        shown.push_str(&text);
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Like the store's `StoreError::Open`: the cause in the message and as the source.
    #[derive(Debug)]
    struct Opening {
        source: std::io::Error,
    }

    impl std::fmt::Display for Opening {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "opening storage in /data/db: {}", self.source)
        }
    }

    impl std::error::Error for Opening {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            Some(&self.source)
        }
    }

    #[test]
    fn a_cause_in_the_message_is_said_once() {
        let cause = std::io::Error::other("the folder is in use");
        let error = anyhow::Error::new(Opening { source: cause });
        assert_eq!(
            format!("{error:#}"),
            "opening storage in /data/db: the folder is in use: the folder is in use"
        );
        assert_eq!(
            report(&error),
            "opening storage in /data/db: the folder is in use"
        );
    }

    #[test]
    fn context_and_causes_not_in_it_are_all_said() {
        let error = anyhow::Error::new(std::io::Error::other("permission denied"))
            .context("starting the storage check");
        assert_eq!(
            report(&error),
            "starting the storage check: permission denied"
        );
    }
}
