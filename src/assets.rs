//! Reading asset bytes from `serve_asset`.

use std::path::Path;

use bytes::{Bytes, BytesMut};
use futures::{Stream, TryStreamExt};
use tokio::io::{AsyncWrite, AsyncWriteExt};

use crate::Error;
use crate::builder::ServeAsset;

impl ServeAsset<'_> {
    /// Asks for part of the file: bytes `start..=end`, or from `start` to
    /// the end when `end` is `None` (sent as a `Range` header; the server
    /// answers 206).
    pub fn byte_range(self, start: u64, end: Option<u64>) -> Self {
        let end = end.map(|e| e.to_string()).unwrap_or_default();
        self.range(format!("bytes={start}-{end}"))
    }

    /// The bytes as a stream of chunks, as they arrive (`Unpin`: no `pin!`
    /// needed).
    ///
    /// ```no_run
    /// use beeper_desktop::prelude::*;
    /// # async fn run(client: Client) -> Result<(), Error> {
    /// let mut chunks = client.serve_asset().url("mxc://beeper.local/abc").byte_stream().await?;
    /// while let Some(chunk) = chunks.try_next().await? {
    ///     println!("{} bytes", chunk.len());
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub async fn byte_stream(self) -> Result<impl Stream<Item = Result<Bytes, Error>> + Send + Unpin + 'static, Error> {
        let response = self.send().await?;
        Ok(response.into_inner().into_inner().map_err(Error::Transport))
    }

    /// All the bytes in memory. Prefer [`Self::save_to`] for large files.
    pub async fn bytes(self) -> Result<Bytes, Error> {
        let stream = self.byte_stream().await?;
        let all = stream
            .try_fold(BytesMut::new(), |mut all, chunk| async move {
                all.extend_from_slice(&chunk);
                Ok(all)
            })
            .await?;
        Ok(all.freeze())
    }

    /// Writes the bytes to `writer` as they arrive; returns how many.
    pub async fn write_to<W: AsyncWrite + Unpin>(self, writer: &mut W) -> Result<u64, Error> {
        let mut stream = std::pin::pin!(self.byte_stream().await?);
        let mut written = 0u64;
        while let Some(chunk) = stream.try_next().await? {
            writer.write_all(&chunk).await?;
            written += chunk.len() as u64;
        }
        writer.flush().await?;
        Ok(written)
    }

    /// Streams the bytes into a new file at `path` (replacing it); returns
    /// how many were written. On failure the partial file is removed.
    ///
    /// ```no_run
    /// # async fn run(client: beeper_desktop::Client) -> Result<(), beeper_desktop::Error> {
    /// let written = client.serve_asset().url("mxc://beeper.local/abc").save_to("photo.jpg").await?;
    /// println!("saved {written} bytes");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn save_to(self, path: impl AsRef<Path>) -> Result<u64, Error> {
        let path = path.as_ref();
        // Ask before creating the file, so a refused request leaves nothing behind.
        let stream = self.byte_stream().await?;
        let mut file = tokio::fs::File::create(path).await?;
        let result = async {
            let mut stream = std::pin::pin!(stream);
            let mut written = 0u64;
            while let Some(chunk) = stream.try_next().await? {
                file.write_all(&chunk).await?;
                written += chunk.len() as u64;
            }
            file.flush().await?;
            Ok::<u64, Error>(written)
        }
        .await;
        if result.is_err() {
            drop(file);
            let _ = tokio::fs::remove_file(path).await;
        }
        result
    }
}
