//! `GET /v1/ws`: the live-events WebSocket, turning published [`Change`]s into event frames per connection.
//!
//! Follows the wire of the compatible server described in the crate's
//! `EVENTS.md` notes: `ready` first with an empty subscription, then
//! `subscriptions.set` commands (validated in the documented order, each
//! failure one `error` frame, the connection kept), `subscriptions.updated`
//! acks with the normalised set, and one flat envelope per domain event with
//! a per-connection `seq` (from 1), `ts` in Unix milliseconds and, for
//! `message.upserted`, the full messages as `entries`.

use std::collections::BTreeSet;
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::response::Response;
use axum::routing::get;
use chrono::Utc;
use serde_json::{Map, Value, json};
use tokio::sync::broadcast::error::RecvError;

use crate::auth::ReadAccess;
use crate::changes::{Change, Published};
use crate::state::FakeState;

/// Largest client frame accepted (larger ones close the connection, as on
/// the compatible server).
pub const MAX_CLIENT_FRAME: usize = 64 * 1024;
/// A write that takes longer drops the client (a reader that stopped reading).
const WRITE_TIMEOUT: Duration = Duration::from_secs(5);

/// Routes of this area.
pub fn router() -> Router<FakeState> {
    Router::new().route("/v1/ws", get(upgrade))
}

/// The token is checked before upgrading, so a bad one is a plain 401.
async fn upgrade(_: ReadAccess, State(state): State<FakeState>, ws: WebSocketUpgrade) -> Response {
    ws.max_message_size(MAX_CLIENT_FRAME)
        .max_frame_size(MAX_CLIENT_FRAME)
        .on_upgrade(move |socket| serve(socket, state))
}

/// What a connection is subscribed to.
#[derive(Debug, Default)]
enum Subscription {
    #[default]
    Nothing,
    All,
    Chats(BTreeSet<String>),
}

impl Subscription {
    fn covers(&self, chat_id: &str) -> bool {
        match self {
            Subscription::Nothing => false,
            Subscription::All => true,
            Subscription::Chats(ids) => ids.contains(chat_id),
        }
    }

    fn chat_ids(&self) -> Vec<String> {
        match self {
            Subscription::Nothing => Vec::new(),
            Subscription::All => vec!["*".to_owned()],
            Subscription::Chats(ids) => ids.iter().cloned().collect(),
        }
    }
}

/// One client connection, until it closes or stops reading.
async fn serve(mut socket: WebSocket, state: FakeState) {
    // Subscribed before `ready`, so nothing published after it is missed.
    let mut changes = state.changes().subscribe_marked();
    let mut subscription = Subscription::Nothing;
    let mut seq = 0u64;
    let mut drops = state.live().drop_signal();
    drops.mark_unchanged();
    if !send(&mut socket, json!({"type": "ready", "version": 1, "chatIDs": []})).await {
        return;
    }
    loop {
        tokio::select! {
            // `LiveFaults::drop_connections`: gone without a close frame.
            _ = drops.changed() => return,
            incoming = socket.recv() => {
                let reply = match incoming {
                    None | Some(Err(_)) | Some(Ok(Message::Close(_))) => return,
                    Some(Ok(Message::Text(text))) => command(text.as_str(), &mut subscription),
                    Some(Ok(Message::Binary(_))) => error_frame("Payload must be a JSON text message", None),
                    Some(Ok(Message::Ping(_) | Message::Pong(_))) => continue,
                };
                if !send(&mut socket, reply).await {
                    return;
                }
            }
            change = changes.recv() => {
                let Published { change, lost } = match change {
                    Ok(published) => published,
                    // Lost changes are numbered anyway, so the client sees the gap in `seq`.
                    Err(RecvError::Lagged(lost)) => {
                        seq += lost;
                        continue;
                    }
                    Err(RecvError::Closed) => return,
                };
                if !subscription.covers(chat_of(&change)) {
                    continue;
                }
                // `LiveFaults`: a lost event is not numbered either, so no gap shows.
                if lost {
                    continue;
                }
                let Some(mut frame) = event_frame(&state, &change) else { continue };
                if let Some(delay) = state.live().event_delay() {
                    tokio::time::sleep(delay).await;
                }
                seq += 1;
                frame["seq"] = json!(seq);
                if !send(&mut socket, frame).await || state.live().drop_after(seq) {
                    return;
                }
            }
        }
    }
}

async fn send(socket: &mut WebSocket, frame: Value) -> bool {
    let text = frame.to_string();
    matches!(tokio::time::timeout(WRITE_TIMEOUT, socket.send(Message::Text(text.into()))).await, Ok(Ok(())))
}

fn chat_of(change: &Change) -> &str {
    match change {
        Change::ChatUpserted { chat_id }
        | Change::ChatDeleted { chat_id }
        | Change::MessageUpserted { chat_id, .. }
        | Change::MessageDeleted { chat_id, .. } => chat_id,
    }
}

/// The envelope for a change; `None` when there is nothing to say (a
/// `message.upserted` whose messages are all gone is dropped, as the
/// compatible server does).
fn event_frame(state: &FakeState, change: &Change) -> Option<Value> {
    let world = state.world();
    let account_of = |chat_id: &str| world.chat(chat_id).map(|c| c.chat.account_id.clone());
    let (kind, chat_id, ids, entries) = match change {
        Change::ChatUpserted { chat_id } => ("chat.upserted", chat_id, vec![chat_id.clone()], None),
        Change::ChatDeleted { chat_id } => ("chat.deleted", chat_id, vec![chat_id.clone()], None),
        Change::MessageDeleted { chat_id, message_ids } => ("message.deleted", chat_id, message_ids.clone(), None),
        Change::MessageUpserted { chat_id, message_ids } => {
            let entries: Vec<Value> = message_ids
                .iter()
                .filter_map(|id| world.message(chat_id, id))
                .filter_map(|m| serde_json::to_value(m).ok())
                .collect();
            if entries.is_empty() {
                return None;
            }
            ("message.upserted", chat_id, message_ids.clone(), Some(entries))
        }
    };
    let mut frame = json!({"type": kind, "ts": Utc::now().timestamp_millis(), "chatID": chat_id, "ids": ids});
    if let Some(account_id) = account_of(chat_id) {
        frame["accountID"] = json!(account_id);
    }
    if let Some(entries) = entries {
        frame["entries"] = Value::Array(entries);
    }
    Some(frame)
}

fn error_frame(message: &str, request_id: Option<&str>) -> Value {
    error_with_code("INVALID_PAYLOAD", message, request_id)
}

fn error_with_code(code: &str, message: &str, request_id: Option<&str>) -> Value {
    let mut frame = json!({"type": "error", "code": code, "message": message});
    if let Some(id) = request_id {
        frame["requestID"] = json!(id);
    }
    frame
}

/// Handles one text frame: the new subscription's ack, or an `error`.
fn command(text: &str, subscription: &mut Subscription) -> Value {
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        return error_frame("Invalid JSON payload", None);
    };
    let Value::Object(obj) = value else {
        return error_frame("Payload must be an object with a type field", None);
    };
    let echo = obj.get("requestID").and_then(Value::as_str).filter(|id| !id.is_empty());
    let Some(kind) = obj.get("type").and_then(Value::as_str) else {
        return error_frame("Payload must be an object with a type field", echo);
    };
    if kind != "subscriptions.set" {
        return error_with_code("INVALID_COMMAND", &format!("Unsupported command type: {kind}"), echo);
    }
    match parse_set(&obj) {
        Ok(next) => {
            *subscription = next;
            let mut ack = json!({"type": "subscriptions.updated", "chatIDs": subscription.chat_ids()});
            if let Some(id) = echo {
                ack["requestID"] = json!(id);
            }
            ack
        }
        Err((message, echoed)) => error_frame(message, if echoed { echo } else { None }),
    }
}

/// Validates a `subscriptions.set` in the documented order; an error says
/// whether the request ID is echoed.
fn parse_set(obj: &Map<String, Value>) -> Result<Subscription, (&'static str, bool)> {
    if obj.keys().any(|k| !matches!(k.as_str(), "type" | "requestID" | "chatIDs")) {
        return Err(("Invalid subscriptions payload", true));
    }
    if obj.get("requestID").is_some_and(|id| !id.is_string()) {
        return Err(("requestID must be a string", false));
    }
    let not_strings = ("chatIDs must be an array of strings", true);
    let items = obj.get("chatIDs").and_then(Value::as_array).ok_or(not_strings)?;
    let mut ids = BTreeSet::new();
    for item in items {
        let id = item.as_str().ok_or(not_strings)?.trim();
        if !id.is_empty() {
            ids.insert(id.to_owned());
        }
    }
    let all = ids.contains("*");
    if all && ids.len() > 1 {
        return Err(("chatIDs cannot combine '*' with specific IDs", true));
    }
    Ok(if all {
        Subscription::All
    } else if ids.is_empty() {
        Subscription::Nothing
    } else {
        Subscription::Chats(ids)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Value {
        command(text, &mut Subscription::Nothing)
    }

    #[test]
    fn commands_are_validated_in_the_documented_order() {
        let cases: [(&str, &str, &str, Option<&str>); 9] = [
            ("{x", "INVALID_PAYLOAD", "Invalid JSON payload", None),
            ("[1]", "INVALID_PAYLOAD", "Payload must be an object with a type field", None),
            (r#"{"requestID":"a"}"#, "INVALID_PAYLOAD", "Payload must be an object with a type field", Some("a")),
            (r#"{"type":"ping","requestID":"b"}"#, "INVALID_COMMAND", "Unsupported command type: ping", Some("b")),
            (
                r#"{"type":"subscriptions.set","requestID":"c","chatIDs":[],"x":1}"#,
                "INVALID_PAYLOAD",
                "Invalid subscriptions payload",
                Some("c"),
            ),
            (
                r#"{"type":"subscriptions.set","requestID":null,"chatIDs":[]}"#,
                "INVALID_PAYLOAD",
                "requestID must be a string",
                None,
            ),
            (
                r#"{"type":"subscriptions.set","requestID":"d"}"#,
                "INVALID_PAYLOAD",
                "chatIDs must be an array of strings",
                Some("d"),
            ),
            (
                r#"{"type":"subscriptions.set","chatIDs":[1]}"#,
                "INVALID_PAYLOAD",
                "chatIDs must be an array of strings",
                None,
            ),
            (
                r#"{"type":"subscriptions.set","requestID":"e","chatIDs":["*","!a:x"]}"#,
                "INVALID_PAYLOAD",
                "chatIDs cannot combine '*' with specific IDs",
                Some("e"),
            ),
        ];
        for (input, code, message, request_id) in cases {
            let frame = run(input);
            assert_eq!(frame["type"], "error", "{input}");
            assert_eq!(frame["code"], code, "{input}");
            assert_eq!(frame["message"], message, "{input}");
            assert_eq!(frame.get("requestID").and_then(Value::as_str), request_id, "{input}");
        }
    }

    #[test]
    fn subscriptions_are_normalised_and_acked() {
        let mut sub = Subscription::Nothing;
        let ack =
            command(r#"{"type":"subscriptions.set","requestID":"r1","chatIDs":[" !b:x ","!a:x","","!b:x"]}"#, &mut sub);
        assert_eq!(ack, json!({"type": "subscriptions.updated", "requestID": "r1", "chatIDs": ["!a:x", "!b:x"]}));
        assert!(sub.covers("!a:x") && !sub.covers("!c:x"));
        let ack = command(r#"{"type":"subscriptions.set","chatIDs":["*","*"]}"#, &mut sub);
        assert_eq!(ack, json!({"type": "subscriptions.updated", "chatIDs": ["*"]}));
        assert!(sub.covers("!anything:x"));
        let ack = command(r#"{"type":"subscriptions.set","requestID":"","chatIDs":[]}"#, &mut sub);
        assert_eq!(ack, json!({"type": "subscriptions.updated", "chatIDs": []}));
        assert!(!sub.covers("!a:x"));
    }
}
