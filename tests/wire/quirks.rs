//! Server quirks the client must tolerate (INVENTORY.md §6, Q1–Q35).
//!
//! Each test serves a hand-written `tests/fixtures/quirk_*.json` body shaped
//! like one generation of the Beeper Desktop server, decodes it through the
//! real client call, and asserts the decoded values. The quirk number is in
//! the comment above each test.

use beeper_desktop::types::{
    AccountBridge, AccountStatus, AttachmentType, BridgeProvider, CapabilityLevel, ChatCreateStatus, ChatType,
    DisappearingTimerType, DraftAttachmentType, IssuePathSegment, MessageType, Seen, SeenReceipt, SendStatusKind,
};
use beeper_desktop::{Error, types};
use futures::TryStreamExt;
use serde_json::json;

use crate::support::{MockServer, Reply};

/// A chat most tests address.
const CHAT: &str = "!a1b2c3:beeper.local";

fn level(value: i32) -> Option<CapabilityLevel> {
    Some(CapabilityLevel(value))
}

// Q1: `lastReadMessageSortKey` and `sortKey` may arrive as JSON numbers; they
// decode to the same text a string would.
#[tokio::test]
async fn numeric_sort_keys_decode_to_their_text() {
    let server = MockServer::once(Reply::fixture(200, "quirk_numeric_sort_keys.json")).await;
    let page = server.client().list_chats().send().await.unwrap().into_inner();
    server.single().assert_operation("list_chats");

    let from_number = &page.items[0];
    assert_eq!(from_number.last_read_message_sort_key.as_deref(), Some("449706228480"));
    let preview = from_number.preview.as_ref().expect("preview");
    assert_eq!(preview.sort_key.as_str(), "449706228512");

    let from_string = &page.items[1];
    assert_eq!(from_string.last_read_message_sort_key.as_deref(), Some("449706227001"));
}

// Q1: a sort key beyond 2^53 keeps every digit (it is not routed through f64).
#[tokio::test]
async fn numeric_sort_key_beyond_f64_precision_keeps_every_digit() {
    let server = MockServer::once(Reply::fixture(200, "quirk_message_numeric_sort_key.json")).await;
    let message = server
        .client()
        .get_message()
        .chat_id("!Q1numeric7Hk2:beeper.local")
        .message_id("1344107")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(message.sort_key, "9007199254740993");
    assert_eq!(message.id, "1344107");
}

// Q2: a js4-era message page has no cursor keys at all.
#[tokio::test]
async fn page_cursors_may_be_absent() {
    let server = MockServer::once(Reply::fixture(200, "quirk_messages_no_cursors.json")).await;
    let page = server.client().list_messages().chat_id("!slackDev4Rt9:beeper.local").send().await.unwrap();
    assert_eq!(page.oldest_cursor, None);
    assert_eq!(page.newest_cursor, None);
    assert_eq!(page.has_more, Some(false));
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.items[0].text.as_deref(), Some("deploy is green, merging now"));
}

// Q2: js-typed servers send `null` cursors when there is no page that way.
#[tokio::test]
async fn page_cursors_may_be_null() {
    let server = MockServer::once(Reply::fixture(200, "quirk_chat_search_null_cursors.json")).await;
    let page = server.client().search_chats().query("nothing matches this").send().await.unwrap();
    assert_eq!(page.oldest_cursor, None);
    assert_eq!(page.newest_cursor, None);
    assert!(page.items.is_empty());
}

// Q2: an empty-string cursor is kept as sent (it means "no page that way").
#[tokio::test]
async fn page_cursors_may_be_empty_strings() {
    let server = MockServer::once(Reply::fixture(200, "quirk_contacts_empty_cursors.json")).await;
    let page = server.client().list_contacts().account_id("whatsapp").send().await.unwrap();
    assert_eq!(page.oldest_cursor.as_deref(), Some(""));
    assert_eq!(page.newest_cursor.as_deref(), Some(""));
    assert_eq!(page.items[0].phone_number.as_deref(), Some("+4915112345678"));
}

// Q3: py6 declares `hasMore` optional; a page without it still decodes.
#[tokio::test]
async fn has_more_may_be_absent() {
    let server = MockServer::once(Reply::fixture(200, "quirk_page_without_has_more.json")).await;
    let page = server.client().search_messages().query("dinner").send().await.unwrap().into_inner();
    server.single().assert_operation("search_messages");
    assert_eq!(page.has_more, None);
    assert_eq!(page.oldest_cursor.as_deref(), Some("1756555269000"));
    assert_eq!(page.items[0].id, "1339872");
}

// Q4: 4.7-era servers leave `network` out of a chat.
#[tokio::test]
async fn chat_network_may_be_absent() {
    let server = MockServer::once(Reply::fixture(200, "quirk_chat_without_network.json")).await;
    let chat = server.client().get_chat().chat_id("!js47era8Wq3:beeper.local").send().await.unwrap();
    assert_eq!(chat.network, None);
    assert_eq!(chat.title.as_deref(), Some("#general"));
    assert_eq!(chat.unread_count, 14);
    assert_eq!(chat.kind, ChatType::Group);
}

// Q5: js42 made `title` optional and nullable.
#[tokio::test]
async fn chat_title_may_be_absent_or_null() {
    let server = MockServer::once(Reply::fixture(200, "quirk_chats_without_title.json")).await;
    let page = server.client().list_chats().send().await.unwrap().into_inner();
    let (absent, null) = (&page.items[0], &page.items[1]);
    assert_eq!(absent.id, "!untitledA5kd:beeper.local");
    assert_eq!(absent.title, None);
    assert_eq!(null.id, "!nulltitleB7mx:beeper.local");
    assert_eq!(null.title, None);
    assert_eq!(null.unread_count, 3);
}

// Q6: nullable chat fields sent as `null`.
#[tokio::test]
async fn nullable_chat_fields_may_be_null() {
    let server = MockServer::once(Reply::fixture(200, "quirk_chat_nulls.json")).await;
    let chat = server.client().get_chat().chat_id("!nullsC4tz9:beeper.local").send().await.unwrap().into_inner();
    assert_eq!(chat.local_chat_id, None);
    assert_eq!(chat.description, None);
    assert_eq!(chat.img_url, None);
    assert_eq!(chat.message_expiry_seconds, None);
    assert_eq!(chat.draft, None);
    assert_eq!(chat.reminder, None);
    assert_eq!(chat.snooze, None);
    assert_eq!(chat.title.as_deref(), Some("Lena Schulz"));
    assert_eq!(chat.is_read_only, Some(false));
}

// Q6: nullable message fields sent as `null` (legacy messages).
#[tokio::test]
async fn nullable_message_fields_may_be_null() {
    let server = MockServer::once(Reply::fixture(200, "quirk_message_nulls.json")).await;
    let message = server
        .client()
        .get_message()
        .chat_id("!nullsC4tz9:beeper.local")
        .message_id("1201554")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(message.mentions, None);
    assert_eq!(message.sender_name, None);
    assert_eq!(message.linked_message_id, None);
    assert_eq!(message.text.as_deref(), Some("Bis morgen!"));
}

// Q6 / §4.0: fields only py6 declares have unknown nullability, so `null` must
// be accepted there too (`labels`, `merge`, `mergedIntoChatID`).
#[tokio::test]
async fn newest_optional_chat_fields_may_be_null() {
    let server = MockServer::once(Reply::fixture(200, "quirk_chat_v6_nulls.json")).await;
    let chat = server.client().get_chat().chat_id("!v6nullsD8pq:beeper.local").send().await.unwrap().into_inner();
    assert!(chat.labels.is_empty());
    assert_eq!(chat.merge, None);
    assert_eq!(chat.merged_into_chat_id, None);
    assert_eq!(chat.participants.total, 3);
}

// Q7: accounts from four server generations in one list: js4 (no bridge, no
// status, no network), js42 (network), js5 (bridge), py6 (status and the
// rest, some of it null).
#[tokio::test]
async fn accounts_of_every_generation_decode() {
    let server = MockServer::once(Reply::fixture(200, "quirk_accounts_generations.json")).await;
    let accounts = server.client().list_accounts().send().await.unwrap().into_inner();
    server.single().assert_operation("list_accounts");
    assert_eq!(accounts.len(), 4);

    let js4 = &accounts[0];
    assert_eq!(js4.account_id, "discordgo");
    assert_eq!((&js4.bridge, &js4.status, &js4.network), (&None, &None, &None));
    assert_eq!(js4.user.username.as_deref(), Some("alice.m"));

    let js42 = &accounts[1];
    assert_eq!(js42.network.as_deref(), Some("Instagram"));
    assert_eq!((&js42.bridge, &js42.status), (&None, &None));

    let py6 = &accounts[2];
    assert_eq!(
        py6.bridge,
        Some(AccountBridge { id: "local-whatsapp".into(), provider: BridgeProvider::Local, kind: "whatsapp".into() })
    );
    assert_eq!(py6.status, Some(AccountStatus::Connected));
    assert_eq!(py6.status_text.as_deref(), Some("Connected"));
    assert_eq!(py6.login_id.as_deref(), Some("4915100000001"));
    let capabilities = py6.capabilities.as_ref().expect("capabilities");
    assert_eq!(capabilities["maxGroupSize"], json!(1024));

    let nulls = &accounts[3];
    assert_eq!(nulls.status, Some(AccountStatus::Connecting));
    assert_eq!((&nulls.status_text, &nulls.login_id, &nulls.capabilities), (&None, &None, &None));
}

fn create_group_request() -> types::CreateChatRequest {
    types::CreateChatRequest {
        account_id: "whatsapp".into(),
        participant_ids: vec!["@whatsapp_447700900123:beeper.local".into()],
        kind: ChatType::Group,
        title: Some("Book club".into()),
        message_text: None,
    }
}

// Q8: old servers answer chat creation with `{chatID, status}` only.
#[tokio::test]
async fn chat_create_answer_may_be_only_chat_id_and_status() {
    let server = MockServer::once(Reply::fixture(200, "quirk_chat_create_js4.json")).await;
    let created = server.client().create_chat().body(create_group_request()).send().await.unwrap().into_inner();
    server.single().assert_operation("create_chat");
    assert_eq!(created.chat_id, "!created9Xk2:beeper.local");
    assert_eq!(created.status, Some(ChatCreateStatus::Existing));
    assert_eq!(created.id, None);
    assert_eq!(created.participants, None);
    assert_eq!(created.kind, None);
}

// Q8: js42 servers answer chat creation with `{chatID}` only.
#[tokio::test]
async fn chat_create_answer_may_be_only_chat_id() {
    let server = MockServer::once(Reply::fixture(200, "quirk_chat_create_js42.json")).await;
    let created = server.client().create_chat().body(create_group_request()).send().await.unwrap().into_inner();
    assert_eq!(created.chat_id, "!created7Vb1:beeper.local");
    assert_eq!(created.status, None);
    assert_eq!(created.id, None);
    assert_eq!(created.account_id, None);
}

// Q9: js4 servers answer an edit with `{chatID, messageID, success}` only.
#[tokio::test]
async fn message_update_answer_may_be_only_ids_and_success() {
    let server = MockServer::once(Reply::fixture(200, "quirk_message_update_js4.json")).await;
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
    server.single().assert_operation("update_message");
    assert_eq!(updated.message_id, "1343994");
    assert_eq!(updated.chat_id.as_deref(), Some(CHAT));
    assert!(updated.success);
    assert_eq!(updated.id, None);
    assert_eq!(updated.text, None);
    assert_eq!(updated.sort_key, None);
}

// Q14/Q15: unknown `Message.type`, `Attachment.type` and `sendStatus.status`
// values keep their string in `Other`; known ones map to their variant.
#[tokio::test]
async fn unknown_message_enum_values_are_kept() {
    let server = MockServer::once(Reply::fixture(200, "quirk_messages_enum_values.json")).await;
    let page = server.client().list_messages().chat_id("!tgGroup5Hn8:beeper.local").send().await.unwrap();
    let (poll, image) = (&page.items[0], &page.items[1]);

    assert_eq!(poll.kind, Some(MessageType::Other("POLL".into())));
    assert_eq!(poll.attachments[0].kind, AttachmentType::Other("sticker".into()));
    assert_eq!(poll.attachments[0].kind.as_str(), "sticker");
    let status = poll.send_status.as_ref().expect("sendStatus");
    assert_eq!(status.status, SendStatusKind::Other("QUEUED".into()));
    assert_eq!(status.message.as_deref(), Some("Waiting for network"));

    assert_eq!(image.kind, Some(MessageType::Image));
    assert_eq!(image.attachments[0].kind, AttachmentType::Img);
    let status = image.send_status.as_ref().expect("sendStatus");
    assert_eq!(status.status, SendStatusKind::Success);
    assert_eq!(status.delivered_to_users, ["@telegram_88120443:beeper.local"]);
}

// Q15/Q17: unknown chat `type`, disappearing-timer types and draft attachment
// types keep their string in `Other`; known ones map to their variant.
#[tokio::test]
async fn unknown_chat_enum_values_are_kept() {
    let server = MockServer::once(Reply::fixture(200, "quirk_chats_enum_values.json")).await;
    let page = server.client().search_chats().send().await.unwrap().into_inner();
    let (channel, group) = (&page.items[0], &page.items[1]);

    assert_eq!(channel.kind, ChatType::Other("channel".into()));
    let timer = channel.capabilities.as_ref().and_then(|c| c.disappearing_timer.as_ref()).expect("timer");
    assert_eq!(timer.types, [DisappearingTimerType::AfterRead, DisappearingTimerType::Other("afterSomething".into())]);
    assert_eq!(timer.timers, [86_400_000, 604_800_000]);
    let draft = channel.draft.as_ref().expect("draft");
    assert_eq!(draft.attachments["att-1"].kind, DraftAttachmentType::RecordedAudio);
    assert_eq!(draft.attachments["att-2"].kind, DraftAttachmentType::Other("image".into()));

    assert_eq!(group.kind, ChatType::Group);
    let timer = group.capabilities.as_ref().and_then(|c| c.disappearing_timer.as_ref()).expect("timer");
    assert_eq!(timer.types, [DisappearingTimerType::AfterSend, DisappearingTimerType::AfterReadByRecipient]);
}

// Q17: account `status` and bridge `provider` may grow new values.
#[tokio::test]
async fn unknown_account_enum_values_are_kept() {
    let server = MockServer::once(Reply::fixture(200, "quirk_accounts_status_values.json")).await;
    let accounts = server.client().list_accounts().send().await.unwrap().into_inner();
    assert_eq!(accounts[0].status, Some(AccountStatus::Other("rate_limited".into())));
    assert_eq!(accounts[0].bridge.as_ref().map(|b| &b.provider), Some(&BridgeProvider::Cloud));
    assert_eq!(accounts[1].status, Some(AccountStatus::ReconnectRequired));
    assert_eq!(accounts[1].bridge.as_ref().map(|b| &b.provider), Some(&BridgeProvider::Other("edge".into())));
}

// Q17: the deprecated chat-create `status` may grow new values.
#[tokio::test]
async fn unknown_chat_create_status_is_kept() {
    let server = MockServer::once(Reply::fixture(200, "quirk_chat_create_unknown_status.json")).await;
    let created = server.client().create_chat().body(create_group_request()).send().await.unwrap().into_inner();
    assert_eq!(created.status, Some(ChatCreateStatus::Other("joined".into())));
    assert_eq!(created.id.as_deref(), Some("!joined2Tz8:beeper.local"));
    assert_eq!(created.participants.map(|p| p.total), Some(3));
}

// Q18: capability levels are JSON integers from -2 to 2, wherever they sit.
#[tokio::test]
async fn capability_levels_are_integers_including_minus_two() {
    let server = MockServer::once(Reply::fixture(200, "quirk_chat_capability_levels.json")).await;
    let chat = server.client().get_chat().chat_id("!imsgCaps6Rd2:beeper.local").send().await.unwrap().into_inner();
    let caps = chat.capabilities.expect("capabilities");
    assert_eq!(caps.reaction, level(2));
    assert_eq!(caps.edit, level(1));
    assert_eq!(caps.thread, level(0));
    assert_eq!(caps.poll, level(-1));
    assert_eq!(caps.location_message, level(-2));
    assert_eq!(caps.formatting["code_block.syntax_highlighting"], CapabilityLevel(-2));
    assert_eq!(caps.formatting["inline_code"], CapabilityLevel(-1));
    let image = &caps.attachments["m.image"];
    assert_eq!(image.mime_types["image/svg+xml"], CapabilityLevel(-2));
    assert_eq!(image.caption, level(1));
    assert_eq!(caps.attachments["org.matrix.msc3245.voice"].mime_types["audio/ogg"], CapabilityLevel(0));
    let actions = caps.participant_actions.expect("participantActions");
    assert_eq!((actions.invite, actions.leave, actions.ban), (level(-2), level(0), None));
    let requests = caps.message_request.expect("messageRequest");
    assert_eq!(requests.accept_with_message, level(-2));
    let state = caps.state.expect("state");
    assert_eq!(state.title.map(|s| s.level), level(-2));
    assert_eq!(state.avatar.map(|s| s.level), level(-1));
    assert_eq!(caps.edit_max_age, Some(900));
}

// Q20: `seen` is a bool, a date-time string, a per-user map, or null.
#[tokio::test]
async fn seen_decodes_every_shape() {
    let server = MockServer::once(Reply::fixture(200, "quirk_messages_seen_shapes.json")).await;
    let page = server.client().list_messages().chat_id(CHAT).send().await.unwrap().into_inner();
    let seen: Vec<_> = page.items.iter().map(|m| m.seen.clone()).collect();

    assert_eq!(seen[0], Some(Seen::Flag(true)));
    assert_eq!(seen[1], Some(Seen::At("2025-08-31T20:03:27.000Z".into())));
    let Some(Seen::ByUser(by_user)) = &seen[2] else { panic!("expected a per-user map, got {:?}", seen[2]) };
    assert_eq!(by_user.len(), 3);
    assert_eq!(by_user["@bob:beeper.local"], SeenReceipt::Flag(true));
    assert_eq!(by_user["@whatsapp_447700900123:beeper.local"], SeenReceipt::At("2025-08-31T20:05:10.000Z".into()));
    assert_eq!(by_user["@whatsapp_4915112345678:beeper.local"], SeenReceipt::Flag(false));
    assert_eq!(seen[3], None);
    assert_eq!(seen[4], Some(Seen::Flag(false)));
}

/// Sends a message against a server answering 400 with `fixture` and
/// returns the decoded error body.
async fn bad_request_error(fixture: &str) -> types::ApiErrorBody {
    let server = MockServer::once(Reply::fixture(400, fixture)).await;
    let result = server
        .client()
        .send_message()
        .chat_id("!tgChannel3Qw:beeper.local")
        .body(types::SendMessageRequest { text: Some("hello".into()), ..Default::default() })
        .send()
        .await;
    match result {
        Err(Error::Api { status, code, message, details, .. }) => {
            assert_eq!(status.as_u16(), 400);
            types::ApiErrorBody { code, message, details }
        }
        other => panic!("expected Error::Api, got {other:?}"),
    }
}

// Q21: `Error.details` as a validation object.
#[tokio::test]
async fn error_details_may_be_a_validation_object() {
    let error = bad_request_error("quirk_error_details_object.json").await;
    assert_eq!(error.code, "validation_error");
    assert_eq!(error.message, "Request body is invalid");
    let details: types::ValidationDetails = serde_json::from_value(error.details.expect("details")).unwrap();
    assert_eq!(details.issues.len(), 3);
    assert_eq!(details.issues[0].code, "invalid_type");
    assert_eq!(
        details.issues[0].path,
        [IssuePathSegment::Key("attachment".into()), IssuePathSegment::Key("uploadID".into())]
    );
    assert_eq!(details.issues[2].path, [IssuePathSegment::Key("mediaTypes".into()), IssuePathSegment::Index(1)]);
}

// Q21: `Error.details` as a plain string.
#[tokio::test]
async fn error_details_may_be_a_string() {
    let error = bad_request_error("quirk_error_details_string.json").await;
    assert_eq!(error.code, "bad_request");
    assert_eq!(error.details, Some(json!("chat !tgChannel3Qw:beeper.local is read-only for this account")));
}

// Q21: `Error.details` as an array of mixed values.
#[tokio::test]
async fn error_details_may_be_an_array() {
    let error = bad_request_error("quirk_error_details_array.json").await;
    assert_eq!(error.message, "Unsupported attachment");
    assert_eq!(error.details, Some(json!(["image/heic is not accepted by this network", {"maxSize": 16777216}, 3])));
}

// Q24: URL-named fields hold placeholders, bare paths, `localmxc://`, `mxc://`,
// `file://` and data URLs; all are kept verbatim.
#[tokio::test]
async fn url_named_fields_keep_values_that_are_not_urls() {
    let server = MockServer::once(Reply::fixture(200, "quirk_url_fields_not_urls.json")).await;
    let page = server.client().list_chats().send().await.unwrap().into_inner();
    let chat = &page.items[0];
    assert_eq!(
        chat.img_url.as_deref(),
        Some("/Users/alice/Library/Application Support/BeeperTexts/media/avatars/family.jpg")
    );
    let people = &chat.participants.items;
    assert_eq!(people[0].img_url.as_deref(), Some("imgURL"));
    assert_eq!(people[0].email.as_deref(), Some("email"));
    assert!(people[1].img_url.as_deref().is_some_and(|u| u.starts_with("data:image/png;base64,iVBOR")));
    assert_eq!(people[2].img_url.as_deref(), Some("mxc://beeper.local/AvTr9kQ2mZ"));

    let preview = chat.preview.as_ref().expect("preview");
    let video = &preview.attachments[0];
    assert_eq!(video.src_url.as_deref(), Some("localmxc://local-whatsapp/3EB0C431C6A2D6E1F0A2"));
    assert_eq!(
        video.poster_img.as_deref(),
        Some("/Users/alice/Library/Caches/BeeperTexts/posters/3EB0C431C6A2D6E1F0A2.jpg")
    );
    let link = &preview.links[0];
    assert!(link.favicon.as_deref().is_some_and(|f| f.starts_with("data:image/x-icon;base64,")));
    assert_eq!(link.img.as_deref(), Some("mxc://beeper.local/LinkImg55aa"));
    assert_eq!(
        preview.reactions[0].img_url.as_deref(),
        Some("file:///Users/alice/Library/Caches/BeeperTexts/emoji/partyparrot.gif")
    );
}

// Q25: sizes and durations are numbers that may be fractional.
#[tokio::test]
async fn attachment_sizes_and_durations_may_be_fractional() {
    let server = MockServer::once(Reply::fixture(200, "quirk_message_fractional_numbers.json")).await;
    let message = server
        .client()
        .get_message()
        .chat_id("!sigDm8Pq3:beeper.local")
        .message_id("1344301")
        .send()
        .await
        .unwrap()
        .into_inner();
    let (voice, image) = (&message.attachments[0], &message.attachments[1]);
    assert_eq!(voice.duration, Some(7.36));
    assert_eq!(voice.file_size, Some(118_432));
    assert_eq!(voice.kind, AttachmentType::Audio);
    let size = image.size.as_ref().expect("size");
    assert_eq!((size.width, size.height), (Some(1180), Some(2556)));
    assert_eq!(image.file_size, Some(904_211));
}

// Q25: the upload answer's numbers may be fractional too: pixel sizes are
// rounded to whole pixels, durations keep their fraction.
#[tokio::test]
async fn upload_dimensions_may_be_fractional() {
    let server = MockServer::once(Reply::fixture(200, "quirk_upload_fractional_numbers.json")).await;
    let upload = server
        .client()
        .upload_asset_base64()
        .body(types::UploadAssetBase64Request {
            content: "AAAAIGZ0eXBxdCAgAAAAAHF0ICA=".into(),
            file_name: Some("clip.mov".into()),
            mime_type: Some("video/quicktime".into()),
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    server.single().assert_operation("upload_asset_base64");
    assert_eq!(upload.width, Some(1920));
    assert_eq!(upload.height, Some(1080));
    assert_eq!(upload.duration, Some(12.48));
    assert_eq!(upload.file_size, Some(7_340_032));
    assert_eq!(upload.upload_id.as_deref(), Some("up_9c41e2"));
}

/// Asserts a 2xx whose `error` field is set surfaced as `Error::Reported`.
fn assert_reported<T: std::fmt::Debug>(result: Result<T, Error>, status: u16, message: &str) {
    match result {
        Err(ref e @ Error::Reported { status: s, message: ref m, .. }) => {
            assert_eq!(s.as_u16(), status);
            assert_eq!(m, message);
            assert_eq!(e.status().map(|s| s.as_u16()), Some(status));
        }
        other => panic!("expected Error::Reported, got {other:?}"),
    }
}

// Q26: a failed download can come back as a 2xx with `error` set; the
// client surfaces it as an error instead of a success with no file.
#[tokio::test]
async fn download_failure_inside_a_2xx_body_is_an_error() {
    let server = MockServer::once(Reply::fixture(200, "quirk_download_error.json")).await;
    let result = server
        .client()
        .download_asset()
        .body(types::DownloadAssetRequest { url: "mxc://beeper.local/Gone404xyz".into() })
        .send()
        .await;
    server.single().assert_operation("download_asset");
    assert_reported(result, 200, "Failed to download mxc://beeper.local/Gone404xyz: M_NOT_FOUND (media not found)");
}

// Q26: a refused upload can come back as a 2xx with `error` set, for both
// the multipart and the base64 upload.
#[tokio::test]
async fn upload_failure_inside_a_2xx_body_is_an_error() {
    let expected = "File type application/x-msdownload is not allowed";
    let server = MockServer::start(vec![
        Reply::fixture(201, "quirk_upload_error.json"),
        Reply::fixture(200, "quirk_upload_error.json"),
    ])
    .await;
    let client = server.client();

    let multipart = client.upload_asset().bytes(&b"MZ\x90\x00"[..]).file_name("setup.exe").send().await;
    assert_reported(multipart, 201, expected);

    let base64 = client
        .upload_asset_base64()
        .body(types::UploadAssetBase64Request {
            content: "TVqQAA==".into(),
            file_name: Some("setup.exe".into()),
            mime_type: None,
        })
        .send()
        .await;
    assert_reported(base64, 200, expected);
    assert_eq!(server.requests().len(), 2);
}

// A 2xx with an empty `error` string is not a failure.
#[tokio::test]
async fn empty_error_field_is_not_a_failure() {
    let server =
        MockServer::once(Reply::json(200, &serde_json::json!({"srcURL": "file:///tmp/a.jpg", "error": ""}))).await;
    let download = server
        .client()
        .download_asset()
        .body(types::DownloadAssetRequest { url: "mxc://beeper.local/a".into() })
        .send()
        .await
        .unwrap();
    assert_eq!(download.src_url.as_deref(), Some("file:///tmp/a.jpg"));
}

// Q27: void operations succeed on 204, on an empty 200 and on a 200 with
// a JSON or text body, which is ignored.
#[tokio::test]
async fn void_operations_accept_any_2xx_answer() {
    let answers = [
        Reply::empty(204),
        Reply::empty(200),
        Reply::json(200, &json!({"success": true})),
        Reply::raw(200, "text/plain", "OK"),
    ];
    for answer in answers {
        let status = answer.status;
        let server = MockServer::start(vec![answer.clone(), answer.clone(), answer]).await;
        let client = server.client();

        let archived = client.archive_chat().chat_id(CHAT).send().await;
        assert_eq!(archived.map(|r| r.status().as_u16()).ok(), Some(status), "archive_chat on {status}");
        let removed = client.delete_reminder().chat_id(CHAT).send().await;
        assert_eq!(removed.map(|r| r.status().as_u16()).ok(), Some(status), "delete_reminder on {status}");
        let deleted = client.delete_message().chat_id(CHAT).message_id("1343993").send().await;
        assert_eq!(deleted.map(|r| r.status().as_u16()).ok(), Some(status), "delete_message on {status}");

        let ops: Vec<String> = server.requests().iter().map(|r| format!("{} {}", r.method, r.path())).collect();
        assert_eq!(
            ops,
            [
                "POST /v1/chats/!a1b2c3:beeper.local/archive",
                "DELETE /v1/chats/!a1b2c3:beeper.local/reminders",
                "DELETE /v1/chats/!a1b2c3:beeper.local/messages/1343993",
            ]
        );
    }
}

/// The first bytes of a PNG file, as a range request would return them.
const PNG_HEAD: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x00";

// Q28: `serve_asset` answered 206 with the file's own content type still
// yields the raw bytes.
#[tokio::test]
async fn served_asset_bytes_come_through_a_partial_image_response() {
    let reply = Reply::raw(206, "image/png", PNG_HEAD).header("content-range", "bytes 0-19/48213");
    let server = MockServer::once(reply).await;
    let response =
        server.client().serve_asset().url("mxc://beeper.local/Scr33nsh0t").range("bytes=0-19").send().await.unwrap();
    let req = server.single();
    req.assert_operation("serve_asset");
    assert_eq!(req.header("range"), Some("bytes=0-19"));

    assert_eq!(response.status().as_u16(), 206);
    assert_eq!(response.headers()["content-type"], "image/png");
    assert_eq!(response.headers()["content-range"], "bytes 0-19/48213");
    let bytes: Vec<u8> = response.into_inner_stream().map_ok(|chunk| chunk.to_vec()).try_concat().await.unwrap();
    assert_eq!(bytes, PNG_HEAD);
}

// Q28: a plain 200 with a non-octet-stream type streams just the same.
#[tokio::test]
async fn served_asset_bytes_come_through_a_whole_file_response() {
    let body = b"RIFF\x24\x00\x00\x00WEBPVP8 ".to_vec();
    let server = MockServer::once(Reply::raw(200, "image/webp", body.clone())).await;
    let response = server.client().serve_asset().url("file:///tmp/sticker.webp").send().await.unwrap();
    let chunks: Vec<_> = futures::StreamExt::collect(response.into_inner().into_inner()).await;
    let bytes: Vec<u8> = chunks.into_iter().flat_map(|c| c.unwrap().to_vec()).collect();
    assert_eq!(bytes, body);
}

// Q34: list/search cap participants, so `hasMore` is true with fewer items
// than `total`.
#[tokio::test]
async fn participants_may_be_a_truncated_subset() {
    let server = MockServer::once(Reply::fixture(200, "quirk_participants_truncated.json")).await;
    let page = server.client().search_chats().query("announcements").send().await.unwrap().into_inner();
    let participants = &page.items[0].participants;
    assert!(participants.has_more);
    assert_eq!(participants.total, 214);
    assert_eq!(participants.items.len(), 4);
    assert_eq!(participants.items[1].is_admin, Some(true));
    assert_eq!(participants.items[2].is_network_bot, Some(true));
    assert_eq!(participants.items[3].is_pending, Some(true));
}

// Q35: a preview may belong to another chat and account; it is not checked.
#[tokio::test]
async fn preview_from_another_chat_is_not_rejected() {
    let server = MockServer::once(Reply::fixture(200, "quirk_preview_other_chat.json")).await;
    let page = server.client().list_chats().send().await.unwrap().into_inner();
    let chat = &page.items[0];
    let preview = chat.preview.as_ref().expect("preview");
    assert_eq!(chat.id, "!igDm6Wc2:beeper.local");
    assert_eq!(chat.account_id, "instagramgo");
    assert_eq!(preview.chat_id, CHAT);
    assert_eq!(preview.account_id, "whatsapp");
    assert_eq!(preview.text.as_deref(), Some("Dinner at eight?"));
}

// §4.10: unknown keys are ignored at every level of a message search page,
// including a top-level `chats` map like the one `/v1/search` sends.
#[tokio::test]
async fn unknown_fields_in_a_message_page_are_ignored() {
    let server = MockServer::once(Reply::fixture(200, "quirk_unknown_fields.json")).await;
    let page = server.client().search_messages().query("photos").send().await.unwrap().into_inner();
    assert_eq!(page.has_more, Some(true));
    assert_eq!(page.oldest_cursor.as_deref(), Some("1756810800000"));
    let message = &page.items[0];
    assert_eq!(message.id, "1344410");
    assert_eq!(message.kind, Some(MessageType::Image));
    let attachment = &message.attachments[0];
    assert_eq!(attachment.size.as_ref().and_then(|s| s.width), Some(1600));
    assert_eq!(message.reactions[0].reaction_key, "❤️");
    assert_eq!(message.send_status.as_ref().map(|s| &s.status), Some(&SendStatusKind::Success));
}

// §4.10: unknown keys inside a chat, its participants, capabilities and
// reminder are ignored.
#[tokio::test]
async fn unknown_fields_in_a_chat_are_ignored() {
    let server = MockServer::once(Reply::fixture(200, "quirk_chat_unknown_fields.json")).await;
    let chat = server.client().get_chat().chat_id(CHAT).send().await.unwrap().into_inner();
    assert_eq!(chat.id, CHAT);
    assert_eq!(chat.participants.items[0].full_name.as_deref(), Some("Alice Martin"));
    let caps = chat.capabilities.as_ref().expect("capabilities");
    assert_eq!(caps.reaction, level(2));
    assert_eq!(caps.disappearing_timer.as_ref().map(|t| t.types.clone()), Some(vec![DisappearingTimerType::AfterSend]));
    let reminder = chat.reminder.as_ref().expect("reminder");
    assert_eq!(reminder.dismiss_on_incoming_message, Some(true));
    assert_eq!(reminder.remind_at.map(|t| t.to_rfc3339()), Some("2025-09-03T08:00:00+00:00".into()));
}
