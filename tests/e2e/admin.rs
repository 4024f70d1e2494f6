//! The administrator's side: clean shutdown, reloading content, logs without personal data.

use std::path::Path;
use std::time::Duration;

use kompass_core::i18n::Arg;

use crate::support::{
    LiveChat, SinkOptions, SmtpSink, chat_command, chat_command_with, configured_chat, photo,
    photo_line, plain_smtp_config, repo, run_chat, spawn_typing, t, ta,
};

/// SIGTERM mid-form: the process exits 0 promptly, and after a restart the form continues.
#[test]
fn sigterm_mid_form_then_continue() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut chat = LiveChat::start(&mut chat_command(&data));
    for line in ["3", "1", "1", "Haddad", "Sami"] {
        chat.send(line);
    }
    let third = ta(
        "en",
        "form-progress",
        &[("number", Arg::from(3usize)), ("total", Arg::from(13usize))],
    );
    chat.wait_for(&third, 1);
    chat.signal("TERM");
    let status = chat.wait_exit(Duration::from_secs(10));
    assert!(status.success(), "exit status {status}: {}", chat.errors());
    let transcript = run_chat(&data, &[]);
    assert!(transcript.starts_with(&third), "{transcript}");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &to.join(entry.file_name()));
        } else {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

/// SIGHUP reloads checked content into the running bot; a broken change is refused with the
/// same messages as `kompass check`, and the running content stays.
#[test]
fn sighup_reloads_good_content_and_refuses_broken() {
    let dir = tempfile::tempdir().unwrap();
    let (flows, locales) = (dir.path().join("flows"), dir.path().join("locales"));
    copy_dir(&repo().join("flows"), &flows);
    copy_dir(&repo().join("locales"), &locales);
    let mut chat = LiveChat::start(&mut chat_command_with(
        &dir.path().join("data"),
        &flows,
        &locales,
    ));
    chat.send("3");
    let old_welcome = t("en", "main-text");
    let first_line = old_welcome.lines().next().unwrap().to_string();
    chat.wait_for(&first_line, 1);

    let english = locales.join("en/content.ftl");
    let text = std::fs::read_to_string(&english).unwrap();
    // The menu shown again says its question only (its welcome was said).
    let changed = text.replacen(
        "    .again = What do you need?",
        "    .again = Reloaded welcome!",
        1,
    );
    assert_ne!(changed, text, "main-text's .again in {english:?}");
    std::fs::write(&english, changed).unwrap();
    chat.signal("HUP");
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while !chat.errors().contains("content reloaded") {
        assert!(
            std::time::Instant::now() < deadline,
            "no reload: {}",
            chat.errors()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    chat.send("/menu");
    chat.wait_for("Reloaded welcome!", 1);

    let flow = flows.join("kalletal.toml");
    let broken = std::fs::read_to_string(&flow).unwrap().replacen(
        "goto = \"register\"",
        "goto = \"nowhere\"",
        1,
    );
    std::fs::write(&flow, broken).unwrap();
    chat.signal("HUP");
    while !chat.errors().contains("content not reloaded") {
        assert!(
            std::time::Instant::now() < deadline,
            "no refusal: {}",
            chat.errors()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        chat.errors().contains("kalletal.toml:")
            && chat.errors().contains("unknown node `nowhere`"),
        "{}",
        chat.errors()
    );
    chat.send("1");
    chat.wait_for(&t("en", "register-opt-form"), 1);
}

/// A conversation full of distinctive personal data, at the most verbose log level, in text
/// and JSON, with a photo and SMTP delivery: none of it appears in the logs.
#[test]
fn logs_carry_no_personal_data() {
    for format in ["text", "json"] {
        let dir = tempfile::tempdir().unwrap();
        let sink = SmtpSink::start(dir.path(), SinkOptions::default());
        let config = plain_smtp_config(dir.path(), &sink);
        let secrets = [
            "Qwertzuiopname",
            "Asdfghjklvor",
            "07.08.1976",
            "+49 151 99887766",
            "canary@example.com",
            "Kanarienweg 77",
            "Zyxwv canary concern",
            "Xenomorphic",
        ];
        let lines: Vec<String> = vec![
            "3".into(),
            "9".into(),
            "4".into(),
            secrets[0].into(),
            secrets[1].into(),
            secrets[2].into(),
            secrets[7].into(),
            secrets[5].into(),
            "1".into(),
            secrets[3].into(),
            secrets[4].into(),
            secrets[6].into(),
            photo_line(dir.path(), "p.jpg", &photo()),
            "Done".into(),
            "Yes".into(),
            "Other language".into(),
            "Canarylingo".into(),
            "1".into(),
            "Send request".into(),
            "/status".into(),
        ];
        let mut command = configured_chat(&config);
        command
            .env("RUST_LOG", "trace")
            .arg("--log-format")
            .arg(format);
        let output = spawn_typing(&mut command, &lines)
            .wait_with_output()
            .unwrap();
        assert!(output.status.success());
        assert_eq!(sink.received().len(), 1, "the request went through");
        let log = String::from_utf8_lossy(&output.stderr);
        // sled is capped at info whatever RUST_LOG says; our own debug lines show that the
        // level asked for is in force.
        assert!(
            log.contains("DEBUG") && log.contains("storage flushes so far"),
            "trace logging is on ({format}):\n{log}"
        );
        // Each seed, and each of its words long enough to be distinctive ("example" is not).
        let pieces: Vec<&str> = secrets
            .iter()
            .flat_map(|secret| secret.split([' ', '@', '.']))
            .filter(|piece| piece.chars().count() >= 8)
            .collect();
        for secret in secrets
            .iter()
            .chain(&["Canarylingo", "1976-08-07", "99887766"])
            .chain(&pieces)
        {
            // sled's trace lines print values as decimal byte lists: "[90, 121, 120, …".
            let bytes: Vec<String> = secret.bytes().take(6).map(|b| b.to_string()).collect();
            let byte_list = bytes.join(", ");
            assert!(
                !log.contains(&byte_list),
                "{secret:?} leaked into the {format} log as bytes ({byte_list})"
            );
            assert!(
                !log.contains(secret),
                "{secret:?} leaked into the {format} log:\n{}",
                log.lines()
                    .filter(|l| l.contains(secret))
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
    }
}

/// The picture of the sample flow names every node and institution, in both formats.
#[test]
fn graph_shows_every_node() {
    let content = crate::support::content();
    for format in ["mermaid", "dot"] {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_kompass"))
            .args(["graph", "--format", format, "--flows"])
            .arg(repo().join("flows"))
            .arg("--locales")
            .arg(repo().join("locales"))
            .output()
            .unwrap();
        assert!(output.status.success());
        let picture = String::from_utf8(output.stdout).unwrap();
        for id in content
            .flow
            .nodes
            .keys()
            .chain(content.flow.institutions.keys())
        {
            assert!(
                picture.contains(&format!("{id}: ")),
                "{id} missing from the {format} picture"
            );
        }
        assert!(
            !picture.contains("broken\n") || format == "dot",
            "no broken parts in the sample"
        );
    }
}

/// Unreachable nodes and options to unknown nodes are marked in the picture.
#[test]
fn graph_marks_broken_parts() {
    let dir = tempfile::tempdir().unwrap();
    let flows = dir.path().join("flows");
    std::fs::create_dir_all(&flows).unwrap();
    std::fs::write(
        flows.join("f.toml"),
        "[flow]\nstart = \"main\"\n[[node]]\nid = \"main\"\nkind = \"menu\"\ntext = \"t\"\noptions = [{ label = \"l\", goto = \"nowhere\" }]\n[[node]]\nid = \"orphan\"\nkind = \"page\"\ntext = \"t\"\n",
    )
    .unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_kompass"))
        .args(["graph", "--flows"])
        .arg(&flows)
        .arg("--locales")
        .arg(repo().join("locales"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "a picture is drawn even for broken content"
    );
    let picture = String::from_utf8(output.stdout).unwrap();
    assert!(
        picture.contains("missing_nowhere{\"⚠ unknown node nowhere\"}"),
        "{picture}"
    );
    assert!(
        picture.contains("class missing_nowhere,node_orphan broken"),
        "{picture}"
    );
}

/// A broken config is named precisely: file, line and key; a secret's environment variable
/// that is not set is named by `kompass check --config`.
#[test]
fn broken_config_is_named_precisely() {
    let dir = tempfile::tempdir().unwrap();
    let check = |text: &str| {
        let path = dir.path().join("config.toml");
        std::fs::write(&path, text).unwrap();
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_kompass"))
            .arg("--config")
            .arg(&path)
            .arg("check")
            .env_remove("KOMPASS_SMTP_PASSWORD")
            .output()
            .unwrap();
        assert!(!output.status.success());
        String::from_utf8_lossy(&output.stderr).into_owned()
    };
    let error = check(
        "[storage]\ndata_dir = \"d\"\n\n[mail]\nfrom = \"k@example.org\"\nretention_dayz = 3\n",
    );
    assert!(
        error.contains("config.toml:6")
            && error.contains("retention_dayz")
            && error.contains("retention_days"),
        "{error}"
    );
    let error = check("[mail]\nfrom = \"not an address\"\n");
    assert!(
        error.contains("config.toml:2: `mail.from` must be an email address")
            && error.contains("fix:"),
        "{error}"
    );
    let flows = repo().join("flows");
    let locales = repo().join("locales");
    let error = check(&format!(
        "[content]\nflows = {flows:?}\nlocales = {locales:?}\n[mail.smtp]\nhost = \"mail.example.org\"\nsecurity = \"starttls\"\nusername_env = \"HOME\"\npassword_env = \"KOMPASS_SMTP_PASSWORD\"\n"
    ));
    assert!(
        error.contains(
            "password_env names the environment variable KOMPASS_SMTP_PASSWORD, which is not set"
        ),
        "{error}"
    );
    // The office mailbox: unencrypted only to this machine, a real address, its secrets set.
    let error = check(&format!(
        "[content]\nflows = {flows:?}\nlocales = {locales:?}\n[mail.imap]\naddress = \"kompass\"\nhost = \"imap.example.org\"\nsecurity = \"plain\"\nusername_env = \"HOME\"\npassword_env = \"KOMPASS_SMTP_PASSWORD\"\n"
    ));
    assert!(
        error.contains("config.toml:7")
            && error.contains("would read offices' answers unencrypted"),
        "{error}"
    );
    assert!(
        error.contains("config.toml:5")
            && error.contains("`mail.imap.address` \"kompass\" is not an email address"),
        "{error}"
    );
    let error = check(&format!(
        "[content]\nflows = {flows:?}\nlocales = {locales:?}\n[mail.imap]\naddress = \"kompass@example.org\"\nhost = \"imap.example.org\"\nsecurity = \"tls\"\nusername_env = \"HOME\"\npassword_env = \"KOMPASS_SMTP_PASSWORD\"\n"
    ));
    assert!(
        error.contains(
            "[mail.imap] password_env names the environment variable KOMPASS_SMTP_PASSWORD, which is not set"
        ),
        "{error}"
    );
}

/// A plain HTTP GET on 127.0.0.1: status code and body.
pub(crate) fn http_get(port: u16, path: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    let mut stream = loop {
        match std::net::TcpStream::connect(("127.0.0.1", port)) {
            Ok(stream) => break stream,
            Err(_) if std::time::Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(50))
            }
            Err(error) => panic!("no listener on {port}: {error}"),
        }
    };
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response.split_whitespace().nth(1).unwrap().parse().unwrap();
    let body = response
        .split_once("\r\n\r\n")
        .map_or(String::new(), |(_, body)| body.to_string());
    (status, body)
}

/// `/healthz` and `/metrics` answer; the metrics count the conversation and the request by
/// channel, institution and language, and carry no personal data.
#[test]
fn health_and_metrics() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, format!("[content]\nflows = {:?}\nlocales = {:?}\n[storage]\ndata_dir = \"data\"\n[admin]\nlisten = \"127.0.0.1:0\"\n", repo().join("flows"), repo().join("locales"))).unwrap();
    let mut chat = LiveChat::start(configured_chat(&config).env("RUST_LOG", "info"));
    // Port 0 means any free port; the log says which (no race with other tests).
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    let port = loop {
        let log = chat.errors();
        assert!(
            std::time::Instant::now() < deadline,
            "the listener never started:\n{log}"
        );
        if let Some(line) = log
            .lines()
            .find(|l| l.contains("health and metrics listening"))
        {
            break line
                .rsplit("127.0.0.1:")
                .next()
                .unwrap()
                .trim()
                .parse::<u16>()
                .unwrap();
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    // The listener starts before the channels: until the terminal says it is connected,
    // `/healthz` rightly answers 503 (a fresh CI run once asked in that moment).
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let (status, body) = loop {
        let (status, body) = http_get(port, "/healthz");
        if status == 200 || std::time::Instant::now() > deadline {
            break (status, body);
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(status, 200, "{body}");
    assert!(
        body.contains("storage ok") && body.contains("channel terminal connected"),
        "{body}"
    );
    for line in crate::support::german_counselling_lines()
        .iter()
        .map(|l| l.replace("Weber", "Metricsname"))
    {
        chat.send(&line);
    }
    // Delivered when the counter says so (a prefix of the German notice appears earlier),
    // and done when the outbox is empty: the counter moves when the server accepted the
    // email, a moment before the delivery is recorded and the entry removed.
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    let metrics = loop {
        let (status, metrics) = http_get(port, "/metrics");
        assert_eq!(status, 200);
        if metrics
            .lines()
            .any(|l| l == "kompass_emails_delivered_total 1")
            && metrics.lines().any(|l| l == "kompass_outbox_size 0")
        {
            break metrics;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no delivery counted:\n{metrics}"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    for expected in [
        "kompass_requests_submitted_total{institution=\"integrationsbuero\"} 1",
        "kompass_emails_delivered_total 1",
        "kompass_outbox_size 0",
        "kompass_conversations{language=\"de\"} 1",
        "kompass_step_duration_seconds_count 17",
        "kompass_messages_in_total{channel=\"terminal\"} 17",
    ] {
        assert!(
            metrics.lines().any(|l| l == expected),
            "{expected:?} missing in:\n{metrics}"
        );
    }
    assert!(!metrics.contains("Metricsname") && !metrics.contains("Lena"));
}

/// A taken `[admin] listen` port stops the start with an error naming the address: a
/// monitor must not read another process's `/healthz` while the bot runs without one.
#[test]
fn busy_admin_port_stops_the_start() {
    let dir = tempfile::tempdir().unwrap();
    let other = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let listen = other.local_addr().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[content]\nflows = {:?}\nlocales = {:?}\n[storage]\ndata_dir = \"data\"\n[admin]\nlisten = \"{listen}\"\n",
            repo().join("flows"),
            repo().join("locales")
        ),
    )
    .unwrap();
    let child = configured_chat(&config)
        .stdin(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let output = wait_with_limit(child, Duration::from_secs(30));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !output.status.success(),
        "kompass ran although {listen} is taken:\n{stderr}"
    );
    assert!(
        stderr.contains(&format!("[admin] listen = \"{listen}\""))
            && stderr.contains("already in use"),
        "{stderr}"
    );
    assert!(
        output.stdout.is_empty(),
        "the chat started: {}",
        String::from_utf8_lossy(&output.stdout)
    );
}

/// The child's output once it exits; killed (and the test failed) after `limit`.
fn wait_with_limit(mut child: std::process::Child, limit: Duration) -> std::process::Output {
    let deadline = std::time::Instant::now() + limit;
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let output = child.wait_with_output().unwrap();
            panic!(
                "kompass did not exit within {limit:?}:\n{}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

/// `kompass ARGS` started through `sh` with a permissive umask, as a shell or a service
/// manager other than systemd might leave it.
fn with_umask(umask: &str, args: &[&std::ffi::OsStr]) -> std::process::Command {
    let mut command = std::process::Command::new("sh");
    command
        .arg("-c")
        .arg(format!("umask {umask} && exec \"$@\""))
        .arg("sh")
        .arg(env!("CARGO_BIN_EXE_kompass"))
        .args(args);
    command
}

/// Every folder under `dir` (itself included) and every file in it, with its mode bits.
fn modes(dir: &Path) -> Vec<(std::path::PathBuf, bool, u32)> {
    use std::os::unix::fs::PermissionsExt;
    let mut found = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let mode = std::fs::metadata(&folder).unwrap().permissions().mode() & 0o7777;
        found.push((folder.clone(), true, mode));
        for entry in std::fs::read_dir(&folder).unwrap() {
            let entry = entry.unwrap();
            let kind = entry.file_type().unwrap();
            if kind.is_dir() {
                folders.push(entry.path());
            } else if kind.is_file() {
                let mode = entry.metadata().unwrap().permissions().mode() & 0o7777;
                found.push((entry.path(), false, mode));
            }
        }
    }
    found
}

/// Folders 0700 and files 0600 everywhere under `dir`; the paths that are not.
fn not_private(dir: &Path) -> Vec<String> {
    modes(dir)
        .into_iter()
        .filter(|(_, folder, mode)| *mode != if *folder { 0o700 } else { 0o600 })
        .map(|(path, _, mode)| format!("{} {mode:o}", path.display()))
        .collect()
}

/// With umask 0002, the data folder (made 0775 beforehand, with an old 0664 file in it) ends
/// up 0700 and every file in it 0600: the database, the uploaded photo and the email.
#[test]
fn data_folder_is_private_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o775)).unwrap();
    std::fs::write(data.join("restored-from-backup.eml"), b"old").unwrap();
    std::fs::set_permissions(
        data.join("restored-from-backup.eml"),
        std::fs::Permissions::from_mode(0o664),
    )
    .unwrap();
    let lines: Vec<String> = vec![
        "3".into(),
        "9".into(),
        "4".into(),
        "Haddad".into(),
        "Sami".into(),
        "07.08.1976".into(),
        "Syrian".into(),
        "Weg 1".into(),
        "1".into(),
        "+49 151 99887766".into(),
        "sami@example.com".into(),
        "Please call me.".into(),
        photo_line(dir.path(), "p.jpg", &photo()),
        "Done".into(),
        "No".into(),
        "1".into(),
        "Send request".into(),
    ];
    let (flows, locales) = (repo().join("flows"), repo().join("locales"));
    let mut command = with_umask(
        "0002",
        &[
            "chat".as_ref(),
            "--data".as_ref(),
            data.as_os_str(),
            "--flows".as_ref(),
            flows.as_os_str(),
            "--locales".as_ref(),
            locales.as_os_str(),
        ],
    );
    command
        .env("RUST_LOG", "warn")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    crate::support::finish(spawn_typing(&mut command, &lines));
    let found = modes(&data);
    let has = |part: &str| {
        found
            .iter()
            .any(|(path, folder, _)| !folder && path.to_string_lossy().contains(part))
    };
    // The upload itself is gone once the email was accepted; its folder is checked, and
    // the erasure keys are files of their own.
    assert!(
        has("/mail/") && has("/db/keys/") && has("/db/"),
        "the run made an email, keys and a database: {found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(path, folder, _)| *folder && path.ends_with("db/uploads")),
        "{found:?}"
    );
    let open = not_private(&data);
    assert!(open.is_empty(), "readable by others: {open:#?}");
}

/// The Matrix store (SQLite and its journal files) and the session file are private too,
/// with umask 0002.
#[test]
fn matrix_store_is_private_whatever_the_umask() {
    use crate::matrix_support::{Synapse, matrix_config, matrix_env};
    let dir = tempfile::tempdir().unwrap();
    let synapse = Synapse::start(&dir.path().join("synapse"), &["bot"]);
    let config = matrix_config(dir.path(), &synapse, &repo().join("flows"), "");
    let log = dir.path().join("bot.log");
    let mut bot = with_umask(
        "0002",
        &["--config".as_ref(), config.as_os_str(), "run".as_ref()],
    )
    .env("RUST_LOG", "info")
    .envs(matrix_env(&synapse))
    .stdin(std::process::Stdio::null())
    .stdout(std::process::Stdio::null())
    .stderr(std::fs::File::create(&log).unwrap())
    .spawn()
    .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while !std::fs::read_to_string(&log)
        .unwrap_or_default()
        .contains("synced once")
    {
        if std::time::Instant::now() > deadline || bot.try_wait().unwrap().is_some() {
            let _ = bot.kill();
            panic!(
                "the bot did not sync:\n{}",
                std::fs::read_to_string(&log).unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let status = std::process::Command::new("kill")
        .args(["-TERM", &bot.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = wait_with_limit_status(&mut bot, Duration::from_secs(20));
    assert!(exit.success(), "{exit}");
    let store = dir.path().join("data/matrix");
    let found = modes(&store);
    assert!(
        found
            .iter()
            .any(|(path, _, _)| path.ends_with("session.json"))
            && found
                .iter()
                .any(|(path, _, _)| path.to_string_lossy().ends_with(".sqlite3")),
        "the store has its session and databases: {found:?}"
    );
    let open = not_private(&dir.path().join("data"));
    assert!(open.is_empty(), "readable by others: {open:#?}");
}

fn wait_with_limit_status(
    child: &mut std::process::Child,
    limit: Duration,
) -> std::process::ExitStatus {
    let deadline = std::time::Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("kompass did not exit within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}
