//! A resumable message feed: every message of the followed chats, once, in order, from where you left off.
//!
//! Needs the `feed` cargo feature (which enables `events`). Start with
//! [`Client::feed`]:
//!
//! ```no_run
//! # async fn run(stored: Option<beeper_desktop::feed::Checkpoint>) -> Result<(), Box<dyn std::error::Error>> {
//! use beeper_desktop::feed::FeedItem;
//! use futures::TryStreamExt;
//!
//! let client = beeper_desktop::Client::from_env()?;
//! let start = client.feed().chats(["*"]);
//! let start = match stored {
//!     Some(checkpoint) => start.resume(checkpoint),
//!     None => start.with_history(50),
//! };
//! let mut feed = start.start().await?;
//! while let Some(item) = feed.try_next().await? {
//!     match item {
//!         FeedItem::Message { message, .. } => println!("{}: {:?}", message.chat_id, message.text),
//!         FeedItem::MessageDeleted { chat_id, message_id } => println!("{chat_id}: {message_id} deleted"),
//!         FeedItem::CaughtUp { .. } => println!("up to date"),
//!         _ => {}
//!     }
//!     // Store this in the same transaction as what you did with the item.
//!     let _checkpoint = feed.checkpoint();
//! }
//! # Ok(())
//! # }
//! ```
//!
//! # How it works
//!
//! The live socket ([`Client::events`]) brings changes within milliseconds;
//! REST fills every gap. A *catch-up* walks each followed chat's messages
//! with `direction=after` from the position the feed holds (an opaque
//! cursor from an earlier page, never a timestamp, so history that a bridge
//! backfills later is found as long as it sorts after that position), then
//! reads the newest [`window`](FeedBuilder::window) messages again to find
//! edits, reactions and deletions. A catch-up runs at start, after every
//! reconnect, after a `seq` gap, a malformed or unknown frame or any other
//! sign of loss, and every [`sweep_interval`](FeedBuilder::sweep_interval)
//! as a safety net (default 60 s). Without the socket (an old Desktop, or
//! [`live(false)`](FeedBuilder::live)) the feed runs the same catch-up
//! every [`poll_interval`](FeedBuilder::poll_interval) (default 5 s).
//!
//! # History import: order and cost
//!
//! A chat imported whole (by [`with_all_history`](FeedBuilder::with_all_history),
//! or a chat that appears later or that a resumed checkpoint does not
//! know) comes in the [`HistoryOrder`] set with
//! [`history_order`](FeedBuilder::history_order):
//!
//! - [`HistoryOrder::OldestFirst`] (the default): in sort-key order. No
//!   cursor "before the first message" exists, so the feed first walks the
//!   chat back to its start without yielding, then forward from there,
//!   yielding: every page is read twice (about 2.1× the work of a plain
//!   `list_messages` walk, see BENCHMARKS.md).
//! - [`HistoryOrder::NewestFirst`]: one walk down the chat, each page
//!   yielded newest first as it is read; the position at the top is taken
//!   when the import begins, and messages that arrive meanwhile come after
//!   the history, in sort-key order, by the forward catch-up. About the
//!   work of a plain walk. A checkpoint taken during the import holds its
//!   position (the lowest sort key handed out and the cursor of its page);
//!   a feed resumed from it goes on strictly below that key, so nothing is
//!   yielded twice and nothing is skipped.
//!
//! Either way the newest [`window`](FeedBuilder::window) messages of the
//! chat are remembered when the import ends, and a catch-up of a chat the
//! feed already follows is one forward walk from its position plus the
//! window's rescan.
//!
//! # Guarantees
//!
//! Each of these is checked by the crate's tests (`tests/feed/`), including
//! a randomized test that runs hundreds of seeded schedules of messages,
//! edits, reactions, deletions, late history, own sends, dropped and lossy
//! sockets, REST failures and consumer restarts against the fake Desktop.
//!
//! - **No loss.** After [`FeedItem::CaughtUp`], every message the server
//!   held for the followed chats when that catch-up began (within the
//!   chosen start) has been yielded at least once in its latest version,
//!   and every deletion of a message yielded before has been reported.
//!   Changes to messages older than the window are found only by the live
//!   socket: if the socket misses such a change, no catch-up sees it.
//!   A change the socket reports is read again over REST before it is
//!   yielded (a frame can be older than what REST already gave), so an
//!   older version never follows a newer one.
//! - **No duplicates.** The same version of a message (same ID, text,
//!   attachments, reactions, edit and deletion state) is not yielded twice,
//!   neither within a run nor after resuming from a checkpoint taken after
//!   it was yielded (for a message older than the window, which the feed
//!   no longer remembers, a change the socket reports twice is yielded
//!   twice). A message whose send is still pending (`sendStatus`
//!   `PENDING`) is not yielded; it appears once, under its final ID, when
//!   the send is confirmed.
//! - **Order.** New messages of one chat come in sort-key order. The one
//!   exception: a message the live socket lost without any sign arrives
//!   with the next catch-up, after newer ones. History imported whole
//!   comes in the [`HistoryOrder`] chosen with
//!   [`history_order`](FeedBuilder::history_order): oldest first (the
//!   default: each chat's history in sort-key order) or newest first (in
//!   reverse sort-key order, then the messages that arrived meanwhile in
//!   sort-key order). Chats are imported one after the other.
//! - **Bounded memory.** Per followed chat the feed keeps its position and
//!   a window of the newest [`DEFAULT_WINDOW`] messages yielded (sort key,
//!   ID, 64-bit fingerprint), plus messages yielded live since the last
//!   catch-up (a catch-up is started when they outnumber twice the
//!   window). Nothing grows with the length of the history: about
//!   `window × (ID + sort-key length + 40)` bytes per chat in memory; see
//!   [`Checkpoint`] for the stored size. One REST page is held at a time,
//!   except [`with_history(n)`](FeedBuilder::with_history), which holds up
//!   to `n` messages of one chat while importing them.
//! - **Failures.** A refused token (401/403) ends the feed with
//!   [`FeedError::Unauthorized`]. Transient failures (server errors,
//!   timeouts, a dropped socket) are retried with exponential backoff, and
//!   each failed attempt is reported as a [`FeedItem::Lagging`] item, so a
//!   feed that keeps failing says so instead of going silent.
//!
//! # Exactly-once processing
//!
//! [`Feed::checkpoint`] describes exactly the items handed out so far.
//! Store your data and the checkpoint in one transaction; after a crash,
//! resume from the stored checkpoint: whatever was not committed is
//! yielded again, whatever was committed is not. The `mirror` example does
//! this with SQLite.
//!
//! # Compared with the events stream
//!
//! [`Client::events`] is the raw socket: at most once, no replay,
//! `Reconnected { missed }` and `SeqGap` leave the re-sync to you. The
//! feed is built on it and does that re-sync, the deduplication and the
//! bookkeeping of positions.

mod checkpoint;
mod engine;
mod item;
mod state;

use std::collections::BTreeSet;
use std::pin::Pin;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use futures::future::BoxFuture;
use futures::{FutureExt, Stream};

pub use checkpoint::{CHECKPOINT_VERSION, Checkpoint};
pub use item::{FeedError, FeedItem, HistoryOrder, MessageChange};

use crate::Client;
use crate::events::ReconnectPolicy;
use engine::{Config, Engine, Resync, Selection};
use item::Depth;
use state::FeedState;

/// Messages per chat whose versions the feed remembers, and that every
/// catch-up reads again for edits, reactions and deletions.
pub const DEFAULT_WINDOW: usize = 32;
/// How often a live feed runs a full catch-up anyway.
pub const DEFAULT_SWEEP_INTERVAL: Duration = Duration::from_secs(60);
/// How often a feed without the socket polls.
pub const DEFAULT_POLL_INTERVAL: Duration = Duration::from_secs(5);

/// Settings of a feed; from [`Client::feed`].
#[derive(Debug)]
#[must_use = "nothing happens until `start` is awaited"]
pub struct FeedBuilder<'a> {
    client: &'a Client,
    selection: Result<Selection, String>,
    resume: Option<Checkpoint>,
    depth: Depth,
    order: HistoryOrder,
    window: usize,
    sweep_interval: Duration,
    poll_interval: Duration,
    live: bool,
    backoff: (Duration, Duration),
    reconnect: ReconnectPolicy,
    events_url: Option<String>,
}

impl Client {
    /// Starts building a [`Feed`]; see the [`feed`](crate::feed) module.
    /// Follows every chat from now on unless told otherwise.
    pub fn feed(&self) -> FeedBuilder<'_> {
        FeedBuilder {
            client: self,
            selection: Ok(Selection::All),
            resume: None,
            depth: Depth::Now,
            order: HistoryOrder::OldestFirst,
            window: DEFAULT_WINDOW,
            sweep_interval: DEFAULT_SWEEP_INTERVAL,
            poll_interval: DEFAULT_POLL_INTERVAL,
            live: true,
            backoff: (Duration::from_millis(500), Duration::from_secs(30)),
            reconnect: ReconnectPolicy::default(),
            events_url: None,
        }
    }
}

impl<'a> FeedBuilder<'a> {
    /// The chats to follow: `["*"]` for every chat (the default, including
    /// chats created later), or these chat IDs.
    pub fn chats<I, S>(mut self, chat_ids: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let ids: BTreeSet<String> = chat_ids.into_iter().map(|s| s.into().trim().to_owned()).collect();
        self.selection = if ids.iter().any(String::is_empty) {
            Err("a chat ID is empty".into())
        } else if ids.contains("*") && ids.len() > 1 {
            Err("`*` cannot be combined with specific chat IDs".into())
        } else if ids.contains("*") {
            Ok(Selection::All)
        } else if ids.is_empty() {
            Err("no chat to follow".into())
        } else {
            Ok(Selection::Chats(ids))
        };
        self
    }

    /// Follow every chat of these accounts (including chats created later).
    pub fn accounts<I, S>(mut self, account_ids: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let ids: BTreeSet<String> = account_ids.into_iter().map(Into::into).collect();
        self.selection = if ids.is_empty() { Err("no account to follow".into()) } else { Ok(Selection::Accounts(ids)) };
        self
    }

    /// Go on from a stored checkpoint. Chats it does not know (new since,
    /// or newly selected) are imported whole.
    pub fn resume(mut self, checkpoint: Checkpoint) -> Self {
        self.resume = Some(checkpoint);
        self
    }

    /// Only what happens from now on (the default without a checkpoint).
    pub fn from_now(mut self) -> Self {
        self.depth = Depth::Now;
        self
    }

    /// Start with the last `n` messages of each chat.
    pub fn with_history(mut self, n: usize) -> Self {
        self.depth = if n == 0 { Depth::Now } else { Depth::Last(n) };
        self
    }

    /// Start with every message of each chat, oldest first unless
    /// [`history_order`](Self::history_order) says newest first. Oldest
    /// first costs one extra backward walk per chat to find its start.
    pub fn with_all_history(mut self) -> Self {
        self.depth = Depth::All;
        self
    }

    /// In which order chats imported whole (by
    /// [`with_all_history`](Self::with_all_history), or found later: new
    /// chats, chats a checkpoint does not know) yield their history.
    ///
    /// [`HistoryOrder::OldestFirst`] (the default) yields each chat's
    /// history in sort-key order, at the cost of a walk back to the start
    /// of the chat before the walk forward that yields it.
    /// [`HistoryOrder::NewestFirst`] walks each chat down once and yields
    /// its history newest first, as it reads it; messages that arrive
    /// while it runs come after the history, in sort-key order. A
    /// checkpoint taken during such an import holds its position, and a
    /// resumed feed goes on strictly below it (whatever order the resumed
    /// builder asks for). [`with_history(n)`](Self::with_history) is always
    /// oldest first.
    pub fn history_order(mut self, order: HistoryOrder) -> Self {
        self.order = order;
        self
    }

    /// Messages per chat remembered for deduplication and read again by
    /// every catch-up (default [`DEFAULT_WINDOW`], at least 1).
    pub fn window(mut self, messages: usize) -> Self {
        self.window = messages.max(1);
        self
    }

    /// How often a live feed runs a full catch-up anyway (default 60 s).
    pub fn sweep_interval(mut self, interval: Duration) -> Self {
        self.sweep_interval = interval.max(Duration::from_millis(10));
        self
    }

    /// How often a feed without the socket polls (default 5 s).
    pub fn poll_interval(mut self, interval: Duration) -> Self {
        self.poll_interval = interval.max(Duration::from_millis(10));
        self
    }

    /// Use the live socket (default) or REST polling only.
    pub fn live(mut self, live: bool) -> Self {
        self.live = live;
        self
    }

    /// Wait after the first failed request, doubling up to `max` (default
    /// 500 ms to 30 s).
    pub fn backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.backoff = (initial, max.max(initial));
        self
    }

    /// How the live socket reconnects (see [`ReconnectPolicy`]).
    pub fn reconnect(mut self, policy: ReconnectPolicy) -> Self {
        self.reconnect = policy;
        self
    }

    /// Socket URL instead of asking `/v1/info` (see
    /// [`EventsBuilder::url`](crate::events::EventsBuilder::url)).
    pub fn events_url(mut self, url: impl Into<String>) -> Self {
        self.events_url = Some(url.into());
        self
    }

    /// Connects the live socket (unless [`live(false)`](Self::live)) and
    /// returns the feed; the first catch-up runs as items are read. A
    /// refused token is an error here; a Desktop without the socket, or a
    /// socket that cannot be reached right now, leaves the feed polling
    /// (the latter retried at every sweep).
    pub async fn start(self) -> Result<Feed, FeedError> {
        let selection = self.selection.map_err(FeedError::InvalidSelection)?;
        if !self.client.has_access_token() {
            return Err(FeedError::Unauthorized { status: 0 });
        }
        let (state, initial) = match self.resume {
            Some(cp) => {
                let initial = cp.initial;
                (cp.into_state(), initial)
            }
            None => (FeedState::default(), Some(self.depth)),
        };
        let state = Arc::new(Mutex::new(state));
        let resync = Arc::new(Resync::default());
        let config = Config {
            window: self.window,
            sweep_interval: self.sweep_interval,
            poll_interval: self.poll_interval,
            initial: initial.unwrap_or(Depth::All),
            order: self.order,
            live: self.live,
            backoff: self.backoff,
            reconnect: self.reconnect,
            events_url: self.events_url,
        };
        let engine = Engine::new(self.client.clone(), state.clone(), config, selection, resync.clone()).await?;
        Ok(Feed { state, initial_depth: initial, resync, engine: Some(Box::new(engine)), waiting: None })
    }
}

/// The feed: a [`Stream`] of [`FeedItem`]s (use it with
/// `futures::StreamExt` / `TryStreamExt`). An `Err` item is fatal and the
/// last one.
pub struct Feed {
    state: Arc<Mutex<FeedState>>,
    initial_depth: Option<Depth>,
    resync: Arc<Resync>,
    /// The engine, while no request is under way.
    engine: Option<Box<Engine>>,
    /// The engine waiting for the network (it comes back with the item).
    waiting: Option<Waiting>,
}

type Waiting = BoxFuture<'static, (Box<Engine>, Option<Result<FeedItem, FeedError>>)>;

impl std::fmt::Debug for Feed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Feed").finish_non_exhaustive()
    }
}

impl Feed {
    /// Where the feed stands: exactly the items handed out so far. Store it
    /// with the data you made from them.
    pub fn checkpoint(&self) -> Checkpoint {
        let state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let mut cp = Checkpoint::from_state(&state);
        cp.initial = if state.initialized { None } else { self.initial_depth };
        cp
    }

    /// Asks for a full catch-up now; returns its ticket. The
    /// [`FeedItem::CaughtUp`] whose `resync` is at least this ticket says
    /// that everything the server held at this call has been delivered.
    pub fn resync(&self) -> u64 {
        let ticket = self.resync.requested.fetch_add(1, Ordering::SeqCst) + 1;
        self.resync.notify.notify_one();
        ticket
    }
}

impl Stream for Feed {
    type Item = Result<FeedItem, FeedError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.waiting.is_none() {
            let Some(mut engine) = this.engine.take() else { return Poll::Ready(None) };
            // Items already queued (most of a page) need no future.
            if let Some(item) = engine.ready() {
                this.engine = Some(engine);
                return Poll::Ready(Some(Ok(item)));
            }
            this.waiting = Some(Box::pin(async move {
                let item = engine.next().await;
                (engine, item)
            }));
        }
        let waiting = this.waiting.as_mut().expect("a request under way");
        match waiting.poll_unpin(cx) {
            Poll::Ready((engine, item)) => {
                this.waiting = None;
                this.engine = Some(engine);
                Poll::Ready(item)
            }
            Poll::Pending => Poll::Pending,
        }
    }
}
