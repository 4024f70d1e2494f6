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
