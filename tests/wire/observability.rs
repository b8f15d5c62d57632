//! `tracing` output: one span per call with operation id, method, path
//! template, attempts, status and duration, and an event per retry with
//! its reason and wait. Never a body, an ID, a query value or the token.

use std::time::Duration;

use beeper_desktop::RetryPolicy;
use serde_json::json;

use crate::support::{MockServer, Reply, TOKEN};
use crate::traces::capture_everything;

const CHAT_ID: &str = "!secret-chat:beeper.local";
const CURSOR: &str = "secret-cursor-4242";
const TEXT: &str = "secret message text";

#[tokio::test]
async fn calls_are_traced_with_template_status_attempts_and_retry_reasons_but_no_secrets() {
    let (captured, _guard) = capture_everything();

    let server = MockServer::start(vec![
        Reply::json(503, &json!({"code": "busy", "message": "busy"})).header("retry-after", "1"),
        Reply::fixture(200, "chat.json"),
        Reply::fixture(200, "message_page.json"),
        Reply::fixture(200, "message_send.json").header("x-should-retry", "true"),
        Reply::json(404, &json!({"code": "not_found", "message": "no such chat"})),
    ])
    .await;
    let client = server
        .builder()
        .retry_policy(RetryPolicy::default().with_initial_backoff(Duration::from_millis(5)))
        .build()
        .unwrap();
    client.get_chat().chat_id(CHAT_ID).send().await.unwrap();
    client.list_messages().chat_id(CHAT_ID).cursor(CURSOR).send().await.unwrap();
    client.send_message().chat_id(CHAT_ID).body_map(|b| b.text(Some(TEXT.to_string()))).send().await.unwrap();
    client.get_chat().chat_id(CHAT_ID).send().await.unwrap_err();
    assert_eq!(server.requests().len(), 5);

    let logs = captured.text();
    let lines: Vec<&str> = logs.lines().collect();
    let retry = lines.iter().find(|l| l.contains("retrying")).unwrap_or_else(|| panic!("no retry event:\n{logs}"));
    for field in ["operation=\"get_chat\"", "attempt=1", "status=503", "reason=\"HTTP 503\"", "wait_ms=1000"] {
        assert!(retry.contains(field), "retry event lacks {field}: {retry}");
    }
    let closes: Vec<&&str> =
        lines.iter().filter(|l| l.contains("beeper_desktop::transport::attempts: close")).collect();
    assert_eq!(closes.len(), 4, "one span per call:\n{logs}");
    let expected = [
        ("get_chat", "GET", "/v1/chats/{chatID}", "attempts=2", "status=200"),
        ("list_messages", "GET", "/v1/chats/{chatID}/messages", "attempts=1", "status=200"),
        ("send_message", "POST", "/v1/chats/{chatID}/messages", "attempts=1", "status=200"),
        ("get_chat", "GET", "/v1/chats/{chatID}", "attempts=1", "status=404"),
    ];
    for (line, (op, method, path, attempts, status)) in closes.iter().zip(expected) {
        for field in [
            format!("operation=\"{op}\""),
            format!("method=\"{method}\""),
            format!("path=\"{path}\""),
            attempts.to_owned(),
            status.to_owned(),
            "duration_ms=".to_owned(),
        ] {
            assert!(line.contains(&field), "span of {op} lacks {field}: {line}");
        }
    }
    for secret in [TOKEN, CHAT_ID, "secret-chat", CURSOR, TEXT, "Family"] {
        assert!(!logs.contains(secret), "logs reveal {secret:?}:\n{logs}");
    }
}
