//! One socket's life (dial with the token, wait for `ready`, subscribe, read)
//! and the background task that keeps a stream going across reconnects.

use std::time::Duration;

use chrono::{DateTime, Utc};
use futures::{SinkExt, StreamExt};
use reqwest::Url;
use reqwest::header::HeaderValue;
use tokio::net::TcpStream;
use tokio::sync::{mpsc, oneshot};
use tokio::time::{Instant, sleep_until, timeout};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_tungstenite::tungstenite::{self, Message as WsMessage, error::UrlError};
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use super::event::{Event, Frame, Missed, decode, excerpt};
use super::{EventsError, ReconnectPolicy};

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// An item of the stream: fatal errors end it.
pub(crate) type Item = Result<Event, EventsError>;

/// Everything needed to (re)open the socket.
#[derive(Clone)]
pub(crate) struct Settings {
    pub url: Url,
    pub authorization: HeaderValue,
    pub user_agent: HeaderValue,
    pub dial_timeout: Duration,
    pub ready_timeout: Duration,
    pub ping_interval: Duration,
    pub max_frame_size: usize,
    pub reconnect: ReconnectPolicy,
}

/// Where the answer to a `set_chats` goes: the acknowledged set or why not.
pub(crate) type AckReply = oneshot::Sender<Result<Vec<String>, EventsError>>;

/// A request from a [`Subscription`](super::Subscription) handle.
pub(crate) enum Command {
    SetChats { chat_ids: Vec<String>, reply: AckReply },
}

/// A freshly opened socket plus what arrived before the subscription ack
/// (including the ack itself).
pub(crate) struct Opened {
    socket: Socket,
    early: Vec<Event>,
}

fn socket_config(max: usize) -> WebSocketConfig {
    WebSocketConfig::default().max_message_size(Some(max)).max_frame_size(Some(max))
}

/// Dials the socket: the upgrade carries the bearer token.
async fn dial(settings: &Settings) -> Result<Socket, EventsError> {
    let url = settings.url.as_str();
    // Refused before dialing, as the REST client refuses `https` when built.
    if settings.url.scheme() == "wss" && !cfg!(any(feature = "rustls", feature = "native-tls")) {
        return Err(EventsError::TlsNotEnabled { url: url.to_owned() });
    }
    let mut request = url
        .into_client_request()
        .map_err(|e| EventsError::InvalidUrl { url: url.to_owned(), reason: e.to_string() })?;
    request.headers_mut().insert(tungstenite::http::header::AUTHORIZATION, settings.authorization.clone());
    request.headers_mut().insert(tungstenite::http::header::USER_AGENT, settings.user_agent.clone());
    let config = socket_config(settings.max_frame_size);
    #[cfg(feature = "rustls")]
    let connecting = {
        // Only `wss://` needs it; a setup failure is this dial's failure.
        let connector = match settings.url.scheme() {
            "wss" => {
                Some(super::tls::connector().map_err(|reason| EventsError::Connect { url: url.to_owned(), reason })?)
            }
            _ => None,
        };
        tokio_tungstenite::connect_async_tls_with_config(request, Some(config), false, connector)
    };
    #[cfg(not(feature = "rustls"))]
    let connecting = tokio_tungstenite::connect_async_with_config(request, Some(config), false);
    match timeout(settings.dial_timeout, connecting).await {
        Err(_) => Err(EventsError::Connect {
            url: url.to_owned(),
            reason: format!("no answer within {:?}", settings.dial_timeout),
        }),
        Ok(Ok((socket, _response))) => Ok(socket),
        Ok(Err(tungstenite::Error::Http(response))) => {
            let status = response.status().as_u16();
            Err(match status {
                401 | 403 => EventsError::Unauthorized { status },
                404 | 405 => EventsError::NotSupported { url: url.to_owned(), status },
                _ => {
                    let body = response.body().as_deref().map(String::from_utf8_lossy).unwrap_or_default();
                    let line = body.split_whitespace().collect::<Vec<_>>().join(" ");
                    EventsError::Handshake { status, body: line.chars().take(200).collect() }
                }
            })
        }
        Ok(Err(tungstenite::Error::Url(UrlError::TlsFeatureNotEnabled))) => {
            Err(EventsError::TlsNotEnabled { url: url.to_owned() })
        }
        Ok(Err(e)) => Err(EventsError::Connect { url: url.to_owned(), reason: e.to_string() }),
    }
}

/// `subscriptions.set` with exactly the three keys the servers accept.
fn subscribe_frame(request_id: &str, chat_ids: &[String]) -> WsMessage {
    let body = serde_json::json!({"type": "subscriptions.set", "requestID": request_id, "chatIDs": chat_ids});
    WsMessage::text(body.to_string())
}

/// Reads the next frame within `deadline` (`None` when the time is up).
async fn next_until(socket: &mut Socket, deadline: Instant) -> Option<Result<WsMessage, String>> {
    match tokio::time::timeout_at(deadline, socket.next()).await {
        Err(_) => None,
        Ok(None) => Some(Err("the server closed the connection".into())),
        Ok(Some(Err(e))) => Some(Err(describe(&e))),
        Ok(Some(Ok(message))) => Some(Ok(message)),
    }
}

/// One line about a socket failure (tungstenite's texts never hold the token:
/// it is only in a header).
fn describe(e: &tungstenite::Error) -> String {
    match e {
        tungstenite::Error::Capacity(c) => format!("a frame exceeded the size limit ({c})"),
        other => other.to_string(),
    }
}

/// Turns a socket message into an event, if it is one.
fn frame_of(message: WsMessage) -> Option<Result<Frame, String>> {
    match message {
        WsMessage::Text(text) => Some(Ok(decode(text.as_str()))),
        WsMessage::Binary(bytes) => Some(Ok(Frame::Event(Event::Malformed {
            kind: None,
            reason: "binary frame (the API sends text frames)".into(),
            excerpt: excerpt(&String::from_utf8_lossy(&bytes)),
        }))),
        WsMessage::Close(frame) => Some(Err(match frame {
            Some(f) => format!("the server closed the connection ({} {})", u16::from(f.code), f.reason),
            None => "the server closed the connection".into(),
        })),
        WsMessage::Ping(_) | WsMessage::Pong(_) | WsMessage::Frame(_) => None,
    }
}

/// Dials, waits for `ready`, sends the subscription and waits for its ack.
pub(crate) async fn open(settings: &Settings, chat_ids: &[String], request_id: &str) -> Result<Opened, EventsError> {
    let mut socket = dial(settings).await?;
    let url = settings.url.as_str();
    let lost = |reason: String| EventsError::Connect { url: url.to_owned(), reason };
    let mut early = Vec::new();

    let deadline = Instant::now() + settings.ready_timeout;
    loop {
        let timed_out = EventsError::ReadyTimeout { waiting_for: "ready", timeout: settings.ready_timeout };
        let message = next_until(&mut socket, deadline).await.ok_or(timed_out)?.map_err(lost)?;
        match frame_of(message) {
            Some(Ok(Frame::Ready)) => break,
            Some(Ok(Frame::Event(event))) => early.push(event),
            Some(Err(reason)) => return Err(lost(reason)),
            None => {}
        }
    }

    socket.send(subscribe_frame(request_id, chat_ids)).await.map_err(|e| lost(describe(&e)))?;
    let deadline = Instant::now() + settings.ready_timeout;
    loop {
        let timed_out =
            EventsError::ReadyTimeout { waiting_for: "subscriptions.updated", timeout: settings.ready_timeout };
        let message = next_until(&mut socket, deadline).await.ok_or(timed_out)?.map_err(lost)?;
        match frame_of(message) {
            Some(Ok(Frame::Event(Event::ServerError { code, message, request_id: Some(id) }))) if id == request_id => {
                return Err(EventsError::Rejected { code, message });
            }
            Some(Ok(Frame::Event(event))) => {
                // An ack without requestID is taken as ours (servers that do not echo it).
                let acked = matches!(&event, Event::SubscriptionsUpdated { request_id: r, .. }
                    if r.as_deref().is_none_or(|r| r == request_id));
                early.push(event);
                if acked {
                    return Ok(Opened { socket, early });
                }
            }
            Some(Ok(Frame::Ready)) => {}
            Some(Err(reason)) => return Err(lost(reason)),
            None => {}
        }
    }
}

/// Why [`Task::serve`] returned.
enum Exit {
    /// The consumer is gone: close and end.
    Stop,
    /// The connection broke: reconnect.
    Dropped(String),
}

/// The background task behind an [`EventStream`](super::EventStream).
pub(crate) struct Task {
    settings: Settings,
    events: mpsc::Sender<Item>,
    commands: mpsc::UnboundedReceiver<Command>,
    commands_open: bool,
    chat_ids: Vec<String>,
    next_request: u64,
    /// `set_chats` calls waiting for their ack, by request ID.
    waiters: Vec<(String, AckReply)>,
    last_seq: Option<u64>,
    last_frame_at: DateTime<Utc>,
}

impl Task {
    pub(crate) fn new(
        settings: Settings,
        events: mpsc::Sender<Item>,
        commands: mpsc::UnboundedReceiver<Command>,
        chat_ids: Vec<String>,
        next_request: u64,
    ) -> Self {
        Self {
            settings,
            events,
            commands,
            commands_open: true,
            chat_ids,
            next_request,
            waiters: Vec::new(),
            last_seq: None,
            last_frame_at: Utc::now(),
        }
    }

    fn request_id(&mut self) -> String {
        self.next_request += 1;
        format!("r{}", self.next_request)
    }

    /// Runs until the consumer goes away or a fatal error was reported.
    pub(crate) async fn run(mut self, first: Opened) {
        let mut socket = first.socket;
        for event in first.early {
            if !self.handle(event).await {
                return;
            }
        }
        loop {
            match self.serve(&mut socket).await {
                Exit::Stop => {
                    let _ = timeout(Duration::from_secs(1), socket.close(None)).await;
                    return;
                }
                Exit::Dropped(reason) => match self.reconnect(reason).await {
                    Some(next) => socket = next,
                    None => return,
                },
            }
        }
    }

    /// Sends one item; `false` when the consumer is gone.
    async fn emit(&self, item: Item) -> bool {
        self.events.send(item).await.is_ok()
    }

    /// Bookkeeping for one decoded event, then hands it on.
    async fn handle(&mut self, event: Event) -> bool {
        self.last_frame_at = Utc::now();
        if let Some(seq) = event.meta().and_then(|m| m.seq) {
            if let Some(last) = self.last_seq
                && seq > last + 1
            {
                let gap = Event::SeqGap { after_seq: last, next_seq: seq, missed: seq - last - 1 };
                if !self.emit(Ok(gap)).await {
                    return false;
                }
            }
            self.last_seq = Some(seq);
        }
        match &event {
            Event::SubscriptionsUpdated { request_id, chat_ids } => {
                let position = match request_id {
                    Some(id) => self.waiters.iter().position(|(w, _)| w == id),
                    None if !self.waiters.is_empty() => Some(0),
                    None => None,
                };
                if let Some(i) = position {
                    let (_, reply) = self.waiters.remove(i);
                    let _ = reply.send(Ok(chat_ids.clone()));
                }
            }
            Event::ServerError { code, message, request_id: Some(id) } => {
                if let Some(i) = self.waiters.iter().position(|(w, _)| w == id) {
                    let (_, reply) = self.waiters.remove(i);
                    let _ = reply.send(Err(EventsError::Rejected { code: code.clone(), message: message.clone() }));
                }
            }
            _ => {}
        }
        self.emit(Ok(event)).await
    }

    /// Records a new wanted set; returns the request ID it will be sent with.
    fn accept(&mut self, chat_ids: Vec<String>, reply: AckReply) -> String {
        self.waiters.retain(|(_, r)| !r.is_closed());
        self.chat_ids = chat_ids;
        let id = self.request_id();
        self.waiters.push((id.clone(), reply));
        id
    }

    async fn serve(&mut self, socket: &mut Socket) -> Exit {
        let interval = self.settings.ping_interval;
        let mut ping = tokio::time::interval_at(Instant::now() + interval, interval);
        let mut last_heard = Instant::now();
        let mut last_ping = Instant::now();
        loop {
            tokio::select! {
                _ = self.events.closed() => return Exit::Stop,
                command = self.commands.recv(), if self.commands_open => match command {
                    None => self.commands_open = false,
                    Some(Command::SetChats { chat_ids, reply }) => {
                        let id = self.accept(chat_ids, reply);
                        if let Err(e) = socket.send(subscribe_frame(&id, &self.chat_ids)).await {
                            return Exit::Dropped(describe(&e));
                        }
                    }
                },
                message = socket.next() => {
                    last_heard = Instant::now();
                    let message = match message {
                        None => return Exit::Dropped("the server closed the connection".into()),
                        Some(Err(e)) => return Exit::Dropped(describe(&e)),
                        Some(Ok(message)) => message,
                    };
                    match frame_of(message) {
                        Some(Ok(Frame::Event(event))) => if !self.handle(event).await {
                            return Exit::Stop;
                        },
                        Some(Ok(Frame::Ready)) => {}
                        Some(Err(reason)) => return Exit::Dropped(reason),
                        None => self.last_frame_at = Utc::now(),
                    }
                }
                _ = ping.tick() => {
                    // Not even the pong of the previous ping came back: the socket is dead.
                    if last_heard < last_ping {
                        return Exit::Dropped(format!("no answer to a ping within {interval:?}"));
                    }
                    last_ping = Instant::now();
                    if let Err(e) = socket.send(WsMessage::Ping(Default::default())).await {
                        return Exit::Dropped(describe(&e));
                    }
                }
            }
        }
    }

    /// Reconnects with backoff; `None` when the stream must end.
    async fn reconnect(&mut self, mut reason: String) -> Option<Socket> {
        let policy = self.settings.reconnect;
        let down_since = Instant::now();
        let since = self.last_frame_at;
        let last_seq = self.last_seq.take();
        let mut last_error = EventsError::Connect { url: self.settings.url.to_string(), reason: reason.clone() };
        let mut attempt = 1;
        loop {
            if policy.max_attempts.is_some_and(|max| attempt > max) {
                let gave_up = EventsError::GaveUp { attempts: attempt - 1, last_error: Box::new(last_error) };
                self.fail_waiters();
                let _ = self.emit(Err(gave_up)).await;
                return None;
            }
            let delay = policy.delay(attempt);
            if !self.emit(Ok(Event::Disconnected { reason: reason.clone(), attempt, retry_in: delay })).await {
                return None;
            }
            if !self.wait(Instant::now() + delay).await {
                return None;
            }
            let id = self.request_id();
            // Whoever waits for an ack now waits for this resubscription's.
            for (waiter, _) in &mut self.waiters {
                waiter.clone_from(&id);
            }
            let chat_ids = self.chat_ids.clone();
            match open(&self.settings, &chat_ids, &id).await {
                Ok(opened) => {
                    let missed = Missed {
                        last_seq,
                        since,
                        downtime: down_since.elapsed(),
                        failed_attempts: attempt - 1,
                        chat_ids,
                    };
                    if !self.emit(Ok(Event::Reconnected { missed })).await {
                        return None;
                    }
                    for event in opened.early {
                        if !self.handle(event).await {
                            return None;
                        }
                    }
                    return Some(opened.socket);
                }
                Err(e) if e.is_transient() => {
                    reason = e.to_string();
                    last_error = e;
                    attempt += 1;
                }
                Err(fatal) => {
                    self.fail_waiters();
                    let _ = self.emit(Err(fatal)).await;
                    return None;
                }
            }
        }
    }

    /// Sleeps until `deadline` while still taking subscription changes;
    /// `false` when the consumer went away.
    async fn wait(&mut self, deadline: Instant) -> bool {
        loop {
            tokio::select! {
                _ = sleep_until(deadline) => return true,
                _ = self.events.closed() => return false,
                command = self.commands.recv(), if self.commands_open => match command {
                    None => self.commands_open = false,
                    // Sent with the next connection's subscription.
                    Some(Command::SetChats { chat_ids, reply }) => { self.accept(chat_ids, reply); }
                },
            }
        }
    }

    fn fail_waiters(&mut self) {
        for (_, reply) in self.waiters.drain(..) {
            let _ = reply.send(Err(EventsError::Closed));
        }
    }
}
