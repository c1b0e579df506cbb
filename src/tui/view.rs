//! Drawing: the state becomes a frame. Reads `&State` only, and builds lines only for the
//! rows on screen, so a 10 MB article draws as fast as a short one.
//!
//! Every kind of highlight differs by a text attribute as well as by colour, so the reader
//! works with `NO_COLOR`: people bold, places underlined, organisations bold and underlined,
//! quotations italic with a bar in the gutter; the selected entity reversed, and the mention
//! under the cursor reversed with a `▶` in the gutter.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span as TSpan};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Widget};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::extract::{EntityKind, EntityRef, Span};

use super::app::{tab_at, Focus, Panel, State};
use super::keys::{help_rows, Context};
use super::layout::{list_offset, MIN_HEIGHT, MIN_WIDTH};
use super::wrap::{clusters, visible};

/// The reader's look, with or without colour.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    color: bool,
}

impl Theme {
    fn fg(self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    fn kind_color(kind: EntityKind) -> Color {
        match kind {
            EntityKind::Person => Color::LightYellow,
            EntityKind::Place => Color::LightGreen,
            EntityKind::Organization => Color::LightCyan,
        }
    }

    /// An entity's mention.
    #[must_use]
    pub fn entity(self, kind: EntityKind) -> Style {
        let m = match kind {
            EntityKind::Person => Modifier::BOLD,
            EntityKind::Place => Modifier::UNDERLINED,
            EntityKind::Organization => Modifier::BOLD | Modifier::UNDERLINED,
        };
        self.fg(Self::kind_color(kind)).add_modifier(m)
    }

    /// Quoted words.
    #[must_use]
    pub fn quote(self) -> Style {
        self.fg(Color::LightMagenta).add_modifier(Modifier::ITALIC)
    }

    /// A mention of the selected entity.
    #[must_use]
    pub fn selected(self, kind: EntityKind) -> Style {
        if self.color {
            Style::new().fg(Color::Black).bg(Self::kind_color(kind))
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    /// The mention, quotation or match under the cursor.
    #[must_use]
    pub fn cursor(self) -> Style {
        let s = Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD);
        if self.color {
            s.fg(Color::LightRed).bg(Color::Black)
        } else {
            s.add_modifier(Modifier::UNDERLINED)
        }
    }

    /// A search match.
    #[must_use]
    pub fn search(self) -> Style {
        if self.color {
            Style::new().fg(Color::White).bg(Color::Blue)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::ITALIC)
        }
    }

    fn dim(self) -> Style {
        self.fg(Color::DarkGray).add_modifier(Modifier::DIM)
    }

    fn focused_border(self) -> Style {
        self.fg(Color::LightBlue).add_modifier(Modifier::BOLD)
    }
}

/// Draws the whole reader into `buf`.
pub fn draw(state: &State, buf: &mut Buffer) {
    let g = &state.geometry;
    let area = buf.area;
    Clear.render(area, buf);
    if g.too_small || area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(area, buf);
        return;
    }
    let theme = Theme {
        color: state.options.color,
    };
    legend(state, theme, buf);
    article(state, theme, buf);
    scrollbar(state, theme, buf);
    if g.tabbed {
        tabs(state, theme, buf);
        panel_list(
            state,
            theme,
            state.tab,
            g.panel_list(state.tab.index()),
            buf,
        );
    } else {
        for panel in Panel::ALL {
            let rect = g.panels[panel.index()];
            let focused = state.focus == Focus::Panel(panel);
            let title = format!(" {} ({}) ", panel.title(), state.panel_len(panel));
            let block = Block::new()
                .borders(Borders::ALL)
                .border_type(if focused {
                    BorderType::Thick
                } else {
                    BorderType::Plain
                })
                .border_style(if focused {
                    theme.focused_border()
                } else {
                    Style::new()
                })
                .title(title);
            block.render(rect, buf);
            panel_list(state, theme, panel, g.panel_list(panel.index()), buf);
        }
    }
    status(state, buf);
    if state.help {
        help(theme, state.help_scroll, area, buf);
    }
}

fn too_small(area: Rect, buf: &mut Buffer) {
    let msg = "terminal too small";
    let need = format!("need {MIN_WIDTH}×{MIN_HEIGHT}");
    let y = area.height / 2;
    for (dy, line) in [msg, need.as_str()].iter().enumerate() {
        let w = u16::try_from(line.width())
            .unwrap_or(u16::MAX)
            .min(area.width);
        let x = area.width.saturating_sub(w) / 2;
        let yy = y.saturating_add(u16::try_from(dy).unwrap_or(0));
        if yy < area.height {
            buf.set_stringn(x, yy, line, usize::from(area.width), Style::new());
        }
    }
}

fn legend(state: &State, theme: Theme, buf: &mut Buffer) {
    let r = state.geometry.legend;
    let full = ["Person", "Place", "Organisation", "│“Quotation”"];
    let short = ["Person", "Place", "Org", "│“Quote”"];
    let pending = if state.analysed { "" } else { "analysing…" };
    let wide = full.iter().map(|l| l.width() + 2).sum::<usize>() + 1 + pending.width()
        <= usize::from(r.width);
    let (labels, gap) = if wide { (full, "  ") } else { (short, " ") };
    let styles = [
        theme.entity(EntityKind::Person),
        theme.entity(EntityKind::Place),
        theme.entity(EntityKind::Organization),
        theme.quote(),
    ];
    let mut spans = vec![TSpan::raw(" ")];
    for (label, style) in labels.into_iter().zip(styles) {
        spans.push(TSpan::styled(label, style));
        spans.push(TSpan::raw(gap));
    }
    spans.push(TSpan::styled(pending, theme.dim()));
    buf.set_line(r.x, r.y, &Line::from(spans), r.width);
}

fn overlapping(spans: &[Span], row: std::ops::Range<usize>) -> &[Span] {
    let mut lo = spans.partition_point(|s| s.start < row.start);
    // Spans that start before the row may still reach into it.
    let mut back = 0;
    while lo > 0 && back < 64 {
        if spans[lo - 1].end > row.start {
            lo -= 1;
            back += 1;
        } else {
            break;
        }
    }
    let hi = spans.partition_point(|s| s.start < row.end);
    &spans[lo..hi.max(lo)]
}

fn article(state: &State, theme: Theme, buf: &mut Buffer) {
    let g = &state.geometry;
    if state.empty {
        buf.set_stringn(
            g.text.x,
            g.text.y,
            "empty document",
            usize::from(g.text.width),
            theme.dim(),
        );
        return;
    }
    let text = state.text.as_str();
    let dim_others = state.focus_mode && state.selected.is_some();
    // Search matches are looked for in the rows on screen only.
    let found_on_screen = match &state.search.matcher {
        Some(m) => {
            let rows = &state.wrapped.rows;
            let first = rows.get(state.top).map_or(0, |r| r.start);
            let last = state
                .top
                .saturating_add(usize::from(g.text.height))
                .min(rows.len());
            let end = last
                .checked_sub(1)
                .and_then(|i| rows.get(i))
                .map_or(first, |r| r.end);
            m.overlapping(&state.folded, first..end)
        }
        None => Vec::new(),
    };
    for dy in 0..g.text.height {
        let row_i = state.top + usize::from(dy);
        let Some(row) = state.wrapped.rows.get(row_i) else {
            break;
        };
        let y = g.text.y + dy;
        let range = row.start..row.end;
        let dimmed = dim_others && !state.para_mentions_selected(row.para);
        let base = if dimmed { theme.dim() } else { Style::new() };

        // Mentions overlapping the row, found by binary search on the reading-order list.
        let lo = state.mentions.partition_point(|(s, _)| s.start < row.start);
        let mut ms: Vec<(Span, EntityRef)> = Vec::new();
        let start_scan = lo.saturating_sub(8);
        for &(s, r) in &state.mentions[start_scan..] {
            if s.start >= row.end {
                break;
            }
            if s.end > row.start {
                ms.push((s, r));
            }
        }
        let qs = overlapping(&state.quote_spans, range.clone());
        let found = overlapping(&found_on_screen, range.clone());

        let mut gutter = "  ";
        if !qs.is_empty() {
            gutter = "│ ";
        }
        if state
            .cursor
            .is_some_and(|c| c.start >= row.start && c.start < row.end.max(row.start + 1))
        {
            gutter = "▶ ";
        }
        let gstyle = match gutter {
            "▶ " => theme.cursor().remove_modifier(Modifier::UNDERLINED),
            "│ " => base.patch(theme.quote()),
            _ => base,
        };
        buf.set_stringn(g.gutter.x, y, gutter, usize::from(g.gutter.width), gstyle);

        let mut spans: Vec<TSpan<'_>> = Vec::new();
        let mut cur_style: Option<Style> = None;
        let mut cur = String::new();
        clusters(text, range, 0, |c| {
            let p = c.pos;
            let mut style = base;
            if qs.iter().any(|q| q.start <= p && p < q.end) {
                style = style.patch(theme.quote());
            }
            if let Some((_, r)) = ms.iter().find(|(s, _)| s.start <= p && p < s.end) {
                style = style.patch(theme.entity(r.kind));
                if state.selected == Some(*r) {
                    style = style.patch(theme.selected(r.kind));
                }
            }
            if found.iter().any(|s| s.start <= p && p < s.end) {
                style = style.patch(theme.search());
            }
            if state.cursor.is_some_and(|s| s.start <= p && p < s.end) {
                style = style.patch(theme.cursor());
            }
            if cur_style != Some(style) {
                if let Some(st) = cur_style {
                    spans.push(TSpan::styled(std::mem::take(&mut cur), st));
                }
                cur_style = Some(style);
            }
            cur.push_str(&c.shown);
            true
        });
        if let Some(st) = cur_style {
            spans.push(TSpan::styled(cur, st));
        }
        buf.set_line(g.text.x, y, &Line::from(spans), g.text.width);
    }
}

fn scrollbar(state: &State, theme: Theme, buf: &mut Buffer) {
    let r = state.geometry.scrollbar;
    let h = usize::from(r.height);
    if h == 0 {
        return;
    }
    let total = state.wrapped.len().max(1);
    let visible_rows = state.height();
    let thumb_start = state.top * h / total;
    let thumb_end = ((state.top + visible_rows) * h)
        .div_ceil(total)
        .clamp(thumb_start + 1, h);
    // Cell y stands for the rows r with r·h/total = y; it is marked when one of the
    // selected entity's mentions starts in those rows.
    let rows = &state.wrapped.rows;
    let row_start = |r: usize| rows.get(r).map_or(state.text.len(), |x| x.start);
    let marks: Vec<bool> = if state.selected.is_some() {
        (0..h)
            .map(|y| {
                let a = (y * total).div_ceil(h);
                let b = ((y + 1) * total).div_ceil(h);
                a < b && state.selected_mention_in(row_start(a)..row_start(b))
            })
            .collect()
    } else {
        vec![false; h]
    };
    let mark_style = match state.selected {
        Some(sel) => theme
            .fg(Theme::kind_color(sel.kind))
            .add_modifier(Modifier::BOLD),
        None => Style::new(),
    };
    for (y, &mark) in marks.iter().enumerate() {
        let on_thumb = (thumb_start..thumb_end).contains(&y);
        let (sym, style) = match (mark, on_thumb) {
            (true, true) => ("◆", mark_style.add_modifier(Modifier::REVERSED)),
            (true, false) => ("◆", mark_style),
            (false, true) => ("█", theme.fg(Color::Gray)),
            (false, false) => ("│", theme.dim()),
        };
        let yy = r.y + u16::try_from(y).unwrap_or(0);
        buf.set_string(r.x, yy, sym, style);
    }
}

/// `s` cut to `width` cells, with `…` when it was cut.
fn fit(s: &str, width: usize) -> String {
    let s = visible(s);
    if s.width() <= width {
        return s.into_owned();
    }
    let mut out = String::new();
    let mut w = 0;
    for g in s.graphemes(true) {
        let gw = g.width();
        if w + gw + 1 > width {
            break;
        }
        out.push_str(g);
        w += gw;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

fn tabs(state: &State, theme: Theme, buf: &mut Buffer) {
    let g = &state.geometry;
    let r = g.tabs;
    let w = usize::from(r.width / 4);
    for panel in Panel::ALL {
        let x = r.x + u16::try_from(panel.index() * w).unwrap_or(0);
        let n = state.panel_len(panel);
        let full = format!("{} {}", panel.title(), n);
        let short = match panel {
            Panel::People => "People",
            Panel::Places => "Places",
            Panel::Organisations => "Orgs",
            Panel::Quotations => "Quotes",
        };
        let label = if full.width() + 2 <= w {
            full
        } else {
            format!("{short} {n}")
        };
        let active = state.tab == panel;
        let focused = state.focus == Focus::Panel(panel);
        let mut style = if active {
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        } else {
            theme.dim()
        };
        if focused {
            style = style
                .patch(theme.focused_border())
                .add_modifier(Modifier::REVERSED);
        }
        let text = fit(&format!(" {label} "), w);
        buf.set_stringn(x, r.y, &text, w, style);
        debug_assert!(tab_at(g, x) == Some(panel) || w == 0);
    }
}

fn panel_list(state: &State, theme: Theme, panel: Panel, area: Rect, buf: &mut Buffer) {
    let h = usize::from(area.height);
    let width = usize::from(area.width);
    if h == 0 || width == 0 {
        return;
    }
    let len = state.panel_len(panel);
    if len == 0 {
        let msg = if state.analysed {
            "(none)"
        } else {
            "analysing…"
        };
        buf.set_stringn(area.x, area.y, msg, width, theme.dim());
        return;
    }
    let sel = state.panel_sel[panel.index()].min(len - 1);
    let offset = list_offset(sel, h);
    let focused = state.focus == Focus::Panel(panel);
    for (dy, i) in (offset..len.min(offset + h)).enumerate() {
        let y = area.y + u16::try_from(dy).unwrap_or(0);
        let is_sel = i == sel;
        let marker = if is_sel { "›" } else { " " };
        let mut line_style = Style::new();
        if is_sel {
            line_style = if focused {
                Style::new().add_modifier(Modifier::REVERSED)
            } else {
                Style::new().add_modifier(Modifier::BOLD)
            };
        }
        let body = match panel.kind() {
            Some(kind) => {
                let e = &state.analysis.entities(kind)[i];
                let count = e.mentions.len().to_string();
                let name_w = width.saturating_sub(count.width() + 3);
                let name = fit(&e.name, name_w);
                let pad = name_w.saturating_sub(name.width());
                let name_style = theme.entity(kind);
                buf.set_stringn(area.x, y, marker, width, line_style);
                buf.set_stringn(area.x + 1, y, &name, name_w, name_style.patch(line_style));
                let rest = format!("{} {count} ", " ".repeat(pad + 1));
                let x = area.x + 1 + u16::try_from(name.width()).unwrap_or(0);
                buf.set_stringn(
                    x,
                    y,
                    &rest,
                    width.saturating_sub(1 + name.width()),
                    line_style,
                );
                continue;
            }
            None => {
                let q = &state.analysis.quotes[i];
                let words = state
                    .text
                    .get(q.span.start..q.span.end)
                    .unwrap_or("")
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                let who = q.speaker.as_deref().unwrap_or("?");
                format!("{who}: “{words}”")
            }
        };
        let text = fit(&body, width.saturating_sub(1));
        let pad = width.saturating_sub(1 + text.width());
        buf.set_stringn(area.x, y, marker, width, line_style);
        buf.set_stringn(
            area.x + 1,
            y,
            format!("{text}{}", " ".repeat(pad)),
            width.saturating_sub(1),
            line_style,
        );
    }
}

fn status(state: &State, buf: &mut Buffer) {
    let r = state.geometry.status;
    let bar = if state.options.color {
        Style::new().bg(Color::DarkGray).fg(Color::White)
    } else {
        Style::new().add_modifier(Modifier::REVERSED)
    };
    buf.set_style(r, bar);
    let width = usize::from(r.width);
    if let Some(p) = &state.search.prompt {
        let line = format!("/{}▏", visible(p));
        let w = line.width();
        // Keep the end of a long query visible.
        let shown: String = if w > width {
            let skip = w - width;
            let mut acc = 0;
            line.graphemes(true)
                .skip_while(|g| {
                    acc += g.width();
                    acc <= skip
                })
                .collect()
        } else {
            line
        };
        buf.set_stringn(r.x, r.y, shown, width, bar);
        return;
    }
    let mut parts: Vec<String> = vec![
        state.lang.code().to_owned(),
        format!("{}%", state.percent()),
    ];
    match state.selected.and_then(|s| state.analysis.entity(s)) {
        Some(e) => {
            let n = e.mentions.len();
            let i = state
                .mention
                .map_or_else(|| "–".to_owned(), |i| (i + 1).to_string());
            parts.push(format!("{} {i}/{n}", e.name));
        }
        None => parts.push("no entity selected".to_owned()),
    }
    if state.search.active() {
        parts.push(format!("/“{}”", state.search.query));
    }
    if state.focus_mode {
        parts.push("focus".to_owned());
    }
    if let Some(note) = &state.note {
        parts.push(note.clone());
    }
    // What loading changed stays in view: the text on screen is not quite the file's.
    if !state.load_notes.is_empty() {
        parts.push(state.load_notes.join(", "));
    }
    let rest = format!(" │ {}", parts.join(" │ "));
    // The file name gives way first: the counter matters more on a narrow screen.
    let name_room = width.saturating_sub(rest.width() + 1).max(4);
    let left = format!(" {}{rest}", fit(&state.name, name_room));
    let left = fit(&visible(&left), width);
    buf.set_stringn(r.x, r.y, &left, width, bar.add_modifier(Modifier::BOLD));
    let lw = left.width();
    // The main keys, or at least how to get help and leave, when there is room (the help
    // screen lists them all).
    let keys = [
        "?:help Tab:panels n/N:mention ]/[:entity /:search q:quit ",
        "?:help q:quit ",
    ]
    .into_iter()
    .find(|k| !state.help && lw + 3 + k.width() <= width);
    if let Some(keys) = keys {
        let x = r.x + u16::try_from(width - keys.width()).unwrap_or(0);
        buf.set_stringn(x, r.y, keys, keys.width(), bar);
    }
}

fn help(theme: Theme, scroll: usize, area: Rect, buf: &mut Buffer) {
    let rows = help_rows();
    let key_w = rows.iter().map(|(_, k, _)| k.width()).max().unwrap_or(0);
    let mut lines: Vec<Line<'_>> = Vec::new();
    let mut last: Option<Context> = None;
    for (ctx, keys, desc) in rows {
        if last != Some(ctx) {
            if last.is_some() {
                lines.push(Line::raw(""));
            }
            lines.push(Line::styled(
                ctx.title(),
                theme.focused_border().add_modifier(Modifier::UNDERLINED),
            ));
            last = Some(ctx);
        }
        lines.push(Line::from(vec![
            TSpan::styled(
                format!(" {keys:<key_w$}  "),
                Style::new().add_modifier(Modifier::BOLD),
            ),
            TSpan::raw(desc),
        ]));
    }
    lines.push(Line::raw(""));
    lines.push(Line::raw(
        " Mouse: wheel scrolls; click an entry, a mention or the map.",
    ));
    let want_w = lines.iter().map(Line::width).max().unwrap_or(0) + 2;
    let w = u16::try_from(want_w).unwrap_or(u16::MAX).min(area.width);
    let h = u16::try_from(lines.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let popup = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    Clear.render(popup, buf);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .title(" Keys — j/k scroll, Esc closes ");
    let inner = block.inner(popup);
    block.render(popup, buf);
    let scroll = scroll.min(lines.len().saturating_sub(usize::from(inner.height)));
    for (dy, line) in lines
        .iter()
        .skip(scroll)
        .take(usize::from(inner.height))
        .enumerate()
    {
        let y = inner.y + u16::try_from(dy).unwrap_or(0);
        buf.set_line(inner.x, y, line, inner.width);
    }
}
