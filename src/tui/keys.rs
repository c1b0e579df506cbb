//! Key bindings: one table of action × context; the help screen is generated from it.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::app::{Action, Panel, State};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Reading: the article or a panel has the keyboard.
    Reader,
    /// The search prompt is open.
    Prompt,
    /// The help screen is shown.
    Help,
}

impl Context {
    /// Heading of the context in the help screen.
    #[must_use]
    pub const fn title(self) -> &'static str {
        match self {
            Self::Reader => "Reading",
            Self::Prompt => "Search prompt",
            Self::Help => "Help screen",
        }
    }
}

/// A key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    /// The key.
    pub code: KeyCode,
    /// Shift, Control, Alt… as they must be held.
    pub mods: KeyModifiers,
}

const fn k(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

const fn c(ch: char) -> Key {
    k(KeyCode::Char(ch))
}

const fn ctrl(ch: char) -> Key {
    Key {
        code: KeyCode::Char(ch),
        mods: KeyModifiers::CONTROL,
    }
}

/// One default binding.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// Where it applies.
    pub context: Context,
    /// The keys that trigger it.
    pub keys: &'static [Key],
    /// What they do.
    pub action: Action,
    /// The help screen's description.
    pub help: &'static str,
}

const fn b(context: Context, keys: &'static [Key], action: Action, help: &'static str) -> Binding {
    Binding {
        context,
        keys,
        action,
        help,
    }
}

use Context::{Help, Prompt, Reader};

/// Every default binding.
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    b(Reader, &[k(KeyCode::Tab)], Action::FocusNext, "focus next: article, panels"),
    b(Reader, &[k(KeyCode::BackTab)], Action::FocusPrev, "focus previous"),
    b(Reader, &[c('1')], Action::FocusPanel(Panel::People), "focus People"),
    b(Reader, &[c('2')], Action::FocusPanel(Panel::Places), "focus Places"),
    b(Reader, &[c('3')], Action::FocusPanel(Panel::Organisations), "focus Organisations"),
    b(Reader, &[c('4')], Action::FocusPanel(Panel::Quotations), "focus Quotations"),
    b(Reader, &[c('j'), k(KeyCode::Down)], Action::Down, "down in a panel; scroll (focus mode: next paragraph)"),
    b(Reader, &[c('k'), k(KeyCode::Up)], Action::Up, "up in a panel; scroll (focus mode: previous paragraph)"),
    b(Reader, &[k(KeyCode::Enter)], Action::Activate, "jump to the entity's first mention, or the quotation"),
    b(Reader, &[c('n')], Action::Next, "next mention of the selected entity (or search match)"),
    b(Reader, &[c('N')], Action::Prev, "previous mention (or search match)"),
    b(Reader, &[c(']')], Action::NextEntity, "next entity in reading order"),
    b(Reader, &[c('[')], Action::PrevEntity, "previous entity in reading order"),
    b(Reader, &[c('/')], Action::SearchStart, "search the text"),
    b(Reader, &[c(' '), k(KeyCode::PageDown)], Action::PageDown, "page down (focus mode: next paragraph)"),
    b(Reader, &[c('b'), k(KeyCode::PageUp)], Action::PageUp, "page up"),
    b(Reader, &[c('g'), k(KeyCode::Home)], Action::Top, "start of the article"),
    b(Reader, &[c('G'), k(KeyCode::End)], Action::Bottom, "end of the article"),
    b(Reader, &[c('f')], Action::FocusMode, "focus mode: dim paragraphs without the entity"),
    b(Reader, &[c('?')], Action::Help, "this help"),
    b(Reader, &[k(KeyCode::Esc)], Action::Escape, "clear the search or the cursor"),
    b(Reader, &[c('q'), ctrl('c')], Action::Quit, "quit"),
    b(Prompt, &[k(KeyCode::Enter)], Action::SearchSubmit, "search"),
    b(Prompt, &[k(KeyCode::Backspace)], Action::SearchBackspace, "erase"),
    b(Prompt, &[k(KeyCode::Esc)], Action::Escape, "close the prompt"),
    b(Prompt, &[ctrl('c')], Action::Quit, "quit"),
    b(Help, &[c('j'), k(KeyCode::Down)], Action::Down, "scroll the help down"),
    b(Help, &[c('k'), k(KeyCode::Up)], Action::Up, "scroll the help up"),
    b(Help, &[k(KeyCode::Esc), c('?'), c('q')], Action::Help, "close help"),
    b(Help, &[ctrl('c')], Action::Quit, "quit"),
];

/// The context the state is in.
#[must_use]
pub fn context(state: &State) -> Context {
    if state.help {
        Help
    } else if state.search.prompt.is_some() {
        Prompt
    } else {
        Reader
    }
}

fn matches(key: &Key, event: &KeyEvent) -> bool {
    if key.code != event.code {
        return false;
    }
    // Terminals disagree on whether Shift comes with an upper-case letter or Shift-Tab.
    let relevant = event.modifiers - KeyModifiers::SHIFT;
    let wanted = key.mods - KeyModifiers::SHIFT;
    relevant == wanted
}

/// The action a key press asks for in the state's context; releases and repeats ask for
/// nothing.
#[must_use]
pub fn action_for(state: &State, event: KeyEvent) -> Option<Action> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    let ctx = context(state);
    let found = BINDINGS
        .iter()
        .filter(|b| b.context == ctx)
        .find(|b| b.keys.iter().any(|k| matches(k, &event)))
        .map(|b| b.action);
    if found.is_some() {
        return found;
    }
    match (ctx, event.code) {
        (Prompt, KeyCode::Char(ch))
            if !event
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(Action::SearchInput(ch))
        }
        _ => None,
    }
}

/// A key's name as the help screen shows it.
#[must_use]
pub fn key_name(key: &Key) -> String {
    let base = match key.code {
        KeyCode::Char(' ') => "Space".to_owned(),
        KeyCode::Char(ch) => ch.to_string(),
        KeyCode::Tab => "Tab".to_owned(),
        KeyCode::BackTab => "Shift-Tab".to_owned(),
        KeyCode::Down => "↓".to_owned(),
        KeyCode::Up => "↑".to_owned(),
        KeyCode::Enter => "Enter".to_owned(),
        KeyCode::Esc => "Esc".to_owned(),
        KeyCode::PageDown => "PgDn".to_owned(),
        KeyCode::PageUp => "PgUp".to_owned(),
        KeyCode::Home => "Home".to_owned(),
        KeyCode::End => "End".to_owned(),
        KeyCode::Backspace => "Backspace".to_owned(),
        other => format!("{other:?}"),
    };
    if key.mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{base}")
    } else {
        base
    }
}

/// The help screen's lines: a heading per context, then `keys  description` rows.
#[must_use]
pub fn help_rows() -> Vec<(Context, String, &'static str)> {
    BINDINGS
        .iter()
        .map(|b| {
            let keys: Vec<String> = b.keys.iter().map(key_name).collect();
            (b.context, keys.join(" "), b.help)
        })
        .collect()
}
