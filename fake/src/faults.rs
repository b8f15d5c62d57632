//! Injected faults: make one route answer an error status, a body of your
//! choosing, or late, for a number of requests or until cleared.

use std::sync::Mutex;
use std::time::Duration;

use axum::extract::{MatchedPath, Request};
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;

/// A fault to inject on one route.
///
/// ```
/// use std::time::Duration;
/// use beeper_desktop_fake::Fault;
///
/// // The next send answers 500 once, then sends work again.
/// let once = Fault::status("send_message", 500).times(1);
/// // Every chat listing waits 2 s before answering.
/// let slow = Fault::delay("list_chats", Duration::from_secs(2));
/// // `get_info` answers 200 with a body of the wrong shape.
/// let wrong = Fault::body("get_info", 200, r#"{"app": "Beeper"}"#);
/// # let _ = (once, slow, wrong);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Fault {
    method: String,
    path: String,
    status: Option<StatusCode>,
    error: Option<ApiError>,
    body: Option<RawBody>,
    delay: Option<Duration>,
    remaining: Option<u32>,
}

/// An exact answer body and its content type.
#[derive(Clone, Debug, PartialEq)]
struct RawBody {
    content_type: String,
    bytes: Vec<u8>,
}

impl Fault {
    /// A fault on the operation with this snake_case ID (as in
    /// `beeper_desktop::spec::OPERATIONS`, e.g. `send_message`), or on a
    /// route given as `"METHOD /path/{template}"`.
    fn target(operation: &str) -> (String, String) {
        if let Some(op) = beeper_desktop::spec::OPERATIONS.iter().find(|op| op.id == operation) {
            return (op.method.to_owned(), op.path.to_owned());
        }
        match operation.split_once(' ') {
            Some((method, path)) => (method.to_ascii_uppercase(), path.to_owned()),
            // Unknown names match nothing rather than everything.
            None => (String::new(), operation.to_owned()),
        }
    }

    /// Answer `status` with an error body (`{"code": "INJECTED_FAULT", ...}`).
    pub fn status(operation: &str, status: u16) -> Self {
        let (method, path) = Self::target(operation);
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        Self { method, path, status: Some(status), error: None, body: None, delay: None, remaining: None }
    }

    /// Answer with this exact error.
    pub fn error(operation: &str, error: ApiError) -> Self {
        let (method, path) = Self::target(operation);
        Self { method, path, status: Some(error.status), error: Some(error), body: None, delay: None, remaining: None }
    }

    /// Answer `status` with exactly these bytes as `application/json`
    /// (malformed JSON included), without running the route: for testing
    /// how a caller copes with a body the API never sends. An invalid
    /// status becomes 500.
    pub fn body(operation: &str, status: u16, body: impl Into<Vec<u8>>) -> Self {
        let (method, path) = Self::target(operation);
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = RawBody { content_type: "application/json".to_owned(), bytes: body.into() };
        Self { method, path, status: Some(status), error: None, body: Some(body), delay: None, remaining: None }
    }

    /// Send the [`Fault::body`] with this `Content-Type` instead.
    pub fn content_type(mut self, content_type: &str) -> Self {
        if let Some(body) = self.body.as_mut() {
            body.content_type = content_type.to_owned();
        }
        self
    }

    /// Wait `delay` before handling the request normally.
    pub fn delay(operation: &str, delay: Duration) -> Self {
        let (method, path) = Self::target(operation);
        Self { method, path, status: None, error: None, body: None, delay: Some(delay), remaining: None }
    }

    /// Also wait `delay` before answering.
    pub fn with_delay(mut self, delay: Duration) -> Self {
        self.delay = Some(delay);
        self
    }

    /// Apply to the next `n` matching requests only.
    pub fn times(mut self, n: u32) -> Self {
        self.remaining = Some(n);
        self
    }

    fn matches(&self, method: &str, path: &str) -> bool {
        self.method == method && self.path == path && self.remaining != Some(0)
    }
}

/// The faults currently armed.
#[derive(Debug, Default)]
pub struct Faults {
    armed: Mutex<Vec<Fault>>,
}

impl Faults {
    /// Arms a fault (after those already armed; the first match wins).
    pub fn inject(&self, fault: Fault) {
        self.armed.lock().unwrap_or_else(|p| p.into_inner()).push(fault);
    }

    /// Disarms every fault.
    pub fn clear(&self) {
        self.armed.lock().unwrap_or_else(|p| p.into_inner()).clear();
    }

    /// Takes one use of the first fault matching the route.
    fn take(&self, method: &str, path: &str) -> Option<Fault> {
        let mut armed = self.armed.lock().unwrap_or_else(|p| p.into_inner());
        let fault = armed.iter_mut().find(|f| f.matches(method, path))?;
        if let Some(n) = fault.remaining.as_mut() {
            *n -= 1;
        }
        let taken = fault.clone();
        armed.retain(|f| f.remaining != Some(0));
        Some(taken)
    }
}

/// The body of the faults middleware (installed by `routes::router` as a
/// route layer, so the route template is known): applies an armed fault
/// before the handler runs.
pub async fn apply(faults: &Faults, matched: Option<MatchedPath>, request: Request, next: Next) -> Response {
    let path = matched.as_ref().map(MatchedPath::as_str).unwrap_or_else(|| request.uri().path()).to_owned();
    let method = request.method().as_str().to_owned();
    let Some(fault) = faults.take(&method, &path) else {
        return next.run(request).await;
    };
    if let Some(delay) = fault.delay {
        tokio::time::sleep(delay).await;
    }
    if let (Some(body), Some(status)) = (fault.body, fault.status) {
        return (status, [(CONTENT_TYPE, body.content_type)], body.bytes).into_response();
    }
    match (fault.error, fault.status) {
        (Some(error), _) => error.into_response(),
        (None, Some(status)) => {
            ApiError::new(status, "INJECTED_FAULT", format!("Fault injected on {method} {path}")).into_response()
        }
        (None, None) => next.run(request).await,
    }
}
