//! State changes published on a broadcast channel (the feed a WebSocket
//! events route forwards to its subscribers).

use tokio::sync::broadcast;

/// One change to the fake's state. Every route that changes state publishes
/// one or more of these after the change is applied.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Change {
    /// A chat was created or any of its fields changed (including its
    /// preview, unread count or last activity).
    ChatUpserted {
        /// The chat's ID.
        chat_id: String,
    },
    /// A chat was removed.
    ChatDeleted {
        /// The chat's ID.
        chat_id: String,
    },
    /// Messages were added or changed (sent, received, edited, reacted to,
    /// deleted for everyone).
    MessageUpserted {
        /// The chat holding the messages.
        chat_id: String,
        /// IDs of the messages.
        message_ids: Vec<String>,
    },
    /// Messages were removed from view (deleted for this user only).
    MessageDeleted {
        /// The chat that held the messages.
        chat_id: String,
        /// IDs of the messages.
        message_ids: Vec<String>,
    },
}

/// How many changes a slow subscriber may fall behind before it sees
/// `RecvError::Lagged`.
pub const CHANNEL_CAPACITY: usize = 1024;

/// The sending side, shared by all routes.
#[derive(Clone, Debug)]
pub struct Changes {
    sender: broadcast::Sender<Change>,
}

impl Default for Changes {
    fn default() -> Self {
        Self { sender: broadcast::channel(CHANNEL_CAPACITY).0 }
    }
}

impl Changes {
    /// Publishes a change; having no subscriber is fine.
    pub fn publish(&self, change: Change) {
        let _ = self.sender.send(change);
    }

    /// A new subscriber that sees every change published from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<Change> {
        self.sender.subscribe()
    }
}
