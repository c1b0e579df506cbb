//! Sports reports: teams named after places.
//!
//! A county, a city or a club's name in the place of a team ("Cumbria closed on 310",
//! "Valencia Rovers 4 3 1 0 7 4 10", "the match against Dorset") names the team,
//! an organisation; a country stays a place, as national sides are written by their
//! country. Whether an article is a sports report is decided once, from its words and
//! its tables of results; only then are team positions looked for. The places the
//! document shows to be teams are teams in all their other mentions too (see
//! [`super::cluster`]), except in datelines.

use rustc_hash::FxHashSet as HashSet;

use super::fold::fold;
use super::lexicon::{with_lower, Lexicon, PlaceKind};
use super::names::{is_calendar_word, Evidence, Mention};
use super::token::{Token, TokenKind};
use super::{EntityKind, Lang, Span};

/// Words only sports reports use, in either language.
const SPORT_WORDS: &[&str] = &[
    "innings",
    "wickets",
    "wicket",
    "overs",
    "batting",
    "bowling",
    "bowled",
    "inning",
    "homer",
    "homered",
    "pitcher",
    "halftime",
    "half-time",
    "standings",
    "soccer",
    "football",
    "cricket",
    "rugby",
    "baseball",
    "basketball",
    "hockey",
    "tennis",
    "golf",
    "seeded",
    "semi-final",
    "semifinal",
    "quarter-final",
    "striker",
    "midfielder",
    "goalkeeper",
    "one-day",
    "first-class",
    "warm-up",
    "qualifier",
    "playoff",
    "playoffs",
    "attaquant",
    "gardien",
    "mi-temps",
    "buteur",
    "championnat",
];

/// Words sports reports use with others ("victory", "team", "season"): a political
/// article has a few.
const GAME_WORDS: &[&str] = &[
    "match",
    "matches",
    "beat",
    "drew",
    "defeated",
    "victory",
    "scored",
    "goal",
    "goals",
    "defender",
    "coach",
    "league",
    "championship",
    "tournament",
    "penalty",
    "final",
    "club",
    "team",
    "players",
    "stadium",
    "season",
    "division",
    "champions",
    "équipe",
    "entraîneur",
    "victoire",
    "défaite",
    "ligue",
];

/// Words that only team games use: with two of them, an unknown name in a team's place
/// is a team rather than a player ("Zorvakia are well placed").
const TEAM_WORDS: &[&str] = &[
    "club",
    "clubs",
    "side",
    "team",
    "teams",
    "squad",
    "striker",
    "midfielder",
    "goalkeeper",
    "defender",
    "coach",
    "innings",
    "wickets",
    "halftime",
    "half-time",
    "league",
    "division",
    "standings",
    "soccer",
    "football",
    "cricket",
    "rugby",
    "baseball",
    "basketball",
    "hockey",
    "inning",
    "équipe",
    "club",
    "championnat",
    "entraîneur",
];

/// Words right after a name that make it a team: verbs of results, plural agreement
/// (teams take plural verbs in British English), and the team's people.
const TEAM_AFTER: &[&str] = &[
    "beat",
    "beats",
    "drew",
    "lost",
    "won",
    "defeated",
    "closed",
    "declared",
    "reached",
    "trailed",
    "led",
    "scored",
    "are",
    "were",
    "need",
    "needed",
    "face",
    "faced",
    "look",
    "looked",
    "had",
    "has",
    "have",
    "made",
    "will",
    "took",
    "collapsed",
    "resumed",
    "finished",
    "captain",
    "coach",
    "manager",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "keeper",
    "forward",
    "batsman",
    "bowler",
    "opener",
    "fans",
    "supporters",
    "squad",
    "chairman",
    "skipper",
    "playmaker",
    "winger",
    "all-rounder",
    "wicketkeeper",
    "spinner",
    "pitcher",
    "quarterback",
    "outfielder",
    "infielder",
    "team-mate",
    "teammate",
];

/// Words right before a name that make it a team: opponents and transfers.
const TEAM_BEFORE: &[&str] = &[
    "against",
    "v",
    "vs",
    "vs.",
    "rivals",
    "hopefuls",
    "contenders",
    "leaders",
    "opponents",
    "visitors",
    "hosts",
    "thrashed",
    "routed",
    "crushed",
    "edged",
    "beat",
    "beating",
    "defeated",
    "defeating",
    "dismiss",
    "dismissed",
    "dismissing",
    "bowling",
    "reducing",
    "joined",
    "joining",
    "join",
];

/// Verbs after which "for X" or "to X" names a team: "equalised for Valencia",
/// "transferred to Bologna".
const FOR_VERBS: &[&str] = &[
    "equalised",
    "equalized",
    "scored",
    "played",
    "plays",
    "playing",
    "signed",
    "netted",
    "transferred",
    "moved",
    "lost",
    "losing",
];

/// Adjectives of the home nations, which field national sides ("Scottish coach").
const HOME_NATION_ADJECTIVES: &[&str] = &["English", "Scottish", "Welsh", "Scots", "Irish"];

/// "6-2", "310-7": two small numbers joined by a hyphen.
fn is_score(w: &str) -> bool {
    let mut parts = w.split('-');
    let small = |p: Option<&str>| {
        p.is_some_and(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()))
    };
    small(parts.next()) && small(parts.next()) && parts.next().is_none()
}

/// The tokens `start..end` of each line of results, in order: a line starts at the first
/// token and at every token that opens one.
fn results_lines(toks: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < toks.len() {
        let mut counts = (0u32, 0u32);
        let mut end = start;
        while end < toks.len() && (end == start || !toks[end].line_start()) {
            match toks[end].kind() {
                TokenKind::Number => counts.0 = counts.0.saturating_add(1),
                TokenKind::Word => counts.1 = counts.1.saturating_add(1),
                _ => {}
            }
            end += 1;
        }
        if results_line(counts) {
            out.push((start, end));
        }
        start = end;
    }
    out
}

/// Lines of results: several numbers and few words.
fn results_line(counts: (u32, u32)) -> bool {
    let (numbers, words) = counts;
    numbers >= 2 && numbers.saturating_mul(2) >= words
}

struct Doc<'a> {
    text: &'a str,
    toks: &'a [Token],
    lex: &'a Lexicon,
    /// Sound words of people named in full: "Valdoni" in "Andre Valdoni … beat Valdoni".
    person_words: HashSet<String>,
}

/// Marks the places and unknown names a sports report uses as teams.
pub fn teams(text: &str, toks: &[Token], lang: Lang, lex: &Lexicon, mentions: &mut Vec<Mention>) {
    let (sport, game, team) = sport_scores(text, toks);
    // Most articles name no sport at all: no need to look at their lines.
    if sport + game == 0 {
        return;
    }
    let rows = results_lines(toks);
    let tables = rows.iter().filter(|&&(s, _)| toks[s].line_start()).count();
    let report = sport >= 2 || (sport >= 1 && game >= 3) || game >= 6;
    if !(report || (tables >= 2 && sport + game >= 1)) {
        return;
    }
    let team_game = team >= 2 || tables >= 3;
    let mut doc = Doc {
        text,
        toks,
        lex,
        person_words: HashSet::default(),
    };
    let table: Vec<(usize, usize)> = rows
        .iter()
        .flat_map(|&(s, e)| s..e)
        .filter_map(|i| doc.table_team(i))
        .collect();
    // Rows of golfers or runners ("Andre Valdoni 70 68") are people's: the rows name teams
    // when few of their names are people's.
    let people_rows = table
        .iter()
        .filter(|&&(first, end)| {
            let span = Span::new(toks[first].span().start, toks[end - 1].span().end);
            overlapping(mentions, span)
                .iter()
                .any(|m| m.kind == Some(EntityKind::Person) && m.evidence == Evidence::Strong)
        })
        .count();
    let team_rows = people_rows * 3 < table.len();
    let mut found: Vec<(usize, usize, bool)> = table.iter().map(|&(a, b)| (a, b, true)).collect();
    if lang == Lang::En {
        let mut prose = Vec::new();
        for i in 0..toks.len() {
            doc.prose_teams(i, &mut prose);
        }
        found.extend(prose.into_iter().map(|(a, b)| (a, b, false)));
    }
    found.sort_unstable();
    found.dedup_by_key(|r| (r.0, r.1));
    // People named in full elsewhere, unless rows of teams name them ("Valencia Rovers
    // 4 3 1 0" … "Valencia Rovers v Brno"): gathered only when there are names to weigh
    // as teams, which a long text without results tables has not.
    if !found.is_empty() {
        let surface = |first: usize, end: usize| {
            fold(
                text.get(toks[first].span().start..toks[end - 1].span().end)
                    .unwrap_or(""),
            )
        };
        let teams_in_rows: HashSet<String> = if team_rows {
            table.iter().map(|&(a, b)| surface(a, b)).collect()
        } else {
            HashSet::default()
        };
        // Words repeat across mentions: each distinct one is folded once.
        let raw_person_words: HashSet<&str> = mentions
            .iter()
            .filter(|m| m.kind == Some(EntityKind::Person) && m.end() >= m.first() + 2)
            .filter(|m| {
                teams_in_rows.is_empty() || !teams_in_rows.contains(&surface(m.first(), m.end()))
            })
            .flat_map(|m| toks[m.tokens()].iter().map(|t| t.text(text)))
            .collect();
        doc.person_words = raw_person_words.into_iter().map(fold).collect();
    }
    drop(table);
    // Decided against the names as found, then put in at once: a long results table
    // must not cost a pass over all mentions per row.
    let mut teams: Vec<Mention> = Vec::new();
    for (first, end, in_table) in found {
        let Some(m) = doc.team(mentions, first, end, team_game, in_table, team_rows) else {
            continue;
        };
        if teams.last().is_some_and(|t| t.span().overlaps(m.span())) {
            continue;
        }
        teams.push(m);
    }
    tournaments(&doc, mentions);
    if teams.is_empty() {
        return;
    }
    let spans: HashSet<Span> = teams.iter().map(|m| m.span()).collect();
    put_in(mentions, teams);
    doc.coordinated(mentions, &spans);
}

/// Puts `found` (sorted and apart) into `mentions` (sorted), in place of the mentions
/// they overlap. A found mention over the very words of a listed name keeps the list's
/// canonical name ("the New York Times" is no team, but the list names it).
fn put_in(mentions: &mut Vec<Mention>, mut found: Vec<Mention>) {
    let mut next = 0;
    mentions.retain(|m| {
        while next < found.len() && found[next].span().end <= m.span().start {
            next += 1;
        }
        let Some(t) = found.get_mut(next) else {
            return true;
        };
        if t.span() == m.span() && t.canonical.is_none() {
            t.canonical = m.canonical;
        }
        !t.span().overlaps(m.span())
    });
    mentions.extend(found);
    mentions.sort_by_key(|m| (m.span().start, m.span().end));
}

/// "4. Tomas Verhulst (Belgium) Kestrel-Orvane 8 seconds", "2. Ana Ruiz (Spain) Velo
/// Norte same time": in a ranked line of results, the name after a competitor's country
/// in brackets is the team the competitor rides or drives for. Only the shape of the
/// line says so, whether or not the article reads as a sports report.
pub fn riders_teams(text: &str, toks: &[Token], lex: &Lexicon, mentions: &mut Vec<Mention>) {
    let doc = Doc {
        text,
        toks,
        lex,
        person_words: HashSet::default(),
    };
    let mut found: Vec<Mention> = Vec::new();
    // Closing brackets are few: they are found in the bytes, then among the tokens.
    for at in memchr::memchr_iter(b')', text.as_bytes()) {
        let close = toks.partition_point(|t| t.span().start < at);
        // "(Italy) Kestrel" or "(Italy), Kestrel".
        let comma = toks.get(close + 1).is_some_and(|t| t.text(text) == ",");
        if !toks
            .get(close + 1 + usize::from(comma))
            .is_some_and(Token::upper)
        {
            continue;
        }
        if let Some((first, end)) = doc.rider_team(close) {
            let span = Span::new(toks[first].span().start, toks[end - 1].span().end);
            found.push(Mention::new(
                span,
                first..end,
                Some(EntityKind::Organization),
                Evidence::Strong,
                None,
            ));
        }
    }
    if !found.is_empty() {
        put_in(mentions, found);
    }
}

/// "the Tulsa finalist", "a Tulsa champion": in a sports report, a town before these
/// words names the tournament held there, no place of the story.
fn tournaments(doc: &Doc<'_>, mentions: &mut Vec<Mention>) {
    mentions.retain(|m| {
        let tournament = m.kind == Some(EntityKind::Place)
            && matches!(
                doc.word(m.end()),
                "finalist" | "finalists" | "champion" | "semifinalist" | "semi-finalist"
            )
            && !doc.toks[m.end()].line_start()
            && !matches!(
                doc.place_kind(m.first(), m.end()),
                Some(PlaceKind::Country | PlaceKind::Continent)
            );
        !tournament
    });
}

/// The mentions that overlap `span`, in mentions sorted and apart (as names are found).
fn overlapping(mentions: &[Mention], span: Span) -> &[Mention] {
    let lo = mentions.partition_point(|m| m.span().end <= span.start);
    let hi = mentions.partition_point(|m| m.span().start < span.end);
    mentions.get(lo..hi.max(lo)).unwrap_or(&[])
}

/// Sport, game and team-game words, as bits (1, 2, 4), in one table: every article is
/// scanned, so a word costs one lookup.
struct SportVocabulary {
    words: rustc_hash::FxHashMap<&'static str, u8>,
    /// Per first byte, the byte lengths (bit `len`, below 64) of the words opening with
    /// it: most words are told apart without hashing them.
    shapes: [u64; 256],
}

impl SportVocabulary {
    /// Whether `w` may be a word of the table: false is sure, true asks the table.
    fn may_hold(&self, w: &[u8]) -> bool {
        w.first()
            .is_some_and(|&b| w.len() < 64 && self.shapes[usize::from(b)] & (1u64 << w.len()) != 0)
    }
}

fn sport_vocabulary() -> &'static SportVocabulary {
    static VOCABULARY: std::sync::OnceLock<SportVocabulary> = std::sync::OnceLock::new();
    VOCABULARY.get_or_init(|| {
        let mut words = rustc_hash::FxHashMap::default();
        let mut shapes = [0u64; 256];
        for (list, bit) in [(SPORT_WORDS, 1u8), (GAME_WORDS, 2), (TEAM_WORDS, 4)] {
            for w in list {
                *words.entry(*w).or_insert(0) |= bit;
                if let Some(&b) = w.as_bytes().first() {
                    if w.len() < 64 {
                        shapes[usize::from(b)] |= 1u64 << w.len();
                    }
                }
            }
        }
        SportVocabulary { words, shapes }
    })
}

/// Counts distinct sport words, game words and team-game words.
fn sport_scores(text: &str, toks: &[Token]) -> (usize, usize, usize) {
    let vocabulary = sport_vocabulary();
    let mut seen: rustc_hash::FxHashMap<&'static str, u8> = rustc_hash::FxHashMap::default();
    let bytes = text.as_bytes();
    for t in toks.iter().filter(|t| t.kind() == TokenKind::Word) {
        // Flags and length first: the text of most words is never read.
        let span = t.span();
        if span.end - span.start > 12 || (t.upper() && !t.all_caps()) {
            continue;
        }
        // Headlines in capitals name the sport: "CRICKET - …".
        let found = if t.all_caps() {
            with_lower(t.text(text), |lower| vocabulary.words.get_key_value(lower))
        } else if vocabulary.may_hold(bytes.get(span.start..span.end).unwrap_or_default()) {
            vocabulary.words.get_key_value(t.text(text))
        } else {
            None
        };
        if let Some((w, bits)) = found {
            seen.insert(w, *bits);
        }
    }
    let count = |bit: u8| seen.values().filter(|b| *b & bit != 0).count();
    (count(1), count(2), count(4))
}

/// The longest run of capitalised words a team's name may have.
const MAX_TEAM_WORDS: usize = 4;
/// The most tokens between a ranked line's opening and a competitor's bracket.
const MAX_NAME_TOKENS: usize = 8;

impl Doc<'_> {
    fn word(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    fn is_cap(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind() == TokenKind::Word && t.upper())
    }

    fn is_number(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind() == TokenKind::Number && !t.line_start())
    }

    /// One past the capitalised run that starts at `i`, on one line.
    fn run_from(&self, i: usize) -> usize {
        let mut j = i;
        while j < self.toks.len()
            && j - i < MAX_TEAM_WORDS
            && self.is_cap(j)
            && (j == i || !self.toks[j].line_start())
            && !self.result_word_in_capitals(j)
        {
            j += 1;
        }
        j
    }

    /// The start of the capitalised run that ends just before `end`, on one line.
    fn run_to(&self, end: usize) -> usize {
        let mut i = end;
        while i > 0
            && end - i < MAX_TEAM_WORDS
            && self.is_cap(i - 1)
            && !self.result_word_in_capitals(i - 1)
        {
            i -= 1;
            if self.toks[i].line_start() {
                break;
            }
        }
        i
    }

    /// A headline's result word in capitals ("VELMAR BEAT KORDAVA 92-81", "DORSET AND
    /// CUMBRIA MADE TO WAIT"), which no team's name holds.
    fn result_word_in_capitals(&self, k: usize) -> bool {
        self.toks[k].all_caps()
            && with_lower(self.word(k), |w| {
                TEAM_AFTER.contains(&w) || TEAM_BEFORE.contains(&w)
            })
    }

    /// "Valencia Rovers 4 3 1 0 7 4 10", "Zorvakia 2 Brno 1", "Zorvakia (Italy) 92",
    /// "Brno v Zorvakia": a name that opens a row of results, or follows a score in it,
    /// is a team.
    fn table_team(&self, i: usize) -> Option<(usize, usize)> {
        let t = self.toks.get(i)?;
        if !self.is_cap(i) {
            return None;
        }
        let opens = t.line_start()
            || self.is_number(i.wrapping_sub(1))
            || (i > 0 && matches!(self.word(i - 1), "v" | "vs" | "vs." | ":"));
        if !opens {
            return None;
        }
        let end = self.run_from(i);
        let mut k = end;
        // "Zorvakia (Italy) 92": the team's country in brackets. A code of one to three
        // capitals ("Mladova (BJ) 4"), its town's, is part of the team's name.
        let mut code = false;
        if self.word(k) == "(" && self.is_cap(k + 1) && self.word(k + 2) == ")" {
            let w = self.word(k + 1);
            code = w.len() <= 3
                && self.toks[k + 1].kind() == TokenKind::Word
                && w.bytes().all(|b| b.is_ascii_uppercase())
                && self.place_kind(k + 1, k + 2).is_none();
            k += 3;
        }
        let closes =
            self.is_number(k) || (matches!(self.word(k), "v" | "vs" | "vs.") && self.is_cap(k + 1));
        closes.then_some((i, if code { k } else { end }))
    }

    /// "Cumbria closed on 310", "the match against Dorset", "equalised for Valencia":
    /// a name in a team's place in a sentence.
    fn prose_teams(&self, i: usize, found: &mut Vec<(usize, usize)>) {
        if let Some(t) = self.toks.get(i) {
            if t.kind() == TokenKind::Word && !t.upper() && !t.all_caps() {
                // Most words follow no capitalised one: their text is not read for that.
                let after_cap = i > 0 && self.is_cap(i - 1);
                if after_cap && TEAM_AFTER.contains(&self.word(i)) {
                    found.push((self.run_to(i), i));
                }
                found.extend(self.team_after_cue(i));
                found.extend(self.nickname(i));
                // "Brno's Tomas Verhulst": a player named after his team's possessive.
                if self.word(i) == "s"
                    && i >= 2
                    && self.word(i - 1) == "'"
                    && self.is_cap(i - 2)
                    && self.is_cap(i + 1)
                    && self.is_cap(i + 2)
                    && !self.toks[i + 1].line_start()
                {
                    found.push((self.run_to(i - 1), i - 1));
                }
                // "took Cumbria to 310": a team's total.
                if after_cap && self.is_number(i + 1) && self.word(i) == "to" {
                    found.push((self.run_to(i), i));
                }
            }
            // "Cumbria 310-7", "Dorset 6-2", "Cornwall 244 (A. Bell 58)", "Dorset 24
            // points": a team's score in a sentence.
            let total = || {
                let n = self.word(i);
                n.len() <= 3
                    && n.bytes().all(|b| b.is_ascii_digit())
                    && matches!(
                        self.word(i + 1),
                        "(" | "and" | "for" | ";" | "points" | "pts" | "runs"
                    )
            };
            if t.kind() == TokenKind::Number
                && !t.line_start()
                && i > 0
                && self.is_cap(i - 1)
                && (is_score(self.word(i)) || total())
            {
                found.push((self.run_to(i), i));
            }
        }
    }

    /// The team after the closing bracket at `close` (see [`riders_teams`]).
    fn rider_team(&self, close: usize) -> Option<(usize, usize)> {
        if self.word(close) != ")" {
            return None;
        }
        // The country: one word or two ("Costa Rica", "U.S."), in brackets.
        let open = (close.saturating_sub(3)..close)
            .rev()
            .find(|&o| self.word(o) == "(")?;
        if open + 1 >= close || self.toks[open + 1..=close].iter().any(Token::line_start) {
            return None;
        }
        // The competitor's name before it, on a line that opens with a rank: "4." or "4".
        let mut line = open;
        while line > 0 && !self.toks[line].line_start() && open - line <= MAX_NAME_TOKENS {
            line -= 1;
        }
        let ranked = self.toks[line].line_start()
            && self.toks[line].kind() == TokenKind::Number
            && (self.word(line + 1) == "." || self.is_cap(line + 1));
        if !ranked
            || open < line + 2
            || !self.is_cap(open - 1)
            || !matches!(self.place_kind(open + 1, close), Some(PlaceKind::Country))
        {
            return None;
        }
        // A comma may set the team apart: "(Italy), Kestrel Honda, 53.980".
        let comma = self.word(close + 1) == ",";
        let first = close + 1 + usize::from(comma);
        if !self.is_cap(first) || self.toks[first].line_start() {
            return None;
        }
        let end = self.run_from(first);
        // The team's name ends the line or comes before the time or the gap (after a
        // comma, when one came before it).
        let closes = self.toks.get(end).is_none_or(|n| {
            n.line_start()
                || n.kind() == TokenKind::Number
                || (n.kind() == TokenKind::Word && !n.upper())
                || (comma
                    && self.word(end) == ","
                    && self
                        .toks
                        .get(end + 1)
                        .is_some_and(|t| t.kind() == TokenKind::Number))
        });
        let place = matches!(
            self.place_kind(first, end),
            Some(PlaceKind::Country | PlaceKind::Continent)
        );
        (closes && !place).then_some((first, end))
    }

    /// "the Zorvakia Hawks", "the Comets": a plural name after "the" in a team game.
    fn nickname(&self, i: usize) -> Option<(usize, usize)> {
        if !self.is_cap(i + 1) || self.toks[i + 1].line_start() || self.word(i) != "the" {
            return None;
        }
        let end = self.run_from(i + 1);
        let last = self.word(end - 1);
        let plural = last.ends_with('s') && !last.ends_with("ss") && last.chars().count() > 3;
        let event = matches!(
            last,
            "Games"
                | "Olympics"
                | "Championships"
                | "Masters"
                | "Finals"
                | "Nationals"
                | "Paralympics"
        );
        let all_caps = self.toks[i + 1..end].iter().any(|t| t.all_caps());
        (plural && !event && !all_caps && !self.is_cap(end)).then_some((i + 1, end))
    }

    /// "against Dorset", "equalised for Valencia", "joined Bologna from Brno", "drew 1-1
    /// with Brno".
    fn team_after_cue(&self, i: usize) -> Option<(usize, usize)> {
        // The team's name follows the cue: most words are no cue for want of one.
        if !self.is_cap(i + 1) || self.toks[i + 1].line_start() {
            return None;
        }
        let w = self.word(i);
        // "winners over Dorset", "a victory over Cornwall".
        let beaten = w == "over"
            && i > 0
            && matches!(
                self.word(i - 1),
                "winners" | "winner" | "win" | "victory" | "victories" | "lead" | "triumph"
            );
        let transfer = matches!(w, "for" | "to" | "from")
            && i > 0
            && (FOR_VERBS.contains(&self.word(i - 1))
                || (w == "from" && matches!(self.word(i.saturating_sub(3)), "joined" | "signed")));
        // "drew 0-0 with Brno", "lost 2-1 to Dorset": a score, then the other side.
        let scored_against =
            matches!(w, "with" | "to" | "against" | "at") && i > 0 && is_score(self.word(i - 1));
        let after =
            (TEAM_BEFORE.contains(&w) || transfer || beaten || scored_against).then_some(i + 1);
        let start = after?;
        if !self.is_cap(start) || self.toks[start].line_start() {
            return None;
        }
        Some((start, self.run_from(start)))
    }

    /// The place a run names, looked up as written or, in capitals, in title case.
    fn place_kind(&self, first: usize, end: usize) -> Option<PlaceKind> {
        let raw = self
            .text
            .get(self.toks[first].span().start..self.toks[end - 1].span().end)?;
        if let Some(&k) = self.lex.places.get(raw) {
            return Some(k);
        }
        // "U.S." is listed as "US".
        if raw.ends_with('.') {
            let bare: String = raw.chars().filter(|&c| c != '.').collect();
            if let Some(&k) = self.lex.places.get(bare.as_str()) {
                return Some(k);
            }
        }
        let titled: String = raw
            .split(' ')
            .map(|w| {
                let mut c = w.chars();
                c.next().map_or_else(String::new, |f| {
                    f.to_uppercase()
                        .chain(c.flat_map(char::to_lowercase))
                        .collect()
                })
            })
            .collect::<Vec<_>>()
            .join(" ");
        self.lex.places.get(titled.as_str()).copied()
    }

    /// "Devon, Cumbria and Dorset": places listed with a team are teams too.
    fn coordinated(&self, mentions: &mut [Mention], teams: &HashSet<Span>) {
        let joined = |a: &Mention, b: &Mention| {
            b.first() > a.end()
                && b.first() - a.end() <= 2
                && !self.toks[b.first()].line_start()
                && self.toks[a.end()..b.first()]
                    .iter()
                    .all(|t| matches!(t.text(self.text), "," | "and" | "or" | "&"))
        };
        let is_team =
            |m: &Mention| m.kind == Some(EntityKind::Organization) && teams.contains(&m.span());
        let can_be_team = |m: &Mention| {
            m.kind == Some(EntityKind::Place)
                && !matches!(
                    self.place_kind(m.first(), m.end()),
                    Some(PlaceKind::Country | PlaceKind::Continent | PlaceKind::Geographic)
                )
        };
        let mut made: HashSet<Span> = HashSet::default();
        for _ in 0..2 {
            for k in 1..mentions.len() {
                let (left, right) = mentions.split_at_mut(k);
                let (a, b) = (&mut left[k - 1], &mut right[0]);
                if !joined(a, b) {
                    continue;
                }
                let team_a = is_team(a) || made.contains(&a.span());
                let team_b = is_team(b) || made.contains(&b.span());
                for (m, other) in [(a, team_b), (b, team_a)] {
                    if other && can_be_team(m) {
                        m.kind = Some(EntityKind::Organization);
                        m.evidence = Evidence::Strong;
                        made.insert(m.span());
                    }
                }
            }
        }
    }

    /// `first..end` as one team mention, unless it names a country, a nationality or a
    /// person of the document.
    fn team(
        &self,
        mentions: &[Mention],
        first: usize,
        end: usize,
        team_game: bool,
        in_table: bool,
        team_rows: bool,
    ) -> Option<Mention> {
        let over_people = in_table && team_rows;
        // Strip articles and sentence-opening words that are no part of the team.
        let mut first = first;
        while first < end && matches!(self.word(first), "The" | "A" | "An" | "By" | "At") {
            first += 1;
        }
        if first >= end {
            return None;
        }
        if matches!(
            self.place_kind(first, end),
            Some(PlaceKind::Country | PlaceKind::Continent | PlaceKind::Geographic)
        ) {
            return None;
        }
        // Team nicknames are common plurals, after "the": "the Comets".
        let nickname =
            first > 0 && self.word(first - 1) == "the" && self.word(end - 1).ends_with('s');
        // "the Velmar Comets" in a team game: a name after "the" that ends in a plural
        // no list has as a surname is the team, though its first word is a first name.
        let nickname_over_person = nickname
            && team_game
            && end > first + 1
            && !self.lex.surnames.contains(self.word(end - 1));
        let words = &self.toks[first..end];
        if words.iter().any(|t| {
            let w = t.text(self.text);
            self.lex.demonyms.contains(w)
                || HOME_NATION_ADJECTIVES.contains(&w)
                || (!nickname_over_person && self.person_words.contains(&fold(w)))
        }) {
            return None;
        }
        let span = Span::new(self.toks[first].span().start, self.toks[end - 1].span().end);
        let overlapping = overlapping(mentions, span);
        let place_or_unknown = overlapping.iter().all(|m| match m.kind {
            Some(EntityKind::Person) => over_people || nickname_over_person,
            Some(EntityKind::Place) => !matches!(
                self.place_kind(m.first(), m.end()),
                Some(PlaceKind::Country | PlaceKind::Continent)
            ),
            _ => true,
        });
        if !place_or_unknown {
            return None;
        }
        // An unknown name is a team only in a team game ("Valdoni beat Drozdak" is not).
        let any_place = overlapping
            .iter()
            .any(|m| m.kind == Some(EntityKind::Place));
        if !any_place && !team_game {
            return None;
        }
        // A capitalised common word in a sentence ("Despite", "Group 4", "Division 2")
        // is no team; in a row of results it may be ("Reading 4 1 1 2"), and so it is
        // mid-sentence right before a score ("beat Arsenal 2-1").
        let before_score = !words[0].sentence_start() && is_score(self.word(end));
        if words.len() == 1
            && !before_score
            && (words[0].sentence_start() || !(in_table || nickname))
            && !any_place
            && self
                .lex
                .is_common(Lang::En, &self.word(first).to_lowercase())
        {
            return None;
        }
        if words.iter().any(|t| is_calendar_word(t.text(self.text))) {
            return None;
        }
        Some(Mention::new(
            span,
            first..end,
            Some(EntityKind::Organization),
            Evidence::Strong,
            None,
        ))
    }
}
