//! `send_message_and_wait`: one send, then lookups of the pending ID until
//! the final message, a delivery failure or the timeout (polling only here;
//! the events-driven path is tested against the fake Desktop).

use std::time::Duration;

use beeper_desktop::{SendWaitError, types};
use serde_json::json;

use crate::support::{MockServer, Reply};

const CHAT: &str = "!a1b2c3:beeper.local";

fn sent(chat: &str) -> Reply {
    Reply::json(200, &json!({"chatID": chat, "pendingMessageID": "m1725489123456"}))
}

fn message(id: &str, status: Option<&str>) -> Reply {
    let mut body = json!({"id": id, "accountID": "whatsapp", "chatID": CHAT, "senderID": "@me:beeper.local",
                          "sortKey": "449706228490", "timestamp": "2025-08-31T19:50:00.000Z", "text": "On my way",
                          "isSender": true});
    if let Some(status) = status {
        body["sendStatus"] = json!({"status": status, "timestamp": "2025-08-31T19:50:00.120Z",
                                    "reason": "network_refused", "message": "The network refused\nthe message"});
    }
    Reply::json(200, &body)
}

fn not_found() -> Reply {
    Reply::json(404, &json!({"code": "not_found", "message": "No such message"}))
}

fn body() -> types::SendMessageRequest {
    types::SendMessageRequest { text: Some("On my way".into()), ..Default::default() }
}

async fn bounded<T>(f: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(20), f).await.expect("did not hang")
}

#[tokio::test]
async fn sends_once_then_polls_the_pending_id_until_the_final_message() {
    let server = MockServer::start(vec![
        sent(CHAT),
        not_found(),
        message("m1725489123456", Some("PENDING")),
        message("1343995", Some("SUCCESS")),
    ])
    .await;
    let client = server.client();
    let call = client
        .send_message_and_wait(CHAT, body())
        .use_events(false)
        .poll_interval(Duration::from_millis(5), Duration::from_millis(20))
        .send();
    let message = bounded(call).await.unwrap();
    assert_eq!(message.id, "1343995");
    let requests = server.requests();
    assert_eq!(requests.len(), 4);
    requests[0].assert_operation("send_message");
    requests[0].assert_json_body(&json!({"text": "On my way"}));
    for lookup in &requests[1..] {
        let params = lookup.assert_operation("get_message");
        assert_eq!(params, ["!a1b2c3:beeper.local", "m1725489123456"]);
    }
}

#[tokio::test]
async fn a_message_without_send_status_is_final() {
    let server = MockServer::start(vec![sent(CHAT), message("1343995", None)]).await;
    let message = bounded(server.client().send_message_and_wait(CHAT, body()).use_events(false).send()).await.unwrap();
    assert_eq!(message.id, "1343995");
}

#[tokio::test]
async fn follows_the_member_chat_the_send_answered_with() {
    let member = "!member:beeper.local";
    let server = MockServer::start(vec![sent(member), message("1343995", Some("SUCCESS"))]).await;
    bounded(server.client().send_message_and_wait(CHAT, body()).use_events(false).send()).await.unwrap();
    let lookup = &server.requests()[1];
    assert_eq!(lookup.assert_operation("get_message")[0], "!member:beeper.local");
}

#[tokio::test]
async fn a_network_failure_is_a_typed_error_with_the_pending_id() {
    for status in ["FAIL_PERMANENT", "FAIL_RETRIABLE", "FAIL_SOMETHING_NEW"] {
        let server = MockServer::start(vec![sent(CHAT), message("m1725489123456", Some(status))]).await;
        let err =
            bounded(server.client().send_message_and_wait(CHAT, body()).use_events(false).send()).await.unwrap_err();
        match &err {
            SendWaitError::NotDelivered { sent, message } => {
                assert_eq!(sent.pending_message_id, "m1725489123456");
                assert_eq!(message.send_status.as_ref().unwrap().status.as_str(), status);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            err.to_string(),
            format!("the message was not delivered: {status} (The network refused the message)")
        );
        assert_eq!(server.requests().len(), 2, "not sent again");
    }
}

#[tokio::test]
async fn times_out_with_the_last_state_seen() {
    let replies: Vec<Reply> =
        std::iter::once(sent(CHAT)).chain((0..200).map(|_| message("m1725489123456", Some("PENDING")))).collect();
    let server = MockServer::start(replies).await;
    let started = std::time::Instant::now();
    let client = server.client();
    let call = client
        .send_message_and_wait(CHAT, body())
        .use_events(false)
        .timeout(Duration::from_millis(300))
        .poll_interval(Duration::from_millis(10), Duration::from_millis(50))
        .send();
    match bounded(call).await.unwrap_err() {
        SendWaitError::TimedOut { sent, timeout, last_seen, last_error } => {
            assert_eq!(sent.chat_id, CHAT);
            assert_eq!(timeout, Duration::from_millis(300));
            assert_eq!(last_seen.unwrap().id, "m1725489123456");
            assert!(last_error.is_none());
        }
        other => panic!("{other:?}"),
    }
    assert!(started.elapsed() < Duration::from_secs(10));
    let requests = server.requests();
    assert_eq!(requests.iter().filter(|r| r.method == "POST").count(), 1);
    assert!(requests.len() >= 3, "polled more than once: {}", requests.len());
}

#[tokio::test]
async fn a_failed_send_is_not_repeated() {
    let server =
        MockServer::start(vec![Reply::json(500, &json!({"code": "internal", "message": "Bridge crashed"}))]).await;
    let err = bounded(server.client().send_message_and_wait(CHAT, body()).use_events(false).send()).await.unwrap_err();
    match &err {
        SendWaitError::Send(e) => assert_eq!(e.status().map(|s| s.as_u16()), Some(500)),
        other => panic!("{other:?}"),
    }
    assert!(err.sent().is_none());
    // With the default retry policy too: a POST that reached the server is never repeated.
    let server =
        MockServer::start(vec![Reply::json(500, &json!({"code": "internal", "message": "Bridge crashed"}))]).await;
    let client = server.builder().build().unwrap();
    assert!(bounded(client.send_message_and_wait(CHAT, body()).use_events(false).send()).await.is_err());
    assert_eq!(server.requests().len(), 1);

    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let client = beeper_desktop::Client::builder().base_url(url).access_token("t").max_retries(0).build().unwrap();
    match bounded(client.send_message_and_wait(CHAT, body()).send()).await.unwrap_err() {
        SendWaitError::Send(e) => assert!(e.is_connect(), "{e}"),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_refused_lookup_stops_at_once_and_keeps_the_pending_id() {
    let refused = Reply::json(401, &json!({"code": "unauthorized", "message": "Token expired"}));
    let server = MockServer::start(vec![sent(CHAT), refused]).await;
    let err = bounded(server.client().send_message_and_wait(CHAT, body()).use_events(false).send()).await.unwrap_err();
    match &err {
        SendWaitError::Lookup { sent, source } => {
            assert_eq!(sent.pending_message_id, "m1725489123456");
            assert!(source.is_unauthorized());
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(err.sent().unwrap().chat_id, CHAT);
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn without_a_socket_it_falls_back_to_polling() {
    // `/v1/info` and `/v1/ws` are missing (an old Desktop): the send still resolves.
    let server =
        MockServer::start(vec![not_found(), not_found(), sent(CHAT), message("1343995", Some("SUCCESS"))]).await;
    let message = bounded(server.client().send_message_and_wait(CHAT, body()).send()).await.unwrap();
    assert_eq!(message.id, "1343995");
    let requests = server.requests();
    let targets: Vec<(&str, &str)> = requests.iter().map(|r| (r.method.as_str(), r.path())).collect::<Vec<_>>();
    assert_eq!(targets[0], ("GET", "/v1/info"));
    assert_eq!(targets[1], ("GET", "/v1/ws"));
    assert_eq!(requests[1].header("upgrade"), Some("websocket"));
    requests[2].assert_operation("send_message");
    requests[3].assert_operation("get_message");
}
