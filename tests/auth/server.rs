//! A scripted Beeper Desktop authorization server on loopback: it records
//! what the client sends (registration JSON, authorize query, token and
//! revoke forms) and answers the way a test sets it up, so every
//! plausible answer of the real app (OAUTH.md §12) can be tried.

#![allow(dead_code)]

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use axum::extract::{Form, Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::Engine;
use serde_json::{Value, json};
use sha2::Digest;

/// How the server answers; tests change fields before the flow runs.
#[derive(Clone, Debug)]
pub struct Script {
    /// Serve `/.well-known/oauth-authorization-server`.
    pub metadata: bool,
    /// Advertise endpoints under this origin instead of our own.
    pub advertised_origin: Option<String>,
    /// Status of a successful registration (200 or 201).
    pub register_status: u16,
    /// Echo `authorization_endpoint` / `token_endpoint` in the registration answer.
    pub register_echoes_endpoints: bool,
    /// Status of a successful token answer.
    pub token_status: u16,
    /// `expires_in` of issued tokens (`None`: field left out).
    pub expires_in: Option<Value>,
    /// Send `token_type`.
    pub token_type: Option<&'static str>,
    /// Send `scope` (the granted scopes); `None`: field left out.
    pub granted_scope: Option<String>,
    /// Redirect with this `state` instead of the one received.
    pub state_override: Option<String>,
    /// Redirect with `error=<this>` instead of a code.
    pub deny_with: Option<&'static str>,
    /// `/v1/app/setup` state (`None`: 404, as older builds).
    pub setup_state: Option<&'static str>,
    /// Refuse the token request with this status and body.
    pub token_error: Option<(u16, Value)>,
}

impl Default for Script {
    fn default() -> Self {
        Self {
            metadata: true,
            advertised_origin: None,
            register_status: 201,
            register_echoes_endpoints: false,
            token_status: 200,
            expires_in: Some(json!(3600)),
            token_type: Some("Bearer"),
            granted_scope: None,
            state_override: None,
            deny_with: None,
            setup_state: None,
            token_error: None,
        }
    }
}

/// One issued token.
#[derive(Clone, Debug)]
pub struct Issued {
    pub scopes: Vec<String>,
    pub expires_at: Option<SystemTime>,
    pub revoked: bool,
}

#[derive(Clone, Default, Debug)]
pub struct Record {
    pub registrations: Vec<Value>,
    pub authorize_queries: Vec<HashMap<String, String>>,
    pub token_forms: Vec<HashMap<String, String>>,
    pub revoke_forms: Vec<HashMap<String, String>>,
    /// Path of every request, in order.
    pub paths: Vec<String>,
    /// code → (challenge, client_id, redirect_uri, scopes)
    codes: HashMap<String, (String, String, String, Vec<String>)>,
    /// client_id → redirect_uri
    clients: HashMap<String, String>,
    pub tokens: HashMap<String, Issued>,
}

#[derive(Clone)]
struct Shared {
    script: Arc<Mutex<Script>>,
    record: Arc<Mutex<Record>>,
    origin: String,
}

/// A running scripted server; stops when dropped.
pub struct AuthServer {
    pub addr: SocketAddr,
    script: Arc<Mutex<Script>>,
    pub record: Arc<Mutex<Record>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for AuthServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl AuthServer {
    pub async fn start(script: Script) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let script = Arc::new(Mutex::new(script));
        let record = Arc::new(Mutex::new(Record::default()));
        let shared = Shared { script: script.clone(), record: record.clone(), origin: format!("http://{addr}") };
        let app = Router::new()
            .route("/v1/info", get(info))
            .route("/v1/app/setup", get(setup))
            .route("/.well-known/oauth-authorization-server", get(metadata))
            .route("/oauth/register", post(register))
            .route("/oauth/authorize", get(authorize))
            .route("/oauth/token", post(token))
            .route("/oauth/revoke", post(revoke))
            .route("/v1/accounts", get(accounts))
            .route("/v1/chats/{chat_id}/messages", post(send_message))
            .layer(axum::middleware::from_fn_with_state(shared.clone(), log_path))
            .with_state(shared);
        let task = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        Self { addr, script, record, task }
    }

    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn script(&self, change: impl FnOnce(&mut Script)) {
        change(&mut self.script.lock().unwrap());
    }

    /// A snapshot of what was received so far.
    pub fn record(&self) -> Record {
        self.record.lock().unwrap().clone()
    }

    /// Issues a token directly (as if signed in earlier).
    pub fn issue(&self, token: &str, scopes: &[&str], expires_at: Option<SystemTime>) {
        self.record.lock().unwrap().tokens.insert(
            token.into(),
            Issued { scopes: scopes.iter().map(|s| s.to_string()).collect(), expires_at, revoked: false },
        );
    }
}

async fn log_path(
    State(shared): State<Shared>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    shared.record.lock().unwrap().paths.push(request.uri().path().to_owned());
    next.run(request).await
}

fn endpoint(shared: &Shared, path: &str) -> String {
    let origin = shared.script.lock().unwrap().advertised_origin.clone().unwrap_or_else(|| shared.origin.clone());
    format!("{origin}{path}")
}

async fn info(State(shared): State<Shared>) -> Json<Value> {
    Json(json!({
        "app": {"bundle_id": "com.automattic.beeper.desktop", "name": "Beeper", "version": "4.2.808"},
        "platform": {"arch": "x64", "os": "linux"},
        "server": {"base_url": shared.origin, "hostname": "127.0.0.1", "mcp_enabled": false, "port": 0, "remote_access": false, "status": "running"},
        "endpoints": {
            "mcp": endpoint(&shared, "/v0/mcp"),
            "spec": endpoint(&shared, "/v1/spec"),
            "ws_events": endpoint(&shared, "/v1/ws"),
            "oauth": {
                "authorization_endpoint": endpoint(&shared, "/oauth/authorize"),
                "token_endpoint": endpoint(&shared, "/oauth/token"),
                "registration_endpoint": endpoint(&shared, "/oauth/register"),
                "revocation_endpoint": endpoint(&shared, "/oauth/revoke"),
                "introspection_endpoint": endpoint(&shared, "/oauth/introspect"),
                "userinfo_endpoint": endpoint(&shared, "/oauth/userinfo"),
            }
        }
    }))
}

async fn setup(State(shared): State<Shared>) -> Response {
    match shared.script.lock().unwrap().setup_state {
        Some(state) => Json(json!({"state": state})).into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

async fn metadata(State(shared): State<Shared>) -> Response {
    if !shared.script.lock().unwrap().metadata {
        return StatusCode::NOT_FOUND.into_response();
    }
    Json(json!({
        "issuer": shared.origin,
        "authorization_endpoint": endpoint(&shared, "/oauth/authorize"),
        "token_endpoint": endpoint(&shared, "/oauth/token"),
        "registration_endpoint": endpoint(&shared, "/oauth/register"),
        "revocation_endpoint": endpoint(&shared, "/oauth/revoke"),
        "grant_types_supported": ["authorization_code"],
        "response_types_supported": ["code"],
        "token_endpoint_auth_methods_supported": ["none"],
        "scopes_supported": ["read", "write"],
        "code_challenge_methods_supported": ["S256"],
    }))
    .into_response()
}

async fn register(State(shared): State<Shared>, Json(body): Json<Value>) -> Response {
    let script = shared.script.lock().unwrap().clone();
    let mut record = shared.record.lock().unwrap();
    let client_id = format!("client-{}", record.registrations.len() + 1);
    let redirect = body["redirect_uris"][0].as_str().unwrap_or_default().to_owned();
    record.clients.insert(client_id.clone(), redirect);
    record.registrations.push(body.clone());
    let mut answer = json!({
        "client_id": client_id,
        "client_name": body["client_name"],
        "redirect_uris": body["redirect_uris"],
        "token_endpoint_auth_method": "none",
        "client_id_issued_at": 1_700_000_000,
    });
    if script.register_echoes_endpoints {
        answer["authorization_endpoint"] = json!(endpoint(&shared, "/oauth/authorize"));
        answer["token_endpoint"] = json!(endpoint(&shared, "/oauth/token"));
    }
    (StatusCode::from_u16(script.register_status).unwrap(), Json(answer)).into_response()
}

async fn authorize(State(shared): State<Shared>, Query(query): Query<HashMap<String, String>>) -> Response {
    let script = shared.script.lock().unwrap().clone();
    let mut record = shared.record.lock().unwrap();
    record.authorize_queries.push(query.clone());
    let client_id = query.get("client_id").cloned().unwrap_or_default();
    let redirect_uri = query.get("redirect_uri").cloned().unwrap_or_default();
    if record.clients.get(&client_id) != Some(&redirect_uri) {
        return (StatusCode::BAD_REQUEST, "Invalid redirect_uri").into_response();
    }
    let state = script.state_override.clone().or_else(|| query.get("state").cloned()).unwrap_or_default();
    if let Some(error) = script.deny_with {
        return Redirect::to(&format!("{redirect_uri}?error={error}&error_description=User+declined&state={state}"))
            .into_response();
    }
    let code = format!("code-{}", record.authorize_queries.len());
    let scopes = query.get("scope").map(|s| s.split(' ').map(str::to_owned).collect()).unwrap_or_default();
    record.codes.insert(
        code.clone(),
        (query.get("code_challenge").cloned().unwrap_or_default(), client_id, redirect_uri.clone(), scopes),
    );
    Redirect::to(&format!("{redirect_uri}?code={code}&state={state}")).into_response()
}

async fn token(
    State(shared): State<Shared>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let script = shared.script.lock().unwrap().clone();
    let mut record = shared.record.lock().unwrap();
    record.token_forms.push(form.clone());
    if let Some((status, body)) = script.token_error {
        return (StatusCode::from_u16(status).unwrap(), Json(body)).into_response();
    }
    let fail = |description: &str| {
        (StatusCode::BAD_REQUEST, Json(json!({"error": "invalid_grant", "error_description": description})))
            .into_response()
    };
    if headers.get(header::AUTHORIZATION).is_some() {
        return fail("a public client sends no credentials");
    }
    let Some((challenge, client_id, redirect_uri, scopes)) = form.get("code").and_then(|c| record.codes.remove(c))
    else {
        return fail("unknown or used code");
    };
    let verifier = form.get("code_verifier").cloned().unwrap_or_default();
    let computed = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(sha2::Sha256::digest(verifier.as_bytes()));
    if computed != challenge
        || form.get("client_id") != Some(&client_id)
        || form.get("redirect_uri") != Some(&redirect_uri)
        || form.get("grant_type").map(String::as_str) != Some("authorization_code")
    {
        return fail("verifier, client or redirect does not match");
    }
    let access_token = format!("tok-{}-secret", record.token_forms.len());
    let granted: Vec<String> = match &script.granted_scope {
        Some(s) => s.split(' ').map(str::to_owned).collect(),
        None => scopes,
    };
    let expires_at = script.expires_in.as_ref().and_then(|v| {
        v.as_u64()
            .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
            .map(|s| SystemTime::now() + Duration::from_secs(s))
    });
    record.tokens.insert(access_token.clone(), Issued { scopes: granted, expires_at, revoked: false });
    let mut answer = json!({"access_token": access_token});
    if let Some(t) = script.token_type {
        answer["token_type"] = json!(t);
    }
    if let Some(e) = &script.expires_in {
        answer["expires_in"] = e.clone();
    }
    if let Some(s) = &script.granted_scope {
        answer["scope"] = json!(s);
    }
    (StatusCode::from_u16(script.token_status).unwrap(), Json(answer)).into_response()
}

async fn revoke(State(shared): State<Shared>, Form(form): Form<HashMap<String, String>>) -> StatusCode {
    let mut record = shared.record.lock().unwrap();
    record.revoke_forms.push(form.clone());
    if let Some(issued) = form.get("token").and_then(|t| record.tokens.get_mut(t)) {
        issued.revoked = true;
    }
    StatusCode::OK
}

/// The token check of every API route: 401 for missing/unknown/revoked,
/// 401 "Token expired" past expiry, 403 without the needed scope.
fn check(shared: &Shared, headers: &HeaderMap, scope: &str) -> Result<(), Box<Response>> {
    let record = shared.record.lock().unwrap();
    let token =
        headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
    let unauthorized = |message: &str| {
        (StatusCode::UNAUTHORIZED, Json(json!({"message": message, "code": "unauthorized"}))).into_response()
    };
    let Some(issued) = token.and_then(|t| record.tokens.get(t)).filter(|i| !i.revoked) else {
        return Err(Box::new(unauthorized("Unauthorized: Invalid or missing token")));
    };
    if issued.expires_at.is_some_and(|at| at <= SystemTime::now()) {
        return Err(Box::new(unauthorized("Token expired")));
    }
    if !issued.scopes.iter().any(|s| s == scope) {
        return Err(Box::new(
            (
                StatusCode::FORBIDDEN,
                Json(
                    json!({"message": format!("Token does not have the required scope: {scope}"), "code": "forbidden"}),
                ),
            )
                .into_response(),
        ));
    }
    Ok(())
}

async fn accounts(State(shared): State<Shared>, headers: HeaderMap) -> Response {
    match check(&shared, &headers, "read") {
        Ok(()) => Json(json!([])).into_response(),
        Err(response) => *response,
    }
}

async fn send_message(State(shared): State<Shared>, headers: HeaderMap, Path(_chat): Path<String>) -> Response {
    match check(&shared, &headers, "write") {
        Ok(()) => Json(json!({"chatID": "!c:beeper.local", "pendingMessageID": "m1"})).into_response(),
        Err(response) => *response,
    }
}

/// A scripted "browser": follows the authorize URL (and its redirect to our
/// callback) in the background, remembering what it was asked to open.
pub fn following_browser() -> (impl beeper_desktop::login::Browser, Arc<Mutex<Vec<String>>>) {
    let opened = Arc::new(Mutex::new(Vec::new()));
    let seen = opened.clone();
    let browser = move |url: &str| -> std::io::Result<()> {
        seen.lock().unwrap().push(url.to_owned());
        let url = url.to_owned();
        tokio::spawn(async move {
            let http = reqwest::Client::builder().no_proxy().timeout(Duration::from_secs(10)).build().unwrap();
            let _ = http.get(url).send().await;
        });
        Ok(())
    };
    (browser, opened)
}
