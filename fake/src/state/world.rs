//! The fake's data: accounts, contacts, chats and their messages, uploads,
//! assets, sent messages and the per-area records.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use beeper_desktop::types;
use bytes::Bytes;
use chrono::{DateTime, Duration, Utc};

use crate::state::asset::Asset;

/// A file received by one of the upload routes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Upload {
    /// The ID handed back as `uploadID`.
    pub upload_id: String,
    /// The content.
    pub bytes: Bytes,
    /// File name given (or generated).
    pub file_name: String,
    /// MIME type given (or sniffed).
    pub mime_type: String,
}

/// A message the client sent through `POST /v1/chats/{chatID}/messages`,
/// as the fake recorded it.
#[derive(Clone, Debug, PartialEq)]
pub struct SentMessage {
    /// The chat it was sent to.
    pub chat_id: String,
    /// The pending ID answered to the client.
    pub pending_message_id: String,
    /// The final ID `get_message` resolves the pending ID to.
    pub message_id: String,
    /// The request body as decoded.
    pub request: types::SendMessageRequest,
}

/// One chat and its messages.
///
/// The messages are shared copy-on-write between fakes started from the
/// same seed, so starting a fake does not copy thousands of messages; the
/// first change to a chat's messages copies that chat's list only.
#[derive(Clone, Debug)]
pub struct ChatRecord {
    /// The chat as served (all participants, not capped).
    pub chat: types::Chat,
    /// Messages in ascending sort-key order.
    messages: Arc<Vec<types::Message>>,
    /// Numeric sort keys, parallel to `messages`.
    keys: Arc<Vec<u64>>,
    /// Whether `notify-anyway` works here (the iMessage-style account).
    pub supports_notify_anyway: bool,
}

impl ChatRecord {
    /// A chat without messages.
    pub fn new(chat: types::Chat, supports_notify_anyway: bool) -> Self {
        Self { chat, messages: Arc::default(), keys: Arc::default(), supports_notify_anyway }
    }

    /// Every message (hidden ones included), ascending.
    pub fn messages(&self) -> &[types::Message] {
        &self.messages
    }

    /// The messages for changing them in place (not their order or sort
    /// keys: add messages through the routes or `FakeDesktop` helpers).
    pub fn messages_mut(&mut self) -> &mut [types::Message] {
        Arc::make_mut(&mut self.messages).as_mut_slice()
    }

    /// Appends a message with numeric sort key `key` (larger than any before).
    pub(crate) fn push(&mut self, key: u64, message: types::Message) {
        Arc::make_mut(&mut self.keys).push(key);
        Arc::make_mut(&mut self.messages).push(message);
    }

    /// Messages that are not hidden (deleted for this user), ascending.
    pub fn visible(&self) -> impl DoubleEndedIterator<Item = (u64, &types::Message)> {
        self.keys.iter().copied().zip(self.messages.iter()).filter(|(_, m)| m.is_hidden != Some(true))
    }

    /// The newest visible message.
    pub fn last_message(&self) -> Option<&types::Message> {
        self.visible().next_back().map(|(_, m)| m)
    }

    /// Up to `limit` visible messages next to sort key `cursor` (newest when
    /// `None`), ascending, and whether more lie beyond them. `older` picks
    /// the side: keys below the cursor, else above it.
    pub fn window(&self, cursor: Option<u64>, older: bool, limit: usize) -> (Vec<(u64, &types::Message)>, bool) {
        let visible = |i: &usize| self.messages[*i].is_hidden != Some(true);
        let mut picked: Vec<usize> = match (cursor, older) {
            (None, _) => (0..self.keys.len()).rev().filter(visible).take(limit + 1).collect(),
            (Some(k), true) => {
                (0..self.keys.partition_point(|x| *x < k)).rev().filter(visible).take(limit + 1).collect()
            }
            (Some(k), false) => {
                (self.keys.partition_point(|x| *x <= k)..self.keys.len()).filter(visible).take(limit + 1).collect()
            }
        };
        let has_more = picked.len() > limit;
        picked.truncate(limit);
        picked.sort_unstable();
        (picked.into_iter().map(|i| (self.keys[i], &self.messages[i])).collect(), has_more)
    }

    /// Index of the message with this final ID.
    pub fn position(&self, message_id: &str) -> Option<usize> {
        self.messages.iter().rposition(|m| m.id == message_id)
    }

    /// Deletes the message at `index` for everyone, as `DELETE
    /// /v1/chats/{chatID}/messages/{messageID}` does: it stays in place as a
    /// tombstone (`isDeleted`, no text, attachments, links or reactions).
    /// Updates the chat's unread count.
    pub(crate) fn tombstone(&mut self, index: usize) {
        let m = &mut self.messages_mut()[index];
        m.is_deleted = Some(true);
        m.text = None;
        m.attachments.clear();
        m.links.clear();
        m.reactions.clear();
        self.recount_unread();
    }

    /// Recomputes the unread count from the visible unread messages.
    pub(crate) fn recount_unread(&mut self) {
        self.chat.unread_count =
            self.messages.iter().filter(|m| m.is_unread == Some(true) && m.is_hidden != Some(true)).count() as u64;
    }
}

/// Everything the fake knows. Reach it through
/// [`FakeState::world`](crate::state::FakeState::world).
#[derive(Clone, Debug, Default)]
pub struct World {
    /// Connected accounts, in listing order.
    pub accounts: Vec<types::Account>,
    /// Contacts per account ID, in listing order (by name).
    pub contacts: BTreeMap<String, Vec<types::User>>,
    /// Chat labels.
    pub labels: Vec<types::Label>,
    /// Chats by ID.
    pub chats: HashMap<String, ChatRecord>,
    /// Uploads by upload ID.
    pub uploads: HashMap<String, Upload>,
    /// Servable assets by URL (`mxc://`, `localmxc://`, `file://`).
    pub assets: HashMap<String, Asset>,
    /// Messages sent through the API, oldest first.
    pub sent: Vec<SentMessage>,
    /// Login sessions of the bridges area.
    pub bridges: crate::state::bridges::BridgeWorld,
    /// Sign-in, recovery key and verifications of the app-setup area.
    pub setup: crate::state::setup::SetupWorld,
    /// Installation-local chat ID → chat ID.
    pub(crate) local_ids: HashMap<String, String>,
    /// Pending message ID → final message ID.
    pub(crate) pending: HashMap<String, String>,
    pub(crate) next_sort_key: u64,
    pub(crate) next_id: u64,
    pub(crate) last_timestamp: DateTime<Utc>,
}

impl World {
    /// The chat with this ID or installation-local ID.
    pub fn chat(&self, id: &str) -> Option<&ChatRecord> {
        self.chats.get(id).or_else(|| self.local_ids.get(id).and_then(|real| self.chats.get(real)))
    }

    /// Mutable [`chat`](Self::chat).
    pub fn chat_mut(&mut self, id: &str) -> Option<&mut ChatRecord> {
        let real = if self.chats.contains_key(id) { id.to_owned() } else { self.local_ids.get(id)?.clone() };
        self.chats.get_mut(&real)
    }

    /// The account with this ID.
    pub fn account(&self, id: &str) -> Option<&types::Account> {
        self.accounts.iter().find(|a| a.account_id == id)
    }

    /// The signed-in user of an account.
    pub fn self_user(&self, account_id: &str) -> Option<&types::User> {
        self.account(account_id).map(|a| &a.user)
    }

    /// Resolves a final, pending or local message ID within a chat to the
    /// message's index. Hidden messages are not found.
    pub fn message_position(&self, chat_id: &str, message_id: &str) -> Option<(String, usize)> {
        let real_chat = self.chat(chat_id)?.chat.id.clone();
        let final_id = self.pending.get(message_id).map(String::as_str).unwrap_or(message_id);
        let record = self.chats.get(&real_chat)?;
        let index = record.position(final_id)?;
        (record.messages[index].is_hidden != Some(true)).then_some((real_chat, index))
    }

    /// The message with this (final or pending) ID in this chat.
    pub fn message(&self, chat_id: &str, message_id: &str) -> Option<&types::Message> {
        let (chat, index) = self.message_position(chat_id, message_id)?;
        self.chats.get(&chat).map(|c| &c.messages()[index])
    }

    /// Whether `id` is a pending ID the fake handed out.
    pub fn is_pending_id(&self, id: &str) -> bool {
        self.pending.contains_key(id)
    }

    /// A fresh numeric ID, unique within this world.
    pub(crate) fn fresh_id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    /// A timestamp after every existing one (wall clock when it is later).
    pub(crate) fn next_timestamp(&mut self) -> DateTime<Utc> {
        let now = Utc::now();
        let ts = if now > self.last_timestamp { now } else { self.last_timestamp + Duration::milliseconds(1) };
        self.last_timestamp = ts;
        ts
    }

    /// Appends a message to its chat (ID, sort key and timestamp filled in
    /// when empty), updating the chat's activity and unread count.
    pub(crate) fn append_message(&mut self, mut message: types::Message) -> Result<String, String> {
        let chat_id = self.chat(&message.chat_id).map(|c| c.chat.id.clone()).ok_or("unknown chat")?;
        message.chat_id = chat_id.clone();
        if message.id.is_empty() {
            message.id = self.fresh_id().to_string();
        }
        self.next_sort_key += 1;
        let key = self.next_sort_key;
        message.sort_key = key.to_string().into();
        if message.timestamp <= self.last_timestamp {
            message.timestamp = self.next_timestamp();
        } else {
            self.last_timestamp = message.timestamp;
        }
        let id = message.id.clone();
        let record = self.chats.get_mut(&chat_id).ok_or("unknown chat")?;
        record.chat.last_activity = Some(message.timestamp);
        if message.is_sender == Some(true) {
            record.chat.unread_count = 0;
            record.chat.is_marked_unread = Some(false);
            record.chat.last_read_message_sort_key = Some(key.to_string().into());
        } else {
            record.chat.unread_count += 1;
            if record.chat.reminder.as_ref().is_some_and(|r| r.dismiss_on_incoming_message == Some(true)) {
                record.chat.reminder = None;
            }
        }
        record.push(key, message);
        Ok(id)
    }

    /// Inserts a chat (replacing one with the same ID).
    pub(crate) fn insert_chat(&mut self, record: ChatRecord) {
        if let Some(local) = &record.chat.local_chat_id {
            self.local_ids.insert(local.clone(), record.chat.id.clone());
        }
        self.chats.insert(record.chat.id.clone(), record);
    }
}
