//! App sign-in and encryption setup (Desktop API 6.x, INVENTORY §3.11,
//! §4.12): `get_setup_state`, `start_setup`, `send_setup_email`,
//! `submit_setup_response`, `register_user`, `verify_recovery_key`,
//! `reset_recovery_key`, `confirm_recovery_key_reset`, `create_verification`,
//! `list_verifications`, `get_verification`, `accept_verification`,
//! `cancel_verification`, `confirm_qr_scanned`, `scan_verification_qr`,
//! `start_sas_verification`, `confirm_sas_verification`.
//!
//! Pinned here (§1.1, Q31, Q37): the four sign-in calls go out without a
//! token, `get_setup_state` sends one only when the client has one, and
//! `start`, `accept`, `qr/confirm-scanned`, `sas/start`, `sas/confirm` have
//! no body. `sendSetupEmail` is void (`Accept: */*`). The sign-in answer is
//! an untagged union told apart by `registrationRequired` / `matrix`.

use beeper_desktop::types::{self, SetupResponse};
use beeper_desktop::{Client, Error};
use serde_json::{Value, json};

use crate::support::{MockServer, Reply};

fn snapshot(state: &str) -> Value {
    json!({
        "state": state,
        "e2ee": {"crossSigning": true, "firstSyncDone": true, "hasBackedUpRecoveryKey": true, "initialized": true,
                 "keyBackup": true, "secretStorage": true, "verified": state == "ready",
                 "recoveryKeyGeneratedAt": 1725489123.5,
                 "secrets": {"masterKey": false, "megolmBackupKey": false, "recoveryKey": false,
                             "selfSigningKey": true, "userSigningKey": false}},
        "matrix": {"deviceID": "ABCDEFGHIJ", "homeserver": "https://matrix.beeper.com", "userID": "@alice:beeper.com"}
    })
}

fn verification(id: &str, state: &str, actions: &[&str]) -> Value {
    json!({"id": id, "direction": "outgoing", "purpose": "login", "methods": ["qr", "sas"],
           "state": state, "availableActions": actions, "otherUserID": "@alice:beeper.com"})
}

fn action_reply(id: &str, state: &str, actions: &[&str]) -> Reply {
    Reply::json(
        200,
        &json!({"session": snapshot("needs-verification"), "verification": verification(id, state, actions)}),
    )
}

fn signed_in() -> Value {
    json!({"matrix": {"accessToken": "syt_YWxpY2U_secret", "deviceID": "ABCDEFGHIJ",
                      "homeserver": "https://matrix.beeper.com", "userID": "@alice:beeper.com"},
           "session": snapshot("initializing")})
}

/// A client for `server` without an access token.
fn tokenless(server: &MockServer) -> Client {
    Client::builder().base_url(server.url()).max_retries(0).build().unwrap()
}

// ------------------------------------------------------------------ state

#[tokio::test]
async fn get_setup_state_sends_the_token_when_there_is_one() {
    let server = MockServer::once(Reply::json(200, &snapshot("needs-verification"))).await;
    let state = server.client().get_setup_state().send().await.unwrap().into_inner();
    let req = server.single();
    assert!(req.assert_operation("get_setup_state").is_empty());
    assert_eq!(req.target, "/v1/app/setup");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();

    assert_eq!(state.state, types::SetupState::NeedsVerification);
    assert!(state.e2ee.cross_signing);
    assert!(!state.e2ee.verified);
    assert_eq!(state.e2ee.recovery_key_generated_at, Some(1725489123.5));
    assert!(state.e2ee.secrets.self_signing_key);
    assert!(!state.e2ee.secrets.master_key);
    assert_eq!(state.matrix.as_ref().map(|m| m.user_id.as_str()), Some("@alice:beeper.com"));
    assert_eq!(state.verification, None);
}

#[tokio::test]
async fn get_setup_state_works_without_a_token_before_sign_in() {
    let body = json!({"state": "needs-login", "e2ee": {"crossSigning": false, "firstSyncDone": false,
        "hasBackedUpRecoveryKey": false, "initialized": false, "keyBackup": false, "secretStorage": false,
        "verified": false, "secrets": {"masterKey": false, "megolmBackupKey": false, "recoveryKey": false,
        "selfSigningKey": false, "userSigningKey": false}}, "matrix": null});
    let server = MockServer::once(Reply::json(200, &body)).await;
    let state = tokenless(&server).get_setup_state().send().await.unwrap().into_inner();
    let req = server.single();
    assert_eq!((req.method.as_str(), req.target.as_str()), ("GET", "/v1/app/setup"));
    assert_eq!(req.header("authorization"), None, "no token configured, none sent");
    assert_eq!(req.header("accept"), Some("application/json"));
    assert_eq!(state.state, types::SetupState::NeedsLogin);
    assert_eq!(state.matrix, None);
}

#[tokio::test]
async fn get_setup_state_keeps_an_unknown_state() {
    let server = MockServer::once(Reply::json(200, &snapshot("needs-coffee"))).await;
    let state = server.client().get_setup_state().send().await.unwrap().into_inner();
    server.single().assert_operation("get_setup_state");
    assert_eq!(state.state, types::SetupState::Other("needs-coffee".into()));
    assert_eq!(state.state.as_str(), "needs-coffee");
}

// ---------------------------------------------------------------- sign-in

#[tokio::test]
async fn start_setup_posts_without_token_or_body() {
    let server = MockServer::once(Reply::json(
        200,
        &json!({"setupRequestID": "sr-3b1c", "signInMethods": ["email", "passkey"]}),
    ))
    .await;
    let started = server.client().start_setup().send().await.unwrap().into_inner();
    let req = server.single();
    assert!(req.assert_operation("start_setup").is_empty());
    assert_eq!(req.target, "/v1/app/setup/start");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();
    assert_eq!(started.setup_request_id, "sr-3b1c");
    assert_eq!(started.sign_in_methods, vec!["email".to_owned(), "passkey".to_owned()]);
}

#[tokio::test]
async fn sign_in_calls_work_on_a_client_without_a_token() {
    let server = MockServer::once(Reply::json(200, &json!({"setupRequestID": "sr-1", "signInMethods": []}))).await;
    let started = tokenless(&server).start_setup().send().await.unwrap().into_inner();
    server.single().assert_operation("start_setup");
    assert_eq!(started.setup_request_id, "sr-1");
}

#[tokio::test]
async fn send_setup_email_is_void_and_sends_no_token() {
    let server = MockServer::once(Reply::empty(204)).await;
    let resp = server
        .client()
        .send_setup_email()
        .body_map(|b| b.email("alice+beeper@example.com".to_string()).setup_request_id("sr-3b1c".to_string()))
        .send()
        .await
        .unwrap();
    let req = server.single();
    assert!(req.assert_operation("send_setup_email").is_empty());
    assert_eq!(req.target, "/v1/app/setup/email");
    assert_eq!(req.header("accept"), Some("*/*"), "void operation (INVENTORY §1.4, Q27)");
    req.assert_json_body(&json!({"email": "alice+beeper@example.com", "setupRequestID": "sr-3b1c"}));
    assert_eq!(resp.status().as_u16(), 204);
}

#[tokio::test]
async fn send_setup_email_ignores_a_200_body() {
    let server = MockServer::once(Reply::json(200, &json!({"sent": true}))).await;
    let resp = server
        .client()
        .send_setup_email()
        .body_map(|b| b.email("a@example.com".to_string()).setup_request_id("sr".to_string()))
        .send()
        .await
        .unwrap();
    server.single().assert_operation("send_setup_email");
    assert_eq!(resp.status().as_u16(), 200);
}

#[tokio::test]
async fn submit_setup_response_decodes_a_sign_in() {
    let server = MockServer::once(Reply::json(200, &signed_in())).await;
    let answer = server
        .client()
        .submit_setup_response()
        .body_map(|b| b.response("123456".to_string()).setup_request_id("sr-3b1c".to_string()))
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    assert!(req.assert_operation("submit_setup_response").is_empty());
    assert_eq!(req.target, "/v1/app/setup/response");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_json_body(&json!({"response": "123456", "setupRequestID": "sr-3b1c"}));

    let SetupResponse::SignedIn(signed) = &answer else { panic!("{answer:?}") };
    assert_eq!(signed.matrix.access_token.expose(), "syt_YWxpY2U_secret");
    assert_eq!(signed.matrix.device_id, "ABCDEFGHIJ");
    assert_eq!(signed.session.state, types::SetupState::Initializing);
    assert!(!format!("{answer:?}").contains("syt_YWxpY2U_secret"), "the Matrix token never shows in Debug output");
}

#[tokio::test]
async fn submit_setup_response_decodes_registration_required() {
    let body = json!({"registrationRequired": true, "leadToken": "lead-9d2e", "setupRequestID": "sr-3b1c",
                      "usernameSuggestions": ["alice", "alice.smith"],
                      "copy": {"submit": "Continue", "title": "Choose your username",
                               "usernamePlaceholder": "Username", "terms": "By continuing you accept the terms."}});
    let server = MockServer::once(Reply::json(200, &body)).await;
    let answer = server
        .client()
        .submit_setup_response()
        .body_map(|b| b.response("654321".to_string()).setup_request_id("sr-3b1c".to_string()))
        .send()
        .await
        .unwrap()
        .into_inner();
    server.single().assert_operation("submit_setup_response");
    let SetupResponse::RegistrationRequired(needed) = answer else { panic!("expected registration") };
    assert!(needed.registration_required);
    assert_eq!(needed.lead_token, "lead-9d2e");
    assert_eq!(needed.copy.title, "Choose your username");
    assert_eq!(needed.username_suggestions, vec!["alice".to_owned(), "alice.smith".to_owned()]);
}

#[tokio::test]
async fn submit_setup_response_keeps_an_answer_of_neither_shape() {
    let body = json!({"mfaRequired": true, "challenge": "totp"});
    let server = MockServer::once(Reply::json(200, &body)).await;
    let answer = server
        .client()
        .submit_setup_response()
        .body_map(|b| b.response("1".to_string()).setup_request_id("sr".to_string()))
        .send()
        .await
        .unwrap()
        .into_inner();
    server.single().assert_operation("submit_setup_response");
    let SetupResponse::Unknown(raw) = answer else { panic!("expected the raw answer") };
    assert_eq!(Value::Object(raw), body);
}

#[tokio::test]
async fn register_user_sends_accept_terms_and_decodes_the_sign_in() {
    let server = MockServer::once(Reply::json(200, &signed_in())).await;
    let signed = server
        .client()
        .register_user()
        .body_map(|b| {
            b.accept_terms(true)
                .lead_token("lead-9d2e".to_string())
                .setup_request_id("sr-3b1c".to_string())
                .username("alice".to_string())
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    assert!(req.assert_operation("register_user").is_empty());
    assert_eq!(req.target, "/v1/app/setup/register");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_json_body(
        &json!({"acceptTerms": true, "leadToken": "lead-9d2e", "setupRequestID": "sr-3b1c", "username": "alice"}),
    );
    assert_eq!(signed.matrix.user_id, "@alice:beeper.com");
}

// ----------------------------------------------------------- recovery key

#[tokio::test]
async fn verify_recovery_key_sends_the_key_with_the_token() {
    let server = MockServer::once(Reply::json(200, &json!({"session": snapshot("ready")}))).await;
    let done = server
        .client()
        .verify_recovery_key()
        .body_map(|b| b.recovery_key("EsTc 8Yq2 Lm4D".to_string()))
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    assert!(req.assert_operation("verify_recovery_key").is_empty());
    assert_eq!(req.target, "/v1/app/setup/verification/recovery-key");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_json_body(&json!({"recoveryKey": "EsTc 8Yq2 Lm4D"}));
    assert_eq!(done.session.state, types::SetupState::Ready);
    assert!(done.session.e2ee.verified);
}

#[tokio::test]
async fn verify_recovery_key_without_a_token_is_rejected_before_sending() {
    let server = MockServer::start(vec![]).await;
    let err = tokenless(&server)
        .verify_recovery_key()
        .body_map(|b| b.recovery_key("k".to_string()))
        .send()
        .await
        .unwrap_err();
    assert!(server.requests().is_empty());
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
    assert!(err.to_string().contains("`verify_recovery_key` needs an access token"), "{err}");
}

#[tokio::test]
async fn reset_recovery_key_sends_an_empty_object_by_default() {
    let body = json!({"recoveryKey": "NeW1 KeY2 HeR3", "session": snapshot("needs-secrets")});
    let server = MockServer::once(Reply::json(200, &body)).await;
    let reset = server.client().reset_recovery_key().send().await.unwrap().into_inner();
    let req = server.single();
    assert!(req.assert_operation("reset_recovery_key").is_empty());
    assert_eq!(req.target, "/v1/app/setup/verification/recovery-key/reset");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_json_body(&json!({}));
    assert_eq!(reset.recovery_key, "NeW1 KeY2 HeR3");
    assert_eq!(reset.session.state, types::SetupState::NeedsSecrets);
}

#[tokio::test]
async fn reset_recovery_key_sends_the_existing_key_when_given() {
    let body = json!({"recoveryKey": "NeW1", "session": snapshot("needs-secrets")});
    let server = MockServer::once(Reply::json(200, &body)).await;
    server
        .client()
        .reset_recovery_key()
        .body_map(|b| b.existing_recovery_key("OlD1".to_string()))
        .send()
        .await
        .unwrap();
    let req = server.single();
    req.assert_operation("reset_recovery_key");
    req.assert_json_body(&json!({"existingRecoveryKey": "OlD1"}));
}

#[tokio::test]
async fn confirm_recovery_key_reset_sends_the_new_key() {
    let server = MockServer::once(Reply::json(200, &json!({"session": snapshot("ready")}))).await;
    let done = server
        .client()
        .confirm_recovery_key_reset()
        .body_map(|b| b.recovery_key("NeW1 KeY2 HeR3".to_string()))
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    assert!(req.assert_operation("confirm_recovery_key_reset").is_empty());
    assert_eq!(req.target, "/v1/app/setup/verification/recovery-key/reset/confirm");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_json_body(&json!({"recoveryKey": "NeW1 KeY2 HeR3"}));
    assert_eq!(done.session.state, types::SetupState::Ready);
}

// ---------------------------------------------------------- verifications

#[tokio::test]
async fn create_verification_sends_an_empty_object_by_default() {
    let server = MockServer::once(action_reply("verif-1", "requested", &["cancel"])).await;
    let created = server.client().create_verification().send().await.unwrap().into_inner();
    let req = server.single();
    assert!(req.assert_operation("create_verification").is_empty());
    assert_eq!(req.target, "/v1/app/setup/verifications");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_json_body(&json!({}));
    let v = created.verification.as_ref().unwrap();
    assert_eq!(v.id, "verif-1");
    assert_eq!(v.direction, types::VerificationDirection::Outgoing);
    assert_eq!(v.purpose, types::VerificationPurpose::Login);
    assert_eq!(v.methods, vec![types::VerificationMethod::Qr, types::VerificationMethod::Sas]);
    assert_eq!(v.state, types::VerificationState::Requested);
    assert_eq!(v.available_actions, vec![types::VerificationAction::Cancel]);
}

#[tokio::test]
async fn create_verification_sends_purpose_and_user() {
    let server = MockServer::once(action_reply("verif-9", "requested", &["cancel"])).await;
    server
        .client()
        .create_verification()
        .body_map(|b| b.purpose(types::VerificationPurpose::Device).user_id("@bob:beeper.com".to_string()))
        .send()
        .await
        .unwrap();
    let req = server.single();
    req.assert_operation("create_verification");
    req.assert_json_body(&json!({"purpose": "device", "userID": "@bob:beeper.com"}));
}

#[tokio::test]
async fn list_verifications_decodes_every_action_including_dotted_ones() {
    let mut incoming = verification(
        "verif-2",
        "sas_ready",
        &["accept", "cancel", "qr.confirmScanned", "sas.start", "sas.confirm", "qr.regenerate"],
    );
    incoming["direction"] = json!("incoming");
    incoming["otherDevice"] = json!({"id": "KLMNOPQRST", "name": "Beeper on iPhone"});
    incoming["sas"] = json!({"emojis": "🐶 🐱 🦁", "decimals": "1234 5678 9012"});
    incoming["qr"] = json!({"data": "TUFUUklY"});
    incoming["error"] = json!({"code": "m.timeout", "reason": "Took too long"});
    let body = json!({"items": [verification("verif-1", "requested", &["cancel"]), incoming]});
    let server = MockServer::once(Reply::json(200, &body)).await;
    let list = server.client().list_verifications().send().await.unwrap().into_inner();
    let req = server.single();
    assert!(req.assert_operation("list_verifications").is_empty());
    assert_eq!((req.method.as_str(), req.target.as_str()), ("GET", "/v1/app/setup/verifications"));
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();

    assert_eq!(list.items.len(), 2);
    let v = &list.items[1];
    assert_eq!(
        v.available_actions,
        vec![
            types::VerificationAction::Accept,
            types::VerificationAction::Cancel,
            types::VerificationAction::QrConfirmScanned,
            types::VerificationAction::SasStart,
            types::VerificationAction::SasConfirm,
            types::VerificationAction::Other("qr.regenerate".into()),
        ]
    );
    assert_eq!(v.available_actions[2].as_str(), "qr.confirmScanned");
    assert_eq!(v.direction, types::VerificationDirection::Incoming);
    assert_eq!(v.state, types::VerificationState::SasReady);
    assert_eq!(v.other_device.as_ref().and_then(|d| d.name.as_deref()), Some("Beeper on iPhone"));
    assert_eq!(v.sas.as_ref().map(|s| s.emojis.as_str()), Some("🐶 🐱 🦁"));
    assert_eq!(v.qr.as_ref().map(|q| q.data.as_str()), Some("TUFUUklY"));
    assert_eq!(v.error.as_ref().map(|e| e.reason.as_str()), Some("Took too long"));
}

#[tokio::test]
async fn get_verification_puts_the_id_in_the_path() {
    let server = MockServer::once(action_reply("verif-1", "ready", &["cancel", "sas.start"])).await;
    let found = server.client().get_verification().verification_id("verif-1").send().await.unwrap().into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("get_verification"), vec!["verif-1".to_owned()]);
    assert_eq!(req.target, "/v1/app/setup/verifications/verif-1");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();
    assert_eq!(found.verification.unwrap().state, types::VerificationState::Ready);
    assert_eq!(found.session.state, types::SetupState::NeedsVerification);
}

#[tokio::test]
async fn get_verification_tolerates_a_missing_verification() {
    let server = MockServer::once(Reply::json(200, &json!({"session": snapshot("ready"), "verification": null}))).await;
    let found = server.client().get_verification().verification_id("gone").send().await.unwrap().into_inner();
    server.single().assert_operation("get_verification");
    assert_eq!(found.verification, None);
}

#[tokio::test]
async fn accept_verification_posts_without_a_body() {
    let server = MockServer::once(action_reply("verif-2", "ready", &["cancel", "sas.start"])).await;
    let accepted = server.client().accept_verification().verification_id("verif-2").send().await.unwrap().into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("accept_verification"), vec!["verif-2".to_owned()]);
    assert_eq!(req.target, "/v1/app/setup/verifications/verif-2/accept");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();
    assert_eq!(accepted.verification.unwrap().state, types::VerificationState::Ready);
}

#[tokio::test]
async fn cancel_verification_sends_code_and_reason() {
    let server = MockServer::once(action_reply("verif-1", "cancelled", &[])).await;
    let cancelled = server
        .client()
        .cancel_verification()
        .verification_id("verif-1")
        .body_map(|b| b.code("m.user".to_string()).reason("Not me".to_string()))
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("cancel_verification"), vec!["verif-1".to_owned()]);
    assert_eq!(req.target, "/v1/app/setup/verifications/verif-1/cancel");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_json_body(&json!({"code": "m.user", "reason": "Not me"}));
    let v = cancelled.verification.unwrap();
    assert_eq!(v.state, types::VerificationState::Cancelled);
    assert!(v.available_actions.is_empty());
}

#[tokio::test]
async fn cancel_verification_sends_an_empty_object_by_default() {
    let server = MockServer::once(action_reply("verif-1", "cancelled", &[])).await;
    server.client().cancel_verification().verification_id("verif-1").send().await.unwrap();
    let req = server.single();
    req.assert_operation("cancel_verification");
    req.assert_json_body(&json!({}));
}

#[tokio::test]
async fn confirm_qr_scanned_posts_without_a_body() {
    let server = MockServer::once(action_reply("verif-1", "done", &[])).await;
    let done = server.client().confirm_qr_scanned().verification_id("verif-1").send().await.unwrap().into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("confirm_qr_scanned"), vec!["verif-1".to_owned()]);
    assert_eq!(req.target, "/v1/app/setup/verifications/verif-1/qr/confirm-scanned");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();
    assert_eq!(done.verification.unwrap().state, types::VerificationState::Done);
}

#[tokio::test]
async fn scan_verification_qr_posts_the_payload_to_the_literal_path() {
    let server = MockServer::once(action_reply("verif-3", "qr_scanned", &["cancel"])).await;
    let scanned = server
        .client()
        .scan_verification_qr()
        .body_map(|b| b.data("TUFUUklYAgEAB3ZlcmlmLTE=".to_string()))
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    assert!(req.assert_operation("scan_verification_qr").is_empty());
    assert_eq!(req.target, "/v1/app/setup/verifications/qr/scan", "literal segments, not a verification ID (Q33)");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_json_body(&json!({"data": "TUFUUklYAgEAB3ZlcmlmLTE="}));
    assert_eq!(scanned.verification.unwrap().state, types::VerificationState::QrScanned);
}

#[tokio::test]
async fn start_sas_verification_posts_without_a_body() {
    let mut body = json!({"session": snapshot("needs-verification"),
                          "verification": verification("verif-1", "sas_ready", &["cancel", "sas.confirm"])});
    body["verification"]["sas"] = json!({"emojis": "🐶 🐱 🦁 🐎 🦄 🐷 🐘"});
    let server = MockServer::once(Reply::json(200, &body)).await;
    let started =
        server.client().start_sas_verification().verification_id("verif-1").send().await.unwrap().into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("start_sas_verification"), vec!["verif-1".to_owned()]);
    assert_eq!(req.target, "/v1/app/setup/verifications/verif-1/sas/start");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();
    let sas = started.verification.unwrap().sas.unwrap();
    assert_eq!(sas.emojis, "🐶 🐱 🦁 🐎 🦄 🐷 🐘");
    assert_eq!(sas.decimals, None);
}

#[tokio::test]
async fn confirm_sas_verification_posts_without_a_body() {
    let server = MockServer::once(action_reply("verif-1", "done", &[])).await;
    let done = server.client().confirm_sas_verification().verification_id("verif-1").send().await.unwrap().into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("confirm_sas_verification"), vec!["verif-1".to_owned()]);
    assert_eq!(req.target, "/v1/app/setup/verifications/verif-1/sas/confirm");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();
    assert_eq!(done.verification.unwrap().state, types::VerificationState::Done);
}

#[tokio::test]
async fn verification_error_status_is_parsed() {
    let body = json!({"code": "invalid_state", "message": "Verification is not waiting for SAS"});
    let server = MockServer::once(Reply::json(409, &body)).await;
    let err = server.client().confirm_sas_verification().verification_id("verif-1").send().await.unwrap_err();
    server.single().assert_operation("confirm_sas_verification");
    match err {
        Error::Api { status, code, .. } => {
            assert_eq!(status.as_u16(), 409);
            assert_eq!(code, "invalid_state");
        }
        other => panic!("expected an API error, got {other:?}"),
    }
}
