//! The message feed's catch-up throughput and peak memory against a plain
//! `list_messages().stream()` walk of the same chats, both against the
//! fake Desktop (`beeper-desktop-fake`) on loopback.
//!
//! `cargo bench --bench feed` starts the fake in its own process with
//! three sets of 10 chats (2,000, 10,000 and 100,000 messages in all). Each
//! chat got one message first; the fake then ran a feed over the set up to
//! its `CaughtUp` and kept its checkpoint, and only then received the rest
//! (the consumer was off while they arrived). Each variant runs in fresh
//! child processes, interleaved over several rounds:
//!
//! - **walk** reads every chat with `list_messages().stream()`;
//! - **catchup** resumes the feed from that checkpoint until its first
//!   `CaughtUp`: the forward `direction=after` walk from the held position
//!   (every message but the first of each chat);
//! - **import** runs `client.feed().chats(..).with_all_history()` until its
//!   first `CaughtUp` (history oldest first: a walk back to the start of
//!   each chat, then forward);
//! - **newest** the same with `.history_order(HistoryOrder::NewestFirst)`
//!   (one walk down each chat).
//!
//! Reported: messages per second (wall clock, server included), client CPU
//! per message, and peak RSS (`VmHWM`) of the client process. With
//! `BENCH_CALLGRIND=1` it also counts the client's instructions per message
//! under `valgrind --tool=callgrind` (difference of the 2,000- and
//! 10,000-message runs). `BENCH_SIZES=10000` picks sets, `BENCH_VARIANTS=walk,catchup`
//! variants, `BENCH_FEED_LIVE=0` runs the feeds without the live socket.
//! See BENCHMARKS.md.

mod common;

use std::io::Write;
use std::time::Instant;

use beeper_desktop::Client;
use beeper_desktop::feed::{Checkpoint, FeedItem, HistoryOrder};
use beeper_desktop_fake::{FakeDesktop, NewChat};
use futures::{StreamExt, TryStreamExt};
use serde_json::{Value, json};

/// Chats per set; the messages of a set are spread evenly over them.
const CHATS: usize = 10;
/// Messages in all of a set's chats.
const SIZES: [usize; 3] = [2_000, 10_000, 100_000];
/// Sizes of the timing runs (the smallest one is for callgrind).
const TIMED: [usize; 2] = [10_000, 100_000];
/// Timing rounds per variant (after one warm-up round).
const ROUNDS: usize = 3;
/// The first is the reference the others are compared with.
const VARIANTS: [&str; 4] = ["walk", "catchup", "import", "newest"];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    match args.first().map(String::as_str) {
        Some("serve") => serve(),
        Some("scenario") => scenario(&args[1], &args[2], &args[3], &args[4], &args[5], args[6].parse().expect("count")),
        _ => parent(),
    }
}

// ------------------------------------------------------------------ parent

struct Outcome {
    wall_s: f64,
    cpu_s: f64,
    peak_rss_kb: u64,
    items: u64,
}

struct Server {
    base_url: String,
    token: String,
    /// Chat IDs of each set (comma-separated) and the file holding the
    /// checkpoint taken before most of its messages arrived, by set size.
    sets: Vec<(usize, String, String)>,
}

impl Server {
    fn set(&self, size: usize) -> (&str, &str) {
        let (_, chats, checkpoint) = self.sets.iter().find(|(n, ..)| *n == size).expect("a set of that size");
        (chats, checkpoint)
    }
}

/// Messages a variant delivers from a set of `size` (the catch-up misses
/// the first message of each chat: its checkpoint holds it).
fn expected(variant: &str, size: usize) -> usize {
    if variant == "catchup" { size - CHATS } else { size }
}

fn run_child(wrapper: &[String], server: &Server, variant: &str, size: usize) -> Outcome {
    let (chats, checkpoint) = server.set(size);
    let count = expected(variant, size).to_string();
    let v = common::run_scenario(
        wrapper,
        &["scenario", variant, &server.base_url, &server.token, chats, checkpoint, &count],
    );
    Outcome {
        wall_s: v["wall_s"].as_f64().unwrap(),
        cpu_s: v["cpu_s"].as_f64().unwrap(),
        peak_rss_kb: v["peak_rss_kb"].as_u64().unwrap(),
        items: v["items"].as_u64().unwrap(),
    }
}

fn parent() {
    let (mut child, line) = common::start_server();
    let v: Value = serde_json::from_str(&line).expect("the fake's address");
    let server = Server {
        base_url: v["base_url"].as_str().unwrap().to_owned(),
        token: v["token"].as_str().unwrap().to_owned(),
        sets: SIZES
            .iter()
            .map(|n| {
                let set = &v["sets"][n.to_string()];
                (*n, set["chats"].as_str().unwrap().to_owned(), set["checkpoint"].as_str().unwrap().to_owned())
            })
            .collect(),
    };
    let only = std::env::var("BENCH_SIZES").ok();
    let wanted = |n: &usize| only.as_deref().is_none_or(|o| o.split(',').any(|o| o == n.to_string()));
    let picked = std::env::var("BENCH_VARIANTS").ok();
    let variants: Vec<&str> = VARIANTS
        .iter()
        .copied()
        .filter(|v| *v == VARIANTS[0] || picked.as_deref().is_none_or(|p| p.split(',').any(|p| p == *v)))
        .collect();

    println!("feed catch-up and history import vs plain walk (fake Desktop in its own process at {})", server.base_url);
    println!("{CHATS} chats per set; median of {ROUNDS} rounds, variants interleaved; ratios: variant ÷ walk\n");
    println!(
        "{:>8} {:>8} | {:>10} {:>6} | {:>8} {:>6} | {:>8} {:>6}",
        "messages", "variant", "msgs/s", "ratio", "CPU µs", "ratio", "RSS", "ratio"
    );
    for size in TIMED.iter().filter(|n| wanted(n)) {
        let n = variants.len();
        let (mut rate, mut cpu, mut rss) = (vec![vec![]; n], vec![vec![]; n], vec![vec![]; n]);
        for round in 0..=ROUNDS {
            for (i, variant) in variants.iter().enumerate() {
                let o = run_child(&[], &server, variant, *size);
                assert_eq!(o.items, expected(variant, *size) as u64, "{variant} delivered every message");
                if round > 0 {
                    rate[i].push(o.items as f64 / o.wall_s);
                    cpu[i].push(o.cpu_s / o.items as f64 * 1e6);
                    rss[i].push(o.peak_rss_kb as f64 / 1024.0);
                }
            }
        }
        let [r, c, m] = [rate, cpu, rss].map(|v| v.into_iter().map(common::median).collect::<Vec<f64>>());
        for (i, variant) in variants.iter().enumerate() {
            println!(
                "{:>8} {:>8} | {:>10.0} {:>5.2}× | {:>8.2} {:>5.2}× | {:>5.1} MB {:>5.2}×",
                size,
                variant,
                r[i],
                r[i] / r[0],
                c[i],
                c[i] / c[0],
                m[i],
                m[i] / m[0]
            );
        }
    }

    if std::env::var("BENCH_CALLGRIND").is_ok_and(|v| v == "1") {
        println!("\nclient instructions per message (callgrind; difference of the 2,000- and 10,000-message runs)\n");
        let dir = std::env::temp_dir();
        let mut per = vec![];
        for variant in &variants {
            let measure = |size: usize| {
                let file = dir.join(format!("bench-feed-callgrind-{variant}-{size}.out"));
                let file = file.to_string_lossy().into_owned();
                let wrapper = ["valgrind", "--tool=callgrind", "--quiet"]
                    .map(String::from)
                    .into_iter()
                    .chain([format!("--callgrind-out-file={file}")])
                    .collect::<Vec<_>>();
                let o = run_child(&wrapper, &server, variant, size);
                let ir = common::callgrind_instructions(&file);
                if std::env::var("BENCH_KEEP").is_err() {
                    let _ = std::fs::remove_file(&file);
                }
                (ir, o.items)
            };
            let (small, large) = (measure(SIZES[0]), measure(SIZES[1]));
            per.push((large.0 - small.0) as f64 / (large.1 - small.1) as f64);
        }
        for (variant, ir) in variants.iter().zip(&per) {
            println!("{variant:>8} {ir:>10.0}   ÷ walk {:.3}×", ir / per[0]);
        }
    }
    for (_, _, checkpoint) in &server.sets {
        let _ = std::fs::remove_file(checkpoint);
    }
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::io::stdout().flush();
}

// ------------------------------------------------------------------ scenarios

fn scenario(variant: &str, base_url: &str, token: &str, chats: &str, checkpoint: &str, expected: usize) {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let client = Client::builder().base_url(base_url).access_token(token).build().unwrap();
    let chats: Vec<String> = chats.split(',').map(str::to_owned).collect();
    let (items, wall, cpu) = runtime.block_on(async {
        let (started, cpu0) = (Instant::now(), common::cpu_seconds());
        let mut items = 0u64;
        match variant {
            "walk" => {
                for chat in &chats {
                    let mut messages = client.list_messages().chat_id(chat.as_str()).stream();
                    while let Some(message) = messages.try_next().await.unwrap() {
                        std::hint::black_box(&message);
                        items += 1;
                    }
                }
            }
            "catchup" | "import" | "newest" => {
                let builder = client.feed().chats(chats.clone());
                let builder = if variant == "catchup" {
                    let text = std::fs::read_to_string(checkpoint).expect("the checkpoint file");
                    builder.resume(serde_json::from_str::<Checkpoint>(&text).expect("a checkpoint"))
                } else if variant == "newest" {
                    builder.with_all_history().history_order(HistoryOrder::NewestFirst)
                } else {
                    builder.with_all_history()
                };
                // `BENCH_FEED_LIVE=0`: REST only, to see what the socket costs.
                let live = std::env::var("BENCH_FEED_LIVE").map_or(true, |v| v != "0");
                let mut feed = builder.live(live).start().await.unwrap();
                while let Some(item) = feed.next().await {
                    match item.unwrap() {
                        FeedItem::Message { message, .. } => {
                            std::hint::black_box(&message);
                            items += 1;
                        }
                        FeedItem::CaughtUp { .. } => break,
                        _ => {}
                    }
                }
            }
            other => panic!("unknown variant {other}"),
        }
        (items, started.elapsed().as_secs_f64(), common::cpu_seconds() - cpu0)
    });
    assert_eq!(items as usize, expected, "{variant}: every message once");
    let (anon, file) = (common::status_kb("RssAnon:"), common::status_kb("RssFile:"));
    println!(
        "{}",
        json!({"wall_s": wall, "cpu_s": cpu, "peak_rss_kb": common::peak_rss_kb(), "items": items, "rss_anon_kb": anon, "rss_file_kb": file})
    );
}

// ------------------------------------------------------------------ server

/// The fake with `CHATS` new chats per set, each holding its share of the
/// set's messages (added straight to the fake's data, no HTTP). Each chat
/// gets one message, then a feed catches up on the set and its checkpoint
/// is written to a file, then the rest arrives.
fn serve() {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    runtime.block_on(async {
        let fake = FakeDesktop::start().await;
        let client = fake.client_builder().build().unwrap();
        let text = |i: usize| format!("Message {i}: dinner at eight? Bring the photos from the trip.");
        let mut sets = serde_json::Map::new();
        for (s, size) in SIZES.iter().enumerate() {
            let ids: Vec<String> = (0..CHATS)
                .map(|c| fake.add_chat(NewChat::single("whatsapp", &format!("Bench friend {s}-{c}"))))
                .collect();
            for id in &ids {
                fake.receive_text(id, &text(0));
            }
            let mut feed = client.feed().chats(ids.clone()).with_all_history().start().await.unwrap();
            while let Some(item) = feed.next().await {
                if matches!(item.unwrap(), FeedItem::CaughtUp { .. }) {
                    break;
                }
            }
            let checkpoint =
                std::env::temp_dir().join(format!("bench-feed-checkpoint-{}-{size}.json", std::process::id()));
            std::fs::write(&checkpoint, serde_json::to_vec(&feed.checkpoint()).unwrap()).unwrap();
            drop(feed);
            for i in 1..size / CHATS {
                for id in &ids {
                    fake.receive_text(id, &text(i));
                }
            }
            sets.insert(size.to_string(), json!({"chats": ids.join(","), "checkpoint": checkpoint.to_string_lossy()}));
        }
        println!("{}", json!({"base_url": fake.base_url(), "token": fake.token(), "sets": sets}));
        std::io::stdout().flush().unwrap();
        // Serve until the parent ends this process.
        std::future::pending::<()>().await;
    });
}
