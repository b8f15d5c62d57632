//! Where to register, authorize, exchange and revoke: RFC 8414 metadata,
//! then `/v1/info`, then the fixed `/oauth/*` paths; plus client registration.

use reqwest::Url;
use serde::Deserialize;

use super::error::LoginError;
use crate::discovery::OAuthEndpointUrls;
use crate::token_store::is_loopback_host;

/// The endpoints one sign-in uses.
#[derive(Clone, Debug)]
pub(crate) struct AuthEndpoints {
    pub authorization: Url,
    pub token: Url,
    pub registration: Url,
    pub revocation: Url,
}

/// RFC 8414 fields we read; every one optional.
#[derive(Debug, Default, Deserialize)]
struct Metadata {
    #[serde(default)]
    authorization_endpoint: Option<String>,
    #[serde(default)]
    token_endpoint: Option<String>,
    #[serde(default)]
    registration_endpoint: Option<String>,
    #[serde(default)]
    revocation_endpoint: Option<String>,
}

#[derive(Deserialize)]
struct InfoEndpoints {
    #[serde(default)]
    endpoints: Option<InfoOAuth>,
}

#[derive(Deserialize)]
struct InfoOAuth {
    #[serde(default)]
    oauth: Option<OAuthEndpointUrls>,
}

/// Reads both discovery documents (either may be missing or odd) and
/// settles each endpoint: metadata, else `/v1/info`, else the fixed path
/// the official CLI uses. Advertised URLs on another origin are ignored:
/// the authorization code and verifier must not leave this Desktop.
pub(crate) async fn resolve(http: &reqwest::Client, base: &Url) -> AuthEndpoints {
    let metadata: Metadata = get_json(http, base, "/.well-known/oauth-authorization-server").await.unwrap_or_default();
    let info: OAuthEndpointUrls = get_json::<InfoEndpoints>(http, base, &format!("{}/v1/info", base_path(base)))
        .await
        .and_then(|i| i.endpoints)
        .and_then(|e| e.oauth)
        .unwrap_or_default();
    let pick = |advertised: [&Option<String>; 2], fixed: &str| {
        advertised
            .into_iter()
            .flatten()
            .find_map(|candidate| same_origin(base, candidate))
            .unwrap_or_else(|| base.join(fixed).expect("a fixed path always joins"))
    };
    AuthEndpoints {
        authorization: pick([&metadata.authorization_endpoint, &info.authorization_endpoint], "/oauth/authorize"),
        token: pick([&metadata.token_endpoint, &info.token_endpoint], "/oauth/token"),
        registration: pick([&metadata.registration_endpoint, &info.registration_endpoint], "/oauth/register"),
        revocation: pick([&metadata.revocation_endpoint, &info.revocation_endpoint], "/oauth/revoke"),
    }
}

fn base_path(base: &Url) -> &str {
    base.path().trim_end_matches('/')
}

async fn get_json<T: for<'de> Deserialize<'de>>(http: &reqwest::Client, base: &Url, path: &str) -> Option<T> {
    let url = base.join(path).ok()?;
    let response = http.get(url).header("accept", "application/json").send().await.ok()?;
    if !response.status().is_success() {
        return None;
    }
    serde_json::from_slice(&response.bytes().await.ok()?).ok()
}

/// `candidate` (absolute or relative to `base`) when it has the same scheme
/// and port as `base` and the same host, counting all loopback names
/// (`127.0.0.1`, `localhost`, `::1`) as one.
pub(crate) fn same_origin(base: &Url, candidate: &str) -> Option<Url> {
    let url = base.join(candidate.trim()).ok()?;
    let host_matches = match (url.host_str(), base.host_str()) {
        (Some(a), Some(b)) => a.eq_ignore_ascii_case(b) || (is_loopback_host(a) && is_loopback_host(b)),
        _ => false,
    };
    (url.scheme() == base.scheme() && url.port_or_known_default() == base.port_or_known_default() && host_matches)
        .then_some(url)
}

/// What registration answered that we use.
#[derive(Debug)]
pub(crate) struct Registration {
    pub client_id: String,
    pub authorization_endpoint: Option<String>,
    pub token_endpoint: Option<String>,
}

/// `POST` RFC 7591 registration of a public client for `redirect_uri`,
/// with the fields the official CLI sends. Any 2xx is success (200 and 201
/// are both plausible); `client_id` must be present.
pub(crate) async fn register(
    http: &reqwest::Client,
    url: &Url,
    client_name: &str,
    redirect_uri: &str,
    scope: &str,
) -> Result<Registration, LoginError> {
    let body = serde_json::json!({
        "client_name": client_name,
        "redirect_uris": [redirect_uri],
        "grant_types": ["authorization_code"],
        "response_types": ["code"],
        "scope": scope,
        "token_endpoint_auth_method": "none",
    });
    let response = http.post(url.clone()).json(&body).send().await.map_err(LoginError::Transport)?;
    let status = response.status();
    let bytes = response.bytes().await.map_err(LoginError::Transport)?;
    if !status.is_success() {
        return Err(LoginError::Registration { status: Some(status.as_u16()), detail: server_detail(&bytes) });
    }
    #[derive(Deserialize)]
    struct Answer {
        #[serde(default)]
        client_id: Option<serde_json::Value>,
        #[serde(default)]
        authorization_endpoint: Option<String>,
        #[serde(default)]
        token_endpoint: Option<String>,
    }
    let answer: Answer = serde_json::from_slice(&bytes).map_err(|e| LoginError::Registration {
        status: Some(status.as_u16()),
        detail: format!("the answer is not a JSON object ({e})"),
    })?;
    // A numeric client_id would be odd but harmless.
    let client_id = match answer.client_id {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => {
            return Err(LoginError::Registration {
                status: Some(status.as_u16()),
                detail: "the answer has no client_id".into(),
            });
        }
    };
    Ok(Registration {
        client_id,
        authorization_endpoint: answer.authorization_endpoint,
        token_endpoint: answer.token_endpoint,
    })
}

/// A server's error text on one line, at most 200 characters: RFC 6749
/// `error`/`error_description`, Beeper's `message`/`code`, or the raw body.
pub(crate) fn server_detail(body: &[u8]) -> String {
    #[derive(Deserialize)]
    struct Shapes {
        error: Option<String>,
        error_description: Option<String>,
        message: Option<String>,
        code: Option<String>,
    }
    let text = match serde_json::from_slice::<Shapes>(body) {
        Ok(Shapes { error: Some(error), error_description, .. }) => match error_description {
            Some(d) => format!("{error}: {d}"),
            None => error,
        },
        Ok(Shapes { message: Some(message), code, .. }) => match code {
            Some(c) => format!("{message} ({c})"),
            None => message,
        },
        _ if body.is_empty() => "(empty body)".into(),
        _ => String::from_utf8_lossy(body).into_owned(),
    };
    crate::one_line::bounded(text, 200)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_names_are_one_origin_but_ports_and_hosts_are_not() {
        let base = Url::parse("http://localhost:23373").unwrap();
        assert!(same_origin(&base, "http://127.0.0.1:23373/oauth/token").is_some());
        assert!(same_origin(&base, "/oauth/token").is_some());
        assert!(same_origin(&base, "http://127.0.0.1:23374/oauth/token").is_none());
        assert!(same_origin(&base, "http://evil.example:23373/oauth/token").is_none());
        assert!(same_origin(&base, "https://localhost:23373/oauth/token").is_none());
    }

    #[test]
    fn server_detail_reads_both_error_shapes() {
        assert_eq!(
            server_detail(br#"{"error":"invalid_grant","error_description":"bad code"}"#),
            "invalid_grant: bad code"
        );
        assert_eq!(server_detail(br#"{"message":"Nope","code":"bad_request"}"#), "Nope (bad_request)");
        assert_eq!(server_detail(b""), "(empty body)");
        assert_eq!(server_detail(b"<h1>\n500\n</h1>"), "<h1> 500 </h1>");
    }
}
