//! Property tests through the wire: any string ID or query value reaches a
//! server that decodes it exactly as given, and arbitrary answer bytes
//! never panic the client. Case counts are fixed so CI time is bounded.

use beeper_desktop::{Client, Error};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use crate::support::{MockServer, Recorded, Reply};

/// Cases per property.
const CASES: u32 = 256;

fn runner() -> TestRunner {
    TestRunner::new(Config { cases: CASES, failure_persistence: None, ..Config::default() })
}

/// A runtime, a server with enough answers for every case, and its client.
fn setup(reply: Reply) -> (tokio::runtime::Runtime, MockServer, Client) {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let server = rt.block_on(MockServer::start(vec![reply; 4 * CASES as usize]));
    let client = server.client();
    (rt, server, client)
}

/// RFC 3986 percent-decoding of a path segment (`+` stays `+`).
fn percent_decode(segment: &str) -> Vec<u8> {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).expect("ASCII escape");
            out.push(u8::from_str_radix(hex, 16).expect("hex escape"));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

fn last(server: &MockServer) -> Recorded {
    server.requests().pop().expect("a request")
}

/// IDs the client refuses before sending.
fn refused(id: &str) -> bool {
    matches!(id, "" | "." | "..")
}

#[test]
fn any_path_id_round_trips_exactly() {
    let (rt, server, client) = setup(Reply::fixture(200, "chat.json"));
    let ids = prop_oneof![
        any::<String>(),
        Just(String::new()),
        Just(".".into()),
        Just("..".into()),
        Just("a/b?c#d%e f+g".into())
    ];
    runner()
        .run(&ids, |id| {
            let before = server.requests().len();
            let result = rt.block_on(client.get_chat().chat_id(id.clone()).send());
            if refused(&id) {
                prop_assert!(matches!(result, Err(Error::InvalidRequest(_))), "{result:?}");
                prop_assert_eq!(server.requests().len(), before, "a refused ID is not sent");
                return Ok(());
            }
            prop_assert!(result.is_ok(), "{:?}", result);
            let request = last(&server);
            let segment = request.path().strip_prefix("/v1/chats/").expect("chat path");
            prop_assert!(!segment.contains('/'), "ID split the path: {}", request.path());
            prop_assert_eq!(String::from_utf8(percent_decode(segment)).expect("UTF-8"), id);
            Ok(())
        })
        .unwrap();
}

#[test]
fn any_query_value_round_trips_exactly() {
    let (rt, server, client) = setup(Reply::fixture(200, "message_page.json"));
    runner()
        .run(&(any::<String>(), any::<String>()), |(cursor, query)| {
            let result = rt.block_on(client.list_messages().chat_id("!abc:beeper.local").cursor(cursor.clone()).send());
            prop_assert!(result.is_ok(), "{:?}", result);
            let pairs = last(&server).query();
            prop_assert_eq!(pairs, vec![("cursor".to_owned(), cursor)]);

            let result = rt.block_on(client.search_messages().query(query.clone()).send());
            prop_assert!(result.is_ok(), "{:?}", result);
            let pairs = last(&server).query();
            prop_assert_eq!(pairs, vec![("query".to_owned(), query)]);
            Ok(())
        })
        .unwrap();
}

#[test]
fn arbitrary_answer_bytes_never_panic_the_client() {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let statuses = prop_oneof![Just(200u16), Just(400), Just(404), Just(500), Just(502)];
    runner()
        .run(&(statuses, proptest::collection::vec(any::<u8>(), 0..2048)), |(status, body)| {
            let server = rt.block_on(MockServer::once(Reply::raw(status, "application/json", body.clone())));
            let result = rt.block_on(server.client().get_chat().chat_id("!abc:beeper.local").send());
            prop_assert_eq!(server.requests().len(), 1);
            if let Err(error) = result {
                let shown = error.to_string();
                prop_assert!(shown.chars().count() < 1000 && !shown.contains('\n'), "{}", shown);
                prop_assert!(error.status().is_some_and(|s| s.as_u16() == status), "{:?}", error);
            }
            Ok(())
        })
        .unwrap();
}
