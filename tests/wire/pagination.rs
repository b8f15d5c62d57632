//! Cursor pagination (`src/pagination/`): `.stream()`, `.pages()` and
//! `.paginate()` on `list_chats`, `search_chats`, `list_messages`,
//! `search_messages` and `list_contacts`, walked through multi-page
//! conversations on the loopback server.
//!
//! Every test pins both sides of the walk: the exact sequence of requests
//! (the same path and every caller filter on every page, only `cursor`
//! changing) and the items or pages yielded.
//!
//! Rules pinned here (INVENTORY §5, §4.10, Q2, Q3, Q13):
//! - walking `before` (or with no direction) follows `oldestCursor`, walking
//!   `after` follows `newestCursor`; every page below carries different
//!   oldest and newest cursors, so following the wrong one is caught;
//! - the walk stops after `hasMore: false` (even with cursors present), an
//!   empty page, a missing / `null` / `""` cursor for the walking direction,
//!   or a cursor already used (including the caller's starting cursor); a
//!   missing `hasMore` does not stop it;
//! - `max_items` and `max_pages` never request a page that is not needed;
//! - an error ends the stream after the items already read;
//! - old servers' message lists (no cursors, §5.3) continue from the last
//!   item's `sortKey`; no other operation does that.
//!
//! Where a walk must stop, one more reply ([`trap`]) is queued behind the
//! last expected page: it must still be pending when the stream has ended.

use std::pin::pin;

use beeper_desktop::{Error, types};
use futures::{StreamExt, TryStreamExt};
use serde_json::{Value, json};

use crate::support::{MockServer, Reply};

const CHAT: &str = "!abc:beeper.local";
const MESSAGES_PATH: &str = "/v1/chats/!abc:beeper.local/messages";
const ACCOUNT: &str = "whatsapp";
const CONTACTS_PATH: &str = "/v1/accounts/whatsapp/contacts/list";

// ------------------------------------------------------------------ bodies

/// A chat with only the required fields.
fn chat(id: &str) -> Value {
    json!({
        "id": id,
        "accountID": ACCOUNT,
        "type": "single",
        "unreadCount": 0,
        "participants": {"hasMore": false, "total": 0, "items": []}
    })
}

/// A message of [`CHAT`] with only the required fields.
fn message(id: &str, sort_key: &str) -> Value {
    json!({
        "id": id,
        "accountID": ACCOUNT,
        "chatID": CHAT,
        "senderID": "@bob:beeper.local",
        "sortKey": sort_key,
        "timestamp": "2025-08-31T19:41:41.000Z"
    })
}

/// A contact with only the required field.
fn user(id: &str) -> Value {
    json!({ "id": id })
}

/// A page that has more, with a different cursor for each direction.
fn page(items: Vec<Value>, oldest: &str, newest: &str) -> Reply {
    Reply::json(200, &json!({"items": items, "hasMore": true, "oldestCursor": oldest, "newestCursor": newest}))
}

/// The last page: `hasMore: false`, though both cursors are still there.
fn last_page(items: Vec<Value>, oldest: &str, newest: &str) -> Reply {
    Reply::json(200, &json!({"items": items, "hasMore": false, "oldestCursor": oldest, "newestCursor": newest}))
}

/// Any other page shape.
fn body(page: Value) -> Reply {
    Reply::json(200, &page)
}

/// A reply that must never be requested: queued behind the last page a walk
/// may read, it turns one request too many into an error in the stream.
fn trap() -> Reply {
    Reply::json(500, &json!({"code": "trap", "message": "the walk requested a page after it should have stopped"}))
}

/// A 500 with the API's error body.
fn server_error() -> Reply {
    Reply::json(500, &json!({"code": "internal", "message": "database is locked"}))
}

// --------------------------------------------------------------- assertions

/// Asserts the requests the server received, in order: each is `operation`
/// on `path` without a body, sends exactly `filters` (in order) apart from
/// `cursor`, and sends the cursor given for it in `cursors` (`None`: no
/// `cursor` key at all).
#[track_caller]
fn assert_walk(server: &MockServer, operation: &str, path: &str, filters: &[(&str, &str)], cursors: &[Option<&str>]) {
    let requests = server.requests();
    let targets: Vec<&str> = requests.iter().map(|r| r.target.as_str()).collect();
    assert_eq!(requests.len(), cursors.len(), "number of requests; sent {targets:#?}");
    let filters: Vec<(String, String)> = filters.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
    for (i, (req, expected_cursor)) in requests.iter().zip(cursors).enumerate() {
        req.assert_operation(operation);
        req.assert_no_body();
        assert_eq!(req.path(), path, "path of request {i}");
        let (cursor, rest): (Vec<_>, Vec<_>) = req.query().into_iter().partition(|(k, _)| k == "cursor");
        assert_eq!(rest, filters, "filters of request {i} ({})", req.target);
        let cursor: Vec<&str> = cursor.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(cursor.first().copied(), *expected_cursor, "cursor of request {i}; sent {targets:#?}");
        assert!(cursor.len() <= 1, "request {i} sent several cursors: {}", req.target);
    }
}

/// Asserts the walk stopped by itself: the [`trap`] queued behind the last
/// page was never requested.
#[track_caller]
fn assert_trap_unused(server: &MockServer) {
    assert_eq!(server.pending_replies(), 1, "a page was requested after the walk should have stopped");
}

/// Asserts `error` is the API error of [`server_error`].
#[track_caller]
fn assert_server_error(error: &Error) {
    match error {
        Error::Api { status, code, message, .. } => {
            assert_eq!(*status, 500);
            assert_eq!(code, "internal");
            assert_eq!(message, "database is locked");
        }
        other => panic!("expected Error::Api with status 500, got {other:?}"),
    }
}

// --------------------------------------------------------------- list_chats

#[tokio::test]
async fn list_chats_stream_yields_every_item_and_repeats_the_filters_on_every_page() {
    let server = MockServer::start(vec![
        page(vec![chat("!c1"), chat("!c2")], "o1", "n1"),
        page(vec![chat("!c3"), chat("!c4")], "o2", "n2"),
        last_page(vec![chat("!c5")], "o3", "n3"),
        trap(),
    ])
    .await;
    let chats: Vec<types::ChatListItem> =
        server.client().list_chats().account_ids(["whatsapp", "signal"]).limit(2).stream().try_collect().await.unwrap();

    let ids: Vec<&str> = chats.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["!c1", "!c2", "!c3", "!c4", "!c5"]);
    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        [
            "/v1/chats?accountIDs=whatsapp&accountIDs=signal&limit=2",
            "/v1/chats?accountIDs=whatsapp&accountIDs=signal&cursor=o1&limit=2",
            "/v1/chats?accountIDs=whatsapp&accountIDs=signal&cursor=o2&limit=2",
        ]
    );
    assert_walk(
        &server,
        "list_chats",
        "/v1/chats",
        &[("accountIDs", "whatsapp"), ("accountIDs", "signal"), ("limit", "2")],
        &[None, Some("o1"), Some("o2")],
    );
    assert_trap_unused(&server);
}

#[tokio::test]
async fn list_chats_pages_yield_each_page_with_its_cursors_and_percent_encode_the_next_cursor() {
    let server = MockServer::start(vec![
        page(vec![chat("!c1"), chat("!c2")], "1725|48=9", "1725489999999"),
        page(vec![chat("!c3")], "1725489000000", "1725489111111"),
        last_page(vec![chat("!c4")], "1725488000000", "1725488111111"),
        trap(),
    ])
    .await;
    let pages: Vec<types::ChatPage> = server.client().list_chats().limit(2).pages().try_collect().await.unwrap();

    let items: Vec<Vec<&str>> = pages.iter().map(|p| p.items.iter().map(|c| c.id.as_str()).collect()).collect();
    assert_eq!(items, [vec!["!c1", "!c2"], vec!["!c3"], vec!["!c4"]]);
    let meta: Vec<_> =
        pages.iter().map(|p| (p.has_more, p.oldest_cursor.as_deref(), p.newest_cursor.as_deref())).collect();
    assert_eq!(
        meta,
        [
            (Some(true), Some("1725|48=9"), Some("1725489999999")),
            (Some(true), Some("1725489000000"), Some("1725489111111")),
            (Some(false), Some("1725488000000"), Some("1725488111111")),
        ]
    );
    // The cursor is opaque: sent back exactly, percent-encoded.
    assert_eq!(server.requests()[1].target, "/v1/chats?cursor=1725%7C48%3D9&limit=2");
    assert_walk(
        &server,
        "list_chats",
        "/v1/chats",
        &[("limit", "2")],
        &[None, Some("1725|48=9"), Some("1725489000000")],
    );
    assert_trap_unused(&server);
}

// ------------------------------------------------------------- search_chats

/// Every filter of `search_chats` but `cursor` and `direction`, as sent.
const SEARCH_CHATS_FILTERS: &[(&str, &str)] = &[
    ("accountIDs", "whatsapp"),
    ("accountIDs", "signal"),
    ("inbox", "low-priority"),
    ("includeMuted", "false"),
    ("labelID", "work"),
    ("lastActivityAfter", "2025-08-01T00:00:00Z"),
    ("limit", "2"),
    ("query", "family & friends"),
    ("scope", "participants"),
    ("type", "group"),
    ("unreadOnly", "true"),
];

fn search_chats_with_every_filter(client: &beeper_desktop::Client) -> beeper_desktop::builder::SearchChats<'_> {
    client
        .search_chats()
        .query("family & friends")
        .scope(types::ChatSearchScope::Participants)
        .account_ids(["whatsapp", "signal"])
        .chat_type(types::ChatType::Group)
        .inbox(types::InboxFilter::LowPriority)
        .unread_only(true)
        .include_muted(false)
        .label_id("work")
        .last_activity_after("2025-08-01T00:00:00Z".parse::<chrono::DateTime<chrono::Utc>>().unwrap())
        .limit(2)
}

#[tokio::test]
async fn search_chats_stream_repeats_every_filter_on_every_page() {
    let server = MockServer::start(vec![
        page(vec![chat("!s1"), chat("!s2")], "o1", "n1"),
        page(vec![chat("!s3"), chat("!s4")], "o2", "n2"),
        last_page(vec![chat("!s5")], "o3", "n3"),
        trap(),
    ])
    .await;
    let client = server.client();
    let chats: Vec<types::Chat> = search_chats_with_every_filter(&client).stream().try_collect().await.unwrap();

    let ids: Vec<&str> = chats.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["!s1", "!s2", "!s3", "!s4", "!s5"]);
    assert_walk(&server, "search_chats", "/v1/chats/search", SEARCH_CHATS_FILTERS, &[None, Some("o1"), Some("o2")]);
    assert_trap_unused(&server);
}

#[tokio::test]
async fn search_chats_pages_walking_after_follow_the_newest_cursor() {
    let server = MockServer::start(vec![
        page(vec![chat("!s1")], "o1", "n1"),
        page(vec![chat("!s2")], "o2", "n2"),
        last_page(vec![chat("!s3")], "o3", "n3"),
        trap(),
    ])
    .await;
    let client = server.client();
    let pages: Vec<types::ChatSearchPage> = search_chats_with_every_filter(&client)
        .cursor("start")
        .direction(types::Direction::After)
        .pages()
        .try_collect()
        .await
        .unwrap();

    let items: Vec<Vec<&str>> = pages.iter().map(|p| p.items.iter().map(|c| c.id.as_str()).collect()).collect();
    assert_eq!(items, [["!s1"], ["!s2"], ["!s3"]]);
    let newest: Vec<_> = pages.iter().map(|p| p.newest_cursor.as_deref()).collect();
    assert_eq!(newest, [Some("n1"), Some("n2"), Some("n3")]);
    let mut filters = SEARCH_CHATS_FILTERS.to_vec();
    filters.insert(2, ("direction", "after"));
    assert_walk(&server, "search_chats", "/v1/chats/search", &filters, &[Some("start"), Some("n1"), Some("n2")]);
    assert_trap_unused(&server);
}

// ------------------------------------------------------------ list_messages

#[tokio::test]
async fn list_messages_stream_keeps_the_chat_in_the_path_of_every_page() {
    let server = MockServer::start(vec![
        page(vec![message("m9", "900"), message("m8", "800")], "800", "900"),
        page(vec![message("m7", "700"), message("m6", "600")], "600", "700"),
        last_page(vec![message("m5", "500")], "500", "550"),
        trap(),
    ])
    .await;
    let messages: Vec<types::Message> =
        server.client().list_messages().chat_id(CHAT).stream().try_collect().await.unwrap();

    let ids: Vec<&str> = messages.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["m9", "m8", "m7", "m6", "m5"]);
    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        [MESSAGES_PATH.to_owned(), format!("{MESSAGES_PATH}?cursor=800"), format!("{MESSAGES_PATH}?cursor=600")]
    );
    assert_walk(&server, "list_messages", MESSAGES_PATH, &[], &[None, Some("800"), Some("600")]);
    assert_trap_unused(&server);
}

#[tokio::test]
async fn list_messages_pages_yield_each_page_in_walking_order() {
    let server = MockServer::start(vec![
        page(vec![message("m6", "600"), message("m5", "500")], "o-500", "n-600"),
        page(vec![message("m4", "400"), message("m3", "300")], "o-300", "n-400"),
        last_page(vec![message("m2", "200"), message("m1", "100")], "o-100", "n-200"),
        trap(),
    ])
    .await;
    let pages: Vec<types::MessagePage> =
        server.client().list_messages().chat_id(CHAT).pages().try_collect().await.unwrap();

    let items: Vec<Vec<&str>> = pages.iter().map(|p| p.items.iter().map(|m| m.id.as_str()).collect()).collect();
    assert_eq!(items, [["m6", "m5"], ["m4", "m3"], ["m2", "m1"]]);
    let oldest: Vec<_> = pages.iter().map(|p| p.oldest_cursor.as_deref()).collect();
    assert_eq!(oldest, [Some("o-500"), Some("o-300"), Some("o-100")]);
    assert_eq!(pages.last().unwrap().has_more, Some(false));
    assert_walk(&server, "list_messages", MESSAGES_PATH, &[], &[None, Some("o-500"), Some("o-300")]);
    assert_trap_unused(&server);
}

// ---------------------------------------------------------- search_messages

/// Every filter of `search_messages` but `cursor` and `direction`, as sent.
const SEARCH_MESSAGES_FILTERS: &[(&str, &str)] = &[
    ("accountIDs", "whatsapp"),
    ("accountIDs", "slackgo.TEAM-USER"),
    ("chatIDs", CHAT),
    ("chatIDs", "!def:beeper.local"),
    ("chatType", "group"),
    ("dateBefore", "2025-08-31T23:59:59.500Z"),
    ("excludeLowPriority", "true"),
    ("limit", "2"),
    ("mediaTypes", "image"),
    ("mediaTypes", "file"),
    ("query", "dinner + drinks"),
    ("sender", "me"),
];

fn search_messages_with_every_filter(client: &beeper_desktop::Client) -> beeper_desktop::builder::SearchMessages<'_> {
    client
        .search_messages()
        .query("dinner + drinks")
        .account_ids(["whatsapp", "slackgo.TEAM-USER"])
        .chat_ids([CHAT, "!def:beeper.local"])
        .chat_type(types::ChatType::Group)
        .sender("me")
        .media_types(vec![types::MediaTypeFilter::Image, types::MediaTypeFilter::File])
        .date_before("2025-08-31T23:59:59.500Z".parse::<chrono::DateTime<chrono::Utc>>().unwrap())
        .exclude_low_priority(true)
        .limit(2)
}

#[tokio::test]
async fn search_messages_stream_repeats_every_filter_and_repeated_key_on_every_page() {
    let server = MockServer::start(vec![
        page(vec![message("m1", "100"), message("m2", "200")], "c2Vlbjox|b==", "newest-1"),
        page(vec![message("m3", "300"), message("m4", "400")], "c2Vlbjoy|b==", "newest-2"),
        last_page(vec![message("m5", "500")], "c2Vlbjoz|b==", "newest-3"),
        trap(),
    ])
    .await;
    let client = server.client();
    let messages: Vec<types::Message> =
        search_messages_with_every_filter(&client).stream().try_collect().await.unwrap();

    let ids: Vec<&str> = messages.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["m1", "m2", "m3", "m4", "m5"]);
    assert_walk(
        &server,
        "search_messages",
        "/v1/messages/search",
        SEARCH_MESSAGES_FILTERS,
        &[None, Some("c2Vlbjox|b=="), Some("c2Vlbjoy|b==")],
    );
    assert_trap_unused(&server);
}

#[tokio::test]
async fn search_messages_pages_with_explicit_before_follow_the_oldest_cursor() {
    let server = MockServer::start(vec![
        page(vec![message("m1", "100"), message("m2", "200")], "o1", "n1"),
        page(vec![message("m3", "300")], "o2", "n2"),
        last_page(vec![message("m4", "400")], "o3", "n3"),
        trap(),
    ])
    .await;
    let client = server.client();
    let pages: Vec<types::MessageSearchPage> = search_messages_with_every_filter(&client)
        .direction(types::Direction::Before)
        .pages()
        .try_collect()
        .await
        .unwrap();

    let items: Vec<Vec<&str>> = pages.iter().map(|p| p.items.iter().map(|m| m.id.as_str()).collect()).collect();
    assert_eq!(items, [vec!["m1", "m2"], vec!["m3"], vec!["m4"]]);
    let mut filters = SEARCH_MESSAGES_FILTERS.to_vec();
    filters.insert(6, ("direction", "before"));
    assert_walk(&server, "search_messages", "/v1/messages/search", &filters, &[None, Some("o1"), Some("o2")]);
    assert_trap_unused(&server);
}

// ------------------------------------------------------------ list_contacts

#[tokio::test]
async fn list_contacts_stream_keeps_the_account_and_query_on_every_page() {
    let server = MockServer::start(vec![
        page(vec![user("@u1"), user("@u2")], "o1", "n1"),
        page(vec![user("@u3"), user("@u4")], "o2", "n2"),
        last_page(vec![user("@u5")], "o3", "n3"),
        trap(),
    ])
    .await;
    let contacts: Vec<types::User> = server
        .client()
        .list_contacts()
        .account_id(ACCOUNT)
        .query("bob smith")
        .limit(2)
        .stream()
        .try_collect()
        .await
        .unwrap();

    let ids: Vec<&str> = contacts.iter().map(|u| u.id.as_str()).collect();
    assert_eq!(ids, ["@u1", "@u2", "@u3", "@u4", "@u5"]);
    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        [
            format!("{CONTACTS_PATH}?limit=2&query=bob+smith"),
            format!("{CONTACTS_PATH}?cursor=o1&limit=2&query=bob+smith"),
            format!("{CONTACTS_PATH}?cursor=o2&limit=2&query=bob+smith"),
        ]
    );
    assert_walk(
        &server,
        "list_contacts",
        CONTACTS_PATH,
        &[("limit", "2"), ("query", "bob smith")],
        &[None, Some("o1"), Some("o2")],
    );
    assert_trap_unused(&server);
}

#[tokio::test]
async fn list_contacts_pages_walking_after_from_a_cursor_follow_the_newest_cursor() {
    let server = MockServer::start(vec![
        page(vec![user("@u1"), user("@u2")], "o1", "n1"),
        page(vec![user("@u3")], "o2", "n2"),
        last_page(vec![user("@u4")], "o3", "n3"),
        trap(),
    ])
    .await;
    let pages: Vec<types::UserPage> = server
        .client()
        .list_contacts()
        .account_id(ACCOUNT)
        .cursor("start")
        .direction(types::Direction::After)
        .pages()
        .try_collect()
        .await
        .unwrap();

    let items: Vec<Vec<&str>> = pages.iter().map(|p| p.items.iter().map(|u| u.id.as_str()).collect()).collect();
    assert_eq!(items, [vec!["@u1", "@u2"], vec!["@u3"], vec!["@u4"]]);
    assert_walk(
        &server,
        "list_contacts",
        CONTACTS_PATH,
        &[("direction", "after")],
        &[Some("start"), Some("n1"), Some("n2")],
    );
    assert_trap_unused(&server);
}

// ---------------------------------------------------------------- direction

#[tokio::test]
async fn walking_without_a_direction_follows_the_oldest_cursor_and_never_adds_a_direction() {
    let server = MockServer::start(vec![
        page(vec![message("m4", "400")], "older-1", "newer-1"),
        last_page(vec![message("m3", "300")], "older-2", "newer-2"),
        trap(),
    ])
    .await;
    let messages: Vec<types::Message> =
        server.client().list_messages().chat_id(CHAT).cursor("start").stream().try_collect().await.unwrap();

    assert_eq!(messages.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), ["m4", "m3"]);
    assert_walk(&server, "list_messages", MESSAGES_PATH, &[], &[Some("start"), Some("older-1")]);
    assert_trap_unused(&server);
}

#[tokio::test]
async fn walking_before_follows_the_oldest_cursor_and_keeps_the_direction() {
    let server = MockServer::start(vec![
        page(vec![message("m4", "400")], "older-1", "newer-1"),
        page(vec![message("m3", "300")], "older-2", "newer-2"),
        last_page(vec![message("m2", "200")], "older-3", "newer-3"),
        trap(),
    ])
    .await;
    let messages: Vec<types::Message> = server
        .client()
        .list_messages()
        .chat_id(CHAT)
        .cursor("start")
        .direction(types::Direction::Before)
        .stream()
        .try_collect()
        .await
        .unwrap();

    assert_eq!(messages.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), ["m4", "m3", "m2"]);
    assert_walk(
        &server,
        "list_messages",
        MESSAGES_PATH,
        &[("direction", "before")],
        &[Some("start"), Some("older-1"), Some("older-2")],
    );
    assert_trap_unused(&server);
}

#[tokio::test]
async fn walking_after_follows_the_newest_cursor_and_keeps_the_direction() {
    let server = MockServer::start(vec![
        page(vec![message("m5", "500")], "older-1", "newer-1"),
        page(vec![message("m6", "600")], "older-2", "newer-2"),
        last_page(vec![message("m7", "700")], "older-3", "newer-3"),
        trap(),
    ])
    .await;
    let messages: Vec<types::Message> = server
        .client()
        .list_messages()
        .chat_id(CHAT)
        .cursor("449706228480")
        .direction(types::Direction::After)
        .stream()
        .try_collect()
        .await
        .unwrap();

    assert_eq!(messages.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), ["m5", "m6", "m7"]);
    assert_walk(
        &server,
        "list_messages",
        MESSAGES_PATH,
        &[("direction", "after")],
        &[Some("449706228480"), Some("newer-1"), Some("newer-2")],
    );
    assert_trap_unused(&server);
}

#[tokio::test]
async fn list_chats_walking_after_follows_the_newest_cursor() {
    let server =
        MockServer::start(vec![page(vec![chat("!c1")], "o1", "n1"), last_page(vec![chat("!c2")], "o2", "n2"), trap()])
            .await;
    let chats: Vec<types::ChatListItem> = server
        .client()
        .list_chats()
        .cursor("1725489123456")
        .direction(types::Direction::After)
        .stream()
        .try_collect()
        .await
        .unwrap();

    assert_eq!(chats.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["!c1", "!c2"]);
    assert_walk(&server, "list_chats", "/v1/chats", &[("direction", "after")], &[Some("1725489123456"), Some("n1")]);
    assert_trap_unused(&server);
}

// ----------------------------------------------------------- stop conditions

#[tokio::test]
async fn has_more_false_stops_even_when_both_cursors_are_present() {
    let server = MockServer::start(vec![last_page(vec![chat("!c1")], "o1", "n1"), trap()]).await;
    let client = server.client();

    let pages: Vec<types::ChatSearchPage> = client.search_chats().query("x").pages().try_collect().await.unwrap();

    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0].oldest_cursor.as_deref(), Some("o1"));
    assert_walk(&server, "search_chats", "/v1/chats/search", &[("query", "x")], &[None]);
    assert_trap_unused(&server);
}

#[tokio::test]
async fn missing_or_null_has_more_does_not_stop_the_walk_but_a_later_false_does() {
    let server = MockServer::start(vec![
        body(json!({"items": [user("@u1")], "oldestCursor": "o1", "newestCursor": "n1"})),
        body(json!({"items": [user("@u2")], "hasMore": null, "oldestCursor": "o2", "newestCursor": "n2"})),
        body(json!({"items": [user("@u3")], "oldestCursor": "o3", "newestCursor": "n3"})),
        last_page(vec![user("@u4")], "o4", "n4"),
        trap(),
    ])
    .await;
    let contacts: Vec<types::User> =
        server.client().list_contacts().account_id(ACCOUNT).stream().try_collect().await.unwrap();

    let ids: Vec<&str> = contacts.iter().map(|u| u.id.as_str()).collect();
    assert_eq!(ids, ["@u1", "@u2", "@u3", "@u4"]);
    assert_walk(&server, "list_contacts", CONTACTS_PATH, &[], &[None, Some("o1"), Some("o2"), Some("o3")]);
    assert_trap_unused(&server);
}

#[tokio::test]
async fn an_empty_page_stops_the_walk_even_with_has_more_and_a_cursor() {
    let server =
        MockServer::start(vec![page(vec![chat("!c1"), chat("!c2")], "o1", "n1"), page(vec![], "o2", "n2"), trap()])
            .await;
    let client = server.client();

    let pages: Vec<types::ChatPage> = client.list_chats().pages().try_collect().await.unwrap();

    // The empty page itself is still yielded.
    assert_eq!(pages.iter().map(|p| p.items.len()).collect::<Vec<_>>(), [2, 0]);
    assert_eq!(pages[1].has_more, Some(true));
    assert_walk(&server, "list_chats", "/v1/chats", &[], &[None, Some("o1")]);
    assert_trap_unused(&server);
}

#[tokio::test]
async fn a_missing_null_or_empty_cursor_stops_the_walk() {
    let endings = [
        ("missing", json!({"items": [user("@u2")], "hasMore": true, "newestCursor": "n2"})),
        ("null", json!({"items": [user("@u2")], "hasMore": true, "oldestCursor": null, "newestCursor": "n2"})),
        ("empty", json!({"items": [user("@u2")], "hasMore": true, "oldestCursor": "", "newestCursor": "n2"})),
    ];
    for (case, ending) in endings {
        let server = MockServer::start(vec![page(vec![user("@u1")], "o1", "n1"), body(ending), trap()]).await;
        let contacts: Vec<types::User> = server
            .client()
            .list_contacts()
            .account_id(ACCOUNT)
            .stream()
            .try_collect()
            .await
            .unwrap_or_else(|e| panic!("{case} cursor: {e}"));

        let ids: Vec<&str> = contacts.iter().map(|u| u.id.as_str()).collect();
        assert_eq!(ids, ["@u1", "@u2"], "{case} cursor");
        assert_walk(&server, "list_contacts", CONTACTS_PATH, &[], &[None, Some("o1")]);
        assert_eq!(server.pending_replies(), 1, "{case} cursor: the walk went on");
    }
}

#[tokio::test]
async fn walking_after_stops_on_a_missing_newest_cursor_even_when_the_oldest_is_present() {
    let endings = [
        ("missing", json!({"items": [message("m2", "200")], "hasMore": true, "oldestCursor": "o2"})),
        ("null", json!({"items": [message("m2", "200")], "hasMore": true, "oldestCursor": "o2", "newestCursor": null})),
        ("empty", json!({"items": [message("m2", "200")], "hasMore": true, "oldestCursor": "o2", "newestCursor": ""})),
    ];
    for (case, ending) in endings {
        let server = MockServer::start(vec![page(vec![message("m1", "100")], "o1", "n1"), body(ending), trap()]).await;
        let client = server.client();
        let messages: Vec<types::Message> = search_messages_with_every_filter(&client)
            .cursor("start")
            .direction(types::Direction::After)
            .stream()
            .try_collect()
            .await
            .unwrap_or_else(|e| panic!("{case} newestCursor: {e}"));

        assert_eq!(messages.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), ["m1", "m2"], "{case} newestCursor");
        let mut filters = SEARCH_MESSAGES_FILTERS.to_vec();
        filters.insert(6, ("direction", "after"));
        assert_walk(&server, "search_messages", "/v1/messages/search", &filters, &[Some("start"), Some("n1")]);
        assert_eq!(server.pending_replies(), 1, "{case} newestCursor: the walk went on");
    }
}

#[tokio::test]
async fn a_cursor_returned_twice_stops_instead_of_looping() {
    let server =
        MockServer::start(vec![page(vec![chat("!c1")], "A", "n1"), page(vec![chat("!c2")], "A", "n2"), trap()]).await;
    let chats: Vec<types::Chat> = server.client().search_chats().stream().try_collect().await.unwrap();

    assert_eq!(chats.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["!c1", "!c2"]);
    assert_walk(&server, "search_chats", "/v1/chats/search", &[], &[None, Some("A")]);
    assert_trap_unused(&server);
}

#[tokio::test]
async fn the_starting_cursor_returned_again_stops_instead_of_looping() {
    let server = MockServer::start(vec![page(vec![message("m1", "100")], "start", "n1"), trap()]).await;
    let messages: Vec<types::Message> =
        server.client().list_messages().chat_id(CHAT).cursor("start").stream().try_collect().await.unwrap();

    assert_eq!(messages.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), ["m1"]);
    assert_walk(&server, "list_messages", MESSAGES_PATH, &[], &[Some("start")]);
    assert_trap_unused(&server);
}

#[tokio::test]
async fn a_cursor_cycle_a_b_a_stops_after_the_page_that_closes_it() {
    let server = MockServer::start(vec![
        page(vec![user("@u1")], "A", "n1"),
        page(vec![user("@u2")], "B", "n2"),
        page(vec![user("@u3")], "A", "n3"),
        trap(),
    ])
    .await;
    let contacts: Vec<types::User> =
        server.client().list_contacts().account_id(ACCOUNT).stream().try_collect().await.unwrap();

    let ids: Vec<&str> = contacts.iter().map(|u| u.id.as_str()).collect();
    assert_eq!(ids, ["@u1", "@u2", "@u3"]);
    assert_walk(&server, "list_contacts", CONTACTS_PATH, &[], &[None, Some("A"), Some("B")]);
    assert_trap_unused(&server);
}

// --------------------------------------------------------------------- caps

#[tokio::test]
async fn max_items_yields_exactly_n_items_without_requesting_further_pages() {
    let server = MockServer::start(vec![
        page(vec![message("m1", "100"), message("m2", "200"), message("m3", "300")], "o1", "n1"),
        page(vec![message("m4", "400"), message("m5", "500"), message("m6", "600")], "o2", "n2"),
        page(vec![message("m7", "700")], "o3", "n3"),
    ])
    .await;
    let messages: Vec<types::Message> =
        server.client().search_messages().query("x").paginate().max_items(4).items().try_collect().await.unwrap();

    assert_eq!(messages.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), ["m1", "m2", "m3", "m4"]);
    assert_walk(&server, "search_messages", "/v1/messages/search", &[("query", "x")], &[None, Some("o1")]);
    assert_eq!(server.pending_replies(), 1, "the third page is not needed");
}

#[tokio::test]
async fn max_items_on_a_page_boundary_does_not_request_the_next_page() {
    let server = MockServer::start(vec![
        page(vec![chat("!c1"), chat("!c2")], "o1", "n1"),
        page(vec![chat("!c3"), chat("!c4")], "o2", "n2"),
        trap(),
    ])
    .await;
    let chats: Vec<types::ChatListItem> =
        server.client().list_chats().paginate().max_items(2).items().try_collect().await.unwrap();

    assert_eq!(chats.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["!c1", "!c2"]);
    assert_walk(&server, "list_chats", "/v1/chats", &[], &[None]);
    assert_eq!(server.pending_replies(), 2);
}

#[tokio::test]
async fn max_items_larger_than_the_walk_yields_everything() {
    let server =
        MockServer::start(vec![page(vec![user("@u1")], "o1", "n1"), last_page(vec![user("@u2")], "o2", "n2"), trap()])
            .await;
    let contacts: Vec<types::User> = server
        .client()
        .list_contacts()
        .account_id(ACCOUNT)
        .paginate()
        .max_items(10)
        .items()
        .try_collect()
        .await
        .unwrap();

    assert_eq!(contacts.iter().map(|u| u.id.as_str()).collect::<Vec<_>>(), ["@u1", "@u2"]);
    assert_walk(&server, "list_contacts", CONTACTS_PATH, &[], &[None, Some("o1")]);
    assert_trap_unused(&server);
}

#[tokio::test]
async fn max_pages_requests_exactly_n_pages() {
    let server = MockServer::start(vec![
        page(vec![message("m1", "100")], "o1", "n1"),
        page(vec![message("m2", "200")], "o2", "n2"),
        page(vec![message("m3", "300")], "o3", "n3"),
    ])
    .await;
    let pages: Vec<types::MessagePage> =
        server.client().list_messages().chat_id(CHAT).paginate().max_pages(2).pages().try_collect().await.unwrap();

    let items: Vec<Vec<&str>> = pages.iter().map(|p| p.items.iter().map(|m| m.id.as_str()).collect()).collect();
    assert_eq!(items, [["m1"], ["m2"]]);
    assert_walk(&server, "list_messages", MESSAGES_PATH, &[], &[None, Some("o1")]);
    assert_eq!(server.pending_replies(), 1, "the third page is not requested");
}

#[tokio::test]
async fn max_pages_also_caps_the_item_stream() {
    let server = MockServer::start(vec![
        page(vec![chat("!c1"), chat("!c2")], "o1", "n1"),
        page(vec![chat("!c3")], "o2", "n2"),
        trap(),
    ])
    .await;
    let chats: Vec<types::Chat> =
        server.client().search_chats().paginate().max_pages(1).items().try_collect().await.unwrap();

    assert_eq!(chats.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["!c1", "!c2"]);
    assert_walk(&server, "search_chats", "/v1/chats/search", &[], &[None]);
    assert_eq!(server.pending_replies(), 2);
}

#[tokio::test]
async fn max_items_on_the_page_stream_stops_after_the_page_that_reaches_it() {
    let server = MockServer::start(vec![
        page(vec![user("@u1"), user("@u2"), user("@u3")], "o1", "n1"),
        page(vec![user("@u4"), user("@u5"), user("@u6")], "o2", "n2"),
        page(vec![user("@u7")], "o3", "n3"),
    ])
    .await;
    let pages: Vec<types::UserPage> = server
        .client()
        .list_contacts()
        .account_id(ACCOUNT)
        .paginate()
        .max_items(4)
        .pages()
        .try_collect()
        .await
        .unwrap();

    // Whole pages: the second one reaches 4 and is yielded complete.
    assert_eq!(pages.iter().map(|p| p.items.len()).collect::<Vec<_>>(), [3, 3]);
    assert_walk(&server, "list_contacts", CONTACTS_PATH, &[], &[None, Some("o1")]);
    assert_eq!(server.pending_replies(), 1, "the third page is not requested");
}

#[tokio::test]
async fn max_items_reached_exactly_at_the_end_of_a_page_stops_the_page_stream_there() {
    let server = MockServer::start(vec![
        page(vec![message("m1", "100"), message("m2", "200")], "o1", "n1"),
        page(vec![message("m3", "300"), message("m4", "400")], "o2", "n2"),
        trap(),
    ])
    .await;
    let pages: Vec<types::MessageSearchPage> =
        server.client().search_messages().paginate().max_items(4).pages().try_collect().await.unwrap();

    assert_eq!(pages.iter().map(|p| p.items.len()).collect::<Vec<_>>(), [2, 2]);
    assert_walk(&server, "search_messages", "/v1/messages/search", &[], &[None, Some("o1")]);
    assert_trap_unused(&server);
}

#[tokio::test]
async fn zero_caps_send_no_request() {
    let server = MockServer::start(vec![trap()]).await;
    let client = server.client();

    let items: Vec<types::ChatListItem> =
        client.list_chats().paginate().max_items(0).items().try_collect().await.unwrap();
    assert!(items.is_empty());
    let pages: Vec<types::ChatPage> = client.list_chats().paginate().max_pages(0).pages().try_collect().await.unwrap();
    assert!(pages.is_empty());
    let pages: Vec<types::ChatPage> = client.list_chats().paginate().max_items(0).pages().try_collect().await.unwrap();
    assert!(pages.is_empty());

    assert!(server.requests().is_empty(), "sent {:#?}", server.requests());
}

// -------------------------------------------------------------------- errors

#[tokio::test]
async fn an_error_on_page_two_comes_after_the_items_of_page_one_and_ends_the_stream() {
    let server = MockServer::start(vec![
        page(vec![message("m2", "200"), message("m1", "100")], "o1", "n1"),
        server_error(),
        last_page(vec![message("m0", "50")], "o2", "n2"),
    ])
    .await;
    let client = server.client();
    let mut stream = pin!(client.list_messages().chat_id(CHAT).stream());

    assert_eq!(stream.next().await.unwrap().unwrap().id, "m2");
    assert_eq!(stream.next().await.unwrap().unwrap().id, "m1");
    let error = stream.next().await.expect("an error after page one").expect_err("page two failed");
    assert_server_error(&error);
    assert!(stream.next().await.is_none(), "the stream ends after an error");
    assert!(stream.next().await.is_none(), "and stays ended");

    assert_walk(&server, "list_messages", MESSAGES_PATH, &[], &[None, Some("o1")]);
    assert_eq!(server.pending_replies(), 1, "no request after the error");
}

#[tokio::test]
async fn an_error_in_the_page_stream_comes_after_page_one_and_ends_the_stream() {
    let server = MockServer::start(vec![
        page(vec![chat("!c1")], "o1", "n1"),
        server_error(),
        last_page(vec![chat("!c2")], "o2", "n2"),
    ])
    .await;
    let client = server.client();
    let mut pages = pin!(client.search_chats().query("x").pages());

    let first = pages.next().await.unwrap().unwrap();
    assert_eq!(first.items[0].id, "!c1");
    assert_server_error(&pages.next().await.unwrap().unwrap_err());
    assert!(pages.next().await.is_none(), "the stream ends after an error");

    assert_walk(&server, "search_chats", "/v1/chats/search", &[("query", "x")], &[None, Some("o1")]);
    assert_eq!(server.pending_replies(), 1, "no request after the error");
}

#[tokio::test]
async fn an_error_on_the_first_page_is_the_only_thing_yielded() {
    let server = MockServer::start(vec![server_error(), last_page(vec![user("@u1")], "o1", "n1")]).await;
    let client = server.client();
    let mut stream = pin!(client.list_contacts().account_id(ACCOUNT).stream());

    assert_server_error(&stream.next().await.expect("the error").expect_err("page one failed"));
    assert!(stream.next().await.is_none(), "the stream ends after an error");

    assert_walk(&server, "list_contacts", CONTACTS_PATH, &[], &[None]);
    assert_eq!(server.pending_replies(), 1, "no request after the error");
}

#[tokio::test]
async fn an_invalid_request_is_yielded_as_an_error_without_sending_anything() {
    let server = MockServer::start(vec![trap()]).await;
    let client = server.client();
    // No chat ID: the request cannot be built.
    let mut stream = pin!(client.list_messages().stream());

    let error = stream.next().await.expect("the error").expect_err("no chat ID");
    assert!(matches!(error, Error::InvalidRequest(_)), "got {error:?}");
    assert!(stream.next().await.is_none(), "the stream ends after an error");
    assert!(server.requests().is_empty(), "sent {:#?}", server.requests());
}

// ---------------------------------------------------------------- old servers

#[tokio::test]
async fn list_messages_without_cursors_continues_from_the_last_sort_key() {
    let server = MockServer::start(vec![
        body(json!({"items": [message("m6", "600"), message("m5", "500")], "hasMore": true})),
        body(json!({"items": [message("m4", "400"), message("m3", "300")], "hasMore": true})),
        body(json!({"items": [message("m2", "200")], "hasMore": false})),
        trap(),
    ])
    .await;
    let messages: Vec<types::Message> = server
        .client()
        .list_messages()
        .chat_id(CHAT)
        .direction(types::Direction::Before)
        .stream()
        .try_collect()
        .await
        .unwrap();

    assert_eq!(messages.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), ["m6", "m5", "m4", "m3", "m2"]);
    assert_walk(&server, "list_messages", MESSAGES_PATH, &[("direction", "before")], &[None, Some("500"), Some("300")]);
    assert_trap_unused(&server);
}

#[tokio::test]
async fn list_messages_fallback_forwards_a_numeric_sort_key_as_text() {
    let mut numeric = message("m2", "0");
    numeric["sortKey"] = json!(449706228480_u64);
    let server = MockServer::start(vec![
        body(json!({"items": [message("m3", "449706228490"), numeric], "hasMore": true})),
        body(json!({"items": [message("m1", "449706228470")], "hasMore": false})),
        trap(),
    ])
    .await;
    let messages: Vec<types::Message> =
        server.client().list_messages().chat_id(CHAT).stream().try_collect().await.unwrap();

    assert_eq!(messages.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), ["m3", "m2", "m1"]);
    assert_walk(&server, "list_messages", MESSAGES_PATH, &[], &[None, Some("449706228480")]);
    assert_trap_unused(&server);
}

#[tokio::test]
async fn list_messages_fallback_stops_without_has_more_or_on_a_sort_key_already_used() {
    // No hasMore and no cursors: the old rule stops (§5.3).
    let server = MockServer::start(vec![body(json!({"items": [message("m1", "100")]})), trap()]).await;
    let messages: Vec<types::Message> =
        server.client().list_messages().chat_id(CHAT).stream().try_collect().await.unwrap();
    assert_eq!(messages.len(), 1);
    assert_walk(&server, "list_messages", MESSAGES_PATH, &[], &[None]);
    assert_trap_unused(&server);

    // The last sortKey is the cursor the page was asked with: stop, do not loop.
    let server = MockServer::start(vec![body(json!({"items": [message("m1", "100")], "hasMore": true})), trap()]).await;
    let messages: Vec<types::Message> =
        server.client().list_messages().chat_id(CHAT).cursor("100").stream().try_collect().await.unwrap();
    assert_eq!(messages.len(), 1);
    assert_walk(&server, "list_messages", MESSAGES_PATH, &[], &[Some("100")]);
    assert_trap_unused(&server);
}

#[tokio::test]
async fn search_messages_without_cursors_stops_even_with_has_more() {
    let server = MockServer::start(vec![
        body(json!({"items": [message("m6", "600"), message("m5", "500")], "hasMore": true})),
        trap(),
    ])
    .await;
    let messages: Vec<types::Message> =
        server.client().search_messages().query("x").stream().try_collect().await.unwrap();

    assert_eq!(messages.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), ["m6", "m5"]);
    assert_walk(&server, "search_messages", "/v1/messages/search", &[("query", "x")], &[None]);
    assert_trap_unused(&server);
}

#[tokio::test]
async fn list_messages_page_with_only_the_other_cursor_stops_instead_of_guessing() {
    // A newer server that sends `newestCursor` but no `oldestCursor` has
    // nothing older; the sortKey fallback is only for cursor-less old servers.
    let server = MockServer::start(vec![
        body(json!({"items": [message("m6", "600"), message("m5", "500")], "hasMore": true, "newestCursor": "n6"})),
        trap(),
    ])
    .await;
    let messages: Vec<types::Message> =
        server.client().list_messages().chat_id("!abc:beeper.local").stream().try_collect().await.unwrap();

    assert_eq!(messages.len(), 2);
    assert_walk(&server, "list_messages", "/v1/chats/!abc:beeper.local/messages", &[], &[None]);
    assert_trap_unused(&server);
}

// ---------------------------------------------------------------- long walks

#[tokio::test]
async fn a_fifty_page_walk_reads_every_page_in_order() {
    const PAGES: usize = 50;
    let mut replies: Vec<Reply> = (0..PAGES)
        .map(|p| {
            let items = vec![chat(&format!("!chat{:03}", 2 * p)), chat(&format!("!chat{:03}", 2 * p + 1))];
            let (oldest, newest) = (format!("older-{p}"), format!("newer-{p}"));
            if p + 1 == PAGES { last_page(items, &oldest, &newest) } else { page(items, &oldest, &newest) }
        })
        .collect();
    replies.push(trap());
    let server = MockServer::start(replies).await;

    let chats: Vec<types::ChatListItem> = server.client().list_chats().limit(2).stream().try_collect().await.unwrap();

    let expected: Vec<String> = (0..2 * PAGES).map(|i| format!("!chat{i:03}")).collect();
    assert_eq!(chats.iter().map(|c| c.id.clone()).collect::<Vec<_>>(), expected);
    let cursors: Vec<String> = (0..PAGES - 1).map(|p| format!("older-{p}")).collect();
    let expected_cursors: Vec<Option<&str>> =
        std::iter::once(None).chain(cursors.iter().map(|c| Some(c.as_str()))).collect();
    assert_walk(&server, "list_chats", "/v1/chats", &[("limit", "2")], &expected_cursors);
    assert_trap_unused(&server);
}

// ---------------------------------------------------------------------- Send

/// Compiles only for `Send` values.
fn assert_send<T: Send>(_: &T) {}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn streams_can_be_consumed_on_a_spawned_task() {
    let server = MockServer::start(vec![
        page(vec![message("m2", "200")], "o1", "n1"),
        last_page(vec![message("m1", "100")], "o2", "n2"),
        trap(),
    ])
    .await;
    let client = server.client();

    let task = tokio::spawn(async move {
        let stream = client.list_messages().chat_id(CHAT).stream();
        assert_send(&stream);
        let mut stream = pin!(stream);
        let mut ids = vec![];
        while let Some(message) = stream.try_next().await? {
            ids.push(message.id);
            // Let the task move between worker threads with the stream alive.
            tokio::task::yield_now().await;
        }
        Ok::<_, Error>(ids)
    });
    let ids = task.await.expect("the task panicked").unwrap();

    assert_eq!(ids, ["m2", "m1"]);
    assert_walk(&server, "list_messages", MESSAGES_PATH, &[], &[None, Some("o1")]);
    assert_trap_unused(&server);

    // The other streams are Send too.
    let client = server.client();
    assert_send(&client.list_chats().stream());
    assert_send(&client.search_chats().pages());
    assert_send(&client.search_messages().paginate().max_items(1).items());
    assert_send(&client.list_contacts().account_id(ACCOUNT).paginate().pages());
}
