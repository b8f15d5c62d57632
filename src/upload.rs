//! `POST /v1/assets/upload`: the multipart operation progenitor cannot
//! generate, written to behave like a generated builder (same hooks, same
//! `Result<ResponseValue<_>, Error<_>>`).

use std::path::PathBuf;

use bytes::Bytes;
use progenitor_client::{ClientHooks, Error, OperationInfo, ResponseValue};
use reqwest::multipart::{Form, Part};

use crate::{Client, types};

/// File name sent for bytes or streams when the caller gives none.
pub const DEFAULT_UPLOAD_FILE_NAME: &str = "upload";

enum Source {
    Bytes(Bytes),
    Path(PathBuf),
    Stream { body: reqwest::Body, length: Option<u64> },
}

/// Builder for [`Client::upload_asset`].
///
/// ```no_run
/// # async fn run(client: beeper_desktop::Client) -> Result<(), Box<dyn std::error::Error>> {
/// let upload = client
///     .upload_asset()
///     .path("photos/table.jpg")
///     .mime_type("image/jpeg")
///     .send()
///     .await?;
/// println!("upload ID: {:?}", upload.upload_id);
/// # Ok(())
/// # }
/// ```
#[must_use = "nothing is sent until `send` is awaited"]
pub struct UploadAsset<'a> {
    client: &'a Client,
    source: Option<Source>,
    file_name: Option<String>,
    mime_type: Option<String>,
}

impl std::fmt::Debug for UploadAsset<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let source = match &self.source {
            Some(Source::Bytes(b)) => format!("{} bytes", b.len()),
            Some(Source::Path(p)) => format!("file {}", p.display()),
            Some(Source::Stream { length, .. }) => format!("stream of {length:?} bytes"),
            None => "none".into(),
        };
        f.debug_struct("UploadAsset")
            .field("source", &source)
            .field("file_name", &self.file_name)
            .field("mime_type", &self.mime_type)
            .finish()
    }
}

impl Client {
    /// Uploads a file as `multipart/form-data` (up to 500 MB) and returns
    /// its `uploadID` for [`Client::send_message`] or a draft. Give the
    /// content with exactly one of [`UploadAsset::bytes`],
    /// [`UploadAsset::path`] or [`UploadAsset::stream`].
    ///
    /// The upload is sent once, never retried. A 2xx answer whose `error`
    /// field is set means the server refused the file.
    pub fn upload_asset(&self) -> UploadAsset<'_> {
        UploadAsset { client: self, source: None, file_name: None, mime_type: None }
    }
}

impl<'a> UploadAsset<'a> {
    /// Upload these bytes.
    pub fn bytes(mut self, data: impl Into<Bytes>) -> Self {
        self.source = Some(Source::Bytes(data.into()));
        self
    }

    /// Upload this file, streamed from disk. Its name becomes the file
    /// name unless [`Self::file_name`] is set; its MIME type is guessed
    /// from the extension unless [`Self::mime_type`] is set.
    pub fn path(mut self, path: impl Into<PathBuf>) -> Self {
        self.source = Some(Source::Path(path.into()));
        self
    }

    /// Upload from a stream of byte chunks. `length`, when known, is sent
    /// as the part's size; otherwise the body is chunked.
    pub fn stream<S, B, E>(mut self, stream: S, length: Option<u64>) -> Self
    where
        S: futures::Stream<Item = Result<B, E>> + Send + 'static,
        Bytes: From<B>,
        E: Into<Box<dyn std::error::Error + Send + Sync>> + 'static,
    {
        self.source = Some(Source::Stream { body: reqwest::Body::wrap_stream(stream), length });
        self
    }

    /// File name to store (sent as the part's file name and as `fileName`).
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    /// MIME type (sent as the part's content type and as `mimeType`); the
    /// server sniffs the content when it is left out.
    pub fn mime_type(mut self, mime: impl Into<String>) -> Self {
        self.mime_type = Some(mime.into());
        self
    }

    /// Sends the upload. A 2xx answer whose `error` is set becomes
    /// [`crate::Error::Reported`].
    pub async fn send(self) -> Result<ResponseValue<types::AssetUploadResponse>, crate::Error> {
        crate::error::finish_json(self.send_raw()).await.and_then(crate::error::check_reported)
    }

    async fn send_raw(self) -> Result<ResponseValue<types::AssetUploadResponse>, Error<types::Error>> {
        let Self { client, source, file_name, mime_type } = self;
        let source = source.ok_or_else(|| {
            Error::InvalidRequest("upload_asset: no content; call .bytes(), .path() or .stream()".into())
        })?;
        // Name and type of the part: the caller's, else the path's, else defaults.
        let (guessed_name, guessed_mime) = match &source {
            Source::Path(path) => (
                path.file_name().map(|n| n.to_string_lossy().into_owned()),
                Some(mime_guess::from_path(path).first_or_octet_stream().essence_str().to_owned()),
            ),
            _ => (None, None),
        };
        let part = match source {
            Source::Bytes(b) => {
                let len = b.len() as u64;
                Part::stream_with_length(b, len)
            }
            Source::Path(path) => Part::file(&path)
                .await
                .map_err(|e| Error::InvalidRequest(format!("upload_asset: cannot read {}: {e}", path.display())))?,
            Source::Stream { body, length: Some(n) } => Part::stream_with_length(body, n),
            Source::Stream { body, length: None } => Part::stream(body),
        };
        let part_name = file_name.clone().or(guessed_name).unwrap_or_else(|| DEFAULT_UPLOAD_FILE_NAME.to_owned());
        let part_mime = mime_type.clone().or(guessed_mime).unwrap_or_else(|| "application/octet-stream".to_owned());
        let part = part
            .file_name(part_name)
            .mime_str(&part_mime)
            .map_err(|e| Error::InvalidRequest(format!("upload_asset: invalid MIME type {part_mime:?}: {e}")))?;
        let mut form = Form::new().part("file", part);
        if let Some(name) = file_name {
            form = form.text("fileName", name);
        }
        if let Some(mime) = mime_type {
            form = form.text("mimeType", mime);
        }

        let url = format!("{}/v1/assets/upload", client.baseurl);
        let mut request =
            client.client.post(url).header(reqwest::header::ACCEPT, "application/json").multipart(form).build()?;
        let info = OperationInfo { operation_id: "upload_asset" };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            400..=599 => Err(Error::ErrorResponse(ResponseValue::from_response(response).await?)),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
}
