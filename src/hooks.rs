//! Cross-cutting request handling, run by every generated operation (and the
//! hand-written ones) through progenitor's `ClientHooks`.

use progenitor_client::{ClientHooks, Error, OperationInfo};
use reqwest::header::{ACCEPT, AUTHORIZATION, HeaderValue};

use crate::client::{ClientState, ENV_ACCESS_TOKEN};
use crate::generated::spec::{OPERATIONS, Operation};
use crate::{Client, retry};

/// Looks up an operation of the spec by its snake_case id.
pub(crate) fn operation(id: &str) -> Option<&'static Operation> {
    OPERATIONS.binary_search_by(|op| op.id.cmp(id)).ok().map(|i| &OPERATIONS[i])
}

/// Void operations answer with no body (`*/*`, as the official SDKs send)
/// and `serve_asset` with raw bytes; progenitor asks for JSON.
fn set_accept(request: &mut reqwest::Request, op: &Operation) {
    if !op.accept.is_empty() {
        request.headers_mut().insert(ACCEPT, HeaderValue::from_static(op.accept));
    }
}

impl ClientHooks<ClientState> for Client {
    async fn pre<E>(&self, request: &mut reqwest::Request, info: &OperationInfo) -> Result<(), Error<E>> {
        // progenitor sends the spec's `info.version` as `api-version`; the
        // official SDKs do not, and we send only what the API defines.
        request.headers_mut().remove("api-version");
        let Some(op) = operation(info.operation_id) else {
            return Err(Error::InvalidRequest(format!("unknown operation `{}`", info.operation_id)));
        };
        check_path(&self.inner, op, request.url()).map_err(Error::InvalidRequest)?;
        if op.authenticated {
            let Some(auth) = &self.inner.authorization else {
                // `get_setup_state` answers without a token before sign-in.
                if op.token_optional {
                    set_accept(request, op);
                    return Ok(());
                }
                return Err(Error::InvalidRequest(format!(
                    "`{}` needs an access token: set {ENV_ACCESS_TOKEN} or call ClientBuilder::access_token",
                    op.id
                )));
            };
            request.headers_mut().insert(AUTHORIZATION, auth.clone());
        }
        set_accept(request, op);
        Ok(())
    }

    async fn exec(&self, request: reqwest::Request, _info: &OperationInfo) -> reqwest::Result<reqwest::Response> {
        let policy = self.inner.retry;
        let mut request = request;
        let mut retry = 0;
        loop {
            // A streaming body (file upload) cannot be replayed: one attempt.
            let spare = if retry < policy.max_retries { request.try_clone() } else { None };
            let method = request.method().clone();
            let result = self.client.execute(request).await;
            if let Ok(response) = &result {
                crate::error::record_status(response.status());
            }
            let Some(next) = spare else { return result };
            let wait = match &result {
                Ok(response) if retry::retry_after_response(&method, response) => {
                    retry::delay(&policy, retry, Some(response))
                }
                Err(error) if retry::retry_after_error(&method, error) => retry::delay(&policy, retry, None),
                _ => return result,
            };
            drop(result);
            tokio::time::sleep(wait).await;
            request = next;
            retry += 1;
        }
    }
}

/// Rejects path IDs that are empty, `.` or `..` before anything is sent.
///
/// By the time a hook runs, the URL parser has already removed dot segments
/// (`/v1/chats/..` became `/v1/`), so the check compares the request path
/// with the operation's template: a missing segment or an empty one means a
/// bad ID.
fn check_path(state: &ClientState, op: &Operation, url: &reqwest::Url) -> Result<(), String> {
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
