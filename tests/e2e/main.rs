//! End-to-end tests: the `kompass` binary driven as a newcomer would drive it.
//!
//! # Layout
//! - `support`: running the binary, the shipped content, reading emails.
//! - `admin`: SIGTERM, SIGHUP reload, logs without personal data.
//! - `conversations`: a complete request in each of the five languages, to an `.eml`.
//! - `bad_input`: every wrong input gets a translated answer and the same question again.
//! - `erasure`: after `/delete`, no seeded personal data in any file of the data folder
//!   (`seed_scan` searches raw, UTF-16 and base64).
//! - `languages`: Turkish, Persian and Kurdish requests through the terminal chat,
//!   Telegram and (Persian) Matrix; names in Latin letters and untranslated free text.
//! - `restart`: a kill mid-form loses nothing.
//! - `check`: `kompass check` names file and line for broken content.
//! - `first_message`: the first words decide the language the terminal chat answers in.
//! - `email_replies`: offices answer by email (a real Dovecot IMAP server, `imap_support`):
//!   the answer reaches a Telegram newcomer and their answer the office, in one thread.
//! - `smtp`: delivery to a real SMTP server (aiosmtpd): plain, STARTTLS, TLS, AUTH, outages.
//! - `matrix`: the Matrix channel and caseworker rooms against a real Synapse
//!   (`tests/peers/synapse.py`, with matrix-sdk clients from `matrix_support`).
//! - `matrix_nio`: a newcomer and a caseworker on matrix-nio (`tests/peers/matrix_nio_peer.py`),
//!   a client library the bot shares no code with.
//! - `mediators`: language mediators on Synapse: a Telegram newcomer's words reach the
//!   mediators' room without anything personal, translations go both ways, across a restart.
//! - `telegram`: the Telegram channel against a loopback Bot API server
//!   (`tests/peers/telegram_bot_api.py`, driven through `telegram_support`).
//! - `postgres`: `[storage] backend = "postgres"` on a throw-away cluster: a Telegram request
//!   through a `kill -9` and a restart into the `.eml`, its data in PostgreSQL.
//! - `standby`: two instances on one PostgreSQL database, 20 `kill -9` of the active one
//!   during Telegram conversations: the standby takes over, nothing lost or polled twice.
//! - `standby_matrix`: the same on Matrix (Synapse, encrypted rooms, one shared Matrix
//!   store): 5 `kill -9` at points of a registration and of caseworkers' replies; the
//!   conversation goes on, nothing twice, one device, no standby talks to the homeserver.
//! - `poster`: `kompass poster` from a config: pages per language, QR codes read back.
//! - `chaos`: at least 30 `kill -9` at random points of several Telegram conversations:
//!   no confirmed request lost, none emailed twice, every conversation resumes.
//! - `kill_support`: the seeded random source, script and comparison of the kill runs.
//! - `telegram_kill`: duplicates after `kill -9` of the bot, counted against a reference
//!   conversation (the large run is the figure in docs/benchmarks.md).
//! - `uploads`: hostile uploads refused or cleaned on their way to the `.eml`.
//! - `terminal`: the terminal chat's edges: several users on one data folder, bytes that
//!   are not text, control characters, FIFOs and devices as photos.

// matrix-sdk's futures are deep: spawning a sync loop needs more than the default 128.
#![recursion_limit = "256"]

mod admin;
mod bad_input;
mod chaos;
mod check;
mod conversations;
mod email_replies;
mod erasure;
mod first_message;
mod imap_support;
mod kill_support;
mod languages;
mod matrix;
mod matrix_nio;
mod matrix_support;
mod mediators;
mod municipalities;
mod poster;
mod postgres;
mod restart;
mod seed_scan;
mod smtp;
mod standby;
mod standby_matrix;
mod support;
mod telegram;
mod telegram_kill;
mod telegram_support;
mod terminal;
mod uploads;
