//! What other participants do, through the `FakeDesktop` helpers: REST
//! shows the new state, the change feed the socket forwards reports it, and
//! bad targets are typed errors. Lively mode acts on its own and stops.

use std::time::Duration;

use beeper_desktop::types;
use beeper_desktop_fake::{ActivityError, Change, FakeDesktop, Lively, NewChat};
use tokio::sync::broadcast;

/// Every change published so far (none waited for).
fn drained(changes: &mut broadcast::Receiver<Change>) -> Vec<Change> {
    std::iter::from_fn(|| changes.try_recv().ok()).collect()
}

fn upserted(chat: &str, id: &str) -> Change {
    Change::MessageUpserted { chat_id: chat.to_owned(), message_ids: vec![id.to_owned()] }
}

/// A group with two other participants; their user IDs.
fn group(fake: &FakeDesktop) -> (String, String, String) {
    let chat = fake.add_chat(NewChat::group("signal", "Trip", &["Ana", "Ben"]));
    let ids: Vec<String> = fake
        .chat(&chat)
        .unwrap()
        .participants
        .items
        .iter()
        .filter(|p| p.is_self != Some(true))
        .map(|p| p.id.clone())
        .collect();
    (chat, ids[0].clone(), ids[1].clone())
}

#[tokio::test]
async fn an_edit_by_another_participant_is_served_and_reported() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let (chat, _, ben) = group(&fake);
    let m = fake.receive_from(&chat, Some(&ben), "see you at 8").unwrap();
    assert_eq!(m.sender_id, ben);
    let mut changes = fake.subscribe();

    let edited = fake.edit_by_other(&chat, &m.id, "see you at 9").unwrap();
    assert_eq!(drained(&mut changes), [upserted(&chat, &m.id)]);
    let served = client.get_message().chat_id(&chat).message_id(&m.id).send().await.unwrap().into_inner();
    assert_eq!(served, edited);
    assert_eq!(served.text.as_deref(), Some("see you at 9"));
    assert!(served.edited_timestamp.is_some_and(|t| t >= m.timestamp));
    assert_eq!((served.sort_key, served.timestamp), (m.sort_key, m.timestamp), "an edit does not move it");
}

#[tokio::test]
async fn reactions_by_another_participant_come_and_go() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let (chat, ana, ben) = group(&fake);
    let m = fake.receive_from(&chat, Some(&ana), "tickets booked").unwrap();
    let mut changes = fake.subscribe();

    fake.react_by_other(&chat, &m.id, "🎉", &ben).unwrap();
    fake.react_by_other(&chat, &m.id, ":party:", &ana).unwrap();
    // The same reaction again changes nothing and reports nothing.
    fake.react_by_other(&chat, &m.id, "🎉", &ben).unwrap();
    assert_eq!(drained(&mut changes), [upserted(&chat, &m.id), upserted(&chat, &m.id)]);
    let served = client.get_message().chat_id(&chat).message_id(&m.id).send().await.unwrap().into_inner();
    let reactions: Vec<(&str, &str, Option<bool>)> =
        served.reactions.iter().map(|r| (r.participant_id.as_str(), r.reaction_key.as_str(), r.emoji)).collect();
    assert_eq!(reactions, [(ben.as_str(), "🎉", Some(true)), (ana.as_str(), ":party:", Some(false))]);

    let after = fake.unreact_by_other(&chat, &m.id, "🎉", &ben).unwrap();
    assert_eq!(drained(&mut changes), [upserted(&chat, &m.id)]);
    assert_eq!(after.reactions.len(), 1);
    let served = client.get_message().chat_id(&chat).message_id(&m.id).send().await.unwrap().into_inner();
    assert_eq!(served.reactions, after.reactions);
    assert_eq!(
        fake.unreact_by_other(&chat, &m.id, "🎉", &ben),
        Err(ActivityError::NoSuchReaction {
            chat_id: chat.clone(),
            message_id: m.id.clone(),
            participant_id: ben.clone(),
            reaction_key: "🎉".into()
        })
    );
    assert!(drained(&mut changes).is_empty());
}

#[tokio::test]
async fn a_deletion_by_another_participant_leaves_the_apis_own_tombstone() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let (chat, ana, ben) = group(&fake);
    let theirs = fake.receive_from(&chat, Some(&ana), "oops, wrong chat").unwrap();
    fake.react_by_other(&chat, &theirs.id, "😂", &ben).unwrap();
    let body = types::SendMessageRequest { text: Some("mine".into()), ..Default::default() };
    let sent = client.send_message().chat_id(&chat).body(body).send().await.unwrap().into_inner();
    let mine = fake.with_world(|w| w.message(&chat, &sent.pending_message_id).cloned()).unwrap();
    let mut changes = fake.subscribe();

    let tombstone = fake.delete_by_other(&chat, &theirs.id).unwrap();
    assert_eq!(drained(&mut changes), [upserted(&chat, &theirs.id), Change::ChatUpserted { chat_id: chat.clone() }]);
    client.delete_message().chat_id(&chat).message_id(&mine.id).for_everyone(true).send().await.unwrap();
    let page = client.list_messages().chat_id(&chat).send().await.unwrap().into_inner();
    let served_theirs = page.items.iter().find(|m| m.id == theirs.id).unwrap();
    let served_mine = page.items.iter().find(|m| m.id == mine.id).unwrap();
    assert_eq!(served_theirs, &tombstone, "still listed, as a tombstone");
    assert_eq!(tombstone.is_deleted, Some(true));
    assert!(tombstone.text.is_none() && tombstone.reactions.is_empty() && tombstone.attachments.is_empty());
    // The same shape as the API's own delete, field for field, apart from who sent what.
    let shape = |m: &types::Message| {
        (m.is_deleted, m.is_hidden, m.text.clone(), m.attachments.len(), m.links.len(), m.reactions.len())
    };
    assert_eq!(shape(served_theirs), shape(served_mine));
    assert_eq!(
        fake.edit_by_other(&chat, &theirs.id, "again"),
        Err(ActivityError::MessageDeleted { chat_id: chat.clone(), message_id: theirs.id.clone() })
    );
    assert!(matches!(fake.react_by_other(&chat, &theirs.id, "👍", &ben), Err(ActivityError::MessageDeleted { .. })));
    assert!(matches!(fake.delete_by_other(&chat, &theirs.id), Err(ActivityError::MessageDeleted { .. })));
}

#[tokio::test]
async fn a_burst_makes_many_chats_active_at_once() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let mut ids: Vec<String> =
        (0..20).map(|i| fake.add_chat(NewChat::single("whatsapp", &format!("Friend {i}")))).collect();
    ids.push(group(&fake).0);
    let mut changes = fake.subscribe();

    let arrived = fake.burst(&ids, 3).unwrap();
    assert_eq!(arrived.len(), 63);
    // Interleaved: one round across every chat, then the next.
    let order: Vec<&str> = arrived.iter().take(ids.len() + 1).map(|m| m.chat_id.as_str()).collect();
    assert_eq!(order[..ids.len()], ids.iter().map(String::as_str).collect::<Vec<_>>()[..]);
    assert_eq!(order[ids.len()], ids[0]);
    let reported = drained(&mut changes);
    assert_eq!(reported.len(), 2 * 63, "each message and its chat");
    assert_eq!(reported[0], upserted(&ids[0], &arrived[0].id));
    for id in &ids {
        let page = client.list_messages().chat_id(id).send().await.unwrap().into_inner();
        let texts: Vec<&str> = page.items.iter().filter_map(|m| m.text.as_deref()).collect();
        assert_eq!(texts, ["burst message 1/3", "burst message 2/3", "burst message 3/3"]);
        assert!(page.items.iter().all(|m| m.is_sender == Some(false)));
        assert_eq!(fake.chat(id).unwrap().unread_count, 3);
    }
    // The group's two others take turns.
    let group_senders: Vec<&str> =
        arrived.iter().filter(|m| m.chat_id == ids[20]).map(|m| m.sender_id.as_str()).collect();
    assert_ne!(group_senders[0], group_senders[1]);
    assert_eq!(group_senders[0], group_senders[2]);
}

#[tokio::test]
async fn bad_targets_are_typed_errors_and_change_nothing() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let (chat, ana, _) = group(&fake);
    let m = fake.receive_from(&chat, Some(&ana), "hi").unwrap();
    let body = types::SendMessageRequest { text: Some("mine".into()), ..Default::default() };
    let sent = client.send_message().chat_id(&chat).body(body).send().await.unwrap().into_inner();
    let mine = fake.with_world(|w| w.message(&chat, &sent.pending_message_id).cloned()).unwrap();
    let before = fake.messages(&chat);
    let mut changes = fake.subscribe();

    let no_chat = ActivityError::UnknownChat { chat_id: "!nope:beeper.local".into() };
    assert_eq!(fake.edit_by_other("!nope:beeper.local", &m.id, "x"), Err(no_chat.clone()));
    assert_eq!(fake.react_by_other("!nope:beeper.local", &m.id, "👍", &ana), Err(no_chat.clone()));
    assert_eq!(fake.delete_by_other("!nope:beeper.local", &m.id), Err(no_chat.clone()));
    assert_eq!(fake.receive_from("!nope:beeper.local", None, "x"), Err(no_chat.clone()));
    assert_eq!(fake.burst(&[chat.as_str(), "!nope:beeper.local"], 2), Err(no_chat));
    let no_message = ActivityError::UnknownMessage { chat_id: chat.clone(), message_id: "m-404".into() };
    assert_eq!(fake.edit_by_other(&chat, "m-404", "x"), Err(no_message.clone()));
    assert_eq!(fake.react_by_other(&chat, "m-404", "👍", &ana), Err(no_message.clone()));
    assert_eq!(fake.delete_by_other(&chat, "m-404"), Err(no_message));
    let own = ActivityError::OwnMessage { chat_id: chat.clone(), message_id: mine.id.clone() };
    assert_eq!(fake.edit_by_other(&chat, &mine.id, "x"), Err(own.clone()));
    assert_eq!(fake.delete_by_other(&chat, &mine.id), Err(own));
    let me = fake.chat(&chat).unwrap().participants.items.iter().find(|p| p.is_self == Some(true)).unwrap().id.clone();
    assert_eq!(
        fake.react_by_other(&chat, &m.id, "👍", &me),
        Err(ActivityError::NotAParticipant { chat_id: chat.clone(), participant_id: me.clone() })
    );
    assert!(matches!(
        fake.receive_from(&chat, Some("@stranger:beeper.local"), "x"),
        Err(ActivityError::NotAParticipant { .. })
    ));
    assert_eq!(fake.edit_by_other(&chat, &m.id, ""), Err(ActivityError::EmptyText));
    assert!(no_chat_message(&fake).contains("no chat !nope:beeper.local"));

    assert!(drained(&mut changes).is_empty(), "nothing reported");
    assert_eq!(fake.messages(&chat), before, "nothing changed");
}

fn no_chat_message(fake: &FakeDesktop) -> String {
    fake.delete_by_other("!nope:beeper.local", "1").unwrap_err().to_string()
}

/// Lively mode acts on its own: new messages, edits and reactions by
/// others, each reported; stopping it ends that.
#[tokio::test]
async fn lively_mode_writes_edits_and_reacts_until_stopped() {
    let fake = FakeDesktop::start().await;
    let (chat, _, _) = group(&fake);
    let before = fake.messages(&chat).len();
    let mut changes = fake.subscribe();
    let lively = fake.start_lively(Lively::every(Duration::from_millis(5)).chats([chat.clone()]).seed(3));
    assert!(lively.is_running());
    let (mut new, mut edited, mut reacted) = (0, 0, 0);
    let mut known = std::collections::HashMap::<String, types::Message>::new();
    tokio::time::timeout(Duration::from_secs(30), async {
        while new == 0 || edited == 0 || reacted == 0 {
            if let Change::MessageUpserted { chat_id, message_ids } = changes.recv().await.unwrap() {
                assert_eq!(chat_id, chat, "only the chosen chat");
                for id in message_ids {
                    let m = fake.with_world(|w| w.message(&chat, &id).cloned()).unwrap();
                    assert_eq!(m.is_sender, Some(false), "always someone else");
                    match known.insert(id, m.clone()) {
                        None => new += 1,
                        Some(old) if old.text != m.text => {
                            assert!(m.edited_timestamp.is_some());
                            edited += 1
                        }
                        Some(old) if old.reactions != m.reactions => reacted += 1,
                        Some(_) => {}
                    }
                }
            }
        }
    })
    .await
    .expect("a new message, an edit and a reaction within 30 s");
    assert!(lively.actions() >= 3);
    lively.stop().await;
    let after = fake.messages(&chat);
    assert!(after.len() > before);
    drained(&mut changes);
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(drained(&mut changes).is_empty(), "nothing after stop");
    assert_eq!(fake.messages(&chat), after);
}

/// Lively mode of the builder ends with its fake.
#[tokio::test]
async fn lively_mode_ends_when_the_fake_is_dropped() {
    let fake = FakeDesktop::builder().lively(Lively::every(Duration::from_millis(5))).start().await;
    let state = fake.state().clone();
    let mut changes = fake.subscribe();
    tokio::time::timeout(Duration::from_secs(30), changes.recv()).await.expect("activity").unwrap();
    assert!(fake.lively_mode().is_some_and(|l| l.is_running()));
    let extra = fake.start_lively(Lively::every(Duration::from_millis(5)));
    drop(fake);
    // This test's runtime has one thread: no step is half-done at the drop.
    drained(&mut changes);
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(drained(&mut changes).is_empty(), "nothing after the drop");
    assert!(!extra.is_running(), "a handle kept past its fake stops too");
    drop(state);
}
