//! Who may send which email: the outbox is claimed row by row, and the instance that
//! holds the lease fences out every other.
//!
//! - [`Store::take_over`] is called once per start by the instance that will send: it takes
//!   a number from [`Backend::generate_id`] (larger at every start, also across processes
//!   on one database) and records it as the active instance in `meta`. From then on every
//!   write of a sender that is not the recorded one fails with
//!   [`StoreError::Superseded`], in the same transaction that would have marked an email
//!   sent: an instance that lost the lease and has not noticed yet cannot mark anything.
//! - [`Store::claim_email`] marks one outbox row as being sent by one sender until a
//!   deadline, in a transaction (sled's optimistic transactions, PostgreSQL's
//!   SERIALIZABLE ones: two claimers of one row conflict and the loser sees the winner's
//!   claim). A claim of another sender is respected until it expires, unless that sender is
//!   no longer the recorded active instance: then its claim is void at once, so a takeover
//!   does not wait for the dead instance's claims to run out.
//!
//! This is the equivalent of PostgreSQL's `FOR UPDATE SKIP LOCKED` on the byte-keyed
//! tables every backend has, so sled and PostgreSQL share one implementation.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::backend::{Table, TxTree};
use super::{OutboxEntry, Store, StoreError, TxResult, decode, encode};

/// `meta` key of the active instance's number (8 bytes, big-endian).
const ACTIVE_KEY: &[u8] = b"active_instance";

/// An outbox row being sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailClaim {
    /// The sender's number (from [`Store::take_over`]; 0 for a store nobody took over).
    pub owner: u64,
    /// When the claim runs out if its sender is still the active instance.
    pub until: DateTime<Utc>,
}

/// The active instance recorded in `meta`, if any.
fn active(meta: TxTree<'_>) -> TxResult<Option<u64>> {
    Ok(meta
        .get(ACTIVE_KEY)?
        .and_then(|bytes| <[u8; 8]>::try_from(bytes.as_slice()).ok())
        .map(u64::from_be_bytes))
}

/// Fails with [`StoreError::Superseded`] if another sender than `owner` is the active one.
pub(super) fn fence(meta: TxTree<'_>, owner: u64) -> TxResult<()> {
    match active(meta)? {
        Some(active) if active != owner => Err(StoreError::Superseded {
            active,
            ours: owner,
        }
        .into()),
        _ => Ok(()),
    }
}

impl Store {
    /// Makes this store's user the only sender (see the module docs); returns its number.
    pub fn take_over(&self) -> Result<u64, StoreError> {
        // Never 0, the number of a store nobody took over.
        let owner = self.backend.generate_id()?.saturating_add(1);
        self.transaction(&[Table::Meta], |tx| {
            TxTree::new(tx, Table::Meta).insert(ACTIVE_KEY, owner.to_be_bytes())
        })?;
        self.owner.store(owner, std::sync::atomic::Ordering::SeqCst);
        self.flush()?;
        Ok(owner)
    }

    /// This store's sender number (0 until [`Store::take_over`]).
    pub fn owner(&self) -> u64 {
        self.owner.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Claims the queued email `reference` for `owner` until `now + hold`. Returns the entry
    /// with the claim, or `None` if it is not queued any more or another live sender holds
    /// it; [`StoreError::Superseded`] if `owner` is not the active instance.
    pub fn claim_email(
        &self,
        reference: &str,
        owner: u64,
        now: DateTime<Utc>,
        hold: Duration,
    ) -> Result<Option<OutboxEntry>, StoreError> {
        let claimed = self.transaction(&[Table::Outbox, Table::Meta], |tx| {
            let meta = TxTree::new(tx, Table::Meta);
            let outbox = TxTree::new(tx, Table::Outbox);
            let active = active(meta)?;
            fence(meta, owner)?;
            let Some(bytes) = outbox.get(reference.as_bytes())? else {
                return Ok(None);
            };
            let mut entry: OutboxEntry = decode("outbox entry", reference.as_bytes(), &bytes)?;
            if let Some(claim) = entry.claim
                && claim.owner != owner
                && claim.until > now
                // Recorded active and not us: the claim's sender was the active one before.
                && active.is_none()
            {
                return Ok(None);
            }
            entry.claim = Some(EmailClaim {
                owner,
                until: now + hold,
            });
            outbox.insert(reference.as_bytes(), encode(&entry))?;
            Ok(Some(entry))
        })?;
        if claimed.is_some() {
            self.flush()?;
        }
        Ok(claimed)
    }

    /// Writes an outbox entry back (parts sent, the next attempt) unless another sender
    /// took over.
    pub(super) fn write_outbox_entry(&self, entry: &OutboxEntry) -> Result<(), StoreError> {
        let owner = self.owner();
        self.transaction(&[Table::Outbox, Table::Meta], |tx| {
            fence(TxTree::new(tx, Table::Meta), owner)?;
            TxTree::new(tx, Table::Outbox).insert(entry.reference.as_bytes(), encode(entry))
        })?;
        self.flush()
    }
}
