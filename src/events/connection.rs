//! One socket's life (dial with the token, wait for `ready`, subscribe, read)
//! and the background task that keeps a stream going across reconnects.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures::{SinkExt, StreamExt};
use reqwest::Url;
use reqwest::header::{self, HeaderValue};
use tokio::sync::{mpsc, oneshot};
use tokio::time::{Instant, MissedTickBehavior, sleep_until, timeout};
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::protocol::{Role, WebSocketConfig};
use tokio_tungstenite::tungstenite::{self, Message as WsMessage};

use super::EventsError;
use super::buffer::{Item, Pushed, Sender};
use super::event::{Decoded, Event, Frame, Missed, Ready, decode, excerpt};
use super::reconnect::ReconnectPolicy;
use crate::one_line::{self, causes};

type Socket = WebSocketStream<reqwest::Upgraded>;

/// Everything needed to (re)open the socket.
#[derive(Clone)]
pub(crate) struct Settings {
    /// The client's HTTP client, which sends the upgrade.
    pub http: reqwest::Client,
    pub url: Url,
    pub authorization: HeaderValue,
    pub user_agent: HeaderValue,
    pub dial_timeout: Duration,
    pub ready_timeout: Duration,
    pub ping_interval: Duration,
    pub max_frame_size: usize,
    pub reconnect: ReconnectPolicy,
    /// Ask for `app.state.updated` events (the `app` key of `subscriptions.set`).
    pub app_state: bool,
}

/// Where the answer to a `set_chats` goes: the acknowledged set or why not.
pub(crate) type AckReply = oneshot::Sender<Result<Vec<String>, EventsError>>;

/// A request from a [`Subscription`](super::Subscription) handle.
pub(crate) enum Command {
    SetChats { chat_ids: Vec<String>, reply: AckReply },
}

/// A decoded frame on its way to the consumer, with the size of its text.
struct Received {
    decoded: Decoded,
    bytes: usize,
}

/// A freshly opened socket plus what arrived before the subscription ack
/// (including the ack itself).
pub(crate) struct Opened {
    socket: Socket,
    ready: Ready,
    early: Vec<Received>,
}

impl Opened {
    /// The server's `ready`.
    pub(crate) fn ready(&self) -> &Ready {
        &self.ready
    }
}

/// Bytes read from the socket at a time. tungstenite's default (128 KiB)
/// zero-fills the whole buffer on the first read, so it stays resident for
/// the life of the socket; event frames are a few kB, and a larger frame
/// grows the buffer as it comes.
const READ_BUFFER: usize = 16 * 1024;

fn socket_config(max: usize) -> WebSocketConfig {
    WebSocketConfig::default().max_message_size(Some(max)).max_frame_size(Some(max)).read_buffer_size(READ_BUFFER)
}

/// Dials the socket: an HTTP/1.1 upgrade sent by the client's own HTTP
/// client (so the same TLS settings apply to `wss://` as to `https://`),
/// carrying the bearer token.
///
/// The upgrade goes through reqwest rather than tungstenite's handshake
/// because tungstenite logs the whole request, headers and token included,
/// at TRACE through `log`; reqwest sends the header marked sensitive and
/// logs no header values. tungstenite only takes over the upgraded stream.
async fn dial(settings: &Settings) -> Result<Socket, EventsError> {
    let url = settings.url.as_str();
    let connect_error = |reason: String| EventsError::Connect { url: url.to_owned(), reason };
    // Refused before dialing, as the REST client refuses `https` when built.
    if settings.url.scheme() == "wss" && !cfg!(any(feature = "rustls", feature = "native-tls")) {
        return Err(EventsError::TlsNotEnabled { url: url.to_owned() });
    }
    let mut http_url = settings.url.clone();
    let scheme = if settings.url.scheme() == "wss" { "https" } else { "http" };
    http_url
        .set_scheme(scheme)
        .map_err(|()| EventsError::InvalidUrl { url: url.to_owned(), reason: "not a ws:// or wss:// URL".into() })?;
    let key = tungstenite::handshake::client::generate_key();
    let request = settings
        .http
        .get(http_url)
        .version(reqwest::Version::HTTP_11)
        .header(header::CONNECTION, "Upgrade")
        .header(header::UPGRADE, "websocket")
        .header(header::SEC_WEBSOCKET_VERSION, "13")
        .header(header::SEC_WEBSOCKET_KEY, key.as_str())
        .header(header::AUTHORIZATION, settings.authorization.clone())
        .header(header::USER_AGENT, settings.user_agent.clone());
    let upgrade = async {
        let response = request.send().await.map_err(|e| connect_error(causes(&e)))?;
        let status = response.status().as_u16();
        match status {
            101 => {}
            401 | 403 => return Err(EventsError::Unauthorized { status }),
            404 | 405 => return Err(EventsError::NotSupported { url: url.to_owned(), status }),
            _ => return Err(EventsError::Handshake { status, body: body_start(response).await }),
        }
        let accept = response.headers().get(header::SEC_WEBSOCKET_ACCEPT).map(|v| v.as_bytes().to_vec());
        if accept.as_deref() != Some(tungstenite::handshake::derive_accept_key(key.as_bytes()).as_bytes()) {
            return Err(connect_error("the server's upgrade answer has no valid Sec-WebSocket-Accept".into()));
        }
        let upgraded = response.upgrade().await.map_err(|e| connect_error(causes(&e)))?;
        let config = socket_config(settings.max_frame_size);
        Ok(WebSocketStream::from_raw_socket(upgraded, Role::Client, Some(config)).await)
    };
    match timeout(settings.dial_timeout, upgrade).await {
        Err(_) => Err(connect_error(format!("no answer within {:?}", settings.dial_timeout))),
        Ok(result) => result,
    }
}

/// The start of a refusal's body, on one line, at most 200 characters (at
/// most 4 KiB is read).
async fn body_start(mut response: reqwest::Response) -> String {
    let mut body = Vec::new();
    while body.len() < 4096 {
        match timeout(Duration::from_secs(2), response.chunk()).await {
            Ok(Ok(Some(chunk))) => body.extend_from_slice(&chunk),
            _ => break,
        }
    }
    one_line::body(&body, 200)
}

/// `subscriptions.set` with exactly the three keys every server accepts,
/// plus `app` when app-state events were asked for (newer Desktops only).
fn subscribe_frame(request_id: &str, chat_ids: &[String], app_state: bool) -> WsMessage {
    let mut body = serde_json::json!({"type": "subscriptions.set", "requestID": request_id, "chatIDs": chat_ids});
    if app_state {
        body["app"] = serde_json::json!({"state": true});
    }
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
fn frame_of(message: WsMessage) -> Option<Result<Received, String>> {
    match message {
        WsMessage::Text(text) => Some(Ok(Received { decoded: decode(text.as_str()), bytes: text.len() })),
        WsMessage::Binary(bytes) => Some(Ok(Received {
            decoded: Decoded {
                frame: Frame::Event(Event::Malformed {
                    kind: None,
                    reason: "binary frame (the API sends text frames)".into(),
                    excerpt: excerpt(&String::from_utf8_lossy(&bytes)),
                }),
                seq: None,
            },
            bytes: bytes.len(),
        })),
        WsMessage::Close(frame) => Some(Err(match frame {
            Some(f) => format!("the server closed the connection ({} {})", u16::from(f.code), f.reason),
            None => "the server closed the connection".into(),
        })),
        WsMessage::Ping(_) | WsMessage::Pong(_) | WsMessage::Frame(_) => None,
    }
}

/// Dials, waits for `ready`, sends the subscription and waits for its ack.
/// Errors never repeat the token (a refusal page may echo it).
pub(crate) async fn open(settings: &Settings, chat_ids: &[String], request_id: &str) -> Result<Opened, EventsError> {
    open_unscrubbed(settings, chat_ids, request_id).await.map_err(EventsError::scrubbed)
}

async fn open_unscrubbed(settings: &Settings, chat_ids: &[String], request_id: &str) -> Result<Opened, EventsError> {
    let mut socket = dial(settings).await?;
    let url = settings.url.as_str();
    let lost = |reason: String| EventsError::Connect { url: url.to_owned(), reason };
    let mut early = Vec::new();

    let deadline = Instant::now() + settings.ready_timeout;
    let ready = loop {
        let timed_out = EventsError::ReadyTimeout { waiting_for: "ready", timeout: settings.ready_timeout };
        let message = next_until(&mut socket, deadline).await.ok_or(timed_out)?.map_err(lost)?;
        match frame_of(message) {
            Some(Ok(Received { decoded: Decoded { frame: Frame::Ready(ready), .. }, .. })) => break ready,
            Some(Ok(received)) => early.push(received),
            Some(Err(reason)) => return Err(lost(reason)),
            None => {}
        }
    };

    let subscribe = subscribe_frame(request_id, chat_ids, settings.app_state);
    socket.send(subscribe).await.map_err(|e| lost(describe(&e)))?;
    let deadline = Instant::now() + settings.ready_timeout;
    loop {
        let timed_out =
            EventsError::ReadyTimeout { waiting_for: "subscriptions.updated", timeout: settings.ready_timeout };
        let message = next_until(&mut socket, deadline).await.ok_or(timed_out)?.map_err(lost)?;
        let Some(received) = frame_of(message) else { continue };
        let received = received.map_err(lost)?;
        match &received.decoded.frame {
            Frame::Event(Event::ServerError { code, message, request_id: Some(id) }) if id == request_id => {
                return Err(EventsError::Rejected { code: code.clone(), message: message.clone() });
            }
            Frame::Event(event) => {
                // An ack without requestID is taken as ours (servers that do not echo it).
                let acked = matches!(event, Event::SubscriptionsUpdated { request_id: r, .. }
                    if r.as_deref().is_none_or(|r| r == request_id));
                early.push(received);
                if acked {
                    return Ok(Opened { socket, ready, early });
                }
            }
            Frame::Ready(_) => {}
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
///
/// It never waits for the consumer: every frame is read as it arrives and
/// handed to the bounded [`buffer`](super::buffer), so pings, pongs and
/// command acks flow whatever the consumer does.
pub(crate) struct Task {
    settings: Settings,
    events: Sender,
    commands: mpsc::UnboundedReceiver<Command>,
    commands_open: bool,
    chat_ids: Vec<String>,
    next_request: u64,
    /// `set_chats` calls waiting for their ack, by request ID.
    waiters: Vec<(String, AckReply)>,
    last_seq: Option<u64>,
    last_frame_at: DateTime<Utc>,
    /// The current connection's `ready`, shared with the stream.
    ready: Arc<Mutex<Ready>>,
}

impl Task {
    pub(crate) fn new(
        settings: Settings,
        events: Sender,
        commands: mpsc::UnboundedReceiver<Command>,
        chat_ids: Vec<String>,
        ready: Arc<Mutex<Ready>>,
    ) -> Self {
        Self {
            settings,
            events,
            commands,
            commands_open: true,
            chat_ids,
            next_request: 1,
            waiters: Vec::new(),
            last_seq: None,
            last_frame_at: Utc::now(),
            ready,
        }
    }

    fn request_id(&mut self) -> String {
        self.next_request += 1;
        format!("r{}", self.next_request)
    }

    /// Runs until the consumer goes away or a fatal error was reported.
    pub(crate) async fn run(mut self, first: Opened) {
        let Some(mut socket) = self.start(first) else { return };
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

    /// Takes over a fresh connection: its `ready`, then what came before the ack.
    fn start(&mut self, opened: Opened) -> Option<Socket> {
        *self.ready.lock().unwrap_or_else(|p| p.into_inner()) = opened.ready;
        for received in opened.early {
            if !self.received(received) {
                return None;
            }
        }
        Some(opened.socket)
    }

    /// Queues one item; `false` when the consumer is gone.
    fn emit(&self, item: Item, bytes: usize) -> bool {
        self.events.push(item, bytes) != Pushed::Closed
    }

    /// Bookkeeping for one frame, then hands its event on.
    fn received(&mut self, received: Received) -> bool {
        self.last_frame_at = Utc::now();
        let Received { decoded: Decoded { frame, seq }, bytes } = received;
        if let Some(seq) = seq
            && !self.count(seq)
        {
            return false;
        }
        match frame {
            Frame::Event(event) => self.handle(event, bytes),
            Frame::Ready(ready) => {
                *self.ready.lock().unwrap_or_else(|p| p.into_inner()) = ready;
                true
            }
        }
    }

    /// `seq` accounting for every frame that carries one: a jump is a
    /// [`Event::SeqGap`], a step back or a repeat an [`Event::SeqRestarted`].
    fn count(&mut self, seq: u64) -> bool {
        let report = match self.last_seq {
            Some(last) if seq > last.saturating_add(1) => {
                Some(Event::SeqGap { after_seq: last, next_seq: seq, missed: seq - last - 1 })
            }
            Some(last) if seq <= last => Some(Event::SeqRestarted { after_seq: last, next_seq: seq }),
            _ => None,
        };
        self.last_seq = Some(seq);
        report.is_none_or(|event| self.emit(Ok(event), 0))
    }

    /// Resolves waiting `set_chats` calls, then queues the event.
    fn handle(&mut self, mut event: Event, bytes: usize) -> bool {
        // Server texts that end up in errors and logs never repeat the token.
        match &mut event {
            Event::ServerError { code, message, .. } => {
                crate::secret::scrub_string(code);
                crate::secret::scrub_string(message);
            }
            Event::Malformed { excerpt, .. } => crate::secret::scrub_string(excerpt),
            Event::Unknown { raw, .. } => crate::secret::scrub_json(raw),
            _ => {}
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
        self.emit(Ok(event), bytes)
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
        // A late tick (a busy runtime) waits a whole period again: two
        // pings never go out back to back.
        ping.set_missed_tick_behavior(MissedTickBehavior::Delay);
        let mut last_heard = Instant::now();
        let mut last_ping: Option<Instant> = None;
        loop {
            tokio::select! {
                _ = self.events.closed() => return Exit::Stop,
                command = self.commands.recv(), if self.commands_open => match command {
                    None => self.commands_open = false,
                    Some(Command::SetChats { chat_ids, reply }) => {
                        let id = self.accept(chat_ids, reply);
                        if let Err(e) = socket.send(subscribe_frame(&id, &self.chat_ids, self.settings.app_state)).await {
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
                        Some(Ok(received)) => if !self.received(received) {
                            return Exit::Stop;
                        },
                        Some(Err(reason)) => return Exit::Dropped(reason),
                        None => self.last_frame_at = Utc::now(),
                    }
                }
                _ = ping.tick() => {
                    // The socket is read all the time, so silence here is the
                    // socket's: nothing at all (not even the pong) arrived in
                    // the full period since the last ping.
                    if let Some(sent) = last_ping
                        && last_heard < sent
                        && sent.elapsed() >= interval
                    {
                        return Exit::Dropped(format!("no answer to a ping within {interval:?}"));
                    }
                    last_ping = Some(Instant::now());
                    if let Err(e) = socket.send(WsMessage::Ping(Default::default())).await {
                        return Exit::Dropped(describe(&e));
                    }
                }
            }
        }
    }

    /// Reconnects with backoff; `None` when the stream must end.
    async fn reconnect(&mut self, reason: String) -> Option<Socket> {
        // A close reason is the server's text.
        let mut reason = crate::secret::scrub(&reason).into_owned();
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
                let _ = self.emit(Err(gave_up), 0);
                return None;
            }
            let delay = policy.delay(attempt);
            if !self.emit(Ok(Event::Disconnected { reason: reason.clone(), attempt, retry_in: delay }), 0) {
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
            let opening = open(&self.settings, &chat_ids, &id);
            // The consumer may go away while a dial hangs.
            let result = tokio::select! {
                result = opening => result,
                _ = self.events.closed() => return None,
            };
            match result {
                Ok(opened) => {
                    let missed = Missed {
                        last_seq,
                        since,
                        downtime: down_since.elapsed(),
                        failed_attempts: attempt - 1,
                        chat_ids,
                    };
                    if !self.emit(Ok(Event::Reconnected { missed }), 0) {
                        return None;
                    }
                    return self.start(opened);
                }
                Err(e) if e.is_transient() => {
                    reason = e.to_string();
                    last_error = e;
                    attempt += 1;
                }
                Err(fatal) => {
                    self.fail_waiters();
                    let _ = self.emit(Err(fatal), 0);
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
