//! Which chats, contacts and messages a search text and its filters match,
//! shared by the list and search routes.

use beeper_desktop::types::{self, AttachmentType, ChatType};

use crate::error::{ApiError, ApiResult};
use crate::extract::QueryParams;
use crate::paging;
use crate::paging::decode_key;
use crate::state::{ChatRecord, World};

/// `GET /v1/messages/search` page size unless `limit` says otherwise.
pub const SEARCH_DEFAULT_LIMIT: usize = 20;

/// Whether every word of `query` occurs in `haystack` (both lower-cased).
pub(crate) fn all_words(query: &str, haystack: &str) -> bool {
    let haystack = haystack.to_lowercase();
    query.to_lowercase().split_whitespace().all(|w| haystack.contains(w))
}

fn participant_names(record: &ChatRecord) -> String {
    record
        .chat
        .participants
        .items
        .iter()
        .filter(|p| p.is_self != Some(true))
        .flat_map(|p| [p.full_name.as_deref(), p.username.as_deref()])
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a chat matches `query` within `scope`.
pub(crate) fn chat_matches(record: &ChatRecord, query: &str, scope: types::ChatSearchScope) -> bool {
    let titles =
        || format!("{} {}", record.chat.title.as_deref().unwrap_or(""), record.chat.network.as_deref().unwrap_or(""));
    match scope {
        types::ChatSearchScope::Titles => all_words(query, &titles()),
        types::ChatSearchScope::Participants => all_words(query, &participant_names(record)),
    }
}

/// The message-search filters, as decoded from the query string.
pub(crate) struct MessageFilter {
    pub text: String,
    accounts: Vec<String>,
    chats: Vec<String>,
    chat_type: Option<ChatType>,
    sender: Option<String>,
    media: Vec<types::MediaTypeFilter>,
    after: Option<chrono::DateTime<chrono::Utc>>,
    before: Option<chrono::DateTime<chrono::Utc>>,
    include_muted: bool,
    exclude_low_priority: bool,
}

impl MessageFilter {
    /// Only a text query, every other filter at its default.
    pub(crate) fn text(text: &str) -> Self {
        Self {
            text: text.to_owned(),
            accounts: Vec::new(),
            chats: Vec::new(),
            chat_type: None,
            sender: None,
            media: Vec::new(),
            after: None,
            before: None,
            include_muted: true,
            exclude_low_priority: true,
        }
    }

    pub(crate) fn from_query(query: &QueryParams) -> ApiResult<Self> {
        let chat_type: Option<String> = query.string("chatType")?.map(str::to_owned);
        let chat_type = match chat_type.as_deref() {
            None => None,
            Some("single") => Some(ChatType::Single),
            Some("group") => Some(ChatType::Group),
            Some(other) => {
                return Err(ApiError::invalid(
                    "chatType",
                    "invalid_enum_value",
                    format!("Invalid enum value for 'chatType': expected 'single' | 'group', received '{other}'"),
                ));
            }
        };
        Ok(Self {
            text: query.string("query")?.unwrap_or("").to_owned(),
            accounts: query.all("accountIDs").into_iter().map(str::to_owned).collect(),
            chats: query.all("chatIDs").into_iter().map(str::to_owned).collect(),
            chat_type,
            sender: query.string("sender")?.map(str::to_owned),
            media: query.parsed_all("mediaTypes", "'any' | 'video' | 'image' | 'link' | 'file'")?,
            after: query.date_time("dateAfter")?,
            before: query.date_time("dateBefore")?,
            include_muted: query.boolean("includeMuted")?.unwrap_or(true),
            exclude_low_priority: query.boolean("excludeLowPriority")?.unwrap_or(true),
        })
    }

    fn media_matches(&self, m: &types::Message) -> bool {
        use types::MediaTypeFilter as F;
        self.media.is_empty()
            || self.media.iter().any(|f| match f {
                F::Any => !m.attachments.is_empty() || !m.links.is_empty(),
                F::Image => m.attachments.iter().any(|a| a.kind == AttachmentType::Img),
                F::Video => m.attachments.iter().any(|a| a.kind == AttachmentType::Video),
                F::Link => !m.links.is_empty(),
                F::File => {
                    m.attachments.iter().any(|a| matches!(a.kind, AttachmentType::Unknown | AttachmentType::Audio))
                }
            })
    }

    /// Matching messages across all chats, newest first.
    pub(crate) fn apply<'w>(&self, world: &'w World) -> Vec<(u64, &'w types::Message)> {
        let mut out = Vec::new();
        for record in world.chats.values() {
            let c = &record.chat;
            if (!self.accounts.is_empty() && !self.accounts.contains(&c.account_id))
                || (!self.chats.is_empty()
                    && !self.chats.iter().any(|id| *id == c.id || c.local_chat_id.as_deref() == Some(id)))
                || self.chat_type.as_ref().is_some_and(|t| *t != c.kind)
                || (!self.include_muted && c.is_muted == Some(true))
                || (self.exclude_low_priority && c.is_low_priority == Some(true))
            {
                continue;
            }
            for (key, m) in record.visible() {
                if m.is_deleted == Some(true)
                    || self.after.is_some_and(|t| m.timestamp <= t)
                    || self.before.is_some_and(|t| m.timestamp >= t)
                    || !self.media_matches(m)
                {
                    continue;
                }
                let sender_ok = match self.sender.as_deref() {
                    None => true,
                    Some("me") => m.is_sender == Some(true),
                    Some("others") => m.is_sender != Some(true),
                    Some(id) => m.sender_id == id,
                };
                let text_ok = self.text.trim().is_empty()
                    || m.text.as_deref().is_some_and(|t| all_words(&self.text, &crate::text::plain(t)));
                if sender_ok && text_ok {
                    out.push((key, m));
                }
            }
        }
        out.sort_by_key(|(k, _)| std::cmp::Reverse(*k));
        out
    }
}

/// One page of message-search results (newest first).
pub(crate) fn search_page(
    world: &World,
    filter: &MessageFilter,
    query: &QueryParams,
    limit: usize,
) -> ApiResult<types::MessagePage> {
    let (cursor, toward) = paging::position(query, "message-search")?;
    let cursor = cursor.as_deref().map(decode_key).transpose()?;
    let page = paging::cut(filter.apply(world), |(k, _)| *k, cursor.as_ref(), toward, limit);
    let oldest = page.items.last().map(|(k, _)| paging::encode("message-search", &k.to_string()));
    let newest = page.items.first().map(|(k, _)| paging::encode("message-search", &k.to_string()));
    let items = page.items.into_iter().map(|(_, m)| m.clone()).collect();
    Ok(types::MessagePage { items, has_more: Some(page.has_more), oldest_cursor: oldest, newest_cursor: newest })
}
