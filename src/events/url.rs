//! Where the events socket is: `endpoints.ws_events` of `/v1/info`, resolved
//! against the REST base URL, with `http(s)` mapped to `ws(s)`.

use reqwest::Url;

use super::EventsError;

/// Path of the socket when the server does not say.
pub(crate) const DEFAULT_PATH: &str = "/v1/ws";

/// The socket URL for a REST base URL and the advertised `ws_events` value
/// (`None` or empty: not advertised, use `<base>/v1/ws`, keeping any base
/// path prefix).
pub(crate) fn resolve(base_url: &str, advertised: Option<&str>) -> Result<Url, EventsError> {
    let invalid = |url: &str, reason: String| EventsError::InvalidUrl { url: url.to_owned(), reason };
    let base = Url::parse(base_url).map_err(|e| invalid(base_url, e.to_string()))?;
    let mut url = match advertised.map(str::trim).filter(|s| !s.is_empty()) {
        Some(value) => base.join(value).map_err(|e| invalid(value, e.to_string()))?,
        None => {
            let joined = format!("{}{DEFAULT_PATH}", base_url.trim_end_matches('/'));
            Url::parse(&joined).map_err(|e| invalid(&joined, e.to_string()))?
        }
    };
    let scheme = match url.scheme() {
        "http" | "ws" => "ws",
        "https" | "wss" => "wss",
        other => return Err(invalid(url.as_str(), format!("scheme `{other}` is not http(s) or ws(s)"))),
    };
    // Infallible between these special schemes; checked anyway.
    url.set_scheme(scheme).map_err(|()| invalid(url.as_str(), "cannot change the scheme".into()))?;
    url.set_fragment(None);
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(base: &str, advertised: Option<&str>) -> String {
        resolve(base, advertised).unwrap().to_string()
    }

    #[test]
    fn every_shape_of_ws_events() {
        let base = "http://127.0.0.1:23373";
        assert_eq!(r(base, Some("ws://localhost:23373/v1/ws")), "ws://localhost:23373/v1/ws");
        assert_eq!(r(base, Some("http://127.0.0.1:9/v1/ws")), "ws://127.0.0.1:9/v1/ws");
        assert_eq!(r(base, Some("https://desk.example/v1/ws")), "wss://desk.example/v1/ws");
        assert_eq!(r(base, Some("wss://desk.example/v1/ws")), "wss://desk.example/v1/ws");
        assert_eq!(r(base, Some("/v1/ws")), "ws://127.0.0.1:23373/v1/ws");
        assert_eq!(r(base, Some("  ")), "ws://127.0.0.1:23373/v1/ws");
        assert_eq!(r(base, None), "ws://127.0.0.1:23373/v1/ws");
        assert_eq!(r("https://h.example/desk", None), "wss://h.example/desk/v1/ws");
        assert!(matches!(resolve(base, Some("ftp://x/v1/ws")), Err(EventsError::InvalidUrl { .. })));
    }
}
