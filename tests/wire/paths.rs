//! Client-side request checks and client configuration (INVENTORY.md §1.1,
//! §1.2, §1.6, §10, Q32, Q36, Q37).
//!
//! Path IDs that would change the route (empty, `.`, `..`) are refused before
//! anything is sent, every other ID is percent-encoded like the official SDKs
//! do (RFC 3986 `pchar` kept, the rest escaped), and `ClientBuilder` reads the
//! base URL, token, user agent and timeout from code and environment.

use std::ffi::OsString;
use std::time::{Duration, Instant};

use beeper_desktop::client::{DEFAULT_BASE_URL, ENV_ACCESS_TOKEN, ENV_BASE_URL, ENV_BASE_URL_LEGACY};
use beeper_desktop::token_store::ENV_CONFIG_DIR;
use beeper_desktop::{Client, ClientBuilder, ConfigError, Error};

use crate::support::{MockServer, Reply, TOKEN};

/// Asserts `result` is the client-side `InvalidRequest` naming `param`.
fn assert_rejected<T: std::fmt::Debug>(result: Result<T, Error>, param: &str) -> String {
    match result {
        Err(Error::InvalidRequest(msg)) => {
            assert!(msg.contains(&format!("`{param}`")), "message does not name `{param}`: {msg}");
            msg
        }
        other => panic!("expected Error::InvalidRequest naming {param}, got {other:?}"),
    }
}

/// Raw request targets the server received, in order.
fn targets(server: &MockServer) -> Vec<String> {
    server.requests().iter().map(|r| r.target.clone()).collect()
}

// §1.6 / §10: an empty chat ID would turn `GET /v1/chats/{id}` into the
// chat list; it is refused before sending.
#[tokio::test]
async fn empty_chat_id_is_rejected_before_sending() {
    let server = MockServer::once(Reply::fixture(200, "chat.json")).await;
    let result = server.client().get_chat().chat_id("").send().await;
    let msg = assert_rejected(result, "chatID");
    assert!(msg.contains("get_chat"), "message does not name the operation: {msg}");
    assert!(server.requests().is_empty(), "sent: {:?}", targets(&server));
}

// §1.6: `.` and `..` chat IDs are dot segments the URL parser would fold.
#[tokio::test]
async fn dot_segment_chat_ids_are_rejected_before_sending() {
    let server = MockServer::once(Reply::fixture(200, "chat.json")).await;
    for id in [".", ".."] {
        let result = server.client().get_chat().chat_id(id).send().await;
        assert_rejected(result, "chatID");
    }
    assert!(server.requests().is_empty(), "sent: {:?}", targets(&server));
}

// §1.6: a `..` message ID would climb to the chat route.
#[tokio::test]
async fn dot_dot_message_id_is_rejected_before_sending() {
    let server = MockServer::once(Reply::fixture(200, "message.json")).await;
    let result = server.client().get_message().chat_id("!a1b2c3:beeper.local").message_id("..").send().await;
    let msg = assert_rejected(result, "messageID");
    assert!(!msg.contains("`chatID`"), "blames the valid chat ID: {msg}");
    assert!(server.requests().is_empty(), "sent: {:?}", targets(&server));
}

// §1.6: an empty reaction key would hit `.../reactions/`.
#[tokio::test]
async fn empty_reaction_key_is_rejected_before_sending() {
    let server = MockServer::once(Reply::fixture(200, "reaction_delete.json")).await;
    let result = server
        .client()
        .delete_reaction()
        .chat_id("!a1b2c3:beeper.local")
        .message_id("1343993")
        .reaction_key("")
        .send()
        .await;
    let msg = assert_rejected(result, "reactionKey");
    assert!(!msg.contains("`chatID`") && !msg.contains("`messageID`"), "blames valid IDs: {msg}");
    assert!(server.requests().is_empty(), "sent: {:?}", targets(&server));
}

// §1.6: only whole `.`/`..` segments are special; IDs that merely contain
// dots, including `...`, go out unchanged.
#[tokio::test]
async fn ids_containing_dots_are_sent_unchanged() {
    let ids = ["a.b", "...", ".hidden", "..x", "x.."];
    let server = MockServer::start(ids.iter().map(|_| Reply::fixture(200, "chat.json")).collect()).await;
    let client = server.client();
    for id in ids {
        let chat = client.get_chat().chat_id(id).send().await;
        assert!(chat.is_ok(), "get_chat({id:?}) failed: {chat:?}");
    }
    let expected: Vec<String> = ids.iter().map(|id| format!("/v1/chats/{id}")).collect();
    assert_eq!(targets(&server), expected);
}

// Q32: Matrix-style IDs keep the RFC 3986 sub-delims, `:` and `@` raw.
#[tokio::test]
async fn matrix_ids_keep_pchar_characters_raw() {
    let server = MockServer::once(Reply::fixture(200, "reaction_delete.json")).await;
    server
        .client()
        .delete_reaction()
        .chat_id("!room:beeper.com")
        .message_id("$Ev+1,a;b=c@d:beeper.com")
        .reaction_key("!$&'()*+,;=:@-._~")
        .send()
        .await
        .unwrap();
    let req = server.single();
    req.assert_operation("delete_reaction");
    assert_eq!(req.target, "/v1/chats/!room:beeper.com/messages/$Ev+1,a;b=c@d:beeper.com/reactions/!$&'()*+,;=:@-._~");
}

// Q32: `/ ? # %`, space and non-ASCII (emoji reaction keys) are
// percent-encoded as UTF-8.
#[tokio::test]
async fn reserved_and_non_ascii_characters_are_percent_encoded() {
    let server = MockServer::once(Reply::fixture(200, "reaction_delete.json")).await;
    server
        .client()
        .delete_reaction()
        .chat_id("a/b?c#d%e f")
        .message_id("héllo")
        .reaction_key("👍🏽")
        .send()
        .await
        .unwrap();
    let req = server.single();
    let params = req.assert_operation("delete_reaction");
    assert_eq!(params, ["a%2Fb%3Fc%23d%25e%20f", "h%C3%A9llo", "%F0%9F%91%8D%F0%9F%8F%BD"]);
    assert_eq!(req.raw_query(), None);
}

// Q32: an ID that looks percent-encoded is sent literally (its `%` escaped),
// so `%2e%2e` is never decoded into a `..` segment.
#[tokio::test]
async fn percent_sequences_in_ids_are_escaped_not_decoded() {
    let server = MockServer::once(Reply::fixture(200, "chat.json")).await;
    server.client().get_chat().chat_id("%2e%2e").send().await.unwrap();
    assert_eq!(server.single().target, "/v1/chats/%252e%252e");
}

// §1.6: characters outside `pchar` are escaped too; a backslash in
// particular must not become a path separator.
#[tokio::test]
async fn characters_outside_pchar_are_percent_encoded() {
    let server = MockServer::once(Reply::fixture(200, "reaction_delete.json")).await;
    server
        .client()
        .delete_reaction()
        .chat_id("!a1b2c3:beeper.local")
        .message_id("1343993")
        .reaction_key("¯\\_(ツ)_/¯ |^[]\"<>`{}")
        .send()
        .await
        .unwrap();
    let params = server.single().assert_operation("delete_reaction");
    assert_eq!(params[2], "%C2%AF%5C_(%E3%83%84)_%2F%C2%AF%20%7C%5E%5B%5D%22%3C%3E%60%7B%7D");
}

// Q37: without a token, authenticated operations fail before sending and
// name the environment variable; `get_info` needs no token.
#[tokio::test]
async fn missing_token_fails_authenticated_operations_but_not_get_info() {
    let server = MockServer::once(Reply::fixture(200, "info.json")).await;
    let client = Client::builder().base_url(server.url()).build().unwrap();
    assert!(!client.has_access_token());

    let result = client.list_accounts().send().await;
    match result {
        Err(Error::InvalidRequest(msg)) => {
            assert!(msg.contains(ENV_ACCESS_TOKEN), "message does not mention {ENV_ACCESS_TOKEN}: {msg}")
        }
        other => panic!("expected Error::InvalidRequest, got {other:?}"),
    }
    assert!(server.requests().is_empty(), "sent without a token: {:?}", targets(&server));

    let info = client.get_info().send().await.unwrap();
    assert_eq!(info.app.name, "Beeper");
    let req = server.single();
    assert_eq!(req.target, "/v1/info");
    assert_eq!(req.header("authorization"), None);
}

// A blank token counts as no token.
#[tokio::test]
async fn blank_token_counts_as_no_token() {
    let server = MockServer::once(Reply::fixture(200, "accounts.json")).await;
    let client = Client::builder().base_url(server.url()).access_token("  ").build().unwrap();
    assert!(!client.has_access_token());
    let result = client.list_accounts().send().await;
    assert!(matches!(result, Err(Error::InvalidRequest(_))), "{result:?}");
    assert!(server.requests().is_empty());
}

// §1.1: a trailing slash on the base URL does not produce `//`.
#[tokio::test]
async fn trailing_slash_in_base_url_is_not_doubled() {
    let server = MockServer::once(Reply::fixture(200, "chat.json")).await;
    let client = Client::builder().base_url(format!("{}/", server.url())).access_token(TOKEN).build().unwrap();
    assert_eq!(client.base_url(), server.url());
    client.get_chat().chat_id("!a1b2c3:beeper.local").send().await.unwrap();
    assert_eq!(server.single().target, "/v1/chats/!a1b2c3:beeper.local");
}

// A base URL with a path prefix (reverse proxy) keeps the prefix, and the
// dot-segment check still works under it.
#[tokio::test]
async fn base_url_path_prefix_is_kept_and_checked_under() {
    let server = MockServer::start(vec![Reply::fixture(200, "chat.json"), Reply::fixture(200, "message.json")]).await;
    let client = Client::builder().base_url(format!("{}/prefix/", server.url())).access_token(TOKEN).build().unwrap();
    assert_eq!(client.base_url(), format!("{}/prefix", server.url()));

    client.get_chat().chat_id("!a1b2c3:beeper.local").send().await.unwrap();
    client.get_message().chat_id("!a1b2c3:beeper.local").message_id("1343993").send().await.unwrap();
    assert_eq!(
        targets(&server),
        ["/prefix/v1/chats/!a1b2c3:beeper.local", "/prefix/v1/chats/!a1b2c3:beeper.local/messages/1343993"]
    );

    for id in ["", ".", ".."] {
        assert_rejected(client.get_chat().chat_id(id).send().await, "chatID");
    }
    assert_rejected(client.get_message().chat_id("!a1b2c3:beeper.local").message_id("..").send().await, "messageID");
    assert_eq!(server.requests().len(), 2, "a bad ID was sent under the prefix: {:?}", targets(&server));
}

/// Restores environment variables when dropped, even if the test panics.
struct EnvGuard(Vec<(&'static str, Option<OsString>)>);

impl EnvGuard {
    fn save(names: &[&'static str]) -> Self {
        Self(names.iter().map(|n| (*n, std::env::var_os(n))).collect())
    }
}

impl Drop for EnvGuard {
    fn drop(&mut self) {
        for (name, value) in &self.0 {
            set_env(name, value.as_deref().and_then(|v| v.to_str()));
        }
    }
}

/// Sets (`Some`) or removes (`None`) a variable.
fn set_env(name: &str, value: Option<&str>) {
    // SAFETY: only `from_env_reads_base_url_and_token_with_precedence`
    // touches these variables, and no other test of this binary reads them;
    // the std accessors used here and by the crate take the env lock.
    unsafe {
        match value {
            Some(v) => std::env::set_var(name, v),
            None => std::env::remove_var(name),
        }
    }
}

/// Sets the three variables the client reads.
fn set_all(base_url: Option<&str>, legacy_base_url: Option<&str>, token: Option<&str>) {
    set_env(ENV_BASE_URL, base_url);
    set_env(ENV_BASE_URL_LEGACY, legacy_base_url);
    set_env(ENV_ACCESS_TOKEN, token);
}

// §1.2 / Q36: BEEPER_BASE_URL > BEEPER_DESKTOP_BASE_URL > default; empty
// counts as unset; the token comes from BEEPER_ACCESS_TOKEN; setters called
// after `from_env` win. All environment changes live in this one test
// because the environment is process-wide.
#[tokio::test]
async fn from_env_reads_base_url_and_token_with_precedence() {
    let _restore = EnvGuard::save(&[ENV_BASE_URL, ENV_BASE_URL_LEGACY, ENV_ACCESS_TOKEN, ENV_CONFIG_DIR]);
    // Never the real user's stored tokens: an empty store.
    let empty_store = std::env::temp_dir().join(format!("beeper-paths-no-store-{}", std::process::id()));
    set_env(ENV_CONFIG_DIR, empty_store.to_str());

    set_all(None, None, None);
    let client = Client::from_env().unwrap();
    assert_eq!(client.base_url(), DEFAULT_BASE_URL);
    assert!(!client.has_access_token());

    set_all(None, Some("http://127.0.0.1:23374/"), None);
    assert_eq!(Client::from_env().unwrap().base_url(), "http://127.0.0.1:23374");

    set_all(Some("http://127.0.0.1:23375"), Some("http://127.0.0.1:23374"), None);
    assert_eq!(Client::from_env().unwrap().base_url(), "http://127.0.0.1:23375");

    set_all(Some(""), Some("http://127.0.0.1:23374"), Some(""));
    let client = Client::from_env().unwrap();
    assert_eq!(client.base_url(), "http://127.0.0.1:23374", "empty BEEPER_BASE_URL must count as unset");
    assert!(!client.has_access_token(), "empty BEEPER_ACCESS_TOKEN must count as unset");

    set_all(Some(""), Some(""), None);
    assert_eq!(Client::from_env().unwrap().base_url(), DEFAULT_BASE_URL);

    // The environment's URL and token are what actually goes on the wire.
    let env_server = MockServer::once(Reply::fixture(200, "accounts.json")).await;
    set_all(Some(&env_server.url()), Some("http://127.0.0.1:9"), Some(TOKEN));
    let client = ClientBuilder::from_env().max_retries(0).build().unwrap();
    client.list_accounts().send().await.unwrap();
    env_server.single().assert_operation("list_accounts");

    // Explicit setters after `from_env` win over the environment.
    let explicit_server = MockServer::once(Reply::fixture(200, "accounts.json")).await;
    let client = ClientBuilder::from_env()
        .base_url(explicit_server.url())
        .access_token("explicit-token")
        .max_retries(0)
        .build()
        .unwrap();
    client.list_accounts().send().await.unwrap();
    assert_eq!(explicit_server.single().header("authorization"), Some("Bearer explicit-token"));
    assert_eq!(env_server.requests().len(), 1, "the environment's server was used again");
}

#[test]
fn invalid_base_urls_are_config_errors() {
    for url in
        ["not a url", "ftp://x", "localhost:23373", "http://localhost:23373/?debug=1", "http://localhost:23373/#top"]
    {
        match Client::builder().base_url(url).build() {
            Err(ConfigError::InvalidBaseUrl { url: reported, .. }) => assert_eq!(reported, url),
            other => panic!("{url:?}: expected ConfigError::InvalidBaseUrl, got {other:?}"),
        }
    }
}

#[test]
fn debug_output_never_shows_the_token() {
    let secret = "bdt_live_7Q2x9LmPz4KsW8vN";
    let builder = Client::builder().base_url("http://localhost:23373").access_token(secret);
    let shown = format!("{builder:?}");
    assert!(!shown.contains(secret), "builder Debug shows the token: {shown}");
    assert!(shown.contains("localhost:23373"), "builder Debug lost its other fields: {shown}");

    let client = builder.build().unwrap();
    let shown = format!("{client:?}");
    assert!(!shown.contains(secret), "client Debug shows the token: {shown}");
    assert!(!format!("{client:#?}").contains(secret));
}

#[test]
fn access_token_that_cannot_be_a_header_is_a_config_error() {
    let result = Client::builder().access_token("line\nbreak").build();
    assert!(matches!(result, Err(ConfigError::InvalidAccessToken)), "{result:?}");
}

#[tokio::test]
async fn default_user_agent_names_the_crate_and_version() {
    let server = MockServer::once(Reply::fixture(200, "info.json")).await;
    server.client().get_info().send().await.unwrap();
    let expected = concat!("beeper-desktop-rs/", env!("CARGO_PKG_VERSION"));
    assert_eq!(server.single().header("user-agent"), Some(expected));
}

#[tokio::test]
async fn custom_user_agent_is_sent() {
    let server = MockServer::once(Reply::fixture(200, "info.json")).await;
    let client = Client::builder().base_url(server.url()).user_agent("x/1").build().unwrap();
    client.get_info().send().await.unwrap();
    assert_eq!(server.single().header("user-agent"), Some("x/1"));
}

// A server that accepts the connection but never answers trips the
// configured timeout (retries off, so the test takes one timeout).
#[tokio::test]
async fn timeout_applies_to_a_server_that_never_answers() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (hold_tx, hold_rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(async move {
        let (socket, _) = listener.accept().await.unwrap();
        // Hold the socket open, never replying, until the test is done.
        let _ = hold_rx.await;
        drop(socket);
    });

    let client = Client::builder()
        .base_url(format!("http://{addr}"))
        .access_token(TOKEN)
        .timeout(Duration::from_millis(200))
        .max_retries(0)
        .build()
        .unwrap();
    let started = Instant::now();
    let result = tokio::time::timeout(Duration::from_secs(2), client.list_accounts().send())
        .await
        .expect("the client's own timeout did not fire within 2 s");
    let elapsed = started.elapsed();
    drop(hold_tx);

    match result {
        Err(ref e @ Error::Transport(ref inner)) => {
            assert!(inner.is_timeout() && e.is_timeout(), "not a timeout: {e:?}");
            assert!(e.to_string().starts_with("request timed out: "), "{e}");
        }
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert!(elapsed >= Duration::from_millis(180), "gave up too early: {elapsed:?}");
    assert!(elapsed < Duration::from_secs(1), "timeout too late: {elapsed:?}");
}
