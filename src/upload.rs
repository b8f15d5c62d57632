//! `POST /v1/assets/upload`: the multipart operation progenitor cannot
//! generate, written to behave like a generated builder (the same call
//! future, checks, retries and errors).

use std::path::PathBuf;

use bytes::Bytes;
use progenitor_client::ResponseValue;
use reqwest::multipart::{Form, Part};

use crate::{Client, Error, types};

/// File name sent for bytes or streams when the caller gives none.
pub const DEFAULT_UPLOAD_FILE_NAME: &str = "upload";

enum Source {
    Bytes(Bytes),
    Path(PathBuf),
    Stream { body: reqwest::Body, length: Option<u64> },
}

/// Builder for [`Client::upload_asset`].
///
/// The multipart body is what the official SDKs send: a `file` part
/// (its file name and content type set with [`Self::part_file_name`] and
/// [`Self::part_content_type`]), plus the optional `fileName` and
/// `mimeType` form fields only when [`Self::file_name`] /
/// [`Self::mime_type`] are called.
///
/// ```no_run
/// # async fn run(client: beeper_desktop::Client) -> Result<(), beeper_desktop::Error> {
/// use beeper_desktop::types;
///
/// let upload = client.upload_asset().path("photos/table.jpg").send().await?;
/// let message = types::SendMessageRequest {
///     text: Some("Our table".into()),
///     attachment: Some(upload.attachment()?),
///     ..Default::default()
/// };
/// client.send_message().chat_id("!abc:beeper.local").body(message).send().await?;
/// # Ok(())
/// # }
/// ```
#[must_use = "nothing is sent until `send` is awaited"]
pub struct UploadAsset<'a> {
    client: &'a Client,
    source: Option<Source>,
    part_file_name: Option<String>,
    part_content_type: Option<String>,
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
            .field("part_file_name", &self.part_file_name)
            .field("part_content_type", &self.part_content_type)
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
        UploadAsset {
            client: self,
            source: None,
            part_file_name: None,
            part_content_type: None,
            file_name: None,
            mime_type: None,
        }
    }
}

impl<'a> UploadAsset<'a> {
    /// Upload these bytes.
    pub fn bytes(mut self, data: impl Into<Bytes>) -> Self {
        self.source = Some(Source::Bytes(data.into()));
        self
    }

    /// Upload this file, streamed from disk. Its name becomes the part's
    /// file name and its MIME type is guessed from the extension, unless
    /// set otherwise.
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

    /// File name of the `file` part (its `Content-Disposition` `filename`).
    /// Defaults to the path's file name, else the [`Self::file_name`]
    /// field, else [`DEFAULT_UPLOAD_FILE_NAME`]. Adds no form field. As in
    /// browsers and the official SDKs, `"` is sent as `%22` and CR / LF as
    /// `%0D` / `%0A`.
    pub fn part_file_name(mut self, name: impl Into<String>) -> Self {
        self.part_file_name = Some(name.into());
        self
    }

    /// Content type of the `file` part. Defaults to the [`Self::mime_type`]
    /// field, else the type guessed from the path, else
    /// `application/octet-stream`. Adds no form field.
    pub fn part_content_type(mut self, mime: impl Into<String>) -> Self {
        self.part_content_type = Some(mime.into());
        self
    }

    /// The `fileName` form field: the name to store the file under (the
    /// server uses the part's file name when it is left out).
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    /// The `mimeType` form field; the server sniffs the content when it is
    /// left out.
    pub fn mime_type(mut self, mime: impl Into<String>) -> Self {
        self.mime_type = Some(mime.into());
        self
    }

    /// Sends the upload. A 2xx answer whose `error` is set becomes
    /// [`crate::Error::Reported`].
    pub async fn send(self) -> Result<ResponseValue<types::AssetUploadResponse>, crate::Error> {
        // The form is built first: reading a file part is asynchronous (and
        // boxed, so that its state is not part of every caller's future).
        let request = Box::pin(self.into_request()).await;
        type Success = crate::transport::answer::Reported<types::AssetUploadResponse>;
        crate::transport::operation::call::<Success, _>(crate::generated::spec::UPLOAD_ASSET, move || request).await
    }

    /// The multipart request, or why it cannot be made.
    async fn into_request(self) -> Result<(&'a Client, reqwest::Request), Error> {
        let Self { client, source, part_file_name, part_content_type, file_name, mime_type } = self;
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
        let part_name = part_file_name
            .or(guessed_name)
            .or_else(|| file_name.clone())
            .unwrap_or_else(|| DEFAULT_UPLOAD_FILE_NAME.to_owned());
        let part_mime = part_content_type
            .or_else(|| mime_type.clone())
            .or(guessed_mime)
            .unwrap_or_else(|| "application/octet-stream".to_owned());
        let part = part
            .file_name(escape_file_name(&part_name))
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
        let request = client
            .client
            .post(url)
            .header(reqwest::header::ACCEPT, "application/json")
            .multipart(form)
            .build()
            .map_err(Error::Transport)?;
        Ok((client, request))
    }
}

/// The file name as browsers and the official SDKs put it in a
/// `Content-Disposition` header: `"` → `%22`, CR → `%0D`, LF → `%0A`
/// (reqwest would backslash-escape them). A backslash is still doubled by
/// reqwest, as the Python SDK does.
fn escape_file_name(name: &str) -> String {
    name.replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A")
}

impl types::AssetUploadResponse {
    /// The uploaded file as a message (or draft) attachment, ready for
    /// [`types::SendMessageRequest::attachment`]; the server fills in the
    /// name, type and size it recorded.
    ///
    /// Fails with [`crate::Error::InvalidRequest`] when the answer carries
    /// no `uploadID` (an upload the server did not accept).
    pub fn attachment(&self) -> Result<types::MessageAttachmentInput, crate::Error> {
        match self.upload_id.as_deref().filter(|id| !id.is_empty()) {
            Some(id) => Ok(types::MessageAttachmentInput::new(id)),
            None => Err(Error::InvalidRequest("the upload answer has no `uploadID` to attach".into())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::escape_file_name;

    #[test]
    fn file_names_are_escaped_like_browsers_do() {
        assert_eq!(escape_file_name("a \"b\".png"), "a %22b%22.png");
        assert_eq!(escape_file_name("line\r\nbreak"), "line%0D%0Abreak");
        assert_eq!(escape_file_name("plain ü.jpg"), "plain ü.jpg");
    }
}
