//! A fake Beeper Desktop: an in-memory, stateful HTTP server speaking the
//! Beeper Desktop API, for tests and examples.
//!
//! It serves every operation of the `beeper-desktop` client on 127.0.0.1
//! with seeded, deterministic data (six accounts, contacts, 50+ chats,
//! thousands of messages, one chat of 10,000 messages) and keeps state:
//! what you send, edit, react to or archive shows up in later answers. It
//! (de)serializes with `beeper_desktop::types`, so its wire shapes are those
//! of the crate's `openapi.yaml`.
//!
//! # In your own tests
//!
//! ```
//! use beeper_desktop::types::SendMessageRequest;
//! use beeper_desktop_fake::FakeDesktop;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! // In a real test this body sits in `#[tokio::test] async fn ...() { }`.
//! let fake = FakeDesktop::start().await;
//! let client = fake.client();
//!
//! // Seeded data is there…
//! let page = client.list_chats().limit(5).send().await.unwrap();
//! assert_eq!(page.items.len(), 5);
//!
//! // …and state changes stick.
//! let chat_id = page.items[0].id.clone();
//! let body = SendMessageRequest { text: Some("hello from a test".into()), ..Default::default() };
//! let sent = client.send_message().chat_id(&chat_id).body(body).send().await.unwrap();
//! let message = client.get_message().chat_id(&chat_id).message_id(&sent.pending_message_id).send().await.unwrap();
//! assert_eq!(message.text.as_deref(), Some("hello from a test"));
//! assert_eq!(fake.sent_messages().len(), 1);
//! # }
//! ```
//!
//! Shape state with [`FakeDesktop::add_chat`], [`FakeDesktop::receive_text`]
//! or [`FakeDesktop::with_world`], and break a route on purpose with
//! [`FakeDesktop::inject`] and a [`Fault`]. The server stops when the
//! `FakeDesktop` is dropped.
//!
//! # Other participants
//!
//! What other people in a chat do is one call each, reported on the live
//! socket exactly as the API's own changes are:
//! [`receive_from`](FakeDesktop::receive_from),
//! [`edit_by_other`](FakeDesktop::edit_by_other),
//! [`react_by_other`](FakeDesktop::react_by_other) /
//! [`unreact_by_other`](FakeDesktop::unreact_by_other),
//! [`delete_by_other`](FakeDesktop::delete_by_other) (a tombstone, as the
//! API's delete leaves), [`burst`](FakeDesktop::burst) (many chats active
//! at once) and [`receive_backfill`](FakeDesktop::receive_backfill) (late
//! history). A bad chat or message is an [`ActivityError`]. Combine them
//! with [`FakeDesktop::live`] to lose, delay or drop what the socket
//! reports. [Lively mode](Lively) does all of this on its own every few
//! seconds.
//!
//! # Layout
//!
//! Each layer imports only the layers below it (`fake/tests/module_graph.rs`
//! fails on any import cycle):
//!
//! | layer | module | what |
//! |---|---|---|
//! | top | the crate root | [`FakeDesktop`] and its builder |
//! | other participants | [`lively`] | lively mode: a seeded background task of other participants |
//! | | [`activity`] | their messages, edits, reactions and deletions (next to the routes, never importing them) |
//! | HTTP | [`routes`] | one `Router` per API area, merged in `routes::router`; route files never import each other |
//! | shared by routes | [`auth`] | the access extractors routes declare |
//! | | [`extract`], [`paging`], [`views`] | request decoding, cursor pages, answer shapes |
//! | | `matching`, `attachments` | search matching over the data; uploads as attachments |
//! | | [`seed`] | deterministic seed data and record builders |
//! | data | [`state`] | the shared [`FakeState`] and the data below every route: [`World`], tokens, bridge and setup records, assets |
//! | leaves | [`faults`] | injected errors and delays |
//! | | [`live`] | dropped sockets, lost and late events |
//! | | [`changes`] | the [`Change`] broadcast every state change publishes |
//! | | [`error`] | the API's error body |

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod activity;
mod attachments;
pub mod auth;
pub mod changes;
pub mod error;
pub mod extract;
pub mod faults;
pub mod live;
pub mod lively;
mod matching;
pub mod paging;
pub mod routes;
pub mod seed;
pub mod state;
mod text;
pub mod views;

use std::net::SocketAddr;

use beeper_desktop::types;
use tokio::sync::{broadcast, oneshot, watch};
use tokio::task::JoinHandle;

pub use activity::ActivityError;
pub use changes::Change;
pub use error::{ApiError, Issue};
pub use faults::Fault;
pub use live::LiveFaults;
pub use lively::{DEFAULT_LIVELY_CHATS, DEFAULT_LIVELY_PERIOD, Lively, LivelyHandle};
pub use seed::{DEFAULT_SEED, LARGE_CHAT_ID, LARGE_CHAT_MESSAGES};
pub use state::tokens::{Grant, Scope, TokenTable};
pub use state::{Asset, ChatRecord, DEFAULT_DESKTOP_VERSION, FakeState, SentMessage, Upload, World};

/// Token accepted unless the builder is given another.
pub const DEFAULT_TOKEN: &str = "fake-desktop-token";

/// Settings for a [`FakeDesktop`]; start with [`FakeDesktop::builder`].
#[derive(Clone, Debug)]
pub struct FakeDesktopBuilder {
    seed: u64,
    token: String,
    port: u16,
    extra_tokens: Vec<(String, Grant)>,
    desktop_version: String,
    lively: Option<Lively>,
}

impl Default for FakeDesktopBuilder {
    fn default() -> Self {
        Self {
            seed: DEFAULT_SEED,
            token: DEFAULT_TOKEN.to_owned(),
            port: 0,
            extra_tokens: Vec::new(),
            desktop_version: DEFAULT_DESKTOP_VERSION.to_owned(),
            lively: None,
        }
    }
}

impl FakeDesktopBuilder {
    /// Seed of the generated data (same seed, same data).
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// The access token with read and write scope (default [`DEFAULT_TOKEN`]).
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.token = token.into();
        self
    }

    /// Another accepted token with its own grant (e.g. read-only, expiring).
    pub fn grant(mut self, token: impl Into<String>, grant: Grant) -> Self {
        self.extra_tokens.push((token.into(), grant));
        self
    }

    /// The Desktop version the fake reports in the `X-Beeper-Desktop-Version`
    /// header of every answer and in `GET /v1/info` (default
    /// [`DEFAULT_DESKTOP_VERSION`]; change it later with
    /// [`FakeState::set_desktop_version`]).
    pub fn desktop_version(mut self, version: impl Into<String>) -> Self {
        self.desktop_version = version.into();
        self
    }

    /// Lively mode for the fake's whole life: other participants write,
    /// edit and react every few seconds (see [`Lively`]; off by default).
    /// `Lively::default()` acts every [`DEFAULT_LIVELY_PERIOD`].
    pub fn lively(mut self, lively: Lively) -> Self {
        self.lively = Some(lively);
        self
    }

    /// Port on 127.0.0.1 (default 0: a free one).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// Starts the server on the current tokio runtime.
    ///
    /// # Panics
    /// When the port cannot be bound; use [`try_start`](Self::try_start) to
    /// handle that.
    pub async fn start(self) -> FakeDesktop {
        let port = self.port;
        self.try_start().await.unwrap_or_else(|e| panic!("fake Beeper Desktop cannot listen on 127.0.0.1:{port}: {e}"))
    }

    /// Starts the server, or says why the port cannot be bound.
    pub async fn try_start(self) -> std::io::Result<FakeDesktop> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", self.port)).await?;
        let addr = listener.local_addr()?;
        // Replies go out at once (as Node's HTTP server does): with Nagle's
        // algorithm the `ready` frame right after the socket upgrade waited
        // ~40 ms for the client's delayed acknowledgement.
        let listener = axum::serve::ListenerExt::tap_io(listener, |tcp: &mut tokio::net::TcpStream| {
            let _ = tcp.set_nodelay(true);
        });
        let mut tokens = TokenTable::default();
        tokens.insert(self.token.clone(), Grant::full());
        for (token, grant) in self.extra_tokens {
            tokens.insert(token, grant);
        }
        let state = FakeState::new(seed::world(self.seed), tokens, self.seed);
        let base_url = format!("http://{addr}");
        state.set_base_url(base_url.clone());
        state.set_desktop_version(self.desktop_version);
        let app = routes::router(state.clone());
        let (stop, stopped) = oneshot::channel::<()>();
        let server = tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    let _ = stopped.await;
                })
                .await;
        });
        let (alive, _) = watch::channel(());
        let lively = self.lively.map(|l| lively::start(state.clone(), l, alive.subscribe()));
        Ok(FakeDesktop { addr, base_url, token: self.token, state, stop: Some(stop), server, alive, lively })
    }
}

/// A running fake Beeper Desktop. Dropping it stops the server.
#[derive(Debug)]
pub struct FakeDesktop {
    addr: SocketAddr,
    base_url: String,
    token: String,
    state: FakeState,
    stop: Option<oneshot::Sender<()>>,
    server: JoinHandle<()>,
    /// Closed on drop: every lively mode of this fake ends.
    alive: watch::Sender<()>,
    /// The builder's lively mode.
    lively: Option<LivelyHandle>,
}

impl Drop for FakeDesktop {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        // Idle keep-alive connections would hold a graceful shutdown open.
        self.server.abort();
    }
}

/// A chat to add with [`FakeDesktop::add_chat`].
#[derive(Clone, Debug)]
pub struct NewChat {
    /// Account to add it to.
    pub account_id: String,
    /// Title (for groups; single chats default to the other person's name).
    pub title: Option<String>,
    /// `single` or `group`.
    pub kind: types::ChatType,
    /// Display names of the other participants (new users are made up).
    pub participants: Vec<String>,
}

impl NewChat {
    /// A direct chat with one person on `account_id`.
    pub fn single(account_id: &str, name: &str) -> Self {
        Self {
            account_id: account_id.to_owned(),
            title: None,
            kind: types::ChatType::Single,
            participants: vec![name.to_owned()],
        }
    }

    /// A group chat on `account_id`.
    pub fn group(account_id: &str, title: &str, names: &[&str]) -> Self {
        Self {
            account_id: account_id.to_owned(),
            title: Some(title.to_owned()),
            kind: types::ChatType::Group,
            participants: names.iter().map(|n| (*n).to_owned()).collect(),
        }
    }
}

impl FakeDesktop {
    /// Starts a fake with the default seed and token on a free port.
    ///
    /// # Panics
    /// When no loopback port can be bound.
    pub async fn start() -> FakeDesktop {
        Self::builder().start().await
    }

    /// Settings for a fake.
    pub fn builder() -> FakeDesktopBuilder {
        FakeDesktopBuilder::default()
    }

    /// `http://127.0.0.1:<port>`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The socket address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The read-write access token.
    pub fn token(&self) -> &str {
        &self.token
    }

    /// A client for this fake with the token set.
    pub fn client(&self) -> beeper_desktop::Client {
        self.client_builder().build().expect("a loopback http URL and a plain token always build")
    }

    /// A client builder pointing at this fake with the token set, for
    /// custom timeouts or retries.
    pub fn client_builder(&self) -> beeper_desktop::ClientBuilder {
        beeper_desktop::Client::builder().base_url(&self.base_url).access_token(&self.token)
    }

    /// The shared state, for full access (tokens, faults, changes).
    pub fn state(&self) -> &FakeState {
        &self.state
    }

    /// Runs `f` on the data. Do not `.await` inside: routes wait meanwhile.
    pub fn with_world<R>(&self, f: impl FnOnce(&mut World) -> R) -> R {
        f(&mut self.state.world())
    }

    /// A copy of the chat with this ID (all participants).
    pub fn chat(&self, chat_id: &str) -> Option<types::Chat> {
        self.with_world(|w| w.chat(chat_id).map(|c| c.chat.clone()))
    }

    /// Every chat, newest activity first.
    pub fn chats(&self) -> Vec<types::Chat> {
        self.with_world(|w| {
            let mut chats: Vec<types::Chat> = w.chats.values().map(|c| c.chat.clone()).collect();
            chats.sort_by(|a, b| (b.last_activity, &b.id).cmp(&(a.last_activity, &a.id)));
            chats
        })
    }

    /// The chat's visible messages, oldest first.
    pub fn messages(&self, chat_id: &str) -> Vec<types::Message> {
        self.with_world(|w| w.chat(chat_id).map(|c| c.visible().map(|(_, m)| m.clone()).collect()).unwrap_or_default())
    }

    /// Every message sent through the API, oldest first.
    pub fn sent_messages(&self) -> Vec<SentMessage> {
        self.with_world(|w| w.sent.clone())
    }

    /// Adds a chat; returns its ID.
    ///
    /// # Panics
    /// When the account does not exist.
    pub fn add_chat(&self, new: NewChat) -> String {
        let id = self.with_world(|w| {
            let others = new
                .participants
                .iter()
                .map(|name| {
                    let n = w.fresh_id();
                    seed::named_user(format!("@{}_user{n}:beeper.local", new.account_id), Some(name.clone()))
                })
                .collect();
            routes::chats::new_chat(w, &new.account_id, new.title.clone(), new.kind.clone(), others, None)
        });
        let id = id.unwrap_or_else(|e| panic!("add_chat: {}", e.message));
        self.state.publish(Change::ChatUpserted { chat_id: id.clone() });
        id
    }

    /// A message arriving from the first other participant of the chat;
    /// returns it as stored. [`receive_from`](Self::receive_from) picks the
    /// sender and answers errors instead of panicking.
    ///
    /// # Panics
    /// When the chat does not exist or has no other participant.
    pub fn receive_text(&self, chat_id: &str, text: &str) -> types::Message {
        activity::receive(&self.state, chat_id, None, text).unwrap_or_else(|e| panic!("receive_text: {e}"))
    }

    /// A message from `sender_id`, one of the chat's other participants
    /// (the first one when `None`); returns it as stored. The socket
    /// reports the message and the changed chat.
    ///
    /// # Errors
    /// [`ActivityError::UnknownChat`], [`NoOtherParticipant`](ActivityError::NoOtherParticipant),
    /// [`NotAParticipant`](ActivityError::NotAParticipant) or
    /// [`EmptyText`](ActivityError::EmptyText).
    pub fn receive_from(
        &self,
        chat_id: &str,
        sender_id: Option<&str>,
        text: &str,
    ) -> Result<types::Message, ActivityError> {
        activity::receive(&self.state, chat_id, sender_id, text)
    }

    /// The sender of a message (another participant) edits it to
    /// `new_text`: the text changes and `editedTimestamp` is set. Returns
    /// the message as stored; the socket reports it as upserted.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() {
    /// use beeper_desktop_fake::{FakeDesktop, NewChat};
    ///
    /// let fake = FakeDesktop::start().await;
    /// let chat = fake.add_chat(NewChat::single("signal", "Sam"));
    /// let m = fake.receive_text(&chat, "see you at 8");
    /// let edited = fake.edit_by_other(&chat, &m.id, "see you at 9").unwrap();
    /// assert!(edited.edited_timestamp.is_some());
    /// # }
    /// ```
    ///
    /// # Errors
    /// [`ActivityError::UnknownChat`], [`UnknownMessage`](ActivityError::UnknownMessage),
    /// [`OwnMessage`](ActivityError::OwnMessage) (edit your own through the
    /// API), [`MessageDeleted`](ActivityError::MessageDeleted) or
    /// [`EmptyText`](ActivityError::EmptyText).
    pub fn edit_by_other(
        &self,
        chat_id: &str,
        message_id: &str,
        new_text: &str,
    ) -> Result<types::Message, ActivityError> {
        activity::edit(&self.state, chat_id, message_id, new_text)
    }

    /// `participant_id` (one of the chat's other participants) reacts to a
    /// message with `reaction_key` (an emoji, a `:shortcode:` or an
    /// `mxc://` image), stored as the API's own reactions are. Nothing
    /// changes, and nothing is reported, when that reaction is there
    /// already. Returns the message as stored.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() {
    /// use beeper_desktop_fake::{FakeDesktop, NewChat};
    ///
    /// let fake = FakeDesktop::start().await;
    /// let chat = fake.add_chat(NewChat::group("signal", "Trip", &["Ana", "Ben"]));
    /// let m = fake.receive_text(&chat, "tickets booked");
    /// let ben = fake.chat(&chat).unwrap().participants.items.iter()
    ///     .find(|p| p.full_name.as_deref() == Some("Ben")).unwrap().id.clone();
    /// let m = fake.react_by_other(&chat, &m.id, "🎉", &ben).unwrap();
    /// assert_eq!(m.reactions[0].participant_id, ben);
    /// fake.unreact_by_other(&chat, &m.id, "🎉", &ben).unwrap();
    /// # }
    /// ```
    ///
    /// # Errors
    /// [`ActivityError::UnknownChat`], [`UnknownMessage`](ActivityError::UnknownMessage),
    /// [`NotAParticipant`](ActivityError::NotAParticipant),
    /// [`MessageDeleted`](ActivityError::MessageDeleted) or
    /// [`EmptyText`](ActivityError::EmptyText) (an empty key).
    pub fn react_by_other(
        &self,
        chat_id: &str,
        message_id: &str,
        reaction_key: &str,
        participant_id: &str,
    ) -> Result<types::Message, ActivityError> {
        activity::react(&self.state, chat_id, message_id, reaction_key, participant_id)
    }

    /// `participant_id` takes back their reaction `reaction_key`; returns
    /// the message as stored, which the socket reports as upserted.
    ///
    /// # Errors
    /// [`ActivityError::UnknownChat`], [`UnknownMessage`](ActivityError::UnknownMessage),
    /// [`MessageDeleted`](ActivityError::MessageDeleted) or
    /// [`NoSuchReaction`](ActivityError::NoSuchReaction).
    pub fn unreact_by_other(
        &self,
        chat_id: &str,
        message_id: &str,
        reaction_key: &str,
        participant_id: &str,
    ) -> Result<types::Message, ActivityError> {
        activity::unreact(&self.state, chat_id, message_id, reaction_key, participant_id)
    }

    /// The sender of a message (another participant) deletes it for
    /// everyone. It stays in the chat as the same tombstone the API's
    /// delete of your own message leaves (`isDeleted: true`, no text,
    /// attachments, links or reactions); the socket reports the message as
    /// upserted and the chat as changed. Returns the tombstone.
    ///
    /// # Errors
    /// [`ActivityError::UnknownChat`], [`UnknownMessage`](ActivityError::UnknownMessage),
    /// [`OwnMessage`](ActivityError::OwnMessage) or
    /// [`MessageDeleted`](ActivityError::MessageDeleted) (deleted already).
    pub fn delete_by_other(&self, chat_id: &str, message_id: &str) -> Result<types::Message, ActivityError> {
        activity::delete(&self.state, chat_id, message_id)
    }

    /// Many chats active at once: `per_chat` messages arrive in each of
    /// `chat_ids`, interleaved (one in every chat, then the next round),
    /// from each chat's other participants in turn, with the text
    /// `burst message <n>/<per_chat>`; each is reported like
    /// [`receive_text`](Self::receive_text)'s. Returns them in arrival
    /// order. Every chat is checked first: on an error nothing was added.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() {
    /// use beeper_desktop_fake::FakeDesktop;
    ///
    /// let fake = FakeDesktop::start().await;
    /// let chats: Vec<String> = fake.chats().iter().take(20).map(|c| c.id.clone()).collect();
    /// let arrived = fake.burst(&chats, 5).unwrap();
    /// assert_eq!(arrived.len(), 100);
    /// # }
    /// ```
    ///
    /// # Errors
    /// [`ActivityError::UnknownChat`] or
    /// [`NoOtherParticipant`](ActivityError::NoOtherParticipant).
    pub fn burst<S: AsRef<str>>(&self, chat_ids: &[S], per_chat: usize) -> Result<Vec<types::Message>, ActivityError> {
        let ids: Vec<String> = chat_ids.iter().map(|c| c.as_ref().to_owned()).collect();
        activity::burst(&self.state, &ids, per_chat)
    }

    /// Starts lively mode (see [`Lively`]) until the returned handle is
    /// dropped or stopped, or this fake is dropped. For lively mode during
    /// the fake's whole life use [`FakeDesktopBuilder::lively`].
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() {
    /// use std::time::Duration;
    /// use beeper_desktop_fake::{FakeDesktop, Lively};
    ///
    /// let fake = FakeDesktop::start().await;
    /// // ... the deterministic part of a test or an example ...
    /// let lively = fake.start_lively(Lively::every(Duration::from_millis(200)));
    /// // ... other participants are active now ...
    /// lively.stop().await;
    /// # }
    /// ```
    ///
    /// # Panics
    /// Outside a tokio runtime.
    pub fn start_lively(&self, lively: Lively) -> LivelyHandle {
        lively::start(self.state.clone(), lively, self.alive.subscribe())
    }

    /// The lively mode the builder started, if any.
    pub fn lively_mode(&self) -> Option<&LivelyHandle> {
        self.lively.as_ref()
    }

    /// History that arrives late, as a bridge backfills it: a message from
    /// the first other participant with this (older) `timestamp`, sorted
    /// after every message the chat holds. Returns it as stored.
    ///
    /// # Panics
    /// When the chat does not exist or has no other participant.
    pub fn receive_backfill(
        &self,
        chat_id: &str,
        text: &str,
        timestamp: chrono::DateTime<chrono::Utc>,
    ) -> types::Message {
        let message = self.receive_text(chat_id, text);
        self.with_world(|w| {
            let record = w.chat_mut(chat_id).expect("the chat just received a message");
            let stored = record.messages_mut().iter_mut().rev().find(|m| m.id == message.id).expect("just stored");
            stored.timestamp = timestamp;
            stored.clone()
        })
    }

    /// Faults of the live-events socket: drop connections, lose or delay
    /// events (see [`LiveFaults`]).
    pub fn live(&self) -> &LiveFaults {
        self.state.live()
    }

    /// Arms a fault (see [`Fault`]).
    pub fn inject(&self, fault: Fault) {
        self.state.faults().inject(fault);
    }

    /// Disarms every fault.
    pub fn clear_faults(&self) {
        self.state.faults().clear();
    }

    /// Every state change from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<Change> {
        self.state.changes().subscribe()
    }
}
