//! Access tokens saved per Beeper Desktop instance in the user's config directory.
//!
//! One JSON file per instance (`<dir>/tokens/<instance key>.json`), written
//! atomically with mode `0600` on Unix. The token itself never appears in a
//! `Debug` output or an error message.
//!
//! ```
//! use beeper_desktop::token_store::{AuthToken, TokenStore};
//!
//! let dir = std::env::temp_dir().join(format!("beeper-doc-{}", std::process::id()));
//! let store = TokenStore::new(&dir);
//! let token = AuthToken::new("http://127.0.0.1:23373", "secret-token").with_scopes(["read"]);
//! store.save(&token).unwrap();
//! // `localhost` and `127.0.0.1` name the same instance.
//! let loaded = store.load("http://localhost:23373").unwrap().unwrap();
//! assert_eq!(loaded.secret(), "secret-token");
//! assert!(!format!("{loaded:?}").contains("secret-token"));
//! assert!(store.delete("http://localhost:23373").unwrap());
//! # std::fs::remove_dir_all(&dir).unwrap();
//! ```

use std::fmt;
use std::io::Write;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

/// Environment variable that overrides where tokens are stored (tests,
/// portable setups). When set, the platform config directory is not used.
pub const ENV_CONFIG_DIR: &str = "BEEPER_CONFIG_DIR";

/// A bearer token for one Beeper Desktop instance, with what is known about
/// it. `Debug` shows everything but the token.
#[derive(Clone, PartialEq, Eq)]
pub struct AuthToken {
    base_url: String,
    access_token: String,
    token_type: String,
    scopes: Vec<String>,
    expires_at: Option<SystemTime>,
    client_id: Option<String>,
}

impl fmt::Debug for AuthToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AuthToken")
            .field("base_url", &self.base_url)
            .field("access_token", &"<redacted>")
            .field("token_type", &self.token_type)
            .field("scopes", &self.scopes)
            .field("expires_at", &self.expires_at)
            .field("client_id", &self.client_id)
            .finish()
    }
}

impl AuthToken {
    /// A `Bearer` token for the Desktop at `base_url`, without known scopes
    /// or expiry.
    pub fn new(base_url: impl Into<String>, access_token: impl Into<String>) -> Self {
        Self {
            base_url: base_url.into().trim().trim_end_matches('/').to_owned(),
            access_token: access_token.into(),
            token_type: "Bearer".into(),
            scopes: Vec::new(),
            expires_at: None,
            client_id: None,
        }
    }

    /// Sets the granted scopes (`read`, `write`).
    pub fn with_scopes<I, S>(mut self, scopes: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.scopes = scopes.into_iter().map(Into::into).collect();
        self
    }

    /// Sets when the token stops working.
    pub fn with_expires_at(mut self, at: SystemTime) -> Self {
        self.expires_at = Some(at);
        self
    }

    /// Sets the OAuth client the token was issued to.
    pub fn with_client_id(mut self, client_id: impl Into<String>) -> Self {
        self.client_id = Some(client_id.into());
        self
    }

    /// Sets the token type (as the token endpoint named it; `Bearer`).
    pub fn with_token_type(mut self, token_type: impl Into<String>) -> Self {
        self.token_type = token_type.into();
        self
    }

    /// The Desktop this token belongs to (without trailing `/`).
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The token itself. Keep it out of logs.
    pub fn secret(&self) -> &str {
        &self.access_token
    }

    /// The token type, normally `Bearer`.
    pub fn token_type(&self) -> &str {
        &self.token_type
    }

    /// Granted scopes; empty when unknown.
    pub fn scopes(&self) -> &[String] {
        &self.scopes
    }

    /// Whether `scope` was granted.
    pub fn has_scope(&self, scope: &str) -> bool {
        self.scopes.iter().any(|s| s == scope)
    }

    /// When the token stops working, if the server said.
    pub fn expires_at(&self) -> Option<SystemTime> {
        self.expires_at
    }

    /// The OAuth client ID the token was issued to, if known.
    pub fn client_id(&self) -> Option<&str> {
        self.client_id.as_deref()
    }

    /// Whether the token is past its expiry at `now` (never, when the
    /// expiry is unknown).
    pub fn is_expired_at(&self, now: SystemTime) -> bool {
        self.expires_at.is_some_and(|at| at <= now)
    }

    /// Whether the token is past its expiry now.
    pub fn is_expired(&self) -> bool {
        self.is_expired_at(SystemTime::now())
    }
}

/// Reading or writing a stored token failed. Messages name the file, never
/// its contents.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TokenStoreError {
    /// No config directory: neither `BEEPER_CONFIG_DIR` nor a home directory.
    #[error("no config directory to store tokens in; set {ENV_CONFIG_DIR}")]
    NoConfigDir,
    /// The file could not be read or written.
    #[error("token file {}: {source}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// What failed.
        #[source]
        source: std::io::Error,
    },
    /// The file exists but is not a token file this crate wrote.
    #[error("token file {} is damaged ({reason}); delete it and sign in again", path.display())]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What is wrong (never the file's contents).
        reason: String,
    },
}

/// On-disk shape (version 1). Times are Unix seconds, as OAuth uses them.
#[derive(Serialize, Deserialize)]
struct TokenFile {
    version: u32,
    base_url: String,
    access_token: String,
    #[serde(default = "bearer")]
    token_type: String,
    #[serde(default)]
    scopes: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    expires_at: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    client_id: Option<String>,
}

fn bearer() -> String {
    "Bearer".into()
}

/// Where tokens live: a directory holding `tokens/<instance key>.json`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenStore {
    dir: PathBuf,
}

impl TokenStore {
    /// A store rooted at `dir` (files go to `dir/tokens/`).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// The default store: `BEEPER_CONFIG_DIR` when set, else the platform's
    /// config directory for this crate (`~/.config/beeper-desktop-rs` on
    /// Linux, `~/Library/Application Support/com.beeper.beeper-desktop-rs`
    /// on macOS, `%APPDATA%\beeper\beeper-desktop-rs\config` on Windows).
    /// Only computes the path; touches no file.
    pub fn from_env() -> Result<Self, TokenStoreError> {
        if let Some(dir) = std::env::var_os(ENV_CONFIG_DIR).filter(|v| !v.is_empty()) {
            return Ok(Self::new(dir));
        }
        directories::ProjectDirs::from("com", "beeper", "beeper-desktop-rs")
            .map(|dirs| Self::new(dirs.config_dir()))
            .ok_or(TokenStoreError::NoConfigDir)
    }

    /// The root directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file that holds the token for the Desktop at `base_url`.
    pub fn path_for(&self, base_url: &str) -> PathBuf {
        self.dir.join("tokens").join(format!("{}.json", instance_key(base_url)))
    }

    /// The stored token for the Desktop at `base_url`, if any (also when it
    /// has expired: check [`AuthToken::is_expired`]).
    pub fn load(&self, base_url: &str) -> Result<Option<AuthToken>, TokenStoreError> {
        let path = self.path_for(base_url);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => return Err(TokenStoreError::Io { path, source }),
        };
        // serde's message can quote the input; keep only its position.
        let file: TokenFile = serde_json::from_slice(&bytes).map_err(|e| TokenStoreError::Corrupt {
            path: path.clone(),
            reason: format!("not a token file (line {}, column {})", e.line(), e.column()),
        })?;
        if file.version != 1 {
            return Err(TokenStoreError::Corrupt { path, reason: format!("unknown version {}", file.version) });
        }
        if file.access_token.trim().is_empty() {
            return Err(TokenStoreError::Corrupt { path, reason: "empty access token".into() });
        }
        Ok(Some(AuthToken {
            base_url: file.base_url,
            access_token: file.access_token,
            token_type: file.token_type,
            scopes: file.scopes,
            expires_at: file.expires_at.map(|s| UNIX_EPOCH + Duration::from_secs(s)),
            client_id: file.client_id,
        }))
    }

    /// Saves `token` for its Desktop, replacing an earlier one. The file is
    /// written to a temporary name and renamed, so a reader never sees half
    /// a file; on Unix it is created with mode `0600` and its directory with
    /// `0700`. Returns the file's path.
    pub fn save(&self, token: &AuthToken) -> Result<PathBuf, TokenStoreError> {
        let path = self.path_for(&token.base_url);
        let dir = path.parent().expect("path_for always has a parent").to_owned();
        create_private_dir(&dir).map_err(|source| TokenStoreError::Io { path: dir.clone(), source })?;
        let file = TokenFile {
            version: 1,
            base_url: token.base_url.clone(),
            access_token: token.access_token.clone(),
            token_type: token.token_type.clone(),
            scopes: token.scopes.clone(),
            expires_at: token.expires_at.map(|at| at.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())),
            client_id: token.client_id.clone(),
        };
        let bytes = serde_json::to_vec_pretty(&file).expect("a token file always serializes");
        let temp = dir.join(format!(".{}.{}.tmp", instance_key(&token.base_url), std::process::id()));
        let io = |source| TokenStoreError::Io { path: path.clone(), source };
        let _ = std::fs::remove_file(&temp);
        let mut out = open_private(&temp).map_err(io)?;
        let written = out.write_all(&bytes).and_then(|()| out.sync_all());
        drop(out);
        if let Err(e) = written.and_then(|()| std::fs::rename(&temp, &path)) {
            let _ = std::fs::remove_file(&temp);
            return Err(io(e));
        }
        Ok(path)
    }

    /// Deletes the stored token for the Desktop at `base_url`. Returns
    /// whether there was one.
    pub fn delete(&self, base_url: &str) -> Result<bool, TokenStoreError> {
        let path = self.path_for(base_url);
        match std::fs::remove_file(&path) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(source) => Err(TokenStoreError::Io { path, source }),
        }
    }
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

#[cfg(unix)]
fn open_private(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)
}

#[cfg(not(unix))]
fn open_private(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new().write(true).create_new(true).open(path)
}

/// A file-name-safe key naming one Desktop instance: scheme, host and port
/// of its base URL (plus a path prefix, if any). `localhost`, `127.0.0.1`
/// and `::1` count as one host, since Desktop answers on all of them.
///
/// ```
/// use beeper_desktop::token_store::instance_key;
///
/// assert_eq!(instance_key("http://localhost:23373/"), "http_loopback_23373");
/// assert_eq!(instance_key("http://127.0.0.1:23373"), "http_loopback_23373");
/// assert_eq!(instance_key("http://[::1]:23380"), "http_loopback_23380");
/// ```
pub fn instance_key(base_url: &str) -> String {
    let trimmed = base_url.trim().trim_end_matches('/');
    let raw = match reqwest::Url::parse(trimmed) {
        Ok(url) => {
            let host = match url.host_str() {
                Some(host) if is_loopback_host(host) => "loopback".to_owned(),
                Some(host) => host.to_ascii_lowercase(),
                None => String::new(),
            };
            let port = url.port_or_known_default().map(|p| p.to_string()).unwrap_or_default();
            let path = url.path().trim_matches('/');
            if path.is_empty() {
                format!("{}_{host}_{port}", url.scheme())
            } else {
                format!("{}_{host}_{port}_{path}", url.scheme())
            }
        }
        Err(_) => trimmed.to_owned(),
    };
    raw.chars().map(|c| if c.is_ascii_alphanumeric() || c == '.' || c == '-' { c } else { '_' }).collect()
}

/// `localhost`, `127.x.x.x` or `::1` (with or without brackets).
pub(crate) fn is_loopback_host(host: &str) -> bool {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    bare.eq_ignore_ascii_case("localhost") || bare.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_keep_instances_apart() {
        assert_ne!(instance_key("http://127.0.0.1:23373"), instance_key("http://127.0.0.1:23374"));
        assert_ne!(instance_key("http://127.0.0.1:23373"), instance_key("https://127.0.0.1:23373"));
        assert_eq!(instance_key("http://desk.example:80/api/"), "http_desk.example_80_api");
        assert!(!instance_key("http://x/../../etc").contains('/'));
    }
}
