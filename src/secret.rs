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
