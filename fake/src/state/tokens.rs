//! Accepted tokens (token → scopes, optional expiry) and the OAuth book of
//! registered clients, pending codes and issued tokens.

use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::time::{Duration, Instant};

use crate::error::ApiError;

/// What a token may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    /// Read chats, messages, accounts, assets.
    Read,
    /// Change state: send, edit, react, archive, upload, ...
    Write,
}

impl Scope {
    /// The scope's name as OAuth spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Read => "read",
            Scope::Write => "write",
        }
    }
}

/// What one token grants.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grant {
    /// Scopes the token carries.
    pub scopes: BTreeSet<Scope>,
    /// After this instant the token is refused as expired.
    pub expires_at: Option<Instant>,
}

impl Grant {
    /// Read and write, never expiring.
    pub fn full() -> Self {
        Self { scopes: [Scope::Read, Scope::Write].into(), expires_at: None }
    }

    /// Only read, never expiring.
    pub fn read_only() -> Self {
        Self { scopes: [Scope::Read].into(), expires_at: None }
    }

    /// The same grant, expiring at `at`.
    pub fn expiring_at(mut self, at: Instant) -> Self {
        self.expires_at = Some(at);
        self
    }
}

/// Every token the fake accepts. Its `Debug` never shows a token.
#[derive(Clone, Default)]
pub struct TokenTable {
    grants: HashMap<String, Grant>,
    /// OAuth clients, codes and issue times (served by `routes::oauth`).
    pub(crate) oauth: OAuthBook,
}

impl fmt::Debug for TokenTable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenTable").field("tokens", &self.grants.len()).finish()
    }
}

impl TokenTable {
    /// Accepts `token` with `grant` (replacing an earlier grant of it).
    pub fn insert(&mut self, token: impl Into<String>, grant: Grant) {
        self.grants.insert(token.into(), grant);
    }

    /// Stops accepting `token`; true if it was known.
    pub fn remove(&mut self, token: &str) -> bool {
        self.grants.remove(token).is_some()
    }

    /// The grant of `token`, if known (expired or not).
    pub fn get(&self, token: &str) -> Option<&Grant> {
        self.grants.get(token)
    }

    /// Checks that `token` is known, unexpired and carries `need`.
    pub fn check(&self, token: &str, need: Scope, now: Instant) -> Result<(), ApiError> {
        let grant = self.grants.get(token).ok_or_else(|| ApiError::unauthorized("Invalid access token"))?;
        if grant.expires_at.is_some_and(|at| now >= at) {
            return Err(ApiError::unauthorized("Access token expired"));
        }
        if !grant.scopes.contains(&need) {
            return Err(ApiError::forbidden(format!("Access token lacks the {} scope", need.as_str())));
        }
        Ok(())
    }
}

/// How long issued tokens live unless changed with
/// [`TokenTable::set_oauth_token_lifetime`].
pub const DEFAULT_TOKEN_LIFETIME: Duration = Duration::from_secs(3600);

/// Registered clients, pending codes and issue times (kept in the
/// [`TokenTable`]).
#[derive(Clone, Debug, Default)]
pub struct OAuthBook {
    pub(crate) clients: HashMap<String, Client>,
    pub(crate) codes: HashMap<String, PendingCode>,
    pub(crate) issued: HashMap<String, Issued>,
    pub(crate) lifetime: Option<Duration>,
    pub(crate) next: u64,
}

#[derive(Clone, Debug)]
pub(crate) struct Client {
    pub(crate) redirect_uris: Vec<String>,
}

#[derive(Clone, Debug)]
pub(crate) struct PendingCode {
    pub(crate) client_id: String,
    pub(crate) redirect_uri: String,
    pub(crate) challenge: String,
    pub(crate) scopes: BTreeSet<Scope>,
    pub(crate) expires: Instant,
}

#[derive(Clone, Debug)]
pub(crate) struct Issued {
    pub(crate) client_id: String,
    pub(crate) issued_at: u64,
    pub(crate) expires_at: u64,
}

impl TokenTable {
    /// Lifetime of tokens the OAuth endpoints issue from now on (default
    /// one hour). `Duration::ZERO` issues tokens that are already expired.
    pub fn set_oauth_token_lifetime(&mut self, lifetime: Duration) {
        self.oauth.lifetime = Some(lifetime);
    }

    /// How many OAuth clients registered so far.
    pub fn oauth_clients(&self) -> usize {
        self.oauth.clients.len()
    }
}
