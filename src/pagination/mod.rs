//! Cursor pagination as [`Stream`]s.
//!
//! Every paginated operation (`list_chats`, `search_chats`, `list_messages`,
//! `search_messages`, `list_contacts`) gets three methods on its request
//! builder, so every filter set on the builder applies to every page:
//!
//! - [`stream()`](Paginator::items): the items, one by one;
//! - [`pages()`](Paginator::pages): whole pages (with their cursors);
//! - [`paginate()`](Paginate::paginate): a [`Paginator`] with caps.
//!
//! ```no_run
//! use beeper_desktop::prelude::*;
//! use beeper_desktop::types::Direction;
//! # async fn run(client: beeper_desktop::Client) -> Result<(), beeper_desktop::Error> {
//! // Every message of a chat, newest first, 20 or so per request.
//! let mut messages = client.list_messages().chat_id("!abc:beeper.local").stream();
//! while let Some(message) = messages.try_next().await? {
//!     println!("{}: {:?}", message.sender_id, message.text);
//! }
//!
//! // Newer messages after a known position, at most 500.
//! let newer: Vec<_> = client
//!     .list_messages()
//!     .chat_id("!abc:beeper.local")
//!     .cursor("449706228480")
//!     .direction(Direction::After)
//!     .paginate()
//!     .max_items(500)
//!     .items()
//!     .try_collect()
//!     .await?;
//! # let _ = newer;
//! # Ok(())
//! # }
//! ```
//!
//! **Your own item type.** `stream_as::<T>()`, `pages_as::<T>()` and
//! `paginate_as::<T>()` walk the same way but decode each item as your own
//! `T` (pages are [`PageOf<T>`](crate::PageOf)), through the operation's `send_as`. A
//! struct with the few fields a program reads decodes much faster than the
//! complete model (see BENCHMARKS.md); fields it leaves out are skipped.
//!
//! ```no_run
//! use beeper_desktop::prelude::*;
//! use serde::Deserialize;
//!
//! #[derive(Deserialize)]
//! #[serde(rename_all = "camelCase")]
//! struct Line {
//!     #[serde(rename = "senderID")]
//!     sender_id: String,
//!     text: Option<String>,
//! }
//!
//! # async fn run(client: beeper_desktop::Client) -> Result<(), beeper_desktop::Error> {
//! let mut lines = client.list_messages().chat_id("!abc:beeper.local").stream_as::<Line>();
//! while let Some(line) = lines.try_next().await? {
//!     println!("{}: {}", line.sender_id, line.text.unwrap_or_default());
//! }
//! # Ok(())
//! # }
//! ```
//!
//! **Chats of message search results.** A `search_messages` page carries
//! the chats its messages belong to (`MessageSearchPage::chats`, empty from
//! servers that do not send them). [`pages()`](Paginator::pages) gives the
//! whole page ([`MessageSearchPage::chat_of`](types::MessageSearchPage::chat_of)
//! finds a message's chat); `stream()` yields the messages alone; and
//! [`stream_with_chats()`](SearchMessages::stream_with_chats) yields each
//! message with its chat, shared (`Arc`) among the messages of a page.
//!
//! **Direction.** Walking `before` (the default, older results) follows each
//! page's `oldestCursor`; walking `after` (newer results) follows
//! `newestCursor`. Without a starting cursor the server returns the newest
//! page, so walking `after` needs a cursor to start from.
//!
//! **Stopping.** The walk ends after a page with `hasMore: false`, an empty
//! page, or a page whose cursor for the walking direction is missing, empty
//! or was already used (a server bug that would otherwise loop forever). A
//! missing `hasMore` does not stop the walk on its own. Only one page of
//! items is held at a time, and the loop check uses constant memory
//! however long the walk: a cursor that repeats any of the last
//! [`RECENT_CURSORS`] ends the walk before its page is fetched again; a
//! longer cycle is still caught (Brent's cycle detection on the cursor
//! sequence) after at most twice its length in extra pages.

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::hash::{BuildHasher, RandomState};
use std::sync::Arc;

use futures::stream::BoxStream;
use futures::{Stream, StreamExt, TryStreamExt, stream};

use crate::builder::{ListChats, ListContacts, ListMessages, SearchChats, SearchMessages};
use crate::{Error, types};

/// Which cursor a walk follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Walk {
    /// `direction=before` (or none): older results, following `oldestCursor`.
    Older,
    /// `direction=after`: newer results, following `newestCursor`.
    Newer,
}

/// A page of a cursor-paginated list.
pub trait CursorPage {
    /// What the page lists.
    type Item;
    /// `hasMore`, when the server sent it.
    fn has_more(&self) -> Option<bool>;
    /// The cursor to continue with in the given direction.
    fn cursor(&self, walk: Walk) -> Option<&str>;
    /// The items on this page.
    fn items(&self) -> &[Self::Item];
    /// Takes the items out.
    fn into_items(self) -> Vec<Self::Item>;
}

macro_rules! cursor_page {
    ($page:ty, $item:ty $(, $generic:ident)?) => {
        impl$(<$generic>)? CursorPage for $page {
            type Item = $item;
            fn has_more(&self) -> Option<bool> {
                self.has_more
            }
            fn cursor(&self, walk: Walk) -> Option<&str> {
                match walk {
                    Walk::Older => self.oldest_cursor.as_deref(),
                    Walk::Newer => self.newest_cursor.as_deref(),
                }
            }
            fn items(&self) -> &[Self::Item] {
                &self.items
            }
            fn into_items(self) -> Vec<Self::Item> {
                self.items
            }
        }
    };
}

cursor_page!(types::ChatPage, types::ChatListItem);
cursor_page!(types::ChatSearchPage, types::Chat);
cursor_page!(types::MessagePage, types::Message);
cursor_page!(types::MessageSearchPage, types::Message);
cursor_page!(types::UserPage, types::User);

// After the macros, which it uses too.
pub mod own_types;

/// A request builder of a cursor-paginated operation.
pub trait Paginate: Clone + Send + Sized {
    /// The page type the operation answers with.
    type Page: CursorPage + Send;

    /// The direction the caller asked for.
    fn walk(&self) -> Walk;
    /// The cursor the caller started from, if any.
    fn start_cursor(&self) -> Option<String>;
    /// The same request positioned at `cursor`.
    fn at_cursor(self, cursor: String) -> Self;
    /// Sends the request for one page.
    fn fetch(self) -> impl Future<Output = Result<Self::Page, Error>> + Send;
    /// Cursor to use when the page carries none (old servers).
    fn fallback_cursor(&self, _page: &Self::Page) -> Option<String> {
        None
    }

    /// Checked for every page: a page this request cannot continue from
    /// correctly is yielded, and the walk then ends with this error instead
    /// of stopping silently.
    fn check_page(&self, _page: &Self::Page) -> Result<(), Error> {
        Ok(())
    }

    /// A [`Paginator`] over this request, for setting caps.
    fn paginate(self) -> Paginator<Self> {
        Paginator { request: self, max_items: None, max_pages: None }
    }
}

/// A paginated request with optional caps; turn it into a stream with
/// [`Paginator::items`] or [`Paginator::pages`].
#[derive(Clone, Debug)]
#[must_use = "streams do nothing until polled"]
pub struct Paginator<B> {
    request: B,
    max_items: Option<usize>,
    max_pages: Option<usize>,
}

impl<B: Paginate> Paginator<B> {
    /// Stop after this many items (the page stream stops after the page
    /// that reaches it).
    pub fn max_items(mut self, n: usize) -> Self {
        self.max_items = Some(n);
        self
    }

    /// Request at most this many pages.
    pub fn max_pages(mut self, n: usize) -> Self {
        self.max_pages = Some(n);
        self
    }

    /// The pages, in walking order (boxed, so it is `Unpin`: no `pin!`
    /// needed before `next()` / `try_next()`).
    pub fn pages<'s>(self) -> BoxStream<'s, Result<B::Page, Error>>
    where
        B: 's,
    {
        self.walk_pages().boxed()
    }

    /// The items of every page, one by one (boxed, so it is `Unpin`).
    pub fn items<'s>(self) -> BoxStream<'s, Result<<B::Page as CursorPage>::Item, Error>>
    where
        B: 's,
        <B::Page as CursorPage>::Item: Send,
    {
        self.walk_items().boxed()
    }

    fn walk_pages(self) -> impl Stream<Item = Result<B::Page, Error>> + Send {
        let Paginator { request, max_items, max_pages } = self;
        let mut seen = LoopGuard::new();
        if let Some(start) = request.start_cursor() {
            seen.first_use(&start);
        }
        let state = Walker { next: Some(request), seen, pages: 0, items: 0, max_items, max_pages, failed: None };
        stream::try_unfold(state, |mut state| async move {
            if let Some(e) = state.failed.take() {
                return Err(e);
            }
            let Some(request) = state.next.take() else { return Ok(None) };
            if state.max_pages.is_some_and(|max| state.pages >= max)
                || state.max_items.is_some_and(|max| state.items >= max)
            {
                return Ok(None);
            }
            let walk = request.walk();
            let page = request.clone().fetch().await?;
            // A page the walk cannot continue from still yields its items first.
            if let Err(e) = request.check_page(&page) {
                state.failed = Some(e);
                return Ok(Some((page, state)));
            }
            state.pages += 1;
            state.items += page.items().len();
            let more = page.has_more() != Some(false) && !page.items().is_empty();
            if more {
                let cursor = page
                    .cursor(walk)
                    .filter(|c| !c.is_empty())
                    .map(str::to_owned)
                    .or_else(|| request.fallback_cursor(&page));
                if let Some(cursor) = cursor
                    && state.seen.first_use(&cursor)
                {
                    state.next = Some(request.at_cursor(cursor));
                }
            }
            Ok(Some((page, state)))
        })
    }

    fn walk_items(self) -> impl Stream<Item = Result<<B::Page as CursorPage>::Item, Error>> + Send
    where
        <B::Page as CursorPage>::Item: Send,
    {
        let limit = self.max_items.unwrap_or(usize::MAX);
        self.walk_pages().map_ok(|page| stream::iter(page.into_items().into_iter().map(Ok))).try_flatten().take(limit)
    }
}

/// A message search result with the chat it belongs to: `None` when the
/// server did not send that chat (older servers send no chats at all).
pub type MessageWithChat = (types::Message, Option<Arc<types::Chat>>);

impl types::MessageSearchPage {
    /// The chat `message` belongs to, when the server sent it with this page.
    pub fn chat_of(&self, message: &types::Message) -> Option<&types::Chat> {
        self.chats.get(message.chat_id.as_str())
    }
}

impl<'a> Paginator<SearchMessages<'a>> {
    /// Like [`items`](Paginator::items), each message paired with its chat
    /// from the same page (see [`MessageWithChat`]).
    pub fn items_with_chats(self) -> BoxStream<'a, Result<MessageWithChat, Error>> {
        let limit = self.max_items.unwrap_or(usize::MAX);
        self.walk_pages()
            .map_ok(|page| {
                let chats: HashMap<String, Arc<types::Chat>> =
                    page.chats.into_iter().map(|(id, chat)| (id, Arc::new(chat))).collect();
                stream::iter(page.items.into_iter().map(move |message| {
                    let chat = chats.get(message.chat_id.as_str()).cloned();
                    Ok((message, chat))
                }))
            })
            .try_flatten()
            .take(limit)
            .boxed()
    }
}

impl<'a> SearchMessages<'a> {
    /// Every matching message with its chat, page after page (`Unpin`); see
    /// [`crate::pagination`].
    ///
    /// ```no_run
    /// use beeper_desktop::prelude::*;
    /// # async fn run(client: beeper_desktop::Client) -> Result<(), beeper_desktop::Error> {
    /// let mut hits = client.search_messages().query("dinner").stream_with_chats();
    /// while let Some((message, chat)) = hits.try_next().await? {
    ///     let title = chat.and_then(|c| c.title.clone()).unwrap_or_default();
    ///     println!("{title}: {:?}", message.text);
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn stream_with_chats(self) -> BoxStream<'a, Result<MessageWithChat, Error>> {
        self.paginate().items_with_chats()
    }
}

/// How many recent cursors the loop check compares exactly (by hash).
pub const RECENT_CURSORS: usize = 64;

/// Detects a walk that revisits a cursor, in constant memory: a window of
/// the hashes of the last [`RECENT_CURSORS`] cursors, plus Brent's cycle
/// detection for longer cycles (a checkpoint hash that moves at powers of
/// two). Hashes are keyed per walk, so a server cannot aim for collisions.
struct LoopGuard {
    hasher: RandomState,
    recent: VecDeque<u64>,
    checkpoint: Option<u64>,
    steps: u64,
    power: u64,
}

impl LoopGuard {
    fn new() -> Self {
        Self {
            hasher: RandomState::new(),
            recent: VecDeque::with_capacity(RECENT_CURSORS),
            checkpoint: None,
            steps: 0,
            power: 1,
        }
    }

    /// Records `cursor`; false when the walk has been here before.
    fn first_use(&mut self, cursor: &str) -> bool {
        let hash = self.hasher.hash_one(cursor);
        if self.recent.contains(&hash) || self.checkpoint == Some(hash) {
            return false;
        }
        if self.recent.len() == RECENT_CURSORS {
            self.recent.pop_front();
        }
        self.recent.push_back(hash);
        self.steps += 1;
        if self.steps >= self.power {
            self.checkpoint = Some(hash);
            self.steps = 0;
            self.power = self.power.saturating_mul(2);
        }
        true
    }
}

struct Walker<B> {
    next: Option<B>,
    seen: LoopGuard,
    pages: usize,
    items: usize,
    max_items: Option<usize>,
    max_pages: Option<usize>,
    /// Why the walk cannot go on after the page just yielded.
    failed: Option<Error>,
}

macro_rules! paginate {
    ($builder:ident, $page:ty, $item:ty) => {
        impl<'a> Paginate for $builder<'a> {
            type Page = $page;
            fn walk(&self) -> Walk {
                match &self.direction {
                    Ok(Some(types::Direction::After)) => Walk::Newer,
                    _ => Walk::Older,
                }
            }
            fn start_cursor(&self) -> Option<String> {
                self.cursor.as_ref().ok().and_then(Clone::clone)
            }
            fn at_cursor(self, cursor: String) -> Self {
                self.cursor(cursor)
            }
            fn fetch(self) -> impl Future<Output = Result<Self::Page, Error>> + Send {
                async move { Ok(self.send().await?.into_inner()) }
            }
            paginate!(@fallback $builder);
        }

        impl<'a> $builder<'a> {
            /// Every item, page after page, as a stream; see [`crate::pagination`].
            /// It is `Unpin`: call `try_next()` on it directly (with
            /// [`crate::prelude`] in scope).
            pub fn stream(self) -> BoxStream<'a, Result<$item, Error>> {
                self.paginate().items()
            }

            /// Every page as a stream (`Unpin`); see [`crate::pagination`].
            pub fn pages(self) -> BoxStream<'a, Result<$page, Error>> {
                self.paginate().pages()
            }

            /// A [`Paginator`] for setting caps before streaming; see [`crate::pagination`].
            pub fn paginate(self) -> Paginator<Self> {
                Paginate::paginate(self)
            }
        }
    };
    (@fallback ListMessages) => {
        /// Servers of the JS 4.x generation page messages by the last
        /// item's `sortKey` and send no cursors at all; a page that carries
        /// either cursor comes from a newer server and is not guessed at.
        fn fallback_cursor(&self, page: &Self::Page) -> Option<String> {
            let no_cursors = [&page.oldest_cursor, &page.newest_cursor]
                .iter()
                .all(|c| c.as_deref().is_none_or(str::is_empty));
            if page.has_more != Some(true) || !no_cursors {
                return None;
            }
            page.items.last().map(|m| m.sort_key.to_string()).filter(|k| !k.is_empty())
        }
    };
    (@fallback $other:ident) => {};
}

paginate!(ListChats, types::ChatPage, types::ChatListItem);
paginate!(SearchChats, types::ChatSearchPage, types::Chat);
paginate!(ListMessages, types::MessagePage, types::Message);
paginate!(SearchMessages, types::MessageSearchPage, types::Message);
paginate!(ListContacts, types::UserPage, types::User);

#[cfg(test)]
mod tests {
    use super::{LoopGuard, RECENT_CURSORS};

    #[test]
    fn distinct_cursors_never_stop_the_walk_and_memory_stays_bounded() {
        let mut guard = LoopGuard::new();
        for i in 0..200_000u32 {
            assert!(guard.first_use(&format!("cursor-{i}")), "cursor {i} flagged as a repeat");
            assert!(guard.recent.len() <= RECENT_CURSORS);
        }
    }

    #[test]
    fn a_repeat_within_the_window_is_caught_at_once() {
        for cycle in 1..=RECENT_CURSORS {
            let mut guard = LoopGuard::new();
            for i in 0..cycle {
                assert!(guard.first_use(&i.to_string()));
            }
            assert!(!guard.first_use("0"), "cycle of {cycle} not caught on its first repeat");
        }
    }

    #[test]
    fn a_cycle_longer_than_the_window_is_caught_within_twice_its_length() {
        for (prefix, cycle) in [(0usize, 65usize), (10, 100), (1000, 5000), (3, 70_000)] {
            let mut guard = LoopGuard::new();
            let sequence = (0..prefix).map(|i| format!("p{i}")).chain((0..).map(|i| format!("c{}", i % cycle)));
            let stopped = sequence.take(prefix + 3 * cycle + 2).position(|c| !guard.first_use(&c));
            let at = stopped.unwrap_or_else(|| panic!("cycle of {cycle} after {prefix} never caught"));
            assert!(at >= prefix + cycle, "stopped at {at} before any repeat");
            assert!(at <= 2 * (prefix + cycle) + cycle, "cycle of {cycle} caught late, at {at}");
        }
    }
}
