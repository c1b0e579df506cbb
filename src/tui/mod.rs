//! The reader: an article in the terminal with its entities highlighted and listed.
//!
//! This module owns the terminal: it sets it up, always puts it back (on quit, on panic,
//! on SIGTERM, SIGHUP and SIGINT), turns terminal events into actions, and draws only the
//! newest state after a burst of events. Extraction runs on a thread so the text shows at
//! once and the highlights follow. Everything else is pure: [`app`] (state and update),
//! [`keys`] (the binding table), [`wrap`] (rows), [`layout`] and [`view`] (drawing).

pub mod app;
#[doc(hidden)]
pub mod fixture;
pub mod keys;
pub mod layout;
pub mod search;
#[cfg(test)]
mod tests;
pub mod view;
pub mod wrap;

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEventKind,
};
use crossterm::terminal::{
    self, BeginSynchronizedUpdate, EndSynchronizedUpdate, EnterAlternateScreen,
    LeaveAlternateScreen,
};
use crossterm::{cursor, execute};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;

use crate::extract::{analyze, Analysis, Lang};

pub use app::{update, Action, Options, State};

/// What the reader opens.
#[derive(Debug, Clone)]
pub struct Launch {
    /// The name shown in the status line.
    pub name: String,
    /// The article.
    pub text: String,
    /// Its language.
    pub lang: Lang,
    /// Command-line choices.
    pub options: Options,
    /// What loading changed or guessed, one short phrase each (`Document::notes`).
    pub notes: Vec<String>,
    /// True when the file held no text (`Document::is_empty`).
    pub empty: bool,
    /// Panic at the first key (`lectern --panic-for-test`): lets the tests check that a panic
    /// restores the terminal.
    #[doc(hidden)]
    pub panic_for_test: bool,
}

/// Most events applied between two frames, so a flood of input still shows progress.
const MAX_BATCH: usize = 256;
/// How long the first frame waits for the analysis.
const FIRST_FRAME_WAIT: Duration = Duration::from_millis(30);
/// The extraction thread's name.
const ANALYSIS_THREAD: &str = "lectern-analysis";
/// Whether the terminal is currently set up, so restoring twice does nothing.
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Whether mouse capture was turned on.
static MOUSE: AtomicBool = AtomicBool::new(false);

/// Puts the terminal back as it was: cooked mode, main screen, no mouse capture, cursor shown.
pub fn restore_terminal() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    if MOUSE.load(Ordering::SeqCst) {
        let _ = execute!(out, DisableMouseCapture);
    }
    let _ = execute!(
        out,
        EndSynchronizedUpdate,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = terminal::disable_raw_mode();
    let _ = out.flush();
}

/// Restores the terminal when dropped, whichever way `run` ends.
struct Guard;

impl Guard {
    fn new(mouse: bool) -> io::Result<Self> {
        install_panic_hook();
        install_signal_handlers();
        terminal::enable_raw_mode()?;
        ACTIVE.store(true, Ordering::SeqCst);
        let guard = Self;
        let mut out = io::stdout();
        execute!(out, EnterAlternateScreen, cursor::Hide)?;
        if mouse {
            MOUSE.store(true, Ordering::SeqCst);
            execute!(out, EnableMouseCapture)?;
        }
        Ok(guard)
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

fn install_panic_hook() {
    static INSTALLED: AtomicBool = AtomicBool::new(false);
    if INSTALLED.swap(true, Ordering::SeqCst) {
        return;
    }
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // A failing extraction leaves the reader running with the text alone.
        if std::thread::current().name() != Some(ANALYSIS_THREAD) {
            restore_terminal();
        }
        previous(info);
    }));
}

#[cfg(unix)]
fn install_signal_handlers() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    static INSTALLED: AtomicBool = AtomicBool::new(false);
    if INSTALLED.swap(true, Ordering::SeqCst) {
        return;
    }
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            restore_terminal();
            std::process::exit(128 + sig);
        }
    });
}

#[cfg(not(unix))]
fn install_signal_handlers() {}

/// Opens the reader on `launch` and returns when the reader quits.
///
/// # Errors
/// When the terminal cannot be set up or written to.
pub fn run(launch: Launch) -> io::Result<()> {
    let Launch {
        name,
        text,
        lang,
        options,
        notes,
        empty,
        panic_for_test,
    } = launch;
    let (tx, rx) = mpsc::channel::<Analysis>();
    {
        let text = text.clone();
        std::thread::Builder::new()
            .name(ANALYSIS_THREAD.to_owned())
            .spawn(move || {
                let _ = tx.send(analyze(&text, lang));
            })?;
    }
    let _guard = Guard::new(options.mouse)?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let size = terminal.size()?;
    // A short article is analysed in a few milliseconds: wait that long so its first frame
    // is complete, and show a long one's text first.
    let (ready, mut pending) = match rx.recv_timeout(FIRST_FRAME_WAIT) {
        Ok(analysis) => (Some(analysis), None),
        Err(_) => (None, Some(rx)),
    };
    let mut state = State::new(name, lang, text, ready, options, (size.width, size.height));
    state.load_notes = notes;
    state.empty |= empty;
    loop {
        draw(&mut terminal, &state)?;
        if state.quit {
            break;
        }
        // Wait for the first event; while extraction runs, wake up to take its result.
        let mut first = None;
        while first.is_none() {
            if let Some(rx) = &pending {
                match rx.try_recv() {
                    Ok(analysis) => {
                        state.set_analysis(analysis);
                        pending = None;
                        break;
                    }
                    Err(mpsc::TryRecvError::Disconnected) => {
                        state.analysed = true;
                        pending = None;
                        break;
                    }
                    Err(mpsc::TryRecvError::Empty) => {
                        if event::poll(Duration::from_millis(30))? {
                            first = Some(event::read()?);
                        }
                    }
                }
            } else {
                first = Some(event::read()?);
            }
        }
        // Apply every event already waiting, then draw once. Of a burst of resizes (a
        // window being dragged) only the last one rewraps.
        if panic_for_test && matches!(first, Some(Event::Key(_))) {
            panic!("--panic-for-test: a key was pressed");
        }
        let mut batch: Vec<Event> = first.into_iter().collect();
        while batch.len() < MAX_BATCH && event::poll(Duration::ZERO)? {
            batch.push(event::read()?);
        }
        let last_resize = batch.iter().rposition(|e| matches!(e, Event::Resize(..)));
        for (i, ev) in batch.iter().enumerate() {
            if matches!(ev, Event::Resize(..)) && Some(i) != last_resize {
                continue;
            }
            if let Some(action) = action_of(&state, ev) {
                update(&mut state, action);
            }
            if state.quit {
                break;
            }
        }
    }
    Ok(())
}

fn draw<W: Write>(terminal: &mut Terminal<CrosstermBackend<W>>, state: &State) -> io::Result<()> {
    execute!(terminal.backend_mut(), BeginSynchronizedUpdate)?;
    terminal.draw(|frame| view::draw(state, frame.buffer_mut()))?;
    execute!(terminal.backend_mut(), EndSynchronizedUpdate)?;
    Ok(())
}

/// The action a terminal event asks for, if any.
#[must_use]
pub fn action_of(state: &State, ev: &Event) -> Option<Action> {
    match ev {
        Event::Key(key) if key.kind == KeyEventKind::Press => keys::action_for(state, *key),
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        Event::Mouse(m) if state.options.mouse => match m.kind {
            MouseEventKind::ScrollDown => Some(Action::Scroll(3)),
            MouseEventKind::ScrollUp => Some(Action::Scroll(-3)),
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(m.column, m.row)),
            _ => None,
        },
        _ => None,
    }
}
