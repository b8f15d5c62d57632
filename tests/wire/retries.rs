//! Retry policy on the wire: idempotent requests are retried on 5xx / 429,
//! requests that may have reached the server with `POST` never are (unless
//! the server says `x-should-retry: true`), and the server can forbid or
//! pace retries.

use std::time::{Duration, Instant};

use beeper_desktop::{Client, RetryPolicy};
use serde_json::json;

use crate::support::{MockServer, Reply};

fn fast() -> RetryPolicy {
    RetryPolicy::default().with_initial_backoff(Duration::from_millis(5)).with_max_backoff(Duration::from_millis(20))
}

fn unavailable() -> Reply {
    Reply::json(503, &json!({"code": "unavailable", "message": "Desktop is starting"}))
}

fn client(server: &MockServer) -> Client {
    server.builder().retry_policy(fast()).build().unwrap()
}

#[tokio::test]
async fn get_is_retried_after_503_and_succeeds() {
    let server = MockServer::start(vec![unavailable(), Reply::fixture(200, "info.json")]).await;
    let info = client(&server).get_info().send().await.unwrap();
    assert_eq!(info.app.name, "Beeper");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].target, requests[1].target);
}

#[tokio::test]
async fn get_gives_up_after_max_retries_with_the_last_error() {
    let server = MockServer::start(vec![unavailable(), unavailable(), unavailable(), unavailable()]).await;
    let err = client(&server).list_accounts().send().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(server.requests().len(), 3, "one attempt plus max_retries = 2");
}

#[tokio::test]
async fn send_message_is_never_retried_after_a_server_error() {
    let server = MockServer::start(vec![unavailable(), Reply::fixture(200, "message_send.json")]).await;
    let err = client(&server)
        .send_message()
        .chat_id("!abc:beeper.local")
        .body_map(|b| b.text(Some("only once".to_string())))
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(server.requests().len(), 1, "a POST that reached the server must not be repeated");
}

#[tokio::test]
async fn post_is_not_retried_after_429_either() {
    let server = MockServer::start(vec![
        Reply::json(429, &json!({"code": "rate_limited", "message": "slow down"})).header("retry-after-ms", "1"),
        Reply::fixture(200, "reaction_add.json"),
    ])
    .await;
    let err = client(&server)
        .add_reaction()
        .chat_id("!abc:beeper.local")
        .message_id("1343993")
        .body_map(|b| b.reaction_key("👍".to_string()))
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(429));
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn server_may_allow_retrying_a_post() {
    let server = MockServer::start(vec![
        unavailable().header("x-should-retry", "true"),
        Reply::fixture(200, "message_send.json"),
    ])
    .await;
    let sent = client(&server)
        .send_message()
        .chat_id("!abc:beeper.local")
        .body_map(|b| b.text(Some("retry me".to_string())))
        .send()
        .await
        .unwrap();
    assert_eq!(sent.pending_message_id, "m1725489123456");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].body, requests[1].body, "the retry replays the same body");
}

#[tokio::test]
async fn server_may_forbid_retrying_a_get() {
    let server = MockServer::start(vec![unavailable().header("x-should-retry", "false"), unavailable()]).await;
    client(&server).list_accounts().send().await.unwrap_err();
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn idempotent_delete_and_put_are_retried() {
    let server = MockServer::start(vec![
        Reply::json(500, &json!({"code": "internal", "message": "oops"})),
        Reply::empty(204),
        Reply::json(409, &json!({"code": "conflict", "message": "busy"})),
        Reply::fixture(200, "message_update.json"),
    ])
    .await;
    let client = client(&server);
    client.delete_reminder().chat_id("!abc:beeper.local").send().await.unwrap();
    client
        .update_message()
        .chat_id("!abc:beeper.local")
        .message_id("1343994")
        .body_map(|b| b.text("Dinner at nine?".to_string()))
        .send()
        .await
        .unwrap();
    let methods: Vec<String> = server.requests().into_iter().map(|r| r.method).collect();
    assert_eq!(methods, ["DELETE", "DELETE", "PUT", "PUT"]);
}

#[tokio::test]
async fn client_errors_are_not_retried() {
    let server = MockServer::start(vec![
        Reply::json(404, &json!({"code": "not_found", "message": "Chat not found"})),
        Reply::fixture(200, "chat.json"),
    ])
    .await;
    let err = client(&server).get_chat().chat_id("!gone:beeper.local").send().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn retry_after_ms_paces_the_retry() {
    let server = MockServer::start(vec![
        Reply::json(429, &json!({"code": "rate_limited", "message": "slow down"})).header("retry-after-ms", "150"),
        Reply::fixture(200, "accounts.json"),
    ])
    .await;
    let started = Instant::now();
    client(&server).list_accounts().send().await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(150), "waited only {:?}", started.elapsed());
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn zero_retries_means_one_attempt() {
    let server = MockServer::start(vec![unavailable(), Reply::fixture(200, "accounts.json")]).await;
    server.builder().max_retries(0).build().unwrap().list_accounts().send().await.unwrap_err();
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn upload_with_a_streamed_file_is_sent_once_even_when_retries_are_on() {
    let server = MockServer::start(vec![
        unavailable().header("x-should-retry", "true"),
        Reply::fixture(200, "asset_upload.json"),
    ])
    .await;
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> = vec![Ok(b"bytes".to_vec())];
    let err = client(&server).upload_asset().stream(futures::stream::iter(chunks), None).send().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(server.requests().len(), 1, "a streaming body cannot be replayed");
}
