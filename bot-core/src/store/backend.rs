//! The seam under [`super::Store`]: ordered, byte-keyed tables with atomic multi-table
//! transactions and a durability point. [`super::Store`] holds all the sealing, erasure and
//! business rules once; a [`Backend`] only keeps bytes. sled ([`super::sled_backend`]) is
//! the embedded default; PostgreSQL lives in the `kompass-postgres` crate, so this crate
//! does not depend on a database driver.
//!
//! A backend only ever sees what the store gives it: values with personal data arrive
//! sealed (`store/keys.rs`), so old copies the backend keeps (sled's log, PostgreSQL's dead
//! tuples and WAL) are unreadable once their key is destroyed.

use std::fmt;
use std::ops::Bound;
use std::sync::Arc;

/// The tables of the store. Keys and values are bytes; keys sort bytewise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Table {
    Sessions,
    Handled,
    Requests,
    Outbox,
    Attachments,
    Meta,
    Inbox,
    Notices,
    Cases,
    Threads,
    RoomPosts,
    Reminders,
    CaseEvents,
    Routes,
    Mediations,
    MediatorPosts,
}

impl Table {
    pub const ALL: [Table; 16] = [
        Table::Sessions,
        Table::Handled,
        Table::Requests,
        Table::Outbox,
        Table::Attachments,
        Table::Meta,
        Table::Inbox,
        Table::Notices,
        Table::Cases,
        Table::Threads,
        Table::RoomPosts,
        Table::Reminders,
        Table::CaseEvents,
        Table::Routes,
        Table::Mediations,
        Table::MediatorPosts,
    ];

    /// The table's name (sled's tree name; PostgreSQL's `tbl` column).
    pub fn name(self) -> &'static str {
        match self {
            Table::Sessions => "sessions",
            Table::Handled => "handled",
            Table::Requests => "requests",
            Table::Outbox => "outbox",
            Table::Attachments => "attachments",
            Table::Meta => "meta",
            Table::Inbox => "inbox",
            Table::Notices => "notices",
            Table::Cases => "cases",
            Table::Threads => "threads",
            Table::RoomPosts => "room_posts",
            Table::Reminders => "reminders",
            Table::CaseEvents => "case_events",
            Table::Routes => "routes",
            Table::Mediations => "mediations",
            Table::MediatorPosts => "mediator_posts",
        }
    }
}

/// A backend's own failure (I/O, connection, a refused statement).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct BackendError(pub Box<dyn std::error::Error + Send + Sync>);

impl BackendError {
    pub fn new(error: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> Self {
        Self(error.into())
    }
}

impl From<sled::Error> for BackendError {
    fn from(error: sled::Error) -> Self {
        Self::new(error)
    }
}

/// How a transaction's closure (or one of its reads and writes) ends early.
#[derive(Debug)]
pub enum TxError {
    /// Another writer got in the way: the backend rolls back and runs the closure again.
    Conflict,
    /// The closure gave up; rolled back, returned to the caller.
    Abort(Box<super::StoreError>),
    /// The backend failed; rolled back, returned to the caller.
    Storage(BackendError),
}

impl From<super::StoreError> for TxError {
    fn from(error: super::StoreError) -> Self {
        Self::Abort(Box::new(error))
    }
}

impl From<super::KeyError> for TxError {
    fn from(error: super::KeyError) -> Self {
        Self::Abort(Box::new(error.into()))
    }
}

/// Reads and writes inside a transaction. Writes are seen by later reads of the same
/// transaction and by nobody else until it commits.
pub trait Tx {
    fn get(&self, table: Table, key: &[u8]) -> Result<Option<Vec<u8>>, TxError>;
    fn insert(&self, table: Table, key: &[u8], value: &[u8]) -> Result<(), TxError>;
    fn remove(&self, table: Table, key: &[u8]) -> Result<(), TxError>;
}

/// A transaction's body; run again on [`TxError::Conflict`], so it must not have effects
/// outside the transaction that a second run would repeat.
pub type TxBody<'a> = &'a mut dyn FnMut(&dyn Tx) -> Result<(), TxError>;

/// Entries of a scan, in key order.
pub type Entries<'a> = Box<dyn Iterator<Item = Result<(Vec<u8>, Vec<u8>), BackendError>> + 'a>;

/// What [`Backend::update`] makes of a value (`None`: absent, or remove it).
pub type Change<'a> = &'a mut dyn FnMut(Option<&[u8]>) -> Option<Vec<u8>>;

/// Ordered byte-keyed tables (see the module docs). Object safe: the store holds an
/// `Arc<dyn Backend>`.
pub trait Backend: Send + Sync + fmt::Debug {
    fn get(&self, table: Table, key: &[u8]) -> Result<Option<Vec<u8>>, BackendError>;
    fn insert(&self, table: Table, key: &[u8], value: &[u8]) -> Result<(), BackendError>;
    fn remove(&self, table: Table, key: &[u8]) -> Result<(), BackendError>;
    /// Inserts only if `key` is absent; returns whether it did.
    fn insert_new(&self, table: Table, key: &[u8], value: &[u8]) -> Result<bool, BackendError>;
    /// Entries with `from <= key < to` (as the bounds say), in key order.
    fn range(&self, table: Table, from: Bound<&[u8]>, to: Bound<&[u8]>) -> Entries<'_>;
    fn len(&self, table: Table) -> Result<usize, BackendError>;
    /// Runs `body` atomically over `tables` (the only tables it may touch), again on a
    /// conflict, until it commits or fails.
    fn transaction(&self, tables: &[Table], body: TxBody<'_>) -> Result<(), TxError>;
    /// A number never handed out before, also across restarts; later ones are larger.
    fn generate_id(&self) -> Result<u64, BackendError>;
    /// Makes every write completed so far survive a killed process.
    fn flush(&self) -> Result<(), BackendError>;
    /// As [`Backend::flush`], and through the disk's own cache (a power cut).
    fn sync(&self) -> Result<(), BackendError> {
        self.flush()
    }

    /// Whether no other process can open the data folder while this backend is open
    /// (sled locks its folder): the erasure keys then continue the slot file earlier runs
    /// left instead of starting one per process (`store/keys/slots.rs`).
    fn sole_user(&self) -> bool {
        false
    }

    /// Entries whose key starts with `prefix`.
    fn scan_prefix(&self, table: Table, prefix: &[u8]) -> Entries<'_> {
        match prefix_end(prefix) {
            Some(end) => self.range(table, Bound::Included(prefix), Bound::Excluded(&end)),
            None => self.range(table, Bound::Included(prefix), Bound::Unbounded),
        }
    }

    /// Replaces the value under `key` with what `change` makes of it (`None` removes it),
    /// atomically; returns the new value.
    fn update(
        &self,
        table: Table,
        key: &[u8],
        change: Change<'_>,
    ) -> Result<Option<Vec<u8>>, BackendError> {
        let mut new = None;
        let outcome = self.transaction(&[table], &mut |tx| {
            let old = tx.get(table, key)?;
            new = change(old.as_deref());
            match &new {
                Some(value) => tx.insert(table, key, value),
                None if old.is_some() => tx.remove(table, key),
                None => Ok(()),
            }
        });
        match outcome {
            Ok(()) => Ok(new),
            Err(TxError::Storage(error)) => Err(error),
            Err(TxError::Abort(error)) => Err(BackendError::new(error.to_string())),
            Err(TxError::Conflict) => Err(BackendError::new("transaction conflict not retried")),
        }
    }
}

/// The first key after every key starting with `prefix`; `None` if there is none
/// (the prefix is all 0xff).
pub fn prefix_end(prefix: &[u8]) -> Option<Vec<u8>> {
    let mut end = prefix.to_vec();
    while let Some(last) = end.pop() {
        if last < u8::MAX {
            end.push(last + 1);
            return Some(end);
        }
    }
    None
}

/// One table of a backend, with the calls the store makes on it.
#[derive(Clone)]
pub(crate) struct Tree {
    backend: Arc<dyn Backend>,
    table: Table,
}

impl fmt::Debug for Tree {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.table.name())
    }
}

impl Tree {
    pub(crate) fn new(backend: Arc<dyn Backend>, table: Table) -> Self {
        Self { backend, table }
    }

    pub(crate) fn table(&self) -> Table {
        self.table
    }

    pub(crate) fn get(&self, key: impl AsRef<[u8]>) -> Result<Option<Vec<u8>>, BackendError> {
        self.backend.get(self.table, key.as_ref())
    }

    pub(crate) fn contains_key(&self, key: impl AsRef<[u8]>) -> Result<bool, BackendError> {
        Ok(self.get(key)?.is_some())
    }

    pub(crate) fn insert(
        &self,
        key: impl AsRef<[u8]>,
        value: impl AsRef<[u8]>,
    ) -> Result<(), BackendError> {
        self.backend
            .insert(self.table, key.as_ref(), value.as_ref())
    }

    pub(crate) fn insert_new(
        &self,
        key: impl AsRef<[u8]>,
        value: impl AsRef<[u8]>,
    ) -> Result<bool, BackendError> {
        self.backend
            .insert_new(self.table, key.as_ref(), value.as_ref())
    }

    pub(crate) fn remove(&self, key: impl AsRef<[u8]>) -> Result<(), BackendError> {
        self.backend.remove(self.table, key.as_ref())
    }

    pub(crate) fn update(
        &self,
        key: impl AsRef<[u8]>,
        mut change: impl FnMut(Option<&[u8]>) -> Option<Vec<u8>>,
    ) -> Result<Option<Vec<u8>>, BackendError> {
        self.backend.update(self.table, key.as_ref(), &mut change)
    }

    pub(crate) fn iter(&self) -> Entries<'_> {
        self.backend
            .range(self.table, Bound::Unbounded, Bound::Unbounded)
    }

    pub(crate) fn scan_prefix(&self, prefix: impl AsRef<[u8]>) -> Entries<'_> {
        self.backend.scan_prefix(self.table, prefix.as_ref())
    }

    pub(crate) fn len(&self) -> Result<usize, BackendError> {
        self.backend.len(self.table)
    }

    pub(crate) fn flush(&self) -> Result<(), BackendError> {
        self.backend.flush()
    }
}

/// One table inside a transaction.
#[derive(Clone, Copy)]
pub(crate) struct TxTree<'a> {
    tx: &'a dyn Tx,
    table: Table,
}

impl<'a> TxTree<'a> {
    pub(crate) fn new(tx: &'a dyn Tx, table: Table) -> Self {
        Self { tx, table }
    }

    pub(crate) fn get(&self, key: impl AsRef<[u8]>) -> Result<Option<Vec<u8>>, TxError> {
        self.tx.get(self.table, key.as_ref())
    }

    pub(crate) fn insert(
        &self,
        key: impl AsRef<[u8]>,
        value: impl AsRef<[u8]>,
    ) -> Result<(), TxError> {
        self.tx.insert(self.table, key.as_ref(), value.as_ref())
    }

    pub(crate) fn remove(&self, key: impl AsRef<[u8]>) -> Result<(), TxError> {
        self.tx.remove(self.table, key.as_ref())
    }
}
