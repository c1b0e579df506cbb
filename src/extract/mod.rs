//! Extraction: text in, an [`Analysis`] out.
//!
//! Pure functions over `&str`: no I/O, no terminal, deterministic. People, places and
//! organisations are found as byte spans, clustered into entities (one per person, with
//! every surface form as an alias), and quotations are attributed to their speakers.

mod acronyms;
mod cluster;
mod fold;
mod lang;
mod lexicon;
mod names;
mod orgs;
pub mod quotes;
#[cfg(test)]
mod random;
mod sports;
mod table;
mod token;

pub use lang::{detect_language, Lang};

use serde::Serialize;

/// A half-open byte range `start..end` into the analysed text, on `char` boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// Length in bytes.
    #[must_use]
    pub const fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no byte.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// True when the two spans share at least one byte.
    #[must_use]
    pub const fn overlaps(self, other: Self) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies inside `self`.
    #[must_use]
    pub const fn contains(self, other: Self) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A place: country, city, region, continent, sea…
    Place,
    /// An organisation: government body, army, agency, outlet, party, company…
    Organization,
}

impl EntityKind {
    /// Every kind, in panel order.
    pub const ALL: [Self; 3] = [Self::Person, Self::Place, Self::Organization];
}

/// Grammatical gender of a person, when the document tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// Il, he, M., Mr…
    Masculine,
    /// Elle, she, Mme, Mrs…
    Feminine,
}

/// One entity of the document: all its mentions, under its most complete name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// Person, place or organisation.
    pub kind: EntityKind,
    /// Canonical name: the most complete form found in the document.
    pub name: String,
    /// Every distinct surface form, canonical name included, in order of first use.
    pub aliases: Vec<String>,
    /// Every mention, sorted by position, without titles.
    pub mentions: Vec<Span>,
    /// Gender, for people, when a title, role noun, agreement or first name tells it.
    pub gender: Option<Gender>,
}

/// Points at one entity of an [`Analysis`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct EntityRef {
    /// Which list.
    pub kind: EntityKind,
    /// Index in that list.
    pub index: usize,
}

/// A quotation and who said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub span: Span,
    /// The speaker's canonical name, or a description (« rapporteur public »), or none.
    pub speaker: Option<String>,
    /// The speaker as an entity of the analysis, when it is one.
    pub speaker_ref: Option<EntityRef>,
    /// The words that attribute the quote (« a déclaré M. Choïgou »), when there are any.
    pub cue: Option<Span>,
}

/// Everything extraction found in one document.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Analysis {
    /// People, in order of first mention.
    pub people: Vec<Entity>,
    /// Places, in order of first mention.
    pub places: Vec<Entity>,
    /// Organisations, in order of first mention.
    pub organizations: Vec<Entity>,
    /// Quotations, in reading order.
    pub quotes: Vec<Quote>,
}

impl Analysis {
    /// The entities of one kind.
    #[must_use]
    pub fn entities(&self, kind: EntityKind) -> &[Entity] {
        match kind {
            EntityKind::Person => &self.people,
            EntityKind::Place => &self.places,
            EntityKind::Organization => &self.organizations,
        }
    }

    /// The entity `r` points at, if it exists.
    #[must_use]
    pub fn entity(&self, r: EntityRef) -> Option<&Entity> {
        self.entities(r.kind).get(r.index)
    }

    /// Every mention of every entity, in reading order.
    #[must_use]
    pub fn mentions(&self) -> Vec<(Span, EntityRef)> {
        // Sized exactly: on a long article this list is a large share of peak memory.
        let total = EntityKind::ALL
            .iter()
            .flat_map(|&kind| self.entities(kind))
            .map(|e| e.mentions.len())
            .sum();
        let mut all: Vec<(Span, EntityRef)> = Vec::with_capacity(total);
        all.extend(EntityKind::ALL.iter().flat_map(|&kind| {
            self.entities(kind)
                .iter()
                .enumerate()
                .flat_map(move |(index, e)| {
                    e.mentions
                        .iter()
                        .map(move |&m| (m, EntityRef { kind, index }))
                })
        }));
        // Equal entries are identical, so an unstable sort gives the same list, and it sorts
        // in place where a stable one would borrow a buffer half the list's size.
        all.sort_unstable();
        all
    }
}

/// Analyses `text` as a news article in `lang`.
///
/// ```
/// use lectern::extract::{analyze, Lang};
///
/// let text = "« Nous restons prudents », a déclaré Mme Claire Fontaine à Lyon.";
/// let a = analyze(text, Lang::Fr);
/// assert_eq!(a.people[0].name, "Claire Fontaine");
/// assert_eq!(a.places[0].name, "Lyon");
/// assert_eq!(a.quotes[0].speaker.as_deref(), Some("Claire Fontaine"));
/// let q = a.quotes[0].span;
/// assert_eq!(&text[q.start..q.end], "Nous restons prudents");
/// ```
#[must_use]
pub fn analyze(text: &str, lang: Lang) -> Analysis {
    let lex = lexicon::Lexicon::get();
    let toks = token::tokenize(text);
    let mut mentions = names::recognize(text, &toks, lang, lex);
    acronyms::resolve(text, &toks, lang, lex, &mut mentions);
    sports::teams(text, &toks, lang, lex, &mut mentions);
    sports::riders_teams(text, &toks, lex, &mut mentions);
    orgs::aliases(text, &toks, lang, &mut mentions);
    let forms = cluster::resolve(text, &toks, lang, lex, &mut mentions);
    orgs::refine(text, &toks, lang, &mut mentions);
    // The token stream and the raw mentions are the largest structures; the quotation
    // pass reads neither, so they are freed before it builds its own.
    drop(toks);
    let [people, places, organizations] = cluster::build(text, lex, &mentions, forms);
    drop(mentions);
    let mut analysis = Analysis {
        people,
        places,
        organizations,
        quotes: Vec::new(),
    };
    analysis.quotes = quotes::find(text, lang, &analysis);
    analysis
}
