//! One call on the wire: attempts and retries within the call deadline,
//! the body size cap, refused redirects, and the call's `tracing` span.

use std::time::Duration;

use bytes::{Bytes, BytesMut};
use reqwest::header::LOCATION;
use reqwest::{Request, Response, StatusCode};
use tokio::time::Instant;
use tracing::Instrument;
use tracing::field::Empty;

use super::call;
use super::retry;
use super::spare::Spare;
use crate::Error;
use crate::client::ClientState;
use crate::generated::spec::Operation;

/// How one attempt ended.
enum Outcome {
    /// The call is over with this (the body of a capped answer is read).
    Done(reqwest::Result<Response>),
    /// The call is over with a failure of the crate's own.
    Fail(Error),
    /// Try again after `wait`.
    Retry { wait: Duration, reason: String, status: Option<StatusCode> },
}

/// Sends `request` for `op` until it succeeds, fails for good, runs out of
/// retries or passes the call deadline. Failures that are not reqwest
/// errors are parked in [`call`] and answered with a placeholder.
pub(crate) async fn execute(
    http: &reqwest::Client,
    state: &ClientState,
    op: &'static Operation,
    request: Request,
) -> reqwest::Result<Response> {
    // Only the path template is recorded: the actual path and the query
    // carry chat and message IDs, and headers carry the token.
    let span = tracing::debug_span!(
        "beeper_desktop.request",
        operation = op.id,
        method = op.method,
        path = op.path,
        attempts = Empty,
        status = Empty,
        desktop_version = Empty,
        duration_ms = Empty,
    );
    // No subscriber listens: no clock reads, no span entered per poll, no
    // Desktop version read for it.
    if span.is_disabled() {
        return run(http, state, op, request, None).await.0;
    }
    let started = Instant::now();
    let mut version = None;
    let (result, attempts, status) = run(http, state, op, request, Some(&mut version)).instrument(span.clone()).await;
    let duration_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    span.record("attempts", attempts);
    span.record("duration_ms", duration_ms);
    if let Some(status) = status {
        span.record("status", status.as_u16());
    }
    if let Some(version) = version {
        span.record("desktop_version", version.as_str());
    }
    span.in_scope(|| match &result {
        Ok(_) if status.is_some() => tracing::debug!(attempts, duration_ms, "answered"),
        Ok(_) => tracing::debug!(attempts, duration_ms, "failed before an answer was read"),
        Err(e) => tracing::debug!(attempts, duration_ms, reason = retry::error_reason(e), "failed"),
    });
    result
}

/// Runs the attempts; answers the result, the number of attempts and the
/// status of the last answer. `version`, when given, gets the Desktop
/// version of the last answer (for the call's span).
async fn run(
    http: &reqwest::Client,
    state: &ClientState,
    op: &'static Operation,
    mut request: Request,
    mut version: Option<&mut Option<String>>,
) -> (reqwest::Result<Response>, u32, Option<StatusCode>) {
    let policy = state.retry;
    let deadline = state.call_deadline.and_then(|d| Instant::now().checked_add(d));
    let mut retry = 0u32;
    loop {
        let attempt = retry + 1;
        // A streaming body (file upload) cannot be replayed: one attempt.
        let spare = if retry < policy.max_retries { Spare::of(&request) } else { None };
        if let Some(timeout) = state.attempt_timeout.filter(|t| state.client_timeout != Some(*t)) {
            *request.timeout_mut() = Some(timeout);
        }
        let one = attempt_once(http, state, op, request, retry, spare.as_ref(), deadline, version.as_deref_mut());
        // reqwest's timeout of the attempt covers the body read too: when
        // it ends before the call deadline, a second timer is not needed.
        let attempt_ends = state.attempt_timeout.and_then(|t| Instant::now().checked_add(t));
        let outcome = match deadline.filter(|at| attempt_ends.is_none_or(|end| end >= *at)) {
            Some(at) => tokio::time::timeout_at(at, one).await.unwrap_or_else(|_| {
                Outcome::Fail(Error::DeadlineExceeded {
                    deadline: state.call_deadline.unwrap_or_default(),
                    attempts: attempt,
                })
            }),
            None => one.await,
        };
        match outcome {
            Outcome::Done(result) => {
                let status = result.as_ref().ok().map(Response::status);
                return (result, attempt, status);
            }
            Outcome::Fail(error) => {
                let status = error.status();
                return (Ok(call::fail(error)), attempt, status);
            }
            Outcome::Retry { wait, reason, status } => {
                let wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX);
                tracing::info!(
                    operation = op.id,
                    attempt,
                    status = status.map(|s| s.as_u16()),
                    reason = reason.as_str(),
                    wait_ms,
                    "retrying"
                );
                tokio::time::sleep(wait).await;
                // `attempt_once` only decides a retry when a spare exists.
                let Some(next) = spare else {
                    let error = Error::InvalidRequest("internal: retry without a spare request".into());
                    return (Ok(call::fail(error)), attempt, status);
                };
                request = next.into_request();
                retry += 1;
            }
        }
    }
}

/// One attempt: send, judge the answer, read a capped body.
#[allow(clippy::too_many_arguments)]
async fn attempt_once(
    http: &reqwest::Client,
    state: &ClientState,
    op: &'static Operation,
    request: Request,
    retry: u32,
    spare: Option<&Spare>,
    deadline: Option<Instant>,
    version: Option<&mut Option<String>>,
) -> Outcome {
    let policy = &state.retry;
    let method = request.method().clone();
    // The URL it went to, for the redirect check: the spare's copy when
    // there is one (no second copy of the URL per call).
    let may_retry = spare.is_some();
    let url = match spare {
        Some(spare) => std::borrow::Cow::Borrowed(spare.url()),
        None => std::borrow::Cow::Owned(request.url().clone()),
    };
    // A retry only happens when its wait ends before the deadline.
    let fits = |wait: Duration| may_retry && deadline.is_none_or(|at| Instant::now() + wait < at);

    let mut response = match http.execute(request).await {
        Ok(response) => response,
        Err(error) => {
            let wait = retry::delay(policy, retry, None);
            if retry::retry_after_error(&method, &error) && fits(wait) {
                return Outcome::Retry { wait, reason: retry::error_reason(&error).into(), status: None };
            }
            return Outcome::Done(Err(error));
        }
    };
    let status = response.status();
    if let Some(version) = version {
        *version = crate::desktop_version::desktop_version(response.headers());
    }

    if let Some(location) = redirect_target(&url, &response) {
        return Outcome::Fail(Error::Redirect { status, location });
    }
    if retry::retry_after_response(&method, &response) {
        let wait = retry::delay(policy, retry, Some(&response));
        if fits(wait) {
            return Outcome::Retry { wait, reason: format!("HTTP {}", status.as_u16()), status: Some(status) };
        }
    }
    // Raw bytes (`serve_asset`) stream to the caller uncapped; JSON and
    // error bodies are read here, within the attempt's limits.
    let streamed = !op.accept.is_empty() && op.accept != "*/*" && status.is_success();
    if streamed {
        return Outcome::Done(Ok(response));
    }
    match read_capped(&mut response, state.max_response_bytes).await {
        Ok(body) => {
            // The generated code gets this response (its body used up) and
            // decodes the kept bytes.
            call::keep_body(body);
            Outcome::Done(Ok(response))
        }
        Err(BodyFailure::TooLarge { content_length }) => {
            Outcome::Fail(Error::ResponseTooLarge { status, limit: state.max_response_bytes, content_length })
        }
        Err(BodyFailure::Read(error)) => {
            // The answer was lost mid-body: harmless to ask again only
            // for idempotent methods (a POST has already been acted on).
            let wait = retry::delay(policy, retry, None);
            if retry::is_idempotent(&method) && fits(wait) {
                return Outcome::Retry { wait, reason: "body read failed".into(), status: Some(status) };
            }
            Outcome::Done(Err(error))
        }
    }
}

/// Where a redirect points, or the URL a user-supplied client ended up at
/// when it followed one to another origin.
fn redirect_target(sent_to: &reqwest::Url, response: &Response) -> Option<String> {
    if response.status().is_redirection()
        && let Some(location) = response.headers().get(LOCATION)
    {
        return Some(String::from_utf8_lossy(location.as_bytes()).into_owned());
    }
    let got = response.url();
    let same_origin = got.scheme() == sent_to.scheme()
        && got.host() == sent_to.host()
        && got.port_or_known_default() == sent_to.port_or_known_default();
    (!same_origin).then(|| got.to_string())
}

enum BodyFailure {
    TooLarge { content_length: Option<u64> },
    Read(reqwest::Error),
}

/// Reads the whole body, refusing more than `limit` bytes (announced or
/// received).
async fn read_capped(response: &mut Response, limit: usize) -> Result<Bytes, BodyFailure> {
    let announced = response.content_length();
    if announced.is_some_and(|n| n > limit as u64) {
        return Err(BodyFailure::TooLarge { content_length: announced });
    }
    let initial = announced.map_or(0, |n| n as usize).min(limit).min(1 << 20);
    // A body that arrives in one chunk (the usual small answer) is kept as
    // it came; only a second chunk starts a buffer.
    let (mut first, mut joined, mut received) = (Bytes::new(), None::<BytesMut>, 0usize);
    while let Some(chunk) = response.chunk().await.map_err(BodyFailure::Read)? {
        received += chunk.len();
        if received > limit {
            return Err(BodyFailure::TooLarge { content_length: announced });
        }
        match &mut joined {
            Some(buffer) => buffer.extend_from_slice(&chunk),
            None if first.is_empty() => first = chunk,
            None => {
                let mut buffer = BytesMut::with_capacity(initial.max(received));
                buffer.extend_from_slice(&first);
                buffer.extend_from_slice(&chunk);
                joined = Some(buffer);
            }
        }
    }
    Ok(joined.map_or(first, BytesMut::freeze))
}
