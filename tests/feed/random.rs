//! Randomized schedules against the fake: incoming messages across 20+
//! chats, edits, reactions, deletions, late history, own sends, dropped
//! sockets (once or every N events), lost events (silent changes, single
//! losses, every N-th), REST 500s and consumer restarts from the last
//! committed checkpoint. After each schedule the consumer's state equals the fake's
//! and no message version was handed out twice.
//!
//! `FEED_SCHEDULES=<n>` sets the count (default 200), `FEED_SEED=<s>` the
//! first seed; a failure names its seed so it can be replayed alone:
//! `FEED_SEED=<seed> FEED_SCHEDULES=1 cargo test --test feed randomized`;
//! `FEED_DEBUG=1` (with `-- --nocapture`) prints what the schedule does.

use std::time::Duration;

use beeper_desktop::Client;
use beeper_desktop::feed::{Checkpoint, Feed, HistoryOrder};
use beeper_desktop::types;
use beeper_desktop_fake::{FakeDesktop, Fault, NewChat};
use futures::StreamExt;

use crate::consumer::{Consumer, difference};
use crate::quick;

/// SplitMix64: small, seedable, good enough for schedules.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// Schedules run in this many lanes at once, each against its own fake
/// (faults are per fake); most of a schedule's time is spent waiting.
const LANES: u64 = 4;

// Two worker threads: the lanes and their fakes keep both cores busy (on one
// thread the test was bound to a single core, the longest of the suite).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn randomized_schedules() {
    let count = env_u64("FEED_SCHEDULES", 200);
    let first = env_u64("FEED_SEED", 1);
    let lanes = (0..LANES.min(count)).map(|lane| async move {
        let fake = FakeDesktop::start().await;
        let mut seed = first + lane;
        while seed < first + count {
            let outcome = tokio::time::timeout(Duration::from_secs(60), run(&fake, seed)).await;
            let failure = match outcome {
                Ok(Ok(())) => None,
                Ok(Err(message)) => Some(message),
                Err(_) => Some("did not finish within 60 s".to_owned()),
            };
            if let Some(message) = failure {
                return Err(format!(
                    "schedule with seed {seed} failed: {message}\n\
                     replay: FEED_SEED={seed} FEED_SCHEDULES=1 cargo test -p beeper-desktop --test feed randomized"
                ));
            }
            fake.clear_faults();
            seed += LANES;
        }
        Ok(seed - first)
    });
    let results = futures::future::join_all(lanes).await;
    let failures: Vec<&String> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    assert!(failures.is_empty(), "{}", failures.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n"));
}

/// The other participant of a direct chat.
fn other(fake: &FakeDesktop, chat: &str) -> String {
    let chat = fake.chat(chat).expect("a chat of the schedule");
    chat.participants.items.iter().find(|p| p.is_self != Some(true)).expect("a direct chat").id.clone()
}

/// The newest few messages of a chat that `pick` accepts.
fn recent(fake: &FakeDesktop, chat: &str, pick: impl Fn(&types::Message) -> bool) -> Vec<types::Message> {
    let messages = fake.messages(chat);
    messages.iter().rev().take(4).filter(|m| m.is_deleted != Some(true) && pick(m)).cloned().collect()
}

async fn start(
    client: &Client,
    ids: &[String],
    window: usize,
    live: bool,
    order: HistoryOrder,
    from: Option<Checkpoint>,
) -> Result<Feed, String> {
    let builder = quick(client.feed().chats(ids.to_vec()).window(window).live(live).history_order(order));
    let builder = match from {
        Some(checkpoint) => builder.resume(checkpoint),
        None => builder.with_all_history(),
    };
    builder.start().await.map_err(|e| format!("start: {e}"))
}

async fn run(fake: &FakeDesktop, seed: u64) -> Result<(), String> {
    let mut rng = Rng(seed);
    let ids: Vec<String> = (0..20 + rng.below(5))
        .map(|i| fake.add_chat(NewChat::single("whatsapp", &format!("S{seed} friend {i}"))))
        .collect();
    for id in &ids {
        for n in 0..rng.below(4) {
            fake.receive_text(id, &format!("s{seed} old {n}"));
        }
    }
    let client = fake.client_builder().max_retries(0).build().map_err(|e| e.to_string())?;
    let window = 16 + rng.below(17);
    let live = !rng.chance(20);
    // Drawn apart, so the other choices of a seed stay as they were: 30 %
    // of the schedules import newest first, with a few chats of several
    // pages (restarts can then land inside the import).
    let mut apart = Rng(seed ^ 0x0bde_5eed);
    let order = if apart.chance(30) { HistoryOrder::NewestFirst } else { HistoryOrder::OldestFirst };
    if order == HistoryOrder::NewestFirst {
        for _ in 0..1 + apart.below(3) {
            let id = &ids[apart.below(ids.len())];
            for n in 0..26 + apart.below(50) {
                fake.receive_text(id, &format!("s{seed} long {n}"));
            }
        }
    }
    let mut committed = Consumer::default();
    let mut consumer = committed.clone();
    fake.live().clear();
    if rng.chance(15) {
        fake.live().drop_every(5 + rng.below(20) as u64);
    }
    if rng.chance(15) {
        fake.live().lose_every(3 + rng.below(10) as u64);
    }
    let mut feed = start(&client, &ids, window, live, order, None).await?;
    // Most consumers read until caught up before anything else happens.
    if rng.chance(80) {
        consumer.drain_until_caught_up(&mut feed, 0).await?;
    }
    let mut unique = 0u64;
    let mut label = |what: &str| {
        unique += 1;
        format!("s{seed} {what} {unique}")
    };
    for _ in 0..30 + rng.below(30) {
        let chat = ids[rng.below(ids.len())].clone();
        match rng.below(100) {
            0..=27 => {
                fake.receive_text(&chat, &label("incoming"));
            }
            28..=35 => {
                let body = types::SendMessageRequest { text: Some(label("own")), ..Default::default() };
                client.send_message().chat_id(&chat).body(body).send().await.map_err(|e| format!("send: {e}"))?;
            }
            36..=45 => {
                // The sender of a recent message edits it; the event may be lost.
                if let Some(m) = recent(fake, &chat, |m| m.is_sender != Some(true)).first() {
                    let text = label("edited");
                    if rng.chance(30) {
                        if std::env::var("FEED_DEBUG").is_ok() {
                            eprintln!("seed {seed}: lost edit of {} in {chat}", m.id);
                        }
                        fake.live().lose_next(1);
                    }
                    fake.edit_by_other(&chat, &m.id, &text).map_err(|e| format!("edit: {e}"))?;
                }
            }
            46..=54 => {
                // The other participant reacts; the event may be lost.
                let targets = recent(fake, &chat, |_| true);
                if let Some(m) = targets.get(rng.below(targets.len().max(1))) {
                    let key = label("reaction");
                    if rng.chance(30) {
                        fake.live().lose_next(1);
                    }
                    fake.react_by_other(&chat, &m.id, &key, &other(fake, &chat)).map_err(|e| format!("react: {e}"))?;
                }
            }
            55..=60 => {
                // A deletion: own for everyone, someone else's for me, or a silent one.
                let targets = recent(fake, &chat, |_| true);
                if let Some(m) = targets.first() {
                    if std::env::var("FEED_DEBUG").is_ok() {
                        eprintln!("seed {seed}: delete {} in {chat} (sender {:?})", m.id, m.is_sender);
                    }
                    match rng.below(3) {
                        0 if m.is_sender == Some(true) => {
                            client
                                .delete_message()
                                .chat_id(&chat)
                                .message_id(&m.id)
                                .send()
                                .await
                                .map_err(|e| format!("delete: {e}"))?;
                        }
                        1 => {
                            client
                                .delete_message()
                                .chat_id(&chat)
                                .message_id(&m.id)
                                .for_everyone(false)
                                .send()
                                .await
                                .map_err(|e| format!("hide: {e}"))?;
                        }
                        _ => {
                            // Hidden, and the socket reports neither the message nor the chat.
                            fake.live().lose_next(2);
                            client
                                .delete_message()
                                .chat_id(&chat)
                                .message_id(&m.id)
                                .for_everyone(false)
                                .send()
                                .await
                                .map_err(|e| format!("silent hide: {e}"))?;
                        }
                    }
                }
            }
            61..=63 => {
                // Late history: an old timestamp, sorted after everything.
                fake.receive_backfill(&chat, &label("backfill"), "2019-06-01T12:00:00Z".parse().expect("a date"));
            }
            64 => fake.live().drop_connections(),
            65 => fake.live().lose_next(1 + rng.below(3) as u64),
            66..=70 => fake.inject(Fault::status("list_messages", 500).times(1 + rng.below(3) as u32)),
            71..=88 => {
                for _ in 0..rng.below(40) {
                    match tokio::time::timeout(Duration::from_millis(3), feed.next()).await {
                        Ok(Some(Ok(item))) => consumer.apply(item),
                        Ok(Some(Err(e))) => return Err(format!("feed error: {e}")),
                        Ok(None) => return Err("the feed ended".into()),
                        Err(_) => break,
                    }
                }
            }
            89..=94 => {
                if std::env::var("FEED_DEBUG").is_ok() {
                    eprintln!("seed {seed}: commit");
                }
                consumer.checkpoint = Some(feed.checkpoint());
                committed = consumer.clone();
            }
            _ => {
                if std::env::var("FEED_DEBUG").is_ok() {
                    eprintln!("seed {seed}: restart");
                }
                drop(feed);
                consumer = committed.clone();
                feed = start(&client, &ids, window, live, order, committed.checkpoint.clone()).await?;
                if rng.chance(70) {
                    consumer.drain_until_caught_up(&mut feed, 0).await?;
                }
            }
        }
    }
    fake.clear_faults();
    let ticket = feed.resync();
    consumer.drain_until_caught_up(&mut feed, ticket).await?;
    let want = Consumer::expected(fake, &ids);
    if std::env::var("FEED_DEBUG").is_ok() {
        eprintln!("seed {seed}: {} chats, {} messages", want.len(), want.values().map(|m| m.len()).sum::<usize>());
    }
    if let Some(diff) = difference(&consumer.view(), &want) {
        return Err(format!("state differs (window {window}, live {live}, {order:?}): {diff}"));
    }
    if !consumer.duplicates.is_empty() {
        return Err(format!("versions yielded twice: {:?}", consumer.duplicates));
    }
    // A restart from the end state brings nothing new and nothing twice.
    consumer.checkpoint = Some(feed.checkpoint());
    drop(feed);
    let mut feed = start(&client, &ids, window, live, order, consumer.checkpoint.clone()).await?;
    consumer.drain_until_caught_up(&mut feed, 0).await?;
    if let Some(diff) = difference(&consumer.view(), &want) {
        return Err(format!("after a restart (window {window}, live {live}, {order:?}): {diff}"));
    }
    if !consumer.duplicates.is_empty() {
        return Err(format!("versions yielded twice after a restart: {:?}", consumer.duplicates));
    }
    Ok(())
}
