//! Per-call state shared by the transport and the error mapping of `send`.
//!
//! progenitor's generated code between the transport and the decoder only
//! passes a `reqwest::Response` along, so what does not fit in it (the body
//! the transport read within the size cap, a failure that is not a reqwest
//! error, the status of a body that did not decode) is kept here, in a
//! task-local set around every poll of the call, and picked up by
//! `super::finish` once the generated code returns.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use reqwest::StatusCode;

use crate::Error;

/// What the transport and the decoder learned during one `send`.
///
/// Small on purpose (40 bytes): it is moved in and out of the task-local on
/// every poll. What only failures need is boxed.
#[derive(Debug, Default)]
pub(crate) struct CallState {
    /// The body of the answer handed to the generated code, read (within
    /// the size cap) by the transport; that response's own body is used up.
    pub(crate) body: Option<Bytes>,
    /// What a failed call leaves behind.
    pub(crate) failed: Option<Box<Failed>>,
}

/// What a failed call leaves behind.
#[derive(Debug, Default)]
pub(crate) struct Failed {
    /// A failure decided by the transport; it wins over whatever the
    /// generated code made of the placeholder response.
    pub(crate) failure: Option<Error>,
    /// Status and `X-Beeper-Desktop-Version` of an answer whose body did
    /// not decode (the generated code keeps only the body).
    pub(crate) undecoded: Option<(StatusCode, Option<String>)>,
}

tokio::task_local! {
    static CALL: RefCell<CallState>;
}

/// Polls `call` with `state` as the call's state (tokio's `sync_scope`);
/// the state is kept in `state` between polls.
pub(crate) fn poll_scoped<F: Future + ?Sized>(
    state: &mut CallState,
    call: Pin<&mut F>,
    cx: &mut Context<'_>,
) -> Poll<F::Output> {
    let cell = RefCell::new(std::mem::take(state));
    CALL.sync_scope(cell, || {
        let poll = call.poll(cx);
        *state = CALL.with(|cell| std::mem::take(&mut *cell.borrow_mut()));
        poll
    })
}

/// Keeps the body the transport read for the answer it hands on.
pub(crate) fn keep_body(body: Bytes) {
    let _ = CALL.try_with(|cell| cell.borrow_mut().body = Some(body));
}

/// Takes the body [`keep_body`] kept, if any (outside a `send`, none).
pub(crate) fn take_body() -> Option<Bytes> {
    CALL.try_with(|cell| cell.borrow_mut().body.take()).ok().flatten()
}

/// Notes the status and Desktop version of an answer whose body did not
/// decode.
pub(crate) fn note_undecoded(status: StatusCode, desktop_version: Option<String>) {
    let _ = CALL.try_with(|cell| {
        cell.borrow_mut().failed.get_or_insert_default().undecoded = Some((status, desktop_version));
    });
}

/// Parks `error` for the running `send` and returns the placeholder
/// response the transport hands back to the generated code instead.
pub(crate) fn fail(error: Error) -> reqwest::Response {
    let _ = CALL.try_with(|cell| cell.borrow_mut().failed.get_or_insert_default().failure = Some(error));
    // Outside a `send` (not reachable through the public API) the caller
    // sees an unexpected 599, never a panic.
    let placeholder = http::Response::builder()
        .status(StatusCode::from_u16(599).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR))
        .body(Bytes::new())
        .unwrap_or_default();
    reqwest::Response::from(placeholder)
}
