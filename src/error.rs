//! The crate's one error type.

use std::cell::Cell;
use std::future::Future;

use bytes::Bytes;
use progenitor_client::ResponseValue;
use reqwest::StatusCode;
use serde::de::DeserializeOwned;

use crate::client::ConfigError;
use crate::types;

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
    #[error("HTTP {status}: {} ({})", one_line(message), one_line(code))]
    Api {
        /// HTTP status.
        status: StatusCode,
        /// Machine-readable reason, e.g. `not_found`.
        code: String,
        /// Human-readable explanation.
        message: String,
        /// Extra context of any shape (validation issues, for instance).
        details: Option<serde_json::Value>,
    },
    /// The server answered with a status the API does not use this way, or
    /// with an error body that is not the API's error shape.
    #[error("unexpected HTTP {status} response: {}", excerpt(body))]
    UnexpectedStatus {
        /// HTTP status.
        status: StatusCode,
        /// The raw body.
        body: Bytes,
    },
    /// A successful answer whose body does not have the expected shape.
    #[error("cannot decode the response{} at `{path}`: {source}", status.map(|s| format!(" (HTTP {s})")).unwrap_or_default())]
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
    },
    /// A 2xx answer that reports a failure in its body (the `error` field
    /// of asset downloads and uploads).
    #[error("Beeper Desktop reported a failure (HTTP {status}): {}", one_line(message))]
    Reported {
        /// HTTP status (2xx).
        status: StatusCode,
        /// The `error` text.
        message: String,
    },
    /// The request did not complete: connection refused, timeout, broken
    /// connection.
    #[error("{kind}: {0}", kind = transport_kind(.0))]
    Transport(#[source] reqwest::Error),
    /// The request was rejected before anything was sent (an empty or `.`
    /// path ID, a missing access token, a missing required parameter, ...).
    #[error("invalid request: {0}")]
    InvalidRequest(String),
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
    } else {
        "HTTP transport error"
    }
}

/// Server text folded onto one line (displays stay one line; the fields
/// keep the text as sent).
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// First 200 characters of a body, on one line.
fn excerpt(body: &[u8]) -> String {
    if body.is_empty() {
        return "(empty body)".into();
    }
    let text = one_line(&String::from_utf8_lossy(body));
    if text.chars().count() > 200 { text.chars().take(200).collect::<String>() + "…" } else { text }
}

impl Error {
    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api { status, .. } | Error::UnexpectedStatus { status, .. } | Error::Reported { status, .. } => {
                Some(*status)
            }
            Error::Decode { status, .. } => *status,
            Error::Transport(e) => e.status(),
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

    /// The request timed out.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Transport(e) if e.is_timeout())
    }

    /// No connection could be made (Beeper Desktop not running, wrong URL).
    pub fn is_connect(&self) -> bool {
        matches!(self, Error::Transport(e) if e.is_connect())
    }
}

tokio::task_local! {
    /// Status of the last response seen by the `exec` hook inside a `send`,
    /// so a body that fails to decode keeps its status.
    static LAST_STATUS: Cell<Option<StatusCode>>;
}

/// Called by the `exec` hook for every response.
pub(crate) fn record_status(status: StatusCode) {
    let _ = LAST_STATUS.try_with(|cell| cell.set(Some(status)));
}

type RawResult<T> = Result<ResponseValue<T>, progenitor_client::Error<types::ApiErrorBody>>;

/// Runs a generated `send_raw` for a JSON answer of type `T`.
pub(crate) async fn finish_json<T, F>(raw: F) -> Result<ResponseValue<T>, Error>
where
    T: DeserializeOwned,
    F: Future<Output = RawResult<T>>,
{
    let (result, status) = run(raw).await;
    match result {
        Ok(value) => Ok(value),
        Err(progenitor_client::Error::InvalidResponsePayload(body, source)) => {
            Err(decode_error::<T>(status, body, source))
        }
        Err(other) => Err(convert(other, status).await),
    }
}

/// Runs a generated `send_raw` for an answer without a JSON body.
pub(crate) async fn finish_raw<T, F>(raw: F) -> Result<ResponseValue<T>, Error>
where
    F: Future<Output = RawResult<T>>,
{
    let (result, status) = run(raw).await;
    match result {
        Ok(value) => Ok(value),
        Err(e) => Err(convert(e, status).await),
    }
}

async fn run<T, F>(raw: F) -> (RawResult<T>, Option<StatusCode>)
where
    F: Future<Output = RawResult<T>>,
{
    LAST_STATUS
        .scope(Cell::new(None), async move {
            let result = raw.await;
            (result, LAST_STATUS.with(Cell::get))
        })
        .await
}

/// A body that did not decode: for an error status it is just an error
/// body of another shape; for a 2xx, find the JSON path that failed.
fn decode_error<T: DeserializeOwned>(status: Option<StatusCode>, body: Bytes, source: serde_json::Error) -> Error {
    if let Some(status) = status.filter(|s| !s.is_success()) {
        return Error::UnexpectedStatus { status, body };
    }
    let mut de = serde_json::Deserializer::from_slice(&body);
    match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Err(e) => {
            let path = e.path().to_string();
            Error::Decode { status, path, body, source: e.into_inner() }
        }
        Ok(_) => Error::Decode { status, path: ".".into(), body, source },
    }
}

async fn convert(e: progenitor_client::Error<types::ApiErrorBody>, status: Option<StatusCode>) -> Error {
    use progenitor_client::Error as P;
    match e {
        P::ErrorResponse(value) => {
            let status = value.status();
            let body = value.into_inner();
            Error::Api { status, code: body.code, message: body.message, details: body.details }
        }
        P::UnexpectedResponse(response) => {
            let status = response.status();
            match response.bytes().await {
                Ok(body) => Error::UnexpectedStatus { status, body },
                Err(e) => Error::Transport(e),
            }
        }
        P::InvalidResponsePayload(body, source) => match status.filter(|s| !s.is_success()) {
            Some(status) => Error::UnexpectedStatus { status, body },
            None => Error::Decode { status, path: ".".into(), body, source },
        },
        P::CommunicationError(e) | P::ResponseBodyError(e) | P::InvalidUpgrade(e) => Error::Transport(e),
        P::InvalidRequest(message) | P::Custom(message) => Error::InvalidRequest(message),
    }
}

/// Answers that can carry a failure in a 2xx body.
pub(crate) trait ReportsError {
    /// The reported failure, if any.
    fn reported_error(&self) -> Option<&str>;
}

impl ReportsError for types::AssetDownloadResponse {
    fn reported_error(&self) -> Option<&str> {
        self.error.as_deref()
    }
}

impl ReportsError for types::AssetUploadResponse {
    fn reported_error(&self) -> Option<&str> {
        self.error.as_deref()
    }
}

/// Turns a 2xx answer whose `error` field is set (and not empty) into
/// [`Error::Reported`].
pub(crate) fn check_reported<T: ReportsError>(value: ResponseValue<T>) -> Result<ResponseValue<T>, Error> {
    match value.reported_error().map(str::trim).filter(|m| !m.is_empty()) {
        Some(message) => Err(Error::Reported { status: value.status(), message: message.to_owned() }),
        None => Ok(value),
    }
}
