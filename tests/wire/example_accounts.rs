//! The `accounts` example run as a process against the loopback server.

use std::process::Output;

use serde_json::json;

use crate::support::{MockServer, Reply, TOKEN};

async fn run_accounts(server: &MockServer) -> Output {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().and_then(|deps| deps.parent()).unwrap().join("examples");
    let path = dir.join(format!("accounts{}", std::env::consts::EXE_SUFFIX));
    assert!(path.exists(), "{} is not built; run the tests with `cargo test`", path.display());
    tokio::process::Command::new(path)
        .env_remove("BEEPER_DESKTOP_BASE_URL")
        .env("BEEPER_BASE_URL", server.url())
        .env("BEEPER_ACCESS_TOKEN", TOKEN)
        .output()
        .await
        .unwrap()
}

#[tokio::test]
async fn accounts_lists_network_bridge_and_login_state() {
    let accounts = json!([
        {"accountID": "whatsapp", "network": "WhatsApp", "status": "connected", "loginID": "login-1",
         "bridge": {"id": "local-whatsapp", "provider": "local", "type": "whatsapp"},
         "user": {"id": "@alice:beeper.local", "fullName": "Alice", "phoneNumber": "+15550100"}},
        {"accountID": "discordgo", "network": "Discord", "status": "reconnect_required",
         "statusText": "Sign in again", "loginID": "login-9",
         "bridge": {"id": "discordgo", "provider": "cloud", "type": "discordgo"},
         "user": {"id": "@alice_d:beeper.com", "username": "alice#1"}}
    ]);
    let bridges = json!({"items": [
        {"id": "local-whatsapp", "type": "whatsapp", "displayName": "WhatsApp", "provider": "local",
         "status": "connected", "supportsMultipleAccounts": true, "activeAccountCount": 1, "accounts": []},
        {"id": "discordgo", "type": "discordgo", "displayName": "Discord", "provider": "cloud",
         "status": "connected", "supportsMultipleAccounts": false, "activeAccountCount": 1, "accounts": []}
    ]});
    let server = MockServer::start(vec![
        Reply::fixture(200, "info.json"),
        Reply::json(200, &accounts),
        Reply::json(200, &bridges),
        // Logins are fetched per bridge in ID order: discordgo, then local-whatsapp.
        Reply::json(
            200,
            &json!({"items": [{"bridgeID": "discordgo", "loginID": "login-9", "status": "needs_login",
                                            "statusText": "Token expired", "removeScopes": ["current-device"]}]}),
        ),
        Reply::json(
            200,
            &json!({"items": [{"bridgeID": "local-whatsapp", "loginID": "login-1", "status": "connected",
                                            "removeScopes": ["current-device", "all-devices"]}]}),
        ),
    ])
    .await;
    let out = run_accounts(&server).await;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    for line in [
        "2 accounts:",
        "WhatsApp · whatsapp",
        "  user:   Alice (+15550100)",
        "  bridge: WhatsApp (local-whatsapp, local)",
        "  state:  connected",
        "  login:  login-1 connected",
        "Discord · discordgo",
        "  user:   alice#1",
        "  bridge: Discord (discordgo, cloud)",
        "  state:  reconnect_required — Sign in again",
        "  login:  login-9 needs_login — Token expired",
    ] {
        assert!(stdout.lines().any(|l| l == line), "missing line {line:?} in:\n{stdout}");
    }
    let requests = server.requests();
    let ops = ["get_info", "list_accounts", "list_bridges", "list_bridge_logins", "list_bridge_logins"];
    assert_eq!(requests.len(), ops.len());
    for (req, op) in requests.iter().zip(ops) {
        req.assert_operation(op);
    }
    assert_eq!(requests[3].target, "/v1/bridges/discordgo/logins");
    assert_eq!(requests[4].target, "/v1/bridges/local-whatsapp/logins");
}

#[tokio::test]
async fn accounts_still_lists_accounts_on_a_server_without_bridges() {
    let server = MockServer::start(vec![
        Reply::fixture(200, "info.json"),
        Reply::fixture(200, "accounts.json"),
        Reply::json(404, &json!({"code": "not_found", "message": "Cannot GET /v1/bridges"})),
    ])
    .await;
    let out = run_accounts(&server).await;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    for line in [
        "WhatsApp · whatsapp",
        "  bridge: whatsapp (local-whatsapp, local)",
        "  state:  connected",
        "Beeper (Matrix) · matrix",
        "  user:   alice",
        "  state:  unknown",
    ] {
        assert!(stdout.lines().any(|l| l == line), "missing line {line:?} in:\n{stdout}");
    }
    assert_eq!(server.requests().len(), 3, "no login lookups without the bridges API");
}

#[tokio::test]
async fn accounts_reports_a_refused_token() {
    let server = MockServer::start(vec![
        Reply::fixture(200, "info.json"),
        Reply::json(401, &json!({"code": "unauthorized", "message": "Invalid token"})),
    ])
    .await;
    let out = run_accounts(&server).await;
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("Listing accounts failed: Beeper Desktop refused the access token"), "{stderr}");
    assert!(!stderr.contains(TOKEN));
}
