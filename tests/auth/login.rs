//! The PKCE flow end to end on loopback, and what each plausible answer of
//! the real app (OAUTH.md §12) does to it.

use std::time::{Duration, Instant, SystemTime};

use beeper_desktop::login::{Login, LoginError, SCOPE_READ, SCOPE_WRITE, logout};
use beeper_desktop::token_store::{AuthToken, TokenStore};
use beeper_desktop::{AuthFailure, Client};
use serde_json::json;

use crate::server::{AuthServer, Script, following_browser};

fn login_at(server: &AuthServer) -> (Login, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    let (browser, opened) = following_browser();
    let login = Login::new(server.base_url())
        .scopes([SCOPE_READ, SCOPE_WRITE])
        .callback_timeout(Duration::from_secs(10))
        .browser(browser);
    (login, opened)
}

fn client_with(server: &AuthServer, token: &AuthToken) -> Client {
    Client::builder().base_url(server.base_url()).access_token(token.secret()).max_retries(0).build().unwrap()
}

#[tokio::test]
async fn full_pkce_flow_registers_authorizes_exchanges_and_the_token_works() {
    let server = AuthServer::start(Script::default()).await;
    let (login, opened) = login_at(&server);
    let before = SystemTime::now();
    let token = login.run().await.unwrap();

    // Registration: a public client for the exact loopback callback URL.
    let record = server.record();
    assert_eq!(record.registrations.len(), 1);
    let registration = &record.registrations[0];
    let redirect = registration["redirect_uris"][0].as_str().unwrap().to_owned();
    assert!(redirect.starts_with("http://127.0.0.1:") && redirect.ends_with("/callback"), "{redirect}");
    assert_ne!(redirect, "http://127.0.0.1:0/callback", "the real port is registered");
    assert_eq!(registration["token_endpoint_auth_method"], "none");
    assert_eq!(registration["grant_types"], json!(["authorization_code"]));
    assert_eq!(registration["response_types"], json!(["code"]));
    assert_eq!(registration["scope"], "read write");

    // Authorize: the URL the browser got carries PKCE S256 and a fresh state.
    let opened = opened.lock().unwrap().clone();
    assert_eq!(opened.len(), 1);
    assert!(opened[0].starts_with(&format!("{}/oauth/authorize?", server.base_url())), "{}", opened[0]);
    assert!(opened[0].contains("scope=read+write"), "{}", opened[0]);
    let query = &record.authorize_queries[0];
    assert_eq!(query["response_type"], "code");
    assert_eq!(query["client_id"], "client-1");
    assert_eq!(query["redirect_uri"], redirect);
    assert_eq!(query["code_challenge_method"], "S256");
    assert_eq!(query["code_challenge"].len(), 43, "base64url of a SHA-256");
    assert!(query["state"].len() >= 16, "state must be unguessable: {}", query["state"]);

    // Token: the form the server checked (verifier matches the challenge).
    let form = &record.token_forms[0];
    assert_eq!(form["grant_type"], "authorization_code");
    assert_eq!(form["client_id"], "client-1");
    assert_eq!(form["redirect_uri"], redirect);
    assert!((43..=128).contains(&form["code_verifier"].len()));

    assert_eq!(token.base_url(), server.base_url());
    assert_eq!(token.secret(), "tok-1-secret");
    assert_eq!(token.token_type(), "Bearer");
    assert_eq!(token.scopes(), ["read", "write"], "no `scope` in the answer: the requested ones");
    assert_eq!(token.client_id(), Some("client-1"));
    let expires = token.expires_at().expect("expires_in was sent");
    assert!(expires >= before + Duration::from_secs(3600) && expires <= SystemTime::now() + Duration::from_secs(3600));
    assert!(!format!("{token:?}").contains("tok-1-secret"), "Debug shows the token: {token:?}");

    // The token is accepted for reading and writing.
    let client = client_with(&server, &token);
    client.list_accounts().send().await.unwrap();
    client.send_message().chat_id("!c:beeper.local").body_map(|b| b.text("hi".to_string())).send().await.unwrap();
}

#[tokio::test]
async fn the_flow_can_run_on_a_spawned_task() {
    let server = AuthServer::start(Script::default()).await;
    let (login, _) = login_at(&server);
    let token = tokio::spawn(async move { login.run().await }).await.unwrap().unwrap();
    assert_eq!(token.secret(), "tok-1-secret");
}

// §12.2: registration may answer 200 or 201, and may or may not echo the
// endpoints; §2: the metadata document may be missing (older builds), then
// `/v1/info` endpoints are used.
#[tokio::test]
async fn tolerates_registration_200_or_201_echoed_endpoints_and_missing_metadata() {
    for (status, echo, metadata) in [(200, false, true), (201, true, true), (200, true, false), (201, false, false)] {
        let server = AuthServer::start(Script {
            register_status: status,
            register_echoes_endpoints: echo,
            metadata,
            ..Script::default()
        })
        .await;
        let (login, _) = login_at(&server);
        let token =
            login.run().await.unwrap_or_else(|e| panic!("status {status}, echo {echo}, metadata {metadata}: {e}"));
        assert_eq!(token.secret(), "tok-1-secret");
    }
}

// §5 / §12.1: expires_in missing, a number, a numeric string; token_type
// missing or lower case; the token answered with 201.
#[tokio::test]
async fn tolerates_every_shape_of_the_token_answer() {
    let cases = [
        (None, Some("Bearer"), 200, None),
        (Some(json!(60)), None, 200, Some(60)),
        (Some(json!("120")), Some("bearer"), 201, Some(120)),
        (Some(json!(30.0)), Some("Bearer"), 200, Some(30)),
    ];
    for (expires_in, token_type, token_status, expected) in cases {
        let server =
            AuthServer::start(Script { expires_in: expires_in.clone(), token_type, token_status, ..Script::default() })
                .await;
        let (login, _) = login_at(&server);
        let token = login.run().await.unwrap_or_else(|e| panic!("{expires_in:?} {token_type:?}: {e}"));
        match expected {
            None => assert_eq!(token.expires_at(), None),
            Some(seconds) => {
                let at = token.expires_at().unwrap();
                let left = at.duration_since(SystemTime::now()).unwrap_or_default();
                assert!(
                    left <= Duration::from_secs(seconds)
                        && left + Duration::from_secs(30) >= Duration::from_secs(seconds)
                );
            }
        }
        assert!(token.token_type().eq_ignore_ascii_case("bearer"));
    }
}

#[tokio::test]
async fn granted_scopes_from_the_answer_win_over_the_requested_ones() {
    let server = AuthServer::start(Script { granted_scope: Some("read".into()), ..Script::default() }).await;
    let (login, _) = login_at(&server);
    let token = login.run().await.unwrap();
    assert_eq!(token.scopes(), ["read"]);
    assert!(token.has_scope("read") && !token.has_scope("write"));
}

#[tokio::test]
async fn a_callback_with_another_state_is_rejected_and_nothing_is_exchanged() {
    let server = AuthServer::start(Script { state_override: Some("forged-state".into()), ..Script::default() }).await;
    let (login, _) = login_at(&server);
    let err = login.run().await.unwrap_err();
    assert!(matches!(err, LoginError::StateMismatch), "{err:?}");
    assert!(server.record().token_forms.is_empty(), "the code must not be exchanged");
}

#[tokio::test]
async fn a_declined_prompt_is_reported_with_the_servers_reason() {
    let server = AuthServer::start(Script { deny_with: Some("access_denied"), ..Script::default() }).await;
    let (login, _) = login_at(&server);
    match login.run().await.unwrap_err() {
        LoginError::Denied { error, description } => {
            assert_eq!(error, "access_denied");
            assert_eq!(description.as_deref(), Some("User declined"));
        }
        other => panic!("expected Denied, got {other:?}"),
    }
}

#[tokio::test]
async fn no_callback_times_out_and_the_url_was_offered() {
    let server = AuthServer::start(Script::default()).await;
    let opened = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = opened.clone();
    // A "browser" that never visits the page.
    let login = Login::new(server.base_url()).callback_timeout(Duration::from_millis(300)).browser(move |url: &str| {
        seen.lock().unwrap().push(url.to_owned());
        Ok(())
    });
    let started = Instant::now();
    let err = login.run().await.unwrap_err();
    assert!(matches!(err, LoginError::CallbackTimeout { waited } if waited == Duration::from_millis(300)), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(10), "did not hang");
    assert_eq!(opened.lock().unwrap().len(), 1);
    assert!(err.to_string().contains("run the sign-in again"), "{err}");
}

#[tokio::test]
async fn a_desktop_without_a_signed_in_user_is_reported_before_registering() {
    let server = AuthServer::start(Script { setup_state: Some("needs-login"), ..Script::default() }).await;
    let (login, _) = login_at(&server);
    assert!(matches!(login.run().await.unwrap_err(), LoginError::DesktopSignedOut));
    assert!(server.record().registrations.is_empty());
}

#[tokio::test]
async fn endpoints_advertised_on_another_origin_are_not_used() {
    // The documents point at a port nobody listens on; the fixed paths on
    // the Desktop's own origin are used instead.
    let server =
        AuthServer::start(Script { advertised_origin: Some("http://127.0.0.1:9".into()), ..Script::default() }).await;
    let (login, opened) = login_at(&server);
    login.run().await.unwrap();
    assert!(opened.lock().unwrap()[0].starts_with(&format!("{}/oauth/authorize?", server.base_url())));
}

// §12.5: the token endpoint's error body may be RFC 6749's or Beeper's.
#[tokio::test]
async fn token_errors_are_reported_in_either_error_shape() {
    let cases = [
        (400, json!({"error": "invalid_grant", "error_description": "code expired"}), "invalid_grant: code expired"),
        (
            400,
            json!({"message": "Invalid code verifier", "code": "bad_request"}),
            "Invalid code verifier (bad_request)",
        ),
        (500, json!("boom"), "boom"),
    ];
    for (status, body, expected) in cases {
        let server = AuthServer::start(Script { token_error: Some((status, body)), ..Script::default() }).await;
        let (login, _) = login_at(&server);
        let err = login.run().await.unwrap_err();
        let LoginError::TokenExchange { detail } = &err else { panic!("expected TokenExchange, got {err:?}") };
        assert!(detail.contains(expected), "{detail:?} should contain {expected:?}");
        let form = server.record().token_forms[0].clone();
        let text = err.to_string();
        assert!(!text.contains(&form["code"]) && !text.contains(&form["code_verifier"]), "{text}");
    }
}

// ------------------------------------------------------------ refused tokens

#[tokio::test]
async fn an_expired_token_gets_a_typed_sign_in_again() {
    let server = AuthServer::start(Script::default()).await;
    server.issue("old-token", &["read", "write"], Some(SystemTime::now() - Duration::from_secs(1)));
    let token = AuthToken::new(server.base_url(), "old-token");
    let err = client_with(&server, &token).list_accounts().send().await.unwrap_err();
    assert_eq!(err.auth_failure(), Some(AuthFailure::SignInAgain { expired: true }));
    let advice = err.auth_failure().unwrap().to_string();
    assert!(advice.contains("expired") && advice.contains("sign in again"), "{advice}");
    assert!(!advice.contains("old-token") && !err.to_string().contains("old-token"));
}

#[tokio::test]
async fn an_unknown_token_gets_sign_in_again_without_expired() {
    let server = AuthServer::start(Script::default()).await;
    let token = AuthToken::new(server.base_url(), "never-issued");
    let err = client_with(&server, &token).list_accounts().send().await.unwrap_err();
    assert_eq!(err.auth_failure(), Some(AuthFailure::SignInAgain { expired: false }));
    assert!(err.is_unauthorized());
}

#[tokio::test]
async fn a_read_token_gets_403_on_a_send_naming_the_write_scope() {
    let server = AuthServer::start(Script::default()).await;
    let (browser, _) = following_browser();
    let token = Login::new(server.base_url()).scopes([SCOPE_READ]).browser(browser).run().await.unwrap();
    assert_eq!(token.scopes(), ["read"]);
    let client = client_with(&server, &token);
    client.list_accounts().send().await.unwrap();
    let err = client
        .send_message()
        .chat_id("!c:beeper.local")
        .body_map(|b| b.text("hi".to_string()))
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(403));
    let failure = err.auth_failure().expect("a scope failure");
    assert_eq!(failure, AuthFailure::MissingScope { scope: Some("write".into()) });
    assert!(failure.to_string().contains("`write`"), "{failure}");
}

#[test]
fn a_403_that_is_not_about_scopes_is_no_auth_failure() {
    let err = beeper_desktop::Error::Api {
        status: reqwest::StatusCode::FORBIDDEN,
        code: "forbidden".into(),
        message: "Cannot archive SMS chats".into(),
        details: None,
        desktop_version: None,
    };
    assert_eq!(err.auth_failure(), None);
    let unnamed = beeper_desktop::Error::Api {
        status: reqwest::StatusCode::FORBIDDEN,
        code: "forbidden".into(),
        message: "Token does not have the required scope".into(),
        details: None,
        desktop_version: None,
    };
    assert_eq!(unnamed.auth_failure(), Some(AuthFailure::MissingScope { scope: None }));
}

// ------------------------------------------------------------ logout

#[tokio::test]
async fn logout_revokes_and_deletes_and_the_token_stops_working() {
    let server = AuthServer::start(Script::default()).await;
    let dir = tempfile::tempdir().unwrap();
    let store = TokenStore::new(dir.path());
    let (login, _) = login_at(&server);
    let token = login.run().await.unwrap();
    store.save(&token).unwrap();

    let outcome = logout(&server.base_url(), &store).await.unwrap();
    assert!(outcome.had_token && outcome.revoked, "{outcome:?}");
    assert!(store.load(&server.base_url()).unwrap().is_none());
    let record = server.record();
    let form = record.revoke_forms.last().unwrap();
    assert_eq!(form["token"], token.secret());
    assert_eq!(form["token_type_hint"], "access_token");
    let err = client_with(&server, &token).list_accounts().send().await.unwrap_err();
    assert_eq!(err.auth_failure(), Some(AuthFailure::SignInAgain { expired: false }));

    // Nothing stored any more: nothing to revoke, still fine.
    let again = logout(&server.base_url(), &store).await.unwrap();
    assert!(!again.had_token && !again.revoked);
}

#[tokio::test]
async fn logout_deletes_the_token_even_when_desktop_is_gone() {
    let dir = tempfile::tempdir().unwrap();
    let store = TokenStore::new(dir.path());
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let base = format!("http://127.0.0.1:{port}");
    store.save(&AuthToken::new(&base, "orphan")).unwrap();
    let started = Instant::now();
    let outcome = logout(&base, &store).await.unwrap();
    assert!(outcome.had_token && !outcome.revoked);
    assert!(store.load(&base).unwrap().is_none());
    assert!(started.elapsed() < Duration::from_secs(20), "did not hang");
}
