//! What Beeper's own API document and SDK models require of the fake's
//! answers: both cursor keys on every page, the registration terms literal,
//! the document's parameter bounds and defaults, and the Desktop version
//! header on every answer.

use beeper_desktop::types;
use beeper_desktop_fake::routes::setup::EMAIL_CODE;
use beeper_desktop_fake::{DEFAULT_DESKTOP_VERSION, FakeDesktop, Fault, NewChat};
use serde_json::Value;

/// Status, version header and JSON body of a GET with the fake's token.
async fn get(fake: &FakeDesktop, path_and_query: &str) -> (u16, Option<String>, Value) {
    let response = reqwest::Client::new()
        .get(format!("{}{path_and_query}", fake.base_url()))
        .bearer_auth(fake.token())
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let version =
        response.headers().get("x-beeper-desktop-version").map(|v| v.to_str().expect("an ASCII version").to_owned());
    let text = response.text().await.unwrap();
    (status, version, serde_json::from_str(&text).unwrap_or(Value::String(text)))
}

/// The page at `pointer` has both cursor keys, both `null`.
fn assert_null_cursors(body: &Value, pointer: &str) {
    let page =
        body.pointer(pointer).and_then(Value::as_object).unwrap_or_else(|| panic!("no page at {pointer}: {body}"));
    assert!(page["items"].as_array().is_some_and(Vec::is_empty), "an empty page: {body}");
    for key in ["oldestCursor", "newestCursor"] {
        assert_eq!(page.get(key), Some(&Value::Null), "{key} present and null: {body}");
    }
}

#[tokio::test]
async fn empty_pages_carry_both_cursors_as_null() {
    let fake = FakeDesktop::start().await;
    let account = fake.with_world(|w| w.accounts[0].account_id.clone());
    let no_match = "zzqx-no-such-words";

    for path in [
        format!("/v1/chats/search?query={no_match}"),
        format!("/v1/messages/search?query={no_match}"),
        format!("/v1/accounts/{account}/contacts/list?query={no_match}"),
    ] {
        let (status, _, body) = get(&fake, &path).await;
        assert_eq!(status, 200, "{path}: {body}");
        assert_null_cursors(&body, "");
    }
    let (status, _, body) = get(&fake, &format!("/v1/search?query={no_match}")).await;
    assert_eq!(status, 200, "{body}");
    assert_null_cursors(&body, "/results/messages");

    // A chat with no messages.
    let chat = fake.add_chat(NewChat::single(&account, "Nobody Yet"));
    let (status, _, body) = get(&fake, &format!("/v1/chats/{}/messages", urlencode(&chat))).await;
    assert_eq!(status, 200, "{body}");
    assert_null_cursors(&body, "");

    // A page past the end of the chat list.
    let (_, _, all) = get(&fake, "/v1/chats?limit=200").await;
    assert_eq!(all["hasMore"], Value::Bool(false), "every chat on one page: {all}");
    let last = all["oldestCursor"].as_str().expect("a full page has a cursor").to_owned();
    let (status, _, body) = get(&fake, &format!("/v1/chats?cursor={}&direction=before", urlencode(&last))).await;
    assert_eq!(status, 200, "{body}");
    assert_null_cursors(&body, "");

    // Pages with items still carry cursor strings.
    let (_, _, some) = get(&fake, "/v1/chats?limit=1").await;
    assert!(some["oldestCursor"].is_string() && some["newestCursor"].is_string(), "{some}");
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            other => format!("%{other:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn registration_copy_uses_beepers_terms_literal() {
    let fake = FakeDesktop::start().await;
    let client = beeper_desktop::Client::builder().base_url(fake.base_url()).max_retries(0).build().unwrap();
    let request = client.start_setup().send().await.unwrap().into_inner().setup_request_id;
    client
        .send_setup_email()
        .body_map(|b| b.email("someone.new@example.com".to_string()).setup_request_id(request.clone()))
        .send()
        .await
        .unwrap();
    let answer = client
        .submit_setup_response()
        .body_map(|b| b.response(EMAIL_CODE.to_string()).setup_request_id(request))
        .send()
        .await
        .unwrap()
        .into_inner();
    let types::SetupResponse::RegistrationRequired(needed) = answer else { panic!("a new address must register") };
    // Written out here, not taken from the fake: it is a fact of the wire.
    assert_eq!(needed.copy.terms, "By continuing, you agree to the Terms of Use and acknowledge the Privacy Policy.");
    assert_eq!(
        (needed.copy.submit.as_str(), needed.copy.title.as_str(), needed.copy.username_placeholder.as_str()),
        ("Continue", "Choose your username", "Username")
    );
}

/// A 400 `VALIDATION_ERROR` naming `param`, in the fake's error shape.
fn assert_rejects(status: u16, body: &Value, param: &str) {
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["code"], "VALIDATION_ERROR", "{body}");
    let issues = body["details"]["issues"].as_array().unwrap_or_else(|| panic!("issues listed: {body}"));
    assert!(issues.iter().any(|i| i["path"][0] == param), "an issue at {param}: {body}");
}

#[tokio::test]
async fn the_documents_parameter_bounds_are_enforced() {
    let fake = FakeDesktop::start().await;
    let account = fake.with_world(|w| w.accounts[0].account_id.clone());
    let chat = urlencode(&fake.chats()[0].id);

    let within = [
        "/v1/messages/search?limit=1".to_owned(),
        "/v1/messages/search?limit=20".to_owned(),
        "/v1/chats/search?limit=1".to_owned(),
        "/v1/chats/search?limit=200".to_owned(),
        format!("/v1/accounts/{account}/contacts/list?limit=1"),
        format!("/v1/accounts/{account}/contacts/list?limit=200"),
        format!("/v1/chats/{chat}?maxParticipantCount=-1"),
        format!("/v1/chats/{chat}?maxParticipantCount=500"),
        "/v1/messages/search?query=".to_owned(),
    ];
    for path in within {
        let (status, _, body) = get(&fake, &path).await;
        assert_eq!(status, 200, "{path}: {body}");
    }
    let (_, _, page) = get(&fake, "/v1/messages/search?limit=20").await;
    assert_eq!(page["items"].as_array().map(Vec::len), Some(20));

    let beyond = [
        ("/v1/messages/search?limit=21".to_owned(), "limit"),
        ("/v1/messages/search?limit=0".to_owned(), "limit"),
        ("/v1/chats/search?limit=201".to_owned(), "limit"),
        ("/v1/chats/search?limit=0".to_owned(), "limit"),
        (format!("/v1/accounts/{account}/contacts/list?limit=201"), "limit"),
        (format!("/v1/accounts/{account}/contacts/list?limit=0"), "limit"),
        (format!("/v1/chats/{chat}?maxParticipantCount=501"), "maxParticipantCount"),
        (format!("/v1/chats/{chat}?maxParticipantCount=-2"), "maxParticipantCount"),
        // `minLength: 1` string parameters, present but empty.
        ("/v1/chats/search?query=".to_owned(), "query"),
        (format!("/v1/accounts/{account}/contacts/list?query="), "query"),
        (format!("/v1/accounts/{account}/contacts?query="), "query"),
        ("/v1/search?query=".to_owned(), "query"),
        ("/v1/assets/serve?url=".to_owned(), "url"),
    ];
    for (path, param) in beyond {
        let (status, _, body) = get(&fake, &path).await;
        assert_rejects(status, &body, param);
    }
}

#[tokio::test]
async fn the_documents_defaults_apply() {
    let fake = FakeDesktop::start().await;
    let ids = |body: &Value| -> Vec<String> {
        body["items"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap().to_owned()).collect()
    };
    // `scope` defaults to `titles`: a participant's name finds her direct
    // chat by its title, not every group she is in.
    let (_, _, unscoped) = get(&fake, "/v1/chats/search?query=Am%C3%A9lie&limit=200").await;
    let (_, _, titles) = get(&fake, "/v1/chats/search?query=Am%C3%A9lie&limit=200&scope=titles").await;
    let (_, _, people) = get(&fake, "/v1/chats/search?query=Am%C3%A9lie&limit=200&scope=participants").await;
    assert_eq!(ids(&unscoped), ids(&titles));
    assert_ne!(ids(&titles), ids(&people), "the two scopes differ on this query, so the default is visible");

    // Page sizes: 20 messages, 50 chats, 50 contacts.
    let (_, _, messages) = get(&fake, "/v1/messages/search").await;
    assert_eq!(ids(&messages).len(), 20);
    let (_, _, chats) = get(&fake, "/v1/chats/search").await;
    assert_eq!(ids(&chats).len(), 50);
}

#[tokio::test]
async fn every_answer_names_the_desktop_version() {
    let fake = FakeDesktop::start().await;
    let cases = ["/v1/info", "/v1/accounts", "/v1/chats/no-such-chat", "/v1/no-such-route", "/v1/chats/search?limit=0"];
    for path in cases {
        let (status, version, body) = get(&fake, path).await;
        assert_eq!(version.as_deref(), Some(DEFAULT_DESKTOP_VERSION), "{path} ({status}): {body}");
    }
    // Without a token (401) and from an injected fault (503).
    let response = reqwest::get(format!("{}/v1/accounts", fake.base_url())).await.unwrap();
    assert_eq!(response.status().as_u16(), 401);
    assert_eq!(response.headers()["x-beeper-desktop-version"], DEFAULT_DESKTOP_VERSION);
    fake.inject(Fault::status("list_accounts", 503).times(1));
    let (status, version, _) = get(&fake, "/v1/accounts").await;
    assert_eq!((status, version.as_deref()), (503, Some(DEFAULT_DESKTOP_VERSION)));

    // Configured on the builder, reported in the header and in /v1/info;
    // changed mid-run like an app upgrade.
    let fake = FakeDesktop::builder().desktop_version("4.3.1").start().await;
    let (_, version, info) = get(&fake, "/v1/info").await;
    assert_eq!(version.as_deref(), Some("4.3.1"));
    assert_eq!(info["app"]["version"], "4.3.1");
    fake.state().set_desktop_version("4.4.0");
    let (_, version, info) = get(&fake, "/v1/chats?limit=1").await;
    assert_eq!(version.as_deref(), Some("4.4.0"), "{info}");
}
