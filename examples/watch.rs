//! Prints incoming messages live (chat title, sender, text). Reconnects on
//! its own after a drop and then catches up on what it missed over REST.
//!
//! On the built-in fake Desktop (nothing configured) other participants
//! write, edit and react every 2 s (`BEEPER_FAKE_LIVELY`), and the example
//! stops after 30 s unless `--timeout` or `--max-events` is given.
//!
//! ```sh
//! cargo run --example watch                                   # every chat, until Ctrl-C
//! cargo run --example watch -- --chat '!id:beeper.local' --max-events 10 --timeout 60
//! ```

#[path = "common/mod.rs"]
mod common;

use std::collections::HashMap;
use std::time::Duration;

use beeper_desktop::events::{Event, EventsError};
use beeper_desktop::{Client, types};
use chrono::{DateTime, Utc};
use futures::StreamExt;

/// How long `watch` runs on the built-in fake when no bound is given.
const FAKE_TIMEOUT: Duration = Duration::from_secs(30);

const USAGE: &str = "usage: watch [--chat <chat ID>]... [--max-events <N>] [--timeout <seconds>]";

#[tokio::main]
async fn main() -> std::process::ExitCode {
    common::exit_with(run().await)
}

/// Command-line options.
struct Options {
    chats: Vec<String>,
    max_events: Option<usize>,
    timeout: Option<Duration>,
}

fn options() -> Result<Options, String> {
    let mut opts = Options { chats: Vec::new(), max_events: None, timeout: None };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value\n{USAGE}"));
        match arg.as_str() {
            "--chat" => opts.chats.push(value()?),
            "--max-events" => {
                opts.max_events = Some(value()?.parse().map_err(|_| format!("--max-events takes a number\n{USAGE}"))?)
            }
            "--timeout" => {
                let secs: f64 = value()?.parse().map_err(|_| format!("--timeout takes seconds\n{USAGE}"))?;
                opts.timeout =
                    Some(Duration::try_from_secs_f64(secs).map_err(|_| format!("--timeout takes seconds\n{USAGE}"))?);
            }
            "-h" | "--help" => return Err(USAGE.to_owned()),
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    Ok(opts)
}

async fn run() -> Result<(), String> {
    let mut opts = options()?;
    let common::Connection { client, fake, .. } = common::connect().await?;
    // A demo on the built-in fake ends on its own.
    let bounded_demo = fake.is_some() && opts.timeout.is_none() && opts.max_events.is_none();
    if bounded_demo {
        opts.timeout = Some(FAKE_TIMEOUT);
    }
    let chats = if opts.chats.is_empty() { vec!["*".to_owned()] } else { opts.chats.clone() };
    let mut events = client.events().chats(chats).connect().await.map_err(explain)?;
    let stop = if bounded_demo {
        format!("stops after {FAKE_TIMEOUT:?} on the built-in fake, or Ctrl-C")
    } else {
        "Ctrl-C to stop".to_owned()
    };
    if opts.chats.is_empty() {
        common::say!("Watching all chats for new messages ({stop})");
    } else {
        common::say!("Watching {} chat(s) for new messages ({stop})", opts.chats.len());
    }
    let mut printer = Printer::new(client, opts.max_events);
    let deadline = opts.timeout.map(|t| tokio::time::Instant::now() + t);
    loop {
        let next = match deadline {
            Some(deadline) => match tokio::time::timeout_at(deadline, events.next()).await {
                Ok(next) => next,
                Err(_) => {
                    common::say!("Stopped after {:?}", opts.timeout.unwrap_or_default());
                    return Ok(());
                }
            },
            None => events.next().await,
        };
        match next {
            None => return Err("The events connection ended.".into()),
            Some(Err(e)) => return Err(explain(e)),
            Some(Ok(Event::MessageUpserted { messages, .. })) => {
                for message in messages {
                    printer.show(message).await?;
                }
            }
            Some(Ok(Event::Disconnected { reason, attempt, retry_in })) => {
                eprintln!("Connection lost ({reason}); retrying in {retry_in:.1?} (attempt {attempt})");
            }
            Some(Ok(Event::Reconnected { .. })) => {
                eprintln!("Reconnected; catching up on missed messages");
                printer.catch_up().await?;
            }
            Some(Ok(Event::SeqGap { missed, .. })) => {
                eprintln!("{missed} event(s) were lost; catching up");
                printer.catch_up().await?;
            }
            Some(Ok(Event::Lagged { dropped })) => {
                eprintln!("fell {dropped} event(s) behind; catching up");
                printer.catch_up().await?;
            }
            Some(Ok(Event::SeqRestarted { .. })) => {
                eprintln!("the server restarted its numbering; catching up");
                printer.catch_up().await?;
            }
            Some(Ok(_)) => {}
        }
        if printer.done() {
            return Ok(());
        }
    }
}

fn explain(e: EventsError) -> String {
    match &e {
        EventsError::NotSupported { .. } => {
            format!("{e}.\nLive events need Beeper Desktop 4.2.557 or later.")
        }
        _ if e.is_unauthorized() => format!(
            "Beeper Desktop refused the access token ({e}). Create a new one and update {}.",
            beeper_desktop::client::ENV_ACCESS_TOKEN
        ),
        _ => format!("Live events failed: {e}"),
    }
}

/// Prints each incoming message once (again when edited or its reactions
/// change) and remembers the newest per chat, to catch up after a gap.
struct Printer {
    client: Client,
    titles: HashMap<String, String>,
    /// The version printed last of each message: edit time and reactions.
    seen: HashMap<String, (Option<DateTime<Utc>>, String)>,
    newest: HashMap<String, (DateTime<Utc>, String)>,
    printed: usize,
    max: Option<usize>,
}

impl Printer {
    fn new(client: Client, max: Option<usize>) -> Self {
        Self { client, titles: HashMap::new(), seen: HashMap::new(), newest: HashMap::new(), printed: 0, max }
    }

    fn done(&self) -> bool {
        self.max.is_some_and(|max| self.printed >= max)
    }

    async fn title(&mut self, chat_id: &str) -> String {
        if let Some(title) = self.titles.get(chat_id) {
            return title.clone();
        }
        let title = match self.client.get_chat().chat_id(chat_id).send().await {
            Ok(chat) => chat.into_inner().title.filter(|t| !t.is_empty()).unwrap_or_else(|| "(untitled)".into()),
            Err(_) => chat_id.to_owned(),
        };
        self.titles.insert(chat_id.to_owned(), title.clone());
        title
    }

    async fn show(&mut self, m: types::Message) -> Result<(), String> {
        let newer = self.newest.get(&m.chat_id).is_none_or(|(ts, _)| m.timestamp >= *ts);
        if newer {
            self.newest.insert(m.chat_id.clone(), (m.timestamp, m.sort_key.as_str().to_owned()));
        }
        let own = m.is_sender == Some(true);
        let reaction = m.kind == Some(types::MessageType::Reaction);
        if own || reaction || self.done() {
            return Ok(());
        }
        let version = (m.edited_timestamp, common::show::reactions(&m.reactions));
        let before = self.seen.insert(m.id.clone(), version.clone());
        if before.as_ref() == Some(&version) {
            return Ok(());
        }
        let title = self.title(&m.chat_id).await;
        let sender = m.sender_name.as_deref().unwrap_or(&m.sender_id);
        let text = common::show::one_line(m.plain_text(), m.attachments.len());
        let edited = if m.edited_timestamp.is_some() { " (edited)" } else { "" };
        let reacted = match before {
            Some((_, was)) if was != version.1 && version.1.is_empty() => " (reactions removed)".to_owned(),
            _ if !version.1.is_empty() => format!(" (reactions {})", version.1),
            _ => String::new(),
        };
        common::say!("{title} · {sender}: {text}{edited}{reacted}");
        self.printed += 1;
        Ok(())
    }

    /// Lists what came after the newest message seen in each chat.
    async fn catch_up(&mut self) -> Result<(), String> {
        let chats: Vec<(String, String)> = self.newest.iter().map(|(c, (_, key))| (c.clone(), key.clone())).collect();
        for (chat_id, sort_key) in chats {
            let page = self
                .client
                .list_messages()
                .chat_id(&chat_id)
                .cursor(sort_key)
                .direction(types::Direction::After)
                .send()
                .await;
            match page {
                Ok(page) => {
                    let mut items = page.into_inner().items;
                    items.sort_by_key(|m| m.timestamp);
                    for message in items {
                        self.show(message).await?;
                    }
                }
                Err(e) => eprintln!("Catching up on {chat_id} failed: {e}"),
            }
        }
        Ok(())
    }
}
