//! What an answer becomes: an operation's success decoded (JSON, nothing,
//! a byte stream), or the crate's error for it (the API's error body, an
//! unexpected status, a body that does not decode, with its JSON path).

use std::marker::PhantomData;

use bytes::Bytes;
use progenitor_client::{ByteStream, ResponseValue};
use reqwest::{Response, StatusCode};
use serde::de::DeserializeOwned;

use crate::desktop_version::desktop_version;
use crate::{Error, types};

/// What a successful answer of an operation becomes.
pub(crate) trait Success {
    /// The decoded value.
    type Value;

    /// Whether `status` is one of the operation's successes (any 2xx
    /// unless the operation lists its own).
    fn is_success(status: StatusCode) -> bool {
        status.is_success()
    }

    /// The value of a successful answer; `body` is what the attempts read
    /// within the size cap (`None` when they left it to the caller: a
    /// streamed answer).
    fn value(response: Response, body: Option<Bytes>) -> Result<ResponseValue<Self::Value>, Error>;
}

/// A JSON answer decoded as `T`; a body that does not fit `T` is an
/// [`Error::Decode`] naming the JSON path.
pub(crate) struct Json<T>(PhantomData<fn() -> T>);

impl<T: DeserializeOwned> Success for Json<T> {
    type Value = T;

    fn value(mut response: Response, body: Option<Bytes>) -> Result<ResponseValue<T>, Error> {
        let status = response.status();
        let Some(body) = body else { return Err(unread_body()) };
        let headers = std::mem::take(response.headers_mut());
        match from_json(&body) {
            Ok(value) => Ok(ResponseValue::new(value, status, headers)),
            Err(e) => Err(with_version(decode_error::<T>(Some(status), body, e), desktop_version(&headers))),
        }
    }
}

/// `body` decoded as `T`. The body is checked to be UTF-8 once, then
/// parsed as text: `serde_json` then skips checking every string and key
/// of it one by one. A body that is not UTF-8 is parsed as bytes, which
/// fails where the bad byte is, as before.
fn from_json<T: DeserializeOwned>(body: &[u8]) -> serde_json::Result<T> {
    match std::str::from_utf8(body) {
        Ok(text) => serde_json::from_str(text),
        Err(_) => serde_json::from_slice(body),
    }
}

/// A JSON answer whose body can report a failure (an `error` field): set,
/// it is an [`Error::Reported`].
pub(crate) struct Reported<T>(PhantomData<fn() -> T>);

impl<T: DeserializeOwned + ReportsError> Success for Reported<T> {
    type Value = T;

    fn value(response: Response, body: Option<Bytes>) -> Result<ResponseValue<T>, Error> {
        Json::<T>::value(response, body).and_then(check_reported)
    }
}

/// An answer without a body of interest.
pub(crate) struct Empty;

impl Success for Empty {
    type Value = ();

    fn value(mut response: Response, _body: Option<Bytes>) -> Result<ResponseValue<()>, Error> {
        Ok(ResponseValue::new((), response.status(), std::mem::take(response.headers_mut())))
    }
}

/// Raw bytes streamed to the caller (`200`, or `206` for a range).
pub(crate) struct Stream;

impl Success for Stream {
    type Value = ByteStream;

    fn is_success(status: StatusCode) -> bool {
        matches!(status, StatusCode::OK | StatusCode::PARTIAL_CONTENT)
    }

    fn value(response: Response, _body: Option<Bytes>) -> Result<ResponseValue<ByteStream>, Error> {
        Ok(ResponseValue::stream(response))
    }
}

/// A failed answer: the API's error body (4xx, 5xx), or an unexpected
/// status (or an error body of another shape) with the body as it came.
pub(crate) fn failure(response: &Response, body: Bytes) -> Error {
    let status = response.status();
    let version = desktop_version(response.headers());
    if (status.is_client_error() || status.is_server_error())
        && let Ok(api) = serde_json::from_slice::<types::ApiErrorBody>(&body)
    {
        return Error::Api {
            status,
            code: api.code,
            message: api.message,
            details: api.details,
            desktop_version: version,
        };
    }
    Error::UnexpectedStatus { status, body, desktop_version: version }
}

/// The attempts read the body of every answer but a streamed success;
/// this is what a missing one would be.
pub(crate) fn unread_body() -> Error {
    Error::InvalidRequest("internal: an answer's body was not read".into())
}

/// `error` with the Desktop version of the answer it came from, for the
/// kinds that carry one.
pub(crate) fn with_version(mut error: Error, version: Option<String>) -> Error {
    if let Error::Api { desktop_version, .. }
    | Error::UnexpectedStatus { desktop_version, .. }
    | Error::Decode { desktop_version, .. }
    | Error::Reported { desktop_version, .. } = &mut error
    {
        *desktop_version = version;
    }
    error
}

/// A body that did not decode: for an error status it is just an error
/// body of another shape; for a 2xx, find the JSON path that failed.
pub(crate) fn decode_error<T: DeserializeOwned>(
    status: Option<StatusCode>,
    body: Bytes,
    source: serde_json::Error,
) -> Error {
    if status.is_some_and(|s| !s.is_success()) {
        return undecodable(status, body, source);
    }
    let mut de = serde_json::Deserializer::from_slice(&body);
    match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Err(e) => {
            let path = e.path().to_string();
            Error::Decode { status, path, body, source: e.into_inner(), desktop_version: None }
        }
        Ok(_) => undecodable(status, body, source),
    }
}

/// A body that did not decode, without looking for where: for an error
/// status it is just an error body of another shape; for a 2xx, the whole
/// body (`.`) failed.
fn undecodable(status: Option<StatusCode>, body: Bytes, source: serde_json::Error) -> Error {
    match status.filter(|s| !s.is_success()) {
        Some(status) => Error::UnexpectedStatus { status, body, desktop_version: None },
        None => Error::Decode { status, path: ".".into(), body, source, desktop_version: None },
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
        Some(message) => Err(Error::Reported {
            status: value.status(),
            message: message.to_owned(),
            desktop_version: crate::desktop_version::desktop_version(value.headers()),
        }
        .scrubbed()),
        None => Ok(value),
    }
}
