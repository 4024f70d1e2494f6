//! Group commit: a thread of its own makes writes durable for every writer at once.

use std::sync::Arc;

use super::backend::Backend;

/// A write registered for the next flush; `Store::wait_durable` or
/// `Store::durable` waits for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[must_use = "a write is durable only once waited for"]
pub struct Commit(pub(super) u64);

/// Flushes on a thread of its own (group commit): writers register after their write and
/// wait; each flush covers every write registered before it started, so under load one
/// flush serves many steps, and alone a step is flushed at once. Async callers wait without
/// holding a thread.
#[derive(Debug)]
pub(super) struct Flusher {
    state: std::sync::Mutex<FlushState>,
    /// Wakes the flusher thread.
    work: std::sync::Condvar,
    /// Wakes blocking waiters.
    flushed: std::sync::Condvar,
    /// Tells async waiters how far writes are durable.
    published: tokio::sync::watch::Sender<u64>,
}

#[derive(Debug, Default)]
struct FlushState {
    registered: u64,
    durable: u64,
    /// Writes up to here also need the data file synced through the disk cache.
    sync_up_to: u64,
    stopped: bool,
}

impl Flusher {
    fn lock(&self) -> std::sync::MutexGuard<'_, FlushState> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub(super) fn start(backend: Arc<dyn Backend>) -> StopFlusher {
        let flusher = std::sync::Arc::new(Self {
            state: std::sync::Mutex::default(),
            work: std::sync::Condvar::new(),
            flushed: std::sync::Condvar::new(),
            published: tokio::sync::watch::Sender::new(0),
        });
        let worker = flusher.clone();
        let thread = std::thread::Builder::new()
            .name("kompass-flush".into())
            .spawn(move || worker.run(backend.as_ref()))
            .expect("a thread can be started");
        StopFlusher {
            flusher,
            thread: Some(thread),
        }
    }

    fn run(&self, backend: &dyn Backend) {
        let mut last_flush = std::time::Instant::now() - GATHER_WHEN_BUSY;
        let mut flushes: u64 = 0;
        loop {
            if last_flush.elapsed() < GATHER_WHEN_BUSY {
                // Busy: let a few more steps join this flush (a flush costs the same for one
                // step as for fifty); alone, a step is flushed at once.
                std::thread::sleep(GATHER);
            }
            let (covers, sync) = {
                let mut state = self.lock();
                while state.registered == state.durable && !state.stopped {
                    state = self
                        .work
                        .wait(state)
                        .unwrap_or_else(|poisoned| poisoned.into_inner());
                }
                if state.registered == state.durable {
                    return;
                }
                (state.registered, state.sync_up_to > state.durable)
            };
            loop {
                let result = if sync {
                    backend.sync()
                } else {
                    backend.flush()
                };
                match result {
                    Ok(()) => break,
                    Err(error) => {
                        // A full or failing disk: replies wait until it is fixed.
                        tracing::error!(%error, "storage cannot be flushed; retrying");
                        std::thread::sleep(std::time::Duration::from_millis(200));
                    }
                }
            }
            last_flush = std::time::Instant::now();
            flushes += 1;
            if flushes.is_power_of_two() {
                tracing::debug!(flushes, writes = covers, "storage flushes so far");
            }
            self.lock().durable = covers;
            self.flushed.notify_all();
            self.published.send_replace(covers);
        }
    }

    pub(super) fn register(&self, sync: bool) -> Commit {
        let mut state = self.lock();
        state.registered += 1;
        if sync {
            state.sync_up_to = state.registered;
        }
        let commit = Commit(state.registered);
        drop(state);
        self.work.notify_one();
        commit
    }

    pub(super) fn wait(&self, commit: Commit) {
        let mut state = self.lock();
        while state.durable < commit.0 {
            state = self
                .flushed
                .wait(state)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
        }
    }

    pub(super) async fn wait_async(&self, commit: Commit) {
        let mut published = self.published.subscribe();
        // The sender lives as long as the store; an error cannot happen while we hold it.
        let _ = published.wait_for(|durable| *durable >= commit.0).await;
    }
}

/// A flush within this long of the previous one means the bot is busy …
const GATHER_WHEN_BUSY: std::time::Duration = std::time::Duration::from_millis(20);
/// … and waits this long for more writes to share it.
const GATHER: std::time::Duration = std::time::Duration::from_millis(5);

/// Stops the flusher thread when the last clone of the store is gone.
#[derive(Debug)]
pub(super) struct StopFlusher {
    pub(super) flusher: std::sync::Arc<Flusher>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for StopFlusher {
    /// Waits for the thread: it holds the backend (sled's lock on its files), so the store
    /// can be opened again as soon as the last clone is gone.
    fn drop(&mut self) {
        self.flusher.lock().stopped = true;
        self.flusher.work.notify_one();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
