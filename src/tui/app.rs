//! The reader's state and how actions change it: pure, no terminal, no I/O.
//!
//! [`update`] is the only way the state changes; keys and mouse events become [`Action`]s
//! first (see `keys`), and drawing only reads the state. The reading position is kept as
//! a row of the wrapped text plus the byte at the top, so a resize rewraps and lands on the
//! same words.

use std::ops::Range;

use crate::extract::{Analysis, EntityKind, EntityRef, Lang, Span};

use super::layout::{list_offset, Geometry};
use super::search::{fold, Matcher};
use super::wrap::{clusters, paragraphs, Wrapped};

/// Rows of context kept above the target of a jump.
pub const JUMP_CONTEXT: usize = 3;
/// Rows the mouse wheel scrolls.
pub const WHEEL_ROWS: usize = 3;

/// One of the four panels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Panel {
    /// People.
    People,
    /// Places.
    Places,
    /// Organisations.
    Organisations,
    /// Quotations.
    Quotations,
}

impl Panel {
    /// Every panel, in screen order.
    pub const ALL: [Self; 4] = [
        Self::People,
        Self::Places,
        Self::Organisations,
        Self::Quotations,
    ];

    /// The panel's title.
    #[must_use]
    pub const fn title(self) -> &'static str {
        match self {
            Self::People => "People",
            Self::Places => "Places",
            Self::Organisations => "Organisations",
            Self::Quotations => "Quotations",
        }
    }

    /// Position in [`Panel::ALL`].
    #[must_use]
    pub const fn index(self) -> usize {
        match self {
            Self::People => 0,
            Self::Places => 1,
            Self::Organisations => 2,
            Self::Quotations => 3,
        }
    }

    /// The kind of entity the panel lists, if it lists entities.
    #[must_use]
    pub const fn kind(self) -> Option<EntityKind> {
        match self {
            Self::People => Some(EntityKind::Person),
            Self::Places => Some(EntityKind::Place),
            Self::Organisations => Some(EntityKind::Organization),
            Self::Quotations => None,
        }
    }

    /// The panel listing entities of `kind`.
    #[must_use]
    pub const fn of(kind: EntityKind) -> Self {
        match kind {
            EntityKind::Person => Self::People,
            EntityKind::Place => Self::Places,
            EntityKind::Organization => Self::Organisations,
        }
    }
}

/// What has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The article.
    Article,
    /// One of the panels.
    Panel(Panel),
}

/// Everything the reader can be asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave the reader.
    Quit,
    /// Focus the next of article, People, Places, Organisations, Quotations.
    FocusNext,
    /// Focus the previous one.
    FocusPrev,
    /// Focus one panel.
    FocusPanel(Panel),
    /// Next entry in a panel; next row (or focused paragraph) of the article.
    Down,
    /// Previous entry; previous row (or focused paragraph).
    Up,
    /// Jump to the selected panel entry in the text.
    Activate,
    /// Next mention of the selected entity, or next search match.
    Next,
    /// Previous mention, or previous search match.
    Prev,
    /// Next mention of any entity in reading order.
    NextEntity,
    /// Previous mention of any entity.
    PrevEntity,
    /// Open the search prompt.
    SearchStart,
    /// One screen down (next focused paragraph in focus mode).
    PageDown,
    /// One screen up.
    PageUp,
    /// Start of the article.
    Top,
    /// End of the article.
    Bottom,
    /// Show or hide the help screen.
    Help,
    /// Close help, the prompt, or the search.
    Escape,
    /// Dim paragraphs that do not mention the selected entity.
    FocusMode,
    /// Scroll the article by rows (mouse wheel); negative is up.
    Scroll(i32),
    /// A click at a screen cell.
    Click(u16, u16),
    /// The terminal's new size.
    Resize(u16, u16),
    /// A character typed into the search prompt.
    SearchInput(char),
    /// Erase the prompt's last character.
    SearchBackspace,
    /// Run the search typed in the prompt.
    SearchSubmit,
}

/// Choices made on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Colours on (off with `NO_COLOR` or `--no-color`).
    pub color: bool,
    /// Mouse capture on (off with `--no-mouse`).
    pub mouse: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            color: true,
            mouse: true,
        }
    }
}

/// The text search: prompt, query and the match under the cursor. Matches are found one at
/// a time (see [`super::search`]), so a search costs the same on any length of text.
#[derive(Debug, Clone, Default)]
pub struct Search {
    /// The prompt's text while it is open.
    pub prompt: Option<String>,
    /// The last query run.
    pub query: String,
    /// The query compiled, while a search with matches is on.
    pub matcher: Option<Matcher>,
    /// The match under the cursor.
    pub current: Option<Span>,
}

impl Search {
    /// True while `n`/`N` walk search matches rather than mentions.
    #[must_use]
    pub const fn active(&self) -> bool {
        self.matcher.is_some()
    }
}

/// The whole reader.
#[derive(Debug, Clone)]
pub struct State {
    /// The file's name as shown in the status line.
    pub name: String,
    /// The article's language.
    pub lang: Lang,
    /// The article.
    pub text: String,
    /// The article in lower case, byte for byte, for searching (see `search::fold`).
    pub folded: String,
    /// What extraction found (empty until it is ready).
    pub analysis: Analysis,
    /// False while extraction is still running.
    pub analysed: bool,
    /// Every mention in reading order.
    pub mentions: Vec<(Span, EntityRef)>,
    /// Quotations' spans in reading order.
    pub quote_spans: Vec<Span>,
    /// The article's paragraphs.
    pub paragraphs: Vec<Range<usize>>,
    /// Command-line choices.
    pub options: Options,
    /// The screen's regions.
    pub geometry: Geometry,
    /// The article cut into rows for the current width.
    pub wrapped: Wrapped,
    /// First row on screen.
    pub top: usize,
    /// What has the keyboard.
    pub focus: Focus,
    /// The panel shown when the panels are tabs.
    pub tab: Panel,
    /// Selected entry of each panel.
    pub panel_sel: [usize; 4],
    /// The selected entity.
    pub selected: Option<EntityRef>,
    /// Which of its mentions the cursor is on.
    pub mention: Option<usize>,
    /// What the cursor is on: a mention, a quotation or a search match.
    pub cursor: Option<Span>,
    /// The search.
    pub search: Search,
    /// Help screen shown.
    pub help: bool,
    /// First line of the help screen shown.
    pub help_scroll: usize,
    /// Focus mode on.
    pub focus_mode: bool,
    /// A short note for the status line (no match, nothing selected…).
    pub note: Option<String>,
    /// What loading did to the file (lossy decoding, a legacy encoding, removed escapes…),
    /// shown in the status line for as long as the reader is open.
    pub load_notes: Vec<String>,
    /// True when the file held no text: the article pane says "empty document".
    pub empty: bool,
    /// Set when the reader should close.
    pub quit: bool,
}

impl State {
    /// A reader on `text` for a `width` × `height` screen; `analysis` may come later.
    #[must_use]
    pub fn new(
        name: impl Into<String>,
        lang: Lang,
        text: impl Into<String>,
        analysis: Option<Analysis>,
        options: Options,
        size: (u16, u16),
    ) -> Self {
        let text = text.into();
        let geometry = Geometry::new(size.0, size.1);
        let wrapped = Wrapped::new(&text, wrap_width(&geometry));
        let paragraphs = paragraphs(&text);
        let mut state = Self {
            name: name.into(),
            lang,
            folded: fold(&text),
            text,
            analysis: Analysis::default(),
            analysed: false,
            mentions: Vec::new(),
            quote_spans: Vec::new(),
            paragraphs,
            options,
            geometry,
            wrapped,
            top: 0,
            focus: Focus::Article,
            tab: Panel::People,
            panel_sel: [0; 4],
            selected: None,
            mention: None,
            cursor: None,
            search: Search::default(),
            help: false,
            help_scroll: 0,
            focus_mode: false,
            note: None,
            load_notes: Vec::new(),
            empty: false,
            quit: false,
        };
        state.empty = state.text.is_empty();
        if let Some(analysis) = analysis {
            state.set_analysis(analysis);
        }
        state
    }

    /// Takes in the analysis once extraction is done.
    pub fn set_analysis(&mut self, mut analysis: Analysis) {
        // Navigation searches mentions by position: keep them sorted and inside the text
        // whatever the extractor hands over.
        let text = &self.text;
        for list in [
            &mut analysis.people,
            &mut analysis.places,
            &mut analysis.organizations,
        ] {
            for e in list.iter_mut() {
                e.mentions.retain(|s| {
                    s.start < s.end
                        && s.end <= text.len()
                        && text.is_char_boundary(s.start)
                        && text.is_char_boundary(s.end)
                });
                e.mentions.sort();
                e.mentions.dedup();
            }
        }
        let len = self.text.len();
        let valid = |s: &Span| {
            s.start < s.end
                && s.end <= len
                && self.text.is_char_boundary(s.start)
                && self.text.is_char_boundary(s.end)
        };
        self.mentions = analysis
            .mentions()
            .into_iter()
            .filter(|(s, _)| valid(s))
            .collect();
        self.quote_spans = analysis
            .quotes
            .iter()
            .map(|q| q.span)
            .filter(valid)
            .collect();
        self.quote_spans.sort();
        self.analysis = analysis;
        self.analysed = true;
        self.panel_sel = [0; 4];
        if self.selected.is_some() {
            self.selected = None;
            self.mention = None;
        }
    }

    /// Number of entries in a panel.
    #[must_use]
    pub fn panel_len(&self, panel: Panel) -> usize {
        match panel.kind() {
            Some(kind) => self.analysis.entities(kind).len(),
            None => self.analysis.quotes.len(),
        }
    }

    /// Rows of text on screen.
    #[must_use]
    pub fn height(&self) -> usize {
        usize::from(self.geometry.text.height)
    }

    /// The last row that may be at the top.
    #[must_use]
    pub fn max_top(&self) -> usize {
        self.wrapped.len().saturating_sub(self.height())
    }

    /// How far through the article the screen is, 0 to 100.
    #[must_use]
    pub fn percent(&self) -> usize {
        let max = self.max_top();
        (self.top.min(max) * 100).checked_div(max).unwrap_or(100)
    }

    /// The byte at the top of the screen.
    #[must_use]
    pub fn top_byte(&self) -> usize {
        self.wrapped.rows.get(self.top).map_or(0, |r| r.start)
    }

    /// The selected entity's mentions.
    #[must_use]
    pub fn selected_mentions(&self) -> &[Span] {
        self.selected
            .and_then(|r| self.analysis.entity(r))
            .map_or(&[], |e| e.mentions.as_slice())
    }

    fn scroll_to(&mut self, row: usize) {
        self.top = row.min(self.max_top());
    }

    fn scroll_by(&mut self, delta: i64) {
        let row = if delta < 0 {
            self.top
                .saturating_sub(usize::try_from(-delta).unwrap_or(usize::MAX))
        } else {
            self.top
                .saturating_add(usize::try_from(delta).unwrap_or(usize::MAX))
        };
        self.scroll_to(row);
    }

    /// Brings byte `pos` on screen, with a few rows of context above it.
    fn reveal(&mut self, pos: usize) {
        let row = self.wrapped.row_of(pos);
        let h = self.height();
        let ctx = JUMP_CONTEXT.min(h / 4);
        let comfortable =
            self.top.saturating_add(ctx)..self.top.saturating_add(h.saturating_sub(ctx).max(1));
        if !comfortable.contains(&row) {
            self.scroll_to(row.saturating_sub(ctx));
        }
    }

    fn select_entity(&mut self, r: EntityRef) {
        if self.analysis.entity(r).is_none() {
            return;
        }
        if self.selected != Some(r) {
            self.selected = Some(r);
            self.mention = None;
        }
        self.panel_sel[Panel::of(r.kind).index()] = r.index;
    }

    /// Brings the panel listing `r` into view (its tab, on a narrow screen); a focused
    /// panel hands the focus over, so the keyboard stays on the selection.
    fn show_panel_of(&mut self, r: EntityRef) {
        let panel = Panel::of(r.kind);
        self.tab = panel;
        if matches!(self.focus, Focus::Panel(_)) {
            self.focus = Focus::Panel(panel);
        }
    }

    /// The paragraph holding byte `pos`, if it is in one.
    #[must_use]
    pub fn para_of(&self, pos: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.end <= pos);
        self.paragraphs.get(i).filter(|p| p.start <= pos).map(|_| i)
    }

    /// True when paragraph `p` mentions the selected entity. Mentions and paragraphs are
    /// both in reading order, so a search answers it and nothing is cached per selection.
    #[must_use]
    pub fn para_mentions_selected(&self, p: usize) -> bool {
        let Some(para) = self.paragraphs.get(p) else {
            return false;
        };
        let ms = self.selected_mentions();
        let i = ms.partition_point(|m| m.start < para.start);
        ms.get(i).is_some_and(|m| m.start < para.end)
    }

    /// The paragraphs that mention the selected entity, in order.
    #[must_use]
    pub fn focus_paras(&self) -> Vec<usize> {
        let mut out: Vec<usize> = self
            .selected_mentions()
            .iter()
            .filter_map(|m| self.para_of(m.start))
            .collect();
        out.dedup();
        out
    }

    /// True when some selected mention starts in bytes `range`.
    #[must_use]
    pub fn selected_mention_in(&self, range: Range<usize>) -> bool {
        let ms = self.selected_mentions();
        let i = ms.partition_point(|m| m.start < range.start);
        ms.get(i).is_some_and(|m| m.start < range.end)
    }

    fn goto_mention(&mut self, i: usize) {
        let Some(&span) = self.selected_mentions().get(i) else {
            return;
        };
        self.mention = Some(i);
        self.cursor = Some(span);
        self.reveal(span.start);
    }

    /// The cursor, if it is on screen: after scrolling away from it, walking starts from
    /// what the reader sees.
    fn visible_cursor(&self) -> Option<Span> {
        let c = self.cursor?;
        let row = self.wrapped.row_of(c.start);
        (self.top..self.top + self.height().max(1))
            .contains(&row)
            .then_some(c)
    }

    fn step_mention(&mut self, forward: bool) {
        let n = self.selected_mentions().len();
        if n == 0 {
            self.note = Some(if self.selected.is_some() {
                "no mention".into()
            } else {
                "select an entity first (Tab, 1-4 or ])".into()
            });
            return;
        }
        let i = match self.mention {
            Some(i) if forward => (i + 1) % n,
            Some(i) => (i + n - 1) % n,
            None => {
                let here = self.top_byte();
                let after = self.selected_mentions().partition_point(|s| s.start < here);
                if forward {
                    after % n
                } else {
                    (after + n - 1) % n
                }
            }
        };
        self.goto_mention(i);
    }

    fn step_match(&mut self, forward: bool) {
        let Some(m) = &self.search.matcher else {
            return;
        };
        let text = self.folded.as_str();
        let here = self.top_byte();
        let found = if forward {
            let from = self.search.current.map_or(here, |c| c.end.max(c.start + 1));
            m.first_around(text, from)
        } else {
            let before = self.search.current.map_or(here, |c| c.start);
            m.last_before(text, before)
                .or_else(|| m.last_before(text, text.len()))
        };
        if let Some(span) = found {
            if self.search.current.is_some_and(|c| {
                if forward {
                    span.start < c.start
                } else {
                    span.start > c.start
                }
            }) {
                self.note = Some(if forward {
                    "search wrapped to the start".into()
                } else {
                    "search wrapped to the end".into()
                });
            }
            self.search.current = Some(span);
            self.cursor = Some(span);
            self.reveal(span.start);
        }
    }

    fn step_entity(&mut self, forward: bool) {
        let n = self.mentions.len();
        if n == 0 {
            self.note = Some("no entity".into());
            return;
        }
        let i = if let Some(cursor) = self.visible_cursor() {
            let here = cursor.start;
            if forward {
                self.mentions.partition_point(|(s, _)| s.start <= here) % n
            } else {
                (self.mentions.partition_point(|(s, _)| s.start < here) + n - 1) % n
            }
        } else {
            let here = self.top_byte();
            let after = self.mentions.partition_point(|(s, _)| s.start < here);
            if forward {
                after % n
            } else {
                (after + n - 1) % n
            }
        };
        let (span, r) = self.mentions[i];
        self.select_entity(r);
        self.show_panel_of(r);
        let index = self
            .selected_mentions()
            .partition_point(|s| s.start < span.start);
        self.goto_mention(index);
    }

    fn step_paragraph(&mut self, forward: bool) {
        // Paragraph jumps leave the blank row above on screen: the paragraph read is the
        // one after it.
        let rows = &self.wrapped.rows;
        let anchor = if rows.get(self.top).is_some_and(|r| r.blank) {
            self.top + 1
        } else {
            self.top
        };
        let current = rows.get(anchor).map_or(0, |r| r.para);
        let at_top_of_para = rows.get(anchor).is_some_and(|r| {
            !r.blank
                && self
                    .paragraphs
                    .get(r.para)
                    .is_some_and(|p| p.start == r.start)
        });
        let ms = self.selected_mentions();
        let target = if forward {
            let from = self
                .paragraphs
                .get(current + 1)
                .map_or(usize::MAX, |p| p.start);
            let i = ms.partition_point(|m| m.start < from);
            ms.get(i).and_then(|m| self.para_of(m.start))
        } else {
            let bound = if at_top_of_para { current } else { current + 1 };
            let until = self
                .paragraphs
                .get(bound)
                .map_or(self.text.len(), |p| p.start);
            let i = ms.partition_point(|m| m.start < until);
            i.checked_sub(1)
                .and_then(|i| ms.get(i))
                .and_then(|m| self.para_of(m.start))
        };
        match target.and_then(|p| self.paragraphs.get(p)) {
            Some(p) => {
                let row = self.wrapped.row_of(p.start);
                self.scroll_to(row.saturating_sub(1));
            }
            None => self.note = Some("no further paragraph mentions it".into()),
        }
    }

    fn focus_moves_by_paragraph(&self) -> bool {
        self.focus_mode && !self.selected_mentions().is_empty()
    }

    fn set_focus(&mut self, focus: Focus) {
        self.focus = focus;
        if let Focus::Panel(panel) = focus {
            self.tab = panel;
            self.select_panel_entry(panel);
        }
    }

    /// Makes the panel's selected entry the selected entity (entity panels only).
    fn select_panel_entry(&mut self, panel: Panel) {
        let i = self.panel_sel[panel.index()];
        if let Some(kind) = panel.kind() {
            if i < self.analysis.entities(kind).len() {
                let r = EntityRef { kind, index: i };
                if self.selected != Some(r) {
                    self.select_entity(r);
                    self.cursor = None;
                }
            }
        }
    }

    fn move_in_panel(&mut self, panel: Panel, down: bool) {
        let len = self.panel_len(panel);
        if len == 0 {
            return;
        }
        let sel = &mut self.panel_sel[panel.index()];
        *sel = if down {
            (*sel + 1).min(len - 1)
        } else {
            sel.saturating_sub(1)
        };
        self.select_panel_entry(panel);
    }

    fn activate(&mut self) {
        let Focus::Panel(panel) = self.focus else {
            return;
        };
        let i = self.panel_sel[panel.index()];
        if panel.kind().is_some() {
            self.select_panel_entry(panel);
            self.goto_mention(0);
        } else if let Some(q) = self.analysis.quotes.get(i) {
            let (span, speaker) = (q.span, q.speaker_ref);
            if span.end > self.text.len() {
                return;
            }
            if let Some(r) = speaker {
                self.select_entity(r);
            }
            self.mention = None;
            self.cursor = Some(span);
            self.reveal(span.start);
        }
    }

    fn run_search(&mut self, query: String) {
        self.search.current = None;
        self.search.matcher = Matcher::new(&query);
        self.search.query = query;
        let here = self.top_byte();
        let first = self
            .search
            .matcher
            .as_ref()
            .and_then(|m| m.first_around(&self.folded, here));
        let Some(span) = first else {
            self.search.matcher = None;
            self.note = Some(format!("no match for “{}”", self.search.query));
            return;
        };
        self.search.current = Some(span);
        self.cursor = Some(span);
        self.reveal(span.start);
    }

    fn resize(&mut self, width: u16, height: u16) {
        let anchor = self.top_byte();
        self.geometry = Geometry::new(width, height);
        let wrap = wrap_width(&self.geometry);
        // A screen too small to draw on keeps the rows it had: wrapping a long article at
        // a few columns would cost time and memory for nothing shown.
        if !self.geometry.too_small && wrap != self.wrapped.width {
            self.wrapped = Wrapped::new(&self.text, wrap);
        }
        let row = self.wrapped.row_of(anchor);
        self.scroll_to(row);
    }

    fn click(&mut self, x: u16, y: u16) {
        let g = self.geometry;
        if g.too_small || self.help {
            return;
        }
        let pos = ratatui::layout::Position::new(x, y);
        if g.tabbed && g.tabs.contains(pos) {
            if let Some(panel) = tab_at(&g, x) {
                self.set_focus(Focus::Panel(panel));
            }
            return;
        }
        for panel in Panel::ALL {
            if g.tabbed && panel != self.tab {
                continue;
            }
            let list = g.panel_list(panel.index());
            if list.contains(pos) {
                let offset = list_offset(self.panel_sel[panel.index()], usize::from(list.height));
                let i = offset + usize::from(y - list.y);
                self.focus = Focus::Panel(panel);
                self.tab = panel;
                if i < self.panel_len(panel) {
                    self.panel_sel[panel.index()] = i;
                    self.select_panel_entry(panel);
                }
                return;
            }
        }
        if g.scrollbar.contains(pos) {
            // The scrollbar is a map of the whole article: a click goes to that place.
            let h = usize::from(g.scrollbar.height).max(1);
            let row = usize::from(y - g.scrollbar.y) * self.wrapped.len() / h;
            self.scroll_to(row.saturating_sub(self.height() / 2));
            return;
        }
        if g.text.contains(pos) {
            let row = self.top + usize::from(y - g.text.y);
            let col = usize::from(x - g.text.x);
            let Some(byte) = self.byte_at(row, col) else {
                return;
            };
            let i = self.mentions.partition_point(|(s, _)| s.start <= byte);
            let hit = self.mentions[..i]
                .iter()
                .rev()
                .take(8)
                .find(|(s, _)| s.start <= byte && byte < s.end)
                .copied();
            if let Some((span, r)) = hit {
                self.focus = Focus::Article;
                self.select_entity(r);
                self.show_panel_of(r);
                let index = self
                    .selected_mentions()
                    .partition_point(|s| s.start < span.start);
                self.mention = Some(index);
                self.cursor = Some(span);
            }
        }
    }

    /// The byte under column `col` of row `row`.
    #[must_use]
    pub fn byte_at(&self, row: usize, col: usize) -> Option<usize> {
        let r = *self.wrapped.rows.get(row)?;
        let mut found = None;
        let mut at = 0usize;
        clusters(&self.text, r.start..r.end, 0, |c| {
            if col < at + c.width.max(1) {
                found = Some(c.pos);
                return false;
            }
            at += c.width;
            true
        });
        found
    }
}

/// The width to wrap at: the text area's, or the longest row when nothing can be drawn.
fn wrap_width(g: &Geometry) -> usize {
    if g.too_small {
        usize::from(super::layout::MAX_TEXT_WIDTH)
    } else {
        usize::from(g.text.width).max(1)
    }
}

/// The panel whose tab covers column `x` (tabs share the bar equally).
#[must_use]
pub fn tab_at(g: &Geometry, x: u16) -> Option<Panel> {
    let w = g.tabs.width / 4;
    if w == 0 {
        return None;
    }
    Panel::ALL
        .get(usize::from((x - g.tabs.x.min(x)) / w))
        .copied()
}

/// Applies `action` to `state`.
pub fn update(state: &mut State, action: Action) {
    if !matches!(action, Action::Resize(..)) {
        state.note = None;
    }
    match action {
        Action::Quit => state.quit = true,
        Action::Help => {
            state.help = !state.help;
            state.help_scroll = 0;
        }
        Action::Escape => {
            if state.help {
                state.help = false;
            } else if state.search.prompt.is_some() {
                state.search.prompt = None;
            } else if state.search.active() || !state.search.query.is_empty() {
                let was_match = state.search.current;
                state.search = Search::default();
                if was_match.is_some() && state.cursor == was_match {
                    state.cursor = None;
                }
            } else {
                state.cursor = None;
                state.mention = None;
            }
        }
        Action::Resize(w, h) => state.resize(w, h),
        Action::Down if state.help => {
            state.help_scroll = (state.help_scroll + 1).min(super::keys::BINDINGS.len() + 8);
        }
        Action::Up if state.help => state.help_scroll = state.help_scroll.saturating_sub(1),
        _ if state.help => {}
        Action::SearchInput(c) => {
            if let Some(p) = state.search.prompt.as_mut() {
                if !c.is_control() {
                    p.push(c);
                }
            }
        }
        Action::SearchBackspace => {
            if let Some(p) = state.search.prompt.as_mut() {
                p.pop();
            }
        }
        Action::SearchSubmit => {
            if let Some(query) = state.search.prompt.take() {
                if query.is_empty() {
                    state.search = Search::default();
                } else {
                    state.run_search(query);
                }
            }
        }
        Action::SearchStart => state.search.prompt = Some(String::new()),
        Action::FocusNext | Action::FocusPrev => {
            let order = [
                Focus::Article,
                Focus::Panel(Panel::People),
                Focus::Panel(Panel::Places),
                Focus::Panel(Panel::Organisations),
                Focus::Panel(Panel::Quotations),
            ];
            let i = order.iter().position(|f| *f == state.focus).unwrap_or(0);
            let next = if action == Action::FocusNext {
                (i + 1) % order.len()
            } else {
                (i + order.len() - 1) % order.len()
            };
            state.set_focus(order[next]);
        }
        Action::FocusPanel(p) => state.set_focus(Focus::Panel(p)),
        Action::Down | Action::Up => {
            let down = action == Action::Down;
            match state.focus {
                Focus::Panel(p) => state.move_in_panel(p, down),
                Focus::Article if state.focus_moves_by_paragraph() => state.step_paragraph(down),
                Focus::Article => state.scroll_by(if down { 1 } else { -1 }),
            }
        }
        Action::Activate => state.activate(),
        Action::Next | Action::Prev => {
            let forward = action == Action::Next;
            if !state.search.active() {
                state.step_mention(forward);
            } else {
                state.step_match(forward);
            }
        }
        Action::NextEntity => state.step_entity(true),
        Action::PrevEntity => state.step_entity(false),
        Action::PageDown if state.focus_moves_by_paragraph() => state.step_paragraph(true),
        Action::PageDown => {
            let page = state.height().saturating_sub(2).max(1);
            state.scroll_by(i64::try_from(page).unwrap_or(i64::MAX));
        }
        Action::PageUp => {
            let page = state.height().saturating_sub(2).max(1);
            state.scroll_by(-i64::try_from(page).unwrap_or(i64::MAX));
        }
        Action::Top => state.scroll_to(0),
        Action::Bottom => state.scroll_to(usize::MAX),
        Action::FocusMode => {
            state.focus_mode = !state.focus_mode;
            if state.focus_mode && state.selected.is_none() {
                state.note = Some("focus mode: select an entity to focus on".into());
            }
        }
        Action::Scroll(rows) => state.scroll_by(i64::from(rows)),
        Action::Click(x, y) => state.click(x, y),
    }
}
