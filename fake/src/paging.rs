//! Cursor pagination shared by every paginated route: opaque cursors,
//! `before`/`after`, `hasMore`, `oldestCursor`/`newestCursor`.
//!
//! Every list is ordered "top first" by a key that decreases down the list
//! (newest activity, newest message, first contact). The first page is the
//! top; `direction=before` (also a bare cursor) continues below the cursor,
//! `direction=after` above it, nearest items first.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Serialize;
use serde_json::Value;

use crate::error::{ApiError, ApiResult};
use crate::extract::QueryParams;

/// Which way from the cursor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Toward {
    /// Older / further down (`before`, the default).
    Below,
    /// Newer / further up (`after`).
    Above,
}

/// Reads `cursor` and `direction` for a list whose cursors carry `kind`.
pub fn position(query: &QueryParams, kind: &str) -> Result<(Option<String>, Toward), ApiError> {
    let toward = match query.string("direction")? {
        None | Some("before") => Toward::Below,
        Some("after") => Toward::Above,
        Some(other) => {
            return Err(ApiError::invalid(
                "direction",
                "invalid_enum_value",
                format!("Invalid enum value for 'direction': expected 'before' | 'after', received '{other}'"),
            ));
        }
    };
    let cursor = match query.string("cursor")? {
        None | Some("") => None,
        Some(text) => Some(decode(kind, text)?),
    };
    Ok((cursor, toward))
}

/// Makes the opaque cursor of `key` in a list of `kind`.
pub fn encode(kind: &str, key: &str) -> String {
    URL_SAFE_NO_PAD.encode(format!("{kind}:{key}"))
}

/// The key inside a cursor of `kind`, or a validation error.
pub fn decode(kind: &str, cursor: &str) -> Result<String, ApiError> {
    let bad = || ApiError::invalid("cursor", "invalid_string", "Invalid cursor: pass back a cursor this list returned");
    let bytes = URL_SAFE_NO_PAD.decode(cursor).map_err(|_| bad())?;
    let text = String::from_utf8(bytes).map_err(|_| bad())?;
    text.strip_prefix(kind).and_then(|rest| rest.strip_prefix(':')).map(str::to_owned).ok_or_else(bad)
}

/// One page cut out of a top-first list.
#[derive(Debug)]
pub struct Page<T> {
    /// The items, top first.
    pub items: Vec<T>,
    /// More items lie beyond the page in the walking direction.
    pub has_more: bool,
}

/// Cuts a page out of `items` (top first, keys strictly decreasing) at
/// `cursor` toward `toward`, at most `limit` items.
pub fn cut<T, K: Ord>(
    items: Vec<T>,
    key: impl Fn(&T) -> K,
    cursor: Option<&K>,
    toward: Toward,
    limit: usize,
) -> Page<T> {
    let Some(cursor) = cursor else {
        let has_more = items.len() > limit;
        return Page { items: items.into_iter().take(limit).collect(), has_more };
    };
    match toward {
        Toward::Below => {
            let below: Vec<T> = items.into_iter().filter(|i| key(i) < *cursor).collect();
            let has_more = below.len() > limit;
            Page { items: below.into_iter().take(limit).collect(), has_more }
        }
        Toward::Above => {
            let mut above: Vec<T> = items.into_iter().filter(|i| key(i) > *cursor).collect();
            let has_more = above.len() > limit;
            let start = above.len().saturating_sub(limit);
            Page { items: above.split_off(start), has_more }
        }
    }
}

/// A numeric sort key from a decoded cursor.
pub(crate) fn decode_key(text: &str) -> ApiResult<u64> {
    text.parse().map_err(|_| {
        ApiError::invalid("cursor", "invalid_string", "Invalid cursor: pass back a cursor this list returned")
    })
}

/// A paged answer as sent: `T` as JSON with both `oldestCursor` and
/// `newestCursor` present, `null` when there is no cursor (an empty page, a
/// page past the end). Beeper's own types require both keys; the generated
/// types leave an absent cursor out.
#[derive(Debug)]
pub struct Paged<T> {
    body: T,
    at: &'static str,
}

impl<T> Paged<T> {
    /// `body` is the page itself.
    pub fn new(body: T) -> Self {
        Self { body, at: "" }
    }

    /// The page sits at this JSON pointer inside `body` (e.g.
    /// `/results/messages`).
    pub fn at(body: T, pointer: &'static str) -> Self {
        Self { body, at: pointer }
    }
}

impl<T: Serialize> IntoResponse for Paged<T> {
    fn into_response(self) -> Response {
        let mut value = match serde_json::to_value(&self.body) {
            Ok(value) => value,
            Err(e) => {
                let message = format!("fake could not shape its answer: {e}");
                return ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", message).into_response();
            }
        };
        if let Some(Value::Object(page)) = value.pointer_mut(self.at) {
            for key in ["oldestCursor", "newestCursor"] {
                page.entry(key).or_insert(Value::Null);
            }
        }
        Json(value).into_response()
    }
}
