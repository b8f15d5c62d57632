//! The feed's vocabulary: the items it yields, the error that ends it, and how far back a new chat starts.

use std::time::Duration;

use crate::events::EventsError;
use crate::{Error, types};

/// One thing that happened in the followed chats.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum FeedItem {
    /// A message is new, or changed (edited, reactions changed, deleted
    /// for everyone is [`FeedItem::MessageDeleted`] instead).
    Message {
        /// The message as the server holds it now.
        message: Box<types::Message>,
        /// New to you, or a new version of one you had.
        change: MessageChange,
    },
    /// A message was deleted (or hidden): drop it.
    MessageDeleted {
        /// Its chat.
        chat_id: String,
        /// Its ID.
        message_id: String,
    },
    /// A followed chat appeared or changed (title, flags, unread state,
    /// participants).
    ChatChanged(Box<types::Chat>),
    /// A followed chat is gone (left or deleted): drop it.
    ChatRemoved {
        /// Its ID.
        chat_id: String,
    },
    /// Everything the server held for the followed chats when the feed
    /// (re)started its catch-up has been delivered.
    CaughtUp {
        /// The highest ticket of [`Feed::resync`](super::Feed::resync) this catch-up covers (0
        /// when none was asked for).
        resync: u64,
    },
    /// The feed cannot currently deliver everything: the socket dropped or
    /// REST failed. It retries on its own after `retry_in`; items may be
    /// late until the next [`FeedItem::CaughtUp`].
    Lagging {
        /// What failed, on one line (never contains the token).
        reason: String,
        /// Failed attempts in a row.
        attempt: u32,
        /// Wait before the next attempt.
        retry_in: Duration,
    },
}

/// Whether a [`FeedItem::Message`] is news or an update.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum MessageChange {
    /// A message you have not been given before.
    New,
    /// A new version (edit, reactions, send status) of one you were given.
    Changed,
}

/// Why a feed could not start, or ended.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FeedError {
    /// The token is missing or was refused (401 or 403). Never retried.
    #[error("the access token was refused (HTTP {status})")]
    Unauthorized {
        /// 401 or 403 (0 when no token is configured).
        status: u16,
    },
    /// A REST request failed in a way waiting does not fix (a rejected
    /// cursor, an answer that does not decode).
    #[error("a feed request failed: {0}")]
    Request(#[source] Error),
    /// The live socket failed in a way waiting does not fix.
    #[error("the live events socket failed: {0}")]
    Events(#[source] EventsError),
    /// The chat selection is not usable (an empty ID, `*` mixed with IDs).
    #[error("invalid chat selection: {0}")]
    InvalidSelection(String),
}

impl FeedError {
    /// The token is missing or was refused.
    pub fn is_unauthorized(&self) -> bool {
        matches!(self, FeedError::Unauthorized { .. })
    }
}

/// In which order a history import yields each chat's old messages; see
/// [`FeedBuilder::history_order`](super::FeedBuilder::history_order).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum HistoryOrder {
    /// Oldest first, in sort-key order (the default). Costs a walk back to
    /// the start of each chat before the walk forward that yields it.
    #[default]
    OldestFirst,
    /// Newest first, in reverse sort-key order: one walk down each chat,
    /// yielding as it goes.
    NewestFirst,
}

/// How far back a chat the feed has not seen before starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Depth {
    Now,
    Last(usize),
    All,
}
