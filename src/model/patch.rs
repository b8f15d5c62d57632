//! Explicit `null` in request bodies.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A change to a field that the server lets you clear.
///
/// `PATCH /v1/chats/{chatID}` treats a missing field as "leave it" and an
/// explicit `null` as "remove it". Fields of this type are
/// `Option<Patch<T>>` in the generated request: `None` leaves the field out,
/// `Some(Patch::Clear)` sends `null`, `Some(Patch::Set(v))` sends `v`.
///
/// ```
/// use beeper_desktop::{Patch, types::UpdateChatRequest};
///
/// let body = UpdateChatRequest {
///     title: Some(Patch::Set("Weekend trip".to_owned())),
///     description: Some(Patch::Clear),
///     ..Default::default()
/// };
/// assert_eq!(
///     serde_json::to_string(&body).unwrap(),
///     r#"{"description":null,"title":"Weekend trip"}"#
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Patch<T> {
    /// Send `null`: remove the current value.
    Clear,
    /// Send this value.
    Set(T),
}

impl<T> Patch<T> {
    /// `Patch::Set(value.into())`.
    pub fn set(value: impl Into<T>) -> Self {
        Patch::Set(value.into())
    }

    /// The value being set, if any.
    pub fn as_set(&self) -> Option<&T> {
        match self {
            Patch::Set(v) => Some(v),
            Patch::Clear => None,
        }
    }
}

impl<T> From<T> for Patch<T> {
    fn from(value: T) -> Self {
        Patch::Set(value)
    }
}

impl<T: Serialize> Serialize for Patch<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Patch::Clear => serializer.serialize_none(),
            Patch::Set(v) => v.serialize(serializer),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Patch<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match Option::<T>::deserialize(deserializer)? {
            Some(v) => Patch::Set(v),
            None => Patch::Clear,
        })
    }
}
