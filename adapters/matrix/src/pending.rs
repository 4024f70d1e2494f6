//! A queue to a worker that counts what it was given and has not finished, so the sync loop
//! knows when every event it handed over has been handled.
//!
//! matrix-sdk stores a sync batch (its position and events) before the bot's handlers run,
//! and the events of caseworker rooms and of the mediators' rooms are only queued there (an
//! encrypted send inside a handler would wait for the next sync: see `start` in lib.rs). A
//! `kill -9` after the batch was stored and before the worker was done lost such an event
//! for good (a caseworker's reply: 1 of 2 runs of `standby_matrix::` killed right after the
//! batch; a mediator's translation alike). So the bot's own sync position moves on only
//! while every such queue is idle, and after a restart those rooms are read again from that
//! position (`recover_messages` in lib.rs). What was done already is recognised by its event
//! id (the store's handled-event marks) or by the homeserver (the bot's answers carry
//! transaction ids derived from the event).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use tokio::sync::mpsc;

/// The sending side; clones share the count.
#[derive(Debug)]
pub(crate) struct PendingQueue<T> {
    events: mpsc::UnboundedSender<T>,
    pending: Arc<AtomicUsize>,
}

// Not derived: that would ask `T: Clone`.
impl<T> Clone for PendingQueue<T> {
    fn clone(&self) -> Self {
        Self {
            events: self.events.clone(),
            pending: self.pending.clone(),
        }
    }
}

impl<T> PendingQueue<T> {
    pub fn new() -> (Self, mpsc::UnboundedReceiver<T>) {
        let (events, receiver) = mpsc::unbounded_channel();
        let queue = Self {
            events,
            pending: Arc::default(),
        };
        (queue, receiver)
    }

    pub fn push(&self, event: T) {
        self.pending.fetch_add(1, Ordering::SeqCst);
        // The receiver lives until the adapter stops.
        if self.events.send(event).is_err() {
            self.pending.fetch_sub(1, Ordering::SeqCst);
        }
    }

    /// Every event given to the worker has been handled.
    pub fn idle(&self) -> bool {
        self.pending.load(Ordering::SeqCst) == 0
    }

    /// The worker has finished one event (called after it handled it, never before).
    pub fn done(&self) {
        self.pending.fetch_sub(1, Ordering::SeqCst);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn idle_only_when_every_pushed_event_is_done() {
        let (queue, mut receiver) = PendingQueue::new();
        assert!(queue.idle());
        queue.push(1);
        queue.clone().push(2);
        assert!(!queue.idle());
        assert_eq!(receiver.recv().await, Some(1));
        queue.done();
        assert!(!queue.idle(), "the second is still pending");
        assert_eq!(receiver.recv().await, Some(2));
        assert!(!queue.idle(), "received is not handled");
        queue.done();
        assert!(queue.idle());
        drop(receiver);
        queue.push(3);
        assert!(queue.idle(), "an event nobody can take is not pending");
    }
}
