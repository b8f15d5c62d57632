//! Frames against Beeper's own frame schemas (`WSReadyMessage`,
//! `WSSubscriptionsUpdatedMessage`, `WSErrorMessage`, `WSDomainEventMessage`
//! of the official 5.0.0 document; one example each, written here), newer
//! Desktops' `app` key and `app.state.updated`, and `seq` accounting.
//!
//! Deliberate differences from the schemas (we read more than they allow,
//! never less): unknown keys are ignored (they say
//! `additionalProperties: false`, yet the real app sends `accountID`); `ts`
//! may also be Unix milliseconds (number or string), as older builds sent;
//! `seq`, `ts` and `ids` may be missing or unreadable without losing the
//! event; the error `code` is an open string, not their four values.

use beeper_desktop::events::{Event, Ready};
use beeper_desktop::types::SetupState;
use serde_json::json;

use crate::server::{STEP, WsServer};
use crate::{bounded, client, next_ok, serve};

/// Examples of each official frame schema, sent in order after the handshake.
#[tokio::test]
async fn the_official_frame_schemas_decode_to_their_typed_events() {
    bounded(async {
        let server = WsServer::start(|_, peer| async move {
            let mut conn = peer.accept().await.unwrap();
            // WSReadyMessage: type, version (1), chatIDs.
            conn.send(json!({"type":"ready","version":1,"chatIDs":[]})).await;
            let (id, chats) = conn.expect_subscribe().await;
            // WSSubscriptionsUpdatedMessage: type, chatIDs, optional requestID.
            conn.send(json!({"type":"subscriptions.updated","requestID":id,"chatIDs":chats})).await;
            conn.send(json!({"type":"subscriptions.updated","chatIDs":["!a:x","!b:x"]})).await;
            // WSErrorMessage: type, code (four values), message, optional requestID.
            for (n, code) in
                ["INVALID_COMMAND", "INVALID_PAYLOAD", "NOT_SUBSCRIBED", "INTERNAL_ERROR"].iter().enumerate()
            {
                let mut frame = json!({"type":"error","code":code,"message":format!("problem {n}")});
                if n == 0 {
                    frame["requestID"] = json!("q1");
                }
                conn.send(frame).await;
            }
            // WSDomainEventMessage: type (four values), seq (integer >= 0),
            // ts (date-time string), chatID, ids, optional entries (objects).
            conn.send(json!({"type":"chat.upserted","seq":0,"ts":"2026-05-06T20:20:12.497Z","chatID":"!a:x",
                             "ids":["!a:x"]}))
                .await;
            conn.send(json!({"type":"message.upserted","seq":1,"ts":"2026-05-06T20:20:13.000Z","chatID":"!a:x",
                             "ids":["$m1"],"entries":[{"id":"$m1","chatID":"!a:x","accountID":"matrix",
                             "senderID":"@ana:beeper.com","sortKey":"1","timestamp":"2026-05-06T20:20:13.000Z",
                             "text":"hi"}]}))
                .await;
            conn.send(json!({"type":"message.deleted","seq":2,"ts":"2026-05-06T20:20:14.000Z","chatID":"!a:x",
                             "ids":["$m0"]}))
                .await;
            conn.send(json!({"type":"chat.deleted","seq":3,"ts":"2026-05-06T20:20:15.000Z","chatID":"!b:x",
                             "ids":["!b:x"]}))
                .await;
            conn.idle(STEP).await;
        })
        .await;
        let mut events = client(&server).events().url(server.url()).connect().await.unwrap();
        let mut ready = Ready::default();
        ready.version = Some(1);
        assert_eq!(events.ready(), ready, "no `app` key: an older server");

        assert!(matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { request_id: Some(_), .. }));
        assert_eq!(
            next_ok(&mut events).await,
            Event::SubscriptionsUpdated { request_id: None, chat_ids: vec!["!a:x".into(), "!b:x".into()] }
        );
        for (n, want) in ["INVALID_COMMAND", "INVALID_PAYLOAD", "NOT_SUBSCRIBED", "INTERNAL_ERROR"].iter().enumerate() {
            match next_ok(&mut events).await {
                Event::ServerError { code, message, request_id } => {
                    assert_eq!(code, *want);
                    assert_eq!(message, format!("problem {n}"));
                    assert_eq!(request_id.as_deref(), (n == 0).then_some("q1"));
                }
                other => panic!("{other:?}"),
            }
        }
        let at = |s: &str| chrono::DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&chrono::Utc);
        match next_ok(&mut events).await {
            Event::ChatUpserted { meta } => {
                assert_eq!((meta.seq, meta.ts), (Some(0), Some(at("2026-05-06T20:20:12.497Z"))));
                assert_eq!((meta.chat_id.as_str(), meta.ids.as_slice()), ("!a:x", &["!a:x".to_owned()][..]));
            }
            other => panic!("{other:?}"),
        }
        match next_ok(&mut events).await {
            Event::MessageUpserted { meta, messages, undecoded } => {
                assert_eq!((meta.seq, meta.ts), (Some(1), Some(at("2026-05-06T20:20:13Z"))));
                assert_eq!(messages.len(), 1);
                assert_eq!(messages[0].text.as_deref(), Some("hi"));
                assert!(undecoded.is_empty());
            }
            other => panic!("{other:?}"),
        }
        match next_ok(&mut events).await {
            Event::MessageDeleted { meta } => assert_eq!((meta.seq, meta.ids), (Some(2), vec!["$m0".to_owned()])),
            other => panic!("{other:?}"),
        }
        match next_ok(&mut events).await {
            Event::ChatDeleted { meta } => assert_eq!((meta.seq, meta.chat_id.as_str()), (Some(3), "!b:x")),
            other => panic!("{other:?}"),
        }
    })
    .await;
}

/// Newer Desktops: `ready` carries `app`, the subscription asks for app
/// state with `"app": {"state": true}`, and `app.state.updated` is typed.
#[tokio::test]
async fn app_state_is_asked_for_and_its_events_are_typed() {
    bounded(async {
        let (tx, rx) = tokio::sync::oneshot::channel();
        let tx = std::sync::Mutex::new(Some(tx));
        let server = WsServer::start(move |_, peer| {
            let tx = tx.lock().unwrap().take();
            async move {
                let mut conn = peer.accept().await.unwrap();
                conn.send(json!({"type":"ready","version":1,"chatIDs":[],"app":{"state":false}})).await;
                let subscribe = conn.recv().await;
                conn.send(json!({"type":"subscriptions.updated","requestID":subscribe["requestID"],
                                 "chatIDs":subscribe["chatIDs"],"app":{"state":true}}))
                    .await;
                let _ = tx.unwrap().send(subscribe);
                conn.send(json!({"type":"app.state.updated","appState":{"state":"needs-first-sync"}})).await;
                conn.send(json!({"type":"app.state.updated","appState":{"state":"ready","e2ee":{
                    "crossSigning":true,"firstSyncDone":true,"hasBackedUpRecoveryKey":true,"initialized":true,
                    "keyBackup":true,"secretStorage":true,"verified":true,
                    "secrets":{"masterKey":true,"megolmBackupKey":true,"recoveryKey":true,"selfSigningKey":true,"userSigningKey":true}}}}))
                    .await;
                conn.send(json!({"type":"app.state.updated","appState":{"state":"needs-something-new"}})).await;
                conn.send(json!({"type":"app.state.updated","state":"ready"})).await;
                conn.idle(STEP).await;
            }
        })
        .await;
        let mut events = client(&server).events().url(server.url()).app_state(true).connect().await.unwrap();
        let subscribe = rx.await.unwrap();
        assert_eq!(subscribe["type"], "subscriptions.set");
        assert_eq!(subscribe["chatIDs"], json!(["*"]));
        assert_eq!(subscribe["app"], json!({"state": true}));
        assert_eq!(subscribe.as_object().unwrap().len(), 4, "{subscribe}");
        assert_eq!(events.ready().app_state, Some(false));
        assert_eq!(events.ready().version, Some(1));

        assert!(matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { .. }));
        match next_ok(&mut events).await {
            Event::AppStateUpdated { state, snapshot } => {
                assert_eq!(state, SetupState::NeedsFirstSync);
                assert!(snapshot.is_none(), "only the state was sent");
            }
            other => panic!("{other:?}"),
        }
        match next_ok(&mut events).await {
            Event::AppStateUpdated { state, snapshot } => {
                assert_eq!(state, SetupState::Ready);
                let snapshot = snapshot.expect("a full snapshot");
                assert!(snapshot.e2ee.verified);
            }
            other => panic!("{other:?}"),
        }
        match next_ok(&mut events).await {
            Event::AppStateUpdated { state, .. } => assert_eq!(state, SetupState::Other("needs-something-new".into())),
            other => panic!("{other:?}"),
        }
        match next_ok(&mut events).await {
            Event::Malformed { kind, reason, .. } => {
                assert_eq!(kind.as_deref(), Some("app.state.updated"));
                assert!(reason.contains("appState"), "{reason}");
            }
            other => panic!("{other:?}"),
        }
    })
    .await;
}

fn chat(seq: u64) -> serde_json::Value {
    json!({"type":"chat.upserted","seq":seq,"ts":1,"chatID":"!a:x","ids":["!a:x"]})
}

/// Frames of any type count in the numbering: an unknown type or a
/// malformed frame with a `seq` is no gap.
#[tokio::test]
async fn an_unknown_or_malformed_frame_carrying_seq_is_counted() {
    bounded(async {
        let server = serve(|_, mut conn| async move {
            conn.send(chat(1)).await;
            conn.send(json!({"type":"reaction.added","seq":2,"chatID":"!a:x","emoji":"👍"})).await;
            conn.send(json!({"type":"app.state.updated","seq":3,"appState":{"state":"ready"}})).await;
            conn.send(json!({"type":"message.deleted","seq":"4","ids":["$1"]})).await;
            conn.send(chat(5)).await;
            conn.idle(STEP).await;
        })
        .await;
        let mut events = client(&server).events().url(server.url()).connect().await.unwrap();
        assert!(matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { .. }));
        assert_eq!(next_ok(&mut events).await.meta().and_then(|m| m.seq), Some(1));
        assert!(matches!(next_ok(&mut events).await, Event::Unknown { kind, .. } if kind == "reaction.added"));
        assert!(matches!(next_ok(&mut events).await, Event::AppStateUpdated { .. }));
        assert!(matches!(next_ok(&mut events).await, Event::Malformed { .. }));
        // No SeqGap before seq 5.
        assert_eq!(next_ok(&mut events).await.meta().and_then(|m| m.seq), Some(5));
    })
    .await;
}

/// `seq` going back on the same connection is reported, then counting
/// goes on from the new value; a jump after it is a gap again.
#[tokio::test]
async fn a_seq_restart_on_the_same_connection_is_reported() {
    bounded(async {
        let server = serve(|_, mut conn| async move {
            for seq in [1, 2, 3, 1, 2, 2, 5] {
                conn.send(chat(seq)).await;
            }
            conn.idle(STEP).await;
        })
        .await;
        let mut events = client(&server).events().url(server.url()).connect().await.unwrap();
        assert!(matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { .. }));
        let mut seen = Vec::new();
        for _ in 0..10 {
            seen.push(match next_ok(&mut events).await {
                Event::ChatUpserted { meta } => format!("{}", meta.seq.unwrap()),
                Event::SeqRestarted { after_seq, next_seq } => format!("restart {after_seq}->{next_seq}"),
                Event::SeqGap { after_seq, next_seq, missed } => format!("gap {after_seq}->{next_seq} ({missed})"),
                other => panic!("{other:?}"),
            });
        }
        assert_eq!(
            seen,
            ["1", "2", "3", "restart 3->1", "1", "2", "restart 2->2", "2", "gap 2->5 (2)", "5"],
            "{seen:?}"
        );
        assert_eq!(server.upgrades().len(), 1);
    })
    .await;
}
