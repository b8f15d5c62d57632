//! Bearer-token checks: one token table (token → scopes, optional expiry)
//! and the extractors routes use to declare the access they need.
//!
//! A route needing read access takes [`ReadAccess`] as its first argument, a
//! route that changes state takes [`WriteAccess`]; open routes (`/v1/info`,
//! `/v1/spec`) take neither. Both extractors go through [`authorize`], the
//! single place a token is checked. Route modules added later (OAuth, setup)
//! can issue or revoke tokens with [`TokenTable::insert`] and
//! [`TokenTable::remove`] on [`FakeState::tokens`].

use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::time::Instant;

use axum::extract::FromRequestParts;
use axum::http::HeaderMap;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;

use crate::error::ApiError;
use crate::state::FakeState;

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

/// The one check every protected route goes through: a `Bearer` token in
/// `Authorization` that the token table grants `need`.
pub fn authorize(state: &FakeState, headers: &HeaderMap, need: Scope) -> Result<(), ApiError> {
    let value = headers
        .get(AUTHORIZATION)
        .ok_or_else(|| ApiError::unauthorized("Missing Authorization header with a Bearer access token"))?;
    let token = value
        .to_str()
        .ok()
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| ApiError::unauthorized("Authorization header is not a Bearer access token"))?;
    state.tokens().check(token, need, Instant::now())
}

/// Extractor for routes that only read state.
#[derive(Clone, Copy, Debug)]
pub struct ReadAccess;

/// Extractor for routes that change state.
#[derive(Clone, Copy, Debug)]
pub struct WriteAccess;

impl FromRequestParts<FakeState> for ReadAccess {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &FakeState) -> Result<Self, ApiError> {
        authorize(state, &parts.headers, Scope::Read).map(|()| ReadAccess)
    }
}

impl FromRequestParts<FakeState> for WriteAccess {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &FakeState) -> Result<Self, ApiError> {
        authorize(state, &parts.headers, Scope::Write).map(|()| WriteAccess)
    }
}
