//! Snapshots of the reader on the sample article, at three sizes, with and without colour.
//!
//! The text snapshots show what is on screen; the `styles` snapshots also record every
//! style change, so a highlight that disappears or changes kind fails the test.

use insta::{assert_debug_snapshot, assert_snapshot};
use lectern::document::Document;
use lectern::extract::{analyze, Lang};
use lectern::tui::app::{update, Action, Options, Panel, State};
use lectern::tui::{fixture, view};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn sample(width: u16, height: u16, color: bool) -> State {
    let text = lectern::SAMPLE_TEXT;
    State::new(
        lectern::SAMPLE_NAME,
        Lang::Fr,
        text,
        Some(fixture::analysis(text)),
        Options { color, mouse: true },
        (width, height),
    )
}

fn render(state: &State) -> Terminal<TestBackend> {
    let g = state.geometry.screen;
    let mut terminal = Terminal::new(TestBackend::new(g.width, g.height)).expect("test backend");
    terminal
        .draw(|f| view::draw(state, f.buffer_mut()))
        .expect("draw");
    terminal
}

/// The sample after selecting the Choïgu person and jumping to its second mention.
fn reading(width: u16, height: u16, color: bool) -> State {
    let mut s = sample(width, height, color);
    update(&mut s, Action::FocusPanel(Panel::People));
    for _ in 0..3 {
        update(&mut s, Action::Down);
    }
    update(&mut s, Action::Activate);
    update(&mut s, Action::Next);
    s
}

macro_rules! sizes {
    ($($name:ident: $w:expr, $h:expr;)*) => {$(
        mod $name {
            use super::*;

            #[test]
            fn opening_screen() {
                assert_snapshot!(render(&sample($w, $h, true)).backend());
            }

            #[test]
            fn reading_a_person() {
                assert_snapshot!(render(&reading($w, $h, true)).backend());
            }

            #[test]
            fn reading_a_person_styles_in_colour() {
                assert_debug_snapshot!(render(&reading($w, $h, true)).backend().buffer());
            }

            #[test]
            fn reading_a_person_styles_without_colour() {
                assert_debug_snapshot!(render(&reading($w, $h, false)).backend().buffer());
            }

            #[test]
            fn help_screen() {
                let mut s = sample($w, $h, false);
                update(&mut s, Action::Help);
                assert_snapshot!(render(&s).backend());
            }
        }
    )*};
}

sizes! {
    wide_120x40: 120, 40;
    standard_80x24: 80, 24;
    small_40x12: 40, 12;
}

#[test]
fn a_tiny_terminal_says_it_is_too_small() {
    let s = sample(20, 6, true);
    let t = render(&s);
    let shown = format!("{}", t.backend());
    assert!(shown.contains("too small"), "{shown}");
}

#[test]
fn searching_highlights_the_matches() {
    let mut s = sample(80, 24, true);
    update(&mut s, Action::SearchStart);
    for c in "corée du".chars() {
        update(&mut s, Action::SearchInput(c));
    }
    assert_snapshot!("search_prompt", render(&s).backend());
    update(&mut s, Action::SearchSubmit);
    update(&mut s, Action::Next);
    assert_debug_snapshot!("search_matches_styles", render(&s).backend().buffer());
}

#[test]
fn focus_mode_dims_other_paragraphs() {
    let mut s = reading(120, 40, false);
    update(&mut s, Action::FocusMode);
    assert_debug_snapshot!(render(&s).backend().buffer());
}

/// A reader on a hostile fixture, set up the way `lectern FILE` sets it up.
fn fixture(name: &str, width: u16, height: u16) -> State {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/hostile")
        .join(name);
    let doc = Document::load(&path).expect("fixture loads");
    let analysis = analyze(&doc.text, Lang::Fr);
    let mut s = State::new(
        name,
        Lang::Fr,
        doc.text.clone(),
        Some(analysis),
        Options::default(),
        (width, height),
    );
    s.load_notes = doc.notes();
    s.empty = doc.is_empty();
    s
}

fn status_row(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    let y = buf.area.height - 1;
    (0..buf.area.width)
        .map(|x| buf[(x, y)].symbol().to_owned())
        .collect()
}

#[test]
fn a_damaged_file_says_so_in_the_status_line() {
    let s = fixture("invalid-utf8.txt", 120, 20);
    assert!(!s.load_notes.is_empty(), "the fixture is damaged");
    let t = render(&s);
    let status = status_row(&t);
    assert!(status.contains("invalid UTF-8"), "{status}");
    assert!(status.contains("?:help"), "the keys stay in view: {status}");
    assert_snapshot!(t.backend());
}

#[test]
fn a_legacy_file_says_how_it_was_read() {
    let t = render(&fixture("windows-1252-fr.txt", 120, 20));
    let status = status_row(&t);
    assert!(status.contains("read as windows-1252"), "{status}");
}

#[test]
fn a_clean_file_has_no_note() {
    let t = render(&sample(120, 40, true));
    let status = status_row(&t);
    assert!(
        !status.contains("invalid") && !status.contains("read as"),
        "{status}"
    );
}

#[test]
fn an_empty_file_opens_as_an_empty_document() {
    let s = fixture("empty.txt", 80, 24);
    assert!(s.empty);
    let t = render(&s);
    let shown = format!("{}", t.backend());
    assert!(shown.contains("empty document"), "{shown}");
    assert_snapshot!(t.backend());
}
