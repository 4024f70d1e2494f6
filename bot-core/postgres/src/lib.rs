//! Kompass's storage on PostgreSQL: a [`Backend`] for kompass-core's `Store`, so the
//! sealing, erasure and business rules stay in one place and this crate only keeps bytes.
//!
//! - One table `kompass_entries (tbl, k, v)` holds every store table; keys sort bytewise
//!   (`bytea` compares like `memcmp`), as sled's do. Schema changes are SQL files in
//!   `migrations/`, applied at start and recorded in `kompass_migrations` ([`migrations`]).
//! - tokio-postgres drives each connection on a thread of its own with a current-thread
//!   tokio runtime (`dispatch`); the store's callers are synchronous and wait for a
//!   query's future with `futures::executor::block_on` (its futures need no runtime of their
//!   own: they talk to the connection task over channels). The synchronous `postgres` crate
//!   would start a runtime inside the caller's and panic there.
//! - Transactions run SERIALIZABLE on a connection of their own from a small pool; on a
//!   serialization failure or deadlock (SQLSTATE 40001, 40P01) the closure runs again, as
//!   sled re-runs a conflicting transaction.
//! - A committed statement is durable (`synchronous_commit` on), so [`Backend::flush`] has
//!   nothing to do.

use std::ops::Bound;
use std::sync::{Arc, Condvar, Mutex};

use futures::executor::block_on;
use kompass_core::store::backend::{Entries, Table, TxBody};
use kompass_core::store::{Backend, BackendError, Tx, TxError};
use tokio_postgres::error::SqlState;
use tokio_postgres::{Client, IsolationLevel, Statement};

mod dispatch;
pub mod lease;
pub mod migrations;
#[cfg(any(test, feature = "test-cluster"))]
pub mod test_cluster;
#[cfg(test)]
mod tests;

/// How many connections the store opens at most (each transaction holds one).
const MAX_CONNECTIONS: usize = 8;
/// Entries fetched per round trip of a scan.
const PAGE: i64 = 256;

#[derive(Debug, thiserror::Error)]
pub enum PgError {
    #[error("the PostgreSQL url is not valid: {}", Cause(.0))]
    Url(tokio_postgres::Error),
    #[error("connecting to PostgreSQL: {}", Cause(.0))]
    Connect(tokio_postgres::Error),
    #[error("PostgreSQL: {}", Cause(.0))]
    Query(#[from] tokio_postgres::Error),
    #[error("applying migration {version} ({name}): {}", Cause(.source))]
    Migration {
        version: i32,
        name: &'static str,
        source: tokio_postgres::Error,
    },
    #[error("the PostgreSQL connection thread is gone")]
    Dispatch,
}

/// A tokio-postgres error with what the server or the socket said (its own `Display` is
/// only "db error" or "error connecting to server").
struct Cause<'a>(&'a tokio_postgres::Error);

impl std::fmt::Display for Cause<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use std::error::Error;
        match (self.0.as_db_error(), self.0.source()) {
            (Some(db), _) => write!(
                f,
                "{}: {} (SQLSTATE {})",
                db.severity(),
                db.message(),
                db.code().code()
            ),
            (None, Some(source)) => write!(f, "{}: {source}", self.0),
            (None, None) => write!(f, "{}", self.0),
        }
    }
}

impl From<PgError> for BackendError {
    fn from(error: PgError) -> Self {
        BackendError::new(error)
    }
}

/// Where the database is: a libpq-style url or key=value string without the password,
/// and the password (read by the caller from an environment variable).
#[derive(Clone)]
pub struct PgSettings {
    pub url: String,
    pub password: Option<String>,
}

impl std::fmt::Debug for PgSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgSettings")
            .field("url", &self.url)
            .field("password", &self.password.as_ref().map(|_| "…"))
            .finish()
    }
}

/// The statements every connection prepares once.
#[derive(Debug)]
struct Statements {
    get: Statement,
    put: Statement,
    put_new: Statement,
    delete: Statement,
    range: Statement,
    count: Statement,
    next_id: Statement,
}

#[derive(Debug)]
struct Connection {
    client: Client,
    statements: Statements,
}

impl Connection {
    async fn prepare(client: Client) -> Result<Self, tokio_postgres::Error> {
        let statements = Statements {
            get: client
                .prepare("SELECT v FROM kompass_entries WHERE tbl = $1 AND k = $2")
                .await?,
            put: client
                .prepare(
                    "INSERT INTO kompass_entries (tbl, k, v) VALUES ($1, $2, $3) \
                     ON CONFLICT (tbl, k) DO UPDATE SET v = EXCLUDED.v",
                )
                .await?,
            put_new: client
                .prepare(
                    "INSERT INTO kompass_entries (tbl, k, v) VALUES ($1, $2, $3) \
                     ON CONFLICT (tbl, k) DO NOTHING",
                )
                .await?,
            delete: client
                .prepare("DELETE FROM kompass_entries WHERE tbl = $1 AND k = $2")
                .await?,
            range: client
                .prepare(
                    "SELECT k, v FROM kompass_entries WHERE tbl = $1 AND k >= $2 \
                     AND ($3::bytea IS NULL OR k < $3) ORDER BY k LIMIT $4",
                )
                .await?,
            count: client
                .prepare("SELECT count(*) FROM kompass_entries WHERE tbl = $1")
                .await?,
            next_id: client.prepare("SELECT nextval('kompass_ids')").await?,
        };
        Ok(Self { client, statements })
    }
}

/// Connections not in use, and how many exist.
#[derive(Debug, Default)]
struct PoolState {
    idle: Vec<Connection>,
    open: usize,
}

/// The store's tables in a PostgreSQL database.
#[derive(Debug)]
pub struct PgBackend {
    dispatch: dispatch::Dispatch,
    config: tokio_postgres::Config,
    pool: Mutex<PoolState>,
    returned: Condvar,
}

/// A connection taken from the pool; back in it when dropped (unless it broke).
struct Lease<'a> {
    backend: &'a PgBackend,
    connection: Option<Connection>,
}

impl Lease<'_> {
    fn get(&self) -> &Connection {
        self.connection
            .as_ref()
            .expect("a lease holds its connection")
    }

    fn get_mut(&mut self) -> &mut Connection {
        self.connection
            .as_mut()
            .expect("a lease holds its connection")
    }
}

impl Drop for Lease<'_> {
    fn drop(&mut self) {
        let mut pool = self.backend.lock();
        match self.connection.take() {
            Some(connection) if !connection.client.is_closed() => pool.idle.push(connection),
            _ => pool.open -= 1,
        }
        drop(pool);
        self.backend.returned.notify_one();
    }
}

fn is_conflict(error: &tokio_postgres::Error) -> bool {
    matches!(
        error.code(),
        Some(code) if *code == SqlState::T_R_SERIALIZATION_FAILURE
            || *code == SqlState::T_R_DEADLOCK_DETECTED
    )
}

fn tx_error(error: tokio_postgres::Error) -> TxError {
    if is_conflict(&error) {
        TxError::Conflict
    } else {
        TxError::Storage(storage(error))
    }
}

fn storage(error: tokio_postgres::Error) -> BackendError {
    // With the server's words (`PgError`'s display), not just "db error".
    BackendError::new(PgError::Query(error))
}

/// The lower bound as an inclusive key (the successor of an excluded key is key + 0x00),
/// the upper as an exclusive one (`None`: unbounded).
fn bounds(from: Bound<&[u8]>, to: Bound<&[u8]>) -> (Vec<u8>, Option<Vec<u8>>) {
    let successor = |key: &[u8]| {
        let mut next = key.to_vec();
        next.push(0);
        next
    };
    let lower = match from {
        Bound::Included(key) => key.to_vec(),
        Bound::Excluded(key) => successor(key),
        Bound::Unbounded => Vec::new(),
    };
    let upper = match to {
        Bound::Included(key) => Some(successor(key)),
        Bound::Excluded(key) => Some(key.to_vec()),
        Bound::Unbounded => None,
    };
    (lower, upper)
}

impl PgBackend {
    /// Connects, applies the migrations not yet applied, and keeps the connection.
    pub fn connect(settings: &PgSettings) -> Result<Self, PgError> {
        let mut config: tokio_postgres::Config = settings.url.parse().map_err(PgError::Url)?;
        if let Some(password) = &settings.password {
            config.password(password.as_bytes());
        }
        if config.get_application_name().is_none() {
            config.application_name("kompass");
        }
        let dispatch = dispatch::Dispatch::start()?;
        // The schema first: the pooled connections prepare statements on its tables.
        let mut client = dispatch.connect(config.clone())?;
        block_on(migrations::apply(&mut client))?;
        let first = block_on(Connection::prepare(client)).map_err(PgError::Connect)?;
        Ok(Self {
            dispatch,
            config,
            pool: Mutex::new(PoolState {
                idle: vec![first],
                open: 1,
            }),
            returned: Condvar::new(),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, PoolState> {
        self.pool
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// A connection of its own: an idle one, a new one, or the next one returned.
    fn lease(&self) -> Result<Lease<'_>, PgError> {
        let mut pool = self.lock();
        loop {
            if let Some(connection) = pool.idle.pop() {
                return Ok(Lease {
                    backend: self,
                    connection: Some(connection),
                });
            }
            if pool.open < MAX_CONNECTIONS {
                pool.open += 1;
                drop(pool);
                return match self.open_connection() {
                    Ok(connection) => Ok(Lease {
                        backend: self,
                        connection: Some(connection),
                    }),
                    Err(error) => {
                        self.lock().open -= 1;
                        self.returned.notify_one();
                        Err(error)
                    }
                };
            }
            pool = self
                .returned
                .wait(pool)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
        }
    }

    fn open_connection(&self) -> Result<Connection, PgError> {
        let config = self.config.clone();
        let client = self.dispatch.connect(config)?;
        block_on(Connection::prepare(client)).map_err(PgError::Connect)
    }
}

/// A transaction's queries, on the leased connection.
struct PgTx<'a, 'c> {
    tx: &'a tokio_postgres::Transaction<'c>,
    statements: &'a Statements,
}

impl Tx for PgTx<'_, '_> {
    fn get(&self, table: Table, key: &[u8]) -> Result<Option<Vec<u8>>, TxError> {
        let row = block_on(
            self.tx
                .query_opt(&self.statements.get, &[&table.name(), &key]),
        )
        .map_err(tx_error)?;
        Ok(row.map(|row| row.get(0)))
    }

    fn insert(&self, table: Table, key: &[u8], value: &[u8]) -> Result<(), TxError> {
        block_on(
            self.tx
                .execute(&self.statements.put, &[&table.name(), &key, &value]),
        )
        .map_err(tx_error)?;
        Ok(())
    }

    fn remove(&self, table: Table, key: &[u8]) -> Result<(), TxError> {
        block_on(
            self.tx
                .execute(&self.statements.delete, &[&table.name(), &key]),
        )
        .map_err(tx_error)?;
        Ok(())
    }
}

impl Backend for PgBackend {
    fn get(&self, table: Table, key: &[u8]) -> Result<Option<Vec<u8>>, BackendError> {
        let lease = self.lease()?;
        let c = lease.get();
        let row = block_on(
            c.client
                .query_opt(&c.statements.get, &[&table.name(), &key]),
        )
        .map_err(storage)?;
        Ok(row.map(|row| row.get(0)))
    }

    fn insert(&self, table: Table, key: &[u8], value: &[u8]) -> Result<(), BackendError> {
        let lease = self.lease()?;
        let c = lease.get();
        block_on(
            c.client
                .execute(&c.statements.put, &[&table.name(), &key, &value]),
        )
        .map_err(storage)?;
        Ok(())
    }

    fn remove(&self, table: Table, key: &[u8]) -> Result<(), BackendError> {
        let lease = self.lease()?;
        let c = lease.get();
        block_on(
            c.client
                .execute(&c.statements.delete, &[&table.name(), &key]),
        )
        .map_err(storage)?;
        Ok(())
    }

    fn insert_new(&self, table: Table, key: &[u8], value: &[u8]) -> Result<bool, BackendError> {
        let lease = self.lease()?;
        let c = lease.get();
        let inserted = block_on(
            c.client
                .execute(&c.statements.put_new, &[&table.name(), &key, &value]),
        )
        .map_err(storage)?;
        Ok(inserted == 1)
    }

    fn range(&self, table: Table, from: Bound<&[u8]>, to: Bound<&[u8]>) -> Entries<'_> {
        let (lower, upper) = bounds(from, to);
        Box::new(Pages {
            backend: self,
            table,
            next: Some(lower),
            upper,
            page: Vec::new().into_iter(),
        })
    }

    fn len(&self, table: Table) -> Result<usize, BackendError> {
        let lease = self.lease()?;
        let c = lease.get();
        let row =
            block_on(c.client.query_one(&c.statements.count, &[&table.name()])).map_err(storage)?;
        let count: i64 = row.get(0);
        Ok(usize::try_from(count).unwrap_or(usize::MAX))
    }

    fn transaction(&self, _tables: &[Table], body: TxBody<'_>) -> Result<(), TxError> {
        let mut lease = self.lease().map_err(|e| TxError::Storage(e.into()))?;
        loop {
            let Connection { client, statements } = lease.get_mut();
            let tx = block_on(
                client
                    .build_transaction()
                    .isolation_level(IsolationLevel::Serializable)
                    .start(),
            )
            .map_err(|e| TxError::Storage(storage(e)))?;
            let outcome = body(&PgTx {
                tx: &tx,
                statements,
            });
            let committed = match outcome {
                Ok(()) => block_on(tx.commit()).map_err(tx_error),
                Err(error) => {
                    // Waited for, so the connection is idle before it is used again.
                    let _ = block_on(tx.rollback());
                    Err(error)
                }
            };
            match committed {
                Err(TxError::Conflict) => {
                    tracing::debug!("a PostgreSQL transaction conflicted; running it again");
                    continue;
                }
                other => return other,
            }
        }
    }

    fn generate_id(&self) -> Result<u64, BackendError> {
        let lease = self.lease()?;
        let c = lease.get();
        let row = block_on(c.client.query_one(&c.statements.next_id, &[])).map_err(storage)?;
        let id: i64 = row.get(0);
        Ok(u64::try_from(id).unwrap_or(0))
    }

    fn flush(&self) -> Result<(), BackendError> {
        // Every statement committed before it returned, with `synchronous_commit` on.
        Ok(())
    }
}

/// A scan, one page of entries per round trip (keyset pagination), so scanning 100,000
/// sessions never holds them all in memory.
struct Pages<'a> {
    backend: &'a PgBackend,
    table: Table,
    /// The next page's inclusive lower bound; `None` after the last page.
    next: Option<Vec<u8>>,
    upper: Option<Vec<u8>>,
    page: std::vec::IntoIter<(Vec<u8>, Vec<u8>)>,
}

impl Pages<'_> {
    fn fetch(&mut self, lower: Vec<u8>) -> Result<(), BackendError> {
        let lease = self.backend.lease()?;
        let c = lease.get();
        let rows = block_on(c.client.query(
            &c.statements.range,
            &[&self.table.name(), &lower, &self.upper, &PAGE],
        ))
        .map_err(storage)?;
        let entries: Vec<(Vec<u8>, Vec<u8>)> =
            rows.iter().map(|row| (row.get(0), row.get(1))).collect();
        self.next = match entries.last() {
            Some((key, _)) if entries.len() as i64 == PAGE => {
                let mut next = key.clone();
                next.push(0);
                Some(next)
            }
            _ => None,
        };
        self.page = entries.into_iter();
        Ok(())
    }
}

impl Iterator for Pages<'_> {
    type Item = Result<(Vec<u8>, Vec<u8>), BackendError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(entry) = self.page.next() {
                return Some(Ok(entry));
            }
            let lower = self.next.take()?;
            if let Err(error) = self.fetch(lower) {
                return Some(Err(error));
            }
        }
    }
}

/// Whether `url` can be read as a connection string, and carries no password (that comes
/// from the environment, so the config file can be shown around).
pub fn check_url(url: &str) -> Result<(), String> {
    let config: tokio_postgres::Config = url.parse().map_err(|e| Cause(&e).to_string())?;
    if config.get_password().is_some() {
        return Err("it holds a password; name its environment variable in password_env".into());
    }
    if config.get_hosts().is_empty() {
        return Err("it names no host".into());
    }
    Ok(())
}

/// Opens kompass-core's store on PostgreSQL; `dir` keeps the key files and uploads.
pub fn open_store(
    dir: &std::path::Path,
    settings: &PgSettings,
) -> Result<kompass_core::store::Store, kompass_core::store::StoreError> {
    let backend =
        PgBackend::connect(settings).map_err(|error| kompass_core::store::StoreError::Open {
            path: dir.to_path_buf(),
            source: error.into(),
        })?;
    kompass_core::store::Store::open_with(dir, Arc::new(backend))
}
