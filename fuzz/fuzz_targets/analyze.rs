//! Extraction and language detection on whatever loading lets through, in both languages:
//! no panic, and every span on char boundaries, in order, inside the text.
#![no_main]

use lectern::document::Document;
use lectern::extract::{analyze, detect_language, Lang, Span};
use libfuzzer_sys::fuzz_target;

fn check(text: &str, span: Span) {
    assert!(span.start <= span.end && span.end <= text.len(), "{span:?} outside the text");
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{span:?} splits a character"
    );
}

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = Document::from_bytes(data) else {
        return;
    };
    std::hint::black_box(detect_language(&doc.text));
    for lang in [Lang::Fr, Lang::En] {
        let analysis = analyze(&doc.text, lang);
        let mentions = analysis.mentions();
        for pair in mentions.windows(2) {
            assert!(pair[0].0.start <= pair[1].0.start, "mentions out of order");
        }
        for (span, _) in &mentions {
            check(&doc.text, *span);
        }
        for quote in &analysis.quotes {
            check(&doc.text, quote.span);
            if let Some(cue) = quote.cue {
                check(&doc.text, cue);
            }
        }
    }
});
