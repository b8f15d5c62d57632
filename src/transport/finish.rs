//! Turns what a generated `send_raw` returns into the crate's `Result`.

use std::future::Future;
use std::pin::Pin;

use bytes::Bytes;
use progenitor_client::ResponseValue;
use reqwest::StatusCode;
use serde::de::DeserializeOwned;

use crate::Error;
use crate::types;

type RawResult<T> = Result<ResponseValue<T>, progenitor_client::Error<types::ApiErrorBody>>;

/// Runs a generated `send_raw` for a JSON answer of type `T`; a body that
/// does not decode names the JSON path that failed.
pub(crate) fn finish_json<T, F>(raw: F) -> Pin<Box<impl Future<Output = Result<ResponseValue<T>, Error>>>>
where
    T: DeserializeOwned,
    F: Future<Output = RawResult<T>>,
{
    finish(raw, decode_error::<T>)
}

/// Runs a generated `send_raw` for an answer without a JSON body.
pub(crate) fn finish_raw<T, F>(raw: F) -> Pin<Box<impl Future<Output = Result<ResponseValue<T>, Error>>>>
where
    F: Future<Output = RawResult<T>>,
{
    finish(raw, undecodable)
}

/// What a body that did not decode becomes (given its status, the body and
/// serde's report).
type Undecodable = fn(Option<StatusCode>, Bytes, serde_json::Error) -> Error;

/// Runs the generated code in a fresh call scope and maps what it returns:
/// a failure the `exec` hook parked wins over what the generated code made
/// of it; any other failure gets the Desktop version of its answer. Every
/// error leaves scrubbed.
///
/// The call runs in one heap allocation: `raw` (the request, its attempts
/// and the body read) is kilobytes of state, and every `.await` of a call
/// would otherwise add all of it to the caller's own future.
fn finish<T, F>(raw: F, undecodable: Undecodable) -> Pin<Box<impl Future<Output = Result<ResponseValue<T>, Error>>>>
where
    F: Future<Output = RawResult<T>>,
{
    // Boxed straight from the argument: moving the large future into the
    // async block first would copy all of its bytes once more.
    let raw = Box::pin(raw);
    Box::pin(async move {
        let (result, call) = crate::transport::call::scope(raw).await;
        if let Some(parked) = call.failure {
            return Err(parked.scrubbed());
        }
        match result {
            Ok(value) => Ok(value),
            Err(e) => {
                Err(with_version(convert(e, call.status, call.body, undecodable).await, call.desktop_version)
                    .scrubbed())
            }
        }
    })
}

/// `error` with the Desktop version of the answer it came from, for the
/// kinds that carry one.
fn with_version(mut error: Error, version: Option<String>) -> Error {
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

/// What the generated code's failure means for the caller; `status` is that
/// of the last answer seen, `body` the body the hook read for it (when
/// nothing decoded it), and a body that did not decode goes to
/// `undecodable`.
async fn convert(
    e: progenitor_client::Error<types::ApiErrorBody>,
    status: Option<StatusCode>,
    body: Option<Bytes>,
    undecodable: Undecodable,
) -> Error {
    use progenitor_client::Error as P;
    match e {
        P::ErrorResponse(value) => {
            let status = value.status();
            let body = value.into_inner();
            Error::Api { status, code: body.code, message: body.message, details: body.details, desktop_version: None }
        }
        P::UnexpectedResponse(response) => {
            let status = response.status();
            let read = match body {
                Some(body) => Ok(body),
                None => response.bytes().await,
            };
            match read {
                Ok(body) => Error::UnexpectedStatus { status, body, desktop_version: None },
                Err(e) => Error::Transport(e),
            }
        }
        P::InvalidResponsePayload(body, source) => undecodable(status, body, source),
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
        Some(message) => Err(Error::Reported {
            status: value.status(),
            message: message.to_owned(),
            desktop_version: crate::desktop_version::desktop_version(value.headers()),
        }
        .scrubbed()),
        None => Ok(value),
    }
}
