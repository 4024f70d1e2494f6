//! Wiring: config → content, storage, mail transport, outbox worker → the chosen channel.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, anyhow, bail};
use kompass_core::attachment::Limits;
use kompass_core::mail::{EmlDirectory, Smtp, Transport};
use kompass_core::runtime::{Notice, RuntimeError, Settings};
use kompass_core::store::Store;
use kompass_core::towns::{Town, Towns};
use kompass_core::{Content, Engine, Runtime, Severity};
use tokio::sync::{Notify, mpsc};
use tracing_subscriber::EnvFilter;

use crate::config::{Config, LogFormat, StorageBackend};
use crate::{Cli, Commands};

/// Where flows and locales are, overriding the config.
#[derive(Debug, clap::Args)]
pub struct ContentArgs {
    /// Folder with the flow files.
    #[arg(long)]
    flows: Option<PathBuf>,
    /// Folder with one sub-folder of .ftl files per language.
    #[arg(long)]
    locales: Option<PathBuf>,
}

impl ContentArgs {
    fn apply(self, config: &mut Config) {
        if let Some(flows) = self.flows {
            config.content.flows = flows;
        }
        if let Some(locales) = self.locales {
            config.content.locales = locales;
        }
    }
}

pub fn main(cli: Cli) -> anyhow::Result<ExitCode> {
    let config_path = cli.config.clone().or_else(|| {
        Path::new("config.toml")
            .exists()
            .then(|| PathBuf::from("config.toml"))
    });
    let mut config = match &config_path {
        Some(path) => Config::load(path)?,
        None => Config::default(),
    };
    let chatting = matches!(
        cli.command,
        Some(Commands::Chat { .. })
            | Some(Commands::Run)
            | Some(Commands::CheckSledStore { .. })
            | None
    );
    init_logging(
        cli.log_format.unwrap_or(config.logging.format),
        if chatting { "warn" } else { "info" },
    );
    match cli.command {
        Some(Commands::CheckSledStore { dir, cache_mb }) => {
            check_sled_store(&dir, cache_mb)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Commands::Check { content }) => {
            content.apply(&mut config);
            // With a config, its secrets must be there too: a service that would fail at
            // its first email fails here instead.
            let path = config.path.as_deref().unwrap_or(Path::new("config.toml"));
            if let Some(smtp) = &config.mail.smtp {
                smtp.settings(path)?;
            }
            for (imap, town) in imap_tables(&config) {
                imap.settings(path, town)?;
            }
            if let Some(telegram) = &config.telegram {
                telegram.options(path, 0)?;
                for town in &config.municipalities {
                    telegram.town_options(path, 0, town)?;
                }
            }
            if let Some(matrix) = &config.matrix {
                matrix.options(path, &config.storage.data_dir, 0)?;
            }
            Ok(check(&config))
        }
        Some(Commands::Graph {
            format,
            lang,
            node,
            town,
            content,
        }) => {
            content.apply(&mut config);
            graph(&config, format, &lang, node.as_deref(), town.as_deref())
        }
        Some(Commands::Poster {
            lang,
            format,
            start,
            telegram_username,
            town,
            out,
            content,
        }) => {
            content.apply(&mut config);
            poster(
                &config,
                PosterArgs {
                    languages: lang,
                    format,
                    start,
                    telegram_username,
                    town,
                    out,
                },
            )
        }
        Some(Commands::Chat {
            data,
            user,
            content,
        }) => {
            content.apply(&mut config);
            if let Some(data) = data {
                config.storage.data_dir = data;
                config.mail.eml_dir = None;
            }
            chat(config, user)
        }
        Some(Commands::Erase {
            reference,
            data,
            content,
        }) => {
            content.apply(&mut config);
            if let Some(data) = data {
                config.storage.data_dir = data;
            }
            erase(&config, reference.trim())
        }
        Some(Commands::Run) | None => {
            if config.telegram.is_some() || config.matrix.is_some() {
                serve(config, Channel::Messengers)
            } else {
                // No messenger is configured: the terminal chat runs with the config's
                // content, storage and mail settings.
                chat(config, "local".to_string())
            }
        }
    }
}

fn init_logging(format: LogFormat, default_level: &str) {
    let mut directives = std::env::var("RUST_LOG").unwrap_or_else(|_| default_level.to_string());
    if !directives.contains("matrix_sdk") {
        // matrix-sdk logs user and room ids at info, and a 404 for every account-data key
        // that is not set yet as an error; our own logs say what failed, without ids. The
        // bot keeps no server-side key backup (its keys are in its own store), and
        // matrix-sdk warns about that for every room key it creates.
        directives.push_str(
            ",matrix_sdk=warn,matrix_sdk_base=warn,matrix_sdk_crypto=warn,matrix_sdk_sqlite=warn,matrix_sdk::http_client=off,matrix_sdk_crypto::backups=error",
        );
    }
    // sled's debug and trace lines print keys and values (sessions, requests: personal
    // data) as byte lists. Capped at info whatever RUST_LOG says: `add_directive` replaces
    // a `sled=…` directive the environment may have given.
    let filter = EnvFilter::try_new(&directives)
        .unwrap_or_else(|_| EnvFilter::new(default_level))
        .add_directive("sled=info".parse().expect("a valid directive"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal());
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().init(),
    }
}

/// `kompass check`: every problem with file, line and fix; non-zero exit on any error.
#[allow(
    clippy::print_stdout,
    reason = "the report is what this command prints"
)]
fn check(config: &Config) -> ExitCode {
    if !config.municipalities.is_empty() {
        return check_towns(config);
    }
    let (flows, locales) = match content_folders(config) {
        Ok(folders) => folders,
        Err(missing) => {
            for problem in &missing {
                println!("{problem}");
            }
            println!(
                "failed: {} error(s); the bot does not start with this content",
                missing.len()
            );
            return ExitCode::FAILURE;
        }
    };
    let (flow, locales, mut diagnostics) = kompass_core::content::load_lenient(&flows, &locales);
    if let (Some(flow), Some(locales)) = (&flow, &locales) {
        for diagnostic in crate::mediators::check(config, flow, locales) {
            diagnostics.push(diagnostic);
        }
    }
    for diagnostic in diagnostics.iter() {
        println!("{diagnostic}");
    }
    if let (Some(flow), Some(locales)) = (&flow, &locales) {
        let coverage: Vec<String> = kompass_core::content::check::coverage(flow, locales)
            .iter()
            .map(|c| {
                format!(
                    "{} {} % ({}/{})",
                    c.language,
                    c.percent(),
                    c.present,
                    c.required
                )
            })
            .collect();
        println!("coverage: {}", coverage.join(", "));
    }
    match (flow, locales) {
        (Some(flow), Some(locales)) if !diagnostics.has_errors() => {
            let languages: Vec<&str> = locales.languages().collect();
            println!(
                "ok: {} nodes, {} institutions, languages {} ({} warnings)",
                flow.nodes.len(),
                flow.institutions.len(),
                languages.join(", "),
                diagnostics.iter().count()
            );
            ExitCode::SUCCESS
        }
        _ => {
            let errors = diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count();
            println!("failed: {errors} error(s); the bot does not start with this content");
            ExitCode::FAILURE
        }
    }
}

/// `kompass check` of a deployment with several municipalities: each one's flows with the
/// shared texts and its own, then what must differ between them (reference prefixes,
/// institution ids). A shared message no municipality uses is named once.
#[allow(
    clippy::print_stdout,
    reason = "the report is what this command prints"
)]
fn check_towns(config: &Config) -> ExitCode {
    let locales_dir = std::path::absolute(&config.content.locales)
        .unwrap_or_else(|_| config.content.locales.clone());
    let mut errors = 0;
    let mut flows = Vec::new();
    let mut unused: Vec<(String, usize)> = Vec::new();
    let mut reports = Vec::new();
    for town in &config.municipalities {
        let dir = Config::town_flows(town, &config.content);
        let dir = std::path::absolute(&dir).unwrap_or(dir);
        if !dir.is_dir() || !locales_dir.is_dir() {
            let (what, missing) = if dir.is_dir() {
                ("content.locales", &locales_dir)
            } else {
                ("flows", &dir)
            };
            reports.push(vec![format!(
                "{}: error: the folder of municipality `{}` is not there (kompass looked for it at this path)\n    fix: set `{what}` of its [[municipality]] in config.toml (relative to the config file's folder)",
                missing.display(),
                town.id
            )]);
            errors += 1;
            continue;
        }
        if let Some(overlay) = &town.locales
            && !std::fs::read_dir(&locales_dir)
                .into_iter()
                .flatten()
                .flatten()
                .any(|lang| lang.path().join(overlay).is_dir())
        {
            reports.push(vec![format!(
                "{}: error: municipality `{}` names its own texts `locales = \"{overlay}\"`, but no language folder has a folder `{overlay}/`\n    fix: add locales/<lang>/{overlay}/ with the messages that differ, or remove `locales`",
                locales_dir.display(),
                town.id
            )]);
            errors += 1;
        }
        let (flow, locales, mut diagnostics) =
            kompass_core::content::load_lenient_town(&dir, &locales_dir, town.locales.as_deref());
        if let (Some(flow), Some(locales)) = (&flow, &locales) {
            for diagnostic in crate::mediators::check(config, flow, locales) {
                diagnostics.push(diagnostic);
            }
        }
        let mut lines = vec![format!(
            "municipality {} ({}): flows {}{}",
            town.id,
            town.name,
            dir.display(),
            town.locales
                .as_ref()
                .map(|overlay| format!(
                    ", own texts in {}/<lang>/{overlay}/",
                    locales_dir.display()
                ))
                .unwrap_or_default()
        )];
        if town.sample {
            lines.push(format!(
                "  warning: municipality `{}` is fictional sample data (sample = true)",
                town.id
            ));
        }
        let overlay_dir = town.locales.as_deref();
        for diagnostic in diagnostics.iter() {
            // Another municipality may use a shared message: said once, at the end.
            let shared = overlay_dir.is_none_or(|overlay| {
                !diagnostic
                    .file
                    .components()
                    .any(|c| c.as_os_str() == overlay)
            });
            if diagnostic.problem.ends_with("is not used by any flow") && shared {
                unused.push((diagnostic.to_string(), 1));
                continue;
            }
            lines.push(format!("  {diagnostic}"));
        }
        errors += diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        if let (Some(flow), Some(locales)) = (&flow, &locales) {
            let coverage: Vec<String> = kompass_core::content::check::coverage(flow, locales)
                .iter()
                .map(|c| format!("{} {} %", c.language, c.percent()))
                .collect();
            lines.push(format!("  coverage: {}", coverage.join(", ")));
            lines.push(format!(
                "  {} nodes, {} institutions, reference numbers {}-…",
                flow.nodes.len(),
                flow.institutions.len(),
                flow.reference_prefix
            ));
        }
        if let Some(flow) = flow {
            flows.push((town.id.clone(), flow));
        }
        reports.push(lines);
    }
    for report in reports {
        for line in report {
            println!("{line}");
        }
    }
    // A shared message is unused only if every municipality leaves it unused.
    let mut counted: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for (line, n) in unused {
        *counted.entry(line).or_default() += n;
    }
    let mut warnings = 0;
    for (line, count) in counted {
        if count == config.municipalities.len() {
            println!("{line}");
            warnings += 1;
        }
    }
    let across: Vec<(&str, &kompass_core::content::Flow)> =
        flows.iter().map(|(id, flow)| (id.as_str(), flow)).collect();
    for diagnostic in kompass_core::towns::check_across(&across) {
        println!("{diagnostic}");
        errors += 1;
    }
    if errors == 0 {
        println!(
            "ok: {} municipalities ({}), {warnings} shared messages unused",
            config.municipalities.len(),
            config
                .municipalities
                .iter()
                .map(|town| town.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        );
        ExitCode::SUCCESS
    } else {
        println!("failed: {errors} error(s); the bot does not start with this content");
        ExitCode::FAILURE
    }
}

/// Formats of `kompass graph`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum GraphFormat {
    Mermaid,
    Dot,
}

/// `kompass graph`: the picture on stdout; problems are marked in it and counted on stderr.
#[allow(
    clippy::print_stdout,
    reason = "the picture is what this command prints"
)]
fn graph(
    config: &Config,
    format: GraphFormat,
    lang: &str,
    node: Option<&str>,
    town: Option<&str>,
) -> anyhow::Result<ExitCode> {
    let (flow, locales, diagnostics) = load_lenient_for(config, town)?;
    let Some(flow) = flow else {
        bail!("the flows cannot be read:\n{diagnostics}")
    };
    if let Some(node) = node
        && flow.node(node).is_none()
    {
        let near =
            kompass_core::diagnostic::closest(node, flow.node_order.iter().map(String::as_str))
                .map_or_else(String::new, |near| format!("did you mean `{near}`? "));
        bail!(
            "there is no node `{node}`; {near}nodes: {}",
            flow.node_order.join(", ")
        );
    }
    let format = match format {
        GraphFormat::Mermaid => kompass_core::content::graph::Format::Mermaid,
        GraphFormat::Dot => kompass_core::content::graph::Format::Dot,
    };
    print!(
        "{}",
        kompass_core::content::graph::draw(&flow, locales.as_ref(), lang, node, format)
    );
    let errors = diagnostics.errors().count();
    if errors > 0 {
        tracing::warn!(
            errors,
            "the content has errors (marked in the picture); `kompass check` lists them"
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// The content folders as absolute paths, so every message names where kompass looked;
/// or, for each that is not there, an error saying so and how to point kompass at it.
/// Formats of `kompass poster`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum PosterFormat {
    Pdf,
    Svg,
}

#[derive(Debug)]
struct PosterArgs {
    languages: Vec<String>,
    format: PosterFormat,
    start: Option<String>,
    telegram_username: Option<String>,
    town: Option<String>,
    out: Option<PathBuf>,
}

/// `kompass poster`: writes the posters and names the files on stdout.
#[allow(
    clippy::print_stdout,
    reason = "the files written are what this command reports"
)]
fn poster(config: &Config, args: PosterArgs) -> anyhow::Result<ExitCode> {
    use kompass_core::posters::{PosterLinks, poster_pages};

    // A municipality's poster: its flows, its own texts over the shared ones.
    let town = municipality(config, args.town.as_deref())?;
    let (flow, locales, diagnostics) = load_lenient_for(config, args.town.as_deref())?;
    let (Some(flow), Some(locales)) = (flow, locales) else {
        bail!("the content cannot be read:\n{diagnostics}")
    };
    if diagnostics.has_errors() {
        bail!(
            "the content has {} error(s); `kompass check` lists them",
            diagnostics.errors().count()
        );
    }
    if let Some(node) = &args.start
        && flow.node(node).is_none()
    {
        let near =
            kompass_core::diagnostic::closest(node, flow.node_order.iter().map(String::as_str))
                .map_or_else(String::new, |near| format!("did you mean `{near}`? "));
        bail!(
            "there is no node `{node}` to start at; {near}nodes: {}",
            flow.node_order.join(", ")
        );
    }
    // A town with a bot of its own links to that bot.
    let telegram_username = args
        .telegram_username
        .clone()
        .or_else(|| town.and_then(|town| town.telegram_username.clone()))
        .or_else(|| config.telegram.as_ref().and_then(|t| t.username.clone()));
    if telegram_username.is_none() && config.telegram.is_some() {
        tracing::warn!(
            "no Telegram code: `[telegram]` has no `username` (add `username = \"your_bot\"` or pass --telegram-username)"
        );
    }
    let matrix_user = config.matrix.as_ref().map(matrix_user_id);
    if telegram_username.is_none() && matrix_user.is_none() {
        let config_name = config
            .path
            .as_ref()
            .map_or_else(|| "no config file".to_string(), |p| p.display().to_string());
        bail!(
            "a poster needs a channel to link to, and {config_name} names none: set `username = \"your_bot\"` under `[telegram]` (the bot's name from @BotFather), or `user` under `[matrix]`, or pass --telegram-username NAME"
        );
    }
    let languages: Vec<String> = if args.languages.is_empty() {
        locales.languages().map(str::to_string).collect()
    } else {
        args.languages
            .iter()
            .map(|l| l.trim().to_string())
            .collect()
    };
    let pages = poster_pages(
        &locales,
        &languages,
        &PosterLinks {
            telegram_username: telegram_username.as_deref(),
            matrix_user: matrix_user.as_deref(),
            start: args.start.as_deref(),
            town: town.map(|town| town.id.as_str()),
        },
    )?;
    match args.format {
        PosterFormat::Pdf => {
            let out = args
                .out
                .unwrap_or_else(|| PathBuf::from("kompass-poster.pdf"));
            let pdf = kompass_documents::poster_pdf(&pages)?;
            std::fs::write(&out, pdf).with_context(|| format!("cannot write {}", out.display()))?;
            println!(
                "{} ({} pages: {})",
                out.display(),
                pages.len(),
                languages.join(", ")
            );
        }
        PosterFormat::Svg => {
            let out = args
                .out
                .unwrap_or_else(|| PathBuf::from("kompass-poster.svg"));
            let stem = out.file_stem().map_or_else(
                || "kompass-poster".into(),
                |s| s.to_string_lossy().into_owned(),
            );
            let svgs = kompass_documents::poster_svg(&pages)?;
            for (page, svg) in pages.iter().zip(svgs) {
                let path = out.with_file_name(format!("{stem}-{}.svg", page.language));
                std::fs::write(&path, svg)
                    .with_context(|| format!("cannot write {}", path.display()))?;
                println!("{}", path.display());
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The `[[municipality]]` named `id` (`--town`), or an error naming the known ones.
fn municipality<'c>(
    config: &'c Config,
    id: Option<&str>,
) -> anyhow::Result<Option<&'c crate::config::MunicipalityConfig>> {
    let Some(id) = id else {
        return Ok(None);
    };
    let known: Vec<&str> = config
        .municipalities
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    match config.municipalities.iter().find(|town| town.id == id) {
        Some(town) => Ok(Some(town)),
        None => bail!(
            "there is no municipality `{id}` in the config; municipalities: {}",
            if known.is_empty() {
                "none ([[municipality]] tables)".to_string()
            } else {
                known.join(", ")
            }
        ),
    }
}

/// The content as far as it loads: `[content]`, or municipality `town`'s flows with its own
/// texts over the shared ones.
fn load_lenient_for(
    config: &Config,
    town: Option<&str>,
) -> anyhow::Result<(
    Option<kompass_core::content::Flow>,
    Option<kompass_core::i18n::Locales>,
    kompass_core::Diagnostics,
)> {
    let (flows, locales) =
        content_folders(config).map_err(|missing| anyhow!(missing.join("\n")))?;
    let town = municipality(config, town)?;
    let flows = town.map_or(flows, |town| Config::town_flows(town, &config.content));
    Ok(kompass_core::content::load_lenient_town(
        &flows,
        &locales,
        town.and_then(|town| town.locales.as_deref()),
    ))
}

/// The bot's full Matrix id: `user` may be a localpart, which then lives on the
/// homeserver's host (as the login assumes too).
fn matrix_user_id(matrix: &crate::config::MatrixConfig) -> String {
    if matrix.user.starts_with('@') {
        return matrix.user.clone();
    }
    let host = matrix
        .homeserver
        .split("://")
        .nth(1)
        .unwrap_or(&matrix.homeserver)
        .split(['/', ':'])
        .next()
        .unwrap_or_default();
    format!("@{}:{host}", matrix.user)
}

fn content_folders(config: &Config) -> Result<(PathBuf, PathBuf), Vec<String>> {
    let mut missing = Vec::new();
    let mut absolute = |dir: &Path, what: &str| {
        let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
        if !dir.is_dir() {
            missing.push(format!(
                "{}: error: the {what} folder is not there (kompass looked for it at this path)\n    fix: set `content.{what}` in config.toml (relative to the config file's folder) or pass `--{what} DIR`; without either, kompass looks for `{what}` in the current folder",
                dir.display()
            ));
        }
        dir
    };
    let flows = absolute(&config.content.flows, "flows");
    let locales = absolute(&config.content.locales, "locales");
    if missing.is_empty() {
        Ok((flows, locales))
    } else {
        Err(missing)
    }
}

fn load_content(config: &Config) -> anyhow::Result<Arc<Content>> {
    let (flows, locales) =
        content_folders(config).map_err(|missing| anyhow!(missing.join("\n")))?;
    match Content::load(&flows, &locales) {
        Ok(content) => Ok(Arc::new(content)),
        Err(diagnostics) => bail!("the content has errors (run `kompass check`):\n{diagnostics}"),
    }
}

/// The store on the configured backend; erasure keys and uploads stay in `<data_dir>/db`.
fn open_store(config: &Config) -> anyhow::Result<Store> {
    let dir = config.storage.data_dir.join("db");
    Ok(match config.storage.backend {
        StorageBackend::Sled => {
            check_sled_store_in_child(&dir, config.storage.sled_cache_mb, config.logging.format)?;
            Store::open_sled_checked_elsewhere(&dir, config.storage.sled_cache_mb << 20)?
        }
        StorageBackend::Postgres => {
            let path = config.path.clone().unwrap_or_default();
            kompass_postgres::open_store(&dir, &config.storage.postgres(&path)?)?
        }
    })
}

/// Runs the sled store's start-up checks (full scans) in a child process: sled keeps every
/// page it reads for as long as it is open, so in the bot's own process they would keep the
/// whole database in memory (docs/benchmarks.md, "Memory with many stored conversations").
fn check_sled_store_in_child(dir: &Path, cache_mb: u64, log: LogFormat) -> anyhow::Result<()> {
    let exe = std::env::current_exe().context("finding the kompass binary")?;
    let log = match log {
        LogFormat::Text => "text",
        LogFormat::Json => "json",
    };
    // The child's stdin is a pipe nobody writes to: it ends when this process does, however
    // it ends, and the child stops with it instead of holding the store's lock.
    let mut child = std::process::Command::new(exe)
        .args(["--log-format", log, "check-sled-store"])
        .arg(dir)
        .arg(cache_mb.to_string())
        .stdin(std::process::Stdio::piped())
        .spawn()
        .context("starting the storage check")?;
    // Held until the child is done (`wait` would close it first).
    let _alive = child.stdin.take();
    let status = child.wait().context("waiting for the storage check")?;
    if !status.success() {
        bail!(
            "the storage check of {} failed ({status}); its error is above",
            dir.display()
        );
    }
    Ok(())
}

/// The child's side: the checks run as [`Store::open_sled`] opens the store. A parent that
/// ends (a `kill -9` during start-up) ends this too: the checks are safe to interrupt, they
/// are what runs after a crash. A child of an earlier start that still holds the lock is
/// given a few seconds to notice: opening waits for the lock (`SledBackend::open`).
fn check_sled_store(dir: &Path, cache_mb: u64) -> anyhow::Result<()> {
    std::thread::spawn(|| {
        let mut sink = Vec::new();
        let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut sink);
        std::process::exit(3);
    });
    let store = Store::open_sled(dir, cache_mb << 20)?;
    store.leave_language_counts()?;
    Ok(store.flush()?)
}

/// Every municipality's content: one unnamed from `[content]`, or each `[[municipality]]`
/// with its flows and own texts, checked across (prefixes, institution ids).
fn load_towns(config: &Config) -> anyhow::Result<Towns> {
    if config.municipalities.is_empty() {
        return Ok(Towns::single(Engine::new(load_content(config)?)));
    }
    let mut towns = Vec::new();
    for town in &config.municipalities {
        let flows = Config::town_flows(town, &config.content);
        let content = Content::load_town(&flows, &config.content.locales, town.locales.as_deref())
            .map_err(|diagnostics| {
                anyhow!(
                    "the content of municipality `{}` has errors (run `kompass check`):\n{diagnostics}",
                    town.id
                )
            })?;
        towns.push(Town {
            id: town.id.clone(),
            name: town.name.clone(),
            engine: Engine::new(Arc::new(content)),
        });
    }
    let flows: Vec<(&str, &kompass_core::content::Flow)> = towns
        .iter()
        .map(|town| (town.id.as_str(), &town.engine.content().flow))
        .collect();
    let problems = kompass_core::towns::check_across(&flows);
    if !problems.is_empty() {
        let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
        bail!(
            "the municipalities clash (run `kompass check`):\n{}",
            problems.join("\n")
        );
    }
    Ok(Towns::named(towns)?)
}

fn build_runtime(config: &Config, rooms_available: bool) -> anyhow::Result<Arc<Runtime>> {
    let towns = load_towns(config)?;
    crate::data_dir::secure(&config.storage.data_dir)?;
    let store = open_store(config)?;
    let settings = Settings {
        mail_from: config.mail.from.parse().context("[mail] from")?,
        limits: Limits {
            max_bytes: config.uploads.max_file_mb * 1024 * 1024,
            max_pixels: config.uploads.max_megapixels * 1_000_000,
            // A kept upload must fit into one email with the request's text.
            max_email_file_bytes: kompass_core::mail::largest_attachment(
                config.mail.max_email_mb * 1024 * 1024,
            ),
        },
        give_up_after: chrono::Duration::hours(i64::from(config.mail.give_up_after_hours)),
        max_email_bytes: config.mail.max_email_mb * 1024 * 1024,
        retention: chrono::Duration::days(i64::from(config.mail.retention_days)),
        rooms_available,
        time_zone: config.mail.time_zone,
        reply_mailbox: config
            .mail
            .imap
            .as_ref()
            .map(|imap| {
                imap.reply_mailbox(config.path.as_deref().unwrap_or(Path::new("config.toml")))
            })
            .transpose()?,
    };
    let runtime = Runtime::with_towns(towns, store, settings);
    for town in &config.municipalities {
        if let Some(from) = &town.mail_from {
            runtime.set_sender(
                &town.id,
                from.parse()
                    .with_context(|| format!("[[municipality]] {} mail_from", town.id))?,
            );
        }
        if let Some(imap) = &town.imap {
            runtime.set_reply_mailbox(
                &town.id,
                imap.reply_mailbox(config.path.as_deref().unwrap_or(Path::new("config.toml")))?,
            );
        }
        if town.telegram_token_env.is_some() {
            runtime.bind_channel(&kompass_telegram::channel_of(&town.id), &town.id);
        }
    }
    Ok(Arc::new(runtime))
}

/// Every IMAP table of the config with its municipality: `[mail.imap]` (`None`) and each
/// municipality's own.
fn imap_tables(config: &Config) -> Vec<(&crate::config::ImapConfig, Option<&str>)> {
    let deployment = config.mail.imap.iter().map(|imap| (imap, None));
    let towns = config
        .municipalities
        .iter()
        .filter_map(|town| Some((town.imap.as_ref()?, Some(town.id.as_str()))));
    deployment.chain(towns).collect()
}

/// SMTP when configured, otherwise `.eml` files in the data folder.
fn mail_transport(config: &Config) -> anyhow::Result<Arc<dyn Transport>> {
    match &config.mail.smtp {
        Some(smtp) => {
            let settings =
                smtp.settings(config.path.as_deref().unwrap_or(Path::new("config.toml")))?;
            Ok(Arc::new(Smtp::new(&settings)?))
        }
        None => Ok(Arc::new(EmlDirectory::new(config.eml_dir()))),
    }
}

/// `kompass erase REFERENCE`: the person of that request erased, as by a caseworker's
/// `!löschen ja` (for offices without a room, and for the administrator).
#[allow(
    clippy::print_stdout,
    reason = "what was done is what this command prints"
)]
fn erase(config: &Config, reference: &str) -> anyhow::Result<ExitCode> {
    crate::data_dir::restrict_new_files();
    // With the bot running, sled's own error says so and what to do ("… is in use by
    // another process (is Kompass already running on this data folder?); stop it …").
    let runtime = build_runtime(config, config.matrix.is_some())?;
    let code = match runtime.erase_at_office_request(reference) {
        Ok(true) => {
            println!(
                "erased: everything about the person who sent {reference} (conversation, drafts, requests, photos); tell them yourself, Kompass cannot"
            );
            ExitCode::SUCCESS
        }
        Ok(false) => {
            println!("{reference}: the person's data was erased before");
            ExitCode::SUCCESS
        }
        Err(RuntimeError::UnknownCase { .. }) => {
            println!("{reference}: no request or case has this reference number here");
            ExitCode::FAILURE
        }
        Err(error) => return Err(error.into()),
    };
    runtime.flush()?;
    Ok(code)
}

fn chat(config: Config, user: String) -> anyhow::Result<ExitCode> {
    serve(config, Channel::Terminal { user })
}

/// What `serve` talks to.
enum Channel {
    Terminal {
        user: String,
    },
    /// The messengers configured in `config.toml`.
    Messengers,
}

/// Runs the bot: storage, outbox worker, admin listener, signals, and the channel(s).
fn serve(config: Config, channel: Channel) -> anyhow::Result<ExitCode> {
    let config_path = config
        .path
        .clone()
        .unwrap_or_else(|| PathBuf::from("config.toml"));
    let max_file_bytes = config.uploads.max_file_mb * 1024 * 1024;
    // The deployment's bot, and each municipality's own.
    let mut telegram = Vec::new();
    if let (Channel::Messengers, Some(config_telegram)) = (&channel, &config.telegram) {
        telegram.push(config_telegram.options(&config_path, max_file_bytes)?);
        for town in &config.municipalities {
            telegram.extend(config_telegram.town_options(&config_path, max_file_bytes, town)?);
        }
    }
    let matrix = match (&channel, &config.matrix) {
        (Channel::Messengers, Some(matrix)) => {
            Some(matrix.options(&config_path, &config.storage.data_dir, max_file_bytes)?)
        }
        _ => None,
    };
    // Before any thread starts and before the first file is written (umask is per process).
    crate::data_dir::restrict_new_files();
    let admin_listener = config
        .admin
        .listen
        .map(crate::admin_http::bind)
        .transpose()?;
    // The deployment's mailbox and the municipalities' own, each read by its own task.
    let imaps = imap_tables(&config)
        .into_iter()
        .map(|(imap, town)| imap.settings(&config_path, town))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let tokio = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        // Steps block on storage; a few threads keep both cores busy (their flushes are
        // shared), while hundreds would only cost memory and context switches.
        .max_blocking_threads(16)
        .enable_all()
        .build()?;
    let status = Arc::new(crate::admin_http::Status::default());
    let mut admin_listener = admin_listener;
    let serve_admin = |listener| {
        let status = status.clone();
        tokio.spawn(async move {
            if let Err(error) = crate::admin_http::serve(listener, status).await {
                tracing::error!("{}", crate::report::report(&error));
            }
        });
    };
    // With PostgreSQL, another instance may be active: wait as standby until this one holds
    // the lease, before anything is opened, polled or sent. Health and metrics answer
    // meanwhile ("role standby"); with sled they start once the store is open, as requests
    // to the bound port wait until then.
    let lease = match config.storage.backend {
        StorageBackend::Postgres => {
            if let Some(listener) = admin_listener.take() {
                serve_admin(listener);
            }
            Some(tokio.block_on(standby_until_active(&config, &status))?)
        }
        StorageBackend::Sled => None,
    };
    let runtime = build_runtime(&config, matrix.is_some())?;
    let instance = runtime.take_over(
        lease
            .clone()
            .map(|lease| lease as Arc<dyn kompass_core::runtime::LeaseCheck>),
    )?;
    tracing::info!(instance, "this instance sends the emails from now on");
    status.set_runtime(runtime.clone());
    if let Some(listener) = admin_listener.take() {
        serve_admin(listener);
    }
    // Before the first step: a newcomer's message while Matrix still connects goes to the
    // language mediators' queue too.
    if let Some(mediators) = matrix.as_ref().and_then(|m| m.mediators.as_ref()) {
        runtime.enable_mediation(mediators.settings());
    }
    let transport = mail_transport(&config)?;
    let gather_seconds = config.mail.gather_seconds;
    let result = tokio.block_on(async move {
        let (notice_tx, notice_rx) = mpsc::unbounded_channel();
        let wake = Arc::new(Notify::new());
        let shutdown = Arc::new(Notify::new());
        // The terminal chat ends with its input: what it wrote goes at once.
        let gather = match channel {
            Channel::Terminal { .. } => 0,
            Channel::Messengers => gather_seconds,
        };
        let worker = tokio::spawn(outbox_worker(
            runtime.clone(),
            transport,
            wake.clone(),
            notice_tx.clone(),
            chrono::Duration::seconds(i64::from(gather)),
        ));
        let reminders = tokio::spawn(reminder_clock(runtime.clone(), notice_tx.clone()));
        // Offices' email answers (only with a messenger: the terminal chat ends with its input).
        let stop_imap = tokio_util::sync::CancellationToken::new();
        let channels = status.channels();
        if matches!(channel, Channel::Messengers) {
            for imap in imaps {
                // In /healthz as `channel imap` (the deployment's) or `channel imap:<town>`.
                let connected = channels.reporter(&kompass_email::channel_of(imap.town.as_deref()));
                tokio::spawn(kompass_email::run(
                    runtime.clone(),
                    imap,
                    notice_tx.clone(),
                    stop_imap.clone(),
                    connected,
                ));
            }
        }
        // The terminal person's own copies of files sent to them sit beside the data folder,
        // as a phone's downloads do: erasing the person's data does not touch them.
        let received = config
            .storage
            .data_dir
            .parent()
            .map(|parent| parent.join("received"));
        let sweep = tokio::spawn(retention_sweeper(runtime.clone()));
        tokio::spawn(watch_signals(shutdown.clone(), runtime.clone(), config));
        let result = match channel {
            Channel::Terminal { user } => {
                // The terminal is connected for as long as the chat runs.
                channels.set(kompass_terminal::CHANNEL, true);
                let received = received.map(|folder| folder.join(&user));
                let options = kompass_terminal::Options {
                    user,
                    interactive: std::io::stdin().is_terminal(),
                    drain_timeout: Duration::from_secs(30),
                    received,
                };
                let stdin = tokio::io::BufReader::new(tokio::io::stdin());
                kompass_terminal::run(runtime.clone(), stdin, notice_rx, wake, shutdown, options)
                    .await
                    .context("terminal chat")
            }
            Channel::Messengers => {
                let messengers = Messengers {
                    telegram,
                    matrix,
                    channels: channels.clone(),
                };
                messengers
                    .run(runtime.clone(), notice_rx, notice_tx, wake, shutdown)
                    .await
            }
        };
        worker.abort();
        sweep.abort();
        reminders.abort();
        runtime.flush()?;
        tracing::info!("stopped");
        result.map(|()| ExitCode::SUCCESS)
    });
    // Storage is flushed; tokio's stdin reader may sit in a blocking read that never ends,
    // so do not wait for it.
    tokio.shutdown_background();
    result
}

/// The exit status of an active instance that lost its lease (`EX_TEMPFAIL`): systemd's
/// `Restart=always` starts it again, as standby.
const LEASE_LOST_EXIT: i32 = 75;

/// Waits, as standby, until this instance holds the PostgreSQL lease
/// (`kompass_postgres::lease`); `/healthz` says "standby" meanwhile. Nothing else runs yet:
/// no store is opened, no messenger polled or synced, no mailbox read, no email sent.
async fn standby_until_active(
    config: &Config,
    status: &crate::admin_http::Status,
) -> anyhow::Result<Arc<kompass_postgres::lease::Lease>> {
    let path = config.path.clone().unwrap_or_default();
    let settings = config.storage.postgres(&path)?;
    let timings = kompass_postgres::lease::LeaseTimings::new(Duration::from_secs(
        config.storage.lease_seconds,
    ));
    let lease = Arc::new(kompass_postgres::lease::Lease::new(&settings, timings)?);
    status.set_lease(lease.clone());
    let waiting = lease.clone();
    tokio::task::spawn_blocking(move || {
        waiting.acquire(|| {
            tracing::warn!(
                "standby: another instance holds the lease; this one waits and takes over when it ends (no polling, syncing or sending until then)"
            );
        })
    })
    .await??;
    tracing::warn!("active: this instance holds the lease and starts working");
    // At once: opening the store can take longer than the lease, and a standby ends the
    // session of a holder that stays silent that long.
    lease.watch(|reason| {
        tracing::error!(
            %reason,
            "lost the lease: this instance stops now (exit 75) so that it cannot work beside the new active one; systemd starts it again as standby"
        );
        std::process::exit(LEASE_LOST_EXIT);
    })?;
    Ok(lease)
}

/// The configured messengers, run side by side; notices go to the one their newcomer uses.
struct Messengers {
    /// The deployment's bot and the municipalities' own, each on its channel.
    telegram: Vec<kompass_telegram::Options>,
    matrix: Option<kompass_matrix::Options>,
    channels: Arc<crate::admin_http::Channels>,
}

impl Messengers {
    async fn run(
        self,
        runtime: Arc<Runtime>,
        mut notices: mpsc::UnboundedReceiver<Notice>,
        notice_tx: mpsc::UnboundedSender<Notice>,
        submitted: Arc<Notify>,
        shutdown: Arc<Notify>,
    ) -> anyhow::Result<()> {
        if self.telegram.is_empty() && self.matrix.is_none() {
            bail!("no messenger is configured");
        }
        let mut telegram_routes = std::collections::HashMap::new();
        let mut telegram_bots = Vec::new();
        for options in self.telegram {
            let (tx, rx) = mpsc::unbounded_channel();
            telegram_routes.insert(options.channel.clone(), tx);
            telegram_bots.push((options, rx));
        }
        let (matrix_tx, matrix_rx) = mpsc::unbounded_channel();
        let has_matrix = self.matrix.is_some();
        tokio::spawn(async move {
            while let Some(notice) = notices.recv().await {
                let channel = notice.user.channel.clone();
                let sent = match telegram_routes.get(&channel) {
                    Some(bot) => bot.send(notice).is_ok(),
                    None if channel == kompass_matrix::CHANNEL && has_matrix => {
                        matrix_tx.send(notice).is_ok()
                    }
                    // Kept in storage: sent when that messenger runs again.
                    None => false,
                };
                if !sent {
                    tracing::debug!("a notice for a messenger that is not running; kept");
                }
            }
        });
        // Each messenger stops on its own signal; the first to end stops the others.
        let stops: Vec<Arc<Notify>> = (0..=telegram_bots.len())
            .map(|_| Arc::new(Notify::new()))
            .collect();
        let stop_all = {
            let stops = stops.clone();
            move || {
                for stop in &stops {
                    stop.notify_one();
                }
            }
        };
        {
            let stop_all = stop_all.clone();
            tokio::spawn(async move {
                shutdown.notified().await;
                stop_all();
            });
        }
        let stop_matrix = stops[0].clone();
        let mut telegram = tokio::task::JoinSet::new();
        for (index, (options, rx)) in telegram_bots.into_iter().enumerate() {
            let runtime = runtime.clone();
            let submitted = submitted.clone();
            let stop = stops[index + 1].clone();
            let stop_all = stop_all.clone();
            let status = self.channels.reporter(&options.channel);
            telegram.spawn(async move {
                let result = kompass_telegram::run(runtime, options, rx, submitted, stop, status)
                    .await
                    .context("Telegram");
                stop_all();
                result
            });
        }
        let telegram = async move {
            let mut result = Ok(());
            while let Some(done) = telegram.join_next().await {
                let done = done
                    .map_err(|error| anyhow!("Telegram: {error}"))
                    .and_then(|r| r);
                if result.is_ok() {
                    result = done;
                }
            }
            result
        };
        let matrix = async {
            match self.matrix {
                Some(options) => {
                    let result = kompass_matrix::run(
                        runtime.clone(),
                        options,
                        matrix_rx,
                        notice_tx,
                        submitted.clone(),
                        stop_matrix.clone(),
                        self.channels.reporter(kompass_matrix::CHANNEL),
                    )
                    .await
                    .context("Matrix");
                    stop_all();
                    result
                }
                None => Ok(()),
            }
        };
        let (telegram, matrix) = tokio::join!(telegram, matrix);
        telegram.and(matrix)
    }
}

/// Turns due appointment reminders into notices, once a minute (local time: run the
/// service in the municipality's time zone, `TZ=Europe/Berlin`).
async fn reminder_clock(runtime: Arc<Runtime>, notices: mpsc::UnboundedSender<Notice>) {
    loop {
        let rt = runtime.clone();
        let now = chrono::Local::now().naive_local();
        match tokio::task::spawn_blocking(move || rt.due_reminders(now)).await {
            Ok(Ok(due)) => {
                for notice in due {
                    let _ = notices.send(notice);
                }
            }
            Ok(Err(error)) => tracing::error!(%error, "reminders cannot be read"),
            Err(error) => tracing::error!(%error, "the reminder clock panicked"),
        }
        tokio::time::sleep(Duration::from_secs(60)).await;
    }
}

/// SIGTERM or Ctrl-C: stop taking input, let the step in flight finish, flush, exit 0; a
/// second signal exits at once. SIGHUP: reload flows and locales if they pass the checks.
async fn watch_signals(shutdown: Arc<Notify>, runtime: Arc<Runtime>, config: Config) {
    use tokio::signal::unix::{SignalKind, signal};
    let (Ok(mut terminate), Ok(mut interrupt), Ok(mut hangup)) = (
        signal(SignalKind::terminate()),
        signal(SignalKind::interrupt()),
        signal(SignalKind::hangup()),
    ) else {
        tracing::error!("cannot listen for signals; stop with SIGKILL");
        return;
    };
    let mut stopping = false;
    loop {
        tokio::select! {
            _ = terminate.recv() => {}
            _ = interrupt.recv() => {}
            _ = hangup.recv() => {
                reload(&runtime, &config);
                continue;
            }
        }
        if stopping {
            tracing::warn!("second signal: exiting at once");
            std::process::exit(130);
        }
        stopping = true;
        tracing::info!("signal received: finishing the current step, then stopping");
        shutdown.notify_one();
        // Bounded: if the step in flight does not finish in time, leave anyway (it is
        // either committed or not; both are safe).
        tokio::spawn(async {
            tokio::time::sleep(Duration::from_secs(10)).await;
            tracing::error!("shutdown took longer than 10 s; exiting");
            std::process::exit(1);
        });
    }
}

/// Loads flows and locales again; a broken change is refused and the running content stays.
fn reload(runtime: &Runtime, config: &Config) {
    if !config.municipalities.is_empty() {
        match load_towns(config) {
            Ok(towns) => {
                runtime.replace_towns(towns);
                tracing::warn!("content of every municipality reloaded");
            }
            Err(error) => {
                tracing::error!(
                    "content not reloaded; the running content stays. Fix:\n{}",
                    crate::report::report(&error)
                );
            }
        }
        return;
    }
    match Content::load(&config.content.flows, &config.content.locales) {
        Ok(content) => {
            runtime.replace_content(Arc::new(content));
            tracing::warn!("content reloaded");
        }
        Err(diagnostics) => {
            let errors: Vec<String> = diagnostics.errors().map(ToString::to_string).collect();
            tracing::error!(
                errors = errors.len(),
                "content not reloaded; the running content stays. Fix:\n{}",
                errors.join("\n")
            );
        }
    }
}

/// Delivers queued email: on a wake-up after a submission, and every few seconds for retries.
async fn outbox_worker(
    runtime: Arc<Runtime>,
    transport: Arc<dyn Transport>,
    wake: Arc<Notify>,
    notices: mpsc::UnboundedSender<Notice>,
    gather: chrono::Duration,
) {
    // Notices a crash kept from their newcomers (the email went out, the message did not).
    match runtime.pending_notices() {
        Ok(pending) => {
            for notice in pending {
                let _ = notices.send(notice);
            }
        }
        Err(error) => tracing::error!(%error, "pending notices cannot be read"),
    }
    loop {
        let (rt, tr) = (runtime.clone(), transport.clone());
        match tokio::task::spawn_blocking(move || rt.deliver_due(tr.as_ref(), chrono::Utc::now()))
            .await
        {
            Ok(Ok((sent, _report))) => {
                for notice in sent {
                    let _ = notices.send(notice);
                }
            }
            Ok(Err(error)) => tracing::error!(%error, "outbox run failed"),
            Err(error) => tracing::error!(%error, "outbox worker panicked"),
        }
        // What newcomers wrote to offices that answer by email.
        let (rt, tr) = (runtime.clone(), transport.clone());
        let gathering =
            (gather > chrono::Duration::zero()).then(|| kompass_core::runtime::Gathering {
                now: chrono::Utc::now(),
                quiet: gather,
            });
        match tokio::task::spawn_blocking(move || {
            rt.deliver_thread_mails_gathered(tr.as_ref(), gathering)
        })
        .await
        {
            Ok(Ok(_)) => {}
            Ok(Err(error)) => tracing::error!(%error, "thread emails failed"),
            Err(error) => tracing::error!(%error, "outbox worker panicked"),
        }
        tokio::select! {
            _ = wake.notified() => {
                // Requests confirmed in the same moment go out in one run: each run reads
                // the whole outbox.
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            _ = tokio::time::sleep(Duration::from_secs(2)) => {}
        }
    }
}

/// Erases personal data past its retention period (and old handled-update marks): at start,
/// then hourly.
async fn retention_sweeper(runtime: Arc<Runtime>) {
    loop {
        let rt = runtime.clone();
        let swept = tokio::task::spawn_blocking(move || {
            let swept = rt.sweep_retention(chrono::Utc::now());
            // What opening the store and the sweep (it walks every handled-update mark of
            // the last week) freed goes back to the system, not only the heap's top.
            crate::allocator::release_free_memory();
            swept
        });
        match swept.await {
            Ok(Ok(_)) => {}
            Ok(Err(error)) => tracing::error!(%error, "retention sweep failed"),
            Err(error) => tracing::error!(%error, "retention sweep panicked"),
        }
        tokio::time::sleep(Duration::from_secs(3600)).await;
    }
}
