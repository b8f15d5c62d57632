//! One operation's call as a single future: the request built on the first
//! poll, its attempts, and the answer mapped straight to the crate's
//! `Result`.
//!
//! The generated `send()` of an operation hands [`call`] its operation's
//! row and a closure that runs the checks and builds the request. Nothing
//! sits between the attempts and the caller: the decoded answer is made
//! in [`Call::poll`] and returned from there, not passed up through the
//! nested futures of progenitor's `send_raw`.

use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use progenitor_client::ResponseValue;
use reqwest::Request;

use super::answer::{Success, failure, unread_body};
use super::attempts::{self, Answered};
use super::prepare::prepare;
use crate::generated::spec::Operation;
use crate::{Client, Error, types};

/// The call of operation `op`: `build` runs its checks and builds its
/// request on the first poll (so a call made outside a runtime only
/// needs one when it is awaited), then the attempts run and the answer
/// becomes `S`'s value or the crate's error. Every error leaves scrubbed.
pub(crate) fn call<'a, S, B>(op: &'static Operation, build: B) -> Call<'a, S, B>
where
    S: Success,
    B: FnOnce() -> Result<(&'a Client, Request), Error> + Unpin,
{
    Call { op, state: State::Start(build), success: PhantomData }
}

/// The future of [`call`].
pub(crate) struct Call<'a, S, B> {
    op: &'static Operation,
    state: State<'a, B>,
    success: PhantomData<fn() -> S>,
}

enum State<'a, B> {
    /// Not polled yet.
    Start(B),
    /// The attempts.
    Sending(Sending<'a>),
    /// Answered.
    Done,
}

impl<'a, S, B> Future for Call<'a, S, B>
where
    S: Success,
    B: FnOnce() -> Result<(&'a Client, Request), Error> + Unpin,
{
    type Output = Result<ResponseValue<S::Value>, Error>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        loop {
            match &mut this.state {
                State::Start(_) => {
                    let State::Start(build) = std::mem::replace(&mut this.state, State::Done) else {
                        unreachable!("matched above")
                    };
                    match start(this.op, build) {
                        Ok(sending) => this.state = State::Sending(sending),
                        Err(error) => return Poll::Ready(Err(error.scrubbed())),
                    }
                }
                State::Sending(attempts) => {
                    let answered = ready!(attempts.as_mut().poll(cx));
                    this.state = State::Done;
                    let (response, body) = match answered {
                        Ok(answer) => answer,
                        Err(error) => return Poll::Ready(Err(error.scrubbed())),
                    };
                    let status = response.status();
                    if S::is_success(status) {
                        return Poll::Ready(S::value(response, body).map_err(Error::scrubbed));
                    }
                    let error = match body {
                        Some(body) => failure(&response, body),
                        None => unread_body(),
                    };
                    return Poll::Ready(Err(error.scrubbed()));
                }
                State::Done => {
                    return Poll::Ready(Err(Error::InvalidRequest("internal: a call polled after it ended".into())));
                }
            }
        }
    }
}

/// The attempts of a started call, in a heap block of their own.
type Sending<'a> = Pin<Box<dyn Future<Output = Answered> + Send + 'a>>;

/// The checks and the request, then the attempts.
fn start<'a, B>(op: &'static Operation, build: B) -> Result<Sending<'a>, Error>
where
    B: FnOnce() -> Result<(&'a Client, Request), Error>,
{
    let (client, mut request) = build()?;
    prepare(&client.inner, op, &mut request).map_err(Error::InvalidRequest)?;
    Ok(attempts::execute(&client.client, &client.inner, op, request))
}

/// The request progenitor's builder code made, or why it could not make it.
pub(crate) fn built(
    request: Result<(&Client, Request), progenitor_client::Error<types::ApiErrorBody>>,
) -> Result<(&Client, Request), Error> {
    use progenitor_client::Error as P;
    request.map_err(|e| match e {
        P::InvalidRequest(message) | P::Custom(message) => Error::InvalidRequest(message),
        P::CommunicationError(e) | P::ResponseBodyError(e) | P::InvalidUpgrade(e) => Error::Transport(e),
        other => Error::InvalidRequest(other.to_string()),
    })
}
