//! `download_asset`, `serve_asset`, `upload_asset` (hand-written multipart)
//! and `upload_asset_base64`.

use futures::TryStreamExt;
use serde_json::json;

use crate::support::{MockServer, Recorded, Reply};

#[tokio::test]
async fn download_asset_posts_the_mxc_url() {
    let server = MockServer::once(Reply::fixture(200, "asset_download.json")).await;
    let resp = server
        .client()
        .download_asset()
        .body_map(|b| b.url("mxc://beeper.local/photo1".to_string()))
        .send()
        .await
        .unwrap();
    let req = server.single();
    req.assert_operation("download_asset");
    assert_eq!(req.target, "/v1/assets/download");
    assert_eq!(req.header("accept"), Some("application/json"));
    req.assert_json_body(&json!({"url": "mxc://beeper.local/photo1"}));
    assert!(resp.src_url.as_deref().unwrap().starts_with("file:///"));
    assert_eq!(resp.error, None);
}

#[tokio::test]
async fn serve_asset_streams_raw_bytes_with_octet_stream_accept() {
    let bytes: Vec<u8> = (0..=255u8).cycle().take(70_000).collect();
    let server = MockServer::once(Reply::raw(200, "image/jpeg", bytes.clone())).await;
    let resp = server.client().serve_asset().url("localmxc://beeper.local/photo 1?x=1").send().await.unwrap();
    let req = server.single();
    req.assert_operation("serve_asset");
    assert_eq!(req.path(), "/v1/assets/serve");
    assert_eq!(req.query(), vec![("url".into(), "localmxc://beeper.local/photo 1?x=1".into())]);
    assert_eq!(req.header("accept"), Some("application/octet-stream"));
    assert_eq!(req.header("range"), None);
    req.assert_no_body();
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.headers()["content-type"], "image/jpeg");
    let chunks: Vec<bytes::Bytes> = resp.into_inner().into_inner().try_collect().await.unwrap();
    assert_eq!(chunks.concat(), bytes);
}

#[tokio::test]
async fn serve_asset_sends_range_and_accepts_partial_content() {
    let server = MockServer::once(
        Reply::raw(206, "application/octet-stream", b"0123456789".to_vec()).header("content-range", "bytes 0-9/100"),
    )
    .await;
    let resp = server.client().serve_asset().url("mxc://beeper.local/doc").range("bytes=0-9").send().await.unwrap();
    let req = server.single();
    req.assert_operation("serve_asset");
    assert_eq!(req.header("range"), Some("bytes=0-9"));
    assert_eq!(resp.status(), 206);
    let chunks: Vec<bytes::Bytes> = resp.into_inner().into_inner().try_collect().await.unwrap();
    assert_eq!(chunks.concat(), b"0123456789");
}

#[tokio::test]
async fn serve_asset_answering_another_2xx_is_an_unexpected_status_with_its_body() {
    // Only 200 and 206 stream; the body of any other answer is read for the error.
    let server = MockServer::once(Reply::raw(203, "text/plain", b"cached copy".to_vec())).await;
    let Err(err) = server.client().serve_asset().url("mxc://beeper.local/doc").send().await else {
        panic!("a 203 was streamed as a success");
    };
    match err {
        beeper_desktop::Error::UnexpectedStatus { status, body, .. } => {
            assert_eq!(status, 203);
            assert_eq!(&body[..], b"cached copy");
        }
        other => panic!("expected an unexpected status, got {other:?}"),
    }
}

#[tokio::test]
async fn serve_asset_reads_another_2xx_body_within_the_cap() {
    let server = MockServer::once(Reply::raw(203, "text/plain", vec![b'x'; 2_000])).await;
    let client = server.builder().max_response_bytes(1_000).build().unwrap();
    let Err(err) = client.serve_asset().url("mxc://beeper.local/doc").send().await else {
        panic!("a 203 was streamed as a success");
    };
    match err {
        beeper_desktop::Error::ResponseTooLarge { status, limit, content_length } => {
            assert_eq!((status.as_u16(), limit, content_length), (203, 1_000, Some(2_000)));
        }
        other => panic!("expected a response too large, got {other:?}"),
    }
}

/// The boundary announced in a multipart content type.
fn boundary(req: &Recorded) -> String {
    let ct = req.header("content-type").expect("content type");
    let (kind, boundary) = ct.split_once("; boundary=").unwrap_or_else(|| panic!("not multipart: {ct}"));
    assert_eq!(kind, "multipart/form-data");
    boundary.to_owned()
}

#[tokio::test]
async fn upload_asset_sends_exact_multipart_body_from_bytes() {
    let server = MockServer::once(Reply::fixture(200, "asset_upload.json")).await;
    let data = b"\xff\xd8\xff\xe0 not really a jpeg \r\n--".to_vec();
    let resp = server
        .client()
        .upload_asset()
        .bytes(data.clone())
        .file_name("table.jpg")
        .mime_type("image/jpeg")
        .send()
        .await
        .unwrap();
    let req = server.single();
    req.assert_operation("upload_asset");
    assert_eq!(req.target, "/v1/assets/upload");
    assert_eq!(req.header("accept"), Some("application/json"));
    let b = boundary(&req);
    let mut expected = format!(
        "--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"table.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n"
    )
    .into_bytes();
    expected.extend_from_slice(&data);
    expected.extend_from_slice(
        format!(
            "\r\n--{b}\r\nContent-Disposition: form-data; name=\"fileName\"\r\n\r\ntable.jpg\
             \r\n--{b}\r\nContent-Disposition: form-data; name=\"mimeType\"\r\n\r\nimage/jpeg\r\n--{b}--\r\n"
        )
        .as_bytes(),
    );
    assert_eq!(String::from_utf8_lossy(&req.body), String::from_utf8_lossy(&expected));
    assert_eq!(req.body, expected);
    assert_eq!(req.header("content-length"), Some(expected.len().to_string().as_str()));
    assert_eq!(resp.upload_id.as_deref(), Some("up_7f3a"));
    assert_eq!(resp.file_size, Some(183201));
}

#[tokio::test]
async fn upload_asset_from_path_uses_the_file_name_and_guessed_type() {
    let dir = std::env::temp_dir().join(format!("beeper-upload-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("notes.txt");
    std::fs::write(&path, "hello from disk").unwrap();
    let server = MockServer::once(Reply::fixture(200, "asset_upload.json")).await;
    server.client().upload_asset().path(&path).send().await.unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    let req = server.single();
    req.assert_operation("upload_asset");
    let b = boundary(&req);
    let expected = format!(
        "--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\nContent-Type: text/plain\r\n\r\n\
         hello from disk\r\n--{b}--\r\n"
    );
    assert_eq!(String::from_utf8(req.body.clone()).unwrap(), expected);
}

#[tokio::test]
async fn upload_asset_from_stream_without_length_is_chunked_with_default_name() {
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> = vec![Ok(b"part one, ".to_vec()), Ok(b"part two".to_vec())];
    let server = MockServer::once(Reply::fixture(200, "asset_upload.json")).await;
    server.client().upload_asset().stream(futures::stream::iter(chunks), None).send().await.unwrap();
    let req = server.single();
    req.assert_operation("upload_asset");
    assert_eq!(req.header("transfer-encoding"), Some("chunked"));
    let b = boundary(&req);
    let expected = format!(
        "--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"upload\"\r\n\
         Content-Type: application/octet-stream\r\n\r\npart one, part two\r\n--{b}--\r\n"
    );
    assert_eq!(String::from_utf8(req.body.clone()).unwrap(), expected);
}

#[tokio::test]
async fn upload_asset_without_content_is_rejected_before_sending() {
    let server = MockServer::once(Reply::fixture(200, "asset_upload.json")).await;
    let err = server.client().upload_asset().file_name("x.jpg").send().await.unwrap_err();
    assert!(matches!(&err, beeper_desktop::Error::InvalidRequest(m) if m.contains("no content")), "{err}");
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn upload_asset_reports_error_statuses_with_the_parsed_body() {
    let server =
        MockServer::once(Reply::json(413, &json!({"code": "too_large", "message": "File exceeds 500 MB"}))).await;
    let err = server.client().upload_asset().bytes(vec![1, 2, 3]).send().await.unwrap_err();
    match err {
        beeper_desktop::Error::Api { status, code, .. } => {
            assert_eq!(status, 413);
            assert_eq!(code, "too_large");
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[tokio::test]
async fn upload_asset_base64_sends_json() {
    let server = MockServer::once(Reply::fixture(200, "asset_upload.json")).await;
    let resp = server
        .client()
        .upload_asset_base64()
        .body_map(|b| b.content("aGVsbG8=".to_string()).file_name(Some("hello.txt".to_string())))
        .send()
        .await
        .unwrap();
    let req = server.single();
    req.assert_operation("upload_asset_base64");
    assert_eq!(req.target, "/v1/assets/upload/base64");
    req.assert_json_body(&json!({"content": "aGVsbG8=", "fileName": "hello.txt"}));
    assert_eq!(resp.upload_id.as_deref(), Some("up_7f3a"));
}

// The part's file name and the `fileName` field are independent: the file
// goes up as `photo.png` and is stored as `renamed photo.png`.
#[tokio::test]
async fn upload_asset_part_file_name_and_file_name_field_are_independent() {
    let server = MockServer::once(Reply::fixture(200, "asset_upload.json")).await;
    server
        .client()
        .upload_asset()
        .bytes(&b"PNG"[..])
        .part_file_name("photo.png")
        .part_content_type("image/png")
        .file_name("renamed photo.png")
        .send()
        .await
        .unwrap();
    let req = server.single();
    let b = boundary(&req);
    let expected = format!(
        "--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.png\"\r\nContent-Type: image/png\r\n\r\nPNG\
         \r\n--{b}\r\nContent-Disposition: form-data; name=\"fileName\"\r\n\r\nrenamed photo.png\r\n--{b}--\r\n"
    );
    assert_eq!(String::from_utf8(req.body.clone()).unwrap(), expected);
}

// A named, typed in-memory upload sends only the `file` part: no `fileName`
// or `mimeType` field the caller did not ask for.
#[tokio::test]
async fn upload_asset_named_typed_bytes_add_no_form_fields() {
    let server = MockServer::once(Reply::fixture(200, "asset_upload.json")).await;
    server
        .client()
        .upload_asset()
        .bytes(&b"GIF89a"[..])
        .part_file_name("cat.gif")
        .part_content_type("image/gif")
        .send()
        .await
        .unwrap();
    let req = server.single();
    let b = boundary(&req);
    let expected = format!(
        "--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cat.gif\"\r\nContent-Type: image/gif\r\n\r\n\
         GIF89a\r\n--{b}--\r\n"
    );
    assert_eq!(req.body, expected.as_bytes());
}

// As browsers and both official SDKs: `"` goes out as `%22`, CR and LF as
// `%0D` and `%0A`, in the part's file name. The `fileName` field carries
// the text as given.
#[tokio::test]
async fn upload_asset_escapes_quotes_and_line_breaks_in_the_part_file_name() {
    let server = MockServer::once(Reply::fixture(200, "asset_upload.json")).await;
    let name = "my \"best\"\r\nshot.jpg";
    server.client().upload_asset().bytes(&b"x"[..]).part_file_name(name).file_name(name).send().await.unwrap();
    let req = server.single();
    let b = boundary(&req);
    let expected = format!(
        "--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"my %22best%22%0D%0Ashot.jpg\"\r\n\
         Content-Type: application/octet-stream\r\n\r\nx\
         \r\n--{b}\r\nContent-Disposition: form-data; name=\"fileName\"\r\n\r\nmy \"best\"\r\nshot.jpg\r\n--{b}--\r\n"
    );
    assert_eq!(String::from_utf8(req.body.clone()).unwrap(), expected);
}
