//! lectern: a terminal reader for news articles.
//!
//! The library holds everything but argument parsing: [`document`] turns bytes into
//! sanitised text, [`extract`] turns text into an [`extract::Analysis`], and the reader
//! draws both. Data flows one way: bytes → document → analysis → reader state → frame.

pub mod document;
pub mod extract;

/// The sample article shipped with lectern, shown when no file is given.
pub const SAMPLE_NAME: &str = "kim-poutine-fr.txt";
/// The sample article's bytes, embedded in the binary.
pub const SAMPLE: &[u8] = include_bytes!("../assets/samples/kim-poutine-fr.txt");
/// The sample article as text (it is valid UTF-8).
pub const SAMPLE_TEXT: &str = include_str!("../assets/samples/kim-poutine-fr.txt");

pub mod export;
pub mod tui;
