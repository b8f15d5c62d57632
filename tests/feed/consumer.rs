//! A feed consumer that rebuilds the chats' messages from the items, keeps
//! its data and checkpoint as one committed unit, and counts any message
//! version it was given twice.

use std::collections::{BTreeMap, HashSet};
use std::time::Duration;

use beeper_desktop::feed::{Checkpoint, Feed, FeedError, FeedItem};
use beeper_desktop::types;
use beeper_desktop_fake::FakeDesktop;
use futures::StreamExt;

/// What the consumer knows of one message.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Version {
    pub text: Option<String>,
    pub reactions: Vec<(String, String)>,
    pub edited: Option<String>,
}

impl Version {
    pub fn of(m: &types::Message) -> Self {
        let mut reactions: Vec<(String, String)> =
            m.reactions.iter().map(|r| (r.participant_id.clone(), r.reaction_key.clone())).collect();
        reactions.sort();
        Version { text: m.text.clone(), reactions, edited: m.edited_timestamp.map(|t| t.to_rfc3339()) }
    }
}

/// Per chat: message ID → latest version.
pub type View = BTreeMap<String, BTreeMap<String, Version>>;

/// The consumer's data; cloning it is "committing" it.
#[derive(Clone, Debug, Default)]
pub struct Consumer {
    pub messages: View,
    pub seen: HashSet<(String, Version)>,
    pub duplicates: Vec<String>,
    pub checkpoint: Option<Checkpoint>,
}

impl Consumer {
    pub fn apply(&mut self, item: FeedItem) {
        match item {
            FeedItem::Message { message, change } => {
                if std::env::var("FEED_DEBUG").is_ok() {
                    eprintln!("  got {change:?} {} {:?}", message.id, message.text);
                }
                let version = Version::of(&message);
                if !self.seen.insert((message.id.clone(), version.clone())) {
                    self.duplicates.push(format!("{} {:?}", message.id, version));
                }
                self.messages.entry(message.chat_id.clone()).or_default().insert(message.id.clone(), version);
            }
            FeedItem::MessageDeleted { chat_id, message_id } => {
                if std::env::var("FEED_DEBUG").is_ok() {
                    eprintln!("  got deleted {message_id} in {chat_id}");
                }
                if let Some(chat) = self.messages.get_mut(&chat_id) {
                    chat.remove(&message_id);
                }
            }
            FeedItem::ChatRemoved { chat_id } => {
                self.messages.remove(&chat_id);
            }
            _ => {}
        }
    }

    /// Applies items until the `CaughtUp` covering `ticket`.
    pub async fn drain_until_caught_up(&mut self, feed: &mut Feed, ticket: u64) -> Result<(), String> {
        loop {
            let item = tokio::time::timeout(Duration::from_secs(20), feed.next())
                .await
                .map_err(|_| "no CaughtUp within 20 s".to_owned())?
                .ok_or("the feed ended")?
                .map_err(|e: FeedError| format!("feed error: {e}"))?;
            if let FeedItem::CaughtUp { resync } = item
                && resync >= ticket
            {
                return Ok(());
            }
            self.apply(item);
        }
    }

    /// The non-empty chats, as the consumer has them.
    pub fn view(&self) -> View {
        self.messages.iter().filter(|(_, m)| !m.is_empty()).map(|(k, v)| (k.clone(), v.clone())).collect()
    }

    /// The non-empty chats, as the fake holds them (visible, not deleted).
    pub fn expected(fake: &FakeDesktop, chat_ids: &[String]) -> View {
        chat_ids
            .iter()
            .map(|id| {
                let messages: BTreeMap<String, Version> = fake
                    .messages(id)
                    .iter()
                    .filter(|m| m.is_deleted != Some(true))
                    .map(|m| (m.id.clone(), Version::of(m)))
                    .collect();
                (id.clone(), messages)
            })
            .filter(|(_, m)| !m.is_empty())
            .collect()
    }
}

/// The first difference between two views, for a readable failure.
pub fn difference(got: &View, want: &View) -> Option<String> {
    for (chat, w) in want {
        let g = got.get(chat).cloned().unwrap_or_default();
        for (id, version) in w {
            match g.get(id) {
                None => return Some(format!("{chat}: message {id} missing (want {version:?})")),
                Some(v) if v != version => return Some(format!("{chat}: message {id} is {v:?}, want {version:?}")),
                _ => {}
            }
        }
        if let Some(extra) = g.keys().find(|id| !w.contains_key(*id)) {
            return Some(format!("{chat}: message {extra} should be gone"));
        }
    }
    got.iter()
        .find(|(chat, _)| !want.contains_key(*chat))
        .map(|(chat, messages)| format!("chat {chat} should be empty, holds {:?}", messages.keys().collect::<Vec<_>>()))
}
