//! Messages and reactions: `list_messages`, `get_message`, `send_message`,
//! `update_message`, `delete_message`, `search_messages`, `add_reaction`,
//! `delete_reaction`.
//!
//! Wire rules pinned here (INVENTORY §1.6, §3.5, §3.7, Q9, Q27, Q32): chat
//! IDs such as `!abc:beeper.local` travel raw in the path, while `/`, `?`,
//! `#`, spaces and non-ASCII reaction keys are percent-encoded; query arrays
//! repeat their key; booleans are lowercase; date-times are RFC 3339 with
//! `Z`; parameters not set are left out.

use beeper_desktop::types;
use chrono::{DateTime, Utc};
use serde_json::json;

use crate::support::{MockServer, Reply};

const CHAT: &str = "!abc:beeper.local";
/// A message ID made of characters that must be escaped in a path segment.
const AWKWARD_MESSAGE: &str = "$evt/1?x#y";
const AWKWARD_MESSAGE_ENCODED: &str = "$evt%2F1%3Fx%23y";

fn utc(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

// ---------------------------------------------------------------- list_messages

#[tokio::test]
async fn list_messages_without_params_sends_a_bare_path() {
    let server = MockServer::once(Reply::fixture(200, "message_page.json")).await;
    let page = server.client().list_messages().chat_id(CHAT).send().await.unwrap().into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("list_messages"), vec![CHAT.to_owned()]);
    assert_eq!(req.target, "/v1/chats/!abc:beeper.local/messages");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();

    assert_eq!(page.has_more, Some(true));
    assert_eq!(page.oldest_cursor.as_deref(), Some("449706228480"));
    assert_eq!(page.newest_cursor.as_deref(), Some("449706228481"));
    assert_eq!(page.items.len(), 2);

    let first = &page.items[0];
    assert_eq!(first.id, "1343993");
    assert_eq!(first.sort_key, "449706228480");
    assert_eq!(first.kind, Some(types::MessageType::Text));
    assert_eq!(first.reactions[0].reaction_key, "👍");
    assert_eq!(first.reactions[0].emoji, Some(true));
    assert!(first.attachments.is_empty() && first.links.is_empty());
    assert_eq!(first.mentions, None);
    assert_eq!(first.seen, None);

    let second = &page.items[1];
    assert_eq!(second.kind, Some(types::MessageType::Image));
    assert_eq!(second.linked_message_id.as_deref(), Some("1343993"));
    assert_eq!(second.edited_timestamp, Some(utc("2025-08-31T19:43:00Z")));
    assert_eq!(second.mentions.as_deref(), Some(&["@bob:beeper.local".to_owned()][..]));
    let Some(types::Seen::ByUser(seen)) = &second.seen else {
        panic!("seen should be a per-user map, got {:?}", second.seen);
    };
    assert_eq!(seen.get("@bob:beeper.local"), Some(&types::SeenReceipt::At("2025-08-31T19:45:00.000Z".to_owned())));
    let status = second.send_status.as_ref().expect("sendStatus");
    assert_eq!(status.status, types::SendStatusKind::Success);
    assert_eq!(status.timestamp, utc("2025-08-31T19:42:06Z"));
    assert_eq!(status.delivered_to_users, vec!["@bob:beeper.local".to_owned()]);
    assert_eq!(second.links.len(), 1);
    assert_eq!(second.links[0].url, "https://example.com/menu");
    assert_eq!(second.links[0].summary.as_deref(), Some("Tonight's menu"));
    let img = second.links[0].img_size.as_ref().expect("imgSize");
    assert_eq!((img.width, img.height), (Some(640), Some(480)));
    let attachment = &second.attachments[0];
    assert_eq!(attachment.kind, types::AttachmentType::Img);
    assert_eq!(attachment.id.as_deref(), Some("mxc://beeper.local/photo1"));
    assert_eq!(attachment.file_name.as_deref(), Some("table.jpg"));
    assert_eq!(attachment.file_size, Some(183201));
    assert_eq!(attachment.mime_type.as_deref(), Some("image/jpeg"));
    assert_eq!(attachment.src_url.as_deref(), Some("localmxc://beeper.local/photo1"));
    let size = attachment.size.as_ref().expect("size");
    assert_eq!((size.width, size.height), (Some(1024), Some(768)));
}

#[tokio::test]
async fn list_messages_escapes_pipe_and_equals_in_the_cursor() {
    let server = MockServer::once(Reply::json(200, &json!({"items": [], "hasMore": false}))).await;
    let page = server
        .client()
        .list_messages()
        .chat_id(CHAT)
        .cursor("c2Vlbjox|b==")
        .direction(types::Direction::After)
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    req.assert_operation("list_messages");
    assert_eq!(req.target, "/v1/chats/!abc:beeper.local/messages?cursor=c2Vlbjox%7Cb%3D%3D&direction=after");
    assert_eq!(req.query(), vec![("cursor".into(), "c2Vlbjox|b==".into()), ("direction".into(), "after".into())]);
    req.assert_no_body();
    assert!(page.items.is_empty());
    assert_eq!(page.has_more, Some(false));
    assert_eq!(page.oldest_cursor, None);
}

// ---------------------------------------------------------------- get_message

#[tokio::test]
async fn get_message_accepts_a_pending_id_and_decodes_the_pending_message() {
    let server = MockServer::once(Reply::fixture(200, "msg_pending.json")).await;
    let msg =
        server.client().get_message().chat_id(CHAT).message_id("m1725489123456").send().await.unwrap().into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("get_message"), vec![CHAT.to_owned(), "m1725489123456".to_owned()]);
    assert_eq!(req.target, "/v1/chats/!abc:beeper.local/messages/m1725489123456");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();

    assert_eq!(msg.id, "m1725489123456");
    assert_eq!(msg.chat_id, CHAT);
    // A numeric sortKey (Q1) still reads as text.
    assert_eq!(msg.sort_key, "449706228490");
    assert_eq!(msg.text.as_deref(), Some("On my way"));
    assert_eq!(msg.is_sender, Some(true));
    // `mentions: null` on a message without mentions (Q6).
    assert_eq!(msg.mentions, None);
    assert_eq!(msg.seen, Some(types::Seen::Flag(false)));
    let status = msg.send_status.expect("sendStatus");
    assert_eq!(status.status, types::SendStatusKind::Pending);
    assert!(status.delivered_to_users.is_empty());
    assert_eq!(msg.timestamp, utc("2025-08-31T19:50:00Z"));
}

#[tokio::test]
async fn get_message_percent_encodes_slash_question_mark_and_hash_in_the_message_id() {
    let server = MockServer::once(Reply::fixture(200, "message.json")).await;
    let msg =
        server.client().get_message().chat_id(CHAT).message_id(AWKWARD_MESSAGE).send().await.unwrap().into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("get_message"), vec![CHAT.to_owned(), AWKWARD_MESSAGE_ENCODED.to_owned()]);
    assert_eq!(req.target, format!("/v1/chats/!abc:beeper.local/messages/{AWKWARD_MESSAGE_ENCODED}"));
    assert_eq!(req.raw_query(), None);
    assert_eq!(msg.id, "1343993");
    assert_eq!(msg.sender_name.as_deref(), Some("Bob"));
}

// ---------------------------------------------------------------- send_message

#[tokio::test]
async fn send_message_with_only_text_sends_only_text() {
    let server = MockServer::once(Reply::fixture(200, "message_send.json")).await;
    let sent = server
        .client()
        .send_message()
        .chat_id(CHAT)
        .body_map(|b| b.text("Dinner at eight? **yes**".to_string()))
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("send_message"), vec![CHAT.to_owned()]);
    assert_eq!(req.target, "/v1/chats/!abc:beeper.local/messages");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_json_body(&json!({"text": "Dinner at eight? **yes**"}));
    assert_eq!(sent.pending_message_id, "m1725489123456");
    assert_eq!(sent.chat_id, "!a1b2c3:beeper.local");
}

#[tokio::test]
async fn send_message_with_reply_and_voice_note_attachment_sends_the_full_body() {
    let server = MockServer::once(Reply::fixture(200, "message_send.json")).await;
    let sent = server
        .client()
        .send_message()
        .chat_id(CHAT)
        .body(types::SendMessageRequest {
            text: Some("listen to this".into()),
            reply_to_message_id: Some("1343993".into()),
            attachment: Some(types::MessageAttachmentInput {
                upload_id: "up_123".into(),
                duration: None,
                file_name: Some("memo.ogg".into()),
                mime_type: Some("audio/ogg".into()),
                size: Some(types::AttachmentSizeInput { height: 480, width: 640 }),
                kind: Some(types::AttachmentInputType::VoiceNote),
            }),
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    req.assert_operation("send_message");
    assert_eq!(req.target, "/v1/chats/!abc:beeper.local/messages");
    req.assert_json_body(&json!({
        "text": "listen to this",
        "replyToMessageID": "1343993",
        "attachment": {
            "uploadID": "up_123",
            "fileName": "memo.ogg",
            "mimeType": "audio/ogg",
            "size": {"height": 480, "width": 640},
            "type": "voice-note"
        }
    }));
    // Pixel sizes are whole numbers and go out as JSON integers.
    let raw = String::from_utf8(req.body.clone()).unwrap();
    assert!(raw.contains(r#""size":{"height":480,"width":640}"#), "raw body: {raw}");
    assert!(!raw.contains("duration"), "unset fields must be left out: {raw}");
    assert!(!raw.contains("null"), "unset fields must not be sent as null: {raw}");
    assert_eq!(sent.pending_message_id, "m1725489123456");
}

#[tokio::test]
async fn send_message_validation_error_decodes_issue_paths() {
    let server = MockServer::once(Reply::fixture(422, "msg_validation_error.json")).await;
    // Whitespace passes the client's "text or attachment" check; the
    // server's validation has the last word.
    let result = server.client().send_message().chat_id(CHAT).body_map(|b| b.text(" ".to_owned())).send().await;
    let req = server.single();
    req.assert_operation("send_message");
    req.assert_json_body(&json!({"text": " "}));

    let Err(beeper_desktop::Error::Api { status, code, message, details, .. }) = result else {
        panic!("expected an API error, got {result:?}");
    };
    assert_eq!(status.as_u16(), 422);
    assert_eq!(code, "validation_error");
    assert_eq!(message, "Request body is invalid");
    let details: types::ValidationDetails =
        serde_json::from_value(details.expect("details")).expect("details are ValidationDetails");
    assert_eq!(details.issues.len(), 1);
    let issue = &details.issues[0];
    assert_eq!(issue.code, "too_small");
    assert_eq!(issue.message, "String must contain at least 1 character(s)");
    assert_eq!(issue.path, vec![types::IssuePathSegment::Key("text".into()), types::IssuePathSegment::Index(0)]);
}

// ---------------------------------------------------------------- update_message

#[tokio::test]
async fn update_message_puts_new_text_and_decodes_the_full_message() {
    let server = MockServer::once(Reply::fixture(200, "message_update.json")).await;
    let updated = server
        .client()
        .update_message()
        .chat_id(CHAT)
        .message_id("1343994")
        .body(types::UpdateMessageRequest { text: "Dinner at nine?".into() })
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("update_message"), vec![CHAT.to_owned(), "1343994".to_owned()]);
    assert_eq!(req.target, "/v1/chats/!abc:beeper.local/messages/1343994");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_json_body(&json!({"text": "Dinner at nine?"}));

    assert!(updated.success);
    assert_eq!(updated.message_id, "1343994");
    assert_eq!(updated.id.as_deref(), Some("1343994"));
    assert_eq!(updated.chat_id.as_deref(), Some("!a1b2c3:beeper.local"));
    assert_eq!(updated.text.as_deref(), Some("Dinner at nine?"));
    assert_eq!(updated.sort_key.as_ref().map(|k| k.as_str()), Some("449706228481"));
    assert_eq!(updated.edited_timestamp, Some(utc("2025-08-31T19:50:00Z")));
    assert_eq!(updated.is_sender, Some(true));
}

#[tokio::test]
async fn update_message_decodes_the_old_three_field_answer() {
    let server = MockServer::once(Reply::fixture(200, "msg_update_js4.json")).await;
    let updated = server
        .client()
        .update_message()
        .chat_id(CHAT)
        .message_id(AWKWARD_MESSAGE)
        .body_map(|b| b.text("fixed typo".to_string()))
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    req.assert_operation("update_message");
    assert_eq!(req.method, "PUT");
    assert_eq!(req.target, format!("/v1/chats/!abc:beeper.local/messages/{AWKWARD_MESSAGE_ENCODED}"));
    req.assert_json_body(&json!({"text": "fixed typo"}));

    // Q9: js4-era servers answer only {chatID, messageID, success}.
    assert!(updated.success);
    assert_eq!(updated.message_id, AWKWARD_MESSAGE);
    assert_eq!(updated.chat_id.as_deref(), Some(CHAT));
    assert_eq!(updated.id, None);
    assert_eq!(updated.text, None);
    assert_eq!(updated.sort_key, None);
}

// ---------------------------------------------------------------- delete_message

#[tokio::test]
async fn delete_message_for_everyone_sends_the_flag_and_accepts_204() {
    let server = MockServer::once(Reply::empty(204)).await;
    let resp =
        server.client().delete_message().chat_id(CHAT).message_id("1343993").for_everyone(true).send().await.unwrap();
    let req = server.single();
    assert_eq!(req.assert_operation("delete_message"), vec![CHAT.to_owned(), "1343993".to_owned()]);
    assert_eq!(req.target, "/v1/chats/!abc:beeper.local/messages/1343993?forEveryone=true");
    req.assert_no_body();
    assert_eq!(resp.status().as_u16(), 204);
}

#[tokio::test]
async fn delete_message_only_for_me_sends_false() {
    let server = MockServer::once(Reply::empty(204)).await;
    server.client().delete_message().chat_id(CHAT).message_id("1343993").for_everyone(false).send().await.unwrap();
    let req = server.single();
    req.assert_operation("delete_message");
    assert_eq!(req.target, "/v1/chats/!abc:beeper.local/messages/1343993?forEveryone=false");
}

#[tokio::test]
async fn delete_message_without_flag_sends_no_query_and_ignores_a_200_body() {
    let server = MockServer::once(Reply::json(200, &json!({"success": true, "unexpected": [1, 2]}))).await;
    let resp = server.client().delete_message().chat_id(CHAT).message_id(AWKWARD_MESSAGE).send().await.unwrap();
    let req = server.single();
    req.assert_operation("delete_message");
    assert_eq!(req.target, format!("/v1/chats/!abc:beeper.local/messages/{AWKWARD_MESSAGE_ENCODED}"));
    assert_eq!(req.raw_query(), None);
    req.assert_no_body();
    assert_eq!(resp.status().as_u16(), 200);
}

/// INVENTORY §1.4 / Q27: the SDKs send `Accept: */*` on void operations.
#[tokio::test]
async fn delete_message_accepts_any_media_type() {
    let server = MockServer::once(Reply::empty(204)).await;
    server.client().delete_message().chat_id(CHAT).message_id("1343993").send().await.unwrap();
    let req = server.single();
    req.assert_operation("delete_message");
    assert_eq!(req.header("accept"), Some("*/*"), "void operation must accept any media type");
}

// ---------------------------------------------------------------- search_messages

#[tokio::test]
async fn search_messages_sends_every_filter_with_repeated_keys() {
    let server = MockServer::once(Reply::fixture(200, "message_search_page.json")).await;
    let page = server
        .client()
        .search_messages()
        .query("dinner + drinks")
        .account_ids(["whatsapp", "slackgo.TEAM-USER"])
        .chat_ids([CHAT, "!def:beeper.local"])
        .chat_type(types::ChatType::Group)
        .sender("me")
        .media_types(vec![types::MediaTypeFilter::Image, types::MediaTypeFilter::File])
        .date_after(utc("2025-08-01T00:00:00Z"))
        .date_before(utc("2025-08-31T23:59:59.500Z"))
        .include_muted(false)
        .exclude_low_priority(true)
        .cursor("c2Vlbjox|b==")
        .direction(types::Direction::Before)
        .limit(20)
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    assert!(req.assert_operation("search_messages").is_empty());
    assert_eq!(req.path(), "/v1/messages/search");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();
    let q = |k: &str, v: &str| (k.to_owned(), v.to_owned());
    assert_eq!(
        req.query(),
        vec![
            q("accountIDs", "whatsapp"),
            q("accountIDs", "slackgo.TEAM-USER"),
            q("chatIDs", CHAT),
            q("chatIDs", "!def:beeper.local"),
            q("chatType", "group"),
            q("cursor", "c2Vlbjox|b=="),
            q("dateAfter", "2025-08-01T00:00:00Z"),
            q("dateBefore", "2025-08-31T23:59:59.500Z"),
            q("direction", "before"),
            q("excludeLowPriority", "true"),
            q("includeMuted", "false"),
            q("limit", "20"),
            q("mediaTypes", "image"),
            q("mediaTypes", "file"),
            q("query", "dinner + drinks"),
            q("sender", "me"),
        ]
    );
    assert_eq!(
        req.raw_query(),
        Some(
            "accountIDs=whatsapp&accountIDs=slackgo.TEAM-USER\
             &chatIDs=%21abc%3Abeeper.local&chatIDs=%21def%3Abeeper.local\
             &chatType=group&cursor=c2Vlbjox%7Cb%3D%3D\
             &dateAfter=2025-08-01T00%3A00%3A00Z&dateBefore=2025-08-31T23%3A59%3A59.500Z\
             &direction=before&excludeLowPriority=true&includeMuted=false&limit=20\
             &mediaTypes=image&mediaTypes=file&query=dinner+%2B+drinks&sender=me"
        )
    );
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.items[0].text.as_deref(), Some("Dinner at eight?"));
    assert_eq!(page.has_more, Some(false));
    assert_eq!(page.oldest_cursor, None);
    assert_eq!(page.newest_cursor, None);
    let chat = page.chat_of(&page.items[0]).expect("the message's chat is on the page");
    assert_eq!(chat.title.as_deref(), Some("Family"));
}

#[tokio::test]
async fn search_messages_leaves_out_everything_not_set() {
    let server = MockServer::once(Reply::json(200, &json!({"items": [], "hasMore": false}))).await;
    let page = server.client().search_messages().send().await.unwrap().into_inner();
    let req = server.single();
    req.assert_operation("search_messages");
    assert_eq!(req.target, "/v1/messages/search");
    req.assert_no_body();
    assert!(page.items.is_empty());
}

#[tokio::test]
async fn search_messages_with_single_filter_sends_only_that_key() {
    let server = MockServer::once(Reply::fixture(200, "message_search_page.json")).await;
    server.client().search_messages().media_types(vec![types::MediaTypeFilter::Any]).send().await.unwrap();
    let req = server.single();
    req.assert_operation("search_messages");
    assert_eq!(req.target, "/v1/messages/search?mediaTypes=any");
}

// ---------------------------------------------------------------- add_reaction

#[tokio::test]
async fn add_reaction_sends_emoji_as_raw_utf8_json() {
    let server = MockServer::once(Reply::fixture(200, "reaction_add.json")).await;
    let added = server
        .client()
        .add_reaction()
        .chat_id(CHAT)
        .message_id("1343993")
        .body(types::AddReactionRequest { reaction_key: "👍".into(), transaction_id: Some("tx-1".into()) })
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("add_reaction"), vec![CHAT.to_owned(), "1343993".to_owned()]);
    assert_eq!(req.target, "/v1/chats/!abc:beeper.local/messages/1343993/reactions");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_json_body(&json!({"reactionKey": "👍", "transactionID": "tx-1"}));
    let raw = String::from_utf8(req.body.clone()).unwrap();
    assert!(raw.contains("\"reactionKey\":\"👍\""), "emoji should be raw UTF-8, not \\u escapes: {raw}");

    assert!(added.success);
    assert_eq!(added.chat_id, "!a1b2c3:beeper.local");
    assert_eq!(added.message_id, "1343993");
    assert_eq!(added.reaction_key, "👍");
    assert_eq!(added.transaction_id, "tx-1");
}

#[tokio::test]
async fn add_reaction_without_transaction_id_leaves_it_out() {
    let server = MockServer::once(Reply::json(
        200,
        &json!({"chatID": CHAT, "messageID": "1343993", "reactionKey": "heart", "success": true, "transactionID": "srv-9"}),
    ))
    .await;
    let added = server
        .client()
        .add_reaction()
        .chat_id(CHAT)
        .message_id("1343993")
        .body_map(|b| b.reaction_key("heart".to_string()))
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    req.assert_operation("add_reaction");
    req.assert_json_body(&json!({"reactionKey": "heart"}));
    // The server makes up a transaction ID when the caller gives none.
    assert_eq!(added.transaction_id, "srv-9");
}

// ---------------------------------------------------------------- delete_reaction

#[tokio::test]
async fn delete_reaction_puts_the_percent_encoded_emoji_in_the_path() {
    let server = MockServer::once(Reply::fixture(200, "reaction_delete.json")).await;
    let removed = server
        .client()
        .delete_reaction()
        .chat_id(CHAT)
        .message_id(AWKWARD_MESSAGE)
        .reaction_key("👍")
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    assert_eq!(
        req.assert_operation("delete_reaction"),
        vec![CHAT.to_owned(), AWKWARD_MESSAGE_ENCODED.to_owned(), "%F0%9F%91%8D".to_owned()]
    );
    assert_eq!(
        req.target,
        format!("/v1/chats/!abc:beeper.local/messages/{AWKWARD_MESSAGE_ENCODED}/reactions/%F0%9F%91%8D")
    );
    assert_eq!(req.raw_query(), None, "the key goes in the path, not the query (Q10)");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();

    assert!(removed.success);
    assert_eq!(removed.reaction_key, "👍");
    assert_eq!(removed.message_id, "1343993");
    assert_eq!(removed.chat_id, "!a1b2c3:beeper.local");
}

#[tokio::test]
async fn delete_reaction_escapes_space_and_slash_in_a_shortcode_key() {
    let server = MockServer::once(Reply::json(
        200,
        &json!({"chatID": CHAT, "messageID": "1343993", "reactionKey": ":party parrot/fast:", "success": true}),
    ))
    .await;
    let removed = server
        .client()
        .delete_reaction()
        .chat_id(CHAT)
        .message_id("1343993")
        .reaction_key(":party parrot/fast:")
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    req.assert_operation("delete_reaction");
    assert_eq!(req.target, "/v1/chats/!abc:beeper.local/messages/1343993/reactions/:party%20parrot%2Ffast:");
    req.assert_no_body();
    assert_eq!(removed.reaction_key, ":party parrot/fast:");
}

#[tokio::test]
async fn delete_reaction_escapes_the_slashes_of_a_custom_emoji_mxc_key() {
    let key = "mxc://beeper.local/party";
    let server = MockServer::once(Reply::json(
        200,
        &json!({"chatID": CHAT, "messageID": "1343993", "reactionKey": key, "success": true}),
    ))
    .await;
    let removed = server
        .client()
        .delete_reaction()
        .chat_id(CHAT)
        .message_id("1343993")
        .reaction_key(key)
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    req.assert_operation("delete_reaction");
    assert_eq!(req.target, "/v1/chats/!abc:beeper.local/messages/1343993/reactions/mxc:%2F%2Fbeeper.local%2Fparty");
    assert_eq!(removed.reaction_key, key);
}

/// INVENTORY §1.6: everything outside RFC 3986 `pchar` is percent-encoded,
/// so a backslash must go out as `%5C` (a raw `\` is read as `/` by URL
/// parsers and would split the segment).
#[tokio::test]
async fn delete_reaction_escapes_a_backslash_in_the_key() {
    let server = MockServer::once(Reply::fixture(200, "reaction_delete.json")).await;
    let result =
        server.client().delete_reaction().chat_id(CHAT).message_id("1343993").reaction_key(r"¯\_(ツ)_/¯").send().await;
    assert!(result.is_ok(), "request was not sent: {result:?}");
    let req = server.single();
    req.assert_operation("delete_reaction");
    assert_eq!(req.target, "/v1/chats/!abc:beeper.local/messages/1343993/reactions/%C2%AF%5C_(%E3%83%84)_%2F%C2%AF");
}

#[tokio::test]
async fn send_message_without_text_or_attachment_is_refused_before_sending() {
    let server = MockServer::once(Reply::fixture(200, "message_send.json")).await;
    for body in [
        types::SendMessageRequest::default(),
        types::SendMessageRequest { text: Some(String::new()), ..Default::default() },
    ] {
        let err = server.client().send_message().chat_id(CHAT).body(body).send().await.unwrap_err();
        assert!(
            matches!(&err, beeper_desktop::Error::InvalidRequest(m) if m.contains("`send_message` needs `text` or an `attachment`")),
            "{err}"
        );
    }
    assert!(server.requests().is_empty());
}
