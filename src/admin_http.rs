//! The administrator's HTTP listener: `/healthz` (ready when storage answers and every
//! configured channel is connected) and `/metrics` (Prometheus text). Off unless
//! `[admin] listen` is set; meant for 127.0.0.1 or a monitoring network, never the internet.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

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

    fn snapshot(&self) -> BTreeMap<String, bool> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

#[derive(Clone)]
struct Shared {
    runtime: Arc<Runtime>,
    channels: Arc<Channels>,
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
pub async fn serve(
    listener: std::net::TcpListener,
    runtime: Arc<Runtime>,
    channels: Arc<Channels>,
) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::from_std(listener)?;
    // The bound address, so `:0` (any free port) can be found in the log.
    let bound = listener.local_addr()?;
    if !bound.ip().is_loopback() {
        tracing::warn!(listen = %bound, "health and metrics listen beyond this machine; keep that port behind a firewall");
    }
    let app = Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .with_state(Shared { runtime, channels });
    tracing::info!(listen = %bound, "health and metrics listening");
    axum::serve(listener, app).await?;
    Ok(())
}

async fn healthz(State(shared): State<Shared>) -> impl IntoResponse {
    let runtime = shared.runtime.clone();
    let storage = tokio::task::spawn_blocking(move || runtime.storage_ready())
        .await
        .unwrap_or(false);
    let channels = shared.channels.snapshot();
    let mut body = format!("storage {}\n", if storage { "ok" } else { "down" });
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
    let runtime = shared.runtime.clone();
    match tokio::task::spawn_blocking(move || runtime.metrics_text()).await {
        Ok(Ok(text)) => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
            text,
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
