//! `config.toml`: every key optional, unknown keys refused with file, line and key named.
//! `config.example.toml` documents each one.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub content: ContentConfig,
    pub storage: StorageConfig,
    pub mail: MailConfig,
    pub uploads: UploadConfig,
    pub logging: LoggingConfig,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ContentConfig {
    pub flows: PathBuf,
    pub locales: PathBuf,
}

impl Default for ContentConfig {
    fn default() -> Self {
        Self {
            flows: "flows".into(),
            locales: "locales".into(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StorageConfig {
    pub data_dir: PathBuf,
}

impl Default for StorageConfig {
    fn default() -> Self {
        Self {
            data_dir: "data".into(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MailConfig {
    /// Sender of request emails.
    pub from: String,
    /// Folder for `.eml` files; default `<data_dir>/mail`.
    pub eml_dir: Option<PathBuf>,
    /// After this many hours without success the newcomer is told to contact the office.
    pub give_up_after_hours: u32,
}

impl Default for MailConfig {
    fn default() -> Self {
        Self {
            from: "Kompass <kompass@kalletal.example.org>".into(),
            eml_dir: None,
            give_up_after_hours: 72,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct UploadConfig {
    pub max_file_mb: u64,
    pub max_megapixels: u64,
}

impl Default for UploadConfig {
    fn default() -> Self {
        Self {
            max_file_mb: 20,
            max_megapixels: 50,
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LoggingConfig {
    /// `text` (default) or `json`.
    pub format: LogFormat,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}

impl Config {
    /// Reads `path`; relative paths inside are taken relative to the config file's folder.
    pub fn load(path: &Path) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let mut config: Self = match toml::from_str(&text) {
            Ok(config) => config,
            Err(error) => {
                let line = error
                    .span()
                    .map(|span| text[..span.start].matches('\n').count() + 1);
                let at = line.map_or_else(String::new, |line| format!(":{line}"));
                bail!(
                    "{}{at}: {}\n    fix: see config.example.toml for every key and its meaning",
                    path.display(),
                    error.message().trim()
                );
            }
        };
        let base = path.parent().unwrap_or(Path::new("."));
        for dir in [
            &mut config.content.flows,
            &mut config.content.locales,
            &mut config.storage.data_dir,
        ] {
            if dir.is_relative() {
                *dir = base.join(&*dir);
            }
        }
        if let Some(dir) = config.mail.eml_dir.as_mut().filter(|d| d.is_relative()) {
            *dir = base.join(&*dir);
        }
        if config
            .mail
            .from
            .parse::<lettre::message::Mailbox>()
            .is_err()
        {
            bail!(
                "{}: [mail] from = {:?} is not an email address\n    fix: write e.g. from = \"Kompass <kompass@your-town.de>\"",
                path.display(),
                config.mail.from
            );
        }
        Ok(config)
    }

    pub fn eml_dir(&self) -> PathBuf {
        self.mail
            .eml_dir
            .clone()
            .unwrap_or_else(|| self.storage.data_dir.join("mail"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_key_is_named_with_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(
            &path,
            "[storage]\ndata_dir = \"d\"\n\n[mail]\nfrom_address = \"x\"\n",
        )
        .unwrap();
        let error = Config::load(&path).unwrap_err().to_string();
        assert!(error.contains("config.toml:5"), "{error}");
        assert!(error.contains("from_address"), "{error}");
    }

    #[test]
    fn relative_paths_follow_the_config_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "[storage]\ndata_dir = \"state\"\n").unwrap();
        let config = Config::load(&path).unwrap();
        assert_eq!(config.storage.data_dir, dir.path().join("state"));
        assert_eq!(config.eml_dir(), dir.path().join("state").join("mail"));
    }
}
