//! `kompass`: reads the config, sets up logging, and runs what the command line asks for.
//!
//! - `kompass` with no arguments: the configured channels when `./config.toml` exists,
//!   otherwise the terminal chat on the sample content with storage in `./data`.
//! - `kompass chat`: the terminal chat.
//! - `kompass check`: loads and checks flows and locales (and the config).
//! - `kompass graph`: draws the flows for review.

mod admin_http;
mod app;
mod config;
mod data_dir;
mod mediators;

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
        #[command(flatten)]
        content: app::ContentArgs,
    },
    /// Run the configured channels (the terminal chat while no messenger is configured).
    Run,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match app::main(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("kompass: {error:#}");
            ExitCode::FAILURE
        }
    }
}
