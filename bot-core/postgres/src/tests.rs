//! The storage conformance suite (`kompass_core::conformance`) on PostgreSQL: each test
//! gets a throw-away cluster of its own; the erasure test scans the cluster's data folder
//! (`base/`, `pg_wal/`) after a `CHECKPOINT`.

use std::path::{Path, PathBuf};

use kompass_core::conformance::Fixture;
use kompass_core::store::Store;

use crate::test_cluster::TestCluster;

struct PgFixture {
    cluster: TestCluster,
}

impl PgFixture {
    fn start() -> Self {
        Self {
            cluster: TestCluster::start(),
        }
    }
}

impl Fixture for PgFixture {
    fn open(&self, dir: &Path) -> Store {
        crate::open_store(&dir.join("db"), &self.cluster.settings()).expect("the store opens")
    }

    fn written(&self, dir: &Path) -> Vec<PathBuf> {
        self.cluster.checkpoint();
        let data = self.cluster.data_dir();
        // The key files and uploads stay in the data folder whatever the backend.
        vec![data.join("base"), data.join("pg_wal"), dir.join("db")]
    }
}

kompass_core::store_conformance_tests!(PgFixture::start());

/// Migrations are recorded and not applied twice; a second store on the same database
/// sees the first one's data.
#[test]
fn migrations_apply_once_and_are_recorded() {
    let cluster = TestCluster::start();
    let dir = tempfile::tempdir().unwrap();
    let first = crate::open_store(&dir.path().join("db"), &cluster.settings()).unwrap();
    drop(first);
    let _second = crate::open_store(&dir.path().join("db"), &cluster.settings()).unwrap();
    let recorded = cluster.psql("kompass", "SELECT version, name FROM kompass_migrations");
    assert_eq!(recorded.trim(), "1|0001_tables.sql");
}

/// A wrong password is an error that says where, not a panic or a hang.
#[test]
fn a_wrong_password_is_refused() {
    let cluster = TestCluster::start();
    let settings = crate::PgSettings {
        url: cluster.url(),
        password: Some("wrong".into()),
    };
    let error = crate::PgBackend::connect(&settings).unwrap_err();
    assert!(
        error.to_string().contains("password authentication failed"),
        "{error}"
    );
}

/// One lease per database: a second instance waits while the first holds it, gets it as
/// soon as the first one's session ends, and the first one's confirmation then fails.
#[test]
fn the_lease_has_one_holder_and_passes_when_its_session_ends() {
    use std::sync::Arc;
    use std::time::{Duration, Instant};

    use crate::lease::{Lease, LeaseTimings};

    let cluster = TestCluster::start();
    let timings = LeaseTimings::new(Duration::from_secs(3));
    let first = Arc::new(Lease::new(&cluster.settings(), timings).unwrap());
    first.acquire(|| panic!("nobody else holds it")).unwrap();
    first.confirm().expect("the holder confirms its lease");
    // The active's watch keeps confirming, as `kompass run` does.
    let (lost_tx, lost_rx) = std::sync::mpsc::channel();
    first
        .watch(move |reason| lost_tx.send(reason).unwrap())
        .unwrap();
    let active = cluster.psql(
        "kompass",
        "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'kompass active %'",
    );
    assert_eq!(
        active.trim(),
        "1",
        "pg_stat_activity names the active instance"
    );

    let second = Arc::new(Lease::new(&cluster.settings(), timings).unwrap());
    let (waited_tx, waited_rx) = std::sync::mpsc::channel();
    let contender = {
        let second = second.clone();
        std::thread::spawn(move || {
            second.acquire(move || waited_tx.send(()).unwrap()).unwrap();
            Instant::now()
        })
    };
    waited_rx
        .recv_timeout(Duration::from_secs(10))
        .expect("the second instance found the lease taken");
    // Longer than the lease: a holder that confirms is not taken for a hung one.
    std::thread::sleep(Duration::from_secs(4));
    assert!(!second.is_held(), "two holders at once");

    // The first instance's session ends (as when its process is killed).
    let ended = Instant::now();
    cluster.psql(
        "kompass",
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE 'kompass active %'",
    );
    let taken = contender.join().unwrap();
    assert!(
        taken.duration_since(ended) < Duration::from_secs(2),
        "the lease passed after {:?}",
        taken.duration_since(ended)
    );
    assert!(second.confirm().is_ok());
    let reason = lost_rx
        .recv_timeout(Duration::from_secs(3))
        .expect("the old holder's watch noticed");
    assert!(!reason.is_empty());
    assert!(first.confirm().is_err(), "the old holder cannot confirm");
    assert!(!first.is_held());
}

/// A holder that stops confirming (a hung process: its socket stays open) loses the lease
/// once it has been silent for longer than the lease.
#[test]
fn a_silent_holder_loses_the_lease() {
    use std::sync::Arc;
    use std::time::{Duration, Instant};

    use crate::lease::{Lease, LeaseTimings};

    let cluster = TestCluster::start();
    let timings = LeaseTimings::new(Duration::from_secs(2));
    let hung = Arc::new(Lease::new(&cluster.settings(), timings).unwrap());
    hung.acquire(|| panic!("nobody else holds it")).unwrap();
    let start = Instant::now();
    let standby = Lease::new(&cluster.settings(), timings).unwrap();
    standby.acquire(|| {}).unwrap();
    let waited = start.elapsed();
    assert!(
        waited >= Duration::from_millis(1500) && waited < Duration::from_secs(6),
        "taken over after {waited:?}"
    );
    assert!(standby.confirm().is_ok());
    assert!(
        hung.confirm().is_err(),
        "the hung holder finds out when it wakes"
    );
}
