//! Erasure that holds on disk (crypto-shredding): every stored value that holds personal data
//! is sealed with a key of its own scope, and erasing the data destroys the key.
//!
//! sled keeps old values in its log segments until it happens to recycle them, and it cannot
//! be told to overwrite them; PostgreSQL keeps dead tuples and WAL. Encrypting the values and
//! keeping the keys outside both, in slots of a few files that are overwritten with zeros on
//! erasure ([`slots`]), makes what the log keeps noise once the key is gone. Scopes:
//!
//! - a **person key** seals the person's session record (answers in drafts, the replies kept
//!   with the latest mark) and their route; it is replaced (rotated) whenever part of the
//!   person's data is erased (a request after its retention period, a stale draft), so the
//!   old session versions in the log become unreadable, and destroyed on `/delete`;
//! - a **case key** seals a submitted request's personal data, its case (who asked) and its
//!   reminders; destroyed when the request is erased;
//! - the **transient key** seals the short-lived queues (inbox of raw messenger updates,
//!   notices, posts for caseworker rooms); it is rotated on every erasure, the live entries
//!   re-sealed under the new one.
//!
//! sled's keys must not name the person either: sessions are stored under a random person id,
//! found through a small file named by an HMAC of the messenger's user id under a secret of
//! this installation (`people/`), removed on `/delete`.
//!
//! A value is sealed as `0xFF 'K' '1'`, the key id (16 bytes), a random nonce (24 bytes) and
//! the XChaCha20-Poly1305 ciphertext. Values that do not start with the marker are plain JSON
//! (written by versions before 0.3, or records with no personal data).

use std::collections::HashMap;
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use sha2::Sha256;

mod slots;

const MARKER: &[u8; 3] = b"\xffK1";
const ID_LEN: usize = 16;
const NONCE_LEN: usize = 24;
const KEY_LEN: usize = 32;
/// Keys kept in memory; beyond this the cache starts again (a lookup is one small file).
const CACHE_KEYS: usize = 4096;

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("key file {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("key file {path} is damaged ({len} bytes, expected {KEY_LEN})")]
    Damaged { path: PathBuf, len: usize },
    #[error(
        "key slot {slot} of {path} is damaged (its check does not match): restore the folder from a backup"
    )]
    SlotDamaged { path: PathBuf, slot: u32 },
    #[error("the operating system's random source failed: {0}")]
    Random(String),
    #[error("a sealed value does not decrypt with its key (damaged storage)")]
    Tampered,
    /// A value was to be sealed with a key already destroyed: the person (or case) was
    /// erased while a step for them was under way. Nothing is written.
    #[error("the key to seal with was destroyed (its person or case was erased)")]
    Destroyed,
}

/// Which key sealed a value: where its slot is (`slots`), or, for keys of earlier versions,
/// the name of its key file.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyId([u8; ID_LEN]);

impl KeyId {
    fn hex(&self) -> String {
        hex(&self.0)
    }

    fn from_hex(text: &str) -> Option<Self> {
        let bytes = unhex(text)?;
        Some(Self(bytes.try_into().ok()?))
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    pub fn from_bytes(bytes: &[u8]) -> Option<Self> {
        Some(Self(bytes.try_into().ok()?))
    }

    /// The key id a sealed value names, if `bytes` is sealed.
    pub fn of_sealed(bytes: &[u8]) -> Option<Self> {
        let rest = bytes.strip_prefix(MARKER.as_slice())?;
        Some(Self(rest.get(..ID_LEN)?.try_into().ok()?))
    }
}

impl fmt::Debug for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "KeyId({})", self.hex())
    }
}

/// What a stored value turned out to be.
#[derive(Debug)]
pub enum Opened {
    /// Not sealed: plain JSON.
    Plain(Vec<u8>),
    /// Sealed with a key that still exists.
    Sealed { key: KeyId, plain: Vec<u8> },
    /// Sealed with a key that was destroyed: erased data.
    Erased,
}

impl Opened {
    pub fn key(&self) -> Option<KeyId> {
        match self {
            Opened::Sealed { key, .. } => Some(*key),
            Opened::Plain(_) | Opened::Erased => None,
        }
    }

    /// The plaintext, unless erased.
    pub fn into_plain(self) -> Option<Vec<u8>> {
        match self {
            Opened::Plain(plain) | Opened::Sealed { plain, .. } => Some(plain),
            Opened::Erased => None,
        }
    }
}

/// The key files of one store: `keys/slots/<n>` (the keys, see `slots`), `keys/secret`
/// (the HMAC secret for person files), `keys/people/<hmac>` (a person's random id) and,
/// from earlier versions, `keys/<id>` (a key file each, read and destroyed as before).
pub struct KeyRing {
    dir: PathBuf,
    people: PathBuf,
    slots: slots::SlotFiles,
    /// Whether the folder had key files of their own when opened: only then is a key the
    /// slots do not hold looked for as a file.
    legacy: bool,
    secret: [u8; KEY_LEN],
    cache: Mutex<HashMap<KeyId, XChaCha20Poly1305>>,
    /// Person ids by user key, to spare a file read per step.
    people_cache: Mutex<HashMap<String, String>>,
}

impl fmt::Debug for KeyRing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeyRing").field("dir", &self.dir).finish()
    }
}

fn random<const N: usize>() -> Result<[u8; N], KeyError> {
    let mut bytes = [0u8; N];
    getrandom::getrandom(&mut bytes).map_err(|error| KeyError::Random(error.to_string()))?;
    Ok(bytes)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Writes `bytes` to `path` durably: a temporary file, synced, renamed, the folder synced.
fn write_durably(path: &Path, bytes: &[u8]) -> Result<(), KeyError> {
    let error = |source| KeyError::Io {
        path: path.to_path_buf(),
        source,
    };
    let temporary = path.with_extension("tmp");
    let mut file = std::fs::File::create(&temporary).map_err(error)?;
    file.write_all(bytes).map_err(error)?;
    file.sync_all().map_err(error)?;
    std::fs::rename(&temporary, path).map_err(error)?;
    sync_folder(path)
}

/// The ids of the key files (a file per key, as earlier versions kept them) in `dir`.
fn key_files(dir: &Path) -> Result<Vec<KeyId>, KeyError> {
    let error = |source| KeyError::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut ids = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(error)? {
        let name = entry.map_err(error)?.file_name();
        if let Some(id) = name.to_str().and_then(KeyId::from_hex) {
            ids.push(id);
        }
    }
    Ok(ids)
}

fn sync_folder(path: &Path) -> Result<(), KeyError> {
    let folder = path.parent().unwrap_or(Path::new("."));
    std::fs::File::open(folder)
        .and_then(|dir| dir.sync_all())
        .map_err(|source| KeyError::Io {
            path: folder.to_path_buf(),
            source,
        })
}

fn remove_durably(path: &Path) -> Result<(), KeyError> {
    match std::fs::remove_file(path) {
        Ok(()) => sync_folder(path),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(KeyError::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

impl KeyRing {
    /// Opens (or creates) the key folder `dir`. `sole_user`: no other process can use the
    /// folder while this one has it open (see `slots`).
    pub fn open(dir: &Path, sole_user: bool) -> Result<Self, KeyError> {
        let people = dir.join("people");
        std::fs::create_dir_all(&people).map_err(|source| KeyError::Io {
            path: people.clone(),
            source,
        })?;
        let secret_path = dir.join("secret");
        let secret = match std::fs::read(&secret_path) {
            Ok(bytes) => bytes
                .try_into()
                .map_err(|bytes: Vec<u8>| KeyError::Damaged {
                    path: secret_path.clone(),
                    len: bytes.len(),
                })?,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                let secret = random::<KEY_LEN>()?;
                write_durably(&secret_path, &secret)?;
                secret
            }
            Err(source) => {
                return Err(KeyError::Io {
                    path: secret_path,
                    source,
                });
            }
        };
        let slots = slots::SlotFiles::open(&dir.join("slots"), sole_user)?;
        let legacy = !key_files(dir)?.is_empty();
        Ok(Self {
            dir: dir.to_path_buf(),
            people,
            slots,
            legacy,
            secret,
            cache: Mutex::new(HashMap::new()),
            people_cache: Mutex::new(HashMap::new()),
        })
    }

    fn key_path(&self, id: &KeyId) -> PathBuf {
        self.dir.join(id.hex())
    }

    fn cache(&self) -> std::sync::MutexGuard<'_, HashMap<KeyId, XChaCha20Poly1305>> {
        self.cache
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// A new key, durable before anything is sealed with it.
    pub fn create(&self) -> Result<KeyId, KeyError> {
        let key = random::<KEY_LEN>()?;
        let id = self.slots.create(&key)?;
        self.cache()
            .insert(id, XChaCha20Poly1305::new((&key).into()));
        Ok(id)
    }

    /// Destroys a key: everything sealed with it is unreadable from now on.
    pub fn destroy(&self, id: &KeyId) -> Result<(), KeyError> {
        self.cache().remove(id);
        self.slots.destroy(id)?;
        if self.legacy {
            remove_durably(&self.key_path(id))?;
        }
        Ok(())
    }

    /// The key of `id` from its slot or, for a key of an earlier version, its file.
    fn read_key(&self, id: &KeyId) -> Result<Option<[u8; KEY_LEN]>, KeyError> {
        if let Some(key) = self.slots.read(id)? {
            return Ok(Some(key));
        }
        if !self.legacy {
            return Ok(None);
        }
        let path = self.key_path(id);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => return Err(KeyError::Io { path, source }),
        };
        let key = bytes
            .try_into()
            .map_err(|bytes: Vec<u8>| KeyError::Damaged {
                path,
                len: bytes.len(),
            })?;
        Ok(Some(key))
    }

    fn cipher(&self, id: &KeyId) -> Result<Option<XChaCha20Poly1305>, KeyError> {
        if let Some(cipher) = self.cache().get(id) {
            return Ok(Some(cipher.clone()));
        }
        let Some(key) = self.read_key(id)? else {
            return Ok(None);
        };
        let cipher = XChaCha20Poly1305::new((&key).into());
        let mut cache = self.cache();
        if cache.len() >= CACHE_KEYS {
            cache.clear();
        }
        cache.insert(*id, cipher.clone());
        Ok(Some(cipher))
    }

    /// Whether key `id` still exists.
    pub fn exists(&self, id: &KeyId) -> Result<bool, KeyError> {
        Ok(self.cipher(id)?.is_some())
    }

    /// Seals `plain` with key `id` (which must exist).
    pub fn seal(&self, id: &KeyId, plain: &[u8]) -> Result<Vec<u8>, KeyError> {
        let cipher = self.cipher(id)?.ok_or(KeyError::Destroyed)?;
        let nonce = random::<NONCE_LEN>()?;
        let sealed = cipher
            .encrypt(XNonce::from_slice(&nonce), plain)
            .map_err(|_| KeyError::Tampered)?;
        let mut out = Vec::with_capacity(MARKER.len() + ID_LEN + NONCE_LEN + sealed.len());
        out.extend_from_slice(MARKER);
        out.extend_from_slice(&id.0);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        Ok(out)
    }

    /// Opens a stored value: plain, sealed with a live key, or erased.
    pub fn open_value(&self, bytes: &[u8]) -> Result<Opened, KeyError> {
        let Some(id) = KeyId::of_sealed(bytes) else {
            return Ok(Opened::Plain(bytes.to_vec()));
        };
        let rest = bytes
            .get(MARKER.len() + ID_LEN..)
            .ok_or(KeyError::Tampered)?;
        let (nonce, sealed) = rest.split_at_checked(NONCE_LEN).ok_or(KeyError::Tampered)?;
        let Some(cipher) = self.cipher(&id)? else {
            return Ok(Opened::Erased);
        };
        let plain = cipher
            .decrypt(XNonce::from_slice(nonce), sealed)
            .map_err(|_| KeyError::Tampered)?;
        Ok(Opened::Sealed { key: id, plain })
    }

    fn person_path(&self, user_key: &str) -> PathBuf {
        let mut mac =
            <Hmac<Sha256> as Mac>::new_from_slice(&self.secret).expect("HMAC takes any key");
        mac.update(user_key.as_bytes());
        self.people.join(hex(&mac.finalize().into_bytes()))
    }

    fn people_cache(&self) -> std::sync::MutexGuard<'_, HashMap<String, String>> {
        self.people_cache
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn remember_person(&self, user_key: &str, id: &str) {
        let mut cache = self.people_cache();
        if cache.len() >= CACHE_KEYS {
            cache.clear();
        }
        cache.insert(user_key.to_string(), id.to_string());
    }

    /// The random id a person's records are stored under, if they have one.
    pub fn person(&self, user_key: &str) -> Result<Option<String>, KeyError> {
        if let Some(id) = self.people_cache().get(user_key) {
            return Ok(Some(id.clone()));
        }
        let path = self.person_path(user_key);
        match std::fs::read(&path) {
            Ok(bytes) => {
                let id = String::from_utf8_lossy(&bytes).into_owned();
                self.remember_person(user_key, &id);
                Ok(Some(id))
            }
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(source) => Err(KeyError::Io { path, source }),
        }
    }

    /// The person's id, made (durably) if they have none yet.
    pub fn person_or_new(&self, user_key: &str) -> Result<String, KeyError> {
        if let Some(id) = self.person(user_key)? {
            return Ok(id);
        }
        let id = hex(&random::<ID_LEN>()?);
        write_durably(&self.person_path(user_key), id.as_bytes())?;
        self.remember_person(user_key, &id);
        Ok(id)
    }

    /// Forgets who a person id belonged to (`/delete`).
    pub fn forget_person(&self, user_key: &str) -> Result<(), KeyError> {
        self.people_cache().remove(user_key);
        remove_durably(&self.person_path(user_key))
    }

    /// Every key's id.
    pub fn key_ids(&self) -> Result<Vec<KeyId>, KeyError> {
        let mut ids = self.slots.ids()?;
        ids.extend(key_files(&self.dir)?);
        Ok(ids)
    }

    /// Removes temporary files a crash left behind, and slot files nobody needs any more.
    pub fn sweep_temporary(&self) -> Result<(), KeyError> {
        self.slots.remove_empty_files()?;
        for folder in [&self.dir, &self.people] {
            let error = |source| KeyError::Io {
                path: folder.clone(),
                source,
            };
            for entry in std::fs::read_dir(folder).map_err(error)? {
                let path = entry.map_err(error)?.path();
                if path.extension().is_some_and(|ext| ext == "tmp") {
                    remove_durably(&path)?;
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_until_the_key_is_destroyed() {
        let dir = tempfile::tempdir().unwrap();
        let ring = KeyRing::open(dir.path(), false).unwrap();
        let key = ring.create().unwrap();
        let sealed = ring.seal(&key, b"Haddad").unwrap();
        assert!(!sealed.windows(6).any(|w| w == b"Haddad"));
        assert_eq!(KeyId::of_sealed(&sealed), Some(key));
        // A second ring (a restart) reads the key from its file.
        let again = KeyRing::open(dir.path(), false).unwrap();
        assert_eq!(
            again.open_value(&sealed).unwrap().into_plain().unwrap(),
            b"Haddad"
        );
        again.destroy(&key).unwrap();
        assert!(
            matches!(ring.open_value(&sealed), Ok(Opened::Sealed { .. })),
            "cached"
        );
        ring.cache().clear();
        assert!(matches!(ring.open_value(&sealed).unwrap(), Opened::Erased));
        // Sealing with it now is refused with its own error, which names no file.
        let refused = ring.seal(&key, b"Haddad").unwrap_err();
        assert!(matches!(refused, KeyError::Destroyed), "{refused:?}");
        assert!(!refused.to_string().contains(&key.hex()), "{refused}");
        assert!(matches!(
            ring.open_value(b"{\"plain\":1}").unwrap(),
            Opened::Plain(_)
        ));
    }

    #[test]
    fn key_files_of_earlier_versions_are_still_read_and_destroyed() {
        let dir = tempfile::tempdir().unwrap();
        // A key of an older version: a file named by its random id.
        let old = KeyId([0xab; ID_LEN]);
        std::fs::write(dir.path().join(old.hex()), [7u8; KEY_LEN]).unwrap();
        let ring = KeyRing::open(dir.path(), false).unwrap();
        let sealed = ring.seal(&old, b"Haddad").unwrap();
        let new = ring.create().unwrap();
        let mut ids = ring.key_ids().unwrap();
        ids.sort();
        let mut expected = vec![old, new];
        expected.sort();
        assert_eq!(ids, expected);
        ring.destroy(&old).unwrap();
        assert!(!dir.path().join(old.hex()).exists());
        assert!(matches!(ring.open_value(&sealed).unwrap(), Opened::Erased));
        assert!(ring.exists(&new).unwrap());
    }

    #[test]
    fn keys_live_in_slot_files_not_a_file_each() {
        let dir = tempfile::tempdir().unwrap();
        let ring = KeyRing::open(dir.path(), false).unwrap();
        let keys: Vec<KeyId> = (0..50).map(|_| ring.create().unwrap()).collect();
        let files = |folder: &Path| std::fs::read_dir(folder).unwrap().count();
        assert_eq!(files(&dir.path().join("slots")), 1);
        // secret, people/ and slots/
        assert_eq!(files(dir.path()), 3);
        for key in &keys[..25] {
            ring.destroy(key).unwrap();
        }
        ring.cache().clear();
        let again = KeyRing::open(dir.path(), false).unwrap();
        for (n, key) in keys.iter().enumerate() {
            assert_eq!(again.exists(key).unwrap(), n >= 25, "key {n}");
        }
    }

    #[test]
    fn a_changed_byte_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let ring = KeyRing::open(dir.path(), false).unwrap();
        let key = ring.create().unwrap();
        let mut sealed = ring.seal(&key, b"value").unwrap();
        let last = sealed.len() - 1;
        sealed[last] ^= 1;
        assert!(matches!(ring.open_value(&sealed), Err(KeyError::Tampered)));
    }

    #[test]
    fn person_files_are_named_by_hmac_not_by_user_id() {
        let dir = tempfile::tempdir().unwrap();
        let ring = KeyRing::open(dir.path(), false).unwrap();
        let id = ring.person_or_new("telegram:424242").unwrap();
        assert_eq!(ring.person_or_new("telegram:424242").unwrap(), id);
        let names: Vec<String> = std::fs::read_dir(dir.path().join("people"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 1);
        assert!(!names[0].contains("424242"));
        ring.forget_person("telegram:424242").unwrap();
        assert_eq!(ring.person("telegram:424242").unwrap(), None);
    }
}
