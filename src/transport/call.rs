//! Per-call state shared by the `exec` hook and the error mapping of `send`.
//!
//! progenitor's `exec` hook can only answer with a `reqwest::Result`, so a
//! failure that is not a reqwest error (a body over the size cap, a
//! redirect, the call deadline) is parked here and picked up by
//! `super::finish` once the generated code returns.

use std::cell::RefCell;
use std::future::Future;

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
}

tokio::task_local! {
    static CALL: RefCell<CallState>;
}

/// Runs one `send` with fresh per-call state and returns that state.
pub(crate) async fn scope<F: Future>(call: F) -> (F::Output, CallState) {
    CALL.scope(RefCell::new(CallState::default()), async move {
        let output = call.await;
        let state = CALL.with(|cell| std::mem::take(&mut *cell.borrow_mut()));
        (output, state)
    })
    .await
}

/// Records the status and Desktop version of a response seen by the hook.
pub(crate) fn record_answer(status: StatusCode, desktop_version: Option<String>) {
    let _ = CALL.try_with(|cell| {
        let mut state = cell.borrow_mut();
        state.status = Some(status);
        state.desktop_version = desktop_version;
    });
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
