//! Facts from Beeper's own API document: the `X-Beeper-Desktop-Version`
//! header on successes, errors and the call's span; the chats beside a
//! message search page; the `any` chat-type filter; parameter bounds
//! checked before sending; bodiless 416 answers of `serve_asset`.

use beeper_desktop::prelude::*;
use beeper_desktop::types;
use serde_json::json;

use crate::support::{MockServer, Reply};
use crate::traces::capture_everything;

const CHAT_ID: &str = "!a1b2c3:beeper.local";
const VERSION: &str = "4.2.808";
const HEADER: &str = "X-Beeper-Desktop-Version";

// ------------------------------------------------------------ version header

#[tokio::test]
async fn a_successful_answer_tells_the_desktop_version() {
    let server = MockServer::start(vec![
        Reply::fixture(200, "chat.json").header(HEADER, VERSION),
        Reply::fixture(200, "chat.json"),
    ])
    .await;
    let client = server.client();
    let chat = client.get_chat().chat_id(CHAT_ID).send().await.unwrap();
    assert_eq!(chat.desktop_version().as_deref(), Some(VERSION));
    // An older server that does not send it.
    let chat = client.get_chat().chat_id(CHAT_ID).send().await.unwrap();
    assert_eq!(chat.desktop_version(), None);
}

#[tokio::test]
async fn every_kind_of_answered_failure_tells_the_desktop_version() {
    let server = MockServer::start(vec![
        Reply::json(404, &json!({"code": "not_found", "message": "Chat not found"})).header(HEADER, VERSION),
        Reply::raw(502, "text/html", "<html>bad gateway</html>").header(HEADER, "4.2.809"),
        Reply::raw(200, "application/json", r#"{"id": 5}"#).header(HEADER, "4.2.810"),
        Reply::json(404, &json!({"code": "not_found", "message": "Chat not found"})),
    ])
    .await;
    let client = server.builder().retry_policy(beeper_desktop::RetryPolicy::none()).build().unwrap();
    let api = client.get_chat().chat_id(CHAT_ID).send().await.unwrap_err();
    assert!(matches!(api, Error::Api { .. }), "{api:?}");
    assert_eq!(api.desktop_version(), Some(VERSION));
    let unexpected = client.get_chat().chat_id(CHAT_ID).send().await.unwrap_err();
    assert!(matches!(unexpected, Error::UnexpectedStatus { .. }), "{unexpected:?}");
    assert_eq!(unexpected.desktop_version(), Some("4.2.809"));
    let decode = client.get_chat().chat_id(CHAT_ID).send().await.unwrap_err();
    assert!(matches!(decode, Error::Decode { .. }), "{decode:?}");
    assert_eq!(decode.desktop_version(), Some("4.2.810"));
    let without = client.get_chat().chat_id(CHAT_ID).send().await.unwrap_err();
    assert_eq!(without.desktop_version(), None);
    // Failures before any answer carry none.
    let refused = client.get_chat().chat_id("").send().await.unwrap_err();
    assert_eq!(refused.desktop_version(), None);
}

#[tokio::test]
async fn the_call_span_records_the_desktop_version() {
    let (captured, _guard) = capture_everything();
    let server = MockServer::start(vec![
        Reply::fixture(200, "chat.json").header(HEADER, VERSION),
        Reply::json(404, &json!({"code": "not_found", "message": "gone"})).header(HEADER, "4.2.809"),
        Reply::fixture(200, "chat.json"),
    ])
    .await;
    let client = server.client();
    client.get_chat().chat_id(CHAT_ID).send().await.unwrap();
    client.get_chat().chat_id(CHAT_ID).send().await.unwrap_err();
    client.get_chat().chat_id(CHAT_ID).send().await.unwrap();
    let logs = captured.text();
    let closes: Vec<&str> =
        logs.lines().filter(|l| l.contains("beeper_desktop.request") && l.contains("close")).collect();
    assert_eq!(closes.len(), 3, "one span per call:\n{logs}");
    assert!(closes[0].contains("desktop_version=\"4.2.808\""), "{}", closes[0]);
    assert!(closes[1].contains("desktop_version=\"4.2.809\""), "{}", closes[1]);
    assert!(!closes[2].contains("desktop_version"), "{}", closes[2]);
}

// ------------------------------------------------------------ message search chats

fn search_page(ids: &[(&str, &str)], chats: serde_json::Value, more: bool, cursor: Option<&str>) -> Reply {
    let items: Vec<_> = ids
        .iter()
        .map(|(id, chat)| {
            json!({"id": id, "accountID": "whatsapp", "chatID": chat, "senderID": "@bob:beeper.local",
                   "sortKey": id, "timestamp": "2025-08-31T19:41:41.000Z", "text": "hi"})
        })
        .collect();
    Reply::json(
        200,
        &json!({"items": items, "hasMore": more, "oldestCursor": cursor, "newestCursor": null, "chats": chats}),
    )
}

fn chat(id: &str, title: &str) -> serde_json::Value {
    json!({"id": id, "accountID": "whatsapp", "title": title, "type": "group", "unreadCount": 0,
           "participants": {"hasMore": false, "total": 0, "items": []}})
}

#[tokio::test]
async fn message_search_pages_carry_their_chats_and_the_stream_pairs_them() {
    let first = search_page(
        &[("1", "!a:b"), ("2", "!c:d")],
        json!({"!a:b": chat("!a:b", "Family"), "!c:d": chat("!c:d", "Work")}),
        true,
        Some("c1"),
    );
    // The second page's message has no chat in the map.
    let second = search_page(&[("3", "!e:f")], json!({}), false, None);
    let server = MockServer::start(vec![first.clone(), second.clone(), first, second]).await;
    let client = server.client();

    let pages: Vec<types::MessageSearchPage> =
        client.search_messages().query("hi").pages().try_collect().await.unwrap();
    assert_eq!(pages.len(), 2);
    let titles: Vec<_> = pages[0].items.iter().map(|m| pages[0].chat_of(m).and_then(|c| c.title.clone())).collect();
    assert_eq!(titles, [Some("Family".to_owned()), Some("Work".to_owned())]);
    assert!(pages[1].chats.is_empty());

    let hits: Vec<_> = client.search_messages().query("hi").stream_with_chats().try_collect().await.unwrap();
    let seen: Vec<_> = hits.iter().map(|(m, c)| (m.id.as_str(), c.as_ref().map(|c| c.id.as_str()))).collect();
    assert_eq!(seen, [("1", Some("!a:b")), ("2", Some("!c:d")), ("3", None)]);
    assert_eq!(
        server.requests()[3].query(),
        [("cursor".to_owned(), "c1".to_owned()), ("query".to_owned(), "hi".to_owned())]
    );
}

#[tokio::test]
async fn an_old_server_without_chats_still_pages() {
    let server = MockServer::once(Reply::json(200, &json!({"items": [], "hasMore": false, "chats": null}))).await;
    let page = server.client().search_messages().send().await.unwrap().into_inner();
    assert!(page.chats.is_empty());
    let server = MockServer::once(Reply::fixture(200, "message_page.json")).await;
    let hits: Vec<_> =
        server.client().search_messages().paginate().max_pages(1).items_with_chats().try_collect().await.unwrap();
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|(_, chat)| chat.is_none()));
}

// ------------------------------------------------------------ `any`

#[tokio::test]
async fn search_chats_takes_any_as_a_chat_type_and_still_takes_a_chat_type() {
    let server = MockServer::start(vec![
        Reply::fixture(200, "chat_search_page.json"),
        Reply::fixture(200, "chat_search_page.json"),
    ])
    .await;
    let client = server.client();
    client.search_chats().chat_type(types::ChatTypeFilter::Any).send().await.unwrap();
    client.search_chats().chat_type(types::ChatType::Single).send().await.unwrap();
    let requests = server.requests();
    assert_eq!(requests[0].target, "/v1/chats/search?type=any");
    assert_eq!(requests[1].target, "/v1/chats/search?type=single");
    assert_eq!("any".parse::<types::ChatTypeFilter>().unwrap(), types::ChatTypeFilter::Any);
}

// ------------------------------------------------------------ bounds

#[tokio::test]
async fn parameters_outside_their_bounds_are_refused_before_sending() {
    let server = MockServer::start(vec![]).await;
    let client = server.client();
    let refused = [
        client.search_messages().limit(21).send().await.unwrap_err(),
        client.search_messages().limit(0).send().await.unwrap_err(),
        client.search_chats().limit(201).send().await.unwrap_err(),
        client.list_contacts().account_id("whatsapp").limit(0).send().await.map(drop).unwrap_err(),
        client.get_chat().chat_id(CHAT_ID).max_participant_count(-2).send().await.map(drop).unwrap_err(),
        client.get_chat().chat_id(CHAT_ID).max_participant_count(501).send().await.map(drop).unwrap_err(),
    ];
    let expected = [
        "`search_messages`: parameter `limit` is 21; it must be from 1 to 20",
        "`search_messages`: parameter `limit` is 0; it must be from 1 to 20",
        "`search_chats`: parameter `limit` is 201; it must be from 1 to 200",
        "`list_contacts`: parameter `limit` is 0; it must be from 1 to 200",
        "`get_chat`: parameter `maxParticipantCount` is -2; it must be from -1 to 500",
        "`get_chat`: parameter `maxParticipantCount` is 501; it must be from -1 to 500",
    ];
    for (err, text) in refused.iter().zip(expected) {
        assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
        assert_eq!(err.to_string(), format!("invalid request: {text}"));
    }
    let empty = [
        client.search().query("").send().await.map(drop).unwrap_err(),
        client.search_chats().query("").send().await.map(drop).unwrap_err(),
        client.search_contacts().account_id("whatsapp").query("").send().await.map(drop).unwrap_err(),
        client.list_contacts().account_id("whatsapp").query("").send().await.map(drop).unwrap_err(),
        client.serve_asset().url("").send().await.map(drop).unwrap_err(),
    ];
    for (err, op) in empty.iter().zip(["search", "search_chats", "search_contacts", "list_contacts", "serve_asset"]) {
        assert!(err.to_string().contains(&format!("`{op}`: parameter `")), "{err}");
        assert!(err.to_string().ends_with("must not be empty"), "{err}");
    }
    assert!(server.requests().is_empty(), "nothing may be sent");
}

#[tokio::test]
async fn the_ends_of_each_range_are_sent() {
    let server = MockServer::start(vec![
        Reply::fixture(200, "message_search_page.json"),
        Reply::fixture(200, "message_search_page.json"),
        Reply::fixture(200, "chat.json"),
        Reply::fixture(200, "chat.json"),
    ])
    .await;
    let client = server.client();
    client.search_messages().limit(1).send().await.unwrap();
    client.search_messages().limit(20).send().await.unwrap();
    client.get_chat().chat_id(CHAT_ID).max_participant_count(-1).send().await.unwrap();
    client.get_chat().chat_id(CHAT_ID).max_participant_count(500).send().await.unwrap();
    let queries: Vec<_> = server.requests().iter().map(|r| r.raw_query().unwrap_or_default().to_owned()).collect();
    assert_eq!(queries, ["limit=1", "limit=20", "maxParticipantCount=-1", "maxParticipantCount=500"]);
}

// ------------------------------------------------------------ serve_asset 416

#[tokio::test]
async fn an_unsatisfiable_range_is_an_unexpected_status_with_no_body() {
    let server = MockServer::once(Reply::empty(416).header(HEADER, VERSION)).await;
    let err = server.client().serve_asset().url("mxc://beeper.local/doc").range("bytes=900-999").send().await;
    match err.map(drop).unwrap_err() {
        Error::UnexpectedStatus { status, body, desktop_version } => {
            assert_eq!(status.as_u16(), 416);
            assert!(body.is_empty());
            assert_eq!(desktop_version.as_deref(), Some(VERSION));
        }
        other => panic!("expected an unexpected status, got {other:?}"),
    }
}
