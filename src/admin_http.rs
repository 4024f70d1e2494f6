//! The administrator's HTTP listener: `/healthz` (ready when storage answers and every
//! configured channel is connected) and `/metrics` (Prometheus text). Off unless
//! `[admin] listen` is set; meant for 127.0.0.1 or a monitoring network, never the internet.
//!
//! Both say which instance is active (PostgreSQL with two instances): `/healthz` starts
//! with `role active` or `role standby` (a standby answers 200 while it can reach the
//! database: it is healthy, and ready to take over), `/metrics` has `kompass_active 1` or
//! `0`. A standby has no runtime yet (it opens the store only once it holds the lease), so
//! its `/metrics` has only that line.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, OnceLock};

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use kompass_core::Runtime;

/// Which channels are connected, as each adapter reports it.
#[derive(Debug, Default)]
pub struct Channels(Mutex<BTreeMap<String, bool>>);

impl Channels {
    pub fn set(&self, channel: &str, connected: bool) {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(channel.to_string(), connected);
    }

    /// Marks `channel` disconnected and returns what its adapter calls when that changes.
    pub fn reporter(self: &Arc<Self>, channel: &str) -> kompass_core::runtime::ChannelHealth {
        self.set(channel, false);
        let channels = self.clone();
        let channel = channel.to_string();
        Arc::new(move |up: bool| channels.set(&channel, up))
    }

    fn snapshot(&self) -> BTreeMap<String, bool> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

/// What the listener reports on: the runtime once this instance is active, the lease
/// while it waits for it, and the channels.
#[derive(Debug, Default)]
pub struct Status {
    runtime: OnceLock<Arc<Runtime>>,
    lease: OnceLock<Arc<kompass_postgres::lease::Lease>>,
    channels: Arc<Channels>,
}

impl Status {
    pub fn channels(&self) -> Arc<Channels> {
        self.channels.clone()
    }

    /// The instance is active: from now on the runtime answers.
    pub fn set_runtime(&self, runtime: Arc<Runtime>) {
        let _ = self.runtime.set(runtime);
    }

    pub fn set_lease(&self, lease: Arc<kompass_postgres::lease::Lease>) {
        let _ = self.lease.set(lease);
    }
}

type Shared = Arc<Status>;

/// The `kompass_active` gauge.
fn active_metric(active: bool) -> String {
    format!(
        "# HELP kompass_active 1 on the instance that holds the lease and works, 0 on a standby.\n# TYPE kompass_active gauge\nkompass_active {}\n",
        u8::from(active)
    )
}

/// Binds the listener before anything else starts, so a port that is already taken stops
/// the start: a monitor must never read another process's `/healthz` and believe it is ours.
pub fn bind(listen: SocketAddr) -> anyhow::Result<std::net::TcpListener> {
    let listener = std::net::TcpListener::bind(listen).map_err(|error| {
        let why = if error.kind() == std::io::ErrorKind::AddrInUse {
            "the port is already in use (by another program, or another kompass)".to_string()
        } else {
            error.to_string()
        };
        anyhow::anyhow!(
            "[admin] listen = \"{listen}\": cannot listen there: {why}\n    fix: choose a free port in [admin] listen, or stop the program that holds it"
        )
    })?;
    // tokio needs a non-blocking socket.
    listener.set_nonblocking(true)?;
    Ok(listener)
}

/// Serves on a listener from [`bind`] until the process ends.
pub async fn serve(listener: std::net::TcpListener, status: Arc<Status>) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::from_std(listener)?;
    // The bound address, so `:0` (any free port) can be found in the log.
    let bound = listener.local_addr()?;
    if !bound.ip().is_loopback() {
        tracing::warn!(listen = %bound, "health and metrics listen beyond this machine; keep that port behind a firewall");
    }
    let app = Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .with_state(status);
    tracing::info!(listen = %bound, "health and metrics listening");
    axum::serve(listener, app).await?;
    Ok(())
}

async fn healthz(State(shared): State<Shared>) -> impl IntoResponse {
    let Some(runtime) = shared.runtime.get().cloned() else {
        if shared.lease.get().is_some_and(|lease| lease.is_held()) {
            // Between taking the lease and opening the store: not ready yet.
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                "role active\nstorage starting\n".to_string(),
            );
        }
        // A standby: healthy while it can reach the database it will take over.
        let reachable = shared
            .lease
            .get()
            .is_some_and(|lease| lease.database_reachable());
        let body = format!(
            "role standby\nstorage {}\n",
            if reachable { "ok" } else { "down" }
        );
        return (
            if reachable {
                StatusCode::OK
            } else {
                StatusCode::SERVICE_UNAVAILABLE
            },
            body,
        );
    };
    let storage = tokio::task::spawn_blocking(move || runtime.storage_ready())
        .await
        .unwrap_or(false);
    let channels = shared.channels.snapshot();
    let mut body = format!(
        "role active\nstorage {}\n",
        if storage { "ok" } else { "down" }
    );
    for (channel, connected) in &channels {
        body.push_str(&format!(
            "channel {channel} {}\n",
            if *connected {
                "connected"
            } else {
                "disconnected"
            }
        ));
    }
    let ready = storage && !channels.is_empty() && channels.values().all(|c| *c);
    (
        if ready {
            StatusCode::OK
        } else {
            StatusCode::SERVICE_UNAVAILABLE
        },
        body,
    )
}

async fn metrics(State(shared): State<Shared>) -> impl IntoResponse {
    let Some(runtime) = shared.runtime.get().cloned() else {
        return (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
            active_metric(shared.lease.get().is_some_and(|lease| lease.is_held())),
        )
            .into_response();
    };
    match tokio::task::spawn_blocking(move || runtime.metrics_text()).await {
        Ok(Ok(text)) => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
            format!("{text}{}", active_metric(true)),
        )
            .into_response(),
        Ok(Err(error)) => (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("storage: {error}\n"),
        )
            .into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}
