//! One call on the wire: attempts and retries within the call deadline,
//! the body size cap, refused redirects, and the call's `tracing` span.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use futures::future::Either;
use reqwest::header::LOCATION;
use reqwest::{Method, Request, Response, StatusCode};
use tokio::time::Instant;
use tracing::Instrument;
use tracing::field::Empty;

use super::answer::{Stream, Success};
use super::retry;
use super::spare::Spare;
use crate::Error;
use crate::client::ClientState;
use crate::generated::spec::Operation;

/// What a call's attempts end in: the answer, with its body when it was
/// read here (every answer but a streamed success), or the failure.
pub(crate) type Answered = Result<(Response, Option<Bytes>), Error>;

/// How one attempt ended.
enum Outcome {
    /// The call is over with this answer and the body read within the cap
    /// (`None`: a streamed success, its body left to the caller).
    Done(Response, Option<Bytes>),
    /// The call is over with a transport failure.
    Lost(reqwest::Error),
    /// The call is over with a failure of the crate's own.
    Fail(Error),
    /// Try again after `wait`.
    Retry { wait: Duration, reason: String, status: Option<StatusCode> },
}

/// Sends `request` for `op` until it succeeds, fails for good, runs out of
/// retries or passes the call deadline.
///
/// The attempts run in a heap block of their own, kept under 1 KiB so
/// that the allocator serves it from its per-thread cache (the whole call
/// in one block is larger, and a larger block costs about a thousand
/// instructions more to allocate and free): the request goes to reqwest
/// before the loop starts, so the loop holds only reqwest's pending
/// request and the spare copy, and what only a listening subscriber
/// needs is boxed.
pub(crate) fn execute<'a>(
    http: &'a reqwest::Client,
    state: &'a ClientState,
    op: &'static Operation,
    mut request: Request,
) -> Pin<Box<impl Future<Output = Answered> + Send + 'a>> {
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
    let trace = (!span.is_disabled()).then(|| Box::new(Trace { span, started: Instant::now(), version: None }));
    let deadline = state.call_deadline.and_then(|d| Instant::now().checked_add(d));
    let spare = prepare_attempt(state, 0, &mut request);
    let method = request.method().clone();
    let pending = send_once(http, request);
    // An `async` block, not an `async fn`: the parameters of an `async fn`
    // are moved into locals and take their room twice.
    Box::pin(run(Attempts { http, state, op, deadline }, trace, pending, method, spare))
}

/// reqwest's future of one request (what `Client::execute` returns).
type Pending = <reqwest::Client as tower_service::Service<Request>>::Future;

/// Hands `request` to reqwest (`Client::execute`, through its `Service`
/// implementation, whose future type has a name).
fn send_once(http: &reqwest::Client, request: Request) -> Pending {
    tower_service::Service::call(&mut &*http, request)
}

/// What stays the same over a call's attempts.
struct Attempts<'a> {
    http: &'a reqwest::Client,
    state: &'a ClientState,
    op: &'static Operation,
    deadline: Option<Instant>,
}

/// The call's span and what is recorded in it, when a subscriber listens.
struct Trace {
    span: tracing::Span,
    started: Instant,
    /// The Desktop version of the last answer.
    version: Option<String>,
}

/// The spare copy of `request` when another attempt may follow retry
/// number `retry` (`None` for a streaming body: it cannot be replayed), and
/// the attempt's own timeout when it differs from the client's.
fn prepare_attempt(state: &ClientState, retry: u32, request: &mut Request) -> Option<Spare> {
    let spare = if retry < state.retry.max_retries { Spare::of(request) } else { None };
    if let Some(timeout) = state.attempt_timeout.filter(|t| state.client_timeout != Some(*t)) {
        *request.timeout_mut() = Some(timeout);
    }
    spare
}

/// The attempt loop, from the first attempt's pending answer. A plain `fn`
/// returning an `async` block: the parameters of an `async fn` are moved
/// into locals and would take their room twice.
// Deliberately not an `async fn` (see above).
#[allow(clippy::manual_async_fn)]
fn run<'a>(
    shared: Attempts<'a>,
    mut trace: Option<Box<Trace>>,
    mut pending: Pending,
    mut method: Method,
    mut spare: Option<Spare>,
) -> impl Future<Output = Answered> + 'a {
    async move {
        let mut retry = 0u32;
        let (result, attempts, status) = loop {
            let attempt = retry + 1;
            let may_retry = spare.is_some();
            let one = match &mut trace {
                None => Either::Left(attempt_once(pending, &shared, &method, retry, may_retry, None)),
                Some(trace) => {
                    let span = trace.span.clone();
                    let one = attempt_once(pending, &shared, &method, retry, may_retry, Some(&mut trace.version));
                    Either::Right(Box::pin(one.instrument(span)))
                }
            };
            // reqwest's timeout of the attempt covers the body read too: when
            // it ends before the call deadline, a second timer is not needed
            // (and the rare one that is lives on the heap).
            // Without a call deadline (the default) no clock is read.
            let timer = shared.deadline.filter(|at| {
                let attempt_ends = shared.state.attempt_timeout.and_then(|t| Instant::now().checked_add(t));
                attempt_ends.is_none_or(|end| end >= *at)
            });
            let outcome = match timer {
                Some(at) => Box::pin(tokio::time::timeout_at(at, one)).await.unwrap_or_else(|_| {
                    Outcome::Fail(Error::DeadlineExceeded {
                        deadline: shared.state.call_deadline.unwrap_or_default(),
                        attempts: attempt,
                    })
                }),
                None => one.await,
            };
            match outcome {
                Outcome::Done(response, body) => {
                    let status = Some(response.status());
                    break (Ok((response, body)), attempt, status);
                }
                Outcome::Lost(error) => break (Err(Error::Transport(error)), attempt, None),
                Outcome::Fail(error) => {
                    let status = error.status();
                    break (Err(error), attempt, status);
                }
                Outcome::Retry { wait, reason, status } => {
                    let wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX);
                    let retrying = || {
                        tracing::info!(
                            operation = shared.op.id,
                            attempt,
                            status = status.map(|s| s.as_u16()),
                            reason = reason.as_str(),
                            wait_ms,
                            "retrying"
                        );
                    };
                    match &trace {
                        Some(trace) => trace.span.in_scope(retrying),
                        None => retrying(),
                    }
                    tokio::time::sleep(wait).await;
                    // `attempt_once` only decides a retry when a spare exists.
                    let Some(next) = spare.take() else {
                        let error = Error::InvalidRequest("internal: retry without a spare request".into());
                        break (Err(error), attempt, status);
                    };
                    retry += 1;
                    let mut request = next.into_request();
                    spare = prepare_attempt(shared.state, retry, &mut request);
                    method = request.method().clone();
                    pending = send_once(shared.http, request);
                }
            }
        };
        let Some(trace) = trace else { return result };
        let Trace { span, started, version } = *trace;
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
            Err(Error::Transport(e)) => {
                tracing::debug!(attempts, duration_ms, reason = retry::error_reason(e), "failed")
            }
            // A failure of the crate's own after an answer came (a redirect,
            // an answer over the size cap) still had an answer.
            _ if status.is_some() => tracing::debug!(attempts, duration_ms, "answered"),
            _ => tracing::debug!(attempts, duration_ms, "failed before an answer was read"),
        });
        result
    }
}

/// One attempt: wait for the answer, judge it, read a capped body.
/// `may_retry`: a spare copy exists; `version`, when given, gets the
/// answer's Desktop version (for the span).
// Not an `async fn`: its parameters would take their room twice.
#[allow(clippy::manual_async_fn)]
fn attempt_once<'a>(
    pending: Pending,
    shared: &'a Attempts<'_>,
    method: &'a Method,
    retry: u32,
    may_retry: bool,
    version: Option<&'a mut Option<String>>,
) -> impl Future<Output = Outcome> + 'a {
    async move {
        let state = shared.state;
        // A retry only happens when its wait ends before the deadline.
        let fits = |wait: Duration| may_retry && shared.deadline.is_none_or(|at| Instant::now() + wait < at);

        let mut response = match pending.await {
            Ok(response) => response,
            Err(error) => {
                let wait = retry::delay(&state.retry, retry, None);
                if retry::retry_after_error(method, &error) && fits(wait) {
                    return Outcome::Retry { wait, reason: retry::error_reason(&error).into(), status: None };
                }
                return Outcome::Lost(error);
            }
        };
        let status = response.status();
        if let Some(version) = version {
            *version = crate::desktop_version::desktop_version(response.headers());
        }

        if let Some(location) = redirect_target(&state.base_url, &response) {
            return Outcome::Fail(Error::Redirect { status, location });
        }
        if retry::retry_after_response(method, &response) {
            let wait = retry::delay(&state.retry, retry, Some(&response));
            if fits(wait) {
                return Outcome::Retry { wait, reason: format!("HTTP {}", status.as_u16()), status: Some(status) };
            }
        }
        // Raw bytes (`serve_asset`) stream to the caller uncapped, for the
        // statuses that answer with them (`answer::Stream`); every other body
        // is read here, within the attempt's limits.
        let op = shared.op;
        let streamed = !op.accept.is_empty() && op.accept != "*/*" && Stream::is_success(status);
        if streamed {
            return Outcome::Done(response, None);
        }
        match read_capped(&mut response, state.max_response_bytes).await {
            // The response's own body is used up: the caller decodes these bytes.
            Ok(body) => Outcome::Done(response, Some(body)),
            Err(BodyFailure::TooLarge { content_length }) => {
                Outcome::Fail(Error::ResponseTooLarge { status, limit: state.max_response_bytes, content_length })
            }
            Err(BodyFailure::Read(error)) => {
                // The answer was lost mid-body: harmless to ask again only
                // for idempotent methods (a POST has already been acted on).
                let wait = retry::delay(&state.retry, retry, None);
                if retry::is_idempotent(method) && fits(wait) {
                    return Outcome::Retry { wait, reason: "body read failed".into(), status: Some(status) };
                }
                Outcome::Lost(error)
            }
        }
    }
}

/// Where a redirect points, or the URL a user-supplied client ended up at
/// when it followed one to another origin than the base URL's (every
/// request goes to the base URL's origin).
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
