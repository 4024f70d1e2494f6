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

/// Serves until the process ends.
pub async fn serve(
    listen: SocketAddr,
    runtime: Arc<Runtime>,
    channels: Arc<Channels>,
) -> anyhow::Result<()> {
    if !listen.ip().is_loopback() {
        tracing::warn!(%listen, "health and metrics listen beyond this machine; keep that port behind a firewall");
    }
    let app = Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .with_state(Shared { runtime, channels });
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|e| anyhow::anyhow!("[admin] listen = \"{listen}\": cannot listen there: {e}"))?;
    // The bound address, so `:0` (any free port) can be found in the log.
    let bound = listener.local_addr()?;
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
