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

/// serde_json's marker for a raw value: a deserializer that knows it
/// (serde_json's, with the `raw_value` feature) hands over the value's JSON
/// text instead of a parsed number, so a sort key of any length keeps every
/// digit. Other deserializers ignore the marker and pass the value itself.
const RAW_VALUE_TOKEN: &str = "$serde_json::private::RawValue";

impl<'de> Deserialize<'de> for NumericString {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = NumericString;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string or a number")
            }
            fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
                d.deserialize_any(self)
            }
            // serde_json's raw value: one entry whose value is the JSON text.
            // Key and text are read borrowed where the deserializer allows it
            // (`from_slice`, `from_str`): no allocation but the result's.
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                use serde::de::Error as _;
                if map.next_key_seed(Text)? != Some(Some(std::borrow::Cow::Borrowed(RAW_VALUE_TOKEN))) {
                    return Err(A::Error::custom("expected a string or a number, found an object"));
                }
                let Some(raw) = map.next_value_seed(Text)? else {
                    return Err(A::Error::custom("expected a string or a number"));
                };
                let raw = raw.trim();
                // A string without escapes: its text between the quotes.
                if let Some(inner) = raw.strip_prefix('"').and_then(|r| r.strip_suffix('"'))
                    && !inner.contains(['"', '\\'])
                {
                    return Ok(NumericString(inner.to_owned()));
                }
                if raw.starts_with('"') {
                    return serde_json::from_str::<String>(raw).map(NumericString).map_err(A::Error::custom);
                }
                if !raw.is_empty() && raw.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
                    // An integer literal: keep its digits exactly, however many.
                    return Ok(NumericString(raw.to_owned()));
                }
                let value: serde_json::Value = serde_json::from_str(raw).map_err(A::Error::custom)?;
                value.deserialize_any(Visitor).map_err(A::Error::custom)
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
            fn visit_i128<E: serde::de::Error>(self, v: i128) -> Result<Self::Value, E> {
                Ok(NumericString(v.to_string()))
            }
            fn visit_u128<E: serde::de::Error>(self, v: u128) -> Result<Self::Value, E> {
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
        deserializer.deserialize_newtype_struct(RAW_VALUE_TOKEN, Visitor)
    }
}

/// A string key or value, borrowed when the deserializer lends it (`None`
/// for anything that is not a string).
struct Text;

impl<'de> serde::de::DeserializeSeed<'de> for Text {
    type Value = Option<std::borrow::Cow<'de, str>>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Text {
    type Value = Option<std::borrow::Cow<'de, str>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }
    fn visit_borrowed_str<E: serde::de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Some(std::borrow::Cow::Borrowed(v)))
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Some(std::borrow::Cow::Owned(v.to_owned())))
    }
    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Some(std::borrow::Cow::Owned(v)))
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
}

/// Decodes a byte size, count or pixel size: any JSON integer that fits in
/// `u64` exactly, or a float from a server that sends `1024.0` (rounded to
/// the nearest integer).
///
/// **Negative values.** `openapi.yaml` gives these fields `minimum: 0`, but
/// Beeper's own API document leaves them unbounded, so a server may send a
/// negative number (a `-1` "unknown" or "no limit"). It never fails the
/// response: a negative value reads as `0` in a required field and as absent
/// (`None`) in an optional one ([`optional_count`]). Non-numeric values and
/// floats past `u64::MAX` are errors naming what was found.
pub(crate) fn count<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
    Ok(signed_count(deserializer)?.unwrap_or(0))
}

/// The count, or `None` for a negative number.
fn signed_count<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u64>, D::Error> {
    struct Visitor;
    impl serde::de::Visitor<'_> for Visitor {
        type Value = Option<u64>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an integer")
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Some(v))
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(u64::try_from(v).ok())
        }
        fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Self::Value, E> {
            let rounded = v.round();
            // 2^64 is the first float past u64::MAX.
            if (0.0..18_446_744_073_709_551_616.0).contains(&rounded) {
                Ok(Some(rounded as u64))
            } else if rounded < 0.0 {
                Ok(None)
            } else {
                Err(E::invalid_value(serde::de::Unexpected::Float(v), &self))
            }
        }
    }
    deserializer.deserialize_any(Visitor)
}

/// [`count`] for optional fields: `null`, a missing key or a negative
/// number is `None`.
pub(crate) fn optional_count<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u64>, D::Error> {
    #[derive(Deserialize)]
    struct Wrapped(#[serde(deserialize_with = "signed_count")] Option<u64>);
    Ok(Option::<Wrapped>::deserialize(deserializer)?.and_then(|w| w.0))
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

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    #[derive(Deserialize)]
    struct Counts {
        #[serde(deserialize_with = "super::count")]
        required: u64,
        #[serde(default, deserialize_with = "super::optional_count")]
        optional: Option<u64>,
    }

    fn read(json: &str) -> Result<(u64, Option<u64>), serde_json::Error> {
        serde_json::from_str::<Counts>(json).map(|c| (c.required, c.optional))
    }

    #[test]
    fn negative_counts_read_as_zero_or_absent() {
        assert_eq!(read(r#"{"required": -1, "optional": -1}"#).unwrap(), (0, None));
        assert_eq!(read(r#"{"required": -2.5, "optional": -1e30}"#).unwrap(), (0, None));
        assert_eq!(read(r#"{"required": 7, "optional": 1024.0}"#).unwrap(), (7, Some(1024)));
        assert_eq!(read(r#"{"required": 0, "optional": null}"#).unwrap(), (0, None));
        assert_eq!(read(r#"{"required": 0}"#).unwrap(), (0, None));
        assert!(read(r#"{"required": 1e30}"#).is_err());
        assert!(read(r#"{"required": "3"}"#).is_err());
    }
}
