//! Loading: bytes from a file become the text that extraction and display work on.
//!
//! This is the only place where input bytes are interpreted. Everything downstream reads
//! [`Document::text`], which is valid UTF-8 that is safe to hand to a terminal; offsets reported
//! to users are mapped back to the input's bytes with [`Document::source_offset`] and
//! [`Document::source_range`].
//!
//! What loading does, in order:
//! 1. **Decoding.** A byte-order mark selects UTF-8 or UTF-16 (LE/BE) and is dropped from the
//!    text. Without one, bytes where nearly every other byte is NUL are UTF-16 (mostly Latin text
//!    written without a mark); valid UTF-8 is UTF-8. Invalid UTF-8 that still holds more well-formed
//!    multi-byte sequences than broken ones is UTF-8 with damage: it is decoded lossily (each
//!    broken sequence becomes U+FFFD, a lone byte 0x80–0x9F becomes the C1 control it names, so
//!    that 8-bit escape sequences are removed below) and [`Document::lossy`] is set. Anything else
//!    is a legacy encoding guessed by `chardetng` (a French article saved as Windows-1252 or
//!    ISO-8859-1 reads as windows-1252) and decoded with `encoding_rs`.
//! 2. **Refusing binary.** NUL bytes (or NUL characters after UTF-16 decoding), or a text where
//!    more than one character in sixteen is a C0 control other than tab, line feed, carriage
//!    return, form feed and escape, make a [`LoadError::Binary`].
//! 3. **Sanitising**, so that nothing in the text can act on a terminal:
//!    - escape sequences are removed whole: CSI (`ESC [` or U+009B, up to its final byte), OSC,
//!      DCS, APC, PM and SOS (`ESC ]`, `ESC P`, `ESC _`, `ESC ^`, `ESC X` or U+009D, U+0090,
//!      U+009F, U+009E, U+0098) up to BEL, ST (`ESC \` or U+009C), CAN or SUB — or, when
//!      unterminated, up to the end of their line so that one stray introducer cannot swallow
//!      the rest of an article — and every other `ESC` sequence (`ESC c`, `ESC ( B`, …);
//!    - CRLF, lone CR, NEL (U+0085), LINE SEPARATOR and PARAGRAPH SEPARATOR become `\n`;
//!    - other C0 controls and DEL become their Control Pictures symbols (`␇`, `␈`, `␡`, a lone
//!      `ESC` becomes `␛`); tab and line feed stay (tabs are expanded by the reader, which knows
//!      the column);
//!    - other C1 controls (U+0080–U+009F) become U+FFFD, since Unicode has no symbols for them;
//!    - bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are
//!      removed, so the text shows in its logical order and cannot be spoofed (Trojan Source);
//!      the marks LRM, RLM and ALM stay, since right-to-left text needs them and they open no
//!      embedding that could hide text;
//!    - zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, variation selectors) stay: they are
//!      zero cells wide and ZWJ holds emoji sequences together.
//!
//! Every change is counted in [`Document::cleaning`] so the reader can say what was done.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use encoding_rs::{CoderResult, Encoding, UTF_16BE, UTF_16LE, UTF_8};
use thiserror::Error;

/// The largest input lectern reads, in bytes: 128 MiB, a thousand times a long article.
///
/// Loading holds the input, its decoded text (at most three times the input) and the sanitised
/// text at once, and the offset map of a hostile input can take 12 bytes per input byte; the
/// analysis and the reader add to that. At this size the worst case stays near 2 GiB.
pub const MAX_SIZE: u64 = 128 * 1024 * 1024;

/// Why a document could not be loaded. Messages do not name the file: the caller does.
#[derive(Debug, Error)]
pub enum LoadError {
    /// The bytes are not text in any supported encoding.
    #[error("binary file ({0}), not text")]
    Binary(&'static str),
    /// Nothing exists at that path.
    #[error("no such file")]
    NotFound,
    /// The path names a directory.
    #[error("is a directory")]
    Directory,
    /// The file exists but may not be read.
    #[error("permission denied")]
    PermissionDenied,
    /// The input is larger than [`MAX_SIZE`].
    #[error("too large ({}); lectern reads at most {} MiB", describe_size(*.size), MAX_SIZE >> 20)]
    TooLarge {
        /// The input's size in bytes, when known before reading it.
        size: Option<u64>,
    },
    /// Any other failure to read.
    #[error("cannot read: {0}")]
    Io(io::Error),
}

fn describe_size(size: Option<u64>) -> String {
    match size {
        Some(size) => format!("{size} bytes"),
        None => format!("more than {MAX_SIZE} bytes"),
    }
}

impl From<io::Error> for LoadError {
    fn from(err: io::Error) -> Self {
        match err.kind() {
            io::ErrorKind::NotFound => Self::NotFound,
            io::ErrorKind::PermissionDenied => Self::PermissionDenied,
            _ => Self::Io(err),
        }
    }
}

/// What sanitising changed, for the reader's status line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cleaning {
    /// Escape sequences removed.
    pub escapes: usize,
    /// Control characters shown as symbols (C0, DEL, lone ESC) or as U+FFFD (C1).
    pub controls: usize,
    /// Bidirectional embeddings, overrides and isolates removed.
    pub bidi: usize,
    /// CR, CRLF, NEL, LS and PS turned into `\n`.
    pub line_breaks: usize,
    /// Broken sequences of the input encoding replaced by U+FFFD.
    pub invalid: usize,
}

/// Sanitised text plus what is needed to map its offsets back to the input.
#[derive(Debug, Clone)]
pub struct Document {
    /// The text as extraction and display see it: no control character but `\n` and `\t`.
    pub text: String,
    /// The input's encoding, by its WHATWG name: `UTF-8`, `UTF-16LE`, `windows-1252`…
    pub encoding: &'static str,
    /// True when the input began with a byte-order mark.
    pub bom: bool,
    /// True when some input bytes were not valid in `encoding` and were replaced.
    pub lossy: bool,
    /// What sanitising changed.
    pub cleaning: Cleaning,
    source_len: usize,
    map: OffsetMap,
}

impl Document {
    /// Decodes and sanitises `bytes`.
    ///
    /// # Errors
    /// [`LoadError::Binary`] when the bytes are not text, [`LoadError::TooLarge`] when there are
    /// more than [`MAX_SIZE`] of them.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, LoadError> {
        if bytes.len() as u64 > MAX_SIZE {
            return Err(LoadError::TooLarge {
                size: Some(bytes.len() as u64),
            });
        }
        let decoded = decode(bytes)?;
        if decoded.text.contains('\0') {
            return Err(LoadError::Binary("contains NUL characters"));
        }
        if mostly_controls(&decoded.text) {
            return Err(LoadError::Binary("mostly control characters"));
        }
        let mut cleaning = Cleaning {
            invalid: decoded.invalid,
            ..Cleaning::default()
        };
        let (text, map) = if needs_sanitising(decoded.text.as_bytes()) {
            let mut s = Sanitiser::new(&decoded.text, &decoded.map, bytes.len());
            s.run();
            cleaning = Cleaning {
                invalid: decoded.invalid,
                ..s.cleaning
            };
            let text_len = s.out.len();
            (s.out, s.map.finish(text_len, bytes.len()))
        } else {
            (decoded.text, decoded.map)
        };
        Ok(Self {
            text,
            encoding: decoded.encoding.name(),
            bom: decoded.bom,
            lossy: decoded.invalid > 0,
            cleaning,
            source_len: bytes.len(),
            map,
        })
    }

    /// Reads `reader` to its end, refusing more than [`MAX_SIZE`] bytes, and loads what it gave.
    ///
    /// # Errors
    /// [`LoadError::TooLarge`], a read error, or what [`Document::from_bytes`] refuses.
    pub fn from_reader(reader: impl Read) -> Result<Self, LoadError> {
        Self::read_sized(reader, 0)
    }

    /// [`Document::from_reader`] with room for `expected` bytes made before the first read: a
    /// file of known size is read into a buffer of its size instead of one grown by doubling.
    fn read_sized(reader: impl Read, expected: u64) -> Result<Self, LoadError> {
        // One byte more than expected, so that reading a file that has not grown ends without
        // growing the buffer.
        let room = usize::try_from(expected.min(MAX_SIZE) + 1).unwrap_or(0);
        let mut bytes = Vec::with_capacity(room);
        reader.take(MAX_SIZE + 1).read_to_end(&mut bytes)?;
        if bytes.len() as u64 > MAX_SIZE {
            return Err(LoadError::TooLarge { size: None });
        }
        Self::from_vec(bytes)
    }

    /// Loads `bytes` as [`Document::from_bytes`] does, keeping the buffer as the text when it
    /// is already clean UTF-8 without a byte-order mark, as most articles are: a large file is
    /// then never held twice.
    ///
    /// # Errors
    /// What [`Document::from_bytes`] refuses.
    pub fn from_vec(bytes: Vec<u8>) -> Result<Self, LoadError> {
        // Nothing to sanitise means no NUL and no control either, so none of the refusals
        // of `from_bytes` but its size limit can apply.
        if bytes.len() as u64 > MAX_SIZE
            || bytes.starts_with(b"\xEF\xBB\xBF")
            || needs_sanitising(&bytes)
        {
            return Self::from_bytes(&bytes);
        }
        match String::from_utf8(bytes) {
            Ok(text) => {
                let len = text.len();
                let mut map = MapBuilder::new(0);
                map.push_copy(len);
                Ok(Self {
                    text,
                    encoding: UTF_8.name(),
                    bom: false,
                    lossy: false,
                    cleaning: Cleaning::default(),
                    source_len: len,
                    map: map.finish(len, len),
                })
            }
            Err(err) => Self::from_bytes(err.as_bytes()),
        }
    }

    /// Loads the file at `path`.
    ///
    /// # Errors
    /// [`LoadError::NotFound`], [`LoadError::Directory`], [`LoadError::PermissionDenied`],
    /// [`LoadError::TooLarge`], another read error, or what [`Document::from_bytes`] refuses.
    pub fn load(path: &Path) -> Result<Self, LoadError> {
        let meta = std::fs::metadata(path)?;
        if meta.is_dir() {
            return Err(LoadError::Directory);
        }
        if meta.is_file() && meta.len() > MAX_SIZE {
            return Err(LoadError::TooLarge {
                size: Some(meta.len()),
            });
        }
        // A file's size is a hint only: it may grow or shrink while it is read, and special
        // files report none.
        let expected = if meta.is_file() { meta.len() } else { 0 };
        Self::read_sized(File::open(path)?, expected)
    }

    /// True when there is no text at all (the reader shows "empty document").
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The input's length in bytes.
    #[must_use]
    pub const fn source_len(&self) -> usize {
        self.source_len
    }

    /// The byte offset in the input where the character at `offset` in `text` begins.
    ///
    /// `offset` is a char boundary of `text`; `text.len()` maps to the input's length. For a
    /// character that replaced several input bytes (CRLF, a control picture, U+FFFD) this is
    /// its first byte; after removed bytes (an escape sequence, a bidi control) it is the first
    /// byte of the character that follows them.
    #[must_use]
    pub fn source_offset(&self, offset: usize) -> usize {
        if offset >= self.text.len() {
            return self.source_len;
        }
        self.map.start(offset, self.source_len)
    }

    /// The byte offset in the input where the character ending at `offset` in `text` ends.
    ///
    /// Unlike [`Document::source_offset`], bytes removed right after that character are not
    /// included: use this for the end of a span. `0` maps to `0`.
    #[must_use]
    pub fn source_end(&self, offset: usize) -> usize {
        if offset == 0 {
            return 0;
        }
        self.map.end(offset.min(self.text.len()), self.source_len)
    }

    /// The input byte range of the text range `start..end` (char boundaries of `text`): the
    /// bytes the words came from, without escape sequences removed around them.
    #[must_use]
    pub fn source_range(&self, start: usize, end: usize) -> (usize, usize) {
        let from = self.source_offset(start);
        if end <= start {
            return (from, from);
        }
        (from, self.source_end(end).max(from))
    }

    /// What the reader should tell about this document, one short phrase each: lossy decoding,
    /// a legacy encoding, removed escapes, shown controls, removed bidi controls.
    #[must_use]
    pub fn notes(&self) -> Vec<String> {
        let plural = |n: usize, one: &str, many: &str| {
            if n == 1 {
                format!("1 {one}")
            } else {
                format!("{n} {many}")
            }
        };
        let mut notes = Vec::new();
        if self.lossy {
            notes.push(format!(
                "invalid {}: {} replaced",
                self.encoding,
                plural(self.cleaning.invalid, "broken sequence", "broken sequences")
            ));
        }
        if !matches!(self.encoding, "UTF-8" | "UTF-16LE" | "UTF-16BE") {
            notes.push(format!("read as {}", self.encoding));
        }
        let c = &self.cleaning;
        if c.escapes > 0 {
            notes.push(format!(
                "{} removed",
                plural(c.escapes, "escape sequence", "escape sequences")
            ));
        }
        if c.controls > 0 {
            notes.push(format!(
                "{} shown as symbols",
                plural(c.controls, "control character", "control characters")
            ));
        }
        if c.bidi > 0 {
            notes.push(format!(
                "{} removed",
                plural(c.bidi, "bidirectional control", "bidirectional controls")
            ));
        }
        notes
    }
}

// ---------------------------------------------------------------------------------------------
// Offset map

/// A stretch of text that maps to a stretch of input at a fixed ratio: text offset
/// `text + k·den` is input offset `src + k·num`. A piece with no text is input that was removed;
/// `den == 0` marks one unit whose ratio does not fit a byte (its inside is never asked for).
/// Offsets fit `u32` because inputs are at most [`MAX_SIZE`] bytes and grow at most threefold,
/// which keeps a piece at 12 bytes even when every character needs one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    text: u32,
    src: u32,
    num: u8,
    den: u8,
}

impl Piece {
    const fn text(self) -> usize {
        self.text as usize
    }

    const fn src(self) -> usize {
        self.src as usize
    }
}

fn narrow(offset: usize) -> u32 {
    u32::try_from(offset).unwrap_or(u32::MAX)
}

/// Text offsets → input offsets, as pieces sorted by text offset. Empty means identity, which
/// is what valid UTF-8 with nothing to sanitise costs. Runs of characters with the same
/// encoded-length ratio share one piece (ASCII in Windows-1252 or UTF-16, CJK in UTF-16), and
/// consecutive removals share one, so the map stays small for real text.
#[derive(Debug, Clone, Default)]
struct OffsetMap {
    pieces: Vec<Piece>,
}

impl OffsetMap {
    fn piece_src_end(&self, index: usize, source_len: usize) -> usize {
        self.pieces.get(index + 1).map_or(source_len, |p| p.src())
    }

    fn at(&self, index: usize, offset: usize, source_len: usize) -> usize {
        let p = self.pieces[index];
        let src_end = self.piece_src_end(index, source_len);
        if p.den == 0 {
            return if offset <= p.text() { p.src() } else { src_end };
        }
        let steps = offset.saturating_sub(p.text()) / usize::from(p.den);
        p.src()
            .saturating_add(steps.saturating_mul(usize::from(p.num)))
            .min(src_end)
    }

    /// Start semantics: the piece holding the character that begins at `offset`.
    fn start(&self, offset: usize, source_len: usize) -> usize {
        if self.pieces.is_empty() {
            return offset.min(source_len);
        }
        match self.pieces.partition_point(|p| p.text() <= offset) {
            0 => self.pieces[0].src(),
            i => self.at(i - 1, offset, source_len),
        }
    }

    /// End semantics: the piece holding the character that ends at `offset`.
    fn end(&self, offset: usize, source_len: usize) -> usize {
        if self.pieces.is_empty() {
            return offset.min(source_len);
        }
        match self.pieces.partition_point(|p| p.text() < offset) {
            0 => self.pieces[0].src(),
            i => self.at(i - 1, offset, source_len),
        }
    }
}

/// Builds an [`OffsetMap`] from consecutive pieces that tile the input.
#[derive(Debug)]
struct MapBuilder {
    pieces: Vec<Piece>,
    text: usize,
    src: usize,
}

const fn gcd(mut a: usize, mut b: usize) -> usize {
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

impl MapBuilder {
    const fn new(src: usize) -> Self {
        Self {
            pieces: Vec::new(),
            text: 0,
            src,
        }
    }

    /// `text_len` bytes of text that came from the next `src_len` input bytes at ratio num/den.
    fn push(&mut self, text_len: usize, src_len: usize, num: u8, den: u8) {
        if text_len == 0 && src_len == 0 {
            return;
        }
        let here = narrow(self.text);
        let merges = self.pieces.last().is_some_and(|p| {
            if text_len == 0 {
                p.text == here && p.num == 0
            } else {
                p.text < here && p.num == num && p.den == den && den != 0
            }
        });
        if !merges {
            self.pieces.push(Piece {
                text: here,
                src: narrow(self.src),
                num,
                den,
            });
        }
        self.text += text_len;
        self.src += src_len;
    }

    /// Text copied from input of the same length.
    fn push_copy(&mut self, len: usize) {
        self.push(len, len, 1, 1);
    }

    /// One character (or a removal, when `text_len` is 0) made from `src_len` input bytes.
    fn push_unit(&mut self, text_len: usize, src_len: usize) {
        if text_len == 0 {
            self.push(0, src_len, 0, 1);
            return;
        }
        let g = gcd(text_len, src_len).max(1);
        match (u8::try_from(src_len / g), u8::try_from(text_len / g)) {
            (Ok(num), Ok(den)) => self.push(text_len, src_len, num, den),
            _ => self.push(text_len, src_len, 0, 0),
        }
    }

    fn finish(self, text_len: usize, source_len: usize) -> OffsetMap {
        debug_assert_eq!(self.text, text_len);
        debug_assert_eq!(self.src, source_len);
        let identity = match self.pieces.as_slice() {
            [] => self.src == 0,
            [p] => {
                *p == Piece {
                    text: 0,
                    src: 0,
                    num: 1,
                    den: 1,
                }
            }
            _ => false,
        };
        if identity {
            OffsetMap::default()
        } else {
            OffsetMap {
                pieces: self.pieces,
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Decoding

struct Decoded {
    text: String,
    map: OffsetMap,
    encoding: &'static Encoding,
    bom: bool,
    invalid: usize,
}

fn decode(bytes: &[u8]) -> Result<Decoded, LoadError> {
    if let Some(body) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Ok(decode_utf8(bytes, body, true));
    }
    if let Some(body) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok(decode_utf16(bytes, body, UTF_16LE));
    }
    if let Some(body) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok(decode_utf16(bytes, body, UTF_16BE));
    }
    if bytes.contains(&0) {
        return match utf16_without_bom(bytes) {
            Some(encoding) => Ok(decode_utf16(bytes, bytes, encoding)),
            None => Err(LoadError::Binary("contains NUL bytes")),
        };
    }
    if std::str::from_utf8(bytes).is_ok() || mostly_utf8(bytes) {
        return Ok(decode_utf8(bytes, bytes, false));
    }
    Ok(decode_legacy(bytes))
}

/// UTF-16 without a byte-order mark, as some tools write it: mostly Latin text, so nearly every
/// other byte is zero and the bytes in between almost never are.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 || bytes.len() % 2 == 1 {
        return None;
    }
    let pairs = bytes.len() / 2;
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in bytes.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let mostly = |n: usize| n * 10 >= pairs * 7;
    let rarely = |n: usize| n * 100 <= pairs;
    if mostly(odd) && rarely(even) {
        Some(UTF_16LE)
    } else if mostly(even) && rarely(odd) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// True when broken UTF-8 looks like damaged UTF-8 rather than another encoding: it has more
/// well-formed multi-byte sequences than broken ones. A Windows-1252 accent followed by ASCII
/// is always broken UTF-8, so legacy text almost never passes.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multi, mut broken) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multi += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        broken += usize::from(!chunk.invalid().is_empty());
    }
    multi > broken
}

fn decode_utf8(bytes: &[u8], body: &[u8], bom: bool) -> Decoded {
    let start = bytes.len() - body.len();
    if let Ok(text) = std::str::from_utf8(body) {
        let mut map = MapBuilder::new(start);
        map.push_copy(text.len());
        return Decoded {
            text: text.to_owned(),
            map: map.finish(text.len(), bytes.len()),
            encoding: UTF_8,
            bom,
            invalid: 0,
        };
    }
    let mut text = String::with_capacity(body.len() + body.len() / 8);
    let mut map = MapBuilder::new(start);
    let mut invalid = 0;
    for chunk in body.utf8_chunks() {
        text.push_str(chunk.valid());
        map.push_copy(chunk.valid().len());
        match chunk.invalid() {
            [] => {}
            // A lone 0x80–0x9F is an 8-bit control in a terminal's eyes: keep it as the C1
            // character it is, so the sanitiser removes the sequence it may start.
            &[b @ 0x80..=0x9F] => {
                let c = char::from(b);
                text.push(c);
                map.push_unit(c.len_utf8(), 1);
                invalid += 1;
            }
            broken => {
                text.push(char::REPLACEMENT_CHARACTER);
                map.push_unit(char::REPLACEMENT_CHARACTER.len_utf8(), broken.len());
                invalid += 1;
            }
        }
    }
    let len = text.len();
    Decoded {
        text,
        map: map.finish(len, bytes.len()),
        encoding: UTF_8,
        bom,
        invalid,
    }
}

fn decode_utf16(bytes: &[u8], body: &[u8], encoding: &'static Encoding) -> Decoded {
    let little = encoding == UTF_16LE;
    let units = body.chunks_exact(2).map(|p| {
        if little {
            u16::from_le_bytes([p[0], p[1]])
        } else {
            u16::from_be_bytes([p[0], p[1]])
        }
    });
    let bom = body.len() < bytes.len();
    let mut text = String::with_capacity(body.len() / 2 + 16);
    let mut map = MapBuilder::new(bytes.len() - body.len());
    let mut invalid = 0;
    for unit in char::decode_utf16(units) {
        match unit {
            Ok(c) => {
                text.push(c);
                map.push_unit(c.len_utf8(), c.len_utf16() * 2);
            }
            Err(_) => {
                text.push(char::REPLACEMENT_CHARACTER);
                map.push_unit(char::REPLACEMENT_CHARACTER.len_utf8(), 2);
                invalid += 1;
            }
        }
    }
    if body.len() % 2 == 1 {
        text.push(char::REPLACEMENT_CHARACTER);
        map.push_unit(char::REPLACEMENT_CHARACTER.len_utf8(), 1);
        invalid += 1;
    }
    let len = text.len();
    Decoded {
        text,
        map: map.finish(len, bytes.len()),
        encoding,
        bom,
        invalid,
    }
}

const DETECTION_SAMPLE: usize = 1 << 20;

fn decode_legacy(bytes: &[u8]) -> Decoded {
    // A megabyte from the first non-ASCII byte on tells the encoding as well as the whole file
    // and keeps detection from dominating the load time of a large one.
    let first = bytes.iter().position(|b| !b.is_ascii()).unwrap_or(0);
    let sample = &bytes[first.saturating_sub(256)..bytes.len().min(first + DETECTION_SAMPLE)];
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(sample, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    if encoding.is_single_byte() {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        // One byte, one character: the map follows the characters' lengths.
        if text.chars().count() == bytes.len() {
            let mut map = MapBuilder::new(0);
            let mut invalid = 0;
            for c in text.chars() {
                map.push_unit(c.len_utf8(), 1);
                invalid += usize::from(c == char::REPLACEMENT_CHARACTER);
            }
            let text = text.into_owned();
            let len = text.len();
            return Decoded {
                text,
                map: map.finish(len, bytes.len()),
                encoding,
                bom: false,
                invalid,
            };
        }
    }
    decode_stepwise(bytes, encoding)
}

/// Multi-byte legacy encodings: feed one byte at a time and give each output the bytes read
/// since the previous one.
fn decode_stepwise(bytes: &[u8], encoding: &'static Encoding) -> Decoded {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 2);
    let mut map = MapBuilder::new(0);
    let mut pending = 0;
    let mut invalid = 0;
    let mut step = |input: &[u8], last: bool, text: &mut String| {
        let before = text.len();
        let mut rest = input;
        loop {
            text.reserve(32);
            let (result, read, _) = decoder.decode_to_string(rest, text, last);
            rest = rest.get(read..).unwrap_or_default();
            if result == CoderResult::InputEmpty {
                break;
            }
        }
        pending += input.len();
        let added = text.get(before..).unwrap_or_default();
        if !added.is_empty() || last {
            invalid += added.matches(char::REPLACEMENT_CHARACTER).count();
            map.push_unit(added.len(), pending);
            pending = 0;
        }
    };
    for byte in bytes {
        step(std::slice::from_ref(byte), false, &mut text);
    }
    step(&[], true, &mut text);
    let len = text.len();
    Decoded {
        text,
        map: map.finish(len, bytes.len()),
        encoding,
        bom: false,
        invalid,
    }
}

/// More than one character in sixteen is a control that prose never holds.
fn mostly_controls(text: &str) -> bool {
    let controls = text
        .bytes()
        .filter(|&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B)) || b == 0x7F)
        .count();
    controls >= 8 && controls.saturating_mul(16) > text.len()
}

// ---------------------------------------------------------------------------------------------
// Sanitising

/// True when the character starting at `i` (a lead byte or ASCII) needs sanitising.
fn special_at(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b'\t' | b'\n' => false,
        0x00..=0x1F | 0x7F => true,
        0xC2 => matches!(bytes.get(i + 1), Some(0x80..=0x9F)),
        0xE2 => matches!(
            (bytes.get(i + 1), bytes.get(i + 2)),
            (Some(0x80), Some(0xA8..=0xAE)) | (Some(0x81), Some(0xA6..=0xA9))
        ),
        _ => false,
    }
}

/// Bytes that may begin a character [`special_at`] wants: C0, DEL, and the lead bytes of C1
/// (0xC2) and of the separators and bidi controls (0xE2).
const MAY_BE_SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = b != b'\t' as usize && b != b'\n' as usize;
        b += 1;
    }
    table[0x7F] = true;
    table[0xC2] = true;
    table[0xE2] = true;
    table
};

fn needs_sanitising(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .enumerate()
        .any(|(i, &b)| MAY_BE_SPECIAL[usize::from(b)] && special_at(bytes, i))
}

/// The Control Pictures symbol of a C0 control or DEL.
fn picture(c: char) -> char {
    match c {
        '\u{7F}' => '\u{2421}',
        c => char::from_u32(0x2400 + u32::from(c)).unwrap_or(char::REPLACEMENT_CHARACTER),
    }
}

struct Sanitiser<'a> {
    input: &'a str,
    decoded: &'a OffsetMap,
    source_len: usize,
    cursor: usize,
    out: String,
    map: MapBuilder,
    cleaning: Cleaning,
}

impl<'a> Sanitiser<'a> {
    fn new(input: &'a str, decoded: &'a OffsetMap, source_len: usize) -> Self {
        let start = decoded.start(0, source_len);
        let start = if input.is_empty() { source_len } else { start };
        Self {
            input,
            decoded,
            source_len,
            cursor: 0,
            out: String::with_capacity(input.len()),
            map: MapBuilder::new(start),
            cleaning: Cleaning::default(),
        }
    }

    /// Input offset of decoded offset `at`; calls come in increasing order of `at`.
    fn source_at(&mut self, at: usize) -> usize {
        if at >= self.input.len() {
            return self.source_len;
        }
        let pieces = &self.decoded.pieces;
        if pieces.is_empty() {
            return at;
        }
        while self.cursor + 1 < pieces.len() && pieces[self.cursor + 1].text() <= at {
            self.cursor += 1;
        }
        self.decoded.at(self.cursor, at, self.source_len)
    }

    fn copy(&mut self, from: usize, to: usize) {
        if from >= to {
            return;
        }
        self.out.push_str(&self.input[from..to]);
        if self.decoded.pieces.is_empty() {
            self.map.push_copy(to - from);
            return;
        }
        // Copied text keeps the decoding's ratios: split at the decoding's pieces.
        let mut at = from;
        while at < to {
            let src_from = self.source_at(at);
            let piece = self.decoded.pieces[self.cursor];
            let piece_end = self
                .decoded
                .pieces
                .get(self.cursor + 1)
                .map_or(self.input.len(), |p| p.text());
            let until = piece_end.min(to).max(at + 1);
            let src_to = self.source_at(until);
            self.map.push(
                until - at,
                src_to.saturating_sub(src_from),
                piece.num,
                piece.den,
            );
            at = until;
        }
    }

    fn replace(&mut self, from: usize, to: usize, with: char) {
        let src_from = self.source_at(from);
        let src_to = self.source_at(to);
        self.out.push(with);
        self.map
            .push_unit(with.len_utf8(), src_to.saturating_sub(src_from));
    }

    fn remove(&mut self, from: usize, to: usize) {
        let src_from = self.source_at(from);
        let src_to = self.source_at(to);
        self.map.push_unit(0, src_to.saturating_sub(src_from));
    }

    fn run(&mut self) {
        let bytes = self.input.as_bytes();
        let mut i = 0;
        let mut copied = 0;
        while i < bytes.len() {
            if !MAY_BE_SPECIAL[usize::from(bytes[i])] || !special_at(bytes, i) {
                i += 1;
                continue;
            }
            self.copy(copied, i);
            i = self.handle(i);
            copied = i;
        }
        self.copy(copied, bytes.len());
    }

    /// Sanitises the special character at `i`; returns where to go on.
    fn handle(&mut self, i: usize) -> usize {
        let bytes = self.input.as_bytes();
        let Some(c) = self.input.get(i..).and_then(|s| s.chars().next()) else {
            return bytes.len();
        };
        let after = i + c.len_utf8();
        match c {
            '\r' => {
                let end = if bytes.get(i + 1) == Some(&b'\n') {
                    i + 2
                } else {
                    i + 1
                };
                self.cleaning.line_breaks += 1;
                self.replace(i, end, '\n');
                end
            }
            '\u{85}' | '\u{2028}' | '\u{2029}' => {
                self.cleaning.line_breaks += 1;
                self.replace(i, after, '\n');
                after
            }
            '\u{1B}' => self.escape(i),
            '\u{9B}' => self.control_sequence(i, after),
            '\u{90}' | '\u{98}' | '\u{9D}' | '\u{9E}' | '\u{9F}' => self.control_string(i, after),
            '\u{80}'..='\u{9F}' => {
                self.cleaning.controls += 1;
                self.replace(i, after, char::REPLACEMENT_CHARACTER);
                after
            }
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {
                self.cleaning.bidi += 1;
                self.remove(i, after);
                after
            }
            c => {
                self.cleaning.controls += 1;
                self.replace(i, after, picture(c));
                after
            }
        }
    }

    /// `ESC` at `i`.
    fn escape(&mut self, i: usize) -> usize {
        let bytes = self.input.as_bytes();
        let next = i + 1;
        match bytes.get(next) {
            Some(b'[') => self.control_sequence(i, next + 1),
            Some(b']' | b'P' | b'_' | b'^' | b'X') => self.control_string(i, next + 1),
            Some(0x20..=0x7E) => {
                // nF / Fp / Fe / Fs escapes: intermediates 0x20–0x2F, then a final 0x30–0x7E.
                let mut end = next;
                while matches!(bytes.get(end), Some(0x20..=0x2F)) {
                    end += 1;
                }
                if matches!(bytes.get(end), Some(0x30..=0x7E)) {
                    end += 1;
                }
                self.cleaning.escapes += 1;
                self.remove(i, end);
                end
            }
            _ => {
                self.cleaning.controls += 1;
                self.replace(i, next, picture('\u{1B}'));
                next
            }
        }
    }

    /// A CSI whose parameters start at `body`: parameters and intermediates 0x20–0x3F, then a
    /// final byte 0x40–0x7E. Anything else ends it early and is kept.
    fn control_sequence(&mut self, i: usize, body: usize) -> usize {
        let bytes = self.input.as_bytes();
        let mut end = body;
        while matches!(bytes.get(end), Some(0x20..=0x3F)) {
            end += 1;
        }
        if matches!(bytes.get(end), Some(0x40..=0x7E)) {
            end += 1;
        }
        self.cleaning.escapes += 1;
        self.remove(i, end);
        end
    }

    /// An OSC, DCS, APC, PM or SOS whose payload starts at `body`: up to BEL, ST, CAN or SUB
    /// included, or up to another ESC or the end of the line excluded.
    fn control_string(&mut self, i: usize, body: usize) -> usize {
        let bytes = self.input.as_bytes();
        let mut end = body;
        loop {
            match bytes.get(end) {
                None | Some(b'\n' | b'\r') => break,
                Some(0x07 | 0x18 | 0x1A) => {
                    end += 1;
                    break;
                }
                Some(0x1B) => {
                    if bytes.get(end + 1) == Some(&b'\\') {
                        end += 2;
                    }
                    break;
                }
                Some(0xC2) if bytes.get(end + 1) == Some(&0x9C) => {
                    end += 2;
                    break;
                }
                Some(_) => end += 1,
            }
        }
        self.cleaning.escapes += 1;
        self.remove(i, end);
        end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(bytes: &[u8]) -> Document {
        Document::from_bytes(bytes).expect("loads")
    }

    /// The input bytes behind `text[start..end]`.
    fn source_of<'a>(doc: &Document, input: &'a [u8], start: usize, end: usize) -> &'a [u8] {
        let (s, e) = doc.source_range(start, end);
        &input[s..e]
    }

    #[test]
    fn a_size_hint_changes_nothing_but_the_buffer() {
        let text = "Vladimir Poutine a reçu Kim Jong-un à Moscou.\n".repeat(50);
        let len = text.len() as u64;
        // A file may have grown or shrunk since its size was read.
        for expected in [0, 1, len - 1, len, len + 1, len * 3, MAX_SIZE + 7] {
            let doc = Document::read_sized(text.as_bytes(), expected).unwrap();
            assert_eq!(doc.text, text, "expected {expected}");
        }
        let doc = Document::read_sized(text.as_bytes(), len).unwrap();
        assert_eq!(
            doc.text.capacity(),
            text.len() + 1,
            "one allocation of the right size"
        );
    }

    #[test]
    fn a_buffer_loads_as_its_bytes_do() {
        let inputs: [&[u8]; 9] = [
            "Vladimir Poutine a reçu Kim Jong-un à Moscou.\n\tFin.".as_bytes(),
            b"",
            b"\xEF\xBB\xBFavec BOM",
            b"ligne\r\nsuivante",
            b"\x1b[31mrouge\x1b[0m",
            b"caf\xe9 en Windows-1252",
            b"a\x00b",
            b"\xFF\xFEa\x00b\x00",
            "bidi \u{202e}inverse".as_bytes(),
        ];
        for input in inputs {
            let name = String::from_utf8_lossy(input);
            match (
                Document::from_bytes(input),
                Document::from_vec(input.to_vec()),
            ) {
                (Ok(a), Ok(b)) => {
                    assert_eq!(a.text, b.text, "{name}");
                    assert_eq!(
                        (a.encoding, a.bom, a.lossy, a.cleaning, a.source_len),
                        (b.encoding, b.bom, b.lossy, b.cleaning, b.source_len),
                        "{name}"
                    );
                    for at in 0..=a.text.len() {
                        assert_eq!(a.source_offset(at), b.source_offset(at), "{name} at {at}");
                        assert_eq!(a.source_end(at), b.source_end(at), "{name} at {at}");
                    }
                }
                (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "{name}"),
                (a, b) => panic!("{name}: {a:?} but {b:?}"),
            }
        }
    }

    #[test]
    fn clean_utf8_is_copied_with_an_identity_map() {
        let input = "Vladimir Poutine a reçu Kim Jong-un à Moscou.\n\tFin.";
        let doc = load(input.as_bytes());
        assert_eq!(doc.text, input);
        assert!(doc.map.pieces.is_empty());
        assert_eq!(doc.encoding, "UTF-8");
        assert!(!doc.lossy);
        assert!(doc.notes().is_empty());
        assert_eq!(doc.source_offset(10), 10);
        assert_eq!(doc.source_offset(input.len()), input.len());
    }

    #[test]
    fn utf8_bom_is_dropped_and_offsets_still_point_into_the_file() {
        let input = b"\xEF\xBB\xBFKim Jong-un";
        let doc = load(input);
        assert_eq!(doc.text, "Kim Jong-un");
        assert!(doc.bom);
        assert_eq!(doc.source_offset(0), 3);
        assert_eq!(source_of(&doc, input, 4, 11), b"Jong-un");
    }

    #[test]
    fn windows_1252_french_keeps_its_accents() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252
            .encode("« Le président a été reçu à l’Élysée », a déclaré M. Lavrov. Œuvre, été, où, côté, très, déjà, garçon.");
        let doc = load(&bytes);
        assert_eq!(doc.encoding, "windows-1252");
        assert!(doc
            .text
            .starts_with("« Le président a été reçu à l’Élysée »"));
        assert!(doc.text.contains("Œuvre"));
        let at = doc.text.find("président").unwrap();
        let (s, e) = doc.source_range(at, at + "président".len());
        assert_eq!(&bytes[s..e], b"pr\xE9sident");
        assert!(doc.notes().iter().any(|n| n.contains("windows-1252")));
    }

    #[test]
    fn utf16_with_bom_is_decoded_both_ways() {
        let text = "Séoul — 서울 🙂\r\nfin";
        for (bom, little) in [(&[0xFF, 0xFE], true), (&[0xFE, 0xFF], false)] {
            let mut bytes = bom.to_vec();
            for unit in text.encode_utf16() {
                bytes.extend(if little {
                    unit.to_le_bytes()
                } else {
                    unit.to_be_bytes()
                });
            }
            let doc = load(&bytes);
            assert_eq!(doc.text, "Séoul — 서울 🙂\nfin");
            let at = doc.text.find("서울").unwrap();
            assert_eq!(doc.source_range(at, at + "서울".len()), (2 + 16, 2 + 20));
            let fin = doc.text.find("fin").unwrap();
            assert_eq!(doc.source_offset(fin), bytes.len() - 6);
        }
    }

    #[test]
    fn utf16_without_bom_is_recognised_by_its_zero_bytes() {
        let text = "Le président Macron a reçu Kim Jong-un.";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for (bytes, name) in [(le, "UTF-16LE"), (be, "UTF-16BE")] {
            let doc = load(&bytes);
            assert_eq!(
                (doc.text.as_str(), doc.encoding, doc.bom),
                (text, name, false)
            );
            let at = doc.text.find("Macron").unwrap();
            assert_eq!(doc.source_range(at, at + 6), (2 * at - 2, 2 * at + 10));
        }
    }

    #[test]
    fn crlf_and_lone_cr_become_line_breaks() {
        let input = b"un\r\ndeux\rtrois\n";
        let doc = load(input);
        assert_eq!(doc.text, "un\ndeux\ntrois\n");
        assert_eq!(doc.cleaning.line_breaks, 2);
        let at = doc.text.find("deux").unwrap();
        assert_eq!(source_of(&doc, input, at, at + 4), b"deux");
        let at = doc.text.find("trois").unwrap();
        assert_eq!(source_of(&doc, input, at, at + 5), b"trois");
    }

    #[test]
    fn escape_sequences_are_removed_whole() {
        let cases: &[(&[u8], &str)] = &[
            (b"a\x1b[31;1mb\x1b[0mc", "abc"),
            (b"a\x1b]0;evil title\x07b", "ab"),
            (b"a\x1b]52;c;ZXZpbA==\x1b\\b", "ab"),
            (
                b"a\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\b",
                "alinkb",
            ),
            (b"a\x1bPq#0;2;0;0;0#0~~\x1b\\b", "ab"),
            (b"a\x1b_apc\x1b\\b\x1b^pm\x07c\x1bXsos\x1b\\d", "abcd"),
            (b"a\x1bcb\x1b(Bc\x1b#8d\x1b7e", "abcde"),
            (
                "a\u{9b}31mb\u{9d}0;t\u{9c}c\u{90}q\u{9c}d".as_bytes(),
                "abcd",
            ),
            (b"a\x1b]0;never ends\nnext line", "a\nnext line"),
            (b"a\x1b[12;", "a"),
            (b"tail\x1b", "tail\u{241B}"),
        ];
        for (input, want) in cases {
            let doc = load(input);
            assert_eq!(doc.text, *want, "{:?}", String::from_utf8_lossy(input));
        }
    }

    #[test]
    fn offsets_skip_removed_escapes_on_both_sides() {
        let input = b"\x1b[1mKim\x1b[0m Jong-un";
        let doc = load(input);
        assert_eq!(doc.text, "Kim Jong-un");
        assert_eq!(source_of(&doc, input, 0, 3), b"Kim");
        assert_eq!(source_of(&doc, input, 4, 11), b"Jong-un");
        assert_eq!(doc.source_offset(3), 11);
        assert_eq!(doc.source_end(3), 7);
    }

    #[test]
    fn controls_become_symbols_and_c1_becomes_replacement() {
        let doc = load("bell\x07 bs\x08 del\x7f vt\x0b c1\u{85}x\u{8a}".as_bytes());
        assert_eq!(doc.text, "bell␇ bs␈ del␡ vt␋ c1\nx\u{FFFD}");
        assert_eq!(doc.cleaning.controls, 5);
    }

    #[test]
    fn bidi_controls_are_removed() {
        let input = "if access == \"user\u{202E} \u{2066}// admin\u{2069} \u{2066}\" {";
        let doc = load(input.as_bytes());
        assert_eq!(doc.text, "if access == \"user // admin \" {");
        assert_eq!(doc.cleaning.bidi, 4);
        assert!(doc.notes().iter().any(|n| n.contains("bidirectional")));
    }

    #[test]
    fn zero_width_joiners_stay_inside_emoji() {
        let input = "famille 👨\u{200D}👩\u{200D}👧 et a\u{200B}b";
        assert_eq!(load(input.as_bytes()).text, input);
    }

    #[test]
    fn damaged_utf8_is_lossy_and_lone_c1_bytes_start_sequences() {
        let input = b"d\xc3\xa9j\xc3\xa0 \xff vu \xc3\xa9t\xc3\xa9 \x9b31mrouge";
        let doc = load(input);
        assert_eq!(doc.encoding, "UTF-8");
        assert!(doc.lossy);
        assert_eq!(doc.text, "déjà \u{FFFD} vu été rouge");
        assert!(doc.notes()[0].starts_with("invalid UTF-8"));
        let at = doc.text.find("rouge").unwrap();
        assert_eq!(source_of(&doc, input, at, at + 5), b"rouge");
    }

    #[test]
    fn binary_is_refused() {
        assert!(matches!(
            Document::from_bytes(b"PK\x03\x04\x00\x00"),
            Err(LoadError::Binary(_))
        ));
        let controls: Vec<u8> = (0..64).map(|i| [1u8, 2, 3, b'a'][i % 4]).collect();
        assert!(matches!(
            Document::from_bytes(&controls),
            Err(LoadError::Binary(_))
        ));
        let mut utf16_nul = vec![0xFF, 0xFE];
        utf16_nul.extend([b'a', 0, 0, 0]);
        assert!(matches!(
            Document::from_bytes(&utf16_nul),
            Err(LoadError::Binary(_))
        ));
    }

    #[test]
    fn empty_input_is_an_empty_document() {
        let doc = load(b"");
        assert!(doc.is_empty());
        assert_eq!(doc.source_offset(0), 0);
        assert!(load(b"\xEF\xBB\xBF").is_empty());
        assert!(load(b"\x1b[2J").is_empty());
    }

    #[test]
    fn legacy_map_stays_small() {
        let text = "Le président est là. ".repeat(1000);
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
        let doc = load(&bytes);
        assert!(doc.map.pieces.len() <= 4 * 1000 + 1);
        let text = "The president is here. ".repeat(100);
        let mut bytes = encoding_rs::WINDOWS_1252.encode(&text).0.into_owned();
        bytes.push(0xE9);
        assert!(load(&bytes).map.pieces.len() <= 3);
    }

    #[test]
    fn dense_rewrites_cost_one_small_piece_per_change_and_removals_merge() {
        let mut input = b"\xe9a".repeat(1000);
        input.extend(b"\x1b[m".repeat(1000));
        let doc = load(&input);
        assert_eq!(doc.map.pieces.len(), 2001);
        assert_eq!(std::mem::size_of::<Piece>(), 12);
        assert_eq!(doc.source_offset(doc.text.len() - 1), 1999);
        assert_eq!(doc.source_end(doc.text.len()), 2000);
    }

    #[test]
    fn errors_read_as_one_line() {
        let e = LoadError::TooLarge { size: Some(300) };
        assert_eq!(
            e.to_string(),
            "too large (300 bytes); lectern reads at most 128 MiB"
        );
        assert_eq!(LoadError::Directory.to_string(), "is a directory");
    }

    #[test]
    fn missing_and_directory_paths_are_refused() {
        assert!(matches!(
            Document::load(Path::new("/nonexistent/lectern-test")),
            Err(LoadError::NotFound)
        ));
        assert!(matches!(
            Document::load(Path::new("/")),
            Err(LoadError::Directory)
        ));
    }
}
