//! The JSON face of an analysis: the schema `lectern extract` prints, one object per file.
//!
//! Offsets are UTF-8 byte offsets into the file exactly as given, so every span of the
//! analysis is mapped back through the [`Document`]'s offset map.

use serde::Serialize;

use crate::document::Document;
use crate::extract::{Analysis, Entity, Lang, Span};

/// One file's analysis, as printed by `lectern extract`.
#[derive(Debug, Serialize)]
pub struct FileReport<'a> {
    /// The file's name as given on the command line.
    pub file: &'a str,
    /// `fr` or `en`.
    pub lang: Lang,
    /// People.
    pub people: Vec<EntityReport<'a>>,
    /// Places.
    pub places: Vec<EntityReport<'a>>,
    /// Organisations.
    pub organizations: Vec<EntityReport<'a>>,
    /// Quotations.
    pub quotes: Vec<QuoteReport<'a>>,
}

/// One entity.
#[derive(Debug, Serialize)]
pub struct EntityReport<'a> {
    /// Canonical name.
    pub name: &'a str,
    /// Every surface form.
    pub aliases: &'a [String],
    /// Mentions as byte offsets into the file.
    pub mentions: Vec<Span>,
}

/// One quotation.
#[derive(Debug, Serialize)]
pub struct QuoteReport<'a> {
    /// First byte of the quoted words in the file.
    pub start: usize,
    /// One past their last byte.
    pub end: usize,
    /// Who said it, when known.
    pub speaker: Option<&'a str>,
    /// The attribution's span in the file, when there is one.
    pub cue: Option<Span>,
}

impl<'a> FileReport<'a> {
    /// The report of `analysis`, made on `doc`'s text, for the file named `file`.
    #[must_use]
    pub fn new(file: &'a str, lang: Lang, doc: &Document, analysis: &'a Analysis) -> Self {
        let map = |s: Span| {
            let (start, end) = doc.source_range(s.start, s.end);
            Span::new(start, end)
        };
        let entities = |list: &'a [Entity]| {
            list.iter()
                .map(|e| EntityReport {
                    name: &e.name,
                    aliases: &e.aliases,
                    mentions: e.mentions.iter().copied().map(map).collect(),
                })
                .collect()
        };
        Self {
            file,
            lang,
            people: entities(&analysis.people),
            places: entities(&analysis.places),
            organizations: entities(&analysis.organizations),
            quotes: analysis
                .quotes
                .iter()
                .map(|q| {
                    let span = map(q.span);
                    QuoteReport {
                        start: span.start,
                        end: span.end,
                        speaker: q.speaker.as_deref(),
                        cue: q.cue.map(map),
                    }
                })
                .collect(),
        }
    }
}
