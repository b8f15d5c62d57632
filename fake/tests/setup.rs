//! The app-setup area of the fake, driven through the real client: sign-in
//! by e-mail code (existing and new users), the recovery key and its reset,
//! and verifications that can be accepted, walked to `done` or cancelled.

use beeper_desktop::types::{self, SetupResponse};
use beeper_desktop::{Client, Error};
use beeper_desktop_fake::FakeDesktop;
use beeper_desktop_fake::routes::setup::EMAIL_CODE;
use beeper_desktop_fake::state::setup::RECOVERY_KEY;

fn tokenless(fake: &FakeDesktop) -> Client {
    Client::builder().base_url(fake.base_url()).max_retries(0).build().unwrap()
}

async fn sign_in(client: &Client, email: &str) -> SetupResponse {
    let started = client.start_setup().send().await.unwrap().into_inner();
    assert_eq!(started.sign_in_methods, vec!["email".to_owned()]);
    let request = started.setup_request_id;
    client
        .send_setup_email()
        .body_map(|b| b.email(email.to_string()).setup_request_id(request.clone()))
        .send()
        .await
        .unwrap();
    client
        .submit_setup_response()
        .body_map(|b| b.response(EMAIL_CODE.to_string()).setup_request_id(request))
        .send()
        .await
        .unwrap()
        .into_inner()
}

#[tokio::test]
async fn setup_state_is_public_only_while_signed_out() {
    let fake = FakeDesktop::start().await;
    let state = fake.client().get_setup_state().send().await.unwrap().into_inner();
    assert_eq!(state.state, types::SetupState::Ready);
    assert!(state.e2ee.verified);
    let err = tokenless(&fake).get_setup_state().send().await.unwrap_err();
    assert!(err.is_unauthorized(), "signed in: a token is needed ({err})");

    fake.with_world(|w| w.setup.sign_out());
    let state = tokenless(&fake).get_setup_state().send().await.unwrap().into_inner();
    assert_eq!(state.state, types::SetupState::NeedsLogin);
    assert_eq!(state.matrix, None);
}

#[tokio::test]
async fn a_known_address_signs_in_and_then_verifies_with_the_recovery_key() {
    let fake = FakeDesktop::start().await;
    fake.with_world(|w| w.setup.sign_out());
    let open = tokenless(&fake);
    let SetupResponse::SignedIn(signed) = sign_in(&open, "Alice@Example.com").await else { panic!("known user") };
    assert!(signed.matrix.access_token.expose().starts_with("syt_"));
    assert_eq!(signed.session.state, types::SetupState::NeedsVerification);

    let client = fake.client();
    let wrong = client.verify_recovery_key().body_map(|b| b.recovery_key("nope".to_string())).send().await.unwrap_err();
    assert_eq!(wrong.status().map(|s| s.as_u16()), Some(400), "{wrong}");
    // Spacing does not matter, as when a user retypes the key.
    let key = RECOVERY_KEY.replace(' ', "");
    let done = client.verify_recovery_key().body_map(|b| b.recovery_key(key)).send().await.unwrap().into_inner();
    assert_eq!(done.session.state, types::SetupState::Ready);
    assert!(done.session.e2ee.secrets.recovery_key);
}

#[tokio::test]
async fn a_wrong_code_is_refused_and_a_new_address_registers() {
    let fake = FakeDesktop::start().await;
    let open = tokenless(&fake);
    let request = open.start_setup().send().await.unwrap().into_inner().setup_request_id;
    open.send_setup_email()
        .body_map(|b| b.email("new.person@example.com".to_string()).setup_request_id(request.clone()))
        .send()
        .await
        .unwrap();
    let err = open
        .submit_setup_response()
        .body_map(|b| b.response("999999".to_string()).setup_request_id(request.clone()))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(&err, Error::Api { code, .. } if code == "INVALID_CODE"), "{err:?}");

    let answer = open
        .submit_setup_response()
        .body_map(|b| b.response(EMAIL_CODE.to_string()).setup_request_id(request.clone()))
        .send()
        .await
        .unwrap()
        .into_inner();
    let SetupResponse::RegistrationRequired(needed) = answer else { panic!("a new address must register") };
    assert_eq!(needed.username_suggestions[0], "new.person");
    let signed = open
        .register_user()
        .body_map(|b| {
            b.accept_terms(true)
                .lead_token(needed.lead_token.clone())
                .setup_request_id(request.clone())
                .username("new.person".to_string())
        })
        .send()
        .await
        .unwrap();
    assert_eq!(signed.matrix.user_id, "@new.person:beeper.com");

    // Signing in again with that address now finds the user.
    let SetupResponse::SignedIn(again) = sign_in(&open, "new.person@example.com").await else { panic!("registered") };
    assert_eq!(again.matrix.user_id, "@new.person:beeper.com");
}

#[tokio::test]
async fn the_recovery_key_can_be_reset_and_confirmed() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let err = client
        .reset_recovery_key()
        .body_map(|b| b.existing_recovery_key("wrong".to_string()))
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(400));
    let reset = client.reset_recovery_key().send().await.unwrap().into_inner();
    assert_ne!(reset.recovery_key, RECOVERY_KEY);
    let mismatch =
        client.confirm_recovery_key_reset().body_map(|b| b.recovery_key(RECOVERY_KEY.to_string())).send().await;
    assert!(mismatch.is_err(), "the old key does not confirm the reset");
    client.confirm_recovery_key_reset().body_map(|b| b.recovery_key(reset.recovery_key.clone())).send().await.unwrap();
    // Now the new key verifies and the old one no longer does.
    client.verify_recovery_key().body_map(|b| b.recovery_key(reset.recovery_key.clone())).send().await.unwrap();
    assert!(client.verify_recovery_key().body_map(|b| b.recovery_key(RECOVERY_KEY.to_string())).send().await.is_err());
}

#[tokio::test]
async fn an_outgoing_verification_walks_to_done_by_emoji() {
    let fake = FakeDesktop::start().await;
    let _ = sign_in(&tokenless(&fake), "alice@example.com").await;
    let client = fake.client();
    let created = client.create_verification().send().await.unwrap().into_inner();
    let v = created.verification.unwrap();
    assert_eq!(
        (v.state.clone(), v.direction.clone()),
        (types::VerificationState::Requested, types::VerificationDirection::Outgoing)
    );
    assert_eq!(v.available_actions, vec![types::VerificationAction::Cancel]);
    assert_eq!(created.session.verification.as_ref().map(|x| x.id.as_str()), Some(v.id.as_str()));

    // Acting before the other device answered is refused.
    let early = client.start_sas_verification().verification_id(&v.id).send().await.unwrap_err();
    assert_eq!(early.status().map(|s| s.as_u16()), Some(409), "{early}");

    let ready =
        client.get_verification().verification_id(&v.id).send().await.unwrap().into_inner().verification.unwrap();
    assert_eq!(ready.state, types::VerificationState::Ready);
    assert!(ready.available_actions.contains(&types::VerificationAction::SasStart));
    assert!(ready.qr.is_some());
    let sas = client.start_sas_verification().verification_id(&v.id).send().await.unwrap().into_inner();
    let sas = sas.verification.unwrap();
    assert_eq!(sas.state, types::VerificationState::SasReady);
    assert!(!sas.sas.unwrap().emojis.is_empty());
    let done = client.confirm_sas_verification().verification_id(&v.id).send().await.unwrap().into_inner();
    assert_eq!(done.verification.unwrap().state, types::VerificationState::Done);
    assert_eq!(done.session.state, types::SetupState::Ready);
    assert!(done.session.e2ee.verified);
    assert!(client.list_verifications().send().await.unwrap().items.is_empty(), "finished ones are not listed");
}

#[tokio::test]
async fn a_verification_purpose_outside_the_enum_is_refused_and_not_stored() {
    let fake = FakeDesktop::start().await;
    let _ = sign_in(&tokenless(&fake), "alice@example.com").await;
    let client = fake.client();
    let err = client
        .create_verification()
        .body_map(|b| b.purpose(Some(types::VerificationPurpose::Other("AAA".into()))))
        .send()
        .await
        .unwrap_err();
    assert_eq!((err.status().map(|s| s.as_u16()), err.code()), (Some(400), Some("VALIDATION_ERROR")), "{err}");
    assert!(client.list_verifications().send().await.unwrap().items.is_empty(), "nothing was stored");
    let device = client
        .create_verification()
        .body_map(|b| b.purpose(Some(types::VerificationPurpose::Device)))
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(device.verification.unwrap().purpose, types::VerificationPurpose::Device);
}

#[tokio::test]
async fn an_incoming_verification_is_accepted_or_cancelled() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let incoming = fake.with_world(|w| w.setup.request_incoming_verification());
    let listed = client.list_verifications().send().await.unwrap().into_inner().items;
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].available_actions, vec![types::VerificationAction::Accept, types::VerificationAction::Cancel]);
    let accepted = client.accept_verification().verification_id(&incoming).send().await.unwrap().into_inner();
    assert_eq!(accepted.verification.unwrap().state, types::VerificationState::Ready);
    let again = client.accept_verification().verification_id(&incoming).send().await.unwrap_err();
    assert_eq!(again.status().map(|s| s.as_u16()), Some(409), "{again}");

    let second = fake.with_world(|w| w.setup.request_incoming_verification());
    let cancelled = client
        .cancel_verification()
        .verification_id(&second)
        .body_map(|b| b.reason("Not me".to_string()))
        .send()
        .await
        .unwrap()
        .into_inner()
        .verification
        .unwrap();
    assert_eq!(cancelled.state, types::VerificationState::Cancelled);
    assert_eq!(cancelled.error.map(|e| (e.code, e.reason)), Some(("m.user".to_owned(), "Not me".to_owned())));
    assert!(cancelled.available_actions.is_empty());
    assert!(client.get_verification().verification_id("verif-404").send().await.unwrap_err().is_not_found());
}

#[tokio::test]
async fn qr_codes_verify_in_both_directions() {
    let fake = FakeDesktop::start().await;
    let _ = sign_in(&tokenless(&fake), "alice@example.com").await;
    let client = fake.client();
    let bad = client.scan_verification_qr().body_map(|b| b.data("hello".to_string())).send().await.unwrap_err();
    assert_eq!(bad.status().map(|s| s.as_u16()), Some(400));
    let scanned = client.scan_verification_qr().body_map(|b| b.data("MATRIX\u{2}abc".to_string())).send().await;
    let scanned = scanned.unwrap().into_inner();
    assert_eq!(scanned.verification.unwrap().state, types::VerificationState::Done);
    assert_eq!(scanned.session.state, types::SetupState::Ready);

    let _ = sign_in(&tokenless(&fake), "alice@example.com").await;
    let v = client.create_verification().send().await.unwrap().into_inner().verification.unwrap();
    client.get_verification().verification_id(&v.id).send().await.unwrap();
    let done = client.confirm_qr_scanned().verification_id(&v.id).send().await.unwrap().into_inner();
    assert_eq!(done.verification.unwrap().state, types::VerificationState::Done);
    assert_eq!(done.session.state, types::SetupState::Ready);
}
