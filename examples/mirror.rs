//! Keeps a SQLite database of every chat and message up to date with the
//! resumable feed (`beeper_desktop::feed`): the first run imports all
//! history (newest first: one walk down each chat, the cheapest import;
//! rows are keyed by message, so the order does not matter here), later
//! runs go on from the feed's checkpoint, which is stored in the same
//! database and in the same transaction as the rows it describes.
//! A run that is killed loses nothing and stores nothing twice: the next one
//! resumes from the last commit.
//!
//! ```sh
//! cargo run --example mirror                       # import, or catch up, then exit
//! cargo run --example mirror -- --follow           # then follow live messages until Ctrl-C
//! cargo run --example mirror -- --db ~/beeper.sqlite3
//! sqlite3 mirror.sqlite3 "SELECT timestamp, sender_name, text FROM messages ORDER BY timestamp DESC LIMIT 10"
//! ```
//!
//! Tables (see [`SCHEMA`]): `chats`, `messages` (plain text in `text`, the
//! Matrix HTML as sent in `raw_text`, reactions as a JSON array, the whole
//! API object as JSON in `raw`) and `feed_checkpoint`. Run one mirror per
//! database at a time; reading it (with `sqlite3`, say) while it runs is
//! fine.
//!
//! For the process test only (`tests/wire/examples/mirror.rs`): the
//! environment variable `MIRROR_TEST_BATCH` sets the items per transaction,
//! and `MIRROR_TEST_STALL_AFTER=N` makes the mirror stop committing after
//! its N-th commit, handle half a batch more in the open transaction, print
//! a line saying so on stderr and wait to be killed (a signal then ends it
//! without committing, as a crash would).

#[path = "common/mod.rs"]
mod common;

use std::io::IsTerminal;
use std::time::Duration;

use beeper_desktop::feed::{Checkpoint, Feed, FeedError, FeedItem, HistoryOrder, MessageChange};
use beeper_desktop::types;
use chrono::{DateTime, SecondsFormat, Utc};
use futures::StreamExt;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rusqlite::{Connection, OptionalExtension, params};
use tokio::time::Instant;

const USAGE: &str = "usage: mirror [--db PATH] [--follow]";
/// Items per transaction (a commit also happens at least every second).
const BATCH: usize = 500;
/// Longest time a handled item waits for its commit.
const FLUSH_AFTER: Duration = Duration::from_secs(1);
/// `PRAGMA user_version` of the schema below.
const SCHEMA_VERSION: i64 = 1;

/// The database layout. Times are RFC 3339 in UTC with milliseconds, so
/// they sort as text.
const SCHEMA: &str = "
CREATE TABLE chats (
    id            TEXT PRIMARY KEY,
    account_id    TEXT NOT NULL,
    network       TEXT,
    title         TEXT,
    type          TEXT NOT NULL,          -- 'single' or 'group'
    unread_count  INTEGER NOT NULL,
    is_archived   INTEGER NOT NULL,
    is_muted      INTEGER NOT NULL,
    is_pinned     INTEGER NOT NULL,
    last_activity TEXT,
    participants  INTEGER NOT NULL,       -- how many
    raw           TEXT NOT NULL           -- the chat as the API sent it (JSON)
);
CREATE TABLE messages (
    chat_id          TEXT NOT NULL,
    id               TEXT NOT NULL,
    sort_key         TEXT NOT NULL,       -- the server's order within the chat (opaque)
    timestamp        TEXT NOT NULL,
    sender_id        TEXT NOT NULL,
    sender_name      TEXT,
    is_sender        INTEGER NOT NULL,    -- sent by you
    type             TEXT,                -- TEXT, IMAGE, REACTION, ...
    text             TEXT,                -- plain text, as a reader sees it
    raw_text         TEXT,                -- as sent (Matrix HTML)
    edited_timestamp TEXT,
    reactions        TEXT NOT NULL,       -- JSON array of the API's reaction objects
    attachments      INTEGER NOT NULL,    -- how many
    raw              TEXT NOT NULL,       -- the message as the API sent it (JSON)
    PRIMARY KEY (chat_id, id)
);
CREATE INDEX messages_by_time ON messages (chat_id, timestamp);
CREATE TABLE feed_checkpoint (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    checkpoint TEXT NOT NULL,             -- beeper_desktop::feed::Checkpoint as JSON
    saved_at   TEXT NOT NULL
);
";

#[tokio::main]
async fn main() -> std::process::ExitCode {
    common::exit_with(run().await)
}

/// Command-line options.
struct Options {
    db: String,
    follow: bool,
    batch: usize,
    stall_after: Option<u64>,
}

fn options() -> Result<Options, String> {
    let env_number = |name: &str| -> Result<Option<u64>, String> {
        match std::env::var(name) {
            Ok(v) => v.trim().parse().map(Some).map_err(|_| format!("{name} takes a number, not {v:?}")),
            Err(_) => Ok(None),
        }
    };
    let batch = env_number("MIRROR_TEST_BATCH")?.map_or(BATCH, |n| n.max(1) as usize);
    let mut opts = Options { db: "mirror.sqlite3".into(), follow: false, batch, stall_after: None };
    opts.stall_after = env_number("MIRROR_TEST_STALL_AFTER")?;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--db" => opts.db = args.next().ok_or_else(|| format!("--db needs a path\n{USAGE}"))?,
            "--follow" => opts.follow = true,
            "-h" | "--help" => return Err(USAGE.to_owned()),
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    Ok(opts)
}

async fn run() -> Result<(), String> {
    let opts = options()?;
    // The database first: a path that cannot work fails before any request.
    let mut db = Db::open(&opts.db)?;
    let stored = db.checkpoint()?;
    let common::Connection { client, fake: _fake, .. } = common::connect().await?;
    let start = client.feed().chats(["*"]).history_order(HistoryOrder::NewestFirst);
    let start = match stored {
        Some(checkpoint) => {
            let (chats, messages) = db.counts()?;
            common::say!("Resuming {}: {chats} chats, {messages} messages stored; catching up", opts.db);
            start.resume(checkpoint)
        }
        None => {
            common::say!("Importing all history into {} (a new mirror)", opts.db);
            start.with_all_history()
        }
    };
    let mut feed = start.start().await.map_err(explain)?;

    let stop = shutdown();
    tokio::pin!(stop);
    let started = Instant::now();
    let mut stats = Stats::default();
    let mut progress = Progress::new();
    let mut caught_up = false;
    let mut stalling = false;
    let mut flush_at: Option<Instant> = None;
    loop {
        let next = tokio::select! {
            biased;
            () = &mut stop => {
                db.commit(&feed)?;
                progress.clear();
                let (chats, messages) = db.counts()?;
                common::say!(
                    "Stopped after {:.1?}: {stats}; all committed. {} holds {chats} chats and {messages} messages.",
                    started.elapsed(),
                    opts.db
                );
                return Ok(());
            }
            () = tokio::time::sleep_until(flush_at.unwrap_or_else(Instant::now)), if flush_at.is_some() && !stalling => {
                db.commit(&feed)?;
                flush_at = None;
                continue;
            }
            next = feed.next() => next,
        };
        let item = match next {
            Some(Ok(item)) => item,
            Some(Err(e)) => {
                db.commit(&feed)?;
                progress.clear();
                return Err(explain(e));
            }
            None => {
                db.commit(&feed)?;
                return Err("The feed ended unexpectedly.".into());
            }
        };
        let mut data = true;
        match item {
            FeedItem::Message { message, change } => {
                let before = db.put_message(&message)?;
                let changed = change == MessageChange::Changed;
                if changed {
                    stats.changed += 1;
                } else {
                    stats.new += 1;
                    stats.redelivered += u64::from(before.is_some());
                }
                if caught_up {
                    let title = db.title(&message.chat_id)?;
                    let sender = message.sender_name.as_deref().unwrap_or(&message.sender_id);
                    let text = common::show::one_line(message.plain_text(), message.attachments.len());
                    let what =
                        if changed { format!(" ({})", what_changed(before.as_ref(), &message)) } else { String::new() };
                    common::say!("{title} · {sender}: {text}{what}");
                } else {
                    progress.message(&db, &message.chat_id, stats.new)?;
                }
            }
            FeedItem::MessageDeleted { chat_id, message_id } => {
                if let Some(gone) = db.delete_message(&chat_id, &message_id)? {
                    stats.deleted += 1;
                    if caught_up {
                        let text = common::show::one_line(gone.text, gone.attachments);
                        common::say!("{} · {}: {text} (deleted)", db.title(&chat_id)?, gone.sender);
                    }
                }
            }
            FeedItem::ChatChanged(chat) => {
                db.put_chat(&chat)?;
                stats.chats_changed += 1;
                progress.chat_seen();
            }
            FeedItem::ChatRemoved { chat_id } => {
                let title = db.title(&chat_id)?;
                db.remove_chat(&chat_id)?;
                stats.chats_removed += 1;
                if caught_up {
                    common::say!("{title}: chat removed");
                }
            }
            FeedItem::CaughtUp { .. } => {
                data = false;
                if !stalling {
                    db.commit(&feed)?;
                    flush_at = None;
                }
                if !caught_up {
                    caught_up = true;
                    progress.clear();
                    let (chats, messages) = db.counts()?;
                    common::say!(
                        "Up to date after {:.1?}: {stats}. {} holds {chats} chats and {messages} messages ({}).",
                        started.elapsed(),
                        opts.db,
                        db.size()?
                    );
                    if !opts.follow {
                        return Ok(());
                    }
                    common::say!("Following live messages (Ctrl-C to stop)");
                }
            }
            FeedItem::Lagging { reason, attempt, retry_in } => {
                data = false;
                progress.println(&format!("Lagging (attempt {attempt}, retrying in {retry_in:.1?}): {reason}"));
            }
            _ => data = false,
        }
        if !data {
            continue;
        }
        db.uncommitted += 1;
        if stalling {
            if db.uncommitted >= opts.batch.div_ceil(2) {
                progress.clear();
                eprintln!(
                    "mirror: test stall after {} commits with {} uncommitted items; waiting to be killed",
                    db.commits, db.uncommitted
                );
                // A signal ends it like a crash: nothing more is committed.
                (&mut stop).await;
                std::process::exit(3);
            }
        } else if db.uncommitted >= opts.batch {
            db.commit(&feed)?;
            flush_at = None;
            stalling = opts.stall_after.is_some_and(|n| db.commits >= n);
        } else if flush_at.is_none() {
            flush_at = Some(Instant::now() + FLUSH_AFTER);
        }
    }
}

/// Ctrl-C, or (on Unix) SIGTERM.
async fn shutdown() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    if tokio::signal::ctrl_c().await.is_err() {
        std::future::pending::<()>().await;
    }
}

fn explain(e: FeedError) -> String {
    match &e {
        FeedError::Unauthorized { .. } => format!(
            "Beeper Desktop refused the access token ({e}). Create a new one and update {}.",
            beeper_desktop::client::ENV_ACCESS_TOKEN
        ),
        _ => format!("The feed failed: {e}"),
    }
}

/// What a changed message changed, from the row stored before it.
fn what_changed(before: Option<&Stored>, m: &types::Message) -> String {
    let Some(before) = before else { return "changed".into() };
    let mut parts = Vec::new();
    if before.raw_text != m.text {
        parts.push("edited".to_owned());
    }
    if before.reactions != m.reactions {
        let shown = common::show::reactions(&m.reactions);
        parts.push(if shown.is_empty() { "reactions removed".into() } else { format!("reactions {shown}") });
    }
    if parts.is_empty() { "updated".into() } else { parts.join(", ") }
}

/// What this run changed.
#[derive(Default)]
struct Stats {
    new: u64,
    changed: u64,
    deleted: u64,
    chats_changed: u64,
    chats_removed: u64,
    /// Messages the feed gave as new that were already stored (never
    /// expected: the checkpoint is committed with the rows).
    redelivered: u64,
}

impl std::fmt::Display for Stats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} new, {} changed, {} deleted messages; {} chats new or changed, {} removed",
            self.new, self.changed, self.deleted, self.chats_changed, self.chats_removed
        )?;
        if self.redelivered > 0 {
            write!(f, "; {} messages were delivered as new again although stored", self.redelivered)?;
        }
        Ok(())
    }
}

/// Import progress on stderr: a bar on a terminal, else a line every few
/// seconds.
struct Progress {
    bar: ProgressBar,
    lines: bool,
    next_line: Instant,
    chats: u64,
    started: u64,
    current: Option<String>,
    done: bool,
}

impl Progress {
    fn new() -> Self {
        let terminal = std::io::stderr().is_terminal();
        let bar = if terminal {
            let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
            if let Ok(style) =
                ProgressStyle::with_template("{spinner} {elapsed:>4} [{bar:30}] {pos}/{len} chats · {wide_msg}")
            {
                bar.set_style(style.progress_chars("#>-"));
            }
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        } else {
            ProgressBar::hidden()
        };
        Self {
            bar,
            lines: !terminal,
            next_line: Instant::now() + Duration::from_secs(2),
            chats: 0,
            started: 0,
            current: None,
            done: false,
        }
    }

    fn chat_seen(&mut self) {
        if !self.done {
            self.chats += 1;
            self.bar.set_length(self.chats.max(self.started));
        }
    }

    /// A message of the first catch-up was stored (`total` so far).
    fn message(&mut self, db: &Db, chat_id: &str, total: u64) -> Result<(), String> {
        if self.done {
            return Ok(());
        }
        if self.current.as_deref() != Some(chat_id) {
            self.current = Some(chat_id.to_owned());
            self.started += 1;
            self.bar.set_length(self.chats.max(self.started));
            self.bar.set_position(self.started);
            self.bar.set_message(format!("{total} messages · {}", db.title(chat_id)?));
        } else if total.is_multiple_of(50) {
            self.bar.set_message(format!("{total} messages · {}", db.title(chat_id)?));
        }
        if self.lines && Instant::now() >= self.next_line {
            self.next_line = Instant::now() + Duration::from_secs(2);
            eprintln!("mirror: {total} messages so far, chat {} of {}", self.started, self.chats.max(self.started));
        }
        Ok(())
    }

    fn println(&self, line: &str) {
        self.bar.suspend(|| eprintln!("{line}"));
    }

    fn clear(&mut self) {
        self.done = true;
        self.bar.finish_and_clear();
    }
}

/// Maps a SQLite error to the example's error text.
fn sql(what: &str) -> impl FnOnce(rusqlite::Error) -> String + '_ {
    move |e| format!("{what}: {e}")
}

fn time(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// A stored message, as far as the live output needs it.
struct Stored {
    sender: String,
    text: Option<String>,
    raw_text: Option<String>,
    reactions: Vec<types::Reaction>,
    attachments: usize,
}

impl Stored {
    fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        let reactions: String = row.get(3)?;
        Ok(Self {
            sender: row.get(0)?,
            text: row.get(1)?,
            raw_text: row.get(2)?,
            // Written by this program; unreadable only if edited by hand.
            reactions: serde_json::from_str(&reactions).unwrap_or_default(),
            attachments: row.get::<_, i64>(4)?.try_into().unwrap_or(0),
        })
    }
}

/// The mirror database. Every write joins the open transaction (one is
/// begun when needed); [`Db::commit`] stores the feed's checkpoint in it
/// and commits, so rows and checkpoint always agree.
struct Db {
    conn: Connection,
    path: String,
    /// Items handled since the last commit.
    uncommitted: usize,
    commits: u64,
}

impl Db {
    fn open(path: &str) -> Result<Self, String> {
        let conn = Connection::open(path).map_err(|e| format!("Cannot open {path}: {e}"))?;
        let err = |e: rusqlite::Error| format!("{path}: {e}");
        // WAL: readers (sqlite3 on the command line) do not block the
        // mirror; NORMAL sync keeps every commit across a killed process.
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get::<_, String>(0)).map_err(err)?;
        conn.pragma_update(None, "synchronous", "NORMAL").map_err(err)?;
        conn.busy_timeout(Duration::from_secs(10)).map_err(err)?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0)).map_err(err)?;
        match version {
            SCHEMA_VERSION => {}
            0 => {
                let setup = format!("BEGIN; {SCHEMA} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;");
                conn.execute_batch(&setup).map_err(err)?;
            }
            other => {
                return Err(format!(
                    "{path} has schema version {other}; this mirror writes version {SCHEMA_VERSION}. Use another --db."
                ));
            }
        }
        Ok(Self { conn, path: path.to_owned(), uncommitted: 0, commits: 0 })
    }

    fn checkpoint(&self) -> Result<Option<Checkpoint>, String> {
        let json: Option<String> = self
            .conn
            .query_row("SELECT checkpoint FROM feed_checkpoint WHERE id = 1", [], |row| row.get(0))
            .optional()
            .map_err(sql(&self.path))?;
        json.map(|json| {
            serde_json::from_str(&json).map_err(|e| {
                format!(
                    "The feed checkpoint in {} cannot be read ({e}); start a new mirror with another --db.",
                    self.path
                )
            })
        })
        .transpose()
    }

    fn counts(&self) -> Result<(i64, i64), String> {
        self.conn
            .query_row("SELECT (SELECT count(*) FROM chats), (SELECT count(*) FROM messages)", [], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .map_err(sql(&self.path))
    }

    /// The database's size, e.g. `8.1 MB`.
    fn size(&self) -> Result<String, String> {
        let bytes: i64 = self
            .conn
            .query_row("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()", [], |row| {
                row.get(0)
            })
            .map_err(sql(&self.path))?;
        Ok(format!("{:.1} MB", bytes as f64 / 1e6))
    }

    fn title(&self, chat_id: &str) -> Result<String, String> {
        let title: Option<Option<String>> = self
            .conn
            .prepare_cached("SELECT title FROM chats WHERE id = ?1")
            .and_then(|mut s| s.query_row([chat_id], |row| row.get(0)).optional())
            .map_err(sql(&self.path))?;
        Ok(title.flatten().filter(|t| !t.is_empty()).unwrap_or_else(|| chat_id.to_owned()))
    }

    fn begin(&self) -> Result<(), String> {
        if self.conn.is_autocommit() {
            self.conn.execute_batch("BEGIN IMMEDIATE").map_err(sql(&self.path))?;
        }
        Ok(())
    }

    /// Stores the feed's checkpoint with everything written since the last
    /// commit, and commits.
    fn commit(&mut self, feed: &Feed) -> Result<(), String> {
        self.begin()?;
        let checkpoint = serde_json::to_string(&feed.checkpoint()).map_err(|e| e.to_string())?;
        self.conn
            .prepare_cached(
                "INSERT INTO feed_checkpoint (id, checkpoint, saved_at) VALUES (1, ?1, ?2)
                 ON CONFLICT (id) DO UPDATE SET checkpoint = excluded.checkpoint, saved_at = excluded.saved_at",
            )
            .and_then(|mut s| s.execute(params![checkpoint, time(&Utc::now())]))
            .and_then(|_| self.conn.execute_batch("COMMIT"))
            .map_err(sql(&self.path))?;
        self.uncommitted = 0;
        self.commits += 1;
        Ok(())
    }

    /// Inserts or updates a message; what was stored before, if anything.
    fn put_message(&mut self, m: &types::Message) -> Result<Option<Stored>, String> {
        self.begin()?;
        let before = self
            .conn
            .prepare_cached(
                "SELECT coalesce(sender_name, sender_id), text, raw_text, reactions, attachments
                 FROM messages WHERE chat_id = ?1 AND id = ?2",
            )
            .and_then(|mut s| s.query_row(params![m.chat_id, m.id], Stored::from_row).optional())
            .map_err(sql(&self.path))?;
        let raw = serde_json::to_string(m).map_err(|e| e.to_string())?;
        let reactions = serde_json::to_string(&m.reactions).map_err(|e| e.to_string())?;
        self.conn
            .prepare_cached(
                "INSERT OR REPLACE INTO messages (chat_id, id, sort_key, timestamp, sender_id, sender_name,
                     is_sender, type, text, raw_text, edited_timestamp, reactions, attachments, raw)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            )
            .and_then(|mut s| {
                s.execute(params![
                    m.chat_id,
                    m.id,
                    m.sort_key.as_str(),
                    time(&m.timestamp),
                    m.sender_id,
                    m.sender_name,
                    m.is_sender == Some(true),
                    m.kind.as_ref().map(|k| k.as_str()),
                    m.plain_text(),
                    m.text,
                    m.edited_timestamp.as_ref().map(time),
                    reactions,
                    m.attachments.len() as i64,
                    raw,
                ])
            })
            .map_err(sql(&self.path))?;
        Ok(before)
    }

    /// Deletes a message; what was stored, if anything.
    fn delete_message(&mut self, chat_id: &str, message_id: &str) -> Result<Option<Stored>, String> {
        self.begin()?;
        self.conn
            .prepare_cached(
                "DELETE FROM messages WHERE chat_id = ?1 AND id = ?2
                 RETURNING coalesce(sender_name, sender_id), text, raw_text, reactions, attachments",
            )
            .and_then(|mut s| s.query_row([chat_id, message_id], Stored::from_row).optional())
            .map_err(sql(&self.path))
    }

    fn put_chat(&mut self, c: &types::Chat) -> Result<(), String> {
        self.begin()?;
        let raw = serde_json::to_string(c).map_err(|e| e.to_string())?;
        self.conn
            .prepare_cached(
                "INSERT OR REPLACE INTO chats (id, account_id, network, title, type, unread_count, is_archived,
                     is_muted, is_pinned, last_activity, participants, raw)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            )
            .and_then(|mut s| {
                s.execute(params![
                    c.id,
                    c.account_id,
                    c.network,
                    c.title,
                    c.kind.as_str(),
                    c.unread_count as i64,
                    c.is_archived == Some(true),
                    c.is_muted == Some(true),
                    c.is_pinned == Some(true),
                    c.last_activity.as_ref().map(time),
                    c.participants.total as i64,
                    raw,
                ])
            })
            .map_err(sql(&self.path))?;
        Ok(())
    }

    /// Deletes a chat and its messages.
    fn remove_chat(&mut self, chat_id: &str) -> Result<(), String> {
        self.begin()?;
        self.conn
            .execute("DELETE FROM messages WHERE chat_id = ?1", [chat_id])
            .and_then(|_| self.conn.execute("DELETE FROM chats WHERE id = ?1", [chat_id]))
            .map_err(sql(&self.path))?;
        Ok(())
    }
}
