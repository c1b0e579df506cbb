//! Wrapping: the article's text cut into screen rows, once per width.
//!
//! A row is a byte range into the text, so the text itself is never copied or rewritten;
//! drawing walks the same clusters with [`clusters`] and therefore agrees with wrapping on
//! every cell. Widths come from grapheme clusters, tabs expand to the next stop, and control
//! characters count as the one-cell symbol the view shows in their place.

use std::borrow::Cow;
use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Columns between tab stops.
pub const TAB: usize = 4;

/// One screen row of the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    /// First byte of the row in the text.
    pub start: usize,
    /// One past the row's last byte (a blank row is empty).
    pub end: usize,
    /// Index of the paragraph the row belongs to; a blank row takes the previous one's.
    pub para: usize,
    /// True for the blank row that separates paragraphs.
    pub blank: bool,
}

/// The paragraphs of a text: maximal runs of non-blank lines, as byte ranges.
#[must_use]
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut paras = Vec::new();
    let mut current: Option<Range<usize>> = None;
    for line in lines(text) {
        if is_blank(&text[line.clone()]) {
            if let Some(p) = current.take() {
                paras.push(p);
            }
        } else {
            match current.as_mut() {
                Some(p) => p.end = line.end,
                None => current = Some(line),
            }
        }
    }
    paras.extend(current);
    paras
}

/// The lines of `text` without their `\n` or `\r\n`.
fn lines(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut done = text.is_empty();
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let end = memchr_newline(bytes, start).unwrap_or_else(|| {
            done = true;
            bytes.len()
        });
        let mut line_end = end;
        if line_end > start && bytes.get(line_end - 1) == Some(&b'\r') {
            line_end -= 1;
        }
        let line = start..line_end;
        start = end.saturating_add(1);
        if start > bytes.len() {
            done = true;
        }
        Some(line)
    })
}

fn memchr_newline(bytes: &[u8], from: usize) -> Option<usize> {
    bytes
        .get(from..)?
        .iter()
        .position(|&b| b == b'\n')
        .map(|i| i + from)
}

fn is_blank(line: &str) -> bool {
    line.chars().all(char::is_whitespace)
}

/// What one grapheme cluster looks like on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cluster<'a> {
    /// Byte offset of the cluster in the text.
    pub pos: usize,
    /// Its length in bytes.
    pub len: usize,
    /// What is drawn: the cluster itself, spaces for a tab, a symbol for a control character.
    pub shown: Cow<'a, str>,
    /// Cells it takes.
    pub width: usize,
}

/// The symbol drawn for a control character, so no terminal escape ever reaches the screen.
#[must_use]
pub fn control_symbol(c: char) -> Option<char> {
    let code = u32::from(c);
    match code {
        0x00..=0x1f => char::from_u32(0x2400 + code),
        0x7f => Some('\u{2421}'),
        0x80..=0x9f => Some('\u{fffd}'),
        _ => None,
    }
}

/// Replaces every control character of `s` by its visible symbol.
#[must_use]
pub fn visible(s: &str) -> Cow<'_, str> {
    if s.chars().any(|c| control_symbol(c).is_some()) {
        Cow::Owned(s.chars().map(|c| control_symbol(c).unwrap_or(c)).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// What a cell is to wrapping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CellKind {
    /// A space: rows break after it.
    Space,
    /// A tab: as wide as the way to the next stop.
    Tab,
    /// Anything else.
    Other,
}

/// True for characters that neither extend the cluster before them nor join the next:
/// ASCII, Latin-1 and Latin Extended letters, and general punctuation (dashes, quotes).
#[inline]
fn simple(c: char) -> bool {
    c.is_ascii()
        || matches!(c, '\u{a0}'..='\u{2ff}' | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205e}')
}

/// The cluster at byte `i` of `line` (a char boundary): its length, width and kind.
/// A lone ASCII byte is its own cluster, which spares segmentation for most of a text.
#[inline]
fn cell(line: &str, i: usize) -> (usize, usize, CellKind) {
    let bytes = line.as_bytes();
    let b = bytes[i];
    if b < 0x80 && bytes.get(i + 1).is_none_or(|&n| n < 0x80) {
        return match b {
            b' ' => (1, 1, CellKind::Space),
            b'\t' => (1, 0, CellKind::Tab),
            _ => (1, 1, CellKind::Other),
        };
    }
    let rest = line.get(i..).unwrap_or("");
    let mut chars = rest.chars();
    if let Some(c) = chars.next() {
        // Between two such characters there is always a cluster boundary, so Latin text
        // with accents and typographic punctuation needs no segmentation either.
        if simple(c) && chars.next().is_none_or(simple) {
            return match c {
                ' ' => (1, 1, CellKind::Space),
                '\t' => (1, 0, CellKind::Tab),
                _ if c.is_ascii() => (1, 1, CellKind::Other),
                _ => {
                    let len = c.len_utf8();
                    let width = rest.get(..len).map_or(1, UnicodeWidthStr::width);
                    (len, width, CellKind::Other)
                }
            };
        }
    }
    let g = rest.graphemes(true).next().unwrap_or(rest);
    match g {
        " " => return (1, 1, CellKind::Space),
        "\t" => return (1, 0, CellKind::Tab),
        _ => {}
    }
    let width = if g.chars().any(|c| control_symbol(c).is_some()) {
        visible(g).width()
    } else {
        g.width()
    };
    (g.len().max(1), width, CellKind::Other)
}

/// Walks the clusters of `text[range]`, starting at column `col`, calling `f` with each.
/// `f` returns `false` to stop. The range must lie on char boundaries.
pub fn clusters<'a>(
    text: &'a str,
    range: Range<usize>,
    mut col: usize,
    mut f: impl FnMut(Cluster<'a>) -> bool,
) {
    let Some(line) = text.get(range.clone()) else {
        return;
    };
    let mut i = 0;
    while i < line.len() {
        let (len, width, kind) = cell(line, i);
        let raw = line.get(i..i + len).unwrap_or("");
        let (shown, width): (Cow<'a, str>, usize) = match kind {
            CellKind::Tab => {
                let w = TAB - col % TAB;
                (Cow::Borrowed(&"        "[..w.min(8)]), w)
            }
            CellKind::Space => (Cow::Borrowed(raw), width),
            CellKind::Other => (visible(raw), width),
        };
        col += width;
        let cluster = Cluster {
            pos: range.start + i,
            len,
            shown,
            width,
        };
        if !f(cluster) {
            return;
        }
        i += len;
    }
}

/// The text cut into rows no wider than `width` cells.
#[derive(Debug, Clone, Default)]
pub struct Wrapped {
    /// The width the rows were cut for.
    pub width: usize,
    /// Every row, in order.
    pub rows: Vec<Row>,
}

impl Wrapped {
    /// Wraps `text` at `width` cells (at least one), breaking after spaces when it can.
    #[must_use]
    pub fn new(text: &str, width: usize) -> Self {
        let width = width.max(1);
        let mut rows = Vec::with_capacity(text.len() / width.max(20) + 16);
        let mut para = 0usize;
        let mut in_para = false;
        let mut pending_blank: Option<usize> = None;
        for line in lines(text) {
            if is_blank(&text[line.clone()]) {
                if in_para {
                    pending_blank = Some(line.start);
                    in_para = false;
                }
                continue;
            }
            if let Some(at) = pending_blank.take() {
                rows.push(Row {
                    start: at,
                    end: at,
                    para,
                    blank: true,
                });
                para += 1;
            }
            in_para = true;
            wrap_line(text, line, width, para, &mut rows);
        }
        Self { width, rows }
    }

    /// The row holding byte `pos` (the last row when `pos` lies past the end).
    #[must_use]
    pub fn row_of(&self, pos: usize) -> usize {
        let after = self.rows.partition_point(|r| r.start <= pos);
        let mut row = after.saturating_sub(1);
        // A blank row shares its start with nothing visible; prefer the text row after it.
        if self.rows.get(row).is_some_and(|r| r.blank && r.start < pos) {
            row = (row + 1).min(self.rows.len().saturating_sub(1));
        }
        row
    }

    /// Number of rows.
    #[must_use]
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// True when the text has no visible row.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

fn wrap_line(text: &str, line: Range<usize>, width: usize, para: usize, rows: &mut Vec<Row>) {
    let before = rows.len();
    let mut push = |start: usize, end: usize| {
        rows.push(Row {
            start,
            end,
            para,
            blank: false,
        });
    };
    let Some(slice) = text.get(line.clone()) else {
        return;
    };
    let base = line.start;
    let mut row_start = line.start;
    let mut col = 0usize;
    // Where the row may break: the byte after a run of spaces, and the column there.
    let mut last_break: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < slice.len() {
        let (len, w, kind) = cell(slice, i);
        let pos = base + i;
        i += len;
        let w = if kind == CellKind::Tab {
            TAB - col % TAB
        } else {
            w
        };
        if kind != CellKind::Other {
            if col + w > width {
                push(row_start, pos);
                row_start = pos + len;
                col = 0;
                last_break = None;
            } else {
                col += w;
                last_break = Some((pos + len, col));
            }
            continue;
        }
        if col + w > width && col > 0 {
            match last_break.take() {
                Some((at, at_col)) if at > row_start && at <= pos => {
                    push(row_start, at);
                    row_start = at;
                    col -= at_col;
                }
                _ => {
                    push(row_start, pos);
                    row_start = pos;
                    col = 0;
                }
            }
            if col + w > width && col > 0 {
                push(row_start, pos);
                row_start = pos;
                col = 0;
            }
        }
        col += w;
    }
    if row_start < line.end || rows.len() == before {
        rows.push(Row {
            start: row_start,
            end: line.end,
            para,
            blank: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, w: &Wrapped) -> Vec<&'a str> {
        w.rows.iter().map(|r| &text[r.start..r.end]).collect()
    }

    #[test]
    fn words_move_to_the_next_row_whole() {
        let text = "aaa bbb ccc ddd";
        let w = Wrapped::new(text, 8);
        assert_eq!(texts(text, &w), ["aaa bbb ", "ccc ddd"]);
    }

    #[test]
    fn a_space_before_a_non_ascii_character_is_still_a_break() {
        let text = "aaa «bb» ccc";
        let w = Wrapped::new(text, 9);
        assert_eq!(texts(text, &w), ["aaa «bb» ", "ccc"]);
        let text = "aaaa «b»";
        let w = Wrapped::new(text, 5);
        assert_eq!(texts(text, &w), ["aaaa ", "«b»"]);
    }

    #[test]
    fn fast_paths_cut_clusters_where_segmentation_does() {
        let texts = [
            crate::SAMPLE_TEXT,
            "e\u{301}t\u{e9}\u{301} « a » – b’c 👍🏽x 🇫🇷 a\u{200d}b ञ्ज x\u{308}\u{a0}y",
        ];
        for text in texts {
            let mut ours = Vec::new();
            clusters(text, 0..text.len(), 0, |c| {
                ours.push(c.pos);
                true
            });
            let theirs: Vec<usize> = text.grapheme_indices(true).map(|(i, _)| i).collect();
            assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn a_word_longer_than_the_row_is_cut() {
        let text = "abcdefghij";
        let w = Wrapped::new(text, 4);
        assert_eq!(texts(text, &w), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn paragraphs_are_kept_and_blank_runs_collapse_to_one_row() {
        let text = "one\n\n\n\n\ntwo\nthree\n";
        let w = Wrapped::new(text, 20);
        assert_eq!(texts(text, &w), ["one", "", "two", "three"]);
        assert_eq!(
            w.rows.iter().map(|r| r.para).collect::<Vec<_>>(),
            [0, 0, 1, 1]
        );
        assert!(w.rows[1].blank);
        assert_eq!(paragraphs(text).len(), 2);
    }

    #[test]
    fn wide_characters_take_two_cells() {
        let text = "日本語日本語";
        let w = Wrapped::new(text, 5);
        assert_eq!(texts(text, &w), ["日本", "語日", "本語"]);
    }

    #[test]
    fn combining_accents_stay_with_their_letter() {
        let text = "e\u{301}e\u{301}e\u{301}";
        let w = Wrapped::new(text, 2);
        assert_eq!(texts(text, &w), ["e\u{301}e\u{301}", "e\u{301}"]);
    }

    #[test]
    fn tabs_expand_to_the_next_stop() {
        let mut widths = Vec::new();
        clusters("a\tb", 0..3, 0, |c| {
            widths.push(c.width);
            true
        });
        assert_eq!(widths, [1, 3, 1]);
    }

    #[test]
    fn control_characters_are_shown_as_symbols() {
        let mut shown = String::new();
        let s = "a\u{1b}[31m\u{9b}b";
        clusters(s, 0..s.len(), 0, |c| {
            shown.push_str(&c.shown);
            true
        });
        assert!(!shown.contains('\u{1b}'));
        assert!(!shown.contains('\u{9b}'));
        assert!(shown.starts_with("a\u{241b}[31m"));
    }

    #[test]
    fn rows_never_exceed_the_width() {
        let text = lectern_sample();
        for width in [1, 2, 7, 13, 40, 76] {
            let w = Wrapped::new(text, width);
            for r in &w.rows {
                let mut cells = 0;
                clusters(text, r.start..r.end, 0, |c| {
                    cells += c.width;
                    true
                });
                assert!(
                    cells <= width,
                    "{cells} > {width}: {:?}",
                    &text[r.start..r.end]
                );
            }
        }
    }

    #[test]
    fn every_byte_of_text_is_in_a_row_or_a_break() {
        let text = lectern_sample();
        let w = Wrapped::new(text, 30);
        let covered: usize = w.rows.iter().map(|r| r.end - r.start).sum();
        let visible = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(char::len_utf8)
            .sum::<usize>();
        let in_rows: usize = w
            .rows
            .iter()
            .map(|r| {
                text[r.start..r.end]
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .map(char::len_utf8)
                    .sum::<usize>()
            })
            .sum();
        assert_eq!(in_rows, visible);
        assert!(covered <= text.len());
    }

    #[test]
    fn row_of_finds_the_row_of_a_byte() {
        let text = "aaa bbb ccc ddd";
        let w = Wrapped::new(text, 8);
        assert_eq!(w.row_of(0), 0);
        assert_eq!(w.row_of(9), 1);
        assert_eq!(w.row_of(1000), 1);
    }

    #[test]
    fn empty_and_hostile_texts_do_not_panic() {
        for text in [
            "", "\n", "\n\n\n", "\r\n", "\t\t\t", "\u{1b}", " ", "a\u{0}b",
        ] {
            for width in [0, 1, 3] {
                let _ = Wrapped::new(text, width);
            }
        }
    }

    fn lectern_sample() -> &'static str {
        crate::SAMPLE_TEXT
    }
}
