//! Typed server frames and their lenient decoding.

use std::time::Duration;

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

use crate::types;

/// One item of an [`EventStream`](super::EventStream).
///
/// Domain events (`chat.*`, `message.*`) tell *what* changed; entries are
/// best effort, so refetch over REST when you need the full object. The
/// same message can be reported again (after an edit, a reaction or the
/// send confirmation): upsert by ID.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Event {
    /// `subscriptions.updated`: the server now sends events for these chats
    /// (`["*"]`: all of them; `[]`: paused).
    SubscriptionsUpdated {
        /// Echo of the command's `requestID`, when there was one.
        request_id: Option<String>,
        /// The active set as the server reports it (compare as a set: the
        /// order may differ from what was sent).
        chat_ids: Vec<String>,
    },
    /// `error`: the server refused a command; the connection stays open.
    ServerError {
        /// Machine-readable code, e.g. `INVALID_PAYLOAD` (an open set).
        code: String,
        /// Human-readable text (do not match on it).
        message: String,
        /// Echo of the command's `requestID`, when known.
        request_id: Option<String>,
    },
    /// `chat.upserted`: a chat was created or changed (read, archived,
    /// renamed, new activity). Carries no chat object: refetch it with
    /// `get_chat` when needed.
    ChatUpserted {
        /// Envelope fields.
        meta: EventMeta,
    },
    /// `chat.deleted`: the chat is gone (for example the account left it).
    ChatDeleted {
        /// Envelope fields.
        meta: EventMeta,
    },
    /// `message.upserted`: messages were created or changed (sent, edited,
    /// reacted to). `meta.ids` lists them.
    MessageUpserted {
        /// Envelope fields.
        meta: EventMeta,
        /// The entries that decoded as messages, in the server's order (may
        /// be fewer than `meta.ids`, and may include `REACTION` items).
        messages: Vec<types::Message>,
        /// Entries that did not decode, kept as sent.
        undecoded: Vec<UndecodedEntry>,
    },
    /// `message.deleted`: the messages in `meta.ids` were deleted.
    MessageDeleted {
        /// Envelope fields.
        meta: EventMeta,
    },
    /// A frame of a type this version does not know (for example
    /// `reaction.added`), kept whole.
    Unknown {
        /// The frame's `type`.
        kind: String,
        /// The whole frame.
        raw: Value,
    },
    /// A frame that could not be read: not JSON, not an object, no `type`,
    /// a binary frame, or a known type missing a required field. Only that
    /// frame is lost.
    Malformed {
        /// The frame's `type`, when it had one.
        kind: Option<String>,
        /// Why it was not decoded.
        reason: String,
        /// The frame's text (lossy for binary frames), at most 4 KiB of it.
        excerpt: String,
    },
    /// `seq` jumped on the current connection: the server numbered events
    /// that never arrived. Re-sync the affected chats over REST.
    SeqGap {
        /// Last `seq` received before the jump.
        after_seq: u64,
        /// The `seq` that arrived.
        next_seq: u64,
        /// Events known to be lost (`next_seq - after_seq - 1`).
        missed: u64,
    },
    /// `seq` went backwards or repeated on the current connection: the
    /// server lost its numbering (for example it restarted behind a proxy
    /// that kept the socket), so events may be lost without a visible gap.
    /// Re-sync over REST as after [`Event::Reconnected`]; counting goes on
    /// from `next_seq`.
    SeqRestarted {
        /// Last `seq` received before the restart.
        after_seq: u64,
        /// The `seq` that arrived (not greater than `after_seq`).
        next_seq: u64,
    },
    /// The consumer fell so far behind that the stream's buffer
    /// ([`EventsBuilder::buffer`](super::EventsBuilder::buffer)) was full:
    /// `dropped` items that arrived at this point were discarded, in place
    /// of this one. Everything before and after it was delivered. Dropped
    /// items can be any kind (domain events, acks, [`Event::Disconnected`],
    /// [`Event::Reconnected`]), so re-sync over REST as after a reconnect.
    Lagged {
        /// Items discarded here (at least 1).
        dropped: u64,
    },
    /// `app.state.updated` (newer Desktops, only with
    /// [`EventsBuilder::app_state`](super::EventsBuilder::app_state)): the
    /// app moved to another sign-in or setup stage.
    AppStateUpdated {
        /// `appState.state`, e.g. `ready` or `needs-login`.
        state: types::SetupState,
        /// The whole `appState`, when it reads as a full
        /// [`types::AppStateSnapshot`] (like `GET /v1/app/setup` answers).
        snapshot: Option<Box<types::AppStateSnapshot>>,
    },
    /// The connection dropped (or a reconnect attempt failed); the stream
    /// tries again after `retry_in`.
    Disconnected {
        /// What happened, on one line (never contains the token).
        reason: String,
        /// Number of the reconnect attempt that comes next (1 for the first).
        attempt: u32,
        /// Wait before that attempt.
        retry_in: Duration,
    },
    /// A new connection is up and the subscription was sent again. Events
    /// are never replayed, so anything in `missed` may be lost: re-sync
    /// with `list_messages(..).direction(after)` from the newest message you
    /// hold per chat, and `list_chats` for chat state.
    Reconnected {
        /// What the gap is known to be.
        missed: Missed,
    },
}

impl Event {
    /// The envelope of a domain event (`chat.*`, `message.*`).
    pub fn meta(&self) -> Option<&EventMeta> {
        match self {
            Event::ChatUpserted { meta }
            | Event::ChatDeleted { meta }
            | Event::MessageUpserted { meta, .. }
            | Event::MessageDeleted { meta } => Some(meta),
            _ => None,
        }
    }

    /// The chat a domain event belongs to.
    pub fn chat_id(&self) -> Option<&str> {
        self.meta().map(|m| m.chat_id.as_str())
    }
}

/// The envelope shared by all domain events.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct EventMeta {
    /// Per-connection counter (starts again on every connection). `None`
    /// when the server sent none or an unreadable one.
    pub seq: Option<u64>,
    /// Server time of the event; accepted as Unix milliseconds (number or
    /// numeric string) or RFC 3339; `None` when absent or unreadable.
    pub ts: Option<DateTime<Utc>>,
    /// The chat.
    pub chat_id: String,
    /// The account, when the server says (the real app does).
    pub account_id: Option<String>,
    /// IDs of what changed: `[chat_id]` for chat events, message IDs for
    /// message events.
    pub ids: Vec<String>,
}

/// A `message.upserted` entry that is not a readable [`types::Message`].
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct UndecodedEntry {
    /// The entry as sent.
    pub raw: Value,
    /// Why it did not decode.
    pub error: String,
}

/// What a reconnect may have lost (see [`Event::Reconnected`]).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Missed {
    /// The last `seq` received on the connection that dropped, from a frame
    /// of any type (`None`: none arrived on it).
    pub last_seq: Option<u64>,
    /// When the last frame arrived on that connection: changes after this
    /// moment may be missing.
    pub since: DateTime<Utc>,
    /// How long the stream had no working connection.
    pub downtime: Duration,
    /// Failed attempts before this connection worked.
    pub failed_attempts: u32,
    /// The subscription sent again (`["*"]`: every chat may be affected).
    pub chat_ids: Vec<String>,
}

/// What the server said in its `ready` frame (see
/// [`EventStream::ready`](super::EventStream::ready)).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Ready {
    /// Protocol version (`1` so far); `None` when absent or not a number.
    pub version: Option<u64>,
    /// The subscription the connection starts with (`[]` on every server
    /// known so far).
    pub chat_ids: Vec<String>,
    /// The `app` key of newer Desktops: `Some(subscribed)` says the server
    /// knows app-state events (`app.state.updated`) and whether this
    /// connection gets them; `None` for servers without it.
    pub app_state: Option<bool>,
}

/// Control frames the connection handles itself, and everything else.
#[derive(Debug)]
pub(crate) enum Frame {
    Ready(Ready),
    Event(Event),
}

/// One decoded text frame and the `seq` it carried, whatever its type (so
/// an unknown or malformed frame still counts in the numbering).
#[derive(Debug)]
pub(crate) struct Decoded {
    pub frame: Frame,
    pub seq: Option<u64>,
}

/// Longest text kept in [`Event::Malformed`].
const EXCERPT_LIMIT: usize = 4096;

pub(crate) fn excerpt(text: &str) -> String {
    if text.len() <= EXCERPT_LIMIT {
        return text.to_owned();
    }
    let mut end = EXCERPT_LIMIT;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &text[..end])
}

fn malformed(kind: Option<&str>, reason: impl Into<String>, text: &str) -> Frame {
    Frame::Event(Event::Malformed { kind: kind.map(str::to_owned), reason: reason.into(), excerpt: excerpt(text) })
}

/// Decodes one text frame. Never fails: what cannot be read becomes
/// [`Event::Malformed`] or [`Event::Unknown`].
pub(crate) fn decode(text: &str) -> Decoded {
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return Decoded { frame: malformed(None, format!("not JSON: {e}"), text), seq: None },
    };
    let Value::Object(obj) = value else {
        return Decoded { frame: malformed(None, "not a JSON object", text), seq: None };
    };
    let seq = obj.get("seq").and_then(parse_seq);
    Decoded { frame: decode_object(obj, text), seq }
}

fn decode_object(obj: Map<String, Value>, text: &str) -> Frame {
    let Some(kind) = obj.get("type").and_then(Value::as_str).map(str::to_owned) else {
        return malformed(None, "no string `type` field", text);
    };
    match kind.as_str() {
        "ready" => Frame::Ready(Ready {
            version: obj
                .get("version")
                .and_then(Value::as_f64)
                .filter(|v| v.fract() == 0.0 && *v >= 0.0)
                .map(|v| v as u64),
            chat_ids: string_list(&obj, "chatIDs").unwrap_or_default(),
            app_state: app_state(&obj),
        }),
        "subscriptions.updated" => match string_list(&obj, "chatIDs") {
            Some(chat_ids) => {
                Frame::Event(Event::SubscriptionsUpdated { request_id: opt_string(&obj, "requestID"), chat_ids })
            }
            None => malformed(Some(&kind), "`chatIDs` is not a list of strings", text),
        },
        "error" => Frame::Event(Event::ServerError {
            code: opt_string(&obj, "code").unwrap_or_default(),
            message: opt_string(&obj, "message").unwrap_or_default(),
            request_id: opt_string(&obj, "requestID"),
        }),
        "app.state.updated" => {
            let Some(app) = obj.get("appState").filter(|v| v.is_object()) else {
                return malformed(Some(&kind), "no `appState` object", text);
            };
            let Some(state) = app.get("state").and_then(Value::as_str) else {
                return malformed(Some(&kind), "no string `appState.state`", text);
            };
            Frame::Event(Event::AppStateUpdated {
                state: types::SetupState::from(state),
                snapshot: serde_json::from_value(app.clone()).ok().map(Box::new),
            })
        }
        "chat.upserted" | "chat.deleted" | "message.upserted" | "message.deleted" => {
            let meta = match meta(&obj) {
                Ok(meta) => meta,
                Err(reason) => return malformed(Some(&kind), reason, text),
            };
            Frame::Event(match kind.as_str() {
                "chat.upserted" => Event::ChatUpserted { meta },
                "chat.deleted" => Event::ChatDeleted { meta },
                "message.deleted" => Event::MessageDeleted { meta },
                _ => {
                    let (messages, undecoded) = entries(obj.get("entries"));
                    Event::MessageUpserted { meta, messages, undecoded }
                }
            })
        }
        _ => Frame::Event(Event::Unknown { kind, raw: Value::Object(obj) }),
    }
}

/// `app.state` of a `ready` frame (`{"app":{"state":false}}`).
fn app_state(obj: &Map<String, Value>) -> Option<bool> {
    obj.get("app")?.get("state")?.as_bool()
}

fn opt_string(obj: &Map<String, Value>, key: &str) -> Option<String> {
    obj.get(key).and_then(Value::as_str).filter(|s| !s.is_empty()).map(str::to_owned)
}

fn string_list(obj: &Map<String, Value>, key: &str) -> Option<Vec<String>> {
    match obj.get(key) {
        None | Some(Value::Null) => Some(Vec::new()),
        Some(Value::Array(items)) => items.iter().map(|v| v.as_str().map(str::to_owned)).collect(),
        Some(_) => None,
    }
}

fn meta(obj: &Map<String, Value>) -> Result<EventMeta, String> {
    let chat_id = opt_string(obj, "chatID").ok_or("no `chatID`")?;
    let ids = string_list(obj, "ids").ok_or("`ids` is not a list of strings")?;
    Ok(EventMeta {
        seq: obj.get("seq").and_then(parse_seq),
        ts: obj.get("ts").and_then(parse_ts),
        chat_id,
        account_id: opt_string(obj, "accountID"),
        ids,
    })
}

fn parse_seq(value: &Value) -> Option<u64> {
    match value {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// `ts` as the servers send it: Unix ms as a number (documented, compatible
/// server) or as a string (the real app in 2026-06), or RFC 3339.
pub(crate) fn parse_ts(value: &Value) -> Option<DateTime<Utc>> {
    match value {
        Value::Number(n) => from_millis(n.as_f64()?),
        Value::String(s) => {
            let s = s.trim();
            match s.parse::<f64>() {
                Ok(ms) => from_millis(ms),
                Err(_) => DateTime::parse_from_rfc3339(s).ok().map(|t| t.with_timezone(&Utc)),
            }
        }
        _ => None,
    }
}

fn from_millis(ms: f64) -> Option<DateTime<Utc>> {
    // Beyond chrono's range (and NaN) reads as "no time" rather than failing.
    if !ms.is_finite() || ms.abs() > 8.0e15 {
        return None;
    }
    DateTime::from_timestamp_millis(ms.round() as i64)
}

/// Each entry on its own: one bad entry costs only itself.
fn entries(value: Option<&Value>) -> (Vec<types::Message>, Vec<UndecodedEntry>) {
    let mut messages = Vec::new();
    let mut undecoded = Vec::new();
    let Some(Value::Array(items)) = value else {
        if let Some(other) = value.filter(|v| !v.is_null()) {
            undecoded.push(UndecodedEntry { raw: other.clone(), error: "`entries` is not a list".into() });
        }
        return (messages, undecoded);
    };
    for item in items {
        match serde_json::from_value::<types::Message>(item.clone()) {
            Ok(message) => messages.push(message),
            Err(e) => undecoded.push(UndecodedEntry { raw: item.clone(), error: e.to_string() }),
        }
    }
    (messages, undecoded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ts_forms() {
        let want = DateTime::parse_from_rfc3339("2026-01-01T00:00:12.345Z").unwrap().with_timezone(&Utc);
        assert_eq!(parse_ts(&serde_json::json!(1767225612345_u64)), Some(want));
        assert_eq!(parse_ts(&serde_json::json!("1767225612345")), Some(want));
        assert_eq!(parse_ts(&serde_json::json!(" 1767225612345 ")), Some(want));
        assert_eq!(parse_ts(&serde_json::json!("2026-01-01T01:00:12.345+01:00")), Some(want));
        assert_eq!(parse_ts(&serde_json::json!("yesterday")), None);
        assert_eq!(parse_ts(&serde_json::json!(null)), None);
        assert_eq!(parse_ts(&serde_json::json!(1e300)), None);
    }

    #[test]
    fn excerpt_is_bounded_and_keeps_utf8() {
        let long = "é".repeat(5000);
        let cut = excerpt(&long);
        assert!(cut.len() <= EXCERPT_LIMIT + '…'.len_utf8());
        assert!(cut.ends_with('…'));
    }
}
