//! What adapters need from storage, named for what they do with it. The runtime is the
//! only user of the [`crate::store::Store`] (`Runtime::store` is crate-private), so a
//! backend change or a new rule about stored data has one place to go.

use crate::engine::{Session, UserId};
use crate::store::Commit;

use super::{Runtime, RuntimeError};

impl Runtime {
    /// A person's conversation as stored (`None` before their first step or after
    /// `/delete`).
    pub fn session(&self, user: &UserId) -> Result<Option<Session>, RuntimeError> {
        Ok(self.store.session(user)?)
    }

    /// Stores updates just received from a messenger before the messenger is told they
    /// arrived (durable on return); returns, for each, whether it is new (not in the inbox,
    /// not handled).
    pub fn inbox_accept(
        &self,
        updates: &[(String, UserId, Vec<u8>)],
    ) -> Result<Vec<bool>, RuntimeError> {
        Ok(self.store.inbox_accept(updates)?)
    }

    /// Updates received but not yet answered (after a restart: what a crash interrupted),
    /// in key order.
    pub fn inbox_pending(&self) -> Result<Vec<(String, Vec<u8>)>, RuntimeError> {
        Ok(self.store.inbox()?)
    }

    /// Records a new payload for an update still in the inbox (how many replies the
    /// messenger has accepted); durable with the returned commit.
    pub fn inbox_progress(&self, key: &str, payload: &[u8]) -> Result<Commit, RuntimeError> {
        self.store.inbox_update(key, payload)?;
        Ok(self.store.register(false))
    }

    /// An update is answered: it leaves the inbox, durable with the returned commit.
    pub fn inbox_done(&self, key: &str) -> Result<Commit, RuntimeError> {
        self.store.inbox_done(key)?;
        Ok(self.store.register(false))
    }

    /// Every write made so far, as one commit to wait for ([`Runtime::durable`]).
    pub fn writes_so_far(&self) -> Commit {
        self.store.register(false)
    }

    /// Waits, without blocking a thread, until `commit` is durable.
    pub async fn durable(&self, commit: Commit) {
        self.store.durable(commit).await;
    }

    /// Waits until every write made so far is durable (e.g. before posting what a step
    /// queued: were the step lost in a crash, it would queue the post again).
    pub async fn all_durable(&self) {
        self.store.durable(self.store.register(false)).await;
    }

    /// Makes every write durable now (at shutdown).
    pub fn flush(&self) -> Result<(), RuntimeError> {
        Ok(self.store.flush()?)
    }

    /// A messenger's position in its event stream (a Matrix sync token, a mailbox's last
    /// UID) up to which everything is in the inbox or handled.
    pub fn channel_position(&self, channel: &str) -> Result<Option<String>, RuntimeError> {
        Ok(self.store.channel_position(channel)?)
    }

    /// Records a channel's position (durable on return).
    pub fn set_channel_position(&self, channel: &str, position: &str) -> Result<(), RuntimeError> {
        Ok(self.store.set_channel_position(channel, position)?)
    }

    /// Where to reach `user` outside a reply (their Matrix direct chat).
    pub fn route(&self, user: &UserId) -> Result<Option<String>, RuntimeError> {
        Ok(self.store.route(user)?)
    }

    /// Remembers where to reach `user`; durable with the next shared flush.
    pub fn set_route(&self, user: &UserId, route: &str) -> Result<(), RuntimeError> {
        Ok(self.store.set_route(user, route)?)
    }

    /// Whether some case's thread is in `room` (it stays a caseworker room).
    pub fn room_has_threads(&self, room: &str) -> Result<bool, RuntimeError> {
        Ok(self.store.room_has_threads(room)?)
    }

    /// An upload's bytes (to post it to a caseworker room); `None` once deleted.
    pub fn attachment(&self, id: &str) -> Result<Option<Vec<u8>>, RuntimeError> {
        Ok(self.store.attachment(id)?)
    }

    /// How many emails wait to be sent.
    pub fn outbox_len(&self) -> usize {
        self.store.outbox_len()
    }
}
