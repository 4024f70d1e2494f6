//! Saying a lasting thing once in a while: a warning in the log about a room the bot
//! cannot reach, a note in a room about why a message was not relayed. Said at once the
//! first time, then again only after a pause.

use std::collections::HashMap;
use std::hash::Hash;
use std::time::{Duration, Instant};

/// What was said about each key, and when.
#[derive(Debug)]
pub(crate) struct Throttle<K> {
    last: HashMap<K, Instant>,
}

impl<K> Default for Throttle<K> {
    fn default() -> Self {
        Self {
            last: HashMap::new(),
        }
    }
}

impl<K: Eq + Hash> Throttle<K> {
    /// Whether `key` is due at `now`: the first time, or `every` after it was last said;
    /// if so, it counts as said. Keys said longer ago than `every` are forgotten, so the
    /// map stays as small as what was said lately.
    pub(crate) fn due(&mut self, key: K, now: Instant, every: Duration) -> bool {
        self.last
            .retain(|_, at| now.saturating_duration_since(*at) < every);
        if self.last.contains_key(&key) {
            return false;
        }
        self.last.insert(key, now);
        true
    }

    /// The problem of `key` is over: said at once should it come back.
    pub(crate) fn forget(&mut self, key: &K) {
        self.last.remove(key);
    }

    /// Forgets every key but those `still` says still have their problem.
    pub(crate) fn keep_only(&mut self, still: impl Fn(&K) -> bool) {
        self.last.retain(|key, _| still(key));
    }

    /// For tests: everything said `by` earlier than it was.
    #[cfg(test)]
    pub(crate) fn age(&mut self, by: Duration) {
        for at in self.last.values_mut() {
            *at = at.checked_sub(by).expect("uptime over the time aged");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A room the bot cannot reach is retried every minute and a waiting case every five
    /// seconds: warned at the first time, then every ten minutes, and at once again after
    /// the problem went and came back.
    #[test]
    fn a_lasting_problem_is_said_every_ten_minutes() {
        let mut said = Throttle::default();
        let start = Instant::now();
        let at = |seconds: u64| start + Duration::from_secs(seconds);
        let every = Duration::from_secs(600);
        let key = |name: &str| name.to_string();
        assert!(said.due(key("integrationsbuero"), at(0), every));
        let repeated = (1..=9)
            .filter(|minute| said.due(key("integrationsbuero"), at(minute * 60), every))
            .count();
        assert_eq!(repeated, 0);
        assert!(said.due(key("integrationsbuero"), at(600), every));
        assert!(said.due(key("buergerbuero"), at(601), every));
        said.forget(&key("integrationsbuero"));
        assert!(said.due(key("integrationsbuero"), at(605), every));
        said.keep_only(|key| key == "integrationsbuero");
        assert!(said.due(key("buergerbuero"), at(606), every));
        assert!(!said.due(key("integrationsbuero"), at(606), every));
        // Forgotten once a pause has passed: nothing grows without bound.
        assert!(said.due(key("mediators"), at(2000), every));
        assert_eq!(said.last.len(), 1);
    }
}
