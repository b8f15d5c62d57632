//! The same flows against the fake Desktop's OAuth endpoints: sign-in with
//! a scripted browser, scopes enforced by the API routes, expiry,
//! revocation, and discovery of several fakes.

use std::time::Duration;

use beeper_desktop::discovery::{AppKind, Discovery};
use beeper_desktop::login::{Login, LoginError, SCOPE_READ, SCOPE_WRITE, logout};
use beeper_desktop::token_store::{AuthToken, TokenStore};
use beeper_desktop::{AuthFailure, Client};
use beeper_desktop_fake::FakeDesktop;

use crate::server::following_browser;

fn client_with(fake: &FakeDesktop, token: &AuthToken) -> Client {
    Client::builder().base_url(fake.base_url()).access_token(token.secret()).max_retries(0).build().unwrap()
}

async fn sign_in(fake: &FakeDesktop, scopes: &[&str]) -> AuthToken {
    let (browser, _) = following_browser();
    Login::new(fake.base_url())
        .scopes(scopes.iter().copied())
        .callback_timeout(Duration::from_secs(10))
        .browser(browser)
        .run()
        .await
        .unwrap()
}

#[tokio::test]
async fn signs_in_against_the_fake_and_the_token_reads_and_writes() {
    let fake = FakeDesktop::start().await;
    let token = sign_in(&fake, &[SCOPE_READ, SCOPE_WRITE]).await;
    assert_eq!(token.scopes(), ["read", "write"]);
    assert!(token.client_id().is_some_and(|c| c.starts_with("fake-client-")));
    let left = token.expires_at().unwrap().duration_since(std::time::SystemTime::now()).unwrap();
    assert!(left > Duration::from_secs(3500) && left <= Duration::from_secs(3600), "{left:?}");
    assert_ne!(token.secret(), fake.token(), "a new token, not the fake's built-in one");

    let client = client_with(&fake, &token);
    let chats = client.list_chats().limit(3).send().await.unwrap();
    let chat_id = chats.items[0].id.clone();
    client.send_message().chat_id(&chat_id).body_map(|b| b.text("signed in".to_string())).send().await.unwrap();
    assert_eq!(fake.sent_messages().len(), 1);
}

#[tokio::test]
async fn a_read_token_from_the_fake_gets_403_naming_write_on_a_send() {
    let fake = FakeDesktop::start().await;
    let token = sign_in(&fake, &[SCOPE_READ]).await;
    assert_eq!(token.scopes(), ["read"]);
    let client = client_with(&fake, &token);
    let chats = client.list_chats().limit(1).send().await.unwrap();
    let err = client
        .send_message()
        .chat_id(&chats.items[0].id)
        .body_map(|b| b.text("no".to_string()))
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(403));
    assert_eq!(err.auth_failure(), Some(AuthFailure::MissingScope { scope: Some("write".into()) }));
    assert!(fake.sent_messages().is_empty());
}

#[tokio::test]
async fn an_expired_token_from_the_fake_says_sign_in_again() {
    let fake = FakeDesktop::start().await;
    fake.state().tokens_mut().set_oauth_token_lifetime(Duration::ZERO);
    let token = sign_in(&fake, &[SCOPE_READ]).await;
    assert!(token.is_expired(), "expires_in 0: already expired");
    // Sent anyway (explicit token): the server refuses it as expired.
    let err = client_with(&fake, &token).list_chats().send().await.unwrap_err();
    assert_eq!(err.auth_failure(), Some(AuthFailure::SignInAgain { expired: true }));
}

#[tokio::test]
async fn logout_against_the_fake_revokes_the_token() {
    let fake = FakeDesktop::start().await;
    let dir = tempfile::tempdir().unwrap();
    let store = TokenStore::new(dir.path());
    let token = sign_in(&fake, &[SCOPE_READ]).await;
    store.save(&token).unwrap();
    // The stored token is what a store-backed client uses.
    let client = Client::builder().base_url(fake.base_url()).token_store(store.clone()).build().unwrap();
    client.list_accounts().send().await.unwrap();

    let outcome = logout(fake.base_url(), &store).await.unwrap();
    assert!(outcome.had_token && outcome.revoked);
    let err = client.list_accounts().send().await.unwrap_err();
    assert_eq!(err.auth_failure(), Some(AuthFailure::SignInAgain { expired: false }));
    assert!(store.load(fake.base_url()).unwrap().is_none());
}

#[tokio::test]
async fn a_tampered_state_is_rejected_against_the_fake() {
    let fake = FakeDesktop::start().await;
    // A browser that swaps the state before following: what a forged
    // callback looks like to the client.
    let browser = |url: &str| -> std::io::Result<()> {
        let mut parsed = reqwest::Url::parse(url).unwrap();
        let pairs: Vec<(String, String)> = parsed
            .query_pairs()
            .map(|(k, v)| {
                let v = if k == "state" { "forged".to_owned() } else { v.into_owned() };
                (k.into_owned(), v)
            })
            .collect();
        parsed.query_pairs_mut().clear().extend_pairs(pairs);
        tokio::spawn(async move {
            let http = reqwest::Client::builder().no_proxy().timeout(Duration::from_secs(10)).build().unwrap();
            let _ = http.get(parsed).send().await;
        });
        Ok(())
    };
    let err =
        Login::new(fake.base_url()).callback_timeout(Duration::from_secs(10)).browser(browser).run().await.unwrap_err();
    assert!(matches!(err, LoginError::StateMismatch), "{err:?}");
}

#[tokio::test]
async fn the_fake_refuses_a_wrong_verifier_and_a_reused_code() {
    // Drive the fake by hand to check its side of PKCE.
    let fake = FakeDesktop::start().await;
    let http = reqwest::Client::builder().no_proxy().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let base = fake.base_url();
    let redirect = "http://127.0.0.1:9/callback";
    let registered: serde_json::Value = http
        .post(format!("{base}/oauth/register"))
        .json(
            &serde_json::json!({"client_name": "t", "redirect_uris": [redirect], "token_endpoint_auth_method": "none"}),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let client_id = registered["client_id"].as_str().unwrap().to_owned();
    let verifier = "v".repeat(50);
    use base64::Engine;
    use sha2::Digest;
    let challenge = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(sha2::Sha256::digest(verifier.as_bytes()));
    let authorize = |challenge: String| {
        let http = http.clone();
        let url = reqwest::Url::parse_with_params(
            &format!("{base}/oauth/authorize"),
            &[
                ("client_id", client_id.as_str()),
                ("redirect_uri", redirect),
                ("response_type", "code"),
                ("scope", "read"),
                ("state", "s1"),
                ("code_challenge", challenge.as_str()),
                ("code_challenge_method", "S256"),
            ],
        )
        .unwrap();
        async move {
            let answer = http.get(url).send().await.unwrap();
            assert!(answer.status().is_redirection(), "{}", answer.status());
            let location = reqwest::Url::parse(answer.headers()["location"].to_str().unwrap()).unwrap();
            let query: std::collections::HashMap<_, _> = location.query_pairs().into_owned().collect();
            assert_eq!(query["state"], "s1");
            query["code"].clone()
        }
    };
    let exchange = |code: String, verifier: String| {
        let http = http.clone();
        let url = format!("{base}/oauth/token");
        let client_id = client_id.clone();
        async move {
            http.post(url)
                .form(&[
                    ("grant_type", "authorization_code"),
                    ("code", &code),
                    ("code_verifier", &verifier),
                    ("client_id", &client_id),
                    ("redirect_uri", redirect),
                ])
                .send()
                .await
                .unwrap()
        }
    };
    let code = authorize(challenge.clone()).await;
    let wrong = exchange(code.clone(), "w".repeat(50)).await;
    assert_eq!(wrong.status().as_u16(), 400);
    assert_eq!(wrong.json::<serde_json::Value>().await.unwrap()["error"], "invalid_grant");
    let reused = exchange(code, verifier.clone()).await;
    assert_eq!(reused.status().as_u16(), 400, "a code is single use, even after a failed exchange");
    let code = authorize(challenge).await;
    let ok = exchange(code, verifier).await;
    assert_eq!(ok.status().as_u16(), 200);
    let token = ok.json::<serde_json::Value>().await.unwrap();
    assert_eq!(token["scope"], "read");
    assert_eq!(token["token_type"], "Bearer");

    // Introspection sees it, then not after revocation.
    let access = token["access_token"].as_str().unwrap();
    let active = |token: String| {
        let http = http.clone();
        let url = format!("{base}/oauth/introspect");
        async move {
            http.post(url)
                .form(&[("token", token.as_str()), ("token_type_hint", "access_token")])
                .send()
                .await
                .unwrap()
                .json::<serde_json::Value>()
                .await
                .unwrap()
        }
    };
    let info = active(access.to_owned()).await;
    assert_eq!(info["active"], true);
    assert_eq!(info["client_id"], client_id.as_str());
    assert_eq!(info["scope"], "read");
    http.post(format!("{base}/oauth/revoke")).form(&[("token", access)]).send().await.unwrap();
    assert_eq!(active(access.to_owned()).await["active"], false);

    // A redirect that was never registered gets no redirect at all.
    let foreign = http
        .get(format!("{base}/oauth/authorize?client_id={client_id}&redirect_uri=https%3A%2F%2Fevil.example%2Fcb&response_type=code"))
        .send()
        .await
        .unwrap();
    assert_eq!(foreign.status().as_u16(), 400);
}

#[tokio::test]
async fn discovery_finds_several_fakes_and_skips_the_rest() {
    let fakes = [FakeDesktop::start().await, FakeDesktop::start().await, FakeDesktop::start().await];
    let unreachable = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut ports: Vec<u16> = fakes.iter().map(|f| f.addr().port()).collect();
    ports.push(unreachable);
    let found = Discovery::new()
        .preferred_url(None)
        .hosts(["127.0.0.1"])
        .ports(ports.iter().copied())
        .timeout(Duration::from_millis(500))
        .run()
        .await
        .unwrap();
    let mut urls: Vec<_> = found.iter().map(|i| i.base_url.clone()).collect();
    urls.sort();
    let mut expected: Vec<_> = fakes.iter().map(|f| f.base_url().to_owned()).collect();
    expected.sort();
    assert_eq!(urls, expected);
    assert!(found.iter().all(|i| i.kind == AppKind::Other && i.endpoints.oauth.token_endpoint.is_some()));
}

// `PrintUrl` opens nothing: the flow waits for a callback that never
// comes (the URL goes to stderr for the user) and times out.
#[tokio::test]
async fn print_url_opens_nothing_and_the_wait_is_bounded() {
    let fake = FakeDesktop::start().await;
    let err = Login::new(fake.base_url())
        .browser(beeper_desktop::login::PrintUrl)
        .callback_timeout(Duration::from_millis(200))
        .run()
        .await
        .unwrap_err();
    assert!(matches!(err, LoginError::CallbackTimeout { .. }), "{err:?}");
    assert_eq!(fake.state().tokens().oauth_clients(), 1, "registered, never exchanged");
}
