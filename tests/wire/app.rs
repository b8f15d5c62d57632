//! `focus`, `search`, `get_info`.

use serde_json::json;

use crate::support::{MockServer, Reply};

#[tokio::test]
async fn get_info_sends_no_token_and_decodes_snake_case_keys() {
    let server = MockServer::once(Reply::fixture(200, "info.json")).await;
    let info = server.client().get_info().send().await.unwrap().into_inner();
    let req = server.single();
    req.assert_operation("get_info");
    assert_eq!(req.target, "/v1/info");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();
    assert_eq!(info.app.bundle_id, "com.automattic.beeper.desktop");
    assert_eq!(info.endpoints.ws_events, "ws://localhost:23373/v1/ws");
    assert_eq!(info.endpoints.oauth.token_endpoint, "http://localhost:23373/oauth/token");
    assert!(info.server.mcp_enabled);
    assert_eq!(info.server.port, 23373);
    assert_eq!(info.platform.release.as_deref(), Some("24.6.0"));
}

#[tokio::test]
async fn focus_sends_empty_object_when_nothing_is_set() {
    let server = MockServer::once(Reply::json(200, &json!({"success": true}))).await;
    let resp = server.client().focus().send().await.unwrap();
    let req = server.single();
    req.assert_operation("focus");
    assert_eq!(req.target, "/v1/focus");
    req.assert_json_body(&json!({}));
    assert!(resp.success);
}

#[tokio::test]
async fn focus_sends_only_the_fields_given() {
    let server = MockServer::once(Reply::json(200, &json!({"success": true}))).await;
    server
        .client()
        .focus()
        .body_map(|b| b.chat_id("!abc:beeper.local".to_string()).draft_text("hi there".to_string()))
        .send()
        .await
        .unwrap();
    server.single().assert_json_body(&json!({"chatID": "!abc:beeper.local", "draftText": "hi there"}));
}

#[tokio::test]
async fn search_puts_query_in_the_query_string() {
    let server = MockServer::once(Reply::fixture(200, "search.json")).await;
    let resp = server.client().search().query("dinner plans & more").send().await.unwrap().into_inner();
    let req = server.single();
    req.assert_operation("search");
    assert_eq!(req.path(), "/v1/search");
    assert_eq!(req.query(), vec![("query".into(), "dinner plans & more".into())]);
    req.assert_no_body();
    assert_eq!(resp.results.chats.len(), 1);
    assert!(resp.results.in_groups.is_empty());
    assert_eq!(resp.results.messages.oldest_cursor.as_deref(), Some("1725489123456"));
    assert!(resp.results.messages.chats.contains_key("!a1b2c3:beeper.local"));
}
