//! Decoding of the models' `DateTime<Utc>` fields: chrono's strict RFC 3339
//! scan first, its relaxed parser (what chrono's own `Deserialize` runs) for
//! anything the strict one refuses.
//!
//! Every timestamp a server sends (`2025-08-31T19:41:41.000Z`) is strict
//! RFC 3339, which chrono reads with a direct scan; its `FromStr` goes
//! through the general item-by-item parser, several times the work. The
//! relaxed parser accepts a superset, so trying the strict one first changes
//! no result: the same values decode to the same instants, and a value
//! neither accepts fails with the relaxed parser's error, as before.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::Deserializer;
use serde::de::{Error, Visitor};

/// Reads one timestamp string.
struct Timestamp;

impl Visitor<'_> for Timestamp {
    type Value = DateTime<Utc>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // chrono's wording, so a failure reads as before.
        f.write_str("an RFC 3339 formatted date and time string")
    }

    fn visit_str<E: Error>(self, v: &str) -> Result<Self::Value, E> {
        match DateTime::parse_from_rfc3339(v) {
            Ok(at) => Ok(at.with_timezone(&Utc)),
            Err(_) => v.parse::<DateTime<Utc>>().map_err(E::custom),
        }
    }
}

/// A required timestamp field.
pub(crate) fn required<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateTime<Utc>, D::Error> {
    deserializer.deserialize_str(Timestamp)
}

/// An optional timestamp field: `null` (or a missing key, with
/// `#[serde(default)]`) is `None`.
pub(crate) fn optional<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<DateTime<Utc>>, D::Error> {
    struct Optional;
    impl<'de> Visitor<'de> for Optional {
        type Value = Option<DateTime<Utc>>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an RFC 3339 formatted date and time string or null")
        }
        fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
            required(deserializer).map(Some)
        }
    }
    deserializer.deserialize_option(Optional)
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Utc};
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    struct At {
        #[serde(deserialize_with = "super::required")]
        at: DateTime<Utc>,
        #[serde(default, deserialize_with = "super::optional")]
        maybe: Option<DateTime<Utc>>,
    }

    /// What chrono's own `Deserialize` makes of `text` (error as text).
    fn chrono_reads(text: &str) -> Result<DateTime<Utc>, String> {
        serde_json::from_value::<DateTime<Utc>>(serde_json::Value::from(text)).map_err(|e| e.to_string())
    }

    fn we_read(text: &str) -> Result<DateTime<Utc>, String> {
        let json = serde_json::json!({ "at": text, "maybe": text });
        let both = serde_json::from_value::<At>(json).map_err(|e| e.to_string())?;
        assert_eq!(Some(both.at), both.maybe);
        Ok(both.at)
    }

    #[test]
    fn every_form_reads_as_chrono_reads_it() {
        for text in [
            "2025-08-31T19:41:41.000Z",
            "2025-08-31T19:41:41Z",
            "2025-08-31t19:41:41.123456789z",
            "2025-08-31T19:41:41.1234567891234Z",
            "2025-08-31T21:41:41+02:00",
            "2025-08-31T14:11:41-05:30",
            "2025-08-31 19:41:41Z",
            "2016-12-31T23:59:60Z",
            // Relaxed forms only chrono's `FromStr` takes.
            "2025-08-31T19:41:41 UTC",
            "2025-8-31T19:41:41Z",
            "+12025-08-31T19:41:41Z",
            "2025-08-31T19:41:41 +02:00",
            // Refused by both, with the same message.
            "2025-02-30T19:41:41Z",
            "2025-08-31T25:41:41Z",
            "2025-08-31",
            "yesterday",
            "",
            "2025-08-31T19:41:41.000Z trailing",
        ] {
            assert_eq!(we_read(text), chrono_reads(text), "{text:?}");
        }
    }

    #[test]
    fn null_and_missing_optionals_are_none_and_other_types_fail() {
        let at: At = serde_json::from_str(r#"{"at": "2025-08-31T19:41:41Z", "maybe": null}"#).unwrap();
        assert_eq!(at.maybe, None);
        let at: At = serde_json::from_str(r#"{"at": "2025-08-31T19:41:41Z"}"#).unwrap();
        assert_eq!(at.maybe, None);
        let err = serde_json::from_str::<At>(r#"{"at": 1756669301}"#).unwrap_err().to_string();
        assert!(err.contains("expected an RFC 3339 formatted date and time string"), "{err}");
        assert!(serde_json::from_str::<At>(r#"{"at": null}"#).is_err());
    }
}
