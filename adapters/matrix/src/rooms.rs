//! Caseworker rooms: one per institution that names `matrix_room` in the flows. Every case
//! is a thread there. The post worker sends what the queue holds (thread roots with the
//! request's photos, what newcomers forward) with the post's id as transaction id, so a
//! retry after a crash is not shown twice. Caseworkers' replies in a thread are relayed to
//! the newcomer, and `!` commands act on the case, if the sender's power level allows.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use kompass_core::engine::Forwarded;
use kompass_core::runtime::{CaseOutcome, CaseworkerAction, RuntimeError};
use kompass_core::store::{PostWhat, RoomPost, ThreadRef};
use matrix_sdk::Room;
use matrix_sdk::attachment::AttachmentConfig;
use matrix_sdk::room::reply::{EnforceThread, Reply};
use matrix_sdk::ruma::events::reaction::ReactionEventContent;
use matrix_sdk::ruma::events::relation::{Annotation, Thread};
use matrix_sdk::ruma::events::room::message::{
    AddMentions, MessageType, OriginalSyncRoomMessageEvent, Relation, ReplyWithinThread,
    RoomMessageEventContent,
};
use matrix_sdk::ruma::{
    EventId, OwnedEventId, OwnedRoomId, OwnedTransactionId, RoomAliasId, RoomId, UserId,
};
use tokio::sync::{mpsc, watch};

use crate::Shared;
use crate::commands::{self, RoomCommand};
use crate::render::{escape, lines_html};

/// Which room belongs to which institution, resolved from the flows' `matrix_room`.
#[derive(Debug)]
pub struct Rooms {
    state: Mutex<RoomState>,
    /// Becomes true once every room has been looked up after the start.
    looked_up: watch::Sender<bool>,
}

impl Default for Rooms {
    fn default() -> Self {
        Self {
            state: Mutex::default(),
            looked_up: watch::Sender::new(false),
        }
    }
}

#[derive(Debug, Default)]
struct RoomState {
    by_room: HashMap<OwnedRoomId, String>,
    by_institution: HashMap<String, OwnedRoomId>,
    /// Some institution's room is not known or not joined yet.
    missing: bool,
    last_attempt: Option<Instant>,
}

impl Rooms {
    pub fn institution_of(&self, room: &RoomId) -> Option<String> {
        self.lock().by_room.get(room).cloned()
    }

    pub fn room_of(&self, institution: &str) -> Option<OwnedRoomId> {
        self.lock().by_institution.get(institution).cloned()
    }

    /// Waits until every room has been looked up once since the start (an alias on a slow
    /// server takes up to 10 s), so a caseworker's message that arrives meanwhile is not
    /// mistaken for one in an unrelated group room.
    pub async fn first_lookup(&self) {
        let mut done = self.looked_up.subscribe();
        // The sender lives as long as `self`: waiting cannot fail.
        let _ = done.wait_for(|done| *done).await;
    }

    /// Whether to try [`Rooms::resolve`] again (at most once a minute).
    pub fn unresolved(&self) -> bool {
        let state = self.lock();
        state.missing
            && state
                .last_attempt
                .is_none_or(|at| at.elapsed() > Duration::from_secs(60))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, RoomState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Looks up every institution's room: room ids at once, then aliases (which may need
    /// the network). Each room is usable as soon as it is known, so a slow alias does not
    /// hold back events in the other rooms.
    pub async fn resolve(&self, shared: &Shared) {
        self.lock().last_attempt = Some(Instant::now());
        let content = shared.runtime.engine().content().clone();
        let mut rooms: Vec<(&str, &str)> = content
            .flow
            .institutions
            .values()
            .filter_map(|i| Some((i.id.as_str(), i.matrix_room.as_deref()?)))
            .collect();
        // Room ids need no lookup: first.
        rooms.sort_by_key(|(_, name)| !name.starts_with('!'));
        let mut missing = false;
        for (institution, name) in rooms {
            let id = if let Ok(id) = RoomId::parse(name) {
                Some(id)
            } else if let Ok(alias) = RoomAliasId::parse(name) {
                // An alias on another server is resolved over federation, which may hang.
                let resolved = tokio::time::timeout(
                    Duration::from_secs(10),
                    shared.client.resolve_room_alias(&alias),
                )
                .await;
                match resolved {
                    Ok(Ok(response)) => Some(response.room_id),
                    Ok(Err(error)) => {
                        tracing::warn!(%institution, room = %name, %error, "the caseworker room's alias cannot be resolved");
                        None
                    }
                    Err(_) => {
                        tracing::warn!(%institution, room = %name, "resolving the caseworker room's alias timed out");
                        None
                    }
                }
            } else {
                tracing::error!(%institution, room = %name, "matrix_room is neither a room id (!…) nor an alias (#…)");
                None
            };
            let Some(id) = id else {
                missing = true;
                continue;
            };
            if shared
                .client
                .get_room(&id)
                .is_none_or(|room| room.state() != matrix_sdk::RoomState::Joined)
            {
                tracing::warn!(%institution, room = %name, "the bot is not in this caseworker room yet; invite it");
                missing = true;
            }
            let mut state = self.lock();
            state.by_room.insert(id.clone(), institution.to_string());
            state.by_institution.insert(institution.to_string(), id);
        }
        self.lock().missing = missing;
        self.looked_up.send_replace(true);
    }
}

/// Sends queued posts: on a wake-up after a step queued some, and every few seconds.
pub(crate) async fn post_worker(shared: Arc<Shared>) {
    let wake = shared.runtime.rooms_wake();
    loop {
        let runtime = shared.runtime.clone();
        match tokio::task::spawn_blocking(move || runtime.room_posts()).await {
            Ok(Ok(posts)) => {
                if !posts.is_empty() {
                    // Post only what is on disk: were the step that queued a post lost in a
                    // crash, it would run again and queue the post again, under a new id.
                    let store = shared.runtime.store();
                    store.durable(store.register(false)).await;
                }
                // A case whose root is not in its room yet holds its later posts back.
                let mut held: Vec<String> = Vec::new();
                for post in posts {
                    if held.contains(&post.reference) {
                        continue;
                    }
                    if let Err(error) = send_post(&shared, &post).await {
                        tracing::warn!(reference = %post.reference, %error, "a post for a caseworker room is waiting");
                        held.push(post.reference.clone());
                    }
                }
            }
            Ok(Err(error)) => tracing::error!(%error, "the room post queue cannot be read"),
            Err(error) => tracing::error!(%error, "reading the room post queue panicked"),
        }
        tokio::select! {
            () = wake.notified() => {}
            () = tokio::time::sleep(Duration::from_secs(5)) => {}
        }
    }
}

#[derive(Debug, thiserror::Error)]
enum PostError {
    #[error("institution {0} has no joined caseworker room")]
    NoRoom(String),
    #[error("the case has no thread yet")]
    NoThread,
    #[error("unknown case")]
    UnknownCase,
    #[error(transparent)]
    Runtime(#[from] RuntimeError),
    #[error(transparent)]
    Matrix(#[from] matrix_sdk::Error),
}

async fn send_post(shared: &Shared, post: &RoomPost) -> Result<(), PostError> {
    let room_id = shared
        .rooms
        .room_of(&post.institution)
        .ok_or_else(|| PostError::NoRoom(post.institution.clone()))?;
    let room = shared
        .client
        .get_room(&room_id)
        .filter(|room| room.state() == matrix_sdk::RoomState::Joined)
        .ok_or_else(|| PostError::NoRoom(post.institution.clone()))?;
    let runtime = shared.runtime.clone();
    let reference = post.reference.clone();
    let case = tokio::task::spawn_blocking(move || runtime.case(&reference))
        .await
        .map_err(|_| RuntimeError::Panicked)??
        .ok_or(PostError::UnknownCase)?;
    let txn = |suffix: &str| OwnedTransactionId::from(format!("kompass-{}{suffix}", post.id));
    match &post.what {
        PostWhat::Root => {
            let runtime = shared.runtime.clone();
            let for_root = case.clone();
            let root = tokio::task::spawn_blocking(move || runtime.case_root(&for_root))
                .await
                .map_err(|_| RuntimeError::Panicked)??;
            let plain = root.lines.join("\n");
            let html = format!(
                "<p><strong>{}</strong></p>{}",
                escape(root.lines.first().map_or("", String::as_str)),
                lines_html(&root.lines[1.min(root.lines.len())..].join("\n"))
            );
            let response = room
                .send(RoomMessageEventContent::text_html(plain, html))
                .with_transaction_id(txn(""))
                .await?;
            let root_id = response.response.event_id;
            for (index, (name, mime, bytes)) in root.files.into_iter().enumerate() {
                let mime = mime.parse().unwrap_or(mime_jpeg());
                room.send_attachment(
                    name,
                    &mime,
                    bytes,
                    AttachmentConfig::new()
                        .txn_id(txn(&format!("-{index}")))
                        .reply(Some(thread_reply(&root_id))),
                )
                .await?;
            }
            let thread = ThreadRef {
                room: room_id.to_string(),
                root: root_id.to_string(),
            };
            done(shared, post, Some(thread)).await?;
            tracing::info!(reference = %post.reference, "case thread opened in its caseworker room");
        }
        PostWhat::Forwarded(what) => {
            let thread = case.thread.as_ref().ok_or(PostError::NoThread)?;
            let root =
                OwnedEventId::try_from(thread.root.as_str()).map_err(|_| PostError::NoThread)?;
            match what {
                Forwarded::Text { text } => {
                    let plain = format!("Nachricht der Person:\n{text}");
                    let html = format!("<p><em>Nachricht der Person:</em></p>{}", lines_html(text));
                    room.send(in_thread(
                        RoomMessageEventContent::text_html(plain, html),
                        &root,
                    ))
                    .with_transaction_id(txn(""))
                    .await?;
                }
                Forwarded::File { id, mime } => {
                    let runtime = shared.runtime.clone();
                    let id = id.clone();
                    let bytes =
                        tokio::task::spawn_blocking(move || runtime.store().attachment(&id))
                            .await
                            .map_err(|_| RuntimeError::Panicked)?
                            .map_err(RuntimeError::from)?;
                    if let Some(bytes) = bytes {
                        let parsed = mime.parse().unwrap_or(mime_jpeg());
                        let name = if mime == "application/pdf" {
                            "dokument.pdf"
                        } else {
                            "foto.jpg"
                        };
                        room.send_attachment(
                            name,
                            &parsed,
                            bytes,
                            AttachmentConfig::new()
                                .txn_id(txn(""))
                                .reply(Some(thread_reply(&root))),
                        )
                        .await?;
                    }
                }
            }
            done(shared, post, None).await?;
        }
        PostWhat::Note { text } => {
            let thread = case.thread.as_ref().ok_or(PostError::NoThread)?;
            let root =
                OwnedEventId::try_from(thread.root.as_str()).map_err(|_| PostError::NoThread)?;
            room.send(in_thread(
                RoomMessageEventContent::notice_plain(text.clone()),
                &root,
            ))
            .with_transaction_id(txn(""))
            .await?;
            done(shared, post, None).await?;
        }
    }
    Ok(())
}

fn mime_jpeg() -> mime::Mime {
    mime::IMAGE_JPEG
}

fn thread_reply(root: &EventId) -> Reply {
    Reply {
        event_id: root.to_owned(),
        enforce_thread: EnforceThread::Threaded(ReplyWithinThread::No),
        add_mentions: AddMentions::No,
    }
}

fn in_thread(mut content: RoomMessageEventContent, root: &EventId) -> RoomMessageEventContent {
    content.relates_to = Some(Relation::Thread(Thread::plain(
        root.to_owned(),
        root.to_owned(),
    )));
    content
}

async fn done(
    shared: &Shared,
    post: &RoomPost,
    thread: Option<ThreadRef>,
) -> Result<(), PostError> {
    let runtime = shared.runtime.clone();
    let post = post.clone();
    tokio::task::spawn_blocking(move || runtime.room_post_done(&post, thread.as_ref()))
        .await
        .map_err(|_| RuntimeError::Panicked)??;
    Ok(())
}

/// Handles caseworker rooms' messages one after another, in the order they came.
pub(crate) async fn caseworker_worker(
    shared: Arc<Shared>,
    mut events: mpsc::UnboundedReceiver<(Room, OriginalSyncRoomMessageEvent)>,
) {
    while let Some((room, event)) = events.recv().await {
        on_caseworker_event(&shared, &room, event).await;
    }
}

/// A message in a caseworker room.
async fn on_caseworker_event(
    shared: &Arc<Shared>,
    room: &Room,
    event: OriginalSyncRoomMessageEvent,
) {
    if shared.client.user_id() == Some(event.sender.as_ref()) {
        return;
    }
    let body = match &event.content.msgtype {
        MessageType::Text(text) => text.body.clone(),
        MessageType::Notice(_) => return,
        _ => String::new(),
    };
    let thread_root = match &event.content.relates_to {
        Some(Relation::Thread(thread)) => Some(thread.event_id.clone()),
        _ => None,
    };
    if !may_act(shared, room, &event.sender).await {
        // No user id: the log is no place for who is in which room.
        tracing::warn!(
            "a message in a caseworker room from someone below the caseworker power level (or not a member); ignored"
        );
        return;
    }
    let today = chrono::Local::now().date_naive();
    let command = commands::parse(&body, today);
    let Some(root) = thread_root else {
        if matches!(command, Some(Ok(RoomCommand::Help))) {
            reply(room, None, commands::HELP).await;
        }
        return;
    };
    let runtime = shared.runtime.clone();
    let (room_id, root_id) = (room.room_id().to_string(), root.to_string());
    let case = match tokio::task::spawn_blocking(move || runtime.case_by_thread(&room_id, &root_id))
        .await
    {
        Ok(Ok(Some(case))) => case,
        Ok(Ok(None)) => return,
        Ok(Err(error)) => {
            tracing::error!(%error, "a case cannot be read");
            return;
        }
        Err(_) => return,
    };
    let action = match command {
        None if body.trim().is_empty() => {
            reply(
                room,
                Some(&root),
                "Nur Text wird an die Person weitergeleitet; Bilder und Dateien nicht.",
            )
            .await;
            return;
        }
        None => CaseworkerAction::Message(body.trim().to_string()),
        Some(Ok(RoomCommand::Help)) => {
            reply(room, Some(&root), commands::HELP).await;
            return;
        }
        Some(Ok(RoomCommand::Close)) => CaseworkerAction::Close,
        Some(Ok(RoomCommand::Appointment { date, time, place })) => {
            CaseworkerAction::Appointment { date, time, place }
        }
        Some(Err(explanation)) => {
            reply(room, Some(&root), &explanation).await;
            return;
        }
    };
    let runtime = shared.runtime.clone();
    let event_id = event.event_id.to_string();
    let reference = case.reference.clone();
    let is_message = matches!(action, CaseworkerAction::Message(_));
    let is_close = matches!(action, CaseworkerAction::Close);
    let outcome = tokio::task::spawn_blocking(move || {
        runtime.caseworker_action(
            &event_id,
            &reference,
            action,
            chrono::Local::now().naive_local(),
        )
    })
    .await
    .unwrap_or(Err(RuntimeError::Panicked));
    match outcome {
        Ok(CaseOutcome::Done { notice, reminder }) => {
            let _ = shared.notices_out.send(notice);
            if is_message {
                react(room, &event.event_id, "✅").await;
            } else if is_close {
                reply(
                    room,
                    Some(&root),
                    "✅ Vorgang geschlossen. Die Person wurde informiert.",
                )
                .await;
            } else {
                let text = match reminder {
                    Some(due) => format!(
                        "✅ Termin an die Person gesendet. Erinnerung am {}.",
                        due.format("%d.%m.%Y um %H:%M")
                    ),
                    None => "✅ Termin an die Person gesendet. Keine Erinnerung: der Termin ist zu bald.".to_string(),
                };
                reply(room, Some(&root), &text).await;
            }
            tracing::info!(reference = %case.reference, "caseworker action relayed");
        }
        Ok(CaseOutcome::AlreadyDone) => {}
        Ok(CaseOutcome::Closed) => {
            reply(
                room,
                Some(&root),
                "Dieser Vorgang ist geschlossen. Die Nachricht wurde nicht weitergeleitet.",
            )
            .await;
        }
        Ok(CaseOutcome::Erased) => {
            reply(
                room,
                Some(&root),
                "Die Person hat ihre Daten gelöscht. Die Nachricht wurde nicht weitergeleitet.",
            )
            .await;
        }
        Err(error) => tracing::error!(%error, "a caseworker action failed"),
    }
}

/// Room members with at least the caseworker power level.
async fn may_act(shared: &Shared, room: &Room, sender: &UserId) -> bool {
    use matrix_sdk::ruma::events::room::power_levels::UserPowerLevel;
    let Ok(Some(member)) = room.get_member(sender).await else {
        return false;
    };
    if *member.membership() != matrix_sdk::ruma::events::room::member::MembershipState::Join {
        return false;
    }
    match member.power_level() {
        UserPowerLevel::Infinite => true,
        UserPowerLevel::Int(level) => i64::from(level) >= shared.options.caseworker_power_level,
        _ => false,
    }
}

async fn reply(room: &Room, root: Option<&EventId>, text: &str) {
    let content = RoomMessageEventContent::notice_plain(text);
    let content = match root {
        Some(root) => in_thread(content, root),
        None => content,
    };
    if let Err(error) = room.send(content).await {
        tracing::warn!(%error, "a note in a caseworker room could not be sent");
    }
}

async fn react(room: &Room, event: &EventId, key: &str) {
    let content = ReactionEventContent::new(Annotation::new(event.to_owned(), key.to_string()));
    if let Err(error) = room.send(content).await {
        tracing::warn!(%error, "a reaction could not be sent");
    }
}
