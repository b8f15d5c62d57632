//! Per-call state shared by the `exec` hook and the error mapping of `send`.
//!
//! progenitor's `exec` hook can only answer with a `reqwest::Result`, so a
//! failure that is not a reqwest error (a body over the size cap, a
//! redirect, the call deadline) is parked here and picked up by
//! `super::finish` once the generated code returns.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use reqwest::StatusCode;

use crate::Error;

/// What the `exec` hook learned during one `send`.
#[derive(Debug, Default)]
pub(crate) struct CallState {
    /// Status of the last response seen, so a body that fails to decode
    /// keeps its status.
    pub(crate) status: Option<StatusCode>,
    /// `X-Beeper-Desktop-Version` of that response.
    pub(crate) desktop_version: Option<String>,
    /// A failure decided by the hook; it wins over whatever the generated
    /// code made of the placeholder response. Boxed: the state is moved in
    /// and out of the task-local on every poll, so it is kept small.
    pub(crate) failure: Option<Box<Error>>,
    /// The body of the answer handed to the generated code, read (within
    /// the size cap) by the hook; that response's own body is used up.
    pub(crate) body: Option<Bytes>,
}

tokio::task_local! {
    static CALL: RefCell<CallState>;
}

/// Runs one `send` with fresh per-call state and returns that state.
///
/// Each poll of `call` runs with the state set (tokio's `sync_scope`), and
/// the state is kept here between polls. Unlike `LocalKey::scope` around
/// an `async` block, the call's output (the decoded answer, often hundreds
/// of bytes) is not copied through two more futures on its way out, nor
/// on every poll that is still pending.
pub(crate) fn scope<F: Future + Unpin>(call: F) -> Scoped<F> {
    Scoped { call, state: CallState::default(), output: None }
}

/// The future of [`scope`].
pub(crate) struct Scoped<F: Future> {
    call: F,
    state: CallState,
    output: Option<F::Output>,
}

// No field is ever pinned: `call` is `Unpin` and polled through `Pin::new`.
impl<F: Future + Unpin> Unpin for Scoped<F> {}

impl<F: Future + Unpin> Future for Scoped<F> {
    type Output = (F::Output, CallState);

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = &mut *self;
        let cell = RefCell::new(std::mem::take(&mut this.state));
        let (call, state, output) = (&mut this.call, &mut this.state, &mut this.output);
        CALL.sync_scope(cell, || {
            if let Poll::Ready(done) = Pin::new(call).poll(cx) {
                *output = Some(done);
            }
            *state = CALL.with(|cell| std::mem::take(&mut *cell.borrow_mut()));
        });
        match this.output.take() {
            Some(done) => Poll::Ready((done, std::mem::take(&mut this.state))),
            None => Poll::Pending,
        }
    }
}

/// Records the status and Desktop version of a response seen by the hook.
pub(crate) fn record_answer(status: StatusCode, desktop_version: Option<String>) {
    let _ = CALL.try_with(|cell| {
        let mut state = cell.borrow_mut();
        state.status = Some(status);
        state.desktop_version = desktop_version;
    });
}

/// Keeps the body the hook read for the answer it hands on.
pub(crate) fn keep_body(body: Bytes) {
    let _ = CALL.try_with(|cell| cell.borrow_mut().body = Some(body));
}

/// Takes the body [`keep_body`] kept, if any (outside a `send`, none).
pub(crate) fn take_body() -> Option<Bytes> {
    CALL.try_with(|cell| cell.borrow_mut().body.take()).ok().flatten()
}

/// The Desktop version of the last response seen in this `send`.
pub(crate) fn desktop_version() -> Option<String> {
    CALL.try_with(|cell| cell.borrow().desktop_version.clone()).ok().flatten()
}

/// Parks `error` for the running `send` and returns the placeholder
/// response the hook hands back to the generated code instead.
pub(crate) fn fail(error: Error) -> reqwest::Response {
    let _ = CALL.try_with(|cell| cell.borrow_mut().failure = Some(Box::new(error)));
    // Outside a `send` (not reachable through the public API) the caller
    // sees an unexpected 599, never a panic.
    let placeholder = http::Response::builder()
        .status(StatusCode::from_u16(599).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR))
        .body(Bytes::new())
        .unwrap_or_default();
    reqwest::Response::from(placeholder)
}
