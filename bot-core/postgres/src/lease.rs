//! One active instance per database: the lease is a session-level advisory lock held by a
//! connection of its own. PostgreSQL enforces it: nobody else gets the lock while that
//! session lives, and the lock goes the moment the session ends.
//!
//! - A killed process's socket is closed by its kernel: the server ends the session and
//!   the standby, asking every [`LeaseTimings::poll`], gets the lock at once.
//! - A machine that freezes or falls off the network closes nothing. The lease connection
//!   sets TCP keepalives and `tcp_user_timeout` on both ends (the server's per session, with
//!   `SET`), so the server gives up on the session after [`LeaseTimings::server_gives_up`]
//!   and the lock is free then.
//! - A process that hangs (or is stopped) keeps its socket open, and its machine's kernel
//!   answers the keepalives. Its lease connection no longer asks anything, though: each
//!   confirmation is a query, so `pg_stat_activity.state_change` of the holder's session
//!   moves on every [`LeaseTimings::check_every`]. A standby that finds it older than the
//!   lease ends that session (`pg_terminate_backend`, allowed for sessions of the same
//!   database user) and takes the lock. The hung process, should it wake, finds its
//!   session gone at its next confirmation and exits; `store::claims` fences what it might
//!   still try to mark as sent meanwhile.
//! - The active instance confirms every [`LeaseTimings::check_every`] that its session still
//!   holds the lock (a query on `pg_locks` that must answer within the same time), and
//!   right before each email goes out; when it cannot, it must stop (`kompass run`
//!   exits). It notices before the server lets the lock go (`check_every` × 2 <
//!   `server_gives_up` − `check_every`), so two actives do not overlap; and
//!   `store::claims` fences the emails if they did.
//!
//! The session's `application_name` says which instance holds the lease
//! (`kompass active <host> pid <pid>`), so `pg_stat_activity` shows it.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use tokio_postgres::Client;

use super::{PgError, PgSettings, dispatch::Dispatch};

/// The advisory lock's two keys ("komp", "ass\0"): one lease per database.
const KEY_HIGH: i32 = 0x6b6f_6d70;
const KEY_LOW: i32 = 0x6173_7300;

/// The lease's timings, all derived from `[storage] lease_seconds`.
#[derive(Debug, Clone, Copy)]
pub struct LeaseTimings {
    pub lease: Duration,
}

impl LeaseTimings {
    pub fn new(lease: Duration) -> Self {
        Self {
            lease: lease.max(Duration::from_secs(2)),
        }
    }

    /// How often the active confirms the lease, and how long a confirmation may take.
    pub fn check_every(&self) -> Duration {
        self.lease / 5
    }

    /// How often a standby asks for the lock: a crashed active's successor starts within
    /// this (a query every 200 ms at the default lease costs the database nothing).
    pub fn poll(&self) -> Duration {
        (self.lease / 50).clamp(Duration::from_millis(100), Duration::from_millis(250))
    }

    /// Keepalive idle time, interval and count (whole seconds for the server's settings).
    fn keepalive(&self) -> (u64, u64, u32) {
        let seconds = self.lease.as_secs();
        ((seconds / 2).max(1), (seconds / 10).max(1), 3)
    }

    /// How long the server keeps a silent session (and its lock) at most.
    pub fn server_gives_up(&self) -> Duration {
        let (idle, interval, count) = self.keepalive();
        Duration::from_secs(idle + interval * u64::from(count))
    }
}

/// The lease connection, and whether it holds the lock.
#[derive(Debug)]
pub struct Lease {
    dispatch: Dispatch,
    config: tokio_postgres::Config,
    timings: LeaseTimings,
    client: std::sync::Mutex<Option<Arc<Client>>>,
    held: AtomicBool,
    /// The last attempt to reach the database succeeded (for a standby's `/healthz`).
    reachable: AtomicBool,
    name: String,
}

fn host_name() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|name| name.trim().to_string())
        .unwrap_or_else(|_| "?".to_string())
}

impl Lease {
    /// Prepares the lease connection (it connects in [`Lease::acquire`]).
    pub fn new(settings: &PgSettings, timings: LeaseTimings) -> Result<Self, PgError> {
        let mut config: tokio_postgres::Config = settings.url.parse().map_err(PgError::Url)?;
        if let Some(password) = &settings.password {
            config.password(password.as_bytes());
        }
        let (idle, interval, count) = timings.keepalive();
        config
            .keepalives(true)
            .keepalives_idle(Duration::from_secs(idle))
            .keepalives_interval(Duration::from_secs(interval))
            .keepalives_retries(count)
            .tcp_user_timeout(timings.server_gives_up())
            .connect_timeout(timings.lease);
        let name = format!("{} pid {}", host_name(), std::process::id());
        config.application_name(format!("kompass standby {name}"));
        Ok(Self {
            dispatch: Dispatch::start()?,
            config,
            timings,
            client: std::sync::Mutex::new(None),
            held: AtomicBool::new(false),
            reachable: AtomicBool::new(false),
            name,
        })
    }

    pub fn timings(&self) -> LeaseTimings {
        self.timings
    }

    /// Whether this instance holds the lease.
    pub fn is_held(&self) -> bool {
        self.held.load(Ordering::SeqCst)
    }

    /// Whether the database answered the last time the lease asked it.
    pub fn database_reachable(&self) -> bool {
        self.reachable.load(Ordering::SeqCst)
    }

    fn client(&self) -> Result<Arc<Client>, PgError> {
        let mut slot = self.client.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(client) = slot.as_ref().filter(|c| !c.is_closed()) {
            return Ok(client.clone());
        }
        let client = Arc::new(self.dispatch.connect(self.config.clone())?);
        let (idle, interval, count) = self.timings.keepalive();
        // The server's side of the keepalives: without them a frozen machine's session, and
        // its lock, would live for the kernel's two hours.
        let set = format!(
            "SET tcp_keepalives_idle = {idle}; SET tcp_keepalives_interval = {interval}; \
             SET tcp_keepalives_count = {count}; SET tcp_user_timeout = {}",
            self.timings.server_gives_up().as_millis()
        );
        let c = client.clone();
        self.dispatch
            .run(async move { c.batch_execute(&set).await })?
            .map_err(PgError::Query)?;
        *slot = Some(client.clone());
        Ok(client)
    }

    /// One query on the lease connection, given up after `check_every`.
    fn ask(&self, sql: String) -> Result<bool, String> {
        let client = self.client().map_err(|e| e.to_string())?;
        let limit = self.timings.check_every();
        let answer = self
            .dispatch
            .run(async move {
                tokio::time::timeout(
                    limit,
                    async move { client.query_one(sql.as_str(), &[]).await },
                )
                .await
            })
            .map_err(|e| e.to_string())?;
        match answer {
            Ok(Ok(row)) => {
                self.reachable.store(true, Ordering::SeqCst);
                Ok(row.get::<_, bool>(0))
            }
            Ok(Err(error)) => {
                self.reachable.store(false, Ordering::SeqCst);
                Err(PgError::Query(error).to_string())
            }
            Err(_) => {
                self.reachable.store(false, Ordering::SeqCst);
                Err(format!("PostgreSQL did not answer within {limit:?}"))
            }
        }
    }

    /// Waits until this instance holds the lease (standby until then). A database that
    /// cannot be reached is asked again; `waiting` is called once, when another instance
    /// is found holding the lease.
    pub fn acquire(&self, waiting: impl FnOnce()) -> Result<(), PgError> {
        let mut waiting = Some(waiting);
        let mut logged_down = false;
        loop {
            match self.ask(format!(
                "SELECT pg_try_advisory_lock({KEY_HIGH}, {KEY_LOW})"
            )) {
                Ok(true) => break,
                Ok(false) => {
                    if let Some(waiting) = waiting.take() {
                        waiting();
                    }
                    self.end_silent_holder();
                }
                Err(error) => {
                    if !logged_down {
                        tracing::warn!(%error, "standby: PostgreSQL cannot be reached; trying again");
                        logged_down = true;
                    }
                    // A broken connection is opened anew at the next try.
                    if let Some(client) =
                        self.client.lock().unwrap_or_else(|p| p.into_inner()).take()
                    {
                        drop(client);
                    }
                    std::thread::sleep(self.timings.lease / 5);
                    continue;
                }
            }
            std::thread::sleep(self.timings.poll());
        }
        self.held.store(true, Ordering::SeqCst);
        let name = self.name.replace('\'', "");
        // Only informative: pg_stat_activity shows who is active.
        if let Err(error) = self.ask(format!(
            "SELECT set_config('application_name', 'kompass active {name}', false) IS NOT NULL"
        )) {
            tracing::warn!(%error, "the lease connection's name could not be set");
        }
        Ok(())
    }

    /// Ends the holder's session if it has not confirmed the lease for longer than the
    /// lease (a hung process: see the module docs).
    fn end_silent_holder(&self) {
        let lease = self.timings.lease.as_secs_f64();
        let ended = self.ask(format!(
            "SELECT coalesce(bool_or(pg_terminate_backend(a.pid)), false) FROM pg_locks l \
             JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' \
             AND l.granted AND l.classid = {KEY_HIGH} AND l.objid = {KEY_LOW} \
             AND l.objsubid = 2 AND a.state = 'idle' \
             AND clock_timestamp() - a.state_change > make_interval(secs => {lease})"
        ));
        match ended {
            Ok(true) => tracing::warn!(
                lease_seconds = lease,
                "standby: the active instance has not confirmed its lease for longer than the lease; its session was ended and this instance takes over"
            ),
            Ok(false) => {}
            Err(error) => tracing::debug!(%error, "the lease holder could not be checked"),
        }
    }

    /// Confirms that this session still holds the lock (see the module docs).
    pub fn confirm(&self) -> Result<(), String> {
        if !self.is_held() {
            return Err("this instance never held the lease".into());
        }
        let held = self.ask(format!(
            "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' \
             AND pid = pg_backend_pid() AND granted AND classid = {KEY_HIGH} \
             AND objid = {KEY_LOW} AND objsubid = 2)"
        ));
        match held {
            Ok(true) => Ok(()),
            Ok(false) => Err("the lease connection no longer holds the lock".into()),
            Err(error) => Err(error),
        }
        .inspect_err(|_| self.held.store(false, Ordering::SeqCst))
    }

    /// Confirms the lease every `check_every` on a thread of its own; calls `lost` with the
    /// reason once it cannot.
    pub fn watch(
        self: &Arc<Self>,
        lost: impl FnOnce(String) + Send + 'static,
    ) -> std::io::Result<()> {
        let lease = self.clone();
        std::thread::Builder::new()
            .name("kompass-lease".into())
            .spawn(move || {
                loop {
                    std::thread::sleep(lease.timings.check_every());
                    if let Err(reason) = lease.confirm() {
                        lost(reason);
                        return;
                    }
                }
            })
            .map(drop)
    }
}

impl kompass_core::runtime::LeaseCheck for Lease {
    fn confirm(&self) -> Result<(), String> {
        Lease::confirm(self)
    }
}
