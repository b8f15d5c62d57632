//! Accounts and contacts: `list_accounts`, `list_contacts`, `search_contacts`.
//!
//! Pinned here (INVENTORY §3.2, §4.4, Q7): the account list is a bare JSON
//! array whose entries grow fields between server generations (`bridge`,
//! `status`, ...); account IDs such as `slackgo.TEAM-USER` travel raw in the
//! path; query values are form-encoded, so a literal `+` must go out as
//! `%2B` (a raw `+` would read as a space).

use beeper_desktop::types;
use serde_json::json;

use crate::support::{MockServer, Reply};

// ---------------------------------------------------------------- list_accounts

#[tokio::test]
async fn list_accounts_decodes_a_bare_array() {
    let server = MockServer::once(Reply::fixture(200, "accounts.json")).await;
    let accounts = server.client().list_accounts().send().await.unwrap().into_inner();
    let req = server.single();
    assert!(req.assert_operation("list_accounts").is_empty());
    assert_eq!(req.target, "/v1/accounts");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();

    assert_eq!(accounts.len(), 2);
    let whatsapp = &accounts[0];
    assert_eq!(whatsapp.account_id, "whatsapp");
    assert_eq!(whatsapp.network.as_deref(), Some("WhatsApp"));
    assert_eq!(whatsapp.status, Some(types::AccountStatus::Connected));
    let bridge = whatsapp.bridge.as_ref().expect("bridge");
    assert_eq!(bridge.id, "local-whatsapp");
    assert_eq!(bridge.provider, types::BridgeProvider::Local);
    assert_eq!(bridge.kind, "whatsapp");
    assert_eq!(whatsapp.user.id, "@alice:beeper.local");
    assert_eq!(whatsapp.user.phone_number.as_deref(), Some("+15550100"));
    assert_eq!(whatsapp.user.is_self, Some(true));

    let matrix = &accounts[1];
    assert_eq!(matrix.account_id, "matrix");
    assert_eq!(matrix.status, None, "a 5.0-era account has no status");
    assert_eq!(matrix.bridge.as_ref().map(|b| &b.provider), Some(&types::BridgeProvider::Cloud));
    assert_eq!(matrix.user.username.as_deref(), Some("alice"));
}

#[tokio::test]
async fn list_accounts_tolerates_old_and_newer_servers() {
    let server = MockServer::once(Reply::fixture(200, "acct_mixed_generations.json")).await;
    let accounts = server.client().list_accounts().send().await.unwrap().into_inner();
    let req = server.single();
    req.assert_operation("list_accounts");
    assert_eq!(req.target, "/v1/accounts");

    // Q7: a server older than Desktop v4.2.785 sends neither bridge nor status.
    let old = &accounts[0];
    assert_eq!(old.account_id, "slackgo.TEAM-USER");
    assert_eq!(old.bridge, None);
    assert_eq!(old.status, None);
    assert_eq!(old.network.as_deref(), Some("Slack"));
    assert_eq!(old.user.full_name.as_deref(), Some("Alice A."));

    // A newer server with a status and a bridge provider this client does not know.
    let new = &accounts[1];
    assert_eq!(new.account_id, "local-whatsapp_ba_x");
    assert_eq!(new.status, Some(types::AccountStatus::Other("hibernating".into())));
    assert_eq!(new.status_text.as_deref(), Some("Sleeping until the phone wakes up"));
    assert_eq!(new.login_id.as_deref(), Some("login-42"));
    let bridge = new.bridge.as_ref().expect("bridge");
    assert_eq!(bridge.provider, types::BridgeProvider::Other("satellite".into()));
    assert_eq!(bridge.id, "local-whatsapp");
    let caps = new.capabilities.as_ref().expect("capabilities");
    assert_eq!(caps.get("canStartChats"), Some(&json!(true)));
    assert_eq!(caps.get("maxGroupSize"), Some(&json!(1024)));
}

#[tokio::test]
async fn list_accounts_decodes_every_documented_status_and_provider() {
    let statuses = [
        ("connected", types::AccountStatus::Connected),
        ("connecting", types::AccountStatus::Connecting),
        ("backfilling", types::AccountStatus::Backfilling),
        ("connection_required", types::AccountStatus::ConnectionRequired),
        ("reconnect_required", types::AccountStatus::ReconnectRequired),
        ("attention_required", types::AccountStatus::AttentionRequired),
        ("disconnected", types::AccountStatus::Disconnected),
        ("disabled", types::AccountStatus::Disabled),
    ];
    let providers = [
        ("cloud", types::BridgeProvider::Cloud),
        ("self-hosted", types::BridgeProvider::SelfHosted),
        ("local", types::BridgeProvider::Local),
        ("platform-sdk", types::BridgeProvider::PlatformSdk),
    ];
    let body: Vec<_> = statuses
        .iter()
        .enumerate()
        .map(|(i, (status, _))| {
            json!({
                "accountID": format!("acct-{i}"),
                "status": status,
                "bridge": {"id": "b", "provider": providers[i % providers.len()].0, "type": "t"},
                "user": {"id": format!("@u{i}:beeper.local")}
            })
        })
        .collect();
    let server = MockServer::once(Reply::json(200, &json!(body))).await;
    let accounts = server.client().list_accounts().send().await.unwrap().into_inner();
    server.single().assert_operation("list_accounts");
    assert_eq!(accounts.len(), statuses.len());
    for (i, account) in accounts.iter().enumerate() {
        assert_eq!(account.status.as_ref(), Some(&statuses[i].1), "status {}", statuses[i].0);
        let provider = &providers[i % providers.len()];
        assert_eq!(account.bridge.as_ref().unwrap().provider, provider.1, "provider {}", provider.0);
    }
}

// ---------------------------------------------------------------- list_contacts

#[tokio::test]
async fn list_contacts_keeps_dots_and_dashes_of_the_account_id_raw() {
    let server = MockServer::once(Reply::fixture(200, "contacts_page.json")).await;
    let page = server.client().list_contacts().account_id("slackgo.TEAM-USER").send().await.unwrap().into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("list_contacts"), vec!["slackgo.TEAM-USER".to_owned()]);
    assert_eq!(req.target, "/v1/accounts/slackgo.TEAM-USER/contacts/list");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();

    assert_eq!(page.items.len(), 1);
    let bob = &page.items[0];
    assert_eq!(bob.id, "@bob:beeper.local");
    assert_eq!(bob.full_name.as_deref(), Some("Bob"));
    assert_eq!(bob.username.as_deref(), Some("bob"));
    assert_eq!(bob.phone_number.as_deref(), Some("+15550101"));
    assert_eq!(page.has_more, Some(true));
    assert_eq!(page.oldest_cursor.as_deref(), Some("c2Vlbjox|b=="));
    assert_eq!(page.newest_cursor, None, "null cursor decodes as None");
}

#[tokio::test]
async fn list_contacts_sends_cursor_direction_limit_and_query() {
    let server = MockServer::once(Reply::json(200, &json!({"items": []}))).await;
    let page = server
        .client()
        .list_contacts()
        .account_id("local-whatsapp_ba_x")
        .cursor("c2Vlbjox|b==")
        .direction(types::Direction::Before)
        .limit(20)
        .query("bob smith")
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("list_contacts"), vec!["local-whatsapp_ba_x".to_owned()]);
    assert_eq!(req.path(), "/v1/accounts/local-whatsapp_ba_x/contacts/list");
    assert_eq!(
        req.query(),
        vec![
            ("cursor".into(), "c2Vlbjox|b==".into()),
            ("direction".into(), "before".into()),
            ("limit".into(), "20".into()),
            ("query".into(), "bob smith".into()),
        ]
    );
    assert_eq!(req.raw_query(), Some("cursor=c2Vlbjox%7Cb%3D%3D&direction=before&limit=20&query=bob+smith"));
    req.assert_no_body();
    // A page without hasMore or cursors (Q2, Q3) still decodes.
    assert!(page.items.is_empty());
    assert_eq!(page.has_more, None);
    assert_eq!(page.oldest_cursor, None);
}

// ---------------------------------------------------------------- search_contacts

#[tokio::test]
async fn search_contacts_escapes_plus_of_a_phone_number() {
    let server = MockServer::once(Reply::fixture(200, "contacts_search.json")).await;
    let found = server
        .client()
        .search_contacts()
        .account_id("local-whatsapp_ba_x")
        .query("+15550101")
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    assert_eq!(req.assert_operation("search_contacts"), vec!["local-whatsapp_ba_x".to_owned()]);
    assert_eq!(req.target, "/v1/accounts/local-whatsapp_ba_x/contacts?query=%2B15550101");
    assert_eq!(req.query(), vec![("query".into(), "+15550101".into())]);
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_no_body();

    assert_eq!(found.items.len(), 1);
    let bob = &found.items[0];
    assert_eq!(bob.id, "@bob:beeper.local");
    assert_eq!(bob.img_url.as_deref(), Some("mxc://beeper.local/avatar-bob"));
    assert_eq!(bob.cannot_message, Some(false));
}

#[tokio::test]
async fn search_contacts_escapes_at_sign_of_a_username() {
    let server = MockServer::once(Reply::json(200, &json!({"items": []}))).await;
    let found = server
        .client()
        .search_contacts()
        .account_id("slackgo.TEAM-USER")
        .query("@bob.smith")
        .send()
        .await
        .unwrap()
        .into_inner();
    let req = server.single();
    req.assert_operation("search_contacts");
    assert_eq!(req.target, "/v1/accounts/slackgo.TEAM-USER/contacts?query=%40bob.smith");
    assert!(found.items.is_empty());
}
