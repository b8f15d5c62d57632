//! Client overhead benchmarks against a loopback server: the crate next to
//! two floors doing the same requests with bare `reqwest` + `serde_json`,
//! one decoding into the crate's own generated `types` (the same models, so
//! the ratio shows only the client's machinery) and one into minimal
//! hand-written structs. The crate runs twice: with its complete models
//! (`client`, compared with the first floor) and decoding into the same
//! minimal structs through `send_as` / `pages_as` (`client-own`, compared
//! with the second).
//!
//! `cargo bench --bench client` measures CPU time and peak RSS of every
//! scenario in fresh child processes (Linux, `/proc`), interleaving the
//! four variants over several rounds. With `BENCH_CALLGRIND=1` it also
//! counts instructions per request under `valgrind --tool=callgrind`
//! (deterministic, so usable on a busy machine): each variant runs at two
//! sizes and the difference is divided by the difference in requests, which
//! cancels start-up and warm-up. See BENCHMARKS.md.

mod common;

use std::io::Write;

use beeper_desktop::{Client, types};
use futures::TryStreamExt;
use serde::Deserialize;
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt};

const TOKEN: &str = "bench-token";
/// Pages of the chat walk, and chats per page.
const CHAT_PAGES: usize = 80;
const CHATS_PER_PAGE: usize = 25;
/// Messages per page of the message walk.
const MESSAGES_PER_PAGE: usize = 20;
/// Timing rounds per variant (after one warm-up round).
const ROUNDS: usize = 5;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    match args.first().map(String::as_str) {
        Some("serve") => serve(),
        Some("scenario") => {
            let n = |i: usize| args[i].parse::<usize>().expect("number");
            scenario(&args[1], &args[2], &args[3], n(4), n(5));
        }
        _ => parent(),
    }
}

// ------------------------------------------------------------------ parent

/// A scenario: what one "unit" is and how many units a timing run does.
struct Scenario {
    label: &'static str,
    name: &'static str,
    /// Units of a timing run (info: calls; walks: whole walks).
    units: usize,
    /// Pages of one message walk (0 for the others).
    pages: usize,
    /// Units of the small and the large callgrind run.
    callgrind: (usize, usize),
    /// Pages per walk in the callgrind runs (message walk only).
    callgrind_pages: usize,
}

const SCENARIOS: &[Scenario] = &[
    Scenario { label: "get_info", name: "info", units: 20_000, pages: 0, callgrind: (300, 900), callgrind_pages: 0 },
    Scenario {
        label: "chat walk (80 pages × 25)",
        name: "chats",
        units: 60,
        pages: 0,
        callgrind: (2, 6),
        callgrind_pages: 0,
    },
    Scenario {
        label: "message walk (5,000 pages × 20)",
        name: "messages",
        units: 1,
        pages: 5_000,
        callgrind: (1, 1),
        callgrind_pages: 5_000,
    },
];

/// `client`: the crate's complete models; `client-own`: the crate decoding
/// into the floor-min structs (`send_as` / `pages_as`).
const VARIANTS: [&str; 4] = ["client", "client-own", "floor-types", "floor-min"];

struct Outcome {
    cpu_s: f64,
    peak_rss_kb: u64,
    requests: u64,
}

fn run_child(wrapper: &[String], scenario: &str, variant: &str, port: &str, units: usize, pages: usize) -> Outcome {
    let v =
        common::run_scenario(wrapper, &["scenario", scenario, variant, port, &units.to_string(), &pages.to_string()]);
    Outcome {
        cpu_s: v["cpu_s"].as_f64().unwrap(),
        peak_rss_kb: v["peak_rss_kb"].as_u64().unwrap(),
        requests: v["requests"].as_u64().unwrap(),
    }
}

fn parent() {
    let (mut server, port) = common::start_server();
    let only = std::env::var("BENCH_ONLY").ok();
    let scenarios = || SCENARIOS.iter().filter(|s| only.as_deref().is_none_or(|o| o.split(',').any(|o| o == s.name)));

    println!("beeper-desktop benchmarks (loopback server in its own process, port {port})");
    println!("CPU per request and peak RSS: median of {ROUNDS} rounds, variants interleaved\n");
    println!("CPU ×typ: client ÷ floor-types; ×min: client-own ÷ floor-min (the same structs)");
    println!("RSS ×typ: client ÷ the larger floor; ×min: client-own ÷ floor-min\n");
    println!(
        "{:<34} {:>10} {:>10} {:>10} {:>10} {:>7} {:>7} | {:>7} {:>7} {:>7} {:>7} {:>6} {:>6}",
        "scenario",
        "client",
        "cl-own",
        "floor-typ",
        "floor-min",
        "×typ",
        "×min",
        "RSS cl",
        "RSS own",
        "RSS typ",
        "RSS min",
        "×typ",
        "×min"
    );
    for s in scenarios() {
        let mut cpu: [Vec<f64>; 4] = Default::default();
        let mut rss: [Vec<f64>; 4] = Default::default();
        for round in 0..=ROUNDS {
            for (i, variant) in VARIANTS.iter().enumerate() {
                let o = run_child(&[], s.name, variant, &port, s.units, s.pages);
                if round > 0 {
                    cpu[i].push(o.cpu_s / o.requests as f64 * 1e6);
                    rss[i].push(o.peak_rss_kb as f64 / 1024.0);
                }
            }
        }
        let c: Vec<f64> = cpu.into_iter().map(common::median).collect();
        let m: Vec<f64> = rss.into_iter().map(common::median).collect();
        println!(
            "{:<34} {:>7.1} µs {:>7.1} µs {:>7.1} µs {:>7.1} µs {:>6.2}× {:>6.2}× | {:>4.1} MB {:>4.1} MB {:>4.1} MB {:>4.1} MB {:>5.2}× {:>5.2}×",
            s.label,
            c[0],
            c[1],
            c[2],
            c[3],
            c[0] / c[2],
            c[1] / c[3],
            m[0],
            m[1],
            m[2],
            m[3],
            m[0] / m[2].max(m[3]),
            m[1] / m[3]
        );
    }

    if std::env::var("BENCH_CALLGRIND").is_ok_and(|v| v == "1") {
        println!("\ninstructions per request (callgrind; difference of two run sizes)\n");
        println!(
            "{:<34} {:>12} {:>12} {:>12} {:>12} {:>8} {:>8}",
            "scenario", "client", "client-own", "floor-typ", "floor-min", "×typ", "×min"
        );
        let dir = std::env::temp_dir();
        for s in scenarios() {
            let mut per = vec![];
            for variant in VARIANTS {
                let measure = |units: usize, pages: usize| {
                    let file = dir.join(format!("bench-callgrind-{}-{variant}-{units}-{pages}.out", s.name));
                    let file = file.to_string_lossy().into_owned();
                    let wrapper = ["valgrind", "--tool=callgrind", "--quiet"]
                        .map(String::from)
                        .into_iter()
                        .chain([format!("--callgrind-out-file={file}")])
                        .collect::<Vec<_>>();
                    let o = run_child(&wrapper, s.name, variant, &port, units, pages);
                    let ir = common::callgrind_instructions(&file);
                    let _ = std::fs::remove_file(&file);
                    (ir, o.requests)
                };
                let (small, large) = if s.name == "messages" {
                    (measure(1, s.callgrind_pages / 4), measure(1, s.callgrind_pages))
                } else {
                    (measure(s.callgrind.0, 0), measure(s.callgrind.1, 0))
                };
                per.push((large.0 - small.0) as f64 / (large.1 - small.1) as f64);
            }
            println!(
                "{:<34} {:>12.0} {:>12.0} {:>12.0} {:>12.0} {:>7.3}× {:>7.3}×",
                s.label,
                per[0],
                per[1],
                per[2],
                per[3],
                per[0] / per[2],
                per[1] / per[3]
            );
        }
    }
    let _ = server.kill();
    let _ = server.wait();
    let _ = std::io::stdout().flush();
}

// ------------------------------------------------------------------ scenarios

// Minimal structs: what a hand-written client would decode.

#[derive(Deserialize)]
struct MinInfo {
    app: MinApp,
    server: MinServer,
}

#[derive(Deserialize)]
struct MinApp {
    #[serde(rename = "name")]
    _name: String,
    #[serde(rename = "version")]
    _version: String,
}

#[derive(Deserialize)]
struct MinServer {
    #[serde(rename = "status")]
    _status: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct MinPage<T> {
    items: Vec<T>,
    has_more: Option<bool>,
    oldest_cursor: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct MinChat {
    #[serde(rename = "id")]
    _id: String,
    #[serde(rename = "title")]
    _title: String,
    #[serde(rename = "unreadCount")]
    _unread_count: u32,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct MinMessage {
    #[serde(rename = "id")]
    _id: String,
    #[serde(rename = "senderID")]
    _sender_id: String,
    #[serde(rename = "text")]
    _text: Option<String>,
    #[serde(rename = "timestamp")]
    _timestamp: String,
}

/// A bare reqwest GET with the headers the client sends (no token for
/// `/v1/info`, as the client), read to the end.
async fn raw_get(raw: &reqwest::Client, url: &str) -> bytes::Bytes {
    let request = raw.get(url).header("accept", "application/json");
    let request = if url.ends_with("/v1/info") { request } else { request.bearer_auth(TOKEN) };
    request.send().await.unwrap().bytes().await.unwrap()
}

/// A floor's cursor walk: `decode` answers (items, has more, next cursor).
async fn raw_walk(
    raw: &reqwest::Client,
    first: &str,
    sep: char,
    decode: impl Fn(&[u8]) -> (usize, Option<bool>, Option<String>),
) -> (usize, usize) {
    let (mut items, mut requests) = (0, 0);
    let mut url = first.to_owned();
    loop {
        let body = raw_get(raw, &url).await;
        let (n, more, cursor) = decode(&body);
        items += n;
        requests += 1;
        match cursor {
            Some(cursor) if more == Some(true) => url = format!("{first}{sep}cursor={cursor}&direction=before"),
            _ => return (items, requests),
        }
    }
}

/// One unit of a scenario; answers (items, requests).
async fn unit(
    name: &str,
    variant: &str,
    client: &Client,
    raw: &reqwest::Client,
    base: &str,
    pages: usize,
) -> (usize, usize) {
    let chats = format!("{base}/v1/chats?limit={CHATS_PER_PAGE}");
    let chat_id = format!("!bench-{pages}:beeper.local");
    let messages = format!("{base}/v1/chats/{chat_id}/messages");
    match (name, variant) {
        ("info", "client") => {
            std::hint::black_box(client.get_info().send().await.unwrap());
            (1, 1)
        }
        ("info", "client-own") => {
            let info = client.get_info().send_as::<MinInfo>().await.unwrap().into_inner();
            std::hint::black_box((&info.app, &info.server));
            (1, 1)
        }
        ("info", "floor-types") => {
            let body = raw_get(raw, &format!("{base}/v1/info")).await;
            std::hint::black_box(serde_json::from_slice::<types::InfoResponse>(&body).unwrap());
            (1, 1)
        }
        ("info", "floor-min") => {
            let body = raw_get(raw, &format!("{base}/v1/info")).await;
            let info = serde_json::from_slice::<MinInfo>(&body).unwrap();
            std::hint::black_box((&info.app, &info.server));
            (1, 1)
        }
        ("chats", "client") => walk_client(client.list_chats().limit(CHATS_PER_PAGE as i32).pages()).await,
        ("messages", "client") => walk_client(client.list_messages().chat_id(chat_id).pages()).await,
        ("chats", "client-own") => {
            walk_client(client.list_chats().limit(CHATS_PER_PAGE as i32).pages_as::<MinChat>()).await
        }
        ("messages", "client-own") => {
            walk_client(client.list_messages().chat_id(chat_id).pages_as::<MinMessage>()).await
        }
        ("chats", "floor-types") => {
            raw_walk(raw, &chats, '&', |b| {
                let p: types::ChatPage = serde_json::from_slice(b).unwrap();
                (std::hint::black_box(&p.items).len(), p.has_more, p.oldest_cursor)
            })
            .await
        }
        ("messages", "floor-types") => {
            raw_walk(raw, &messages, '?', |b| {
                let p: types::MessagePage = serde_json::from_slice(b).unwrap();
                (std::hint::black_box(&p.items).len(), p.has_more, p.oldest_cursor)
            })
            .await
        }
        ("chats", "floor-min") => {
            raw_walk(raw, &chats, '&', |b| {
                let p: MinPage<MinChat> = serde_json::from_slice(b).unwrap();
                (std::hint::black_box(&p.items).len(), p.has_more, p.oldest_cursor)
            })
            .await
        }
        ("messages", "floor-min") => {
            raw_walk(raw, &messages, '?', |b| {
                let p: MinPage<MinMessage> = serde_json::from_slice(b).unwrap();
                (std::hint::black_box(&p.items).len(), p.has_more, p.oldest_cursor)
            })
            .await
        }
        other => panic!("unknown scenario {other:?}"),
    }
}

/// Walks the crate's page stream; answers (items, requests).
async fn walk_client<P: beeper_desktop::pagination::CursorPage>(
    mut pages: futures::stream::BoxStream<'_, Result<P, beeper_desktop::Error>>,
) -> (usize, usize) {
    let (mut items, mut requests) = (0, 0);
    while let Some(page) = pages.try_next().await.unwrap() {
        items += std::hint::black_box(&page).items().len();
        requests += 1;
    }
    (items, requests)
}

fn scenario(name: &str, variant: &str, port: &str, units: usize, pages: usize) {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let client = Client::builder().base_url(&base).access_token(TOKEN).build().unwrap();
    // The floors send the same request bytes as the client, User-Agent included.
    let raw = reqwest::Client::builder().user_agent(beeper_desktop::client::DEFAULT_USER_AGENT).build().unwrap();
    let (requests, cpu) = runtime.block_on(async {
        // Warm up the connection and the allocator with the scenario itself.
        let warm = if name == "info" { 200 } else { 1 };
        let warm_pages = pages.min(50);
        for _ in 0..warm {
            unit(name, variant, &client, &raw, &base, warm_pages).await;
        }
        let cpu0 = common::cpu_seconds();
        let mut requests = 0;
        for _ in 0..units {
            let (items, n) = unit(name, variant, &client, &raw, &base, pages).await;
            match name {
                "chats" => assert_eq!(items, CHAT_PAGES * CHATS_PER_PAGE, "walked every chat"),
                "messages" => assert_eq!(items, pages * MESSAGES_PER_PAGE, "walked every message"),
                _ => {}
            }
            requests += n;
        }
        (requests, common::cpu_seconds() - cpu0)
    });
    println!("{}", json!({"cpu_s": cpu, "peak_rss_kb": common::peak_rss_kb(), "requests": requests}));
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

/// Chat page `page` of [`CHAT_PAGES`].
fn chat_page_body(page: usize) -> Vec<u8> {
    let items: Vec<Value> = (0..CHATS_PER_PAGE)
        .map(|j| {
            let i = page * CHATS_PER_PAGE + j;
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
    let more = page + 1 < CHAT_PAGES;
    serde_json::to_vec(&json!({
        "items": items, "hasMore": more,
        "oldestCursor": if more { Value::from(format!("{}", page + 1)) } else { Value::Null },
        "newestCursor": format!("n{page}")
    }))
    .unwrap()
}

/// Message page `page` of `pages`.
fn message_page_body(page: usize, pages: usize) -> Vec<u8> {
    let items: Vec<Value> = (0..MESSAGES_PER_PAGE).map(|i| message(page * MESSAGES_PER_PAGE + i)).collect();
    let more = page + 1 < pages;
    serde_json::to_vec(&json!({
        "items": items, "hasMore": more,
        "oldestCursor": if more { Value::from(format!("{}", page + 1)) } else { Value::Null },
        "newestCursor": format!("n{page}")
    }))
    .unwrap()
}

/// The number after `cursor=` in a request target (0 without one).
fn cursor_of(target: &str) -> usize {
    target.split("cursor=").nth(1).and_then(|c| c.split('&').next()?.parse().ok()).unwrap_or(0)
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
        let chats: Vec<Vec<u8>> = (0..CHAT_PAGES).map(chat_page_body).collect();
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
                        &shared.1[cursor_of(&target).min(CHAT_PAGES - 1)]
                    } else {
                        // `/v1/chats/!bench-<pages>:beeper.local/messages...`
                        let pages =
                            target.split("bench-").nth(1).and_then(|t| t.split(':').next()?.parse().ok()).unwrap_or(1);
                        owned = message_page_body(cursor_of(&target), pages);
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
