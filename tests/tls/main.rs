//! TLS: `https://` base URLs and `wss://` event sockets are refused up front
//! without a TLS feature; with one they open with a TLS handshake, and a
//! failed handshake is a typed error. The README's test command covers the
//! first half; CI runs the second with `cargo test --features rustls --test
//! tls`. Certificate checking (trusted and untrusted CAs) is proven in
//! `tests/tls_trusted`.

use std::future::Future;
use std::time::Duration;

use beeper_desktop::Client;
use beeper_desktop::events::EventsError;

/// Every test finishes within this, or fails.
async fn bounded<F: Future<Output = ()>>(test: F) {
    tokio::time::timeout(Duration::from_secs(30), test).await.expect("test did not hang");
}

fn client() -> Client {
    Client::builder().base_url("http://127.0.0.1:9").access_token("t").max_retries(0).build().unwrap()
}

/// A loopback server that reads the first 6 bytes a client sends, answers
/// a fatal TLS alert and returns them: its port and the bytes.
#[cfg(any(feature = "rustls", feature = "native-tls"))]
async fn alerting_server() -> (u16, tokio::task::JoinHandle<[u8; 6]>) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut head = [0u8; 6];
        socket.read_exact(&mut head).await.unwrap();
        // Fatal alert (level 2), handshake_failure (40).
        socket.write_all(&[0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28]).await.unwrap();
        head
    });
    (port, server)
}

/// Record type 22 (handshake), then message type 1 (ClientHello).
#[cfg(any(feature = "rustls", feature = "native-tls"))]
fn assert_client_hello(head: [u8; 6]) {
    assert_eq!((head[0], head[5]), (0x16, 0x01), "the client sent a TLS ClientHello: {head:?}");
}

// INVENTORY §1.1: https needs a TLS feature; without one the builder says so.
#[cfg(not(any(feature = "rustls", feature = "native-tls")))]
#[test]
fn an_https_base_url_without_a_tls_feature_is_a_config_error() {
    match Client::builder().base_url("https://beeper.example.com:23373").build() {
        Err(beeper_desktop::ConfigError::TlsNotEnabled { url }) => assert_eq!(url, "https://beeper.example.com:23373"),
        other => panic!("expected ConfigError::TlsNotEnabled, got {other:?}"),
    }
}

#[cfg(not(any(feature = "rustls", feature = "native-tls")))]
#[tokio::test]
async fn a_wss_url_without_a_tls_feature_is_refused_before_dialing() {
    bounded(async {
        let err = client().events().url("wss://127.0.0.1:9/v1/ws").connect().await.unwrap_err();
        match &err {
            EventsError::TlsNotEnabled { url } => assert_eq!(url, "wss://127.0.0.1:9/v1/ws"),
            other => panic!("expected TlsNotEnabled, got {other:?}"),
        }
        assert!(err.to_string().contains("`rustls` or `native-tls` feature"), "{err}");
    })
    .await;
}

#[cfg(any(feature = "rustls", feature = "native-tls"))]
#[tokio::test]
async fn an_https_base_url_opens_with_a_tls_handshake() {
    bounded(async {
        let (port, server) = alerting_server().await;
        let client = Client::builder().base_url(format!("https://127.0.0.1:{port}")).max_retries(0).build().unwrap();
        let err = client.get_info().send().await.unwrap_err();
        assert_client_hello(server.await.unwrap());
        assert!(matches!(err, beeper_desktop::Error::Transport(_)), "{err:?}");
    })
    .await;
}

#[cfg(any(feature = "rustls", feature = "native-tls"))]
#[tokio::test]
async fn a_wss_url_opens_with_a_tls_handshake() {
    bounded(async {
        let (port, server) = alerting_server().await;
        let err = client()
            .events()
            .url(format!("wss://127.0.0.1:{port}/v1/ws"))
            .dial_timeout(Duration::from_secs(10))
            .connect()
            .await
            .unwrap_err();
        assert_client_hello(server.await.unwrap());
        assert!(matches!(err, EventsError::Connect { .. }), "a failed TLS handshake is a connect error: {err:?}");
    })
    .await;
}
