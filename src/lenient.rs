//! Decoding helpers for values whose JSON type varies between servers.

use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A string that some servers send as a JSON number.
///
/// Beeper documents sort keys as strings, but real servers have sent
/// `lastReadMessageSortKey` as a bare number (`449706228480`). Both forms decode
/// to the same text, so callers always compare and forward strings; it is
/// serialized back as a string.
///
/// ```
/// use beeper_desktop::NumericString;
///
/// let from_number: NumericString = serde_json::from_str("449706228480").unwrap();
/// let from_string: NumericString = serde_json::from_str("\"449706228480\"").unwrap();
/// assert_eq!(from_number, from_string);
/// assert_eq!(from_number.as_str(), "449706228480");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct NumericString(String);

impl NumericString {
    /// The value as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Takes the text out.
    pub fn into_string(self) -> String {
        self.0
    }
}

impl Deref for NumericString {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for NumericString {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for NumericString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<String> for NumericString {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl From<&str> for NumericString {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

impl From<NumericString> for String {
    fn from(value: NumericString) -> Self {
        value.0
    }
}

impl PartialEq<str> for NumericString {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for NumericString {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl Serialize for NumericString {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for NumericString {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = NumericString;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string or a number")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(NumericString(v.to_owned()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(NumericString(v))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(NumericString(v.to_string()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
                Ok(NumericString(v.to_string()))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Self::Value, E> {
                // Integral floats (`4.0e3`) print without a fraction, like the integer would.
                if v.fract() == 0.0 && v.abs() < 9.007_199_254_740_992e15 {
                    Ok(NumericString(format!("{}", v as i64)))
                } else {
                    Ok(NumericString(v.to_string()))
                }
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// Decodes `null` (or a missing key, with `#[serde(default)]`) as the
/// type's default. Codegen attaches it to every optional array and map of
/// the generated types, so `"labels": null` reads as no labels.
pub(crate) fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}
