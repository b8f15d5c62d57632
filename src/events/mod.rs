//! Live events from Beeper Desktop's `/v1/ws` WebSocket as a typed stream that reconnects on its own.
//!
//! Needs the `events` cargo feature. Start with [`Client::events`]:
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use beeper_desktop::events::Event;
//! use futures::TryStreamExt;
//!
//! let client = beeper_desktop::Client::from_env()?;
//! let mut events = client.events().chats(["*"]).connect().await?;
//! while let Some(event) = events.try_next().await? {
//!     match event {
//!         Event::MessageUpserted { messages, .. } => {
//!             for m in messages {
//!                 println!("{}: {}", m.sender_name.as_deref().unwrap_or(&m.sender_id), m.text.unwrap_or_default());
//!             }
//!         }
//!         Event::Reconnected { missed } => {
//!             // Events are never replayed: re-sync over REST, e.g.
//!             // `client.list_messages().chat_id(..).cursor(newest_sort_key).direction(after)`.
//!             println!("reconnected; changes since {} may be missing", missed.since);
//!         }
//!         _ => {}
//!     }
//! }
//! # Ok(())
//! # }
//! ```
//!
//! How it behaves:
//! - The socket URL comes from `endpoints.ws_events` of `/v1/info`
//!   (falling back to `<base URL>/v1/ws`), with `http`→`ws`, `https`→`wss`;
//!   the upgrade carries the client's bearer token and is sent by the
//!   client's own HTTP client (so `wss://` trusts what `https://` trusts). A
//!   `wss://` socket needs the `rustls` or `native-tls` feature; without one
//!   it is [`EventsError::TlsNotEnabled`].
//! - The token is never logged, by this crate or by a dependency, and never
//!   repeated in an error or event text, even when a server echoes it back.
//! - [`EventsBuilder::connect`] returns once the server said `ready` and
//!   acknowledged the subscription; it does not retry. A refused token is
//!   [`EventsError::Unauthorized`], a Desktop without the socket is
//!   [`EventsError::NotSupported`].
//! - Afterwards a dropped connection is retried with backoff
//!   ([`ReconnectPolicy`]), reported as [`Event::Disconnected`] and
//!   [`Event::Reconnected`]; the subscription is sent again. A refused token
//!   or a vanished endpoint ends the stream with an `Err` item instead.
//! - A frame that does not decode costs only itself ([`Event::Malformed`],
//!   [`Event::Unknown`]); frames up to [`DEFAULT_MAX_FRAME_SIZE`] are read.
//! - The stream is backed by a task on the current tokio runtime; dropping
//!   the stream closes the socket.
//!
//! # A busy consumer
//!
//! The connection task reads the socket all the time, whatever the consumer
//! does, and puts what it reads into a bounded buffer
//! ([`EventsBuilder::buffer`]: by default [`DEFAULT_BUFFER_EVENTS`] items or
//! [`DEFAULT_BUFFER_BYTES`] of frame text, whichever is reached first). So
//! between two polls a consumer may take as long as it likes (a long REST
//! re-sync after [`Event::Reconnected`], for instance):
//! - pings and pongs keep flowing, so a slow consumer never makes a healthy
//!   connection look dead, and the server never sees a stalled reader;
//! - [`Subscription::set_chats`] is sent and acknowledged at once, even with
//!   thousands of events waiting unread;
//! - nothing that fits in the buffer is lost. When it is full, further items
//!   are dropped and counted, and the count arrives in their place as one
//!   [`Event::Lagged`] `{ dropped }`: items before and after it are complete
//!   and in order. Never an unbounded queue, never a silent loss.
//!
//! Memory is bounded by the byte budget plus one frame (decoded events take
//! roughly as much again as their text); dropping the stream frees it at once.
//!
//! # Numbering
//!
//! Every frame that carries a `seq`, whatever its type (unknown and
//! malformed frames too), is counted. A jump is reported as
//! [`Event::SeqGap`], a `seq` that goes back or repeats on the same
//! connection as [`Event::SeqRestarted`]; a new connection starts a fresh
//! count.

mod buffer;
mod connection;
mod error;
mod event;
mod reconnect;
mod url;

use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use futures::Stream;
use reqwest::header::HeaderValue;
use tokio::sync::{mpsc, oneshot};

use buffer::Limits;

pub use error::EventsError;
pub use event::{Event, EventMeta, Missed, Ready, UndecodedEntry};
pub use reconnect::ReconnectPolicy;

use crate::Client;
use crate::client::DEFAULT_USER_AGENT;
use connection::{Command, Settings, Task};

/// Largest frame read unless told otherwise (16 MiB; message entries make
/// frames large, and clients of the real app needed 8 MiB).
pub const DEFAULT_MAX_FRAME_SIZE: usize = 16 * 1024 * 1024;
/// How long to wait for `ready` and for each subscription ack.
pub const DEFAULT_READY_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a dial (TCP connect plus upgrade) may take.
pub const DEFAULT_DIAL_TIMEOUT: Duration = Duration::from_secs(10);
/// How often the client pings; a ping unanswered until the next one means
/// the connection is dead.
pub const DEFAULT_PING_INTERVAL: Duration = Duration::from_secs(30);
/// Items the stream holds for a consumer that falls behind, unless told
/// otherwise (see [`EventsBuilder::buffer`]). A flood of 200 events a
/// second fills it in under three minutes.
pub const DEFAULT_BUFFER_EVENTS: usize = 32_768;
/// Frame text the stream holds for a consumer that falls behind, unless
/// told otherwise (64 MiB; see [`EventsBuilder::buffer_bytes`]).
pub const DEFAULT_BUFFER_BYTES: usize = 64 * 1024 * 1024;

/// Checks a chat list the way the server would: no empty IDs, `*` alone.
fn checked_chat_ids<I, S>(chat_ids: I) -> Result<Vec<String>, EventsError>
where
    I: IntoIterator<Item = S>,
    S: Into<String>,
{
    let mut ids: Vec<String> = Vec::new();
    for id in chat_ids {
        let id = id.into().trim().to_owned();
        if id.is_empty() {
            return Err(EventsError::InvalidSubscription("a chat ID is empty".into()));
        }
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    if ids.len() > 1 && ids.iter().any(|id| id == "*") {
        return Err(EventsError::InvalidSubscription("`*` cannot be combined with specific chat IDs".into()));
    }
    Ok(ids)
}

/// Settings of an events connection; from [`Client::events`].
#[derive(Debug)]
#[must_use = "nothing happens until `connect` is awaited"]
pub struct EventsBuilder<'a> {
    client: &'a Client,
    chat_ids: Result<Vec<String>, String>,
    url: Option<String>,
    ready_timeout: Duration,
    dial_timeout: Duration,
    ping_interval: Duration,
    max_frame_size: usize,
    reconnect: ReconnectPolicy,
    buffer: Limits,
    app_state: bool,
}

impl Client {
    /// Starts an events connection (the `/v1/ws` WebSocket); see the
    /// [`events`](crate::events) module. Subscribes to every chat unless
    /// [`EventsBuilder::chats`] says otherwise.
    pub fn events(&self) -> EventsBuilder<'_> {
        EventsBuilder {
            client: self,
            chat_ids: Ok(vec!["*".to_owned()]),
            url: None,
            ready_timeout: DEFAULT_READY_TIMEOUT,
            dial_timeout: DEFAULT_DIAL_TIMEOUT,
            ping_interval: DEFAULT_PING_INTERVAL,
            max_frame_size: DEFAULT_MAX_FRAME_SIZE,
            reconnect: ReconnectPolicy::default(),
            buffer: Limits { items: DEFAULT_BUFFER_EVENTS, bytes: DEFAULT_BUFFER_BYTES },
            app_state: false,
        }
    }
}

impl<'a> EventsBuilder<'a> {
    /// The chats to receive events for: `["*"]` for all (the default), chat
    /// IDs for those only, an empty list to start paused.
    pub fn chats<I, S>(mut self, chat_ids: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.chat_ids = checked_chat_ids(chat_ids).map_err(|e| e.to_string());
        self
    }

    /// Use this socket URL instead of asking `/v1/info` (`http(s)` is
    /// mapped to `ws(s)`; a relative URL is resolved against the base URL).
    pub fn url(mut self, url: impl Into<String>) -> Self {
        self.url = Some(url.into());
        self
    }

    /// How long to wait for `ready` and for each subscription ack (default 10 s).
    pub fn ready_timeout(mut self, timeout: Duration) -> Self {
        self.ready_timeout = timeout;
        self
    }

    /// How long one dial may take (default 10 s).
    pub fn dial_timeout(mut self, timeout: Duration) -> Self {
        self.dial_timeout = timeout;
        self
    }

    /// Ping period; a ping unanswered until the next one drops the
    /// connection (default 30 s).
    pub fn ping_interval(mut self, interval: Duration) -> Self {
        self.ping_interval = interval.max(Duration::from_millis(10));
        self
    }

    /// Largest frame accepted, in bytes (default 16 MiB). A larger frame
    /// breaks the connection, which is then dialed again.
    pub fn max_frame_size(mut self, bytes: usize) -> Self {
        self.max_frame_size = bytes;
        self
    }

    /// How a dropped connection is dialed again (default: forever, 1 s
    /// doubling to 30 s).
    pub fn reconnect(mut self, policy: ReconnectPolicy) -> Self {
        self.reconnect = policy;
        self
    }

    /// Most items held for a consumer that falls behind (default
    /// [`DEFAULT_BUFFER_EVENTS`]; at least 1). Beyond it, items are dropped
    /// and reported as one [`Event::Lagged`] in their place.
    pub fn buffer(mut self, items: usize) -> Self {
        self.buffer.items = items.max(1);
        self
    }

    /// Most frame text, in bytes, held for a consumer that falls behind
    /// (default [`DEFAULT_BUFFER_BYTES`]). One item is always held, however
    /// large; beyond the budget items are dropped as with [`Self::buffer`].
    pub fn buffer_bytes(mut self, bytes: usize) -> Self {
        self.buffer.bytes = bytes.max(1);
        self
    }

    /// Also receive [`Event::AppStateUpdated`] (sign-in and setup stage),
    /// by sending `"app": {"state": true}` with every subscription (default
    /// off). Only newer Desktops know the key (their `ready` has an `app`
    /// key, see [`EventStream::ready`]); older servers may refuse the
    /// subscription ([`EventsError::Rejected`]).
    pub fn app_state(mut self, on: bool) -> Self {
        self.app_state = on;
        self
    }

    /// Finds the socket, connects, waits for `ready`, subscribes and waits
    /// for the ack. Fails without retrying; see [`EventsError`].
    pub async fn connect(self) -> Result<EventStream, EventsError> {
        let chat_ids = self.chat_ids.map_err(EventsError::InvalidSubscription)?;
        let authorization = self.client.inner.authorization.clone().ok_or(EventsError::NoAccessToken)?;
        let base = self.client.base_url();
        let url = match &self.url {
            Some(url) => url::resolve(base, Some(url))?,
            None => {
                // Discovery needs no token; a server without `/v1/info` gets the default path.
                let advertised =
                    self.client.get_info().send().await.ok().map(|info| info.into_inner().endpoints.ws_events);
                url::resolve(base, advertised.as_deref())?
            }
        };
        let settings = Settings {
            http: self.client.client.clone(),
            url,
            authorization,
            user_agent: HeaderValue::from_static(DEFAULT_USER_AGENT),
            dial_timeout: self.dial_timeout,
            ready_timeout: self.ready_timeout,
            ping_interval: self.ping_interval,
            max_frame_size: self.max_frame_size,
            reconnect: self.reconnect,
            app_state: self.app_state,
        };
        let opened = connection::open(&settings, &chat_ids, "r1").await?;
        let (events_tx, events_rx) = buffer::channel(self.buffer);
        let (commands_tx, commands_rx) = mpsc::unbounded_channel();
        let url = settings.url.to_string();
        let ready = Arc::new(Mutex::new(opened.ready().clone()));
        let task = Task::new(settings, events_tx, commands_rx, chat_ids, ready.clone());
        tokio::spawn(task.run(opened));
        Ok(EventStream {
            events: events_rx,
            subscription: Subscription { commands: commands_tx, ack_timeout: self.ready_timeout },
            url,
            ready,
        })
    }
}

/// The live events: a [`Stream`] of [`Event`]s (use it with
/// `futures::StreamExt` / `TryStreamExt`).
///
/// An `Err` item is fatal and the last one; everything transient arrives as
/// an [`Event`]. Dropping the stream closes the connection.
#[derive(Debug)]
pub struct EventStream {
    events: buffer::Receiver,
    subscription: Subscription,
    url: String,
    ready: Arc<Mutex<Ready>>,
}

impl EventStream {
    /// A handle that changes the subscription of this live connection; it
    /// can be cloned and moved to other tasks.
    pub fn subscription(&self) -> Subscription {
        self.subscription.clone()
    }

    /// Replaces the subscription; see [`Subscription::set_chats`].
    pub async fn set_chats<I, S>(&self, chat_ids: I) -> Result<Vec<String>, EventsError>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.subscription.set_chats(chat_ids).await
    }

    /// The socket URL in use.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// What the server announced in the `ready` frame of the current (or
    /// last) connection: protocol version, and whether it knows app-state
    /// events.
    pub fn ready(&self) -> Ready {
        self.ready.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

impl Stream for EventStream {
    type Item = Result<Event, EventsError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.events.poll_recv(cx)
    }
}

/// Changes what a live [`EventStream`] receives.
#[derive(Clone, Debug)]
pub struct Subscription {
    commands: mpsc::UnboundedSender<Command>,
    ack_timeout: Duration,
}

impl Subscription {
    /// Replaces the whole set: `["*"]` for every chat, chat IDs for those
    /// only. Resolves with the set the server acknowledged (compare as a
    /// set). While disconnected, the new set is sent with the next
    /// connection (and this waits for that ack, up to the ready timeout).
    pub async fn set_chats<I, S>(&self, chat_ids: I) -> Result<Vec<String>, EventsError>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let chat_ids = checked_chat_ids(chat_ids)?;
        let (reply, answer) = oneshot::channel();
        self.commands.send(Command::SetChats { chat_ids, reply }).map_err(|_| EventsError::Closed)?;
        match tokio::time::timeout(self.ack_timeout, answer).await {
            Err(_) => {
                Err(EventsError::ReadyTimeout { waiting_for: "subscriptions.updated", timeout: self.ack_timeout })
            }
            Ok(Err(_)) => Err(EventsError::Closed),
            Ok(Ok(result)) => result,
        }
    }

    /// Stops events without closing the connection (`set_chats([])`).
    pub async fn pause(&self) -> Result<(), EventsError> {
        self.set_chats(Vec::<String>::new()).await.map(drop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chat_lists_are_checked_like_the_server_does() {
        assert_eq!(checked_chat_ids([" !a:x ", "!a:x", "!b:x"]).unwrap(), ["!a:x", "!b:x"]);
        assert_eq!(checked_chat_ids(["*", "*"]).unwrap(), ["*"]);
        assert!(checked_chat_ids(Vec::<String>::new()).unwrap().is_empty());
        assert!(matches!(checked_chat_ids(["*", "!a:x"]), Err(EventsError::InvalidSubscription(_))));
        assert!(matches!(checked_chat_ids(["!a:x", " "]), Err(EventsError::InvalidSubscription(_))));
    }

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let p = ReconnectPolicy::default();
        let delays: Vec<u64> = (1..=7).map(|n| p.delay(n).as_secs()).collect();
        assert_eq!(delays, [1, 2, 4, 8, 16, 30, 30]);
        assert_eq!(p.delay(u32::MAX), Duration::from_secs(30));
    }
}
