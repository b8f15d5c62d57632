//! When and how long to wait before sending a request again.
//!
//! The rule that matters most: a request that may have reached the server is
//! only repeated when repeating it is harmless. `GET`, `HEAD`, `PUT`,
//! `DELETE` and `OPTIONS` are idempotent and are retried on connection
//! errors, timeouts, an answer cut off mid-body and 408/409/429/5xx answers. `POST` and `PATCH` (sending
//! a message, creating a chat, ...) are retried only when the connection
//! was never established, or when the server explicitly answers a failure
//! with `x-should-retry: true`. So a message is never sent twice. A
//! successful (2xx) answer is never retried, whatever its headers say (the
//! official SDKs read `x-should-retry` only on failed answers).

use std::time::{Duration, SystemTime};

use reqwest::{Method, Response, StatusCode};

/// How a [`Client`](crate::Client) retries failed requests.
///
/// ```
/// use std::time::Duration;
/// use beeper_desktop::{Client, RetryPolicy};
///
/// let client = Client::builder()
///     .retry_policy(RetryPolicy::default().with_max_retries(4).with_initial_backoff(Duration::from_millis(200)))
///     .build()
///     .unwrap();
/// # let _ = client;
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// Extra attempts after the first one (default 2; 0 disables retries).
    pub max_retries: u32,
    /// Wait before the first retry; doubled for each further one (default 0.5 s).
    pub initial_backoff: Duration,
    /// Upper bound of the computed wait (default 8 s).
    pub max_backoff: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self { max_retries: 2, initial_backoff: Duration::from_millis(500), max_backoff: Duration::from_secs(8) }
    }
}

impl RetryPolicy {
    /// A policy that never retries.
    pub fn none() -> Self {
        Self { max_retries: 0, ..Self::default() }
    }

    /// Sets [`Self::max_retries`].
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// Sets [`Self::initial_backoff`].
    pub fn with_initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// Sets [`Self::max_backoff`].
    pub fn with_max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }
}

/// The longest server-requested wait we honour; longer ones fall back to
/// our own backoff.
const MAX_SERVER_DELAY: Duration = Duration::from_secs(60);

/// Methods whose repetition is harmless.
pub(crate) fn is_idempotent(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS)
}

/// Whether a transport error is worth another attempt.
pub(crate) fn retry_after_error(method: &Method, error: &reqwest::Error) -> bool {
    // A failed connect means nothing was sent: safe for every method.
    error.is_connect() || (is_idempotent(method) && (error.is_timeout() || error.is_request()))
}

/// What a transport error was, for logs (never the URL: it carries IDs).
pub(crate) fn error_reason(error: &reqwest::Error) -> &'static str {
    if error.is_connect() {
        "connect error"
    } else if error.is_timeout() {
        "timeout"
    } else if error.is_body() || error.is_decode() {
        "body read failed"
    } else {
        "connection failed"
    }
}

/// Whether a response is worth another attempt.
pub(crate) fn retry_after_response(method: &Method, response: &Response) -> bool {
    let status = response.status();
    // Only failures are retried: a success is final (a 2xx carrying
    // `x-should-retry: true` must not send a message again).
    if !status.is_client_error() && !status.is_server_error() {
        return false;
    }
    match response.headers().get("x-should-retry").and_then(|v| v.to_str().ok()) {
        Some("true") => return true,
        Some("false") => return false,
        _ => {}
    }
    is_idempotent(method)
        && (status == StatusCode::REQUEST_TIMEOUT
            || status == StatusCode::CONFLICT
            || status == StatusCode::TOO_MANY_REQUESTS
            || status.is_server_error())
}

/// How long to wait before retry number `retry` (0 for the first retry).
pub(crate) fn delay(policy: &RetryPolicy, retry: u32, response: Option<&Response>) -> Duration {
    if let Some(server) = response.and_then(server_delay) {
        return server;
    }
    let exp = policy.initial_backoff.saturating_mul(2u32.saturating_pow(retry.min(16)));
    let capped = exp.min(policy.max_backoff);
    // Up to 25 % jitter so clients that failed together do not retry together.
    let nanos = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0);
    let jitter = f64::from(nanos % 1000) / 1000.0 * 0.25;
    capped.mul_f64(1.0 - jitter)
}

/// `retry-after-ms`, then `retry-after` (seconds or an HTTP date), when
/// between 0 and 60 s.
fn server_delay(response: &Response) -> Option<Duration> {
    let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok());
    let delay = header("retry-after-ms")
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|ms| ms.is_finite() && *ms > 0.0)
        .map(|ms| Duration::from_secs_f64(ms / 1000.0))
        .or_else(|| {
            let value = header("retry-after")?.trim();
            if let Ok(secs) = value.parse::<f64>() {
                return (secs.is_finite() && secs > 0.0).then(|| Duration::from_secs_f64(secs));
            }
            let at = chrono::DateTime::parse_from_rfc2822(value).ok()?;
            (at.with_timezone(&chrono::Utc) - chrono::Utc::now()).to_std().ok()
        })?;
    (delay > Duration::ZERO && delay <= MAX_SERVER_DELAY).then_some(delay)
}
