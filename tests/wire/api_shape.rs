//! The public API a Rust user meets: numbers with exact integer types,
//! inputs built without fallible builders, streams used without `pin!`,
//! and errors that name what is missing. Each test drives the real client
//! against the loopback server.

use beeper_desktop::prelude::*;
use beeper_desktop::{StatusCode, types};
use serde_json::json;

use crate::support::{MockServer, Reply};

const CHAT: &str = "!a1b2c3:beeper.local";

/// `message.json` with fields replaced, as raw JSON text (so numbers keep
/// the exact digits written here).
fn message_with(sort_key: &str, attachments: &str) -> Vec<u8> {
    format!(
        r#"{{"id":"1343993","accountID":"whatsapp","chatID":"{CHAT}","senderID":"@bob:beeper.local",
            "sortKey":{sort_key},"timestamp":"2025-08-31T19:41:41.000Z","attachments":{attachments}}}"#
    )
    .into_bytes()
}

// Byte sizes above 2^53 (where an f64 starts rounding) stay exact, up to
// u64::MAX; pixel sizes are whole numbers even when a server sends `1024.0`.
#[tokio::test]
async fn sizes_are_exact_integers_and_tolerate_floats() {
    let attachments = r#"[
        {"type":"img","id":"a1","fileSize":12345678901234567890,"size":{"width":1024.0,"height":768}},
        {"type":"file","id":"a2","fileSize":18446744073709551615}
    ]"#;
    let server =
        MockServer::once(Reply::raw(200, "application/json", message_with("\"449706228480\"", attachments))).await;
    let message = server.client().get_message().chat_id(CHAT).message_id("1343993").send().await.unwrap();
    assert_eq!(message.attachments[0].file_size, Some(12_345_678_901_234_567_890));
    assert_eq!(message.attachments[1].file_size, Some(u64::MAX));
    let size = message.attachments[0].size.as_ref().expect("size");
    assert_eq!((size.width, size.height), (Some(1024), Some(768)));
}

// Beeper's own document leaves sizes and counts unbounded, so a negative one
// never fails the answer: in an optional field it reads as absent (the
// required ones read as 0; see `lenient::count`).
#[tokio::test]
async fn a_negative_size_reads_as_absent() {
    let attachments = r#"[{"type":"file","id":"a1","fileSize":-5,"size":{"width":-1.0,"height":768}}]"#;
    let server =
        MockServer::once(Reply::raw(200, "application/json", message_with("\"449706228480\"", attachments))).await;
    let message = server.client().get_message().chat_id(CHAT).message_id("1343993").send().await.unwrap();
    assert_eq!(message.attachments[0].file_size, None);
    let size = message.attachments[0].size.as_ref().expect("size");
    assert_eq!((size.width, size.height), (None, Some(768)));
}

// Sort keys sent as JSON numbers keep every digit, even past u64 (an f64
// would keep about 17).
#[tokio::test]
async fn numeric_sort_keys_beyond_64_bits_keep_their_digits() {
    let key = "123456789012345678901234567890";
    let server = MockServer::once(Reply::raw(200, "application/json", message_with(key, "[]"))).await;
    let message = server.client().get_message().chat_id(CHAT).message_id("1343993").send().await.unwrap();
    assert_eq!(message.sort_key.as_str(), key);
    // And it is forwarded as text, exactly.
    assert_eq!(serde_json::to_value(&message.sort_key).unwrap(), json!(key));
}

// Nested inputs have plain constructors: an upload's ID becomes an attachment
// in one line, without fallible builders.
#[tokio::test]
async fn an_upload_becomes_an_attachment_in_one_line() {
    let server =
        MockServer::start(vec![Reply::fixture(200, "asset_upload.json"), Reply::fixture(200, "message_send.json")])
            .await;
    let client = server.client();
    let upload = client.upload_asset().bytes(&b"jpeg bytes"[..]).part_file_name("table.jpg").send().await.unwrap();
    let mut attachment = upload.attachment().unwrap();
    attachment.size = Some(types::AttachmentSizeInput::new(768u32, 1024u32));
    let body = types::SendMessageRequest { attachment: Some(attachment), ..Default::default() };
    client.send_message().chat_id(CHAT).body(body).send().await.unwrap();
    let requests = server.requests();
    requests[1].assert_operation("send_message");
    requests[1]
        .assert_json_body(&json!({"attachment": {"uploadID": "up_7f3a", "size": {"height": 768, "width": 1024}}}));
}

#[tokio::test]
async fn an_upload_answer_without_an_id_cannot_be_attached() {
    let upload = types::AssetUploadResponse { error: Some("too large".into()), ..Default::default() };
    let err = upload.attachment().unwrap_err();
    assert!(matches!(&err, Error::InvalidRequest(m) if m.contains("uploadID")), "{err}");
}

// `.stream()` is Unpin: `try_next()` works on it directly, with only the
// prelude imported (no `futures`, no `pin!`).
#[tokio::test]
async fn streams_are_used_without_pinning() {
    let server = MockServer::once(Reply::json(
        200,
        &json!({"items": [{"id": "1", "accountID": "a", "chatID": CHAT, "senderID": "@b:c", "sortKey": "1",
                           "timestamp": "2025-08-31T19:41:41.000Z"}], "hasMore": false}),
    ))
    .await;
    let client = server.client();
    let mut messages = client.list_messages().chat_id(CHAT).stream();
    let mut ids = Vec::new();
    while let Some(message) = messages.try_next().await.unwrap() {
        ids.push(message.id);
    }
    assert_eq!(ids, ["1"]);
    fn assert_unpin<T: Unpin>(_: &T) {}
    assert_unpin(&client.list_chats().pages());
}

// A call's future can be made outside a runtime (the argument of
// `Runtime::block_on`) and sends nothing until it is polled; it is `Send`.
#[test]
fn a_call_made_outside_a_runtime_is_sent_when_awaited() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(MockServer::once(Reply::fixture(200, "info.json")));
    let client = server.client();
    let call = client.get_info().send();
    fn assert_send<T: Send>(_: &T) {}
    assert_send(&call);
    assert!(server.requests().is_empty(), "sent before it was polled");
    let info = runtime.block_on(call).unwrap();
    assert_eq!(info.status(), 200);
    server.single().assert_operation("get_info");
}

// A required parameter that was never set is named, with its operation.
#[tokio::test]
async fn a_forgotten_required_parameter_is_named() {
    let server = MockServer::once(Reply::fixture(200, "message_page.json")).await;
    let err = server.client().list_messages().stream().try_next().await.unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid request: `list_messages` needs `chat_id`: call `.chat_id(..)` before `.send()`"
    );
    assert!(server.requests().is_empty());
}

// The status type of errors is reachable from the crate.
#[tokio::test]
async fn error_statuses_use_the_reexported_status_code() {
    let server = MockServer::once(Reply::json(404, &json!({"code": "not_found", "message": "Chat not found"}))).await;
    let err = server.client().get_chat().chat_id(CHAT).send().await.unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::NOT_FOUND));
    let body: types::ApiErrorBody = serde_json::from_value(json!({"code": "not_found", "message": "gone"})).unwrap();
    assert_eq!(body.code, "not_found");
}

// Filters of the same concept share a type and a name.
#[tokio::test]
async fn chat_type_filters_share_one_type() {
    let server = MockServer::start(vec![
        Reply::fixture(200, "chat_search_page.json"),
        Reply::fixture(200, "message_search_page.json"),
    ])
    .await;
    let client = server.client();
    client.search_chats().chat_type(types::ChatType::Group).send().await.unwrap();
    client.search_messages().chat_type(types::ChatType::Group).send().await.unwrap();
    let requests = server.requests();
    assert_eq!(requests[0].query(), [("type".to_owned(), "group".to_owned())]);
    assert_eq!(requests[1].query(), [("chatType".to_owned(), "group".to_owned())]);
}
