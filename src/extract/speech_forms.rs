//! The inflected speech verbs the quotation pass looks for: the lists of `assets/lists/`
//! (MIT, see the files' headers), the regular forms of their French verbs in -er, and
//! news verbs they lack.
//!
//! Compiled into the build script, which writes the forms as lookup tables the binary
//! embeds (no set to build at start-up), and into the tests, which check those tables.

/// Every form of the verb list `raw` (a lemma or form a line, `#` comments skipped) with
/// the extra verbs of its language, sorted.
pub fn forms(raw: &str, french: bool) -> Vec<String> {
    let extra = if french {
        EXTRA_VERBS_FR
    } else {
        EXTRA_VERBS_EN
    };
    let mut set = std::collections::BTreeSet::new();
    for w in raw
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .chain(extra.iter().copied())
    {
        if french && w.ends_with("er") && !NOT_SPEECH_LEMMAS_FR.contains(&w) {
            set.extend(conjugate_er(w));
        }
        if !NOT_SPEECH_LEMMAS_FR.contains(&w) {
            set.insert(w.to_owned());
        }
    }
    set.retain(|w: &String| !NOT_SPEECH_FORMS_FR.iter().any(|p| w.starts_with(p)));
    set.into_iter().collect()
}

/// Lemmas of the source list that are not cues in news (« demeurer », « se désoler »).
pub const NOT_SPEECH_LEMMAS_FR: &[&str] = &["demeurer", "désoler", "inquiéter", "extasier"];
pub const NOT_SPEECH_FORMS_FR: &[&str] = &["demeur", "désol", "inquiét", "inquièt", "extasi"];

/// The regular forms of a French verb in -er that news uses: present, imperfect, simple
/// past, future, conditional, participles (the source list lacks many of them).
pub fn conjugate_er(inf: &str) -> Vec<String> {
    let Some(stem) = inf.strip_suffix("er") else {
        return Vec::new();
    };
    // annoncer → annonçait, engager → engageait: keep the soft consonant before a and o.
    let soft = if let Some(s) = stem.strip_suffix('c') {
        format!("{s}ç")
    } else if stem.ends_with('g') {
        format!("{stem}e")
    } else {
        stem.to_owned()
    };
    // répéter → répète: a closed é before a mute ending opens.
    let open = match stem.char_indices().rev().find(|&(_, c)| c == 'é') {
        Some((i, _))
            if stem[i + 'é'.len_utf8()..]
                .chars()
                .all(|c| !"aeiouyéèê".contains(c)) =>
        {
            format!("{}è{}", &stem[..i], &stem[i + 'é'.len_utf8()..])
        }
        _ => stem.to_owned(),
    };
    let mut forms: Vec<String> = Vec::new();
    for e in ["e", "es", "ent"] {
        forms.push(format!("{open}{e}"));
    }
    for e in ["ons", "a", "ais", "ait", "aient", "ant", "èrent", "ât"] {
        forms.push(format!("{soft}{e}"));
    }
    for e in [
        "ez", "ions", "iez", "é", "ée", "és", "ées", "era", "erait", "eraient", "eront", "er",
    ] {
        forms.push(format!("{stem}{e}"));
    }
    forms
}

/// Speech verbs of news the source lists lack.
#[rustfmt::skip]
pub const EXTRA_VERBS_FR: &[&str] = &[
    "indigner", "étonner", "réjoui", "réjouie", "réjouis", "réjouit", "réjouissait",
    "réjouissent",
    "exhorter", "préconiser", "parler", "répéter", "annoncer", "marteler", "prévenir", "réagir", "crier", "nier",
    "démentir", "regretter", "déplorer", "clamer", "lâcher", "tweeter", "interpeller",
    "fustiger", "résumer", "rassurer", "reprocher", "réclamer", "appeler", "prôner", "jurer",
    "avertir", "s'exclamer", "exclamer", "raconter", "répondant", "disant", "écrivant",
    "reconnaissant", "concluant", "lancer", "lancée", "lancés", "prononcé", "prononcée",
    "prononcées", "prononcer", "appris", "crie", "crient", "criait", "crié", "criant", "réagi",
    "réagit", "réagissait", "martèle", "martelé", "tweeté", "twitté", "lâché", "lâchait",
    "s'exclame", "prévient", "prévenu", "avertit", "averti", "déplore", "déploré", "déplorait",
    "regrette", "regretté", "nie", "nient", "nié", "niait", "niant", "dément", "démenti",
    "démentait",
];
#[rustfmt::skip]
pub const EXTRA_VERBS_EN: &[&str] = &[
    "tells", "telling", "added", "asked", "asks", "writes", "wrote", "tweeted", "posted",
    "urged", "urges", "insisted", "vowed", "vows", "recalled", "recalls", "shouted", "yelled",
    "quipped", "conceded", "concedes", "boasted", "complained", "complains", "lamented",
    "charged", "countered", "cautioned", "predicted", "joked", "acknowledged", "promised",
    "promises", "pledged", "called", "explained", "declared",
];
