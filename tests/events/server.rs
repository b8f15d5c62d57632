//! A scripted loopback WebSocket server: each accepted connection runs the
//! test's script, which decides to upgrade or refuse and then plays frames.
//! Every wait is bounded; the server task is aborted when dropped.

#![allow(dead_code)]
// The handshake callback signature is fixed by tungstenite.
#![allow(clippy::result_large_err)]

use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::handshake::server::{ErrorResponse, Request, Response};
use tokio_tungstenite::tungstenite::http::StatusCode;

/// Token every test client sends.
pub const TOKEN: &str = "events-token-42";
/// Longest any single server wait may take.
pub const STEP: Duration = Duration::from_secs(10);

/// What arrived with one upgrade request.
#[derive(Clone, Debug)]
pub struct Upgrade {
    pub path: String,
    pub authorization: Option<String>,
    pub user_agent: Option<String>,
}

type Log = Arc<Mutex<Vec<Upgrade>>>;

pub struct WsServer {
    pub port: u16,
    log: Log,
    task: JoinHandle<()>,
}

impl Drop for WsServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl WsServer {
    /// Serves connections, numbered from 0, with `script`.
    pub async fn start<F, Fut>(script: F) -> WsServer
    where
        F: Fn(usize, Peer) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let log: Log = Arc::default();
        let task_log = log.clone();
        let task = tokio::spawn(async move {
            let script = Arc::new(script);
            // Bounded: the test's own timeout aborts the server with the test.
            for n in 0.. {
                let Ok((tcp, _)) = listener.accept().await else { return };
                let peer = Peer { tcp, log: task_log.clone() };
                let script = script.clone();
                tokio::spawn(async move {
                    // Long enough for the ignored full-scale run (95 s pause).
                    let _ = tokio::time::timeout(Duration::from_secs(200), script(n, peer)).await;
                });
            }
        });
        WsServer { port, log, task }
    }

    /// `ws://127.0.0.1:<port>/v1/ws`
    pub fn url(&self) -> String {
        format!("ws://127.0.0.1:{}/v1/ws", self.port)
    }

    /// A base URL for the REST side pointing at the same port.
    pub fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Upgrade requests seen so far (accepted or refused).
    pub fn upgrades(&self) -> Vec<Upgrade> {
        self.log.lock().unwrap().clone()
    }
}

/// A connection before the handshake.
pub struct Peer {
    tcp: TcpStream,
    log: Log,
}

fn header(request: &Request, name: &str) -> Option<String> {
    request.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned)
}

impl Peer {
    fn record(log: &Log, request: &Request) {
        log.lock().unwrap().push(Upgrade {
            path: request.uri().path().to_owned(),
            authorization: header(request, "authorization"),
            user_agent: header(request, "user-agent"),
        });
    }

    /// Upgrades when the bearer token is right, answers 401 otherwise.
    pub async fn accept(self) -> Option<Conn> {
        let log = self.log.clone();
        let callback = move |request: &Request, response: Response| -> Result<Response, ErrorResponse> {
            Peer::record(&log, request);
            if header(request, "authorization").as_deref() == Some(&format!("Bearer {TOKEN}")) {
                Ok(response)
            } else {
                let mut refusal = ErrorResponse::new(Some(r#"{"code":"unauthorized","message":"bad token"}"#.into()));
                *refusal.status_mut() = StatusCode::UNAUTHORIZED;
                Err(refusal)
            }
        };
        let ws =
            tokio::time::timeout(STEP, tokio_tungstenite::accept_hdr_async(self.tcp, callback)).await.ok()?.ok()?;
        Some(Conn { ws })
    }

    /// Answers the upgrade request with `status` instead of upgrading.
    pub async fn refuse(self, status: u16) {
        let log = self.log.clone();
        let callback = move |request: &Request, _response: Response| -> Result<Response, ErrorResponse> {
            Peer::record(&log, request);
            let mut refusal = ErrorResponse::new(Some("refused".into()));
            *refusal.status_mut() = StatusCode::from_u16(status).unwrap();
            Err(refusal)
        };
        let _ = tokio::time::timeout(STEP, tokio_tungstenite::accept_hdr_async(self.tcp, callback)).await;
    }

    /// Answers the upgrade request with `status` and `body`.
    pub async fn refuse_with(self, status: u16, body: &str) {
        let log = self.log.clone();
        let body = body.to_owned();
        let callback = move |request: &Request, _response: Response| -> Result<Response, ErrorResponse> {
            Peer::record(&log, request);
            let mut refusal = ErrorResponse::new(Some(body));
            *refusal.status_mut() = StatusCode::from_u16(status).unwrap();
            Err(refusal)
        };
        let _ = tokio::time::timeout(STEP, tokio_tungstenite::accept_hdr_async(self.tcp, callback)).await;
    }

    /// Drops the TCP connection without answering.
    pub fn hang_up(self) {}
}

/// An upgraded connection.
pub struct Conn {
    ws: WebSocketStream<TcpStream>,
}

impl Conn {
    pub async fn send(&mut self, frame: Value) {
        self.send_text(&frame.to_string()).await;
    }

    pub async fn send_text(&mut self, text: &str) {
        tokio::time::timeout(STEP, self.ws.send(Message::text(text))).await.unwrap().unwrap();
    }

    pub async fn send_binary(&mut self, bytes: &[u8]) {
        tokio::time::timeout(STEP, self.ws.send(Message::binary(bytes.to_vec()))).await.unwrap().unwrap();
    }

    /// Next text frame as JSON (pings are answered by the library).
    pub async fn recv(&mut self) -> Value {
        loop {
            let message = tokio::time::timeout(STEP, self.ws.next()).await.expect("client frame in time");
            match message.expect("connection open").expect("readable frame") {
                Message::Text(text) => return serde_json::from_str(text.as_str()).unwrap(),
                Message::Ping(_) | Message::Pong(_) => {}
                other => panic!("unexpected client frame {other:?}"),
            }
        }
    }

    /// Reads until the client closes (or the time is up); `true` if it did.
    pub async fn closed_by_client(&mut self) -> bool {
        let read = async {
            loop {
                match self.ws.next().await {
                    None | Some(Err(_)) | Some(Ok(Message::Close(_))) => return true,
                    Some(Ok(_)) => {}
                }
            }
        };
        tokio::time::timeout(STEP, read).await.unwrap_or(false)
    }

    pub async fn ready(&mut self) {
        self.send(json!({"type": "ready", "version": 1, "chatIDs": []})).await;
    }

    /// Reads a `subscriptions.set`, checks it carries exactly the three
    /// keys, and returns `(requestID, chatIDs)`.
    pub async fn expect_subscribe(&mut self) -> (String, Vec<String>) {
        let frame = self.recv().await;
        let obj = frame.as_object().unwrap();
        let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["chatIDs", "requestID", "type"], "{frame}");
        assert_eq!(frame["type"], "subscriptions.set");
        let ids = frame["chatIDs"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_owned()).collect();
        (frame["requestID"].as_str().unwrap().to_owned(), ids)
    }

    pub async fn ack(&mut self, request_id: &str, chat_ids: &[String]) {
        self.send(json!({"type": "subscriptions.updated", "requestID": request_id, "chatIDs": chat_ids})).await;
    }

    /// `ready`, then the client's subscription, acknowledged; returns the set.
    pub async fn handshake(&mut self) -> Vec<String> {
        self.ready().await;
        let (id, chats) = self.expect_subscribe().await;
        self.ack(&id, &chats).await;
        chats
    }

    /// Closes the connection with a close frame carrying `reason`.
    pub async fn close_with(mut self, reason: &str) {
        use tokio_tungstenite::tungstenite::protocol::CloseFrame;
        use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
        let frame = CloseFrame { code: CloseCode::Policy, reason: reason.to_owned().into() };
        let _ = tokio::time::timeout(STEP, self.ws.close(Some(frame))).await;
        self.closed_by_client().await;
    }

    /// Sends a ping and reads until its pong: the client has read every
    /// frame sent before. Client text frames read meanwhile are returned.
    pub async fn sync(&mut self) -> Vec<Value> {
        tokio::time::timeout(STEP, self.ws.send(Message::Ping(b"sync".to_vec().into()))).await.unwrap().unwrap();
        let mut texts = Vec::new();
        loop {
            let message = tokio::time::timeout(STEP, self.ws.next()).await.expect("pong in time");
            match message.expect("connection open").expect("readable frame") {
                Message::Pong(payload) if payload.as_ref() == b"sync" => return texts,
                Message::Text(text) => texts.push(serde_json::from_str(text.as_str()).unwrap()),
                _ => {}
            }
        }
    }

    /// Sends `frames`, `batch` at a time with `pause` between batches,
    /// reading meanwhile so the client's pings are answered.
    pub async fn send_paced(&mut self, frames: impl IntoIterator<Item = String>, batch: usize, pause: Duration) {
        let frames: Vec<String> = frames.into_iter().collect();
        for chunk in frames.chunks(batch.max(1)) {
            for frame in chunk {
                tokio::time::timeout(STEP, self.ws.feed(Message::text(frame.as_str()))).await.unwrap().unwrap();
            }
            tokio::time::timeout(STEP, self.ws.flush()).await.unwrap().unwrap();
            self.read_for(pause).await;
        }
    }

    /// Reads (answering pings, ignoring what arrives) for `how_long`.
    pub async fn read_for(&mut self, how_long: Duration) {
        let deadline = tokio::time::Instant::now() + how_long;
        while let Ok(Some(Ok(_))) = tokio::time::timeout_at(deadline, self.ws.next()).await {}
    }

    /// Reads (answering pings) until `stop` resolves.
    pub async fn read_until<F: Future>(&mut self, stop: F) {
        let read = async {
            while let Some(Ok(_)) = self.ws.next().await {}
            // Closed by the client: wait for the test anyway.
            std::future::pending::<()>().await;
        };
        tokio::select! {
            _ = read => {}
            _ = tokio::time::timeout(STEP, stop) => {}
        }
    }

    /// Keeps the connection open without reading (so pings go unanswered).
    pub async fn idle(self, how_long: Duration) {
        tokio::time::sleep(how_long).await;
        drop(self);
    }
}

/// A one-shot HTTP server answering `GET /v1/info` with `ws_events`.
pub async fn info_server(ws_events: String) -> (String, JoinHandle<()>) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let task = tokio::spawn(async move {
        let Ok(Ok((mut tcp, _))) = tokio::time::timeout(STEP, listener.accept()).await else { return };
        let mut request = Vec::new();
        let mut buf = [0u8; 1024];
        while !request.windows(4).any(|w| w == b"\r\n\r\n") {
            match tokio::time::timeout(STEP, tcp.read(&mut buf)).await {
                Ok(Ok(n)) if n > 0 => request.extend_from_slice(&buf[..n]),
                _ => return,
            }
        }
        assert!(request.starts_with(b"GET /v1/info "), "{}", String::from_utf8_lossy(&request));
        let body = json!({
            "app": {"bundle_id": "com.automattic.beeper.desktop", "name": "Beeper", "version": "4.2.605"},
            "endpoints": {"mcp": "", "spec": "", "ws_events": ws_events, "oauth": {
                "authorization_endpoint": "", "introspection_endpoint": "", "registration_endpoint": "",
                "revocation_endpoint": "", "token_endpoint": "", "userinfo_endpoint": ""}},
            "platform": {"arch": "x64", "os": "linux"},
            "server": {"base_url": "", "hostname": "127.0.0.1", "mcp_enabled": false, "port": 0,
                       "remote_access": false, "status": "running"}
        })
        .to_string();
        let reply = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        );
        let _ = tcp.write_all(reply.as_bytes()).await;
    });
    (url, task)
}
