//! The whole flow against the fake Desktop: discovery through `/v1/info`,
//! the socket's wire (ready, acks, error frames, `seq`, full entries), events
//! caused by REST calls and by incoming messages, and send-and-wait woken by
//! the socket.

use std::time::Duration;

use beeper_desktop::events::{Event, EventStream, EventsError};
use beeper_desktop::types;
use beeper_desktop_fake::{FakeDesktop, Fault, NewChat};
use futures::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

use crate::bounded;
use crate::server::STEP;

/// The next domain event (control frames and gaps skipped).
async fn next_domain(events: &mut EventStream) -> Event {
    loop {
        let event = tokio::time::timeout(STEP, events.next()).await.expect("an event in time").unwrap().unwrap();
        if event.meta().is_some() {
            return event;
        }
    }
}

/// Next domain events until one matches; panics after 20 of them.
async fn until(events: &mut EventStream, pred: impl Fn(&Event) -> bool) -> Event {
    for _ in 0..20 {
        let event = next_domain(events).await;
        if pred(&event) {
            return event;
        }
    }
    panic!("no matching event");
}

/// The next text frame of a raw socket, as JSON.
async fn recv_json<S>(ws: &mut S) -> Value
where
    S: futures::Stream<Item = Result<Message, tokio_tungstenite::tungstenite::Error>> + Unpin,
{
    loop {
        match tokio::time::timeout(STEP, ws.next()).await.unwrap().unwrap().unwrap() {
            Message::Text(t) => return serde_json::from_str(t.as_str()).unwrap(),
            Message::Ping(_) | Message::Pong(_) => {}
            other => panic!("{other:?}"),
        }
    }
}

fn text(t: &str) -> types::SendMessageRequest {
    types::SendMessageRequest { text: Some(t.into()), ..Default::default() }
}

#[tokio::test]
async fn rest_changes_and_incoming_messages_arrive_as_typed_events() {
    bounded(async {
        let fake = FakeDesktop::start().await;
        let client = fake.client();
        let chat_id = fake.add_chat(NewChat::single("whatsapp", "Nadia"));
        let mut events = client.events().chats(["*"]).connect().await.unwrap();
        assert_eq!(events.url(), format!("ws{}/v1/ws", fake.base_url().trim_start_matches("http")));

        let incoming = fake.receive_text(&chat_id, "are you there?");
        match next_domain(&mut events).await {
            Event::MessageUpserted { meta, messages, undecoded } => {
                assert_eq!(meta.seq, Some(1), "seq starts at 1 per connection");
                assert_eq!(meta.chat_id, chat_id);
                assert_eq!(meta.account_id.as_deref(), Some("whatsapp"));
                assert_eq!(meta.ids, std::slice::from_ref(&incoming.id));
                assert!(undecoded.is_empty());
                assert_eq!(messages, std::slice::from_ref(&incoming), "the entry is the full message");
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(next_domain(&mut events).await, Event::ChatUpserted { meta } if meta.seq == Some(2)));

        let sent = client.send_message().chat_id(&chat_id).body(text("yes")).send().await.unwrap();
        let delivered =
            client.get_message().chat_id(&chat_id).message_id(&sent.pending_message_id).send().await.unwrap();
        let event = until(&mut events, |e| matches!(e, Event::MessageUpserted { .. })).await;
        let Event::MessageUpserted { messages, .. } = event else { unreachable!() };
        assert_eq!(messages[0].id, delivered.id);
        assert_eq!(messages[0].is_sender, Some(true));

        client
            .add_reaction()
            .chat_id(&chat_id)
            .message_id(&incoming.id)
            .body_map(|b| b.reaction_key("👍".to_owned()))
            .send()
            .await
            .unwrap();
        let event = until(&mut events, |e| matches!(e, Event::MessageUpserted { meta, .. } if meta.ids == [incoming.id.clone()])).await;
        let Event::MessageUpserted { messages, .. } = event else { unreachable!() };
        assert_eq!(messages[0].reactions.len(), 1, "the target message comes with its reaction");

        client.update_message().chat_id(&chat_id).message_id(&delivered.id).body_map(|b| b.text("yes!".to_owned())).send().await.unwrap();
        let event = until(&mut events, |e| matches!(e, Event::MessageUpserted { meta, .. } if meta.ids == [delivered.id.clone()])).await;
        let Event::MessageUpserted { messages, .. } = event else { unreachable!() };
        assert_eq!(messages[0].text.as_deref(), Some("yes!"));

        client.archive_chat().chat_id(&chat_id).body(types::ArchiveChatRequest { archived: Some(true) }).send().await.unwrap();
        assert!(matches!(until(&mut events, |e| matches!(e, Event::ChatUpserted { .. })).await, Event::ChatUpserted { meta } if meta.chat_id == chat_id));
    })
    .await;
}

#[tokio::test]
async fn only_subscribed_chats_are_sent_and_the_set_can_change_live() {
    bounded(async {
        let fake = FakeDesktop::start().await;
        let quiet = fake.add_chat(NewChat::single("whatsapp", "Quiet"));
        let watched = fake.add_chat(NewChat::single("whatsapp", "Watched"));
        let mut events = fake.client().events().chats([watched.as_str()]).connect().await.unwrap();
        fake.receive_text(&quiet, "not for you");
        fake.receive_text(&watched, "for you");
        let event = next_domain(&mut events).await;
        assert_eq!(event.chat_id(), Some(watched.as_str()));
        assert_eq!(event.meta().unwrap().seq, Some(1), "the other chat's change was not numbered");

        assert!(events.set_chats(Vec::<String>::new()).await.unwrap().is_empty());
        fake.receive_text(&watched, "paused");
        let acked = events.set_chats([quiet.as_str()]).await.unwrap();
        assert_eq!(acked, std::slice::from_ref(&quiet));
        fake.receive_text(&quiet, "now for you");
        let event = until(&mut events, |e| matches!(e, Event::MessageUpserted { .. })).await;
        let Event::MessageUpserted { messages, .. } = event else { unreachable!() };
        assert_eq!(messages[0].text.as_deref(), Some("now for you"), "nothing from the paused period");
    })
    .await;
}

#[tokio::test]
async fn the_fake_refuses_a_bad_token_before_upgrading_and_can_lack_the_socket() {
    bounded(async {
        let fake = FakeDesktop::start().await;
        let wrong = fake.client_builder().access_token("nope").build().unwrap();
        assert!(matches!(wrong.events().connect().await, Err(EventsError::Unauthorized { status: 401 })));

        // An old Desktop without the socket: the route answers 404.
        fake.inject(Fault::status("GET /v1/ws", 404));
        assert!(matches!(fake.client().events().connect().await, Err(EventsError::NotSupported { status: 404, .. })));
    })
    .await;
}

#[tokio::test]
async fn the_fake_speaks_the_documented_wire() {
    bounded(async {
        let fake = FakeDesktop::start().await;
        let chat_id = fake.add_chat(NewChat::group("signal", "Owls", &["Ana", "Ben"]));
        let mut request =
            format!("ws{}/v1/ws", fake.base_url().trim_start_matches("http")).into_client_request().unwrap();
        request.headers_mut().insert("authorization", format!("Bearer {}", fake.token()).parse().unwrap());
        let (mut ws, _) = tokio_tungstenite::connect_async(request).await.unwrap();
        assert_eq!(recv_json(&mut ws).await, json!({"type": "ready", "version": 1, "chatIDs": []}));
        ws.send(Message::text(r#"{"type":"subscriptions.get","requestID":"q9"}"#)).await.unwrap();
        ws.send(Message::binary(vec![1, 2])).await.unwrap();
        let set = json!({"type": "subscriptions.set", "requestID": "s1", "chatIDs": [chat_id, "!b:x", "!a:x"]});
        ws.send(Message::text(set.to_string())).await.unwrap();
        let mut frames = Vec::new();
        for _ in 0..3 {
            frames.push(recv_json(&mut ws).await);
        }
        assert_eq!(
            frames[0],
            json!({"type": "error", "code": "INVALID_COMMAND", "requestID": "q9",
                   "message": "Unsupported command type: subscriptions.get"})
        );
        assert_eq!(
            frames[1],
            json!({"type": "error", "code": "INVALID_PAYLOAD", "message": "Payload must be a JSON text message"})
        );
        let mut sorted = vec![chat_id.clone(), "!b:x".to_owned(), "!a:x".to_owned()];
        sorted.sort();
        assert_eq!(frames[2], json!({"type": "subscriptions.updated", "requestID": "s1", "chatIDs": sorted}));

        let message = fake.receive_text(&chat_id, "hoot");
        let frame = recv_json(&mut ws).await;
        assert_eq!(frame["type"], "message.upserted");
        assert_eq!(frame["seq"], 1);
        assert!(frame["ts"].as_i64().unwrap() > 1_700_000_000_000, "ts in Unix ms: {}", frame["ts"]);
        assert_eq!(frame["chatID"], chat_id.as_str());
        assert_eq!(frame["ids"], json!([message.id]));
        assert_eq!(frame["entries"][0], serde_json::to_value(&message).unwrap());
    })
    .await;
}

#[tokio::test]
async fn send_and_wait_is_woken_by_the_socket() {
    bounded(async {
        let fake = FakeDesktop::start().await;
        let chat_id = fake.add_chat(NewChat::single("whatsapp", "Nadia"));
        // The first lookup does not find the message yet. Polling alone would
        // look again only after 10 minutes, far beyond the 30 s this test may
        // take: only the socket's `message.upserted` can bring the second look.
        fake.inject(Fault::status("get_message", 404).times(1));
        let client = fake.client();
        let message = client
            .send_message_and_wait(&chat_id, text("hello"))
            .poll_interval(Duration::from_secs(600), Duration::from_secs(600))
            .timeout(Duration::from_secs(600))
            .send()
            .await
            .unwrap();
        assert_eq!(message.text.as_deref(), Some("hello"));
        let sent = fake.sent_messages();
        assert_eq!(sent.len(), 1, "sent once");
        assert_eq!(sent[0].message_id, message.id);
        assert_ne!(sent[0].pending_message_id, message.id, "the final message, not the pending one");
    })
    .await;
}
