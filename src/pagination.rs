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
//! **Direction.** Walking `before` (the default, older results) follows each
//! page's `oldestCursor`; walking `after` (newer results) follows
//! `newestCursor`. Without a starting cursor the server returns the newest
//! page, so walking `after` needs a cursor to start from.
//!
//! **Stopping.** The walk ends after a page with `hasMore: false`, an empty
//! page, or a page whose cursor for the walking direction is missing, empty
//! or was already used (a server bug that would otherwise loop forever). A
//! missing `hasMore` does not stop the walk on its own. Only one page of
//! items is held at a time; besides it, the walk keeps just the cursors it
//! has used (one short string per page) to detect loops.

use std::collections::HashSet;
use std::future::Future;

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
    ($page:ty, $item:ty) => {
        impl CursorPage for $page {
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
cursor_page!(types::UserPage, types::User);

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
        let mut seen = HashSet::new();
        if let Some(start) = request.start_cursor() {
            seen.insert(start);
        }
        let state = Walker { next: Some(request), seen, pages: 0, items: 0, max_items, max_pages };
        stream::try_unfold(state, |mut state| async move {
            let Some(request) = state.next.take() else { return Ok(None) };
            if state.max_pages.is_some_and(|max| state.pages >= max)
                || state.max_items.is_some_and(|max| state.items >= max)
            {
                return Ok(None);
            }
            let walk = request.walk();
            let page = request.clone().fetch().await?;
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
                    && state.seen.insert(cursor.clone())
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

struct Walker<B> {
    next: Option<B>,
    seen: HashSet<String>,
    pages: usize,
    items: usize,
    max_items: Option<usize>,
    max_pages: Option<usize>,
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
paginate!(SearchMessages, types::MessagePage, types::Message);
paginate!(ListContacts, types::UserPage, types::User);
