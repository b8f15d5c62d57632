//! The example programs, run as real processes against the loopback server
//! (cargo builds them before running tests).

use std::path::PathBuf;
use std::process::Output;

use serde_json::json;

use crate::support::{MockServer, Reply, TOKEN};

mod mirror;

/// Path of a built example binary (next to the test binary's `deps/`).
fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().and_then(|deps| deps.parent()).unwrap().join("examples");
    let path = dir.join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(path.exists(), "{} is not built; run the tests with `cargo test`", path.display());
    path
}

async fn run(name: &str, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = tokio::process::Command::new(example(name));
    cmd.args(args)
        .env_remove("BEEPER_ACCESS_TOKEN")
        .env_remove("BEEPER_BASE_URL")
        .env_remove("BEEPER_DESKTOP_BASE_URL")
        // The built-in fake without lively mode: outputs compared with the seeded data.
        .env("BEEPER_FAKE_LIVELY", "off")
        // Never the real user's stored tokens.
        .env(
            "BEEPER_CONFIG_DIR",
            std::env::temp_dir().join(format!("beeper-examples-no-store-{}", std::process::id())),
        );
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().await.unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[tokio::test]
async fn quickstart_explains_when_desktop_is_not_running() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let out = run("quickstart", &[], &[("BEEPER_BASE_URL", &url), ("BEEPER_ACCESS_TOKEN", TOKEN)]).await;
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains(&format!("Beeper Desktop is not reachable at {url}")), "{err}");
    assert!(err.contains("BEEPER_BASE_URL"), "{err}");
    assert!(!err.contains(TOKEN));
}

#[tokio::test]
async fn quickstart_explains_a_missing_token() {
    let server = MockServer::once(Reply::fixture(200, "info.json")).await;
    let out = run("quickstart", &[], &[("BEEPER_BASE_URL", &server.url())]).await;
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("BEEPER_ACCESS_TOKEN is not set"), "{}", stderr(&out));
    assert_eq!(server.requests().len(), 1, "only the unauthenticated info call is made");
}

#[tokio::test]
async fn quickstart_lists_chats_with_their_last_message() {
    let server = MockServer::start(vec![Reply::fixture(200, "info.json"), Reply::fixture(200, "chat_page.json")]).await;
    let out = run("quickstart", &[], &[("BEEPER_BASE_URL", &server.url()), ("BEEPER_ACCESS_TOKEN", TOKEN)]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Family [WhatsApp] · 2 unread"), "{stdout}");
    assert!(stdout.contains("Bob: Dinner at eight?"), "{stdout}");
    let requests = server.requests();
    requests[1].assert_operation("list_chats");
    assert_eq!(requests[1].target, "/v1/chats?limit=10");
}

fn message(id: &str, chat: &str, ts: &str) -> serde_json::Value {
    json!({"id": id, "accountID": "whatsapp", "chatID": chat, "senderID": "@bob:beeper.local",
           "sortKey": id, "timestamp": ts, "text": format!("message {id}")})
}

fn chat(id: &str, last: &str) -> serde_json::Value {
    json!({"id": id, "accountID": "whatsapp", "title": id, "type": "single", "unreadCount": 0,
           "participants": {"hasMore": false, "total": 0, "items": []}, "lastActivity": last})
}

#[tokio::test]
async fn export_writes_json_lines_and_resumes_after_the_newest_message() {
    let dir = std::env::temp_dir().join(format!("beeper-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out_file = dir.join("export.jsonl");
    let _ = std::fs::remove_file(&out_file);
    let out_path = out_file.to_str().unwrap();

    // First run: two chats; chat A has two pages of messages.
    let server = MockServer::start(vec![
        Reply::fixture(200, "info.json"),
        Reply::json(200, &json!({"items": [chat("!a:x", "2025-09-02T10:00:00Z"), chat("!b:x", "2025-09-01T10:00:00Z")], "hasMore": false})),
        Reply::json(200, &json!({"items": [message("3", "!a:x", "2025-09-02T10:00:00Z"), message("2", "!a:x", "2025-09-02T09:00:00Z")], "hasMore": true, "oldestCursor": "2"})),
        Reply::json(200, &json!({"items": [message("1", "!a:x", "2025-09-01T09:00:00Z")], "hasMore": false, "oldestCursor": "1"})),
        Reply::json(200, &json!({"items": [message("9", "!b:x", "2025-09-01T10:00:00Z")], "hasMore": false})),
    ])
    .await;
    let out =
        run("export", &["--out", out_path], &[("BEEPER_BASE_URL", &server.url()), ("BEEPER_ACCESS_TOKEN", TOKEN)])
            .await;
    assert!(out.status.success(), "{}", stderr(&out));
    let targets: Vec<String> = server.requests().iter().map(|r| r.target.clone()).collect();
    assert_eq!(
        targets,
        [
            "/v1/info",
            "/v1/chats",
            "/v1/chats/!a:x/messages",
            "/v1/chats/!a:x/messages?cursor=2",
            "/v1/chats/!b:x/messages"
        ]
    );
    let ids: Vec<String> = std::fs::read_to_string(&out_file)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids, ["3", "2", "1", "9"]);
    assert!(stderr(&out).contains("Resume later with: --since 2025-09-02T10:00:00.000Z"), "{}", stderr(&out));

    // Second run resumes from the file: chat B has no newer activity and is
    // skipped; chat A's walk stops at the first already-exported message.
    let server = MockServer::start(vec![
        Reply::fixture(200, "info.json"),
        Reply::json(200, &json!({"items": [chat("!a:x", "2025-09-03T08:00:00Z"), chat("!b:x", "2025-09-01T10:00:00Z")], "hasMore": false})),
        Reply::json(200, &json!({"items": [message("4", "!a:x", "2025-09-03T08:00:00Z"), message("3", "!a:x", "2025-09-02T10:00:00Z")], "hasMore": true, "oldestCursor": "3"})),
    ])
    .await;
    let out =
        run("export", &["--out", out_path], &[("BEEPER_BASE_URL", &server.url()), ("BEEPER_ACCESS_TOKEN", TOKEN)])
            .await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(server.requests().len(), 3, "no page older than the resume point is fetched");
    let lines = std::fs::read_to_string(&out_file).unwrap();
    let ids: Vec<&str> = lines.lines().map(|l| if l.contains("\"id\":\"4\"") { "4" } else { "old" }).collect();
    assert_eq!(ids, ["old", "old", "old", "old", "4"]);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn upload_sends_the_file_then_a_message_with_its_upload_id() {
    let dir = std::env::temp_dir().join(format!("beeper-upload-example-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("table.jpg");
    std::fs::write(&file, b"\xff\xd8 jpeg bytes").unwrap();
    let server = MockServer::start(vec![
        Reply::fixture(200, "info.json"),
        Reply::fixture(200, "asset_upload.json"),
        Reply::fixture(200, "message_send.json"),
    ])
    .await;
    let out = run(
        "upload",
        &["!a1b2c3:beeper.local", file.to_str().unwrap(), "Look at this"],
        &[("BEEPER_BASE_URL", &server.url()), ("BEEPER_ACCESS_TOKEN", TOKEN)],
    )
    .await;
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let requests = server.requests();
    requests[1].assert_operation("upload_asset");
    let body = String::from_utf8_lossy(&requests[1].body);
    assert!(body.contains("filename=\"table.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n"), "{body}");
    requests[2].assert_operation("send_message");
    assert_eq!(requests[2].path(), "/v1/chats/!a1b2c3:beeper.local/messages");
    requests[2].assert_json_body(&json!({
        "text": "Look at this",
        "attachment": {"uploadID": "up_7f3a", "fileName": "table.jpg", "mimeType": "image/jpeg"}
    }));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Sent; pending ID m1725489123456"));
}

#[tokio::test]
async fn upload_refuses_a_missing_file_before_connecting() {
    let out = run("upload", &["!a:x", "/nonexistent/file.jpg"], &[]).await;
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("/nonexistent/file.jpg is not a readable file"), "{}", stderr(&out));
}

#[tokio::test]
async fn send_and_react_sends_waits_reacts_edits_and_reminds() {
    let mut delivered =
        serde_json::from_slice::<serde_json::Value>(&crate::support::fixture_bytes("message.json")).unwrap();
    delivered["sendStatus"] = json!({"status": "SUCCESS", "timestamp": "2025-08-31T19:41:42.000Z"});
    let server = MockServer::start(vec![]).await;
    // The wait first looks for the events socket; this server has none (404), so it polls.
    let mut info = serde_json::from_slice::<serde_json::Value>(&crate::support::fixture_bytes("info.json")).unwrap();
    info["endpoints"]["ws_events"] = json!(format!("{}/v1/ws", server.url()));
    let server = server.with_replies(vec![
        Reply::fixture(200, "info.json"),
        Reply::json(200, &info),
        Reply::json(404, &json!({"code": "not_found", "message": "no such route"})),
        Reply::fixture(200, "message_send.json"),
        Reply::json(200, &delivered),
        Reply::fixture(200, "reaction_add.json"),
        Reply::fixture(200, "message_update.json"),
        Reply::empty(204),
    ]);
    let out = run(
        "send_and_react",
        &["!a1b2c3:beeper.local", "Dinner at eight?"],
        &[("BEEPER_BASE_URL", &server.url()), ("BEEPER_ACCESS_TOKEN", TOKEN)],
    )
    .await;
    let requests = server.requests();
    assert!(out.status.success(), "{}\n{:?}", stderr(&out), requests.iter().map(|r| &r.target).collect::<Vec<_>>());
    assert_eq!(requests.len(), 8, "{requests:#?}");
    requests[0].assert_operation("get_info");
    requests[1].assert_operation("get_info");
    assert_eq!((requests[2].method.as_str(), requests[2].path()), ("GET", "/v1/ws"));
    assert_eq!(requests[2].header("authorization"), Some(format!("Bearer {TOKEN}").as_str()));
    let rest = &requests[3..];
    for (op, req) in
        ["send_message", "get_message", "add_reaction", "update_message", "create_reminder"].iter().zip(rest)
    {
        req.assert_operation(op);
    }
    rest[0].assert_json_body(&json!({"text": "Dinner at eight?"}));
    assert_eq!(rest[1].path(), "/v1/chats/!a1b2c3:beeper.local/messages/m1725489123456");
    rest[2].assert_json_body(&json!({"reactionKey": "👍"}));
    assert_eq!(rest[3].path(), "/v1/chats/!a1b2c3:beeper.local/messages/1343993");
    rest[3].assert_json_body(&json!({"text": "Dinner at eight? (edited)"}));
    let reminder = rest[4].json();
    assert_eq!(reminder["reminder"]["dismissOnIncomingMessage"], json!(true));
    assert!(reminder["reminder"]["remindAt"].as_str().unwrap().ends_with('Z'));
}

// ---- The same examples against the fake Desktop -------------------------

use beeper_desktop_fake::FakeDesktop;

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[tokio::test]
async fn quickstart_falls_back_to_the_built_in_fake_with_no_environment() {
    let out = run("quickstart", &[], &[]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let first = text.lines().next().unwrap();
    assert!(first.starts_with("Using the built-in fake Beeper Desktop at http://127.0.0.1:"), "{first}");
    assert!(
        first.contains("BEEPER_ACCESS_TOKEN") && first.contains("BEEPER_BASE_URL"),
        "says how to use the real one: {first}"
    );
    // The same seed in this process gives the same chats the example printed.
    let fake = FakeDesktop::start().await;
    let page = fake.client().list_chats().limit(10).send().await.unwrap().into_inner();
    let mut at = 0;
    for chat in &page.items {
        let title = chat.title.as_deref().unwrap();
        let line = format!("{title} [{}] · {} unread", chat.network.as_deref().unwrap(), chat.unread_count);
        let found = text[at..].find(&line).unwrap_or_else(|| panic!("{line:?} missing or out of order in:\n{text}"));
        at += found + line.len();
        let preview = chat.preview.as_ref().unwrap();
        // The example prints what a reader sees, not the Matrix HTML.
        let plain = preview.plain_text().unwrap_or_else(|| "(no text)".to_owned());
        let shown: String = plain.chars().take(100).collect();
        assert!(
            text.contains(&format!("{}: {shown}", preview.sender_name.as_deref().unwrap())),
            "{shown:?} in:\n{text}"
        );
    }
    assert!(!text.contains("Some(\""), "titles print as text: {text}");
    assert!(!text.contains("&quot;") && !text.contains("&amp;"), "entities are decoded: {text}");
}

#[tokio::test]
async fn quickstart_uses_a_configured_desktop_instead_of_the_fallback() {
    let fake = FakeDesktop::builder().seed(99).token("configured-token").start().await;
    let out =
        run("quickstart", &[], &[("BEEPER_BASE_URL", fake.base_url()), ("BEEPER_ACCESS_TOKEN", "configured-token")])
            .await;
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("Connected to Beeper Desktop (fake)"), "{text}");
    assert!(!text.contains("built-in fake"));
    let top = fake.chats().into_iter().next().unwrap();
    assert!(text.contains(&format!("chat ID {}", top.id)), "{text}");
    // Only the legacy variable set: still the configured Desktop.
    let out = run(
        "quickstart",
        &[],
        &[("BEEPER_DESKTOP_BASE_URL", fake.base_url()), ("BEEPER_ACCESS_TOKEN", "configured-token")],
    )
    .await;
    assert!(out.status.success() && !stdout(&out).contains("built-in fake"), "{}", stderr(&out));
}

#[tokio::test]
async fn quickstart_names_every_missing_piece_at_once() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let out = run("quickstart", &[], &[("BEEPER_BASE_URL", &url)]).await;
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains(&format!("Beeper Desktop is not reachable at {url}")), "{err}");
    assert!(err.contains("BEEPER_ACCESS_TOKEN is not set"), "both problems in one message: {err}");
    // A token alone (no base URL) means the real Desktop at the default address.
    let out = run("quickstart", &[], &[("BEEPER_BASE_URL", &url), ("BEEPER_ACCESS_TOKEN", TOKEN)]).await;
    let err = stderr(&out);
    assert!(err.contains("not reachable") && !err.contains("is not set"), "{err}");
}

#[tokio::test]
async fn send_and_react_changes_the_fakes_state() {
    let fake = FakeDesktop::start().await;
    let chat = fake.chats().into_iter().find(|c| c.is_read_only != Some(true)).unwrap();
    let out = run(
        "send_and_react",
        &[&chat.id, "Hello fake"],
        &[("BEEPER_BASE_URL", fake.base_url()), ("BEEPER_ACCESS_TOKEN", fake.token())],
    )
    .await;
    assert!(out.status.success(), "{}", stderr(&out));
    let sent = fake.sent_messages();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].request.text.as_deref(), Some("Hello fake"));
    let message = fake.with_world(|w| w.message(&chat.id, &sent[0].message_id).cloned()).unwrap();
    assert_eq!(message.text.as_deref(), Some("Hello fake (edited)"));
    assert_eq!(message.reactions.iter().map(|r| r.reaction_key.as_str()).collect::<Vec<_>>(), ["👍"]);
    let reminder = fake.chat(&chat.id).unwrap().reminder.expect("reminder set");
    assert_eq!(reminder.dismiss_on_incoming_message, Some(true));
    assert!(stdout(&out).contains(&format!("Delivered as message {}", sent[0].message_id)));
}

#[tokio::test]
async fn send_and_react_picks_a_chat_only_on_the_built_in_fake() {
    let out = run("send_and_react", &[], &[]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.lines().next().unwrap().starts_with("Using the built-in fake"), "{text}");
    assert!(text.contains("No chat ID given; using "), "{text}");
    assert!(text.contains("Reacted with 👍"), "{text}");
    let fake = FakeDesktop::builder().token("t").start().await;
    let out = run("send_and_react", &[], &[("BEEPER_BASE_URL", fake.base_url()), ("BEEPER_ACCESS_TOKEN", "t")]).await;
    assert_eq!(out.status.code(), Some(2), "a real Desktop needs an explicit chat");
    assert!(stderr(&out).contains("usage: send_and_react"));
    assert!(fake.sent_messages().is_empty());
}

#[tokio::test]
async fn upload_sends_the_file_to_the_fake() {
    let dir = std::env::temp_dir().join(format!("beeper-upload-fake-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("plan.pdf");
    let bytes = b"%PDF-1.7\n fake pdf body".to_vec();
    std::fs::write(&file, &bytes).unwrap();
    let fake = FakeDesktop::start().await;
    let chat = fake.chats()[0].id.clone();
    let out = run(
        "upload",
        &[&chat, file.to_str().unwrap(), "The plan"],
        &[("BEEPER_BASE_URL", fake.base_url()), ("BEEPER_ACCESS_TOKEN", fake.token())],
    )
    .await;
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let sent = fake.sent_messages();
    assert_eq!(sent.len(), 1);
    let message = fake.with_world(|w| w.message(&chat, &sent[0].message_id).cloned()).unwrap();
    assert_eq!(message.text.as_deref(), Some("The plan"));
    let attachment = &message.attachments[0];
    assert_eq!(
        (attachment.file_name.as_deref(), attachment.mime_type.as_deref()),
        (Some("plan.pdf"), Some("application/pdf"))
    );
    let served = fake.client().serve_asset().url(attachment.src_url.as_deref().unwrap()).bytes().await.unwrap();
    assert_eq!(served.as_ref(), bytes.as_slice());
}

#[tokio::test]
async fn export_writes_one_account_from_the_fake_and_resumes() {
    let dir = std::env::temp_dir().join(format!("beeper-export-fake-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out_file = dir.join("signal.jsonl");
    let out_path = out_file.to_str().unwrap();
    let fake = FakeDesktop::start().await;
    let env = [("BEEPER_BASE_URL", fake.base_url()), ("BEEPER_ACCESS_TOKEN", fake.token())];
    let out = run("export", &["--out", out_path, "--account", "signal"], &env).await;
    assert!(out.status.success(), "{}", stderr(&out));
    let read_ids = || -> Vec<String> {
        std::fs::read_to_string(&out_file)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let mut ids = read_ids();
    let mut expected: Vec<String> = fake
        .chats()
        .into_iter()
        .filter(|c| c.account_id == "signal")
        .flat_map(|c| fake.messages(&c.id))
        .map(|m| m.id)
        .collect();
    ids.sort();
    expected.sort();
    assert_eq!(ids, expected, "every signal message once");

    let chat = fake.chats().into_iter().find(|c| c.account_id == "signal").unwrap();
    let arrived = fake.receive_text(&chat.id, "new since the export");
    let out = run("export", &["--out", out_path, "--account", "signal"], &env).await;
    assert!(out.status.success(), "{}", stderr(&out));
    let after = read_ids();
    assert_eq!(after.len(), expected.len() + 1);
    assert_eq!(after.last(), Some(&arrived.id));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn examples_end_quietly_when_their_output_is_closed() {
    // As with `cargo run --example accounts | head -0`: the reader is gone
    // before the first line, so every write fails with a broken pipe.
    for name in ["accounts", "quickstart"] {
        let mut cmd = tokio::process::Command::new(example(name));
        cmd.env_remove("BEEPER_ACCESS_TOKEN")
            .env_remove("BEEPER_BASE_URL")
            .env_remove("BEEPER_DESKTOP_BASE_URL")
            .env("BEEPER_FAKE_LIVELY", "off")
            .env("BEEPER_CONFIG_DIR", std::env::temp_dir().join(format!("beeper-examples-pipe-{}", std::process::id())))
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        drop(child.stdout.take());
        let out = tokio::time::timeout(std::time::Duration::from_secs(60), child.wait_with_output())
            .await
            .expect("the example ends")
            .unwrap();
        let err = stderr(&out);
        assert!(!err.contains("panicked"), "{name} panicked on a closed stdout:\n{err}");
        assert!(out.status.success(), "{name}: {:?}\n{err}", out.status);
    }
}
