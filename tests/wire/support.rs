//! A loopback HTTP/1.1 server that records each raw request exactly as it
//! arrived (request target, headers, body bytes) and answers from a queue of
//! canned replies. Raw recording is the point: it pins percent-encoding,
//! repeated query keys and header values that a higher-level mock would
//! normalise away.
//!
//! The same server injects faults: [`MockServer::scripted`] takes one
//! [`Fault`] per request (close, reset, stall, trickle, truncate, ...).

#![allow(dead_code)]

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use beeper_desktop::Client;
use serde_json::Value;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// Token every test client sends.
pub const TOKEN: &str = "test-token-123";

/// A canned HTTP response.
#[derive(Clone, Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    /// JSON body with `content-type: application/json`.
    pub fn json(status: u16, body: &Value) -> Self {
        Self::raw(status, "application/json", serde_json::to_vec(body).unwrap())
    }

    /// A fixture file from `tests/fixtures/` served as JSON.
    pub fn fixture(status: u16, name: &str) -> Self {
        Self::raw(status, "application/json", fixture_bytes(name))
    }

    /// Any body with the given content type.
    pub fn raw(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Self {
        Self { status, headers: vec![("content-type".into(), content_type.into())], body: body.into() }
    }

    /// No body at all.
    pub fn empty(status: u16) -> Self {
        Self { status, headers: vec![], body: vec![] }
    }

    /// Adds a response header.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
}

/// What the server does with one request.
#[derive(Clone, Debug)]
pub enum Fault {
    /// Answer normally.
    Reply(Reply),
    /// Close a new connection at once, before reading anything (on a
    /// reused connection: close after reading the request head).
    CloseBeforeReading,
    /// Read the request, then close without answering.
    CloseAfterReading,
    /// Read the request, then reset the connection (TCP RST).
    Reset,
    /// Read the request head and at most `body_bytes` of its body, then close.
    DropMidRequest { body_bytes: usize },
    /// Announce the reply's whole body but send only `sent` bytes of it, then close.
    Truncate { reply: Reply, sent: usize },
    /// Read the request, then say nothing for this long and close.
    Stall(Duration),
    /// Send head and body one byte at a time, `gap` apart.
    Trickle { reply: Reply, gap: Duration },
    /// Answer, keep the connection idle for `after`, then close it.
    ReplyThenClose { reply: Reply, after: Duration },
    /// Answer with a chunked body (no `content-length`).
    Chunked(Reply),
}

/// Bytes of `tests/fixtures/<name>`.
pub fn fixture_bytes(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read fixture {path}: {e}"))
}

/// One request as received.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    /// Request target exactly as sent: raw path plus `?query`.
    pub target: String,
    /// Header names lower-cased, in arrival order.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Recorded {
    /// Raw path, percent-encoding untouched.
    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap()
    }

    /// Raw query string (without `?`), if any.
    pub fn raw_query(&self) -> Option<&str> {
        self.target.split_once('?').map(|(_, q)| q)
    }

    /// Query pairs, form-decoded (`+` and `%20` both become a space), in order.
    pub fn query(&self) -> Vec<(String, String)> {
        let Some(q) = self.raw_query() else { return vec![] };
        q.split('&')
            .filter(|p| !p.is_empty())
            .map(|pair| {
                let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                (form_decode(k), form_decode(v))
            })
            .collect()
    }

    /// All values of one header (name case-insensitive).
    pub fn header_values(&self, name: &str) -> Vec<&str> {
        let name = name.to_ascii_lowercase();
        self.headers.iter().filter(|(n, _)| *n == name).map(|(_, v)| v.as_str()).collect()
    }

    /// The single value of a header, or `None`; panics if repeated.
    pub fn header(&self, name: &str) -> Option<&str> {
        let values = self.header_values(name);
        assert!(values.len() <= 1, "header {name} sent {} times: {values:?}", values.len());
        values.first().copied()
    }

    /// Body parsed as JSON.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("body is not JSON ({e}): {:?}", String::from_utf8_lossy(&self.body)))
    }

    /// Asserts the request is the spec's operation `id` (method and path
    /// template, from the table generated out of openapi.yaml), sent with
    /// the bearer token exactly when the spec asks for it, and returns the
    /// raw values of the template's path parameters.
    pub fn assert_operation(&self, id: &str) -> Vec<String> {
        let op = beeper_desktop::spec::OPERATIONS
            .iter()
            .find(|op| op.id == id)
            .unwrap_or_else(|| panic!("operation {id} is not in openapi.yaml"));
        assert_eq!(self.method, op.method, "method of {id}");
        let template: Vec<&str> = op.path.split('/').collect();
        let actual: Vec<&str> = self.path().split('/').collect();
        assert_eq!(actual.len(), template.len(), "path {} does not fit {} ({id})", self.path(), op.path);
        let mut params = vec![];
        for (t, a) in template.iter().zip(&actual) {
            if t.starts_with('{') {
                params.push((*a).to_owned());
            } else {
                assert_eq!(t, a, "path {} does not fit {} ({id})", self.path(), op.path);
            }
        }
        let expected_auth = format!("Bearer {TOKEN}");
        if op.authenticated {
            assert_eq!(self.header("authorization"), Some(expected_auth.as_str()), "{id} must send the token");
        } else {
            assert_eq!(self.header("authorization"), None, "{id} must not send the token");
        }
        assert_eq!(self.header("api-version"), None, "progenitor's api-version header must be removed");
        assert!(
            self.header("user-agent").is_some_and(|ua| ua.starts_with("beeper-desktop-rs/")),
            "user agent: {:?}",
            self.header("user-agent")
        );
        for h in &self.headers {
            assert!(!h.0.starts_with("x-stainless"), "vendor header sent: {h:?}");
        }
        params
    }

    /// Asserts a JSON request: content type and exact body.
    pub fn assert_json_body(&self, expected: &Value) {
        assert_eq!(self.header("content-type"), Some("application/json"), "content type");
        assert_eq!(&self.json(), expected, "request body");
    }

    /// Asserts there is no body and no content type.
    pub fn assert_no_body(&self) {
        assert!(self.body.is_empty(), "unexpected body {:?}", String::from_utf8_lossy(&self.body));
        assert_eq!(self.header("content-type"), None, "content type without a body");
    }
}

/// `application/x-www-form-urlencoded` decoding of one key or value.
pub fn form_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
                out.push(u8::from_str_radix(hex, 16).unwrap_or_else(|_| panic!("bad escape in {s}")));
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| panic!("query part {s} is not UTF-8"))
}

/// The loopback server.
pub struct MockServer {
    addr: SocketAddr,
    requests: Arc<Mutex<Vec<Recorded>>>,
    replies: Arc<Mutex<VecDeque<Fault>>>,
    connections: Arc<AtomicUsize>,
    closed: Arc<AtomicUsize>,
}

impl MockServer {
    /// Starts a server answering with `replies`, one per request, in order.
    /// Requests beyond the queue get a 599 so a test never hangs.
    pub async fn start(replies: Vec<Reply>) -> Self {
        Self::scripted(replies.into_iter().map(Fault::Reply).collect()).await
    }

    /// Starts a server that handles each request with the next fault of
    /// `script`; requests beyond it get a 599.
    pub async fn scripted(script: Vec<Fault>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let replies = Arc::new(Mutex::new(VecDeque::from(script)));
        let connections = Arc::new(AtomicUsize::new(0));
        let closed = Arc::new(AtomicUsize::new(0));
        let (req, rep, conns, ended) = (requests.clone(), replies.clone(), connections.clone(), closed.clone());
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else { return };
                conns.fetch_add(1, Ordering::SeqCst);
                let (req, rep, ended) = (req.clone(), rep.clone(), ended.clone());
                tokio::spawn(async move {
                    let _ = serve(stream, req, rep).await;
                    // `serve` owned the stream: returning closed it.
                    ended.fetch_add(1, Ordering::SeqCst);
                });
            }
        });
        Self { addr, requests, replies, connections, closed }
    }

    /// Waits (at most 5 s) until the server has closed `n` connections,
    /// then lets the client's runtime read the end of stream.
    pub async fn closed_connections(&self, n: usize) {
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(5);
        while self.closed.load(Ordering::SeqCst) < n {
            assert!(tokio::time::Instant::now() < deadline, "the server closed fewer than {n} connections in 5 s");
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }

    /// Connections accepted so far (a request closed before reading is a
    /// connection without a recorded request).
    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }

    /// Replaces the queue of replies (for replies that need the server's URL).
    pub fn with_replies(self, replies: Vec<Reply>) -> Self {
        *self.replies.lock().unwrap() = replies.into_iter().map(Fault::Reply).collect();
        self
    }

    /// A server answering one request with `reply`.
    pub async fn once(reply: Reply) -> Self {
        Self::start(vec![reply]).await
    }

    /// `http://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// A client for this server with [`TOKEN`] and retries off, so each
    /// call is exactly one request (`retries.rs` tests retrying).
    pub fn client(&self) -> Client {
        self.builder().max_retries(0).build().unwrap()
    }

    /// A builder for this server with [`TOKEN`] and default settings.
    pub fn builder(&self) -> beeper_desktop::ClientBuilder {
        Client::builder().base_url(self.url()).access_token(TOKEN)
    }

    /// Everything received so far.
    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap().clone()
    }

    /// The only request received; fails if there were more or none.
    pub fn single(&self) -> Recorded {
        let all = self.requests();
        assert_eq!(all.len(), 1, "expected exactly one request, got {all:#?}");
        all.into_iter().next().unwrap()
    }

    /// Replies not consumed yet.
    pub fn pending_replies(&self) -> usize {
        self.replies.lock().unwrap().len()
    }
}

async fn serve(
    stream: TcpStream,
    requests: Arc<Mutex<Vec<Recorded>>>,
    replies: Arc<Mutex<VecDeque<Fault>>>,
) -> std::io::Result<()> {
    stream.set_nodelay(true)?;
    {
        let mut queue = replies.lock().unwrap();
        if matches!(queue.front(), Some(Fault::CloseBeforeReading)) {
            queue.pop_front();
            return Ok(());
        }
    }
    let mut reader = BufReader::new(stream);
    loop {
        let Some((method, target, headers)) = read_head(&mut reader).await? else { return Ok(()) };
        let fault = replies
            .lock()
            .unwrap()
            .pop_front()
            .unwrap_or_else(|| Fault::Reply(Reply::raw(599, "text/plain", "no reply queued")));
        let get = |name: &str| headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
        let mut body = Vec::new();
        if let Fault::DropMidRequest { body_bytes } = fault {
            let announced = get("content-length").and_then(|v| v.parse::<usize>().ok()).unwrap_or(0);
            body.resize(body_bytes.min(announced), 0);
            reader.read_exact(&mut body).await?;
            requests.lock().unwrap().push(Recorded { method, target, headers, body });
            return Ok(());
        }
        if get("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")) {
            loop {
                let mut size = String::new();
                reader.read_line(&mut size).await?;
                let size = usize::from_str_radix(size.trim().split(';').next().unwrap(), 16).unwrap_or(0);
                let mut chunk = vec![0; size + 2];
                reader.read_exact(&mut chunk).await?;
                if size == 0 {
                    break;
                }
                body.extend_from_slice(&chunk[..size]);
            }
        } else if let Some(len) = get("content-length").and_then(|v| v.parse::<usize>().ok()) {
            body.resize(len, 0);
            reader.read_exact(&mut body).await?;
        }
        requests.lock().unwrap().push(Recorded { method, target, headers, body });
        let stream = reader.get_mut();
        match fault {
            Fault::Reply(reply) => {
                // One write for head and body: two small writes stall on delayed ACKs.
                stream.write_all(&encode(&reply, true)).await?;
                stream.flush().await?;
            }
            Fault::CloseBeforeReading | Fault::CloseAfterReading | Fault::DropMidRequest { .. } => return Ok(()),
            Fault::Reset => {
                stream.set_zero_linger()?;
                return Ok(());
            }
            Fault::Truncate { reply, sent } => {
                let bytes = encode(&reply, true);
                let keep = bytes.len() - reply.body.len() + sent.min(reply.body.len());
                stream.write_all(&bytes[..keep]).await?;
                stream.flush().await?;
                return Ok(());
            }
            Fault::Stall(time) => {
                tokio::time::sleep(time).await;
                return Ok(());
            }
            Fault::Trickle { reply, gap } => {
                for byte in encode(&reply, true) {
                    stream.write_all(&[byte]).await?;
                    stream.flush().await?;
                    if gap.is_zero() {
                        tokio::task::yield_now().await;
                    } else {
                        tokio::time::sleep(gap).await;
                    }
                }
            }
            Fault::ReplyThenClose { reply, after } => {
                stream.write_all(&encode(&reply, true)).await?;
                stream.flush().await?;
                tokio::time::sleep(after).await;
                return Ok(());
            }
            Fault::Chunked(reply) => {
                stream.write_all(&encode(&reply, false)).await?;
                for chunk in reply.body.chunks(64 * 1024) {
                    stream.write_all(format!("{:x}\r\n", chunk.len()).as_bytes()).await?;
                    stream.write_all(chunk).await?;
                    stream.write_all(b"\r\n").await?;
                }
                stream.write_all(b"0\r\n\r\n").await?;
                stream.flush().await?;
            }
        }
    }
}

/// Reads a request line and headers; `None` when the client closed.
async fn read_head(
    reader: &mut BufReader<TcpStream>,
) -> std::io::Result<Option<(String, String, Vec<(String, String)>)>> {
    let mut line = String::new();
    if reader.read_line(&mut line).await? == 0 {
        return Ok(None);
    }
    let mut parts = line.trim_end().splitn(3, ' ');
    let method = parts.next().unwrap_or_default().to_owned();
    let target = parts.next().unwrap_or_default().to_owned();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).await? == 0 {
            return Ok(None);
        }
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        let (n, v) = h.split_once(':').unwrap_or((h, ""));
        headers.push((n.trim().to_ascii_lowercase(), v.trim().to_owned()));
    }
    Ok(Some((method, target, headers)))
}

/// Head (and, with `sized`, a `content-length` and the body) of `reply`;
/// without `sized` the head announces a chunked body and stops there.
fn encode(reply: &Reply, sized: bool) -> Vec<u8> {
    let mut head = format!("HTTP/1.1 {} X\r\n", reply.status);
    for (n, v) in &reply.headers {
        head.push_str(&format!("{n}: {v}\r\n"));
    }
    let bodyless = reply.status == 204 || reply.status == 304;
    if !sized {
        head.push_str("transfer-encoding: chunked\r\n\r\n");
        return head.into_bytes();
    }
    if !bodyless {
        head.push_str(&format!("content-length: {}\r\n", reply.body.len()));
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    if !bodyless {
        bytes.extend_from_slice(&reply.body);
    }
    bytes
}
