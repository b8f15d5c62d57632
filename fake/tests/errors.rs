//! Errors as the real API answers them: auth, unknown IDs and routes,
//! invalid bodies and parameters, injected faults.

use std::time::{Duration, Instant};

use beeper_desktop::types;
use beeper_desktop_fake::{ApiError, FakeDesktop, Fault, Grant};
use serde_json::{Value, json};

async fn raw(fake: &FakeDesktop, method: &str, path: &str, token: Option<&str>, body: Option<Value>) -> (u16, Value) {
    let http = reqwest::Client::new();
    let mut req = http.request(method.parse().unwrap(), format!("{}{path}", fake.base_url()));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    if let Some(b) = body {
        req = req.header("content-type", "application/json").body(b.to_string());
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    let text = resp.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
}

fn assert_error_shape(body: &Value, code: &str) {
    let parsed: types::ApiErrorBody = serde_json::from_value(body.clone()).expect("the API error shape");
    assert_eq!(parsed.code, code, "{body}");
    assert!(!parsed.message.is_empty());
}

#[tokio::test]
async fn the_token_is_checked_except_on_info_and_spec() {
    let fake = FakeDesktop::builder()
        .grant("reader", Grant::read_only())
        .grant("stale", Grant::full().expiring_at(Instant::now()))
        .start()
        .await;
    let (status, body) = raw(&fake, "GET", "/v1/chats", None, None).await;
    assert_eq!(status, 401);
    assert_error_shape(&body, "UNAUTHORIZED");
    let (status, body) = raw(&fake, "GET", "/v1/chats", Some("wrong"), None).await;
    assert_eq!(status, 401);
    assert_error_shape(&body, "UNAUTHORIZED");
    let (status, body) = raw(&fake, "GET", "/v1/chats", Some("stale"), None).await;
    assert_eq!(status, 401);
    assert!(body["message"].as_str().unwrap().contains("expired"));
    assert!(!body.to_string().contains("stale"), "tokens never appear in errors");

    assert_eq!(raw(&fake, "GET", "/v1/chats?limit=1", Some("reader"), None).await.0, 200);
    let chat = fake.chats()[0].id.clone();
    let (status, body) =
        raw(&fake, "POST", &format!("/v1/chats/{chat}/archive"), Some("reader"), Some(json!({}))).await;
    assert_eq!(status, 403);
    assert_error_shape(&body, "FORBIDDEN");
    assert_eq!(fake.chat(&chat).unwrap().is_archived, Some(false), "a refused write changes nothing");

    let unauthenticated = beeper_desktop::Client::builder().base_url(fake.base_url()).build().unwrap();
    let info = unauthenticated.get_info().send().await.unwrap().into_inner();
    assert_eq!(info.server.base_url, fake.base_url());
    assert_eq!(info.endpoints.spec, format!("{}/v1/spec", fake.base_url()));
    assert!(info.endpoints.ws_events.starts_with("ws://127.0.0.1:"));
    // Without a token the client refuses before sending; the server would 401.
    assert!(matches!(unauthenticated.list_chats().send().await.unwrap_err(), beeper_desktop::Error::InvalidRequest(_)));
    let spec = reqwest::get(format!("{}/v1/spec", fake.base_url())).await.unwrap().text().await.unwrap();
    assert_eq!(spec, include_str!("../../openapi.yaml"));

    // Tokens can be issued and revoked at run time (for OAuth-style routes).
    fake.state().tokens_mut().insert("late", Grant::full());
    assert_eq!(raw(&fake, "GET", "/v1/accounts", Some("late"), None).await.0, 200);
    assert!(fake.state().tokens_mut().remove("late"));
    assert_eq!(raw(&fake, "GET", "/v1/accounts", Some("late"), None).await.0, 401);
}

#[tokio::test]
async fn unknown_ids_and_routes_are_404_in_the_error_shape() {
    let fake = FakeDesktop::start().await;
    let t = Some(fake.token());
    let chat = fake.chats()[0].id.clone();
    for path in
        ["/v1/chats/!nope:beeper.local", &format!("/v1/chats/{chat}/messages/123"), "/v1/nothing-here", "/v2/chats"]
    {
        let (status, body) = raw(&fake, "GET", path, t, None).await;
        assert_eq!(status, 404, "{path}");
        assert_error_shape(&body, "NOT_FOUND");
    }
    let (status, body) = raw(&fake, "DELETE", "/v1/accounts", t, None).await;
    assert_eq!(status, 405);
    assert_error_shape(&body, "METHOD_NOT_ALLOWED");
}

#[tokio::test]
async fn invalid_bodies_and_parameters_are_validation_errors_with_details() {
    let fake = FakeDesktop::start().await;
    let t = Some(fake.token());
    let chat = fake.chats()[0].id.clone();
    let send = format!("/v1/chats/{chat}/messages");

    let (status, body) = raw(&fake, "POST", &send, t, Some(json!({"text": "hi", "colour": "red"}))).await;
    assert_eq!(status, 400);
    assert_error_shape(&body, "VALIDATION_ERROR");
    assert_eq!(body["details"]["issues"][0]["code"], "unrecognized_keys");
    assert!(body["details"]["issues"][0]["message"].as_str().unwrap().contains("colour"));
    let (_, body) = raw(&fake, "POST", &send, t, Some(json!({"attachment": {"uploadID": "u", "extra": 1}}))).await;
    assert_eq!(body["details"]["issues"][0]["path"], json!(["attachment"]), "nested unknown keys name their object");
    let (_, body) = raw(&fake, "POST", &send, t, Some(json!({"attachment": {"uploadID": 5}}))).await;
    assert_eq!(body["details"]["issues"][0]["path"], json!(["attachment", "uploadID"]));
    assert_eq!(body["details"]["issues"][0]["code"], "invalid_type");
    let (status, body) = raw(&fake, "POST", &send, t, Some(json!({"text": "x".repeat(65_537)}))).await;
    assert_eq!(status, 400);
    assert_eq!(body["details"]["issues"][0]["code"], "too_big");
    let (_, body) = raw(&fake, "POST", &send, t, Some(json!({"attachment": {"uploadID": "never-uploaded"}}))).await;
    assert_eq!(body["details"]["issues"][0]["path"], json!(["attachment", "uploadID"]));

    let http = reqwest::Client::new();
    let broken = http
        .post(format!("{}{send}", fake.base_url()))
        .bearer_auth(fake.token())
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(broken.status().as_u16(), 400);

    for query in [
        "/v1/chats?limit=0",
        "/v1/chats?limit=abc",
        "/v1/chats?direction=sideways",
        "/v1/chats?accountIDs[]=x",
        "/v1/chats/search?inbox=spam",
        "/v1/chats/search?lastActivityAfter=yesterday",
        "/v1/messages/search?mediaTypes=image&mediaTypes=gif",
        "/v1/messages/search?includeMuted=yes",
        "/v1/search",
    ] {
        let (status, body) = raw(&fake, "GET", query, t, None).await;
        assert_eq!(status, 400, "{query}: {body}");
        assert_error_shape(&body, "VALIDATION_ERROR");
        assert!(body["details"]["issues"].as_array().is_some_and(|i| !i.is_empty()), "{query}");
    }
    let (_, body) = raw(&fake, "GET", "/v1/messages/search?mediaTypes=image&mediaTypes=gif", t, None).await;
    assert_eq!(body["details"]["issues"][0]["path"], json!(["mediaTypes", 1]));
    // The client leaves body bounds to the server, and sees its answer
    // through the typed error.
    let too_long = types::SendMessageRequest { text: Some("x".repeat(65_537)), ..Default::default() };
    let err = fake.client().send_message().chat_id(&chat).body(too_long).send().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(400));
    assert_eq!(err.code(), Some("VALIDATION_ERROR"));
    // A query bound the client knows is refused before anything is sent.
    let err = fake.client().search_chats().limit(500).send().await.unwrap_err();
    assert!(matches!(err, beeper_desktop::Error::InvalidRequest(_)), "{err:?}");
}

#[tokio::test]
async fn faults_break_one_route_for_a_while() {
    let fake = FakeDesktop::start().await;
    let client = fake.client_builder().max_retries(0).build().unwrap();
    fake.inject(Fault::status("list_accounts", 500).times(1));
    let err = client.list_accounts().send().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(err.code(), Some("INJECTED_FAULT"));
    assert_eq!(client.list_accounts().send().await.unwrap().len(), 6, "only once");
    assert_eq!(client.list_chats().limit(1).send().await.unwrap().items.len(), 1, "other routes unaffected");

    fake.inject(Fault::error(
        "GET /v1/chats/{chatID}",
        ApiError::new(reqwest::StatusCode::SERVICE_UNAVAILABLE, "UNAVAILABLE", "starting up"),
    ));
    let chat = fake.chats()[0].id.clone();
    let err = client.get_chat().chat_id(&chat).send().await.unwrap_err();
    assert_eq!((err.status().map(|s| s.as_u16()), err.code()), (Some(503), Some("UNAVAILABLE")));
    fake.clear_faults();
    client.get_chat().chat_id(&chat).send().await.unwrap();

    fake.inject(Fault::delay("list_accounts", Duration::from_millis(300)).times(1));
    let started = Instant::now();
    client.list_accounts().send().await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(300));
    let short = fake.client_builder().timeout(Duration::from_millis(100)).max_retries(0).build().unwrap();
    fake.inject(Fault::delay("list_accounts", Duration::from_secs(5)).times(1));
    assert!(short.list_accounts().send().await.unwrap_err().is_timeout());

    // A retried 500 on a harmless read succeeds with the client's default policy.
    fake.inject(Fault::status("list_accounts", 500).times(1));
    let retrying = fake.client_builder().build().unwrap();
    assert_eq!(retrying.list_accounts().send().await.unwrap().len(), 6);
}

#[tokio::test]
async fn a_fault_body_is_answered_exactly_and_the_client_names_the_decode_failure() {
    let fake = FakeDesktop::start().await;
    let client = fake.client_builder().max_retries(0).build().unwrap();
    fake.inject(Fault::body("get_info", 200, r#"{"app": "Beeper", "platform": 42}"#).times(1));
    let err = client.get_info().send().await.unwrap_err();
    assert!(matches!(err, beeper_desktop::Error::Decode { .. }), "{err:?}");
    client.get_info().send().await.expect("only once");

    // Bytes are sent as given, malformed JSON and other content types included.
    fake.inject(Fault::body("list_accounts", 503, "{not json").content_type("text/plain").times(1));
    let resp = reqwest::get(format!("{}/v1/accounts", fake.base_url())).await.unwrap();
    assert_eq!(resp.status().as_u16(), 503);
    assert_eq!(resp.headers()["content-type"], "text/plain");
    assert_eq!(resp.text().await.unwrap(), "{not json");
}
