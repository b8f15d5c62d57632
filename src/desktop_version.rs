//! The `X-Beeper-Desktop-Version` header: which Beeper Desktop answered.

use progenitor_client::ResponseValue;
use reqwest::header::{HeaderMap, HeaderName};

/// The header Beeper Desktop puts on every answer, success or failure.
pub const DESKTOP_VERSION_HEADER: &str = "x-beeper-desktop-version";

/// [`DESKTOP_VERSION_HEADER`] as a header name: looked up without parsing
/// the name again on every answer.
const DESKTOP_VERSION: HeaderName = HeaderName::from_static(DESKTOP_VERSION_HEADER);

/// Longest version text kept; a longer header value is cut here.
const MAX_VERSION_CHARS: usize = 64;

/// The version in `headers`: the header's text, trimmed and cut to 64
/// characters; `None` when the header is missing, empty or not visible
/// ASCII. Several headers: the first counts. Like all server text the
/// crate keeps, an access token the client knows is replaced by
/// `<redacted>`.
pub fn desktop_version(headers: &HeaderMap) -> Option<String> {
    let text = headers.get(&DESKTOP_VERSION)?.to_str().ok()?.trim();
    if text.is_empty() {
        return None;
    }
    let mut version: String = text.chars().take(MAX_VERSION_CHARS).collect();
    crate::secret::scrub_string(&mut version);
    Some(version)
}

/// The Beeper Desktop version of a successful answer.
///
/// Every `send()` returns a [`ResponseValue`]; with this trait in scope it
/// says which Desktop version answered (the failures say it through
/// [`Error::desktop_version`](crate::Error::desktop_version)).
///
/// ```no_run
/// use beeper_desktop::DesktopVersion;
/// # async fn run(client: beeper_desktop::Client) -> Result<(), beeper_desktop::Error> {
/// let accounts = client.list_accounts().send().await?;
/// println!("Beeper Desktop {}", accounts.desktop_version().as_deref().unwrap_or("(version not sent)"));
/// # Ok(())
/// # }
/// ```
pub trait DesktopVersion {
    /// The `X-Beeper-Desktop-Version` the server sent (see
    /// [`desktop_version`](fn@desktop_version) for the rules); `None` from
    /// servers that do not send it.
    fn desktop_version(&self) -> Option<String>;
}

impl<T> DesktopVersion for ResponseValue<T> {
    fn desktop_version(&self) -> Option<String> {
        desktop_version(self.headers())
    }
}

#[cfg(test)]
mod tests {
    use reqwest::header::HeaderValue;

    use super::*;

    #[test]
    fn reads_trims_and_bounds_the_header() {
        let mut headers = HeaderMap::new();
        assert_eq!(desktop_version(&headers), None);
        headers.insert("X-Beeper-Desktop-Version", HeaderValue::from_static(" 4.2.808 "));
        assert_eq!(desktop_version(&headers).as_deref(), Some("4.2.808"));
        headers.insert(DESKTOP_VERSION_HEADER, HeaderValue::from_static("  "));
        assert_eq!(desktop_version(&headers), None);
        headers.insert(DESKTOP_VERSION_HEADER, HeaderValue::from_bytes(b"4.\xff").unwrap());
        assert_eq!(desktop_version(&headers), None);
        let long = "9".repeat(500);
        headers.insert(DESKTOP_VERSION_HEADER, HeaderValue::from_str(&long).unwrap());
        assert_eq!(desktop_version(&headers).map(|v| v.len()), Some(MAX_VERSION_CHARS));
    }
}
