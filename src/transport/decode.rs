//! Decoding a JSON answer for the generated code: progenitor's
//! `ResponseValue::from_response`, with the answer's headers moved into
//! the value instead of copied, and the body the transport already read
//! (kept in the call state) instead of the response's own.

use progenitor_client::{Error, ResponseValue};
use serde::de::DeserializeOwned;

/// The answer's body decoded as `T`, with its status and headers. A body
/// that does not decode is `InvalidResponsePayload` with the body, as in
/// progenitor (`crate::error` finds the failing JSON path from it).
pub(crate) async fn json<T: DeserializeOwned, E>(
    mut response: reqwest::Response,
) -> Result<ResponseValue<T>, Error<E>> {
    let status = response.status();
    let headers = std::mem::take(response.headers_mut());
    let full = match super::call::take_body() {
        Some(body) => body,
        // Outside a `send` (no kept body): boxed, so that the usual case
        // does not carry reqwest's body-collecting future.
        None => Box::pin(response.bytes()).await.map_err(Error::ResponseBodyError)?,
    };
    match serde_json::from_slice(&full) {
        Ok(inner) => Ok(ResponseValue::new(inner, status, headers)),
        Err(e) => {
            // The error keeps only the body: the status and the Desktop
            // version go to the call state for `super::finish`.
            super::call::note_undecoded(status, crate::desktop_version::desktop_version(&headers));
            Err(Error::InvalidResponsePayload(full, e))
        }
    }
}
