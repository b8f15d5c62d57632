//! The `watch` example as a real process against the fake Desktop, while a
//! scripted task makes messages arrive.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use beeper_desktop::types;
use beeper_desktop_fake::{FakeDesktop, NewChat};
use tokio::io::{AsyncBufReadExt, BufReader};

use crate::bounded;

/// Path of a built example binary (next to the test binary's `deps/`).
fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().and_then(|deps| deps.parent()).unwrap().join("examples");
    let path = dir.join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(path.exists(), "{} is not built; run the tests with `cargo test`", path.display());
    path
}

#[tokio::test]
async fn watch_prints_incoming_messages_live() {
    bounded(async {
        let fake = FakeDesktop::start().await;
        let chat_id = fake.add_chat(NewChat::single("whatsapp", "Nadia"));
        let group = fake.add_chat(NewChat::group("signal", "Book club", &["Omar", "Lena"]));
        let mut child = tokio::process::Command::new(example("watch"))
            .args(["--max-events", "3", "--timeout", "20"])
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
