//! Call futures stay small: every `.await` of a call adds the future's size
//! to the caller's own future, so the heavy part of a call lives on the
//! heap. A deterministic size check (no network: nothing is polled).

use std::mem::size_of_val;

use beeper_desktop::{Client, types};
use futures::StreamExt;

/// The most a call future, a stream or a `next()` future may take.
const MAX: usize = 1024;

fn client() -> Client {
    Client::builder().base_url("http://127.0.0.1:9").access_token("size-test").build().unwrap()
}

#[track_caller]
fn small<T>(what: &str, value: &T) {
    let size = size_of_val(value);
    println!("{what}: {size} bytes");
    assert!(size <= MAX, "{what} is {size} bytes, over {MAX}");
}

#[test]
fn call_futures_are_at_most_1_kib() {
    let client = client();
    small("get_info().send()", &client.get_info().send());
    small("list_accounts().send()", &client.list_accounts().send());
    small("list_chats().send()", &client.list_chats().limit(10).send());
    small("get_chat().send()", &client.get_chat().chat_id("!a:b").send());
    small("list_messages().send()", &client.list_messages().chat_id("!a:b").send());
    small("list_messages().send_as::<Value>()", &client.list_messages().chat_id("!a:b").send_as::<serde_json::Value>());
    small("search_messages().send()", &client.search_messages().query("x").send());
    let body = types::SendMessageRequest { text: Some("hi".into()), ..Default::default() };
    small("send_message().send()", &client.send_message().chat_id("!a:b").body(body.clone()).send());
    small("serve_asset().send()", &client.serve_asset().url("mxc://a/b").send());
    small("upload_asset().send()", &client.upload_asset().bytes(&b"x"[..]).file_name("x.txt").send());
    small("send_message_and_wait().send()", &client.send_message_and_wait("!a:b", body).send());
}

#[test]
fn streams_and_their_next_futures_are_at_most_1_kib() {
    let client = client();
    let mut chats = client.list_chats().stream();
    small("list_chats().stream()", &chats);
    small("list_chats().stream().next()", &chats.next());
    let mut pages = client.list_messages().chat_id("!a:b").pages();
    small("list_messages().pages()", &pages);
    small("list_messages().pages().next()", &pages.next());
    let paginator = client.list_messages().chat_id("!a:b").paginate().max_items(10);
    small("list_messages().paginate()", &paginator);
    let mut items = paginator.items();
    small("paginate().items()", &items);
    small("paginate().items().next()", &items.next());
    let mut own = client.list_messages().chat_id("!a:b").stream_as::<serde_json::Value>();
    small("list_messages().stream_as()", &own);
    small("list_messages().stream_as().next()", &own.next());
}

/// The check itself can fail: a future holding a large buffer is refused.
#[test]
#[should_panic(expected = "over 1024")]
fn a_large_future_is_refused() {
    let buffer = [0u8; 2048];
    small("a future holding 2 KiB", &async move { std::hint::black_box(buffer).len() });
}
