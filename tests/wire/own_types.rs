//! Answers decoded into the caller's own types: `send_as::<T>()` on every
//! plain-JSON operation, and `stream_as` / `pages_as` / `paginate_as` on the
//! paginated ones (`src/pagination/own_types.rs`, `codegen/byot.rs`).
//!
//! Pinned: the request on the wire is exactly the one `send()` makes; the
//! same checks run before sending; a body that does not fit `T` names its
//! JSON path; error answers are still the API's errors; walks follow the
//! same cursors as `stream()`; a cursorless message server is an error
//! after its items, never a silent stop.

use beeper_desktop::{Error, PageOf};
use futures::TryStreamExt;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::support::{MockServer, Reply};

const CHAT: &str = "!abc:beeper.local";

/// The few message fields a program reads.
#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
struct Line {
    id: String,
    #[serde(rename = "senderID")]
    sender_id: String,
    text: Option<String>,
}

fn line(id: &str, text: &str) -> Line {
    Line { id: id.into(), sender_id: "@bob:beeper.local".into(), text: Some(text.into()) }
}

/// A complete message, with fields `Line` leaves out (`seen`, reactions,
/// attachments) so skipping them is exercised.
fn message(id: &str, text: &str) -> Value {
    json!({
        "id": id,
        "accountID": "whatsapp",
        "chatID": CHAT,
        "senderID": "@bob:beeper.local",
        "senderName": "Bob",
        "sortKey": format!("k{id}"),
        "timestamp": "2025-08-31T19:41:41.000Z",
        "text": text,
        "seen": {"@alice:beeper.local": "2025-08-31T19:42:00.000Z"},
        "reactions": [{"id": "r1", "reactionKey": "👍", "participantID": "@alice:beeper.local"}],
        "attachments": [{"type": "img", "size": {"width": 10, "height": 20}}],
        "someFutureField": {"nested": [1, 2, 3]}
    })
}

fn page(items: Vec<Value>, has_more: bool, oldest: &str, newest: &str) -> Reply {
    Reply::json(200, &json!({"items": items, "hasMore": has_more, "oldestCursor": oldest, "newestCursor": newest}))
}

/// A reply that must never be requested (see `tests/wire/pagination.rs`).
fn trap() -> Reply {
    Reply::json(500, &json!({"code": "trap", "message": "requested a page after the walk should have stopped"}))
}

#[tokio::test]
async fn send_as_sends_exactly_what_send_sends_and_decodes_the_declared_fields() {
    let body = json!({"items": [message("m1", "hi"), message("m2", "there")], "hasMore": true,
                      "oldestCursor": "o1", "newestCursor": "n1"});
    let server = MockServer::start(vec![Reply::json(200, &body), Reply::json(200, &body)]).await;
    let client = server.client();
    let request =
        || client.list_messages().chat_id(CHAT).cursor("c0").direction(beeper_desktop::types::Direction::Before);

    let full = request().send().await.unwrap().into_inner();
    let own = request().send_as::<PageOf<Line>>().await.unwrap();
    assert_eq!(own.status(), 200);
    let own = own.into_inner();

    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].method, requests[1].method);
    assert_eq!(requests[0].target, requests[1].target);
    assert_eq!(requests[0].headers, requests[1].headers, "send_as must put the same headers on the wire");
    assert_eq!(requests[1].target, "/v1/chats/!abc:beeper.local/messages?cursor=c0&direction=before");
    requests[1].assert_operation("list_messages");

    assert_eq!(own.items, [line("m1", "hi"), line("m2", "there")]);
    assert_eq!(
        (own.has_more, own.oldest_cursor.as_deref(), own.newest_cursor.as_deref()),
        (Some(true), Some("o1"), Some("n1"))
    );
    // The same values as the complete model.
    let from_full: Vec<(&str, Option<&str>)> = full.items.iter().map(|m| (m.id.as_str(), m.text.as_deref())).collect();
    let from_own: Vec<(&str, Option<&str>)> = own.items.iter().map(|m| (m.id.as_str(), m.text.as_deref())).collect();
    assert_eq!(from_full, from_own);
}

#[tokio::test]
async fn send_as_into_a_json_value_keeps_the_whole_body() {
    let info = json!({"app": {"name": "Beeper", "version": "4.2.0"}, "unknownExtra": [1, {"x": null}]});
    let server = MockServer::once(Reply::json(200, &info)).await;
    let value: Value = server.client().get_info().send_as::<Value>().await.unwrap().into_inner();
    assert_eq!(value, info);
    server.requests()[0].assert_operation("get_info");
}

#[tokio::test]
async fn send_as_runs_the_same_checks_before_sending() {
    let server = MockServer::start(vec![trap()]).await;
    let error = server.client().get_chat().chat_id("").send_as::<Value>().await.unwrap_err();
    assert!(matches!(&error, Error::InvalidRequest(m) if m.contains("chatID")), "{error:?}");
    let error = server.client().search_chats().limit(0).send_as::<Value>().await.unwrap_err();
    assert!(matches!(&error, Error::InvalidRequest(m) if m.contains("limit")), "{error:?}");
    assert!(server.requests().is_empty(), "nothing may be sent for a rejected request");
}

#[tokio::test]
async fn a_body_that_does_not_fit_your_type_names_the_json_path() {
    let mut bad = message("m2", "x");
    bad["text"] = json!(42);
    let body = json!({"items": [message("m1", "ok"), bad], "hasMore": false});
    let server = MockServer::once(Reply::json(200, &body)).await;
    let error = server.client().list_messages().chat_id(CHAT).send_as::<PageOf<Line>>().await.unwrap_err();
    match &error {
        Error::Decode { status, path, body: kept, .. } => {
            assert_eq!(*status, Some(reqwest::StatusCode::OK));
            assert_eq!(path, "items[1].text");
            assert_eq!(serde_json::from_slice::<Value>(kept).unwrap(), body, "the body is kept whole");
        }
        other => panic!("expected Error::Decode, got {other:?}"),
    }
}

#[tokio::test]
async fn an_error_answer_is_still_the_api_error() {
    let server = MockServer::once(Reply::json(404, &json!({"code": "not_found", "message": "no such chat"}))).await;
    let error = server.client().get_chat().chat_id(CHAT).send_as::<Value>().await.unwrap_err();
    match &error {
        Error::Api { status, code, message, .. } => {
            assert_eq!((status.as_u16(), code.as_str(), message.as_str()), (404, "not_found", "no such chat"));
        }
        other => panic!("expected Error::Api, got {other:?}"),
    }
}

#[tokio::test]
async fn stream_as_follows_the_same_cursors_as_stream() {
    let script = || {
        vec![
            page(vec![message("m1", "a"), message("m2", "b")], true, "o1", "n1"),
            page(vec![message("m3", "c")], true, "o2", "n2"),
            page(vec![message("m4", "d")], false, "o3", "n3"),
            trap(),
        ]
    };
    let server = MockServer::start(script()).await;
    let full: Vec<_> = server.client().list_messages().chat_id(CHAT).stream().try_collect().await.unwrap();
    let stream_targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();

    let server = MockServer::start(script()).await;
    let own: Vec<Line> = server.client().list_messages().chat_id(CHAT).stream_as::<Line>().try_collect().await.unwrap();
    let own_targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();

    assert_eq!(own, [line("m1", "a"), line("m2", "b"), line("m3", "c"), line("m4", "d")]);
    assert_eq!(
        own.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(),
        full.iter().map(|m| m.id.as_str()).collect::<Vec<_>>()
    );
    assert_eq!(own_targets, stream_targets);
    assert_eq!(
        own_targets,
        [
            "/v1/chats/!abc:beeper.local/messages",
            "/v1/chats/!abc:beeper.local/messages?cursor=o1",
            "/v1/chats/!abc:beeper.local/messages?cursor=o2",
        ]
    );
    assert_eq!(server.pending_replies(), 1, "the walk must stop after hasMore: false");
}

#[tokio::test]
async fn pages_as_walking_after_follows_the_newest_cursor_and_skips_the_search_chats() {
    #[derive(Debug, Deserialize)]
    struct Id {
        id: String,
    }
    let with_chats = |items: Vec<Value>, has_more: bool, oldest: &str, newest: &str| {
        Reply::json(
            200,
            &json!({"items": items, "chats": {CHAT: {"id": CHAT, "accountID": "whatsapp", "type": "single"}},
                    "hasMore": has_more, "oldestCursor": oldest, "newestCursor": newest}),
        )
    };
    let server = MockServer::start(vec![
        with_chats(vec![message("m1", "a")], true, "o1", "n1"),
        with_chats(vec![message("m2", "b")], false, "o2", "n2"),
        trap(),
    ])
    .await;
    let pages: Vec<PageOf<Id>> = server
        .client()
        .search_messages()
        .query("dinner")
        .cursor("c0")
        .direction(beeper_desktop::types::Direction::After)
        .pages_as::<Id>()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<Vec<&str>> = pages.iter().map(|p| p.items.iter().map(|m| m.id.as_str()).collect()).collect();
    assert_eq!(ids, [vec!["m1"], vec!["m2"]]);
    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        [
            "/v1/messages/search?cursor=c0&direction=after&query=dinner",
            "/v1/messages/search?cursor=n1&direction=after&query=dinner"
        ]
    );
}

#[tokio::test]
async fn paginate_as_caps_the_items_without_requesting_more_pages() {
    let server = MockServer::start(vec![
        page(vec![message("m1", "a"), message("m2", "b")], true, "o1", "n1"),
        page(vec![message("m3", "c"), message("m4", "d")], true, "o2", "n2"),
        trap(),
    ])
    .await;
    let own: Vec<Line> = server
        .client()
        .list_messages()
        .chat_id(CHAT)
        .paginate_as::<Line>()
        .max_items(3)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(own, [line("m1", "a"), line("m2", "b"), line("m3", "c")]);
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn a_cursorless_message_server_ends_the_walk_with_an_error_after_its_items() {
    // JS 4.x servers page messages by sortKey and send no cursors; `stream()`
    // continues from the last sortKey, which `Line` does not carry.
    let server = MockServer::start(vec![
        Reply::json(200, &json!({"items": [message("m1", "a"), message("m2", "b")], "hasMore": true})),
        trap(),
    ])
    .await;
    let client = server.client();
    let mut lines = client.list_messages().chat_id(CHAT).stream_as::<Line>();
    assert_eq!(lines.try_next().await.unwrap(), Some(line("m1", "a")));
    assert_eq!(lines.try_next().await.unwrap(), Some(line("m2", "b")));
    let error = lines.try_next().await.unwrap_err();
    assert!(matches!(&error, Error::Unsupported(m) if m.contains("stream()")), "{error:?}");
    assert!(error.to_string().starts_with("not supported by this server"), "{error}");
    assert_eq!(lines.try_next().await.unwrap(), None, "the walk ends after the error");
    assert_eq!(server.requests().len(), 1);

    // The same server's last page (hasMore false) is no error.
    let server = MockServer::once(Reply::json(200, &json!({"items": [message("m1", "a")], "hasMore": false}))).await;
    let all: Vec<Line> = server.client().list_messages().chat_id(CHAT).stream_as().try_collect().await.unwrap();
    assert_eq!(all, [line("m1", "a")]);
}

#[tokio::test]
async fn other_operations_ending_without_a_cursor_stop_as_stream_does() {
    // Only the message list had a sortKey fallback; a chat page with more
    // but no cursor ends both walks quietly (documented in `pagination`).
    let reply = || Reply::json(200, &json!({"items": [{"id": "!c1", "title": "Family"}], "hasMore": true}));
    #[derive(Debug, Deserialize, PartialEq)]
    struct Title {
        title: Option<String>,
    }
    let server = MockServer::start(vec![reply(), trap()]).await;
    let own: Vec<Title> = server.client().list_chats().stream_as().try_collect().await.unwrap();
    assert_eq!(own, [Title { title: Some("Family".into()) }]);
    assert_eq!(server.pending_replies(), 1);
}
