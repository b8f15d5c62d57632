//! How failures surface as [`beeper_desktop::Error`]: which variant each kind
//! of bad answer becomes, what it keeps (status, JSON path, raw body, serde
//! source), the helper predicates, and what `Display`/`Debug` show.
//!
//! The basics of `Error::Api` for a documented error body are pinned next to
//! each operation (`chats.rs`, `messages.rs`, `quirks.rs`); this file covers
//! everything that is *not* the API's error shape: bodies that do not decode,
//! error bodies of another shape, undocumented statuses, transport failures
//! and requests refused before sending. Every `Display` must be one line and
//! no `Display` or `Debug` may reveal the access token.

use beeper_desktop::types::MessageType;
use beeper_desktop::{Client, Error};
use reqwest::StatusCode;
use serde_json::json;

use crate::support::{MockServer, Reply, TOKEN, fixture_bytes};

/// A chat the message tests address.
const CHAT_ID: &str = "!a1b2c3:beeper.local";

/// Asserts the error's `Display` is a single line.
fn assert_one_line(e: &Error) {
    let shown = e.to_string();
    assert!(!shown.contains('\n') && !shown.contains('\r'), "Display spans several lines: {shown:?}");
}

/// Asserts neither `Display` nor `Debug` of the error contains the token.
fn assert_hides_token(e: &Error) {
    let shown = format!("{e}");
    let debugged = format!("{e:?}");
    assert!(!shown.contains(TOKEN), "Display reveals the access token: {shown}");
    assert!(!debugged.contains(TOKEN), "Debug reveals the access token: {debugged}");
}

/// `list_messages` for [`CHAT_ID`] against a server answering `reply`;
/// asserts exactly that one request was sent.
async fn list_messages_answered_with(reply: Reply) -> Result<beeper_desktop::types::MessagePage, Error> {
    let server = MockServer::once(reply).await;
    let result = server.client().list_messages().chat_id(CHAT_ID).send().await;
    server.single().assert_operation("list_messages");
    result.map(|page| page.into_inner())
}

// ------------------------------------------------------------------- Decode

#[tokio::test]
async fn undecodable_timestamp_is_a_decode_error_with_path_status_and_exact_body() {
    let served = fixture_bytes("err_messages_bad_timestamp.json");
    let result = list_messages_answered_with(Reply::fixture(200, "err_messages_bad_timestamp.json")).await;
    let err = result.expect_err("a timestamp of \"yesterday\" must not decode");
    match &err {
        Error::Decode { status, path, body, .. } => {
            assert_eq!(path, "items[1].timestamp");
            assert_eq!(*status, Some(StatusCode::OK));
            assert_eq!(body.as_ref(), served.as_slice(), "the body must be kept byte for byte");
        }
        other => panic!("expected Error::Decode, got {other:?}"),
    }
    assert_eq!(err.status(), Some(StatusCode::OK));
    assert_eq!(err.body(), Some(served.as_slice()));
    assert_eq!(err.code(), None);
    assert!(!err.is_not_found() && !err.is_unauthorized() && !err.is_timeout() && !err.is_connect());
    let shown = err.to_string();
    assert!(shown.starts_with("cannot decode the response (HTTP 200 OK) at `items[1].timestamp`: "), "{shown}");
    assert_one_line(&err);
}

#[tokio::test]
async fn missing_required_field_is_a_decode_error_naming_the_item_and_the_field() {
    let result = list_messages_answered_with(Reply::fixture(200, "err_messages_missing_id.json")).await;
    let err = result.expect_err("a message without `id` must not decode");
    match &err {
        // serde reports a missing field on the object that lacks it.
        Error::Decode { status, path, source, .. } => {
            assert_eq!(path, "items[0]");
            assert_eq!(*status, Some(StatusCode::OK));
            assert!(source.to_string().contains("missing field `id`"), "{source}");
        }
        other => panic!("expected Error::Decode, got {other:?}"),
    }
    let shown = err.to_string();
    assert!(shown.contains("at `items[0]`") && shown.contains("missing field `id`"), "{shown}");
    assert_one_line(&err);
}

#[tokio::test]
async fn non_json_success_body_is_a_decode_error_at_the_root_keeping_the_body() {
    let html = "<!doctype html>\n<html><body>\n<h1>Beeper</h1>\n</body></html>\n";
    let result = list_messages_answered_with(Reply::raw(200, "text/html", html)).await;
    let err = result.expect_err("an HTML page is not a message page");
    match &err {
        Error::Decode { status, path, body, source, .. } => {
            assert_eq!(path, ".", "the whole body failed, so the path is the root");
            assert_eq!(*status, Some(StatusCode::OK));
            assert_eq!(body.as_ref(), html.as_bytes());
            assert!(source.is_syntax(), "expected a JSON syntax error, got {source}");
        }
        other => panic!("expected Error::Decode, got {other:?}"),
    }
    assert!(err.to_string().starts_with("cannot decode the response (HTTP 200 OK) at `.`: "), "{err}");
    assert_one_line(&err);
}

/// A message page whose first message has `text` given as raw bytes.
fn page_with_text(text: &[u8]) -> Vec<u8> {
    let mut body = br#"{"items":[{"id":"1","accountID":"a","chatID":"!a1b2c3:beeper.local","senderID":"@b:c","sortKey":"1","timestamp":"2025-08-31T19:41:41.000Z","text":""#.to_vec();
    body.extend_from_slice(text);
    body.extend_from_slice(br#""}],"hasMore":false}"#);
    body
}

#[tokio::test]
async fn text_beyond_ascii_and_escapes_decode_exactly() {
    // Bodies are checked as UTF-8 once and parsed as text: what they hold
    // must come out as byte-wise parsing gives it.
    let raw = r#"caf\u00e9 \ud83c\udf89 naïve 😀 \\ \" \n end"#;
    let body = page_with_text(raw.as_bytes());
    let expected: serde_json::Value = serde_json::from_slice(&body).unwrap();
    let page = list_messages_answered_with(Reply::raw(200, "application/json", body)).await.unwrap();
    assert_eq!(page.items[0].text.as_deref(), expected["items"][0]["text"].as_str());
    assert_eq!(page.items[0].text.as_deref(), Some("café 🎉 naïve 😀 \\ \" \n end"));
}

#[tokio::test]
async fn a_byte_that_is_not_utf8_is_a_decode_error_naming_the_field() {
    let body = page_with_text(b"ok \xff not utf-8");
    let result = list_messages_answered_with(Reply::raw(200, "application/json", body.clone())).await;
    let err = result.expect_err("a string that is not UTF-8 must not decode");
    match &err {
        Error::Decode { status, path, body: kept, source, .. } => {
            assert_eq!(path, "items[0].text");
            assert_eq!(*status, Some(StatusCode::OK));
            assert_eq!(kept.as_ref(), body.as_slice(), "the body must be kept byte for byte");
            assert!(source.to_string().contains("invalid unicode"), "{source}");
        }
        other => panic!("expected Error::Decode, got {other:?}"),
    }
    assert_one_line(&err);
}

#[tokio::test]
async fn unknown_enum_value_decodes_but_a_wrong_json_type_is_a_decode_error() {
    let page = |kind: serde_json::Value| {
        json!({
            "items": [{
                "id": "1343993",
                "accountID": "whatsapp",
                "chatID": CHAT_ID,
                "senderID": "@bob:beeper.local",
                "sortKey": "449706228480",
                "timestamp": "2025-08-31T19:41:41.000Z",
                "type": kind,
            }],
        })
    };

    // A value a newer server may add is kept, not refused (tolerant enum).
    let decoded = list_messages_answered_with(Reply::json(200, &page(json!("HOLOGRAM")))).await.unwrap();
    assert_eq!(decoded.items[0].kind, Some(MessageType::Other("HOLOGRAM".into())));

    // A number where the spec says string is a real shape error.
    let err = list_messages_answered_with(Reply::json(200, &page(json!(42)))).await.unwrap_err();
    match &err {
        Error::Decode { path, source, .. } => {
            assert_eq!(path, "items[0].type");
            assert!(source.is_data(), "expected a data error, got {source}");
        }
        other => panic!("expected Error::Decode, got {other:?}"),
    }
    assert_one_line(&err);
}

#[tokio::test]
async fn decode_error_source_is_the_serde_json_error() {
    let result = list_messages_answered_with(Reply::fixture(200, "err_messages_bad_timestamp.json")).await;
    let err = result.unwrap_err();
    let source = std::error::Error::source(&err).expect("Error::Decode has a source");
    let serde_error = source.downcast_ref::<serde_json::Error>().expect("the source is a serde_json::Error");
    assert!(serde_error.is_data(), "a bad timestamp is a data error, got {serde_error}");
    // The source is what the `Display` ends with.
    assert!(err.to_string().ends_with(&format!(": {serde_error}")), "{err}");
}

// ---------------------------------------------------------- UnexpectedStatus

#[tokio::test]
async fn proxy_html_502_is_an_unexpected_status_keeping_the_body() {
    let page = fixture_bytes("err_proxy_bad_gateway.html");
    let err = list_messages_answered_with(Reply::raw(502, "text/html", page.clone())).await.unwrap_err();
    match &err {
        Error::UnexpectedStatus { status, body, .. } => {
            assert_eq!(*status, StatusCode::BAD_GATEWAY);
            assert_eq!(body.as_ref(), page.as_slice());
        }
        other => panic!("expected Error::UnexpectedStatus, got {other:?}"),
    }
    assert_eq!(err.status(), Some(StatusCode::BAD_GATEWAY));
    assert_eq!(err.body(), Some(page.as_slice()));
    assert_eq!(err.code(), None);
    // The excerpt is the page with its line breaks folded into spaces.
    assert_eq!(
        err.to_string(),
        "unexpected HTTP 502 Bad Gateway response: <html> <head><title>502 Bad Gateway</title></head> <body> \
         <center><h1>502 Bad Gateway</h1></center> <hr><center>nginx/1.25.3</center> </body> </html>"
    );
    assert_one_line(&err);
}

#[tokio::test]
async fn long_unexpected_body_is_cut_to_an_excerpt_in_display() {
    let body = format!("<html>\n{}\n</html>", "x".repeat(10_000));
    let err = list_messages_answered_with(Reply::raw(503, "text/html", body.clone())).await.unwrap_err();
    assert_eq!(err.body(), Some(body.as_bytes()), "the whole body is kept");
    let shown = err.to_string();
    let excerpt = shown.strip_prefix("unexpected HTTP 503 Service Unavailable response: ").expect(&shown);
    assert_eq!(excerpt.chars().count(), 301, "300 characters and an ellipsis: {excerpt}");
    assert!(excerpt.starts_with("<html> xxx") && excerpt.ends_with("x…"), "{excerpt}");
    assert_one_line(&err);
}

#[tokio::test]
async fn json_404_of_another_shape_is_an_unexpected_status_and_not_found() {
    let err =
        list_messages_answered_with(Reply::raw(404, "application/json", r#"{"error":"nope"}"#)).await.unwrap_err();
    match &err {
        Error::UnexpectedStatus { status, body, .. } => {
            assert_eq!(*status, StatusCode::NOT_FOUND);
            assert_eq!(body.as_ref(), br#"{"error":"nope"}"#);
        }
        other => panic!("expected Error::UnexpectedStatus, got {other:?}"),
    }
    assert!(err.is_not_found());
    assert!(!err.is_unauthorized());
    assert_eq!(err.code(), None, "only the API's error shape has a code");
    assert_eq!(err.to_string(), r#"unexpected HTTP 404 Not Found response: {"error":"nope"}"#);
}

#[tokio::test]
async fn error_status_without_a_body_is_an_unexpected_status_shown_as_empty() {
    let err = list_messages_answered_with(Reply::empty(404)).await.unwrap_err();
    match &err {
        Error::UnexpectedStatus { status, body, .. } => {
            assert_eq!(*status, StatusCode::NOT_FOUND);
            assert!(body.is_empty());
        }
        other => panic!("expected Error::UnexpectedStatus, got {other:?}"),
    }
    assert!(err.is_not_found());
    assert_eq!(err.to_string(), "unexpected HTTP 404 Not Found response: (empty body)");
}

#[tokio::test]
async fn redirect_status_without_location_is_an_unexpected_status_with_its_body() {
    // Without `Location` reqwest has nowhere to follow, so the 302 itself
    // comes back: a status the API never uses.
    let err = list_messages_answered_with(Reply::raw(302, "text/plain", "moved somewhere")).await.unwrap_err();
    match &err {
        Error::UnexpectedStatus { status, body, .. } => {
            assert_eq!(*status, StatusCode::FOUND);
            assert_eq!(body.as_ref(), b"moved somewhere");
        }
        other => panic!("expected Error::UnexpectedStatus, got {other:?}"),
    }
    assert_eq!(err.status(), Some(StatusCode::FOUND));
    assert_eq!(err.to_string(), "unexpected HTTP 302 Found response: moved somewhere");
}

// ---------------------------------------------------------------------- Api

#[tokio::test]
async fn expired_token_401_is_an_unauthorized_api_error() {
    let body = json!({"code": "unauthorized", "message": "Token expired"});
    let err = list_messages_answered_with(Reply::json(401, &body)).await.unwrap_err();
    assert!(matches!(err, Error::Api { .. }), "expected Error::Api, got {err:?}");
    assert!(err.is_unauthorized());
    assert!(!err.is_not_found());
    assert_eq!(err.status(), Some(StatusCode::UNAUTHORIZED));
    assert_eq!(err.code(), Some("unauthorized"));
    assert_eq!(err.body(), None, "the parsed body replaces the raw one");
    assert_eq!(err.to_string(), "HTTP 401 Unauthorized: Token expired (unauthorized)");
    assert_hides_token(&err);
}

#[tokio::test]
async fn forbidden_403_is_unauthorized_too() {
    let body = json!({"code": "forbidden", "message": "Token lacks the read scope"});
    let err = list_messages_answered_with(Reply::json(403, &body)).await.unwrap_err();
    assert!(matches!(err, Error::Api { .. }), "expected Error::Api, got {err:?}");
    assert!(err.is_unauthorized());
    assert_eq!(err.status(), Some(StatusCode::FORBIDDEN));
    assert_eq!(err.code(), Some("forbidden"));
    assert_eq!(err.to_string(), "HTTP 403 Forbidden: Token lacks the read scope (forbidden)");
}

// Server-supplied text ends up in `Display`; a line break in it must not turn
// one log line into several (the body excerpt of `UnexpectedStatus` is folded
// the same way).
#[tokio::test]
async fn api_error_display_stays_on_one_line_when_the_message_has_line_breaks() {
    let body = json!({"code": "send_failed", "message": "Bridge error:\nremote refused\r\nretry later"});
    let err = list_messages_answered_with(Reply::json(500, &body)).await.unwrap_err();
    match &err {
        Error::Api { message, .. } => {
            assert_eq!(message, "Bridge error:\nremote refused\r\nretry later", "the field keeps the text as sent")
        }
        other => panic!("expected Error::Api, got {other:?}"),
    }
    assert_one_line(&err);
}

#[tokio::test]
async fn reported_failure_display_stays_on_one_line_when_the_message_has_line_breaks() {
    let body = json!({"error": "Failed to download mxc://beeper.local/Gone404xyz:\nM_NOT_FOUND\n"});
    let server = MockServer::once(Reply::json(200, &body)).await;
    let result =
        server.client().download_asset().body_map(|b| b.url("mxc://beeper.local/Gone404xyz".to_string())).send().await;
    server.single().assert_operation("download_asset");
    let err = result.unwrap_err();
    assert!(matches!(err, Error::Reported { .. }), "expected Error::Reported, got {err:?}");
    assert_one_line(&err);
}

// ---------------------------------------------------------------- Transport

#[tokio::test]
async fn closed_port_is_a_connect_transport_error() {
    // Take a free port, then close it so nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let client = Client::builder()
        .base_url(format!("http://127.0.0.1:{port}"))
        .access_token(TOKEN)
        .max_retries(0)
        .build()
        .unwrap();
    let err = client.list_messages().chat_id(CHAT_ID).send().await.unwrap_err();
    match &err {
        Error::Transport(inner) => assert!(inner.is_connect(), "{inner:?}"),
        other => panic!("expected Error::Transport, got {other:?}"),
    }
    assert!(err.is_connect());
    assert!(!err.is_timeout());
    assert_eq!(err.status(), None);
    assert_eq!(err.body(), None);
    assert!(err.to_string().starts_with("cannot connect to Beeper Desktop: "), "{err}");
    let source = std::error::Error::source(&err).expect("Error::Transport has a source");
    assert!(source.downcast_ref::<reqwest::Error>().is_some(), "source is not the reqwest error: {source:?}");
    assert_one_line(&err);
    assert_hides_token(&err);
}

// ----------------------------------------------------------- InvalidRequest

#[tokio::test]
async fn builder_missing_a_required_parameter_is_rejected_before_sending() {
    let server = MockServer::once(Reply::fixture(200, "chat.json")).await;
    let err = server.client().get_chat().send().await.unwrap_err();
    match &err {
        Error::InvalidRequest(message) => assert!(message.contains("chat_id"), "{message}"),
        other => panic!("expected Error::InvalidRequest, got {other:?}"),
    }
    assert!(server.requests().is_empty(), "sent anyway: {:?}", server.requests());
    assert_eq!(err.status(), None);
    assert!(err.to_string().starts_with("invalid request: ") && err.to_string().contains("chat_id"), "{err}");
    assert_one_line(&err);
}

// ------------------------------------------------------------- The type

/// Compiles only if `E` can cross threads, be boxed as `dyn Error` and live
/// in `anyhow`-style error chains.
fn assert_thread_safe_std_error<E: std::error::Error + Send + Sync + 'static>() {}

#[test]
fn error_is_a_thread_safe_std_error() {
    assert_thread_safe_std_error::<Error>();
    let boxed: Box<dyn std::error::Error + Send + Sync> = Error::InvalidRequest("x".into()).into();
    assert_eq!(boxed.to_string(), "invalid request: x");
}
