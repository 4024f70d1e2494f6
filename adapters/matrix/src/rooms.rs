//! Caseworker rooms: one per institution that names `matrix_room` in the flows. Every case
//! is a thread there. The post worker sends what the queue holds (thread roots with the
//! request's photos, what newcomers forward) with the post's id as transaction id, so a
//! retry after a crash is not shown twice. Caseworkers' replies in a thread are relayed to
//! the newcomer, and `!` commands act on the case, if the sender's power level allows.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use kompass_core::Content;
use kompass_core::engine::Forwarded;
use kompass_core::engine::script::untranslated_note_de_of;
use kompass_core::runtime::{CaseOutcome, CaseworkerAction, RuntimeError};
use kompass_core::store::{PostWhat, RoomPost, ThreadRef};
use matrix_sdk::Room;
use matrix_sdk::attachment::{AttachmentConfig, AttachmentInfo, BaseAudioInfo};
use matrix_sdk::room::reply::{EnforceThread, Reply};
use matrix_sdk::ruma::events::reaction::ReactionEventContent;
use matrix_sdk::ruma::events::relation::{Annotation, InReplyTo, Reply as ReplyRelation, Thread};
use matrix_sdk::ruma::events::room::encrypted::{
    OriginalSyncRoomEncryptedEvent, Relation as EncryptedRelation,
};
use matrix_sdk::ruma::events::room::message::{
    AddMentions, MessageType, OriginalSyncRoomMessageEvent, Relation, ReplyWithinThread,
    RoomMessageEventContent, TextMessageEventContent,
};
use matrix_sdk::ruma::{
    EventId, OwnedEventId, OwnedRoomId, OwnedTransactionId, RoomAliasId, RoomId, UInt, UserId,
};
use tokio::sync::{mpsc, watch};

use crate::Shared;
use crate::commands::{self, RoomCommand};
use crate::pending::PendingQueue;
use crate::render::{escape, lines_html, without_reply_fallback};
use crate::throttle::Throttle;
use kompass_core::i18n::Arg;
use kompass_core::templates;

/// Which room belongs to which institution, resolved from the flows' `matrix_room`.
#[derive(Debug)]
pub struct Rooms {
    state: Mutex<RoomState>,
    /// Becomes true once every room has been looked up after the start.
    looked_up: watch::Sender<bool>,
    /// When each kind of note was last posted in each room (see [`NOTE_INTERVAL`]).
    notes: Mutex<Throttle<(OwnedRoomId, Note)>>,
}

impl Default for Rooms {
    fn default() -> Self {
        Self {
            state: Mutex::default(),
            looked_up: watch::Sender::new(false),
            notes: Mutex::default(),
        }
    }
}

/// A note for caseworkers about why their message did not reach the newcomer is posted at
/// most once per kind and room in this time: a room where colleagues talk at the top level
/// would otherwise fill with notes.
const NOTE_INTERVAL: Duration = Duration::from_secs(10 * 60);

/// Why a caseworker's message was not relayed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Note {
    PowerLevel,
    TopLevel,
    ReplyOutsideThread,
    UnknownThread,
    Edit,
    Undecryptable,
}

#[derive(Debug, Default)]
struct RoomState {
    by_room: HashMap<OwnedRoomId, String>,
    by_institution: HashMap<String, OwnedRoomId>,
    /// Some institution's room is not known or not joined yet.
    missing: bool,
    last_attempt: Option<Instant>,
    /// Institutions whose missing room was warned about: the look-up is tried every
    /// minute, the warning repeated every [`WAITING_WARNING_EVERY`].
    warned: Throttle<String>,
    /// The content the rooms were last looked up for (each municipality's): a reload
    /// (SIGHUP) with other rooms makes it outdated.
    content: Option<Vec<Arc<Content>>>,
}

impl Rooms {
    pub fn institution_of(&self, room: &RoomId) -> Option<String> {
        self.lock().by_room.get(room).cloned()
    }

    /// A room configured for an institution now, or one with a case's thread in it (where
    /// the institution was before its `matrix_room` changed).
    pub fn is_caseworker_room(&self, shared: &Shared, room: &RoomId) -> bool {
        if self.institution_of(room).is_some() {
            return true;
        }
        match shared.runtime.room_has_threads(room.as_str()) {
            Ok(has) => has,
            Err(error) => {
                tracing::error!(%error, "the threads cannot be read");
                false
            }
        }
    }

    /// The content was replaced since the rooms were looked up.
    pub fn outdated(&self, contents: &[Arc<Content>]) -> bool {
        self.lock().content.as_ref().is_some_and(|resolved| {
            resolved.len() != contents.len()
                || resolved
                    .iter()
                    .zip(contents)
                    .any(|(resolved, now)| !Arc::ptr_eq(resolved, now))
        })
    }

    /// Whether a note of this kind may be posted in `room` now; if so, it counts as posted.
    fn note_due(&self, room: &RoomId, note: Note) -> bool {
        self.notes.lock().unwrap_or_else(|p| p.into_inner()).due(
            (room.to_owned(), note),
            Instant::now(),
            NOTE_INTERVAL,
        )
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
        // Every municipality's offices: their ids are unique in a deployment, so a room
        // names one institution of one municipality.
        let contents = shared.runtime.contents();
        {
            let mut state = self.lock();
            state.last_attempt = Some(Instant::now());
            state.content = Some(contents.clone());
        }
        let mut rooms: Vec<(&str, &str)> = contents
            .iter()
            .flat_map(|content| content.flow.institutions.values())
            .filter_map(|i| Some((i.id.as_str(), i.matrix_room.as_deref()?)))
            .collect();
        let configured: Vec<String> = rooms.iter().map(|(id, _)| id.to_string()).collect();
        // Room ids need no lookup: first.
        rooms.sort_by_key(|(_, name)| !name.starts_with('!'));
        let mut missing = false;
        // Warns about `institution`'s room at the first failure and then every ten minutes;
        // in between at debug level.
        let warn_now = |institution: &str| {
            self.lock().warned.due(
                institution.to_string(),
                Instant::now(),
                WAITING_WARNING_EVERY,
            )
        };
        for (institution, name) in rooms {
            let id = match room_id_of(shared, name).await {
                Ok(id) => id,
                Err(problem) => {
                    if matches!(problem, RoomProblem::NoRoomName) {
                        tracing::error!(%institution, room = %name, "matrix_room is neither a room id (!…) nor an alias (#…)");
                    } else if warn_now(institution) {
                        tracing::warn!(%institution, room = %name, %problem, "the caseworker room cannot be found");
                    } else {
                        tracing::debug!(%institution, room = %name, %problem, "the caseworker room cannot be found, still");
                    }
                    missing = true;
                    continue;
                }
            };
            if joined(shared, &id) {
                self.lock().warned.forget(&institution.to_string());
            } else {
                if warn_now(institution) {
                    tracing::warn!(%institution, room = %name, "the bot is not in this caseworker room yet; invite it");
                }
                missing = true;
            }
            let mut state = self.lock();
            state.by_institution.insert(institution.to_string(), id);
            state.by_room = state
                .by_institution
                .iter()
                .map(|(institution, room)| (room.clone(), institution.clone()))
                .collect();
        }
        let mut state = self.lock();
        // Institutions that lost their room (or were removed) in a reload.
        state
            .by_institution
            .retain(|institution, _| configured.contains(institution));
        state.by_room = state
            .by_institution
            .iter()
            .map(|(institution, room)| (room.clone(), institution.clone()))
            .collect();
        state.missing = missing;
        drop(state);
        self.looked_up.send_replace(true);
    }
}

/// Why a room named in the configuration gave no room id.
#[derive(Debug, thiserror::Error)]
pub(crate) enum RoomProblem {
    #[error("its alias cannot be resolved: {0}")]
    Unresolved(matrix_sdk::HttpError),
    #[error("resolving its alias timed out")]
    TimedOut,
    #[error("it is neither a room id (!…) nor an alias (#…)")]
    NoRoomName,
}

/// The room id `name` names: a room id (`!…`) as it is, an alias (`#…`) resolved over the
/// network. An alias on another server is resolved over federation, which may hang: ten
/// seconds at most.
pub(crate) async fn room_id_of(shared: &Shared, name: &str) -> Result<OwnedRoomId, RoomProblem> {
    if let Ok(id) = RoomId::parse(name) {
        return Ok(id);
    }
    let alias = RoomAliasId::parse(name).map_err(|_| RoomProblem::NoRoomName)?;
    match tokio::time::timeout(
        Duration::from_secs(10),
        shared.client.resolve_room_alias(&alias),
    )
    .await
    {
        Ok(Ok(response)) => Ok(response.room_id),
        Ok(Err(error)) => Err(RoomProblem::Unresolved(error)),
        Err(_) => Err(RoomProblem::TimedOut),
    }
}

/// Whether the bot is a member of room `id`.
pub(crate) fn joined(shared: &Shared, id: &RoomId) -> bool {
    shared
        .client
        .get_room(id)
        .is_some_and(|room| room.state() == matrix_sdk::RoomState::Joined)
}

/// How often a case whose posts wait for their room, or a room that cannot be found or
/// joined, is logged again.
const WAITING_WARNING_EVERY: Duration = Duration::from_secs(600);

/// Sends queued posts: on a wake-up after a step queued some, and every few seconds.
pub(crate) async fn post_worker(shared: Arc<Shared>) {
    let wake = shared.runtime.rooms_wake();
    // Waiting cases logged: a room the bot is not in would otherwise write a warning per
    // case every five seconds.
    let mut warned = Throttle::default();
    loop {
        // A reload may have moved an institution to another room: new threads go there.
        if shared.rooms.outdated(&shared.runtime.contents()) {
            tracing::info!("content reloaded: looking up the caseworker rooms again");
            shared.rooms.resolve(&shared).await;
        }
        let runtime = shared.runtime.clone();
        match tokio::task::spawn_blocking(move || runtime.room_posts()).await {
            Ok(Ok(posts)) => {
                if !posts.is_empty() {
                    // Post only what is on disk: were the step that queued a post lost in a
                    // crash, it would run again and queue the post again, under a new id.
                    shared.runtime.all_durable().await;
                }
                // A case whose root is not in its room yet holds its later posts back.
                let mut held: Vec<String> = Vec::new();
                for post in posts {
                    if held.contains(&post.reference) {
                        continue;
                    }
                    if let Err(error) = send_post(&shared, &post).await {
                        if warned.due(
                            post.reference.clone(),
                            Instant::now(),
                            WAITING_WARNING_EVERY,
                        ) {
                            tracing::warn!(reference = %post.reference, institution = %post.institution, %error, "a post for a caseworker room is waiting (kompass_room_posts_waiting counts them)");
                        }
                        held.push(post.reference.clone());
                    }
                }
                // Cases no longer waiting are logged at once should they wait again.
                warned.keep_only(|reference| held.contains(reference));
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
    let runtime = shared.runtime.clone();
    let reference = post.reference.clone();
    let case = tokio::task::spawn_blocking(move || runtime.case(&reference))
        .await
        .map_err(|_| RuntimeError::Panicked)??
        .ok_or(PostError::UnknownCase)?;
    // A thread's root goes to the institution's room as configured now; everything else
    // into the room where the case's thread is, even if the institution moved since (a
    // thread relation into another room is refused by the homeserver).
    let room_id = match (&post.what, &case.thread) {
        (PostWhat::Root, _) | (_, None) => shared.rooms.room_of(&post.institution),
        (_, Some(thread)) => RoomId::parse(&thread.room).ok(),
    }
    .ok_or_else(|| PostError::NoRoom(post.institution.clone()))?;
    let room = shared
        .client
        .get_room(&room_id)
        .filter(|room| room.state() == matrix_sdk::RoomState::Joined)
        .ok_or_else(|| PostError::NoRoom(post.institution.clone()))?;
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
                Forwarded::Text { text, sent_before } => {
                    // The office sees what it holds: "(Arabisch, nicht übersetzt)".
                    let written_in = kompass_core::engine::untranslated_language_read(
                        text,
                        &case.language,
                        &locales(shared),
                    );
                    let label = match untranslated_note_de_of(written_in) {
                        Some(note) => caseworker_text(
                            shared,
                            "caseworker-forwarded-text-untranslated",
                            &[("note", note.as_str().into())],
                        ),
                        None => caseworker_text(shared, "caseworker-forwarded-text", &[]),
                    };
                    // The same words sent before, days ago: the person may be waiting.
                    let before = sent_before.map(|day| {
                        caseworker_text(
                            shared,
                            "caseworker-forwarded-sent-before",
                            &[("date", day.format("%d.%m.%Y").to_string().into())],
                        )
                    });
                    let mut plain = format!("{label}\n{text}");
                    let mut html =
                        format!("<p><em>{}</em></p>{}", escape(&label), lines_html(text));
                    if let Some(before) = &before {
                        plain.push_str(&format!("\n{before}"));
                        html.push_str(&format!("<p><em>{}</em></p>", escape(before)));
                    }
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
                    let bytes = tokio::task::spawn_blocking(move || runtime.attachment(&id))
                        .await
                        .map_err(|_| RuntimeError::Panicked)??;
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
                Forwarded::Audio {
                    id,
                    mime,
                    duration_seconds,
                } => {
                    // One `m.audio` in the thread, the German note as its caption.
                    let runtime = shared.runtime.clone();
                    let id = id.clone();
                    let bytes = tokio::task::spawn_blocking(move || runtime.attachment(&id))
                        .await
                        .map_err(|_| RuntimeError::Panicked)??;
                    if let Some(bytes) = bytes {
                        // German names as in the thread's root ("Arabisch").
                        let language = kompass_core::engine::script::german_name(&case.language);
                        let note = caseworker_text(
                            shared,
                            "caseworker-forwarded-voice",
                            &[("language", language.into())],
                        );
                        let parsed: mime::Mime = mime.parse().unwrap_or_else(|_| ogg());
                        let info = BaseAudioInfo {
                            duration: duration_seconds.map(|s| Duration::from_secs(s.into())),
                            size: UInt::new(bytes.len() as u64),
                            waveform: None,
                        };
                        room.send_attachment(
                            voice_file_name(&parsed),
                            &parsed,
                            bytes,
                            AttachmentConfig::new()
                                .txn_id(txn(""))
                                .info(AttachmentInfo::Audio(info))
                                .caption(Some(TextMessageEventContent::plain(note)))
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

fn ogg() -> mime::Mime {
    "audio/ogg"
        .parse()
        .unwrap_or(mime::APPLICATION_OCTET_STREAM)
}

/// A file name for a voice message by its type (Telegram voice is OGG/Opus).
fn voice_file_name(mime: &mime::Mime) -> &'static str {
    match mime.subtype().as_str() {
        "mpeg" | "mp3" => "sprachnachricht.mp3",
        "mp4" | "m4a" | "aac" | "x-m4a" => "sprachnachricht.m4a",
        "webm" => "sprachnachricht.webm",
        "wav" | "x-wav" => "sprachnachricht.wav",
        _ => "sprachnachricht.ogg",
    }
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

/// An event in a caseworker room, for [`caseworker_worker`].
#[derive(Debug)]
pub(crate) enum CaseworkerEvent {
    Message(Room, Box<OriginalSyncRoomMessageEvent>),
    Undecryptable(Room, Box<OriginalSyncRoomEncryptedEvent>),
}

/// The way to [`caseworker_worker`] (see [`PendingQueue`] for why it counts).
pub(crate) type CaseworkerQueue = PendingQueue<CaseworkerEvent>;

/// Handles caseworker rooms' events one after another, in the order they came.
pub(crate) async fn caseworker_worker(
    shared: Arc<Shared>,
    mut events: mpsc::UnboundedReceiver<CaseworkerEvent>,
    queue: CaseworkerQueue,
) {
    while let Some(event) = events.recv().await {
        handle_caseworker_event(&shared, event).await;
        queue.done();
    }
}

async fn handle_caseworker_event(shared: &Arc<Shared>, event: CaseworkerEvent) {
    match event {
        CaseworkerEvent::Message(room, event) => {
            on_caseworker_event(shared, &room, *event).await;
        }
        CaseworkerEvent::Undecryptable(room, event) => {
            // Relations stay unencrypted: the note can go into the thread.
            let thread = match &event.content.relates_to {
                Some(EncryptedRelation::Thread(thread)) => Some(thread.event_id.clone()),
                _ => None,
            };
            note(
                shared,
                &room,
                Note::Undecryptable,
                &event.event_id,
                thread.as_deref(),
                &caseworker_text(shared, "caseworker-note-undecryptable", &[]),
            )
            .await;
        }
    }
}

/// Where in the room a caseworker's message is.
enum Place {
    Thread(OwnedEventId),
    /// A reply in the main timeline.
    ReplyOutsideThread,
    /// An edit of the given event.
    Edit(OwnedEventId),
    TopLevel,
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
    let place = match &event.content.relates_to {
        Some(Relation::Thread(thread)) => Place::Thread(thread.event_id.clone()),
        Some(Relation::Reply(_)) => Place::ReplyOutsideThread,
        Some(Relation::Replacement(replacement)) => Place::Edit(replacement.event_id.clone()),
        _ => Place::TopLevel,
    };
    if !may_act(shared, room, &event.sender).await {
        // No user id: the log is no place for who is in which room.
        tracing::warn!(
            "a message in a caseworker room from someone below the caseworker power level (or not a member); not relayed"
        );
        let thread = match &place {
            Place::Thread(root) => Some(root.clone()),
            Place::Edit(original) => thread_of(room, original).await,
            _ => None,
        };
        let text = caseworker_text(
            shared,
            "caseworker-note-power-level",
            &[("level", shared.options.caseworker_power_level.into())],
        );
        note(
            shared,
            room,
            Note::PowerLevel,
            &event.event_id,
            thread.as_deref(),
            &text,
        )
        .await;
        return;
    }
    let today = chrono::Local::now().date_naive();
    let command = commands::parse(&body, today);
    let root = match place {
        Place::Thread(root) => root,
        Place::Edit(original) => {
            let thread = thread_of(room, &original).await;
            note(
                shared,
                room,
                Note::Edit,
                &event.event_id,
                thread.as_deref(),
                &caseworker_text(shared, "caseworker-note-edit", &[]),
            )
            .await;
            return;
        }
        Place::TopLevel if matches!(command, Some(Ok(RoomCommand::Help))) => {
            reply(
                room,
                &event.event_id,
                None,
                &caseworker_text(shared, "caseworker-help", &[]),
            )
            .await;
            return;
        }
        Place::TopLevel if matches!(command, Some(Ok(RoomCommand::Templates))) => {
            reply(
                room,
                &event.event_id,
                None,
                &templates::list(&locales(shared)),
            )
            .await;
            return;
        }
        Place::TopLevel => {
            note(
                shared,
                room,
                Note::TopLevel,
                &event.event_id,
                None,
                &caseworker_text(shared, "caseworker-note-top-level", &[]),
            )
            .await;
            return;
        }
        Place::ReplyOutsideThread => {
            note(
                shared,
                room,
                Note::ReplyOutsideThread,
                &event.event_id,
                None,
                &caseworker_text(shared, "caseworker-note-reply-outside-thread", &[]),
            )
            .await;
            return;
        }
    };
    let runtime = shared.runtime.clone();
    let (room_id, root_id) = (room.room_id().to_string(), root.to_string());
    let case = match tokio::task::spawn_blocking(move || runtime.case_by_thread(&room_id, &root_id))
        .await
    {
        Ok(Ok(Some(case))) => case,
        Ok(Ok(None)) => {
            note(
                shared,
                room,
                Note::UnknownThread,
                &event.event_id,
                Some(&root),
                &caseworker_text(shared, "caseworker-note-unknown-thread", &[]),
            )
            .await;
            return;
        }
        Ok(Err(error)) => {
            tracing::error!(%error, "a case cannot be read");
            return;
        }
        Err(_) => return,
    };
    // Older clients put the message they answer in front of the answer ("> <@kompass…> …").
    let body = if body.starts_with("> <") {
        without_reply_fallback(&body).to_string()
    } else {
        body
    };
    let command = commands::parse(&body, today);
    if let Some(Ok(RoomCommand::Erase { confirmed: true })) = command {
        return erase_at_request(shared, room, &event.event_id, &root, &case.reference).await;
    }
    let texts = locales(shared);
    // Help, the list, and what is wrong with a command are answered in the thread.
    let action = match command {
        None if body.trim().is_empty() => Err(caseworker_text(shared, "caseworker-only-text", &[])),
        None => Ok(CaseworkerAction::Message(body.trim().to_string())),
        Some(Ok(RoomCommand::Help)) => Err(caseworker_text(shared, "caseworker-help", &[])),
        Some(Ok(RoomCommand::Templates)) => Err(templates::list(&texts)),
        Some(Ok(RoomCommand::Template(text))) => templates::fill(&texts, &text, today)
            .map(CaseworkerAction::Template)
            .map_err(|error| error.explain(&texts)),
        Some(Ok(RoomCommand::Close)) => Ok(CaseworkerAction::Close),
        Some(Ok(RoomCommand::Erase { .. })) => Err(caseworker_text(
            shared,
            "caseworker-erase-confirm",
            &[("reference", case.reference.as_str().into())],
        )),
        Some(Ok(RoomCommand::Appointment { date, time, place })) => {
            Ok(CaseworkerAction::Appointment { date, time, place })
        }
        Some(Err(error)) => Err(error.explain(&texts)),
    };
    let action = match action {
        Ok(action) => action,
        Err(answer) => {
            reply(room, &event.event_id, Some(&root), &answer).await;
            return;
        }
    };
    let runtime = shared.runtime.clone();
    let event_id = event.event_id.to_string();
    let reference = case.reference.clone();
    let is_message = matches!(action, CaseworkerAction::Message(_));
    let is_close = matches!(action, CaseworkerAction::Close);
    let template = match &action {
        CaseworkerAction::Template(filled) => Some(filled.clone()),
        _ => None,
    };
    // Said back in the confirmation: "morgen" or "Dienstag" shows as the date understood.
    let appointment = match &action {
        CaseworkerAction::Appointment { date, time, .. } => format!(
            "{} um {} Uhr",
            commands::german_date(*date),
            time.format("%H:%M")
        ),
        _ => String::new(),
    };
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
        Ok(CaseOutcome::Done {
            notice,
            reminder,
            language,
        }) => {
            let _ = shared.notices_out.send(notice);
            if is_message {
                react(room, &event.event_id, "✅").await;
            } else if is_close {
                reply(
                    room,
                    &event.event_id,
                    Some(&root),
                    &caseworker_text(shared, "caseworker-closed-done", &[]),
                )
                .await;
            } else if let Some(filled) = template {
                // Colleagues see what was sent, in German.
                let locales = locales(shared);
                let language_name = kompass_core::engine::interpreter_language(&language)
                    .map_or_else(|| language.clone(), |(_, german)| german.to_string());
                let text = format!(
                    "{}\n{}",
                    locales.caseworker_text(
                        "caseworker-template-sent",
                        &[
                            ("name", filled.name.as_str().into()),
                            ("language", language_name.into()),
                        ],
                    ),
                    filled.german(&locales)
                );
                reply(room, &event.event_id, Some(&root), &text).await;
            } else {
                let text = match reminder {
                    Some(due) => caseworker_text(
                        shared,
                        "caseworker-appointment-sent",
                        &[
                            ("appointment", appointment.into()),
                            ("date", due.format("%d.%m.%Y").to_string().into()),
                            ("time", due.format("%H:%M").to_string().into()),
                        ],
                    ),
                    None => caseworker_text(
                        shared,
                        "caseworker-appointment-sent-no-reminder",
                        &[("appointment", appointment.into())],
                    ),
                };
                reply(room, &event.event_id, Some(&root), &text).await;
            }
            tracing::info!(reference = %case.reference, "caseworker action relayed");
        }
        Ok(CaseOutcome::AlreadyDone) => {}
        Ok(CaseOutcome::Closed) => {
            reply(
                room,
                &event.event_id,
                Some(&root),
                &caseworker_text(shared, "caseworker-case-closed", &[]),
            )
            .await;
        }
        Ok(CaseOutcome::Erased) => {
            reply(
                room,
                &event.event_id,
                Some(&root),
                &caseworker_text(shared, "caseworker-person-erased", &[]),
            )
            .await;
        }
        Err(error) => tracing::error!(%error, "a caseworker action failed"),
    }
}

/// `!löschen ja` in case `reference`'s thread: the person's data erased, as their own
/// `/delete` would, and the thread told.
async fn erase_at_request(
    shared: &Shared,
    room: &Room,
    event: &EventId,
    root: &EventId,
    reference: &str,
) {
    let runtime = shared.runtime.clone();
    let case = reference.to_string();
    let outcome = tokio::task::spawn_blocking(move || runtime.erase_at_office_request(&case))
        .await
        .unwrap_or(Err(RuntimeError::Panicked));
    let text = match outcome {
        Ok(true) => caseworker_text(
            shared,
            "caseworker-erase-done",
            &[("reference", reference.into())],
        ),
        Ok(false) => caseworker_text(
            shared,
            "caseworker-erase-already",
            &[("reference", reference.into())],
        ),
        Err(error) => {
            tracing::error!(%reference, %error, "erasing at the office's request failed");
            caseworker_text(shared, "caseworker-erase-failed", &[])
        }
    };
    reply(room, event, Some(root), &text).await;
}

/// The locales as loaded now (a reload may have replaced them).
fn locales(shared: &Shared) -> kompass_core::i18n::Locales {
    shared.runtime.engine().content().locales.clone()
}

/// A German text for the room, from `locales/de/caseworker.ftl`.
fn caseworker_text(shared: &Shared, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    locales(shared).caseworker_text(id, args)
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

/// A note why `about` was not relayed: in its thread (or at the top level), as a reply to
/// it, at most once per kind and room within [`NOTE_INTERVAL`].
async fn note(
    shared: &Shared,
    room: &Room,
    kind: Note,
    about: &EventId,
    thread: Option<&EventId>,
    text: &str,
) {
    if !shared.rooms.note_due(room.room_id(), kind) {
        return;
    }
    let mut content = RoomMessageEventContent::notice_plain(text);
    content.relates_to = Some(match thread {
        Some(root) => Relation::Thread(Thread::reply(root.to_owned(), about.to_owned())),
        None => Relation::Reply(ReplyRelation::new(InReplyTo::new(about.to_owned()))),
    });
    let send = room
        .send(content)
        .with_transaction_id(answer_txn("note", about));
    if let Err(error) = send.await {
        tracing::warn!(%error, "a note in a caseworker room could not be sent");
    }
}

/// The transaction id of the bot's `kind` of answer to a caseworker's `event`: the same when
/// the event is handled again after a crash (see [`CaseworkerQueue`]), so the homeserver
/// shows the answer once.
fn answer_txn(kind: &str, event: &EventId) -> OwnedTransactionId {
    crate::txn_id(&format!("cw{kind}"), event.as_str())
}

/// The thread `event` is in, if any (an edit names only the event it replaces).
async fn thread_of(room: &Room, event: &EventId) -> Option<OwnedEventId> {
    let event = room.event(event, None).await.ok()?;
    let content: serde_json::Value = event.raw().get_field("content").ok()??;
    let relation = content.get("m.relates_to")?;
    if relation.get("rel_type")?.as_str()? != "m.thread" {
        return None;
    }
    OwnedEventId::try_from(relation.get("event_id")?.as_str()?).ok()
}

/// The bot's answer to the caseworker's event `about`.
async fn reply(room: &Room, about: &EventId, root: Option<&EventId>, text: &str) {
    let content = RoomMessageEventContent::notice_plain(text);
    let content = match root {
        Some(root) => in_thread(content, root),
        None => content,
    };
    let send = room
        .send(content)
        .with_transaction_id(answer_txn("reply", about));
    if let Err(error) = send.await {
        tracing::warn!(%error, "a note in a caseworker room could not be sent");
    }
}

async fn react(room: &Room, event: &EventId, key: &str) {
    let content = ReactionEventContent::new(Annotation::new(event.to_owned(), key.to_string()));
    let send = room
        .send(content)
        .with_transaction_id(answer_txn("react", event));
    if let Err(error) = send.await {
        tracing::warn!(%error, "a reaction could not be sent");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_is_posted_once_per_kind_and_room() {
        let rooms = Rooms::default();
        let (a, b) = (
            RoomId::parse("!a:x").unwrap(),
            RoomId::parse("!b:x").unwrap(),
        );
        assert!(rooms.note_due(&a, Note::TopLevel));
        assert!(
            !rooms.note_due(&a, Note::TopLevel),
            "the second is held back"
        );
        assert!(rooms.note_due(&a, Note::PowerLevel), "another kind");
        assert!(rooms.note_due(&b, Note::TopLevel), "another room");
        // Once the interval is over, the note is due again.
        rooms.notes.lock().unwrap().age(NOTE_INTERVAL);
        assert!(rooms.note_due(&a, Note::TopLevel));
    }
}
