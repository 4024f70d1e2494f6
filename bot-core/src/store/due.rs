//! What may fall due for erasure, by day: an index in the meta table, so the hourly
//! retention sweep reads only the sessions and requests whose period may have run out
//! instead of every stored conversation. (On sled every page a scan reads stays in memory:
//! with 100,000 conversations one full scan an hour kept the process at about 250 MB.)
//!
//! Keys, with empty values:
//! - `due/draft/<YYYYMMDD>/<person id>`: the person's session has a form last changed that
//!   day (UTC), or a question typed that day and kept while it is offered to a person;
//! - `due/request/<YYYYMMDD>/<reference>`: the request was delivered, or given up, that day.
//!
//! Beside it, `language/<person id>` holds each stored conversation's language (`none`
//! before one is chosen), so the `kompass_conversations` gauge counts short index entries
//! instead of opening every session. On sled even that scan is not done per scrape: sled keeps
//! every page it reads, and 100,000 entries are some 8,000 pages, so the start-up check (a
//! child process) counts them once and leaves the counts under `language_counts`; the bot
//! takes them when it opens the store and keeps them up to date in memory as entries change
//! ([`Store::take_language_counts`]). The entry goes with the
//! session; what an old copy in sled's log can tell is that a random id, no longer linked
//! to anyone, once chose a language.
//!
//! An entry is written before the change it stands for, so every draft and every delivered
//! request has one for its own day; a crash in between leaves an entry for nothing, which
//! the sweep drops. A record changed again later has an entry for the later day too: the
//! sweep checks each record's own dates, so an early entry never erases early. Stores of
//! earlier versions get their index from one full scan when they are first opened
//! ([`Store::build_due_index`]).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Mutex;

use chrono::{DateTime, NaiveDate, Utc};

use super::{Store, StoreError, decode_record};
use crate::engine::Session;

/// Forms by the day they were last changed.
pub(super) const DRAFTS: &str = "due/draft/";
/// Delivered requests by the day of delivery.
pub(super) const REQUESTS: &str = "due/request/";
/// Conversations by language.
const LANGUAGES: &str = "language/";
/// The language index's counts, left by the start-up check for the bot to take (and drop).
const LANGUAGE_COUNTS: &[u8] = b"language_counts";
/// Present once the indexes cover everything stored.
const BUILT: &[u8] = b"record_indexes_built";
/// Entries noted by this process before it forgets them (a bound on memory, not a
/// correctness limit: forgetting only means writing an entry again).
const NOTED_MAX: usize = 50_000;

fn language_key(pid: &str) -> Vec<u8> {
    format!("{LANGUAGES}{pid}").into_bytes()
}

pub(super) fn key(prefix: &str, day: NaiveDate, id: &str) -> Vec<u8> {
    format!("{prefix}{}/{id}", day.format("%Y%m%d")).into_bytes()
}

/// The day and id of an index key under `prefix`.
pub(super) fn parse(prefix: &str, key: &[u8]) -> Option<(NaiveDate, String)> {
    let rest = std::str::from_utf8(key).ok()?.strip_prefix(prefix)?;
    let (day, id) = rest.split_once('/')?;
    let day = NaiveDate::parse_from_str(day, "%Y%m%d").ok()?;
    Some((day, id.to_string()))
}

/// One index entry found due: its key (to drop once handled), day and record id.
#[derive(Debug)]
pub(super) struct DueEntry {
    pub key: Vec<u8>,
    pub day: NaiveDate,
    pub id: String,
}

/// The draft entries this process has written (one insert per person and day, however
/// many steps they take), the languages it has written or read, and, once taken from the
/// start-up check, the language index's counts.
#[derive(Debug, Default)]
pub(super) struct Noted(
    Mutex<HashMap<String, Vec<NaiveDate>>>,
    Mutex<HashMap<String, String>>,
    Mutex<Option<BTreeMap<String, u64>>>,
);

impl Noted {
    fn has_language(&self, pid: &str, language: &str) -> bool {
        self.languages()
            .get(pid)
            .is_some_and(|known| known == language)
    }

    fn set_language(&self, pid: &str, language: &str) {
        let mut languages = self.languages();
        if languages.len() >= NOTED_MAX {
            languages.clear();
        }
        languages.insert(pid.to_string(), language.to_string());
    }

    fn forget_language(&self, pid: &str) {
        self.languages().remove(pid);
    }

    fn languages(&self) -> std::sync::MutexGuard<'_, HashMap<String, String>> {
        self.1
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn contains(&self, pid: &str, day: NaiveDate) -> bool {
        self.lock().get(pid).is_some_and(|days| days.contains(&day))
    }

    fn insert(&self, pid: &str, day: NaiveDate) {
        let mut noted = self.lock();
        if noted.len() >= NOTED_MAX {
            noted.clear();
        }
        noted.entry(pid.to_string()).or_default().push(day);
    }

    fn counts(&self) -> std::sync::MutexGuard<'_, Option<BTreeMap<String, u64>>> {
        self.2
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Follows an index entry changing from `old` to `new` (either absent), if counting.
    fn count_change(&self, old: Option<&[u8]>, new: Option<&str>) {
        let mut counts = self.counts();
        let Some(counts) = counts.as_mut() else {
            return;
        };
        if let Some(old) = old {
            let old = String::from_utf8_lossy(old);
            if let Some(n) = counts.get_mut(old.as_ref()) {
                *n = n.saturating_sub(1);
                if *n == 0 {
                    counts.remove(old.as_ref());
                }
            }
        }
        if let Some(new) = new {
            *counts.entry(new.to_string()).or_default() += 1;
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Vec<NaiveDate>>> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl Store {
    /// Notes the days `session`'s forms (and an offered question) were last changed, before
    /// the session is written.
    pub(super) fn note_draft_days(&self, pid: &str, session: &Session) -> Result<(), StoreError> {
        let days: HashSet<NaiveDate> = session
            .personal_data_times()
            .map(|time| time.date_naive())
            .collect();
        for day in days {
            if !self.due_noted.contains(pid, day) {
                self.meta.insert(key(DRAFTS, day, pid), b"")?;
                self.due_noted.insert(pid, day);
            }
        }
        Ok(())
    }

    /// Notes the language of `pid`'s conversation, before its session is written.
    pub(super) fn note_language(&self, pid: &str, session: &Session) -> Result<(), StoreError> {
        let language = session.language.as_deref().unwrap_or("none");
        // Every step passes here: the usual case (known, unchanged) allocates nothing.
        if self.due_noted.has_language(pid, language) {
            return Ok(());
        }
        let stored = self.meta.get(language_key(pid))?;
        if stored.as_deref() != Some(language.as_bytes()) {
            self.meta.insert(language_key(pid), language.as_bytes())?;
            self.due_noted
                .count_change(stored.as_deref(), Some(language));
        }
        self.due_noted.set_language(pid, language);
        Ok(())
    }

    /// Drops `pid`'s language entry with its session.
    pub(super) fn forget_language(&self, pid: &str) -> Result<(), StoreError> {
        if self.due_noted.counts().is_some() {
            let stored = self.meta.get(language_key(pid))?;
            self.due_noted.count_change(stored.as_deref(), None);
        }
        self.meta.remove(language_key(pid))?;
        self.due_noted.forget_language(pid);
        Ok(())
    }

    /// Conversations by language (`none` before one is chosen): the counts kept in memory
    /// once taken from the start-up check, otherwise read from the index.
    pub fn sessions_by_language(&self) -> Result<BTreeMap<String, u64>, StoreError> {
        if let Some(counts) = self.due_noted.counts().as_ref() {
            return Ok(counts.clone());
        }
        self.count_languages()
    }

    /// The start-up check's side: counts the language index and leaves the counts for the
    /// process that opens the store next (`Store::take_language_counts`).
    pub fn leave_language_counts(&self) -> Result<(), StoreError> {
        let counts = self.count_languages()?;
        let bytes = serde_json::to_vec(&counts).expect("a map of strings to numbers serializes");
        self.meta.insert(LANGUAGE_COUNTS, &bytes)?;
        Ok(())
    }

    /// The bot's side: takes the counts the start-up check left and from now on keeps them
    /// in memory, so that `/metrics` reads no page of the index. They are removed from the
    /// store at once: counts left by an earlier start are never taken for current ones
    /// (without them the index is read, as before).
    pub(super) fn take_language_counts(&self) -> Result<(), StoreError> {
        let Some(bytes) = self.meta.get(LANGUAGE_COUNTS)? else {
            return Ok(());
        };
        self.meta.remove(LANGUAGE_COUNTS)?;
        match serde_json::from_slice::<BTreeMap<String, u64>>(&bytes) {
            Ok(counts) => *self.due_noted.counts() = Some(counts),
            Err(error) => {
                tracing::warn!(%error, "language counts of the start-up check unreadable; the index is read instead")
            }
        }
        Ok(())
    }

    fn count_languages(&self) -> Result<BTreeMap<String, u64>, StoreError> {
        let mut counts = BTreeMap::new();
        for item in self.meta.scan_prefix(LANGUAGES.as_bytes()) {
            let (_, language) = item?;
            *counts
                .entry(String::from_utf8_lossy(&language).into_owned())
                .or_default() += 1;
        }
        Ok(counts)
    }

    /// Notes a request delivered (or given up) at `at`, before that is written.
    pub(super) fn note_delivery(
        &self,
        reference: &str,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.meta
            .insert(key(REQUESTS, at.date_naive(), reference), b"")?;
        Ok(())
    }

    /// The entries under `prefix` of days up to `cutoff`'s, oldest first.
    pub(super) fn due_until(
        &self,
        prefix: &str,
        cutoff: DateTime<Utc>,
    ) -> Result<Vec<DueEntry>, StoreError> {
        let last = cutoff.date_naive();
        let mut due = Vec::new();
        for item in self.meta.scan_prefix(prefix.as_bytes()) {
            let (key, _) = item?;
            let Some((day, id)) = parse(prefix, &key) else {
                // Not ours to judge; leave it.
                continue;
            };
            if day > last {
                break;
            }
            due.push(DueEntry { key, day, id });
        }
        Ok(due)
    }

    /// Drops an entry once its record was handled, if its whole day lies before `cutoff`
    /// (later on `cutoff`'s own day, a draft may still be inside its period).
    pub(super) fn done_with(
        &self,
        entry: &DueEntry,
        cutoff: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        if entry.day < cutoff.date_naive() {
            self.meta.remove(&entry.key)?;
        }
        Ok(())
    }

    /// Builds the index from every stored session and request, once: for stores written
    /// before it existed (a new store has nothing to index and is marked at once).
    pub(super) fn build_due_index(&self) -> Result<usize, StoreError> {
        if self.meta.get(BUILT)?.is_some() {
            return Ok(0);
        }
        let mut entries = 0;
        for item in self.sessions.iter() {
            let (key, value) = item?;
            let Some(plain) = self.keys.open_value(&value)?.into_plain() else {
                continue;
            };
            let (session, _) = decode_record(&key, &plain)?;
            let pid = String::from_utf8_lossy(&key).into_owned();
            entries += session.personal_data_times().count() + 1;
            self.note_draft_days(&pid, &session)?;
            self.note_language(&pid, &session)?;
        }
        for item in self.requests.iter() {
            let (key, value) = item?;
            let Some((stored, _)) =
                self.open_keyed::<super::StoredRequest>("request", &key, &value)?
            else {
                continue;
            };
            if let (Some(at), Some(_)) = (stored.delivered_at, &stored.request) {
                self.note_delivery(&stored.reference, at)?;
                entries += 1;
            }
        }
        self.meta.insert(BUILT, b"1")?;
        self.flush()?;
        Ok(entries)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_sort_by_day_and_parse_back() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let (early, late) = (key(DRAFTS, day(9), "ab"), key(DRAFTS, day(10), "00"));
        assert!(early < late);
        assert_eq!(parse(DRAFTS, &late), Some((day(10), "00".to_string())));
        assert_eq!(parse(REQUESTS, &late), None);
        assert_eq!(parse(DRAFTS, b"due/draft/2026x/ab"), None);
    }
}
