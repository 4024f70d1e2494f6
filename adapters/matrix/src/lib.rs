//! Kompass on Matrix: newcomers talk to the bot in (end-to-end encrypted) direct chats,
//! and caseworkers answer in their institution's room, in one thread per case.
//!
//! - `connection`: login or restored session, matrix-sdk's SQLite store with a
//!   passphrase, cross-signing of the bot's device.
//! - `newcomers`: one worker per person; events are stored in the inbox before they are
//!   handled, so a crash loses none and a redelivered event is handled once.
//! - `rooms`: the caseworker rooms: thread roots and forwarded messages from the post queue,
//!   replies and commands from caseworkers.
//! - `mediators`: the language mediators' rooms: the newcomers' free text under a case
//!   number, translations back.
//!
//! On the very first start the bot syncs once and ignores what that returns (old history);
//! after that, the stored sync token makes each sync return only what is new, and events
//! that arrived while the bot was down are answered.

mod commands;
mod connection;
mod mediators;
mod newcomers;
mod pending;
mod render;
mod rooms;
mod throttle;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use kompass_core::Runtime;
use kompass_core::runtime::{ChannelHealth, Notice};
use matrix_sdk::config::SyncSettings;
use matrix_sdk::ruma::OwnedTransactionId;
use matrix_sdk::ruma::api::client::filter::FilterDefinition;
use matrix_sdk::ruma::api::client::sync::sync_events::v3::Filter;
use matrix_sdk::ruma::events::room::encrypted::OriginalSyncRoomEncryptedEvent;
use matrix_sdk::ruma::events::room::member::StrippedRoomMemberEvent;
use matrix_sdk::ruma::events::room::message::OriginalSyncRoomMessageEvent;
use matrix_sdk::{Client, Room, RoomMemberships};
use tokio::sync::{Notify, mpsc};

pub use connection::Login;
pub use mediators::MediatorOptions;

/// The channel name in user ids, metrics and health.
pub const CHANNEL: &str = "matrix";

#[derive(Debug, Clone)]
pub struct Options {
    pub homeserver: String,
    /// `@kompass:example.org` (or the localpart).
    pub user: String,
    pub login: Login,
    /// matrix-sdk's SQLite store and the session file.
    pub store_dir: PathBuf,
    /// Encrypts the store (keys, room state).
    pub store_passphrase: String,
    /// Caseworkers need at least this power level in the room to answer or command.
    pub caseworker_power_level: i64,
    pub max_file_bytes: u64,
    /// Long-polling timeout of `/sync`.
    pub sync_timeout: Duration,
    /// The language mediators' rooms, if the county has them.
    pub mediators: Option<MediatorOptions>,
}

#[derive(Debug, thiserror::Error)]
pub enum MatrixError {
    #[error("cannot connect to {homeserver}: {source}")]
    Connect {
        homeserver: String,
        source: Box<matrix_sdk::Error>,
    },
    #[error("cannot log in as {user}: {source}")]
    Login {
        user: String,
        source: Box<matrix_sdk::Error>,
    },
    #[error("the session file {path}: {message}")]
    Session { path: PathBuf, message: String },
    #[error(transparent)]
    Runtime(#[from] kompass_core::runtime::RuntimeError),
}

/// What the event handlers and workers share.
#[derive(Debug)]
pub(crate) struct Shared {
    pub runtime: Arc<Runtime>,
    pub client: Client,
    pub options: Options,
    /// Wakes the email outbox after a request was submitted.
    pub submitted: Arc<Notify>,
    /// Notices for any messenger (a caseworker's reply may go to Telegram).
    pub notices_out: mpsc::UnboundedSender<Notice>,
    pub rooms: rooms::Rooms,
    pub mediators: mediators::Mediators,
}

/// Runs until `shutdown` is notified.
pub async fn run(
    runtime: Arc<Runtime>,
    options: Options,
    mut notices: mpsc::UnboundedReceiver<Notice>,
    notices_out: mpsc::UnboundedSender<Notice>,
    submitted: Arc<Notify>,
    shutdown: Arc<Notify>,
    status: ChannelHealth,
) -> Result<(), MatrixError> {
    let started = tokio::select! {
        started = start(runtime, options, notices_out, submitted, &status) => started?,
        () = shutdown.notified() => return Ok(()),
    };
    let Started {
        shared,
        workers,
        mut settings,
        caseworker_task,
        caseworker_queue,
        mediator_workers,
    } = started;
    let client = shared.client.clone();
    let notice_workers = workers.clone();
    let notices_task = tokio::spawn(async move {
        while let Some(notice) = notices.recv().await {
            if notice.user.channel == CHANNEL {
                notice_workers.dispatch_notice(notice);
            }
        }
    });
    let posts_task = tokio::spawn(rooms::post_worker(shared.clone()));

    let sync = async {
        let mut failures = 0u32;
        let mut stored_position: Option<String> = None;
        loop {
            match client.sync_once(settings.clone()).await {
                Ok(response) => {
                    if failures > 0 {
                        tracing::info!("homeserver reachable again");
                    }
                    failures = 0;
                    status(true);
                    // The handlers of this batch have put newcomers' events into the inbox;
                    // caseworker and mediator events may still be in their workers' hands,
                    // and then the position stays where it was until both are done
                    // (`pending::PendingQueue`). An idle long poll returns the same position:
                    // no write (and no flush) for it, once it is stored.
                    let mediators_idle = mediator_workers.as_ref().is_none_or(|w| w.events.idle());
                    if stored_position.as_deref() != Some(response.next_batch.as_str())
                        && caseworker_queue.idle()
                        && mediators_idle
                    {
                        remember_position(&shared.runtime, &response.next_batch).await;
                        stored_position = Some(response.next_batch.clone());
                    }
                    settings = settings.token(response.next_batch);
                    // A room the bot joined since may be a caseworker room.
                    if shared.rooms.unresolved() {
                        let shared = shared.clone();
                        tokio::spawn(async move { shared.rooms.resolve(&shared).await });
                    }
                }
                Err(error) => {
                    failures += 1;
                    status(false);
                    tracing::warn!(%error, failures, "sync failed; retrying");
                    let wait = Duration::from_secs(2u64.pow(failures.min(5)));
                    tokio::time::sleep(wait).await;
                }
            }
        }
    };
    tokio::select! {
        () = sync => {}
        () = shutdown.notified() => {}
    }
    notices_task.abort();
    posts_task.abort();
    caseworker_task.abort();
    if let Some(mediator_workers) = &mediator_workers {
        mediator_workers.abort();
    }
    if tokio::time::timeout(Duration::from_secs(8), workers.drain())
        .await
        .is_err()
    {
        tracing::warn!(
            "stopping with Matrix events unfinished; they are handled after the restart"
        );
    }
    status(false);
    Ok(())
}

/// Events per room one `/sync` returns. After a restart, more than this many messages in one
/// room while the bot was down would be cut to the latest ones (a "limited" timeline).
const CATCH_UP_EVENTS: u32 = 200;

/// Up to `events` per room. Members are not lazy-loaded: matrix-sdk then fetches a room's
/// members just before it encrypts, and the key query that starts is sent only by the next
/// sync; in the Matrix bench such sends waited 5 s, and a caseworker's reply after one was
/// lost (docs/benchmarks.md).
fn sync_filter(events: u32) -> Filter {
    let mut filter = FilterDefinition::default();
    filter.room.timeline.limit = Some(events.into());
    Filter::FilterDefinition(filter)
}

/// Stores the sync position (flushed): every event before it is in the inbox.
async fn remember_position(runtime: &Arc<Runtime>, token: &str) {
    let (runtime, token) = (runtime.clone(), token.to_string());
    let stored =
        tokio::task::spawn_blocking(move || runtime.set_channel_position(CHANNEL, &token)).await;
    match stored {
        Ok(Ok(())) => {}
        Ok(Err(error)) => tracing::warn!(%error, "the sync position could not be stored"),
        Err(error) => tracing::warn!(%error, "storing the sync position panicked"),
    }
}

/// Hands messages that a crash kept from being handled to the workers again.
///
/// matrix-sdk stores a sync batch (its position and events) before it calls the handlers
/// that put the events into the inbox one by one, and a restarted client does not hand
/// them over again: a `kill -9` while they run lost the rest of the batch. So each direct
/// chat's timeline is read from the last position whose batch was fully in the inbox; the
/// inbox and the handled-update marks skip what was already taken. Caseworker and mediators'
/// rooms alike, from a position stored only while their workers had nothing pending
/// (`pending::PendingQueue`, which says what keeps a message from being handled twice).
async fn recover_messages(
    shared: Arc<Shared>,
    workers: newcomers::Workers,
    caseworker_queue: rooms::CaseworkerQueue,
    mediator_queue: Option<pending::PendingQueue<mediators::MediatorEvent>>,
) {
    let runtime = shared.runtime.clone();
    let position = tokio::task::spawn_blocking(move || runtime.channel_position(CHANNEL)).await;
    let Ok(Ok(Some(position))) = position else {
        return;
    };
    for room in shared.client.joined_rooms() {
        let kind = room_kind(&shared, &room).await;
        if !matches!(
            kind,
            RoomKind::Direct | RoomKind::Caseworkers | RoomKind::Mediators
        ) {
            continue;
        }
        let mut options = matrix_sdk::room::MessagesOptions::forward().from(position.as_str());
        options.limit = CATCH_UP_EVENTS.into();
        let messages = match room.messages(options).await {
            Ok(messages) => messages,
            Err(error) => {
                tracing::warn!(%error, "a room's recent messages cannot be read");
                continue;
            }
        };
        for event in messages.chunk {
            let Ok(event) = event
                .raw()
                .deserialize_as_unchecked::<OriginalSyncRoomMessageEvent>()
            else {
                continue;
            };
            if shared.client.user_id() == Some(event.sender.as_ref()) {
                continue;
            }
            match kind {
                RoomKind::Direct => workers.on_event(&room, event).await,
                RoomKind::Caseworkers => caseworker_queue.push(rooms::CaseworkerEvent::Message(
                    room.clone(),
                    Box::new(event),
                )),
                RoomKind::Mediators => {
                    if let Some(queue) = &mediator_queue {
                        queue.push((room.clone(), Box::new(event)));
                    }
                }
                RoomKind::Group => {}
            }
        }
    }
}

/// What a room is to the bot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RoomKind {
    /// An institution's room, as configured now, or one where a case's thread lives (the
    /// institution may have moved to another room since).
    Caseworkers,
    /// A language mediators' room.
    Mediators,
    /// The bot and one person: a newcomer's conversation.
    Direct,
    /// More people: no place for a newcomer's conversation (a form asks for documents).
    Group,
}

/// Decides from the configured rooms, the stored threads, and the room's members as the
/// homeserver lists them (joined and invited; the `/sync` summary's count is not reliable
/// without lazy-loaded members, and an invited person may read later what is said now).
async fn room_kind(shared: &Shared, room: &Room) -> RoomKind {
    if shared.mediators.enabled() {
        // A mediators' room (with one mediator it has two members) must never be taken for
        // a newcomer's chat: its alias is looked up first (once, at the start).
        shared.mediators.first_lookup().await;
        if shared.mediators.unresolved() {
            // An alias that could not be resolved (or a room not joined) at the start: a
            // mediator's message must not be answered as a newcomer's, nor make the bot
            // leave the room as a group (at most once a minute).
            shared.mediators.resolve(shared).await;
        }
        if shared.mediators.is_mediator_room(room.room_id()) {
            return RoomKind::Mediators;
        }
    }
    if shared.rooms.is_caseworker_room(shared, room.room_id()) {
        return RoomKind::Caseworkers;
    }
    let members = room
        .members(RoomMemberships::JOIN | RoomMemberships::INVITE)
        .await
        .map(|members| members.len());
    let members = match members {
        Ok(members) => members,
        Err(error) => {
            // Not knowing is no reason to talk in front of a group: the summary decides.
            tracing::warn!(%error, "a room's members cannot be listed");
            usize::try_from(room.joined_members_count() + room.invited_members_count())
                .unwrap_or(usize::MAX)
        }
    };
    if members <= 2 {
        return RoomKind::Direct;
    }
    // A caseworker room whose alias is not resolved yet (or named by a reload that the post
    // worker has not looked up yet) is no group to leave.
    shared.rooms.first_lookup().await;
    if shared.rooms.outdated(&shared.runtime.contents()) {
        shared.rooms.resolve(shared).await;
    }
    if shared.rooms.is_caseworker_room(shared, room.room_id()) {
        RoomKind::Caseworkers
    } else {
        RoomKind::Group
    }
}

/// Says (in German and English: nobody's language is known in a group) why the bot does
/// not talk here, and leaves. The note's transaction id is the room's, so messages racing
/// each other post it once.
async fn leave_group(shared: Arc<Shared>, room: Room) {
    let engine = shared.runtime.engine();
    let notice = render::languages_notice(&engine, &["de", "en"], "matrix-group-room");
    let txn = txn_id("group", room.room_id().as_str());
    newcomers::send_notice(&shared, room.room_id().as_str(), &notice, &txn).await;
    match room.leave().await {
        Ok(()) => {
            tracing::info!("left a room with more than two members that is no caseworker room")
        }
        Err(error) => tracing::warn!(%error, "a group room could not be left"),
    }
}

/// A transaction id that is the same whenever the same thing is sent again (after a crash):
/// the homeserver then returns the first event instead of posting a second one.
/// Characters outside `[A-Za-z0-9._-]` are written as `~` and their hex code, so different
/// keys stay different.
pub(crate) fn txn_id(kind: &str, key: &str) -> OwnedTransactionId {
    let mut id = format!("kompass-{kind}-");
    for c in key.chars() {
        if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
            id.push(c);
        } else {
            id.push_str(&format!("~{:x}", u32::from(c)));
        }
    }
    OwnedTransactionId::from(id)
}

struct Started {
    shared: Arc<Shared>,
    workers: newcomers::Workers,
    settings: SyncSettings,
    caseworker_task: tokio::task::JoinHandle<()>,
    caseworker_queue: rooms::CaseworkerQueue,
    mediator_workers: Option<mediators::Workers>,
}

/// Connects, syncs once on a first start, cross-signs, and registers the handlers.
async fn start(
    runtime: Arc<Runtime>,
    options: Options,
    notices_out: mpsc::UnboundedSender<Notice>,
    submitted: Arc<Notify>,
    status: &ChannelHealth,
) -> Result<Started, MatrixError> {
    let connected = connection::connect(&options).await?;
    let client = connected.client.clone();
    let mut settings = SyncSettings::default()
        .timeout(options.sync_timeout)
        .filter(sync_filter(CATCH_UP_EVENTS));
    if connected.first_start {
        // History from before the bot existed is not answered: one event per room will do.
        let response = client
            .sync_once(SyncSettings::default().filter(sync_filter(1)))
            .await
            .map_err(|source| MatrixError::Connect {
                homeserver: options.homeserver.clone(),
                source: Box::new(source),
            })?;
        remember_position(&runtime, &response.next_batch).await;
        settings = settings.token(response.next_batch);
        tracing::info!("first start: synced once; earlier messages are not answered");
    }
    connection::cross_sign(&client, &options).await;
    status(true);

    let shared = Arc::new(Shared {
        runtime: runtime.clone(),
        client: client.clone(),
        rooms: rooms::Rooms::default(),
        mediators: mediators::Mediators::new(options.mediators.clone()),
        options,
        submitted,
        notices_out,
    });
    // Aliases may take a while to resolve: the bot answers newcomers meanwhile.
    let resolving = shared.clone();
    tokio::spawn(async move { resolving.rooms.resolve(&resolving).await });
    let mediator_workers = mediators::start(&shared);
    let mediator_events = mediator_workers.as_ref().map(|w| w.events.clone());
    let workers = newcomers::Workers::new(shared.clone());
    workers.work_off_inbox()?;

    // matrix-sdk awaits event handlers inside the sync, and an encrypted send waits for the
    // key queries that only the next sync sends: caseworker events are handled in a task of
    // their own (in order), never in the handler.
    let (caseworker_events, queue) = rooms::CaseworkerQueue::new();
    let caseworker_task = tokio::spawn(rooms::caseworker_worker(
        shared.clone(),
        queue,
        caseworker_events.clone(),
    ));
    if !connected.first_start {
        // In a task of its own: telling a direct chat from a caseworker room named by an
        // alias may wait for the alias lookup, and the sync must not wait for that.
        tokio::spawn(recover_messages(
            shared.clone(),
            workers.clone(),
            caseworker_events.clone(),
            mediator_events.clone(),
        ));
    }
    let caseworker_queue = caseworker_events.clone();
    let handler_workers = workers.clone();
    let handler_shared = shared.clone();
    let handler_events = caseworker_events.clone();
    client.add_event_handler(move |event: OriginalSyncRoomMessageEvent, room: Room| {
        let (workers, shared) = (handler_workers.clone(), handler_shared.clone());
        let caseworker_events = handler_events.clone();
        let mediator_events = mediator_events.clone();
        async move {
            if shared.client.user_id() == Some(event.sender.as_ref()) {
                return;
            }
            match room_kind(&shared, &room).await {
                // The receiver lives until the adapter stops.
                RoomKind::Caseworkers => {
                    caseworker_events.push(rooms::CaseworkerEvent::Message(room, Box::new(event)));
                }
                RoomKind::Mediators => {
                    if let Some(events) = &mediator_events {
                        events.push((room, Box::new(event)));
                    }
                }
                RoomKind::Direct => workers.on_event(&room, event).await,
                RoomKind::Group => {
                    tokio::spawn(leave_group(shared, room));
                }
            }
        }
    });
    // matrix-sdk hands over what it could not decrypt as `m.room.encrypted`: the sender is
    // asked to send it again (a newcomer in their language, caseworkers in German). Asking
    // the sender's devices for the key is no remedy: matrix-sdk requests keys only from the
    // bot's own other (verified) devices, of which there are none, and senders' clients
    // forward a key only to devices they shared it with in the first place.
    let handler_workers = workers.clone();
    let handler_shared = shared.clone();
    client.add_event_handler(move |event: OriginalSyncRoomEncryptedEvent, room: Room| {
        let (workers, shared) = (handler_workers.clone(), handler_shared.clone());
        let caseworker_events = caseworker_events.clone();
        async move {
            if shared.client.user_id() == Some(event.sender.as_ref()) {
                return;
            }
            match room_kind(&shared, &room).await {
                RoomKind::Caseworkers => {
                    tracing::warn!(
                        "a message in a caseworker room could not be decrypted; not relayed"
                    );
                    caseworker_events
                        .push(rooms::CaseworkerEvent::Undecryptable(room, Box::new(event)));
                }
                RoomKind::Mediators => {
                    tracing::warn!(
                        "a message in a mediators' room could not be decrypted; not passed on"
                    );
                }
                RoomKind::Direct => {
                    tracing::warn!("a message to the bot could not be decrypted; asked again");
                    workers.on_undecryptable(&room, &event).await;
                }
                RoomKind::Group => {
                    tokio::spawn(leave_group(shared, room));
                }
            }
        }
    });
    client.add_event_handler(
        |event: StrippedRoomMemberEvent, room: Room, client: Client| async move {
            if client.user_id() == Some(event.state_key.as_ref()) {
                tokio::spawn(connection::accept_invite(room));
            }
        },
    );
    // Invitations that arrived while the bot was down, or in the first sync.
    for room in client.invited_rooms() {
        tokio::spawn(connection::accept_invite(room));
    }
    Ok(Started {
        shared,
        workers,
        settings,
        caseworker_task,
        caseworker_queue,
        mediator_workers,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transaction_ids_are_stable_distinct_and_plain() {
        let a = txn_id("r", "$abc:server.org-0");
        assert_eq!(a.as_str(), "kompass-r-~24abc~3aserver.org-0");
        assert_eq!(a, txn_id("r", "$abc:server.org-0"));
        // `~` itself is escaped, so no two keys meet.
        assert_ne!(txn_id("n", "a~3a"), txn_id("n", "a:"));
        assert_ne!(txn_id("r", "$e-1"), txn_id("n", "$e-1"));
        let odd = txn_id("n", "case:$x/ü?");
        assert!(
            odd.as_str()
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "._-~".contains(c)),
            "{odd}"
        );
    }
}
