//! Fills a data folder with many stored conversations, for measuring `kompass run`'s idle
//! memory with them (docs/benchmarks.md, "Idle memory with stored conversations"):
//!
//! ```sh
//! cargo run --release --example fill_store -- <data_dir> <conversations> [threads]
//! ```
//!
//! With `KOMPASS_FILL_PG_URL` (and `KOMPASS_FILL_PG_PASSWORD`) set, the conversations go
//! into that PostgreSQL database (`[storage] backend = "postgres"`) instead of sled.
//!
//! Each conversation is a German newcomer who opened the registration form by deep link and
//! answered its first six questions (a session with a draft, sealed with its person key),
//! written through the runtime as the Telegram adapter writes steps.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use kompass_core::attachment::Limits;
use kompass_core::content::Content;
use kompass_core::engine::UserId;
use kompass_core::runtime::{Incoming, Runtime, Settings, Update};
use kompass_core::store::Store;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: fill_store <data_dir> <conversations> [threads]";
    let data = PathBuf::from(args.next().ok_or(usage)?);
    let total: u64 = args.next().ok_or(usage)?.parse()?;
    let threads: u64 = args.next().map_or(Ok(4), |t| t.parse())?;
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = Arc::new(
        Content::load(&repo.join("flows"), &repo.join("locales"))
            .map_err(|d| format!("content: {d}"))?,
    );
    let settings = Settings {
        mail_from: "Kompass <k@example.org>".parse()?,
        limits: Limits::default(),
        give_up_after: chrono::Duration::hours(72),
        max_email_bytes: 20 * 1024 * 1024,
        retention: chrono::Duration::days(30),
        rooms_available: true,
        time_zone: chrono_tz::Europe::Berlin,
        reply_mailbox: None,
    };
    let store = match std::env::var("KOMPASS_FILL_PG_URL") {
        Ok(url) => kompass_postgres::open_store(
            &data.join("db"),
            &kompass_postgres::PgSettings {
                url,
                password: std::env::var("KOMPASS_FILL_PG_PASSWORD").ok(),
            },
        )?,
        Err(_) => Store::open(&data.join("db"))?,
    };
    let runtime = Runtime::new(content, store, settings);
    let started = std::time::Instant::now();
    std::thread::scope(|scope| {
        for thread in 0..threads {
            let runtime = &runtime;
            scope.spawn(move || {
                let mut user = thread;
                while user < total {
                    fill(runtime, user).expect("a step is stored");
                    user += threads;
                }
            });
        }
    });
    runtime.flush()?;
    let mut out = std::io::stderr();
    use std::io::Write;
    writeln!(
        out,
        "{total} conversations stored in {:.1} s",
        started.elapsed().as_secs_f64()
    )?;
    Ok(())
}

fn fill(runtime: &Runtime, n: u64) -> Result<(), kompass_core::runtime::RuntimeError> {
    let user = UserId::new("telegram", (1_000_000 + n).to_string());
    let steps = [
        "/start de_register-form".to_string(),
        format!("Mustermann {n}"),
        "Erika".into(),
        "24.05.1988".into(),
        "syrisch".into(),
        format!("Hauptstraße {n}, 32689 Kalletal"),
        "01.11.2026".into(),
    ];
    for (i, text) in steps.into_iter().enumerate() {
        let (_, _commit) = runtime.handle_unflushed(Update {
            user: user.clone(),
            id: Some(format!("{n}-{i}")),
            language_hint: None,
            incoming: Incoming::Text(text),
        })?;
    }
    Ok(())
}
