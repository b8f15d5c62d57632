//! The `watch` example as a real process against the fake Desktop, while a
//! scripted task makes messages arrive.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use beeper_desktop::types;
use beeper_desktop_fake::{FakeDesktop, NewChat};
use tokio::io::{AsyncBufReadExt, BufReader, Lines};
use tokio::process::{Child, ChildStdout};

use crate::bounded;

/// Path of a built example binary (next to the test binary's `deps/`).
fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().and_then(|deps| deps.parent()).unwrap().join("examples");
    let path = dir.join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(path.exists(), "{} is not built; run the tests with `cargo test`", path.display());
    path
}

/// Starts `watch` against `fake` and waits until it is subscribed (its
/// first line); returns it with its stdout lines.
async fn start_watch(fake: &FakeDesktop, args: &[&str]) -> (Child, Lines<BufReader<ChildStdout>>) {
    let mut child = tokio::process::Command::new(example("watch"))
        .args(args)
        .env("BEEPER_BASE_URL", fake.base_url())
        .env("BEEPER_ACCESS_TOKEN", fake.token())
        .env_remove("BEEPER_DESKTOP_BASE_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = tokio::time::timeout(Duration::from_secs(15), lines.next_line()).await.unwrap().unwrap();
    assert_eq!(first.as_deref(), Some("Watching all chats for new messages (Ctrl-C to stop)"));
    (child, lines)
}

#[tokio::test]
async fn watch_prints_incoming_messages_live() {
    bounded(async {
        let fake = FakeDesktop::start().await;
        let chat_id = fake.add_chat(NewChat::single("whatsapp", "Nadia"));
        let group = fake.add_chat(NewChat::group("signal", "Book club", &["Omar", "Lena"]));
        let (mut child, mut lines) = start_watch(&fake, &["--max-events", "3", "--timeout", "20"]).await;

        // Subscribed now: make messages arrive, with one of our own in between.
        fake.receive_text(&chat_id, "are you coming tonight?");
        let own = types::SendMessageRequest { text: Some("my own message".into()), ..Default::default() };
        fake.client().send_message().chat_id(&chat_id).body(own).send().await.unwrap();
        fake.receive_text(&group, "chapter 3 by friday");
        fake.receive_text(&chat_id, "bring\nsnacks");

        let mut printed = Vec::new();
        while let Some(line) = tokio::time::timeout(Duration::from_secs(15), lines.next_line()).await.unwrap().unwrap()
        {
            printed.push(line);
        }
        let status = tokio::time::timeout(Duration::from_secs(15), child.wait()).await.unwrap().unwrap();
        let mut stderr = String::new();
        tokio::io::AsyncReadExt::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).await.unwrap();
        assert!(status.success(), "{stderr}");
        assert_eq!(
            printed,
            [
                "Nadia · Nadia: are you coming tonight?",
                "Book club · Omar: chapter 3 by friday",
                "Nadia · Nadia: bring snacks",
            ],
            "stderr: {stderr}"
        );
    })
    .await;
}

/// A message shows again when it is edited or its reactions change, with
/// what it has now; the same version never shows twice.
#[tokio::test]
async fn watch_shows_edits_and_reaction_changes() {
    bounded(async {
        let fake = FakeDesktop::start().await;
        let group = fake.add_chat(NewChat::group("signal", "Trip", &["Omar", "Lena"]));
        let participant = |name: &str| {
            let chat = fake.chat(&group).unwrap();
            chat.participants.items.iter().find(|p| p.full_name.as_deref() == Some(name)).unwrap().id.clone()
        };
        let (omar, lena) = (participant("Omar"), participant("Lena"));
        let (mut child, mut lines) = start_watch(&fake, &["--max-events", "6", "--timeout", "20"]).await;

        // One change at a time, each shown before the next is made.
        let mut next_line = async || {
            tokio::time::timeout(Duration::from_secs(15), lines.next_line()).await.unwrap().unwrap().unwrap_or_default()
        };
        let m = fake.receive_from(&group, Some(&omar), "tickets booked").unwrap();
        assert_eq!(next_line().await, "Trip · Omar: tickets booked");
        fake.react_by_other(&group, &m.id, "🎉", &lena).unwrap();
        assert_eq!(next_line().await, "Trip · Omar: tickets booked (reactions 🎉)");
        fake.react_by_other(&group, &m.id, "🎉", &omar).unwrap();
        assert_eq!(next_line().await, "Trip · Omar: tickets booked (reactions 🎉×2)");
        fake.edit_by_other(&group, &m.id, "tickets booked!").unwrap();
        assert_eq!(next_line().await, "Trip · Omar: tickets booked! (edited) (reactions 🎉×2)");
        fake.unreact_by_other(&group, &m.id, "🎉", &lena).unwrap();
        assert_eq!(next_line().await, "Trip · Omar: tickets booked! (edited) (reactions 🎉)");
        fake.unreact_by_other(&group, &m.id, "🎉", &omar).unwrap();
        assert_eq!(next_line().await, "Trip · Omar: tickets booked! (edited) (reactions removed)");
        // Six lines: the example ends on its own.
        assert_eq!(next_line().await, "");
        let status = tokio::time::timeout(Duration::from_secs(15), child.wait()).await.unwrap().unwrap();
        let mut stderr = String::new();
        tokio::io::AsyncReadExt::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).await.unwrap();
        assert!(status.success(), "{stderr}");
    })
    .await;
}

#[tokio::test]
async fn watch_explains_a_desktop_without_live_events() {
    bounded(async {
        let fake = FakeDesktop::start().await;
        fake.inject(beeper_desktop_fake::Fault::status("GET /v1/ws", 404));
        let out = tokio::process::Command::new(example("watch"))
            .args(["--timeout", "5"])
            .env("BEEPER_BASE_URL", fake.base_url())
            .env("BEEPER_ACCESS_TOKEN", fake.token())
            .env_remove("BEEPER_DESKTOP_BASE_URL")
            .kill_on_drop(true)
            .output()
            .await
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("Live events need Beeper Desktop 4.2.557 or later"), "{stderr}");
        assert!(!stderr.contains(fake.token()));
    })
    .await;
}

/// `cargo run --example watch` on a fresh machine: the built-in fake's
/// lively mode makes messages arrive (fast here; every 2 s by default).
#[tokio::test]
async fn watch_shows_live_messages_from_the_built_in_fake() {
    bounded(async {
        let out = tokio::process::Command::new(example("watch"))
            .args(["--max-events", "3", "--timeout", "25"])
            .env_remove("BEEPER_ACCESS_TOKEN")
            .env_remove("BEEPER_BASE_URL")
            .env_remove("BEEPER_DESKTOP_BASE_URL")
            .env("BEEPER_FAKE_LIVELY", "0.05")
            // Never the real user's stored tokens.
            .env("BEEPER_CONFIG_DIR", std::env::temp_dir().join(format!("beeper-watch-lively-{}", std::process::id())))
            .kill_on_drop(true)
            .output()
            .await
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{stdout}\n{stderr}");
        let lines: Vec<&str> = stdout.lines().collect();
        assert!(lines[0].starts_with("Using the built-in fake Beeper Desktop at http://127.0.0.1:"), "{stdout}");
        assert!(lines[0].contains("other participants write, edit and react every 50ms"), "{stdout}");
        assert_eq!(lines[1], "Watching all chats for new messages (Ctrl-C to stop)");
        // Three messages printed as `title · sender: text`, then the end (not the timeout).
        assert_eq!(lines.len(), 5, "{stdout}");
        assert!(lines[2..].iter().all(|l| l.contains(" · ") && l.contains(": ")), "{stdout}");
        assert!(!stdout.contains("Stopped after"), "{stdout}");
    })
    .await;
}
