//! Fault injection: one test per fault of `RELIABILITY.md`, each against a
//! read (`get_chat`, idempotent) and, where it matters, a send
//! (`send_message`, a POST that must never be repeated once it may have
//! reached the server). Every test asserts the outcome (success after N
//! attempts or the exact error variant), how many requests the server saw,
//! and a generous "did not hang" bound on the elapsed time.
//!
//! Clients here use short timeouts and backoffs so the whole file runs in
//! a few seconds.

use std::future::Future;
use std::time::{Duration, Instant};

use beeper_desktop::{Client, Error, RetryPolicy};
use reqwest::StatusCode;
use serde_json::json;

use crate::support::{Fault, MockServer, Reply, TOKEN, fixture_bytes};

const CHAT_ID: &str = "!a1b2c3:beeper.local";
/// No test call may take longer than this (they all take far less).
const HANG: Duration = Duration::from_secs(8);
/// Per-attempt timeout of the test clients.
const ATTEMPT: Duration = Duration::from_millis(400);

fn fast() -> RetryPolicy {
    RetryPolicy::default().with_initial_backoff(Duration::from_millis(5)).with_max_backoff(Duration::from_millis(20))
}

/// 2 retries, fast backoff, 400 ms per attempt, 5 s per call.
fn client(server: &MockServer) -> Client {
    server.builder().retry_policy(fast()).timeout(ATTEMPT).call_deadline(Duration::from_secs(5)).build().unwrap()
}

/// Runs `call`, failing the test if it takes [`HANG`] or more, and checks
/// any error it returns with [`assert_clean`]; returns the output and the
/// time it took.
async fn timed<T: Outcome>(call: impl Future<Output = T>) -> (T, Duration) {
    let started = Instant::now();
    let output = tokio::time::timeout(HANG, call).await.expect("the call hung");
    let elapsed = started.elapsed();
    assert!(elapsed < HANG, "took {elapsed:?}");
    if let Some(error) = output.error() {
        assert_clean(error);
    }
    (output, elapsed)
}

/// Results whose error [`timed`] checks.
trait Outcome {
    fn error(&self) -> Option<&Error>;
}

impl<T> Outcome for Result<T, Error> {
    fn error(&self) -> Option<&Error> {
        self.as_ref().err()
    }
}

impl Outcome for (Vec<String>, Option<Error>) {
    fn error(&self) -> Option<&Error> {
        self.1.as_ref()
    }
}

/// Every error of every fault: one short line, no token in `Display` or
/// `Debug`, and the chain of sources also free of the token.
fn assert_clean(error: &Error) {
    let shown = error.to_string();
    assert!(!shown.contains('\n') && !shown.contains('\r'), "display spans lines: {shown}");
    assert!(shown.chars().count() <= 1000, "display of {} characters", shown.chars().count());
    assert!(!shown.contains(TOKEN), "display reveals the token: {shown}");
    assert!(!format!("{error:?}").contains(TOKEN), "debug reveals the token");
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        assert!(!cause.to_string().contains(TOKEN), "a source reveals the token");
        source = cause.source();
    }
}

async fn read(client: &Client) -> Result<beeper_desktop::types::Chat, Error> {
    client.get_chat().chat_id(CHAT_ID).send().await.map(|r| r.into_inner())
}

async fn send(client: &Client) -> Result<beeper_desktop::types::MessageSendResponse, Error> {
    client
        .send_message()
        .chat_id(CHAT_ID)
        .body_map(|b| b.text(Some("only once".to_string())))
        .send()
        .await
        .map(|r| r.into_inner())
}

fn chat() -> Reply {
    Reply::fixture(200, "chat.json")
}

fn sent() -> Reply {
    Reply::fixture(200, "message_send.json")
}

fn api_error(status: u16) -> Reply {
    Reply::json(status, &json!({"code": "failure", "message": format!("failed with {status}")}))
}

/// Asserts a transport error whose one-line display names its root cause.
fn assert_transport(err: &Error, causes: &[&str]) {
    assert!(matches!(err, Error::Transport(_)), "expected Error::Transport, got {err:?}");
    let shown = err.to_string().to_lowercase();
    assert!(causes.iter().any(|c| shown.contains(c)), "display does not name the cause ({causes:?}): {shown}");
    assert!(!shown.contains('\n'), "{shown}");
    assert!(!shown.contains(TOKEN) && !format!("{err:?}").contains(TOKEN));
}

/// Root causes hyper and the OS report for a connection that ended early.
const CLOSED: &[&str] = &["closed", "reset", "broken pipe", "end of file", "incomplete"];

fn assert_status(err: &Error, status: u16) {
    assert_eq!(err.status().map(|s| s.as_u16()), Some(status), "{err:?}");
}

// ------------------------------------------------------------ 1. x-should-retry on a success

#[tokio::test]
async fn a_200_with_x_should_retry_true_is_never_sent_again() {
    let server = MockServer::start(vec![sent().header("x-should-retry", "true"), sent(), sent()]).await;
    let (result, _) = timed(send(&client(&server))).await;
    assert_eq!(result.unwrap().pending_message_id, "m1725489123456");
    assert_eq!(server.requests().len(), 1, "a success is final");

    let server = MockServer::start(vec![chat().header("x-should-retry", "true"), chat()]).await;
    let patient = server.builder().retry_policy(fast()).timeout(Duration::from_secs(5)).build().unwrap();
    let (result, _) = timed(read(&patient)).await;
    result.unwrap();
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn x_should_retry_true_on_a_failed_send_allows_one_more_attempt() {
    let server = MockServer::start(vec![api_error(500).header("x-should-retry", "true"), sent()]).await;
    let (result, _) = timed(send(&client(&server))).await;
    result.unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].body, requests[1].body);
}

#[tokio::test]
async fn x_should_retry_false_on_a_failed_read_stops_retrying() {
    let server = MockServer::start(vec![api_error(503).header("x-should-retry", "false"), chat()]).await;
    let (result, _) = timed(read(&client(&server))).await;
    assert_status(&result.unwrap_err(), 503);
    assert_eq!(server.requests().len(), 1);
}

// ------------------------------------------------------------ 2. response size cap

#[tokio::test]
async fn a_body_over_the_cap_is_refused_by_its_content_length() {
    let big = Reply::raw(200, "application/json", vec![b' '; 64 * 1024]);
    for send_it in [false, true] {
        let server = MockServer::start(vec![big.clone(), big.clone(), big.clone()]).await;
        let client = server.builder().retry_policy(fast()).max_response_bytes(16 * 1024).build().unwrap();
        let (result, _) =
            timed(async { if send_it { send(&client).await.map(drop) } else { read(&client).await.map(drop) } }).await;
        match result.unwrap_err() {
            Error::ResponseTooLarge { status, limit, content_length } => {
                assert_eq!(status, StatusCode::OK);
                assert_eq!(limit, 16 * 1024);
                assert_eq!(content_length, Some(64 * 1024));
            }
            other => panic!("expected ResponseTooLarge, got {other:?}"),
        }
        assert_eq!(server.requests().len(), 1, "the same answer would come again: not retried");
    }
}

#[tokio::test]
async fn a_chunked_body_over_the_cap_is_refused_while_reading() {
    let server =
        MockServer::scripted(vec![Fault::Chunked(Reply::raw(200, "application/json", vec![b' '; 1024 * 1024]))]).await;
    let client = server.builder().retry_policy(fast()).max_response_bytes(100_000).build().unwrap();
    let (result, _) = timed(read(&client)).await;
    let err = result.unwrap_err();
    assert!(
        matches!(err, Error::ResponseTooLarge { limit: 100_000, content_length: None, .. }),
        "expected ResponseTooLarge, got {err:?}"
    );
    assert!(err.to_string().starts_with("response too large (HTTP 200 OK)"), "{err}");
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn an_error_body_over_the_cap_is_refused_too() {
    let server = MockServer::once(Reply::raw(400, "application/json", vec![b'x'; 50_000])).await;
    let client = server.builder().max_retries(0).max_response_bytes(10_000).build().unwrap();
    let (result, _) = timed(send(&client)).await;
    assert!(matches!(result.unwrap_err(), Error::ResponseTooLarge { status: StatusCode::BAD_REQUEST, .. }));
}

#[tokio::test]
async fn serve_asset_downloads_are_not_capped() {
    let bytes = vec![7u8; 300_000];
    let server = MockServer::once(Reply::raw(200, "image/jpeg", bytes.clone())).await;
    let client = server.builder().max_retries(0).max_response_bytes(1000).build().unwrap();
    let (result, _) = timed(client.serve_asset().url("localmxc://beeper.local/big").bytes()).await;
    assert_eq!(result.unwrap().len(), bytes.len());
}

#[tokio::test]
async fn a_body_at_the_cap_is_accepted() {
    let body = fixture_bytes("chat.json");
    let server = MockServer::once(chat()).await;
    let client = server.builder().max_retries(0).max_response_bytes(body.len()).build().unwrap();
    let (result, _) = timed(read(&client)).await;
    result.unwrap();
}

// ------------------------------------------------------------ 3. redirects

#[tokio::test]
async fn a_307_to_another_origin_is_not_followed_and_names_the_target() {
    let elsewhere = MockServer::start(vec![sent(), sent()]).await;
    let target = format!("{}/v1/chats/{CHAT_ID}/messages", elsewhere.url());
    for status in [307, 308] {
        let server = MockServer::once(Reply::empty(status).header("location", &target)).await;
        let (result, _) = timed(send(&client(&server))).await;
        match result.unwrap_err() {
            Error::Redirect { status: got, location } => {
                assert_eq!(got.as_u16(), status);
                assert_eq!(location, target);
            }
            other => panic!("expected Redirect, got {other:?}"),
        }
        assert_eq!(server.requests().len(), 1);
    }
    assert_eq!(elsewhere.requests().len(), 0, "nothing may reach the other origin");
}

#[tokio::test]
async fn a_301_or_302_never_turns_a_send_into_a_get() {
    for status in [301, 302, 303] {
        let server = MockServer::start(vec![Reply::empty(status).header("location", "/v1/chats"), chat()]).await;
        let (result, _) = timed(send(&client(&server))).await;
        let err = result.unwrap_err();
        assert!(matches!(&err, Error::Redirect { location, .. } if location == "/v1/chats"), "{err:?}");
        assert!(err.to_string().contains("redirects to /v1/chats"), "{err}");
        let methods: Vec<String> = server.requests().into_iter().map(|r| r.method).collect();
        assert_eq!(methods, ["POST"], "no GET after a {status}");
    }
}

#[tokio::test]
async fn an_answer_from_another_origin_through_a_user_client_is_refused() {
    // reqwest's default client follows redirects; the crate cannot stop it
    // from re-sending, but it refuses the answer of the other origin.
    let elsewhere = MockServer::start(vec![chat()]).await;
    let target = format!("{}/v1/chats/x", elsewhere.url());
    let server = MockServer::once(Reply::empty(307).header("location", &target)).await;
    let client = server.builder().http_client(reqwest::Client::new()).max_retries(0).build().unwrap();
    let (result, _) = timed(read(&client)).await;
    match result.unwrap_err() {
        Error::Redirect { status, location } => {
            assert_eq!(status, StatusCode::OK);
            assert_eq!(location, target);
        }
        other => panic!("expected Redirect, got {other:?}"),
    }
    assert_eq!(elsewhere.requests().len(), 1, "the user's client followed the redirect");
    assert_eq!(elsewhere.single().header("authorization"), None, "reqwest drops the token across origins");
}

#[tokio::test]
async fn a_redirected_read_is_not_followed_either() {
    let server = MockServer::start(vec![Reply::empty(301).header("location", "http://127.0.0.1:9/x"), chat()]).await;
    let (result, _) = timed(read(&client(&server))).await;
    assert!(matches!(result.unwrap_err(), Error::Redirect { status: StatusCode::MOVED_PERMANENTLY, .. }));
    assert_eq!(server.requests().len(), 1);
}

// ------------------------------------------------------------ 4. bounded displays

#[tokio::test]
async fn a_one_megabyte_server_message_is_cut_in_display_but_kept_in_full() {
    let message = "m".repeat(1024 * 1024);
    let server = MockServer::once(Reply::json(400, &json!({"code": "bad", "message": message}))).await;
    let (result, _) = timed(send(&client(&server))).await;
    let err = result.unwrap_err();
    match &err {
        Error::Api { message: kept, .. } => assert_eq!(kept.len(), message.len()),
        other => panic!("expected Api, got {other:?}"),
    }
    let shown = err.to_string();
    assert!(shown.chars().count() < 500, "display of {} characters", shown.chars().count());
    assert!(shown.contains("mmm…"), "{shown}");
}

#[tokio::test]
async fn a_huge_string_in_a_number_field_gives_a_short_decode_error() {
    let mut chat: serde_json::Value = serde_json::from_slice(&fixture_bytes("chat.json")).unwrap();
    chat["unreadCount"] = json!("9".repeat(5 * 1024 * 1024));
    let body = serde_json::to_vec(&chat).unwrap();
    let server = MockServer::once(Reply::raw(200, "application/json", body.clone())).await;
    let (result, _) = timed(read(&client(&server))).await;
    let err = result.unwrap_err();
    match &err {
        Error::Decode { path, body: kept, .. } => {
            assert_eq!(path, "unreadCount");
            assert_eq!(kept.as_ref(), body.as_slice(), "the body is kept whole");
        }
        other => panic!("expected Decode, got {other:?}"),
    }
    let shown = err.to_string();
    assert!(shown.chars().count() < 600, "display of {} characters", shown.chars().count());
    assert!(!shown.contains('\n'));
}

// ------------------------------------------------------------ 5. + connection faults

#[tokio::test]
async fn connection_refused_is_retried_for_every_method_and_named() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let client = Client::builder()
        .base_url(format!("http://127.0.0.1:{port}"))
        .access_token(TOKEN)
        .retry_policy(fast())
        .build()
        .unwrap();
    let (result, _) = timed(read(&client)).await;
    let err = result.unwrap_err();
    assert!(err.is_connect(), "{err:?}");
    assert_transport(&err, &["refused"]);
    let (result, _) = timed(send(&client)).await;
    assert!(result.unwrap_err().is_connect(), "nothing was sent, so retrying was safe");
}

#[tokio::test]
async fn close_before_reading_is_retried_for_a_read_only() {
    let server =
        MockServer::scripted(vec![Fault::CloseBeforeReading, Fault::CloseBeforeReading, Fault::Reply(chat())]).await;
    let (result, _) = timed(read(&client(&server))).await;
    result.unwrap();
    assert_eq!(server.connections(), 3);
    assert_eq!(server.requests().len(), 1, "only the third connection was read");

    // The request may have been read before the close: a send is not repeated.
    let server = MockServer::scripted(vec![Fault::CloseBeforeReading, Fault::Reply(sent())]).await;
    let (result, _) = timed(send(&client(&server))).await;
    assert_transport(&result.unwrap_err(), CLOSED);
    assert_eq!(server.connections(), 1);
}

#[tokio::test]
async fn close_after_reading_is_retried_for_a_read_and_not_for_a_send() {
    let script = vec![Fault::CloseAfterReading, Fault::CloseAfterReading, Fault::CloseAfterReading];
    let server = MockServer::scripted(script.clone()).await;
    let (result, _) = timed(read(&client(&server))).await;
    assert_transport(&result.unwrap_err(), CLOSED);
    assert_eq!(server.requests().len(), 3, "one attempt and two retries");

    let server = MockServer::scripted(script).await;
    let (result, _) = timed(send(&client(&server))).await;
    assert_transport(&result.unwrap_err(), CLOSED);
    assert_eq!(server.requests().len(), 1, "a send that reached the server is not repeated");
}

#[tokio::test]
async fn a_reset_is_retried_for_a_read_and_not_for_a_send() {
    let server = MockServer::scripted(vec![Fault::Reset, Fault::Reply(chat())]).await;
    let (result, _) = timed(read(&client(&server))).await;
    result.unwrap();
    assert_eq!(server.requests().len(), 2);

    let server = MockServer::scripted(vec![Fault::Reset, Fault::Reply(sent())]).await;
    let (result, _) = timed(send(&client(&server))).await;
    assert_transport(&result.unwrap_err(), &["reset", "closed"]);
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn a_truncated_body_is_read_again_for_a_read_only() {
    let body_len = fixture_bytes("chat.json").len();
    let server =
        MockServer::scripted(vec![Fault::Truncate { reply: chat(), sent: body_len / 2 }, Fault::Reply(chat())]).await;
    let (result, _) = timed(read(&client(&server))).await;
    assert_eq!(result.unwrap().id, "!a1b2c3:beeper.local");
    assert_eq!(server.requests().len(), 2, "the lost body was asked for again");

    let server = MockServer::scripted(vec![Fault::Truncate { reply: sent(), sent: 10 }, Fault::Reply(sent())]).await;
    let (result, _) = timed(send(&client(&server))).await;
    assert_transport(&result.unwrap_err(), CLOSED);
    assert_eq!(server.requests().len(), 1, "the send was acted on; its answer was lost");
}

#[tokio::test]
async fn a_stall_past_the_attempt_timeout_times_out_each_attempt() {
    let stall = Fault::Stall(Duration::from_secs(3));
    let server = MockServer::scripted(vec![stall.clone(), stall.clone(), stall.clone()]).await;
    let (result, elapsed) = timed(read(&client(&server))).await;
    let err = result.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_transport(&err, &["timed out", "timeout"]);
    assert_eq!(server.requests().len(), 3);
    assert!(elapsed < Duration::from_secs(6), "three attempts of 400 ms took {elapsed:?}");

    let server = MockServer::scripted(vec![stall.clone(), stall]).await;
    let (result, _) = timed(send(&client(&server))).await;
    assert!(result.unwrap_err().is_timeout());
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn answers_trickled_byte_by_byte_still_arrive() {
    let gap = Duration::from_millis(1);
    let server = MockServer::scripted(vec![Fault::Trickle { reply: sent(), gap }]).await;
    let patient = server.builder().retry_policy(fast()).timeout(Duration::from_secs(5)).build().unwrap();
    let (result, _) = timed(send(&patient)).await;
    assert_eq!(result.unwrap().chat_id, CHAT_ID);
    assert_eq!(server.requests().len(), 1);

    let server = MockServer::scripted(vec![Fault::Trickle { reply: chat(), gap: Duration::ZERO }]).await;
    let (result, _) = timed(read(&client(&server))).await;
    result.unwrap();
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn a_pooled_connection_closed_while_idle_is_replaced() {
    let idle = Duration::from_millis(20);
    let server = MockServer::scripted(vec![
        Fault::ReplyThenClose { reply: sent(), after: idle },
        Fault::ReplyThenClose { reply: chat(), after: idle },
        Fault::Reply(sent()),
    ])
    .await;
    let client = client(&server);
    send(&client).await.unwrap();
    // The pooled connection is closed by the server before the next call.
    server.closed_connections(1).await;
    let (result, _) = timed(read(&client)).await;
    result.unwrap();
    server.closed_connections(2).await;
    let (result, _) = timed(send(&client)).await;
    result.unwrap();
    assert_eq!(server.requests().len(), 3, "each call sent exactly once");
    assert_eq!(server.connections(), 3);
}

#[tokio::test]
async fn a_connection_dropped_mid_request_fails_a_send_once() {
    let server =
        MockServer::scripted(vec![Fault::DropMidRequest { body_bytes: 5 }, Fault::Reply(sent()), Fault::Reply(sent())])
            .await;
    let (result, _) = timed(send(&client(&server))).await;
    assert_transport(&result.unwrap_err(), CLOSED);
    assert_eq!(server.requests().len(), 1);

    let server = MockServer::scripted(vec![Fault::DropMidRequest { body_bytes: 0 }, Fault::Reply(chat())]).await;
    let (result, _) = timed(read(&client(&server))).await;
    result.unwrap();
    assert_eq!(server.requests().len(), 2);
}

// ------------------------------------------------------------ status rows

#[tokio::test]
async fn a_500_then_200_succeeds_for_a_read_and_fails_a_send() {
    let server = MockServer::start(vec![api_error(500), chat()]).await;
    let (result, _) = timed(read(&client(&server))).await;
    result.unwrap();
    assert_eq!(server.requests().len(), 2);

    let server = MockServer::start(vec![api_error(500), sent()]).await;
    let (result, _) = timed(send(&client(&server))).await;
    let err = result.unwrap_err();
    assert!(matches!(err, Error::Api { status: StatusCode::INTERNAL_SERVER_ERROR, .. }), "{err:?}");
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn a_502_with_an_html_body_is_an_unexpected_status_with_an_excerpt() {
    let html = || Reply::fixture(502, "err_proxy_bad_gateway.html").header("content-type", "text/html");
    let server = MockServer::start(vec![html(), html(), html()]).await;
    let (result, _) = timed(read(&client(&server))).await;
    let err = result.unwrap_err();
    assert!(matches!(&err, Error::UnexpectedStatus { status: StatusCode::BAD_GATEWAY, .. }), "{err:?}");
    assert!(err.to_string().contains("502 Bad Gateway"));
    assert_eq!(server.requests().len(), 3);

    let server = MockServer::start(vec![html(), sent()]).await;
    let (result, _) = timed(send(&client(&server))).await;
    assert!(matches!(result.unwrap_err(), Error::UnexpectedStatus { status: StatusCode::BAD_GATEWAY, .. }));
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn a_503_with_retry_after_waits_as_asked() {
    let server = MockServer::start(vec![api_error(503).header("retry-after", "1"), chat()]).await;
    let (result, _) = timed(read(&client(&server))).await;
    result.unwrap();
    assert_eq!(server.requests().len(), 2);
    // That the wait was the server's 1 s is pinned by the `tracing` test.

    let server = MockServer::start(vec![api_error(503).header("retry-after", "1"), sent()]).await;
    let (result, _) = timed(send(&client(&server))).await;
    assert_status(&result.unwrap_err(), 503);
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn a_429_with_retry_after_ms_is_retried_for_a_read_only() {
    let limited = || api_error(429).header("retry-after-ms", "30");
    let server = MockServer::start(vec![limited(), chat()]).await;
    let (result, _) = timed(read(&client(&server))).await;
    result.unwrap();
    assert_eq!(server.requests().len(), 2);

    let server = MockServer::start(vec![limited(), sent()]).await;
    let (result, _) = timed(send(&client(&server))).await;
    assert_status(&result.unwrap_err(), 429);
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn a_retry_after_of_an_hour_falls_back_to_the_own_backoff() {
    let server = MockServer::start(vec![api_error(503).header("retry-after", "3600"), chat()]).await;
    let (result, elapsed) = timed(read(&client(&server))).await;
    result.unwrap();
    assert_eq!(server.requests().len(), 2);
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
}

#[tokio::test]
async fn a_408_or_409_is_retried_for_a_read_and_not_for_a_send() {
    for status in [408, 409] {
        let server = MockServer::start(vec![api_error(status), chat()]).await;
        let (result, _) = timed(read(&client(&server))).await;
        result.unwrap();
        assert_eq!(server.requests().len(), 2, "{status}");

        let server = MockServer::start(vec![api_error(status), sent()]).await;
        let (result, _) = timed(send(&client(&server))).await;
        assert_status(&result.unwrap_err(), status);
        assert_eq!(server.requests().len(), 1, "{status}");
    }
}

#[tokio::test]
async fn invalid_json_on_a_200_is_a_decode_error_and_not_retried() {
    for send_it in [false, true] {
        let server = MockServer::start(vec![Reply::raw(200, "application/json", "{\"id\": [1, 2"), chat()]).await;
        let client = client(&server);
        let (result, _) =
            timed(async { if send_it { send(&client).await.map(drop) } else { read(&client).await.map(drop) } }).await;
        let err = result.unwrap_err();
        assert!(matches!(err, Error::Decode { status: Some(StatusCode::OK), .. }), "{err:?}");
        assert_eq!(server.requests().len(), 1);
    }
}

#[tokio::test]
async fn an_empty_200_is_a_decode_error_for_json_and_fine_for_a_void_operation() {
    for send_it in [false, true] {
        let server = MockServer::start(vec![Reply::empty(200), chat()]).await;
        let client = client(&server);
        let (result, _) =
            timed(async { if send_it { send(&client).await.map(drop) } else { read(&client).await.map(drop) } }).await;
        let err = result.unwrap_err();
        assert!(matches!(&err, Error::Decode { body, .. } if body.is_empty()), "{err:?}");
        assert_eq!(server.requests().len(), 1);
    }
    let server = MockServer::once(Reply::empty(200)).await;
    let (result, _) = timed(client(&server).delete_reminder().chat_id(CHAT_ID).send()).await;
    result.unwrap();
}

// ------------------------------------------------------------ 6. deadline

#[tokio::test]
async fn the_call_deadline_bounds_all_attempts_and_waits() {
    let stall = Fault::Stall(Duration::from_secs(3));
    let server = MockServer::scripted(vec![stall; 10]).await;
    let client = server
        .builder()
        .retry_policy(fast().with_max_retries(9))
        .timeout(Duration::from_millis(200))
        .call_deadline(Duration::from_millis(500))
        .build()
        .unwrap();
    let (result, elapsed) = timed(read(&client)).await;
    match result.unwrap_err() {
        Error::DeadlineExceeded { deadline, attempts } => {
            assert_eq!(deadline, Duration::from_millis(500));
            assert!((1..=5).contains(&attempts), "{attempts} attempts");
        }
        other => panic!("expected DeadlineExceeded, got {other:?}"),
    }
    assert!(server.requests().len() <= 5, "{} requests", server.requests().len());
    assert!(elapsed < Duration::from_secs(3), "10 attempts of 200 ms were cut at 500 ms, took {elapsed:?}");
}

#[tokio::test]
async fn a_retry_wait_past_the_deadline_returns_the_last_failure_at_once() {
    let server = MockServer::start(vec![api_error(503).header("retry-after", "30"), chat()]).await;
    let client = client(&server).with_call_deadline(Duration::from_secs(2));
    let (result, elapsed) = timed(read(&client)).await;
    assert_status(&result.unwrap_err(), 503);
    assert_eq!(server.requests().len(), 1);
    assert!(elapsed < Duration::from_secs(5), "did not wait the server's 30 s: {elapsed:?}");
}

#[tokio::test]
async fn one_call_can_override_the_timeout_and_the_deadline() {
    let stall = Fault::Stall(Duration::from_secs(3));
    let server = MockServer::scripted(vec![stall.clone(), stall.clone(), stall]).await;
    let slow = server.builder().retry_policy(fast()).timeout(Duration::from_secs(30)).build().unwrap();
    let (result, elapsed) = timed(read(&slow.with_timeout(Duration::from_millis(100)))).await;
    assert!(result.unwrap_err().is_timeout());
    assert_eq!(server.requests().len(), 3);
    assert!(elapsed < Duration::from_secs(2), "{elapsed:?}");

    let server = MockServer::scripted(vec![Fault::Stall(Duration::from_secs(3))]).await;
    let slow = server.builder().retry_policy(fast()).timeout(Duration::from_secs(30)).build().unwrap();
    let (result, elapsed) = timed(send(&slow.with_call_deadline(Duration::from_millis(200)))).await;
    assert!(matches!(result.unwrap_err(), Error::DeadlineExceeded { attempts: 1, .. }));
    assert!(elapsed < Duration::from_secs(2), "{elapsed:?}");
}

// ------------------------------------------------------------ 8. Content-Length: 0

#[tokio::test]
async fn a_bodyless_post_sends_content_length_zero() {
    let server = MockServer::once(chat()).await;
    client(&server).notify_anyway().chat_id(CHAT_ID).send().await.unwrap();
    let request = server.single();
    assert_eq!(request.method, "POST");
    assert_eq!(request.header("content-length"), Some("0"));
    assert!(request.body.is_empty());
}

#[tokio::test]
async fn a_get_sends_no_content_length() {
    let server = MockServer::once(chat()).await;
    read(&client(&server)).await.unwrap();
    assert_eq!(server.single().header("content-length"), None);
}

// ------------------------------------------------------------ the message stream

fn stream_message(id: &str) -> serde_json::Value {
    json!({
        "id": id,
        "accountID": "whatsapp",
        "chatID": CHAT_ID,
        "senderID": "@bob:beeper.local",
        "sortKey": id,
        "timestamp": "2025-08-31T19:41:41.000Z"
    })
}

fn stream_page(ids: &[&str], oldest: &str, more: bool) -> Reply {
    let items: Vec<_> = ids.iter().map(|id| stream_message(id)).collect();
    Reply::json(200, &json!({"items": items, "hasMore": more, "oldestCursor": oldest, "newestCursor": "n"}))
}

async fn walk(client: &Client) -> (Vec<String>, Option<Error>) {
    use futures::StreamExt;
    let mut stream = std::pin::pin!(client.list_messages().chat_id(CHAT_ID).stream());
    let mut ids = vec![];
    while let Some(item) = stream.next().await {
        match item {
            Ok(message) => ids.push(message.id),
            Err(e) => return (ids, Some(e)),
        }
    }
    (ids, None)
}

#[tokio::test]
async fn the_message_stream_rides_out_a_503_a_reset_and_a_cut_body_without_repeating_items() {
    let second = stream_page(&["3", "4"], "c2", true);
    let script = vec![
        Fault::Reply(stream_page(&["1", "2"], "c1", true)),
        Fault::Reply(api_error(503)),
        Fault::Reset,
        Fault::Reply(second.clone()),
        Fault::Truncate { reply: stream_page(&["5"], "c3", false), sent: 20 },
        Fault::Reply(stream_page(&["5"], "c3", false)),
    ];
    let server = MockServer::scripted(script).await;
    let (result, _) = timed(walk(&client(&server))).await;
    let (ids, error) = result;
    assert!(error.is_none(), "{error:?}");
    assert_eq!(ids, ["1", "2", "3", "4", "5"]);
    let cursors: Vec<Vec<(String, String)>> = server.requests().iter().map(|r| r.query()).collect();
    assert_eq!(cursors.len(), 6);
    assert_eq!(cursors[1], cursors[3], "the failed page is asked for again with the same cursor");
}

#[tokio::test]
async fn the_message_stream_ends_with_the_error_after_the_items_already_read() {
    let stall = Fault::Stall(Duration::from_secs(3));
    let server = MockServer::scripted(vec![
        Fault::Reply(stream_page(&["1", "2"], "c1", true)),
        stall.clone(),
        stall.clone(),
        stall,
    ])
    .await;
    let (result, _) = timed(walk(&client(&server))).await;
    let (ids, error) = result;
    assert_eq!(ids, ["1", "2"]);
    assert!(error.is_some_and(|e| e.is_timeout()));
    assert_eq!(server.requests().len(), 4);
}

// ------------------------------------------------------------ RELIABILITY.md

#[test]
fn reliability_md_lists_exactly_the_tests_of_this_file() {
    // The REST part only: the live-events section names tests/events.
    let doc = include_str!("../../RELIABILITY.md").split("\n## Live events").next().unwrap_or_default();
    let source = include_str!("faults.rs");
    let tests: Vec<&str> = source
        .split("async fn ")
        .skip(1)
        .filter_map(|rest| rest.split('(').next())
        .filter(|name| source.contains(&format!("#[tokio::test]\nasync fn {name}(")))
        .collect();
    assert!(tests.len() > 30, "found only {} tests", tests.len());
    for name in &tests {
        assert!(doc.contains(&format!("`{name}`")), "RELIABILITY.md does not list {name}");
    }
    let listed = doc
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|s| s.contains('_') && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'));
    for name in listed.filter(|n| n.len() > 24) {
        assert!(tests.contains(&name), "RELIABILITY.md names {name}, which is not a test here");
    }
}
