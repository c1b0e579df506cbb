//! Loading and sanitising arbitrary bytes: no panic, no control character left in the text,
//! and offsets that map back inside the input in order.
#![no_main]

use lectern::document::Document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = Document::from_bytes(data) else {
        return;
    };
    for c in doc.text.chars() {
        assert!(
            !c.is_control() || c == '\n' || c == '\t',
            "control {c:?} left in the text"
        );
        assert!(
            !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'),
            "bidi control {c:?} left in the text"
        );
    }
    let mut last = 0;
    for (i, _) in doc.text.char_indices().chain([(doc.text.len(), ' ')]) {
        let start = doc.source_offset(i);
        let end = doc.source_end(i);
        assert!(start <= data.len() && end <= start, "offsets out of order at {i}");
        assert!(start >= last, "source offsets go backwards at {i}");
        last = start;
    }
});
