//! The hand-written byte helpers on the `serve_asset` builder: `bytes`,
//! `byte_stream`, `write_to`, `save_to` and `byte_range`.
//!
//! `assets.rs` pins the raw `serve_asset` request; here each helper is driven
//! end to end: the request it sends (always the `serve_asset` operation with
//! `accept: application/octet-stream`), that bodies larger than one read
//! arrive whole and in order, and what is left on disk when the server
//! refuses the request or the download breaks off.

use std::path::PathBuf;

use beeper_desktop::{Client, Error};
use bytes::Bytes;
use futures::TryStreamExt;
use reqwest::StatusCode;
use serde_json::json;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

use crate::support::{MockServer, Recorded, Reply, TOKEN, fixture_bytes};

/// An asset URL the tests ask for.
const ASSET: &str = "mxc://beeper.local/photo1";

/// `len` bytes in a pattern of period 251 (a prime), so a dropped,
/// repeated or reordered chunk of any power-of-two size changes the bytes.
fn patterned(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i % 251) as u8).collect()
}

/// About 1 MB: more than hyper reads at once, so it arrives in several chunks.
const LARGE: usize = 1_048_583;

/// A directory of its own under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(test: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("beeper-desktop-asset-helpers-{}-{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }

    fn join(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Asserts the request is a `serve_asset` for [`ASSET`] asking for raw bytes.
fn assert_serve_asset(req: &Recorded) {
    req.assert_operation("serve_asset");
    assert_eq!(req.query(), vec![("url".to_owned(), ASSET.to_owned())]);
    assert_eq!(req.header("accept"), Some("application/octet-stream"));
    req.assert_no_body();
}

// -------------------------------------------------------- bytes, byte_stream

#[tokio::test]
async fn bytes_collects_a_multi_chunk_body_exactly() {
    let body = patterned(LARGE);
    let server = MockServer::once(Reply::raw(200, "video/mp4", body.clone())).await;
    let got = server.client().serve_asset().url(ASSET).bytes().await.unwrap();
    let req = server.single();
    assert_serve_asset(&req);
    assert_eq!(req.header("range"), None);
    assert_eq!(got.len(), body.len());
    assert!(got == body, "the collected bytes differ from the body served");
}

#[tokio::test]
async fn byte_stream_yields_chunks_that_concatenate_to_the_body() {
    let body = patterned(LARGE);
    let server = MockServer::once(Reply::raw(200, "application/octet-stream", body.clone())).await;
    let stream = server.client().serve_asset().url(ASSET).byte_stream().await.unwrap();
    let chunks: Vec<Bytes> = stream.try_collect().await.unwrap();
    assert_serve_asset(&server.single());
    assert!(chunks.len() > 1, "a 1 MB body should arrive in several chunks, got {}", chunks.len());
    assert!(chunks.iter().all(|c| !c.is_empty()), "empty chunk yielded");
    assert!(chunks.concat() == body, "the chunks do not concatenate to the body served");
}

#[tokio::test]
async fn bytes_of_an_empty_asset_is_empty() {
    let server = MockServer::once(Reply::raw(200, "application/octet-stream", Vec::new())).await;
    let got = server.client().serve_asset().url(ASSET).bytes().await.unwrap();
    assert_serve_asset(&server.single());
    assert!(got.is_empty(), "{got:?}");
}

#[tokio::test]
async fn bytes_on_a_proxy_error_page_is_an_unexpected_status_keeping_the_page() {
    let page = fixture_bytes("err_proxy_bad_gateway.html");
    let server = MockServer::once(Reply::raw(502, "text/html", page.clone())).await;
    let err = server.client().serve_asset().url(ASSET).bytes().await.unwrap_err();
    assert_serve_asset(&server.single());
    match &err {
        Error::UnexpectedStatus { status, body, .. } => {
            assert_eq!(*status, StatusCode::BAD_GATEWAY);
            assert_eq!(body.as_ref(), page.as_slice());
        }
        other => panic!("expected Error::UnexpectedStatus, got {other:?}"),
    }
}

// ------------------------------------------------------------------ write_to

#[tokio::test]
async fn write_to_a_vec_returns_the_count_and_writes_the_bytes() {
    let body = patterned(LARGE);
    let server = MockServer::once(Reply::raw(200, "image/png", body.clone())).await;
    let mut sink: Vec<u8> = b"kept:".to_vec();
    let written = server.client().serve_asset().url(ASSET).write_to(&mut sink).await.unwrap();
    assert_serve_asset(&server.single());
    assert_eq!(written, body.len() as u64);
    assert_eq!(&sink[..5], b"kept:", "what the writer held before is kept");
    assert!(sink[5..] == body[..], "the written bytes differ from the body served");
}

#[tokio::test]
async fn write_to_on_an_error_status_writes_nothing() {
    let server = MockServer::once(Reply::json(404, &json!({"code": "not_found", "message": "Asset not found"}))).await;
    let mut sink: Vec<u8> = Vec::new();
    let err = server.client().serve_asset().url(ASSET).write_to(&mut sink).await.unwrap_err();
    assert_serve_asset(&server.single());
    assert!(matches!(&err, Error::Api { code, .. } if code == "not_found"), "expected Error::Api, got {err:?}");
    assert!(sink.is_empty(), "wrote {} bytes of an error", sink.len());
}

// ------------------------------------------------------------------- save_to

#[tokio::test]
async fn save_to_writes_the_file_and_returns_the_byte_count() {
    let dir = TempDir::new("save_to_writes");
    let path = dir.join("photo.jpg");
    let body = patterned(LARGE);
    let server = MockServer::once(Reply::raw(200, "image/jpeg", body.clone())).await;
    let written = server.client().serve_asset().url(ASSET).save_to(&path).await.unwrap();
    assert_serve_asset(&server.single());
    assert_eq!(written, body.len() as u64);
    assert!(std::fs::read(&path).unwrap() == body, "the file differs from the body served");
}

#[tokio::test]
async fn save_to_replaces_an_existing_longer_file() {
    let dir = TempDir::new("save_to_replaces");
    let path = dir.join("notes.txt");
    std::fs::write(&path, "an older, much longer version of the file that must not survive").unwrap();
    let server = MockServer::once(Reply::raw(200, "text/plain", "new text")).await;
    let written = server.client().serve_asset().url(ASSET).save_to(&path).await.unwrap();
    assert_serve_asset(&server.single());
    assert_eq!(written, 8);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "new text");
}

#[tokio::test]
async fn save_to_on_a_404_creates_no_file_and_returns_the_api_error() {
    let dir = TempDir::new("save_to_404");
    let path = dir.join("missing.jpg");
    let server = MockServer::once(Reply::json(404, &json!({"code": "not_found", "message": "Asset not found"}))).await;
    let err = server.client().serve_asset().url(ASSET).save_to(&path).await.unwrap_err();
    assert_serve_asset(&server.single());
    match &err {
        Error::Api { status, code, message, .. } => {
            assert_eq!(*status, StatusCode::NOT_FOUND);
            assert_eq!(code, "not_found");
            assert_eq!(message, "Asset not found");
        }
        other => panic!("expected Error::Api, got {other:?}"),
    }
    assert!(!path.exists(), "a refused download created {}", path.display());
}

#[tokio::test]
async fn save_to_into_a_missing_directory_is_an_io_error() {
    let dir = TempDir::new("save_to_missing_dir");
    let path = dir.join("no-such-dir").join("photo.jpg");
    let server = MockServer::once(Reply::raw(200, "image/jpeg", b"JPEG".to_vec())).await;
    let err = server.client().serve_asset().url(ASSET).save_to(&path).await.unwrap_err();
    assert_serve_asset(&server.single());
    match &err {
        Error::Io(inner) => assert_eq!(inner.kind(), std::io::ErrorKind::NotFound),
        other => panic!("expected Error::Io, got {other:?}"),
    }
    assert!(err.to_string().starts_with("I/O error: "), "{err}");
    assert!(!path.exists());
}

/// Serves one request with a 200 that announces `declared` bytes but sends
/// only `sent` before closing the connection; returns the base URL and the
/// request as received.
async fn broken_download_server(declared: usize, sent: Vec<u8>) -> (String, tokio::task::JoinHandle<Recorded>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let handle = tokio::spawn(async move {
        let (stream, _) = listener.accept().await.unwrap();
        let mut reader = BufReader::new(stream);
        let mut line = String::new();
        reader.read_line(&mut line).await.unwrap();
        let mut parts = line.trim_end().splitn(3, ' ');
        let method = parts.next().unwrap().to_owned();
        let target = parts.next().unwrap().to_owned();
        let mut headers = Vec::new();
        loop {
            let mut h = String::new();
            reader.read_line(&mut h).await.unwrap();
            let Some((name, value)) = h.trim_end().split_once(':') else { break };
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
        }
        let stream = reader.get_mut();
        let head =
            format!("HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\ncontent-length: {declared}\r\n\r\n");
        stream.write_all(head.as_bytes()).await.unwrap();
        stream.write_all(&sent).await.unwrap();
        stream.shutdown().await.unwrap();
        Recorded { method, target, headers, body: Vec::new() }
    });
    (url, handle)
}

#[tokio::test]
async fn save_to_removes_the_partial_file_when_the_download_breaks_off() {
    let dir = TempDir::new("save_to_broken");
    let path = dir.join("video.mp4");
    let (url, request) = broken_download_server(LARGE, patterned(200_000)).await;
    let client = Client::builder().base_url(url).access_token(TOKEN).max_retries(0).build().unwrap();
    let err = client.serve_asset().url(ASSET).save_to(&path).await.unwrap_err();
    assert_serve_asset(&request.await.unwrap());
    assert!(matches!(err, Error::Transport(_)), "expected Error::Transport, got {err:?}");
    assert!(!path.exists(), "a partial file was left at {}", path.display());
}

#[tokio::test]
async fn write_to_reports_a_download_that_breaks_off() {
    let (url, request) = broken_download_server(1000, b"only ten b".to_vec()).await;
    let client = Client::builder().base_url(url).access_token(TOKEN).max_retries(0).build().unwrap();
    let mut sink: Vec<u8> = Vec::new();
    let err = client.serve_asset().url(ASSET).write_to(&mut sink).await.unwrap_err();
    assert_serve_asset(&request.await.unwrap());
    assert!(matches!(err, Error::Transport(_)), "expected Error::Transport, got {err:?}");
    assert!(sink.len() <= 10, "wrote more than was received: {}", sink.len());
}

// ---------------------------------------------------------------- byte_range

#[tokio::test]
async fn byte_range_with_an_end_sends_a_closed_range_and_reads_the_206() {
    let file = patterned(1000);
    let server = MockServer::once(
        Reply::raw(206, "application/octet-stream", file[..100].to_vec()).header("content-range", "bytes 0-99/1000"),
    )
    .await;
    let got = server.client().serve_asset().url(ASSET).byte_range(0, Some(99)).bytes().await.unwrap();
    let req = server.single();
    assert_serve_asset(&req);
    assert_eq!(req.header("range"), Some("bytes=0-99"));
    assert_eq!(got.as_ref(), &file[..100]);
}

#[tokio::test]
async fn byte_range_without_an_end_sends_an_open_range_and_reads_the_206() {
    let file = patterned(1000);
    let server = MockServer::once(
        Reply::raw(206, "application/octet-stream", file[100..].to_vec()).header("content-range", "bytes 100-999/1000"),
    )
    .await;
    let dir = TempDir::new("byte_range_open");
    let path = dir.join("tail.bin");
    let written = server.client().serve_asset().url(ASSET).byte_range(100, None).save_to(&path).await.unwrap();
    let req = server.single();
    assert_serve_asset(&req);
    assert_eq!(req.header("range"), Some("bytes=100-"));
    assert_eq!(written, 900);
    assert_eq!(std::fs::read(&path).unwrap(), &file[100..]);
}

#[tokio::test]
async fn byte_range_past_the_end_is_a_416_error() {
    let server = MockServer::once(Reply::empty(416).header("content-range", "bytes */1000")).await;
    let err = server.client().serve_asset().url(ASSET).byte_range(5000, None).bytes().await.unwrap_err();
    let req = server.single();
    assert_serve_asset(&req);
    assert_eq!(req.header("range"), Some("bytes=5000-"));
    match &err {
        Error::UnexpectedStatus { status, body, .. } => {
            assert_eq!(*status, StatusCode::RANGE_NOT_SATISFIABLE);
            assert!(body.is_empty(), "{body:?}");
        }
        other => panic!("expected Error::UnexpectedStatus, got {other:?}"),
    }
}
