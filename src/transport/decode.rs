//! Decoding a JSON answer for the generated code: progenitor's
//! `ResponseValue::from_response`, with the answer's headers moved into
//! the value instead of copied, and the body the `exec` hook already read
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
        None => response.bytes().await.map_err(Error::ResponseBodyError)?,
    };
    let inner = serde_json::from_slice(&full).map_err(|e| Error::InvalidResponsePayload(full, e))?;
    Ok(ResponseValue::new(inner, status, headers))
}
