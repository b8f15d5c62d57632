#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![warn(missing_docs)]

mod assets;
mod attempts;
mod call;
mod checks;
pub mod client;
#[cfg(test)]
mod decode_props;
pub mod discovery;
mod error;
#[cfg(feature = "events")]
#[cfg_attr(docsrs, doc(cfg(feature = "events")))]
pub mod events;
mod hooks;
mod lenient;
pub mod pagination;
mod patch;
mod path_encoding;
mod retry;
mod secret;
mod send_wait;
pub mod token_store;
mod unions;
mod upload;

#[cfg(feature = "login")]
pub mod login;

// Every public generated item is documented from the spec (codegen fails
// otherwise); `deny` keeps it that way.
#[deny(missing_docs)]
#[allow(clippy::all, unreachable_patterns, unused_imports)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/codegen.rs"));
}

pub use client::{ClientBuilder, ConfigError};
pub use discovery::{DesktopInstance, discover};
pub use error::{AuthFailure, Error};
pub use generated::{Client, builder, spec, types};
pub use lenient::NumericString;
pub use pagination::{CursorPage, Paginate, Paginator, Walk};
pub use patch::Patch;
pub use progenitor_client::{ByteStream, ResponseValue};
pub use retry::RetryPolicy;
pub use secret::SecretString;
pub use send_wait::{DEFAULT_SEND_WAIT_TIMEOUT, SendAndWait, SendWaitError};
pub use unions::UnknownVariant;
pub use upload::{DEFAULT_UPLOAD_FILE_NAME, UploadAsset};

/// The futures traits the streams need.
pub use futures;
/// HTTP status codes, as in [`Error::status`].
pub use reqwest::StatusCode;

/// What most programs need in one import: the client, the error, the
/// types, and the stream traits that give the pagination streams
/// `try_next()`, `next()`, `try_collect()`, ...
///
/// ```no_run
/// use beeper_desktop::prelude::*;
///
/// # async fn run() -> Result<(), Error> {
/// let client = Client::from_env()?;
/// let mut chats = client.list_chats().stream();
/// while let Some(chat) = chats.try_next().await? {
///     println!("{}", chat.title.as_deref().unwrap_or("(untitled)"));
/// }
/// # Ok(())
/// # }
/// ```
pub mod prelude {
    pub use crate::{Client, Error, types};
    pub use futures::{Stream, StreamExt, TryStreamExt};
}
