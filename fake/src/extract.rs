//! Request extractors that answer bad input the way the API does: 400
//! `VALIDATION_ERROR` with `details.issues`, unknown body fields and unknown
//! query parameters rejected.

use std::str::FromStr;

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::http::request::Parts;
use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::{ApiError, Issue};
use crate::state::FakeState;

/// Largest JSON body accepted (the base64 upload is the big one).
pub const MAX_JSON_BODY: usize = 64 * 1024 * 1024;

/// A JSON body decoded into `T`. An empty body reads as `{}`; a field `T`
/// does not know is an `unrecognized_keys` issue, a wrong type an
/// `invalid_type` issue with the path to the value.
#[derive(Debug)]
pub struct JsonBody<T>(pub T);

impl<T: DeserializeOwned> FromRequest<FakeState> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &FakeState) -> Result<Self, ApiError> {
        let content_type = req.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|e| ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", e.body_text()))?;
        let is_blank = bytes.iter().all(u8::is_ascii_whitespace);
        if !is_blank && content_type.as_deref().is_some_and(|ct| !ct.to_ascii_lowercase().contains("json")) {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "UNSUPPORTED_MEDIA_TYPE",
                "Request body must be application/json",
            ));
        }
        let text: &[u8] = if is_blank { b"{}" } else { &bytes };
        decode_json(text).map(JsonBody)
    }
}

/// Decodes `text` into `T`, listing unknown fields and type errors as issues.
pub fn decode_json<T: DeserializeOwned>(text: &[u8]) -> Result<T, ApiError> {
    let mut unknown: Vec<Vec<Value>> = Vec::new();
    let mut de = serde_json::Deserializer::from_slice(text);
    let result: Result<T, _> = {
        let mut record = |path: serde_ignored::Path<'_>| unknown.push(ignored_path(&path));
        let ignored = serde_ignored::Deserializer::new(&mut de, &mut record);
        serde_path_to_error::deserialize(ignored)
    };
    let value = match result {
        Ok(v) => v,
        Err(e) => {
            let path = error_path(e.path());
            let inner = e.into_inner();
            let code = if inner.is_syntax() || inner.is_eof() { "invalid_json" } else { "invalid_type" };
            return Err(ApiError::validation(vec![Issue::new(code, inner.to_string(), path)]));
        }
    };
    if let Err(e) = de.end() {
        return Err(ApiError::validation(vec![Issue::new("invalid_json", e.to_string(), vec![])]));
    }
    if !unknown.is_empty() {
        let issues = unknown
            .into_iter()
            .map(|mut path| {
                let key = path.pop().unwrap_or(Value::Null);
                let key_text = key.as_str().map(str::to_owned).unwrap_or_else(|| key.to_string());
                Issue::new("unrecognized_keys", format!("Unrecognized key: '{key_text}'"), path)
            })
            .collect();
        return Err(ApiError::validation(issues));
    }
    Ok(value)
}

fn ignored_path(path: &serde_ignored::Path<'_>) -> Vec<Value> {
    use serde_ignored::Path as P;
    let mut out = match path {
        P::Root => return Vec::new(),
        P::Seq { parent, .. }
        | P::Map { parent, .. }
        | P::Some { parent }
        | P::NewtypeStruct { parent }
        | P::NewtypeVariant { parent } => ignored_path(parent),
    };
    match path {
        P::Seq { index, .. } => out.push(Value::from(*index)),
        P::Map { key, .. } => out.push(Value::from(key.clone())),
        _ => {}
    }
    out
}

fn error_path(path: &serde_path_to_error::Path) -> Vec<Value> {
    use serde_path_to_error::Segment;
    path.iter()
        .filter_map(|s| match s {
            Segment::Seq { index } => Some(Value::from(*index)),
            Segment::Map { key } => Some(Value::from(key.clone())),
            Segment::Enum { variant } => Some(Value::from(variant.clone())),
            Segment::Unknown => None,
        })
        .collect()
}

/// Path parameters decoded into `T` (a `String` or a tuple of them); an
/// empty segment is a 404 like an unknown ID.
#[derive(Debug)]
pub struct Ids<T>(pub T);

impl<T: DeserializeOwned + Send> FromRequestParts<FakeState> for Ids<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &FakeState) -> Result<Self, ApiError> {
        Path::<T>::from_request_parts(parts, state)
            .await
            .map(|Path(v)| Ids(v))
            .map_err(|e| ApiError::invalid("path", "invalid_string", e.body_text()))
    }
}

/// The query string as ordered pairs (arrays as repeated keys). Routes read
/// typed values out of it and reject parameters they do not know.
#[derive(Clone, Debug, Default)]
pub struct QueryParams {
    pairs: Vec<(String, String)>,
}

impl<S: Send + Sync> FromRequestParts<S> for QueryParams {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        let query = parts.uri.query().unwrap_or("");
        Ok(Self::parse(query))
    }
}

impl QueryParams {
    /// Parses `a=1&b=2&b=3`.
    pub fn parse(query: &str) -> Self {
        Self { pairs: form_urlencoded::parse(query.as_bytes()).into_owned().collect() }
    }

    /// Fails with an issue per parameter name not in `known`.
    pub fn only(&self, known: &[&str]) -> Result<(), ApiError> {
        let issues: Vec<Issue> = self
            .pairs
            .iter()
            .filter(|(k, _)| !known.contains(&k.as_str()))
            .map(|(k, _)| Issue::at("unrecognized_keys", format!("Unrecognized query parameter: '{k}'"), k))
            .collect();
        if issues.is_empty() { Ok(()) } else { Err(ApiError::validation(issues)) }
    }

    /// The single value of `name`; repeating a scalar parameter is invalid.
    pub fn string(&self, name: &str) -> Result<Option<&str>, ApiError> {
        let mut values = self.pairs.iter().filter(|(k, _)| k == name).map(|(_, v)| v.as_str());
        let first = values.next();
        if values.next().is_some() {
            return Err(ApiError::invalid(
                name,
                "invalid_type",
                format!("Expected one value for '{name}', received several"),
            ));
        }
        Ok(first)
    }

    /// Like [`string`](Self::string) but required and non-empty.
    pub fn required(&self, name: &str) -> Result<&str, ApiError> {
        match self.string(name)? {
            Some(v) if !v.is_empty() => Ok(v),
            Some(_) => Err(ApiError::invalid(name, "too_small", format!("'{name}' must not be empty"))),
            None => {
                Err(ApiError::invalid(name, "invalid_type", format!("Required query parameter '{name}' is missing")))
            }
        }
    }

    /// Like [`string`](Self::string), but a present value must not be empty
    /// (`minLength: 1`).
    pub fn non_empty(&self, name: &str) -> Result<Option<&str>, ApiError> {
        match self.string(name)? {
            Some("") => Err(ApiError::invalid(name, "too_small", format!("'{name}' must not be empty"))),
            other => Ok(other),
        }
    }

    /// Every value of a repeated parameter, in order.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.pairs.iter().filter(|(k, _)| k == name).map(|(_, v)| v.as_str()).collect()
    }

    /// `true` / `false`.
    pub fn boolean(&self, name: &str) -> Result<Option<bool>, ApiError> {
        match self.string(name)? {
            None => Ok(None),
            Some("true") => Ok(Some(true)),
            Some("false") => Ok(Some(false)),
            Some(other) => Err(ApiError::invalid(
                name,
                "invalid_type",
                format!("Expected boolean for '{name}', received '{other}'"),
            )),
        }
    }

    /// An integer within `min..=max`.
    pub fn integer(&self, name: &str, min: i64, max: i64) -> Result<Option<i64>, ApiError> {
        let Some(text) = self.string(name)? else { return Ok(None) };
        let n: i64 = text.parse().map_err(|_| {
            ApiError::invalid(name, "invalid_type", format!("Expected integer for '{name}', received '{text}'"))
        })?;
        if n < min {
            return Err(ApiError::invalid(name, "too_small", format!("'{name}' must be at least {min}")));
        }
        if n > max {
            return Err(ApiError::invalid(name, "too_big", format!("'{name}' must be at most {max}")));
        }
        Ok(Some(n))
    }

    /// An RFC 3339 date-time.
    pub fn date_time(&self, name: &str) -> Result<Option<DateTime<Utc>>, ApiError> {
        let Some(text) = self.string(name)? else { return Ok(None) };
        DateTime::parse_from_rfc3339(text).map(|t| Some(t.with_timezone(&Utc))).map_err(|_| {
            ApiError::invalid(
                name,
                "invalid_string",
                format!("Expected an ISO 8601 date-time for '{name}', received '{text}'"),
            )
        })
    }

    /// A value of an enum that parses from its wire name.
    pub fn parsed<T: FromStr>(&self, name: &str, allowed: &str) -> Result<Option<T>, ApiError> {
        let Some(text) = self.string(name)? else { return Ok(None) };
        text.parse().map(Some).map_err(|_| {
            ApiError::invalid(
                name,
                "invalid_enum_value",
                format!("Invalid enum value for '{name}': expected {allowed}, received '{text}'"),
            )
        })
    }

    /// Every value of a repeated enum parameter.
    pub fn parsed_all<T: FromStr>(&self, name: &str, allowed: &str) -> Result<Vec<T>, ApiError> {
        let mut issues = Vec::new();
        let mut out = Vec::new();
        for (index, text) in self.all(name).into_iter().enumerate() {
            match text.parse() {
                Ok(v) => out.push(v),
                Err(_) => issues.push(Issue::new(
                    "invalid_enum_value",
                    format!("Invalid enum value for '{name}': expected {allowed}, received '{text}'"),
                    vec![Value::from(name), Value::from(index)],
                )),
            }
        }
        if issues.is_empty() { Ok(out) } else { Err(ApiError::validation(issues)) }
    }
}
