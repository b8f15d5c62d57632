//! `wss://` URLs: refused up front without a TLS feature; with one, the
//! socket opens with a TLS handshake and the server's certificate is checked
//! against the system's roots. CI runs the TLS half with `--features rustls`.

use beeper_desktop::Client;
use beeper_desktop::events::EventsError;

use crate::bounded;

fn client() -> Client {
    Client::builder().base_url("http://127.0.0.1:9").access_token("t").max_retries(0).build().unwrap()
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
async fn a_wss_url_opens_with_a_tls_handshake_and_an_unknown_certificate_is_refused() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    bounded(async {
        // A loopback server that reads the client's first record, then
        // answers a TLS alert: the client must have started TLS, and must
        // fail without a trusted certificate.
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
        let err = client()
            .events()
            .url(format!("wss://127.0.0.1:{port}/v1/ws"))
            .dial_timeout(std::time::Duration::from_secs(10))
            .connect()
            .await
            .unwrap_err();
        let head = server.await.unwrap();
        // Record type 22 (handshake), then message type 1 (ClientHello).
        assert_eq!((head[0], head[5]), (0x16, 0x01), "the client sent a TLS ClientHello: {head:?}");
        assert!(matches!(err, EventsError::Connect { .. }), "a failed TLS handshake is a connect error: {err:?}");
    })
    .await;
}
