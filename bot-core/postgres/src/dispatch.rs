//! The thread that drives PostgreSQL connections: a current-thread tokio runtime on a
//! thread of its own runs each connection's task (sockets, TLS-less protocol I/O); callers
//! elsewhere wait for their queries with `futures::executor::block_on`.

use tokio::sync::oneshot;

use super::PgError;

/// The runtime's handle, and the way to stop its thread (dropped with the backend).
#[derive(Debug)]
pub(crate) struct Dispatch {
    handle: tokio::runtime::Handle,
    stop: Option<oneshot::Sender<()>>,
}

impl Dispatch {
    pub(crate) fn start() -> Result<Self, PgError> {
        let (stop, stopped) = oneshot::channel::<()>();
        let (ready, handle) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name("kompass-postgres".into())
            .spawn(move || {
                let runtime = match tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                {
                    Ok(runtime) => runtime,
                    Err(error) => {
                        tracing::error!(%error, "the PostgreSQL thread has no runtime");
                        return;
                    }
                };
                let _ = ready.send(runtime.handle().clone());
                // Runs the connection tasks until the backend is dropped.
                let _ = runtime.block_on(stopped);
            })
            .map_err(|_| PgError::Dispatch)?;
        let handle = handle.recv().map_err(|_| PgError::Dispatch)?;
        Ok(Self {
            handle,
            stop: Some(stop),
        })
    }

    /// A new connection whose task runs on the dispatch thread.
    pub(crate) fn connect(
        &self,
        config: tokio_postgres::Config,
    ) -> Result<tokio_postgres::Client, PgError> {
        let task = self.handle.spawn(async move {
            let (client, connection) = config
                .connect(tokio_postgres::NoTls)
                .await
                .map_err(PgError::Connect)?;
            tokio::spawn(async move {
                if let Err(error) = connection.await {
                    tracing::warn!(%error, "a PostgreSQL connection ended");
                }
            });
            Ok(client)
        });
        futures::executor::block_on(task).map_err(|_| PgError::Dispatch)?
    }
}

impl Dispatch {
    /// Runs `future` on the dispatch thread (where tokio's timers work) and waits for it.
    pub(crate) fn run<T: Send + 'static>(
        &self,
        future: impl std::future::Future<Output = T> + Send + 'static,
    ) -> Result<T, PgError> {
        futures::executor::block_on(self.handle.spawn(future)).map_err(|_| PgError::Dispatch)
    }
}

impl Drop for Dispatch {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}
