//! Loading: bytes from a file become the text that extraction and display work on.
//!
//! Everything downstream reads `Document::text`; offsets reported to users are mapped
//! back to the input's bytes with [`Document::source_offset`].

use thiserror::Error;

/// Why a document could not be loaded.
#[derive(Debug, Error)]
pub enum LoadError {
    /// The bytes are not text in any supported encoding.
    #[error("binary file (not text)")]
    Binary,
}

/// Sanitised text plus what is needed to map its offsets back to the input.
#[derive(Debug, Clone)]
pub struct Document {
    /// The text as extraction and display see it.
    pub text: String,
}

impl Document {
    /// Decodes and sanitises `bytes`.
    ///
    /// # Errors
    /// [`LoadError::Binary`] when the bytes are not text.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, LoadError> {
        if bytes.contains(&0) {
            return Err(LoadError::Binary);
        }
        Ok(Self {
            text: String::from_utf8_lossy(bytes).into_owned(),
        })
    }

    /// The byte offset in the input that corresponds to `offset` in `text`.
    #[must_use]
    pub fn source_offset(&self, offset: usize) -> usize {
        offset
    }
}
