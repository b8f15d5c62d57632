//! A consumer that stops polling: the connection stays healthy (pings are
//! answered and judged while the consumer sleeps), nothing that fits in the
//! buffer is lost, an overflow is one `Lagged` with the exact count, and
//! subscription changes are acknowledged with a backlog waiting.

use std::time::Duration;

use beeper_desktop::events::Event;
use serde_json::json;
use tokio::sync::oneshot;

use crate::server::{STEP, WsServer};
use crate::{bounded, client, fast, next_ok};

fn chat_event(seq: u64) -> String {
    json!({"type":"chat.upserted","seq":seq,"ts":1767225612345_u64,"chatID":"!a:x","ids":["!a:x"]}).to_string()
}

/// One scripted connection: `script` runs after the handshake; later
/// connections (there should be none) are accepted and left idle.
async fn one_connection<F, Fut>(script: F) -> WsServer
where
    F: FnOnce(crate::server::Conn) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let script = std::sync::Mutex::new(Some(script));
    WsServer::start(move |_, peer| {
        let script = script.lock().unwrap().take();
        async move {
            let Some(mut conn) = peer.accept().await else { return };
            conn.handshake().await;
            match script {
                Some(script) => script(conn).await,
                None => conn.idle(STEP).await,
            }
        }
    })
    .await
}

/// The case, scaled: a 50 ms ping and a consumer that sleeps 1.5 s
/// (30 ping periods) while 2,000 events arrive over about a second. All of
/// them arrive, in order, on the one connection; a later event still does.
#[tokio::test]
async fn a_consumer_pausing_longer_than_the_ping_interval_loses_nothing_and_stays_connected() {
    bounded(async {
        let (sent_tx, sent_rx) = oneshot::channel();
        let (more_tx, more_rx) = oneshot::channel::<()>();
        let server = one_connection(move |mut conn| async move {
            conn.send_paced((1..=2000).map(chat_event), 20, Duration::from_millis(10)).await;
            conn.sync().await;
            let _ = sent_tx.send(());
            conn.read_until(more_rx).await;
            conn.send_text(&chat_event(2001)).await;
            conn.read_for(STEP).await;
        })
        .await;
        let mut events = client(&server)
            .events()
            .url(server.url())
            .ping_interval(Duration::from_millis(50))
            .reconnect(fast())
            .connect()
            .await
            .unwrap();
        assert!(matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { .. }));

        // The consumer is busy elsewhere.
        tokio::time::sleep(Duration::from_millis(1500)).await;
        tokio::time::timeout(STEP, sent_rx).await.unwrap().unwrap();
        for want in 1..=2000u64 {
            match next_ok(&mut events).await {
                Event::ChatUpserted { meta } => assert_eq!(meta.seq, Some(want)),
                other => panic!("expected seq {want}, got {other:?}"),
            }
        }
        // Catching up fires no late pings back to back: still connected.
        tokio::time::sleep(Duration::from_millis(300)).await;
        more_tx.send(()).unwrap();
        match next_ok(&mut events).await {
            Event::ChatUpserted { meta } => assert_eq!(meta.seq, Some(2001)),
            other => panic!("{other:?}"),
        }
        assert_eq!(server.upgrades().len(), 1, "no reconnect");
    })
    .await;
}

/// A buffer of 100 and 1,000 events read while the consumer waits: the
/// first 100 arrive, then `Lagged { dropped: 900 }`, then what comes next.
#[tokio::test]
async fn a_pause_that_overflows_the_buffer_is_reported_with_the_exact_count() {
    bounded(async {
        let (sent_tx, sent_rx) = oneshot::channel();
        let (more_tx, more_rx) = oneshot::channel::<()>();
        let server = one_connection(move |mut conn| async move {
            for seq in 1..=1000 {
                conn.send_text(&chat_event(seq)).await;
            }
            // The client has read all 1,000 (into its buffer or the count).
            conn.sync().await;
            let _ = sent_tx.send(());
            conn.read_until(more_rx).await;
            conn.send_text(&chat_event(1001)).await;
            conn.read_for(STEP).await;
        })
        .await;
        let mut events = client(&server).events().url(server.url()).buffer(100).connect().await.unwrap();
        assert!(matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { .. }));
        tokio::time::timeout(STEP, sent_rx).await.unwrap().unwrap();
        for want in 1..=100u64 {
            assert_eq!(next_ok(&mut events).await.meta().and_then(|m| m.seq), Some(want));
        }
        assert_eq!(next_ok(&mut events).await, Event::Lagged { dropped: 900 });
        more_tx.send(()).unwrap();
        // The task kept counting `seq` while it dropped: no false gap.
        assert_eq!(next_ok(&mut events).await.meta().and_then(|m| m.seq), Some(1001));
        assert_eq!(server.upgrades().len(), 1, "no reconnect");
    })
    .await;
}

/// The byte budget: frames of about 1 KiB with 10 KiB allowed.
#[tokio::test]
async fn the_byte_budget_bounds_the_buffer_too() {
    bounded(async {
        let (sent_tx, sent_rx) = oneshot::channel();
        let server = one_connection(move |mut conn| async move {
            let pad = "x".repeat(1000);
            for seq in 1..=50u64 {
                conn.send(json!({"type":"chat.upserted","seq":seq,"ts":1,"chatID":"!a:x","ids":["!a:x"],"pad":pad}))
                    .await;
            }
            conn.sync().await;
            let _ = sent_tx.send(());
            conn.read_for(STEP).await;
        })
        .await;
        let mut events = client(&server).events().url(server.url()).buffer_bytes(10 * 1024).connect().await.unwrap();
        assert!(matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { .. }));
        tokio::time::timeout(STEP, sent_rx).await.unwrap().unwrap();
        let mut kept = 0u64;
        let dropped = loop {
            match next_ok(&mut events).await {
                Event::ChatUpserted { .. } => kept += 1,
                Event::Lagged { dropped } => break dropped,
                other => panic!("{other:?}"),
            }
        };
        assert!((5..=10).contains(&kept), "about 10 KiB of 1 KiB frames: {kept}");
        assert_eq!(kept + dropped, 50, "every event is either delivered or counted");
    })
    .await;
}

/// 1,000 events wait unread; `set_chats` from the consuming task is acked
/// within its 1 s ack timeout, and the backlog is intact behind it.
#[tokio::test]
async fn set_chats_with_a_backlog_is_acknowledged_within_a_second() {
    bounded(async {
        let (sent_tx, sent_rx) = oneshot::channel();
        let server = one_connection(move |mut conn| async move {
            for seq in 1..=1000 {
                conn.send_text(&chat_event(seq)).await;
            }
            let early = conn.sync().await;
            assert!(early.is_empty(), "{early:?}");
            let _ = sent_tx.send(());
            let (id, chats) = conn.expect_subscribe().await;
            conn.ack(&id, &chats).await;
            conn.read_for(STEP).await;
        })
        .await;
        let mut events = client(&server)
            .events()
            .url(server.url())
            // Also the limit for each subscription ack.
            .ready_timeout(Duration::from_secs(1))
            .connect()
            .await
            .unwrap();
        tokio::time::timeout(STEP, sent_rx).await.unwrap().unwrap();
        let acked = events.set_chats(["!a:x"]).await.expect("acknowledged within 1 s with 1,000 events unread");
        assert_eq!(acked, ["!a:x"]);
        assert!(matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { .. }));
        for want in 1..=1000u64 {
            assert_eq!(next_ok(&mut events).await.meta().and_then(|m| m.seq), Some(want));
        }
        match next_ok(&mut events).await {
            Event::SubscriptionsUpdated { chat_ids, .. } => assert_eq!(chat_ids, ["!a:x"]),
            other => panic!("{other:?}"),
        }
    })
    .await;
}

/// A dead socket is still found while the consumer sleeps: the peer stops
/// answering, and the `Disconnected` is waiting when the consumer returns.
#[tokio::test]
async fn a_dead_socket_is_found_while_the_consumer_sleeps() {
    bounded(async {
        let server = one_connection(|conn| conn.idle(STEP)).await;
        let mut events = client(&server)
            .events()
            .url(server.url())
            .ping_interval(Duration::from_millis(50))
            .reconnect(fast())
            .connect()
            .await
            .unwrap();
        assert!(matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { .. }));
        tokio::time::sleep(Duration::from_millis(500)).await;
        match next_ok(&mut events).await {
            Event::Disconnected { reason, .. } => assert!(reason.contains("ping"), "{reason}"),
            other => panic!("{other:?}"),
        }
        assert!(matches!(next_ok(&mut events).await, Event::Reconnected { .. }));
    })
    .await;
}

/// The measurement at full scale: the default 30 s ping, a
/// consumer that sleeps 95 s while the server sends 200 events a second
/// (19,000). Takes 100 s, so it is ignored by default: run it with
/// `cargo test --test events -- --ignored full_scale`.
#[tokio::test]
#[ignore = "takes 100 s"]
async fn full_scale_a_95_second_pause_with_the_default_ping_loses_nothing() {
    let run = async {
        let (sent_tx, sent_rx) = oneshot::channel();
        let server = one_connection(move |mut conn| async move {
            conn.send_paced((1..=19_000).map(chat_event), 20, Duration::from_millis(100)).await;
            conn.sync().await;
            let _ = sent_tx.send(());
            conn.read_for(Duration::from_secs(90)).await;
        })
        .await;
        let mut events = client(&server).events().url(server.url()).connect().await.unwrap();
        assert!(matches!(next_ok(&mut events).await, Event::SubscriptionsUpdated { .. }));
        tokio::time::sleep(Duration::from_secs(95)).await;
        tokio::time::timeout(Duration::from_secs(30), sent_rx).await.unwrap().unwrap();
        let mut delivered = 0u64;
        while delivered < 19_000 {
            match next_ok(&mut events).await {
                Event::ChatUpserted { meta } => {
                    delivered += 1;
                    assert_eq!(meta.seq, Some(delivered));
                }
                other => panic!("after {delivered} events: {other:?}"),
            }
        }
        assert_eq!(server.upgrades().len(), 1, "no reconnect");
        eprintln!("delivered {delivered} of 19000 events after a 95 s pause, 1 connection");
    };
    tokio::time::timeout(Duration::from_secs(200), run).await.expect("did not hang");
}
