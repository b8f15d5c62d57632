//! Asset routes: download (resolve to a local URL), serve bytes (with
//! `Range`), upload (multipart and base64).

use axum::Json;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Multipart, State};
use axum::http::header::{ACCEPT_RANGES, CONTENT_LENGTH, CONTENT_RANGE, CONTENT_TYPE, RANGE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use base64::Engine;
use beeper_desktop::types;
use bytes::Bytes;

use crate::auth::{ReadAccess, WriteAccess};
use crate::error::{ApiError, ApiResult, Issue};
use crate::extract::{JsonBody, QueryParams};
use crate::state::{Asset, FakeState, Upload};

/// Largest upload accepted (the real app takes up to 500 MB; a test double
/// keeps memory bounded).
pub const MAX_UPLOAD_BYTES: usize = 64 * 1024 * 1024;

/// Routes of this area.
pub fn router() -> Router<FakeState> {
    Router::new()
        .route("/v1/assets/download", post(download_asset))
        .route("/v1/assets/serve", get(serve_asset))
        .route("/v1/assets/upload", post(upload_asset))
        .route("/v1/assets/upload/base64", post(upload_asset_base64))
        .layer(DefaultBodyLimit::max(MAX_UPLOAD_BYTES + 1024 * 1024))
}

fn check_scheme(url: &str, allowed: &[&str]) -> ApiResult<()> {
    if allowed.iter().any(|s| url.starts_with(s)) {
        Ok(())
    } else {
        Err(ApiError::invalid("url", "invalid_string", format!("url must start with {}", allowed.join(" or "))))
    }
}

async fn download_asset(
    _: WriteAccess,
    State(state): State<FakeState>,
    JsonBody(body): JsonBody<types::DownloadAssetRequest>,
) -> ApiResult<Json<types::AssetDownloadResponse>> {
    check_scheme(&body.url, &["mxc://", "localmxc://"])?;
    let mut world = state.world();
    let Some(asset) = world.assets.get(&body.url).cloned() else {
        // The app reports download failures inside a 2xx body.
        return Ok(Json(types::AssetDownloadResponse {
            error: Some(format!("Could not download {}: not found", body.url)),
            src_url: None,
        }));
    };
    let key = body.url.rsplit('/').next().unwrap_or("asset").to_owned();
    let local = format!("file:///tmp/beeper-desktop-fake/media/{key}/{}", asset.file_name.replace(' ', "%20"));
    world.assets.insert(local.clone(), asset);
    Ok(Json(types::AssetDownloadResponse { error: None, src_url: Some(local) }))
}

/// A parsed single `Range: bytes=...` header against a body of `len` bytes.
enum Span {
    Whole,
    Part(usize, usize),
    Unsatisfiable,
}

fn parse_range(header: Option<&HeaderValue>, len: usize) -> Span {
    let Some(spec) = header.and_then(|h| h.to_str().ok()).and_then(|h| h.trim().strip_prefix("bytes=")) else {
        return Span::Whole;
    };
    if spec.contains(',') {
        // Several ranges: serving the whole body is allowed.
        return Span::Whole;
    }
    let Some((start, end)) = spec.split_once('-') else { return Span::Whole };
    let (start, end) = (start.trim(), end.trim());
    let parsed = match (start.is_empty(), end.is_empty()) {
        (true, true) => return Span::Whole,
        (true, false) => end.parse::<usize>().ok().map(|n| (len.saturating_sub(n), len.saturating_sub(1), n > 0)),
        (false, _) => start.parse::<usize>().ok().map(|s| {
            let e = if end.is_empty() {
                len.saturating_sub(1)
            } else {
                end.parse::<usize>().map_or(usize::MAX, |e| e.min(len.saturating_sub(1)))
            };
            (s, e, e != usize::MAX)
        }),
    };
    match parsed {
        None => Span::Whole,
        Some((_, _, false)) => Span::Unsatisfiable,
        Some((s, e, true)) if s >= len || s > e => Span::Unsatisfiable,
        Some((s, e, true)) => Span::Part(s, e),
    }
}

async fn serve_asset(
    _: ReadAccess,
    State(state): State<FakeState>,
    headers: HeaderMap,
    query: QueryParams,
) -> ApiResult<Response> {
    query.only(&["url"])?;
    let url = query.required("url")?.to_owned();
    check_scheme(&url, &["mxc://", "localmxc://", "file://"])?;
    let asset = state.world().assets.get(&url).cloned().ok_or_else(|| ApiError::not_found("Asset not found"))?;
    let bytes = asset.bytes();
    let len = bytes.len();
    let content_type =
        HeaderValue::from_str(&asset.mime_type).unwrap_or(HeaderValue::from_static("application/octet-stream"));
    let response = match parse_range(headers.get(RANGE), len) {
        Span::Whole => {
            (StatusCode::OK, [(CONTENT_TYPE, content_type), (ACCEPT_RANGES, HeaderValue::from_static("bytes"))], bytes)
                .into_response()
        }
        Span::Part(s, e) => (
            StatusCode::PARTIAL_CONTENT,
            [
                (CONTENT_TYPE, content_type),
                (ACCEPT_RANGES, HeaderValue::from_static("bytes")),
                (
                    CONTENT_RANGE,
                    HeaderValue::from_str(&format!("bytes {s}-{e}/{len}"))
                        .unwrap_or(HeaderValue::from_static("bytes */0")),
                ),
            ],
            bytes.slice(s..=e),
        )
            .into_response(),
        Span::Unsatisfiable => (
            StatusCode::RANGE_NOT_SATISFIABLE,
            [
                (
                    CONTENT_RANGE,
                    HeaderValue::from_str(&format!("bytes */{len}")).unwrap_or(HeaderValue::from_static("bytes */0")),
                ),
                (CONTENT_LENGTH, HeaderValue::from_static("0")),
            ],
        )
            .into_response(),
    };
    Ok(response)
}

/// MIME type from the first bytes, then from the file name's extension.
pub fn sniff_mime(bytes: &[u8], file_name: &str) -> String {
    let by_magic = match bytes {
        [0x89, b'P', b'N', b'G', ..] => Some("image/png"),
        [0xFF, 0xD8, 0xFF, ..] => Some("image/jpeg"),
        [b'G', b'I', b'F', b'8', ..] => Some("image/gif"),
        [b'%', b'P', b'D', b'F', ..] => Some("application/pdf"),
        [b'O', b'g', b'g', b'S', ..] => Some("audio/ogg"),
        [_, _, _, _, b'f', b't', b'y', b'p', ..] => Some("video/mp4"),
        [b'R', b'I', b'F', b'F', _, _, _, _, b'W', b'E', b'B', b'P', ..] => Some("image/webp"),
        _ => None,
    };
    if let Some(m) = by_magic {
        return m.to_owned();
    }
    let ext = file_name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    match ext.as_str() {
        "txt" | "md" => "text/plain",
        "json" => "application/json",
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "gif" => "image/gif",
        "mp4" => "video/mp4",
        "mp3" => "audio/mpeg",
        "ogg" => "audio/ogg",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
    .to_owned()
}

/// Stores an upload and describes it as the upload routes answer.
fn store_upload(
    state: &FakeState,
    bytes: Bytes,
    file_name: Option<String>,
    mime_type: Option<String>,
) -> ApiResult<types::AssetUploadResponse> {
    if bytes.len() > MAX_UPLOAD_BYTES {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "PAYLOAD_TOO_LARGE",
            format!("File exceeds {MAX_UPLOAD_BYTES} bytes"),
        ));
    }
    let mut world = state.world();
    let upload_id = format!("upload-{}", world.fresh_id());
    let file_name = file_name.filter(|n| !n.is_empty()).unwrap_or_else(|| format!("{upload_id}.bin"));
    let mime_type = mime_type.filter(|m| !m.is_empty()).unwrap_or_else(|| sniff_mime(&bytes, &file_name));
    let src_url = format!("file:///tmp/beeper-desktop-fake/uploads/{upload_id}/{}", file_name.replace(' ', "%20"));
    let is_image = mime_type.starts_with("image/");
    let size = bytes.len();
    world.assets.insert(src_url.clone(), Asset::new(bytes.clone(), mime_type.clone(), file_name.clone()));
    world.uploads.insert(
        upload_id.clone(),
        Upload { upload_id: upload_id.clone(), bytes, file_name: file_name.clone(), mime_type: mime_type.clone() },
    );
    Ok(types::AssetUploadResponse {
        duration: None,
        error: None,
        file_name: Some(file_name),
        file_size: Some(size as u64),
        height: is_image.then_some(1),
        mime_type: Some(mime_type),
        src_url: Some(src_url),
        upload_id: Some(upload_id),
        width: is_image.then_some(1),
    })
}

async fn upload_asset(
    _: WriteAccess,
    State(state): State<FakeState>,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> ApiResult<Json<types::AssetUploadResponse>> {
    let mut multipart = multipart.map_err(|e| {
        ApiError::invalid("body", "invalid_type", format!("Expected multipart/form-data: {}", e.body_text()))
    })?;
    let mut file: Option<(Bytes, Option<String>, Option<String>)> = None;
    let mut file_name = None;
    let mut mime_type = None;
    let bad = |e: axum::extract::multipart::MultipartError| {
        ApiError::invalid("body", "invalid_type", format!("Malformed multipart body: {}", e.body_text()))
    };
    while let Some(field) = multipart.next_field().await.map_err(bad)? {
        let name = field.name().unwrap_or("").to_owned();
        match name.as_str() {
            "file" => {
                let part_name = field.file_name().map(str::to_owned);
                let part_type = field.content_type().map(str::to_owned).filter(|t| t != "application/octet-stream");
                file = Some((field.bytes().await.map_err(bad)?, part_name, part_type));
            }
            "fileName" => file_name = Some(field.text().await.map_err(bad)?),
            "mimeType" => mime_type = Some(field.text().await.map_err(bad)?),
            other => {
                return Err(ApiError::validation(vec![Issue::at(
                    "unrecognized_keys",
                    format!("Unrecognized key: '{other}'"),
                    other,
                )]));
            }
        }
    }
    let Some((bytes, part_name, part_type)) = file else {
        return Err(ApiError::invalid("file", "invalid_type", "Required form field 'file' is missing"));
    };
    Ok(Json(store_upload(&state, bytes, file_name.or(part_name), mime_type.or(part_type))?))
}

async fn upload_asset_base64(
    _: WriteAccess,
    State(state): State<FakeState>,
    JsonBody(body): JsonBody<types::UploadAssetBase64Request>,
) -> ApiResult<Json<types::AssetUploadResponse>> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(body.content.trim())
        .map_err(|e| ApiError::invalid("content", "invalid_string", format!("content is not valid base64: {e}")))?;
    Ok(Json(store_upload(&state, Bytes::from(bytes), body.file_name, body.mime_type)?))
}
