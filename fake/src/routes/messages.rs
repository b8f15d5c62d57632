//! Message routes: list, get, send, edit, delete, reactions, search.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use beeper_desktop::types::{self, AttachmentType, MessageType, SendStatusKind};

use crate::attachments::attachment_from_upload;
use crate::auth::{ReadAccess, WriteAccess};
use crate::changes::Change;
use crate::error::{ApiError, ApiResult, Issue};
use crate::extract::{Ids, JsonBody, QueryParams};
use crate::matching::{MessageFilter, SEARCH_DEFAULT_LIMIT, search_page};
use crate::paging;
use crate::paging::{Paged, decode_key};
use crate::seed::{blank_message, reaction};
use crate::state::{FakeState, SentMessage};
use crate::views;

/// Messages per `GET /v1/chats/{chatID}/messages` page (the server picks).
pub const LIST_PAGE_SIZE: usize = 25;
/// Largest `limit` of the message search (Beeper's document: 1 to 20).
pub const SEARCH_MAX_LIMIT: i64 = 20;
/// Longest text a message may carry.
pub const MAX_TEXT_LENGTH: usize = 65_536;

/// Routes of this area.
pub fn router() -> Router<FakeState> {
    Router::new()
        .route("/v1/chats/{chatID}/messages", get(list_messages).post(send_message))
        .route("/v1/chats/{chatID}/messages/{messageID}", get(get_message).put(update_message).delete(delete_message))
        .route("/v1/chats/{chatID}/messages/{messageID}/reactions", post(add_reaction))
        .route("/v1/chats/{chatID}/messages/{messageID}/reactions/{reactionKey}", delete(delete_reaction))
        .route("/v1/messages/search", get(search_messages))
}

async fn list_messages(
    _: ReadAccess,
    State(state): State<FakeState>,
    Ids(chat_id): Ids<String>,
    query: QueryParams,
) -> ApiResult<Paged<types::MessagePage>> {
    query.only(&["cursor", "direction"])?;
    let (cursor, toward) = paging::position(&query, "messages")?;
    let cursor = cursor.as_deref().map(decode_key).transpose()?;
    let world = state.world();
    let record = world.chat(&chat_id).ok_or_else(|| ApiError::not_found("Chat not found"))?;
    let (window, has_more) = record.window(cursor, toward == paging::Toward::Below, LIST_PAGE_SIZE);
    let oldest = window.first().map(|(k, _)| paging::encode("messages", &k.to_string()));
    let newest = window.last().map(|(k, _)| paging::encode("messages", &k.to_string()));
    let items = window.into_iter().map(|(_, m)| m.clone()).collect();
    Ok(Paged::new(types::MessagePage { items, has_more: Some(has_more), oldest_cursor: oldest, newest_cursor: newest }))
}

async fn get_message(
    _: ReadAccess,
    State(state): State<FakeState>,
    Ids((chat_id, message_id)): Ids<(String, String)>,
) -> ApiResult<Json<types::Message>> {
    let world = state.world();
    world.chat(&chat_id).ok_or_else(|| ApiError::not_found("Chat not found"))?;
    world.message(&chat_id, &message_id).cloned().map(Json).ok_or_else(|| ApiError::not_found("Message not found"))
}

async fn send_message(
    _: WriteAccess,
    State(state): State<FakeState>,
    Ids(chat_id): Ids<String>,
    JsonBody(body): JsonBody<types::SendMessageRequest>,
) -> ApiResult<Json<types::MessageSendResponse>> {
    let text = body.text.clone().filter(|t| !t.is_empty());
    if text.is_none() && body.attachment.is_none() {
        return Err(ApiError::validation(vec![Issue::new("custom", "A message needs text or an attachment", vec![])]));
    }
    if text.as_ref().is_some_and(|t| t.chars().count() > MAX_TEXT_LENGTH) {
        return Err(ApiError::invalid(
            "text",
            "too_big",
            format!("String must contain at most {MAX_TEXT_LENGTH} character(s)"),
        ));
    }
    let (real_chat, pending, final_id) = {
        let mut world = state.world();
        let record = world.chat(&chat_id).ok_or_else(|| ApiError::not_found("Chat not found"))?;
        if record.chat.is_read_only == Some(true) {
            return Err(ApiError::forbidden("This chat is read-only"));
        }
        let chat = record.chat.clone();
        let linked = match &body.reply_to_message_id {
            Some(reply) => Some(world.message(&chat.id, reply).map(|m| m.id.clone()).ok_or_else(|| {
                ApiError::invalid("replyToMessageID", "custom", format!("Unknown message '{reply}' in this chat"))
            })?),
            None => None,
        };
        let attachment = match &body.attachment {
            Some(a) => Some(attachment_from_upload(&world, a)?),
            None => None,
        };
        let me = world.self_user(&chat.account_id).cloned().ok_or_else(|| ApiError::not_found("Account not found"))?;
        let ts = world.next_timestamp();
        let mut m = blank_message(&chat, &me, true, ts);
        m.text = text;
        m.linked_message_id = linked;
        m.mentions = Some(Vec::new());
        m.send_status = Some(types::SendStatus {
            status: SendStatusKind::Success,
            timestamp: ts,
            delivered_to_users: chat
                .participants
                .items
                .iter()
                .filter(|p| p.is_self != Some(true))
                .map(|p| p.id.clone())
                .collect(),
            internal_error: None,
            message: None,
            reason: None,
        });
        if let Some(att) = attachment {
            m.kind = Some(match att.kind {
                AttachmentType::Img => MessageType::Image,
                AttachmentType::Video => MessageType::Video,
                AttachmentType::Audio if att.is_voice_note == Some(true) => MessageType::Voice,
                AttachmentType::Audio => MessageType::Audio,
                _ => MessageType::File,
            });
            if let Some(upload) = body.attachment.as_ref().and_then(|a| world.uploads.get(&a.upload_id)).cloned() {
                let asset =
                    crate::state::Asset::new(upload.bytes.clone(), upload.mime_type.clone(), upload.file_name.clone());
                for url in [att.id.clone(), att.src_url.clone()].into_iter().flatten() {
                    world.assets.insert(url, asset.clone());
                }
            }
            m.attachments.push(att);
        }
        let n = world.fresh_id();
        let pending = format!("m{}{n}", ts.timestamp_millis());
        let final_id = world.append_message(m).map_err(ApiError::not_found)?;
        world.pending.insert(pending.clone(), final_id.clone());
        world.sent.push(SentMessage {
            chat_id: chat.id.clone(),
            pending_message_id: pending.clone(),
            message_id: final_id.clone(),
            request: body,
        });
        (chat.id, pending, final_id)
    };
    state.publish(Change::MessageUpserted { chat_id: real_chat.clone(), message_ids: vec![final_id] });
    state.publish(Change::ChatUpserted { chat_id: real_chat.clone() });
    Ok(Json(types::MessageSendResponse { chat_id: real_chat, pending_message_id: pending }))
}

async fn update_message(
    _: WriteAccess,
    State(state): State<FakeState>,
    Ids((chat_id, message_id)): Ids<(String, String)>,
    JsonBody(body): JsonBody<types::UpdateMessageRequest>,
) -> ApiResult<Json<types::MessageUpdateResponse>> {
    if body.text.is_empty() {
        return Err(ApiError::invalid("text", "too_small", "text must not be empty"));
    }
    if body.text.chars().count() > MAX_TEXT_LENGTH {
        return Err(ApiError::invalid(
            "text",
            "too_big",
            format!("String must contain at most {MAX_TEXT_LENGTH} character(s)"),
        ));
    }
    let (real_chat, answer) = {
        let mut world = state.world();
        world.chat(&chat_id).ok_or_else(|| ApiError::not_found("Chat not found"))?;
        let (real_chat, index) =
            world.message_position(&chat_id, &message_id).ok_or_else(|| ApiError::not_found("Message not found"))?;
        let ts = world.next_timestamp();
        let record = world.chats.get_mut(&real_chat).ok_or_else(|| ApiError::not_found("Chat not found"))?;
        let m = &mut record.messages_mut()[index];
        if m.is_sender != Some(true) {
            return Err(ApiError::forbidden("Only your own messages can be edited"));
        }
        if m.is_deleted == Some(true) {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                "MESSAGE_DELETED",
                "A deleted message cannot be edited",
            ));
        }
        if !m.attachments.is_empty() {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                "NOT_SUPPORTED",
                "Messages with attachments cannot be edited",
            ));
        }
        m.text = Some(body.text);
        m.edited_timestamp = Some(ts);
        (real_chat, views::updated(m)?)
    };
    state.publish(Change::MessageUpserted { chat_id: real_chat, message_ids: vec![answer.message_id.clone()] });
    Ok(Json(answer))
}

async fn delete_message(
    _: WriteAccess,
    State(state): State<FakeState>,
    Ids((chat_id, message_id)): Ids<(String, String)>,
    query: QueryParams,
) -> ApiResult<StatusCode> {
    query.only(&["forEveryone"])?;
    let for_everyone = query.boolean("forEveryone")?;
    let (real_chat, id, tombstone) = {
        let mut world = state.world();
        world.chat(&chat_id).ok_or_else(|| ApiError::not_found("Chat not found"))?;
        if world.is_pending_id(&message_id) {
            return Err(ApiError::invalid(
                "messageID",
                "custom",
                "Pending message IDs cannot be deleted; use the final message ID",
            ));
        }
        let (real_chat, index) =
            world.message_position(&chat_id, &message_id).ok_or_else(|| ApiError::not_found("Message not found"))?;
        let record = world.chats.get_mut(&real_chat).ok_or_else(|| ApiError::not_found("Chat not found"))?;
        let m = &mut record.messages_mut()[index];
        // Unset means: for everyone when it is your own message, else just for you.
        let tombstone = for_everyone.unwrap_or(m.is_sender == Some(true));
        if tombstone && m.is_sender != Some(true) {
            return Err(ApiError::forbidden("Only your own messages can be deleted for everyone"));
        }
        let id = m.id.clone();
        if tombstone {
            // The same tombstone as a deletion by another participant.
            record.tombstone(index);
        } else {
            m.is_hidden = Some(true);
            m.is_unread = Some(false);
            record.recount_unread();
        }
        (real_chat, id, tombstone)
    };
    let ids = vec![id];
    state.publish(if tombstone {
        Change::MessageUpserted { chat_id: real_chat.clone(), message_ids: ids }
    } else {
        Change::MessageDeleted { chat_id: real_chat.clone(), message_ids: ids }
    });
    state.publish(Change::ChatUpserted { chat_id: real_chat });
    Ok(StatusCode::NO_CONTENT)
}

async fn add_reaction(
    _: WriteAccess,
    State(state): State<FakeState>,
    Ids((chat_id, message_id)): Ids<(String, String)>,
    JsonBody(body): JsonBody<types::AddReactionRequest>,
) -> ApiResult<Json<types::ReactionAddResponse>> {
    if body.reaction_key.is_empty() {
        return Err(ApiError::invalid("reactionKey", "too_small", "reactionKey must not be empty"));
    }
    let (real_chat, id, transaction) = {
        let mut world = state.world();
        world.chat(&chat_id).ok_or_else(|| ApiError::not_found("Chat not found"))?;
        let (real_chat, index) =
            world.message_position(&chat_id, &message_id).ok_or_else(|| ApiError::not_found("Message not found"))?;
        let transaction = body.transaction_id.clone().unwrap_or_else(|| format!("txn-{}", world.fresh_id()));
        let account = world.chats[&real_chat].chat.account_id.clone();
        let me = world.self_user(&account).map(|u| u.id.clone()).unwrap_or_default();
        let record = world.chats.get_mut(&real_chat).ok_or_else(|| ApiError::not_found("Chat not found"))?;
        let m = &mut record.messages_mut()[index];
        if m.is_deleted == Some(true) {
            return Err(ApiError::new(StatusCode::BAD_REQUEST, "MESSAGE_DELETED", "Cannot react to a deleted message"));
        }
        if !m.reactions.iter().any(|r| r.participant_id == me && r.reaction_key == body.reaction_key) {
            m.reactions.push(reaction(&me, &body.reaction_key));
        }
        (real_chat, m.id.clone(), transaction)
    };
    state.publish(Change::MessageUpserted { chat_id: real_chat.clone(), message_ids: vec![id.clone()] });
    Ok(Json(types::ReactionAddResponse {
        chat_id: real_chat,
        message_id: id,
        reaction_key: body.reaction_key,
        success: true,
        transaction_id: transaction,
    }))
}

async fn delete_reaction(
    _: WriteAccess,
    State(state): State<FakeState>,
    Ids((chat_id, message_id, key)): Ids<(String, String, String)>,
) -> ApiResult<Json<types::ReactionDeleteResponse>> {
    let (real_chat, id) = {
        let mut world = state.world();
        world.chat(&chat_id).ok_or_else(|| ApiError::not_found("Chat not found"))?;
        let (real_chat, index) =
            world.message_position(&chat_id, &message_id).ok_or_else(|| ApiError::not_found("Message not found"))?;
        let account = world.chats[&real_chat].chat.account_id.clone();
        let me = world.self_user(&account).map(|u| u.id.clone()).unwrap_or_default();
        let record = world.chats.get_mut(&real_chat).ok_or_else(|| ApiError::not_found("Chat not found"))?;
        let m = &mut record.messages_mut()[index];
        let before = m.reactions.len();
        m.reactions.retain(|r| !(r.participant_id == me && r.reaction_key == key));
        if m.reactions.len() == before {
            return Err(ApiError::not_found("You have no reaction with this key on this message"));
        }
        (real_chat, m.id.clone())
    };
    state.publish(Change::MessageUpserted { chat_id: real_chat.clone(), message_ids: vec![id.clone()] });
    Ok(Json(types::ReactionDeleteResponse { chat_id: real_chat, message_id: id, reaction_key: key, success: true }))
}

async fn search_messages(
    _: ReadAccess,
    State(state): State<FakeState>,
    query: QueryParams,
) -> ApiResult<Paged<types::MessageSearchPage>> {
    query.only(&[
        "query",
        "accountIDs",
        "chatIDs",
        "chatType",
        "sender",
        "mediaTypes",
        "dateAfter",
        "dateBefore",
        "includeMuted",
        "excludeLowPriority",
        "cursor",
        "direction",
        "limit",
    ])?;
    let limit = query.integer("limit", 1, SEARCH_MAX_LIMIT)?.map(|n| n as usize).unwrap_or(SEARCH_DEFAULT_LIMIT);
    let filter = MessageFilter::from_query(&query)?;
    let world = state.world();
    let page = search_page(&world, &filter, &query, limit)?;
    Ok(Paged::new(types::MessageSearchPage {
        chats: views::chats_of(&world, &page.items),
        has_more: page.has_more,
        items: page.items,
        newest_cursor: page.newest_cursor,
        oldest_cursor: page.oldest_cursor,
    }))
}
