//! The message feed against the fake Desktop: one test per documented
//! guarantee, and a randomized test of seeded schedules (`random.rs`).

mod consumer;
mod random;

use std::future::Future;
use std::time::Duration;

use beeper_desktop::events::ReconnectPolicy;
use beeper_desktop::feed::{Checkpoint, Feed, FeedBuilder, FeedError, FeedItem, HistoryOrder, MessageChange};
use beeper_desktop::types;
use beeper_desktop_fake::{Change, FakeDesktop, Fault, NewChat};
use futures::StreamExt;

use consumer::Consumer;

/// Every test finishes within this, or fails.
async fn bounded<F: Future<Output = ()>>(test: F) {
    tokio::time::timeout(Duration::from_secs(60), test).await.expect("test did not hang");
}

/// A feed builder with short waits, no background sweep and a quick socket.
fn quick(builder: FeedBuilder<'_>) -> FeedBuilder<'_> {
    builder
        .sweep_interval(Duration::from_secs(3600))
        .poll_interval(Duration::from_millis(50))
        .backoff(Duration::from_millis(5), Duration::from_millis(40))
        .reconnect(
            ReconnectPolicy::default()
                .with_initial_delay(Duration::from_millis(10))
                .with_max_delay(Duration::from_millis(50)),
        )
}

async fn next(feed: &mut Feed) -> Result<FeedItem, FeedError> {
    tokio::time::timeout(Duration::from_secs(20), feed.next()).await.expect("an item in time").expect("feed still open")
}

/// Items up to and including the `CaughtUp` that covers `ticket`.
async fn until_caught_up(feed: &mut Feed, ticket: u64) -> Vec<FeedItem> {
    let mut items = Vec::new();
    loop {
        let item = next(feed).await.expect("no error");
        let done = matches!(item, FeedItem::CaughtUp { resync } if resync >= ticket);
        items.push(item);
        if done {
            return items;
        }
    }
}

fn new_messages(items: &[FeedItem]) -> Vec<types::Message> {
    items
        .iter()
        .filter_map(|i| match i {
            FeedItem::Message { message, change: MessageChange::New } => Some((**message).clone()),
            _ => None,
        })
        .collect()
}

fn chats(fake: &FakeDesktop, n: usize) -> Vec<String> {
    (0..n).map(|i| fake.add_chat(NewChat::single("whatsapp", &format!("Friend {i}")))).collect()
}

fn numeric(key: &str) -> u64 {
    key.parse().expect("the fake's sort keys are numbers")
}

#[tokio::test]
async fn history_comes_whole_and_in_order_then_live_messages_follow() {
    bounded(async {
        let fake = FakeDesktop::start().await;
        let ids = chats(&fake, 3);
        for round in 0..30 {
            for id in &ids {
                fake.receive_text(id, &format!("old {round}"));
            }
        }
        let client = fake.client();
        let mut feed = quick(client.feed().chats(ids.clone()).with_all_history()).start().await.unwrap();
        let items = until_caught_up(&mut feed, 0).await;
        let got = new_messages(&items);
        assert_eq!(got.len(), 90, "every message once");
        for id in &ids {
            let keys: Vec<u64> =
                got.iter().filter(|m| &m.chat_id == id).map(|m| numeric(m.sort_key.as_str())).collect();
            assert_eq!(keys.len(), 30);
            assert!(keys.windows(2).all(|w| w[0] < w[1]), "sort-key order in {id}: {keys:?}");
        }
        let chats_seen = items.iter().filter(|i| matches!(i, FeedItem::ChatChanged(_))).count();
        assert_eq!(chats_seen, 3);

        let live = fake.receive_text(&ids[1], "hello live");
        loop {
            match next(&mut feed).await.unwrap() {
                FeedItem::Message { message, change } => {
                    assert_eq!(message.id, live.id);
                    assert_eq!(change, MessageChange::New);
                    break;
                }
                FeedItem::ChatChanged(_) => {}
                other => panic!("unexpected {other:?}"),
            }
        }
    })
    .await;
}

#[tokio::test]
async fn from_now_skips_history_and_with_history_takes_the_last_n() {
    bounded(async {
        let fake = FakeDesktop::start().await;
        let ids = chats(&fake, 2);
        for n in 0..40 {
            fake.receive_text(&ids[0], &format!("a{n}"));
        }
        fake.receive_text(&ids[1], "b0");
        let client = fake.client();

        let mut now = quick(client.feed().chats(ids.clone())).start().await.unwrap();
        assert!(new_messages(&until_caught_up(&mut now, 0).await).is_empty());

        let mut last = quick(client.feed().chats(ids.clone()).with_history(30)).start().await.unwrap();
        let got = new_messages(&until_caught_up(&mut last, 0).await);
        let texts: Vec<&str> = got.iter().filter(|m| m.chat_id == ids[0]).filter_map(|m| m.text.as_deref()).collect();
        let want: Vec<String> = (10..40).map(|n| format!("a{n}")).collect();
        assert_eq!(texts, want);
        assert_eq!(got.iter().filter(|m| m.chat_id == ids[1]).count(), 1);

        // A message that arrives later reaches the "from now" feed.
        let m = fake.receive_text(&ids[0], "after start");
        let ticket = now.resync();
        let got = new_messages(&until_caught_up(&mut now, ticket).await);
        assert_eq!(got.iter().map(|m| &m.id).collect::<Vec<_>>(), [&m.id]);
    })
    .await;
}

#[tokio::test]
async fn a_resumed_feed_yields_nothing_twice_and_everything_new() {
    bounded(async {
        let fake = FakeDesktop::start().await;
        let ids = chats(&fake, 2);
        for n in 0..10 {
            fake.receive_text(&ids[n % 2], &format!("m{n}"));
        }
        let client = fake.client();
        let mut feed = quick(client.feed().chats(ids.clone()).with_all_history()).start().await.unwrap();
        assert_eq!(new_messages(&until_caught_up(&mut feed, 0).await).len(), 10);
        let json = serde_json::to_string(&feed.checkpoint()).unwrap();
        drop(feed);

        let fresh = fake.receive_text(&ids[0], "while away");
        let checkpoint: Checkpoint = serde_json::from_str(&json).unwrap();
        let mut feed = quick(client.feed().chats(ids.clone()).resume(checkpoint)).start().await.unwrap();
        let items = until_caught_up(&mut feed, 0).await;
        let messages: Vec<&FeedItem> = items.iter().filter(|i| matches!(i, FeedItem::Message { .. })).collect();
        assert_eq!(messages.len(), 1, "{items:?}");
        assert_eq!(new_messages(&items)[0].id, fresh.id);
    })
    .await;
}

#[tokio::test]
async fn the_checkpoint_describes_exactly_what_was_handed_out() {
    bounded(async {
        let fake = FakeDesktop::start().await;
        let ids = chats(&fake, 1);
        for n in 0..60 {
            fake.receive_text(&ids[0], &format!("m{n}"));
        }
        let client = fake.client();
        let mut feed = quick(client.feed().chats(ids.clone()).with_all_history()).start().await.unwrap();
        // Read part of a page, checkpoint, "crash".
        let mut first = Vec::new();
        while first.len() < 7 {
            if let FeedItem::Message { message, .. } = next(&mut feed).await.unwrap() {
                first.push(message.text.unwrap());
            }
        }
        let checkpoint = feed.checkpoint();
        drop(feed);
        let mut feed = quick(client.feed().chats(ids.clone()).resume(checkpoint)).start().await.unwrap();
        let rest: Vec<String> =
            new_messages(&until_caught_up(&mut feed, 0).await).into_iter().filter_map(|m| m.text).collect();
        let all: Vec<String> = first.into_iter().chain(rest).collect();
        let want: Vec<String> = (0..60).map(|n| format!("m{n}")).collect();
        assert_eq!(all, want);
    })
    .await;
}

/// `HistoryOrder::NewestFirst`: each chat's history comes newest first in
/// one walk down, messages that arrive later come forward in order, and a
/// checkpoint taken mid-import resumes strictly below what was handed out.
#[tokio::test]
async fn newest_first_history_comes_down_once_and_resumes_below_its_position() {
    bounded(async {
        let fake = FakeDesktop::start().await;
        let ids = chats(&fake, 2);
        for n in 0..70 {
            fake.receive_text(&ids[0], &format!("a{n}"));
        }
        for n in 0..3 {
            fake.receive_text(&ids[1], &format!("b{n}"));
        }
        let client = fake.client();
        fn newest_first(b: FeedBuilder<'_>) -> FeedBuilder<'_> {
            quick(b.with_all_history().history_order(HistoryOrder::NewestFirst))
        }

        // A whole import: newest first per chat, every message once.
        let mut feed = newest_first(client.feed().chats(ids.clone())).start().await.unwrap();
        let got = new_messages(&until_caught_up(&mut feed, 0).await);
        let texts = |chat: &str, got: &[types::Message]| -> Vec<String> {
            got.iter().filter(|m| m.chat_id == chat).filter_map(|m| m.text.clone()).collect()
        };
        assert_eq!(texts(&ids[0], &got), (0..70).rev().map(|n| format!("a{n}")).collect::<Vec<_>>());
        assert_eq!(texts(&ids[1], &got), ["b2", "b1", "b0"]);
        // Then live and caught-up messages come in sort-key order.
        fake.receive_text(&ids[1], "b3");
        fake.receive_text(&ids[1], "b4");
        let ticket = feed.resync();
        assert_eq!(texts(&ids[1], &new_messages(&until_caught_up(&mut feed, ticket).await)), ["b3", "b4"]);
        drop(feed);

        // Stop in the middle of a page of the import, with new messages
        // arriving while the consumer is off.
        let mut feed = newest_first(client.feed().chats([ids[0].clone()])).start().await.unwrap();
        let mut first = Vec::new();
        while first.len() < 33 {
            if let FeedItem::Message { message, change } = next(&mut feed).await.unwrap() {
                assert_eq!(change, MessageChange::New);
                first.push(message.text.unwrap());
            }
        }
        let json = serde_json::to_string(&feed.checkpoint()).unwrap();
        drop(feed);
        for n in 70..75 {
            fake.receive_text(&ids[0], &format!("a{n}"));
        }
        // The resumed import goes on below its position whatever order the
        // resumed builder names.
        let checkpoint: Checkpoint = serde_json::from_str(&json).unwrap();
        let mut feed = quick(client.feed().chats([ids[0].clone()]).resume(checkpoint)).start().await.unwrap();
        let rest = texts(&ids[0], &new_messages(&until_caught_up(&mut feed, 0).await));
        let all: Vec<String> = first.into_iter().chain(rest).collect();
        let want: Vec<String> =
            (0..70).rev().map(|n| format!("a{n}")).chain((70..75).map(|n| format!("a{n}"))).collect();
        assert_eq!(all, want, "no message twice, none lost, history down then new ones up");

        // Resuming at the end of the import brings nothing again.
        let checkpoint = feed.checkpoint();
        drop(feed);
        let mut feed = quick(client.feed().chats([ids[0].clone()]).resume(checkpoint)).start().await.unwrap();
        assert!(new_messages(&until_caught_up(&mut feed, 0).await).is_empty());
    })
    .await;
}

/// Changes the socket never reports (as when events are lost) are found
/// by the next catch-up: edits, reactions, deletions, and late history.
#[tokio::test]
async fn catch_up_finds_what_the_socket_lost() {
    bounded(async {
        let fake = FakeDesktop::start().await;
        let ids = chats(&fake, 1);
        let chat = &ids[0];
        let a = fake.receive_text(chat, "a");
        let b = fake.receive_text(chat, "b");
        let c = fake.receive_text(chat, "c");
        let client = fake.client();
        let mut feed = quick(client.feed().chats(ids.clone()).with_all_history()).start().await.unwrap();
        assert_eq!(new_messages(&until_caught_up(&mut feed, 0).await).len(), 3);

        // Silent changes: nothing is published.
        fake.with_world(|w| {
            let record = w.chats.get_mut(chat.as_str()).unwrap();
            for m in record.messages_mut() {
                if m.id == a.id {
                    m.text = Some("a (edited)".into());
                    m.edited_timestamp = Some(m.timestamp + chrono::Duration::seconds(5));
                }
                if m.id == b.id {
                    m.reactions.push(types::Reaction {
                        emoji: Some(true),
                        id: "r1".into(),
                        img_url: None,
                        participant_id: "@other:beeper.local".into(),
                        reaction_key: "👍".into(),
                    });
                }
                if m.id == c.id {
                    m.is_hidden = Some(true);
                }
            }
        });
        let backfilled = fake.receive_text(chat, "backfilled from 2020");
        fake.with_world(|w| {
            let record = w.chats.get_mut(chat.as_str()).unwrap();
            let m = record.messages_mut().iter_mut().find(|m| m.id == backfilled.id).unwrap();
            m.timestamp = "2020-01-01T00:00:00Z".parse().unwrap();
        });
        let ticket = feed.resync();
        let items = until_caught_up(&mut feed, ticket).await;
        let changed: Vec<(String, MessageChange)> = items
            .iter()
            .filter_map(|i| match i {
                FeedItem::Message { message, change } => Some((message.id.clone(), *change)),
                _ => None,
            })
            .collect();
        assert!(changed.contains(&(a.id.clone(), MessageChange::Changed)), "{items:?}");
        assert!(changed.contains(&(b.id.clone(), MessageChange::Changed)), "{items:?}");
        assert!(changed.contains(&(backfilled.id.clone(), MessageChange::New)), "{items:?}");
        assert!(
            items.iter().any(|i| matches!(i, FeedItem::MessageDeleted { message_id, .. } if *message_id == c.id)),
            "{items:?}"
        );
        // Nothing else, nothing twice.
        assert_eq!(changed.len(), 3, "{items:?}");
    })
    .await;
}

#[tokio::test]
async fn own_sends_edits_and_deletions_arrive_once_under_the_final_id() {
    bounded(async {
        let fake = FakeDesktop::start().await;
        let ids = chats(&fake, 1);
        let client = fake.client();
        let mut feed = quick(client.feed().chats(ids.clone())).start().await.unwrap();
        until_caught_up(&mut feed, 0).await;
        let body = types::SendMessageRequest { text: Some("mine".into()), ..Default::default() };
        let sent = client.send_message().chat_id(&ids[0]).body(body).send().await.unwrap().into_inner();
        let final_id = fake.sent_messages()[0].message_id.clone();
        let ticket = feed.resync();
        let items = until_caught_up(&mut feed, ticket).await;
        let ids_seen: Vec<String> = new_messages(&items).into_iter().map(|m| m.id).collect();
        assert_eq!(ids_seen, std::slice::from_ref(&final_id));
        assert_ne!(sent.pending_message_id, final_id);

        client
            .update_message()
            .chat_id(&ids[0])
            .message_id(&final_id)
            .body(types::UpdateMessageRequest { text: "mine, edited".into() })
            .send()
            .await
            .unwrap();
        client.delete_message().chat_id(&ids[0]).message_id(&final_id).send().await.unwrap();
        let ticket = feed.resync();
        let items = until_caught_up(&mut feed, ticket).await;
        let deleted = items
            .iter()
            .filter(|i| matches!(i, FeedItem::MessageDeleted { message_id, .. } if *message_id == final_id))
            .count();
        assert_eq!(deleted, 1, "{items:?}");
        let edits =
            items.iter().filter(|i| matches!(i, FeedItem::Message { change: MessageChange::Changed, .. })).count();
        assert!(edits <= 1, "{items:?}");
    })
    .await;
}

#[tokio::test]
async fn a_refused_token_ends_the_feed_with_a_typed_error() {
    bounded(async {
        let fake = FakeDesktop::start().await;
        let client = beeper_desktop::Client::builder().base_url(fake.base_url()).access_token("wrong").build().unwrap();
        let err = quick(client.feed()).start().await.unwrap_err();
        assert!(err.is_unauthorized(), "{err}");
        let mut polling = quick(client.feed().live(false)).start().await.unwrap();
        let err = next(&mut polling).await.unwrap_err();
        assert!(matches!(err, FeedError::Unauthorized { status: 401 }), "{err}");
        assert!(polling.next().await.is_none(), "the error is the last item");
    })
    .await;
}

#[tokio::test]
async fn server_errors_are_retried_and_reported_as_lagging() {
    bounded(async {
        let fake = FakeDesktop::start().await;
        let ids = chats(&fake, 1);
        fake.receive_text(&ids[0], "x");
        fake.inject(Fault::status("list_messages", 500).times(3));
        let client = fake.client_builder().max_retries(0).build().unwrap();
        let mut feed = quick(client.feed().chats(ids.clone()).with_all_history().live(false)).start().await.unwrap();
        let items = until_caught_up(&mut feed, 0).await;
        let lagging: Vec<u32> = items
            .iter()
            .filter_map(|i| match i {
                FeedItem::Lagging { attempt, .. } => Some(*attempt),
                _ => None,
            })
            .collect();
        assert_eq!(lagging, [1, 2, 3]);
        assert_eq!(new_messages(&items).len(), 1);
    })
    .await;
}

/// Without the socket the feed polls, and still sees everything.
#[tokio::test]
async fn polling_feed_delivers_new_messages() {
    bounded(async {
        let fake = FakeDesktop::start().await;
        let ids = chats(&fake, 2);
        let client = fake.client();
        let mut feed = quick(client.feed().chats(ids.clone()).live(false)).start().await.unwrap();
        until_caught_up(&mut feed, 0).await;
        let m = fake.receive_text(&ids[1], "polled");
        loop {
            if let FeedItem::Message { message, .. } = next(&mut feed).await.unwrap() {
                assert_eq!(message.id, m.id);
                break;
            }
        }
    })
    .await;
}

#[tokio::test]
async fn new_chats_are_picked_up_and_removed_chats_reported() {
    bounded(async {
        let fake = FakeDesktop::start().await;
        let client = fake.client();
        let mut feed = quick(client.feed().accounts(["whatsapp"])).start().await.unwrap();
        until_caught_up(&mut feed, 0).await;
        let id = fake.add_chat(NewChat::single("whatsapp", "Newcomer"));
        let m = fake.receive_text(&id, "first words");
        let mut saw_chat = false;
        loop {
            match next(&mut feed).await.unwrap() {
                FeedItem::ChatChanged(chat) if chat.id == id => saw_chat = true,
                FeedItem::Message { message, .. } => {
                    assert_eq!(message.id, m.id);
                    break;
                }
                _ => {}
            }
        }
        assert!(saw_chat);
        fake.with_world(|w| w.chats.remove(&id));
        fake.state().publish(Change::ChatDeleted { chat_id: id.clone() });
        loop {
            if let FeedItem::ChatRemoved { chat_id } = next(&mut feed).await.unwrap() {
                assert_eq!(chat_id, id);
                break;
            }
        }
    })
    .await;
}

/// The state is a window per chat: its size does not grow with history.
#[tokio::test]
async fn checkpoint_size_does_not_grow_with_history() {
    bounded(async {
        let fake = FakeDesktop::start().await;
        let ids = chats(&fake, 2);
        for n in 0..40 {
            fake.receive_text(&ids[0], &format!("m{n}"));
        }
        for n in 0..400 {
            fake.receive_text(&ids[1], &format!("m{n}"));
        }
        let client = fake.client();
        let mut small = quick(client.feed().chats([ids[0].clone()]).with_all_history()).start().await.unwrap();
        until_caught_up(&mut small, 0).await;
        let mut large = quick(client.feed().chats([ids[1].clone()]).with_all_history()).start().await.unwrap();
        until_caught_up(&mut large, 0).await;
        let (s, l) = (small.checkpoint().encoded_len(), large.checkpoint().encoded_len());
        assert!(l <= s + 64, "40 messages: {s} bytes, 400 messages: {l} bytes");
        assert!(l < 2048, "{l} bytes for one chat");
    })
    .await;
}

#[tokio::test]
async fn bad_selections_are_refused() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    for builder in
        [client.feed().chats(["*", "!a:x"]), client.feed().chats([""]), client.feed().accounts(Vec::<String>::new())]
    {
        assert!(matches!(builder.start().await, Err(FeedError::InvalidSelection(_))));
    }
}

#[tokio::test]
async fn a_consumer_rebuilds_the_fake_state() {
    bounded(async {
        let fake = FakeDesktop::start().await;
        let ids = chats(&fake, 3);
        for n in 0..5 {
            fake.receive_text(&ids[n % 3], &format!("m{n}"));
        }
        let client = fake.client();
        let mut consumer = Consumer::default();
        let mut feed = quick(client.feed().chats(ids.clone()).with_all_history()).start().await.unwrap();
        consumer.drain_until_caught_up(&mut feed, 0).await.unwrap();
        assert_eq!(consumer.view(), Consumer::expected(&fake, &ids));
    })
    .await;
}

/// A lost event and a dropped socket: the reconnect's catch-up delivers
/// what was lost, and the outage is reported.
#[tokio::test]
async fn dropped_sockets_and_lost_events_are_recovered() {
    bounded(async {
        let fake = FakeDesktop::start().await;
        let ids = chats(&fake, 2);
        let client = fake.client();
        let mut feed = quick(client.feed().chats(ids.clone())).start().await.unwrap();
        until_caught_up(&mut feed, 0).await;
        fake.live().lose_next(10);
        let lost = fake.receive_text(&ids[0], "never announced");
        let late = fake.receive_backfill(&ids[1], "from 2019", "2019-06-01T12:00:00Z".parse().unwrap());
        fake.live().clear();
        fake.live().drop_connections();
        let mut lagging = false;
        let mut got = Vec::new();
        while got.len() < 2 {
            match next(&mut feed).await.unwrap() {
                FeedItem::Lagging { .. } => lagging = true,
                FeedItem::Message { message, change: MessageChange::New } => got.push(message.id),
                _ => {}
            }
        }
        got.sort();
        let mut want = vec![lost.id, late.id];
        want.sort();
        assert_eq!(got, want);
        assert!(lagging, "the outage is reported");
    })
    .await;
}
