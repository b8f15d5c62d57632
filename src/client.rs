//! Building a [`Client`]: base URL, access token, timeouts, limits, user agent.

use std::fmt;
use std::time::Duration;

use reqwest::header::HeaderValue;

use crate::Client;
use crate::token_store::{TokenStore, TokenStoreError};
use crate::transport::retry::RetryPolicy;

/// Where Beeper Desktop listens unless told otherwise.
pub const DEFAULT_BASE_URL: &str = "http://localhost:23373";
/// Timeout of one attempt unless told otherwise (the official SDKs use 30 s):
/// from sending the request until the last byte of the answer.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// Overall deadline of one call unless told otherwise: every attempt and
/// every wait between attempts together.
pub const DEFAULT_CALL_DEADLINE: Duration = Duration::from_secs(60);
/// Largest JSON (or error) body read unless told otherwise: 32 MiB, far
/// above a real page of 100 messages.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 32 * 1024 * 1024;
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
    /// The stored token for this Desktop could not be read.
    #[error("cannot use the stored access token: {0}")]
    TokenStore(#[source] TokenStoreError),
}

#[doc(hidden)]
/// Per-client state every call reads (held inside the generated
/// [`Client`]). Its `Debug` never shows the access token.
#[derive(Clone)]
pub struct ClientState {
    pub(crate) authorization: Option<HeaderValue>,
    /// Path of the base URL (without trailing `/`), so the path checks can find where
    /// the operation's own path starts.
    pub(crate) base_path: String,
    /// The base URL: every request goes to its origin (a redirect to
    /// another origin is refused).
    pub(crate) base_url: reqwest::Url,
    pub(crate) retry: RetryPolicy,
    /// Per-attempt timeout; `None` leaves it to a user-supplied client.
    pub(crate) attempt_timeout: Option<Duration>,
    /// The timeout built into the crate's own reqwest client (`None` for a
    /// user-supplied one): an attempt needs its own only when it differs.
    pub(crate) client_timeout: Option<Duration>,
    /// Deadline of the whole call (attempts plus waits); `None` for none.
    pub(crate) call_deadline: Option<Duration>,
    /// Cap of buffered (JSON and error) bodies.
    pub(crate) max_response_bytes: usize,
    /// Why no token is configured, when a stored one was found expired
    /// (told to the caller instead of a plain "token missing").
    pub(crate) expired_token_note: Option<String>,
}

impl fmt::Debug for ClientState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientState")
            .field("access_token", &self.authorization.as_ref().map(|_| "<redacted>"))
            .field("base_path", &self.base_path)
            .field("retry", &self.retry)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("call_deadline", &self.call_deadline)
            .field("max_response_bytes", &self.max_response_bytes)
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
    pub(crate) base_url: Option<String>,
    access_token: Option<String>,
    timeout: Option<Duration>,
    call_deadline: Option<Duration>,
    max_response_bytes: usize,
    connect_timeout: Duration,
    user_agent: String,
    retry: RetryPolicy,
    http_client: Option<reqwest::Client>,
    stored_token: StoredTokenLookup,
}

/// Whether [`ClientBuilder::build`] looks for a stored token.
#[derive(Clone, Debug)]
enum StoredTokenLookup {
    Off,
    /// `BEEPER_CONFIG_DIR` or the platform config directory.
    Default,
    In(TokenStore),
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("access_token", &self.access_token.as_ref().map(|_| "<redacted>"))
            .field("timeout", &self.timeout)
            .field("call_deadline", &self.call_deadline)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("connect_timeout", &self.connect_timeout)
            .field("user_agent", &self.user_agent)
            .field("retry", &self.retry)
            .field("http_client", &self.http_client.is_some())
            .field("stored_token", &self.stored_token)
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
    /// Defaults only: [`DEFAULT_BASE_URL`], no token, 30 s per attempt,
    /// 60 s per call, 32 MiB bodies.
    pub fn new() -> Self {
        Self {
            base_url: None,
            access_token: None,
            timeout: None,
            call_deadline: Some(DEFAULT_CALL_DEADLINE),
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            user_agent: DEFAULT_USER_AGENT.to_owned(),
            retry: RetryPolicy::default(),
            http_client: None,
            stored_token: StoredTokenLookup::Off,
        }
    }

    /// Defaults overridden by the environment: the token from
    /// `BEEPER_ACCESS_TOKEN`; the base URL from `BEEPER_BASE_URL`, else
    /// `BEEPER_DESKTOP_BASE_URL`. Empty variables count as unset. Setters
    /// called afterwards win over the environment.
    ///
    /// Without `BEEPER_ACCESS_TOKEN`, [`Self::build`] then uses the token
    /// saved for the final base URL in the default
    /// [`TokenStore`] (`BEEPER_CONFIG_DIR` or the platform config
    /// directory), as left by a sign-in. That is one small file read, no
    /// network: this stays cheap and usable outside async code.
    pub fn from_env() -> Self {
        let mut builder = Self::new();
        builder.base_url = env_var(ENV_BASE_URL).or_else(|| env_var(ENV_BASE_URL_LEGACY));
        builder.access_token = env_var(ENV_ACCESS_TOKEN);
        builder.stored_token = StoredTokenLookup::Default;
        builder
    }

    /// Use the token saved in `store` for the base URL when no token is set
    /// (instead of the default store [`Self::from_env`] uses).
    pub fn token_store(mut self, store: TokenStore) -> Self {
        self.stored_token = StoredTokenLookup::In(store);
        self
    }

    /// Never look for a stored token.
    pub fn without_stored_token(mut self) -> Self {
        self.stored_token = StoredTokenLookup::Off;
        self
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

    /// Timeout of **one attempt** (default 30 s): from sending the request
    /// until the last byte of a JSON answer (for `serve_asset`, of the
    /// streamed bytes). A retry starts a fresh one. The whole call is
    /// bounded by [`Self::call_deadline`]. With [`Self::http_client`] and
    /// no call to this method, that client's own timeout applies.
    ///
    /// One call can use another value: [`Client::with_timeout`].
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Overall deadline of **one call** (default 60 s): every attempt and
    /// every backoff wait together, measured from the first attempt until
    /// a JSON answer is read in full (for `serve_asset`, until the answer's
    /// headers; the streamed bytes are bounded by [`Self::timeout`]).
    /// When it passes mid-attempt the call fails with
    /// [`Error::DeadlineExceeded`](crate::Error::DeadlineExceeded); when
    /// the wait before a retry would pass it, the last failure is returned
    /// at once instead of waiting. `Duration::MAX` means no deadline.
    ///
    /// One call can use another value: [`Client::with_call_deadline`].
    pub fn call_deadline(mut self, deadline: Duration) -> Self {
        self.call_deadline = Some(deadline);
        self
    }

    /// Largest answer body read into memory, in bytes (default
    /// [`DEFAULT_MAX_RESPONSE_BYTES`], 32 MiB). It applies to JSON answers
    /// and error bodies; a larger one fails with
    /// [`Error::ResponseTooLarge`](crate::Error::ResponseTooLarge) without
    /// being kept (and is not retried). `serve_asset` downloads stream and
    /// are not capped.
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = limit;
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
    /// Connect timeout, user agent and redirect policy then come from that
    /// client; [`Self::timeout`] still applies when called.
    ///
    /// Build it with `redirect(reqwest::redirect::Policy::none())`: the
    /// client built here follows no redirects, but reqwest's default
    /// follows up to 10, which can carry a request (and its body) to
    /// another origin before this crate sees the answer. An answer that
    /// comes from another origin is still refused with
    /// [`Error::Redirect`](crate::Error::Redirect).
    ///
    /// **Logging:** the access token travels in the `Authorization` header.
    /// This crate marks it sensitive and never logs it, but a client built
    /// with `connection_verbose(true)` logs raw request bytes at `trace`
    /// level, token included.
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
        let mut expired_token_note = None;
        let explicit = self.access_token.filter(|t| !t.trim().is_empty());
        let access_token = match explicit {
            Some(token) => Some(token),
            None => {
                let store = match self.stored_token {
                    StoredTokenLookup::Off => None,
                    // No config directory at all just means nothing is stored.
                    StoredTokenLookup::Default => TokenStore::from_env().ok(),
                    StoredTokenLookup::In(store) => Some(store),
                };
                match store.map(|s| s.load(&trimmed)).transpose().map_err(ConfigError::TokenStore)?.flatten() {
                    Some(stored) if stored.is_expired() => {
                        expired_token_note = Some(format!(
                            "the access token stored for {trimmed} has expired; sign in again \
                             (beeper_desktop::login, `cargo run --example login`) or set {ENV_ACCESS_TOKEN}"
                        ));
                        None
                    }
                    Some(stored) => Some(stored.secret().to_owned()),
                    None => None,
                }
            }
        };
        let authorization = match access_token.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            Some(token) => {
                // Never repeated in an error, whoever sends it back.
                crate::secret::remember(token);
                let mut value =
                    HeaderValue::from_str(&format!("Bearer {token}")).map_err(|_| ConfigError::InvalidAccessToken)?;
                value.set_sensitive(true);
                Some(value)
            }
            None => None,
        };
        let own_client = self.http_client.is_none();
        let attempt_timeout = self.timeout.or(own_client.then_some(DEFAULT_TIMEOUT));
        let client_timeout = if own_client { attempt_timeout } else { None };
        let http = match self.http_client {
            Some(client) => client,
            None => {
                HeaderValue::from_str(&self.user_agent).map_err(|_| ConfigError::InvalidUserAgent)?;
                // The attempt timeout lives in the client: a request gets
                // its own only when it differs (`Client::with_timeout`).
                let builder = reqwest::Client::builder()
                    .redirect(reqwest::redirect::Policy::none())
                    .connect_timeout(self.connect_timeout)
                    .user_agent(self.user_agent);
                let builder = match client_timeout {
                    Some(timeout) => builder.timeout(timeout),
                    None => builder,
                };
                builder.build().map_err(ConfigError::Http)?
            }
        };
        let state = ClientState {
            authorization,
            base_path: parsed.path().trim_end_matches('/').to_owned(),
            base_url: parsed.clone(),
            retry: self.retry,
            attempt_timeout,
            client_timeout,
            call_deadline: self.call_deadline,
            max_response_bytes: self.max_response_bytes,
            expired_token_note,
        };
        Ok(Client::new_with_client(&trimmed, http, state))
    }
}

impl Client {
    /// Starts a [`ClientBuilder`] with defaults only (no environment).
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// Builds a client from `BEEPER_ACCESS_TOKEN` and `BEEPER_BASE_URL` /
    /// `BEEPER_DESKTOP_BASE_URL`, falling back to the token stored by a
    /// sign-in for that base URL; see [`ClientBuilder::from_env`]. No
    /// network access: to find a Desktop on another port, use
    /// [`ClientBuilder::discover_base_url`].
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

    /// This client with another per-attempt timeout (see
    /// [`ClientBuilder::timeout`]), for one call or a few. Cheap: the
    /// connection pool is shared.
    ///
    /// ```no_run
    /// # async fn run(client: beeper_desktop::Client) -> Result<(), beeper_desktop::Error> {
    /// use std::time::Duration;
    /// let accounts = client
    ///     .with_timeout(Duration::from_secs(2))
    ///     .with_call_deadline(Duration::from_secs(5))
    ///     .list_accounts()
    ///     .send()
    ///     .await?;
    /// # let _ = accounts;
    /// # Ok(())
    /// # }
    /// ```
    pub fn with_timeout(&self, timeout: Duration) -> Client {
        let mut client = self.clone();
        client.inner.attempt_timeout = Some(timeout);
        client
    }

    /// This client with another overall deadline per call (see
    /// [`ClientBuilder::call_deadline`]); `Duration::MAX` means none.
    pub fn with_call_deadline(&self, deadline: Duration) -> Client {
        let mut client = self.clone();
        client.inner.call_deadline = Some(deadline);
        client
    }

    /// This client with another [`RetryPolicy`].
    pub fn with_retry_policy(&self, policy: RetryPolicy) -> Client {
        let mut client = self.clone();
        client.inner.retry = policy;
        client
    }
}
