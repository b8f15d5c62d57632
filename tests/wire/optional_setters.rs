//! The generated `maybe_*` setters (an `Option` per optional parameter) and
//! time setters taking any `chrono::DateTime<Tz>`, checked on the wire:
//! `Some` sends exactly what the plain setter sends, `None` leaves the
//! parameter out (also after an earlier value), and a time in another zone
//! goes out as the same instant in UTC.

use beeper_desktop::types;
use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use serde_json::json;

use crate::support::{MockServer, Reply};

const CHAT_ID: &str = "!abc:beeper.local";

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
}

/// 10:30 at UTC+02:00 on 1 August 2025, which is 08:30 UTC.
fn plus_two() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(2 * 3600).unwrap().with_ymd_and_hms(2025, 8, 1, 10, 30, 0).unwrap()
}

/// What a command-line tool holds: every flag may be absent, and the
/// numbers are not the spec's `i32`.
struct Flags {
    limit: Option<u32>,
    cursor: Option<String>,
    accounts: Option<Vec<&'static str>>,
    after: Option<DateTime<FixedOffset>>,
}

#[tokio::test]
async fn list_chats_sends_the_options_that_are_some_and_nothing_for_none() {
    let server =
        MockServer::start(vec![Reply::fixture(200, "chat_page.json"), Reply::fixture(200, "chat_page.json")]).await;
    let client = server.client();
    let set =
        Flags { limit: Some(25), cursor: Some("1725|48=9".into()), accounts: Some(vec!["whatsapp"]), after: None };
    client
        .list_chats()
        .maybe_limit(set.limit)
        .maybe_cursor(set.cursor)
        .maybe_account_ids(set.accounts)
        .maybe_direction(Some(types::Direction::Before))
        .send()
        .await
        .unwrap();
    let unset = Flags { limit: None, cursor: None, accounts: None, after: None };
    client
        .list_chats()
        .maybe_limit(unset.limit)
        .maybe_cursor(unset.cursor)
        .maybe_account_ids(unset.accounts)
        .maybe_direction(None::<types::Direction>)
        .send()
        .await
        .unwrap();
    let [some, none] = server.requests().try_into().unwrap();
    some.assert_operation("list_chats");
    assert_eq!(
        some.query(),
        pairs(&[("accountIDs", "whatsapp"), ("cursor", "1725|48=9"), ("direction", "before"), ("limit", "25")])
    );
    none.assert_operation("list_chats");
    assert_eq!(none.target, "/v1/chats", "a `None` parameter is left out");
}

#[tokio::test]
async fn none_clears_a_value_set_before() {
    let server = MockServer::once(Reply::fixture(200, "chat_full.json")).await;
    server
        .client()
        .get_chat()
        .chat_id(CHAT_ID)
        .max_participant_count(5)
        .maybe_max_participant_count(None::<i32>)
        .send()
        .await
        .unwrap();
    let req = server.single();
    req.assert_operation("get_chat");
    assert_eq!(req.target, "/v1/chats/!abc:beeper.local");
}

#[tokio::test]
async fn get_chat_and_list_contacts_take_options_too() {
    let server =
        MockServer::start(vec![Reply::fixture(200, "chat_full.json"), Reply::fixture(200, "contacts_page.json")]).await;
    let client = server.client();
    let participants: Option<i64> = Some(-1);
    client.get_chat().chat_id(CHAT_ID).maybe_max_participant_count(participants).send().await.unwrap();
    let query: Option<&str> = None;
    let limit: Option<u8> = Some(10);
    client.list_contacts().account_id("whatsapp").maybe_query(query).maybe_limit(limit).send().await.unwrap();
    let [chat, contacts] = server.requests().try_into().unwrap();
    chat.assert_operation("get_chat");
    assert_eq!(chat.target, "/v1/chats/!abc:beeper.local?maxParticipantCount=-1");
    contacts.assert_operation("list_contacts");
    assert_eq!(contacts.query(), pairs(&[("limit", "10")]));
}

#[tokio::test]
async fn an_option_that_does_not_fit_the_parameter_is_an_invalid_request() {
    let server = MockServer::start(vec![]).await;
    let err = server.client().list_chats().maybe_limit(Some(u64::MAX)).send().await.unwrap_err();
    assert!(err.to_string().contains("limit"), "{err}");
    assert!(server.requests().is_empty(), "nothing is sent");
}

#[tokio::test]
async fn search_messages_sends_a_plus_two_time_as_the_same_instant_in_utc() {
    let server = MockServer::start(vec![
        Reply::fixture(200, "message_search_page.json"),
        Reply::fixture(200, "message_search_page.json"),
    ])
    .await;
    let client = server.client();
    let flags = Flags { limit: Some(5), cursor: None, accounts: None, after: Some(plus_two()) };
    client
        .search_messages()
        .maybe_date_after(flags.after)
        .date_before(plus_two() + chrono::Duration::days(1))
        .maybe_limit(flags.limit)
        .maybe_cursor(flags.cursor)
        .send()
        .await
        .unwrap();
    client.search_messages().maybe_date_after(None::<DateTime<Utc>>).maybe_sender(Some("me")).send().await.unwrap();
    let [times, sender] = server.requests().try_into().unwrap();
    times.assert_operation("search_messages");
    assert_eq!(
        times.query(),
        pairs(&[("dateAfter", "2025-08-01T08:30:00Z"), ("dateBefore", "2025-08-02T08:30:00Z"), ("limit", "5")])
    );
    assert_eq!(sender.query(), pairs(&[("sender", "me")]));
}

#[tokio::test]
async fn search_chats_takes_a_local_offset_for_last_activity() {
    let server = MockServer::once(Reply::fixture(200, "chat_search_page.json")).await;
    let minus_five = FixedOffset::west_opt(5 * 3600).unwrap().with_ymd_and_hms(2025, 8, 31, 19, 0, 0).unwrap();
    server
        .client()
        .search_chats()
        .last_activity_before(minus_five)
        .maybe_last_activity_after(Some(plus_two()))
        .send()
        .await
        .unwrap();
    let req = server.single();
    req.assert_operation("search_chats");
    assert_eq!(
        req.query(),
        pairs(&[("lastActivityAfter", "2025-08-01T08:30:00Z"), ("lastActivityBefore", "2025-09-01T00:00:00Z")])
    );
}

#[tokio::test]
async fn reminder_bodies_take_any_time_zone_and_optional_fields_take_options() {
    let server = MockServer::start(vec![Reply::empty(204), Reply::empty(204), Reply::empty(204)]).await;
    let client = server.client();
    // The constructor.
    client
        .create_reminder()
        .chat_id(CHAT_ID)
        .body(types::CreateReminderRequest { reminder: types::ReminderInput::new(plus_two()) })
        .send()
        .await
        .unwrap();
    // The body builder's setters: an `Option` for the optional field.
    let dismiss: Option<bool> = Some(true);
    client
        .create_reminder()
        .chat_id(CHAT_ID)
        .body_map(|b| {
            b.reminder(types::ReminderInput::builder().remind_at(plus_two()).dismiss_on_incoming_message(dismiss))
        })
        .send()
        .await
        .unwrap();
    let dismiss: Option<bool> = None;
    client
        .create_reminder()
        .chat_id(CHAT_ID)
        .body_map(|b| {
            b.reminder(types::ReminderInput::builder().remind_at(plus_two()).dismiss_on_incoming_message(dismiss))
        })
        .send()
        .await
        .unwrap();
    let [new, some, none] = server.requests().try_into().unwrap();
    for req in [&new, &some, &none] {
        req.assert_operation("create_reminder");
    }
    new.assert_json_body(&json!({"reminder": {"remindAt": "2025-08-01T08:30:00Z"}}));
    some.assert_json_body(&json!({"reminder": {"remindAt": "2025-08-01T08:30:00Z", "dismissOnIncomingMessage": true}}));
    none.assert_json_body(&json!({"reminder": {"remindAt": "2025-08-01T08:30:00Z"}}));
}
