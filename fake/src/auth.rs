//! Bearer-token checks: the extractors routes use to declare the access
//! they need, checked against the token table of the state.
//!
//! A route needing read access takes [`ReadAccess`] as its first argument, a
//! route that changes state takes [`WriteAccess`]; open routes (`/v1/info`,
//! `/v1/spec`) take neither. Both extractors go through [`authorize`], the
//! single place a token is checked. Route modules added later (OAuth, setup)
//! can issue or revoke tokens with [`TokenTable::insert`] and
//! [`TokenTable::remove`] on [`FakeState::tokens`].
//!
//! [`TokenTable::insert`]: crate::state::tokens::TokenTable::insert
//! [`TokenTable::remove`]: crate::state::tokens::TokenTable::remove

use std::time::Instant;

use axum::extract::FromRequestParts;
use axum::http::HeaderMap;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;

use crate::error::ApiError;
use crate::state::FakeState;
use crate::state::tokens::Scope;

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
