//! End-to-end tests: the `kompass` binary driven as a newcomer would drive it.
//!
//! # Layout
//! - `support`: running the binary, the shipped content, reading emails.
//! - `admin`: SIGTERM, SIGHUP reload, logs without personal data.
//! - `conversations`: a complete request in each of the five languages, to an `.eml`.
//! - `bad_input`: every wrong input gets a translated answer and the same question again.
//! - `restart`: a kill mid-form loses nothing.
//! - `check`: `kompass check` names file and line for broken content.
//! - `smtp`: delivery to a real SMTP server (aiosmtpd): plain, STARTTLS, TLS, AUTH, outages.
//! - `telegram`: the Telegram channel against a loopback Bot API server
//!   (`tests/peers/telegram_bot_api.py`, driven through `telegram_support`).

mod admin;
mod bad_input;
mod check;
mod conversations;
mod restart;
mod smtp;
mod support;
mod telegram;
mod telegram_support;
