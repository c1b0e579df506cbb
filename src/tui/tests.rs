//! `update` tests: one per default binding, each pressing every key of its binding, and a
//! check that no binding of the table goes untested.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers};

use super::app::{update, Action, Focus, Options, Panel, State};
use super::fixture;
use super::keys::{action_for, context, Context, BINDINGS};
use super::search::find_all;
use crate::extract::{EntityKind, EntityRef, Lang, Span};

fn sample_at(width: u16, height: u16) -> State {
    let text = crate::SAMPLE_TEXT;
    State::new(
        "sample",
        Lang::Fr,
        text,
        Some(fixture::analysis(text)),
        Options::default(),
        (width, height),
    )
}

fn sample() -> State {
    sample_at(80, 24)
}

fn press(s: &mut State, key: KeyEvent) {
    if let Some(a) = action_for(s, key) {
        update(s, a);
    }
}

fn choigu() -> EntityRef {
    EntityRef {
        kind: EntityKind::Person,
        index: 3,
    }
}

/// Calls `check` once per key bound to `action` in `ctx`, each time on a fresh state made
/// by `setup`, after pressing that key.
fn each_key(
    ctx: Context,
    action: Action,
    setup: impl Fn() -> State,
    check: impl Fn(&State, &State),
) {
    let binding = BINDINGS
        .iter()
        .find(|b| b.context == ctx && b.action == action)
        .expect("binding exists");
    for key in binding.keys {
        let before = setup();
        assert_eq!(context(&before), ctx, "setup puts the reader in {ctx:?}");
        let mut after = before.clone();
        press(&mut after, KeyEvent::new(key.code, key.mods));
        check(&before, &after);
    }
}

fn selected_person(s: &State) -> State {
    let mut s = s.clone();
    update(&mut s, Action::FocusPanel(Panel::People));
    for _ in 0..3 {
        update(&mut s, Action::Down);
    }
    s
}

fn in_prompt() -> State {
    let mut s = sample();
    update(&mut s, Action::SearchStart);
    for c in "russie".chars() {
        update(&mut s, Action::SearchInput(c));
    }
    s
}

fn in_help() -> State {
    let mut s = sample_at(80, 24);
    update(&mut s, Action::Help);
    s
}

#[test]
fn tab_focuses_the_next_pane() {
    each_key(Context::Reader, Action::FocusNext, sample, |_, s| {
        assert_eq!(s.focus, Focus::Panel(Panel::People));
    });
}

#[test]
fn shift_tab_focuses_the_previous_pane() {
    each_key(Context::Reader, Action::FocusPrev, sample, |_, s| {
        assert_eq!(s.focus, Focus::Panel(Panel::Quotations));
    });
}

fn digit_focuses(panel: Panel) {
    each_key(
        Context::Reader,
        Action::FocusPanel(panel),
        sample,
        |_, s| {
            assert_eq!(s.focus, Focus::Panel(panel));
            assert_eq!(s.tab, panel);
            if let Some(kind) = panel.kind() {
                assert_eq!(s.selected, Some(EntityRef { kind, index: 0 }));
            }
        },
    );
}

#[test]
fn one_focuses_people() {
    digit_focuses(Panel::People);
}

#[test]
fn two_focuses_places() {
    digit_focuses(Panel::Places);
}

#[test]
fn three_focuses_organisations() {
    digit_focuses(Panel::Organisations);
}

#[test]
fn four_focuses_quotations() {
    digit_focuses(Panel::Quotations);
}

#[test]
fn j_moves_down_in_a_panel_and_scrolls_the_article() {
    each_key(Context::Reader, Action::Down, sample, |_, s| {
        assert_eq!(s.top, 1, "the article scrolls one row");
    });
    each_key(
        Context::Reader,
        Action::Down,
        || {
            let mut s = sample();
            update(&mut s, Action::FocusPanel(Panel::People));
            s
        },
        |_, s| {
            assert_eq!(s.panel_sel[0], 1);
            assert_eq!(s.selected.map(|r| r.index), Some(1));
            assert_eq!(s.top, 0, "the article stays");
        },
    );
}

#[test]
fn k_moves_up_in_a_panel_and_scrolls_the_article() {
    each_key(
        Context::Reader,
        Action::Up,
        || {
            let mut s = sample();
            update(&mut s, Action::Scroll(5));
            s
        },
        |_, s| assert_eq!(s.top, 4),
    );
    each_key(
        Context::Reader,
        Action::Up,
        || selected_person(&sample()),
        |_, s| assert_eq!(s.panel_sel[0], 2),
    );
}

#[test]
fn enter_jumps_to_the_first_mention_or_the_quotation() {
    each_key(
        Context::Reader,
        Action::Activate,
        || selected_person(&sample()),
        |_, s| {
            let first = s.analysis.people[3].mentions[0];
            assert_eq!(s.cursor, Some(first));
            assert_eq!(s.mention, Some(0));
            let row = s.wrapped.row_of(first.start);
            assert!(row >= s.top && row < s.top + s.height());
        },
    );
    each_key(
        Context::Reader,
        Action::Activate,
        || {
            let mut s = sample_at(80, 24);
            update(&mut s, Action::FocusPanel(Panel::Quotations));
            update(&mut s, Action::Down);
            update(&mut s, Action::Down);
            s
        },
        |_, s| {
            let q = &s.analysis.quotes[2];
            assert_eq!(s.cursor, Some(q.span));
            assert_eq!(s.selected, q.speaker_ref, "the speaker is selected");
            let row = s.wrapped.row_of(q.span.start);
            assert!(row > s.top, "context is kept above the quotation");
        },
    );
}

#[test]
fn n_goes_to_the_next_mention() {
    each_key(
        Context::Reader,
        Action::Next,
        || {
            let mut s = selected_person(&sample());
            update(&mut s, Action::Activate);
            s
        },
        |_, s| {
            assert_eq!(s.mention, Some(1));
            assert_eq!(s.cursor, Some(s.analysis.people[3].mentions[1]));
        },
    );
}

#[test]
fn shift_n_goes_to_the_previous_mention_wrapping() {
    each_key(
        Context::Reader,
        Action::Prev,
        || {
            let mut s = selected_person(&sample());
            update(&mut s, Action::Activate);
            s
        },
        |_, s| {
            let n = s.analysis.people[3].mentions.len();
            assert_eq!(
                s.mention,
                Some(n - 1),
                "from the first mention, back to the last"
            );
        },
    );
}

#[test]
fn bracket_walks_to_the_next_entity_in_reading_order() {
    each_key(Context::Reader, Action::NextEntity, sample, |_, s| {
        let (span, r) = s.mentions[0];
        assert_eq!(s.cursor, Some(span));
        assert_eq!(s.selected, Some(r));
        assert_eq!(s.panel_sel[Panel::of(r.kind).index()], r.index);
    });
    each_key(
        Context::Reader,
        Action::NextEntity,
        || {
            let mut s = sample();
            update(&mut s, Action::NextEntity);
            s
        },
        |_, s| {
            let (span, r) = s.mentions[1];
            assert_eq!(s.cursor, Some(span));
            assert_eq!(s.selected, Some(r));
            assert_eq!(
                s.panel_sel[Panel::of(r.kind).index()],
                r.index,
                "panels keep in step"
            );
        },
    );
}

#[test]
fn open_bracket_walks_to_the_previous_entity() {
    each_key(
        Context::Reader,
        Action::PrevEntity,
        || {
            let mut s = sample();
            update(&mut s, Action::NextEntity);
            update(&mut s, Action::NextEntity);
            s
        },
        |_, s| assert_eq!(s.cursor, Some(s.mentions[0].0)),
    );
}

#[test]
fn slash_opens_the_search_prompt() {
    each_key(Context::Reader, Action::SearchStart, sample, |_, s| {
        assert_eq!(s.search.prompt.as_deref(), Some(""));
        assert_eq!(context(s), Context::Prompt);
    });
}

#[test]
fn space_pages_down() {
    each_key(Context::Reader, Action::PageDown, sample, |_, s| {
        assert_eq!(s.top, s.height() - 2);
    });
}

#[test]
fn b_pages_up() {
    each_key(
        Context::Reader,
        Action::PageUp,
        || {
            let mut s = sample();
            update(&mut s, Action::Bottom);
            s
        },
        |before, s| assert_eq!(s.top, before.top - (s.height() - 2)),
    );
}

#[test]
fn g_goes_to_the_start() {
    each_key(
        Context::Reader,
        Action::Top,
        || {
            let mut s = sample();
            update(&mut s, Action::Scroll(10));
            s
        },
        |_, s| assert_eq!(s.top, 0),
    );
}

#[test]
fn shift_g_goes_to_the_end() {
    each_key(Context::Reader, Action::Bottom, sample, |_, s| {
        assert_eq!(s.top, s.max_top());
        assert!(s.top > 0);
        assert_eq!(s.percent(), 100);
    });
}

#[test]
fn f_toggles_focus_mode() {
    each_key(
        Context::Reader,
        Action::FocusMode,
        || selected_person(&sample()),
        |_, s| {
            assert!(s.focus_mode);
            assert!(!s.focus_paras().is_empty());
            assert!(s.focus_paras().len() < s.paragraphs.len());
        },
    );
}

#[test]
fn question_mark_shows_help() {
    each_key(Context::Reader, Action::Help, sample, |_, s| {
        assert!(s.help);
        assert_eq!(context(s), Context::Help);
    });
}

#[test]
fn esc_clears_the_search_then_the_cursor() {
    each_key(
        Context::Reader,
        Action::Escape,
        || {
            let mut s = in_prompt();
            update(&mut s, Action::SearchSubmit);
            s
        },
        |before, s| {
            assert!(before.search.active());
            assert!(!s.search.active());
            assert_eq!(s.cursor, None);
        },
    );
    each_key(
        Context::Reader,
        Action::Escape,
        || {
            let mut s = selected_person(&sample());
            update(&mut s, Action::Activate);
            s
        },
        |_, s| assert_eq!(s.cursor, None),
    );
}

#[test]
fn q_quits() {
    each_key(Context::Reader, Action::Quit, sample, |_, s| {
        assert!(s.quit)
    });
}

#[test]
fn enter_in_the_prompt_searches() {
    each_key(Context::Prompt, Action::SearchSubmit, in_prompt, |_, s| {
        assert_eq!(s.search.prompt, None);
        assert_eq!(s.search.query, "russie");
        let all = find_all(&s.text, "russie");
        assert_eq!(all.len(), 9, "case is ignored: « Russie » ×9");
        assert_eq!(s.cursor, Some(all[0]));
        assert_eq!(s.search.current, Some(all[0]));
    });
}

#[test]
fn backspace_in_the_prompt_erases() {
    each_key(
        Context::Prompt,
        Action::SearchBackspace,
        in_prompt,
        |_, s| {
            assert_eq!(s.search.prompt.as_deref(), Some("russi"));
        },
    );
}

#[test]
fn esc_closes_the_prompt() {
    each_key(Context::Prompt, Action::Escape, in_prompt, |_, s| {
        assert_eq!(s.search.prompt, None);
        assert!(!s.search.active());
        assert!(!s.quit);
    });
}

#[test]
fn ctrl_c_in_the_prompt_quits() {
    each_key(Context::Prompt, Action::Quit, in_prompt, |_, s| {
        assert!(s.quit)
    });
}

#[test]
fn j_scrolls_the_help() {
    each_key(Context::Help, Action::Down, in_help, |_, s| {
        assert_eq!(s.help_scroll, 1);
        assert_eq!(s.top, 0, "the article does not move under the help");
    });
}

#[test]
fn k_scrolls_the_help_back() {
    each_key(
        Context::Help,
        Action::Up,
        || {
            let mut s = in_help();
            update(&mut s, Action::Down);
            update(&mut s, Action::Down);
            s
        },
        |_, s| assert_eq!(s.help_scroll, 1),
    );
}

#[test]
fn esc_closes_help() {
    each_key(Context::Help, Action::Help, in_help, |_, s| {
        assert!(!s.help);
        assert!(!s.quit, "q closes the help, it does not quit");
    });
}

#[test]
fn ctrl_c_in_help_quits() {
    each_key(Context::Help, Action::Quit, in_help, |_, s| assert!(s.quit));
}

/// Every default binding's test.
const BINDING_TESTS: &[(Context, Action, fn())] = &[
    (
        Context::Reader,
        Action::FocusNext,
        tab_focuses_the_next_pane,
    ),
    (
        Context::Reader,
        Action::FocusPrev,
        shift_tab_focuses_the_previous_pane,
    ),
    (
        Context::Reader,
        Action::FocusPanel(Panel::People),
        one_focuses_people,
    ),
    (
        Context::Reader,
        Action::FocusPanel(Panel::Places),
        two_focuses_places,
    ),
    (
        Context::Reader,
        Action::FocusPanel(Panel::Organisations),
        three_focuses_organisations,
    ),
    (
        Context::Reader,
        Action::FocusPanel(Panel::Quotations),
        four_focuses_quotations,
    ),
    (
        Context::Reader,
        Action::Down,
        j_moves_down_in_a_panel_and_scrolls_the_article,
    ),
    (
        Context::Reader,
        Action::Up,
        k_moves_up_in_a_panel_and_scrolls_the_article,
    ),
    (
        Context::Reader,
        Action::Activate,
        enter_jumps_to_the_first_mention_or_the_quotation,
    ),
    (Context::Reader, Action::Next, n_goes_to_the_next_mention),
    (
        Context::Reader,
        Action::Prev,
        shift_n_goes_to_the_previous_mention_wrapping,
    ),
    (
        Context::Reader,
        Action::NextEntity,
        bracket_walks_to_the_next_entity_in_reading_order,
    ),
    (
        Context::Reader,
        Action::PrevEntity,
        open_bracket_walks_to_the_previous_entity,
    ),
    (
        Context::Reader,
        Action::SearchStart,
        slash_opens_the_search_prompt,
    ),
    (Context::Reader, Action::PageDown, space_pages_down),
    (Context::Reader, Action::PageUp, b_pages_up),
    (Context::Reader, Action::Top, g_goes_to_the_start),
    (Context::Reader, Action::Bottom, shift_g_goes_to_the_end),
    (Context::Reader, Action::FocusMode, f_toggles_focus_mode),
    (Context::Reader, Action::Help, question_mark_shows_help),
    (
        Context::Reader,
        Action::Escape,
        esc_clears_the_search_then_the_cursor,
    ),
    (Context::Reader, Action::Quit, q_quits),
    (
        Context::Prompt,
        Action::SearchSubmit,
        enter_in_the_prompt_searches,
    ),
    (
        Context::Prompt,
        Action::SearchBackspace,
        backspace_in_the_prompt_erases,
    ),
    (Context::Prompt, Action::Escape, esc_closes_the_prompt),
    (Context::Prompt, Action::Quit, ctrl_c_in_the_prompt_quits),
    (Context::Help, Action::Down, j_scrolls_the_help),
    (Context::Help, Action::Up, k_scrolls_the_help_back),
    (Context::Help, Action::Help, esc_closes_help),
    (Context::Help, Action::Quit, ctrl_c_in_help_quits),
];

#[test]
fn every_default_binding_has_a_test() {
    for b in BINDINGS {
        assert!(
            BINDING_TESTS
                .iter()
                .any(|(ctx, action, _)| *ctx == b.context && *action == b.action),
            "binding {:?} {:?} ({}) has no test in BINDING_TESTS",
            b.context,
            b.action,
            b.help
        );
    }
    for (ctx, action, _) in BINDING_TESTS {
        assert!(
            BINDINGS
                .iter()
                .any(|b| b.context == *ctx && b.action == *action),
            "{ctx:?} {action:?} is tested but not bound"
        );
    }
}

#[test]
fn no_key_is_bound_twice_in_one_context() {
    for (i, a) in BINDINGS.iter().enumerate() {
        for b in &BINDINGS[i + 1..] {
            if a.context == b.context {
                for k in a.keys {
                    assert!(!b.keys.contains(k), "{k:?} bound twice in {:?}", a.context);
                }
            }
        }
    }
}

#[test]
fn key_releases_do_nothing() {
    let s = sample();
    let mut release = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
    release.kind = KeyEventKind::Release;
    assert_eq!(action_for(&s, release), None);
    let repeat = KeyEvent {
        kind: KeyEventKind::Repeat,
        state: KeyEventState::NONE,
        ..release
    };
    assert_eq!(action_for(&s, repeat), None);
}

#[test]
fn typing_in_the_prompt_goes_to_the_prompt_not_to_bindings() {
    let mut s = sample();
    update(&mut s, Action::SearchStart);
    press(
        &mut s,
        KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE),
    );
    assert!(!s.quit);
    assert_eq!(s.search.prompt.as_deref(), Some("q"));
}

#[test]
fn next_mention_wraps_around_and_counts() {
    let mut s = selected_person(&sample());
    let n = s.analysis.people[3].mentions.len();
    update(&mut s, Action::Activate);
    for i in 1..n {
        update(&mut s, Action::Next);
        assert_eq!(s.mention, Some(i));
    }
    update(&mut s, Action::Next);
    assert_eq!(s.mention, Some(0));
}

#[test]
fn search_matches_are_walked_with_n_and_wrap() {
    let mut s = in_prompt();
    update(&mut s, Action::SearchSubmit);
    let all = find_all(&s.text, "russie");
    let n = all.len();
    for m in &all[1..] {
        update(&mut s, Action::Next);
        assert_eq!(s.search.current, Some(*m));
        assert_eq!(s.cursor, Some(*m));
    }
    update(&mut s, Action::Next);
    assert_eq!(s.search.current, Some(all[0]));
    assert_eq!(s.note.as_deref(), Some("search wrapped to the start"));
    update(&mut s, Action::Prev);
    assert_eq!(s.search.current, Some(all[n - 1]));
    assert_eq!(s.note.as_deref(), Some("search wrapped to the end"));
    update(&mut s, Action::Prev);
    assert_eq!(s.search.current, Some(all[n - 2]));
}

#[test]
fn a_search_starts_at_the_screen_and_a_missing_word_says_so() {
    let mut s = sample_at(80, 24);
    update(&mut s, Action::Bottom);
    let here = s.top_byte();
    update(&mut s, Action::SearchStart);
    for c in "russie".chars() {
        update(&mut s, Action::SearchInput(c));
    }
    update(&mut s, Action::SearchSubmit);
    let all = find_all(&s.text, "russie");
    let expected = all
        .iter()
        .find(|m| m.start >= here)
        .copied()
        .unwrap_or(all[0]);
    assert_eq!(s.search.current, Some(expected));
    update(&mut s, Action::SearchStart);
    for c in "zzzz".chars() {
        update(&mut s, Action::SearchInput(c));
    }
    update(&mut s, Action::SearchSubmit);
    assert!(!s.search.active());
    assert_eq!(s.note.as_deref(), Some("no match for “zzzz”"));
}

#[test]
fn jumps_leave_context_above_the_target() {
    let mut s = sample_at(80, 24);
    update(&mut s, Action::FocusPanel(Panel::Places));
    update(&mut s, Action::Activate);
    for _ in 0..8 {
        update(&mut s, Action::Next);
        let row = s.wrapped.row_of(s.cursor.expect("cursor").start);
        assert!(row >= s.top + 3 || s.top == 0, "row {row}, top {}", s.top);
        assert!(row < s.top + s.height());
    }
}

#[test]
fn focus_mode_moves_between_paragraphs_that_mention_the_entity() {
    let mut s = selected_person(&sample_at(80, 24));
    update(&mut s, Action::FocusMode);
    s.focus = Focus::Article;
    let paras = s.focus_paras();
    assert!(paras.len() >= 3);
    let para_read = |s: &State| {
        let blank = s.wrapped.rows[s.top].blank;
        assert!(blank, "a blank row of context stays above the paragraph");
        s.wrapped.rows[s.top + 1].para
    };
    update(&mut s, Action::Down);
    assert_eq!(
        para_read(&s),
        paras[0],
        "j lands on the first focused paragraph"
    );
    update(&mut s, Action::PageDown);
    assert_eq!(para_read(&s), paras[1], "Space goes on to the next");
    update(&mut s, Action::Down);
    assert_eq!(para_read(&s), paras[2]);
    update(&mut s, Action::Up);
    assert_eq!(para_read(&s), paras[1], "k goes back");
    update(&mut s, Action::Up);
    assert_eq!(para_read(&s), paras[0]);
}

#[test]
fn a_resize_keeps_the_words_at_the_top() {
    let mut s = sample_at(120, 40);
    update(&mut s, Action::Scroll(12));
    let before = s.top_byte();
    update(&mut s, Action::Resize(40, 12));
    let row = s.wrapped.rows[s.top];
    assert!(row.start <= before && before <= row.end.max(row.start) + 80);
    assert_eq!(s.wrapped.width, usize::from(s.geometry.text.width));
}

#[test]
fn clicking_a_mention_selects_its_entity() {
    let mut s = sample_at(120, 40);
    let (span, r) = s.mentions[1];
    let row = s.wrapped.row_of(span.start);
    let r0 = s.wrapped.rows[row];
    let col = unicode_width::UnicodeWidthStr::width(&s.text[r0.start..span.start]);
    let x = s.geometry.text.x + u16::try_from(col).unwrap_or(0);
    let y = s.geometry.text.y + u16::try_from(row - s.top).unwrap_or(0);
    update(&mut s, Action::Click(x, y));
    assert_eq!(s.selected, Some(r));
    assert_eq!(s.cursor, Some(span));
}

#[test]
fn clicking_a_panel_entry_selects_it() {
    let mut s = sample_at(120, 40);
    let list = s.geometry.panel_list(0);
    update(&mut s, Action::Click(list.x + 2, list.y + 3));
    assert_eq!(s.focus, Focus::Panel(Panel::People));
    assert_eq!(s.selected, Some(choigu()));
}

#[test]
fn the_wheel_scrolls() {
    let mut s = sample();
    update(&mut s, Action::Scroll(3));
    assert_eq!(s.top, 3);
    update(&mut s, Action::Scroll(-10));
    assert_eq!(s.top, 0);
}

#[test]
fn hostile_texts_and_analyses_do_not_panic() {
    let texts = [
        "",
        "\n\n\n",
        "\u{1b}[2J\u{1b}]0;pwned\u{7}",
        "a\tb\u{0}\u{7f}\u{85}",
        "👨‍👩‍👧‍👦 e\u{301}\u{302}\u{303}",
    ];
    for text in texts {
        let mut analysis = crate::extract::Analysis::default();
        analysis.people.push(crate::extract::Entity {
            kind: EntityKind::Person,
            name: "\u{1b}[31mX".into(),
            aliases: vec![],
            mentions: vec![Span::new(0, 1), Span::new(3, 2), Span::new(1, 10_000)],
            gender: None,
        });
        for (w, h) in [(120, 40), (40, 12), (10, 3), (0, 0)] {
            let mut s = State::new(
                "x",
                Lang::Fr,
                text,
                Some(analysis.clone()),
                Options::default(),
                (w, h),
            );
            for a in [
                Action::FocusPanel(Panel::People),
                Action::Activate,
                Action::Next,
                Action::NextEntity,
                Action::PrevEntity,
                Action::FocusMode,
                Action::Down,
                Action::PageDown,
                Action::Bottom,
                Action::Click(5, 5),
                Action::Resize(33, 11),
            ] {
                update(&mut s, a);
            }
            let mut buf = ratatui::buffer::Buffer::empty(ratatui::layout::Rect::new(0, 0, 33, 11));
            super::view::draw(&s, &mut buf);
            for cell in &buf.content {
                assert!(
                    !cell.symbol().chars().any(|c| c.is_control()),
                    "control char drawn"
                );
            }
        }
    }
}

/// The README's key table, as generated from the binding table.
fn readme_key_table() -> String {
    let mut out = String::from("| Context | Keys | Action |\n|---|---|---|\n");
    for (ctx, keys, help) in super::keys::help_rows() {
        let keys = keys
            .split(' ')
            .map(|k| format!("`{}`", if k == "|" { "\\|" } else { k }))
            .collect::<Vec<_>>()
            .join(" ");
        out.push_str(&format!("| {} | {keys} | {help} |\n", ctx.title()));
    }
    out
}

#[test]
fn the_readme_lists_every_binding() {
    let readme = include_str!("../../README.md");
    let table = readme_key_table();
    assert!(
        readme.contains(&table),
        "README.md's key table differs from the bindings; it should read:\n\n{table}"
    );
}

#[test]
fn entity_walk_starts_from_the_screen_after_scrolling_away() {
    let mut s = sample_at(80, 24);
    update(&mut s, Action::NextEntity);
    update(&mut s, Action::Bottom);
    update(&mut s, Action::NextEntity);
    let top = s.top_byte();
    let cursor = s.cursor.expect("cursor");
    assert!(
        cursor.start >= top,
        "the walk went on from the screen, not from the old cursor"
    );
}

fn drawn(s: &State) -> ratatui::buffer::Buffer {
    let mut buf = ratatui::buffer::Buffer::empty(s.geometry.screen);
    super::view::draw(s, &mut buf);
    buf
}

fn scrollbar_marks(s: &State) -> usize {
    let buf = drawn(s);
    let bar = s.geometry.scrollbar;
    (bar.y..bar.bottom())
        .filter(|&y| buf[(bar.x, y)].symbol() == "◆")
        .count()
}

#[test]
fn the_mention_map_marks_the_selected_entitys_mentions() {
    let s = sample_at(120, 40);
    assert_eq!(scrollbar_marks(&s), 0, "nothing selected, nothing marked");
    let s = selected_person(&s);
    let h = usize::from(s.geometry.scrollbar.height);
    let total = s.wrapped.len();
    let mut cells: Vec<usize> = s
        .selected_mentions()
        .iter()
        .map(|m| s.wrapped.row_of(m.start) * h / total)
        .collect();
    cells.dedup();
    assert!(cells.len() > 1);
    assert_eq!(scrollbar_marks(&s), cells.len());
}

#[test]
fn focus_mode_dims_paragraphs_without_the_entity() {
    let mut s = selected_person(&sample_at(120, 40));
    let plain = drawn(&s);
    update(&mut s, Action::FocusMode);
    let focused = drawn(&s);
    let t = s.geometry.text;
    let dim_rows = |buf: &ratatui::buffer::Buffer| {
        (t.y..t.bottom())
            .filter(|&y| {
                buf[(t.x, y)].symbol() != " "
                    && buf[(t.x, y)]
                        .modifier
                        .contains(ratatui::style::Modifier::DIM)
            })
            .count()
    };
    assert_eq!(dim_rows(&plain), 0);
    assert!(dim_rows(&focused) > 0);
    // The first row of the article (paragraph 0) does not mention Choïgu.
    assert!(focused[(t.x, t.y)]
        .modifier
        .contains(ratatui::style::Modifier::DIM));
}

#[test]
fn paragraph_lookups_agree_with_a_plain_scan() {
    for width in [40, 80, 120] {
        let mut s = sample_at(width, 24);
        for panel in [Panel::People, Panel::Places, Panel::Organisations] {
            update(&mut s, Action::FocusPanel(panel));
            for _ in 0..s.panel_len(panel) {
                let mut paras: Vec<usize> = s
                    .selected_mentions()
                    .iter()
                    .filter_map(|m| {
                        s.paragraphs
                            .iter()
                            .position(|p| p.start <= m.start && m.start < p.end)
                    })
                    .collect();
                paras.dedup();
                assert_eq!(s.focus_paras(), paras);
                for p in 0..s.paragraphs.len() {
                    assert_eq!(s.para_mentions_selected(p), paras.contains(&p));
                }
                update(&mut s, Action::Down);
            }
        }
    }
}

#[test]
fn walking_entities_shows_each_in_its_panel_tab() {
    let mut s = sample_at(80, 24);
    assert!(s.geometry.tabbed);
    let mut seen = std::collections::HashSet::new();
    for _ in 0..s.mentions.len() {
        update(&mut s, Action::NextEntity);
        let r = s.selected.expect("selected");
        assert_eq!(s.tab, Panel::of(r.kind));
        assert_eq!(s.panel_sel[Panel::of(r.kind).index()], r.index);
        assert_eq!(s.focus, Focus::Article);
        seen.insert(r.kind);
    }
    assert_eq!(
        seen.len(),
        3,
        "people, places and organisations are all visited"
    );
    update(&mut s, Action::FocusPanel(Panel::People));
    update(&mut s, Action::Top);
    update(&mut s, Action::Escape);
    update(&mut s, Action::NextEntity);
    update(&mut s, Action::NextEntity);
    assert_eq!(
        s.focus,
        Focus::Panel(Panel::of(s.selected.expect("selected").kind))
    );
}

#[test]
fn a_too_small_screen_does_not_rewrap_the_article() {
    let mut s = sample_at(120, 40);
    let rows = s.wrapped.len();
    update(&mut s, Action::Resize(3, 2));
    assert!(s.geometry.too_small);
    assert_eq!(s.wrapped.len(), rows);
    let tiny = sample_at(1, 1);
    assert_eq!(
        tiny.wrapped.width,
        usize::from(super::layout::MAX_TEXT_WIDTH)
    );
}

#[test]
fn clicking_the_mention_map_goes_to_that_place() {
    let mut s = sample_at(80, 24);
    let bar = s.geometry.scrollbar;
    update(&mut s, Action::Click(bar.x, bar.bottom() - 1));
    assert_eq!(s.top, s.max_top(), "the bottom of the map is the end");
    update(&mut s, Action::Click(bar.x, bar.y));
    assert_eq!(s.top, 0, "the top of the map is the start");
}

#[test]
fn an_empty_text_is_an_empty_document_and_keys_do_nothing_harmful() {
    let mut s = State::new("e", Lang::Fr, "", None, Options::default(), (80, 24));
    assert!(s.empty);
    assert!(!sample().empty);
    for a in [
        Action::Next,
        Action::NextEntity,
        Action::PageDown,
        Action::Bottom,
    ] {
        update(&mut s, a);
    }
    update(&mut s, Action::SearchStart);
    update(&mut s, Action::SearchInput('a'));
    update(&mut s, Action::SearchSubmit);
    assert!(!s.search.active());
    assert_eq!(s.top, 0);
}
