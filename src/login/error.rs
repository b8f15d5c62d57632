//! What can go wrong signing in or out.

use std::time::Duration;

use crate::token_store::TokenStoreError;

/// Signing in or out failed. Messages never contain a token, code or
/// verifier.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoginError {
    /// The base URL does not parse or is not `http`/`https`.
    #[error("invalid base URL {url:?}: {reason}")]
    InvalidBaseUrl {
        /// The URL as given.
        url: String,
        /// What is wrong.
        reason: String,
    },
    /// Beeper Desktop runs but nobody is signed in to Beeper in it.
    #[error("Beeper Desktop is not signed in to Beeper; sign in to the app first, then try again")]
    DesktopSignedOut,
    /// No request reached Beeper Desktop, or the answer broke off.
    #[error("cannot reach Beeper Desktop: {0}")]
    Transport(#[source] reqwest::Error),
    /// The callback listener could not be started.
    #[error("cannot listen for the sign-in callback on 127.0.0.1: {0}")]
    Listen(#[source] std::io::Error),
    /// Client registration was refused or answered oddly.
    #[error("Beeper Desktop refused to register this app{}: {detail}", status.map(|s| format!(" (HTTP {s})")).unwrap_or_default())]
    Registration {
        /// HTTP status, when there was an answer.
        status: Option<u16>,
        /// The server's explanation (one line).
        detail: String,
    },
    /// No callback arrived in time (the user did not approve, or the
    /// browser never opened).
    #[error("no answer from the browser within {} s; run the sign-in again and approve it in Beeper Desktop", waited.as_secs())]
    CallbackTimeout {
        /// How long we waited.
        waited: Duration,
    },
    /// The callback's `state` is not the one sent: it does not belong to
    /// this sign-in. Nothing was exchanged.
    #[error("the sign-in callback does not belong to this sign-in (state mismatch); run the sign-in again")]
    StateMismatch,
    /// The user (or Desktop) declined.
    #[error("Beeper Desktop did not grant access: {error}{}", description.as_deref().map(|d| format!(" ({d})")).unwrap_or_default())]
    Denied {
        /// OAuth error code, e.g. `access_denied`.
        error: String,
        /// Its explanation, if given.
        description: Option<String>,
    },
    /// The callback carried neither a code nor an error.
    #[error("the sign-in callback carried no authorization code")]
    MissingCode,
    /// The code could not be exchanged for a token.
    #[error("Beeper Desktop did not issue a token: {detail}")]
    TokenExchange {
        /// What went wrong (one line; never the code or verifier).
        detail: String,
    },
    /// Saving, reading or deleting the stored token failed.
    #[error(transparent)]
    Store(#[from] TokenStoreError),
}
