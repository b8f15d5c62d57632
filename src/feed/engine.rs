//! The feed's driver: live events and REST catch-ups become inputs, and each input is applied to the state only as its item is handed out.

use std::collections::{BTreeSet, HashSet, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use futures::{FutureExt, StreamExt};
use tokio::sync::Notify;
use tokio::time::Instant;

use super::item::{Depth, FeedError, FeedItem, HistoryOrder, MessageChange};
use super::state::{Back, FeedState, Mark, SortKey, Source, Verdict, chat_fingerprint, cmp_sort_keys};
use crate::events::{Event, EventStream, EventsError, ReconnectPolicy};
use crate::types::{self, Direction};
use crate::{Client, Error};

/// Events taken from the socket per step, so a busy socket cannot starve a catch-up.
const DRAIN_LIMIT: usize = 64;
/// Chats listed per `list_chats` request.
const CHAT_PAGE: i64 = 100;
/// Chats remembered as "not followed" before the memory is cleared.
const IGNORED_LIMIT: usize = 4096;

/// Which chats a feed follows.
#[derive(Clone, Debug)]
pub(crate) enum Selection {
    All,
    Chats(BTreeSet<String>),
    Accounts(BTreeSet<String>),
}

impl Selection {
    fn matches(&self, chat: &types::Chat) -> bool {
        match self {
            Selection::All => true,
            Selection::Chats(ids) => ids.contains(&chat.id),
            Selection::Accounts(ids) => ids.contains(&chat.account_id),
        }
    }

    /// Whether a live event of this chat may concern the feed.
    fn may_follow(&self, chat_id: &str, account_id: Option<&str>) -> bool {
        match self {
            Selection::All => true,
            Selection::Chats(ids) => ids.contains(chat_id),
            Selection::Accounts(ids) => account_id.is_none_or(|a| ids.contains(a)),
        }
    }
}

/// Resync requests from [`Feed::resync`](super::Feed::resync).
#[derive(Debug, Default)]
pub(crate) struct Resync {
    pub(crate) requested: AtomicU64,
    pub(crate) notify: Notify,
}

/// The builder's settings.
#[derive(Debug)]
pub(crate) struct Config {
    pub(crate) window: usize,
    pub(crate) sweep_interval: Duration,
    pub(crate) poll_interval: Duration,
    pub(crate) initial: Depth,
    pub(crate) order: HistoryOrder,
    pub(crate) live: bool,
    pub(crate) backoff: (Duration, Duration),
    pub(crate) reconnect: ReconnectPolicy,
    pub(crate) events_url: Option<String>,
}

/// One unit of work that may produce an item; applied to the state only
/// when it is processed, right before its item is handed out.
#[derive(Debug)]
enum Input {
    /// The chat's ID is shared by the messages of a page.
    Message {
        chat_id: Arc<str>,
        message: Box<types::Message>,
        source: Source,
    },
    Deleted {
        chat_id: String,
        message_id: String,
    },
    RescanCheck {
        chat_id: String,
        lo: Option<SortKey>,
        hi: Option<SortKey>,
        present: HashSet<String>,
    },
    Mark {
        chat_id: String,
        mark: Mark,
    },
    Baseline {
        chat_id: String,
        mark: Option<Mark>,
    },
    Floor {
        chat_id: String,
        key: SortKey,
    },
    /// A newest-first import begins below `top`, the position it sets.
    BackStart {
        chat_id: String,
        top: Option<Mark>,
    },
    /// The import handed out a whole page: the rest lies before `cursor`.
    BackTo {
        chat_id: String,
        cursor: String,
    },
    /// The import reached the start of the chat.
    BackDone {
        chat_id: String,
    },
    ChatSeen(Box<types::Chat>),
    ChatGone(String),
    ChatSynced(String),
    JobDone {
        announce: bool,
        resync: u64,
    },
    Lagging {
        reason: String,
        attempt: u32,
        retry_in: Duration,
    },
}

/// A step of a catch-up.
#[derive(Debug)]
enum Task {
    /// List the chats (every one, or those of the accounts).
    ListChats { cursor: Option<String>, listed: HashSet<String> },
    /// Read one chat: follow it when it matches, drop it when it is gone.
    CheckChat(String),
    /// Walk one chat's messages.
    Walk { chat_id: String, phase: Phase },
}

#[derive(Debug)]
enum Phase {
    Start,
    /// Walking back to the start of the history (or to `n` messages).
    ImportBack {
        cursor: String,
        depth: Depth,
        top: Option<Mark>,
        /// `Last(n)`: the newest messages so far; `All`: the last page read.
        held: Vec<types::Message>,
        held_newest: Option<String>,
    },
    /// A newest-first import walking down from `cursor` (`None`: the top).
    Down {
        cursor: Option<String>,
    },
    /// A newest-first import reached the start: catch up from its position.
    Up,
    Forward {
        cursor: String,
    },
    Rescan {
        cursor: Option<String>,
        hi: Option<SortKey>,
    },
}

#[derive(Debug)]
struct Job {
    tasks: VecDeque<Task>,
    walks: HashSet<String>,
    announce: bool,
    resync: u64,
}

pub(crate) struct Engine {
    client: Client,
    state: Arc<Mutex<FeedState>>,
    cfg: Config,
    selection: Selection,
    resync: Arc<Resync>,
    handled_resync: u64,
    socket: Option<EventStream>,
    /// The socket is wanted but down: dial it again at each sweep.
    socket_retry: bool,
    queue: VecDeque<Input>,
    /// Chats a catch-up will walk: their live events are left to it.
    pending: HashSet<String>,
    job: Option<Job>,
    rerun: Option<bool>,
    next_sweep: Instant,
    failures: u32,
    retry_at: Option<Instant>,
    refresh: VecDeque<String>,
    /// Messages the socket reported changed, to read again over REST.
    verify: VecDeque<(String, String)>,
    ignored: HashSet<String>,
    finished: bool,
}

fn unauthorized_status(e: &Error) -> u16 {
    e.status().map(|s| s.as_u16()).unwrap_or(0)
}

fn transient(e: &Error) -> bool {
    e.is_timeout()
        || e.is_connect()
        || matches!(e, Error::Transport(_))
        || e.status().is_some_and(|s| s.is_server_error() || s.as_u16() == 408 || s.as_u16() == 429)
}

fn key_of(m: &types::Message) -> SortKey {
    SortKey(m.sort_key.as_str().to_owned())
}

/// The page's messages in sort-key order (pages usually come sorted one
/// way or the other: checked before sorting, compared without copying keys).
fn ascending(mut items: Vec<types::Message>) -> Vec<types::Message> {
    let order = |a: &types::Message, b: &types::Message| cmp_sort_keys(a.sort_key.as_str(), b.sort_key.as_str());
    if items.is_sorted_by(|a, b| order(a, b).is_le()) {
        return items;
    }
    if items.is_sorted_by(|a, b| order(a, b).is_gt()) {
        items.reverse();
        return items;
    }
    items.sort_by(order);
    items
}

/// The position after the newest item of a page: its `newestCursor`, or
/// the newest item's sort key on servers that send no cursors.
fn newest_mark(page: &types::MessagePage, sorted: &[types::Message]) -> Option<Mark> {
    let last = sorted.last()?;
    let cursor =
        page.newest_cursor.clone().filter(|c| !c.is_empty()).unwrap_or_else(|| last.sort_key.as_str().to_owned());
    Some(Mark { key: key_of(last), cursor })
}

fn oldest_cursor(page: &types::MessagePage, sorted: &[types::Message]) -> Option<String> {
    page.oldest_cursor
        .clone()
        .filter(|c| !c.is_empty())
        .or_else(|| sorted.first().map(|m| m.sort_key.as_str().to_owned()))
}

fn has_more(page: &types::MessagePage) -> bool {
    page.has_more != Some(false) && !page.items.is_empty()
}

fn to_chat(item: &types::ChatListItem) -> Option<types::Chat> {
    let mut value = serde_json::to_value(item).ok()?;
    value.as_object_mut()?.remove("preview");
    serde_json::from_value(value).ok()
}

async fn connect(client: &Client, cfg: &Config, selection: &Selection) -> Result<EventStream, EventsError> {
    let mut builder = client.events().reconnect(cfg.reconnect);
    if let Some(url) = &cfg.events_url {
        builder = builder.url(url.clone());
    }
    builder = match selection {
        Selection::Chats(ids) => builder.chats(ids.iter().cloned()),
        _ => builder.chats(["*"]),
    };
    builder.connect().await
}

fn events_unauthorized(e: &EventsError) -> FeedError {
    match e {
        EventsError::Unauthorized { status } => FeedError::Unauthorized { status: *status },
        EventsError::GaveUp { last_error, .. } => events_unauthorized(last_error),
        _ => FeedError::Unauthorized { status: 0 },
    }
}

async fn next_event(socket: &mut Option<EventStream>) -> Option<Result<Event, EventsError>> {
    match socket {
        Some(s) => s.next().await,
        None => std::future::pending().await,
    }
}

impl Engine {
    pub(crate) async fn new(
        client: Client,
        state: Arc<Mutex<FeedState>>,
        cfg: Config,
        selection: Selection,
        resync: Arc<Resync>,
    ) -> Result<Self, FeedError> {
        let mut queue = VecDeque::new();
        let (socket, socket_retry) = if cfg.live {
            match connect(&client, &cfg, &selection).await {
                Ok(socket) => (Some(socket), false),
                Err(e) if e.is_unauthorized() => return Err(events_unauthorized(&e)),
                Err(e) => {
                    let retry = !matches!(e, EventsError::NotSupported { .. });
                    let reason = format!("live events unavailable, polling instead: {e}");
                    queue.push_back(Input::Lagging { reason, attempt: 1, retry_in: cfg.poll_interval });
                    (None, retry)
                }
            }
        } else {
            (None, false)
        };
        if let Selection::Chats(ids) = &selection {
            // A checkpoint may know chats that are no longer selected.
            state.lock().unwrap_or_else(|p| p.into_inner()).chats.retain(|id, _| ids.contains(id));
        }
        let mut engine = Engine {
            client,
            state,
            cfg,
            selection,
            resync,
            handled_resync: 0,
            socket,
            socket_retry,
            queue,
            pending: HashSet::new(),
            job: None,
            rerun: None,
            next_sweep: Instant::now(),
            failures: 0,
            retry_at: None,
            refresh: VecDeque::new(),
            verify: VecDeque::new(),
            ignored: HashSet::new(),
            finished: false,
        };
        engine.start_full(true);
        Ok(engine)
    }

    fn lock(&self) -> MutexGuard<'_, FeedState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The next item, or the fatal error, or the end.
    pub(crate) async fn next(&mut self) -> Option<Result<FeedItem, FeedError>> {
        loop {
            if self.finished {
                return None;
            }
            if let Some(item) = self.ready() {
                return Some(Ok(item));
            }
            if let Err(e) = self.step().await {
                self.finished = true;
                return Some(Err(e));
            }
        }
    }

    /// The next item that needs no waiting: from the inputs already queued.
    pub(crate) fn ready(&mut self) -> Option<FeedItem> {
        if self.finished {
            return None;
        }
        while let Some(input) = self.queue.pop_front() {
            if let Some(item) = self.process(input) {
                return Some(item);
            }
        }
        None
    }

    /// Applies one input; the item it produces, if any.
    fn process(&mut self, input: Input) -> Option<FeedItem> {
        let window = self.cfg.window;
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        match input {
            Input::Message { chat_id, message, source } => {
                let chat = state.chats.get_mut(&*chat_id)?;
                let (verdict, probe) = chat.classify(&message, source);
                if source == Source::Live && matches!(verdict, Verdict::Changed | Verdict::Deleted) {
                    // A frame may have been built before a change REST
                    // already delivered: read the message again instead.
                    drop(state);
                    let key = (chat_id.to_string(), message.id);
                    if !self.verify.contains(&key) {
                        self.verify.push_back(key);
                    }
                    return None;
                }
                chat.record(&message, verdict, probe, window);
                if source == Source::Back {
                    chat.passed(message.sort_key.as_str());
                }
                let crowded = source == Source::Live && chat.unconfirmed() > 2 * window;
                drop(state);
                if crowded {
                    self.request_chat(&chat_id);
                }
                match verdict {
                    Verdict::New => Some(FeedItem::Message { message, change: MessageChange::New }),
                    Verdict::Changed => Some(FeedItem::Message { message, change: MessageChange::Changed }),
                    Verdict::Deleted => {
                        Some(FeedItem::MessageDeleted { chat_id: chat_id.to_string(), message_id: message.id })
                    }
                    Verdict::Skip => None,
                }
            }
            Input::Deleted { chat_id, message_id } => {
                let chat = state.chats.get_mut(&chat_id)?;
                chat.delete(&message_id).then_some(FeedItem::MessageDeleted { chat_id, message_id })
            }
            Input::RescanCheck { chat_id, lo, hi, present } => {
                let chat = state.chats.get(&chat_id)?;
                for message_id in chat.missing(lo.as_ref(), hi.as_ref(), &present).into_iter().rev() {
                    self.queue.push_front(Input::Deleted { chat_id: chat_id.clone(), message_id });
                }
                None
            }
            Input::Mark { chat_id, mark } => {
                state.chats.get_mut(&chat_id)?.advance(mark, window);
                None
            }
            Input::Baseline { chat_id, mark } => {
                let chat = state.chats.get_mut(&chat_id)?;
                chat.floor = mark.as_ref().map(|m| m.key.clone());
                chat.entries.clear();
                chat.mark = mark;
                None
            }
            Input::Floor { chat_id, key } => {
                let chat = state.chats.get_mut(&chat_id)?;
                if chat.floor.as_ref().is_none_or(|f| key > *f) {
                    chat.floor = Some(key);
                }
                None
            }
            Input::BackStart { chat_id, top } => {
                let chat = state.chats.get_mut(&chat_id)?;
                chat.back = Some(Back::default());
                if let Some(top) = top {
                    chat.advance(top, window);
                }
                None
            }
            Input::BackTo { chat_id, cursor } => {
                if let Some(back) = state.chats.get_mut(&chat_id)?.back.as_mut() {
                    back.cursor = Some(cursor);
                }
                None
            }
            Input::BackDone { chat_id } => {
                let chat = state.chats.get_mut(&chat_id)?;
                chat.back = None;
                chat.synced = true;
                None
            }
            Input::ChatSeen(chat) => {
                let fp = chat_fingerprint(&chat);
                let known = state.chats.entry(chat.id.clone()).or_default();
                if known.chat_fp == fp {
                    return None;
                }
                known.chat_fp = fp;
                Some(FeedItem::ChatChanged(chat))
            }
            Input::ChatGone(chat_id) => {
                self.pending.remove(&chat_id);
                state.chats.remove(&chat_id).map(|_| FeedItem::ChatRemoved { chat_id })
            }
            Input::ChatSynced(chat_id) => {
                if let Some(chat) = state.chats.get_mut(&chat_id) {
                    chat.synced = true;
                }
                self.pending.remove(&chat_id);
                None
            }
            Input::JobDone { announce, resync } => {
                state.initialized = true;
                announce.then_some(FeedItem::CaughtUp { resync })
            }
            Input::Lagging { reason, attempt, retry_in } => Some(FeedItem::Lagging { reason, attempt, retry_in }),
        }
    }

    /// Starts a catch-up of every followed chat (or queues one after the
    /// running one).
    fn request_full(&mut self, announce: bool) {
        if self.job.is_some() {
            self.rerun = Some(self.rerun.unwrap_or(false) || announce);
        } else {
            self.start_full(announce);
        }
    }

    fn start_full(&mut self, announce: bool) {
        let resync = self.resync.requested.load(Ordering::SeqCst);
        self.handled_resync = self.handled_resync.max(resync);
        let known: Vec<String> = self.lock().chats.keys().cloned().collect();
        self.pending.extend(known);
        let mut tasks = VecDeque::new();
        match &self.selection {
            Selection::All | Selection::Accounts(_) => {
                tasks.push_back(Task::ListChats { cursor: None, listed: HashSet::new() })
            }
            Selection::Chats(ids) => tasks.extend(ids.iter().cloned().map(Task::CheckChat)),
        }
        self.job = Some(Job { tasks, walks: HashSet::new(), announce, resync });
        let interval = if self.socket.is_some() { self.cfg.sweep_interval } else { self.cfg.poll_interval };
        self.next_sweep = Instant::now() + interval;
    }

    /// Catches up one chat (reading it first when it is not known yet).
    fn request_chat(&mut self, chat_id: &str) {
        if self.pending.contains(chat_id) {
            return;
        }
        self.pending.insert(chat_id.to_owned());
        let known = self.lock().chats.contains_key(chat_id);
        let job = self.job.get_or_insert_with(|| Job {
            tasks: VecDeque::new(),
            walks: HashSet::new(),
            announce: false,
            resync: 0,
        });
        if known {
            job.walks.insert(chat_id.to_owned());
            job.tasks.push_back(Task::Walk { chat_id: chat_id.to_owned(), phase: Phase::Start });
        } else {
            job.tasks.push_back(Task::CheckChat(chat_id.to_owned()));
        }
    }

    /// Adds a walk of this chat to the running job.
    fn add_walk(&mut self, chat_id: &str) {
        self.pending.insert(chat_id.to_owned());
        if let Some(job) = self.job.as_mut()
            && job.walks.insert(chat_id.to_owned())
        {
            job.tasks.push_back(Task::Walk { chat_id: chat_id.to_owned(), phase: Phase::Start });
        }
    }

    async fn step(&mut self) -> Result<(), FeedError> {
        let requested = self.resync.requested.load(Ordering::SeqCst);
        if requested > self.handled_resync {
            self.handled_resync = requested;
            self.request_full(true);
        }
        if let Some(at) = self.retry_at {
            tokio::select! {
                _ = tokio::time::sleep_until(at) => self.retry_at = None,
                event = next_event(&mut self.socket) => return self.on_event(event),
            }
        }
        for _ in 0..DRAIN_LIMIT {
            let Some(event) = self.socket.as_mut().and_then(|s| s.next().now_or_never()) else { break };
            self.on_event(event)?;
        }
        if !self.queue.is_empty() {
            return Ok(());
        }
        if self.job.is_some() {
            return self.job_step().await;
        }
        if let Some((chat_id, message_id)) = self.verify.pop_front() {
            return self.verify_message(chat_id, message_id).await;
        }
        if let Some(chat_id) = self.refresh.pop_front() {
            return self.refresh_chat(chat_id).await;
        }
        let sweep_at = self.next_sweep;
        let resync = self.resync.clone();
        tokio::select! {
            event = next_event(&mut self.socket) => self.on_event(event)?,
            _ = tokio::time::sleep_until(sweep_at) => {
                if self.socket.is_none() && self.socket_retry {
                    self.redial().await?;
                }
                self.request_full(false);
            }
            _ = resync.notify.notified() => {}
        }
        Ok(())
    }

    async fn redial(&mut self) -> Result<(), FeedError> {
        match connect(&self.client, &self.cfg, &self.selection).await {
            Ok(socket) => {
                self.socket = Some(socket);
                self.socket_retry = false;
                Ok(())
            }
            Err(e) if e.is_unauthorized() => Err(events_unauthorized(&e)),
            Err(_) => Ok(()),
        }
    }

    async fn job_step(&mut self) -> Result<(), FeedError> {
        let Some(mut task) = self.job.as_mut().and_then(|job| job.tasks.pop_front()) else {
            let job = self.job.take().expect("a job is running");
            self.pending.clear();
            self.queue.push_back(Input::JobDone { announce: job.announce, resync: job.resync });
            if let Some(announce) = self.rerun.take() {
                self.start_full(announce);
            }
            return Ok(());
        };
        match self.run(&mut task).await {
            Ok(true) => {
                self.failures = 0;
                Ok(())
            }
            Ok(false) => {
                self.failures = 0;
                self.push_front(task);
                Ok(())
            }
            Err(e) if e.is_unauthorized() => Err(FeedError::Unauthorized { status: unauthorized_status(&e) }),
            Err(e) if e.is_not_found() => match task {
                Task::Walk { chat_id, .. } | Task::CheckChat(chat_id) => {
                    self.pending.remove(&chat_id);
                    self.queue.push_back(Input::ChatGone(chat_id));
                    Ok(())
                }
                Task::ListChats { .. } => Err(FeedError::Request(e)),
            },
            Err(e) if transient(&e) => {
                self.failures += 1;
                let (initial, max) = self.cfg.backoff;
                let retry_in = initial.saturating_mul(2u32.saturating_pow(self.failures.min(20) - 1)).min(max);
                self.retry_at = Some(Instant::now() + retry_in);
                self.queue.push_back(Input::Lagging { reason: e.to_string(), attempt: self.failures, retry_in });
                self.push_front(task);
                Ok(())
            }
            Err(e) => Err(FeedError::Request(e)),
        }
    }

    fn push_front(&mut self, task: Task) {
        if let Some(job) = self.job.as_mut() {
            job.tasks.push_front(task);
        }
    }

    /// Runs one request of a task; `Ok(true)` when the task is finished.
    async fn run(&mut self, task: &mut Task) -> Result<bool, Error> {
        match task {
            Task::ListChats { cursor, listed } => {
                let mut request = self.client.list_chats().limit(CHAT_PAGE);
                if let Selection::Accounts(ids) = &self.selection {
                    request = request.account_ids(ids.iter().cloned().collect::<Vec<_>>());
                }
                if let Some(c) = cursor.as_ref() {
                    request = request.cursor(c.clone()).direction(Direction::Before);
                }
                let page = request.send().await?.into_inner();
                for chat in page.items.iter().filter_map(to_chat) {
                    if !self.selection.matches(&chat) {
                        continue;
                    }
                    listed.insert(chat.id.clone());
                    let id = chat.id.clone();
                    self.queue.push_back(Input::ChatSeen(Box::new(chat)));
                    self.add_walk(&id);
                }
                let next = page.oldest_cursor.clone().filter(|c| !c.is_empty() && Some(c) != cursor.as_ref());
                if page.has_more != Some(false) && !page.items.is_empty() && next.is_some() {
                    *cursor = next;
                    return Ok(false);
                }
                let unlisted: Vec<String> =
                    self.lock().chats.keys().filter(|id| !listed.contains(*id)).cloned().collect();
                if let Some(job) = self.job.as_mut() {
                    job.tasks.extend(unlisted.into_iter().map(Task::CheckChat));
                }
                Ok(true)
            }
            Task::CheckChat(chat_id) => {
                let chat = self.client.get_chat().chat_id(chat_id.as_str()).send().await?.into_inner();
                if self.selection.matches(&chat) {
                    self.queue.push_back(Input::ChatSeen(Box::new(chat)));
                    self.add_walk(chat_id);
                } else {
                    if self.ignored.len() >= IGNORED_LIMIT {
                        self.ignored.clear();
                    }
                    self.ignored.insert(chat_id.clone());
                    self.pending.remove(chat_id.as_str());
                    self.queue.push_back(Input::ChatGone(chat_id.clone()));
                }
                Ok(true)
            }
            Task::Walk { chat_id, phase } => self.walk(chat_id, phase).await,
        }
    }

    fn queue_messages(&mut self, chat_id: &str, items: Vec<types::Message>, source: Source) {
        let chat_id: Arc<str> = Arc::from(chat_id);
        self.queue.reserve(items.len());
        for message in items {
            self.queue.push_back(Input::Message { chat_id: chat_id.clone(), message: Box::new(message), source });
        }
    }

    async fn page(
        &self,
        chat_id: &str,
        cursor: Option<&str>,
        direction: Direction,
    ) -> Result<types::MessagePage, Error> {
        let mut request = self.client.list_messages().chat_id(chat_id);
        if let Some(c) = cursor {
            request = request.cursor(c).direction(direction);
        }
        Ok(request.send().await?.into_inner())
    }

    /// Ends an import of the last `n` (or all) messages held in `held`.
    fn finish_import(&mut self, chat_id: &str, mut held: Vec<types::Message>, depth: Depth, top: Option<Mark>) {
        held = ascending(held);
        if let Depth::Last(n) = depth
            && held.len() > n
        {
            let cut = held.len() - n;
            self.queue.push_back(Input::Floor { chat_id: chat_id.to_owned(), key: key_of(&held[cut - 1]) });
            held.drain(..cut);
        }
        self.queue_messages(chat_id, held, Source::Forward);
        if let Some(mark) = top {
            self.queue.push_back(Input::Mark { chat_id: chat_id.to_owned(), mark });
        }
    }

    async fn walk(&mut self, chat_id: &str, phase: &mut Phase) -> Result<bool, Error> {
        match phase {
            Phase::Start => {
                let (synced, mark, initialized, back, fresh) = {
                    let state = self.lock();
                    let chat = state.chats.get(chat_id);
                    (
                        chat.is_some_and(|c| c.synced),
                        chat.and_then(|c| c.mark.as_ref().map(|m| m.cursor.clone())),
                        state.initialized,
                        chat.and_then(|c| c.back.as_ref().map(|b| b.cursor.clone())),
                        chat.is_none_or(|c| c.is_fresh()),
                    )
                };
                if let Some(cursor) = back {
                    // A newest-first import goes on below where it stopped.
                    *phase = Phase::Down { cursor };
                    return Ok(false);
                }
                if let (true, Some(cursor)) = (synced, mark) {
                    *phase = Phase::Forward { cursor };
                    return Ok(false);
                }
                let depth = if !synced && !initialized { self.cfg.initial } else { Depth::All };
                let mut page = self.page(chat_id, None, Direction::Before).await?;
                let more = has_more(&page);
                let items = ascending(std::mem::take(&mut page.items));
                let top = newest_mark(&page, &items);
                let id = chat_id.to_owned();
                if depth == Depth::All && self.cfg.order == HistoryOrder::NewestFirst && fresh {
                    let next = oldest_cursor(&page, &items).filter(|_| more);
                    self.queue.push_back(Input::BackStart { chat_id: id, top });
                    self.down(chat_id, items, next, phase);
                    return Ok(false);
                }
                match depth {
                    Depth::Now => {
                        self.queue.push_back(Input::Baseline { chat_id: id.clone(), mark: top });
                        self.queue.push_back(Input::ChatSynced(id));
                        Ok(true)
                    }
                    Depth::Last(_) | Depth::All if !more => {
                        // The whole chat is on this page: whatever the
                        // window holds beyond it (a chat that was empty at
                        // its import has no position) was deleted.
                        let present: HashSet<String> = items.iter().map(|m| m.id.clone()).collect();
                        self.finish_import(chat_id, items, depth, top);
                        self.queue.push_back(Input::RescanCheck { chat_id: id.clone(), lo: None, hi: None, present });
                        self.queue.push_back(Input::ChatSynced(id));
                        Ok(true)
                    }
                    Depth::Last(n) if items.len() > n => {
                        self.finish_import(chat_id, items, depth, top);
                        self.queue.push_back(Input::ChatSynced(id));
                        Ok(true)
                    }
                    _ => {
                        let Some(cursor) = oldest_cursor(&page, &items) else {
                            self.queue.push_back(Input::ChatSynced(id));
                            return Ok(true);
                        };
                        let held_newest = top.as_ref().map(|m| m.cursor.clone());
                        *phase = Phase::ImportBack { cursor, depth, top, held: items, held_newest };
                        Ok(false)
                    }
                }
            }
            Phase::ImportBack { cursor, depth, top, held, held_newest } => {
                let mut page = self.page(chat_id, Some(cursor), Direction::Before).await?;
                let more = has_more(&page);
                let items = ascending(std::mem::take(&mut page.items));
                let next = oldest_cursor(&page, &items).filter(|c| c != cursor);
                match *depth {
                    Depth::Last(n) => {
                        let mut all = items;
                        all.append(held);
                        *held = all;
                        if !more || held.len() > n || next.is_none() {
                            let held = std::mem::take(held);
                            self.finish_import(chat_id, held, *depth, top.take());
                            self.queue.push_back(Input::ChatSynced(chat_id.to_owned()));
                            return Ok(true);
                        }
                    }
                    _ => {
                        if !items.is_empty() {
                            *held_newest = newest_mark(&page, &items).map(|m| m.cursor);
                            *held = items;
                        }
                        if !more || next.is_none() {
                            // The oldest page: yield it, then walk forward from it.
                            let held = std::mem::take(held);
                            let mark = newest_mark(
                                &types::MessagePage {
                                    items: Vec::new(),
                                    has_more: None,
                                    newest_cursor: held_newest.clone(),
                                    oldest_cursor: None,
                                },
                                &held,
                            );
                            self.queue_messages(chat_id, held, Source::Forward);
                            match mark {
                                Some(mark) => {
                                    let cursor = mark.cursor.clone();
                                    self.queue.push_back(Input::Mark { chat_id: chat_id.to_owned(), mark });
                                    *phase = Phase::Forward { cursor };
                                    return Ok(false);
                                }
                                None => {
                                    self.queue.push_back(Input::ChatSynced(chat_id.to_owned()));
                                    return Ok(true);
                                }
                            }
                        }
                    }
                }
                if let Some(next) = next {
                    *cursor = next;
                }
                Ok(false)
            }
            Phase::Down { cursor } => {
                let mut page = self.page(chat_id, cursor.as_deref(), Direction::Before).await?;
                let more = has_more(&page);
                let items = ascending(std::mem::take(&mut page.items));
                let next = oldest_cursor(&page, &items).filter(|c| more && Some(c) != cursor.as_ref());
                self.down(chat_id, items, next, phase);
                Ok(false)
            }
            Phase::Up => {
                // The import's inputs are applied by now (a step runs only
                // on an empty queue): walk forward from its position.
                let mark = self.lock().chats.get(chat_id).and_then(|c| c.mark.as_ref().map(|m| m.cursor.clone()));
                match mark {
                    Some(cursor) => {
                        *phase = Phase::Forward { cursor };
                        Ok(false)
                    }
                    None => {
                        // An empty chat.
                        self.queue.push_back(Input::ChatSynced(chat_id.to_owned()));
                        Ok(true)
                    }
                }
            }
            Phase::Forward { cursor } => {
                let mut page = self.page(chat_id, Some(cursor), Direction::After).await?;
                let items = ascending(std::mem::take(&mut page.items));
                let Some(mark) = newest_mark(&page, &items) else {
                    *phase = Phase::Rescan { cursor: None, hi: None };
                    return Ok(false);
                };
                let more = page.has_more != Some(false) && mark.cursor != *cursor;
                let next = mark.cursor.clone();
                self.queue_messages(chat_id, items, Source::Forward);
                self.queue.push_back(Input::Mark { chat_id: chat_id.to_owned(), mark });
                *phase = if more { Phase::Forward { cursor: next } } else { Phase::Rescan { cursor: None, hi: None } };
                Ok(false)
            }
            Phase::Rescan { cursor, hi } => {
                let mut page = self.page(chat_id, cursor.as_deref(), Direction::Before).await?;
                let more = has_more(&page);
                let items = ascending(std::mem::take(&mut page.items));
                let lowest = items.first().map(key_of);
                let next = oldest_cursor(&page, &items).filter(|c| Some(c) != cursor.as_ref());
                let present: HashSet<String> = items.iter().map(|m| m.id.clone()).collect();
                let reached = match &lowest {
                    Some(key) => self.lock().chats.get(chat_id).is_none_or(|c| c.rescan_reaches(key)),
                    None => true,
                };
                let go_on = more && !reached && next.is_some();
                let lo = if more { lowest.clone() } else { None };
                self.queue_messages(chat_id, items, Source::Rescan);
                self.queue.push_back(Input::RescanCheck { chat_id: chat_id.to_owned(), lo, hi: hi.clone(), present });
                if go_on {
                    *cursor = next;
                    *hi = lowest;
                    return Ok(false);
                }
                self.queue.push_back(Input::ChatSynced(chat_id.to_owned()));
                Ok(true)
            }
        }
    }

    /// Queues a page of a newest-first import (newest first) and where the
    /// import goes on: below `next`, or (at the start of the chat) a
    /// catch-up forward from the position it began at.
    fn down(&mut self, chat_id: &str, items: Vec<types::Message>, next: Option<String>, phase: &mut Phase) {
        let shared: Arc<str> = Arc::from(chat_id);
        self.queue.reserve(items.len() + 1);
        for message in items.into_iter().rev() {
            self.queue.push_back(Input::Message {
                chat_id: shared.clone(),
                message: Box::new(message),
                source: Source::Back,
            });
        }
        let id = chat_id.to_owned();
        match next {
            Some(cursor) => {
                self.queue.push_back(Input::BackTo { chat_id: id, cursor: cursor.clone() });
                *phase = Phase::Down { cursor: Some(cursor) };
            }
            None => {
                self.queue.push_back(Input::BackDone { chat_id: id });
                *phase = Phase::Up;
            }
        }
    }

    /// Reads a message the socket reported changed; the fresh version is
    /// applied (a 404 means it is gone).
    async fn verify_message(&mut self, chat_id: String, message_id: String) -> Result<(), FeedError> {
        if self.pending.contains(&chat_id) {
            return Ok(());
        }
        match self.client.get_message().chat_id(chat_id.as_str()).message_id(message_id.as_str()).send().await {
            Ok(message) => {
                let message = Box::new(message.into_inner());
                self.queue.push_back(Input::Message { chat_id: Arc::from(chat_id), message, source: Source::Fetched });
                Ok(())
            }
            Err(e) if e.is_unauthorized() => Err(FeedError::Unauthorized { status: unauthorized_status(&e) }),
            Err(e) if e.is_not_found() => {
                self.queue.push_back(Input::Deleted { chat_id, message_id });
                Ok(())
            }
            // A catch-up of the chat retries with backoff.
            Err(_) => {
                self.request_chat(&chat_id);
                Ok(())
            }
        }
    }

    async fn refresh_chat(&mut self, chat_id: String) -> Result<(), FeedError> {
        match self.client.get_chat().chat_id(chat_id.as_str()).send().await {
            Ok(chat) => {
                let chat = chat.into_inner();
                if self.selection.matches(&chat) {
                    self.queue.push_back(Input::ChatSeen(Box::new(chat)));
                }
                Ok(())
            }
            Err(e) if e.is_unauthorized() => Err(FeedError::Unauthorized { status: unauthorized_status(&e) }),
            Err(e) if e.is_not_found() => {
                self.queue.push_back(Input::ChatGone(chat_id));
                Ok(())
            }
            // The next sweep reads it again.
            Err(_) => Ok(()),
        }
    }

    fn on_event(&mut self, event: Option<Result<Event, EventsError>>) -> Result<(), FeedError> {
        match event {
            None => {
                self.socket = None;
                self.socket_retry = self.cfg.live;
                let reason = "the live events stream ended; polling until it is back".to_owned();
                self.queue.push_back(Input::Lagging { reason, attempt: 1, retry_in: self.cfg.poll_interval });
                self.request_full(true);
            }
            Some(Err(e)) if e.is_unauthorized() => return Err(events_unauthorized(&e)),
            Some(Err(e)) => {
                self.socket = None;
                self.socket_retry = !matches!(e, EventsError::NotSupported { .. });
                let reason = format!("live events failed, polling instead: {e}");
                self.queue.push_back(Input::Lagging { reason, attempt: 1, retry_in: self.cfg.poll_interval });
                self.request_full(true);
            }
            Some(Ok(event)) => self.on_live(event),
        }
        Ok(())
    }

    /// Whether live messages of this chat are applied now; otherwise a
    /// catch-up of it is (or gets) scheduled and will deliver them in order.
    fn live_ok(&mut self, chat_id: &str, account_id: Option<&str>) -> bool {
        if self.pending.contains(chat_id) {
            return false;
        }
        let synced = self.lock().chats.get(chat_id).map(|c| c.synced);
        match synced {
            Some(true) => true,
            Some(false) => {
                self.request_chat(chat_id);
                false
            }
            None => {
                if !self.ignored.contains(chat_id) && self.selection.may_follow(chat_id, account_id) {
                    self.request_chat(chat_id);
                }
                false
            }
        }
    }

    fn on_live(&mut self, event: Event) {
        match event {
            Event::MessageUpserted { meta, messages, undecoded } => {
                if !self.live_ok(&meta.chat_id, meta.account_id.as_deref()) {
                    return;
                }
                let covered: HashSet<&str> = messages.iter().map(|m| m.id.as_str()).collect();
                let incomplete = !undecoded.is_empty() || meta.ids.iter().any(|id| !covered.contains(id.as_str()));
                let chat_id: Arc<str> = Arc::from(meta.chat_id.as_str());
                for message in messages {
                    self.queue.push_back(Input::Message {
                        chat_id: chat_id.clone(),
                        message: Box::new(message),
                        source: Source::Live,
                    });
                }
                if incomplete {
                    self.request_chat(&meta.chat_id);
                }
            }
            Event::MessageDeleted { meta } => {
                if self.live_ok(&meta.chat_id, meta.account_id.as_deref()) {
                    for message_id in meta.ids {
                        self.queue.push_back(Input::Deleted { chat_id: meta.chat_id.clone(), message_id });
                    }
                }
            }
            Event::ChatUpserted { meta } => {
                if self.live_ok(&meta.chat_id, meta.account_id.as_deref()) && !self.refresh.contains(&meta.chat_id) {
                    self.refresh.push_back(meta.chat_id);
                }
            }
            Event::ChatDeleted { meta } => {
                if self.lock().chats.contains_key(&meta.chat_id) {
                    self.queue.push_back(Input::ChatGone(meta.chat_id));
                }
            }
            Event::Disconnected { reason, attempt, retry_in } => {
                self.queue.push_back(Input::Lagging { reason, attempt, retry_in });
            }
            Event::Unknown { raw, .. } => match raw.get("chatID").and_then(|v| v.as_str()) {
                Some(chat_id) if self.lock().chats.contains_key(chat_id) => self.request_chat(chat_id),
                Some(_) => {}
                None => self.request_full(false),
            },
            Event::SubscriptionsUpdated { .. } | Event::ServerError { .. } => {}
            // Reconnected, SeqGap, Malformed, and any sign of loss added later.
            _ => self.request_full(true),
        }
    }
}
