//! Properties of loading and extraction on arbitrary input: nothing panics, no control
//! character survives, offsets map back into the input in order, spans lie on character
//! boundaries, and the byte offsets `lectern extract` prints give back the words of the file.

use lectern::document::{Document, LoadError};
use lectern::export::FileReport;
use lectern::extract::{analyze, Analysis, Entity, EntityKind, Lang, Span};
use proptest::prelude::*;

/// A character that may act on a terminal or reorder what it shows.
fn forbidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
}

/// A character sanitising may have put in place of something else.
fn maybe_rewritten(c: char) -> bool {
    matches!(c, '\n' | '\u{FFFD}' | '\u{2400}'..='\u{2421}')
}

/// Controls that count towards refusing a file as binary.
fn binary_controls(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B)) || b == 0x7F)
        .count()
}

/// Pieces of news prose, names lectern knows among them.
const WORDS: &[&str] = &[
    "Vladimir Poutine",
    "Kim Jong-un",
    "Emmanuel Macron",
    "Moscou",
    "Paris",
    "Pyongyang",
    "le Kremlin",
    "l'ONU",
    "a déclaré",
    "« Nous sommes alliés »,",
    "\"We are allies,\" said",
    "président",
    "été",
    "reçu",
    "à",
    "mardi.",
    "Séoul 서울",
    "LA GUERRE KİLİS-ANKARA",
    "le match Lyon-Saint-Étienne",
    "the Russia-Ukraine war",
    "SAN FRANCISCO (AP) —",
    "👨\u{200D}👩\u{200D}👧",
    "e\u{301}",
    "مرحبا",
    "\t",
];

/// Things a hostile document slips between its words.
const PAYLOADS: &[&str] = &[
    "\x1b[31m",
    "\x1b[0m",
    "\x1b[2J",
    "\x1b]0;title\x07",
    "\x1b]52;c;ZXZpbA==\x1b\\",
    "\x1b]8;;https://x.example\x1b\\",
    "\x1bPq#0~\x1b\\",
    "\x1b_apc\x1b\\",
    "\x1bc",
    "\x1b(B",
    "\x1b",
    "\x1b[",
    "\x1b]2;unterminated",
    "\u{9b}1m",
    "\u{9d}0;t\u{9c}",
    "\u{85}",
    "\u{90}",
    "\u{202E}",
    "\u{2066}",
    "\u{2069}",
    "\u{2028}",
    "\r\n",
    "\r",
    "\n",
    "\n\n",
    "\x07",
    "\x08",
    "\x7f",
];

/// Pieces of escape sequences and encodings, glued with no separator.
const FRAGMENTS: &[&[u8]] = &[
    b"\x1b",
    b"[",
    b"]",
    b"P",
    b"_",
    b"^",
    b"X",
    b"\\",
    b"\x07",
    b"\x18",
    b"0;",
    b"52;c;",
    b"31",
    b";",
    b"m",
    b"?",
    b"(",
    b"#",
    b" ",
    b"\r",
    b"\n",
    b"a",
    b"\xc2\x9b",
    b"\xc2\x9c",
    b"\xc2\x9d",
    b"\xc2\x85",
    b"\xc2\xa0",
    b"\xe2\x80\xae",
    b"\xe2\x81\xa6",
    b"\xe2\x80\xa8",
    b"\xc3\xa9",
    b"\xe9",
    b"\x9b",
    b"\xff",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\x00",
    b"\xf0\x9f\x99\x82",
    b"\x7f",
];

fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(WORDS),
        1 => proptest::sample::select(PAYLOADS),
    ];
    proptest::collection::vec(piece, 0..80).prop_map(|pieces| pieces.join(" "))
}

/// Every check that holds for any loaded document.
fn check_document(input: &[u8], doc: &Document) {
    if let Some(c) = doc.text.chars().find(|&c| forbidden(c)) {
        panic!("{c:?} reached the text {:?}", doc.text);
    }
    assert_eq!(doc.source_len(), input.len());
    let mut previous = 0;
    for (i, _) in doc
        .text
        .char_indices()
        .chain(std::iter::once((doc.text.len(), ' ')))
    {
        let start = doc.source_offset(i);
        let end = doc.source_end(i);
        assert!(start <= input.len(), "offset {i} maps outside the input");
        assert!(end <= start, "offset {i}: end {end} after start {start}");
        assert!(start >= previous, "offset {i} maps backwards");
        previous = start;
    }
    let encoding = encoding_rs::Encoding::for_label(doc.encoding.as_bytes()).unwrap();
    if encoding.is_single_byte() || matches!(doc.encoding, "UTF-8" | "UTF-16LE" | "UTF-16BE") {
        for (i, c) in doc.text.char_indices() {
            if maybe_rewritten(c) {
                continue;
            }
            let (s, e) = doc.source_range(i, i + c.len_utf8());
            let (back, _) = encoding.decode_without_bom_handling(&input[s..e]);
            assert_eq!(back.chars().collect::<Vec<_>>(), [c], "char at {i}");
        }
    }
}

fn check_span(text: &str, span: Span) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{span:?} outside"
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{span:?} splits a character"
    );
}

fn check_analysis(text: &str, analysis: &Analysis) {
    let mentions = analysis.mentions();
    for pair in mentions.windows(2) {
        assert!(pair[0].0 <= pair[1].0, "mentions out of order");
    }
    for kind in EntityKind::ALL {
        for entity in analysis.entities(kind) {
            for pair in entity.mentions.windows(2) {
                assert!(pair[0] <= pair[1], "{} mentions out of order", entity.name);
            }
            for &m in &entity.mentions {
                check_span(text, m);
            }
        }
    }
    for pair in analysis.quotes.windows(2) {
        assert!(
            pair[0].span.start <= pair[1].span.start,
            "quotes out of order"
        );
    }
    for quote in &analysis.quotes {
        check_span(text, quote.span);
        if let Some(cue) = quote.cue {
            check_span(text, cue);
        }
    }
}

/// For UTF-8 input: every span of the report reads, in the input, as the text it came from,
/// unless loading rewrote something inside it.
fn check_report_words(input: &[u8], doc: &Document, analysis: &Analysis) -> usize {
    let report = FileReport::new("input", Lang::Fr, doc, analysis);
    let mut checked = 0;
    let lists = [
        (&analysis.people, &report.people),
        (&analysis.places, &report.places),
        (&analysis.organizations, &report.organizations),
    ];
    let mut pairs: Vec<(Span, Span)> = Vec::new();
    for (entities, reported) in lists {
        assert_eq!(entities.len(), reported.len());
        for (e, r) in entities.iter().zip(reported.iter()) {
            pairs.extend(e.mentions.iter().copied().zip(r.mentions.iter().copied()));
        }
    }
    for (q, r) in analysis.quotes.iter().zip(&report.quotes) {
        pairs.push((q.span, Span::new(r.start, r.end)));
    }
    for (in_text, in_file) in pairs {
        let words = &doc.text[in_text.start..in_text.end];
        let from_file = std::str::from_utf8(&input[in_file.start..in_file.end])
            .unwrap_or_else(|e| panic!("{in_file:?} splits a character of the input: {e}"));
        if words.chars().any(maybe_rewritten)
            || from_file.chars().any(|c| c == '\r' || forbidden(c))
        {
            continue;
        }
        assert_eq!(from_file, words, "{in_text:?} → {in_file:?}");
        checked += 1;
    }
    checked
}

/// Every maximal run of letters and digits of `text`, as spans.
fn words_of(text: &str) -> Vec<Span> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push(Span::new(s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push(Span::new(s, text.len()));
    }
    words
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_load_safely(input in proptest::collection::vec(any::<u8>(), 0..1024)) {
        match Document::from_bytes(&input) {
            Ok(doc) => check_document(&input, &doc),
            Err(LoadError::Binary(_)) => {}
            Err(e) => panic!("unexpected error {e}"),
        }
    }

    #[test]
    fn arbitrary_strings_load_safely(input in any::<String>()) {
        let bytes = input.as_bytes();
        match Document::from_bytes(bytes) {
            Ok(doc) => check_document(bytes, &doc),
            Err(LoadError::Binary(_)) => {
                prop_assert!(input.contains('\0') || binary_controls(bytes) >= 8);
            }
            Err(e) => panic!("unexpected error {e}"),
        }
    }

    #[test]
    fn escape_fragments_glued_together_load_safely(
        input in proptest::collection::vec(proptest::sample::select(FRAGMENTS), 0..64)
    ) {
        let bytes = input.concat();
        match Document::from_bytes(&bytes) {
            Ok(doc) => check_document(&bytes, &doc),
            Err(LoadError::Binary(_)) => {}
            Err(e) => panic!("unexpected error {e}"),
        }
    }

    #[test]
    fn hostile_prose_loads_and_its_words_map_back(input in hostile_text()) {
        let bytes = input.as_bytes();
        let doc = match Document::from_bytes(bytes) {
            Ok(doc) => doc,
            Err(LoadError::Binary(_)) => {
                prop_assert!(binary_controls(bytes) * 16 > bytes.len());
                return Ok(());
            }
            Err(e) => panic!("unexpected error {e}"),
        };
        check_document(bytes, &doc);
        for word in words_of(&doc.text) {
            let (s, e) = doc.source_range(word.start, word.end);
            prop_assert_eq!(&bytes[s..e], &doc.text.as_bytes()[word.start..word.end]);
        }
    }

    #[test]
    fn hand_made_mentions_map_back_through_the_report(input in hostile_text()) {
        let bytes = input.as_bytes();
        let Ok(doc) = Document::from_bytes(bytes) else { return Ok(()) };
        let analysis = Analysis {
            people: vec![Entity {
                kind: EntityKind::Person,
                name: "every word".into(),
                aliases: Vec::new(),
                mentions: words_of(&doc.text),
                gender: None,
            }],
            ..Analysis::default()
        };
        let words = analysis.people[0].mentions.len();
        prop_assert_eq!(check_report_words(bytes, &doc, &analysis), words);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn analysis_spans_lie_on_boundaries_in_order(input in hostile_text(), english in any::<bool>()) {
        let doc = Document::from_bytes(input.as_bytes());
        let Ok(doc) = doc else { return Ok(()) };
        let lang = if english { Lang::En } else { Lang::Fr };
        let analysis = analyze(&doc.text, lang);
        check_analysis(&doc.text, &analysis);
        check_report_words(input.as_bytes(), &doc, &analysis);
    }

    #[test]
    fn analysis_of_arbitrary_text_never_panics(input in any::<String>(), english in any::<bool>()) {
        let lang = if english { Lang::En } else { Lang::Fr };
        check_analysis(&input, &analyze(&input, lang));
    }
}

#[test]
fn extraction_offsets_give_back_the_names_of_a_hostile_file() {
    // Not random: makes sure the report check above sees real mentions, not none.
    let input =
        "\x1b]0;t\x07Vladimir Poutine a reçu Kim Jong-un au \x1b[1mKremlin\x1b[0m, à Moscou.\r\n\
                 « Nous sommes alliés », a déclaré \u{202E}Vladimir Poutine.\r\n";
    let doc = Document::from_bytes(input.as_bytes()).unwrap();
    let analysis = analyze(&doc.text, Lang::Fr);
    assert!(check_report_words(input.as_bytes(), &doc, &analysis) >= 3);
}

/// Not random: every word of the sample, and words that open names, as the last word of a
/// text, alone and after another word, in both languages. Rules look at the words after
/// the one they read; at the end of the text there are none ("We read The" once panicked).
#[test]
fn texts_ending_in_any_word_of_the_sample_or_a_name_opener_never_panic() {
    let sample = include_str!("../assets/samples/kim-poutine-fr.txt");
    let mut words: Vec<&str> = sample
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '«' | '»' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .collect();
    words.extend([
        "The",
        "the",
        "Le",
        "La",
        "De",
        "Van",
        "Air",
        "Fort",
        "Port",
        "St",
        "Hurricane",
        "M",
        "M.",
        "Mme",
        "Dr",
        "Dr.",
        "Mr.",
        "Sen.",
        "Saint",
        "saint",
        "New",
        "AS",
        "FC",
        "Prix",
        "ministre",
        "mission",
        "chef",
        "Nancy-Lorraine",
        "Val-Saint-Hilaire",
        "celui",
        "-",
        "'",
        "l'",
        "d'",
        "&",
        "+",
        "II",
        "IV",
    ]);
    // Every title and organisation head word of the lists, the words most rules start from.
    for list in [
        include_str!("../assets/lists/titles.tsv"),
        include_str!("../assets/lists/org-heads.tsv"),
    ] {
        words.extend(
            list.lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split('\t').next()),
        );
    }
    words.sort_unstable();
    words.dedup();
    assert!(words.len() > 900, "{} words", words.len());
    for w in words {
        for text in [w.to_owned(), format!("Il lit {w}"), format!("x {w} {w}")] {
            for lang in [Lang::Fr, Lang::En] {
                check_analysis(&text, &analyze(&text, lang));
            }
        }
    }
}
