//! Message operations through the client against the fake: sends show up
//! everywhere, edits, deletes and reactions stick, search filters apply.

use beeper_desktop::types::{self, MessageType};
use beeper_desktop_fake::{Change, FakeDesktop, NewChat};
use futures::TryStreamExt;

fn text(t: &str) -> types::SendMessageRequest {
    types::SendMessageRequest { text: Some(t.into()), ..Default::default() }
}

#[tokio::test]
async fn a_sent_message_is_visible_through_get_list_preview_and_search() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let mut changes = fake.subscribe();
    let chat = fake.chats().into_iter().find(|c| c.is_read_only != Some(true) && c.account_id == "signal").unwrap();
    let sent = client
        .send_message()
        .chat_id(&chat.id)
        .body(text("Picnic at Zoë's — bring 🍉 & 🧀"))
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(sent.chat_id, chat.id);

    // The pending ID resolves to the final message, which has its own ID.
    let by_pending =
        client.get_message().chat_id(&chat.id).message_id(&sent.pending_message_id).send().await.unwrap().into_inner();
    assert_ne!(by_pending.id, sent.pending_message_id);
    assert_eq!(by_pending.text.as_deref(), Some("Picnic at Zoë's — bring 🍉 & 🧀"));
    assert_eq!(by_pending.is_sender, Some(true));
    assert_eq!(by_pending.send_status.as_ref().map(|s| s.status.clone()), Some(types::SendStatusKind::Success));
    let by_final = client.get_message().chat_id(&chat.id).message_id(&by_pending.id).send().await.unwrap().into_inner();
    assert_eq!(by_final, by_pending);

    let page = client.list_messages().chat_id(&chat.id).send().await.unwrap().into_inner();
    assert_eq!(page.items.last().map(|m| &m.id), Some(&by_pending.id), "newest last in the first page");
    let listed = client.list_chats().send().await.unwrap().into_inner().items;
    assert_eq!(listed[0].id, chat.id, "the chat moved to the top");
    assert_eq!(listed[0].preview.as_ref().map(|m| &m.id), Some(&by_pending.id));
    assert_eq!(listed[0].unread_count, 0, "sending reads the chat");
    let found = client.search_messages().query("picnic ZOË").send().await.unwrap().into_inner().items;
    assert_eq!(found.first().map(|m| &m.id), Some(&by_pending.id));
    let top = client.search().query("picnic").send().await.unwrap().into_inner();
    assert_eq!(top.results.messages.items.first().map(|m| &m.id), Some(&by_pending.id));
    assert!(top.results.messages.chats.contains_key(&chat.id));

    let recorded = fake.sent_messages();
    assert_eq!(recorded.len(), 1);
    assert_eq!(
        (recorded[0].message_id.as_str(), recorded[0].pending_message_id.as_str()),
        (by_pending.id.as_str(), sent.pending_message_id.as_str())
    );
    assert_eq!(
        changes.try_recv().unwrap(),
        Change::MessageUpserted { chat_id: chat.id.clone(), message_ids: vec![by_pending.id.clone()] }
    );
    assert_eq!(changes.try_recv().unwrap(), Change::ChatUpserted { chat_id: chat.id.clone() });
}

#[tokio::test]
async fn replies_link_to_their_message_and_bad_sends_are_refused() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let id = fake.add_chat(NewChat::single("whatsapp", "Rita"));
    let incoming = fake.receive_text(&id, "Are you coming?");
    assert_eq!(fake.chat(&id).unwrap().unread_count, 1);
    let body = types::SendMessageRequest {
        text: Some("Yes!".into()),
        reply_to_message_id: Some(incoming.id.clone()),
        ..Default::default()
    };
    let sent = client.send_message().chat_id(&id).body(body).send().await.unwrap().into_inner();
    let reply =
        client.get_message().chat_id(&id).message_id(&sent.pending_message_id).send().await.unwrap().into_inner();
    assert_eq!(reply.linked_message_id.as_deref(), Some(incoming.id.as_str()));

    let empty = client.send_message().chat_id(&id).body(types::SendMessageRequest::default()).send().await.unwrap_err();
    // The client refuses an empty message before it reaches the fake.
    assert!(
        matches!(&empty, beeper_desktop::Error::InvalidRequest(m) if m.contains("needs `text` or an `attachment`"))
    );
    let bad_reply = types::SendMessageRequest {
        text: Some("x".into()),
        reply_to_message_id: Some("999".into()),
        ..Default::default()
    };
    assert_eq!(
        client.send_message().chat_id(&id).body(bad_reply).send().await.unwrap_err().code(),
        Some("VALIDATION_ERROR")
    );
    assert!(
        client.send_message().chat_id("!nope:beeper.local").body(text("x")).send().await.unwrap_err().is_not_found()
    );
    let read_only = fake.chats().into_iter().find(|c| c.is_read_only == Some(true)).unwrap();
    let refused = client.send_message().chat_id(&read_only.id).body(text("x")).send().await.unwrap_err();
    assert_eq!(refused.status().map(|s| s.as_u16()), Some(403));
    assert_eq!(fake.sent_messages().len(), 1, "refused sends are not recorded");
}

#[tokio::test]
async fn edits_replace_text_only_on_own_text_messages() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let id = fake.add_chat(NewChat::single("telegram", "Eddie"));
    let sent = client.send_message().chat_id(&id).body(text("teh typo")).send().await.unwrap().into_inner();
    let edited = client
        .update_message()
        .chat_id(&id)
        .message_id(&sent.pending_message_id)
        .body(types::UpdateMessageRequest { text: "the typo".into() })
        .send()
        .await
        .unwrap()
        .into_inner();
    assert!(edited.success);
    assert_eq!(edited.text.as_deref(), Some("the typo"));
    assert!(edited.edited_timestamp.is_some());
    let fetched = client.get_message().chat_id(&id).message_id(&edited.message_id).send().await.unwrap().into_inner();
    assert_eq!(fetched.text.as_deref(), Some("the typo"));
    assert_eq!(fetched.edited_timestamp, edited.edited_timestamp);

    let theirs = fake.receive_text(&id, "not yours");
    let err = client
        .update_message()
        .chat_id(&id)
        .message_id(&theirs.id)
        .body(types::UpdateMessageRequest { text: "mine now".into() })
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(403));
    let with_file = fake
        .messages(beeper_desktop_fake::LARGE_CHAT_ID)
        .into_iter()
        .find(|m| m.is_sender == Some(true) && !m.attachments.is_empty())
        .unwrap();
    let err = client
        .update_message()
        .chat_id(beeper_desktop_fake::LARGE_CHAT_ID)
        .message_id(&with_file.id)
        .body(types::UpdateMessageRequest { text: "caption".into() })
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(400));
    assert!(
        client
            .update_message()
            .chat_id(&id)
            .message_id("404")
            .body(types::UpdateMessageRequest { text: "x".into() })
            .send()
            .await
            .unwrap_err()
            .is_not_found()
    );
}

#[tokio::test]
async fn deletes_for_everyone_leave_a_tombstone_and_for_me_hide() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let id = fake.add_chat(NewChat::single("signal", "Dana"));
    let mine = client.send_message().chat_id(&id).body(text("oops")).send().await.unwrap().into_inner();
    let err = client.delete_message().chat_id(&id).message_id(&mine.pending_message_id).send().await.unwrap_err();
    assert_eq!(err.code(), Some("VALIDATION_ERROR"), "pending IDs are refused");
    let final_id = fake.sent_messages()[0].message_id.clone();
    client.delete_message().chat_id(&id).message_id(&final_id).for_everyone(true).send().await.unwrap();
    let tomb = client.get_message().chat_id(&id).message_id(&final_id).send().await.unwrap().into_inner();
    assert_eq!((tomb.is_deleted, tomb.text), (Some(true), None));

    let theirs = fake.receive_text(&id, "private");
    client.delete_message().chat_id(&id).message_id(&theirs.id).for_everyone(false).send().await.unwrap();
    assert!(client.get_message().chat_id(&id).message_id(&theirs.id).send().await.unwrap_err().is_not_found());
    let listed = client.list_messages().chat_id(&id).send().await.unwrap().into_inner().items;
    assert!(listed.iter().all(|m| m.id != theirs.id));
    assert!(listed.iter().any(|m| m.id == final_id));
    assert_eq!(client.get_chat().chat_id(&id).send().await.unwrap().into_inner().unread_count, 0);
    let found =
        client.search_messages().query("oops").chat_ids(vec![id.clone()]).send().await.unwrap().into_inner().items;
    assert!(found.is_empty(), "deleted messages are not found");
}

#[tokio::test]
async fn reactions_are_added_once_and_removed_by_key() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let id = fake.add_chat(NewChat::group("instagramgo", "Reactors", &["Ann", "Bo"]));
    let m = fake.receive_text(&id, "vote with emoji");
    let add = |key: &str| types::AddReactionRequest { reaction_key: key.into(), transaction_id: Some("txn-1".into()) };
    let added = client.add_reaction().chat_id(&id).message_id(&m.id).body(add("🔥")).send().await.unwrap().into_inner();
    assert!(added.success);
    assert_eq!(
        (added.reaction_key.as_str(), added.transaction_id.as_str(), added.message_id.as_str()),
        ("🔥", "txn-1", m.id.as_str())
    );
    client.add_reaction().chat_id(&id).message_id(&m.id).body(add("🔥")).send().await.unwrap();
    client.add_reaction().chat_id(&id).message_id(&m.id).body(add("👍🏽")).send().await.unwrap();
    let fetched = client.get_message().chat_id(&id).message_id(&m.id).send().await.unwrap().into_inner();
    let keys: Vec<_> = fetched.reactions.iter().map(|r| r.reaction_key.as_str()).collect();
    assert_eq!(keys, ["🔥", "👍🏽"], "the same key twice counts once");
    let me = fake.with_world(|w| w.self_user("instagramgo").unwrap().id.clone());
    assert!(fetched.reactions.iter().all(|r| r.participant_id == me));

    let removed =
        client.delete_reaction().chat_id(&id).message_id(&m.id).reaction_key("🔥").send().await.unwrap().into_inner();
    assert!(removed.success);
    let fetched = client.get_message().chat_id(&id).message_id(&m.id).send().await.unwrap().into_inner();
    assert_eq!(fetched.reactions.len(), 1);
    assert!(
        client
            .delete_reaction()
            .chat_id(&id)
            .message_id(&m.id)
            .reaction_key("🔥")
            .send()
            .await
            .unwrap_err()
            .is_not_found()
    );
    let empty = types::AddReactionRequest { reaction_key: String::new(), transaction_id: None };
    assert_eq!(
        client.add_reaction().chat_id(&id).message_id(&m.id).body(empty).send().await.unwrap_err().code(),
        Some("VALIDATION_ERROR")
    );
}

#[tokio::test]
async fn message_search_applies_every_filter() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let search = || client.search_messages().limit(20);
    let chats = fake.chats();
    let chat_of = |id: &str| chats.iter().find(|c| c.id == id).unwrap().clone();

    let mine = search().sender("me").send().await.unwrap().into_inner().items;
    assert!(!mine.is_empty() && mine.iter().all(|m| m.is_sender == Some(true)));
    let theirs = search().sender("others").send().await.unwrap().into_inner().items;
    assert!(!theirs.is_empty() && theirs.iter().all(|m| m.is_sender != Some(true)));
    let someone = theirs[0].sender_id.clone();
    let by_id = search().sender(&someone).send().await.unwrap().into_inner().items;
    assert!(!by_id.is_empty() && by_id.iter().all(|m| m.sender_id == someone));

    let images = search().media_types(vec![types::MediaTypeFilter::Image]).send().await.unwrap().into_inner().items;
    assert!(
        !images.is_empty() && images.iter().all(|m| m.attachments.iter().any(|a| a.kind == types::AttachmentType::Img))
    );
    let videos = search().media_types(vec![types::MediaTypeFilter::Video]).send().await.unwrap().into_inner().items;
    assert!(
        !videos.is_empty()
            && videos.iter().all(|m| m.attachments.iter().any(|a| a.kind == types::AttachmentType::Video))
    );
    let links = search().media_types(vec![types::MediaTypeFilter::Link]).send().await.unwrap().into_inner().items;
    assert!(!links.is_empty() && links.iter().all(|m| !m.links.is_empty()));
    let files = search().media_types(vec![types::MediaTypeFilter::File]).send().await.unwrap().into_inner().items;
    assert!(!files.is_empty());
    let any = search().media_types(vec![types::MediaTypeFilter::Any]).send().await.unwrap().into_inner().items;
    assert!(any.iter().all(|m| !m.attachments.is_empty() || !m.links.is_empty()));

    let groups = search().chat_type(types::ChatType::Group).send().await.unwrap().into_inner().items;
    assert!(groups.iter().all(|m| chat_of(&m.chat_id).kind == types::ChatType::Group));
    let singles = search().chat_type(types::ChatType::Single).send().await.unwrap().into_inner().items;
    assert!(!singles.is_empty() && singles.iter().all(|m| chat_of(&m.chat_id).kind == types::ChatType::Single));
    let accounts = search().account_ids(["telegram"]).send().await.unwrap().into_inner().items;
    assert!(!accounts.is_empty() && accounts.iter().all(|m| m.account_id == "telegram"));
    let two: Vec<String> = chats.iter().take(2).map(|c| c.id.clone()).collect();
    let in_chats = search().chat_ids(two.clone()).send().await.unwrap().into_inner().items;
    assert!(!in_chats.is_empty() && in_chats.iter().all(|m| two.contains(&m.chat_id)));

    let low = chats.iter().find(|c| c.is_low_priority == Some(true)).unwrap();
    let default = search().chat_ids(vec![low.id.clone()]).send().await.unwrap().into_inner().items;
    assert!(default.is_empty(), "low-priority chats are left out by default");
    let included =
        search().chat_ids(vec![low.id.clone()]).exclude_low_priority(false).send().await.unwrap().into_inner().items;
    assert!(!included.is_empty());
    let muted = chats.iter().find(|c| c.is_muted == Some(true) && c.is_low_priority != Some(true)).unwrap();
    assert!(!search().chat_ids(vec![muted.id.clone()]).send().await.unwrap().into_inner().items.is_empty());
    assert!(
        search()
            .chat_ids(vec![muted.id.clone()])
            .include_muted(false)
            .send()
            .await
            .unwrap()
            .into_inner()
            .items
            .is_empty()
    );

    let newest = search().send().await.unwrap().into_inner().items;
    assert!(newest.windows(2).all(|w| w[0].timestamp >= w[1].timestamp), "newest first");
    let pivot = newest[10].timestamp;
    let after = search().date_after(pivot).send().await.unwrap().into_inner().items;
    assert!(!after.is_empty() && after.iter().all(|m| m.timestamp > pivot));
    let before = search().date_before(pivot).send().await.unwrap().into_inner().items;
    assert!(!before.is_empty() && before.iter().all(|m| m.timestamp < pivot));

    // Entities are matched as the text reads: "&amp;" matches "&".
    let amp = search().query("tom & jerry").send().await.unwrap().into_inner().items;
    assert!(!amp.is_empty() && amp.iter().all(|m| m.text.as_deref().unwrap().contains("Tom &amp; Jerry")));
    let page = client.search_messages().send().await.unwrap().into_inner();
    assert_eq!(page.items.len(), 20, "default page size");
    // The chats of the page come beside it, and only those.
    let mut referenced: Vec<&str> = page.items.iter().map(|m| m.chat_id.as_str()).collect();
    referenced.sort();
    referenced.dedup();
    let mut sent: Vec<&str> = page.chats.keys().map(String::as_str).collect();
    sent.sort();
    assert_eq!(sent, referenced);
    assert!(page.chats.iter().all(|(id, chat)| &chat.id == id));
    // Out of bounds: the client refuses before sending, and the fake refuses
    // the same request sent raw.
    let err = client.search_messages().limit(0).send().await.unwrap_err();
    assert!(matches!(err, beeper_desktop::Error::InvalidRequest(_)), "{err:?}");
    let raw = reqwest::Client::new()
        .get(format!("{}/v1/messages/search?limit=0", fake.base_url()))
        .bearer_auth(fake.token())
        .send()
        .await
        .unwrap();
    assert_eq!(raw.status().as_u16(), 400);
    let body: serde_json::Value = raw.json().await.unwrap();
    assert_eq!(body["code"], "VALIDATION_ERROR");

    // Walking a search sees each match once.
    let all: Vec<types::Message> =
        client.search_messages().query("coffee").limit(7).stream().try_collect().await.unwrap();
    let mut ids: Vec<_> = all.iter().map(|m| m.id.clone()).collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n);
    let expected = fake.with_world(|w| {
        w.chats
            .values()
            .filter(|c| c.chat.is_low_priority != Some(true))
            .flat_map(|c| c.visible())
            .filter(|(_, m)| {
                m.is_deleted != Some(true) && m.text.as_deref().is_some_and(|t| t.to_lowercase().contains("coffee"))
            })
            .count()
    });
    assert_eq!(n, expected);
    assert!(n > 7);
}

#[tokio::test]
async fn list_messages_serves_message_kinds_as_seeded() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let page = client.list_messages().chat_id(beeper_desktop_fake::LARGE_CHAT_ID).send().await.unwrap().into_inner();
    assert_eq!(page.items.len(), 25);
    assert!(
        page.items.windows(2).all(|w| w[0].sort_key.parse::<u64>().unwrap() < w[1].sort_key.parse::<u64>().unwrap())
    );
    let stored = fake.messages(beeper_desktop_fake::LARGE_CHAT_ID);
    assert_eq!(page.items.as_slice(), &stored[stored.len() - 25..]);
    assert!(stored.iter().any(|m| m.kind == Some(MessageType::Image)));
    assert!(client.list_messages().chat_id("!nope:x").send().await.unwrap_err().is_not_found());
}
