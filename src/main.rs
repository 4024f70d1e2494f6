//! `kompass`: reads the config, sets up logging, and runs what the command line asks for.
//!
//! - `kompass` with no arguments: the configured channels when `./config.toml` exists,
//!   otherwise the terminal chat on the sample content with storage in `./data`.
//! - `kompass chat`: the terminal chat.
//! - `kompass check`: loads and checks flows and locales (and the config).
//! - `kompass graph`: draws the flows for review.
//! - `kompass poster`: A4 posters with a QR code per channel, one page per language.

mod admin_http;
mod allocator;
mod app;
mod config;
mod data_dir;
mod mediators;
mod report;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use config::LogFormat;

#[derive(Debug, Parser)]
#[command(
    name = "kompass",
    version,
    about = "Kompass: a chatbot that welcomes newcomers to a municipality"
)]
struct Cli {
    /// Config file (default: ./config.toml if it exists).
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    /// Log format on stderr; levels come from RUST_LOG.
    #[arg(long, global = true, value_enum)]
    log_format: Option<LogFormat>,
    #[command(subcommand)]
    command: Option<Commands>,
}

#[derive(Debug, Subcommand)]
enum Commands {
    /// Chat with the bot in this terminal (one input per line when stdin is not a terminal).
    Chat {
        /// Storage folder (sessions, requests, emails in DIR/mail).
        #[arg(long)]
        data: Option<PathBuf>,
        /// Who is chatting; another name is another conversation.
        #[arg(long, default_value = "local")]
        user: String,
        #[command(flatten)]
        content: app::ContentArgs,
    },
    /// Check flows and locales (and the config, if one is given) and report every problem.
    Check {
        #[command(flatten)]
        content: app::ContentArgs,
    },
    /// Draw the flows (Mermaid or DOT) with broken parts marked.
    Graph {
        /// `mermaid` (renders in Markdown on common code hosts) or `dot` (Graphviz).
        #[arg(long, value_enum, default_value = "mermaid")]
        format: app::GraphFormat,
        /// Language of the labels.
        #[arg(long, default_value = "de")]
        lang: String,
        /// Draw only what can be reached from this node (default: everything).
        node: Option<String>,
        /// With several municipalities: the one to draw (its flows and own texts).
        #[arg(long)]
        town: Option<String>,
        #[command(flatten)]
        content: app::ContentArgs,
    },
    /// A4 posters for the town hall and shelters: one page per language with a QR code per
    /// channel (Telegram from `[telegram] username`, Matrix from `[matrix] user`).
    Poster {
        /// Languages, one page each, in this order (default: every language with texts).
        #[arg(long, value_delimiter = ',')]
        lang: Vec<String>,
        /// `pdf` (one file, a page per language) or `svg` (one file per language).
        #[arg(long, value_enum, default_value = "pdf")]
        format: app::PosterFormat,
        /// The flow node the Telegram link opens at (`t.me/<bot>?start=<lang>_<node>`).
        #[arg(long)]
        start: Option<String>,
        /// The bot's Telegram username, instead of `[telegram] username`.
        #[arg(long)]
        telegram_username: Option<String>,
        /// With several municipalities: the one the poster is for (its texts; the Telegram
        /// link carries its id, `?start=<town>_<lang>`).
        #[arg(long)]
        town: Option<String>,
        /// Where to write: the PDF (default `kompass-poster.pdf`); for SVG, the name that
        /// each language's file is named after (`kompass-poster.svg` gives
        /// `kompass-poster-ar.svg`, …).
        #[arg(long)]
        out: Option<PathBuf>,
        #[command(flatten)]
        content: app::ContentArgs,
    },
    /// Run the configured channels (the terminal chat while no messenger is configured).
    Run,
    /// Erase everything about the person who sent request REFERENCE (`KAL-2026-000123`),
    /// as their own `/delete` would: only at their request, made to the office another way.
    /// Stop the bot first (every instance): it keeps the person's keys while it runs.
    Erase {
        /// The reference number of one of the person's requests.
        reference: String,
        /// Storage folder (default: the config's, else `./data`).
        #[arg(long)]
        data: Option<PathBuf>,
        #[command(flatten)]
        content: app::ContentArgs,
    },
    /// Internal: the start-up checks of a sled store, in a process of their own (`kompass
    /// run` and `kompass chat` start it; see `Store::open_sled_checked_elsewhere`).
    #[command(hide = true)]
    CheckSledStore { dir: PathBuf, cache_mb: u64 },
}

fn main() -> ExitCode {
    allocator::tune();
    let cli = Cli::parse();
    match app::main(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("kompass: {}", report::report(&error));
            ExitCode::FAILURE
        }
    }
}
