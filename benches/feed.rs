//! The message feed's catch-up throughput and peak memory against a plain
//! `list_messages().stream()` walk of the same chats, both against the
//! fake Desktop (`beeper-desktop-fake`) on loopback.
//!
//! `cargo bench --bench feed` starts the fake in its own process with
//! three sets of 10 chats (2,000, 10,000 and 100,000 messages in all), then
//! runs each variant in fresh child processes, interleaved over several
//! rounds: **walk** reads every chat with `list_messages().stream()`;
//! **feed** runs `client.feed().chats(..).with_all_history().start()` until
//! its first `CaughtUp`. Reported: messages per second (wall clock, server
//! included), client CPU per message, and peak RSS (`VmHWM`) of the client
//! process. With `BENCH_CALLGRIND=1` it also counts the client's
//! instructions per message under `valgrind --tool=callgrind` (difference
//! of the 2,000- and 10,000-message runs). `BENCH_SIZES=10000` picks sets.
//! See BENCHMARKS.md.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::Instant;

use beeper_desktop::Client;
use beeper_desktop::feed::FeedItem;
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
const VARIANTS: [&str; 2] = ["walk", "feed"];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    match args.first().map(String::as_str) {
        Some("serve") => serve(),
        Some("scenario") => scenario(&args[1], &args[2], &args[3], &args[4], args[5].parse().expect("count")),
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
    /// Chat IDs of each set (comma-separated), by set size.
    sets: Vec<(usize, String)>,
}

impl Server {
    fn chats(&self, size: usize) -> &str {
        &self.sets.iter().find(|(n, _)| *n == size).expect("a set of that size").1
    }
}

fn run_child(wrapper: &[String], server: &Server, variant: &str, size: usize) -> Outcome {
    let exe = std::env::current_exe().unwrap();
    let mut command = match wrapper.split_first() {
        Some((first, rest)) => {
            let mut c = Command::new(first);
            c.args(rest).arg(&exe);
            c
        }
        None => Command::new(&exe),
    };
    let out = command
        .args(["scenario", variant, &server.base_url, &server.token, server.chats(size), &size.to_string()])
        .stderr(Stdio::piped())
        .output()
        .expect("run scenario");
    assert!(out.status.success(), "scenario {variant} {size} failed: {}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).expect("scenario output");
    Outcome {
        wall_s: v["wall_s"].as_f64().unwrap(),
        cpu_s: v["cpu_s"].as_f64().unwrap(),
        peak_rss_kb: v["peak_rss_kb"].as_u64().unwrap(),
        items: v["items"].as_u64().unwrap(),
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Instructions (`Ir`) of a callgrind run, from its output file.
fn callgrind_instructions(file: &str) -> u64 {
    let text = std::fs::read_to_string(file).expect("callgrind output");
    let line = text.lines().find(|l| l.starts_with("summary:") || l.starts_with("totals:")).expect("summary line");
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

fn parent() {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .arg("serve")
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the fake");
    let mut line = String::new();
    BufReader::new(child.stdout.as_mut().unwrap()).read_line(&mut line).unwrap();
    let v: Value = serde_json::from_str(&line).expect("the fake's address");
    let server = Server {
        base_url: v["base_url"].as_str().unwrap().to_owned(),
        token: v["token"].as_str().unwrap().to_owned(),
        sets: SIZES.iter().map(|n| (*n, v["sets"][n.to_string()].as_str().unwrap().to_owned())).collect(),
    };
    let only = std::env::var("BENCH_SIZES").ok();
    let wanted = |n: &usize| only.as_deref().is_none_or(|o| o.split(',').any(|o| o == n.to_string()));

    println!("feed catch-up vs plain walk (fake Desktop in its own process at {})", server.base_url);
    println!("{CHATS} chats per set; median of {ROUNDS} rounds, variants interleaved\n");
    println!(
        "{:>8} | {:>10} {:>10} {:>6} | {:>9} {:>9} {:>6} | {:>8} {:>8} {:>6}",
        "messages", "walk/s", "feed/s", "ratio", "walk µs", "feed µs", "ratio", "RSS walk", "RSS feed", "ratio"
    );
    for size in TIMED.iter().filter(|n| wanted(n)) {
        let mut rate: [Vec<f64>; 2] = Default::default();
        let mut cpu: [Vec<f64>; 2] = Default::default();
        let mut rss: [Vec<f64>; 2] = Default::default();
        for round in 0..=ROUNDS {
            for (i, variant) in VARIANTS.iter().enumerate() {
                let o = run_child(&[], &server, variant, *size);
                assert_eq!(o.items, *size as u64, "{variant} delivered every message");
                if round > 0 {
                    rate[i].push(o.items as f64 / o.wall_s);
                    cpu[i].push(o.cpu_s / o.items as f64 * 1e6);
                    rss[i].push(o.peak_rss_kb as f64 / 1024.0);
                }
            }
        }
        let [r, c, m] = [rate, cpu, rss].map(|v| v.map(median));
        println!(
            "{:>8} | {:>10.0} {:>10.0} {:>5.2}× | {:>9.2} {:>9.2} {:>5.2}× | {:>5.1} MB {:>5.1} MB {:>5.2}×",
            size,
            r[0],
            r[1],
            r[1] / r[0],
            c[0],
            c[1],
            c[0] / c[1],
            m[0],
            m[1],
            m[1] / m[0]
        );
    }
    println!(
        "(ratios: feed ÷ walk for messages/s and RSS; walk ÷ feed for CPU per message, so above 1 is the feed doing better)"
    );

    if std::env::var("BENCH_CALLGRIND").is_ok_and(|v| v == "1") {
        println!("\nclient instructions per message (callgrind; difference of the 2,000- and 10,000-message runs)\n");
        let dir = std::env::temp_dir();
        let mut per = vec![];
        for variant in VARIANTS {
            let measure = |size: usize| {
                let file = dir.join(format!("bench-feed-callgrind-{variant}-{size}.out"));
                let file = file.to_string_lossy().into_owned();
                let wrapper = ["valgrind", "--tool=callgrind", "--quiet"]
                    .map(String::from)
                    .into_iter()
                    .chain([format!("--callgrind-out-file={file}")])
                    .collect::<Vec<_>>();
                let o = run_child(&wrapper, &server, variant, size);
                let ir = callgrind_instructions(&file);
                if std::env::var("BENCH_KEEP").is_err() {
                    let _ = std::fs::remove_file(&file);
                }
                (ir, o.items)
            };
            let (small, large) = (measure(SIZES[0]), measure(SIZES[1]));
            per.push((large.0 - small.0) as f64 / (large.1 - small.1) as f64);
        }
        println!("walk {:>10.0}   feed {:>10.0}   walk ÷ feed {:.3}×", per[0], per[1], per[0] / per[1]);
    }
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::io::stdout().flush();
}

// ------------------------------------------------------------------ scenarios

/// This process's user + system CPU seconds (`/proc/self/stat`).
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap();
    let fields: Vec<&str> = stat.rsplit_once(')').unwrap().1.split_whitespace().collect();
    let ticks: f64 = fields[11].parse::<f64>().unwrap() + fields[12].parse::<f64>().unwrap();
    ticks / 100.0
}

/// Peak resident set size in kB (`VmHWM`).
fn peak_rss_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

fn scenario(variant: &str, base_url: &str, token: &str, chats: &str, expected: usize) {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let client = Client::builder().base_url(base_url).access_token(token).build().unwrap();
    let chats: Vec<String> = chats.split(',').map(str::to_owned).collect();
    let (items, wall, cpu) = runtime.block_on(async {
        let (started, cpu0) = (Instant::now(), cpu_seconds());
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
            "feed" => {
                let mut feed = client.feed().chats(chats.clone()).with_all_history().start().await.unwrap();
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
        (items, started.elapsed().as_secs_f64(), cpu_seconds() - cpu0)
    });
    assert_eq!(items as usize, expected, "{variant}: every message once");
    println!("{}", json!({"wall_s": wall, "cpu_s": cpu, "peak_rss_kb": peak_rss_kb(), "items": items}));
}

// ------------------------------------------------------------------ server

/// The fake with `CHATS` new chats per set, each holding its share of the
/// set's messages (added straight to the fake's data, no HTTP).
fn serve() {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    runtime.block_on(async {
        let fake = FakeDesktop::start().await;
        let mut sets = serde_json::Map::new();
        for (s, size) in SIZES.iter().enumerate() {
            let ids: Vec<String> = (0..CHATS)
                .map(|c| fake.add_chat(NewChat::single("whatsapp", &format!("Bench friend {s}-{c}"))))
                .collect();
            for i in 0..size / CHATS {
                for id in &ids {
                    fake.receive_text(id, &format!("Message {i}: dinner at eight? Bring the photos from the trip."));
                }
            }
            sets.insert(size.to_string(), Value::from(ids.join(",")));
        }
        println!("{}", json!({"base_url": fake.base_url(), "token": fake.token(), "sets": sets}));
        std::io::stdout().flush().unwrap();
        // Serve until the parent ends this process.
        std::future::pending::<()>().await;
    });
}
