//! Document-level decisions: one sense per document, and one entity per person, place
//! or organisation, however many spellings the article uses.
//!
//! A surname alone (M. Kim, Watson) joins the full name it shortens; transliteration
//! variants (Sergei Shoigu, Sergueï Choïgu, M. Choïgou) meet through
//! [`sound_key`](super::fold::sound_key). Two people who share a surname but not a first
//! name stay apart, and a surname alone goes to the one mentioned last.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::fold::{fold, sound_key};
use super::lexicon::Lexicon;
use super::names::{Evidence, Mention};
use super::token::{Token, TokenKind};
use super::{Entity, EntityKind, Gender, Lang, Span};

/// Capitalised particles that do not identify a person on their own.
const PARTICLES: &[&str] = &[
    "Le", "La", "De", "Van", "Von", "Di", "Da", "Del", "Du", "Des", "Al", "El", "Ben", "Bin",
    "Abu", "Abou", "Mac", "Ter", "Ten", "Dos", "Das",
];

/// The words of a person's name that identify them (particles and initials left out).
fn name_words(text: &str, span: Span) -> Vec<String> {
    text.get(span.start..span.end)
        .unwrap_or("")
        .split(|c: char| c.is_whitespace())
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter(|w| w.trim_end_matches('.').chars().count() > 1)
        .filter(|w| !PARTICLES.contains(w))
        .map(sound_key)
        .filter(|k| !k.is_empty())
        .collect()
}

/// The forms of a mention computed once per distinct text: a long article repeats its
/// names hundreds of times.
#[derive(Default)]
struct Forms<'t> {
    ids: HashMap<&'t str, usize>,
    words: Vec<Vec<String>>,
    surface: Vec<String>,
    folded: Vec<String>,
}

impl<'t> Forms<'t> {
    fn id(&mut self, text: &'t str, span: Span) -> usize {
        let raw = text.get(span.start..span.end).unwrap_or("");
        if let Some(&id) = self.ids.get(raw) {
            return id;
        }
        let id = self.words.len();
        self.words.push(name_words(text, span));
        let surface = surface(text, span);
        self.folded.push(fold(&surface));
        self.surface.push(surface);
        self.ids.insert(raw, id);
        id
    }
}

fn surface(text: &str, span: Span) -> String {
    surface_cow(text, span).into_owned()
}

/// A mention's words with its inner white space made single spaces; borrowed when it
/// already is (nearly always).
fn surface_cow(text: &str, span: Span) -> std::borrow::Cow<'_, str> {
    let raw = text.get(span.start..span.end).unwrap_or("");
    let clean = !raw.contains("  ") && !raw.chars().any(|c| c.is_whitespace() && c != ' ');
    if clean {
        return std::borrow::Cow::Borrowed(raw);
    }
    std::borrow::Cow::Owned(raw.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// A name that opens a line and is followed by a comma or a date: the dateline.
fn is_dateline(text: &str, toks: &[Token], m: &Mention) -> bool {
    toks.get(m.first).is_some_and(|t| t.line_start())
        && toks.get(m.end).is_some_and(|t| {
            !t.line_start() && (t.text(text) == "," || t.kind() == TokenKind::Number)
        })
}

fn is_place_preposition(w: &str) -> bool {
    matches!(
        w,
        "à" | "en" | "au" | "aux" | "dans" | "in" | "at" | "near" | "from" | "to"
    )
}

/// Settles what single mentions could not: guesses, one sense per document, and
/// names the first pass skipped that the document shows to be people or places.
pub fn resolve(text: &str, toks: &[Token], lang: Lang, lex: &Lexicon, mentions: &mut Vec<Mention>) {
    business_context(text, toks, mentions);
    let mut forms = Forms::default();
    let ids: Vec<usize> = mentions.iter().map(|m| forms.id(text, m.span)).collect();
    // Words of people named in full, with strong evidence; and their surnames.
    let mut person_words: HashMap<String, usize> = HashMap::default();
    let mut surnames: HashMap<String, usize> = HashMap::default();
    // Counts `key` in `map`, copying it only the first time.
    fn count(map: &mut HashMap<String, usize>, key: &str) {
        match map.get_mut(key) {
            Some(n) => *n += 1,
            None => {
                map.insert(key.to_owned(), 1);
            }
        }
    }
    for (m, &id) in mentions.iter().zip(&ids) {
        let words = &forms.words[id];
        let named_in_full = m.evidence == Evidence::Strong || words.len() >= 2;
        if m.kind == Some(EntityKind::Person) && named_in_full {
            // A full name's last word, or a surname a title vouches for (President Clinton).
            if words.len() >= 2 || (words.len() == 1 && m.evidence == Evidence::Strong) {
                count(&mut surnames, &words[words.len() - 1]);
            }
            for w in words {
                count(&mut person_words, w);
            }
        }
    }
    // One sense per surface form: the kind its surest mention got.
    let mut sense: HashMap<String, (EntityKind, Evidence)> = HashMap::default();
    for (m, &id) in mentions.iter().zip(&ids) {
        if let Some(kind) = m.kind {
            let key = &forms.folded[id];
            match sense.get_mut(key) {
                Some(e) => {
                    if m.evidence > e.1 {
                        *e = (kind, m.evidence);
                    }
                }
                None => {
                    sense.insert(key.clone(), (kind, m.evidence));
                }
            }
        }
    }
    // A place name the document uses for a team or an institution is that in all its
    // mentions ("Cumbria 429 for 7" … "Cumbria closed on").
    // Compared folded, so that a headline in capitals follows ("CUMBRIA CLOSE IN"); a
    // dateline ("TULSA, Oklahoma 1996-05-02") and a place of the story ("in Tulsa",
    // "HARTFORD AT TULSA": the home team's town) stay places.
    let place_as_org: HashSet<String> = mentions
        .iter()
        .zip(&ids)
        .filter(|(m, _)| m.kind == Some(EntityKind::Organization) && m.evidence == Evidence::Strong)
        .map(|(_, &id)| id)
        .map(|id| forms.folded[id].clone())
        .collect();
    for (m, id) in mentions.iter_mut().zip(&ids) {
        if m.kind == Some(EntityKind::Place)
            && place_as_org.contains(&forms.folded[*id])
            && !is_dateline(text, toks, m)
            && !(m.first > 0 && matches!(toks[m.first - 1].text(text), "in" | "In" | "at" | "AT"))
        {
            m.kind = Some(EntityKind::Organization);
        }
    }
    for (m, &id) in mentions.iter_mut().zip(&ids) {
        let single = m.end == m.first + 1;
        let words = &forms.words[id];
        let is_person_word = single && words.len() == 1 && person_words.contains_key(&words[0]);
        if m.evidence < Evidence::Strong && is_person_word {
            m.kind = Some(EntityKind::Person);
            continue;
        }
        // "Bill Clinton … Clinton said": a town of that name is not what the article means.
        let after_prep = m.first > 0 && is_place_preposition(toks[m.first - 1].text(text));
        if single
            && m.kind == Some(EntityKind::Place)
            && words.len() == 1
            && surnames.contains_key(&words[0])
            && !after_prep
        {
            m.kind = Some(EntityKind::Person);
            continue;
        }
        if m.kind.is_none() || m.evidence < Evidence::Strong {
            if let Some(&(kind, ev)) = sense.get(&forms.folded[id]) {
                if ev > m.evidence {
                    m.kind = Some(kind);
                }
            }
        }
    }
    clubs_listed_by_town(text, toks, mentions);
    coordinate(text, toks, mentions);
    extend_to_full_names(text, toks, mentions);
    mentions.retain(|m| m.kind.is_some());

    // Capitalised words no rule took (a surname opening a sentence) that name a person
    // of this document.
    let mut covered = vec![false; toks.len()];
    for m in mentions.iter() {
        covered[m.first..m.end.min(toks.len())]
            .iter_mut()
            .for_each(|c| *c = true);
    }
    let mut extra = Vec::new();
    let mut names_person: HashMap<&str, bool> = HashMap::default();
    for (i, t) in toks.iter().enumerate() {
        if covered[i] || t.kind() != TokenKind::Word || !t.upper() {
            continue;
        }
        let w = t.text(text);
        if w.chars().count() < 2 {
            continue;
        }
        let names = *names_person
            .entry(w)
            .or_insert_with(|| person_words.contains_key(&sound_key(w)));
        if !names {
            continue;
        }
        let common = lex.is_common(lang, &w.to_lowercase());
        if t.sentence_start() && common && !lex.given.contains_key(w) && !lex.places.contains_key(w)
        {
            continue;
        }
        {
            let next_cap = toks
                .get(i + 1)
                .is_some_and(|n| n.kind() == TokenKind::Word && n.upper() && !n.line_start());
            if !next_cap {
                extra.push(Mention {
                    span: t.span(),
                    first: i,
                    end: i + 1,
                    kind: Some(EntityKind::Person),
                    evidence: Evidence::Context,
                    gender: None,
                    canonical: None,
                });
            }
        }
    }
    mentions.extend(extra);
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    mentions.dedup_by(|b, a| a.span.overlaps(b.span));
}

/// "Sein, Molène, Ouessant et Batz", "entre Pau et Luchon": names listed together
/// are of one kind, so an unknown name takes the kind of a sure neighbour in the list.
fn coordinate(text: &str, toks: &[Token], mentions: &mut [Mention]) {
    let joined = |a: &Mention, b: &Mention| {
        if b.first <= a.end || b.first - a.end > 1 {
            return false;
        }
        toks[a.end..b.first]
            .iter()
            .all(|t| matches!(t.text(text), "," | "et" | "and" | "ou" | "or" | "/" | "&"))
            && !toks[b.first].line_start()
    };
    let sure = |m: &Mention| m.kind.is_some() && m.evidence >= Evidence::Context;
    for _ in 0..2 {
        for k in 1..mentions.len() {
            let (left, right) = mentions.split_at_mut(k);
            let (a, b) = (&mut left[k - 1], &mut right[0]);
            if !joined(a, b) {
                continue;
            }
            if sure(a) && b.kind.is_none() {
                b.kind = a.kind;
                b.evidence = Evidence::Context;
            } else if sure(b) && a.kind.is_none() {
                a.kind = b.kind;
                a.evidence = Evidence::Context;
            }
        }
    }
}

/// "Eloge Willy Mirengo … Eloge Willy Mirengo est connu": where a rule dropped a
/// sentence-initial first name, the capitalised word before a person's mention that
/// makes a full name the article writes elsewhere belongs to it.
fn extend_to_full_names(text: &str, toks: &[Token], mentions: &mut [Mention]) {
    let full: HashSet<String> = mentions
        .iter()
        .filter(|m| m.kind == Some(EntityKind::Person) && m.end >= m.first + 2)
        .map(|m| surface(text, m.span))
        .collect();
    if full.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        if m.kind != Some(EntityKind::Person) || m.first == 0 || toks[m.first].line_start() {
            continue;
        }
        let p = m.first - 1;
        let t = &toks[p];
        if t.kind() != TokenKind::Word || !t.upper() {
            continue;
        }
        let longer = Span::new(t.span().start, m.span.end);
        if full.contains(&surface(text, longer)) {
            m.span = longer;
            m.first = p;
        }
    }
}

/// "les quatorze clubs présents : Belleville, Dieulouard et Faulx", "the teams Leeds,
/// Hull and York": towns listed right after the noun for clubs or teams name the
/// clubs, not the towns.
fn clubs_listed_by_town(text: &str, toks: &[Token], mentions: &mut [Mention]) {
    const CLUBS: &[&str] = &["clubs", "équipes", "teams", "formations"];
    let mut k = 0;
    while k < mentions.len() {
        let first = mentions[k].first;
        // The noun, perhaps with a participle or adjective ("présents", "engagés") and a
        // colon between.
        let cue = (first.saturating_sub(3)..first).rev().find(|&c| {
            CLUBS.contains(&toks[c].text(text))
                && toks[c + 1..first].iter().all(|t| {
                    let w = t.text(text);
                    w == ":"
                        || (t.kind() == TokenKind::Word && !t.upper() && w != "de" && w != "des")
                })
        });
        if cue.is_none() || mentions[k].kind != Some(EntityKind::Place) {
            k += 1;
            continue;
        }
        // The list: places joined by commas and a final "et".
        let mut end = k + 1;
        while end < mentions.len() {
            let (a, b) = (&mentions[end - 1], &mentions[end]);
            let joined = b.first > a.end
                && b.first - a.end == 1
                && matches!(toks[a.end].text(text), "," | "et" | "and")
                && b.kind == Some(EntityKind::Place);
            if !joined {
                break;
            }
            end += 1;
        }
        if end - k >= 2 {
            for m in &mut mentions[k..end] {
                m.kind = Some(EntityKind::Organization);
                m.evidence = Evidence::Context;
            }
        }
        k = end;
    }
}

/// "shares of Pirelli", "Magna's profit", "Brevalco said its stake": an unknown name among
/// the words of company news is a company.
fn business_context(text: &str, toks: &[Token], mentions: &mut [Mention]) {
    const BUSINESS: &[&str] = &[
        "shares",
        "share",
        "stock",
        "stake",
        "profit",
        "profits",
        "earnings",
        "revenue",
        "revenues",
        "merger",
        "acquisition",
        "takeover",
        "shareholders",
        "dividend",
        "subsidiary",
        "unit",
        "company",
        "firm",
        "bid",
        "sales",
        "chairman",
        "executive",
        "quarter",
        "actions",
        "actionnaires",
        "bénéfice",
        "chiffre",
        "filiale",
        "rachat",
        "fusion",
        "entreprise",
    ];
    for m in mentions.iter_mut().filter(|m| m.kind.is_none()) {
        let from = m.first.saturating_sub(3);
        let to = (m.end + 4).min(toks.len());
        let near = toks[from..to]
            .iter()
            .any(|t| BUSINESS.contains(&t.text(text)));
        if near {
            m.kind = Some(EntityKind::Organization);
            m.evidence = Evidence::Context;
        }
    }
}

#[derive(Debug)]
struct Cluster {
    kind: EntityKind,
    /// Sound keys of the name words of its fullest form.
    words: Vec<String>,
    forms: Vec<String>,
    mentions: Vec<Span>,
    genders: [usize; 2],
    canonical_hint: Option<&'static str>,
}

impl Cluster {
    fn new(kind: EntityKind, words: Vec<String>) -> Self {
        Self {
            kind,
            words,
            forms: Vec::new(),
            mentions: Vec::new(),
            genders: [0, 0],
            canonical_hint: None,
        }
    }

    fn add(&mut self, text: &str, m: &Mention) {
        let form = surface_cow(text, m.span);
        if !self.forms.iter().any(|f| *f == form) {
            self.forms.push(form.into_owned());
        }
        self.mentions.push(m.span);
        match m.gender {
            Some(Gender::Masculine) => self.genders[0] += 1,
            Some(Gender::Feminine) => self.genders[1] += 1,
            None => {}
        }
    }

    fn into_entity(self, lex: &Lexicon) -> Entity {
        let mut name = self
            .forms
            .iter()
            .enumerate()
            .max_by_key(|(i, f)| (f.split(' ').count(), f.len(), usize::MAX - i))
            .map(|(_, f)| f.clone())
            .unwrap_or_default();
        if let Some(c) = self.canonical_hint {
            if self.kind == EntityKind::Organization && c.len() > name.len() {
                name = c.to_owned();
            }
        }
        let mut aliases = vec![name.clone()];
        aliases.extend(self.forms.iter().filter(|f| **f != name).cloned());
        let mut mentions = self.mentions;
        mentions.sort();
        let gender = match self.genders {
            [m, f] if m > f => Some(Gender::Masculine),
            [m, f] if f > m => Some(Gender::Feminine),
            _ if self.kind == EntityKind::Person => name
                .split(' ')
                .next()
                .and_then(|w| lex.given.get(w).copied().flatten()),
            _ => None,
        };
        Entity {
            kind: self.kind,
            name,
            aliases,
            mentions,
            gender: if self.kind == EntityKind::Person {
                gender
            } else {
                None
            },
        }
    }
}

/// Groups mentions into entities: people, places, organisations, each in order of
/// first mention.
#[must_use]
pub fn build(text: &str, lex: &Lexicon, mentions: &[Mention]) -> [Vec<Entity>; 3] {
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut people_by_word: HashMap<String, Vec<usize>> = HashMap::default();
    let mut by_key: HashMap<(EntityKind, String), usize> = HashMap::default();
    // Name words and folded keys are computed once per distinct spelling: a long article
    // repeats its names hundreds of times.
    let mut words_cache: HashMap<&str, Vec<String>> = HashMap::default();
    let mut words_of = |span: Span| -> Vec<String> {
        let raw = text.get(span.start..span.end).unwrap_or("");
        words_cache
            .entry(raw)
            .or_insert_with(|| name_words(text, span))
            .clone()
    };
    let mut folded_surface: HashMap<&str, String> = HashMap::default();
    let mut folded_canon: HashMap<&str, String> = HashMap::default();

    // People named with two words or more first: they define who is who.
    let mut pending_single = Vec::new();
    for (mi, m) in mentions.iter().enumerate() {
        if m.kind != Some(EntityKind::Person) {
            continue;
        }
        let words = words_of(m.span);
        if words.len() < 2 {
            pending_single.push(mi);
            continue;
        }
        let first = &words[0];
        let last = &words[words.len() - 1];
        let found = clusters.iter().position(|c| {
            c.kind == EntityKind::Person
                && c.words.len() >= 2
                && c.words.last() == Some(last)
                && (c.words[0] == *first || c.words.len() != words.len() && c.words.contains(first))
        });
        let ci = found.unwrap_or_else(|| {
            clusters.push(Cluster::new(EntityKind::Person, words.clone()));
            clusters.len() - 1
        });
        if clusters[ci].words.len() < words.len() {
            clusters[ci].words.clone_from(&words);
        }
        clusters[ci].add(text, m);
        for w in words {
            let list = people_by_word.entry(w).or_default();
            if !list.contains(&ci) {
                list.push(ci);
            }
        }
    }
    // A single word joins the person it names; with several candidates, the one
    // mentioned last before it, else the first after it.
    for mi in pending_single {
        let m = &mentions[mi];
        let words = words_of(m.span);
        let key = words
            .first()
            .cloned()
            .unwrap_or_else(|| sound_key(&surface(text, m.span)));
        let ci = match people_by_word.get(&key) {
            Some(cands) if !cands.is_empty() => {
                // Mentions of full names were added in reading order: binary search.
                let before = cands
                    .iter()
                    .filter_map(|&c| {
                        let ms = &clusters[c].mentions;
                        let n = ms.partition_point(|s| s.start < m.span.start);
                        Some((ms.get(n.checked_sub(1)?)?.start, c))
                    })
                    .max();
                before.map_or(cands[0], |(_, c)| c)
            }
            _ => {
                clusters.push(Cluster::new(EntityKind::Person, vec![key.clone()]));
                let ci = clusters.len() - 1;
                people_by_word.entry(key).or_default().push(ci);
                ci
            }
        };
        clusters[ci].add(text, m);
    }
    // Places and organisations: one entity per name (or per list canonical name).
    for m in mentions {
        let Some(kind) = m.kind else { continue };
        if kind == EntityKind::Person {
            continue;
        }
        let key = match m.canonical {
            Some(c) => folded_canon.entry(c).or_insert_with(|| fold(c)).clone(),
            None => {
                let raw = text.get(m.span.start..m.span.end).unwrap_or("");
                folded_surface
                    .entry(raw)
                    .or_insert_with(|| fold(&surface(text, m.span)))
                    .clone()
            }
        };
        let ci = *by_key.entry((kind, key)).or_insert_with(|| {
            let mut c = Cluster::new(kind, Vec::new());
            c.canonical_hint = m.canonical;
            clusters.push(c);
            clusters.len() - 1
        });
        clusters[ci].add(text, m);
    }
    merge_acronyms(text, &mut clusters);

    let mut out: [Vec<Entity>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    let mut ordered: Vec<Cluster> = clusters
        .into_iter()
        .filter(|c| !c.mentions.is_empty())
        .collect();
    ordered.sort_by_key(|c| c.mentions.iter().min().copied());
    for c in ordered {
        let slot = match c.kind {
            EntityKind::Person => 0,
            EntityKind::Place => 1,
            EntityKind::Organization => 2,
        };
        out[slot].push(c.into_entity(lex));
    }
    out
}

/// "Armée populaire coréenne (KPA)": an acronym in brackets right after an
/// organisation's name is another name of it.
fn merge_acronyms(text: &str, clusters: &mut [Cluster]) {
    let mut merges = Vec::new();
    let mut org_ending_at: HashMap<usize, usize> = HashMap::default();
    for (ci, c) in clusters.iter().enumerate() {
        if c.kind == EntityKind::Organization {
            for s in &c.mentions {
                org_ending_at.entry(s.end).or_insert(ci);
            }
        }
    }
    for (ai, a) in clusters.iter().enumerate() {
        if a.kind != EntityKind::Organization {
            continue;
        }
        for span in &a.mentions {
            let Some(before) = text.get(..span.start) else {
                continue;
            };
            let trimmed = before.trim_end();
            if !trimmed.ends_with('(') {
                continue;
            }
            let head = trimmed[..trimmed.len() - 1].trim_end();
            if let Some(&bi) = org_ending_at.get(&head.len()) {
                if bi != ai {
                    merges.push((ai, bi));
                }
            }
        }
    }
    for (from, into) in merges {
        if from == into || clusters[from].mentions.is_empty() {
            continue;
        }
        let moved = std::mem::take(&mut clusters[from].mentions);
        let forms = std::mem::take(&mut clusters[from].forms);
        let target = &mut clusters[into];
        target.mentions.extend(moved);
        for f in forms {
            if !target.forms.contains(&f) {
                target.forms.push(f);
            }
        }
    }
}
