//! `get_account` and `list_labels` (Desktop API 6.x, INVENTORY §3.2, §3.6).

use beeper_desktop::types;
use serde_json::json;

use crate::support::{MockServer, Reply};

#[tokio::test]
async fn get_account_sends_the_account_id_raw_and_decodes_newer_fields() {
    let body = json!({
        "accountID": "slackgo.TEAM-USER",
        "network": "Slack",
        "status": "reconnect_required",
        "statusText": "Sign in again",
        "loginID": "login-7",
        "bridge": {"id": "slackgo", "provider": "cloud", "type": "slackgo"},
        "capabilities": {"canStartChats": false},
        "user": {"id": "@alice:beeper.local", "fullName": "Alice A.", "isSelf": true}
    });
    let server = MockServer::once(Reply::json(200, &body)).await;
    let account = server.client().get_account().account_id("slackgo.TEAM-USER").send().await.unwrap().into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("get_account"), vec!["slackgo.TEAM-USER".to_owned()]);
    assert_eq!(req.target, "/v1/accounts/slackgo.TEAM-USER");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();

    assert_eq!(account.account_id, "slackgo.TEAM-USER");
    assert_eq!(account.status, Some(types::AccountStatus::ReconnectRequired));
    assert_eq!(account.status_text.as_deref(), Some("Sign in again"));
    assert_eq!(account.login_id.as_deref(), Some("login-7"));
    assert_eq!(account.bridge.as_ref().map(|b| b.id.as_str()), Some("slackgo"));
    assert_eq!(account.capabilities.as_ref().and_then(|c| c.get("canStartChats")), Some(&json!(false)));
    assert_eq!(account.user.full_name.as_deref(), Some("Alice A."));
}

#[tokio::test]
async fn get_account_percent_encodes_characters_outside_pchar() {
    let server = MockServer::once(Reply::json(404, &json!({"code": "not_found", "message": "No such account"}))).await;
    let err = server.client().get_account().account_id("local whatsapp/1").send().await.unwrap_err();
    let req = server.single();
    assert_eq!(req.assert_operation("get_account"), vec!["local%20whatsapp%2F1".to_owned()]);
    assert_eq!(req.target, "/v1/accounts/local%20whatsapp%2F1");
    assert!(err.is_not_found(), "{err}");
}

#[tokio::test]
async fn list_labels_decodes_a_bare_array() {
    let body = json!([{"id": "work", "name": "Work"}, {"id": "family", "name": "Family", "color": "#ff0000"}]);
    let server = MockServer::once(Reply::json(200, &body)).await;
    let labels = server.client().list_labels().send().await.unwrap().into_inner();
    let req = server.single();
    assert!(req.assert_operation("list_labels").is_empty());
    assert_eq!(req.target, "/v1/labels");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();
    assert_eq!(
        *labels,
        vec![
            types::Label { id: "work".into(), name: "Work".into() },
            types::Label { id: "family".into(), name: "Family".into() },
        ],
        "an unknown field (`color`) is ignored"
    );
}

#[tokio::test]
async fn list_labels_accepts_an_empty_list() {
    let server = MockServer::once(Reply::json(200, &json!([]))).await;
    let labels = server.client().list_labels().send().await.unwrap().into_inner();
    server.single().assert_operation("list_labels");
    assert!(labels.is_empty());
}
