//! What the engine learns about an upload: the verdicts the runtime's checks
//! (`kompass_core::attachment`, `photo`, `pdf`, which decode and rewrite the bytes) hand
//! to the engine, which answers them in the newcomer's language. Plain data, so the engine
//! needs none of the decoders.

use serde::{Deserialize, Serialize};

/// Why a photo is probably not readable. Each comes with one tip for the newcomer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhotoProblem {
    /// Fewer pixels than a page needs to be read.
    Small,
    /// Too little light: the paper is grey or black.
    Dark,
    /// Too much light (or a flash): the writing has faded into the white.
    Bright,
    /// Shaken or out of focus.
    Blurred,
}

/// Why a PDF is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum PdfProblem {
    #[error("the PDF is encrypted")]
    Encrypted,
    #[error("the PDF contains JavaScript")]
    JavaScript,
    #[error("the PDF contains an action that starts a program")]
    Launch,
    #[error("the PDF contains embedded files")]
    EmbeddedFile,
    #[error("the PDF cannot be read")]
    Unreadable,
}

/// The outcome of inspecting an upload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Verdict {
    /// A JPEG, PNG or WebP image within the limits.
    Image {
        mime: String,
        width: u32,
        height: u32,
        /// Why the office may not be able to read it (too small, dark, bright, blurred),
        /// judged while processing; `None` when it looks readable or was not judged.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        problem: Option<PhotoProblem>,
    },
    Pdf,
    /// Larger than `Limits::max_bytes`.
    TooLarge {
        max_mb: u64,
    },
    /// An image whose header claims more pixels than allowed (a decompression bomb).
    ImageTooLarge,
    /// Anything else: unknown type, HEIC, a text file named `.jpg`, a broken header.
    Unsupported,
    /// A picture that is not what it claims: truncated, less image data than its header
    /// promises, a variant no decoder here reads (12-bit JPEG).
    Damaged,
    /// A PDF refused for what it contains (or for being unreadable).
    PdfRefused {
        problem: PdfProblem,
    },
    /// A PDF that would not fit into one email to the office.
    PdfTooLargeForEmail {
        max_mb: u64,
    },
    /// The messenger did not hand the file over (its download failed): nothing is known
    /// to be wrong with it, and sending it again may work.
    NotReceived,
}

impl Verdict {
    pub fn mime(&self) -> Option<&str> {
        match self {
            Self::Image { mime, .. } => Some(mime),
            Self::Pdf => Some("application/pdf"),
            _ => None,
        }
    }

    /// The file extension for an accepted file.
    pub fn extension(&self) -> &'static str {
        match self.mime() {
            Some("image/png") => "png",
            Some("image/webp") => "webp",
            Some("application/pdf") => "pdf",
            _ => "jpg",
        }
    }
}
