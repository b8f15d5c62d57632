//! Chats and reminders: `list_chats`, `search_chats`, `get_chat`,
//! `create_chat`, `start_chat`, `update_chat`, `archive_chat`,
//! `mark_chat_read`, `mark_chat_unread`, `notify_anyway`, `create_reminder`,
//! `delete_reminder`.
//!
//! Wire rules pinned here (INVENTORY §1.6, §3.3, §3.4, §6): repeated
//! `accountIDs` keys, percent-encoded cursors, lowercase booleans, RFC 3339
//! date-times with `Z`, absent parameters left out, Matrix IDs unescaped in
//! the path, explicit `null` versus omission in the PATCH body, `{}` for
//! bodies whose fields are all optional, no body on `notify-anyway`, and
//! `Accept: */*` on the void operations, which succeed on 200 or 204 with
//! or without a body.

use std::collections::HashMap;

use beeper_desktop::types::{self, CapabilityLevel};
use beeper_desktop::{Error, Patch};
use chrono::{TimeZone, Utc};
use serde_json::{Value, json};

use crate::support::{MockServer, Reply, fixture_bytes};

const CHAT_ID: &str = "!abc:beeper.local";

/// A fixture parsed as JSON, to answer with a variant of it.
fn fixture_json(name: &str) -> Value {
    serde_json::from_slice(&fixture_bytes(name)).unwrap()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
}

// ---------------------------------------------------------------- list_chats

#[tokio::test]
async fn list_chats_without_parameters_sends_no_query_string() {
    let server = MockServer::once(Reply::fixture(200, "chat_page.json")).await;
    let page = server.client().list_chats().send().await.unwrap().into_inner();
    let req = server.single();
    req.assert_operation("list_chats");
    assert_eq!(req.target, "/v1/chats");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.has_more, Some(true));
}

#[tokio::test]
async fn list_chats_repeats_account_ids_and_percent_encodes_the_cursor() {
    let server = MockServer::once(Reply::fixture(200, "chat_page.json")).await;
    server
        .client()
        .list_chats()
        .account_ids(["whatsapp", "matrix"])
        .cursor("1725|48=9")
        .direction(types::Direction::Before)
        .limit(50)
        .send()
        .await
        .unwrap();
    let req = server.single();
    req.assert_operation("list_chats");
    assert_eq!(
        req.target,
        "/v1/chats?accountIDs=whatsapp&accountIDs=matrix&cursor=1725%7C48%3D9&direction=before&limit=50"
    );
    assert_eq!(
        req.query(),
        pairs(&[
            ("accountIDs", "whatsapp"),
            ("accountIDs", "matrix"),
            ("cursor", "1725|48=9"),
            ("direction", "before"),
            ("limit", "50"),
        ])
    );
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();
}

#[tokio::test]
async fn list_chats_decodes_a_numeric_sort_key_and_the_preview_message() {
    let server = MockServer::once(Reply::fixture(200, "chat_page.json")).await;
    let page = server.client().list_chats().send().await.unwrap().into_inner();
    server.single().assert_operation("list_chats");

    assert_eq!(page.has_more, Some(true));
    assert_eq!(page.oldest_cursor.as_deref(), Some("1725489123456"));
    assert_eq!(page.newest_cursor.as_deref(), Some("1725489123999"));
    let chat = &page.items[0];
    assert_eq!(chat.id, "!a1b2c3:beeper.local");
    assert_eq!(chat.account_id, "whatsapp");
    assert_eq!(chat.network.as_deref(), Some("WhatsApp"));
    assert_eq!(chat.kind, types::ChatType::Group);
    assert_eq!(chat.unread_count, 2);
    // Sent as the JSON number 449706228480 (quirk Q1), read as its text.
    assert_eq!(chat.last_read_message_sort_key.as_ref().unwrap().as_str(), "449706228480");
    assert_eq!(chat.last_activity, Some(Utc.with_ymd_and_hms(2025, 8, 31, 19, 41, 41).unwrap()));
    assert_eq!(chat.participants.total, 2);
    assert!(!chat.participants.has_more);
    assert_eq!(chat.participants.items[0].is_admin, Some(true));
    assert_eq!(chat.participants.items[1].full_name.as_deref(), Some("Bob"));

    let preview = chat.preview.as_ref().expect("preview message");
    assert_eq!(preview.id, "1343993");
    assert_eq!(preview.chat_id, "!a1b2c3:beeper.local");
    assert_eq!(preview.sender_name.as_deref(), Some("Bob"));
    assert_eq!(preview.text.as_deref(), Some("Dinner at eight?"));
    assert_eq!(preview.sort_key.as_str(), "449706228480");
    assert_eq!(preview.is_unread, Some(true));
    assert_eq!(preview.reactions.len(), 1);
    assert_eq!(preview.reactions[0].reaction_key, "👍");
}

// -------------------------------------------------------------- search_chats

#[tokio::test]
async fn search_chats_sends_every_filter_in_its_wire_form() {
    let server = MockServer::once(Reply::fixture(200, "chat_search_page.json")).await;
    server
        .client()
        .search_chats()
        .query("family & friends")
        .scope(types::ChatSearchScope::Participants)
        .account_ids(["whatsapp", "signal"])
        .chat_type(types::ChatType::Group)
        .inbox(types::InboxFilter::LowPriority)
        .unread_only(true)
        .include_muted(false)
        .label_id("work")
        .last_activity_after(Utc.with_ymd_and_hms(2025, 8, 1, 0, 0, 0).unwrap())
        .last_activity_before(Utc.with_ymd_and_hms(2025, 8, 31, 23, 59, 59).unwrap())
        .cursor("1725489123456")
        .direction(types::Direction::After)
        .limit(20)
        .send()
        .await
        .unwrap();
    let req = server.single();
    req.assert_operation("search_chats");
    assert_eq!(req.path(), "/v1/chats/search");
    assert_eq!(
        req.query(),
        pairs(&[
            ("accountIDs", "whatsapp"),
            ("accountIDs", "signal"),
            ("cursor", "1725489123456"),
            ("direction", "after"),
            ("inbox", "low-priority"),
            ("includeMuted", "false"),
            ("labelID", "work"),
            ("lastActivityAfter", "2025-08-01T00:00:00Z"),
            ("lastActivityBefore", "2025-08-31T23:59:59Z"),
            ("limit", "20"),
            ("query", "family & friends"),
            ("scope", "participants"),
            ("type", "group"),
            ("unreadOnly", "true"),
        ])
    );
    // `&` inside the value must be escaped, or it would split the pair.
    let raw = req.raw_query().unwrap();
    assert!(raw.contains("query=family+%26+friends&"), "raw query: {raw}");
    assert!(raw.contains("lastActivityAfter=2025-08-01T00%3A00%3A00Z&"), "raw query: {raw}");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();
}

#[tokio::test]
async fn search_chats_leaves_out_parameters_that_were_not_set() {
    let server = MockServer::once(Reply::fixture(200, "chat_search_page.json")).await;
    server.client().search_chats().query("Family").unread_only(false).send().await.unwrap();
    let req = server.single();
    req.assert_operation("search_chats");
    assert_eq!(req.target, "/v1/chats/search?query=Family&unreadOnly=false");
}

#[tokio::test]
async fn search_chats_without_parameters_decodes_null_cursors_as_none() {
    let server = MockServer::once(Reply::fixture(200, "chat_search_page.json")).await;
    let page = server.client().search_chats().send().await.unwrap().into_inner();
    let req = server.single();
    req.assert_operation("search_chats");
    assert_eq!(req.target, "/v1/chats/search");
    assert_eq!(page.has_more, Some(false));
    assert_eq!(page.oldest_cursor, None);
    assert_eq!(page.newest_cursor, None);
    let chat = &page.items[0];
    assert_eq!(chat.title.as_deref(), Some("Family"));
    assert_eq!(chat.local_chat_id.as_deref(), Some("1234"));
    assert_eq!(chat.is_pinned, Some(true));
    assert_eq!(chat.last_read_message_sort_key.as_ref().unwrap().as_str(), "449706228480");
}

// ------------------------------------------------------------------ get_chat

#[tokio::test]
async fn get_chat_keeps_the_matrix_id_unescaped_and_sends_max_participant_count() {
    let server = MockServer::once(Reply::fixture(200, "chat_full.json")).await;
    server.client().get_chat().chat_id(CHAT_ID).max_participant_count(-1).send().await.unwrap();
    let req = server.single();
    let params = req.assert_operation("get_chat");
    assert_eq!(params, vec![CHAT_ID.to_owned()]);
    assert_eq!(req.target, "/v1/chats/!abc:beeper.local?maxParticipantCount=-1");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();
}

#[tokio::test]
async fn get_chat_without_max_participant_count_sends_no_query_string() {
    let server = MockServer::once(Reply::fixture(200, "chat.json")).await;
    let chat = server.client().get_chat().chat_id(CHAT_ID).send().await.unwrap().into_inner();
    let req = server.single();
    req.assert_operation("get_chat");
    assert_eq!(req.target, "/v1/chats/!abc:beeper.local");
    assert_eq!(chat.id, "!a1b2c3:beeper.local");
    assert_eq!(chat.capabilities, None);
    assert_eq!(chat.draft, None);
    assert!(chat.labels.is_empty());
}

#[tokio::test]
async fn get_chat_decodes_capabilities_draft_reminder_labels_and_nulls() {
    let server = MockServer::once(Reply::fixture(200, "chat_full.json")).await;
    let chat = server.client().get_chat().chat_id(CHAT_ID).send().await.unwrap().into_inner();
    server.single().assert_operation("get_chat");

    assert_eq!(chat.description.as_deref(), Some("Dinner plans and photos"));
    assert_eq!(chat.unread_mentions_count, Some(0));
    assert_eq!(chat.is_marked_unread, Some(false));
    assert_eq!(chat.is_read_only, Some(false));
    // Explicit JSON nulls.
    assert_eq!(chat.img_url, None);
    assert_eq!(chat.message_expiry_seconds, None);
    assert_eq!(chat.snooze, None);
    assert_eq!(chat.participants.items[1].is_pending, Some(false));

    let draft = chat.draft.as_ref().expect("draft");
    assert_eq!(draft.text, "See you");
    let attachment = &draft.attachments["a1"];
    assert_eq!(attachment.id, "a1");
    assert_eq!(attachment.kind, types::DraftAttachmentType::File);
    assert_eq!(attachment.file_name.as_deref(), Some("plan.pdf"));
    assert_eq!(attachment.file_size, Some(20480));
    assert_eq!(attachment.mime_type.as_deref(), Some("application/pdf"));

    let reminder = chat.reminder.as_ref().expect("reminder");
    assert_eq!(reminder.remind_at, Some(Utc.with_ymd_and_hms(2025, 9, 1, 8, 0, 0).unwrap()));
    assert_eq!(reminder.dismiss_on_incoming_message, Some(true));

    assert_eq!(chat.labels, vec![types::Label { id: "work".into(), name: "Work".into() }]);

    let caps = chat.capabilities.as_ref().expect("capabilities");
    assert_eq!(caps.allowed_reactions, vec!["👍".to_owned(), "❤️".to_owned()]);
    assert_eq!(caps.archive, Some(true));
    assert_eq!(caps.reaction, Some(CapabilityLevel(2)));
    assert_eq!(caps.edit, Some(CapabilityLevel(1)));
    assert_eq!(caps.delete, Some(CapabilityLevel(2)));
    assert_eq!(caps.edit_max_age, Some(900));
    assert_eq!(caps.max_text_length, Some(65536));
    assert_eq!(caps.formatting["bold"], CapabilityLevel(2));
    assert_eq!(caps.formatting["inline_code"], CapabilityLevel(1));
    let image = &caps.attachments["m.image"];
    assert_eq!(image.mime_types["image/*"], CapabilityLevel(2));
    assert_eq!(image.max_size, Some(104_857_600));
    assert_eq!(image.caption, Some(CapabilityLevel(2)));
    let timer = caps.disappearing_timer.as_ref().unwrap();
    assert_eq!(timer.types, vec![types::DisappearingTimerType::AfterRead, types::DisappearingTimerType::AfterSend]);
    assert_eq!(timer.timers, vec![86_400_000]);
    assert_eq!(timer.omit_empty_timer, Some(false));
    let actions = caps.participant_actions.as_ref().unwrap();
    assert_eq!(actions.invite, Some(CapabilityLevel(2)));
    assert_eq!(actions.kick, Some(CapabilityLevel(1)));
    assert_eq!(actions.ban, None);
    assert_eq!(caps.message_request.as_ref().unwrap().accept_with_button, Some(CapabilityLevel(2)));
    let state = caps.state.as_ref().unwrap();
    assert_eq!(state.title.as_ref().unwrap().level, CapabilityLevel(2));
    assert_eq!(state.avatar.as_ref().unwrap().level, CapabilityLevel(0));
    assert_eq!(state.description, None);
}

#[tokio::test]
async fn get_chat_tolerates_null_in_optional_fields() {
    // INVENTORY §4.0 / Q6: optional response fields may be absent or null;
    // `labels`, `merge` and `mergedIntoChatID` are py6-only, nullability unknown.
    let server = MockServer::once(Reply::fixture(200, "chats_optional_nulls.json")).await;
    let chat = server.client().get_chat().chat_id(CHAT_ID).send().await.expect("decodes").into_inner();
    server.single().assert_operation("get_chat");
    assert_eq!(chat.id, "!a1b2c3:beeper.local");
    assert!(chat.labels.is_empty());
    assert_eq!(chat.merge, None);
    assert_eq!(chat.merged_into_chat_id, None);
    assert_eq!(chat.description, None);
    assert_eq!(chat.draft, None);
    assert_eq!(chat.reminder, None);
    assert_eq!(chat.local_chat_id, None);
    // List and search cap participants; `get_chat` may too (Q34).
    assert!(chat.participants.has_more);
    assert_eq!(chat.participants.total, 250);
    assert_eq!(chat.participants.items.len(), 1);
}

#[tokio::test]
async fn get_chat_error_status_becomes_an_error_response_with_the_parsed_body() {
    let body = json!({"code": "not_found", "message": "Chat not found"});
    let server = MockServer::once(Reply::json(404, &body)).await;
    let result = server.client().get_chat().chat_id(CHAT_ID).send().await;
    server.single().assert_operation("get_chat");
    match result {
        Err(ref e @ Error::Api { status, ref code, ref message, ref details, .. }) => {
            assert_eq!(status.as_u16(), 404);
            assert_eq!(code, "not_found");
            assert_eq!(message, "Chat not found");
            assert_eq!(details, &None);
            assert!(e.is_not_found());
            assert_eq!(e.to_string(), "HTTP 404 Not Found: Chat not found (not_found)");
        }
        other => panic!("expected an error response, got {other:?}"),
    }
}

// --------------------------------------------------------------- create_chat

#[tokio::test]
async fn create_chat_sends_participants_type_and_title_and_decodes_the_new_chat() {
    let server = MockServer::once(Reply::fixture(200, "chat_create.json")).await;
    let created = server
        .client()
        .create_chat()
        .body(types::CreateChatRequest {
            account_id: "whatsapp".into(),
            participant_ids: vec!["@bob:beeper.local".into(), "@carol:beeper.local".into()],
            kind: types::ChatType::Group,
            title: Some("Weekend trip".into()),
            message_text: None,
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    req.assert_operation("create_chat");
    assert_eq!(req.target, "/v1/chats");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_json_body(&json!({
        "accountID": "whatsapp",
        "participantIDs": ["@bob:beeper.local", "@carol:beeper.local"],
        "type": "group",
        "title": "Weekend trip"
    }));

    assert_eq!(created.chat_id, "!new123:beeper.local");
    assert_eq!(created.id.as_deref(), Some("!new123:beeper.local"));
    assert_eq!(created.status, Some(types::ChatCreateStatus::Created));
    assert_eq!(created.kind, Some(types::ChatType::Group));
    assert_eq!(created.title.as_deref(), Some("Weekend trip"));
    assert_eq!(created.unread_count, Some(0));
    assert_eq!(created.participants.as_ref().unwrap().items[0].id, "@bob:beeper.local");
}

#[tokio::test]
async fn create_chat_with_the_builder_sends_message_text_and_decodes_an_old_server_reply() {
    // Old servers answer only `{chatID, status?}` (quirk Q8).
    let server = MockServer::once(Reply::json(200, &json!({"chatID": "!old:beeper.local"}))).await;
    let created = server
        .client()
        .create_chat()
        .body_map(|b| {
            b.account_id("signal".to_string())
                .participant_ids(vec!["@dave:beeper.local".to_string()])
                .kind(types::ChatType::Single)
                .message_text("Hi Dave".to_string())
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    req.assert_operation("create_chat");
    req.assert_json_body(&json!({
        "accountID": "signal",
        "participantIDs": ["@dave:beeper.local"],
        "type": "single",
        "messageText": "Hi Dave"
    }));
    assert_eq!(created.chat_id, "!old:beeper.local");
    assert_eq!(created.id, None);
    assert_eq!(created.status, None);
    assert_eq!(created.participants, None);
}

// ---------------------------------------------------------------- start_chat

#[tokio::test]
async fn start_chat_sends_the_nested_user_and_allow_invite() {
    let server = MockServer::once(Reply::fixture(200, "chat_start.json")).await;
    let started = server
        .client()
        .start_chat()
        .body(types::StartChatRequest {
            account_id: "whatsapp".into(),
            user: types::StartChatUser {
                phone_number: Some("+15551234567".into()),
                full_name: Some("Bob".into()),
                ..Default::default()
            },
            allow_invite: Some(true),
            message_text: None,
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    req.assert_operation("start_chat");
    assert_eq!(req.target, "/v1/chats/start");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_json_body(&json!({
        "accountID": "whatsapp",
        "user": {"phoneNumber": "+15551234567", "fullName": "Bob"},
        "allowInvite": true
    }));

    assert_eq!(started.chat_id, "!dm42:beeper.local");
    assert_eq!(started.id.as_deref(), Some("!dm42:beeper.local"));
    assert_eq!(started.status, Some(types::ChatCreateStatus::Existing));
    assert_eq!(started.kind, Some(types::ChatType::Single));
    let participants = started.participants.as_ref().unwrap();
    assert_eq!(participants.total, 2);
    assert_eq!(participants.items[0].is_self, Some(true));
}

#[tokio::test]
async fn start_chat_with_an_empty_user_sends_an_empty_object() {
    let server = MockServer::once(Reply::fixture(200, "chat_start.json")).await;
    server
        .client()
        .start_chat()
        .body_map(|b| b.account_id("whatsapp".to_string()).user(types::StartChatUser::default()))
        .send()
        .await
        .unwrap();
    let req = server.single();
    req.assert_operation("start_chat");
    req.assert_json_body(&json!({"accountID": "whatsapp", "user": {}}));
}

// --------------------------------------------------------------- update_chat

#[tokio::test]
async fn update_chat_sends_null_to_clear_and_leaves_out_what_is_unchanged() {
    let mut answer = fixture_json("chat.json");
    answer["title"] = json!("Weekend trip");
    answer["messageExpirySeconds"] = json!(86400);
    let server = MockServer::once(Reply::json(200, &answer)).await;
    let chat = server
        .client()
        .update_chat()
        .chat_id(CHAT_ID)
        .body(types::UpdateChatRequest {
            title: Some(Patch::Set("Weekend trip".into())),
            description: Some(Patch::Clear),
            message_expiry_seconds: Some(Patch::Set(86400)),
            draft: Some(Patch::Clear),
            is_muted: Some(true),
            is_pinned: Some(false),
            ..Default::default()
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("update_chat"), vec![CHAT_ID.to_owned()]);
    assert_eq!(req.target, "/v1/chats/!abc:beeper.local");
    assert_eq!(req.header("accept"), Some("application/json"));
    // `imgURL`, `isArchived` and `isLowPriority` were not touched: absent, not null.
    req.assert_json_body(&json!({
        "title": "Weekend trip",
        "description": null,
        "messageExpirySeconds": 86400,
        "draft": null,
        "isMuted": true,
        "isPinned": false
    }));

    assert_eq!(chat.title.as_deref(), Some("Weekend trip"));
    assert_eq!(chat.message_expiry_seconds, Some(86400));
}

#[tokio::test]
async fn update_chat_sets_a_draft_with_attachments_and_clears_avatar_and_timer() {
    let server = MockServer::once(Reply::fixture(200, "chat_full.json")).await;
    let attachment = types::DraftAttachmentInput {
        upload_id: "up_1".into(),
        id: None,
        duration: None,
        file_name: Some("photo.jpg".into()),
        mime_type: Some("image/jpeg".into()),
        size: Some(types::AttachmentSizeInput { height: 1080, width: 1920 }),
        kind: Some(types::AttachmentInputType::Image),
    };
    let chat = server
        .client()
        .update_chat()
        .chat_id(CHAT_ID)
        .body(types::UpdateChatRequest {
            img_url: Some(Patch::Clear),
            message_expiry_seconds: Some(Patch::Clear),
            is_archived: Some(false),
            is_low_priority: Some(true),
            draft: Some(Patch::Set(types::DraftInput {
                text: "**See** you".into(),
                attachments: HashMap::from([("att1".to_owned(), attachment)]),
            })),
            ..Default::default()
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    req.assert_operation("update_chat");
    req.assert_json_body(&json!({
        "imgURL": null,
        "messageExpirySeconds": null,
        "isArchived": false,
        "isLowPriority": true,
        "draft": {
            "text": "**See** you",
            "attachments": {
                "att1": {
                    "uploadID": "up_1",
                    "fileName": "photo.jpg",
                    "mimeType": "image/jpeg",
                    "size": {"height": 1080, "width": 1920},
                    "type": "image"
                }
            }
        }
    }));
    assert_eq!(chat.draft.unwrap().text, "See you");
}

#[tokio::test]
async fn update_chat_with_nothing_set_sends_an_empty_object() {
    let server = MockServer::once(Reply::fixture(200, "chat.json")).await;
    let chat = server.client().update_chat().chat_id(CHAT_ID).send().await.unwrap().into_inner();
    let req = server.single();
    req.assert_operation("update_chat");
    req.assert_json_body(&json!({}));
    assert_eq!(chat.unread_count, 2);
}

// -------------------------------------------------------------- archive_chat

#[tokio::test]
async fn archive_chat_sends_an_empty_object_and_accepts_a_204_without_body() {
    let server = MockServer::once(Reply::empty(204)).await;
    let resp = server.client().archive_chat().chat_id(CHAT_ID).send().await.unwrap();
    let req = server.single();
    assert_eq!(req.assert_operation("archive_chat"), vec![CHAT_ID.to_owned()]);
    assert_eq!(req.target, "/v1/chats/!abc:beeper.local/archive");
    assert_eq!(req.header("accept"), Some("*/*"), "void operation (INVENTORY §1.4, Q27)");
    req.assert_json_body(&json!({}));
    assert_eq!(resp.status().as_u16(), 204);
}

#[tokio::test]
async fn archive_chat_sends_archived_false_and_ignores_a_200_body() {
    let server = MockServer::once(Reply::json(200, &json!({"success": true}))).await;
    let resp = server
        .client()
        .archive_chat()
        .chat_id(CHAT_ID)
        .body(types::ArchiveChatRequest { archived: Some(false) })
        .send()
        .await
        .unwrap();
    let req = server.single();
    req.assert_operation("archive_chat");
    assert_eq!(req.header("accept"), Some("*/*"), "void operation (INVENTORY §1.4, Q27)");
    req.assert_json_body(&json!({"archived": false}));
    assert_eq!(resp.status().as_u16(), 200);
}

#[tokio::test]
async fn archive_chat_error_status_is_still_parsed() {
    let body = json!({"code": "forbidden", "message": "Cannot archive", "details": {"network": "sms"}});
    let server = MockServer::once(Reply::json(403, &body)).await;
    let result = server.client().archive_chat().chat_id(CHAT_ID).body_map(|b| b.archived(true)).send().await;
    let req = server.single();
    req.assert_operation("archive_chat");
    req.assert_json_body(&json!({"archived": true}));
    match result {
        Err(Error::Api { status, code, details, .. }) => {
            assert_eq!(status.as_u16(), 403);
            assert_eq!(code, "forbidden");
            assert_eq!(details, Some(json!({"network": "sms"})));
        }
        other => panic!("expected an error response, got {other:?}"),
    }
}

// ----------------------------------------------- mark_chat_read / _unread

#[tokio::test]
async fn mark_chat_read_without_message_id_sends_an_empty_object() {
    let mut answer = fixture_json("chat.json");
    answer["unreadCount"] = json!(0);
    let server = MockServer::once(Reply::json(200, &answer)).await;
    let chat = server.client().mark_chat_read().chat_id(CHAT_ID).send().await.unwrap().into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("mark_chat_read"), vec![CHAT_ID.to_owned()]);
    assert_eq!(req.target, "/v1/chats/!abc:beeper.local/read");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_json_body(&json!({}));
    assert_eq!(chat.unread_count, 0);
}

#[tokio::test]
async fn mark_chat_read_up_to_a_message_sends_its_id() {
    let server = MockServer::once(Reply::fixture(200, "chat.json")).await;
    let chat = server
        .client()
        .mark_chat_read()
        .chat_id(CHAT_ID)
        .body_map(|b| b.message_id("1343993".to_string()))
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    req.assert_operation("mark_chat_read");
    req.assert_json_body(&json!({"messageID": "1343993"}));
    assert_eq!(chat.id, "!a1b2c3:beeper.local");
}

#[tokio::test]
async fn mark_chat_unread_without_message_id_sends_an_empty_object() {
    let mut answer = fixture_json("chat.json");
    answer["isMarkedUnread"] = json!(true);
    let server = MockServer::once(Reply::json(200, &answer)).await;
    let chat = server.client().mark_chat_unread().chat_id(CHAT_ID).send().await.unwrap().into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("mark_chat_unread"), vec![CHAT_ID.to_owned()]);
    assert_eq!(req.target, "/v1/chats/!abc:beeper.local/unread");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_json_body(&json!({}));
    assert_eq!(chat.is_marked_unread, Some(true));
}

#[tokio::test]
async fn mark_chat_unread_from_a_message_sends_its_id() {
    let server = MockServer::once(Reply::fixture(200, "chat.json")).await;
    server
        .client()
        .mark_chat_unread()
        .chat_id(CHAT_ID)
        .body(types::MarkChatUnreadRequest { message_id: Some("1343993".into()) })
        .send()
        .await
        .unwrap();
    let req = server.single();
    req.assert_operation("mark_chat_unread");
    req.assert_json_body(&json!({"messageID": "1343993"}));
}

// ------------------------------------------------------------- notify_anyway

#[tokio::test]
async fn notify_anyway_posts_without_a_body() {
    let server = MockServer::once(Reply::fixture(200, "chat.json")).await;
    let chat = server.client().notify_anyway().chat_id(CHAT_ID).send().await.unwrap().into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("notify_anyway"), vec![CHAT_ID.to_owned()]);
    assert_eq!(req.target, "/v1/chats/!abc:beeper.local/notify-anyway");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();
    assert_eq!(chat.title.as_deref(), Some("Family"));
}

// ---------------------------------------------------------------- reminders

#[tokio::test]
async fn create_reminder_sends_remind_at_as_rfc3339_utc() {
    let server = MockServer::once(Reply::empty(204)).await;
    let remind_at = Utc.with_ymd_and_hms(2025, 9, 1, 8, 0, 0).unwrap();
    let resp = server
        .client()
        .create_reminder()
        .chat_id(CHAT_ID)
        .body(types::CreateReminderRequest {
            reminder: types::ReminderInput { remind_at, dismiss_on_incoming_message: Some(true) },
        })
        .send()
        .await
        .unwrap();
    let req = server.single();
    assert_eq!(req.assert_operation("create_reminder"), vec![CHAT_ID.to_owned()]);
    assert_eq!(req.target, "/v1/chats/!abc:beeper.local/reminders");
    assert_eq!(req.header("accept"), Some("*/*"), "void operation (INVENTORY §1.4, Q27)");
    req.assert_json_body(&json!({
        "reminder": {"remindAt": "2025-09-01T08:00:00Z", "dismissOnIncomingMessage": true}
    }));
    // Byte-exact: whole seconds, no fraction, `Z` rather than `+00:00`.
    let raw = String::from_utf8(req.body.clone()).unwrap();
    assert!(raw.contains(r#""remindAt":"2025-09-01T08:00:00Z""#), "body: {raw}");
    assert_eq!(resp.status().as_u16(), 204);
}

#[tokio::test]
async fn create_reminder_keeps_milliseconds_and_leaves_out_dismiss_when_unset() {
    let server = MockServer::once(Reply::json(200, &json!({"success": true}))).await;
    let remind_at = Utc.with_ymd_and_hms(2025, 9, 1, 8, 0, 0).unwrap() + chrono::Duration::milliseconds(250);
    server
        .client()
        .create_reminder()
        .chat_id(CHAT_ID)
        .body_map(|b| b.reminder(types::ReminderInput { remind_at, dismiss_on_incoming_message: None }))
        .send()
        .await
        .unwrap();
    let req = server.single();
    req.assert_operation("create_reminder");
    req.assert_json_body(&json!({"reminder": {"remindAt": "2025-09-01T08:00:00.250Z"}}));
}

#[tokio::test]
async fn delete_reminder_sends_no_body_and_accepts_204() {
    let server = MockServer::once(Reply::empty(204)).await;
    let resp = server.client().delete_reminder().chat_id(CHAT_ID).send().await.unwrap();
    let req = server.single();
    assert_eq!(req.assert_operation("delete_reminder"), vec![CHAT_ID.to_owned()]);
    assert_eq!(req.method, "DELETE");
    assert_eq!(req.target, "/v1/chats/!abc:beeper.local/reminders");
    assert_eq!(req.header("accept"), Some("*/*"), "void operation (INVENTORY §1.4, Q27)");
    req.assert_no_body();
    assert_eq!(resp.status().as_u16(), 204);
}
