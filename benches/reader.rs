//! The reader's speed: first frame (sample, 10 MB) and keypress to finished frame in a
//! 10 MB article, drawn into ratatui's `TestBackend` at 120×40.
//!
//! The 10 MB article is the sample repeated; its highlights come from the sample's
//! hand-made analysis repeated with it (about 60 000 mentions), so the figures measure the
//! reader, not the extractor.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use lectern::extract::Lang;
use lectern::tui::app::{update, Action, Options, Panel, State};
use lectern::tui::{fixture, view};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

const SIZE: (u16, u16) = (120, 40);

#[path = "common/sample.rs"]
mod sample;
use sample::text_of;

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).expect("test backend")
}

fn frame(terminal: &mut Terminal<TestBackend>, state: &State) {
    terminal
        .draw(|f| view::draw(state, f.buffer_mut()))
        .expect("draw");
}

fn first_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("first_frame");
    group.sample_size(10);
    for (name, text) in [
        ("sample", lectern::SAMPLE_TEXT.to_owned()),
        ("10MB", text_of(10_000_000)),
    ] {
        // What the reader does before its first frame: wrap the text and draw it; the
        // analysis arrives from its thread afterwards.
        group.bench_function(name, |b| {
            b.iter_batched(
                || text.clone(),
                |text| {
                    let state = State::new(name, Lang::Fr, text, None, Options::default(), SIZE);
                    let mut t = terminal();
                    frame(&mut t, &state);
                    state
                },
                BatchSize::LargeInput,
            );
        });
    }
    group.bench_function("sample_with_analysis", |b| {
        b.iter(|| {
            let text = lectern::SAMPLE_TEXT;
            let analysis = lectern::extract::analyze(text, Lang::Fr);
            let state = State::new(
                "s",
                Lang::Fr,
                text,
                Some(analysis),
                Options::default(),
                SIZE,
            );
            let mut t = terminal();
            frame(&mut t, &state);
            state
        });
    });
    group.finish();
}

fn keypress(c: &mut Criterion) {
    let text = text_of(10_000_000);
    let analysis = fixture::analysis(&text);
    let mut base = State::new(
        "10MB",
        Lang::Fr,
        text,
        Some(analysis),
        Options::default(),
        SIZE,
    );
    // Halfway through, with a person selected, so every highlight layer is drawn.
    update(&mut base, Action::FocusPanel(Panel::People));
    update(&mut base, Action::Down);
    update(&mut base, Action::Down);
    update(&mut base, Action::Down);
    update(&mut base, Action::Activate);
    base.focus = lectern::tui::app::Focus::Article;
    let half = base.max_top() / 2;
    update(
        &mut base,
        Action::Scroll(i32::try_from(half).unwrap_or(i32::MAX)),
    );

    let mut group = c.benchmark_group("keypress_10MB");
    let actions = [
        ("j", Action::Down),
        ("space", Action::PageDown),
        ("n", Action::Next),
        ("bracket", Action::NextEntity),
        ("G", Action::Bottom),
        ("g", Action::Top),
        ("f_then_j", Action::FocusMode),
    ];
    for (name, action) in actions {
        let mut state = base.clone();
        let mut t = terminal();
        frame(&mut t, &state);
        group.bench_function(name, |b| {
            b.iter(|| {
                update(&mut state, action);
                if action == Action::FocusMode {
                    update(&mut state, Action::Down);
                }
                if matches!(action, Action::Bottom | Action::Top) {
                    // Alternate so every press moves the screen.
                    update(&mut state, Action::Scroll(-3));
                }
                frame(&mut t, &state);
            });
        });
    }
    // Search: Enter finds the first match after the screen, n and N the next and previous
    // one; a word absent from the text makes Enter scan all 10 MB (the worst case).
    let typed = |query: &str| {
        let mut state = base.clone();
        update(&mut state, Action::SearchStart);
        for c in query.chars() {
            update(&mut state, Action::SearchInput(c));
        }
        state
    };
    let mut t = terminal();
    group.sample_size(20);
    for (name, query) in [
        ("search_enter", "corée"),
        ("search_enter_absent_word", "zanzibar"),
    ] {
        let state = typed(query);
        group.bench_function(name, |b| {
            b.iter_batched(
                || state.clone(),
                |mut s| {
                    update(&mut s, Action::SearchSubmit);
                    frame(&mut t, &s);
                    s
                },
                BatchSize::LargeInput,
            );
        });
    }
    let mut searching = typed("corée");
    update(&mut searching, Action::SearchSubmit);
    for (name, action) in [("search_n", Action::Next), ("search_N", Action::Prev)] {
        let mut state = searching.clone();
        group.bench_function(name, |b| {
            b.iter(|| {
                update(&mut state, action);
                frame(&mut t, &state);
            });
        });
    }
    group.finish();
}

criterion_group!(benches, first_frame, keypress);
criterion_main!(benches);
