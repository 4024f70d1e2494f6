//! A throw-away PostgreSQL cluster for tests: Debian's `postgresql` (installed by test.sh),
//! `initdb` and `postgres` in a temporary folder, listening on 127.0.0.1 at a free port and
//! on a Unix socket in that folder; stopped and deleted on drop. PostgreSQL refuses to run
//! as root, so as root the cluster runs as the `postgres` user (`runuser`), with the folder
//! given to it.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::PgSettings;

/// A running cluster with one database, `kompass`, and a superuser `kompass` whose password
/// is `password`.
#[derive(Debug)]
pub struct TestCluster {
    child: Option<Child>,
    dir: tempfile::TempDir,
    pub port: u16,
    pub password: String,
    as_postgres: bool,
}

/// The folder with `initdb` and `postgres` (the newest Debian version installed), or the
/// one `KOMPASS_PG_BIN` names.
pub fn bin_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("KOMPASS_PG_BIN") {
        return PathBuf::from(dir);
    }
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path().join("bin"))
        .filter(|bin| bin.join("initdb").exists())
        .collect();
    versions.sort_by_key(|bin| {
        bin.parent()
            .and_then(|v| v.file_name())
            .and_then(|v| v.to_str())
            .and_then(|v| v.parse::<u32>().ok())
            .unwrap_or(0)
    });
    versions
        .pop()
        .expect("PostgreSQL is missing: run ./test.sh, which installs Debian's postgresql")
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free port")
}

fn is_root() -> bool {
    // Only root may chown; the numeric id comes from `id -u` (no libc call needed).
    Command::new("id")
        .arg("-u")
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).trim() == "0")
        .unwrap_or(false)
}

impl TestCluster {
    /// Creates and starts a cluster; panics (a test setup failure) if it cannot.
    pub fn start() -> Self {
        let dir = tempfile::Builder::new()
            .prefix("kompass-pg-")
            .tempdir()
            .expect("a temporary folder");
        let as_postgres = is_root();
        let data = dir.path().join("data");
        let password = format!("pw-{}-{}", std::process::id(), free_port());
        let password_file = dir.path().join("password");
        std::fs::write(&password_file, &password).expect("password file");
        if as_postgres {
            let status = Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(dir.path())
                .status()
                .expect("chown runs");
            assert!(
                status.success(),
                "the cluster folder cannot be given to postgres"
            );
        }
        let bin = bin_dir();
        let status = Self::command(as_postgres, &bin.join("initdb"))
            .arg("-D")
            .arg(&data)
            .args(["-U", "kompass", "-A", "scram-sha-256", "--pwfile"])
            .arg(&password_file)
            .args(["-E", "UTF8", "--locale", "C.UTF-8", "--no-sync"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .expect("initdb runs");
        assert!(
            status.status.success(),
            "initdb failed: {}",
            String::from_utf8_lossy(&status.stderr)
        );
        let port = free_port();
        let log = std::fs::File::create(dir.path().join("postgres.log")).expect("log file");
        if as_postgres {
            let _ = Command::new("chown")
                .args(["postgres:postgres"])
                .arg(dir.path().join("postgres.log"))
                .status();
        }
        let child = Self::command(as_postgres, &bin.join("postgres"))
            .arg("-D")
            .arg(&data)
            .args(["-c", "listen_addresses=127.0.0.1", "-p", &port.to_string()])
            .arg("-c")
            .arg(format!("unix_socket_directories={}", dir.path().display()))
            // Small and quick: a test cluster needs no durability across power cuts.
            .args(["-c", "fsync=off", "-c", "shared_buffers=16MB"])
            .args(["-c", "max_connections=60"])
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("postgres starts");
        let mut cluster = Self {
            child: Some(child),
            dir,
            port,
            password,
            as_postgres,
        };
        cluster.wait_ready();
        cluster.psql("postgres", "CREATE DATABASE kompass");
        cluster
    }

    fn command(as_postgres: bool, program: &Path) -> Command {
        if as_postgres {
            let mut command = Command::new("runuser");
            command.args(["-u", "postgres", "--"]).arg(program);
            command
        } else {
            Command::new(program)
        }
    }

    fn wait_ready(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                // Accepting connections does not yet mean ready: ask.
                let ready = Self::command(false, &bin_dir().join("pg_isready"))
                    .args(["-h", "127.0.0.1", "-p", &self.port.to_string()])
                    .stdout(Stdio::null())
                    .status()
                    .is_ok_and(|s| s.success());
                if ready {
                    return;
                }
            }
            if let Some(child) = &mut self.child
                && let Ok(Some(status)) = child.try_wait()
            {
                panic!(
                    "postgres exited ({status}): {}",
                    std::fs::read_to_string(self.dir.path().join("postgres.log"))
                        .unwrap_or_default()
                );
            }
            assert!(Instant::now() < deadline, "postgres did not start in 60 s");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Runs SQL as the superuser in `database` (e.g. `CHECKPOINT`); panics if it fails.
    pub fn psql(&self, database: &str, sql: &str) -> String {
        let out = Command::new(bin_dir().join("psql"))
            .args(["-h", "127.0.0.1", "-p", &self.port.to_string()])
            .args([
                "-U",
                "kompass",
                "-d",
                database,
                "-At",
                "-v",
                "ON_ERROR_STOP=1",
                "-c",
                sql,
            ])
            .env("PGPASSWORD", &self.password)
            .output()
            .expect("psql runs");
        assert!(
            out.status.success(),
            "psql {sql}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The url of the `kompass` database, without the password.
    pub fn url(&self) -> String {
        format!("postgresql://kompass@127.0.0.1:{}/kompass", self.port)
    }

    /// Settings to connect with (url and password).
    pub fn settings(&self) -> PgSettings {
        PgSettings {
            url: self.url(),
            password: Some(self.password.clone()),
        }
    }

    /// The cluster's data folder (`base/`, `pg_wal/` …).
    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// Writes every dirty page to the data files (and past WAL), so a scan of the data
    /// folder sees what PostgreSQL keeps.
    pub fn checkpoint(&self) {
        self.psql("kompass", "CHECKPOINT");
    }

    /// Makes the cluster's files readable to this process (as root they belong to postgres;
    /// root reads them anyway, so this is a no-op kept for clarity).
    pub fn runs_as_postgres(&self) -> bool {
        self.as_postgres
    }
}

impl Drop for TestCluster {
    fn drop(&mut self) {
        let Some(mut child) = self.child.take() else {
            return;
        };
        // `pg_ctl stop -m fast` signals the postmaster itself (its pid from postmaster.pid)
        // and waits until it is gone. Signalling the child is not enough as root: the child
        // is `runuser`, which may exit before PostgreSQL has stopped, and the temporary
        // folder was then deleted under a PostgreSQL still shutting down.
        let _ = Self::command(self.as_postgres, &bin_dir().join("pg_ctl"))
            .arg("stop")
            .arg("-D")
            .arg(self.data_dir())
            .args(["-m", "fast", "-w", "-t", "20"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        let pid_file = self.data_dir().join("postmaster.pid");
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            let exited = matches!(child.try_wait(), Ok(Some(_)));
            if exited && !pid_file.exists() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = child.kill();
        let _ = child.wait();
    }
}
