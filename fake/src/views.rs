//! How stored chats and messages are shaped for each answer (participant
//! caps, previews, create/update envelopes), always as the generated types.

use std::collections::HashMap;

use beeper_desktop::types;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::ApiError;
use crate::state::{ChatRecord, World};

/// Participants shown per chat by list and search routes.
pub const LISTED_PARTICIPANTS: usize = 20;
/// Participants shown by `GET /v1/chats/{chatID}` unless asked otherwise.
pub const DEFAULT_PARTICIPANTS: usize = 100;

/// The chat with at most `max` participants (`hasMore`/`total` kept true).
pub fn chat(record: &ChatRecord, max: usize) -> types::Chat {
    let mut chat = record.chat.clone();
    let total = chat.participants.items.len();
    if total > max {
        chat.participants.items.truncate(max);
        chat.participants.has_more = true;
    }
    chat.participants.total = total as u64;
    chat
}

/// The chats the `messages` refer to, by chat ID, as message searches send
/// them beside their page.
pub fn chats_of(world: &World, messages: &[types::Message]) -> HashMap<String, types::Chat> {
    messages
        .iter()
        .filter_map(|m| world.chat(&m.chat_id).map(|c| (m.chat_id.clone(), chat(c, LISTED_PARTICIPANTS))))
        .collect()
}

/// Re-shapes one generated type into another through JSON, adding `extra`
/// keys (e.g. `preview`, `chatID`): the wire shapes stay those of the spec.
pub fn reshape<T: DeserializeOwned>(value: &impl Serialize, extra: &[(&str, Value)]) -> Result<T, ApiError> {
    let mut json = serde_json::to_value(value).map_err(internal)?;
    if let Value::Object(map) = &mut json {
        for (k, v) in extra {
            map.insert((*k).to_owned(), v.clone());
        }
    }
    serde_json::from_value(json).map_err(internal)
}

fn internal(e: serde_json::Error) -> ApiError {
    ApiError::new(
        axum::http::StatusCode::INTERNAL_SERVER_ERROR,
        "INTERNAL_ERROR",
        format!("fake could not shape its answer: {e}"),
    )
}

/// A chat-list item: the chat (≤ 20 participants) plus its last message.
pub fn list_item(record: &ChatRecord) -> Result<types::ChatListItem, ApiError> {
    let preview = match record.last_message() {
        Some(m) => serde_json::to_value(m).map_err(internal)?,
        None => Value::Null,
    };
    let chat = chat(record, LISTED_PARTICIPANTS);
    if preview.is_null() { reshape(&chat, &[]) } else { reshape(&chat, &[("preview", preview)]) }
}

/// The answer of chat create/start.
pub fn created(world: &World, chat_id: &str, existed: bool) -> Result<types::ChatCreateResponse, ApiError> {
    let record = world.chat(chat_id).ok_or_else(|| ApiError::not_found("Chat not found"))?;
    let status = if existed { "existing" } else { "created" };
    reshape(&chat(record, DEFAULT_PARTICIPANTS), &[("chatID", Value::from(chat_id)), ("status", Value::from(status))])
}

/// The answer of a message edit.
pub fn updated(message: &types::Message) -> Result<types::MessageUpdateResponse, ApiError> {
    reshape(message, &[("messageID", Value::from(message.id.clone())), ("success", Value::Bool(true))])
}
