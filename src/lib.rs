//! Typed async client for the [Beeper Desktop API].
//!
//! The client is generated at build time by [progenitor] from the crate's
//! hand-maintained `openapi.yaml`; this crate adds configuration, request
//! hooks and a few helpers. Every operation is a builder started from
//! [`Client`]:
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let client = beeper_desktop::Client::from_env()?;
//! let page = client.list_chats().limit(10).send().await?;
//! for chat in &page.items {
//!     println!("{}: {} unread", chat.title.as_deref().unwrap_or("(untitled)"), chat.unread_count);
//! }
//! # Ok(())
//! # }
//! ```
//!
//! [Beeper Desktop API]: https://developers.beeper.com/desktop-api
//! [progenitor]: https://github.com/oxidecomputer/progenitor

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod assets;
mod attempts;
mod builder_ext;
mod call;
pub mod client;
#[cfg(test)]
mod decode_props;
mod error;
mod hooks;
mod lenient;
pub mod pagination;
mod patch;
mod path_encoding;
mod retry;
mod secret;
mod unions;
mod upload;

#[allow(missing_docs, clippy::all, unreachable_patterns, unused_imports)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/codegen.rs"));
}

pub use client::{ClientBuilder, ConfigError};
pub use error::Error;
pub use generated::{Client, builder, spec, types};
pub use lenient::NumericString;
pub use pagination::{CursorPage, Paginate, Paginator, Walk};
pub use patch::Patch;
pub use progenitor_client::{ByteStream, ResponseValue};
pub use retry::RetryPolicy;
pub use secret::SecretString;
pub use unions::UnknownVariant;
pub use upload::{DEFAULT_UPLOAD_FILE_NAME, UploadAsset};

/// Compiles the README's examples as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
