//! Cursor walks: the 10,000-message chat in both directions with nothing
//! missing or repeated, and the other paginated lists.

use std::collections::HashSet;

use beeper_desktop::pagination::CursorPage;
use beeper_desktop::types::{self, Direction};
use beeper_desktop_fake::{FakeDesktop, LARGE_CHAT_ID, LARGE_CHAT_MESSAGES};
use futures::TryStreamExt;

fn assert_unique(ids: &[String]) {
    let set: HashSet<&String> = ids.iter().collect();
    assert_eq!(set.len(), ids.len(), "no message repeated");
}

#[tokio::test]
async fn the_large_chat_walks_back_to_its_first_message_and_forward_again() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let stored: Vec<String> = fake.messages(LARGE_CHAT_ID).into_iter().map(|m| m.id).collect();
    assert!(stored.len() >= LARGE_CHAT_MESSAGES);

    // Backwards: every page older than the one before; the client follows oldestCursor.
    let pages: Vec<types::MessagePage> =
        client.list_messages().chat_id(LARGE_CHAT_ID).pages().try_collect().await.unwrap();
    assert!(pages.iter().take(pages.len() - 1).all(|p| p.has_more == Some(true)));
    assert_eq!(pages.last().unwrap().has_more, Some(false));
    let mut backwards: Vec<String> = pages.iter().rev().flat_map(|p| p.items.iter().map(|m| m.id.clone())).collect();
    assert_unique(&backwards);
    assert_eq!(backwards, stored, "pages reversed give the whole chat in order");

    // Forwards from the oldest page: direction=after following newestCursor.
    let oldest = pages.last().unwrap();
    let start = oldest.cursor(beeper_desktop::Walk::Newer).unwrap().to_owned();
    let mut forwards: Vec<String> = oldest.items.iter().map(|m| m.id.clone()).collect();
    let newer: Vec<types::Message> = client
        .list_messages()
        .chat_id(LARGE_CHAT_ID)
        .cursor(start)
        .direction(Direction::After)
        .stream()
        .try_collect()
        .await
        .unwrap();
    forwards.extend(newer.into_iter().map(|m| m.id));
    assert_unique(&forwards);
    assert_eq!(forwards, stored);

    // A message arriving mid-walk shows up at the newer end, not in the middle.
    backwards.clear();
    let mut walk = std::pin::pin!(client.list_messages().chat_id(LARGE_CHAT_ID).pages());
    let first = walk.try_next().await.unwrap().unwrap();
    let arrived = fake.receive_text(LARGE_CHAT_ID, "late arrival");
    while let Some(page) = walk.try_next().await.unwrap() {
        backwards.extend(page.items.into_iter().map(|m| m.id));
    }
    assert!(!backwards.contains(&arrived.id));
    assert_eq!(backwards.len() + first.items.len(), stored.len());
    let newer = client
        .list_messages()
        .chat_id(LARGE_CHAT_ID)
        .cursor(first.newest_cursor.unwrap())
        .direction(Direction::After)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(newer.items.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), [arrived.id.as_str()]);
    assert_eq!(newer.has_more, Some(false));
}

#[tokio::test]
async fn cursors_are_opaque_and_checked() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let page = client.list_messages().chat_id(LARGE_CHAT_ID).send().await.unwrap().into_inner();
    let cursor = page.oldest_cursor.clone().unwrap();
    assert!(!page.items.iter().any(|m| m.sort_key.as_str() == cursor), "a cursor is not a sort key");
    // A bare cursor means `before`.
    let older = client.list_messages().chat_id(LARGE_CHAT_ID).cursor(&cursor).send().await.unwrap().into_inner();
    let explicit = client
        .list_messages()
        .chat_id(LARGE_CHAT_ID)
        .cursor(&cursor)
        .direction(Direction::Before)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(older.items, explicit.items);
    assert!(older.items.last().unwrap().timestamp <= page.items[0].timestamp);
    // Cursors of one list are refused by another.
    let chats = client.list_chats().send().await.unwrap().into_inner();
    let err =
        client.list_messages().chat_id(LARGE_CHAT_ID).cursor(chats.oldest_cursor.unwrap()).send().await.unwrap_err();
    assert_eq!(err.code(), Some("VALIDATION_ERROR"));
    let err = client.list_chats().cursor("not-a-cursor").send().await.unwrap_err();
    assert_eq!(err.code(), Some("VALIDATION_ERROR"));
}

#[tokio::test]
async fn chat_lists_walk_both_ways() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let expected: Vec<String> = fake.chats().into_iter().map(|c| c.id).collect();
    let pages: Vec<types::ChatPage> = client.list_chats().limit(10).pages().try_collect().await.unwrap();
    let down: Vec<String> = pages.iter().flat_map(|p| p.items.iter().map(|c| c.id.clone())).collect();
    assert_eq!(down, expected);
    let last = pages.last().unwrap();
    assert_eq!(last.has_more, Some(false));
    let up: Vec<types::ChatListItem> = client
        .list_chats()
        .limit(10)
        .cursor(last.oldest_cursor.clone().unwrap())
        .direction(Direction::After)
        .stream()
        .try_collect()
        .await
        .unwrap();
    // Walking up yields pages nearest the cursor first, each page top first.
    let mut up_ids: Vec<String> = up.into_iter().map(|c| c.id).collect();
    up_ids.sort();
    let mut all_but_last: Vec<String> = expected[..expected.len() - 1].to_vec();
    all_but_last.sort();
    assert_eq!(up_ids, all_but_last);
}

#[tokio::test]
async fn contacts_page_and_filter() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let stored = fake.with_world(|w| w.contacts["telegram"].clone());
    let walked: Vec<types::User> =
        client.list_contacts().account_id("telegram").limit(5).stream().try_collect().await.unwrap();
    assert_eq!(walked, stored);
    let first = client.list_contacts().account_id("telegram").send().await.unwrap().into_inner();
    assert_eq!(first.has_more, Some(false), "default page (50) holds them all");
    let name = stored[3].full_name.clone().unwrap();
    let filtered = client.list_contacts().account_id("telegram").query(&name).send().await.unwrap().into_inner().items;
    assert!(filtered.iter().any(|u| u.id == stored[3].id));
    assert!(client.list_contacts().account_id("aol").send().await.unwrap_err().is_not_found());

    let phone = stored.iter().find_map(|u| u.phone_number.clone()).unwrap();
    let exact = client.search_contacts().account_id("telegram").query(&phone).send().await.unwrap().into_inner().items;
    assert_eq!(exact.len(), 1);
    let handle = format!("@{}", stored[0].username.clone().unwrap());
    let by_handle =
        client.search_contacts().account_id("telegram").query(&handle).send().await.unwrap().into_inner().items;
    assert_eq!(by_handle.first().map(|u| &u.id), Some(&stored[0].id));
    let accounts = client.list_accounts().send().await.unwrap().into_inner();
    assert_eq!(accounts.len(), 6);
    assert!(accounts.iter().all(|a| a.user.is_self == Some(true) && a.bridge.is_some() && a.status.is_some()));
}
