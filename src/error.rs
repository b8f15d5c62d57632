//! The crate's one error type.

use std::time::Duration;

use bytes::Bytes;
use reqwest::StatusCode;

use crate::client::ConfigError;
use crate::one_line::{self, bounded, causes};

/// Everything that can go wrong calling Beeper Desktop.
///
/// ```no_run
/// # async fn run(client: beeper_desktop::Client) {
/// match client.get_chat().chat_id("!gone:beeper.local").send().await {
///     Ok(chat) => println!("{:?}", chat.title),
///     Err(e) if e.is_not_found() => println!("no such chat"),
///     Err(e) if e.is_timeout() => println!("Beeper Desktop is slow: {e}"),
///     Err(e) => println!("failed: {e}"),
/// }
/// # }
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The server refused the request and said why (the API's error body).
    #[error("HTTP {status}: {} ({})", bounded(message, SERVER_TEXT), bounded(code, SHORT_TEXT))]
    Api {
        /// HTTP status.
        status: StatusCode,
        /// Machine-readable reason, e.g. `not_found`.
        code: String,
        /// Human-readable explanation.
        message: String,
        /// Extra context of any shape (validation issues, for instance).
        details: Option<serde_json::Value>,
        /// The server's `X-Beeper-Desktop-Version`, when it sent one (see
        /// [`Error::desktop_version`]).
        desktop_version: Option<String>,
    },
    /// The server answered with a status the API does not use this way, or
    /// with an error body that is not the API's error shape.
    #[error("unexpected HTTP {status} response: {}", excerpt(body))]
    UnexpectedStatus {
        /// HTTP status.
        status: StatusCode,
        /// The raw body.
        body: Bytes,
        /// The server's `X-Beeper-Desktop-Version`, when it sent one (see
        /// [`Error::desktop_version`]).
        desktop_version: Option<String>,
    },
    /// A successful answer whose body does not have the expected shape.
    #[error(
        "cannot decode the response{} at `{}`: {}",
        status.map(|s| format!(" (HTTP {s})")).unwrap_or_default(),
        bounded(path, SHORT_TEXT),
        bounded(source, SERVER_TEXT)
    )]
    Decode {
        /// HTTP status, when known.
        status: Option<StatusCode>,
        /// JSON path of the value that failed, e.g. `items[3].timestamp`
        /// (`.` for the whole body).
        path: String,
        /// The raw body, kept so nothing is lost.
        body: Bytes,
        /// What serde reported.
        #[source]
        source: serde_json::Error,
        /// The server's `X-Beeper-Desktop-Version`, when it sent one (see
        /// [`Error::desktop_version`]).
        desktop_version: Option<String>,
    },
    /// A 2xx answer that reports a failure in its body (the `error` field
    /// of asset downloads and uploads).
    #[error("Beeper Desktop reported a failure (HTTP {status}): {}", bounded(message, SERVER_TEXT))]
    Reported {
        /// HTTP status (2xx).
        status: StatusCode,
        /// The `error` text.
        message: String,
        /// The server's `X-Beeper-Desktop-Version`, when it sent one (see
        /// [`Error::desktop_version`]).
        desktop_version: Option<String>,
    },
    /// The request did not complete: connection refused, timeout, broken
    /// connection.
    /// The display names the root cause ("connection reset by peer",
    /// "operation timed out", ...) from the error's source chain.
    #[error("{kind}: {}", bounded(causes(.0), 2 * SERVER_TEXT), kind = transport_kind(.0))]
    Transport(#[source] reqwest::Error),
    /// The answer's body is larger than the client's cap
    /// ([`ClientBuilder::max_response_bytes`](crate::ClientBuilder::max_response_bytes));
    /// nothing of it is kept. Asset downloads (`serve_asset`) are never capped.
    #[error(
        "response too large (HTTP {status}): {} exceeds the limit of {limit} bytes",
        content_length.map(|n| format!("{n} bytes")).unwrap_or_else(|| "the body".into())
    )]
    ResponseTooLarge {
        /// HTTP status of the answer.
        status: StatusCode,
        /// The cap that was hit, in bytes.
        limit: usize,
        /// The `Content-Length` the server announced, if any.
        content_length: Option<u64>,
    },
    /// The server answered with a redirect. Beeper Desktop never redirects,
    /// so the client follows none (a redirect could carry the request to
    /// another origin, or turn a `POST` into a `GET`).
    #[error("HTTP {status}: the server redirects to {}; redirects are not followed", bounded(location, SERVER_TEXT))]
    Redirect {
        /// HTTP status (3xx).
        status: StatusCode,
        /// Where the server points, as sent (`Location`), or the URL a
        /// user-supplied HTTP client ended up at.
        location: String,
    },
    /// The call's overall deadline passed (all attempts and the waits
    /// between them; see
    /// [`ClientBuilder::call_deadline`](crate::ClientBuilder::call_deadline)).
    #[error("deadline of {deadline:?} for the call passed after {attempts} attempt(s)")]
    DeadlineExceeded {
        /// The deadline that applied.
        deadline: Duration,
        /// Attempts started, including the one cut short.
        attempts: u32,
    },
    /// The request was rejected before anything was sent (an empty or `.`
    /// path ID, a missing access token, a missing required parameter, ...).
    #[error("invalid request: {}", bounded(.0, SERVER_TEXT))]
    InvalidRequest(String),
    /// The server cannot serve what the call needs. For now one case: a
    /// message walk into your own type (`stream_as`) on a server of the JS
    /// 4.x generation, which pages messages without cursors (walk it with
    /// `stream()`, which knows how).
    #[error("not supported by this server: {}", bounded(.0, SERVER_TEXT))]
    Unsupported(String),
    /// The client could not be built.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// Reading or writing a local file failed.
    #[error("I/O error: {0}")]
    Io(#[from] std::io::Error),
}

fn transport_kind(e: &reqwest::Error) -> &'static str {
    if e.is_timeout() {
        "request timed out"
    } else if e.is_connect() {
        "cannot connect to Beeper Desktop"
    } else if e.is_body() || e.is_decode() {
        "the answer was cut off"
    } else {
        "HTTP transport error"
    }
}

/// Characters of server text a display shows (message, body excerpt, serde's
/// report); the error's fields keep the text as sent.
const SERVER_TEXT: usize = 300;
/// Characters shown of short server strings (error code, JSON path).
const SHORT_TEXT: usize = 120;

/// A body's start on one line, cut to [`SERVER_TEXT`] characters.
fn excerpt(body: &[u8]) -> String {
    if body.is_empty() {
        return "(empty body)".into();
    }
    one_line::body(body, SERVER_TEXT)
}

impl Error {
    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api { status, .. }
            | Error::UnexpectedStatus { status, .. }
            | Error::Reported { status, .. }
            | Error::ResponseTooLarge { status, .. }
            | Error::Redirect { status, .. } => Some(*status),
            Error::Decode { status, .. } => *status,
            Error::Transport(e) => e.status(),
            _ => None,
        }
    }

    /// The Beeper Desktop version that gave this answer
    /// (`X-Beeper-Desktop-Version`), for the failures that come with an
    /// answer (`Api`, `UnexpectedStatus`, `Decode`, `Reported`); `None` when
    /// the server did not send it or no answer was read. Successful answers
    /// give it through [`DesktopVersion`](crate::DesktopVersion).
    pub fn desktop_version(&self) -> Option<&str> {
        match self {
            Error::Api { desktop_version, .. }
            | Error::UnexpectedStatus { desktop_version, .. }
            | Error::Decode { desktop_version, .. }
            | Error::Reported { desktop_version, .. } => desktop_version.as_deref(),
            _ => None,
        }
    }

    /// The API's machine-readable error code (`Api` errors only).
    pub fn code(&self) -> Option<&str> {
        match self {
            Error::Api { code, .. } => Some(code),
            _ => None,
        }
    }

    /// The raw response body, when one was received and kept.
    pub fn body(&self) -> Option<&[u8]> {
        match self {
            Error::UnexpectedStatus { body, .. } | Error::Decode { body, .. } => Some(body),
            _ => None,
        }
    }

    /// 404: the chat, message or other object does not exist.
    pub fn is_not_found(&self) -> bool {
        self.status() == Some(StatusCode::NOT_FOUND)
    }

    /// 401 or 403: the access token is missing, wrong or lacks rights.
    pub fn is_unauthorized(&self) -> bool {
        matches!(self.status(), Some(StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN))
    }

    /// The request timed out: one attempt took longer than the per-attempt
    /// timeout, or the call's overall deadline passed.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Transport(e) if e.is_timeout()) || matches!(self, Error::DeadlineExceeded { .. })
    }

    /// No connection could be made (Beeper Desktop not running, wrong URL).
    pub fn is_connect(&self) -> bool {
        matches!(self, Error::Transport(e) if e.is_connect())
    }
}

/// What a refused token means for the caller, from [`Error::auth_failure`].
/// Its `Display` says what to do.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AuthFailure {
    /// 401: the token is missing, unknown, revoked or expired. Tokens cannot
    /// be refreshed: sign in again.
    #[error(
        "Beeper Desktop does not accept the access token{}; sign in again (beeper_desktop::login with the \
         `login` feature, e.g. `cargo run --example login`) or set BEEPER_ACCESS_TOKEN to a new token \
         from Beeper Desktop (Settings → Developers)",
        if *expired { " (it has expired)" } else { "" }
    )]
    SignInAgain {
        /// The server said the token expired.
        expired: bool,
    },
    /// 403: the token lacks a scope this operation needs.
    #[error(
        "the access token lacks the {} scope; sign in again asking for it (scopes `read write` allow \
         sending, editing, reacting, archiving and reminders)",
        scope.as_deref().map(|s| format!("`{s}`")).unwrap_or_else(|| "needed (`write` for changes, `read` for reading)".into())
    )]
    MissingScope {
        /// The missing scope (`read` or `write`) when the server named it.
        scope: Option<String>,
    },
}

impl Error {
    /// For a 401, or a 403 that is about scopes: what is wrong with the
    /// token and how to fix it. Other 403s (a network refusing an action)
    /// give `None`.
    ///
    /// ```no_run
    /// # async fn run(client: beeper_desktop::Client) {
    /// if let Err(e) = client.list_chats().send().await {
    ///     match e.auth_failure() {
    ///         Some(failure) => eprintln!("{failure}"),
    ///         None => eprintln!("failed: {e}"),
    ///     }
    /// }
    /// # }
    /// ```
    pub fn auth_failure(&self) -> Option<AuthFailure> {
        let Error::Api { status, code, message, .. } = self else {
            return match self.status() {
                Some(StatusCode::UNAUTHORIZED) => Some(AuthFailure::SignInAgain { expired: false }),
                _ => None,
            };
        };
        let text = format!("{code} {message}").to_ascii_lowercase();
        match *status {
            StatusCode::UNAUTHORIZED => Some(AuthFailure::SignInAgain { expired: text.contains("expired") }),
            StatusCode::FORBIDDEN if text.contains("scope") => {
                // Name the scope only when the server did, as a word of its own.
                let words: Vec<&str> =
                    text.split(|c: char| !c.is_ascii_alphanumeric() && c != '_').filter(|w| !w.is_empty()).collect();
                let scope = ["write", "read"].into_iter().find(|s| words.contains(s)).map(str::to_owned);
                Some(AuthFailure::MissingScope { scope })
            }
            _ => None,
        }
    }
}

// Scrubbing lives with the error so that `secret` stays a leaf module.
impl Error {
    /// The same error with every remembered access token in its
    /// server-provided texts (message, code, details, body, location, serde's
    /// report) replaced by `<redacted>`.
    pub(crate) fn scrubbed(mut self) -> Self {
        use crate::secret::{scrub, scrub_bytes, scrub_json, scrub_string};
        match &mut self {
            Error::Api { code, message, details, .. } => {
                scrub_string(code);
                scrub_string(message);
                if let Some(details) = details {
                    scrub_json(details);
                }
            }
            Error::UnexpectedStatus { body, .. } => {
                if let Some(clean) = scrub_bytes(body) {
                    *body = clean;
                }
            }
            Error::Decode { path, body, source, .. } => {
                scrub_string(path);
                if let Some(clean) = scrub_bytes(body) {
                    *body = clean;
                }
                // serde quotes the offending value in its report.
                if let std::borrow::Cow::Owned(clean) = scrub(&source.to_string()) {
                    *source = <serde_json::Error as serde::de::Error>::custom(clean);
                }
            }
            Error::Reported { message, .. } => scrub_string(message),
            Error::Redirect { location, .. } => scrub_string(location),
            Error::InvalidRequest(message) => scrub_string(message),
            _ => {}
        }
        self
    }
}
