//! Signing in through Beeper Desktop's OAuth 2 (authorization code + PKCE, S256), and signing out.
//!
//! Needs the `login` feature. The flow is the official `beeper` CLI's:
//! bind a listener on `127.0.0.1` (random port), register a public client
//! for its `/callback` URL, open the authorize page in the browser, wait
//! for the redirect, check `state`, exchange the code with the PKCE
//! verifier. PKCE, the authorize URL and the token exchange are the
//! [`oauth2`] crate's. Tokens cannot be refreshed: when one expires, sign in
//! again.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use beeper_desktop::login::{Login, SCOPE_READ, SCOPE_WRITE};
//! use beeper_desktop::token_store::TokenStore;
//!
//! let token = Login::new("http://localhost:23373").scopes([SCOPE_READ, SCOPE_WRITE]).run().await?;
//! TokenStore::from_env()?.save(&token)?;
//! // From now on `Client::from_env()` uses it.
//! let client = beeper_desktop::Client::from_env()?;
//! # Ok(())
//! # }
//! ```

mod browser;
mod callback;
mod endpoints;
mod error;

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use oauth2::basic::{
    BasicErrorResponse, BasicRevocationErrorResponse, BasicTokenIntrospectionResponse, BasicTokenType,
};
use oauth2::{
    AccessToken, AuthUrl, AuthorizationCode, ClientId, CsrfToken, PkceCodeChallenge, RedirectUrl, RefreshToken,
    RequestTokenError, Scope, StandardRevocableToken, TokenUrl,
};
use reqwest::Url;
use serde::{Deserialize, Deserializer, Serialize};

pub use browser::{Browser, PrintUrl, SystemBrowser};
pub use error::LoginError;

use crate::token_store::{AuthToken, TokenStore, TokenStoreError, is_loopback_host};

/// Read messages, chats and accounts.
pub const SCOPE_READ: &str = "read";
/// Send and edit messages, react, archive chats, set reminders.
pub const SCOPE_WRITE: &str = "write";
/// How long [`Login::run`] waits for the user to approve (as the CLI).
pub const DEFAULT_CALLBACK_TIMEOUT: Duration = Duration::from_secs(120);
/// The name the registered client gets (what Desktop may show the user).
pub const DEFAULT_CLIENT_NAME: &str = "beeper-desktop (Rust)";

/// Settings for one sign-in; [`Login::run`] performs it.
#[derive(Clone)]
pub struct Login {
    base_url: String,
    scopes: Vec<String>,
    client_name: String,
    callback_timeout: Duration,
    request_timeout: Duration,
    browser: Arc<dyn Browser>,
}

impl std::fmt::Debug for Login {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Login")
            .field("base_url", &self.base_url)
            .field("scopes", &self.scopes)
            .field("client_name", &self.client_name)
            .field("callback_timeout", &self.callback_timeout)
            .field("request_timeout", &self.request_timeout)
            .finish_non_exhaustive()
    }
}

impl Login {
    /// A sign-in at the Desktop listening on `base_url`, asking for `read`
    /// only, opening the system browser, waiting up to 120 s.
    pub fn new(base_url: impl Into<String>) -> Self {
        Self {
            base_url: base_url.into().trim().trim_end_matches('/').to_owned(),
            scopes: vec![SCOPE_READ.to_owned()],
            client_name: DEFAULT_CLIENT_NAME.to_owned(),
            callback_timeout: DEFAULT_CALLBACK_TIMEOUT,
            request_timeout: Duration::from_secs(10),
            browser: Arc::new(SystemBrowser),
        }
    }

    /// The scopes to ask for: [`SCOPE_READ`], [`SCOPE_WRITE`] or both.
    pub fn scopes<I, S>(mut self, scopes: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.scopes = scopes.into_iter().map(Into::into).collect();
        self
    }

    /// The client name registered with Desktop.
    pub fn client_name(mut self, name: impl Into<String>) -> Self {
        self.client_name = name.into();
        self
    }

    /// How long to wait for the user's approval (default 120 s).
    pub fn callback_timeout(mut self, timeout: Duration) -> Self {
        self.callback_timeout = timeout;
        self
    }

    /// Timeout of each request to Desktop (default 10 s).
    pub fn request_timeout(mut self, timeout: Duration) -> Self {
        self.request_timeout = timeout;
        self
    }

    /// Who opens the authorize URL (default [`SystemBrowser`]).
    pub fn browser(mut self, browser: impl Browser + 'static) -> Self {
        self.browser = Arc::new(browser);
        self
    }

    /// Runs the sign-in and returns the token (not saved: see
    /// [`TokenStore::save`]). Its scopes are the granted ones when the
    /// server names them, else the requested ones; its expiry is known when
    /// the server sends `expires_in`.
    pub async fn run(&self) -> Result<AuthToken, LoginError> {
        let base = parse_base(&self.base_url)?;
        let http = http_client(&base, self.request_timeout)?;
        if desktop_signed_out(&http, &base).await {
            return Err(LoginError::DesktopSignedOut);
        }
        let mut endpoints = endpoints::resolve(&http, &base).await;
        let listener = callback::CallbackServer::bind().await.map_err(LoginError::Listen)?;
        let redirect_uri = listener.redirect_uri();
        let scope = self.scopes.join(" ");
        let registration =
            endpoints::register(&http, &endpoints.registration, &self.client_name, &redirect_uri, &scope).await?;
        // The CLI trusts endpoints echoed by registration over fixed paths.
        if let Some(url) = registration.authorization_endpoint.as_deref().and_then(|u| endpoints::same_origin(&base, u))
        {
            endpoints.authorization = url;
        }
        if let Some(url) = registration.token_endpoint.as_deref().and_then(|u| endpoints::same_origin(&base, u)) {
            endpoints.token = url;
        }

        let client = OAuthClient::new(ClientId::new(registration.client_id.clone()))
            .set_auth_uri(AuthUrl::from_url(endpoints.authorization.clone()))
            .set_token_uri(TokenUrl::from_url(endpoints.token.clone()))
            .set_redirect_uri(RedirectUrl::new(redirect_uri).expect("a loopback URL is valid"));
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (authorize_url, state) = client
            .authorize_url(CsrfToken::new_random)
            .add_scopes(self.scopes.iter().cloned().map(Scope::new))
            .set_pkce_challenge(challenge)
            .url();
        if let Err(e) = self.browser.open(authorize_url.as_str()) {
            eprintln!(
                "Could not open a browser ({e}). Open this address to sign in to Beeper Desktop:\n  {authorize_url}"
            );
        }

        let params = listener
            .wait(self.callback_timeout)
            .await
            .ok_or(LoginError::CallbackTimeout { waited: self.callback_timeout })?;
        // Same order as the CLI: a foreign callback is rejected before
        // anything it says is believed.
        if params.state.as_deref() != Some(state.secret().as_str()) {
            return Err(LoginError::StateMismatch);
        }
        if let Some(error) = params.error {
            return Err(LoginError::Denied { error, description: params.error_description });
        }
        let code = params.code.filter(|c| !c.is_empty()).ok_or(LoginError::MissingCode)?;

        // The future owns its client, so `run()` stays `Send`.
        let send = |request: oauth2::HttpRequest| execute(http.clone(), request);
        let answer = client
            .exchange_code(AuthorizationCode::new(code))
            .set_pkce_verifier(verifier)
            .request_async(&send)
            .await
            .map_err(exchange_error)?;

        let granted =
            answer.scope.as_ref().filter(|s| !s.is_empty()).map(|s| s.iter().map(|s| s.to_string()).collect());
        let mut token = AuthToken::new(self.base_url.clone(), answer.access_token.secret().clone())
            .with_token_type(answer.token_type.clone().unwrap_or_else(|| "Bearer".into()))
            .with_scopes(granted.unwrap_or_else(|| self.scopes.clone()))
            .with_client_id(registration.client_id);
        if let Some(seconds) = answer.expires_in {
            token = token.with_expires_at(SystemTime::now() + Duration::from_secs(seconds));
        }
        Ok(token)
    }
}

/// What [`logout`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct LogoutOutcome {
    /// A token was stored for this Desktop (and is now deleted).
    pub had_token: bool,
    /// Desktop confirmed the revocation with a 2xx.
    pub revoked: bool,
}

/// Signs out of the Desktop at `base_url`: revokes the stored token
/// (`POST /oauth/revoke`, best effort, 5 s) and deletes it from `store`
/// whatever the revocation answered.
pub async fn logout(base_url: &str, store: &TokenStore) -> Result<LogoutOutcome, LoginError> {
    let token = match store.load(base_url) {
        Ok(token) => token,
        // A damaged file cannot be revoked, but it can still go.
        Err(TokenStoreError::Corrupt { .. }) => None,
        Err(e) => return Err(e.into()),
    };
    let revoked = match &token {
        Some(token) => revoke(base_url, token.secret()).await.unwrap_or(false),
        None => false,
    };
    let had_token = store.delete(base_url)? || token.is_some();
    Ok(LogoutOutcome { had_token, revoked })
}

/// Revokes `access_token` at the Desktop at `base_url` (RFC 7009 form:
/// `token`, `token_type_hint=access_token`). `Ok(true)` when Desktop
/// answered 2xx.
pub async fn revoke(base_url: &str, access_token: &str) -> Result<bool, LoginError> {
    let base = parse_base(base_url)?;
    let http = http_client(&base, Duration::from_secs(5))?;
    let endpoints = endpoints::resolve(&http, &base).await;
    let response = http
        .post(endpoints.revocation)
        .form(&[("token", access_token), ("token_type_hint", "access_token")])
        .send()
        .await
        .map_err(LoginError::Transport)?;
    Ok(response.status().is_success())
}

fn parse_base(raw: &str) -> Result<Url, LoginError> {
    let url = Url::parse(raw.trim().trim_end_matches('/'))
        .map_err(|e| LoginError::InvalidBaseUrl { url: raw.to_owned(), reason: e.to_string() })?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(LoginError::InvalidBaseUrl { url: raw.to_owned(), reason: "not http or https".into() });
    }
    Ok(url)
}

fn http_client(base: &Url, timeout: Duration) -> Result<reqwest::Client, LoginError> {
    let mut builder = reqwest::Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout)
        .user_agent(crate::client::DEFAULT_USER_AGENT)
        // Codes and tokens go to the endpoint named, never where a redirect points.
        .redirect(reqwest::redirect::Policy::none());
    if base.host_str().is_some_and(is_loopback_host) {
        builder = builder.no_proxy();
    }
    builder.build().map_err(LoginError::Transport)
}

/// `GET /v1/app/setup` without a token says `needs-login` when nobody is
/// signed in to the app. Anything else (401, 404 on older builds, no
/// answer) means "carry on", as in the CLI.
async fn desktop_signed_out(http: &reqwest::Client, base: &Url) -> bool {
    #[derive(Deserialize)]
    struct Setup {
        state: Option<String>,
    }
    let Ok(url) = base.join(&format!("{}/v1/app/setup", base.path().trim_end_matches('/'))) else { return false };
    let probe = async {
        let response = http.get(url).send().await.ok().filter(|r| r.status().is_success())?;
        serde_json::from_slice::<Setup>(&response.bytes().await.ok()?).ok()?.state
    };
    tokio::time::timeout(Duration::from_secs(2), probe).await.ok().flatten().as_deref() == Some("needs-login")
}

/// Sends an `oauth2` request with our reqwest client. Any 2xx is handed
/// on as 200, because `oauth2` accepts only exactly 200 and servers that
/// answer 201 exist.
async fn execute(http: reqwest::Client, request: oauth2::HttpRequest) -> Result<oauth2::HttpResponse, HttpError> {
    let request = reqwest::Request::try_from(request).map_err(HttpError)?;
    let response = http.execute(request).await.map_err(HttpError)?;
    let status = if response.status().is_success() { http::StatusCode::OK } else { response.status() };
    let headers = response.headers().clone();
    let body = response.bytes().await.map_err(HttpError)?;
    let mut out = http::Response::new(body.to_vec());
    *out.status_mut() = status;
    *out.headers_mut() = headers;
    Ok(out)
}

/// A transport failure inside the token exchange.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct HttpError(#[source] reqwest::Error);

/// `oauth2`'s client with our lenient token answer; endpoints are set
/// before use.
type OAuthClient = oauth2::Client<
    BasicErrorResponse,
    TokenAnswer,
    BasicTokenIntrospectionResponse,
    StandardRevocableToken,
    BasicRevocationErrorResponse,
>;

fn exchange_error(e: RequestTokenError<HttpError, BasicErrorResponse>) -> LoginError {
    let detail = match e {
        RequestTokenError::ServerResponse(r) => match r.error_description() {
            Some(d) => format!("{}: {d}", r.error()),
            None => r.error().to_string(),
        },
        RequestTokenError::Request(e) => format!("the request failed: {}", e.0),
        // The body may be a success answer holding a token: never quote it.
        RequestTokenError::Parse(e, body) => {
            let shape = endpoints::server_detail(&body);
            if serde_json::from_slice::<serde_json::Value>(&body).is_ok_and(|v| v.get("access_token").is_some()) {
                format!("the token answer could not be read at `{}`", e.path())
            } else {
                shape
            }
        }
        RequestTokenError::Other(text) => text,
    };
    LoginError::TokenExchange { detail }
}

/// The token endpoint's answer, read leniently: `token_type` may be missing
/// (taken as `Bearer`), `expires_in` may be missing, a number or a numeric
/// string, `scope` may be missing.
#[derive(Clone, Debug, Deserialize, Serialize)]
struct TokenAnswer {
    access_token: AccessToken,
    #[serde(default)]
    token_type: Option<String>,
    #[serde(default, deserialize_with = "lenient_seconds")]
    expires_in: Option<u64>,
    #[serde(default, deserialize_with = "space_separated")]
    scope: Option<Vec<Scope>>,
    /// `TokenResponse::token_type` needs one to point at; filled on read.
    #[serde(skip, default = "bearer")]
    basic_type: BasicTokenType,
}

fn bearer() -> BasicTokenType {
    BasicTokenType::Bearer
}

fn lenient_seconds<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    Ok(match Option::<serde_json::Value>::deserialize(d)? {
        Some(serde_json::Value::Number(n)) => n.as_u64().or_else(|| n.as_f64().filter(|f| *f >= 0.0).map(|f| f as u64)),
        Some(serde_json::Value::String(s)) => s.trim().parse::<f64>().ok().filter(|f| *f >= 0.0).map(|f| f as u64),
        _ => None,
    })
}

fn space_separated<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<Scope>>, D::Error> {
    Ok(Option::<String>::deserialize(d)?.map(|s| s.split_whitespace().map(|s| Scope::new(s.to_owned())).collect()))
}

impl oauth2::TokenResponse for TokenAnswer {
    type TokenType = BasicTokenType;

    fn access_token(&self) -> &AccessToken {
        &self.access_token
    }

    fn token_type(&self) -> &BasicTokenType {
        &self.basic_type
    }

    fn expires_in(&self) -> Option<Duration> {
        self.expires_in.map(Duration::from_secs)
    }

    fn refresh_token(&self) -> Option<&RefreshToken> {
        None
    }

    fn scopes(&self) -> Option<&Vec<Scope>> {
        self.scope.as_ref()
    }
}
