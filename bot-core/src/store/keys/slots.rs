//! Erasure keys as slots of a few files, overwritten in place, instead of a file per key.
//!
//! A file per key cost three files per person (person key, case key, the `people/` file): a
//! hundred thousand people took about 300,000 inodes and 1.2 GB of 4 KB blocks for 32-byte
//! keys, and every new key was a create, a rename and two `fsync`s. Here a key is one
//! 64-byte slot: written and synced (`fdatasync`) before anything is sealed with it, and
//! destroyed by writing zeros over it and syncing again. On a file system that overwrites
//! in place (ext4, xfs; not a copy-on-write one such as btrfs or ZFS, where neither this
//! nor unlinking a file removes old blocks) the key's bytes are then gone from the disk,
//! where an unlinked file's bytes stay in a free block until it is reused.
//!
//! **One file per process that creates keys** (`slots/<n>`, made with `O_EXCL`) where the
//! data folder can be shared (PostgreSQL: two machines, one active): only the process that
//! made a file allocates slots in it, and only slots it freed itself are used again. Two
//! processes never write a key into the same slot, even when an instance that lost its
//! lease wakes from a hang and finishes a key it had begun (see `kompass_postgres::lease`)
//! while its successor works in the same folder. Where one process has the folder to
//! itself (sled locks it), each continues the newest file and its free slots, so restarts
//! add no files. Any process reads and destroys keys in every file. A file whose slots are
//! all zero and which nobody wrote to for a day is removed by the start-up sweep.
//!
//! A slot: the key id's tag (8 random bytes), the key (32 bytes), a check (the first 8
//! bytes of SHA-256 over id and key) and 16 zero bytes, so that a slot never spans two
//! disk sectors. A slot of zeros is free; a slot whose tag is not the id's holds another
//! (newer) key, so the id's key was destroyed. A slot whose check fails is damage.
//!
//! A key id is the file's number, the slot's number (both big-endian `u32`) and the tag.

use std::collections::HashMap;
use std::fs::File;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime};

use sha2::{Digest, Sha256};

use super::{KEY_LEN, KeyError, KeyId, random, sync_folder};

pub(super) const SLOT_LEN: usize = 64;
const TAG_LEN: usize = 8;
const CHECK_LEN: usize = 8;
/// A file of another process is removed once all its slots are zero and it has not been
/// written to for this long (an instance that hangs is stopped long before).
const EMPTY_FILE_AGE: Duration = Duration::from_secs(24 * 60 * 60);

/// Where a key id says its key is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Place {
    file: u32,
    slot: u32,
    tag: [u8; TAG_LEN],
}

impl Place {
    fn of(id: &KeyId) -> Self {
        let bytes = id.as_bytes();
        let number = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().expect("4"));
        Self {
            file: number(0),
            slot: number(4),
            tag: bytes[8..].try_into().expect("8 bytes of tag"),
        }
    }

    fn id(&self) -> KeyId {
        let mut bytes = [0u8; 16];
        bytes[..4].copy_from_slice(&self.file.to_be_bytes());
        bytes[4..8].copy_from_slice(&self.slot.to_be_bytes());
        bytes[8..].copy_from_slice(&self.tag);
        KeyId::from_bytes(&bytes).expect("16 bytes")
    }

    fn offset(&self) -> u64 {
        u64::from(self.slot) * SLOT_LEN as u64
    }
}

fn check(id: &KeyId, key: &[u8; KEY_LEN]) -> [u8; CHECK_LEN] {
    let mut hash = Sha256::new();
    hash.update(id.as_bytes());
    hash.update(key);
    hash.finalize()[..CHECK_LEN].try_into().expect("8 bytes")
}

fn slot_bytes(place: &Place, key: &[u8; KEY_LEN]) -> [u8; SLOT_LEN] {
    let mut slot = [0u8; SLOT_LEN];
    slot[..TAG_LEN].copy_from_slice(&place.tag);
    slot[TAG_LEN..TAG_LEN + KEY_LEN].copy_from_slice(key);
    slot[TAG_LEN + KEY_LEN..TAG_LEN + KEY_LEN + CHECK_LEN]
        .copy_from_slice(&check(&place.id(), key));
    slot
}

/// The file this process allocates slots in: made at its first key, or, for the sole user
/// of the folder, the newest file continued.
struct OwnFile {
    number: u32,
    file: Arc<File>,
    /// Slots in the file so far.
    len: u32,
    /// Zero slots of this file (found when it was continued, or destroyed since): used
    /// again before the file grows.
    free: Vec<u32>,
}

/// The slot files of one key folder (`keys/slots/`).
pub(super) struct SlotFiles {
    dir: PathBuf,
    own: Mutex<Option<OwnFile>>,
    /// Open files by number; a number missing here and on disk is no slot file.
    files: Mutex<HashMap<u32, Arc<File>>>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl SlotFiles {
    /// Opens the slot files in `dir`. `sole_user`: no other process can use the folder
    /// while this one has it (sled's folder lock), so this process continues the newest
    /// file, free slots included, instead of starting one of its own.
    pub(super) fn open(dir: &Path, sole_user: bool) -> Result<Self, KeyError> {
        std::fs::create_dir_all(dir).map_err(|source| KeyError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let files = Self {
            dir: dir.to_path_buf(),
            own: Mutex::new(None),
            files: Mutex::new(HashMap::new()),
        };
        if sole_user && let Some(&number) = files.numbers()?.last() {
            let adopted = files.adopt(number)?;
            *lock(&files.own) = Some(adopted);
        }
        Ok(files)
    }

    /// Continues file `number` as this process's own: its zero slots are free.
    fn adopt(&self, number: u32) -> Result<OwnFile, KeyError> {
        let bytes = std::fs::read(self.path(number)).map_err(self.io_error(number))?;
        let mut free = Vec::new();
        let mut len = 0u32;
        for (slot, bytes) in bytes.chunks(SLOT_LEN).enumerate() {
            let slot = u32::try_from(slot).unwrap_or(u32::MAX);
            // A last slot cut short by a crash is not free: the sweep of unused keys
            // clears it (`scan` lists it).
            if bytes.len() == SLOT_LEN && bytes.iter().all(|&b| b == 0) {
                free.push(slot);
            }
            len = slot.saturating_add(1);
        }
        // Lowest slots first, so that the file fills from the front again.
        free.reverse();
        let file = self
            .file(number)?
            .ok_or_else(|| self.io_error(number)(std::io::ErrorKind::NotFound.into()))?;
        Ok(OwnFile {
            number,
            file,
            len,
            free,
        })
    }

    fn path(&self, number: u32) -> PathBuf {
        self.dir.join(number.to_string())
    }

    fn io_error(&self, number: u32) -> impl FnOnce(std::io::Error) -> KeyError + '_ {
        move |source| KeyError::Io {
            path: self.path(number),
            source,
        }
    }

    /// The numbers of the slot files on disk.
    fn numbers(&self) -> Result<Vec<u32>, KeyError> {
        let error = |source| KeyError::Io {
            path: self.dir.clone(),
            source,
        };
        let mut numbers = Vec::new();
        for entry in std::fs::read_dir(&self.dir).map_err(error)? {
            let name = entry.map_err(error)?.file_name();
            if let Some(number) = name.to_str().and_then(|name| name.parse::<u32>().ok()) {
                numbers.push(number);
            }
        }
        numbers.sort_unstable();
        Ok(numbers)
    }

    /// Slot file `number`, if it exists.
    fn file(&self, number: u32) -> Result<Option<Arc<File>>, KeyError> {
        if let Some(file) = lock(&self.files).get(&number) {
            return Ok(Some(file.clone()));
        }
        let file = match File::options()
            .read(true)
            .write(true)
            .open(self.path(number))
        {
            Ok(file) => Arc::new(file),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => return Err(self.io_error(number)(source)),
        };
        lock(&self.files).insert(number, file.clone());
        Ok(Some(file))
    }

    /// Makes this process's own file: the next free number, created exclusively, so that
    /// two processes starting together get a file each.
    fn make_own(&self) -> Result<OwnFile, KeyError> {
        let mut number = self
            .numbers()?
            .last()
            .map_or(1, |last| last.saturating_add(1));
        loop {
            match File::options()
                .read(true)
                .write(true)
                .create_new(true)
                .open(self.path(number))
            {
                Ok(file) => {
                    sync_folder(&self.path(number))?;
                    let file = Arc::new(file);
                    lock(&self.files).insert(number, file.clone());
                    return Ok(OwnFile {
                        number,
                        file,
                        len: 0,
                        free: Vec::new(),
                    });
                }
                Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
                    number = number.checked_add(1).ok_or_else(|| {
                        self.io_error(number)(std::io::Error::other("no slot file number left"))
                    })?;
                }
                Err(source) => return Err(self.io_error(number)(source)),
            }
        }
    }

    /// Stores `key` in a slot of this process's file, durably; returns its id.
    pub(super) fn create(&self, key: &[u8; KEY_LEN]) -> Result<KeyId, KeyError> {
        let (file, place) = {
            let mut own = lock(&self.own);
            if own.is_none() {
                *own = Some(self.make_own()?);
            }
            let own = own.as_mut().expect("made above");
            let slot = match own.free.pop() {
                Some(slot) => slot,
                None => {
                    let slot = own.len;
                    own.len = own.len.checked_add(1).ok_or_else(|| {
                        self.io_error(own.number)(std::io::Error::other("slot file is full"))
                    })?;
                    slot
                }
            };
            let place = Place {
                file: own.number,
                slot,
                tag: random::<TAG_LEN>()?,
            };
            (own.file.clone(), place)
        };
        let error = self.io_error(place.file);
        file.write_all_at(&slot_bytes(&place, key), place.offset())
            .and_then(|()| file.sync_data())
            .map_err(error)?;
        Ok(place.id())
    }

    /// Reads slot `place` of `file`; `None` past the end of the file. A last slot a crash
    /// cut short reads as if the rest were zeros.
    fn read_slot(&self, file: &File, place: &Place) -> Result<Option<[u8; SLOT_LEN]>, KeyError> {
        let mut slot = [0u8; SLOT_LEN];
        let mut read = 0;
        while read < SLOT_LEN {
            match file.read_at(&mut slot[read..], place.offset() + read as u64) {
                Ok(0) => break,
                Ok(n) => read += n,
                Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
                Err(source) => return Err(self.io_error(place.file)(source)),
            }
        }
        Ok((read > 0).then_some(slot))
    }

    /// The key of `id`, or `None` if it was destroyed (its slot is zero or holds another
    /// key now).
    pub(super) fn read(&self, id: &KeyId) -> Result<Option<[u8; KEY_LEN]>, KeyError> {
        let place = Place::of(id);
        let Some(file) = self.file(place.file)? else {
            return Ok(None);
        };
        let Some(slot) = self.read_slot(&file, &place)? else {
            return Ok(None);
        };
        if slot[..TAG_LEN] != place.tag {
            return Ok(None);
        }
        let key: [u8; KEY_LEN] = slot[TAG_LEN..TAG_LEN + KEY_LEN]
            .try_into()
            .expect("32 bytes");
        if slot[TAG_LEN + KEY_LEN..TAG_LEN + KEY_LEN + CHECK_LEN] != check(id, &key) {
            return Err(KeyError::SlotDamaged {
                path: self.path(place.file),
                slot: place.slot,
            });
        }
        Ok(Some(key))
    }

    /// Overwrites `id`'s slot with zeros, durably, if it still holds that key.
    pub(super) fn destroy(&self, id: &KeyId) -> Result<(), KeyError> {
        let place = Place::of(id);
        let Some(file) = self.file(place.file)? else {
            return Ok(());
        };
        {
            // Checking, zeroing and freeing under the lock that allocation takes: two
            // destroys of one key must not free its slot twice (two new keys in one slot).
            let mut own = lock(&self.own);
            match self.read_slot(&file, &place)? {
                Some(slot) if slot[..TAG_LEN] == place.tag => {}
                // Destroyed before, or the slot holds a newer key: nothing of `id` is left.
                _ => return Ok(()),
            }
            file.write_all_at(&[0u8; SLOT_LEN], place.offset())
                .map_err(self.io_error(place.file))?;
            if let Some(own) = own.as_mut().filter(|own| own.number == place.file) {
                own.free.push(place.slot);
            }
        }
        // A crash before this sync keeps the key; the erasure that asked is not done then,
        // and the start-up sweep destroys every key nothing refers to.
        file.sync_data().map_err(self.io_error(place.file))
    }

    /// The ids of every key the slot files hold (a slot a crash tore is listed too, so that
    /// the sweep of unused keys clears it).
    pub(super) fn ids(&self) -> Result<Vec<KeyId>, KeyError> {
        let mut ids = Vec::new();
        for number in self.numbers()? {
            let bytes = std::fs::read(self.path(number)).map_err(self.io_error(number))?;
            // `chunks`, not `chunks_exact`: a last slot a crash cut short is listed too.
            for (slot, bytes) in bytes.chunks(SLOT_LEN).enumerate() {
                if bytes.iter().all(|&b| b == 0) {
                    continue;
                }
                let mut tag = [0u8; TAG_LEN];
                let known = bytes.len().min(TAG_LEN);
                tag[..known].copy_from_slice(&bytes[..known]);
                let place = Place {
                    file: number,
                    slot: u32::try_from(slot).unwrap_or(u32::MAX),
                    tag,
                };
                ids.push(place.id());
            }
        }
        Ok(ids)
    }

    /// Removes files of other processes that hold no key and were not written to for a day.
    /// The age is asked first: only files old enough are read (the start-up sweep has just
    /// read every file for [`SlotFiles::ids`], and the keys it destroyed touched theirs).
    pub(super) fn remove_empty_files(&self) -> Result<usize, KeyError> {
        let own = lock(&self.own).as_ref().map(|own| own.number);
        let mut removed = 0;
        for number in self.numbers()? {
            if Some(number) == own {
                continue;
            }
            let path = self.path(number);
            let modified = std::fs::metadata(&path)
                .and_then(|meta| meta.modified())
                .map_err(self.io_error(number))?;
            let age = SystemTime::now()
                .duration_since(modified)
                .unwrap_or_default();
            if age < EMPTY_FILE_AGE {
                continue;
            }
            let bytes = std::fs::read(&path).map_err(self.io_error(number))?;
            if bytes.iter().any(|&b| b != 0) {
                continue;
            }
            lock(&self.files).remove(&number);
            super::remove_durably(&path)?;
            removed += 1;
        }
        Ok(removed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(byte: u8) -> [u8; KEY_LEN] {
        [byte; KEY_LEN]
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn a_destroyed_key_leaves_no_byte_of_it_in_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let slots = SlotFiles::open(dir.path(), false).unwrap();
        let kept = slots.create(&key(0x11)).unwrap();
        let gone = slots.create(&key(0x22)).unwrap();
        let path = dir.path().join(Place::of(&gone).file.to_string());
        assert!(contains(&std::fs::read(&path).unwrap(), &key(0x22)));
        slots.destroy(&gone).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        assert!(
            !contains(&bytes, &key(0x22)),
            "the key's bytes are overwritten"
        );
        assert_eq!(bytes.len(), 2 * SLOT_LEN);
        assert_eq!(slots.read(&gone).unwrap(), None);
        assert_eq!(slots.read(&kept).unwrap(), Some(key(0x11)));
        // Destroying twice is fine.
        slots.destroy(&gone).unwrap();
    }

    #[test]
    fn a_freed_slot_is_used_again_and_the_old_id_stays_destroyed() {
        let dir = tempfile::tempdir().unwrap();
        let slots = SlotFiles::open(dir.path(), false).unwrap();
        let first = slots.create(&key(1)).unwrap();
        slots.destroy(&first).unwrap();
        let second = slots.create(&key(2)).unwrap();
        assert_eq!(Place::of(&second).slot, Place::of(&first).slot, "reused");
        assert_ne!(second, first);
        assert_eq!(slots.read(&first).unwrap(), None, "another key's tag");
        assert_eq!(slots.read(&second).unwrap(), Some(key(2)));
        // Destroying the old id again must not touch the new key.
        slots.destroy(&first).unwrap();
        assert_eq!(slots.read(&second).unwrap(), Some(key(2)));
    }

    #[test]
    fn a_key_destroyed_twice_at_once_frees_its_slot_once() {
        let dir = tempfile::tempdir().unwrap();
        let slots = Arc::new(SlotFiles::open(dir.path(), false).unwrap());
        for round in 0..200u8 {
            let id = slots.create(&key(round)).unwrap();
            let twice: Vec<_> = (0..2)
                .map(|_| {
                    let slots = slots.clone();
                    std::thread::spawn(move || slots.destroy(&id).unwrap())
                })
                .collect();
            for destroy in twice {
                destroy.join().unwrap();
            }
            let own = lock(&slots.own);
            let free = &own.as_ref().unwrap().free;
            assert_eq!(free, &vec![Place::of(&id).slot], "round {round}");
        }
    }

    #[test]
    fn each_process_writes_its_own_file_and_reads_all() {
        let dir = tempfile::tempdir().unwrap();
        let before = SlotFiles::open(dir.path(), false).unwrap();
        let old = before.create(&key(3)).unwrap();
        let freed = before.create(&key(4)).unwrap();
        before.destroy(&freed).unwrap();
        // A successor (a restart, or the standby taking over) while the first may still
        // finish a key: it never allocates in the first one's file, not even freed slots.
        let after = SlotFiles::open(dir.path(), false).unwrap();
        let new = after.create(&key(5)).unwrap();
        assert_ne!(Place::of(&new).file, Place::of(&old).file);
        assert_eq!(after.read(&old).unwrap(), Some(key(3)));
        let late = before.create(&key(6)).unwrap();
        assert_eq!(Place::of(&late).file, Place::of(&old).file);
        assert_eq!(after.read(&late).unwrap(), Some(key(6)));
        assert_eq!(after.read(&new).unwrap(), Some(key(5)));
        after.destroy(&old).unwrap();
        assert_eq!(before.read(&old).unwrap(), None);
        let mut ids = after.ids().unwrap();
        ids.sort();
        let mut expected = vec![new, late];
        expected.sort();
        assert_eq!(ids, expected);
    }

    #[test]
    fn the_sole_user_of_a_folder_continues_the_newest_file_and_its_free_slots() {
        let dir = tempfile::tempdir().unwrap();
        let first = SlotFiles::open(dir.path(), true).unwrap();
        let ids: Vec<KeyId> = (0..4).map(|n| first.create(&key(n)).unwrap()).collect();
        first.destroy(&ids[1]).unwrap();
        first.destroy(&ids[2]).unwrap();
        drop(first);
        // A restart: the same file, the freed slots first (lowest first), then the end.
        let second = SlotFiles::open(dir.path(), true).unwrap();
        let slots: Vec<u32> = (10..13)
            .map(|n| Place::of(&second.create(&key(n)).unwrap()).slot)
            .collect();
        assert_eq!(slots, vec![1, 2, 4]);
        assert_eq!(second.numbers().unwrap().len(), 1, "no new file");
        assert_eq!(second.read(&ids[0]).unwrap(), Some(key(0)));
        assert_eq!(second.read(&ids[1]).unwrap(), None);
        assert_eq!(second.read(&ids[3]).unwrap(), Some(key(3)));
    }

    #[test]
    fn a_slot_a_crash_cut_short_is_listed_and_can_be_cleared() {
        let dir = tempfile::tempdir().unwrap();
        let slots = SlotFiles::open(dir.path(), true).unwrap();
        let whole = slots.create(&key(1)).unwrap();
        let cut = slots.create(&key(2)).unwrap();
        let path = dir.path().join(Place::of(&cut).file.to_string());
        File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_len((SLOT_LEN + 20) as u64)
            .unwrap();
        let after = SlotFiles::open(dir.path(), true).unwrap();
        let ids = after.ids().unwrap();
        assert_eq!(ids.len(), 2, "the whole slot and the cut one");
        assert!(ids.contains(&whole));
        let listed = ids.into_iter().find(|id| *id != whole).unwrap();
        after.destroy(&listed).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        assert!(bytes[SLOT_LEN..].iter().all(|&b| b == 0), "cleared");
        assert!(!contains(&bytes, &key(2)[..12]));
        // Cleared, the slot is free again, and whole once written.
        let next = after.create(&key(3)).unwrap();
        assert_eq!(Place::of(&next).slot, 1);
        assert_eq!(after.read(&next).unwrap(), Some(key(3)));
    }

    #[test]
    fn a_changed_byte_in_a_slot_is_damage_not_erasure() {
        let dir = tempfile::tempdir().unwrap();
        let slots = SlotFiles::open(dir.path(), false).unwrap();
        let id = slots.create(&key(7)).unwrap();
        let path = dir.path().join(Place::of(&id).file.to_string());
        let mut bytes = std::fs::read(&path).unwrap();
        bytes[TAG_LEN + 3] ^= 1;
        std::fs::write(&path, bytes).unwrap();
        let fresh = SlotFiles::open(dir.path(), false).unwrap();
        assert!(matches!(fresh.read(&id), Err(KeyError::SlotDamaged { .. })));
    }

    #[test]
    fn only_old_empty_files_of_other_processes_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let first = SlotFiles::open(dir.path(), false).unwrap();
        let id = first.create(&key(8)).unwrap();
        let number = Place::of(&id).file;
        let path = dir.path().join(number.to_string());
        let later = SlotFiles::open(dir.path(), false).unwrap();
        later.create(&key(9)).unwrap();
        let day_ago = || SystemTime::now() - EMPTY_FILE_AGE - Duration::from_secs(60);
        let age = || {
            File::options()
                .write(true)
                .open(&path)
                .unwrap()
                .set_modified(day_ago())
                .unwrap();
        };
        age();
        assert_eq!(
            later.remove_empty_files().unwrap(),
            0,
            "old, but holds a key"
        );
        later.destroy(&id).unwrap();
        assert_eq!(
            later.remove_empty_files().unwrap(),
            0,
            "written to just now"
        );
        age();
        assert_eq!(later.remove_empty_files().unwrap(), 1);
        assert!(!path.exists());
        // The remover's own file stays even when empty.
        let own = later.ids().unwrap()[0];
        later.destroy(&own).unwrap();
        assert_eq!(later.remove_empty_files().unwrap(), 0);
        assert_eq!(later.numbers().unwrap(), vec![Place::of(&own).file]);
    }
}
