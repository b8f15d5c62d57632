//! The token store: per-instance files, private permissions, no token in
//! any output, and `Client::from_env` using a stored token.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use beeper_desktop::client::{ENV_ACCESS_TOKEN, ENV_BASE_URL, ENV_BASE_URL_LEGACY};
use beeper_desktop::token_store::{AuthToken, ENV_CONFIG_DIR, TokenStore, TokenStoreError};
use beeper_desktop::{Client, ClientBuilder};

use crate::server::{AuthServer, Script};

#[test]
fn saves_loads_and_deletes_per_instance() {
    let dir = tempfile::tempdir().unwrap();
    let store = TokenStore::new(dir.path());
    let expires = UNIX_EPOCH + Duration::from_secs(2_000_000_000);
    let a = AuthToken::new("http://127.0.0.1:23373/", "token-a")
        .with_scopes(["read", "write"])
        .with_expires_at(expires)
        .with_client_id("client-9");
    let b = AuthToken::new("http://127.0.0.1:23380", "token-b");
    store.save(&a).unwrap();
    store.save(&b).unwrap();

    let loaded = store.load("http://localhost:23373").unwrap().unwrap();
    assert_eq!(loaded, a, "all fields survive, localhost names the same instance");
    assert_eq!(store.load("http://127.0.0.1:23380").unwrap().unwrap().secret(), "token-b");
    assert!(store.load("http://127.0.0.1:23381").unwrap().is_none());

    // Saving again replaces.
    store.save(&AuthToken::new("http://127.0.0.1:23373", "token-a2")).unwrap();
    assert_eq!(store.load("http://127.0.0.1:23373").unwrap().unwrap().secret(), "token-a2");

    assert!(store.delete("http://127.0.0.1:23373").unwrap());
    assert!(!store.delete("http://127.0.0.1:23373").unwrap());
    assert!(store.load("http://127.0.0.1:23373").unwrap().is_none());
    assert_eq!(store.load("http://127.0.0.1:23380").unwrap().unwrap().secret(), "token-b", "other instance kept");
    let leftovers: Vec<_> =
        std::fs::read_dir(dir.path().join("tokens")).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(leftovers.len(), 1, "no temporary files left: {leftovers:?}");
}

#[cfg(unix)]
#[test]
fn token_files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let store = TokenStore::new(dir.path().join("nested"));
    let path = store.save(&AuthToken::new("http://127.0.0.1:23373", "t")).unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "file mode {mode:o}");
    let dir_mode = std::fs::metadata(path.parent().unwrap()).unwrap().permissions().mode() & 0o777;
    assert_eq!(dir_mode, 0o700, "directory mode {dir_mode:o}");
    // Replacing keeps the mode (a fresh private file is renamed over it).
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    store.save(&AuthToken::new("http://127.0.0.1:23373", "t2")).unwrap();
    assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
}

#[test]
fn a_damaged_file_is_a_typed_error_that_does_not_quote_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = TokenStore::new(dir.path());
    let path = store.path_for("http://127.0.0.1:23373");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, r#"{"version":1,"base_url":"x","access_token": sekrit-garbage"#).unwrap();
    let err = store.load("http://127.0.0.1:23373").unwrap_err();
    assert!(matches!(err, TokenStoreError::Corrupt { .. }), "{err:?}");
    assert!(!err.to_string().contains("sekrit") && !format!("{err:?}").contains("sekrit"), "{err}");
    assert!(err.to_string().contains("sign in again"));
}

#[test]
fn expiry_is_judged_against_the_clock() {
    let now = SystemTime::now();
    let token = AuthToken::new("http://x", "t").with_expires_at(now + Duration::from_secs(60));
    assert!(!token.is_expired_at(now));
    assert!(token.is_expired_at(now + Duration::from_secs(60)));
    assert!(!AuthToken::new("http://x", "t").is_expired(), "unknown expiry never counts as expired");
}

/// Sets or removes a variable. SAFETY: only the one test below touches
/// these variables in this test binary, and std's accessors take the env lock.
fn set_env(name: &str, value: Option<&str>) {
    unsafe {
        match value {
            Some(v) => std::env::set_var(name, v),
            None => std::env::remove_var(name),
        }
    }
}

// All environment changes in this one test: the environment is process-wide.
#[tokio::test]
async fn from_env_prefers_the_variable_then_the_stored_token() {
    let dir = tempfile::tempdir().unwrap();
    let server = AuthServer::start(Script::default()).await;
    server.issue("stored-token", &["read"], None);
    server.issue("env-token", &["read"], None);
    let store = TokenStore::new(dir.path());
    store.save(&AuthToken::new(server.base_url(), "stored-token")).unwrap();

    set_env(ENV_CONFIG_DIR, Some(dir.path().to_str().unwrap()));
    set_env(ENV_BASE_URL, Some(&server.base_url()));
    set_env(ENV_BASE_URL_LEGACY, None);

    // 1. BEEPER_ACCESS_TOKEN wins.
    set_env(ENV_ACCESS_TOKEN, Some("env-token"));
    let client = ClientBuilder::from_env().max_retries(0).build().unwrap();
    client.list_accounts().send().await.unwrap();
    // 2. Without it, the stored token for this base URL.
    set_env(ENV_ACCESS_TOKEN, None);
    let client = Client::from_env().unwrap();
    assert!(client.has_access_token());
    client.list_accounts().send().await.unwrap();
    assert!(!format!("{client:?}").contains("stored-token"));
    // 3. Another base URL has no stored token.
    set_env(ENV_BASE_URL, Some("http://127.0.0.1:9"));
    assert!(!Client::from_env().unwrap().has_access_token());
    // 4. An expired stored token is not sent; the error says to sign in again.
    set_env(ENV_BASE_URL, Some(&server.base_url()));
    store
        .save(
            &AuthToken::new(server.base_url(), "stored-token")
                .with_expires_at(SystemTime::now() - Duration::from_secs(5)),
        )
        .unwrap();
    let client = Client::from_env().unwrap();
    assert!(!client.has_access_token());
    let err = client.list_accounts().send().await.unwrap_err();
    assert!(err.to_string().contains("expired") && err.to_string().contains("sign in again"), "{err}");
    // 5. A damaged store is reported, not silently ignored.
    std::fs::write(store.path_for(&server.base_url()), "not json").unwrap();
    let err = Client::from_env().unwrap_err();
    assert!(err.to_string().contains("damaged"), "{err}");
    // 6. Explicit settings skip the store entirely.
    assert!(!Client::builder().base_url(server.base_url()).build().unwrap().has_access_token());

    for name in [ENV_CONFIG_DIR, ENV_BASE_URL, ENV_ACCESS_TOKEN] {
        set_env(name, None);
    }
}
