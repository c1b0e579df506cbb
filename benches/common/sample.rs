//! Big articles for the benchmarks: the sample repeated.

/// The sample article repeated to about `size` bytes, cut at a paragraph.
pub fn text_of(size: usize) -> String {
    let mut text = String::with_capacity(size + lectern::SAMPLE_TEXT.len());
    while text.len() < size {
        text.push_str(lectern::SAMPLE_TEXT);
        text.push_str("\n\n");
    }
    text
}
