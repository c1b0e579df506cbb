//! Every hostile fixture drawn by the reader's real view through `TestBackend`, at several
//! sizes and after the keys a reader presses (help and search popups included, over wide
//! characters): no control character, escape, C1 control or bidi control reaches a cell, and
//! a frame drawn over the previous one leaves no debris (it equals the same frame drawn on a
//! clean screen).

use std::path::Path;

use lectern::document::Document;
use lectern::extract::{analyze, detect_language};
use lectern::tui::app::{update, Action, Options, Panel, State};
use lectern::tui::view;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::Terminal;

/// A character that may act on a terminal or reorder what it shows.
fn forbidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}'
        )
}

const KEYS: &[Action] = &[
    Action::NextEntity,
    Action::PageDown,
    Action::FocusPanel(Panel::People),
    Action::Down,
    Action::Activate,
    Action::Next,
    Action::Help,
    Action::Down,
    Action::Escape,
    Action::FocusPanel(Panel::Quotations),
    Action::Activate,
    Action::SearchStart,
    Action::SearchInput('e'),
    Action::SearchInput('字'),
    Action::SearchBackspace,
    Action::SearchSubmit,
    Action::Next,
    Action::Bottom,
    Action::Help,
    Action::Escape,
    Action::Scroll(-3),
    Action::FocusMode,
    Action::Top,
    Action::Resize(61, 17),
    Action::Help,
];

const SIZES: &[(u16, u16)] = &[(80, 24), (40, 12), (132, 40), (33, 10), (20, 6)];

fn check(name: &str, terminal: &Terminal<TestBackend>, screen: &Screen, state: &State, when: &str) {
    let shown = terminal.backend().buffer();
    for (i, cell) in shown.content().iter().enumerate() {
        if let Some(c) = cell.symbol().chars().find(|&c| forbidden(c)) {
            panic!("{name} {when}: {c:?} in cell {i}:\n{}", terminal.backend());
        }
    }
    let mut fresh = Screen::new(shown.area.width, shown.area.height);
    let mut clean = Buffer::empty(shown.area);
    view::draw(state, &mut clean);
    fresh.apply(&Buffer::empty(shown.area), &clean);
    if let Some(i) = (0..screen.cells.len()).find(|&i| screen.cells[i] != fresh.cells[i]) {
        let w = usize::from(screen.width.max(1));
        panic!(
            "{name} {when}: debris at x {} y {}: {:?} where a clean screen shows {:?}:\n{}",
            i % w,
            i / w,
            screen.cells[i],
            fresh.cells[i],
            terminal.backend()
        );
    }
}

/// What a terminal shows: the frame-to-frame updates ratatui sends, applied the way a
/// terminal applies them (a wide character covers the cells after it; writing over either
/// half of a wide character blanks the whole of it). `TestBackend` keeps the old symbol
/// under a wide character, which a terminal does not show, so it cannot tell debris alone.
struct Screen {
    width: u16,
    /// Each cell's symbol; `None` for a cell covered by the wide character before it.
    cells: Vec<Option<String>>,
}

impl Screen {
    fn new(width: u16, height: u16) -> Self {
        Self {
            width,
            cells: vec![Some(" ".to_owned()); usize::from(width) * usize::from(height)],
        }
    }

    fn blank_wide_at(&mut self, i: usize) {
        let w = usize::from(self.width.max(1));
        let row_start = i - i % w;
        // Find the character covering cell i and blank all of its cells.
        let mut lead = i;
        while lead > row_start && self.cells[lead].is_none() {
            lead -= 1;
        }
        self.cells[lead] = Some(" ".to_owned());
        let mut k = lead + 1;
        while k < row_start + w && self.cells[k].is_none() {
            self.cells[k] = Some(" ".to_owned());
            k += 1;
        }
    }

    fn put(&mut self, x: u16, y: u16, symbol: &str) {
        let w = usize::from(self.width.max(1));
        let i = usize::from(y) * w + usize::from(x);
        let cw = unicode_width::UnicodeWidthStr::width(symbol).max(1);
        let end = (i + cw).min(i - i % w + w);
        for k in i..end {
            self.blank_wide_at(k);
        }
        self.cells[i] = Some(symbol.to_owned());
        for k in i + 1..end {
            self.cells[k] = None;
        }
    }

    /// Sends the updates from `prev` to `next`, as `Terminal::draw` does.
    fn apply(&mut self, prev: &Buffer, next: &Buffer) {
        for (x, y, cell) in prev.diff(next) {
            self.put(x, y, cell.symbol());
        }
    }
}

#[test]
fn hostile_fixtures_draw_without_control_characters_or_debris() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    let mut drawn = 0;
    let mut fixtures = 0;
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures directory")
        .map(|e| e.expect("directory entry").path())
        .collect();
    paths.sort();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name == "make.py" {
            continue;
        }
        // Binary files are refused before the reader opens: nothing to draw.
        let Ok(doc) = Document::load(&path) else {
            continue;
        };
        fixtures += 1;
        let lang = detect_language(&doc.text);
        let analysis = analyze(&doc.text, lang);
        for &(width, height) in SIZES {
            let mut state = State::new(
                name.as_str(),
                lang,
                doc.text.clone(),
                Some(analysis.clone()),
                Options::default(),
                (width, height),
            );
            state.load_notes = doc.notes();
            state.empty = doc.is_empty();
            let mut terminal =
                Terminal::new(TestBackend::new(width, height)).expect("test backend");
            let mut screen = Screen::new(width, height);
            let mut prev = Buffer::empty(Rect::new(0, 0, width, height));
            let mut frame = |terminal: &mut Terminal<TestBackend>,
                             screen: &mut Screen,
                             state: &State,
                             when: &str| {
                terminal
                    .draw(|f| view::draw(state, f.buffer_mut()))
                    .expect("draw");
                let next = terminal.backend().buffer().clone();
                let mut drawn = Buffer::empty(next.area);
                view::draw(state, &mut drawn);
                if prev.area != drawn.area {
                    prev = Buffer::empty(drawn.area);
                }
                screen.apply(&prev, &drawn);
                prev = drawn;
                check(&name, terminal, screen, state, when);
            };
            frame(
                &mut terminal,
                &mut screen,
                &state,
                &format!("{width}x{height} opening"),
            );
            for &key in KEYS {
                update(&mut state, key);
                if let Action::Resize(w, h) = key {
                    // A resize clears the screen: the next frame is drawn from nothing.
                    terminal.backend_mut().resize(w, h);
                    terminal.resize(Rect::new(0, 0, w, h)).expect("resize");
                    screen = Screen::new(w, h);
                }
                frame(
                    &mut terminal,
                    &mut screen,
                    &state,
                    &format!("{width}x{height} after {key:?}"),
                );
            }
            drawn += 1;
        }
    }
    assert!(fixtures >= 20, "only {fixtures} fixtures loaded");
    assert_eq!(drawn, fixtures * SIZES.len());
}

#[test]
fn the_screen_model_blanks_what_a_terminal_blanks() {
    let mut screen = Screen::new(4, 1);
    screen.put(1, 0, "字");
    assert_eq!(
        screen.cells,
        [Some(" ".into()), Some("字".into()), None, Some(" ".into())]
    );
    // Writing over the second half of a wide character erases all of it.
    screen.put(2, 0, "a");
    assert_eq!(
        screen.cells,
        [
            Some(" ".into()),
            Some(" ".into()),
            Some("a".into()),
            Some(" ".into())
        ]
    );
}
