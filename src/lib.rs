#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![warn(missing_docs)]

// The client and its configuration.
pub mod client;
mod desktop_version;
mod error;
mod one_line;
mod secret;

// How one call travels: input checks, the call's future, attempts, retries, deadlines, answers.
mod transport;

// Decoding helpers the generated models use.
mod model;

// Features built on the generated operations, one module each.
mod assets;
pub mod discovery;
#[cfg(feature = "events")]
#[cfg_attr(docsrs, doc(cfg(feature = "events")))]
pub mod events;
#[cfg(feature = "feed")]
#[cfg_attr(docsrs, doc(cfg(feature = "feed")))]
pub mod feed;
#[cfg(feature = "login")]
#[cfg_attr(docsrs, doc(cfg(feature = "login")))]
pub mod login;
pub mod pagination;
mod send_wait;
#[cfg(feature = "plain-text")]
#[cfg_attr(docsrs, doc(cfg(feature = "plain-text")))]
pub mod text;
pub mod token_store;
mod upload;

// Every public generated item is documented from the spec (codegen fails
// otherwise); `deny` keeps it that way.
#[deny(missing_docs)]
#[allow(clippy::all, unreachable_patterns, unused_imports)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/codegen.rs"));
}

pub use client::{ClientBuilder, ConfigError};
pub use desktop_version::{DESKTOP_VERSION_HEADER, DesktopVersion, desktop_version};
pub use discovery::{DesktopInstance, discover};
pub use error::{AuthFailure, Error};
pub use generated::{Client, builder, spec, types};
pub use model::lenient::NumericString;
pub use model::patch::Patch;
pub use model::unions::UnknownVariant;
pub use pagination::own_types::{PageOf, PagesAs};
pub use pagination::{CursorPage, Paginate, Paginator, Walk};
pub use progenitor_client::{ByteStream, ResponseValue};
pub use secret::SecretString;
pub use send_wait::{DEFAULT_SEND_WAIT_TIMEOUT, SendAndWait, SendWaitError};
pub use transport::retry::RetryPolicy;
pub use upload::{DEFAULT_UPLOAD_FILE_NAME, UploadAsset};

/// The OpenAPI document this client is generated from (`openapi.yaml`), as
/// text: for tools that check or serve it, like the fake Desktop's
/// `GET /v1/spec`. Nothing is linked into a program that does not use it.
pub const OPENAPI_YAML: &str = include_str!("../openapi.yaml");

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
    pub use crate::{Client, DesktopVersion, Error, types};
    pub use futures::{Stream, StreamExt, TryStreamExt};
}
