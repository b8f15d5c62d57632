//! Chat operations through the client against the fake, with their effects
//! checked through other operations.

use beeper_desktop::Patch;
use beeper_desktop::types::{self, ChatType};
use beeper_desktop_fake::{FakeDesktop, NewChat};
use futures::TryStreamExt;

async fn all_chat_ids(client: &beeper_desktop::Client) -> Vec<String> {
    let chats: Vec<types::ChatListItem> = client.list_chats().limit(200).stream().try_collect().await.unwrap();
    chats.into_iter().map(|c| c.id).collect()
}

#[tokio::test]
async fn list_chats_pages_by_activity_with_previews_and_capped_participants() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let first = client.list_chats().send().await.unwrap().into_inner();
    assert_eq!(first.items.len(), 25, "default page size");
    assert_eq!(first.has_more, Some(true));
    let activities: Vec<_> = first.items.iter().map(|c| c.last_activity.unwrap()).collect();
    assert!(activities.windows(2).all(|w| w[0] >= w[1]), "newest activity first");
    for item in &first.items {
        let preview = item.preview.as_ref().expect("seeded chats have messages");
        assert_eq!(preview.chat_id, item.id);
        assert!(item.participants.items.len() <= 20);
        assert!(item.title.as_deref().is_some_and(|t| !t.is_empty()));
    }
    let all = all_chat_ids(&client).await;
    assert_eq!(all.len(), fake.chats().len(), "the walk sees every chat once");
    let mut dedup = all.clone();
    dedup.sort();
    dedup.dedup();
    assert_eq!(dedup.len(), all.len());
    let capped = client
        .list_chats()
        .limit(200)
        .send()
        .await
        .unwrap()
        .into_inner()
        .items
        .into_iter()
        .find(|c| c.participants.has_more)
        .expect("one big group");
    assert_eq!(capped.participants.items.len(), 20);
    assert!(capped.participants.total > 20);

    let only: Vec<_> =
        client.list_chats().account_ids(vec!["signal".to_owned()]).limit(200).send().await.unwrap().into_inner().items;
    assert!(!only.is_empty() && only.iter().all(|c| c.account_id == "signal"));
    let err = client.list_chats().limit(201).send().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(400));
    assert_eq!(err.code(), Some("VALIDATION_ERROR"));
}

#[tokio::test]
async fn get_chat_caps_participants_as_asked() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let big = fake.chats().into_iter().max_by_key(|c| c.participants.items.len()).unwrap();
    let total = big.participants.items.len();
    let chat = client.get_chat().chat_id(&big.id).max_participant_count(3).send().await.unwrap().into_inner();
    assert_eq!(chat.participants.items.len(), 3);
    assert!(chat.participants.has_more);
    assert_eq!(chat.participants.total as usize, total);
    let all = client.get_chat().chat_id(&big.id).max_participant_count(-1).send().await.unwrap().into_inner();
    assert_eq!(all.participants.items.len(), total);
    let local = big.local_chat_id.clone().unwrap();
    assert_eq!(
        client.get_chat().chat_id(&local).send().await.unwrap().into_inner().id,
        big.id,
        "local chat IDs resolve"
    );
    let err = client.get_chat().chat_id("!missing:beeper.local").send().await.unwrap_err();
    assert!(err.is_not_found());
    // The client refuses 501 before sending, so the fake's own check is hit raw.
    let err = client.get_chat().chat_id(&big.id).max_participant_count(501).send().await.unwrap_err();
    assert!(matches!(err, beeper_desktop::Error::InvalidRequest(_)), "{err:?}");
    let url = format!(
        "{}/v1/chats/{}?maxParticipantCount=501",
        fake.base_url(),
        big.id.replace('!', "%21").replace(':', "%3A")
    );
    let raw = reqwest::Client::new().get(url).bearer_auth(fake.token()).send().await.unwrap();
    assert_eq!(raw.status(), 400);
    assert!(raw.text().await.unwrap().contains("VALIDATION_ERROR"));
}

#[tokio::test]
async fn search_chats_applies_every_filter() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let chats = fake.chats();
    let search = || client.search_chats().limit(200);

    let archived = search().inbox(types::InboxFilter::Archive).send().await.unwrap().into_inner().items;
    assert_eq!(archived.len(), chats.iter().filter(|c| c.is_archived == Some(true)).count());
    assert!(!archived.is_empty() && archived.iter().all(|c| c.is_archived == Some(true)));
    let primary = search().inbox(types::InboxFilter::Primary).send().await.unwrap().into_inner().items;
    assert!(primary.iter().all(|c| c.is_archived != Some(true) && c.is_low_priority != Some(true)));
    let low = search().inbox(types::InboxFilter::LowPriority).send().await.unwrap().into_inner().items;
    assert!(!low.is_empty() && low.iter().all(|c| c.is_low_priority == Some(true)));

    let groups = search().chat_type(types::ChatType::Group).send().await.unwrap().into_inner().items;
    assert!(!groups.is_empty() && groups.iter().all(|c| c.kind == ChatType::Group));
    let singles = search().chat_type(types::ChatType::Single).send().await.unwrap().into_inner().items;
    assert_eq!(groups.len() + singles.len(), chats.len());

    let unread = search().unread_only(true).send().await.unwrap().into_inner().items;
    assert!(!unread.is_empty() && unread.iter().all(|c| c.unread_count > 0 || c.is_marked_unread == Some(true)));
    let unmuted = search().include_muted(false).send().await.unwrap().into_inner().items;
    assert_eq!(unmuted.len(), chats.iter().filter(|c| c.is_muted != Some(true)).count());

    let label = chats.iter().find_map(|c| c.labels.first().cloned()).expect("some chat has a label");
    let labelled = search().label_id(&label.id).send().await.unwrap().into_inner().items;
    assert!(!labelled.is_empty() && labelled.iter().all(|c| c.labels.iter().any(|l| l.id == label.id)));

    let by_title =
        search().query("rust LOUNGE").scope(types::ChatSearchScope::Titles).send().await.unwrap().into_inner().items;
    assert_eq!(by_title.len(), 1);
    assert_eq!(by_title[0].id, beeper_desktop_fake::LARGE_CHAT_ID);
    let by_network =
        search().query("telegram").scope(types::ChatSearchScope::Titles).send().await.unwrap().into_inner().items;
    assert!(!by_network.is_empty() && by_network.iter().all(|c| c.account_id == "telegram"));
    let person =
        search().query("Amélie").scope(types::ChatSearchScope::Participants).send().await.unwrap().into_inner().items;
    assert!(!person.is_empty());
    assert!(
        person.iter().all(|c| c.participants.items.iter().any(|p| p.full_name.as_deref() == Some("Amélie Laurent"))
            || c.participants.has_more)
    );

    let accounts = search()
        .account_ids(vec!["whatsapp".to_owned(), "imessage".to_owned()])
        .send()
        .await
        .unwrap()
        .into_inner()
        .items;
    assert!(accounts.iter().all(|c| c.account_id == "whatsapp" || c.account_id == "imessage"));
    let mut times: Vec<_> = chats.iter().filter_map(|c| c.last_activity).collect();
    times.sort();
    let middle = times[times.len() / 2];
    let newer = search().last_activity_after(middle).send().await.unwrap().into_inner().items;
    let older = search().last_activity_before(middle).send().await.unwrap().into_inner().items;
    assert!(newer.iter().all(|c| c.last_activity.unwrap() > middle));
    assert!(older.iter().all(|c| c.last_activity.unwrap() < middle));
    assert_eq!(newer.len() + older.len() + times.iter().filter(|t| **t == middle).count(), chats.len());

    let page = client.search_chats().limit(7).send().await.unwrap().into_inner();
    assert_eq!(page.items.len(), 7);
    let walked: Vec<types::Chat> = client.search_chats().limit(7).stream().try_collect().await.unwrap();
    assert_eq!(walked.len(), chats.len());
    assert_eq!(client.search_chats().send().await.unwrap().into_inner().items.len(), 50, "default page size");
}

#[tokio::test]
async fn create_and_start_chats_then_find_them() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let contacts = client.list_contacts().account_id("whatsapp").limit(200).send().await.unwrap().into_inner().items;
    let body = types::CreateChatRequest {
        account_id: "whatsapp".into(),
        participant_ids: vec![contacts[0].id.clone(), contacts[1].id.clone()],
        kind: ChatType::Group,
        title: Some("Weekend trip 🏕️".into()),
        message_text: Some("Who is in?".into()),
    };
    let created = client.create_chat().body(body).send().await.unwrap().into_inner();
    assert_eq!(created.status, Some(types::ChatCreateStatus::Created));
    assert_eq!(created.id.as_deref(), Some(created.chat_id.as_str()));
    let listed = client.list_chats().send().await.unwrap().into_inner().items;
    assert_eq!(listed[0].id, created.chat_id, "newest activity first");
    assert_eq!(listed[0].preview.as_ref().and_then(|m| m.text.as_deref()), Some("Who is in?"));
    assert_eq!(listed[0].participants.total, 3);

    // Creating a single chat with someone you already talk to returns it.
    let existing = fake.chats().into_iter().find(|c| c.account_id == "whatsapp" && c.kind == ChatType::Single).unwrap();
    let other = existing.participants.items.iter().find(|p| p.is_self != Some(true)).unwrap().id.clone();
    let single = types::CreateChatRequest {
        account_id: "whatsapp".into(),
        participant_ids: vec![other],
        kind: ChatType::Single,
        title: None,
        message_text: None,
    };
    let again = client.create_chat().body(single).send().await.unwrap().into_inner();
    assert_eq!(again.chat_id, existing.id);
    assert_eq!(again.status, Some(types::ChatCreateStatus::Existing));

    // start_chat resolves a contact by phone number.
    let chats = fake.chats();
    let has_dm = |id: &str| {
        chats.iter().any(|ch| ch.kind == ChatType::Single && ch.participants.items.iter().any(|p| p.id == id))
    };
    let stranger = contacts
        .iter()
        .find(|c| c.phone_number.is_some() && c.cannot_message != Some(true) && !has_dm(&c.id))
        .expect("a contact without a direct chat");
    let start = types::StartChatRequest {
        account_id: "whatsapp".into(),
        user: types::StartChatUser { phone_number: stranger.phone_number.clone(), ..Default::default() },
        allow_invite: None,
        message_text: None,
    };
    let started = client.start_chat().body(start.clone()).send().await.unwrap().into_inner();
    assert_eq!(started.status, Some(types::ChatCreateStatus::Created));
    assert_eq!(started.kind, Some(ChatType::Single));
    assert_eq!(started.title, stranger.full_name);
    let second = client.start_chat().body(start).send().await.unwrap().into_inner();
    assert_eq!((second.chat_id, second.status), (started.chat_id.clone(), Some(types::ChatCreateStatus::Existing)));
    let fetched = client.get_chat().chat_id(&started.chat_id).send().await.unwrap().into_inner();
    assert!(fetched.participants.items.iter().any(|p| p.id == stranger.id));

    let nobody = types::StartChatRequest {
        account_id: "whatsapp".into(),
        user: types::StartChatUser { email: Some("nobody@nowhere.invalid".into()), ..Default::default() },
        allow_invite: None,
        message_text: None,
    };
    assert!(client.start_chat().body(nobody).send().await.unwrap_err().is_not_found());
    let bad = types::CreateChatRequest {
        account_id: "whatsapp".into(),
        participant_ids: vec![],
        kind: ChatType::Group,
        title: None,
        message_text: None,
    };
    assert_eq!(client.create_chat().body(bad).send().await.unwrap_err().code(), Some("VALIDATION_ERROR"));
    let unknown = types::CreateChatRequest {
        account_id: "myspace".into(),
        participant_ids: vec!["@x:y".into()],
        kind: ChatType::Group,
        title: None,
        message_text: None,
    };
    assert!(client.create_chat().body(unknown).send().await.unwrap_err().is_not_found());
}

#[tokio::test]
async fn update_chat_sets_and_clears_fields() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let id = fake.add_chat(NewChat::group("signal", "Old title", &["Ann", "Ben"]));
    let body = types::UpdateChatRequest {
        title: Some(Patch::Set("New title".into())),
        description: Some(Patch::Set("Topic &amp; more".into())),
        is_muted: Some(true),
        is_pinned: Some(true),
        is_low_priority: Some(true),
        message_expiry_seconds: Some(Patch::Set(3600)),
        draft: Some(Patch::Set(types::DraftInput { text: "half-written".into(), attachments: Default::default() })),
        ..Default::default()
    };
    let chat = client.update_chat().chat_id(&id).body(body).send().await.unwrap().into_inner();
    assert_eq!(chat.title.as_deref(), Some("New title"));
    assert_eq!((chat.is_muted, chat.is_pinned, chat.is_low_priority), (Some(true), Some(true), Some(true)));
    assert_eq!(chat.message_expiry_seconds, Some(3600));
    assert_eq!(chat.draft.as_ref().map(|d| d.text.as_str()), Some("half-written"));

    // A second non-empty draft needs the first one cleared.
    let replace = types::UpdateChatRequest {
        draft: Some(Patch::Set(types::DraftInput { text: "other".into(), attachments: Default::default() })),
        ..Default::default()
    };
    assert_eq!(
        client.update_chat().chat_id(&id).body(replace.clone()).send().await.unwrap_err().status().map(|s| s.as_u16()),
        Some(409)
    );
    let clear = types::UpdateChatRequest {
        draft: Some(Patch::Clear),
        description: Some(Patch::Clear),
        message_expiry_seconds: Some(Patch::Clear),
        ..Default::default()
    };
    let cleared = client.update_chat().chat_id(&id).body(clear).send().await.unwrap().into_inner();
    assert_eq!((cleared.draft, cleared.description, cleared.message_expiry_seconds), (None, None, None));
    assert_eq!(cleared.title.as_deref(), Some("New title"), "omitted fields stay");
    client.update_chat().chat_id(&id).body(replace).send().await.unwrap().into_inner();
    assert_eq!(fake.chat(&id).unwrap().draft.map(|d| d.text), Some("other".into()));

    let muted = client.search_chats().include_muted(false).limit(200).send().await.unwrap().into_inner().items;
    assert!(!muted.iter().any(|c| c.id == id));
}

#[tokio::test]
async fn archive_then_the_inbox_filter_sees_it() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let chat =
        fake.chats().into_iter().find(|c| c.is_archived != Some(true) && c.is_low_priority != Some(true)).unwrap();
    client
        .archive_chat()
        .chat_id(&chat.id)
        .body(types::ArchiveChatRequest { archived: Some(true) })
        .send()
        .await
        .unwrap()
        .into_inner();
    let archive =
        client.search_chats().inbox(types::InboxFilter::Archive).limit(200).send().await.unwrap().into_inner().items;
    assert!(archive.iter().any(|c| c.id == chat.id));
    let primary =
        client.search_chats().inbox(types::InboxFilter::Primary).limit(200).send().await.unwrap().into_inner().items;
    assert!(!primary.iter().any(|c| c.id == chat.id));
    assert_eq!(client.get_chat().chat_id(&chat.id).send().await.unwrap().into_inner().is_archived, Some(true));
    client
        .archive_chat()
        .chat_id(&chat.id)
        .body(types::ArchiveChatRequest { archived: Some(false) })
        .send()
        .await
        .unwrap()
        .into_inner();
    let primary =
        client.search_chats().inbox(types::InboxFilter::Primary).limit(200).send().await.unwrap().into_inner().items;
    assert!(primary.iter().any(|c| c.id == chat.id));
    // `{}` archives.
    client
        .archive_chat()
        .chat_id(&chat.id)
        .body(types::ArchiveChatRequest::default())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(fake.chat(&chat.id).unwrap().is_archived, Some(true));
}

#[tokio::test]
async fn read_and_unread_move_the_counters() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let chat = fake.chats().into_iter().find(|c| c.unread_count > 0).expect("seeded unread chat");
    let read = client
        .mark_chat_read()
        .chat_id(&chat.id)
        .body(types::MarkChatReadRequest::default())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(read.unread_count, 0);
    assert_eq!(read.is_marked_unread, Some(false));
    let messages = client.list_messages().chat_id(&chat.id).send().await.unwrap().into_inner().items;
    assert!(messages.iter().all(|m| m.is_unread != Some(true)));

    let unread = client
        .mark_chat_unread()
        .chat_id(&chat.id)
        .body(types::MarkChatUnreadRequest::default())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(unread.is_marked_unread, Some(true));
    let from = messages.iter().rev().filter(|m| m.is_sender != Some(true)).nth(1).expect("two incoming messages");
    let unread = client
        .mark_chat_unread()
        .chat_id(&chat.id)
        .body(types::MarkChatUnreadRequest { message_id: Some(from.id.clone()) })
        .send()
        .await
        .unwrap()
        .into_inner();
    let expected = messages.iter().skip_while(|m| m.id != from.id).filter(|m| m.is_sender != Some(true)).count();
    assert_eq!(unread.unread_count as usize, expected);
    let unread_only = client.search_chats().unread_only(true).limit(200).send().await.unwrap().into_inner().items;
    assert!(unread_only.iter().any(|c| c.id == chat.id));
    let bad = client
        .mark_chat_read()
        .chat_id(&chat.id)
        .body(types::MarkChatReadRequest { message_id: Some("nope".into()) })
        .send()
        .await
        .unwrap_err();
    assert!(bad.is_not_found());
}

#[tokio::test]
async fn notify_anyway_works_only_on_imessage() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let chats = fake.chats();
    let imessage = chats.iter().find(|c| c.account_id == "imessage").unwrap();
    assert_eq!(client.notify_anyway().chat_id(&imessage.id).send().await.unwrap().into_inner().id, imessage.id);
    let other = chats.iter().find(|c| c.account_id == "signal").unwrap();
    let err = client.notify_anyway().chat_id(&other.id).send().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(400));
}

#[tokio::test]
async fn reminders_are_set_dismissed_by_incoming_messages_and_deleted() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let id = fake.add_chat(NewChat::single("telegram", "Remy"));
    let at = chrono::Utc::now() + chrono::Duration::hours(3);
    let body = types::CreateReminderRequest {
        reminder: types::ReminderInput { remind_at: at, dismiss_on_incoming_message: Some(true) },
    };
    client.create_reminder().chat_id(&id).body(body).send().await.unwrap().into_inner();
    let chat = client.get_chat().chat_id(&id).send().await.unwrap().into_inner();
    let reminder = chat.reminder.expect("reminder set");
    assert_eq!(reminder.remind_at.map(|t| t.timestamp_millis()), Some(at.timestamp_millis()));
    fake.receive_text(&id, "ping");
    assert_eq!(
        client.get_chat().chat_id(&id).send().await.unwrap().into_inner().reminder,
        None,
        "dismissed by the incoming message"
    );

    let body = types::CreateReminderRequest {
        reminder: types::ReminderInput { remind_at: at, dismiss_on_incoming_message: None },
    };
    client.create_reminder().chat_id(&id).body(body).send().await.unwrap().into_inner();
    assert!(fake.chat(&id).unwrap().reminder.is_some());
    client.delete_reminder().chat_id(&id).send().await.unwrap().into_inner();
    assert_eq!(fake.chat(&id).unwrap().reminder, None);
    assert!(client.delete_reminder().chat_id("!nope:beeper.local").send().await.unwrap_err().is_not_found());
}
