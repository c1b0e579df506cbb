//! Drawing whatever loading lets through, at any size, after any keys: no panic, and no
//! control character, escape or bidi control in a cell.
#![no_main]

use lectern::document::Document;
use lectern::extract::{analyze, Lang};
use lectern::tui::app::{update, Action, Options, Panel, State};
use lectern::tui::view;
use libfuzzer_sys::fuzz_target;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

const KEYS: &[Action] = &[
    Action::Down, Action::Up, Action::Next, Action::Prev, Action::NextEntity,
    Action::PrevEntity, Action::PageDown, Action::PageUp, Action::Top, Action::Bottom,
    Action::FocusNext, Action::FocusPrev, Action::FocusPanel(Panel::Quotations), Action::Activate,
    Action::Help, Action::Escape, Action::FocusMode, Action::SearchStart,
    Action::SearchInput('a'), Action::SearchInput('é'), Action::SearchBackspace,
    Action::SearchSubmit, Action::Scroll(3), Action::Scroll(-3),
];

fn draw(state: &State, width: u16, height: u16) {
    let mut buf = Buffer::empty(Rect::new(0, 0, width, height));
    view::draw(state, &mut buf);
    for cell in buf.content() {
        for c in cell.symbol().chars() {
            assert!(
                !c.is_control() && !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'),
                "{c:?} reached a cell"
            );
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let [w, h, n, rest @ ..] = data else { return };
    let (mut width, mut height) = (1 + u16::from(*w) % 160, 1 + u16::from(*h) % 60);
    let (keys, bytes) = rest.split_at(usize::from(n % 32).min(rest.len()));
    let Ok(doc) = Document::from_bytes(bytes) else { return };
    let lang = if n & 0x80 == 0 { Lang::Fr } else { Lang::En };
    let analysis = analyze(&doc.text, lang);
    let mut state = State::new("fuzz", lang, doc.text, Some(analysis), Options::default(), (width, height));
    draw(&state, width, height);
    for pair in keys.chunks(2) {
        let action = match pair {
            [k, arg] if usize::from(*k) % 40 >= KEYS.len() + 2 => {
                width = 1 + u16::from(*arg) % 160;
                height = 1 + u16::from(*k) % 60;
                Action::Resize(width, height)
            }
            [k, arg] if usize::from(*k) % 40 >= KEYS.len() => {
                Action::Click(u16::from(*arg) % width.max(1), u16::from(*k) % height.max(1))
            }
            [k, ..] => KEYS[usize::from(*k) % 40 % KEYS.len()],
            [] => continue,
        };
        update(&mut state, action);
        if state.quit {
            return;
        }
        draw(&state, width, height);
    }
});
