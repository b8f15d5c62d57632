//! Sending a message once and waiting for the final message it becomes.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use tokio::time::Instant;

use crate::types::{self, SendStatusKind};
use crate::{Client, Error};

/// How long [`SendAndWait`] waits unless told otherwise.
pub const DEFAULT_SEND_WAIT_TIMEOUT: Duration = Duration::from_secs(30);

/// Why [`SendAndWait::send`] did not produce the final message.
///
/// Only [`SendWaitError::Send`] means the message may not have been sent;
/// every other case carries the `sent` answer (chat and pending ID), so the
/// message can still be looked up later instead of being sent again.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SendWaitError {
    /// The send request itself failed. After a timeout or a broken
    /// connection the message may still have reached Beeper Desktop; it is
    /// not sent again automatically.
    #[error("sending the message failed: {0}")]
    Send(#[source] Error),
    /// The messaging network refused the message (`sendStatus` is
    /// `FAIL_RETRIABLE`, `FAIL_PERMANENT` or another `FAIL…` value).
    #[error("the message was not delivered: {}", failure_text(message))]
    NotDelivered {
        /// The send's answer.
        sent: types::MessageSendResponse,
        /// The message with its failed `send_status`.
        message: Box<types::Message>,
    },
    /// The message was sent but looking it up failed with an error that
    /// waiting does not fix (a refused token, for instance).
    #[error("the message was sent (pending ID {}) but looking it up failed: {source}", sent.pending_message_id)]
    Lookup {
        /// The send's answer.
        sent: types::MessageSendResponse,
        /// What the lookup answered.
        #[source]
        source: Error,
    },
    /// No final message within the timeout.
    #[error("the message (pending ID {}) was not confirmed within {timeout:?}", sent.pending_message_id)]
    TimedOut {
        /// The send's answer.
        sent: types::MessageSendResponse,
        /// The configured limit.
        timeout: Duration,
        /// The last state seen, when the message was visible but still pending.
        last_seen: Option<Box<types::Message>>,
        /// The last lookup failure, when lookups failed transiently.
        last_error: Option<Error>,
    },
}

fn failure_text(message: &types::Message) -> String {
    match &message.send_status {
        Some(s) => {
            let why = s.message.as_deref().or(s.reason.as_deref()).unwrap_or("no reason given");
            format!("{} ({})", s.status.as_str(), why.split_whitespace().collect::<Vec<_>>().join(" "))
        }
        None => "no send status".into(),
    }
}

impl SendWaitError {
    /// The send's answer (chat and pending ID), when the send went through.
    pub fn sent(&self) -> Option<&types::MessageSendResponse> {
        match self {
            SendWaitError::Send(_) => None,
            SendWaitError::NotDelivered { sent, .. }
            | SendWaitError::Lookup { sent, .. }
            | SendWaitError::TimedOut { sent, .. } => Some(sent),
        }
    }
}

/// Where a looked-up message stands.
enum State {
    Final,
    Failed,
    Pending,
}

fn state(message: &types::Message) -> State {
    match message.send_status.as_ref().map(|s| &s.status) {
        None | Some(SendStatusKind::Success) => State::Final,
        Some(SendStatusKind::Pending) => State::Pending,
        Some(SendStatusKind::FailRetriable | SendStatusKind::FailPermanent) => State::Failed,
        // Unknown values: failures are named FAIL_*; anything else is taken as settled.
        Some(SendStatusKind::Other(s)) if s.starts_with("FAIL") => State::Failed,
        Some(_) => State::Final,
    }
}

/// Lookup errors that waiting can fix: not visible yet, or the app is busy.
fn worth_waiting(e: &Error) -> bool {
    e.is_not_found()
        || e.is_timeout()
        || e.is_connect()
        || e.status().is_some_and(|s| s.is_server_error() || s.as_u16() == 429 || s.as_u16() == 408)
}

/// Sends a message and resolves the final [`types::Message`]; from
/// [`Client::send_message_and_wait`].
#[derive(Debug)]
#[must_use = "nothing is sent until `send` is awaited"]
pub struct SendAndWait<'a> {
    client: &'a Client,
    chat_id: String,
    body: types::SendMessageRequest,
    timeout: Duration,
    poll_interval: Duration,
    max_poll_interval: Duration,
    #[cfg(feature = "events")]
    use_events: bool,
}

impl Client {
    /// Sends a message **once** and waits until Beeper Desktop reports the
    /// final message (the one to react to, edit or reply to), instead of
    /// the pending ID that [`Client::send_message`] answers with.
    ///
    /// It looks the pending ID up with `get_message` with backoff (250 ms
    /// doubling to 2 s); with the `events` feature it also listens on the
    /// live-events socket and looks again as soon as the chat reports a
    /// message change. A message whose `sendStatus` is `PENDING` is waited
    /// for; `FAIL_*` is [`SendWaitError::NotDelivered`]; anything else (or no
    /// status) is final.
    ///
    /// ```no_run
    /// # async fn run(client: beeper_desktop::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use beeper_desktop::types::SendMessageRequest;
    ///
    /// let body = SendMessageRequest { text: Some("On my way".into()), ..Default::default() };
    /// let message = client.send_message_and_wait("!chat:beeper.local", body).timeout(Duration::from_secs(20)).send().await?;
    /// client.add_reaction().chat_id(&message.chat_id).message_id(&message.id)
    ///     .body_map(|b| b.reaction_key("👍".to_owned())).send().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn send_message_and_wait(
        &self,
        chat_id: impl Into<String>,
        body: types::SendMessageRequest,
    ) -> SendAndWait<'_> {
        SendAndWait {
            client: self,
            chat_id: chat_id.into(),
            body,
            timeout: DEFAULT_SEND_WAIT_TIMEOUT,
            poll_interval: Duration::from_millis(250),
            max_poll_interval: Duration::from_secs(2),
            #[cfg(feature = "events")]
            use_events: true,
        }
    }
}

impl<'a> SendAndWait<'a> {
    /// How long to wait for the final message after sending (default 30 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// First wait between lookups, doubled up to `max` (default 250 ms to 2 s).
    pub fn poll_interval(mut self, first: Duration, max: Duration) -> Self {
        self.poll_interval = first.max(Duration::from_millis(1));
        self.max_poll_interval = max.max(self.poll_interval);
        self
    }

    /// Whether to listen on the events socket as well as polling (default
    /// `true`; falls back to polling alone when the socket is unavailable).
    #[cfg(feature = "events")]
    pub fn use_events(mut self, use_events: bool) -> Self {
        self.use_events = use_events;
        self
    }

    /// Sends, then waits; see [`Client::send_message_and_wait`].
    ///
    /// The waiting (events socket, lookups, timers) runs in one heap
    /// allocation, so awaiting it adds only a pointer to the caller's future.
    pub fn send(self) -> Pin<Box<impl Future<Output = Result<types::Message, SendWaitError>> + 'a>> {
        Box::pin(self.send_and_wait())
    }

    async fn send_and_wait(self) -> Result<types::Message, SendWaitError> {
        #[cfg(feature = "events")]
        let mut events = if self.use_events { listen(self.client, &self.chat_id).await } else { None };

        let sent = self
            .client
            .send_message()
            .chat_id(&self.chat_id)
            .body(self.body)
            .send()
            .await
            .map_err(SendWaitError::Send)?
            .into_inner();
        let deadline = Instant::now() + self.timeout;

        #[cfg(feature = "events")]
        if sent.chat_id != self.chat_id {
            // A merged chat answered with its member chat: follow that one.
            if let Some(stream) = &events {
                let subscription = stream.subscription();
                let chat_id = sent.chat_id.clone();
                tokio::spawn(async move { subscription.set_chats([chat_id]).await });
            }
        }

        let mut delay = self.poll_interval;
        let mut last_seen = None;
        let mut last_error = None;
        loop {
            let lookup = self.client.get_message().chat_id(&sent.chat_id).message_id(&sent.pending_message_id).send();
            match lookup.await {
                Ok(message) => {
                    let message = message.into_inner();
                    match state(&message) {
                        State::Final => return Ok(message),
                        State::Failed => return Err(SendWaitError::NotDelivered { sent, message: Box::new(message) }),
                        State::Pending => last_seen = Some(Box::new(message)),
                    }
                }
                Err(e) if worth_waiting(&e) => last_error = (!e.is_not_found()).then_some(e),
                Err(source) => return Err(SendWaitError::Lookup { sent, source }),
            }
            let now = Instant::now();
            if now >= deadline {
                return Err(SendWaitError::TimedOut { sent, timeout: self.timeout, last_seen, last_error });
            }
            let wake = (now + delay).min(deadline);
            #[cfg(feature = "events")]
            wait_for_change(&mut events, &sent.chat_id, wake).await;
            #[cfg(not(feature = "events"))]
            tokio::time::sleep_until(wake).await;
            delay = (delay * 2).min(self.max_poll_interval);
        }
    }
}

/// Opens a short-lived events connection for one chat; `None` when the
/// socket is unavailable (polling alone then).
#[cfg(feature = "events")]
async fn listen(client: &Client, chat_id: &str) -> Option<crate::events::EventStream> {
    use crate::events::ReconnectPolicy;
    client
        .events()
        .chats([chat_id])
        .dial_timeout(Duration::from_secs(3))
        .ready_timeout(Duration::from_secs(3))
        .reconnect(ReconnectPolicy::never())
        .connect()
        .await
        .ok()
}

/// Waits until `wake`, or earlier when the chat reports a message change.
/// A failed socket is dropped and polling goes on alone.
#[cfg(feature = "events")]
async fn wait_for_change(events: &mut Option<crate::events::EventStream>, chat_id: &str, wake: Instant) {
    use crate::events::Event;
    use futures::StreamExt;

    let Some(stream) = events.as_mut() else {
        tokio::time::sleep_until(wake).await;
        return;
    };
    let socket_failed = loop {
        tokio::select! {
            _ = tokio::time::sleep_until(wake) => break false,
            item = stream.next() => match item {
                Some(Ok(Event::MessageUpserted { meta, .. })) if meta.chat_id == chat_id => break false,
                // The change may be among what was dropped: look now.
                Some(Ok(Event::Lagged { .. })) => break false,
                Some(Ok(_)) => {}
                Some(Err(_)) | None => break true,
            },
        }
    };
    if socket_failed {
        *events = None;
        tokio::time::sleep_until(wake).await;
    }
}
