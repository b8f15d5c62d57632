//! Building a [`Client`]: base URL, access token, timeouts, user agent.

use std::fmt;
use std::time::Duration;

use reqwest::header::HeaderValue;

use crate::Client;
use crate::retry::RetryPolicy;

/// Where Beeper Desktop listens unless told otherwise.
pub const DEFAULT_BASE_URL: &str = "http://localhost:23373";
/// Whole-request timeout unless told otherwise (the official SDKs use 30 s).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// Connect timeout unless told otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// `User-Agent` sent unless told otherwise.
pub const DEFAULT_USER_AGENT: &str = concat!("beeper-desktop-rs/", env!("CARGO_PKG_VERSION"));

/// Environment variable holding the access token.
pub const ENV_ACCESS_TOKEN: &str = "BEEPER_ACCESS_TOKEN";
/// Environment variable holding the base URL (read first).
pub const ENV_BASE_URL: &str = "BEEPER_BASE_URL";
/// Older name of [`ENV_BASE_URL`], read when the new one is unset.
pub const ENV_BASE_URL_LEGACY: &str = "BEEPER_DESKTOP_BASE_URL";

/// A client could not be built from the given settings.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// The base URL does not parse or is not `http`/`https`.
    #[error("invalid base URL {url:?}: {reason}")]
    InvalidBaseUrl {
        /// The URL as given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// An `https` base URL was given but the crate was built without TLS.
    #[error(
        "base URL {url:?} uses https, but beeper-desktop was built without TLS; \
         enable the `rustls` or `native-tls` feature"
    )]
    TlsNotEnabled {
        /// The URL as given.
        url: String,
    },
    /// The access token cannot be sent in an HTTP header.
    #[error("the access token contains characters that cannot be sent in an HTTP header")]
    InvalidAccessToken,
    /// The user agent cannot be sent in an HTTP header.
    #[error("the user agent contains characters that cannot be sent in an HTTP header")]
    InvalidUserAgent,
    /// reqwest could not build its HTTP client.
    #[error("cannot build the HTTP client: {0}")]
    Http(#[source] reqwest::Error),
}

#[doc(hidden)]
/// Per-client state the request hooks read (held inside the generated
/// [`Client`]). Its `Debug` never shows the access token.
#[derive(Clone)]
pub struct ClientState {
    pub(crate) authorization: Option<HeaderValue>,
    /// Path of the base URL (without trailing `/`), so hooks can find where
    /// the operation's own path starts.
    pub(crate) base_path: String,
    pub(crate) retry: RetryPolicy,
}

impl fmt::Debug for ClientState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientState")
            .field("access_token", &self.authorization.as_ref().map(|_| "<redacted>"))
            .field("base_path", &self.base_path)
            .field("retry", &self.retry)
            .finish()
    }
}

/// Settings for a [`Client`]; start with [`Client::builder`] or
/// [`ClientBuilder::from_env`].
///
/// ```
/// use std::time::Duration;
///
/// let client = beeper_desktop::Client::builder()
///     .base_url("http://localhost:23373")
///     .access_token("my-token")
///     .timeout(Duration::from_secs(10))
///     .build()
///     .unwrap();
/// assert_eq!(client.base_url(), "http://localhost:23373");
/// ```
#[derive(Clone)]
pub struct ClientBuilder {
    base_url: Option<String>,
    access_token: Option<String>,
    timeout: Duration,
    connect_timeout: Duration,
    user_agent: String,
    retry: RetryPolicy,
    http_client: Option<reqwest::Client>,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("access_token", &self.access_token.as_ref().map(|_| "<redacted>"))
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("user_agent", &self.user_agent)
            .field("retry", &self.retry)
            .field("http_client", &self.http_client.is_some())
            .finish()
    }
}

impl Default for ClientBuilder {
    fn default() -> Self {
        Self::new()
    }
}

/// Reads a variable, treating unset, empty and non-UTF-8 alike as absent.
fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok().map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

impl ClientBuilder {
    /// Defaults only: [`DEFAULT_BASE_URL`], no token, 30 s timeout.
    pub fn new() -> Self {
        Self {
            base_url: None,
            access_token: None,
            timeout: DEFAULT_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            user_agent: DEFAULT_USER_AGENT.to_owned(),
            retry: RetryPolicy::default(),
            http_client: None,
        }
    }

    /// Defaults overridden by the environment: the token from
    /// `BEEPER_ACCESS_TOKEN`; the base URL from `BEEPER_BASE_URL`, else
    /// `BEEPER_DESKTOP_BASE_URL`. Empty variables count as unset. Setters
    /// called afterwards win over the environment.
    pub fn from_env() -> Self {
        let mut builder = Self::new();
        builder.base_url = env_var(ENV_BASE_URL).or_else(|| env_var(ENV_BASE_URL_LEGACY));
        builder.access_token = env_var(ENV_ACCESS_TOKEN);
        builder
    }

    /// Where Beeper Desktop listens, e.g. `http://localhost:23373`. A
    /// trailing `/` is ignored; a path prefix is kept.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// The access token sent as `Authorization: Bearer <token>` on every
    /// operation that needs one (all but `getInfo`).
    pub fn access_token(mut self, token: impl Into<String>) -> Self {
        self.access_token = Some(token.into());
        self
    }

    /// Whole-request timeout (default 30 s). Ignored with [`Self::http_client`].
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Connect timeout (default 5 s). Ignored with [`Self::http_client`].
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// `User-Agent` header (default `beeper-desktop-rs/<version>`). Ignored
    /// with [`Self::http_client`].
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// How failed requests are retried (default: 2 retries with
    /// exponential backoff; see [`RetryPolicy`] for what is never retried).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Shortcut for the number of retries of the [`RetryPolicy`] (0 disables).
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.retry.max_retries = retries;
        self
    }

    /// Use this `reqwest::Client` as is (proxies, custom TLS roots, ...).
    /// Timeouts and user agent then come from that client.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// Checks the settings and builds the client. Never panics.
    pub fn build(self) -> Result<Client, ConfigError> {
        let raw_url = self.base_url.unwrap_or_else(|| DEFAULT_BASE_URL.to_owned());
        let trimmed = raw_url.trim().trim_end_matches('/').to_owned();
        let parsed = reqwest::Url::parse(&trimmed)
            .map_err(|e| ConfigError::InvalidBaseUrl { url: raw_url.clone(), reason: e.to_string() })?;
        match parsed.scheme() {
            "http" => {}
            "https" if cfg!(any(feature = "rustls", feature = "native-tls")) => {}
            "https" => return Err(ConfigError::TlsNotEnabled { url: raw_url }),
            other => {
                return Err(ConfigError::InvalidBaseUrl {
                    url: raw_url,
                    reason: format!("scheme `{other}` is not http or https"),
                });
            }
        }
        if parsed.query().is_some() || parsed.fragment().is_some() {
            return Err(ConfigError::InvalidBaseUrl {
                url: raw_url,
                reason: "a base URL cannot have a query or fragment".into(),
            });
        }
        let authorization = match self.access_token.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            Some(token) => {
                let mut value =
                    HeaderValue::from_str(&format!("Bearer {token}")).map_err(|_| ConfigError::InvalidAccessToken)?;
                value.set_sensitive(true);
                Some(value)
            }
            None => None,
        };
        let http = match self.http_client {
            Some(client) => client,
            None => {
                HeaderValue::from_str(&self.user_agent).map_err(|_| ConfigError::InvalidUserAgent)?;
                reqwest::Client::builder()
                    .timeout(self.timeout)
                    .connect_timeout(self.connect_timeout)
                    .user_agent(self.user_agent)
                    .build()
                    .map_err(ConfigError::Http)?
            }
        };
        let state =
            ClientState { authorization, base_path: parsed.path().trim_end_matches('/').to_owned(), retry: self.retry };
        Ok(Client::new_with_client(&trimmed, http, state))
    }
}

impl Client {
    /// Starts a [`ClientBuilder`] with defaults only (no environment).
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// Builds a client from `BEEPER_ACCESS_TOKEN` and `BEEPER_BASE_URL` /
    /// `BEEPER_DESKTOP_BASE_URL`; see [`ClientBuilder::from_env`].
    ///
    /// A missing token is not an error here, so `get_info` still works;
    /// operations that need it fail before sending. Check with
    /// [`Client::has_access_token`].
    pub fn from_env() -> Result<Client, ConfigError> {
        ClientBuilder::from_env().build()
    }

    /// The base URL requests go to (without trailing `/`).
    pub fn base_url(&self) -> &str {
        &self.baseurl
    }

    /// Whether an access token is configured.
    pub fn has_access_token(&self) -> bool {
        self.inner.authorization.is_some()
    }
}
