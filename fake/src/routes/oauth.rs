//! OAuth 2 authorization server of the fake: RFC 8414 metadata, dynamic client registration, an
//! authorize endpoint that approves at once, PKCE (S256) code exchange, introspection and revocation.
//!
//! Issued tokens go into the one [`TokenTable`](crate::state::tokens::TokenTable)
//! with their scopes and expiry, so the API routes enforce them like any
//! other token: a `read` token gets 403 on a send, an expired one 401.
//! Token answers follow RFC 6749 (`error`, `error_description`), since no
//! source records the real app's shape (OAUTH.md §12.5).

use std::collections::hash_map::RandomState;
use std::collections::{BTreeSet, HashMap};
use std::hash::{BuildHasher, Hasher};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use base64::Engine;
use serde_json::{Value, json};
use sha2::Digest;

use crate::state::FakeState;
use crate::state::tokens::{Client, DEFAULT_TOKEN_LIFETIME, Grant, Issued, PendingCode, Scope};

/// Routes of this area.
pub fn router() -> Router<FakeState> {
    Router::new()
        .route("/.well-known/oauth-authorization-server", get(metadata))
        .route("/oauth/register", post(register))
        .route("/oauth/authorize", get(authorize))
        .route("/oauth/token", post(token))
        .route("/oauth/introspect", post(introspect))
        .route("/oauth/revoke", post(revoke))
}

async fn metadata(State(state): State<FakeState>) -> Response {
    let base = state.base_url();
    axum::Json(json!({
        "issuer": base,
        "authorization_endpoint": format!("{base}/oauth/authorize"),
        "token_endpoint": format!("{base}/oauth/token"),
        "registration_endpoint": format!("{base}/oauth/register"),
        "revocation_endpoint": format!("{base}/oauth/revoke"),
        "introspection_endpoint": format!("{base}/oauth/introspect"),
        "grant_types_supported": ["authorization_code"],
        "response_types_supported": ["code"],
        "token_endpoint_auth_methods_supported": ["none"],
        "scopes_supported": ["read", "write"],
        "code_challenge_methods_supported": ["S256"],
        "service_documentation": format!("{base}/v1/spec"),
    }))
    .into_response()
}

/// An RFC 6749 error answer.
fn oauth_error(status: StatusCode, error: &str, description: &str) -> Response {
    (status, axum::Json(json!({"error": error, "error_description": description}))).into_response()
}

/// A random-enough identifier for a fake (std's per-process random keys).
fn random_id(prefix: &str, counter: &mut u64) -> String {
    *counter += 1;
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(*counter);
    let a = hasher.finish();
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(a);
    format!("{prefix}{a:016x}{:016x}", hasher.finish())
}

fn unix_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// Loopback `http`/`https` redirect URIs only (the real app also takes
/// private-use schemes; nothing here needs them).
fn loopback_redirect(uri: &str) -> bool {
    let Some(rest) = uri.strip_prefix("http://").or_else(|| uri.strip_prefix("https://")) else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = match host.rsplit_once(':') {
        Some((h, port)) if port.chars().all(|c| c.is_ascii_digit()) => h,
        _ => host,
    };
    matches!(host, "127.0.0.1" | "localhost" | "[::1]")
}

fn parse_scopes(text: &str) -> Option<BTreeSet<Scope>> {
    text.split_whitespace()
        .map(|s| match s {
            "read" => Some(Scope::Read),
            "write" => Some(Scope::Write),
            _ => None,
        })
        .collect()
}

fn scope_text(scopes: &BTreeSet<Scope>) -> String {
    scopes.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(" ")
}

async fn register(State(state): State<FakeState>, body: Bytes) -> Response {
    let Ok(request) = serde_json::from_slice::<Value>(&body) else {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_client_metadata", "body is not JSON");
    };
    let redirect_uris: Vec<String> = request["redirect_uris"]
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect())
        .unwrap_or_default();
    if redirect_uris.is_empty() || !redirect_uris.iter().all(|u| loopback_redirect(u)) {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_redirect_uri",
            "redirect_uris must be loopback http(s) URIs",
        );
    }
    if request["token_endpoint_auth_method"].as_str().is_some_and(|m| m != "none") {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_client_metadata", "only public clients are supported");
    }
    let mut tokens = state.tokens_mut();
    let book = &mut tokens.oauth;
    let client_id = random_id("fake-client-", &mut book.next);
    book.clients.insert(client_id.clone(), Client { redirect_uris: redirect_uris.clone() });
    let base = state.base_url();
    let answer = json!({
        "client_id": client_id,
        "client_id_issued_at": unix_now(),
        "client_name": request["client_name"],
        "redirect_uris": redirect_uris,
        "grant_types": ["authorization_code"],
        "response_types": ["code"],
        "scope": request["scope"].as_str().unwrap_or("read write"),
        "token_endpoint_auth_method": "none",
        "authorization_endpoint": format!("{base}/oauth/authorize"),
        "token_endpoint": format!("{base}/oauth/token"),
    });
    (StatusCode::CREATED, axum::Json(answer)).into_response()
}

/// Approves at once: no consent page, straight back to the client.
async fn authorize(State(state): State<FakeState>, RawQuery(query): RawQuery) -> Response {
    let query: HashMap<String, String> =
        form_urlencoded::parse(query.unwrap_or_default().as_bytes()).into_owned().collect();
    let get = |name: &str| query.get(name).map(String::as_str).unwrap_or_default();
    let mut tokens = state.tokens_mut();
    let book = &mut tokens.oauth;
    // Without a known client and its registered redirect, there is nowhere
    // safe to send an error: answer here.
    let registered =
        book.clients.get(get("client_id")).is_some_and(|c| c.redirect_uris.iter().any(|u| u == get("redirect_uri")));
    if !registered {
        return (StatusCode::BAD_REQUEST, "Invalid Request: unknown client_id or redirect_uri").into_response();
    }
    let redirect_uri = get("redirect_uri").to_owned();
    let separator = if redirect_uri.contains('?') { '&' } else { '?' };
    let state_param = query.get("state").map(|s| format!("&state={}", encode(s))).unwrap_or_default();
    let refuse = |error: &str, description: &str| {
        Redirect::to(&format!(
            "{redirect_uri}{separator}error={error}&error_description={}{state_param}",
            encode(description)
        ))
        .into_response()
    };
    if get("response_type") != "code" {
        return refuse("unsupported_response_type", "response_type must be code");
    }
    if get("code_challenge_method") != "S256" || get("code_challenge").len() < 43 {
        return refuse("invalid_request", "PKCE with S256 is required");
    }
    let scope = if get("scope").is_empty() { "read write" } else { get("scope") };
    let Some(scopes) = parse_scopes(scope).filter(|s| !s.is_empty()) else {
        return refuse("invalid_scope", "scopes are read and write");
    };
    let code = random_id("fake-code-", &mut book.next);
    book.codes.insert(
        code.clone(),
        PendingCode {
            client_id: get("client_id").to_owned(),
            redirect_uri: redirect_uri.clone(),
            challenge: get("code_challenge").to_owned(),
            scopes,
            expires: Instant::now() + Duration::from_secs(600),
        },
    );
    Redirect::to(&format!("{redirect_uri}{separator}code={code}{state_param}")).into_response()
}

fn encode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

fn form(body: &Bytes) -> HashMap<String, String> {
    form_urlencoded::parse(body).into_owned().collect()
}

async fn token(State(state): State<FakeState>, headers: axum::http::HeaderMap, body: Bytes) -> Response {
    let is_form = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_request", "the token request must be form-encoded");
    }
    let form = form(&body);
    let get = |name: &str| form.get(name).map(String::as_str).unwrap_or_default();
    if get("grant_type") != "authorization_code" {
        return oauth_error(StatusCode::BAD_REQUEST, "unsupported_grant_type", "only authorization_code");
    }
    let mut tokens = state.tokens_mut();
    // Codes are single use: taken out whatever happens next.
    let Some(pending) = tokens.oauth.codes.remove(get("code")) else {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_grant", "unknown or already used code");
    };
    if pending.expires <= Instant::now() {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_grant", "the code expired");
    }
    if get("client_id") != pending.client_id || get("redirect_uri") != pending.redirect_uri {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_grant", "client_id or redirect_uri does not match");
    }
    let computed = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(sha2::Sha256::digest(get("code_verifier")));
    if computed != pending.challenge {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_grant", "code_verifier does not match the challenge");
    }
    let lifetime = tokens.oauth.lifetime.unwrap_or(DEFAULT_TOKEN_LIFETIME);
    let access_token = random_id("fake-oauth-", &mut tokens.oauth.next);
    let issued_at = unix_now();
    tokens.oauth.issued.insert(
        access_token.clone(),
        Issued { client_id: pending.client_id.clone(), issued_at, expires_at: issued_at + lifetime.as_secs() },
    );
    let scope = scope_text(&pending.scopes);
    tokens.insert(
        access_token.clone(),
        Grant { scopes: pending.scopes, expires_at: None }.expiring_at(Instant::now() + lifetime),
    );
    axum::Json(json!({
        "access_token": access_token,
        "token_type": "Bearer",
        "expires_in": lifetime.as_secs(),
        "scope": scope,
    }))
    .into_response()
}

async fn introspect(State(state): State<FakeState>, body: Bytes) -> Response {
    let form = form(&body);
    let token = form.get("token").map(String::as_str).unwrap_or_default();
    let tokens = state.tokens();
    let active = tokens.get(token).filter(|g| g.expires_at.is_none_or(|at| at > Instant::now()));
    let Some(grant) = active else {
        return axum::Json(json!({"active": false})).into_response();
    };
    let mut answer = json!({"active": true, "scope": scope_text(&grant.scopes), "token_type": "Bearer"});
    if let Some(issued) = tokens.oauth.issued.get(token) {
        answer["client_id"] = json!(issued.client_id);
        answer["iat"] = json!(issued.issued_at);
        answer["exp"] = json!(issued.expires_at);
    }
    axum::Json(answer).into_response()
}

/// RFC 7009: 200 whether or not the token was known.
async fn revoke(State(state): State<FakeState>, body: Bytes) -> StatusCode {
    let form = form(&body);
    if let Some(token) = form.get("token") {
        let mut tokens = state.tokens_mut();
        tokens.remove(token);
        tokens.oauth.issued.remove(token);
    }
    StatusCode::OK
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_loopback_redirects_are_accepted() {
        assert!(loopback_redirect("http://127.0.0.1:5000/callback"));
        assert!(loopback_redirect("http://localhost/callback"));
        assert!(loopback_redirect("https://[::1]:8/cb"));
        assert!(!loopback_redirect("https://raycast.com/redirect"));
        assert!(!loopback_redirect("http://127.0.0.1.evil.example/callback"));
        assert!(!loopback_redirect("myapp://callback"));
    }
}
