//! Servable asset bytes, stored or generated on demand from a seed.

use bytes::Bytes;

/// Bytes the fake can serve from `GET /v1/assets/serve`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Asset {
    /// Its MIME type (sent as `Content-Type`).
    pub mime_type: String,
    /// Its file name.
    pub file_name: String,
    body: AssetBody,
}

/// Seeded assets are made on demand, so startup does not fill memory.
#[derive(Clone, Debug, PartialEq, Eq)]
enum AssetBody {
    Bytes(Bytes),
    Generated { magic: &'static [u8], len: usize, seed: u64 },
}

impl Asset {
    /// An asset holding these bytes.
    pub fn new(bytes: impl Into<Bytes>, mime_type: impl Into<String>, file_name: impl Into<String>) -> Self {
        Self { mime_type: mime_type.into(), file_name: file_name.into(), body: AssetBody::Bytes(bytes.into()) }
    }

    /// An asset whose bytes are `magic` plus deterministic filler up to `len`.
    pub(crate) fn generated(magic: &'static [u8], len: usize, seed: u64, mime_type: &str, file_name: String) -> Self {
        Self { mime_type: mime_type.to_owned(), file_name, body: AssetBody::Generated { magic, len, seed } }
    }

    /// The content.
    pub fn bytes(&self) -> Bytes {
        match &self.body {
            AssetBody::Bytes(b) => b.clone(),
            AssetBody::Generated { magic, len, seed } => sample_bytes(magic, *len, *seed),
        }
    }

    /// Size in bytes.
    pub fn len(&self) -> usize {
        match &self.body {
            AssetBody::Bytes(b) => b.len(),
            AssetBody::Generated { magic, len, .. } => (*len).max(magic.len()),
        }
    }

    /// Whether the asset has no bytes.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Deterministic bytes: `magic` followed by filler up to `len`.
pub fn sample_bytes(magic: &[u8], len: usize, seed: u64) -> Bytes {
    let mut out = Vec::with_capacity(len.max(magic.len()));
    out.extend_from_slice(magic);
    let mut x = seed | 1;
    while out.len() < len {
        // xorshift64: cheap, deterministic filler.
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.extend_from_slice(&x.to_le_bytes());
    }
    out.truncate(len.max(magic.len()));
    Bytes::from(out)
}
