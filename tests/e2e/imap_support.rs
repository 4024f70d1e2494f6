//! A real IMAP server for the email-answer tests: Debian's Dovecot (installed by test.sh),
//! started on 127.0.0.1 with a throw-away config, user and maildir; stopped on drop. The
//! office's side uses Python's `imaplib`, a client Kompass does not share.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{free_port, test_python};

pub struct Dovecot {
    child: Child,
    pub port: u16,
    /// The first user's login (Kompass's mailbox).
    pub user: String,
    pub password: String,
    /// Every user with their password, the first one first.
    users: Vec<(String, String)>,
    dir: PathBuf,
}

fn dovecot_binary() -> PathBuf {
    ["/usr/sbin/dovecot", "/usr/local/sbin/dovecot"]
        .iter()
        .map(PathBuf::from)
        .find(|path| path.exists())
        .expect("dovecot is missing: run ./test.sh, which installs dovecot-imapd")
}

impl Dovecot {
    pub fn start(dir: &Path) -> Self {
        Self::start_with_users(dir, &["kompass"])
    }

    /// A server with a mailbox for each of `users` (a deployment's and a municipality's).
    pub fn start_with_users(dir: &Path, users: &[&str]) -> Self {
        let dir = dir.join("dovecot");
        let mail = dir.join("mail");
        std::fs::create_dir_all(&mail).unwrap();
        let port = free_port();
        let users: Vec<(String, String)> = users
            .iter()
            .map(|user| {
                let password = format!("pw-{user}-{}-{port}", std::process::id());
                (user.to_string(), password)
            })
            .collect();
        let passwd: String = users
            .iter()
            .map(|(user, password)| format!("{user}:{{PLAIN}}{password}::::::\n"))
            .collect();
        std::fs::write(dir.join("passwd"), passwd).unwrap();
        let (user, password) = users[0].clone();
        let config = format!(
            r#"protocols = imap
listen = 127.0.0.1
base_dir = {dir}/run
state_dir = {dir}/state
instance_name = kompass-test-{port}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
log_path = {dir}/dovecot.log
default_internal_user = dovecot
default_internal_group = dovecot
default_login_user = dovenull
first_valid_uid = 0
mail_location = maildir:{dir}/mail/%u
mail_uid = dovecot
mail_gid = dovecot
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {dir}/passwd
}}
userdb {{
  driver = static
  args = uid=dovecot gid=dovecot home={dir}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"#,
            dir = dir.display()
        );
        std::fs::write(dir.join("dovecot.conf"), config).unwrap();
        let status = Command::new("chown")
            .args(["-R", "dovecot:dovecot"])
            .arg(&mail)
            .status()
            .unwrap();
        assert!(status.success(), "the maildir belongs to the dovecot user");
        let child = Command::new(dovecot_binary())
            .arg("-F")
            .arg("-c")
            .arg(dir.join("dovecot.conf"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("dovecot starts");
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "dovecot did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        Self {
            child,
            port,
            user,
            password,
            users,
            dir,
        }
    }

    /// The `[mail.imap]` table for a config, with the environment variables it names.
    pub fn config(&self) -> String {
        format!(
            "[mail.imap]\naddress = \"kompass@kalletal.example.org\"\nhost = \"127.0.0.1\"\nport = {}\nsecurity = \"plain\"\nusername_env = \"KOMPASS_TEST_IMAP_USER\"\npassword_env = \"KOMPASS_TEST_IMAP_PASSWORD\"\npoll_seconds = 5\n",
            self.port
        )
    }

    pub fn env(&self) -> [(&str, &str); 2] {
        [
            ("KOMPASS_TEST_IMAP_USER", self.user.as_str()),
            ("KOMPASS_TEST_IMAP_PASSWORD", self.password.as_str()),
        ]
    }

    /// The password of `user`.
    pub fn password_of(&self, user: &str) -> &str {
        &self
            .users
            .iter()
            .find(|(name, _)| name == user)
            .expect("a user of this server")
            .1
    }

    /// The Message-IDs in Kompass's mailbox, as a plain IMAP client (Python's imaplib) lists
    /// them: what an administrator would find there.
    pub fn message_ids(&self) -> Vec<String> {
        let listed = self.imaplib(
            &self.user,
            "m.select('INBOX', readonly=True)\n\
typ, data = m.search(None, 'ALL')\n\
fetch = lambda num: m.fetch(num, '(BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])')[1][0][1]\n\
ids = [email.message_from_bytes(fetch(num)).get('Message-ID', '').strip() for num in data[0].split()]\n\
print('\\n'.join(ids))\n",
            &[],
            "IMAP listing",
        );
        listed.lines().map(str::to_string).collect()
    }

    /// Delivers a message into Kompass's mailbox, as the office's mail server would: an
    /// IMAP APPEND by Python's imaplib.
    pub fn deliver(&self, raw: &[u8]) {
        self.deliver_to(&self.user, raw);
    }

    /// Delivers a message into `user`'s mailbox.
    pub fn deliver_to(&self, user: &str, raw: &[u8]) {
        let file = self.dir.join(format!(
            "append-{}.eml",
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos()
        ));
        std::fs::write(&file, raw).unwrap();
        self.imaplib(
            user,
            "typ, data = m.append('INBOX', None, None, open(sys.argv[4], 'rb').read())\n\
assert typ == 'OK', data\n",
            &[file.as_os_str()],
            "IMAP APPEND",
        );
    }

    /// Runs `script` in Python with imaplib logged in as `user` (`m`; `args` follow port,
    /// user and password in `sys.argv`), then logs out; its standard output.
    fn imaplib(&self, user: &str, script: &str, args: &[&std::ffi::OsStr], what: &str) -> String {
        let script = format!(
            "import imaplib, sys, email\n\
m = imaplib.IMAP4('127.0.0.1', int(sys.argv[1]))\n\
m.login(sys.argv[2], sys.argv[3])\n\
{script}m.logout()\n"
        );
        let output = Command::new(test_python())
            .arg("-c")
            .arg(script)
            .arg(self.port.to_string())
            .arg(user)
            .arg(self.password_of(user))
            .args(args)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{what} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    }
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
