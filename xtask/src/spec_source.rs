//! Reads an OpenAPI document (3.0 or 3.1, YAML or JSON) from a file or an
//! `http://` URL, following a Desktop's `/v1/info` to its published spec.

use std::path::Path;
use std::time::Duration;

use serde_json::Value;

/// Whole request, including reading the body; a Desktop answers locally.
const FETCH_TIMEOUT: Duration = Duration::from_secs(30);

/// The document at `source`: an `http://` URL or a file path.
///
/// A URL without a path (`http://localhost:23373`) means the Desktop's
/// `/v1/info`; a `/v1/info` answer is followed to its `endpoints.spec`.
/// `BEEPER_ACCESS_TOKEN`, when set, is sent to loopback hosts only.
pub fn load(source: &str) -> Result<Value, String> {
    if source.starts_with("https://") {
        return Err(format!(
            "cannot fetch {source}: only plain http:// is supported (a Desktop serves plain HTTP on localhost); \
             download the document and pass the file"
        ));
    }
    if !source.starts_with("http://") {
        let text = std::fs::read_to_string(Path::new(source)).map_err(|e| format!("cannot read {source}: {e}"))?;
        return parse(&text).map_err(|e| format!("{source}: {e}"));
    }
    let url = match source.trim_end_matches('/').split_once("://").map(|(_, rest)| rest.contains('/')) {
        Some(false) => format!("{}/v1/info", source.trim_end_matches('/')),
        _ => source.to_owned(),
    };
    let document = fetch(&url)?;
    match document.pointer("/endpoints/spec").and_then(Value::as_str) {
        Some(spec_url) if document.get("openapi").is_none() => {
            let spec_url = absolute(&url, spec_url);
            if spec_url.starts_with("https://") {
                return Err(format!("{url} points at {spec_url}; only plain http:// is supported"));
            }
            fetch(&spec_url)
        }
        _ => Ok(document),
    }
}

/// Parses JSON or YAML text and checks that it is an OpenAPI 3.x document.
pub fn parse(text: &str) -> Result<Value, String> {
    let value: Value = if text.trim_start().starts_with('{') {
        serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"))?
    } else {
        serde_norway::from_str(text).map_err(|e| format!("not valid YAML: {e}"))?
    };
    match value.get("openapi").and_then(Value::as_str) {
        Some(version) if version.starts_with("3.") => Ok(value),
        Some(version) => Err(format!("OpenAPI {version} is not supported (3.0 and 3.1 are)")),
        None if value.get("swagger").is_some() => Err("Swagger 2.0 is not supported (3.0 and 3.1 are)".into()),
        None => Err("not an OpenAPI document (no `openapi` field)".into()),
    }
}

fn fetch(url: &str) -> Result<Value, String> {
    let config = ureq::Agent::config_builder().timeout_global(Some(FETCH_TIMEOUT)).proxy(None).build();
    let agent: ureq::Agent = config.into();
    let mut request = agent.get(url);
    if is_loopback(url)
        && let Ok(token) = std::env::var("BEEPER_ACCESS_TOKEN")
        && !token.is_empty()
    {
        request = request.header("Authorization", format!("Bearer {token}"));
    }
    let text = request
        .call()
        .and_then(|mut response| response.body_mut().read_to_string())
        .map_err(|e| format!("cannot fetch {url}: {e}"))?;
    if text.trim_start().starts_with('{')
        && let Ok(info) = serde_json::from_str::<Value>(&text)
        && info.get("openapi").is_none()
        && info.pointer("/endpoints/spec").is_some()
    {
        return Ok(info);
    }
    parse(&text).map_err(|e| format!("{url}: {e}"))
}

/// The host part of an `http://` URL is a loopback name or address.
fn is_loopback(url: &str) -> bool {
    let rest = url.strip_prefix("http://").unwrap_or_default();
    let authority = rest.split('/').next().unwrap_or_default();
    let host = match authority.strip_prefix('[') {
        Some(bracketed) => bracketed.split(']').next().unwrap_or_default(),
        None => authority.split(':').next().unwrap_or_default(),
    };
    host == "localhost" || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// `target` made absolute against `base` when it is a path like `/v1/spec`.
fn absolute(base: &str, target: &str) -> String {
    if !target.starts_with('/') {
        return target.to_owned();
    }
    let (scheme, rest) = base.split_once("://").unwrap_or(("http", base));
    let authority = rest.split('/').next().unwrap_or_default();
    format!("{scheme}://{authority}{target}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_and_yaml_both_load() {
        let yaml = parse("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n").unwrap();
        let json = parse(r#"{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}"#).unwrap();
        assert_eq!(yaml["info"], json["info"]);
    }

    #[test]
    fn other_documents_are_errors() {
        assert!(parse("swagger: '2.0'\n").unwrap_err().contains("Swagger 2.0"));
        assert!(parse("openapi: 4.0.0\n").unwrap_err().contains("not supported"));
        assert!(parse("{\"a\": 1}").unwrap_err().contains("not an OpenAPI document"));
        assert!(parse("{").unwrap_err().contains("not valid JSON"));
        assert!(parse("a: [").unwrap_err().contains("not valid YAML"));
    }

    #[test]
    fn tokens_go_to_loopback_hosts_only() {
        for url in ["http://localhost:23373/v1/spec", "http://127.0.0.1:1/x", "http://[::1]:8/x"] {
            assert!(is_loopback(url), "{url}");
        }
        for url in ["http://example.com/x", "http://localhost.example.com/", "http://10.0.0.1/"] {
            assert!(!is_loopback(url), "{url}");
        }
    }

    #[test]
    fn relative_spec_urls_use_the_info_host() {
        assert_eq!(absolute("http://127.0.0.1:9/v1/info", "/v1/spec"), "http://127.0.0.1:9/v1/spec");
        assert_eq!(absolute("http://127.0.0.1:9/v1/info", "http://h/spec"), "http://h/spec");
    }
}
