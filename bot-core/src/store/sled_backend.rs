//! The embedded default [`Backend`]: one sled tree per [`Table`], sled's transactions
//! (which re-run the closure on a conflict), and sled's flush plus an fdatasync of its
//! data file for [`Backend::sync`].

use std::ops::Bound;
use std::path::{Path, PathBuf};

use sled::Transactional;
use sled::transaction::{
    ConflictableTransactionError, TransactionError, TransactionalTree, UnabortableTransactionError,
};

use super::backend::{Backend, BackendError, Entries, Table, Tx, TxBody, TxError};

/// sled's database with one tree per table.
#[derive(Debug)]
pub struct SledBackend {
    db: sled::Db,
    trees: Vec<sled::Tree>,
    data_file: PathBuf,
}

impl SledBackend {
    /// Opens (or creates) the database in `dir` with a page cache of `cache_bytes`.
    ///
    /// sled takes an exclusive lock on its data file. It can be held for a moment after its
    /// holder is done: by a handle of this process just dropped (sled's I/O threads finish
    /// their last log write with a clone of it), or by the start-up check's child of an
    /// earlier start, which stops when its parent has ended. So the lock is waited for up to
    /// `LOCK_WAIT`; held longer, another process has the folder open, and the error says so.
    pub fn open(dir: &Path, cache_bytes: u64) -> Result<Self, sled::Error> {
        wait_for_lock(&dir.join("db"))?;
        let db = sled::Config::new()
            .path(dir)
            // sled's default page cache is 1 GB; conversations are small and photos are
            // files, so a bounded cache keeps the process small.
            .cache_capacity(cache_bytes)
            .open()?;
        let trees = Table::ALL
            .iter()
            .map(|table| db.open_tree(table.name()))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self {
            db,
            trees,
            data_file: dir.join("db"),
        })
    }

    fn tree(&self, table: Table) -> &sled::Tree {
        &self.trees[table as usize]
    }
}

/// How long [`SledBackend::open`] waits for sled's lock on its data file.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// Waits until nobody holds the lock on sled's data file (the same `flock` sled takes),
/// then lets it go for sled to take. A file not there yet is a new store.
fn wait_for_lock(data_file: &Path) -> Result<(), sled::Error> {
    let file = match std::fs::File::open(data_file) {
        Ok(file) => file,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(error) => return Err(error.into()),
    };
    let deadline = std::time::Instant::now() + LOCK_WAIT;
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(()),
            Err(std::fs::TryLockError::WouldBlock) if std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::WouldBlock,
                    format!(
                        "{} is in use by another process (is Kompass already running on this \
                         data folder?); stop it, or give this one another data folder",
                        data_file.display()
                    ),
                )
                .into());
            }
            Err(std::fs::TryLockError::Error(error)) => return Err(error.into()),
        }
    }
}

/// The trees of one sled transaction, by the tables they stand for.
struct SledTx<'a> {
    tables: &'a [Table],
    trees: &'a [TransactionalTree],
}

impl SledTx<'_> {
    fn tree(&self, table: Table) -> Result<&TransactionalTree, TxError> {
        self.tables
            .iter()
            .position(|t| *t == table)
            .and_then(|i| self.trees.get(i))
            .ok_or_else(|| {
                TxError::Storage(BackendError::new(format!(
                    "table {} is not part of this transaction",
                    table.name()
                )))
            })
    }
}

fn tx_error(error: UnabortableTransactionError) -> TxError {
    match error {
        UnabortableTransactionError::Conflict => TxError::Conflict,
        UnabortableTransactionError::Storage(error) => TxError::Storage(error.into()),
    }
}

impl Tx for SledTx<'_> {
    fn get(&self, table: Table, key: &[u8]) -> Result<Option<Vec<u8>>, TxError> {
        Ok(self
            .tree(table)?
            .get(key)
            .map_err(tx_error)?
            .map(|v| v.to_vec()))
    }

    fn insert(&self, table: Table, key: &[u8], value: &[u8]) -> Result<(), TxError> {
        self.tree(table)?.insert(key, value).map_err(tx_error)?;
        Ok(())
    }

    fn remove(&self, table: Table, key: &[u8]) -> Result<(), TxError> {
        self.tree(table)?.remove(key).map_err(tx_error)?;
        Ok(())
    }
}

fn bound(bound: Bound<&[u8]>) -> Bound<Vec<u8>> {
    match bound {
        Bound::Included(key) => Bound::Included(key.to_vec()),
        Bound::Excluded(key) => Bound::Excluded(key.to_vec()),
        Bound::Unbounded => Bound::Unbounded,
    }
}

impl Backend for SledBackend {
    fn get(&self, table: Table, key: &[u8]) -> Result<Option<Vec<u8>>, BackendError> {
        Ok(self.tree(table).get(key)?.map(|v| v.to_vec()))
    }

    fn insert(&self, table: Table, key: &[u8], value: &[u8]) -> Result<(), BackendError> {
        self.tree(table).insert(key, value)?;
        Ok(())
    }

    fn remove(&self, table: Table, key: &[u8]) -> Result<(), BackendError> {
        self.tree(table).remove(key)?;
        Ok(())
    }

    fn insert_new(&self, table: Table, key: &[u8], value: &[u8]) -> Result<bool, BackendError> {
        Ok(self
            .tree(table)
            .compare_and_swap(key, None as Option<&[u8]>, Some(value))?
            .is_ok())
    }

    fn range(&self, table: Table, from: Bound<&[u8]>, to: Bound<&[u8]>) -> Entries<'_> {
        let range = (bound(from), bound(to));
        Box::new(self.tree(table).range(range).map(|item| {
            item.map(|(k, v)| (k.to_vec(), v.to_vec()))
                .map_err(BackendError::from)
        }))
    }

    fn len(&self, table: Table) -> Result<usize, BackendError> {
        Ok(self.tree(table).len())
    }

    fn transaction(&self, tables: &[Table], body: TxBody<'_>) -> Result<(), TxError> {
        let trees: Vec<&sled::Tree> = tables.iter().map(|t| self.tree(*t)).collect();
        // sled's closure is `Fn`; the body is `FnMut` (it keeps what it read for the
        // caller), so it sits behind a cell. sled never runs the closure re-entrantly.
        let body = std::cell::RefCell::new(body);
        let outcome = trees.as_slice().transaction(|trees| {
            let tx = SledTx { tables, trees };
            let mut body = body.borrow_mut();
            match (*body)(&tx) {
                Ok(()) => Ok(()),
                Err(TxError::Conflict) => Err(ConflictableTransactionError::Conflict),
                Err(error) => Err(ConflictableTransactionError::Abort(error)),
            }
        });
        match outcome {
            Ok(()) => Ok(()),
            Err(TransactionError::Abort(error)) => Err(error),
            Err(TransactionError::Storage(error)) => Err(TxError::Storage(error.into())),
        }
    }

    fn generate_id(&self) -> Result<u64, BackendError> {
        Ok(self.db.generate_id()?)
    }

    fn flush(&self) -> Result<(), BackendError> {
        self.db.flush()?;
        Ok(())
    }

    /// sled's flush waits with `sync_file_range`, which survives a killed process but not a
    /// power cut; the fdatasync of the data file is for what must survive both: a request
    /// the newcomer confirmed.
    fn sole_user(&self) -> bool {
        // sled holds an exclusive lock on its folder for as long as the database is open.
        true
    }

    fn sync(&self) -> Result<(), BackendError> {
        self.db.flush()?;
        let file = std::fs::File::open(&self.data_file).map_err(BackendError::new)?;
        file.sync_data().map_err(BackendError::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_some(backend: &SledBackend, round: u32) {
        for n in 0..200u32 {
            let key = format!("{round}/{n}");
            backend
                .tree(Table::Meta)
                .insert(key.as_bytes(), vec![7u8; 600])
                .unwrap();
        }
        backend.flush().unwrap();
    }

    /// A store dropped and opened again at once in the same process (as the runtime's
    /// tests and the start-up checks do) opens every time, although sled's I/O threads
    /// may still hold the old handle's lock for a moment.
    #[test]
    fn opens_again_right_after_being_dropped() {
        let dir = tempfile::tempdir().unwrap();
        for round in 0..40 {
            let backend = SledBackend::open(dir.path(), 1 << 20)
                .unwrap_or_else(|error| panic!("round {round}: {error}"));
            write_some(&backend, round);
        }
    }

    /// sled's folder lock makes the store the keys' sole user: restarts continue one slot
    /// file instead of adding one each.
    #[test]
    fn restarts_on_sled_keep_the_keys_in_one_slot_file() {
        let dir = tempfile::tempdir().unwrap();
        for _ in 0..3 {
            let store = crate::store::Store::open(dir.path()).unwrap();
            store.keys.create().unwrap();
        }
        let slot_files = std::fs::read_dir(dir.path().join("keys").join("slots"))
            .unwrap()
            .count();
        assert_eq!(slot_files, 1);
    }

    /// A folder another handle keeps open is refused after the wait, with an error that
    /// tells the administrator what to do.
    #[test]
    fn a_folder_in_use_is_refused_with_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let first = SledBackend::open(dir.path(), 1 << 20).unwrap();
        let started = std::time::Instant::now();
        let error = SledBackend::open(dir.path(), 1 << 20).unwrap_err();
        assert!(started.elapsed() >= LOCK_WAIT);
        let message = error.to_string();
        assert!(
            message.contains("in use by another process") && message.contains("data folder"),
            "{message}"
        );
        drop(first);
        SledBackend::open(dir.path(), 1 << 20).expect("free again once the first is gone");
    }
}
