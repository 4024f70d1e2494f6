//! Sealing stored values with the keys of [`super::keys`], and the key changes erasure makes:
//! replacing a person's key, replacing the transient key, destroying keys nothing refers to.

use std::collections::BTreeSet;

use super::backend::{Table, Tree, TxTree};
use super::keys::KeyId;
use super::{Store, StoreError, TransientGuard, TxResult, decode, encode};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Where the transient key's id is kept in `meta`.
const TRANSIENT_KEY: &[u8] = b"transient_key";

impl Store {
    /// The transient key, held for reading while a sealed value is written.
    pub(super) fn transient(&self) -> TransientGuard<'_> {
        self.transient
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    pub(super) fn seal<T: Serialize>(&self, key: &KeyId, value: &T) -> Result<Vec<u8>, StoreError> {
        Ok(self.keys.seal(key, &encode(value))?)
    }

    pub(super) fn tx_seal<T: Serialize>(&self, key: &KeyId, value: &T) -> TxResult<Vec<u8>> {
        Ok(self.seal(key, value)?)
    }

    /// A changed record written back as it was stored: sealed with the same key, or plain.
    pub(super) fn tx_seal_as_before<T: Serialize>(
        &self,
        sealed_with: Option<&KeyId>,
        value: &T,
    ) -> TxResult<Vec<u8>> {
        match sealed_with {
            Some(key) => self.tx_seal(key, value),
            None => Ok(encode(value)),
        }
    }

    /// A stored value sealed anew with `new`; `None` if its key was already destroyed.
    fn tx_reseal(&self, bytes: &[u8], new: &KeyId) -> TxResult<Option<Vec<u8>>> {
        match self.keys.open_value(bytes)?.into_plain() {
            Some(plain) => Ok(Some(self.keys.seal(new, &plain)?)),
            None => Ok(None),
        }
    }

    /// A stored value with the key that sealed it; `None` once its key was destroyed.
    pub(super) fn open_keyed<T: DeserializeOwned>(
        &self,
        what: &'static str,
        key: &[u8],
        bytes: &[u8],
    ) -> Result<Option<(T, Option<KeyId>)>, StoreError> {
        let opened = self.keys.open_value(bytes)?;
        let sealed_with = opened.key();
        match opened.into_plain() {
            Some(plain) => Ok(Some((decode(what, key, &plain)?, sealed_with))),
            None => Ok(None),
        }
    }

    pub(super) fn open_json<T: DeserializeOwned>(
        &self,
        what: &'static str,
        key: &[u8],
        bytes: &[u8],
    ) -> Result<Option<T>, StoreError> {
        Ok(self.open_keyed(what, key, bytes)?.map(|(value, _)| value))
    }

    pub(super) fn tx_open_keyed<T: DeserializeOwned>(
        &self,
        what: &'static str,
        key: &[u8],
        bytes: &[u8],
    ) -> TxResult<Option<(T, Option<KeyId>)>> {
        Ok(self.open_keyed(what, key, bytes)?)
    }

    /// The keys a person's records are sealed with (their session and their route).
    pub(super) fn person_keys(&self, pid: &str) -> Result<BTreeSet<KeyId>, StoreError> {
        let mut keys = BTreeSet::new();
        for tree in [&self.sessions, &self.routes] {
            if let Some(bytes) = tree.get(pid.as_bytes())?
                && let Some(id) = KeyId::of_sealed(&bytes)
            {
                keys.insert(id);
            }
        }
        Ok(keys)
    }

    /// The key to seal a person's records with: the one their session (or route) has, or a
    /// new one.
    pub(super) fn person_key(&self, pid: &str) -> Result<KeyId, StoreError> {
        for id in self.person_keys(pid)? {
            if self.keys.exists(&id)? {
                return Ok(id);
            }
        }
        Ok(self.keys.create()?)
    }

    /// Seals a person's session and route with a new key and destroys the old ones, so the
    /// old versions of their session that sled's log still holds become unreadable. Called
    /// with the transient key held for writing.
    pub(super) fn rotate_person_locked(&self, pid: &str) -> Result<(), StoreError> {
        let old = self.person_keys(pid)?;
        if old.is_empty() {
            return Ok(());
        }
        let new = self.keys.create()?;
        let tables = [Table::Sessions, Table::Routes];
        self.transaction(&tables, |tx| {
            for table in tables {
                let tree = TxTree::new(tx, table);
                let Some(bytes) = tree.get(pid.as_bytes())? else {
                    continue;
                };
                match self.tx_reseal(&bytes, &new)? {
                    Some(sealed) => tree.insert(pid.as_bytes(), sealed)?,
                    None => tree.remove(pid.as_bytes())?,
                };
            }
            Ok(())
        })?;
        self.flush()?;
        for id in old {
            self.keys.destroy(&id)?;
        }
        Ok(())
    }

    /// Replaces the transient key: the queues' live entries are sealed anew, then the old
    /// key is destroyed (with it, whatever sled's log keeps of entries already gone).
    pub(super) fn rotate_transient_locked(&self, current: &mut KeyId) -> Result<(), StoreError> {
        let old = *current;
        let new = self.keys.create()?;
        let queues = [&self.inbox, &self.notices, &self.room_posts];
        let mut keys: Vec<Vec<Vec<u8>>> = Vec::new();
        for tree in queues {
            keys.push(
                tree.iter()
                    .map(|item| item.map(|(key, _)| key))
                    .collect::<Result<_, _>>()?,
            );
        }
        let tables = [Table::Inbox, Table::Notices, Table::RoomPosts, Table::Meta];
        self.transaction(&tables, |tx| {
            for (table, keys) in tables.iter().zip(&keys) {
                let tree = TxTree::new(tx, *table);
                for key in keys {
                    let Some(bytes) = tree.get(key)? else {
                        continue;
                    };
                    if KeyId::of_sealed(&bytes) != Some(old) {
                        continue;
                    }
                    if let Some(sealed) = self.tx_reseal(&bytes, &new)? {
                        tree.insert(key.as_slice(), sealed)?;
                    }
                }
            }
            TxTree::new(tx, Table::Meta).insert(TRANSIENT_KEY, new.as_bytes())?;
            Ok(())
        })?;
        self.flush()?;
        *current = new;
        self.keys.destroy(&old)?;
        Ok(())
    }

    /// The transient key named in `meta`, or a new one.
    pub(super) fn load_transient(meta: &Tree, keys: &super::KeyRing) -> Result<KeyId, StoreError> {
        if let Some(bytes) = meta.get(TRANSIENT_KEY)?
            && let Some(id) = KeyId::from_bytes(&bytes)
            && keys.exists(&id)?
        {
            return Ok(id);
        }
        let id = keys.create()?;
        meta.insert(TRANSIENT_KEY, id.as_bytes())?;
        meta.flush()?;
        Ok(id)
    }

    /// Destroys every key no stored value is sealed with: keys made for a step that never
    /// committed, and keys whose destruction a crash interrupted after the erasing write.
    /// Runs at start, before anything else writes. Returns how many were destroyed.
    pub(super) fn sweep_keys(&self) -> Result<usize, StoreError> {
        let mut live = BTreeSet::new();
        live.insert(*self.transient());
        for tree in [
            &self.sessions,
            &self.routes,
            &self.requests,
            &self.cases,
            &self.reminders,
            &self.inbox,
            &self.notices,
            &self.room_posts,
            &self.mediations,
            &self.mediator_posts,
        ] {
            for item in tree.iter() {
                if let Some(id) = KeyId::of_sealed(&item?.1) {
                    live.insert(id);
                }
            }
        }
        let mut destroyed = 0;
        for id in self.keys.key_ids()? {
            if !live.contains(&id) {
                self.keys.destroy(&id)?;
                destroyed += 1;
            }
        }
        self.keys.sweep_temporary()?;
        Ok(destroyed)
    }

    /// Seals what versions before 0.3 stored in plain JSON: sessions and routes move from
    /// the user's id to a random person id, requests and cases with personal data get a key
    /// of their own. (Old plain values stay in sled's log until it recycles them.)
    pub(super) fn seal_plain_records(&self) -> Result<usize, StoreError> {
        let mut sealed = 0;
        for tree in [&self.sessions, &self.routes] {
            for item in tree.iter() {
                let (key, value) = item?;
                if is_person_id(&key) || KeyId::of_sealed(&value).is_some() {
                    continue;
                }
                let user_key = String::from_utf8_lossy(&key).into_owned();
                let pid = self.keys.person_or_new(&user_key)?;
                let person_key = self.person_key(&pid)?;
                tree.insert(pid.as_bytes(), self.keys.seal(&person_key, &value)?)?;
                tree.remove(&key)?;
                sealed += 1;
            }
        }
        for item in self.requests.iter() {
            let (key, value) = item?;
            if KeyId::of_sealed(&value).is_some() {
                continue;
            }
            let stored: super::StoredRequest = decode("request", &key, &value)?;
            if stored.request.is_none() {
                continue;
            }
            let case_key = self.keys.create()?;
            self.requests
                .insert(&key, self.keys.seal(&case_key, &value)?)?;
            if let Some(case) = self.cases.get(&key)?
                && KeyId::of_sealed(&case).is_none()
            {
                self.cases.insert(&key, self.keys.seal(&case_key, &case)?)?;
            }
            sealed += 1;
        }
        if sealed > 0 {
            self.flush()?;
        }
        Ok(sealed)
    }
}

/// Person ids are 32 hex digits; user keys (`telegram:123`) never are.
pub(super) fn is_person_id(key: &[u8]) -> bool {
    key.len() == 32 && key.iter().all(u8::is_ascii_hexdigit)
}
