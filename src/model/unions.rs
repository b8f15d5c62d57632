//! Response unions that keep variants this crate does not know: login steps,
//! login displays and the answer to a sign-in code.
//!
//! progenitor turns a `oneOf` into an untagged enum that fails the whole
//! response on a shape it does not know, and that picks the first variant
//! whose required fields happen to be present (a `cookies` login step would
//! decode as `user_input`). These enums read the `type` tag first, decode the
//! matching generated struct, and keep anything else as raw JSON.

use serde::de::Error as _;
use serde::ser::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::types;

/// A variant whose `type` tag this version of the crate does not know.
///
/// The JSON object is kept as sent, so callers can still show what it says
/// or forward it.
///
/// ```
/// use beeper_desktop::types::LoginStep;
///
/// let step: LoginStep = serde_json::from_str(
///     r#"{"type": "passkey", "stepID": "pk", "instructions": "Touch your security key."}"#,
/// )
/// .unwrap();
/// let LoginStep::Unknown(unknown) = &step else { panic!("passkey is not a known step") };
/// assert_eq!(unknown.kind(), "passkey");
/// assert_eq!(step.step_id(), Some("pk"));
/// assert_eq!(step.instructions(), Some("Touch your security key."));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct UnknownVariant {
    kind: String,
    raw: Map<String, Value>,
}

impl UnknownVariant {
    /// The `type` tag as sent.
    pub fn kind(&self) -> &str {
        &self.kind
    }

    /// One field of the object, if present.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.raw.get(key)
    }

    /// A string field of the object, if present and a string.
    pub fn get_str(&self, key: &str) -> Option<&str> {
        self.raw.get(key).and_then(Value::as_str)
    }

    /// The whole object, `type` included.
    pub fn raw(&self) -> &Map<String, Value> {
        &self.raw
    }

    /// Takes the whole object out.
    pub fn into_raw(self) -> Map<String, Value> {
        self.raw
    }
}

/// Serializes `inner` as a JSON object with `"type": tag` added. The variant
/// structs carry no tag field (codegen drops it), so the tag always matches
/// the variant.
fn serialize_tagged<S: Serializer, T: Serialize>(inner: &T, tag: &str, serializer: S) -> Result<S::Ok, S::Error> {
    let mut value = serde_json::to_value(inner).map_err(S::Error::custom)?;
    let Value::Object(map) = &mut value else {
        return Err(S::Error::custom("a tagged union variant must serialize as a JSON object"));
    };
    map.insert("type".to_owned(), Value::String(tag.to_owned()));
    value.serialize(serializer)
}

/// Decodes one known variant from its object without the tag (the union
/// holds it), naming the union and tag in the error.
fn decode_variant<T: serde::de::DeserializeOwned, E: serde::de::Error>(
    union: &str,
    tag: &str,
    mut map: Map<String, Value>,
) -> Result<T, E> {
    map.remove("type");
    serde_json::from_value(Value::Object(map)).map_err(|e| E::custom(format!("{union} of type `{tag}`: {e}")))
}

macro_rules! tagged_union {
    (
        $(#[$meta:meta])*
        $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident($ty:ty) = $tag:literal, )*
        }
    ) => {
        $(#[$meta])*
        // Decoded once per response; boxing the big variants would only
        // make matching on them clumsier.
        #[allow(clippy::large_enum_variant)]
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant($ty), )*
            /// A `type` this version of the crate does not know, kept as sent.
            Unknown(UnknownVariant),
        }

        impl $name {
            /// The `type` tag, as on the wire.
            pub fn kind(&self) -> &str {
                match self {
                    $( Self::$variant(_) => $tag, )*
                    Self::Unknown(unknown) => unknown.kind(),
                }
            }
        }

        $(
            impl ::std::convert::From<$ty> for $name {
                fn from(value: $ty) -> Self {
                    Self::$variant(value)
                }
            }
        )*

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    $( Self::$variant(inner) => serialize_tagged(inner, $tag, serializer), )*
                    Self::Unknown(unknown) => unknown.raw.serialize(serializer),
                }
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let map = Map::<String, Value>::deserialize(deserializer)?;
                let Some(kind) = map.get("type").and_then(Value::as_str).map(str::to_owned) else {
                    return Err(D::Error::custom(concat!(stringify!($name), " without a string `type`")));
                };
                match kind.as_str() {
                    $( $tag => decode_variant(stringify!($name), $tag, map).map(Self::$variant), )*
                    _ => Ok(Self::Unknown(UnknownVariant { kind, raw: map })),
                }
            }
        }
    };
}

tagged_union! {
    /// One step of a login session, told apart by its `type`.
    ///
    /// ```
    /// use beeper_desktop::types::LoginStep;
    ///
    /// let step: LoginStep = serde_json::from_str(
    ///     r#"{"type": "user_input", "stepID": "phone", "fields": [{"id": "phone_number"}]}"#,
    /// )
    /// .unwrap();
    /// match &step {
    ///     LoginStep::UserInput(input) => assert_eq!(input.fields[0].id, "phone_number"),
    ///     other => panic!("unexpected step {}", other.kind()),
    /// }
    /// assert_eq!(step.step_id(), Some("phone"));
    /// ```
    LoginStep {
        /// Asks for values such as a phone number or a code (`user_input`).
        UserInput(types::UserInputLoginStep) = "user_input",
        /// Needs a browser sign-in and the cookies it leaves (`cookies`).
        Cookies(types::CookiesLoginStep) = "cookies",
        /// Shows a QR code or a code and waits (`display_and_wait`).
        DisplayAndWait(types::DisplayAndWaitLoginStep) = "display_and_wait",
        /// The login is done (`complete`).
        Complete(types::CompleteLoginStep) = "complete",
    }
}

impl LoginStep {
    /// The step's ID, to pass to `submit_login_step`; the `complete` step
    /// may have none.
    pub fn step_id(&self) -> Option<&str> {
        match self {
            Self::UserInput(step) => Some(&step.step_id),
            Self::Cookies(step) => Some(&step.step_id),
            Self::DisplayAndWait(step) => Some(&step.step_id),
            Self::Complete(step) => step.step_id.as_deref(),
            Self::Unknown(step) => step.get_str("stepID"),
        }
    }

    /// What to tell the user, when the server says.
    pub fn instructions(&self) -> Option<&str> {
        match self {
            Self::UserInput(step) => step.instructions.as_deref(),
            Self::Cookies(step) => step.instructions.as_deref(),
            Self::DisplayAndWait(step) => step.instructions.as_deref(),
            Self::Complete(step) => step.instructions.as_deref(),
            Self::Unknown(step) => step.get_str("instructions"),
        }
    }
}

tagged_union! {
    /// What a `display_and_wait` login step shows, told apart by its `type`.
    ///
    /// ```
    /// use beeper_desktop::types::LoginDisplay;
    ///
    /// let display: LoginDisplay = serde_json::from_str(r#"{"type": "qr", "data": "2@abc"}"#).unwrap();
    /// assert!(matches!(&display, LoginDisplay::Qr(qr) if qr.data == "2@abc"));
    /// assert_eq!(display.kind(), "qr");
    /// ```
    LoginDisplay {
        /// A QR code to show (`qr`).
        Qr(types::QrLoginDisplay) = "qr",
        /// An emoji image to show (`emoji`).
        Emoji(types::EmojiLoginDisplay) = "emoji",
        /// A code to type on the other device (`code`).
        Code(types::CodeLoginDisplay) = "code",
        /// Nothing to show; only wait (`nothing`).
        Nothing(types::NothingLoginDisplay) = "nothing",
    }
}

/// Answer to the e-mailed sign-in code: signed in, or a username must be
/// registered first.
///
/// The two shapes share no tag: `registrationRequired: true` marks the
/// second, `matrix` the first. An answer of neither shape is kept as
/// [`SetupResponse::Unknown`].
///
/// ```
/// use beeper_desktop::types::SetupResponse;
///
/// let answer: SetupResponse = serde_json::from_str(
///     r#"{"registrationRequired": true, "leadToken": "lead-1", "setupRequestID": "sr-1",
///         "copy": {"submit": "Continue", "title": "Choose", "usernamePlaceholder": "Username", "terms": "…"}}"#,
/// )
/// .unwrap();
/// let SetupResponse::RegistrationRequired(needed) = answer else { panic!("expected registration") };
/// assert_eq!(needed.lead_token, "lead-1");
/// ```
#[allow(clippy::large_enum_variant)] // decoded once per sign-in; see `tagged_union!`
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum SetupResponse {
    /// Signed in; carries the Matrix credentials (sent only this once).
    SignedIn(types::SetupSignedIn),
    /// The address has no Beeper user yet; call `register_user`.
    RegistrationRequired(types::SetupRegistrationRequired),
    /// Neither shape, kept as sent.
    Unknown(Map<String, Value>),
}

impl From<types::SetupSignedIn> for SetupResponse {
    fn from(value: types::SetupSignedIn) -> Self {
        Self::SignedIn(value)
    }
}

impl From<types::SetupRegistrationRequired> for SetupResponse {
    fn from(value: types::SetupRegistrationRequired) -> Self {
        Self::RegistrationRequired(value)
    }
}

impl Serialize for SetupResponse {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::SignedIn(inner) => inner.serialize(serializer),
            Self::RegistrationRequired(inner) => inner.serialize(serializer),
            Self::Unknown(raw) => raw.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for SetupResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = Map::<String, Value>::deserialize(deserializer)?;
        if map.get("registrationRequired") == Some(&Value::Bool(true)) {
            decode_variant("SetupResponse", "registration required", map).map(Self::RegistrationRequired)
        } else if map.contains_key("matrix") {
            decode_variant("SetupResponse", "signed in", map).map(Self::SignedIn)
        } else {
            Ok(Self::Unknown(map))
        }
    }
}
