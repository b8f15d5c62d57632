//! The events client against a scripted loopback WebSocket server:
//! subscription, decoding of every frame type, bad frames, reconnects with
//! the gap reported, and the failures that must not be retried.

mod busy;
mod fake;
mod frames;
mod lively;
mod secrets;
mod server;
mod watch;

use std::future::Future;
use std::time::Duration;

use beeper_desktop::Client;
use beeper_desktop::events::{Event, EventStream, EventsError, ReconnectPolicy};
use futures::StreamExt;
use serde_json::json;

use server::{Conn, Peer, STEP, TOKEN, WsServer, info_server};

/// Every test finishes within this, or fails.
async fn bounded<F: Future<Output = ()>>(test: F) {
    tokio::time::timeout(Duration::from_secs(30), test).await.expect("test did not hang");
}

fn client(server: &WsServer) -> Client {
    Client::builder().base_url(server.base_url()).access_token(TOKEN).max_retries(0).build().unwrap()
}

fn fast() -> ReconnectPolicy {
    ReconnectPolicy::default().with_initial_delay(Duration::from_millis(20)).with_max_delay(Duration::from_millis(100))
}

async fn next(events: &mut EventStream) -> Result<Event, EventsError> {
    tokio::time::timeout(STEP, events.next()).await.expect("an item in time").expect("stream still open")
}

async fn next_ok(events: &mut EventStream) -> Event {
    next(events).await.expect("not an error")
}

/// Accepts every connection and runs `after` once the handshake is done.
async fn serve<F, Fut>(after: F) -> WsServer
where
    F: Fn(usize, Conn) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let after = std::sync::Arc::new(after);
    WsServer::start(move |n, peer: Peer| {
        let after = after.clone();
        async move {
            if let Some(mut conn) = peer.accept().await {
                conn.handshake().await;
                after(n, conn).await;
            }
        }
    })
    .await
}

#[tokio::test]
async fn subscribes_with_the_bearer_token_and_the_exact_command() {
    bounded(async {
        let (tx, rx) = tokio::sync::oneshot::channel();
        let tx = std::sync::Mutex::new(Some(tx));
        let server = WsServer::start(move |_, peer| {
            let tx = tx.lock().unwrap().take();
            async move {
                let mut conn = peer.accept().await.unwrap();
                conn.ready().await;
                let (id, chats) = conn.expect_subscribe().await;
                // Acked in another order, as the compatible server sorts.
                let mut sorted = chats.clone();
                sorted.sort();
                conn.ack(&id, &sorted).await;
                let _ = tx.unwrap().send((id, chats));
                conn.idle(STEP).await;
            }
        })
        .await;
        let mut events = client(&server)
            .events()
            .chats(["!owl:ba_Q2.local-signal.localhost", "!fox:beeper.local"])
            .url(server.url())
            .connect()
            .await
            .unwrap();
        let (request_id, chats) = rx.await.unwrap();
        assert_eq!(chats, ["!owl:ba_Q2.local-signal.localhost", "!fox:beeper.local"]);
        match next_ok(&mut events).await {
            Event::SubscriptionsUpdated { request_id: Some(id), chat_ids } => {
                assert_eq!(id, request_id);
                assert_eq!(chat_ids, ["!fox:beeper.local", "!owl:ba_Q2.local-signal.localhost"]);
            }
            other => panic!("{other:?}"),
        }
        let upgrades = server.upgrades();
        assert_eq!(upgrades.len(), 1);
        assert_eq!(upgrades[0].path, "/v1/ws");
        assert_eq!(upgrades[0].authorization.as_deref(), Some(format!("Bearer {TOKEN}").as_str()));
        assert!(upgrades[0].user_agent.as_deref().unwrap().starts_with("beeper-desktop-rs/"));
        assert_eq!(events.url(), server.url());
    })
    .await;
}

#[tokio::test]
async fn finds_the_socket_through_v1_info() {
    bounded(async {
        let server = serve(|_, conn| conn.idle(STEP)).await;
        // The compatible server advertises an http:// URL.
        let (base, _info) = info_server(format!("http://127.0.0.1:{}/v1/ws", server.port)).await;
        let client = Client::builder().base_url(base).access_token(TOKEN).max_retries(0).build().unwrap();
        let mut events = client.events().connect().await.unwrap();
        assert_eq!(events.url(), server.url());
        assert!(
            matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { chat_ids, .. } if chat_ids == ["*"])
        );
    })
    .await;
}

#[tokio::test]
async fn decodes_every_event_type() {
    bounded(async {
        let server = serve(|_, mut conn| async move {
            conn.send(json!({"type":"error","requestID":"q9","code":"INVALID_COMMAND",
                             "message":"Unsupported command type: subscriptions.get"}))
                .await;
            conn.send(json!({"type":"message.upserted","seq":1,"ts":1767225612345_u64,"chatID":"!fox:beeper.local",
                "ids":["$m41","$m42"],"entries":[
                    {"id":"$m41","chatID":"!fox:beeper.local","accountID":"matrix","senderID":"@ana:beeper.com",
                     "senderName":"Ana","sortKey":"000912","timestamp":"2026-01-01T00:00:12.345Z","type":"TEXT",
                     "text":"lunch at 1?","isSender":false,"isUnread":true,"reactions":[]},
                    {"id":"$m42","text":"an entry without the required fields"}]}))
                .await;
            conn.send(json!({"type":"chat.upserted","seq":2,"ts":"1767225613001","accountID":"signal_ba_Q2",
                "chatID":"!owl:ba_Q2.local-signal.localhost","ids":["!owl:ba_Q2.local-signal.localhost"]}))
                .await;
            conn.send(
                json!({"type":"message.deleted","seq":3,"ts":"2026-01-01T00:00:14Z","chatID":"!fox:beeper.local",
                "ids":["$m40"]}),
            )
            .await;
            conn.send(json!({"type":"chat.deleted","seq":4,"ts":1767225615000_u64,"chatID":"!gone:beeper.local",
                "ids":["!gone:beeper.local"]}))
                .await;
            conn.send(json!({"type":"reaction.added","seq":5,"chatID":"!fox:beeper.local","emoji":"👍"})).await;
            conn.idle(STEP).await;
        })
        .await;
        let mut events = client(&server).events().url(server.url()).connect().await.unwrap();
        assert!(matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { .. }));

        match next_ok(&mut events).await {
            Event::ServerError { code, message, request_id } => {
                assert_eq!(code, "INVALID_COMMAND");
                assert_eq!(message, "Unsupported command type: subscriptions.get");
                assert_eq!(request_id.as_deref(), Some("q9"));
            }
            other => panic!("{other:?}"),
        }
        match next_ok(&mut events).await {
            Event::MessageUpserted { meta, messages, undecoded } => {
                assert_eq!(meta.seq, Some(1));
                assert_eq!(meta.ts.unwrap().to_rfc3339(), "2026-01-01T00:00:12.345+00:00");
                assert_eq!(meta.chat_id, "!fox:beeper.local");
                assert_eq!(meta.account_id, None);
                assert_eq!(meta.ids, ["$m41", "$m42"]);
                assert_eq!(messages.len(), 1);
                assert_eq!(messages[0].id, "$m41");
                assert_eq!(messages[0].text.as_deref(), Some("lunch at 1?"));
                assert_eq!(messages[0].sender_name.as_deref(), Some("Ana"));
                assert_eq!(undecoded.len(), 1, "the bad entry is kept, not dropped");
                assert_eq!(undecoded[0].raw["id"], "$m42");
            }
            other => panic!("{other:?}"),
        }
        match next_ok(&mut events).await {
            Event::ChatUpserted { meta } => {
                assert_eq!(meta.seq, Some(2));
                assert_eq!(meta.ts.unwrap().timestamp_millis(), 1767225613001, "string ts as decimal ms");
                assert_eq!(meta.account_id.as_deref(), Some("signal_ba_Q2"));
                assert_eq!(meta.ids, ["!owl:ba_Q2.local-signal.localhost"]);
            }
            other => panic!("{other:?}"),
        }
        match next_ok(&mut events).await {
            Event::MessageDeleted { meta } => {
                assert_eq!(meta.ts.unwrap().timestamp(), 1767225614, "RFC 3339 ts");
                assert_eq!(meta.ids, ["$m40"]);
            }
            other => panic!("{other:?}"),
        }
        match next_ok(&mut events).await {
            Event::ChatDeleted { meta } => assert_eq!(meta.chat_id, "!gone:beeper.local"),
            other => panic!("{other:?}"),
        }
        match next_ok(&mut events).await {
            Event::Unknown { kind, raw } => {
                assert_eq!(kind, "reaction.added");
                assert_eq!(raw["emoji"], "👍");
            }
            other => panic!("{other:?}"),
        }
    })
    .await;
}

#[tokio::test]
async fn malformed_frames_cost_only_themselves() {
    bounded(async {
        let server = serve(|_, mut conn| async move {
            conn.send_text("{not json").await;
            conn.send_text("[1,2]").await;
            conn.send_text(r#"{"seq":1}"#).await;
            conn.send_binary(b"\x00\x01").await;
            conn.send_text(r#"{"type":"message.upserted","seq":2,"ids":["$1"]}"#).await;
            conn.send_text(r#"{"type":"subscriptions.updated","chatIDs":"*"}"#).await;
            conn.send(json!({"type":"message.deleted","seq":3,"ts":"soon","chatID":"!a:x","ids":["$1"]})).await;
            conn.idle(STEP).await;
        })
        .await;
        let mut events = client(&server).events().url(server.url()).connect().await.unwrap();
        assert!(matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { .. }));
        let mut reasons = Vec::new();
        for _ in 0..6 {
            match next_ok(&mut events).await {
                Event::Malformed { kind, reason, excerpt } => reasons.push((kind, reason, excerpt)),
                other => panic!("expected Malformed, got {other:?}"),
            }
        }
        assert!(reasons[0].1.starts_with("not JSON"), "{reasons:?}");
        assert_eq!(reasons[0].2, "{not json");
        assert_eq!(reasons[1].1, "not a JSON object");
        assert_eq!(reasons[2].1, "no string `type` field");
        assert!(reasons[3].1.contains("binary"));
        assert_eq!(reasons[4].0.as_deref(), Some("message.upserted"));
        assert_eq!(reasons[4].1, "no `chatID`");
        assert_eq!(reasons[5].0.as_deref(), Some("subscriptions.updated"));
        // The connection survived all of it; an unreadable ts only loses the
        // ts; the malformed frames' `seq`s were counted (no gap reported).
        match next_ok(&mut events).await {
            Event::MessageDeleted { meta } => {
                assert_eq!(meta.ts, None);
                assert_eq!(meta.seq, Some(3));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(server.upgrades().len(), 1, "no reconnect");
    })
    .await;
}

fn big_message_frame(seq: u64, text_len: usize) -> String {
    json!({"type":"message.upserted","seq":seq,"ts":1767225612345_u64,"chatID":"!a:x","ids":["$big"],
           "entries":[{"id":"$big","chatID":"!a:x","accountID":"matrix","senderID":"@a:x","sortKey":"1",
                       "timestamp":"2026-01-01T00:00:00Z","text":"x".repeat(text_len)}]})
    .to_string()
}

#[tokio::test]
async fn reads_frames_of_more_than_8_mib() {
    bounded(async {
        let server = serve(|_, mut conn| async move {
            conn.send_text(&big_message_frame(1, 9 * 1024 * 1024)).await;
            conn.idle(STEP).await;
        })
        .await;
        let mut events = client(&server).events().url(server.url()).connect().await.unwrap();
        assert!(matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { .. }));
        match next_ok(&mut events).await {
            Event::MessageUpserted { messages, .. } => {
                assert_eq!(messages[0].text.as_ref().unwrap().len(), 9 * 1024 * 1024)
            }
            other => panic!("{other:?}"),
        }
    })
    .await;
}

#[tokio::test]
async fn a_frame_over_the_limit_reconnects_and_reports_the_gap() {
    bounded(async {
        let server = serve(|n, mut conn| async move {
            if n == 0 {
                conn.send_text(&big_message_frame(1, 1000)).await;
                conn.send_text(&big_message_frame(2, 200 * 1024)).await;
            }
            conn.idle(STEP).await;
        })
        .await;
        let mut events = client(&server)
            .events()
            .url(server.url())
            .max_frame_size(64 * 1024)
            .reconnect(fast())
            .connect()
            .await
            .unwrap();
        assert!(matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { .. }));
        assert!(matches!(next_ok(&mut events).await, Event::MessageUpserted { .. }));
        match next_ok(&mut events).await {
            Event::Disconnected { reason, attempt: 1, .. } => assert!(reason.contains("size limit"), "{reason}"),
            other => panic!("{other:?}"),
        }
        match next_ok(&mut events).await {
            Event::Reconnected { missed } => {
                assert_eq!(missed.last_seq, Some(1));
                assert_eq!(missed.chat_ids, ["*"]);
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { .. }));
        assert_eq!(server.upgrades().len(), 2);
    })
    .await;
}

#[tokio::test]
async fn reconnects_resubscribes_and_reports_what_was_missed() {
    bounded(async {
        let (subs_tx, mut subs_rx) = tokio::sync::mpsc::unbounded_channel();
        let server = WsServer::start(move |n, peer| {
            let subs_tx = subs_tx.clone();
            async move {
                let mut conn = peer.accept().await.unwrap();
                conn.ready().await;
                let (id, chats) = conn.expect_subscribe().await;
                subs_tx.send((n, chats.clone())).unwrap();
                conn.ack(&id, &chats).await;
                let event = |seq: u64| json!({"type":"chat.upserted","seq":seq,"ts":1,"chatID":"!a:x","ids":["!a:x"]});
                if n == 0 {
                    conn.send(event(1)).await;
                    conn.send(event(2)).await;
                    // The server numbered seq 3 but it never arrives.
                    conn.send(event(4)).await;
                    // The client narrows its subscription, then the connection drops.
                    let (id, chats) = conn.expect_subscribe().await;
                    subs_tx.send((n, chats.clone())).unwrap();
                    conn.ack(&id, &chats).await;
                    return;
                }
                conn.send(event(1)).await;
                conn.idle(STEP).await;
            }
        })
        .await;
        let mut events = client(&server).events().url(server.url()).reconnect(fast()).connect().await.unwrap();
        assert_eq!(subs_rx.recv().await.unwrap(), (0, vec!["*".to_owned()]));
        assert!(matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { .. }));
        for want in [1, 2] {
            assert_eq!(next_ok(&mut events).await.meta().unwrap().seq, Some(want));
        }
        assert_eq!(next_ok(&mut events).await, Event::SeqGap { after_seq: 2, next_seq: 4, missed: 1 });
        assert_eq!(next_ok(&mut events).await.meta().unwrap().seq, Some(4));

        let acked = events.subscription().set_chats(["!a:x"]).await.unwrap();
        assert_eq!(acked, ["!a:x"]);
        assert_eq!(subs_rx.recv().await.unwrap(), (0, vec!["!a:x".to_owned()]));
        assert!(
            matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { chat_ids, .. } if chat_ids == ["!a:x"])
        );

        assert!(matches!(next_ok(&mut events).await, Event::Disconnected { attempt: 1, .. }));
        match next_ok(&mut events).await {
            Event::Reconnected { missed } => {
                assert_eq!(missed.last_seq, Some(4));
                assert_eq!(missed.chat_ids, ["!a:x"], "the current set is re-sent");
                assert_eq!(missed.failed_attempts, 0);
                assert!(missed.since <= chrono::Utc::now());
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(subs_rx.recv().await.unwrap(), (1, vec!["!a:x".to_owned()]));
        assert!(matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { .. }));
        // A fresh counter on the new connection is not a gap.
        assert_eq!(next_ok(&mut events).await.meta().unwrap().seq, Some(1));
    })
    .await;
}

#[tokio::test]
async fn a_rejected_subscription_change_is_a_typed_error_and_the_stream_goes_on() {
    bounded(async {
        let server = serve(|_, mut conn| async move {
            let (id, _) = conn.expect_subscribe().await;
            conn.send(json!({"type":"error","requestID":id,"code":"INVALID_PAYLOAD",
                             "message":"chatIDs must be an array of strings"}))
                .await;
            let (id, chats) = conn.expect_subscribe().await;
            conn.ack(&id, &chats).await;
            conn.idle(STEP).await;
        })
        .await;
        let mut events = client(&server).events().url(server.url()).connect().await.unwrap();
        let subscription = events.subscription();
        assert!(matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { .. }));
        let task = tokio::spawn(async move { subscription.set_chats(["!a:x"]).await });
        assert!(matches!(next_ok(&mut events).await, Event::ServerError { .. }));
        match task.await.unwrap() {
            Err(EventsError::Rejected { code, .. }) => assert_eq!(code, "INVALID_PAYLOAD"),
            other => panic!("{other:?}"),
        }
        // Checked locally, nothing sent.
        assert!(matches!(events.set_chats(["*", "!a:x"]).await, Err(EventsError::InvalidSubscription(_))));
        let handle = events.subscription();
        let (a, b) = tokio::join!(handle.set_chats(["!b:x"]), next(&mut events));
        assert_eq!(a.unwrap(), ["!b:x"]);
        assert!(matches!(b.unwrap(), Event::SubscriptionsUpdated { .. }));
    })
    .await;
}

#[tokio::test]
async fn a_bad_token_is_a_typed_401_and_is_not_retried() {
    bounded(async {
        let server = serve(|_, conn| conn.idle(STEP)).await;
        let client = Client::builder().base_url(server.base_url()).access_token("wrong").build().unwrap();
        let err = client.events().url(server.url()).reconnect(fast()).connect().await.unwrap_err();
        assert!(matches!(err, EventsError::Unauthorized { status: 401 }), "{err:?}");
        assert!(err.is_unauthorized());
        assert!(!err.to_string().contains("wrong"), "no token in the message: {err}");
        tokio::time::sleep(Duration::from_millis(200)).await;
        assert_eq!(server.upgrades().len(), 1);

        let no_token = Client::builder().base_url(server.base_url()).build().unwrap();
        let err = no_token.events().url(server.url()).connect().await.unwrap_err();
        assert!(matches!(err, EventsError::NoAccessToken), "{err:?}");
    })
    .await;
}

#[tokio::test]
async fn a_token_refused_on_reconnect_ends_the_stream() {
    bounded(async {
        let server = WsServer::start(|n, peer| async move {
            if n == 0 {
                let mut conn = peer.accept().await.unwrap();
                conn.handshake().await;
            } else {
                peer.refuse(401).await;
            }
        })
        .await;
        let mut events = client(&server).events().url(server.url()).reconnect(fast()).connect().await.unwrap();
        assert!(matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { .. }));
        assert!(matches!(next_ok(&mut events).await, Event::Disconnected { .. }));
        assert!(matches!(next(&mut events).await, Err(EventsError::Unauthorized { status: 401 })));
        assert!(tokio::time::timeout(STEP, events.next()).await.unwrap().is_none(), "the stream ended");
        assert_eq!(server.upgrades().len(), 2);
    })
    .await;
}

#[tokio::test]
async fn a_server_without_the_socket_is_not_supported_and_not_retried() {
    bounded(async {
        for status in [404, 405] {
            let server = WsServer::start(move |_, peer| peer.refuse(status)).await;
            let err = client(&server).events().url(server.url()).reconnect(fast()).connect().await.unwrap_err();
            match &err {
                EventsError::NotSupported { url, status: s } => {
                    assert_eq!(*s, status);
                    assert_eq!(url, &server.url());
                }
                other => panic!("{other:?}"),
            }
            assert!(!err.is_transient());
            tokio::time::sleep(Duration::from_millis(100)).await;
            assert_eq!(server.upgrades().len(), 1);
        }
    })
    .await;
}

#[tokio::test]
async fn a_server_that_never_says_ready_times_out() {
    bounded(async {
        let server = WsServer::start(|_, peer| async move {
            if let Some(conn) = peer.accept().await {
                conn.idle(STEP).await;
            }
        })
        .await;
        let started = std::time::Instant::now();
        let err = client(&server)
            .events()
            .url(server.url())
            .ready_timeout(Duration::from_millis(300))
            .connect()
            .await
            .unwrap_err();
        assert!(matches!(err, EventsError::ReadyTimeout { waiting_for: "ready", .. }), "{err:?}");
        assert!(started.elapsed() < STEP);
    })
    .await;
}

#[tokio::test]
async fn an_unanswered_ping_counts_as_a_dead_connection() {
    bounded(async {
        // Connection 0 stops reading after the handshake, so pings go unanswered.
        let server = serve(|_, conn| conn.idle(STEP)).await;
        let mut events = client(&server)
            .events()
            .url(server.url())
            .ping_interval(Duration::from_millis(100))
            .reconnect(fast())
            .connect()
            .await
            .unwrap();
        assert!(matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { .. }));
        match next_ok(&mut events).await {
            Event::Disconnected { reason, .. } => assert!(reason.contains("ping"), "{reason}"),
            other => panic!("{other:?}"),
        }
        assert!(matches!(next_ok(&mut events).await, Event::Reconnected { .. }));
    })
    .await;
}

#[tokio::test]
async fn gives_up_after_the_configured_attempts() {
    bounded(async {
        let server = WsServer::start(|n, peer| async move {
            if n == 0 {
                let mut conn = peer.accept().await.unwrap();
                conn.handshake().await;
            } else {
                peer.refuse(503).await;
            }
        })
        .await;
        let policy = fast().with_max_attempts(2);
        let mut events = client(&server).events().url(server.url()).reconnect(policy).connect().await.unwrap();
        assert!(matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { .. }));
        assert!(matches!(next_ok(&mut events).await, Event::Disconnected { attempt: 1, .. }));
        match next_ok(&mut events).await {
            Event::Disconnected { attempt: 2, reason, .. } => assert!(reason.contains("503"), "{reason}"),
            other => panic!("{other:?}"),
        }
        match next(&mut events).await {
            Err(EventsError::GaveUp { attempts: 2, last_error }) => {
                assert!(matches!(*last_error, EventsError::Handshake { status: 503, .. }))
            }
            other => panic!("{other:?}"),
        }
        assert!(tokio::time::timeout(STEP, events.next()).await.unwrap().is_none());
        assert_eq!(server.upgrades().len(), 3);

        let server = serve(|_, _conn| async {}).await;
        let mut events =
            client(&server).events().url(server.url()).reconnect(ReconnectPolicy::never()).connect().await.unwrap();
        assert!(matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { .. }));
        assert!(matches!(next(&mut events).await, Err(EventsError::GaveUp { attempts: 0, .. })));
    })
    .await;
}

#[tokio::test]
async fn dropping_the_stream_closes_the_connection() {
    bounded(async {
        let (tx, rx) = tokio::sync::oneshot::channel();
        let tx = std::sync::Mutex::new(Some(tx));
        let server = serve(move |_, mut conn| {
            let tx = tx.lock().unwrap().take();
            async move {
                let closed = conn.closed_by_client().await;
                let _ = tx.unwrap().send(closed);
            }
        })
        .await;
        let events = client(&server).events().url(server.url()).connect().await.unwrap();
        let subscription = events.subscription();
        drop(events);
        assert!(rx.await.unwrap(), "the client closed the socket");
        assert!(matches!(subscription.set_chats(["*"]).await, Err(EventsError::Closed)));
    })
    .await;
}
