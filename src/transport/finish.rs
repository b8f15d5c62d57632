//! Turns what a generated `send_raw` returns into the crate's `Result`.

use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use bytes::Bytes;
use progenitor_client::ResponseValue;
use reqwest::StatusCode;
use serde::de::DeserializeOwned;

use super::call::{self, CallState};
use crate::Error;
use crate::types;

type RawResult<T> = Result<ResponseValue<T>, progenitor_client::Error<types::ApiErrorBody>>;

/// Runs a generated `send_raw` for a JSON answer of type `T`; a body that
/// does not decode names the JSON path that failed.
pub(crate) fn finish_json<T, F>(raw: F) -> Finish<T, F>
where
    T: DeserializeOwned,
    F: Future<Output = RawResult<T>>,
{
    finish(raw, decode_error::<T>)
}

/// Runs a generated `send_raw` for an answer without a JSON body.
pub(crate) fn finish_raw<T, F>(raw: F) -> Finish<T, F>
where
    F: Future<Output = RawResult<T>>,
{
    finish(raw, undecodable)
}

/// What a body that did not decode becomes (given its status, the body and
/// serde's report).
type Undecodable = fn(Option<StatusCode>, Bytes, serde_json::Error) -> Error;

/// The call runs in one heap allocation: `raw` (the request, its attempts
/// and the body read) is kilobytes of state, and every `.await` of a call
/// would otherwise add all of it to the caller's own future.
fn finish<T, F>(raw: F, undecodable: Undecodable) -> Finish<T, F>
where
    F: Future<Output = RawResult<T>>,
{
    Finish { raw: Box::pin(raw), state: CallState::default(), undecodable, reading: None, decoded: PhantomData }
}

/// The future of a call: the generated code run in its call state, and
/// what it returns mapped to the crate's `Result`. A failure the transport
/// parked wins over what the generated code made of it; any other failure
/// gets the Desktop version of its answer. Every error leaves scrubbed.
///
/// A decoded answer leaves the generated code's future straight for the
/// caller, not copied through further futures.
pub(crate) struct Finish<T, F> {
    raw: Pin<Box<F>>,
    state: CallState,
    undecodable: Undecodable,
    /// The body of an unexpected answer the transport did not read (not
    /// expected: it reads every body it hands on).
    reading: Option<Pin<Box<dyn Future<Output = Error> + Send>>>,
    decoded: PhantomData<fn() -> T>,
}

impl<T, F> Future for Finish<T, F>
where
    F: Future<Output = RawResult<T>>,
{
    type Output = Result<ResponseValue<T>, Error>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = &mut *self;
        if let Some(reading) = &mut this.reading {
            return reading.as_mut().poll(cx).map(|error| Err(error.scrubbed()));
        }
        let result = ready!(call::poll_scoped(&mut this.state, this.raw.as_mut(), cx));
        let CallState { body, failed } = std::mem::take(&mut this.state);
        let (failure, undecoded) = match failed {
            Some(failed) => (failed.failure, failed.undecoded),
            None => (None, None),
        };
        if let Some(parked) = failure {
            return Poll::Ready(Err(parked.scrubbed()));
        }
        let error = match result {
            Ok(value) => return Poll::Ready(Ok(value)),
            Err(error) => error,
        };
        match convert(error, undecoded, body, this.undecodable) {
            Converted::Done(error) => Poll::Ready(Err(error.scrubbed())),
            Converted::Read(reading) => {
                this.reading = Some(reading);
                self.poll(cx)
            }
        }
    }
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

/// The mapped failure, or (for an unexpected answer whose body nobody
/// read) the read that ends in it.
enum Converted {
    Done(Error),
    Read(Pin<Box<dyn Future<Output = Error> + Send>>),
}

/// What the generated code's failure means for the caller: `undecoded` is
/// the status and Desktop version of an answer whose body did not decode
/// (that body goes to `undecodable`), `body` the body the transport read
/// for an answer nothing decoded.
fn convert(
    e: progenitor_client::Error<types::ApiErrorBody>,
    undecoded: Option<(StatusCode, Option<String>)>,
    body: Option<Bytes>,
    undecodable: Undecodable,
) -> Converted {
    use progenitor_client::Error as P;
    Converted::Done(match e {
        P::ErrorResponse(value) => {
            let status = value.status();
            let version = crate::desktop_version::desktop_version(value.headers());
            let body = value.into_inner();
            let error = Error::Api {
                status,
                code: body.code,
                message: body.message,
                details: body.details,
                desktop_version: None,
            };
            with_version(error, version)
        }
        P::UnexpectedResponse(response) => {
            let status = response.status();
            let version = crate::desktop_version::desktop_version(response.headers());
            let Some(body) = body else {
                return Converted::Read(Box::pin(async move {
                    match response.bytes().await {
                        Ok(body) => {
                            with_version(Error::UnexpectedStatus { status, body, desktop_version: None }, version)
                        }
                        Err(e) => Error::Transport(e),
                    }
                }));
            };
            with_version(Error::UnexpectedStatus { status, body, desktop_version: None }, version)
        }
        P::InvalidResponsePayload(body, source) => {
            let (status, version) = undecoded.map_or((None, None), |(status, version)| (Some(status), version));
            with_version(undecodable(status, body, source), version)
        }
        P::CommunicationError(e) | P::ResponseBodyError(e) | P::InvalidUpgrade(e) => Error::Transport(e),
        P::InvalidRequest(message) | P::Custom(message) => Error::InvalidRequest(message),
    })
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
