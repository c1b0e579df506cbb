//! A hand-made analysis of the sample article, found by plain string search.
//!
//! Tests and benchmarks of the reader use it so they exercise drawing and navigation with
//! realistic highlights whatever the state of the extractor. Not used by the reader itself.

use crate::extract::{Analysis, Entity, EntityKind, EntityRef, Quote, Span};

const ENTITIES: &[(EntityKind, &[&str])] = &[
    (EntityKind::Person, &["Kim Jong Un", "Kim"]),
    (EntityKind::Person, &["Vladimir Poutine", "Poutine"]),
    (EntityKind::Person, &["Adrienne Watson", "Watson"]),
    (
        EntityKind::Person,
        &[
            "Sergueï Choïgu",
            "Sergei Shoigu",
            "Choïgu",
            "Choïgou",
            "Shoigu",
        ],
    ),
    (EntityKind::Person, &["John Kirby"]),
    (EntityKind::Place, &["Russie"]),
    (EntityKind::Place, &["Vladivostok"]),
    (EntityKind::Place, &["États-Unis"]),
    (EntityKind::Place, &["Ukraine"]),
    (EntityKind::Place, &["Pyongyang"]),
    (EntityKind::Place, &["Corée du Nord"]),
    (EntityKind::Organization, &["Kremlin"]),
    (EntityKind::Organization, &["Conseil de sécurité nationale"]),
    (EntityKind::Organization, &["Interfax"]),
    (EntityKind::Organization, &["Maison Blanche"]),
    (EntityKind::Organization, &["New York Times"]),
    (EntityKind::Organization, &["Armée populaire coréenne"]),
];

/// Quotations are attributed by their first words.
const SPEAKERS: &[(&str, usize)] = &[
    ("Nous disposons", 2),
    ("à cesser", 2),
    ("Pourquoi pas", 3),
    ("Il y a un vieux", 3),
];

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// The sample's people, places, organisations and quotations, wherever they occur in `text`.
#[must_use]
pub fn analysis(text: &str) -> Analysis {
    let mut taken: std::collections::BTreeMap<usize, (Span, usize, usize)> =
        std::collections::BTreeMap::new();
    // Longest names first, so « Kim Jong Un » is not also three mentions of « Kim ».
    let mut names: Vec<(usize, usize, &str)> = ENTITIES
        .iter()
        .enumerate()
        .flat_map(|(e, (_, aliases))| aliases.iter().enumerate().map(move |(a, n)| (e, a, *n)))
        .collect();
    names.sort_by_key(|(_, _, n)| std::cmp::Reverse(n.len()));
    for (e, a, name) in names {
        for (start, _) in text.match_indices(name) {
            let end = start + name.len();
            let before = text[..start].chars().next_back();
            let after = text[end..].chars().next();
            if is_word_char(before) || is_word_char(after) {
                continue;
            }
            let span = Span::new(start, end);
            let before = taken.range(..end).next_back();
            if before.is_some_and(|(_, (s, _, _))| s.overlaps(span)) {
                continue;
            }
            taken.insert(start, (span, e, a));
        }
    }
    let taken: Vec<(Span, usize, usize)> = taken.into_values().collect();
    let mut analysis = Analysis::default();
    let mut index_of = vec![None; ENTITIES.len()];
    for &(span, e, a) in &taken {
        let (kind, aliases) = ENTITIES[e];
        let list = match kind {
            EntityKind::Person => &mut analysis.people,
            EntityKind::Place => &mut analysis.places,
            EntityKind::Organization => &mut analysis.organizations,
        };
        let i = *index_of[e].get_or_insert_with(|| {
            list.push(Entity {
                kind,
                name: aliases[0].to_owned(),
                aliases: Vec::new(),
                mentions: Vec::new(),
                gender: None,
            });
            list.len() - 1
        });
        let entity = &mut list[i];
        entity.mentions.push(span);
        if !entity.aliases.iter().any(|x| x == aliases[a]) {
            entity.aliases.push(aliases[a].to_owned());
        }
    }
    let person_ref = |e: usize| {
        index_of.get(e).copied().flatten().map(|index| EntityRef {
            kind: EntityKind::Person,
            index,
        })
    };
    let mut from = 0;
    while let Some(open) = text[from..].find('«').map(|i| i + from) {
        let inner = open + '«'.len_utf8();
        let Some(close) = text[inner..].find('»').map(|i| i + inner) else {
            break;
        };
        let words = text[inner..close].trim();
        let start = inner + (text[inner..close].len() - text[inner..close].trim_start().len());
        let span = Span::new(start, start + words.len());
        let speaker = SPEAKERS
            .iter()
            .find(|(prefix, _)| words.starts_with(prefix))
            .map(|&(_, e)| e);
        analysis.quotes.push(Quote {
            span,
            speaker: speaker.map(|e| ENTITIES[e].1[0].to_owned()),
            speaker_ref: speaker.and_then(person_ref),
            cue: None,
        });
        from = close + '»'.len_utf8();
    }
    analysis
}
