//! The bridges area of the fake, driven through the real client: bridges
//! derived from the accounts, login flows, a login session walked step by
//! step until it connects an account, cancellation, failure, removal.

use std::collections::HashMap;

use beeper_desktop::types::{self, LoginDisplay, LoginStep};
use beeper_desktop_fake::FakeDesktop;
use beeper_desktop_fake::routes::bridges::REJECTED_CODE;

fn fields(pairs: &[(&str, &str)]) -> HashMap<String, String> {
    pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
}

#[tokio::test]
async fn bridges_agree_with_the_accounts() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let accounts = client.list_accounts().send().await.unwrap().into_inner();
    let bridges = client.list_bridges().send().await.unwrap().into_inner().items;
    for account in accounts.iter() {
        let bridge_id = &account.bridge.as_ref().unwrap().id;
        let bridge = bridges.iter().find(|b| &b.id == bridge_id).expect("every account's bridge is listed");
        assert!(bridge.accounts.iter().any(|a| a.account_id == account.account_id));
        assert_ne!(bridge.status, types::BridgeStatus::Available, "a bridge with accounts is in use");
        let login_id = account.login_id.as_deref().unwrap();
        let login = client.get_bridge_login().bridge_id(bridge_id).login_id(login_id).send().await.unwrap();
        assert!(login.account_ids.contains(&account.account_id));
        assert_eq!(login.status, types::BridgeLoginStatus::Connected);
    }
    let discord = bridges.iter().find(|b| b.id == "discordgo").expect("unused bridges are offered too");
    assert_eq!(discord.status, types::BridgeStatus::Available);
    assert!(discord.accounts.is_empty());

    let one = client.get_account().account_id(&accounts[0].account_id).send().await.unwrap().into_inner();
    assert_eq!(one, accounts[0]);
    let err = client.get_account().account_id("nope").send().await.unwrap_err();
    assert!(err.is_not_found(), "{err}");
    let labels = client.list_labels().send().await.unwrap().into_inner();
    assert!(labels.iter().any(|l| l.name == "Work"), "{labels:?}");
}

#[tokio::test]
async fn a_phone_login_walks_its_steps_and_connects_an_account() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let flows = client.list_login_flows().bridge_id("telegram").send().await.unwrap().into_inner().items;
    assert_eq!(flows[0].id, "phone");
    let caps = client.get_bridge_capabilities().bridge_id("telegram").send().await.unwrap();
    assert!(caps.resolve_identifier.lookup_phone);
    assert!(caps.group_creation.contains_key("group"));

    let session = client.create_login_session().bridge_id("telegram").send().await.unwrap().into_inner();
    assert_eq!(session.status, types::LoginSessionStatus::WaitingForInput);
    let Some(LoginStep::UserInput(phone)) = &session.current_step else { panic!("{session:?}") };
    assert_eq!(phone.fields[0].id, "phone_number");
    let id = session.login_session_id.clone();

    // A missing field is a validation error naming it; the session stays put.
    let err = client
        .submit_login_step()
        .bridge_id("telegram")
        .login_session_id(&id)
        .step_id("phone")
        .body_map(|b| b.kind(types::LoginStepKind::UserInput))
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(400), "{err}");
    assert!(err.to_string().contains("phone_number"), "{err}");

    let next = client
        .submit_login_step()
        .bridge_id("telegram")
        .login_session_id(&id)
        .step_id("phone")
        .body_map(|b| b.kind(types::LoginStepKind::UserInput).fields(fields(&[("phone_number", "+15550199")])))
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(next.current_step.as_ref().and_then(|s| s.step_id()), Some("code"));
    let polled = client.get_login_session().bridge_id("telegram").login_session_id(&id).send().await.unwrap();
    assert_eq!(polled.current_step, next.current_step, "GET shows the same step");

    // Submitting an old step is refused.
    let stale = client
        .submit_login_step()
        .bridge_id("telegram")
        .login_session_id(&id)
        .step_id("phone")
        .body_map(|b| b.kind(types::LoginStepKind::UserInput).fields(fields(&[("phone_number", "+1")])))
        .send()
        .await
        .unwrap_err();
    assert_eq!(stale.status().map(|s| s.as_u16()), Some(409), "{stale}");

    let done = client
        .submit_login_step()
        .bridge_id("telegram")
        .login_session_id(&id)
        .step_id("code")
        .body_map(|b| b.kind(types::LoginStepKind::UserInput).fields(fields(&[("code", "424242")])))
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(done.status, types::LoginSessionStatus::Complete);
    let Some(LoginStep::Complete(complete)) = &done.current_step else { panic!("{done:?}") };
    let account = complete.account.as_ref().expect("the new account");
    assert_eq!(account.user.phone_number.as_deref(), Some("+15550199"));
    assert_eq!(account.status, Some(types::AccountStatus::Connected));
    let listed = client.list_accounts().send().await.unwrap().into_inner();
    assert!(listed.iter().any(|a| a.account_id == account.account_id), "the new account is listed");
    let bridge = client.get_bridge().bridge_id("telegram").send().await.unwrap();
    assert_eq!(bridge.accounts.len(), 2);

    // Finished sessions cannot be cancelled.
    let err = client.cancel_login_session().bridge_id("telegram").login_session_id(&id).send().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(409), "{err}");
}

#[tokio::test]
async fn a_qr_login_completes_when_the_display_step_is_acknowledged() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let session = client
        .create_login_session()
        .bridge_id("signal")
        .body_map(|b| b.flow_id("qr".to_string()))
        .send()
        .await
        .unwrap()
        .into_inner();
    let Some(LoginStep::DisplayAndWait(wait)) = &session.current_step else { panic!("{session:?}") };
    let LoginDisplay::Qr(qr) = &wait.display else { panic!("{wait:?}") };
    assert!(qr.data.starts_with("2@"));
    let done = client
        .submit_login_step()
        .bridge_id("signal")
        .login_session_id(&session.login_session_id)
        .step_id("qr")
        .body_map(|b| b.kind(types::LoginStepKind::DisplayAndWait))
        .send()
        .await
        .unwrap();
    assert_eq!(done.status, types::LoginSessionStatus::Complete);
    assert!(done.login.is_some() && done.account.is_some());
}

#[tokio::test]
async fn a_cookies_login_and_a_wrong_step_type() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let session = client.create_login_session().bridge_id("discordgo").send().await.unwrap().into_inner();
    let Some(LoginStep::Cookies(cookies)) = &session.current_step else { panic!("{session:?}") };
    assert_eq!(session.status, types::LoginSessionStatus::WaitingForCookies);
    let wrong = client
        .submit_login_step()
        .bridge_id("discordgo")
        .login_session_id(&session.login_session_id)
        .step_id(&cookies.step_id)
        .body_map(|b| b.kind(types::LoginStepKind::UserInput))
        .send()
        .await
        .unwrap_err();
    assert_eq!(wrong.status().map(|s| s.as_u16()), Some(400), "{wrong}");
    let done = client
        .submit_login_step()
        .bridge_id("discordgo")
        .login_session_id(&session.login_session_id)
        .step_id(&cookies.step_id)
        .body_map(|b| {
            b.kind(types::LoginStepKind::Cookies)
                .fields(fields(&[("session", "tok")]))
                .last_url("https://discordgo.example/app".to_string())
                .source(types::LoginStepSource::Webview)
        })
        .send()
        .await
        .unwrap();
    assert_eq!(done.status, types::LoginSessionStatus::Complete);
    assert_eq!(done.account.as_ref().unwrap().network.as_deref(), Some("Discord"));
}

#[tokio::test]
async fn a_session_can_be_cancelled_or_fail() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let session = client.create_login_session().bridge_id("telegram").send().await.unwrap().into_inner();
    let cancelled = client
        .cancel_login_session()
        .bridge_id("telegram")
        .login_session_id(&session.login_session_id)
        .send()
        .await
        .unwrap();
    assert_eq!(cancelled.status, types::LoginSessionCancelStatus::Cancelled);
    let after =
        client.get_login_session().bridge_id("telegram").login_session_id(&session.login_session_id).send().await;
    let after = after.unwrap();
    assert_eq!(after.status, types::LoginSessionStatus::Cancelled);
    assert_eq!(after.current_step, None);

    let session = client.create_login_session().bridge_id("telegram").send().await.unwrap().into_inner();
    let id = session.login_session_id;
    client
        .submit_login_step()
        .bridge_id("telegram")
        .login_session_id(&id)
        .step_id("phone")
        .body_map(|b| b.kind(types::LoginStepKind::UserInput).fields(fields(&[("phone_number", "+15550100")])))
        .send()
        .await
        .unwrap();
    let failed = client
        .submit_login_step()
        .bridge_id("telegram")
        .login_session_id(&id)
        .step_id("code")
        .body_map(|b| b.kind(types::LoginStepKind::UserInput).fields(fields(&[("code", REJECTED_CODE)])))
        .send()
        .await
        .unwrap();
    assert_eq!(failed.status, types::LoginSessionStatus::Failed);
    assert_eq!(failed.error.as_ref().map(|e| e.code.as_str()), Some("invalid_code"));
    assert_eq!(client.get_bridge().bridge_id("telegram").send().await.unwrap().accounts.len(), 1, "nothing connected");
}

#[tokio::test]
async fn single_account_bridges_refuse_a_second_account_but_reconnect() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let imessage = client.get_bridge().bridge_id("local-imessage").send().await.unwrap().into_inner();
    assert_eq!(imessage.status, types::BridgeStatus::LimitReached);
    let err = client.create_login_session().bridge_id("local-imessage").send().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(409), "{err}");

    let account_id = imessage.accounts[0].account_id.clone();
    fake.with_world(|w| {
        let account = w.accounts.iter_mut().find(|a| a.account_id == account_id).unwrap();
        account.status = Some(types::AccountStatus::ReconnectRequired);
    });
    let login_id = imessage.accounts[0].login_id.clone().unwrap();
    let login = client.get_bridge_login().bridge_id("local-imessage").login_id(&login_id).send().await.unwrap();
    assert_eq!(login.status, types::BridgeLoginStatus::NeedsLogin);

    let session = client
        .create_login_session()
        .bridge_id("local-imessage")
        .body_map(|b| b.account_id(account_id.clone()))
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(session.login_id.as_deref(), Some(login_id.as_str()));
    let done = client
        .submit_login_step()
        .bridge_id("local-imessage")
        .login_session_id(&session.login_session_id)
        .step_id("credentials")
        .body_map(|b| {
            b.kind(types::LoginStepKind::UserInput).fields(fields(&[("username", "alice"), ("password", "pw")]))
        })
        .send()
        .await
        .unwrap();
    assert_eq!(done.status, types::LoginSessionStatus::Complete);
    let account = client.get_account().account_id(&account_id).send().await.unwrap();
    assert_eq!(account.status, Some(types::AccountStatus::Connected), "reconnected, not duplicated");
    assert_eq!(client.get_bridge().bridge_id("local-imessage").send().await.unwrap().accounts.len(), 1);
}

#[tokio::test]
async fn removing_a_login_removes_its_accounts_and_chats() {
    let fake = FakeDesktop::start().await;
    let client = fake.client();
    let logins = client.list_bridge_logins().bridge_id("telegram").send().await.unwrap().into_inner().items;
    let login = &logins[0];
    let account_id = login.account_ids[0].clone();
    let chats_before = fake.chats().iter().filter(|c| c.account_id == account_id).count();
    assert!(chats_before > 0, "the seeded account has chats");
    let mut changes = fake.subscribe();

    let removed = client
        .remove_bridge_login()
        .bridge_id("telegram")
        .login_id(&login.login_id)
        .body_map(|b| b.scope(types::LoginRemoveScope::CurrentDevice))
        .send()
        .await
        .unwrap();
    assert_eq!(removed.status, types::LoginRemoveStatus::Removed);
    assert_eq!(removed.affected_account_ids, vec![account_id.clone()]);
    assert!(client.get_account().account_id(&account_id).send().await.unwrap_err().is_not_found());
    assert_eq!(fake.chats().iter().filter(|c| c.account_id == account_id).count(), 0);
    assert!(matches!(changes.try_recv(), Ok(beeper_desktop_fake::changes::Change::ChatDeleted { .. })));
    let bridge = client.get_bridge().bridge_id("telegram").send().await.unwrap();
    assert_eq!(bridge.status, types::BridgeStatus::Available);
}
