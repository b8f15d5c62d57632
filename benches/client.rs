//! Client overhead benchmarks against a loopback server, each figure next
//! to a raw `reqwest` + `serde_json` baseline doing the same requests.
//!
//! Run with `cargo bench`. The parent process starts the server in a child
//! process (so its CPU time is not counted), then runs every scenario in a
//! fresh child process and reads that process's own CPU time and peak RSS
//! from `/proc` (Linux). Results are printed as a table; see BENCHMARKS.md.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::Instant;

use beeper_desktop::{Client, types};
use futures::TryStreamExt;
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt};

/// Messages in the paging scenario, served 20 per page.
const TOTAL_MESSAGES: usize = 100_000;
const PAGE_SIZE: usize = 20;
const INFO_REQUESTS: usize = 20_000;
const CHAT_PAGE_REQUESTS: usize = 2_000;
const CHATS_PER_PAGE: usize = 100;
const TOKEN: &str = "bench-token";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    match args.first().map(String::as_str) {
        Some("serve") => serve(),
        Some("scenario") => scenario(&args[1], &args[2]),
        _ => parent(),
    }
}

// ------------------------------------------------------------------ parent

struct Outcome {
    cpu_s: f64,
    wall_s: f64,
    peak_rss_kb: u64,
    count: u64,
}

fn run_child(name: &str, port: &str) -> Outcome {
    let out =
        Command::new(std::env::current_exe().unwrap()).args(["scenario", name, port]).output().expect("run scenario");
    assert!(out.status.success(), "scenario {name} failed: {}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).expect("scenario output");
    Outcome {
        cpu_s: v["cpu_s"].as_f64().unwrap(),
        wall_s: v["wall_s"].as_f64().unwrap(),
        peak_rss_kb: v["peak_rss_kb"].as_u64().unwrap(),
        count: v["count"].as_u64().unwrap(),
    }
}

fn parent() {
    let mut server = Command::new(std::env::current_exe().unwrap())
        .arg("serve")
        .stdout(Stdio::piped())
        .spawn()
        .expect("start server");
    let mut port = String::new();
    BufReader::new(server.stdout.as_mut().unwrap()).read_line(&mut port).unwrap();
    let port = port.trim().to_owned();

    println!("beeper-desktop benchmarks (loopback server in a separate process, port {port})\n");
    println!("{:<44} {:>14} {:>14} {:>8}", "scenario", "client", "raw baseline", "ratio");
    let pairs = [
        ("info: CPU per request", "info-client", "info-raw", Metric::CpuPerCall),
        ("chat page (100 chats): CPU per request", "chats-client", "chats-raw", Metric::CpuPerCall),
        ("chat page (100 chats): decode only", "decode-client", "decode-raw", Metric::CpuPerCall),
        ("paging 100,000 messages: items/s", "paging-client", "paging-raw", Metric::ItemsPerSec),
        ("paging 100,000 messages: peak RSS", "paging-client", "paging-raw", Metric::PeakRss),
    ];
    let mut cache: std::collections::HashMap<&str, Outcome> = Default::default();
    let mut results = vec![];
    for (label, client, raw, metric) in pairs {
        for name in [client, raw] {
            if !cache.contains_key(name) {
                cache.insert(name, run_child(name, &port));
            }
        }
        let (c, r) = (metric.value(&cache[client]), metric.value(&cache[raw]));
        let ratio = c / r;
        println!("{label:<44} {:>14} {:>14} {ratio:>7.2}×", metric.show(c), metric.show(r));
        results.push((label, c, r, ratio));
    }
    let _ = server.kill();
    let _ = server.wait();

    println!("\ntargets:");
    let overhead = results[0].3;
    println!(
        "  per-request overhead ≤ 1.3× raw reqwest: {:.2}× → {}",
        overhead,
        if overhead <= 1.3 { "met" } else { "MISSED" }
    );
    let rss_mb = cache["paging-client"].peak_rss_kb as f64 / 1024.0;
    println!(
        "  paging 100,000 messages under 20 MB peak RSS: {rss_mb:.1} MB → {}",
        if rss_mb < 20.0 { "met" } else { "MISSED" }
    );
    println!("  (wall time of the client paging run: {:.2} s)", cache["paging-client"].wall_s);
    let _ = std::io::stdout().flush();
}

#[derive(Clone, Copy)]
enum Metric {
    CpuPerCall,
    ItemsPerSec,
    PeakRss,
}

impl Metric {
    fn value(self, o: &Outcome) -> f64 {
        match self {
            Metric::CpuPerCall => o.cpu_s / o.count as f64,
            Metric::ItemsPerSec => o.count as f64 / o.wall_s,
            Metric::PeakRss => o.peak_rss_kb as f64 / 1024.0,
        }
    }
    fn show(self, v: f64) -> String {
        match self {
            Metric::CpuPerCall => format!("{:.1} µs", v * 1e6),
            Metric::ItemsPerSec => format!("{:.0}/s", v),
            Metric::PeakRss => format!("{v:.1} MB"),
        }
    }
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

/// The raw baseline's request: a bare reqwest GET with the same headers the
/// client sends (no token for `/v1/info`, as the client), read to the end.
async fn raw_get(raw: &reqwest::Client, url: String) -> bytes::Bytes {
    let request = raw.get(&url).header("accept", "application/json");
    let request = if url.ends_with("/v1/info") { request } else { request.bearer_auth(TOKEN) };
    request.send().await.unwrap().bytes().await.unwrap()
}

fn scenario(name: &str, port: &str) {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let client = Client::builder().base_url(&base).access_token(TOKEN).build().unwrap();
    let raw = reqwest::Client::builder().build().unwrap();
    let chat_body = chat_page_body();
    let (count, cpu, wall) = runtime.block_on(async {
        // Warm up connections and allocators before measuring.
        for _ in 0..200 {
            client.get_info().send().await.unwrap();
            raw.get(format!("{base}/v1/info")).send().await.unwrap().bytes().await.unwrap();
        }
        let (cpu0, wall0) = (cpu_seconds(), Instant::now());
        let count = match name {
            "info-client" => {
                for _ in 0..INFO_REQUESTS {
                    let info = client.get_info().send().await.unwrap();
                    std::hint::black_box(info);
                }
                INFO_REQUESTS
            }
            "info-raw" => {
                for _ in 0..INFO_REQUESTS {
                    let bytes = raw_get(&raw, format!("{base}/v1/info")).await;
                    std::hint::black_box(serde_json::from_slice::<types::InfoResponse>(&bytes).unwrap());
                }
                INFO_REQUESTS
            }
            "chats-client" => {
                for _ in 0..CHAT_PAGE_REQUESTS {
                    let page = client.list_chats().limit(100).send().await.unwrap();
                    assert_eq!(page.items.len(), CHATS_PER_PAGE);
                    std::hint::black_box(page);
                }
                CHAT_PAGE_REQUESTS
            }
            "chats-raw" => {
                for _ in 0..CHAT_PAGE_REQUESTS {
                    let bytes = raw_get(&raw, format!("{base}/v1/chats?limit=100")).await;
                    let page: types::ChatPage = serde_json::from_slice(&bytes).unwrap();
                    assert_eq!(page.items.len(), CHATS_PER_PAGE);
                    std::hint::black_box(page);
                }
                CHAT_PAGE_REQUESTS
            }
            // Decoding alone: the generated types vs. untyped serde_json.
            "decode-client" => {
                for _ in 0..CHAT_PAGE_REQUESTS {
                    std::hint::black_box(serde_json::from_slice::<types::ChatPage>(&chat_body).unwrap());
                }
                CHAT_PAGE_REQUESTS
            }
            "decode-raw" => {
                for _ in 0..CHAT_PAGE_REQUESTS {
                    std::hint::black_box(serde_json::from_slice::<Value>(&chat_body).unwrap());
                }
                CHAT_PAGE_REQUESTS
            }
            "paging-client" => {
                let mut stream = std::pin::pin!(client.list_messages().chat_id("!bench:beeper.local").stream());
                let mut n = 0;
                while let Some(message) = stream.try_next().await.unwrap() {
                    std::hint::black_box(&message);
                    n += 1;
                }
                n
            }
            "paging-raw" => {
                let mut n = 0;
                let mut cursor: Option<String> = None;
                loop {
                    let mut url = format!("{base}/v1/chats/!bench:beeper.local/messages");
                    if let Some(c) = &cursor {
                        url.push_str(&format!("?cursor={c}"));
                    }
                    let bytes = raw_get(&raw, url).await;
                    let page: types::MessagePage = serde_json::from_slice(&bytes).unwrap();
                    n += page.items.len();
                    std::hint::black_box(&page);
                    if page.has_more != Some(true) {
                        break;
                    }
                    cursor = page.oldest_cursor;
                }
                n
            }
            other => panic!("unknown scenario {other}"),
        };
        (count, cpu_seconds() - cpu0, wall0.elapsed().as_secs_f64())
    });
    if name.starts_with("paging") {
        assert_eq!(count, TOTAL_MESSAGES, "paged every message");
    }
    println!("{}", json!({"cpu_s": cpu, "wall_s": wall, "peak_rss_kb": peak_rss_kb(), "count": count}));
}

// ------------------------------------------------------------------ server

fn participants() -> Value {
    json!({"hasMore": true, "total": 12, "items": (0..5).map(|i| json!({
        "id": format!("@user{i}:beeper.local"), "fullName": format!("User {i}"), "isAdmin": i == 0,
        "imgURL": format!("mxc://beeper.local/avatar{i}")
    })).collect::<Vec<_>>()})
}

fn message(i: usize) -> Value {
    json!({
        "id": format!("{}", 1_000_000 + i), "accountID": "whatsapp", "chatID": "!bench:beeper.local",
        "senderID": "@bob:beeper.local", "senderName": "Bob", "sortKey": format!("{}", 449_706_228_480u64 + i as u64),
        "timestamp": "2025-08-31T19:41:41.000Z", "text": "Dinner at eight? Bring the photos from the trip.",
        "type": "TEXT", "isSender": i.is_multiple_of(2), "isUnread": false,
        "reactions": [{"id": "@alice:beeper.local", "participantID": "@alice:beeper.local", "reactionKey": "👍", "emoji": true}],
        "seen": {"@alice:beeper.local": "2025-08-31T19:45:00.000Z"}
    })
}

fn chat_page_body() -> Vec<u8> {
    let items: Vec<Value> = (0..CHATS_PER_PAGE)
        .map(|i| {
            json!({
                "id": format!("!chat{i}:beeper.local"), "accountID": "whatsapp", "network": "WhatsApp",
                "title": format!("Chat number {i}"), "type": if i.is_multiple_of(3) { "group" } else { "single" },
                "unreadCount": i % 7, "participants": participants(), "isArchived": false, "isMuted": i.is_multiple_of(5),
                "isPinned": i < 3, "lastActivity": "2025-08-31T19:41:41.000Z",
                "lastReadMessageSortKey": "449706228480", "localChatID": format!("{i}"),
                "preview": message(i)
            })
        })
        .collect();
    serde_json::to_vec(
        &json!({"items": items, "hasMore": true, "oldestCursor": "1725489123456", "newestCursor": "1725489123999"}),
    )
    .unwrap()
}

/// The page of messages after `cursor` (page index), 20 per page.
fn message_page_body(page: usize) -> Vec<u8> {
    let pages = TOTAL_MESSAGES / PAGE_SIZE;
    let items: Vec<Value> = (0..PAGE_SIZE).map(|i| message(page * PAGE_SIZE + i)).collect();
    let more = page + 1 < pages;
    serde_json::to_vec(&json!({
        "items": items, "hasMore": more,
        "oldestCursor": if more { Value::from(format!("{}", page + 1)) } else { Value::Null },
        "newestCursor": format!("n{page}")
    }))
    .unwrap()
}

fn serve() {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        println!("{}", listener.local_addr().unwrap().port());
        std::io::stdout().flush().unwrap();
        let info = serde_json::to_vec(&json!({
            "app": {"bundle_id": "com.automattic.beeper.desktop", "name": "Beeper", "version": "4.2.808"},
            "platform": {"arch": "x64", "os": "linux"},
            "server": {"base_url": "http://localhost:23373", "hostname": "localhost", "mcp_enabled": true,
                       "port": 23373, "remote_access": false, "status": "running"},
            "endpoints": {"mcp": "m", "spec": "s", "ws_events": "w", "oauth": {
                "authorization_endpoint": "a", "introspection_endpoint": "i", "registration_endpoint": "r",
                "revocation_endpoint": "v", "token_endpoint": "t", "userinfo_endpoint": "u"}}
        }))
        .unwrap();
        let chats = chat_page_body();
        let shared = std::sync::Arc::new((info, chats));
        loop {
            let (stream, _) = listener.accept().await.unwrap();
            let _ = stream.set_nodelay(true);
            let shared = shared.clone();
            tokio::spawn(async move {
                let mut reader = tokio::io::BufReader::new(stream);
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).await.unwrap_or(0) == 0 {
                        return;
                    }
                    let target = line.split(' ').nth(1).unwrap_or("/").to_owned();
                    let mut length = 0;
                    loop {
                        let mut h = String::new();
                        reader.read_line(&mut h).await.unwrap();
                        if h.trim().is_empty() {
                            break;
                        }
                        if let Some(v) = h.to_ascii_lowercase().strip_prefix("content-length:") {
                            length = v.trim().parse().unwrap_or(0);
                        }
                    }
                    let mut body = vec![0; length];
                    reader.read_exact(&mut body).await.unwrap();
                    let owned;
                    let response: &[u8] = if target.starts_with("/v1/info") {
                        &shared.0
                    } else if target.starts_with("/v1/chats?") || target == "/v1/chats" {
                        &shared.1
                    } else {
                        let page = target.split("cursor=").nth(1).and_then(|c| c.split('&').next()?.parse().ok());
                        owned = message_page_body(page.unwrap_or(0));
                        &owned
                    };
                    // Head and body in one write: two small writes stall on delayed ACKs.
                    let mut out = format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                        response.len()
                    )
                    .into_bytes();
                    out.extend_from_slice(response);
                    if reader.get_mut().write_all(&out).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
}
