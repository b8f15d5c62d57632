//! Chat routes: list, search, get, create, start, update, archive,
//! read/unread, notify-anyway, reminders.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use beeper_desktop::types::{self, ChatType};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer};

use crate::attachments::draft_from_input;
use crate::auth::{ReadAccess, WriteAccess};
use crate::changes::Change;
use crate::error::{ApiError, ApiResult, Issue};
use crate::extract::{Ids, JsonBody, QueryParams};
use crate::matching::{all_words, chat_matches};
use crate::paging;
use crate::paging::Paged;
use crate::seed::{Network2, blank_chat, blank_message};
use crate::state::{ChatRecord, FakeState, World};
use crate::views;

/// `GET /v1/chats` page size unless `limit` says otherwise.
pub const LIST_DEFAULT_LIMIT: usize = 25;
/// `GET /v1/chats/search` page size unless `limit` says otherwise.
pub const SEARCH_DEFAULT_LIMIT: usize = 50;
/// Largest `limit` of the chat list and chat search.
pub const MAX_LIMIT: i64 = 200;

/// Routes of this area.
pub fn router() -> Router<FakeState> {
    Router::new()
        .route("/v1/chats", get(list_chats).post(create_chat))
        .route("/v1/chats/search", get(search_chats))
        .route("/v1/chats/start", post(start_chat))
        .route("/v1/chats/{chatID}", get(get_chat).patch(update_chat))
        .route("/v1/chats/{chatID}/archive", post(archive_chat))
        .route("/v1/chats/{chatID}/read", post(mark_read))
        .route("/v1/chats/{chatID}/unread", post(mark_unread))
        .route("/v1/chats/{chatID}/notify-anyway", post(notify_anyway))
        .route("/v1/chats/{chatID}/reminders", post(create_reminder).delete(delete_reminder))
}

/// Sort key of the chat lists: newest activity first, then ID.
fn activity_key(record: &ChatRecord) -> (i64, String) {
    (record.chat.last_activity.map(|t| t.timestamp_millis()).unwrap_or(0), record.chat.id.clone())
}

fn encode_activity(kind: &str, key: &(i64, String)) -> String {
    paging::encode(kind, &format!("{}|{}", key.0, key.1))
}

fn decode_activity(text: &str) -> Result<(i64, String), ApiError> {
    text.split_once('|').and_then(|(ms, id)| Some((ms.parse().ok()?, id.to_owned()))).ok_or_else(|| {
        ApiError::invalid("cursor", "invalid_string", "Invalid cursor: pass back a cursor this list returned")
    })
}

/// Chats sorted top first (newest activity), filtered by `keep`.
fn sorted(world: &World, keep: impl Fn(&ChatRecord) -> bool) -> Vec<&ChatRecord> {
    let mut chats: Vec<&ChatRecord> = world.chats.values().filter(|c| keep(c)).collect();
    chats.sort_by_key(|c| std::cmp::Reverse(activity_key(c)));
    chats
}

struct Cut<'w> {
    items: Vec<&'w ChatRecord>,
    has_more: bool,
    oldest: Option<String>,
    newest: Option<String>,
}

fn cut_chats<'w>(
    chats: Vec<&'w ChatRecord>,
    query: &QueryParams,
    kind: &str,
    limit: usize,
) -> Result<Cut<'w>, ApiError> {
    let (cursor, toward) = paging::position(query, kind)?;
    let cursor = cursor.as_deref().map(decode_activity).transpose()?;
    let page = paging::cut(chats, |c| activity_key(c), cursor.as_ref(), toward, limit);
    let oldest = page.items.last().map(|c| encode_activity(kind, &activity_key(c)));
    let newest = page.items.first().map(|c| encode_activity(kind, &activity_key(c)));
    Ok(Cut { items: page.items, has_more: page.has_more, oldest, newest })
}

fn limit(query: &QueryParams, default: usize) -> Result<usize, ApiError> {
    Ok(query.integer("limit", 1, MAX_LIMIT)?.map(|n| n as usize).unwrap_or(default))
}

async fn list_chats(
    _: ReadAccess,
    State(state): State<FakeState>,
    query: QueryParams,
) -> ApiResult<Paged<types::ChatPage>> {
    query.only(&["accountIDs", "cursor", "direction", "limit"])?;
    let limit = limit(&query, LIST_DEFAULT_LIMIT)?;
    let accounts = query.all("accountIDs");
    let world = state.world();
    let chats = sorted(&world, |c| accounts.is_empty() || accounts.contains(&c.chat.account_id.as_str()));
    let cut = cut_chats(chats, &query, "chats", limit)?;
    let items = cut.items.into_iter().map(views::list_item).collect::<Result<_, _>>()?;
    Ok(Paged::new(types::ChatPage {
        items,
        has_more: Some(cut.has_more),
        oldest_cursor: cut.oldest,
        newest_cursor: cut.newest,
    }))
}

async fn search_chats(
    _: ReadAccess,
    State(state): State<FakeState>,
    query: QueryParams,
) -> ApiResult<Paged<types::ChatSearchPage>> {
    query.only(&[
        "query",
        "scope",
        "accountIDs",
        "type",
        "inbox",
        "unreadOnly",
        "includeMuted",
        "labelID",
        "lastActivityAfter",
        "lastActivityBefore",
        "cursor",
        "direction",
        "limit",
    ])?;
    let limit = limit(&query, SEARCH_DEFAULT_LIMIT)?;
    let text = query.non_empty("query")?.unwrap_or("").to_owned();
    // Beeper's document: `scope` defaults to `titles`.
    let scope: types::ChatSearchScope =
        query.parsed("scope", "'titles' | 'participants'")?.unwrap_or(types::ChatSearchScope::Titles);
    let accounts = query.all("accountIDs");
    // The server also takes `any` (both kinds); the client leaves `type` out for that.
    let kind = match query.string("type")? {
        None | Some("any") => None,
        Some("single") => Some(ChatType::Single),
        Some("group") => Some(ChatType::Group),
        Some(other) => {
            return Err(ApiError::invalid(
                "type",
                "invalid_enum_value",
                format!("Invalid enum value for 'type': expected 'single' | 'group' | 'any', received '{other}'"),
            ));
        }
    };
    let inbox: Option<types::InboxFilter> = query.parsed("inbox", "'primary' | 'low-priority' | 'archive'")?;
    let unread_only = query.boolean("unreadOnly")?.unwrap_or(false);
    let include_muted = query.boolean("includeMuted")?.unwrap_or(true);
    let label = query.string("labelID")?;
    let after = query.date_time("lastActivityAfter")?;
    let before = query.date_time("lastActivityBefore")?;
    let world = state.world();
    let chats = sorted(&world, |record| {
        let c = &record.chat;
        let archived = c.is_archived == Some(true);
        let low = c.is_low_priority == Some(true);
        let activity = c.last_activity;
        (text.trim().is_empty() || chat_matches(record, &text, scope))
            && (accounts.is_empty() || accounts.contains(&c.account_id.as_str()))
            && kind.as_ref().is_none_or(|kind| &c.kind == kind)
            && match inbox {
                Some(types::InboxFilter::Primary) => !archived && !low,
                Some(types::InboxFilter::LowPriority) => !archived && low,
                Some(types::InboxFilter::Archive) => archived,
                None => true,
            }
            && (!unread_only || c.unread_count > 0 || c.is_marked_unread == Some(true))
            && (include_muted || c.is_muted != Some(true))
            && label.is_none_or(|l| c.labels.iter().any(|x| x.id == l))
            && after.is_none_or(|t| activity.is_some_and(|a| a > t))
            && before.is_none_or(|t| activity.is_some_and(|a| a < t))
    });
    let cut = cut_chats(chats, &query, "chat-search", limit)?;
    let items = cut.items.into_iter().map(|c| views::chat(c, views::LISTED_PARTICIPANTS)).collect();
    Ok(Paged::new(types::ChatSearchPage {
        items,
        has_more: Some(cut.has_more),
        oldest_cursor: cut.oldest,
        newest_cursor: cut.newest,
    }))
}

async fn get_chat(
    _: ReadAccess,
    State(state): State<FakeState>,
    Ids(chat_id): Ids<String>,
    query: QueryParams,
) -> ApiResult<Json<types::Chat>> {
    query.only(&["maxParticipantCount"])?;
    let max = match query.integer("maxParticipantCount", -1, 500)? {
        None => views::DEFAULT_PARTICIPANTS,
        Some(-1) => usize::MAX,
        Some(n) => n as usize,
    };
    let world = state.world();
    let record = world.chat(&chat_id).ok_or_else(|| ApiError::not_found("Chat not found"))?;
    Ok(Json(views::chat(record, max)))
}

/// Looks a chat up for a change, or 404.
fn chat_mut<'w>(world: &'w mut World, chat_id: &str) -> ApiResult<&'w mut ChatRecord> {
    world.chat_mut(chat_id).ok_or_else(|| ApiError::not_found("Chat not found"))
}

fn served(state: &FakeState, chat_id: &str) -> ApiResult<Json<types::Chat>> {
    let world = state.world();
    let record = world.chat(chat_id).ok_or_else(|| ApiError::not_found("Chat not found"))?;
    Ok(Json(views::chat(record, views::DEFAULT_PARTICIPANTS)))
}

/// Creates a chat on `account_id` with these members (self first), plus an
/// optional first message; returns the new chat's ID.
pub(crate) fn new_chat(
    world: &mut World,
    account_id: &str,
    title: Option<String>,
    kind: ChatType,
    others: Vec<types::User>,
    first_text: Option<String>,
) -> ApiResult<String> {
    let account = world.account(account_id).ok_or_else(|| ApiError::not_found("Account not found"))?.clone();
    let n = world.fresh_id();
    let mut members = vec![account.user.clone()];
    members.extend(others);
    let participants: Vec<types::ChatParticipant> = members
        .iter()
        .enumerate()
        .map(|(i, u)| crate::seed::participant(u, kind == ChatType::Group && i == 0))
        .collect();
    let title = title.or_else(|| match kind {
        ChatType::Single => members.get(1).and_then(|u| u.full_name.clone()),
        _ => Some(members.iter().skip(1).filter_map(|u| u.full_name.clone()).collect::<Vec<_>>().join(", ")),
    });
    let id = format!("!{account_id}-new-{n}:beeper.local");
    let net = Network2 { account_id: account_id.to_owned(), network: account.network.clone().unwrap_or_default() };
    let mut chat = blank_chat(id.clone(), &net, title, kind, participants);
    chat.local_chat_id = Some(n.to_string());
    chat.last_activity = Some(world.next_timestamp());
    world.insert_chat(ChatRecord::new(chat, account_id == "imessage"));
    if let Some(text) = first_text.filter(|t| !t.is_empty()) {
        let record = world.chat(&id).ok_or_else(|| ApiError::not_found("Chat not found"))?;
        let ts = world.last_timestamp;
        let mut m = blank_message(&record.chat, &account.user, true, ts);
        m.text = Some(text);
        world.append_message(m).map_err(ApiError::not_found)?;
    }
    Ok(id)
}

/// The existing direct chat with `user_id` on `account_id`, if any.
fn existing_dm(world: &World, account_id: &str, user_id: &str) -> Option<String> {
    world
        .chats
        .values()
        .filter(|c| c.chat.account_id == account_id && c.chat.kind == ChatType::Single)
        .find(|c| c.chat.participants.items.iter().any(|p| p.id == user_id))
        .map(|c| c.chat.id.clone())
}

fn user_or_stub(world: &World, account_id: &str, id: &str) -> types::User {
    world.contacts.get(account_id).and_then(|cs| cs.iter().find(|u| u.id == id)).cloned().unwrap_or_else(|| {
        types::User {
            id: id.to_owned(),
            cannot_message: None,
            email: None,
            full_name: None,
            img_url: None,
            is_self: None,
            phone_number: None,
            username: None,
        }
    })
}

async fn create_chat(
    _: WriteAccess,
    State(state): State<FakeState>,
    JsonBody(body): JsonBody<types::CreateChatRequest>,
) -> ApiResult<Json<types::ChatCreateResponse>> {
    let mut issues = Vec::new();
    if body.participant_ids.is_empty() {
        issues.push(Issue::at("too_small", "participantIDs must list at least one user", "participantIDs"));
    }
    if body.kind == ChatType::Single && body.participant_ids.len() > 1 {
        issues.push(Issue::at("too_big", "A single chat takes exactly one participant", "participantIDs"));
    }
    if !matches!(body.kind, ChatType::Single | ChatType::Group) {
        issues.push(Issue::at("invalid_enum_value", "type must be 'single' or 'group'", "type"));
    }
    if !issues.is_empty() {
        return Err(ApiError::validation(issues));
    }
    let mut world = state.world();
    world.account(&body.account_id).ok_or_else(|| ApiError::not_found("Account not found"))?;
    if body.kind == ChatType::Single
        && let Some(existing) = existing_dm(&world, &body.account_id, &body.participant_ids[0])
    {
        return Ok(Json(views::created(&world, &existing, true)?));
    }
    let others = body.participant_ids.iter().map(|id| user_or_stub(&world, &body.account_id, id)).collect();
    let id = new_chat(
        &mut world,
        &body.account_id,
        body.title.clone(),
        body.kind.clone(),
        others,
        body.message_text.clone(),
    )?;
    let answer = views::created(&world, &id, false)?;
    drop(world);
    state.publish(Change::ChatUpserted { chat_id: id });
    Ok(Json(answer))
}

async fn start_chat(
    _: WriteAccess,
    State(state): State<FakeState>,
    JsonBody(body): JsonBody<types::StartChatRequest>,
) -> ApiResult<Json<types::ChatCreateResponse>> {
    let u = &body.user;
    if u.id.is_none() && u.email.is_none() && u.phone_number.is_none() && u.username.is_none() && u.full_name.is_none()
    {
        return Err(ApiError::validation(vec![Issue::new(
            "custom",
            "user needs at least one of id, email, phoneNumber, username, fullName",
            vec!["user".into()],
        )]));
    }
    let mut world = state.world();
    world.account(&body.account_id).ok_or_else(|| ApiError::not_found("Account not found"))?;
    let contacts = world.contacts.get(&body.account_id).cloned().unwrap_or_default();
    let found = contacts.into_iter().find(|c| {
        u.id.as_deref().is_some_and(|v| v == c.id)
            || u.email.as_deref().is_some_and(|v| c.email.as_deref() == Some(v))
            || u.phone_number.as_deref().is_some_and(|v| c.phone_number.as_deref() == Some(v))
            || u.username.as_deref().is_some_and(|v| c.username.as_deref() == Some(v.trim_start_matches('@')))
            || (u.id.is_none()
                && u.email.is_none()
                && u.phone_number.is_none()
                && u.username.is_none()
                && u.full_name.as_deref().is_some_and(|v| c.full_name.as_deref().is_some_and(|n| all_words(v, n))))
    });
    let Some(contact) = found else {
        return Err(ApiError::not_found("No user found for these details"));
    };
    if contact.cannot_message == Some(true) && body.allow_invite != Some(true) {
        return Err(ApiError::forbidden("This user cannot be messaged without an invite (set allowInvite)"));
    }
    if let Some(existing) = existing_dm(&world, &body.account_id, &contact.id) {
        return Ok(Json(views::created(&world, &existing, true)?));
    }
    let id = new_chat(&mut world, &body.account_id, None, ChatType::Single, vec![contact], body.message_text.clone())?;
    let answer = views::created(&world, &id, false)?;
    drop(world);
    state.publish(Change::ChatUpserted { chat_id: id });
    Ok(Json(answer))
}

/// `PATCH /v1/chats/{chatID}` body. Decoded here rather than with the
/// client's request type because the server must tell an explicit `null`
/// (clear) from a missing key (keep); field names are the spec's.
#[derive(Debug, Default, Deserialize)]
struct ChatPatch {
    #[serde(default, deserialize_with = "nullable")]
    title: Option<Option<String>>,
    #[serde(default, deserialize_with = "nullable")]
    description: Option<Option<String>>,
    #[serde(default, rename = "imgURL", deserialize_with = "nullable")]
    img_url: Option<Option<String>>,
    #[serde(default, rename = "isArchived")]
    is_archived: Option<bool>,
    #[serde(default, rename = "isLowPriority")]
    is_low_priority: Option<bool>,
    #[serde(default, rename = "isMuted")]
    is_muted: Option<bool>,
    #[serde(default, rename = "isPinned")]
    is_pinned: Option<bool>,
    #[serde(default, rename = "messageExpirySeconds", deserialize_with = "nullable")]
    message_expiry_seconds: Option<Option<i64>>,
    #[serde(default, deserialize_with = "nullable")]
    draft: Option<Option<types::DraftInput>>,
}

/// Present-but-null as `Some(None)`; with `default`, absent stays `None`.
fn nullable<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

async fn update_chat(
    _: WriteAccess,
    State(state): State<FakeState>,
    Ids(chat_id): Ids<String>,
    JsonBody(body): JsonBody<ChatPatch>,
) -> ApiResult<Json<types::Chat>> {
    let id = {
        let mut world = state.world();
        let draft = match &body.draft {
            Some(Some(input)) => Some(Some(draft_from_input(&world, input)?)),
            Some(None) => Some(None),
            None => None,
        };
        let record = chat_mut(&mut world, &chat_id)?;
        let chat = &mut record.chat;
        if let Some(Some(_)) = &draft
            && chat.draft.as_ref().is_some_and(|d| !d.text.is_empty() || !d.attachments.is_empty())
        {
            return Err(ApiError::new(
                StatusCode::CONFLICT,
                "CONFLICT",
                "The chat already has a draft: clear it (draft: null) first",
            ));
        }
        if let Some(v) = body.title {
            chat.title = v;
        }
        if let Some(v) = body.description {
            chat.description = v;
        }
        if let Some(v) = body.img_url {
            chat.img_url = v;
        }
        if let Some(v) = body.message_expiry_seconds {
            if v.is_some_and(|s| s < 0) {
                return Err(ApiError::invalid(
                    "messageExpirySeconds",
                    "too_small",
                    "messageExpirySeconds must not be negative",
                ));
            }
            chat.message_expiry_seconds = v.map(|s| s.unsigned_abs());
        }
        if let Some(v) = body.is_archived {
            chat.is_archived = Some(v);
        }
        if let Some(v) = body.is_low_priority {
            chat.is_low_priority = Some(v);
        }
        if let Some(v) = body.is_muted {
            chat.is_muted = Some(v);
        }
        if let Some(v) = body.is_pinned {
            chat.is_pinned = Some(v);
        }
        if let Some(v) = draft {
            chat.draft = v;
        }
        chat.id.clone()
    };
    state.publish(Change::ChatUpserted { chat_id: id.clone() });
    served(&state, &id)
}

async fn archive_chat(
    _: WriteAccess,
    State(state): State<FakeState>,
    Ids(chat_id): Ids<String>,
    JsonBody(body): JsonBody<types::ArchiveChatRequest>,
) -> ApiResult<StatusCode> {
    let id = {
        let mut world = state.world();
        let record = chat_mut(&mut world, &chat_id)?;
        record.chat.is_archived = Some(body.archived.unwrap_or(true));
        record.chat.id.clone()
    };
    state.publish(Change::ChatUpserted { chat_id: id });
    Ok(StatusCode::NO_CONTENT)
}

/// Index of `message_id` within the chat's messages, or a 404.
fn message_index(world: &World, chat_id: &str, message_id: &str) -> ApiResult<usize> {
    world.message_position(chat_id, message_id).map(|(_, i)| i).ok_or_else(|| ApiError::not_found("Message not found"))
}

async fn mark_read(
    _: WriteAccess,
    State(state): State<FakeState>,
    Ids(chat_id): Ids<String>,
    JsonBody(body): JsonBody<types::MarkChatReadRequest>,
) -> ApiResult<Json<types::Chat>> {
    let (id, changed) = {
        let mut world = state.world();
        let upto = match &body.message_id {
            Some(m) => Some(message_index(&world, &chat_id, m)?),
            None => None,
        };
        let record = chat_mut(&mut world, &chat_id)?;
        let upto = upto.unwrap_or(record.messages().len().saturating_sub(1));
        let mut changed = Vec::new();
        for m in record.messages_mut().iter_mut().take(upto + 1) {
            if m.is_unread == Some(true) {
                m.is_unread = Some(false);
                changed.push(m.id.clone());
            }
        }
        record.chat.unread_count =
            record.messages().iter().filter(|m| m.is_unread == Some(true) && m.is_hidden != Some(true)).count() as u64;
        record.chat.unread_mentions_count = Some(0);
        record.chat.is_marked_unread = Some(false);
        if let Some(m) = record.messages().get(upto) {
            record.chat.last_read_message_sort_key = Some(m.sort_key.clone());
        }
        (record.chat.id.clone(), changed)
    };
    if !changed.is_empty() {
        state.publish(Change::MessageUpserted { chat_id: id.clone(), message_ids: changed });
    }
    state.publish(Change::ChatUpserted { chat_id: id.clone() });
    served(&state, &id)
}

async fn mark_unread(
    _: WriteAccess,
    State(state): State<FakeState>,
    Ids(chat_id): Ids<String>,
    JsonBody(body): JsonBody<types::MarkChatUnreadRequest>,
) -> ApiResult<Json<types::Chat>> {
    let (id, changed) = {
        let mut world = state.world();
        let from = match &body.message_id {
            Some(m) => Some(message_index(&world, &chat_id, m)?),
            None => None,
        };
        let record = chat_mut(&mut world, &chat_id)?;
        let mut changed = Vec::new();
        if let Some(from) = from {
            for m in record.messages_mut().iter_mut().skip(from) {
                if m.is_sender != Some(true) && m.is_unread != Some(true) && m.is_hidden != Some(true) {
                    m.is_unread = Some(true);
                    changed.push(m.id.clone());
                }
            }
            record.chat.unread_count =
                record.messages().iter().filter(|m| m.is_unread == Some(true) && m.is_hidden != Some(true)).count()
                    as u64;
            if from > 0 {
                record.chat.last_read_message_sort_key = Some(record.messages()[from - 1].sort_key.clone());
            }
        }
        record.chat.is_marked_unread = Some(true);
        (record.chat.id.clone(), changed)
    };
    if !changed.is_empty() {
        state.publish(Change::MessageUpserted { chat_id: id.clone(), message_ids: changed });
    }
    state.publish(Change::ChatUpserted { chat_id: id.clone() });
    served(&state, &id)
}

/// A body with no fields: `{}` or nothing.
#[derive(Debug, Default, Deserialize)]
struct NoFields {}

async fn notify_anyway(
    _: WriteAccess,
    State(state): State<FakeState>,
    Ids(chat_id): Ids<String>,
    JsonBody(NoFields {}): JsonBody<NoFields>,
) -> ApiResult<Json<types::Chat>> {
    {
        let world = state.world();
        let record = world.chat(&chat_id).ok_or_else(|| ApiError::not_found("Chat not found"))?;
        if !record.supports_notify_anyway {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                "NOT_SUPPORTED",
                format!(
                    "Notify anyway is not supported on {}",
                    record.chat.network.as_deref().unwrap_or("this network")
                ),
            ));
        }
    }
    served(&state, &chat_id)
}

async fn create_reminder(
    _: WriteAccess,
    State(state): State<FakeState>,
    Ids(chat_id): Ids<String>,
    JsonBody(body): JsonBody<types::CreateReminderRequest>,
) -> ApiResult<StatusCode> {
    let id = {
        let mut world = state.world();
        let record = chat_mut(&mut world, &chat_id)?;
        let remind_at: DateTime<Utc> = body.reminder.remind_at;
        record.chat.reminder = Some(types::ChatReminder {
            remind_at: Some(remind_at),
            dismiss_on_incoming_message: body.reminder.dismiss_on_incoming_message,
        });
        record.chat.id.clone()
    };
    state.publish(Change::ChatUpserted { chat_id: id });
    Ok(StatusCode::NO_CONTENT)
}

async fn delete_reminder(
    _: WriteAccess,
    State(state): State<FakeState>,
    Ids(chat_id): Ids<String>,
) -> ApiResult<StatusCode> {
    let id = {
        let mut world = state.world();
        let record = chat_mut(&mut world, &chat_id)?;
        record.chat.reminder = None;
        record.chat.id.clone()
    };
    state.publish(Change::ChatUpserted { chat_id: id });
    Ok(StatusCode::NO_CONTENT)
}
