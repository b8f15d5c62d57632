//! What can go wrong with the events socket.

use std::time::Duration;

/// An events connection failed (or a command on it did).
///
/// Fatal for the stream when it is yielded as an `Err` item: the stream ends
/// right after it. Transient trouble (a dropped connection, a frame that does
/// not decode) is reported as an [`Event`](super::Event) instead and never
/// ends the stream.
///
/// ```no_run
/// # async fn run(client: beeper_desktop::Client) {
/// use beeper_desktop::events::EventsError;
///
/// match client.events().chats(["*"]).connect().await {
///     Ok(_events) => println!("connected"),
///     Err(EventsError::NotSupported { .. }) => println!("this Desktop build has no live events; poll instead"),
///     Err(e) if e.is_unauthorized() => println!("the access token was refused"),
///     Err(e) => println!("cannot connect: {e}"),
/// }
/// # }
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EventsError {
    /// The server refused the upgrade for the token (401, or 403 for a token
    /// without the `read` scope). Never retried.
    #[error("the events socket refused the access token (HTTP {status})")]
    Unauthorized {
        /// 401 or 403.
        status: u16,
    },
    /// The server has no events socket (404 or 405, as Beeper Desktop
    /// builds before 4.2.557 answer). Never retried.
    #[error("this Beeper Desktop has no live-events socket at {url} (HTTP {status}); update Beeper Desktop or poll")]
    NotSupported {
        /// The URL that was tried.
        url: String,
        /// 404 or 405.
        status: u16,
    },
    /// The upgrade was answered with another HTTP status.
    #[error("the events socket answered HTTP {status} instead of upgrading: {body}")]
    Handshake {
        /// The HTTP status.
        status: u16,
        /// The start of the response body, on one line.
        body: String,
    },
    /// No connection could be made, or it broke during the handshake.
    #[error("cannot connect to the events socket at {url}: {reason}")]
    Connect {
        /// The URL that was tried.
        url: String,
        /// What failed.
        reason: String,
    },
    /// The socket opened but the server did not say `ready` (or did not
    /// acknowledge the subscription) in time.
    #[error("the events socket sent no {waiting_for} within {timeout:?}")]
    ReadyTimeout {
        /// `ready` or `subscriptions.updated`.
        waiting_for: &'static str,
        /// The configured limit.
        timeout: Duration,
    },
    /// The server answered a `subscriptions.set` with an `error` frame.
    #[error("the server rejected the subscription: {message} ({code})")]
    Rejected {
        /// The server's code, e.g. `INVALID_PAYLOAD`.
        code: String,
        /// The server's explanation.
        message: String,
    },
    /// A chat ID list that the server would reject (an empty ID, or `*`
    /// mixed with specific IDs); nothing was sent.
    #[error("invalid subscription: {0}")]
    InvalidSubscription(String),
    /// The URL of the socket is not usable.
    #[error("invalid events URL {url:?}: {reason}")]
    InvalidUrl {
        /// The URL as found or given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A `wss://` URL, but the crate was built without TLS (Beeper Desktop
    /// listens on plain HTTP on localhost, so TLS is opt-in).
    #[error(
        "events URL {url:?} uses wss, but beeper-desktop was built without TLS; \
         enable the `rustls` or `native-tls` feature"
    )]
    TlsNotEnabled {
        /// The URL.
        url: String,
    },
    /// Reconnecting gave up after the configured number of attempts.
    #[error("gave up reconnecting after {attempts} attempts: {last_error}")]
    GaveUp {
        /// Attempts made.
        attempts: u32,
        /// Why the last one failed.
        last_error: Box<EventsError>,
    },
    /// The client has no access token; the socket needs one.
    #[error("no access token is configured; the events socket needs one (set BEEPER_ACCESS_TOKEN)")]
    NoAccessToken,
    /// The connection task has ended (the stream was dropped or closed).
    #[error("the events connection is closed")]
    Closed,
}

impl EventsError {
    /// The token is missing or was refused (401 or 403).
    pub fn is_unauthorized(&self) -> bool {
        match self {
            EventsError::Unauthorized { .. } | EventsError::NoAccessToken => true,
            EventsError::GaveUp { last_error, .. } => last_error.is_unauthorized(),
            _ => false,
        }
    }

    /// Whether connecting again later may help (the network, a timeout, a
    /// server error); `false` for a refused token, a missing endpoint or a
    /// bad request.
    pub fn is_transient(&self) -> bool {
        match self {
            EventsError::Connect { .. } | EventsError::ReadyTimeout { .. } => true,
            EventsError::Handshake { status, .. } => *status >= 500 || *status == 408 || *status == 429,
            _ => false,
        }
    }
}

impl EventsError {
    /// The same error with every configured access token in its
    /// server-provided texts replaced by `<redacted>`.
    pub(crate) fn scrubbed(mut self) -> Self {
        use crate::secret::scrub_string;
        match &mut self {
            EventsError::Handshake { body, .. } => scrub_string(body),
            EventsError::Connect { reason, .. } => scrub_string(reason),
            EventsError::Rejected { code, message } => {
                scrub_string(code);
                scrub_string(message);
            }
            EventsError::GaveUp { last_error, .. } => {
                let inner = std::mem::replace(&mut **last_error, EventsError::Closed);
                **last_error = inner.scrubbed();
            }
            _ => {}
        }
        self
    }
}
