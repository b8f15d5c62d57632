//! The access token never reaches a log: everything at TRACE, through
//! `tracing` and through the `log` bridge (where tungstenite and other
//! libraries log), over connect, events, a dropped connection, a
//! reconnect, dropping the stream and a refused upgrade. Nor does a server
//! that echoes it back get it into an error.

use std::io;
use std::sync::{Arc, Mutex, Once};
use std::time::Duration;

use beeper_desktop::events::{Event, EventsError};
use futures::StreamExt;
use serde_json::json;
use tracing_subscriber::fmt::MakeWriter;

use crate::server::{STEP, TOKEN, WsServer};
use crate::{bounded, client, fast, next, next_ok};

/// Everything the subscriber writes.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl io::Write for Capture {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Capture {
    type Writer = Capture;

    fn make_writer(&'a self) -> Capture {
        self.clone()
    }
}

impl Capture {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

/// The usual application setup (`fmt().with_max_level(TRACE)` with the
/// `log` bridge), as this thread's subscriber so other tests keep quiet.
/// The test runs on a current-thread runtime: every task it spawns (the
/// connection task, the servers, hyper's) logs here.
fn trace_everything(capture: &Capture) -> tracing::subscriber::DefaultGuard {
    static BRIDGE: Once = Once::new();
    BRIDGE.call_once(|| tracing_log::LogTracer::init().expect("the log bridge"));
    let subscriber =
        tracing_subscriber::fmt().with_max_level(tracing::Level::TRACE).with_writer(capture.clone()).finish();
    tracing::subscriber::set_default(subscriber)
}

#[tokio::test]
async fn the_token_is_in_no_trace_line_through_tracing_or_log() {
    let capture = Capture::default();
    let guard = trace_everything(&capture);
    bounded(async {
        // Connection 0 sends two events and drops; 1 is the reconnect; 2+ refuse with 401.
        let server = WsServer::start(|n, peer| async move {
            match n {
                0 | 1 => {
                    let mut conn = peer.accept().await.unwrap();
                    conn.handshake().await;
                    for seq in 1..=2 {
                        conn.send(json!({"type":"chat.upserted","seq":seq,"ts":1,"chatID":"!a:x","ids":["!a:x"]}))
                            .await;
                    }
                    if n == 1 {
                        conn.closed_by_client().await;
                    }
                }
                _ => peer.refuse(401).await,
            }
        })
        .await;
        let mut events = client(&server).events().url(server.url()).reconnect(fast()).connect().await.unwrap();
        assert!(matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { .. }));
        assert!(matches!(next_ok(&mut events).await, Event::ChatUpserted { .. }));
        assert!(matches!(next_ok(&mut events).await, Event::ChatUpserted { .. }));
        assert!(matches!(next_ok(&mut events).await, Event::Disconnected { .. }));
        assert!(matches!(next_ok(&mut events).await, Event::Reconnected { .. }));
        assert!(matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { .. }));
        assert!(matches!(next_ok(&mut events).await, Event::ChatUpserted { .. }));
        drop(events);
        let err = client(&server).events().url(server.url()).connect().await.unwrap_err();
        assert!(matches!(err, EventsError::Unauthorized { status: 401 }), "{err:?}");
        // Let the closing handshakes finish (and log).
        tokio::time::sleep(Duration::from_millis(200)).await;
        assert_eq!(server.upgrades().len(), 3);
    })
    .await;
    drop(guard);
    let logs = capture.text();
    assert!(logs.lines().count() > 20, "the capture works: {logs}");
    assert!(logs.contains("tungstenite"), "records of the `log` crate arrived through the bridge");
    let leaks: Vec<&str> = logs.lines().filter(|line| line.contains(TOKEN)).collect();
    assert!(leaks.is_empty(), "{} lines with the token, first: {}", leaks.len(), leaks[0]);
}

/// A proxy answering the upgrade with an error page that echoes the
/// request's headers: the token is scrubbed from the error.
#[tokio::test]
async fn an_error_page_echoing_the_token_does_not_put_it_in_the_error() {
    bounded(async {
        let server = WsServer::start(|_, peer| async move {
            let page = format!(
                "<html><body><h1>502 Bad Gateway</h1><pre>GET /v1/ws HTTP/1.1\nauthorization: Bearer {TOKEN}\n\
                 x-token: {TOKEN}</pre></body></html>"
            );
            peer.refuse_with(502, &page).await
        })
        .await;
        let err = client(&server).events().url(server.url()).reconnect(fast()).connect().await.unwrap_err();
        match &err {
            EventsError::Handshake { status: 502, body } => assert!(body.contains("Bad Gateway"), "{body}"),
            other => panic!("{other:?}"),
        }
        for text in [err.to_string(), format!("{err:?}")] {
            assert!(!text.contains(TOKEN), "{text}");
        }
        assert!(err.to_string().contains("<redacted>"), "{err}");
    })
    .await;
}

/// The same echo from a server that upgraded and then closes with it.
#[tokio::test]
async fn a_close_reason_echoing_the_token_does_not_put_it_in_the_stream() {
    bounded(async {
        let server = WsServer::start(|n, peer| async move {
            let mut conn = peer.accept().await.unwrap();
            conn.handshake().await;
            if n == 0 {
                conn.close_with(&format!("bad auth Bearer {TOKEN}")).await;
            } else {
                conn.idle(STEP).await;
            }
        })
        .await;
        let mut events = client(&server).events().url(server.url()).reconnect(fast()).connect().await.unwrap();
        assert!(matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { .. }));
        match next(&mut events).await.unwrap() {
            Event::Disconnected { reason, .. } => {
                assert!(reason.contains("bad auth"), "{reason}");
                assert!(!reason.contains(TOKEN), "{reason}");
            }
            other => panic!("{other:?}"),
        }
        let _ = tokio::time::timeout(Duration::from_millis(1), events.next()).await;
    })
    .await;
}

/// A one-connection HTTP server that answers `status` with `body(request)`:
/// a proxy's error page echoing what it received, headers included.
async fn echoing_http_server(status: u16, content_type: &'static str, body: fn(&str) -> String) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        while let Ok(Ok((mut tcp, _))) = tokio::time::timeout(STEP, listener.accept()).await {
            let mut request = Vec::new();
            let mut buf = [0u8; 1024];
            while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                match tokio::time::timeout(STEP, tcp.read(&mut buf)).await {
                    Ok(Ok(n)) if n > 0 => request.extend_from_slice(&buf[..n]),
                    _ => break,
                }
            }
            let body = body(&String::from_utf8_lossy(&request));
            let reply = format!(
                "HTTP/1.1 {status} Oops\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = tcp.write_all(reply.as_bytes()).await;
        }
    });
    url
}

/// REST: a 500 page (and a JSON error) echoing the request's headers; the
/// token is in neither the error's Display nor its Debug.
#[tokio::test]
async fn a_rest_error_page_echoing_the_token_does_not_put_it_in_the_error() {
    bounded(async {
        let html =
            echoing_http_server(500, "text/html", |request| format!("<h1>Internal error</h1><pre>{request}</pre>"))
                .await;
        let json = echoing_http_server(400, "application/json", |request| {
            json!({"code": "bad_request", "message": request, "details": {"headers": request}}).to_string()
        })
        .await;
        for base in [html, json] {
            let client =
                beeper_desktop::Client::builder().base_url(&base).access_token(TOKEN).max_retries(0).build().unwrap();
            let err = client.get_chat().chat_id("!a:x").send().await.unwrap_err();
            let shown = format!("{err} {err:?}");
            assert!(shown.contains("uthorization: Bearer <redacted>"), "the echo is there, scrubbed: {shown}");
            assert!(!shown.contains(TOKEN), "{shown}");
        }
    })
    .await;
}
