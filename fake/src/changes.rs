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

/// A change as the `/v1/ws` route receives it: with the verdict of
/// [`LiveFaults`](crate::LiveFaults), taken when the change was published so
/// that a test's `lose_next(n)` followed by `n` changes loses exactly those,
/// however late the socket task gets to them.
#[derive(Clone, Debug)]
pub struct Published {
    /// The change.
    pub change: Change,
    /// Whether the socket must not send it.
    pub lost: bool,
}

/// The sending side, shared by all routes.
#[derive(Clone, Debug)]
pub struct Changes {
    sender: broadcast::Sender<Change>,
    sockets: broadcast::Sender<Published>,
}

impl Default for Changes {
    fn default() -> Self {
        Self { sender: broadcast::channel(CHANNEL_CAPACITY).0, sockets: broadcast::channel(CHANNEL_CAPACITY).0 }
    }
}

impl Changes {
    /// Publishes a change; having no subscriber is fine.
    pub fn publish(&self, change: Change) {
        self.publish_marked(change, false);
    }

    /// Publishes a change, telling the sockets whether to lose it.
    pub fn publish_marked(&self, change: Change, lost: bool) {
        let _ = self.sockets.send(Published { change: change.clone(), lost });
        let _ = self.sender.send(change);
    }

    /// A new subscriber that sees every change published from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<Change> {
        self.sender.subscribe()
    }

    /// A new socket-side subscriber: every change from now on, with its
    /// loss verdict.
    pub fn subscribe_marked(&self) -> broadcast::Receiver<Published> {
        self.sockets.subscribe()
    }
}
