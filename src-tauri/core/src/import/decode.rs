//! Bytes to text, once per file: UTF-8 (a byte order mark is dropped), UTF-16 when it says so
//! with a byte order mark, and otherwise Windows-1252, which is what Excel on Windows writes and
//! which can decode any byte. Falling back is never silent: the result says so in a note.
//! Spreadsheets and binary files are refused here with a message saying what to do instead.

use std::borrow::Cow;

use encoding_rs::{
    Encoding, ISO_8859_15, UTF_16BE, UTF_16LE, UTF_8 as UTF_8_ENCODING, WINDOWS_1252,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::ImportError;

/// An encoding the user can choose instead of the detected one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum TextEncoding {
    #[serde(rename = "utf-8")]
    Utf8,
    #[serde(rename = "utf-16le")]
    Utf16Le,
    #[serde(rename = "utf-16be")]
    Utf16Be,
    #[serde(rename = "windows-1252")]
    Windows1252,
    #[serde(rename = "iso-8859-15")]
    Iso885915,
}

impl TextEncoding {
    fn encoding(self) -> &'static Encoding {
        match self {
            TextEncoding::Utf8 => UTF_8_ENCODING,
            TextEncoding::Utf16Le => UTF_16LE,
            TextEncoding::Utf16Be => UTF_16BE,
            TextEncoding::Windows1252 => WINDOWS_1252,
            TextEncoding::Iso885915 => ISO_8859_15,
        }
    }

    /// The name `Preview::encoding` reports.
    pub fn name(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => UTF_8,
            TextEncoding::Utf16Le => "utf-16le",
            TextEncoding::Utf16Be => "utf-16be",
            TextEncoding::Windows1252 => "windows-1252",
            TextEncoding::Iso885915 => "iso-8859-15",
        }
    }
}

/// Decodes `bytes` as the encoding the user chose. A byte order mark of that encoding is
/// dropped; bytes that are not valid in it become U+FFFD, and the note says how many lines
/// have them (never silent). Text in a one-byte encoding is still checked for NUL bytes.
pub(crate) fn decode_as<'a>(
    file: &str,
    bytes: &'a [u8],
    is_prefix: bool,
    chosen: TextEncoding,
) -> Result<Decoded<'a>, ImportError> {
    let encoding = chosen.encoding();
    let wide = matches!(chosen, TextEncoding::Utf16Le | TextEncoding::Utf16Be);
    let mut bytes = match Encoding::for_bom(bytes) {
        Some((found, bom)) if found == encoding => &bytes[bom..],
        _ => bytes,
    };
    if is_prefix {
        // Leave out a character the prefix may have cut.
        bytes = if wide {
            &bytes[..bytes.len() & !1]
        } else if chosen == TextEncoding::Utf8 {
            match std::str::from_utf8(bytes) {
                Err(e) if e.error_len().is_none() => &bytes[..e.valid_up_to()],
                _ => bytes,
            }
        } else {
            bytes
        };
    }
    if !wide {
        refuse_nul(file, bytes)?;
    }
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let note = had_errors.then(|| {
        let lines = text.lines().filter(|l| l.contains('\u{FFFD}')).count();
        format!(
            "Some bytes are not valid {} ({lines} line{} show \u{FFFD} instead). Check the \
             preview, or choose another encoding.",
            chosen.name(),
            if lines == 1 { "" } else { "s" }
        )
    });
    Ok(Decoded {
        text,
        encoding: chosen.name(),
        note,
    })
}

pub(crate) const UTF_8: &str = "utf-8";

/// A file's text and how it was read.
pub(crate) struct Decoded<'a> {
    pub text: Cow<'a, str>,
    /// `utf-8`, `utf-16le`, `utf-16be` or `windows-1252`.
    pub encoding: &'static str,
    /// Set when the encoding was a guess the user should check.
    pub note: Option<String>,
}

/// Decodes `bytes`. With `is_prefix`, the bytes are the start of a longer file: a character cut
/// at the very end is dropped instead of counting against UTF-8.
pub(crate) fn decode<'a>(
    file: &str,
    bytes: &'a [u8],
    is_prefix: bool,
) -> Result<Decoded<'a>, ImportError> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        if encoding == UTF_16LE || encoding == UTF_16BE {
            return decode_utf16(file, encoding, &bytes[bom..], is_prefix);
        }
        refuse_nul(file, &bytes[bom..])?;
        return decode_utf8_or_1252(file, &bytes[bom..], is_prefix);
    }
    refuse_binary(file, bytes)?;
    decode_utf8_or_1252(file, bytes, is_prefix)
}

fn decode_utf16<'a>(
    file: &str,
    encoding: &'static Encoding,
    bytes: &'a [u8],
    is_prefix: bool,
) -> Result<Decoded<'a>, ImportError> {
    let bytes = if is_prefix {
        &bytes[..bytes.len() & !1]
    } else {
        bytes
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if had_errors && !is_prefix {
        return Err(ImportError::file(
            file,
            "the file starts like UTF-16 text but is not valid UTF-16; save it as UTF-8 CSV",
        ));
    }
    Ok(Decoded {
        text: Cow::Owned(text.into_owned()),
        encoding: if encoding == UTF_16LE {
            "utf-16le"
        } else {
            "utf-16be"
        },
        note: None,
    })
}

fn decode_utf8_or_1252<'a>(
    file: &str,
    bytes: &'a [u8],
    is_prefix: bool,
) -> Result<Decoded<'a>, ImportError> {
    let bad_at = match std::str::from_utf8(bytes) {
        Ok(text) => {
            return Ok(Decoded {
                text: Cow::Borrowed(text),
                encoding: UTF_8,
                note: None,
            })
        }
        // Only the last character is incomplete, because the prefix cut it.
        Err(e) if is_prefix && e.error_len().is_none() => {
            let valid = &bytes[..e.valid_up_to()];
            let text = std::str::from_utf8(valid)
                .map_err(|_| ImportError::file(file, "the file could not be decoded"))?;
            return Ok(Decoded {
                text: Cow::Borrowed(text),
                encoding: UTF_8,
                note: None,
            });
        }
        Err(e) => e.valid_up_to(),
    };
    let line = bytes[..bad_at].iter().filter(|&&b| b == b'\n').count() + 1;
    let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
    Ok(Decoded {
        text: Cow::Owned(text.into_owned()),
        encoding: "windows-1252",
        note: Some(format!(
            "The file is not valid UTF-8 (first at line {line}), so it was read as \
             Windows-1252. Check accented letters and symbols in the preview; if they look \
             wrong, save the file as UTF-8 and import it again."
        )),
    })
}

/// Spreadsheets and other binary files would "decode" as Windows-1252 into garbage.
fn refuse_binary(file: &str, bytes: &[u8]) -> Result<(), ImportError> {
    let message = if bytes.starts_with(b"PK\x03\x04") {
        "this is a zip archive, not text; an Excel workbook (.xlsx) is read as a workbook"
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        "this is an old Excel workbook (.xls); save it as .xlsx or CSV first"
    } else if bytes.starts_with(b"%PDF") {
        "this is a PDF, not a CSV or JSON Lines file"
    } else {
        return refuse_nul(file, bytes);
    };
    Err(ImportError::file(file, message))
}

/// Text never holds a NUL byte: anywhere in the file (not only its start), one means binary
/// data, or UTF-16 without its byte order mark. The line is named so that the user can look.
fn refuse_nul(file: &str, bytes: &[u8]) -> Result<(), ImportError> {
    if !bytes.contains(&0) {
        return Ok(());
    }
    let at = bytes.iter().position(|&b| b == 0).unwrap_or_default();
    let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    Err(ImportError::file(
        file,
        format!(
            "line {line} holds a NUL byte, so this is a binary file, not text; import CSV, \
             TSV or JSON Lines (or UTF-16 text with its byte order mark)"
        ),
    ))
}
