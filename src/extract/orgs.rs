//! Organisation names, settled for the whole document once every mention has its kind.
//!
//! A company's full name tells its short one ("Zantrovia SA" … "Zantrovia"), and a
//! possessive inside a company's name is part of the name wherever it recurs
//! ("Halder's Bancorp Inc." … "Halder's shares"). Some capitalised words that look like
//! organisations are not: a name before "Cup" or "Open" belongs to an event, one before
//! "index" to a market index, an acronym after a number is a unit ("three RBI"), and a
//! single letter names nothing.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::fold::fold;
use super::lexicon::with_lower;
use super::names::{Evidence, Mention, ORG_CUES};
use super::token::{Token, TokenBits, TokenKind};
use super::{EntityKind, Lang, Span};

/// Legal forms that close a company's name.
const LEGAL_FORMS: &[&str] = &[
    "Inc", "Corp", "Co", "Ltd", "Cos", "Bros", "Plc", "PLC", "plc", "LLC", "SA", "AG", "NV", "SpA",
    "GmbH", "AB", "ASA", "Oyj", "Bhd", "Pty", "BV",
];

/// Words between a company's name and its legal form ("Magnor International Inc").
const CORPORATE_WORDS: &[&str] = &[
    "International",
    "Group",
    "Holdings",
    "Holding",
    "Industries",
    "Enterprises",
    "Corporation",
    "Company",
    "Companies",
    "Bancorp",
    "Bancshares",
    "Financial",
    "Communications",
    "Technologies",
];

/// First words of company names that name nothing alone ("First Bancorp Inc").
const NAME_ADJECTIVES: &[&str] = &[
    "First",
    "General",
    "National",
    "United",
    "American",
    "Royal",
    "Great",
    "New",
    "Southern",
    "Northern",
    "Western",
    "Eastern",
    "Central",
    "Continental",
    "Republic",
    "Union",
    "Standard",
    "Commercial",
    "Mutual",
    "Federal",
    "State",
    "Security",
    "Citizens",
    "Home",
    "Pacific",
    "Atlantic",
    "International",
    "Global",
    "Allied",
    "Consolidated",
];

/// Legal forms written with a period that is part of the name ("Corp.").
const DOTTED_FORMS: &[&str] = &["Inc", "Corp", "Co", "Ltd", "Cos", "Bros"];

/// Capitalised words after a name that make it part of an event's or a day's name.
const EVENT_WORDS: &[&str] = &[
    "Cup",
    "Open",
    "Trophy",
    "Championship",
    "Championships",
    "Games",
    "Prix",
    "Classic",
    "Masters",
    "Invitational",
    "Marathon",
    "Day",
];

/// Last words of event names, which a name of two words or more ending in them is.
const EVENT_ENDS: &[&str] = &[
    "Cup",
    "Open",
    "Trophy",
    "Championship",
    "Championships",
    "Games",
    "Prix",
    "Classic",
    "Invitational",
    "Marathon",
    "Series",
    "Olympics",
];

/// English acronyms that are common nouns, not organisations.
const COMMON_ACRONYMS_EN: &[&str] = &[
    "GDP", "GNP", "CEO", "CFO", "COO", "IPO", "RBI", "RBIs", "ERA", "CPI", "PPI", "VAT", "HIV",
    "AIDS", "TV", "PC", "DNA", "ATM", "SUV", "UFO", "LCD", "ISDN", "EPS", "MP", "MPs", "NGO",
    "GMT", "OK", "PM", "AM", "CD", "DVD",
];

/// Number words before a unit.
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "several", "many", "no",
];

/// Names the document gives in full tell its other names, before their kinds are
/// settled for the document.
pub fn aliases(text: &str, toks: &[Token], lang: Lang, mentions: &mut Vec<Mention>) {
    possessive_names(text, toks, mentions);
    short_names(text, toks, mentions);
    if lang == Lang::Fr {
        described_organisations(text, toks, mentions);
        described_places(text, toks, mentions);
    }
    if lang == Lang::En {
        companies_in_business_news(text, toks, mentions);
    }
    sort_mentions(mentions);
}

/// Sorts mentions by span, stably; the list is most often sorted already, and then the
/// sort's scratch buffer (half the list) is not borrowed.
fn sort_mentions(mentions: &mut [Mention]) {
    if !mentions.is_sorted_by_key(|m| (m.span().start, m.span().end)) {
        mentions.sort_by_key(|m| (m.span().start, m.span().end));
    }
}

/// Drops what only looked like organisations and gives legal forms their period, once
/// every mention has its kind.
pub fn refine(text: &str, toks: &[Token], lang: Lang, mentions: &mut Vec<Mention>) {
    mentions.retain(|m| !not_an_organisation(text, toks, lang, m));
    media_platforms(text, toks, lang, mentions);
    for m in mentions.iter_mut() {
        keep_period(text, toks, m);
    }
    sort_mentions(mentions);
}

fn word<'t>(text: &'t str, toks: &[Token], i: usize) -> &'t str {
    toks.get(i).map_or("", |t| t.text(text))
}

fn is_cap(toks: &[Token], i: usize) -> bool {
    toks.get(i)
        .is_some_and(|t| t.kind() == TokenKind::Word && t.upper())
}

fn org(toks: &[Token], first: usize, end: usize) -> Mention {
    Mention::new(
        Span::new(toks[first].span().start, toks[end - 1].span().end),
        first..end,
        Some(EntityKind::Organization),
        Evidence::Strong,
        None,
    )
}

/// "X's" written without a space: the word, the apostrophe and the "s" (tokens `k..k+3`).
fn possessive_at(text: &str, toks: &[Token], k: usize) -> bool {
    is_cap(toks, k)
        && matches!(word(text, toks, k + 1), "'" | "’")
        && word(text, toks, k + 2) == "s"
        && !toks[k + 1].space_before()
        && !toks[k + 2].space_before()
}

/// Nouns of bodies named after whose they are ("the Sheriff's Office").
const POSSESSED_BODIES: &[&str] = &[
    "Office",
    "Department",
    "Bureau",
    "Hospital",
    "Association",
    "Foundation",
    "Fund",
    "Commission",
    "Council",
];

/// "Halder's Bancorp Inc.": a possessive that opens a company's name is part of it, and
/// the document's other "Halder's" are the company too; "the Sheriff's Office": a body
/// named after its office-holder is one name with the possessive.
fn possessive_names(text: &str, toks: &[Token], mentions: &mut Vec<Mention>) {
    let mut names: HashSet<&str> = HashSet::default();
    let mut merged = Vec::new();
    for m in mentions.iter() {
        if m.kind != Some(EntityKind::Organization) || m.first() < 3 {
            continue;
        }
        let k = m.first() - 3;
        // The possessive's flags first: the list of legal forms is read through.
        if !possessive_at(text, toks, k) || toks[k + 3].line_start() {
            continue;
        }
        if LEGAL_FORMS.contains(&word(text, toks, m.end() - 1).trim_end_matches('.')) {
            names.insert(word(text, toks, k));
            merged.push(org(toks, k, m.end()));
        } else if m.end() == m.first() + 1 && POSSESSED_BODIES.contains(&word(text, toks, k + 3)) {
            // "the Tarrant County Sheriff's Office", "the Attorney General's Office": the
            // capitalised words before the possessive name the body.
            let mut first = k;
            while first > 0
                && is_cap(toks, first - 1)
                && !toks[first].line_start()
                && !matches!(word(text, toks, first - 1), "The" | "A" | "An")
            {
                first -= 1;
            }
            merged.push(org(toks, first, m.end()));
        }
    }
    if merged.is_empty() {
        return;
    }
    if names.is_empty() {
        put_all(mentions, merged);
        return;
    }
    let mut inside = TokenBits::new(toks.len());
    for m in &merged {
        inside.set_range(m.tokens());
    }
    let mut found = merged;
    let mut k = 0;
    while k + 2 < toks.len() {
        if !inside.get(k)
            && is_cap(toks, k)
            && names.contains(word(text, toks, k))
            && possessive_at(text, toks, k)
        {
            found.push(org(toks, k, k + 3));
            k += 3;
            continue;
        }
        k += 1;
    }
    put_all(mentions, found);
}

/// Replaces the mentions that overlap the new ones by them, in one pass.
fn put_all(mentions: &mut Vec<Mention>, mut new: Vec<Mention>) {
    new.sort_by_key(|m| (m.span().start, m.span().end));
    new.dedup_by(|b, a| a.span().overlaps(b.span()));
    mentions.retain(|m| {
        let at = new.partition_point(|n| n.span().end <= m.span().start);
        new.get(at).is_none_or(|n| !n.span().overlaps(m.span()))
    });
    mentions.extend(new);
}

/// How many of `words` (a company's name but its first word), from the last, are a legal
/// form and the corporate words before it: 3 for "International Holdings Inc" of
/// "Magnor International Holdings Inc", 0 when the last word is no legal form.
pub(crate) fn legal_tail<'a>(words: impl DoubleEndedIterator<Item = &'a str>) -> usize {
    let mut legal = false;
    let mut n = 0;
    for w in words.rev() {
        let w = w.trim_end_matches(['.', ',']);
        if LEGAL_FORMS.contains(&w) {
            legal = true;
        } else if !(legal && CORPORATE_WORDS.contains(&w)) {
            break;
        }
        n += 1;
    }
    if legal {
        n
    } else {
        0
    }
}

/// "Zantrovia SA" … "Zantrovia": a company's name without its legal form is the company.
fn short_names(text: &str, toks: &[Token], mentions: &mut [Mention]) {
    let mut short: HashSet<String> = HashSet::default();
    for m in mentions
        .iter()
        .filter(|m| m.kind == Some(EntityKind::Organization) && m.end() >= m.first() + 2)
    {
        // "Zantrovia International Holdings Inc" → "Zantrovia International Holdings" →
        // "Zantrovia International" → "Zantrovia".
        let tail = legal_tail(toks[m.first() + 1..m.end()].iter().map(|t| t.text(text)));
        for end in (m.end() - tail..m.end()).rev() {
            let name = text
                .get(m.span().start..toks[end - 1].span().end)
                .unwrap_or("");
            if !(end == m.first() + 1 && NAME_ADJECTIVES.contains(&name)) {
                short.insert(fold(name));
            }
        }
    }
    if short.is_empty() {
        return;
    }
    // Surfaces repeat across mentions: each distinct one is folded once.
    let mut seen: HashMap<&str, bool> = HashMap::default();
    for m in mentions.iter_mut() {
        if m.kind == Some(EntityKind::Organization) {
            continue;
        }
        if m.kind == Some(EntityKind::Person) && m.evidence == Evidence::Strong {
            continue;
        }
        if text
            .get(m.span().start..m.span().end)
            .is_some_and(|s| *seen.entry(s).or_insert_with(|| short.contains(&fold(s))))
        {
            m.kind = Some(EntityKind::Organization);
            m.evidence = Evidence::Strong;
        }
    }
}

/// Words of company news; an article with several is business news.
const BUSINESS_WORDS: &[&str] = &[
    "shares",
    "stock",
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
    "company",
    "firm",
    "sales",
    "output",
    "exported",
    "exports",
    "bourse",
    "investors",
    "analysts",
    "forecast",
    "results",
    "tonnes",
    "turnover",
];

/// "Vantrelco said its output rose": in business news, a lone unknown name that is no
/// person of the article, next to the words of company news, is a company.
fn companies_in_business_news(text: &str, toks: &[Token], mentions: &mut [Mention]) {
    static SET: std::sync::OnceLock<HashSet<&'static str>> = std::sync::OnceLock::new();
    let words = SET.get_or_init(|| BUSINESS_WORDS.iter().copied().collect());
    // Every token is asked: the words' lengths and first letters turn most away unhashed.
    let (shortest, longest) = BUSINESS_WORDS.iter().fold((usize::MAX, 0), |(lo, hi), w| {
        (lo.min(w.len()), hi.max(w.len()))
    });
    let is_business = |t: &Token| {
        let w = t.text(text);
        (shortest..=longest).contains(&w.len())
            && w.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
            && words.contains(w)
    };
    let distinct: HashSet<&str> = toks
        .iter()
        .filter(|t| t.kind() == TokenKind::Word && is_business(t))
        .map(|t| t.text(text))
        .collect();
    if distinct.len() < 4 {
        return;
    }
    let person_words: HashSet<&str> = mentions
        .iter()
        .filter(|m| m.kind == Some(EntityKind::Person) && m.end() >= m.first() + 2)
        .flat_map(|m| toks[m.tokens()].iter().map(|t| t.text(text)))
        .collect();
    for m in mentions.iter_mut() {
        let weak_person = m.kind == Some(EntityKind::Person) && m.evidence < Evidence::Strong;
        if m.end() != m.first() + 1 || !(weak_person || m.kind.is_none()) {
            continue;
        }
        let w = word(text, toks, m.first());
        // "H1", "January-June": periods, not companies.
        let period = w.contains('-') || w.chars().any(|c| c.is_ascii_digit());
        if person_words.contains(w) || toks[m.first()].all_caps() || period {
            continue;
        }
        let from = m.first().saturating_sub(4);
        let to = (m.end() + 5).min(toks.len());
        if toks[from..to].iter().any(is_business) {
            m.kind = Some(EntityKind::Organization);
            m.evidence = Evidence::Strong;
        }
    }
}

/// Event names, index names, units and single letters.
fn not_an_organisation(text: &str, toks: &[Token], lang: Lang, m: &Mention) -> bool {
    let surface = text.get(m.span().start..m.span().end).unwrap_or("");
    let next = toks.get(m.end()).filter(|t| !t.line_start());
    let next_word = next.map_or("", |t| t.text(text));
    // "the Zorvakia Cup", "the Tulsa Open", "Labour Day".
    // The lists are read only where the mention's kind asks.
    let event = || {
        next.is_some_and(|t| t.kind() == TokenKind::Word)
            && (EVENT_WORDS.contains(&next_word)
                || (toks[m.end() - 1].all_caps()
                    && next.is_some_and(|t| t.all_caps())
                    && EVENT_WORDS
                        .iter()
                        .any(|e| e.eq_ignore_ascii_case(next_word))))
    };
    // "WESTERN DIVISION", "Eastern Conference": a direction naming a league's part.
    let division = || {
        ["division", "conference", "league", "group"]
            .iter()
            .any(|d| next_word.eq_ignore_ascii_case(d))
    };
    let direction = || {
        ["eastern", "western", "central", "northern", "southern"]
            .iter()
            .any(|d| surface.eq_ignore_ascii_case(d))
    };
    if m.kind == Some(EntityKind::Place) && division() && direction() {
        return true;
    }
    // "On Friday": an English grammar word opening a sentence, whatever town bears it.
    if m.kind == Some(EntityKind::Place)
        && matches!(
            surface,
            "On" | "In" | "At" | "As" | "By" | "Of" | "To" | "For" | "Is" | "It" | "Be"
        )
    {
        return true;
    }
    // "the Davis Cup" names no person; "Doris Day" does.
    if (m.kind != Some(EntityKind::Person) || next_word != "Day") && event() {
        return true;
    }
    // "the Tulsa Open", "the World Series" taken whole.
    let last = word(text, toks, m.end() - 1);
    if m.end() > m.first() + 1 && EVENT_ENDS.iter().any(|e| last.eq_ignore_ascii_case(e)) {
        return true;
    }
    // "the FTSE 100 index", "the Nikkei average", "the Dow Jones index".
    let after_number = if next.is_some_and(|t| t.kind() == TokenKind::Number) {
        word(text, toks, m.end() + 1)
    } else {
        next_word
    };
    if matches!(after_number, "index" | "average" | "Index" | "Average") {
        return true;
    }
    if m.kind != Some(EntityKind::Organization) {
        return false;
    }
    if surface.chars().count() == 1 {
        return true;
    }
    // "H1 results", "Q3 profit": half-years and quarters.
    if matches!(
        surface,
        "H1" | "H2" | "Q1" | "Q2" | "Q3" | "Q4" | "1H" | "2H"
    ) {
        return true;
    }
    // (CPI is the French for the International Criminal Court.)
    if lang == Lang::En && COMMON_ACRONYMS_EN.contains(&surface) {
        return true;
    }
    // "three RBI", "12 MW": an acronym counted is a unit.
    let single_acronym = m.end() == m.first() + 1 && toks[m.first()].all_caps();
    if single_acronym && m.first() > 0 {
        let prev = &toks[m.first() - 1];
        let counted = prev.kind() == TokenKind::Number || NUMBER_WORDS.contains(&prev.text(text));
        let ends = next.is_none_or(|t| {
            t.kind() == TokenKind::Punct || !t.upper() && !is_noun_like(t.text(text))
        });
        if counted && ends {
            return true;
        }
    }
    false
}

/// Words after a counted acronym that show it modifies a noun ("two UN agencies").
fn is_noun_like(w: &str) -> bool {
    !matches!(
        w,
        "as" | "and" | "or" | "in" | "on" | "for" | "with" | "to" | "of" | "while" | "but"
    )
}

/// "Barnett Corp. said" keeps its period: the abbreviation's, not the sentence's alone.
/// At the end of a paragraph or before a closing quotation mark ("… at Barnett Corp."),
/// the period ends the sentence and stays out, as news corpora mark it.
fn keep_period(text: &str, toks: &[Token], m: &mut Mention) {
    if m.kind != Some(EntityKind::Organization) || m.end() == 0 {
        return;
    }
    let last = word(text, toks, m.end() - 1);
    let dot = toks
        .get(m.end())
        .is_some_and(|t| t.text(text) == "." && !t.space_before() && !t.line_start());
    let ends_sentence = || {
        toks.get(m.end() + 1)
            .is_none_or(|n| n.line_start() || matches!(n.text(text), "\"" | "”" | "»" | "'" | "’"))
    };
    if dot && DOTTED_FORMS.contains(&last) && !ends_sentence() {
        m.set_span(Span::new(m.span().start, toks[m.end()].span().end));
        m.set_end(m.end() + 1);
    }
}

/// Lower-case nouns that name a medium: a name right after one ("l'application Zorbly",
/// "le réseau social Quibbr", "son compte Quibbr", "une vidéo Zorbly") is the service
/// used, a product or website, not an organisation acting.
const MEDIUM_NOUNS_FR: &[&str] = &[
    "application",
    "applications",
    "appli",
    "compte",
    "comptes",
    "page",
    "pages",
    "vidéo",
    "vidéos",
    "messagerie",
    "internet",
    "sociaux",
    "social",
];

/// Words before "sur" that make the name after it a medium ("une vidéo sur Zorbly",
/// "des milliers de clics sur Quibbr", "un message posté sur Quibbr").
const MEDIUM_BEFORE_SUR_FR: &[&str] = &[
    "vidéo",
    "vidéos",
    "vues",
    "clics",
    "message",
    "messages",
    "photo",
    "photos",
    "publié",
    "publiée",
    "publiés",
    "publiées",
    "posté",
    "postée",
    "postés",
    "partagé",
    "partagée",
    "relayé",
    "relayée",
    "commentaire",
    "commentaires",
    "abonnés",
];

/// Verbs of a company's own acts; a platform's name as their subject is the company.
const COMPANY_VERBS_FR: &[&str] = &[
    "racheter",
    "rachète",
    "racheté",
    "acquiert",
    "acquis",
    "acquérir",
    "licencie",
    "licencié",
    "embauche",
    "emploie",
    "fusionne",
    "investit",
    "investi",
    "cède",
    "cédé",
];

/// "Partager cet article :" then "Courriel ,", "Zorbly ,", one per line: a share bar
/// lists link targets. Marks the tokens of the bar's lines.
fn share_bar(text: &str, toks: &[Token]) -> TokenBits {
    let mut bar = TokenBits::new(toks.len());
    let mut k = 0;
    while k < toks.len() {
        if !(toks[k].line_start() && word(text, toks, k).eq_ignore_ascii_case("partager")) {
            k += 1;
            continue;
        }
        let mut line_end = k + 1;
        while line_end < toks.len() && !toks[line_end].line_start() {
            line_end += 1;
        }
        if word(text, toks, line_end.saturating_sub(1)) != ":" {
            k = line_end;
            continue;
        }
        // Following lines of at most four tokens each belong to the bar.
        let mut i = line_end;
        loop {
            let mut j = i + 1;
            while j < toks.len() && !toks[j].line_start() {
                j += 1;
            }
            if i >= toks.len() || j - i > 4 {
                break;
            }
            bar.set_range(i..j);
            i = j;
        }
        k = i.max(k + 1);
    }
    bar
}

/// The token before `i`, skipping an opening parenthesis.
fn before_paren(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    let mut k = i.checked_sub(1)?;
    if word(text, toks, k) == "(" {
        k = k.checked_sub(1)?;
    }
    Some(k)
}

/// True when the mention acts as a company: a company verb follows ("Quibbr a racheté",
/// "Quibbr rachète"), or an organisation noun precedes ("la société Quibbr", "sa filiale
/// Quibbr"), the medium's own noun ("le réseau social") excepted.
fn company_act(text: &str, toks: &[Token], first: usize, end: usize) -> bool {
    let verb =
        (end..(end + 3).min(toks.len())).any(|k| COMPANY_VERBS_FR.contains(&word(text, toks, k)));
    let noun = (first.saturating_sub(2)..first).any(|k| {
        let w = word(text, toks, k);
        w == "filiale" || (ORG_CUES.contains(&w) && w != "réseau")
    });
    verb || noun
}

/// Platforms named as a medium are no organisations: the name after a medium noun, the
/// names listed with it, and its other mentions in the article unless the name acts as a
/// company there; names on a share bar are links.
pub fn media_platforms(text: &str, toks: &[Token], lang: Lang, mentions: &mut Vec<Mention>) {
    if lang != Lang::Fr {
        return;
    }
    sort_mentions(mentions);
    let is_org_word =
        |m: &Mention| m.kind == Some(EntityKind::Organization) && m.end() == m.first() + 1;
    let bar = share_bar(text, toks);
    let mut medium = vec![false; mentions.len()];
    for (j, m) in mentions.iter().enumerate() {
        if !is_org_word(m) {
            continue;
        }
        let noun = before_paren(text, toks, m.first())
            .is_some_and(|k| MEDIUM_NOUNS_FR.contains(&word(text, toks, k)));
        let on = m.first() >= 2
            && word(text, toks, m.first() - 1) == "sur"
            && MEDIUM_BEFORE_SUR_FR.contains(&word(text, toks, m.first() - 2));
        medium[j] = noun || on || bar.get(m.first());
    }
    if !medium.contains(&true) {
        return;
    }
    let surface = |m: &Mention| text.get(m.span().start..m.span().end).unwrap_or("");
    let mut names: HashSet<&str> = mentions
        .iter()
        .zip(&medium)
        .filter(|(_, &p)| p)
        .map(|(m, _)| surface(m))
        .collect();
    // Names listed with a platform: "(Quibbr, Zorbly et Plinkr)", "Quibbr ainsi que Zorbly".
    for _ in 0..2 {
        for j in 1..mentions.len() {
            let (x, y) = (&mentions[j - 1], &mentions[j]);
            let between = &toks[x.end()..y.first().max(x.end())];
            let joined = match between {
                [t] => matches!(t.text(text), "," | "et" | "ou"),
                [t, u] => t.text(text) == "ainsi" && u.text(text) == "que",
                _ => false,
            };
            if joined && is_org_word(x) && is_org_word(y) {
                let (sx, sy) = (surface(x), surface(y));
                if names.contains(sx) || names.contains(sy) {
                    names.insert(sx);
                    names.insert(sy);
                }
            }
        }
    }
    let mut j = 0;
    mentions.retain(|m| {
        let was = medium.get(j).copied().unwrap_or(false);
        j += 1;
        if was {
            return false;
        }
        let same = is_org_word(m)
            && text
                .get(m.span().start..m.span().end)
                .is_some_and(|s| names.contains(s));
        !same || company_act(text, toks, m.first(), m.end())
    });
}

/// Roles and relations whose complement is an organisation: "le fondateur de Quibbr",
/// "les salariés de Quibbr", "la trésorière de Quibbr".
const ORG_OF_FR: &[&str] = &[
    "fondateur",
    "fondatrice",
    "cofondateur",
    "cofondatrice",
    "co-fondateur",
    "co-fondatrice",
    "PDG",
    "salariés",
    "salariées",
    "employés",
    "filiale",
    "filiales",
    "actionnaire",
    "actionnaires",
    "trésorier",
    "trésorière",
    "patron",
    "patronne",
    "dirigeants",
];

/// "X, l'agence de presse de…", "X (journal espagnol)", "le fondateur de X", "le
/// directeur général de X": a name the sentence describes as an organisation, or as the
/// complement of an organisation's role, is one; its other mentions follow when the
/// document settles kinds.
fn described_organisations(text: &str, toks: &[Token], mentions: &mut [Mention]) {
    let det = |w: &str| {
        matches!(
            w,
            "le" | "la" | "l'" | "l’" | "les" | "un" | "une" | "des" | "cette" | "ce"
        )
    };
    let cue = |k: usize| {
        let w = word(text, toks, k);
        with_lower(w, |lower| {
            ORG_CUES.contains(&lower) || matches!(lower, "média" | "coentreprise")
        })
    };
    for m in mentions.iter_mut() {
        let open = m.kind.is_none()
            || (m.kind != Some(EntityKind::Organization) && m.evidence < Evidence::Strong);
        if !open || toks[m.first()].all_caps() && m.end() == m.first() + 1 {
            continue;
        }
        // After: ", l'agence…", "(journal…", ", groupe de…".
        // (A place before a comma is more often followed by the next clause's subject:
        // "vers Velmora, l'organisation mène…".)
        let after = match word(text, toks, m.end()) {
            "," => m.kind != Some(EntityKind::Place),
            "(" => true,
            _ => false,
        } && {
            let k = m.end() + 1;
            if det(word(text, toks, k)) {
                cue(k + 1)
            } else {
                cue(k)
            }
        };
        // Before: "fondateur d'X", "directeur général de X", "PDG de X".
        let before = m.first() >= 2 && {
            let of = word(text, toks, m.first() - 1);
            let of = matches!(of, "de" | "d'" | "d’" | "du");
            let role = word(text, toks, m.first() - 2);
            let general = matches!(role, "général" | "générale")
                && m.first() >= 3
                && matches!(word(text, toks, m.first() - 3), "directeur" | "directrice");
            of && (ORG_OF_FR.contains(&role) || general)
        };
        if after || before {
            m.kind = Some(EntityKind::Organization);
            m.evidence = Evidence::Strong;
        }
    }
}

/// Words after which "de X" names where someone comes from or where works stand:
/// "natif de Vermoncourt", "les fonderies de Vermoncourt".
const PLACE_OF_FR: &[&str] = &[
    "natif",
    "native",
    "natifs",
    "natives",
    "originaire",
    "originaires",
    "fonderies",
    "forges",
    "papeteries",
    "tuileries",
    "salines",
    "verreries",
];

/// "Natif de Vermoncourt", "les papeteries de Vermoncourt": an unknown name after a
/// word of origin or of local works, and "de", is a place.
fn described_places(text: &str, toks: &[Token], mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        let open = m.kind.is_none() || (m.kind.is_some() && m.evidence < Evidence::Context);
        if !open || m.first() < 2 {
            continue;
        }
        let of = matches!(
            word(text, toks, m.first() - 1),
            "de" | "d'" | "d’" | "des" | "du"
        );
        if of
            && with_lower(word(text, toks, m.first() - 2), |cue| {
                PLACE_OF_FR.contains(&cue)
            })
        {
            m.kind = Some(EntityKind::Place);
            m.evidence = Evidence::Strong;
        }
    }
}
