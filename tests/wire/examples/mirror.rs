//! The `mirror` example as a process against a fake Desktop started here:
//! killed mid-import (with rows committed and more in an open
//! transaction), run again to the end, its database equals the fake's
//! state; a run with nothing new changes nothing; changes made meanwhile
//! arrive with the next run; `--follow` shows what other participants
//! write, edit and react live, and SIGINT stops it with everything
//! committed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::time::Duration;

use beeper_desktop::text::to_plain_text;
use beeper_desktop::types;
use beeper_desktop_fake::{FakeDesktop, LARGE_CHAT_ID, Lively};
use rusqlite::{Connection, OpenFlags};
use tokio::io::{AsyncBufReadExt, AsyncRead, BufReader, Lines};
use tokio::process::Command;

use super::example;

/// Longest one run may take (a whole import of the seeded history on a
/// busy machine included); a run that takes longer fails the test.
const RUN_LIMIT: Duration = Duration::from_secs(900);
/// Items per transaction and commits before the stall, for the killed run.
const TEST_BATCH: &str = "200";
const STALL_AFTER: &str = "20";

/// A mirror process for this fake and database.
fn mirror(fake: &FakeDesktop, db: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(example("mirror"));
    cmd.arg("--db")
        .arg(db)
        .args(args)
        .env_remove("BEEPER_DESKTOP_BASE_URL")
        .env_remove("MIRROR_TEST_BATCH")
        .env_remove("MIRROR_TEST_STALL_AFTER")
        .env("BEEPER_BASE_URL", fake.base_url())
        .env("BEEPER_ACCESS_TOKEN", fake.token())
        .env("BEEPER_CONFIG_DIR", std::env::temp_dir().join(format!("beeper-mirror-no-store-{}", std::process::id())))
        .stdin(Stdio::null())
        .kill_on_drop(true);
    cmd
}

/// Runs the mirror to its end; its stdout.
async fn run_to_end(fake: &FakeDesktop, db: &Path) -> String {
    let out: Output = tokio::time::timeout(RUN_LIMIT, mirror(fake, db, &[]).output())
        .await
        .expect("the mirror ends in time")
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?}\nstdout:\n{stdout}\nstderr:\n{stderr}", out.status);
    assert!(!stdout.contains("again although stored"), "the feed delivered a stored message as new:\n{stdout}");
    assert!(!stdout.contains(fake.token()) && !stderr.contains(fake.token()), "the token is never printed");
    stdout
}

/// Reads lines until one contains `marker`; all lines read.
async fn read_until(lines: &mut Lines<BufReader<impl AsyncRead + Unpin>>, marker: &str) -> String {
    let mut seen = String::new();
    let found = tokio::time::timeout(RUN_LIMIT, async {
        while let Some(line) = lines.next_line().await.unwrap() {
            seen.push_str(&line);
            seen.push('\n');
            if line.contains(marker) {
                return true;
            }
        }
        false
    })
    .await
    .unwrap_or(false);
    assert!(found, "no line with {marker:?} in:\n{seen}");
    seen
}

/// One message as the mirror must hold it.
#[derive(Debug, PartialEq)]
struct MessageRow {
    sort_key: String,
    timestamp: String,
    sender_id: String,
    text: Option<String>,
    raw_text: Option<String>,
    edited: Option<String>,
    /// (participant, key), sorted.
    reactions: Vec<(String, String)>,
    attachments: i64,
}

/// Chats (ID → account, title, type) and messages ((chat, ID) → row).
#[derive(Debug, PartialEq)]
struct State {
    chats: BTreeMap<String, (String, Option<String>, String)>,
    messages: BTreeMap<(String, String), MessageRow>,
}

fn time(t: &chrono::DateTime<chrono::Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn reaction_pairs(reactions: &[types::Reaction]) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> =
        reactions.iter().map(|r| (r.participant_id.clone(), r.reaction_key.clone())).collect();
    pairs.sort();
    pairs
}

/// What the fake holds: every chat, and every message a reader sees (not
/// hidden, not deleted for everyone).
fn fake_state(fake: &FakeDesktop) -> State {
    let mut state = State { chats: BTreeMap::new(), messages: BTreeMap::new() };
    for chat in fake.chats() {
        for m in fake.messages(&chat.id) {
            if m.is_deleted == Some(true) {
                continue;
            }
            let row = MessageRow {
                sort_key: m.sort_key.as_str().to_owned(),
                timestamp: time(&m.timestamp),
                sender_id: m.sender_id.clone(),
                text: m.text.as_deref().map(to_plain_text),
                raw_text: m.text.clone(),
                edited: m.edited_timestamp.as_ref().map(time),
                reactions: reaction_pairs(&m.reactions),
                attachments: m.attachments.len() as i64,
            };
            assert!(state.messages.insert((chat.id.clone(), m.id.clone()), row).is_none());
        }
        state.chats.insert(chat.id.clone(), (chat.account_id, chat.title, chat.kind.as_str().to_owned()));
    }
    state
}

fn open(db: &Path) -> Connection {
    Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap()
}

/// What the mirror's database holds; also checks that each row's columns
/// agree with the message JSON stored beside them.
fn db_state(db: &Path) -> State {
    let conn = open(db);
    let mut chats = BTreeMap::new();
    let mut stmt = conn.prepare("SELECT id, account_id, title, type FROM chats").unwrap();
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?, r.get(3)?)))).unwrap();
    for row in rows {
        let (id, chat): (String, _) = row.unwrap();
        chats.insert(id, chat);
    }
    let mut messages = BTreeMap::new();
    let mut stmt = conn
        .prepare(
            "SELECT chat_id, id, sort_key, timestamp, sender_id, text, raw_text, edited_timestamp, reactions,
                    attachments, raw FROM messages",
        )
        .unwrap();
    let mut rows = stmt.query([]).unwrap();
    while let Some(r) = rows.next().unwrap() {
        let reactions: Vec<types::Reaction> = serde_json::from_str(&r.get::<_, String>(8).unwrap()).unwrap();
        let raw: types::Message = serde_json::from_str(&r.get::<_, String>(10).unwrap()).unwrap();
        let key: (String, String) = (r.get(0).unwrap(), r.get(1).unwrap());
        assert_eq!((&raw.chat_id, &raw.id), (&key.0, &key.1), "the raw JSON is the row's message");
        let row = MessageRow {
            sort_key: r.get(2).unwrap(),
            timestamp: r.get(3).unwrap(),
            sender_id: r.get(4).unwrap(),
            text: r.get(5).unwrap(),
            raw_text: r.get(6).unwrap(),
            edited: r.get(7).unwrap(),
            reactions: reaction_pairs(&reactions),
            attachments: r.get(9).unwrap(),
        };
        assert_eq!(row.raw_text, raw.text, "{key:?}");
        assert_eq!(row.reactions, reaction_pairs(&raw.reactions), "{key:?}");
        assert!(messages.insert(key, row).is_none(), "a message stored twice");
    }
    State { chats, messages }
}

/// Every stored value (raw JSON included) and the checkpoint, to see that a
/// run changed nothing.
struct Dump {
    /// (ID, raw JSON), by ID.
    chats: Vec<(String, String)>,
    /// (chat ID, ID, raw JSON), by chat and ID.
    messages: Vec<(String, String, String)>,
    checkpoint: String,
}

fn dump(db: &Path) -> Dump {
    let conn = open(db);
    let chats = conn
        .prepare("SELECT id, raw FROM chats ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let messages = conn
        .prepare("SELECT chat_id, id, raw FROM messages ORDER BY chat_id, id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let checkpoint = conn.query_row("SELECT checkpoint FROM feed_checkpoint", [], |r| r.get(0)).unwrap();
    Dump { chats, messages, checkpoint }
}

fn assert_same(db: &State, fake: &State, when: &str) {
    assert_eq!(db.chats, fake.chats, "{when}: chats");
    let missing: Vec<_> = fake.messages.keys().filter(|k| !db.messages.contains_key(*k)).take(5).collect();
    let extra: Vec<_> = db.messages.keys().filter(|k| !fake.messages.contains_key(*k)).take(5).collect();
    assert!(missing.is_empty() && extra.is_empty(), "{when}: missing {missing:?}, extra {extra:?}");
    for (key, row) in &fake.messages {
        assert_eq!(&db.messages[key], row, "{when}: message {key:?}");
    }
}

struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mirror_resumes_after_a_kill_and_matches_the_fake_exactly() {
    let dir = TempDir(std::env::temp_dir().join(format!("beeper-mirror-{}", std::process::id())));
    std::fs::create_dir_all(&dir.0).unwrap();
    let db = dir.0.join("mirror.sqlite3");
    let fake = FakeDesktop::start().await;
    let expected = fake_state(&fake);
    assert!(expected.messages.len() > 10_000, "the seeded history is large: {}", expected.messages.len());

    // 1. Killed mid-import: it stalls after some commits with more rows in
    //    an open transaction, and is killed there.
    let mut child = mirror(&fake, &db, &[])
        .env("MIRROR_TEST_BATCH", TEST_BATCH)
        .env("MIRROR_TEST_STALL_AFTER", STALL_AFTER)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap()).lines();
    read_until(&mut stderr, "test stall after").await;
    child.kill().await.unwrap();
    let partial = db_state(&db);
    assert!(!partial.messages.is_empty(), "rows were committed before the kill");
    assert!(partial.messages.len() < expected.messages.len(), "killed before the import ended");
    let counts = |state: &State, chat: &str| state.messages.keys().filter(|(c, _)| c == chat).count();
    assert!(
        partial.chats.keys().any(|c| (1..counts(&expected, c)).contains(&counts(&partial, c))),
        "a chat was imported part-way"
    );
    for (key, row) in &partial.messages {
        assert_eq!(Some(row), expected.messages.get(key), "committed rows are right: {key:?}");
    }
    assert!(!dump(&db).checkpoint.is_empty(), "the checkpoint was committed with them");

    // 2. Run again: resumes and ends with exactly the fake's state.
    let out = run_to_end(&fake, &db).await;
    assert!(out.contains("Resuming "), "{out}");
    assert!(out.contains("Up to date after"), "{out}");
    assert_same(&db_state(&db), &expected, "after the resumed import");
    assert!(counts(&db_state(&db), LARGE_CHAT_ID) > 9_000, "the large chat is there");

    // 3. Nothing new: nothing changes.
    let before = dump(&db);
    let out = run_to_end(&fake, &db).await;
    assert!(out.contains("Up to date after") && out.contains(" 0 new, 0 changed, 0 deleted messages"), "{out}");
    let after = dump(&db);
    assert_eq!(before.chats, after.chats, "chats unchanged");
    assert_eq!(before.messages, after.messages, "messages unchanged");

    // 4. Changes while the mirror is off arrive with the next run.
    let client = fake.client();
    let chats = fake.chats();
    let arrived = fake.receive_text(&chats[3].id, "arrived while the mirror was off");
    let reacted = fake.messages(&chats[4].id).pop().unwrap();
    client
        .add_reaction()
        .chat_id(&chats[4].id)
        .message_id(&reacted.id)
        .body_map(|b| b.reaction_key("🎉".to_owned()))
        .send()
        .await
        .unwrap();
    let hidden = fake.messages(&chats[5].id).pop().unwrap();
    client.delete_message().chat_id(&chats[5].id).message_id(&hidden.id).for_everyone(false).send().await.unwrap();
    let own = chats
        .iter()
        .find_map(|c| {
            fake.messages(&c.id).into_iter().rev().take(5).find(|m| {
                m.is_sender == Some(true) && m.attachments.is_empty() && m.is_deleted != Some(true) && m.text.is_some()
            })
        })
        .expect("a recent message of your own");
    client
        .update_message()
        .chat_id(&own.chat_id)
        .message_id(&own.id)
        .body_map(|b| b.text("edited while the mirror was off".to_owned()))
        .send()
        .await
        .unwrap();
    let out = run_to_end(&fake, &db).await;
    assert!(out.contains(" 1 new, 2 changed, 1 deleted messages"), "{out}");
    let state = db_state(&db);
    assert_same(&state, &fake_state(&fake), "after changes");
    assert!(state.messages.contains_key(&(arrived.chat_id.clone(), arrived.id.clone())));
    assert!(!state.messages.contains_key(&(hidden.chat_id.clone(), hidden.id.clone())));

    // 5. Following while other participants write, edit and react (the
    //    fake's lively mode): each shows up; SIGINT stops it cleanly with
    //    everything committed, and a catch-up run then finds the database
    //    equal to the fake.
    #[cfg(unix)]
    {
        let mut child =
            mirror(&fake, &db, &["--follow"]).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap()).lines();
        read_until(&mut stdout, "Following live messages").await;
        let lively = fake.start_lively(Lively::every(Duration::from_millis(40)).seed(5));
        let mut shown = String::new();
        while !(shown.contains("(edited)") && shown.contains("(reactions ")) {
            shown.push_str(&read_until(&mut stdout, " · ").await);
        }
        lively.stop().await;
        let live = fake.receive_text(&chats[0].id, "live while the mirror follows");
        read_until(&mut stdout, "live while the mirror follows").await;
        let pid = child.id().expect("running").to_string();
        let status = std::process::Command::new("kill").args(["-INT", &pid]).status().unwrap();
        assert!(status.success());
        let status = tokio::time::timeout(RUN_LIMIT, child.wait()).await.expect("stops in time").unwrap();
        let mut rest = String::new();
        while let Some(line) = stdout.next_line().await.unwrap() {
            rest.push_str(&line);
            rest.push('\n');
        }
        assert!(status.success(), "{status:?}: {rest}");
        assert!(rest.contains("Stopped after") && rest.contains("all committed"), "{rest}");
        assert!(!rest.contains("again although stored"), "{rest}");
        assert!(db_state(&db).messages.contains_key(&(live.chat_id.clone(), live.id.clone())));
        run_to_end(&fake, &db).await;
        assert_same(&db_state(&db), &fake_state(&fake), "after following");
    }
}
