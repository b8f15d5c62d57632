//! A user's own test against the fake Desktop, exactly as the README shows
//! it (a test below keeps the two in step).

use beeper_desktop::{Client, types};

// README: user-test start
/// The code under test: answers every unread direct chat.
async fn reply_to_unread(client: &Client, text: &str) -> Result<usize, beeper_desktop::Error> {
    let page = client.search_chats().unread_only(true).chat_type(types::ChatType::Single).send().await?;
    for chat in &page.items {
        let body = types::SendMessageRequest { text: Some(text.into()), ..Default::default() };
        client.send_message().chat_id(&chat.id).body(body).send().await?;
    }
    Ok(page.items.len())
}

#[tokio::test]
async fn replies_once_to_each_unread_chat() {
    use beeper_desktop_fake::{FakeDesktop, Fault, NewChat};

    let fake = FakeDesktop::start().await; // 127.0.0.1, free port, seeded data
    let chat = fake.add_chat(NewChat::single("whatsapp", "Sam"));
    fake.receive_text(&chat, "are you there?");

    let replied = reply_to_unread(&fake.client(), "On my way!").await.unwrap();

    let sent = fake.sent_messages();
    assert_eq!(sent.len(), replied);
    assert!(sent.iter().any(|m| m.chat_id == chat && m.request.text.as_deref() == Some("On my way!")));
    assert_eq!(fake.chat(&chat).unwrap().unread_count, 0);

    // Failures on purpose: the next send answers 500.
    fake.inject(Fault::status("send_message", 500).times(1));
    fake.receive_text(&chat, "hello?");
    assert!(reply_to_unread(&fake.client(), "again").await.is_err());
}
// README: user-test end

#[test]
fn the_readme_shows_this_test() {
    let this = include_str!("fake_desktop_user.rs");
    let start = this.find("// README: user-test start\n").unwrap() + "// README: user-test start\n".len();
    let end = this.find("// README: user-test end").unwrap();
    let readme = include_str!("../README.md");
    assert!(readme.contains(&this[start..end]), "README.md must show tests/fake_desktop_user.rs verbatim");
}
