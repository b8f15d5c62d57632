//! Bridges, their logins and login sessions (Desktop API 6.x, INVENTORY
//! §3.10, §4.11): `list_bridges`, `get_bridge`, `get_bridge_capabilities`,
//! `list_login_flows`, `list_bridge_logins`, `get_bridge_login`,
//! `remove_bridge_login`, `create_login_session`, `get_login_session`,
//! `cancel_login_session`, `submit_login_step`.
//!
//! Pinned here: every call sends the token; the login-step union is told
//! apart by `type` (a `cookies` step never decodes as `user_input`, an
//! unknown step type stays readable); capabilities keep their snake_case
//! keys, including the empty-string timer type.

use std::collections::HashMap;

use beeper_desktop::types::{self, LoginDisplay, LoginStep};
use serde_json::{Value, json};

use crate::support::{MockServer, Reply};

const BRIDGE: &str = "local-whatsapp";

fn account() -> Value {
    json!({
        "accountID": "whatsapp", "network": "WhatsApp", "status": "connected", "loginID": "login-1",
        "bridge": {"id": BRIDGE, "provider": "local", "type": "whatsapp"},
        "user": {"id": "@alice:beeper.local", "fullName": "Alice", "isSelf": true}
    })
}

fn login() -> Value {
    json!({
        "bridgeID": BRIDGE, "loginID": "login-1", "status": "connected", "statusText": "Connected",
        "accountIDs": ["whatsapp"], "removeScopes": ["current-device", "all-devices"],
        "user": {"id": "@alice:beeper.local", "phoneNumber": "+15550100"}
    })
}

fn bridge() -> Value {
    json!({
        "id": BRIDGE, "type": "whatsapp", "displayName": "WhatsApp", "provider": "local",
        "status": "connected", "statusText": "1 account connected", "network": "whatsapp",
        "supportsMultipleAccounts": true, "activeAccountCount": 1, "accounts": [account()]
    })
}

fn session(status: &str, step: Value) -> Value {
    json!({"bridgeID": BRIDGE, "loginSessionID": "ls-7f3a", "status": status, "currentStep": step})
}

// ---------------------------------------------------------------- bridges

#[tokio::test]
async fn list_bridges_decodes_bridges_with_their_accounts() {
    let other = json!({
        "id": "telegram", "type": "telegram", "displayName": "Telegram", "provider": "cloud",
        "status": "maintenance", "supportsMultipleAccounts": false, "activeAccountCount": 0, "accounts": [],
        "network": null, "statusText": null
    });
    let server = MockServer::once(Reply::json(200, &json!({"items": [bridge(), other]}))).await;
    let list = server.client().list_bridges().send().await.unwrap().into_inner();
    let req = server.single();
    assert!(req.assert_operation("list_bridges").is_empty());
    assert_eq!(req.target, "/v1/bridges");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();

    assert_eq!(list.items.len(), 2);
    let whatsapp = &list.items[0];
    assert_eq!(whatsapp.id, BRIDGE);
    assert_eq!(whatsapp.display_name, "WhatsApp");
    assert_eq!(whatsapp.provider, types::BridgeProvider::Local);
    assert_eq!(whatsapp.status, types::BridgeStatus::Connected);
    assert_eq!(whatsapp.status_text.as_deref(), Some("1 account connected"));
    assert_eq!(whatsapp.active_account_count, 1);
    assert!(whatsapp.supports_multiple_accounts);
    assert_eq!(whatsapp.accounts[0].account_id, "whatsapp");
    assert_eq!(whatsapp.accounts[0].login_id.as_deref(), Some("login-1"));
    let telegram = &list.items[1];
    assert_eq!(telegram.status, types::BridgeStatus::Other("maintenance".into()), "unknown status is kept");
    assert_eq!(telegram.network, None, "null decodes as None");
    assert!(telegram.accounts.is_empty());
}

#[tokio::test]
async fn get_bridge_puts_the_bridge_id_in_the_path() {
    let server = MockServer::once(Reply::json(200, &bridge())).await;
    let found = server.client().get_bridge().bridge_id(BRIDGE).send().await.unwrap().into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("get_bridge"), vec![BRIDGE.to_owned()]);
    assert_eq!(req.target, "/v1/bridges/local-whatsapp");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();
    assert_eq!(found.kind, "whatsapp");
    assert_eq!(found.accounts.len(), 1);
}

#[tokio::test]
async fn get_bridge_capabilities_keeps_snake_case_keys_and_the_empty_timer_type() {
    let body = json!({
        "group_creation": {
            "group": {
                "type_description": "group",
                "name": {"allowed": true, "max_length": 100},
                "participants": {"allowed": true, "required": true, "min_length": 1},
                "disappear": {"allowed": true, "settings": {
                    "types": ["", "after_read", "after_send", "after_boot"],
                    "omit_empty_timer": true, "timers": [86400000]
                }}
            },
            "channel": {"type_description": "channel", "username": {"allowed": false}}
        },
        "resolve_identifier": {"any_phone": true, "contact_list": true, "create_dm": true, "lookup_email": false,
                               "lookup_phone": true, "lookup_username": false, "search": true},
        "image_pack_import": false
    });
    let server = MockServer::once(Reply::json(200, &body)).await;
    let caps = server.client().get_bridge_capabilities().bridge_id("discordgo").send().await.unwrap().into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("get_bridge_capabilities"), vec!["discordgo".to_owned()]);
    assert_eq!(req.target, "/v1/bridges/discordgo/capabilities");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();

    let group = &caps.group_creation["group"];
    assert_eq!(group.type_description, "group");
    assert_eq!(group.name.as_ref().unwrap().max_length, Some(100));
    let participants = group.participants.as_ref().unwrap();
    assert_eq!((participants.required, participants.min_length), (Some(true), Some(1)));
    let timers = group.disappear.as_ref().unwrap().settings.as_ref().unwrap();
    assert_eq!(
        timers.types,
        vec![
            types::GroupTimerType::Empty,
            types::GroupTimerType::AfterRead,
            types::GroupTimerType::AfterSend,
            types::GroupTimerType::Other("after_boot".into()),
        ]
    );
    assert_eq!(timers.omit_empty_timer, Some(true));
    assert_eq!(timers.timers, vec![86_400_000]);
    assert!(!caps.group_creation["channel"].username.as_ref().unwrap().allowed);
    assert!(caps.resolve_identifier.any_phone);
    assert!(!caps.resolve_identifier.lookup_email);
    assert_eq!(caps.image_pack_import, Some(false));
}

#[tokio::test]
async fn list_login_flows_decodes_flows_with_optional_texts() {
    let body = json!({"items": [
        {"id": "qr", "name": "QR code", "description": "Scan a code with WhatsApp on your phone."},
        {"id": "phone"}
    ]});
    let server = MockServer::once(Reply::json(200, &body)).await;
    let flows = server.client().list_login_flows().bridge_id(BRIDGE).send().await.unwrap().into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("list_login_flows"), vec![BRIDGE.to_owned()]);
    assert_eq!(req.target, "/v1/bridges/local-whatsapp/login-flows");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();
    assert_eq!(flows.items[0].id, "qr");
    assert_eq!(flows.items[0].name.as_deref(), Some("QR code"));
    assert_eq!(flows.items[1].id, "phone");
    assert_eq!(flows.items[1].description, None);
}

// ----------------------------------------------------------------- logins

#[tokio::test]
async fn list_bridge_logins_decodes_status_scopes_and_user() {
    let stale =
        json!({"bridgeID": BRIDGE, "loginID": "login-2", "status": "needs_login", "removeScopes": ["current-device"]});
    let server = MockServer::once(Reply::json(200, &json!({"items": [login(), stale]}))).await;
    let logins = server.client().list_bridge_logins().bridge_id(BRIDGE).send().await.unwrap().into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("list_bridge_logins"), vec![BRIDGE.to_owned()]);
    assert_eq!(req.target, "/v1/bridges/local-whatsapp/logins");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();

    let first = &logins.items[0];
    assert_eq!(first.status, types::BridgeLoginStatus::Connected);
    assert_eq!(first.remove_scopes, vec![types::LoginRemoveScope::CurrentDevice, types::LoginRemoveScope::AllDevices]);
    assert_eq!(first.account_ids, vec!["whatsapp".to_owned()]);
    assert_eq!(first.user.as_ref().and_then(|u| u.phone_number.as_deref()), Some("+15550100"));
    let second = &logins.items[1];
    assert_eq!(second.status, types::BridgeLoginStatus::NeedsLogin);
    assert!(second.account_ids.is_empty());
    assert_eq!(second.user, None);
}

#[tokio::test]
async fn get_bridge_login_sends_both_ids_in_the_path() {
    let server = MockServer::once(Reply::json(200, &login())).await;
    let found =
        server.client().get_bridge_login().bridge_id(BRIDGE).login_id("login:1@x").send().await.unwrap().into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("get_bridge_login"), vec![BRIDGE.to_owned(), "login:1@x".to_owned()]);
    assert_eq!(req.target, "/v1/bridges/local-whatsapp/logins/login:1@x", "`:` and `@` are pchar, sent raw");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();
    assert_eq!(found.login_id, "login-1");
}

#[tokio::test]
async fn remove_bridge_login_posts_the_scope() {
    let body = json!({"bridgeID": BRIDGE, "loginID": "login-1", "scope": "all-devices", "status": "removed",
                      "affectedAccountIDs": ["whatsapp"]});
    let server = MockServer::once(Reply::json(200, &body)).await;
    let removed = server
        .client()
        .remove_bridge_login()
        .bridge_id(BRIDGE)
        .login_id("login-1")
        .body_map(|b| b.scope(types::LoginRemoveScope::AllDevices))
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("remove_bridge_login"), vec![BRIDGE.to_owned(), "login-1".to_owned()]);
    assert_eq!(req.target, "/v1/bridges/local-whatsapp/logins/login-1/remove");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_json_body(&json!({"scope": "all-devices"}));
    assert_eq!(removed.scope, types::LoginRemoveScope::AllDevices);
    assert_eq!(removed.status, types::LoginRemoveStatus::Removed);
    assert_eq!(removed.affected_account_ids, vec!["whatsapp".to_owned()]);
}

#[tokio::test]
async fn remove_bridge_login_without_a_scope_is_rejected_before_sending() {
    let server = MockServer::start(vec![]).await;
    let err = server.client().remove_bridge_login().bridge_id(BRIDGE).login_id("login-1").send().await.unwrap_err();
    assert!(server.requests().is_empty(), "nothing may be sent without the required scope");
    assert!(err.to_string().contains("scope"), "{err}");
}

// --------------------------------------------------------- login sessions

#[tokio::test]
async fn create_login_session_sends_an_empty_object_and_decodes_a_qr_step() {
    let step = json!({"type": "display_and_wait", "stepID": "qr", "instructions": "Scan this code.",
                      "display": {"type": "qr", "data": "2@Zm9v,YmFy"}});
    let server = MockServer::once(Reply::json(200, &session("waiting_for_display", step))).await;
    let created = server.client().create_login_session().bridge_id(BRIDGE).send().await.unwrap().into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("create_login_session"), vec![BRIDGE.to_owned()]);
    assert_eq!(req.target, "/v1/bridges/local-whatsapp/login-sessions");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_json_body(&json!({}));

    assert_eq!(created.login_session_id, "ls-7f3a");
    assert_eq!(created.status, types::LoginSessionStatus::WaitingForDisplay);
    let step = created.current_step.as_ref().expect("a first step");
    assert_eq!(step.kind(), "display_and_wait");
    assert_eq!(step.step_id(), Some("qr"));
    assert_eq!(step.instructions(), Some("Scan this code."));
    let LoginStep::DisplayAndWait(wait) = step else { panic!("expected display_and_wait, got {step:?}") };
    assert_eq!(wait.display, LoginDisplay::Qr(types::QrLoginDisplay { data: "2@Zm9v,YmFy".into() }));
}

#[tokio::test]
async fn create_login_session_sends_only_the_fields_given() {
    let step = json!({"type": "display_and_wait", "stepID": "code", "display": {"type": "code", "data": "ABCD-EFGH"}});
    let server = MockServer::once(Reply::json(200, &session("waiting_for_display", step))).await;
    let created = server
        .client()
        .create_login_session()
        .bridge_id(BRIDGE)
        .body_map(|b| b.flow_id("phone".to_string()).account_id("whatsapp".to_string()))
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    req.assert_operation("create_login_session");
    req.assert_json_body(&json!({"flowID": "phone", "accountID": "whatsapp"}));
    let Some(LoginStep::DisplayAndWait(wait)) = &created.current_step else { panic!("{created:?}") };
    assert!(matches!(&wait.display, LoginDisplay::Code(code) if code.data == "ABCD-EFGH"));
}

#[tokio::test]
async fn get_login_session_decodes_a_user_input_step() {
    let step = json!({"type": "user_input", "stepID": "phone", "instructions": "Enter your number.",
                      "fields": [{"id": "phone_number", "type": "phone_number", "label": "Phone number",
                                  "placeholder": "+1 555 010 0000", "optional": false}]});
    let server = MockServer::once(Reply::json(200, &session("waiting_for_input", step))).await;
    let found = server
        .client()
        .get_login_session()
        .bridge_id(BRIDGE)
        .login_session_id("ls-7f3a")
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("get_login_session"), vec![BRIDGE.to_owned(), "ls-7f3a".to_owned()]);
    assert_eq!(req.target, "/v1/bridges/local-whatsapp/login-sessions/ls-7f3a");
    assert_eq!(req.method, "GET");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();

    assert_eq!(found.status, types::LoginSessionStatus::WaitingForInput);
    let Some(LoginStep::UserInput(input)) = &found.current_step else { panic!("{found:?}") };
    assert_eq!(input.step_id, "phone");
    let field = &input.fields[0];
    assert_eq!(field.id, "phone_number");
    assert_eq!(field.kind.as_deref(), Some("phone_number"));
    assert_eq!(field.label.as_deref(), Some("Phone number"));
    assert_eq!(field.optional, Some(false));
}

#[tokio::test]
async fn get_login_session_tells_a_cookies_step_from_a_user_input_step() {
    // Its required keys would also satisfy `user_input`; only `type` tells.
    let step = json!({"type": "cookies", "stepID": "web", "url": "https://web.example/login",
                      "fields": [{"id": "session", "name": "sid", "type": "cookie"},
                                 {"id": "token", "name": "auth", "type": "session_storage"}],
                      "expectedFinalURLRegex": "^https://web\\.example/app", "userAgent": "Mozilla/5.0"});
    let server = MockServer::once(Reply::json(200, &session("waiting_for_cookies", step))).await;
    let found = server
        .client()
        .get_login_session()
        .bridge_id(BRIDGE)
        .login_session_id("ls-7f3a")
        .send()
        .await
        .unwrap()
        .into_inner();
    server.single().assert_operation("get_login_session");
    let Some(LoginStep::Cookies(cookies)) = &found.current_step else { panic!("{found:?}") };
    assert_eq!(cookies.url, "https://web.example/login");
    assert_eq!(cookies.fields[0].kind, Some(types::CookieFieldType::Cookie));
    assert_eq!(cookies.fields[1].kind, Some(types::CookieFieldType::Other("session_storage".into())));
    assert_eq!(cookies.expected_final_url_regex.as_deref(), Some("^https://web\\.example/app"));
    assert_eq!(cookies.user_agent.as_deref(), Some("Mozilla/5.0"));
}

#[tokio::test]
async fn get_login_session_keeps_an_unknown_step_readable() {
    let step =
        json!({"type": "passkey", "stepID": "pk", "instructions": "Touch your security key.", "challenge": "q83v"});
    let server = MockServer::once(Reply::json(200, &session("waiting_for_passkey", step.clone()))).await;
    let found = server
        .client()
        .get_login_session()
        .bridge_id(BRIDGE)
        .login_session_id("ls-7f3a")
        .send()
        .await
        .unwrap()
        .into_inner();
    server.single().assert_operation("get_login_session");
    assert_eq!(found.status, types::LoginSessionStatus::Other("waiting_for_passkey".into()));
    let current = found.current_step.as_ref().unwrap();
    let LoginStep::Unknown(unknown) = current else { panic!("{current:?}") };
    assert_eq!(unknown.kind(), "passkey");
    assert_eq!(unknown.get_str("challenge"), Some("q83v"));
    assert_eq!(current.step_id(), Some("pk"));
    assert_eq!(current.instructions(), Some("Touch your security key."));
    // Forwarding it yields the object as received.
    assert_eq!(serde_json::to_value(current).unwrap(), step);
}

#[tokio::test]
async fn get_login_session_rejects_a_known_step_missing_required_fields() {
    let step = json!({"type": "user_input", "stepID": "phone"});
    let server = MockServer::once(Reply::json(200, &session("waiting_for_input", step))).await;
    let err =
        server.client().get_login_session().bridge_id(BRIDGE).login_session_id("ls-7f3a").send().await.unwrap_err();
    server.single().assert_operation("get_login_session");
    let text = err.to_string();
    assert!(text.contains("user_input") && text.contains("fields"), "{text}");
}

#[tokio::test]
async fn get_login_session_decodes_a_failed_session_without_a_step() {
    let body = json!({"bridgeID": BRIDGE, "loginSessionID": "ls-7f3a", "status": "failed", "currentStep": null,
                      "error": {"code": "timeout", "message": "The QR code expired", "details": {"after": 60}}});
    let server = MockServer::once(Reply::json(200, &body)).await;
    let failed = server
        .client()
        .get_login_session()
        .bridge_id(BRIDGE)
        .login_session_id("ls-7f3a")
        .send()
        .await
        .expect("a failed session is a state, not a failed request")
        .into_inner();
    server.single().assert_operation("get_login_session");
    assert_eq!(failed.status, types::LoginSessionStatus::Failed);
    assert_eq!(failed.current_step, None);
    let error = failed.error.as_ref().unwrap();
    assert_eq!((error.code.as_str(), error.message.as_str()), ("timeout", "The QR code expired"));
    assert_eq!(error.details.as_ref().and_then(|d| d.get("after")), Some(&json!(60)));
}

#[tokio::test]
async fn cancel_login_session_deletes_without_a_body() {
    let body = json!({"bridgeID": BRIDGE, "loginSessionID": "ls-7f3a", "status": "cancelled"});
    let server = MockServer::once(Reply::json(200, &body)).await;
    let cancelled = server
        .client()
        .cancel_login_session()
        .bridge_id(BRIDGE)
        .login_session_id("ls-7f3a")
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("cancel_login_session"), vec![BRIDGE.to_owned(), "ls-7f3a".to_owned()]);
    assert_eq!(req.method, "DELETE");
    assert_eq!(req.target, "/v1/bridges/local-whatsapp/login-sessions/ls-7f3a");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();
    assert_eq!(cancelled.status, types::LoginSessionCancelStatus::Cancelled);
}

#[tokio::test]
async fn submit_login_step_posts_field_values_and_decodes_the_complete_step() {
    let body = json!({
        "bridgeID": BRIDGE, "loginSessionID": "ls-7f3a", "status": "complete", "loginID": "login-1",
        "accountID": "whatsapp", "currentStep": {"type": "complete", "instructions": "Connected."},
        "login": login(), "account": account()
    });
    let server = MockServer::once(Reply::json(200, &body)).await;
    let done = server
        .client()
        .submit_login_step()
        .bridge_id(BRIDGE)
        .login_session_id("ls-7f3a")
        .step_id("phone")
        .body_map(|b| {
            b.kind(types::LoginStepKind::UserInput)
                .fields(HashMap::from([("phone_number".to_string(), "+15550100".to_string())]))
                .source(types::LoginStepSource::Api)
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    assert_eq!(
        req.assert_operation("submit_login_step"),
        vec![BRIDGE.to_owned(), "ls-7f3a".to_owned(), "phone".to_owned()]
    );
    assert_eq!(req.target, "/v1/bridges/local-whatsapp/login-sessions/ls-7f3a/steps/phone");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_json_body(&json!({"type": "user_input", "fields": {"phone_number": "+15550100"}, "source": "api"}));

    assert_eq!(done.status, types::LoginSessionStatus::Complete);
    let Some(LoginStep::Complete(complete)) = &done.current_step else { panic!("{done:?}") };
    assert_eq!(complete.step_id, None, "the complete step may come without a stepID");
    assert_eq!(done.current_step.as_ref().unwrap().step_id(), None);
    assert_eq!(done.login.as_ref().map(|l| l.login_id.as_str()), Some("login-1"));
    assert_eq!(done.account.as_ref().map(|a| a.account_id.as_str()), Some("whatsapp"));
}

#[tokio::test]
async fn submit_login_step_sends_a_cookies_answer_with_last_url() {
    let step = json!({"type": "display_and_wait", "stepID": "wait", "display": {"type": "nothing"}});
    let server = MockServer::once(Reply::json(200, &session("waiting_for_display", step))).await;
    let next = server
        .client()
        .submit_login_step()
        .bridge_id(BRIDGE)
        .login_session_id("ls-7f3a")
        .step_id("web")
        .body_map(|b| {
            b.kind(types::LoginStepKind::Cookies)
                .fields(HashMap::from([("session".to_string(), "s3cr3t".to_string())]))
                .last_url("https://web.example/app?x=1".to_string())
                .source(types::LoginStepSource::Webview)
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    req.assert_operation("submit_login_step");
    req.assert_json_body(&json!({
        "type": "cookies", "fields": {"session": "s3cr3t"},
        "lastURL": "https://web.example/app?x=1", "source": "webview"
    }));
    let Some(LoginStep::DisplayAndWait(wait)) = &next.current_step else { panic!("{next:?}") };
    assert_eq!(wait.display.kind(), "nothing");
    assert!(matches!(wait.display, LoginDisplay::Nothing(_)));
}

#[tokio::test]
async fn login_display_keeps_emoji_and_unknown_kinds() {
    let step = json!({"type": "display_and_wait", "stepID": "w",
                      "display": {"type": "hologram", "uri": "holo://x"}});
    let server = MockServer::start(vec![
        Reply::json(
            200,
            &session(
                "waiting_for_display",
                json!({"type": "display_and_wait", "stepID": "e",
                       "display": {"type": "emoji", "imageURL": "mxc://beeper.local/emoji"}}),
            ),
        ),
        Reply::json(200, &session("waiting_for_display", step)),
    ])
    .await;
    let client = server.client();
    for expected in ["emoji", "hologram"] {
        let found = client.get_login_session().bridge_id(BRIDGE).login_session_id("ls-7f3a").send().await.unwrap();
        let Some(LoginStep::DisplayAndWait(wait)) = &found.current_step else { panic!("{found:?}") };
        assert_eq!(wait.display.kind(), expected);
        match (&wait.display, expected) {
            (LoginDisplay::Emoji(emoji), "emoji") => assert_eq!(emoji.image_url, "mxc://beeper.local/emoji"),
            (LoginDisplay::Unknown(unknown), "hologram") => assert_eq!(unknown.get_str("uri"), Some("holo://x")),
            (other, _) => panic!("unexpected display {other:?}"),
        }
    }
    for req in server.requests() {
        req.assert_operation("get_login_session");
    }
}

#[test]
fn known_union_variants_hold_the_tag_once_and_write_it_back() {
    // The variant structs have no tag field: the union holds the tag, so a
    // decoded step cannot disagree with its variant, and re-encoding gives
    // the object as received.
    for raw in [
        json!({"type": "display_and_wait", "stepID": "qr", "display": {"type": "nothing"}}),
        json!({"type": "display_and_wait", "stepID": "qr", "display": {"type": "code", "data": "ABCD"}}),
        json!({"type": "user_input", "stepID": "phone", "fields": [{"id": "phone_number"}]}),
        json!({"type": "complete"}),
    ] {
        let step: LoginStep = serde_json::from_value(raw.clone()).unwrap();
        assert_eq!(step.kind(), raw["type"].as_str().unwrap());
        if let LoginStep::DisplayAndWait(wait) = &step
            && let LoginDisplay::Nothing(nothing) = &wait.display
        {
            assert!(nothing.is_empty(), "the tag is not kept inside the variant: {nothing:?}");
        }
        let mut written = serde_json::to_value(&step).unwrap();
        // Optional collections the server left out come back as [].
        if let Some(map) = written.as_object_mut() {
            map.retain(|k, v| raw.get(k).is_some() || !v.as_array().is_some_and(Vec::is_empty));
        }
        assert_eq!(written, raw);
    }
}
