//! Walks that decode each item into the caller's own type (`stream_as`).
//!
//! The same walk as `stream()`/`pages()` (cursors, caps, loop check), with
//! every page fetched through the operation's `send_as` and decoded as a
//! [`PageOf<T>`]: the cursors the walk needs, and the items as `T`.

use std::future::Future;
use std::marker::PhantomData;

use futures::stream::BoxStream;
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::{CursorPage, Paginate, Paginator, Walk};
use crate::Error;
use crate::builder::{ListChats, ListContacts, ListMessages, SearchChats, SearchMessages};

/// A page of a cursor-paginated list whose items are your own type `T`.
///
/// The page fields the walk needs are decoded; anything else on the page
/// (a message search's `chats`, for instance) is skipped. Yielded by the
/// `pages_as::<T>()` methods of the paginated operations.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PageOf<T> {
    /// The items, in the server's order.
    pub items: Vec<T>,
    /// `hasMore`, when the server sent it.
    #[serde(default)]
    pub has_more: Option<bool>,
    /// Cursor for older results (`direction=before`).
    #[serde(default)]
    pub oldest_cursor: Option<String>,
    /// Cursor for newer results (`direction=after`).
    #[serde(default)]
    pub newest_cursor: Option<String>,
}

cursor_page!(PageOf<T>, T, T);

/// A paginated request whose pages decode as [`PageOf<T>`]; made by the
/// `paginate_as::<T>()` methods and walked by a [`Paginator`].
#[must_use = "streams do nothing until polled"]
pub struct PagesAs<B, T> {
    request: B,
    // `fn() -> T`: the request holds no `T`, so it is `Send`/`Sync` whatever `T` is.
    item: PhantomData<fn() -> T>,
}

impl<B: Clone, T> Clone for PagesAs<B, T> {
    fn clone(&self) -> Self {
        Self { request: self.request.clone(), item: PhantomData }
    }
}

impl<B: std::fmt::Debug, T> std::fmt::Debug for PagesAs<B, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PagesAs").field("request", &self.request).field("item", &std::any::type_name::<T>()).finish()
    }
}

macro_rules! pages_as {
    ($builder:ident) => {
        impl<'a, T: DeserializeOwned + Send> Paginate for PagesAs<$builder<'a>, T> {
            type Page = PageOf<T>;
            fn walk(&self) -> Walk {
                self.request.walk()
            }
            fn start_cursor(&self) -> Option<String> {
                self.request.start_cursor()
            }
            fn at_cursor(self, cursor: String) -> Self {
                Self { request: self.request.at_cursor(cursor), item: PhantomData }
            }
            fn fetch(self) -> impl Future<Output = Result<Self::Page, Error>> + Send {
                async move { Ok(self.request.send_as::<PageOf<T>>().await?.into_inner()) }
            }
            pages_as!(@check $builder);
        }

        impl<'a> $builder<'a> {
            /// Every item decoded as your own type `T`, page after page
            /// (`Unpin`): the walk of [`stream`](Self::stream), with the
            /// items of [`send_as`](Self::send_as). See [`crate::pagination`].
            pub fn stream_as<T: DeserializeOwned + Send + 'a>(self) -> BoxStream<'a, Result<T, Error>> {
                self.paginate_as::<T>().items()
            }

            /// Every page, its items decoded as your own type `T` (`Unpin`).
            pub fn pages_as<T: DeserializeOwned + Send + 'a>(self) -> BoxStream<'a, Result<PageOf<T>, Error>> {
                self.paginate_as::<T>().pages()
            }

            /// A [`Paginator`] with items of your own type `T`, for setting
            /// caps before streaming.
            pub fn paginate_as<T: DeserializeOwned + Send>(self) -> Paginator<PagesAs<Self, T>> {
                Paginate::paginate(PagesAs { request: self, item: PhantomData })
            }
        }
    };
    (@check ListMessages) => {
        /// Servers of the JS 4.x generation send message pages without
        /// cursors; `stream()` continues from the last message's `sortKey`,
        /// which a page of your own items may not carry. Rather than stop
        /// as if the chat had no more messages, the walk ends with an error.
        fn check_page(&self, page: &Self::Page) -> Result<(), Error> {
            let no_cursors = [&page.oldest_cursor, &page.newest_cursor]
                .iter()
                .all(|c| c.as_deref().is_none_or(str::is_empty));
            if page.has_more == Some(true) && no_cursors && !page.items.is_empty() {
                return Err(Error::Unsupported(
                    "this server pages messages by sort key without cursors; \
                     walk them with `stream()` or `pages()` instead of `stream_as`"
                        .into(),
                ));
            }
            Ok(())
        }
    };
    (@check $other:ident) => {};
}

pages_as!(ListChats);
pages_as!(SearchChats);
pages_as!(ListMessages);
pages_as!(SearchMessages);
pages_as!(ListContacts);
