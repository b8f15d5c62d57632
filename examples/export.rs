//! Exports every message of every chat to JSON Lines (one message object
//! per line), with a progress bar on stderr.
//!
//! ```sh
//! cargo run --example export -- --out messages.jsonl
//! cargo run --example export -- --out messages.jsonl --since 2025-08-01T00:00:00Z
//! ```
//!
//! Resumable: with `--since`, only messages newer than that time are
//! written. Without it, an existing `--out` file is appended to, starting
//! after the newest message already in it. Chats are visited newest
//! activity first and each chat's messages newest first, one page at a
//! time, so memory stays flat however large the history is.

#[path = "common/mod.rs"]
mod common;

use std::fs::OpenOptions;
use std::io::{BufRead, BufReader, BufWriter, IsTerminal, Write};

use beeper_desktop::prelude::*;
use beeper_desktop::types;
use chrono::{DateTime, Utc};

struct Args {
    out: String,
    since: Option<DateTime<Utc>>,
    accounts: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let usage = "usage: export [--out FILE] [--since RFC3339-TIME] [--account ID]...";
    let mut args = Args { out: "beeper-export.jsonl".into(), since: None, accounts: vec![] };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value\n{usage}"));
        match flag.as_str() {
            "--out" => args.out = value()?,
            "--since" => {
                let v = value()?;
                let t = DateTime::parse_from_rfc3339(&v).map_err(|e| format!("--since {v:?}: {e}\n{usage}"))?;
                args.since = Some(t.with_timezone(&Utc));
            }
            "--account" => args.accounts.push(value()?),
            _ => return Err(usage.to_owned()),
        }
    }
    Ok(args)
}

/// Newest `timestamp` in an earlier export, to resume after it.
fn newest_in(path: &str) -> Result<Option<DateTime<Utc>>, String> {
    let Ok(file) = std::fs::File::open(path) else { return Ok(None) };
    let mut newest = None;
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| format!("reading {path}: {e}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let message: types::Message =
            serde_json::from_str(&line).map_err(|e| format!("{path} line {}: not an exported message: {e}", n + 1))?;
        newest = newest.max(Some(message.timestamp));
    }
    Ok(newest)
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    common::exit_with(run().await)
}

async fn run() -> Result<(), String> {
    let args = parse_args()?;
    let since = match args.since {
        Some(t) => Some(t),
        None => newest_in(&args.out)?,
    };
    let connection = common::connect().await?;
    let client = &connection.client;

    // Chats come newest activity first; older ones cannot hold newer messages.
    let mut chats: Vec<types::ChatListItem> = client
        .list_chats()
        .account_ids(args.accounts.clone())
        .stream()
        .try_take_while(|chat| {
            let active = match (since, chat.last_activity) {
                (Some(since), Some(last)) => last > since,
                _ => true,
            };
            beeper_desktop::futures::future::ready(Ok(active))
        })
        .try_collect()
        .await
        .map_err(|e| common::explain("Listing chats failed", e))?;
    chats.sort_by_key(|c| std::cmp::Reverse(c.last_activity));

    let file =
        OpenOptions::new().create(true).append(true).open(&args.out).map_err(|e| format!("{}: {e}", args.out))?;
    let mut out = BufWriter::new(file);
    let mut progress = Progress::new(chats.len());
    let mut written = 0u64;
    let mut newest = since;

    for chat in &chats {
        progress.show(written, chat.title.as_deref().unwrap_or(&chat.id));
        let mut pages = client.list_messages().chat_id(&chat.id).pages();
        while let Some(page) =
            pages.try_next().await.map_err(|e| common::explain(&format!("Reading {}", chat.id), e))?
        {
            let mut reached_old = false;
            for message in &page.items {
                if since.is_some_and(|s| message.timestamp <= s) {
                    reached_old = true;
                    continue;
                }
                serde_json::to_writer(&mut out, message).map_err(|e| e.to_string())?;
                out.write_all(b"\n").map_err(|e| e.to_string())?;
                written += 1;
                newest = newest.max(Some(message.timestamp));
            }
            progress.show(written, chat.title.as_deref().unwrap_or(&chat.id));
            if reached_old {
                break;
            }
        }
        progress.chat_done();
    }
    out.flush().map_err(|e| format!("{}: {e}", args.out))?;
    progress.finish(written);
    eprintln!("Wrote {written} messages from {} chats to {}.", chats.len(), args.out);
    if let Some(newest) = newest {
        eprintln!("Resume later with: --since {}", newest.to_rfc3339_opts(chrono::SecondsFormat::Millis, true));
    }
    Ok(())
}

/// A one-line progress bar on a terminal, a line per chat otherwise.
struct Progress {
    total: usize,
    done: usize,
    terminal: bool,
}

impl Progress {
    fn new(total: usize) -> Self {
        Self { total, done: 0, terminal: std::io::stderr().is_terminal() }
    }

    fn show(&self, messages: u64, chat: &str) {
        if !self.terminal {
            return;
        }
        let width = 30;
        let filled = (self.done * width).checked_div(self.total).unwrap_or(width);
        let chat: String = chat.chars().take(30).collect();
        eprint!(
            "\r[{}{}] {}/{} chats · {messages} messages · {chat:<30}",
            "#".repeat(filled),
            "-".repeat(width - filled),
            self.done,
            self.total
        );
    }

    fn chat_done(&mut self) {
        self.done += 1;
        if !self.terminal {
            eprintln!("{}/{} chats", self.done, self.total);
        }
    }

    fn finish(&self, messages: u64) {
        if self.terminal {
            self.show(messages, "done");
            eprintln!();
        }
    }
}
