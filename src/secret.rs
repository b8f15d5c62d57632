//! A string that never shows in `Debug` output, for credentials inside
//! response types (the Matrix access token a sign-in returns).

use std::fmt;

use serde::{Deserialize, Serialize};

/// A credential received from the server. It (de)serializes as a plain JSON
/// string, but its `Debug` output is redacted so logging a response never
/// leaks it; read it with [`SecretString::expose`].
///
/// ```
/// use beeper_desktop::SecretString;
///
/// let token: SecretString = serde_json::from_str("\"syt_abc\"").unwrap();
/// assert_eq!(token.expose(), "syt_abc");
/// assert_eq!(format!("{token:?}"), "SecretString(<redacted>)");
/// ```
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SecretString(String);

impl SecretString {
    /// The secret text.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Takes the secret text out.
    pub fn into_inner(self) -> String {
        self.0
    }
}

impl From<String> for SecretString {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl From<&str> for SecretString {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

impl fmt::Debug for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretString(<redacted>)")
    }
}

/// What a scrubbed token is replaced with.
pub(crate) const REDACTED: &str = "<redacted>";

/// Shorter tokens are not scrubbed: replacing every `t` of a text would
/// mangle it and protect nothing (real tokens are dozens of characters).
const MIN_SCRUBBED_LEN: usize = 8;

/// Tokens remembered at most (the most recent ones), so the list stays small
/// whatever a program does.
const MAX_REMEMBERED: usize = 64;

/// Access tokens of the clients built in this process.
static KNOWN: std::sync::Mutex<Vec<Box<str>>> = std::sync::Mutex::new(Vec::new());

fn known() -> std::sync::MutexGuard<'static, Vec<Box<str>>> {
    KNOWN.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Remembers a configured access token, so that no server-provided text
/// carrying it (an error page echoing the request's headers, a close
/// reason) reaches an error's `Display` or `Debug`.
pub(crate) fn remember(token: &str) {
    let token = token.trim();
    if token.len() < MIN_SCRUBBED_LEN {
        return;
    }
    let mut known = known();
    known.retain(|t| &**t != token);
    if known.len() >= MAX_REMEMBERED {
        known.remove(0);
    }
    known.push(token.into());
}

/// `text` with every remembered token replaced by `<redacted>`.
pub(crate) fn scrub(text: &str) -> std::borrow::Cow<'_, str> {
    let known = known();
    let mut out = std::borrow::Cow::Borrowed(text);
    for token in known.iter() {
        if out.contains(&**token) {
            out = std::borrow::Cow::Owned(out.replace(&**token, REDACTED));
        }
    }
    out
}

/// Scrubs a string in place (no copy when there is nothing to scrub).
pub(crate) fn scrub_string(text: &mut String) {
    if let std::borrow::Cow::Owned(clean) = scrub(text) {
        *text = clean;
    }
}

/// Scrubs raw bytes (a response body); invalid UTF-8 around a token stays as is.
pub(crate) fn scrub_bytes(body: &bytes::Bytes) -> Option<bytes::Bytes> {
    let known = known();
    let mut out: Option<Vec<u8>> = None;
    for token in known.iter() {
        let token = token.as_bytes();
        let current: &[u8] = out.as_deref().unwrap_or(body);
        if !current.windows(token.len()).any(|w| w == token) {
            continue;
        }
        let mut next = Vec::with_capacity(current.len());
        let mut rest = current;
        while let Some(at) = rest.windows(token.len()).position(|w| w == token) {
            next.extend_from_slice(&rest[..at]);
            next.extend_from_slice(REDACTED.as_bytes());
            rest = &rest[at + token.len()..];
        }
        next.extend_from_slice(rest);
        out = Some(next);
    }
    out.map(bytes::Bytes::from)
}

/// Scrubs every string (keys too) of a JSON value in place.
pub(crate) fn scrub_json(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::String(s) => scrub_string(s),
        Value::Array(items) => items.iter_mut().for_each(scrub_json),
        Value::Object(map) => {
            let dirty: Vec<String> =
                map.keys().filter(|k| matches!(scrub(k), std::borrow::Cow::Owned(_))).cloned().collect();
            for key in dirty {
                if let Some(v) = map.remove(&key) {
                    map.insert(scrub(&key).into_owned(), v);
                }
            }
            map.values_mut().for_each(scrub_json);
        }
        _ => {}
    }
}

#[cfg(test)]
mod scrub_tests {
    use super::*;

    #[test]
    fn remembered_tokens_are_scrubbed_everywhere_and_short_ones_never() {
        remember("scrub-test-token-0001");
        remember("t");
        assert_eq!(
            scrub("a t in Bearer scrub-test-token-0001, again scrub-test-token-0001"),
            "a t in Bearer <redacted>, again <redacted>"
        );
        assert!(matches!(scrub("nothing here"), std::borrow::Cow::Borrowed(_)));
        let body = bytes::Bytes::from_static(b"\xffauthorization: Bearer scrub-test-token-0001\r\n");
        assert_eq!(&scrub_bytes(&body).unwrap()[..], b"\xffauthorization: Bearer <redacted>\r\n");
        assert!(scrub_bytes(&bytes::Bytes::from_static(b"clean")).is_none());
        let mut json = serde_json::json!({"headers": ["scrub-test-token-0001"], "scrub-test-token-0001": 1});
        scrub_json(&mut json);
        assert_eq!(json, serde_json::json!({"headers": ["<redacted>"], "<redacted>": 1}));
    }

    #[test]
    fn an_error_echoing_the_token_is_scrubbed_in_display_and_debug() {
        remember("scrub-test-token-0002");
        let source = serde_json::from_str::<u64>("\"scrub-test-token-0002\"").unwrap_err();
        let errors = [
            crate::Error::Api {
                status: reqwest::StatusCode::BAD_REQUEST,
                code: "scrub-test-token-0002".into(),
                message: "bad token scrub-test-token-0002".into(),
                details: Some(serde_json::json!({"echo": "Bearer scrub-test-token-0002"})),
                desktop_version: None,
            },
            crate::Error::UnexpectedStatus {
                status: reqwest::StatusCode::INTERNAL_SERVER_ERROR,
                body: bytes::Bytes::from_static(b"<pre>Authorization: Bearer scrub-test-token-0002</pre>"),
                desktop_version: None,
            },
            crate::Error::Decode {
                status: None,
                path: ".".into(),
                body: bytes::Bytes::from_static(b"\"scrub-test-token-0002\""),
                source,
                desktop_version: None,
            },
            crate::Error::Reported {
                status: reqwest::StatusCode::OK,
                message: "scrub-test-token-0002".into(),
                desktop_version: None,
            },
            crate::Error::Redirect { status: reqwest::StatusCode::FOUND, location: "/?t=scrub-test-token-0002".into() },
        ];
        for error in errors {
            let error = error.scrubbed();
            let text = format!("{error} {error:?} {:?}", std::error::Error::source(&error).map(ToString::to_string));
            assert!(!text.contains("scrub-test-token-0002"), "{text}");
            assert!(text.contains(REDACTED), "{text}");
        }
    }
}
