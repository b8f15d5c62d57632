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
//! # Layout
//!
//! Each layer imports only the layers below it (`fake/tests/module_graph.rs`
//! fails on any import cycle):
//!
//! | layer | module | what |
//! |---|---|---|
//! | top | the crate root | [`FakeDesktop`] and its builder |
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

mod attachments;
pub mod auth;
pub mod changes;
pub mod error;
pub mod extract;
pub mod faults;
pub mod live;
mod matching;
pub mod paging;
pub mod routes;
pub mod seed;
pub mod state;
mod text;
pub mod views;

use std::net::SocketAddr;

use beeper_desktop::types;
use tokio::sync::{broadcast, oneshot};
use tokio::task::JoinHandle;

pub use changes::Change;
pub use error::{ApiError, Issue};
pub use faults::Fault;
pub use live::LiveFaults;
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
}

impl Default for FakeDesktopBuilder {
    fn default() -> Self {
        Self {
            seed: DEFAULT_SEED,
            token: DEFAULT_TOKEN.to_owned(),
            port: 0,
            extra_tokens: Vec::new(),
            desktop_version: DEFAULT_DESKTOP_VERSION.to_owned(),
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
        Ok(FakeDesktop { addr, base_url, token: self.token, state, stop: Some(stop), server })
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
                    types::User {
                        id: format!("@{}_user{n}:beeper.local", new.account_id),
                        full_name: Some(name.clone()),
                        cannot_message: None,
                        email: None,
                        img_url: None,
                        is_self: None,
                        phone_number: None,
                        username: None,
                    }
                })
                .collect();
            routes::chats::new_chat(w, &new.account_id, new.title.clone(), new.kind.clone(), others, None)
        });
        let id = id.unwrap_or_else(|e| panic!("add_chat: {}", e.message));
        self.state.publish(Change::ChatUpserted { chat_id: id.clone() });
        id
    }

    /// A message arriving from the first other participant of the chat;
    /// returns it as stored.
    ///
    /// # Panics
    /// When the chat does not exist or has no other participant.
    pub fn receive_text(&self, chat_id: &str, text: &str) -> types::Message {
        let message = self.with_world(|w| {
            let chat = w.chat(chat_id).unwrap_or_else(|| panic!("receive_text: no chat {chat_id}")).chat.clone();
            let sender = chat
                .participants
                .items
                .iter()
                .find(|p| p.is_self != Some(true))
                .cloned()
                .expect("receive_text: chat has no other participant");
            let sender = types::User {
                id: sender.id,
                full_name: sender.full_name,
                cannot_message: None,
                email: None,
                img_url: None,
                is_self: None,
                phone_number: None,
                username: None,
            };
            let ts = w.next_timestamp();
            let mut m = seed::blank_message(&chat, &sender, false, ts);
            m.text = Some(text.to_owned());
            m.is_unread = Some(true);
            let id = w.append_message(m).unwrap_or_else(|e| panic!("receive_text: {e}"));
            w.message(chat_id, &id).cloned().expect("just appended")
        });
        self.state.publish(Change::MessageUpserted {
            chat_id: message.chat_id.clone(),
            message_ids: vec![message.id.clone()],
        });
        self.state.publish(Change::ChatUpserted { chat_id: message.chat_id.clone() });
        message
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
