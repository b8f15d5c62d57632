//! The seeded data: deterministic per seed, and as rich as the docs promise.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use beeper_desktop::types::{AttachmentType, ChatType};
use beeper_desktop_fake::{FakeDesktop, LARGE_CHAT_ID, LARGE_CHAT_MESSAGES, seed};

#[test]
fn same_seed_same_data_other_seed_other_data() {
    let a = seed::generate(7);
    let b = seed::generate(7);
    let c = seed::generate(8);
    let ids = |w: &beeper_desktop_fake::World| {
        let mut v: Vec<(String, usize, Option<String>)> = w
            .chats
            .values()
            .map(|c| (c.chat.id.clone(), c.messages().len(), c.messages().last().and_then(|m| m.text.clone())))
            .collect();
        v.sort();
        v
    };
    assert_eq!(ids(&a), ids(&b));
    assert_ne!(ids(&a), ids(&c));
    let text = |w: &beeper_desktop_fake::World| {
        w.chat(LARGE_CHAT_ID).unwrap().messages().iter().take(50).map(|m| m.text.clone()).collect::<Vec<_>>()
    };
    assert_eq!(text(&a), text(&b));
}

#[test]
fn seed_covers_networks_chat_kinds_and_message_kinds() {
    let world = seed::generate(seed::DEFAULT_SEED);
    let networks: BTreeSet<_> = world.accounts.iter().filter_map(|a| a.network.clone()).collect();
    for n in ["WhatsApp", "Signal", "Telegram", "Instagram", "iMessage", "Beeper (Matrix)"] {
        assert!(networks.contains(n), "{n} missing from {networks:?}");
    }
    assert!(world.contacts.values().all(|c| c.len() >= 10));
    let chats: Vec<_> = world.chats.values().map(|c| &c.chat).collect();
    assert!(chats.len() >= 50, "{} chats", chats.len());
    let count = |f: &dyn Fn(&&beeper_desktop::types::Chat) -> bool| chats.iter().filter(|c| f(c)).count();
    assert!(count(&|c| c.kind == ChatType::Single) >= 20);
    assert!(count(&|c| c.kind == ChatType::Group) >= 15);
    assert!(count(&|c| c.is_archived == Some(true)) >= 3);
    assert!(count(&|c| c.is_muted == Some(true)) >= 3);
    assert!(count(&|c| c.is_pinned == Some(true)) >= 2);
    assert!(count(&|c| c.unread_count > 0) >= 5);
    assert!(count(&|c| !c.labels.is_empty()) >= 3);
    assert!(count(&|c| c.draft.is_some()) >= 2);
    assert!(count(&|c| c.reminder.is_some()) >= 2);
    assert!(count(&|c| c.is_read_only == Some(true)) >= 1);

    let messages: Vec<_> = world.chats.values().flat_map(|c| c.messages().iter()).collect();
    let others = messages.len() - world.chat(LARGE_CHAT_ID).unwrap().messages().len();
    assert!(others >= 2_000, "{others} messages outside the large chat");
    assert!(world.chat(LARGE_CHAT_ID).unwrap().messages().len() >= LARGE_CHAT_MESSAGES);
    let has = |f: &dyn Fn(&&&beeper_desktop::types::Message) -> bool| messages.iter().filter(|m| f(m)).count();
    for kind in [AttachmentType::Img, AttachmentType::Video, AttachmentType::Audio, AttachmentType::Unknown] {
        assert!(has(&|m| m.attachments.iter().any(|a| a.kind == kind)) > 10, "{kind:?} attachments");
    }
    assert!(has(&|m| !m.reactions.is_empty()) > 100);
    assert!(has(&|m| m.linked_message_id.is_some()) > 100);
    assert!(has(&|m| m.edited_timestamp.is_some()) > 20);
    assert!(has(&|m| m.is_deleted == Some(true)) > 20);
    assert!(
        has(&|m| m.text.as_deref().is_some_and(|t| t.contains("&amp;") || t.contains("&lt;"))) > 20,
        "HTML entities"
    );
    assert!(has(&|m| m.text.as_deref().is_some_and(|t| t.chars().any(|c| c as u32 > 0x1F000))) > 100, "emoji");
    assert!(has(&|m| !m.links.is_empty()) > 10);
    // Every attachment can be served.
    for m in &messages {
        for a in &m.attachments {
            let asset = world.assets.get(a.src_url.as_deref().unwrap()).expect("servable");
            assert_eq!(asset.len() as u64, a.file_size.unwrap());
        }
    }
}

#[tokio::test]
async fn startup_is_quick_and_the_server_stops_on_drop() {
    let started = Instant::now();
    let fake = FakeDesktop::start().await;
    let elapsed = started.elapsed();
    eprintln!("fake started in {elapsed:?}");
    // Generous bound: proves "did not hang", not a speed target.
    assert!(elapsed < Duration::from_secs(20));
    let addr = fake.addr();
    fake.client().get_info().send().await.unwrap();
    drop(fake);
    tokio::time::sleep(Duration::from_millis(50)).await;
    let reconnect = tokio::time::timeout(Duration::from_secs(5), tokio::net::TcpStream::connect(addr))
        .await
        .expect("connect did not hang");
    assert!(reconnect.is_err(), "the port is closed after drop");
}
