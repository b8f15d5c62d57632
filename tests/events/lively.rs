//! What other participants do in the fake Desktop (its helpers and lively
//! mode), as the client's events stream sees it.

use std::collections::HashMap;
use std::time::Duration;

use beeper_desktop::events::{Event, EventStream};
use beeper_desktop::types;
use beeper_desktop_fake::{FakeDesktop, Lively, NewChat};
use futures::StreamExt;

use crate::bounded;
use crate::server::STEP;

/// The next domain event (control frames skipped).
async fn next_domain(events: &mut EventStream) -> Event {
    loop {
        let event = tokio::time::timeout(STEP, events.next()).await.expect("an event in time").unwrap().unwrap();
        if event.meta().is_some() {
            return event;
        }
    }
}

/// The messages of the next `message.upserted` (a `chat.upserted` before it is skipped).
async fn next_messages(events: &mut EventStream) -> Vec<types::Message> {
    loop {
        match next_domain(events).await {
            Event::MessageUpserted { messages, undecoded, .. } => {
                assert!(undecoded.is_empty());
                return messages;
            }
            Event::ChatUpserted { .. } => {}
            other => panic!("{other:?}"),
        }
    }
}

#[tokio::test]
async fn the_socket_reports_each_change_by_another_participant() {
    bounded(async {
        let fake = FakeDesktop::start().await;
        let chat = fake.add_chat(NewChat::group("telegram", "Band", &["Ines", "Joao"]));
        let others: Vec<String> = fake
            .chat(&chat)
            .unwrap()
            .participants
            .items
            .iter()
            .filter(|p| p.is_self != Some(true))
            .map(|p| p.id.clone())
            .collect();
        let solo = fake.add_chat(NewChat::single("telegram", "Kim"));
        let mut events = fake.client().events().chats(["*"]).connect().await.unwrap();

        let m = fake.receive_from(&chat, Some(&others[1]), "rehearsal at 7").unwrap();
        assert_eq!(next_messages(&mut events).await, std::slice::from_ref(&m));
        let edited = fake.edit_by_other(&chat, &m.id, "rehearsal at 8").unwrap();
        assert_eq!(next_messages(&mut events).await, [edited]);
        let reacted = fake.react_by_other(&chat, &m.id, "🎸", &others[0]).unwrap();
        let reported = next_messages(&mut events).await;
        assert_eq!(reported, [reacted]);
        assert_eq!(reported[0].reactions[0].reaction_key, "🎸");
        let unreacted = fake.unreact_by_other(&chat, &m.id, "🎸", &others[0]).unwrap();
        assert_eq!(next_messages(&mut events).await, [unreacted]);
        let tombstone = fake.delete_by_other(&chat, &m.id).unwrap();
        let reported = next_messages(&mut events).await;
        assert_eq!(reported, [tombstone]);
        assert_eq!(reported[0].is_deleted, Some(true));
        assert!(matches!(next_domain(&mut events).await, Event::ChatUpserted { meta } if meta.chat_id == chat));

        let arrived = fake.burst(&[chat.as_str(), solo.as_str()], 2).unwrap();
        for expected in &arrived {
            assert_eq!(&next_messages(&mut events).await, std::slice::from_ref(expected));
        }
    })
    .await;
}

/// Lively mode, through the events stream: within a bounded wait at least
/// one new message, one edit and one reaction, all by others; after it is
/// stopped, nothing more.
#[tokio::test]
async fn lively_mode_writes_edits_and_reacts_on_the_socket() {
    bounded(async {
        let fake = FakeDesktop::start().await;
        let mut events = fake.client().events().chats(["*"]).connect().await.unwrap();
        let lively = fake.start_lively(Lively::every(Duration::from_millis(20)).seed(11));
        let mut seen: HashMap<String, types::Message> = HashMap::new();
        let (mut new, mut edits, mut reactions) = (0, 0, 0);
        while new == 0 || edits == 0 || reactions == 0 {
            for m in next_messages(&mut events).await {
                assert_eq!(m.is_sender, Some(false), "by someone else: {m:?}");
                match seen.insert(m.id.clone(), m.clone()) {
                    None => {
                        assert!(m.edited_timestamp.is_none() && m.reactions.is_empty(), "{m:?}");
                        new += 1;
                    }
                    Some(before) if before.text != m.text => {
                        assert!(m.edited_timestamp.is_some(), "{m:?}");
                        edits += 1;
                    }
                    Some(before) => {
                        assert_ne!(before.reactions, m.reactions, "a change: {m:?}");
                        reactions += 1;
                    }
                }
            }
        }
        // What the socket said is what REST serves.
        let client = fake.client();
        for m in seen.values() {
            let served = client.get_message().chat_id(&m.chat_id).message_id(&m.id).send().await.unwrap().into_inner();
            assert!(served.timestamp == m.timestamp && served.id == m.id);
        }
        lively.stop().await;
        // Whatever was already on its way, then silence.
        while tokio::time::timeout(Duration::from_millis(200), events.next()).await.is_ok() {}
        assert!(tokio::time::timeout(Duration::from_millis(300), next_domain(&mut events)).await.is_err());
    })
    .await;
}
