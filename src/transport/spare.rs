//! A copy of a request to send again when an attempt fails.
//!
//! reqwest takes each request it sends, so the copy is made before every
//! attempt that may be followed by another. Most calls succeed at once and
//! never use it, so it is kept cheap: a bodiless request (most calls) keeps
//! its method, URL and up to [`FEW`] headers inline, without the two
//! allocations of a `HeaderMap` copy, and becomes a request again only for
//! a retry. reqwest's `try_clone` would also copy the extensions (one
//! allocation each); the only one the transport uses, the attempt timeout,
//! is set again on every attempt.

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::{Method, Request, Url, Version};

/// Headers kept inline (a generated bodiless request has one to three:
/// `Accept`, `Authorization`, and `Content-Length` or a header parameter).
const FEW: usize = 3;

/// A request to send again.
pub(crate) enum Spare {
    /// A bodiless request, in parts.
    Bodiless { method: Method, url: Url, headers: Headers, version: Version },
    /// A request with a (replayable) body.
    Request(Request),
}

/// The headers of a bodiless request.
pub(crate) enum Headers {
    /// Up to [`FEW`] name/value pairs in their order.
    Few([Option<(HeaderName, HeaderValue)>; FEW]),
    /// More: a copy of the map.
    Map(HeaderMap),
}

impl Spare {
    /// A copy of `request`, or `None` when its body cannot be replayed (a
    /// streamed file upload).
    pub(crate) fn of(request: &Request) -> Option<Spare> {
        if request.body().is_some() {
            return request.try_clone().map(Spare::Request);
        }
        let headers = if request.headers().len() <= FEW {
            let mut few: [Option<(HeaderName, HeaderValue)>; FEW] = Default::default();
            for (slot, (name, value)) in few.iter_mut().zip(request.headers()) {
                *slot = Some((name.clone(), value.clone()));
            }
            Headers::Few(few)
        } else {
            Headers::Map(request.headers().clone())
        };
        Some(Spare::Bodiless {
            method: request.method().clone(),
            url: request.url().clone(),
            headers,
            version: request.version(),
        })
    }

    /// The request to send.
    pub(crate) fn into_request(self) -> Request {
        match self {
            Spare::Request(request) => request,
            Spare::Bodiless { method, url, headers, version } => {
                let mut request = Request::new(method, url);
                *request.headers_mut() = match headers {
                    Headers::Map(map) => map,
                    Headers::Few(few) => {
                        let mut map = HeaderMap::with_capacity(FEW);
                        for (name, value) in few.into_iter().flatten() {
                            map.append(name, value);
                        }
                        map
                    }
                };
                *request.version_mut() = version;
                request
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use reqwest::header::{ACCEPT, AUTHORIZATION};

    use super::*;

    fn request(headers: &[(&'static str, &'static str)]) -> Request {
        let mut request = Request::new(Method::GET, Url::parse("http://127.0.0.1:9/v1/chats?limit=2").unwrap());
        for (name, value) in headers {
            request.headers_mut().append(*name, HeaderValue::from_static(value));
        }
        *request.version_mut() = Version::HTTP_11;
        request
    }

    fn parts(request: &Request) -> (Method, String, Vec<(String, String)>, Version) {
        let headers = request.headers().iter().map(|(n, v)| (n.to_string(), v.to_str().unwrap().to_owned())).collect();
        (request.method().clone(), request.url().to_string(), headers, request.version())
    }

    #[test]
    fn a_bodiless_request_comes_back_the_same_with_few_or_many_headers() {
        let few = [("accept", "application/json"), ("x-a", "1"), ("x-a", "2")];
        let many = [("accept", "*/*"), ("x-a", "1"), ("x-b", "2"), ("x-a", "3"), ("x-c", "4"), ("x-d", "5")];
        for headers in [&few[..], &many[..], &[]] {
            let original = request(headers);
            let spare = Spare::of(&original).unwrap();
            assert_eq!(parts(&spare.into_request()), parts(&original), "{headers:?}");
        }
    }

    #[test]
    fn a_sensitive_header_stays_sensitive() {
        let mut original = request(&[]);
        let mut token = HeaderValue::from_static("Bearer secret");
        token.set_sensitive(true);
        original.headers_mut().insert(AUTHORIZATION, token);
        original.headers_mut().insert(ACCEPT, HeaderValue::from_static("application/json"));
        let again = Spare::of(&original).unwrap().into_request();
        assert!(again.headers()[AUTHORIZATION].is_sensitive());
        assert!(!again.headers()[ACCEPT].is_sensitive());
    }

    #[test]
    fn a_request_with_a_body_is_copied_whole_and_a_stream_is_not() {
        let mut original = request(&[("content-type", "application/json")]);
        *original.method_mut() = Method::POST;
        *original.body_mut() = Some(reqwest::Body::from("{\"text\":\"hi\"}"));
        let again = Spare::of(&original).unwrap().into_request();
        assert_eq!(parts(&again), parts(&original));
        assert_eq!(again.body().and_then(reqwest::Body::as_bytes), Some(&b"{\"text\":\"hi\"}"[..]));

        let stream = futures::stream::iter([Ok::<_, std::io::Error>(bytes::Bytes::from_static(b"x"))]);
        *original.body_mut() = Some(reqwest::Body::wrap_stream(stream));
        assert!(Spare::of(&original).is_none());
    }
}
