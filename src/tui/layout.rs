//! Where everything goes on screen, computed from the terminal's size alone.
//!
//! The same [`Geometry`] serves drawing and mouse clicks, so a click lands on what was drawn.

use ratatui::layout::{Margin, Rect};

/// Longest article row, in cells: long lines tire the eye.
pub const MAX_TEXT_WIDTH: u16 = 76;
/// Below this width or height the reader says so instead of drawing.
pub const MIN_WIDTH: u16 = 32;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: u16 = 10;
/// From this width on, the panels stand beside the article; below it they become tabs.
pub const SIDE_PANELS_FROM: u16 = 100;
/// Width of the side panels' column.
const SIDE_WIDTH: u16 = 38;
/// Cells left of the text for the cursor and quotation marks.
pub const GUTTER: u16 = 2;

/// The screen's regions for one terminal size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Geometry {
    /// The whole screen.
    pub screen: Rect,
    /// True when the screen is below the minimum size.
    pub too_small: bool,
    /// True when the panels are tabs under the article.
    pub tabbed: bool,
    /// The legend row above the article.
    pub legend: Rect,
    /// The gutter left of the text rows.
    pub gutter: Rect,
    /// The text rows: `width` is the wrap width.
    pub text: Rect,
    /// The article's scrollbar, which doubles as the mention map.
    pub scrollbar: Rect,
    /// The tab bar (empty unless tabbed).
    pub tabs: Rect,
    /// Each panel's outer area (all the same area when tabbed).
    pub panels: [Rect; 4],
    /// The status line.
    pub status: Rect,
}

impl Geometry {
    /// The geometry of a `width` × `height` screen.
    #[must_use]
    pub fn new(width: u16, height: u16) -> Self {
        let screen = Rect::new(0, 0, width, height);
        if width < MIN_WIDTH || height < MIN_HEIGHT {
            return Self {
                screen,
                too_small: true,
                ..Self::default()
            };
        }
        let status = Rect::new(0, height - 1, width, 1);
        let body_h = height - 1;
        let tabbed = width < SIDE_PANELS_FROM;
        let (article, tabs, panels) = if tabbed {
            let list_h = (body_h / 3).max(3);
            let article_h = body_h - list_h - 1;
            let article = Rect::new(0, 0, width, article_h);
            let tabs = Rect::new(0, article_h, width, 1);
            let list = Rect::new(0, article_h + 1, width, list_h);
            (article, tabs, [list; 4])
        } else {
            let article = Rect::new(0, 0, width - SIDE_WIDTH, body_h);
            let x = width - SIDE_WIDTH;
            let base = body_h / 4;
            let extra = body_h % 4;
            let mut panels = [Rect::default(); 4];
            let mut y = 0;
            for (i, p) in panels.iter_mut().enumerate() {
                let h = base + u16::from((i as u16) < extra);
                *p = Rect::new(x, y, SIDE_WIDTH, h);
                y += h;
            }
            (article, Rect::default(), panels)
        };
        let legend = Rect::new(article.x, article.y, article.width, 1);
        let rows_y = article.y + 1;
        let rows_h = article.height.saturating_sub(1);
        let gutter = Rect::new(article.x, rows_y, GUTTER, rows_h);
        let scrollbar = Rect::new(article.right().saturating_sub(1), rows_y, 1, rows_h);
        let room = article.width.saturating_sub(GUTTER + 2);
        let text = Rect::new(article.x + GUTTER, rows_y, room.min(MAX_TEXT_WIDTH), rows_h);
        Self {
            screen,
            too_small: false,
            tabbed,
            legend,
            gutter,
            text,
            scrollbar,
            tabs,
            panels,
            status,
        }
    }

    /// Where panel `i`'s entries are listed.
    #[must_use]
    pub fn panel_list(&self, i: usize) -> Rect {
        let area = self.panels.get(i).copied().unwrap_or_default();
        if self.tabbed {
            area
        } else {
            area.inner(Margin::new(1, 1))
        }
    }
}

/// The first entry shown in a list of `height` rows whose entry `selected` must be visible.
#[must_use]
pub fn list_offset(selected: usize, height: usize) -> usize {
    if height == 0 {
        return selected;
    }
    (selected + 1).saturating_sub(height)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_screens_put_panels_beside_the_article() {
        let g = Geometry::new(120, 40);
        assert!(!g.too_small && !g.tabbed);
        assert!(g.panels[0].x >= g.scrollbar.right());
        assert_eq!(g.panels.iter().map(|p| p.height).sum::<u16>(), 39);
        assert!(g.text.width <= MAX_TEXT_WIDTH);
    }

    #[test]
    fn narrow_screens_put_panels_in_tabs_under_the_article() {
        let g = Geometry::new(80, 24);
        assert!(g.tabbed);
        assert!(g.tabs.y > g.text.y);
        assert_eq!(g.status.y, 23);
        let g = Geometry::new(40, 12);
        assert!(g.tabbed && !g.too_small);
        assert!(g.text.height >= 3);
    }

    #[test]
    fn tiny_screens_are_too_small() {
        assert!(Geometry::new(20, 40).too_small);
        assert!(Geometry::new(120, 5).too_small);
        assert!(Geometry::new(0, 0).too_small);
    }

    #[test]
    fn list_offset_keeps_the_selection_visible() {
        assert_eq!(list_offset(0, 5), 0);
        assert_eq!(list_offset(4, 5), 0);
        assert_eq!(list_offset(5, 5), 1);
        assert_eq!(list_offset(3, 0), 3);
    }
}
