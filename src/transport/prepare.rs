//! What every request gets before its first attempt: its path IDs checked,
//! the access token, and the headers the official SDKs send.

use reqwest::Method;
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_LENGTH, HeaderValue};

use crate::client::{ClientState, ENV_ACCESS_TOKEN};
use crate::generated::spec::Operation;

/// `Accept` and `Content-Length` as the official SDKs send them. Void
/// operations answer with no body (`*/*`, as the official SDKs send)
/// and `serve_asset` with raw bytes; progenitor asks for JSON.
fn set_wire_headers(request: &mut reqwest::Request, op: &Operation) {
    if !op.accept.is_empty() {
        request.headers_mut().insert(ACCEPT, HeaderValue::from_static(op.accept));
    }
    // hyper sends no `Content-Length` for a bodyless POST, and strict
    // proxies answer 411; the official JS SDK sends `0`.
    let sends_body = matches!(*request.method(), Method::POST | Method::PUT | Method::PATCH);
    if sends_body && request.body().is_none() {
        request.headers_mut().insert(CONTENT_LENGTH, HeaderValue::from_static("0"));
    }
}

/// Refuses bad path IDs and a missing token; sets the token and the wire
/// headers.
pub(crate) fn prepare(state: &ClientState, op: &Operation, request: &mut reqwest::Request) -> Result<(), String> {
    // progenitor's `api-version` header is gone from the generated code
    // (`codegen/slim.rs`): the official SDKs do not send it, and we send
    // only what the API defines.
    check_path(state, op, request.url())?;
    if op.authenticated {
        let Some(auth) = &state.authorization else {
            // `get_setup_state` answers without a token before sign-in.
            if op.token_optional {
                set_wire_headers(request, op);
                return Ok(());
            }
            if let Some(note) = &state.expired_token_note {
                return Err(format!("`{}` needs an access token: {note}", op.id));
            }
            return Err(format!(
                "`{}` needs an access token: set {ENV_ACCESS_TOKEN} or call ClientBuilder::access_token",
                op.id
            ));
        };
        request.headers_mut().insert(AUTHORIZATION, auth.clone());
    }
    set_wire_headers(request, op);
    Ok(())
}

/// Rejects path IDs that are empty, `.` or `..` before anything is sent.
///
/// By the time a hook runs, the URL parser has already removed dot segments
/// (`/v1/chats/..` became `/v1/`), so the check compares the request path
/// with the operation's template: a missing segment or an empty one means a
/// bad ID.
fn check_path(state: &ClientState, op: &Operation, url: &reqwest::Url) -> Result<(), String> {
    if !op.path.contains('{') {
        return Ok(());
    }
    // The usual case, without allocating: every segment is there and no
    // ID is empty, `.` or `..`.
    let rest = url.path().strip_prefix(state.base_path.as_str()).and_then(|p| p.strip_prefix('/'));
    if let Some(rest) = rest {
        let (mut template, mut actual) = (op.path.trim_start_matches('/').split('/'), rest.split('/'));
        let fine = loop {
            match (template.next(), actual.next()) {
                (None, None) => break true,
                (Some(t), Some(a)) if t.starts_with('{') && (a.is_empty() || a == "." || a == "..") => break false,
                (Some(_), Some(_)) => {}
                _ => break false,
            }
        };
        if fine {
            return Ok(());
        }
    }
    let template: Vec<&str> = op.path.trim_start_matches('/').split('/').collect();
    let params: Vec<&str> =
        template.iter().filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}'))).collect();
    if params.is_empty() {
        return Ok(());
    }
    let path = url.path();
    let actual: Option<Vec<&str>> =
        path.strip_prefix(state.base_path.as_str()).and_then(|p| p.strip_prefix('/')).map(|p| p.split('/').collect());
    let bad: Vec<&str> = match actual {
        Some(actual) if actual.len() == template.len() => template
            .iter()
            .zip(&actual)
            .filter(|(t, a)| t.starts_with('{') && (a.is_empty() || **a == "." || **a == ".."))
            .map(|(t, _)| t.trim_matches(|c| c == '{' || c == '}'))
            .collect(),
        // Segments vanished: a `.`/`..` ID was folded away by the URL parser.
        _ => params.clone(),
    };
    if bad.is_empty() {
        return Ok(());
    }
    Err(format!(
        "path parameter {} of `{}` ({} {}) must not be empty, \".\" or \"..\"",
        bad.iter().map(|p| format!("`{p}`")).collect::<Vec<_>>().join(" or "),
        op.id,
        op.method,
        op.path
    ))
}
