//! Examples for each rule of the quotation passes, French and English.

use super::*;
use crate::extract::Entity;

/// An analysis holding `people` (name, surface forms, gender) and `orgs`/`places`
/// (name, surface forms), with a mention at every occurrence of each surface form.
fn analysis(
    text: &str,
    people: &[(&str, &[&str], Option<Gender>)],
    orgs: &[(&str, &[&str])],
    places: &[(&str, &[&str])],
) -> Analysis {
    let entity = |kind, name: &str, forms: &[&str], gender| {
        let mut mentions: Vec<Span> = Vec::new();
        for f in forms {
            for (at, _) in text.match_indices(f) {
                let s = Span::new(at, at + f.len());
                if !mentions.iter().any(|m| m.overlaps(s)) {
                    mentions.push(s);
                }
            }
        }
        mentions.sort();
        Entity {
            kind,
            name: name.to_owned(),
            aliases: forms.iter().map(|f| (*f).to_owned()).collect(),
            mentions,
            gender,
        }
    };
    Analysis {
        people: people
            .iter()
            .map(|(n, f, g)| entity(EntityKind::Person, n, f, *g))
            .collect(),
        organizations: orgs
            .iter()
            .map(|(n, f)| entity(EntityKind::Organization, n, f, None))
            .collect(),
        places: places
            .iter()
            .map(|(n, f)| entity(EntityKind::Place, n, f, None))
            .collect(),
        quotes: Vec::new(),
    }
}

/// (quoted words, speaker) of every quotation found.
fn run(text: &str, lang: Lang, a: &Analysis) -> Vec<(String, Option<String>)> {
    find(text, lang, a)
        .into_iter()
        .map(|q| (text[q.span.start..q.span.end].to_owned(), q.speaker))
        .collect()
}

fn words(text: &str, lang: Lang) -> Vec<String> {
    run(text, lang, &Analysis::default())
        .into_iter()
        .map(|(w, _)| w)
        .collect()
}

fn one(text: &str, lang: Lang, a: &Analysis) -> (String, Option<String>) {
    let all = run(text, lang, a);
    assert_eq!(all.len(), 1, "{all:?}");
    all.into_iter().next().unwrap_or_default()
}

// ---- pass 1: pairing -------------------------------------------------------------

#[test]
fn guillemets_with_narrow_spaces_are_trimmed() {
    let t = "Il a dit\u{A0}: «\u{202F}Nous venons\u{202F}» hier.";
    assert_eq!(words(t, Lang::Fr), ["Nous venons"]);
}

#[test]
fn curly_and_straight_marks_pair() {
    let t = "He said “we will win” and then \"we will see\" today.";
    assert_eq!(words(t, Lang::En), ["we will win", "we will see"]);
}

#[test]
fn nested_marks_belong_to_the_outer_quote() {
    let t = "« Il y a un dicton : ‘On ne choisit pas’ et “un autre” », a-t-il dit.";
    assert_eq!(
        words(t, Lang::Fr),
        ["Il y a un dicton : ‘On ne choisit pas’ et “un autre”"]
    );
}

#[test]
fn unclosed_mark_does_not_swallow_the_document() {
    let t = "Il a dénoncé « une attaque.\n\nPlus tard, il a ajouté « rien » ici.";
    assert_eq!(words(t, Lang::Fr), ["rien"]);
}

#[test]
fn stray_closing_marks_are_ignored() {
    let t = "» texte » puis “ouvert” et ” encore.";
    assert_eq!(words(t, Lang::Fr), ["ouvert"]);
}

#[test]
fn quote_continues_over_paragraphs_opening_with_a_mark() {
    let t = "Il a déclaré : « Premier paragraphe.\n\n« Second paragraphe. »\n\nFin.";
    assert_eq!(
        words(t, Lang::Fr),
        ["Premier paragraphe.", "Second paragraphe."]
    );
}

#[test]
fn quote_does_not_continue_into_a_paragraph_without_mark() {
    let t = "Il a déclaré : « Premier paragraphe.\n\nSecond paragraphe. »\n\nFin.";
    assert!(words(t, Lang::Fr).is_empty());
}

#[test]
fn hostile_inputs_do_not_panic_and_stay_linear() {
    let many_open = "«".repeat(1 << 20);
    assert!(words(&many_open, Lang::Fr).is_empty());
    let many_close = "»".repeat(1 << 18);
    assert!(words(&many_close, Lang::Fr).is_empty());
    let mixed = "“«\"»”".repeat(1 << 16);
    // Tens of thousands of quotations on one line: nothing may scan the line per quote.
    let _ = words(&mixed, Lang::Fr);
    let big_para = format!("« {}", "mot ".repeat(1 << 17));
    assert!(words(&big_para, Lang::Fr).is_empty());
    for t in [
        "",
        "\"",
        "« »",
        "«»",
        "“”",
        "\u{202F}«\u{202F}»",
        "a\"b\"c",
        "\n«\n»\n",
    ] {
        let _ = words(t, Lang::Fr);
        let _ = words(t, Lang::En);
    }
}

#[test]
fn alternating_unmatched_marks_are_linear() {
    // Every closing mark has no opener of its family: rejected without a stack search.
    let t = format!("{}{}", "“".repeat(1 << 18), "»".repeat(1 << 18));
    let start = std::time::Instant::now();
    assert!(words(&t, Lang::Fr).is_empty());
    assert!(start.elapsed().as_secs() < 20);
}

#[test]
fn mixed_straight_and_curly_marks_pair() {
    let t = "He said \"we will win” and “we will see\" today.";
    assert_eq!(words(t, Lang::En), ["we will win", "we will see"]);
}

#[test]
fn markup_attributes_are_not_quotes() {
    let t = "<tweet pic=\"pic.twitter.com/x\" author=\"someone\">He said “yes, we can”.";
    assert_eq!(words(t, Lang::En), ["yes, we can"]);
}

#[test]
fn reversed_mark_opening_a_paragraph_opens_a_quote() {
    let t = "Intro.\n\n” … he delivered a mix of rejoinders” Barabak wrote.";
    assert_eq!(words(t, Lang::En), ["… he delivered a mix of rejoinders"]);
}

#[test]
fn pairs_after_a_stray_opener_still_count() {
    let t = "\"PENCE: She thinks “this is a game” but it is not.\n\nNext paragraph.";
    assert_eq!(words(t, Lang::En), ["this is a game"]);
}

// ---- pass 2: cues and speakers (French) ------------------------------------------

#[test]
fn fr_verb_and_name_after_the_quote() {
    let t =
        "« Pourquoi pas, ce sont nos voisins », a déclaré M. Choïgou, cité par l'agence Interfax.";
    let a = analysis(
        t,
        &[("Sergueï Choïgou", &["Choïgou"], Some(Gender::Masculine))],
        &[("Interfax", &["Interfax"])],
        &[],
    );
    assert_eq!(
        one(t, Lang::Fr, &a),
        (
            "Pourquoi pas, ce sont nos voisins".into(),
            Some("Sergueï Choïgou".into())
        )
    );
}

#[test]
fn fr_inversion_after_the_quote_takes_the_last_person_of_that_gender() {
    let t = "Mme Watson est venue avec M. Kirby. « Nous partons », a-t-elle ajouté.";
    let a = analysis(
        t,
        &[
            ("Adrienne Watson", &["Watson"], Some(Gender::Feminine)),
            ("John Kirby", &["Kirby"], Some(Gender::Masculine)),
        ],
        &[],
        &[],
    );
    assert_eq!(one(t, Lang::Fr, &a).1.as_deref(), Some("Adrienne Watson"));
}

#[test]
fn fr_subject_and_colon_before_the_quote() {
    let t = "Mme Watson a déclaré : « Nous disposons d'informations. »";
    let a = analysis(
        t,
        &[("Adrienne Watson", &["Watson"], Some(Gender::Feminine))],
        &[],
        &[],
    );
    assert_eq!(one(t, Lang::Fr, &a).1.as_deref(), Some("Adrienne Watson"));
}

#[test]
fn fr_role_and_apposition_give_the_name() {
    let t = "La porte-parole du Conseil de sécurité nationale, Adrienne Watson, a déclaré que c'était « plus superficiel ».";
    let a = analysis(
        t,
        &[(
            "Adrienne Watson",
            &["Adrienne Watson"],
            Some(Gender::Feminine),
        )],
        &[(
            "Conseil de sécurité nationale",
            &["Conseil de sécurité nationale"],
        )],
        &[],
    );
    assert_eq!(one(t, Lang::Fr, &a).1.as_deref(), Some("Adrienne Watson"));
}

#[test]
fn fr_pronoun_subject_with_embedded_clause() {
    let t = "Mme Watson parlait. Elle a ajouté que les États-Unis exhortent la Corée du Nord « à cesser ses négociations ».";
    let a = analysis(
        t,
        &[("Adrienne Watson", &["Watson"], Some(Gender::Feminine))],
        &[],
        &[
            ("États-Unis", &["États-Unis"]),
            ("Corée du Nord", &["Corée du Nord"]),
        ],
    );
    assert_eq!(one(t, Lang::Fr, &a).1.as_deref(), Some("Adrienne Watson"));
}

#[test]
fn fr_country_speaks() {
    let t =
        "La Corée du Nord a précédemment nié avoir eu des « transactions d'armes » avec la Russie.";
    let a = analysis(
        t,
        &[],
        &[],
        &[
            ("Corée du Nord", &["Corée du Nord"]),
            ("Russie", &["Russie"]),
        ],
    );
    assert_eq!(one(t, Lang::Fr, &a).1.as_deref(), Some("Corée du Nord"));
}

#[test]
fn fr_org_noun_takes_the_last_organisation() {
    let t = "Selon l'agence Interfax, il y a eu des tirs. « Tout est calme », a précisé l'agence.";
    let a = analysis(t, &[], &[("Interfax", &["Interfax"])], &[]);
    assert_eq!(one(t, Lang::Fr, &a).1.as_deref(), Some("Interfax"));
}

#[test]
fn fr_role_without_name_is_its_description() {
    let t =
        "Dans cette procédure, le rapporteur public estime que le jugement « doit être annulé ».";
    assert_eq!(
        one(t, Lang::Fr, &Analysis::default()).1.as_deref(),
        Some("rapporteur public")
    );
}

#[test]
fn fr_anonymous_source_is_null() {
    let t = "L'homme s'est tué « sans intervention d'un tiers » selon une source judiciaire.";
    assert_eq!(one(t, Lang::Fr, &Analysis::default()).1, None);
    let t = "Un élu socialiste pense que sa démission serait « mal choisie ».";
    assert_eq!(one(t, Lang::Fr, &Analysis::default()).1, None);
}

#[test]
fn fr_selon_before_the_quote() {
    let t = "Selon Ismaël Verdalet, l'un des conseillers, « il travaille beaucoup ».";
    let a = analysis(
        t,
        &[("Ismaël Verdalet", &["Ismaël Verdalet"], None)],
        &[],
        &[],
    );
    assert_eq!(one(t, Lang::Fr, &a).1.as_deref(), Some("Ismaël Verdalet"));
}

#[test]
fn fr_verb_then_role_then_name_after_the_quote() {
    let t =
        "« Nous étudions les théories », a déclaré une représentante du comité, Oksana Trebounskaïa.";
    let a = analysis(
        t,
        &[("Oksana Trebounskaïa", &["Oksana Trebounskaïa"], None)],
        &[],
        &[],
    );
    assert_eq!(
        one(t, Lang::Fr, &a).1.as_deref(),
        Some("Oksana Trebounskaïa")
    );
}

#[test]
fn fr_uncued_quote_continues_the_previous_speaker() {
    let t = "« Pourquoi pas », a déclaré M. Choïgou.\n\n« Il y a un vieux dicton russe. »";
    let a = analysis(
        t,
        &[("Sergueï Choïgou", &["Choïgou"], Some(Gender::Masculine))],
        &[],
        &[],
    );
    let all = run(t, Lang::Fr, &a);
    assert_eq!(all.len(), 2);
    assert_eq!(all[1].1.as_deref(), Some("Sergueï Choïgou"));
}

#[test]
fn fr_incise_splits_the_quote() {
    let t = "M. Choïgou était là. « Pourquoi pas, a-t-il dit, ce sont nos voisins ».";
    let a = analysis(
        t,
        &[("Sergueï Choïgou", &["Choïgou"], Some(Gender::Masculine))],
        &[],
        &[],
    );
    let all = run(t, Lang::Fr, &a);
    assert_eq!(
        all,
        [
            (
                "Pourquoi pas".to_owned(),
                Some("Sergueï Choïgou".to_owned())
            ),
            (
                "ce sont nos voisins".to_owned(),
                Some("Sergueï Choïgou".to_owned())
            ),
        ]
    );
}

#[test]
fn fr_name_missed_by_the_analysis_is_read_from_the_cue() {
    let t = "« On va se concentrer sur d'autres objectifs » assure Thierry Marsaud, l'entraîneur.";
    assert_eq!(
        one(t, Lang::Fr, &Analysis::default()).1.as_deref(),
        Some("Thierry Marsaud")
    );
}

#[test]
fn cue_span_covers_verb_and_speaker() {
    let t = "« Pourquoi pas », a déclaré M. Choïgou.";
    let a = analysis(
        t,
        &[("Sergueï Choïgou", &["Choïgou"], Some(Gender::Masculine))],
        &[],
        &[],
    );
    let q = find(t, Lang::Fr, &a);
    let cue = q[0].cue.expect("a cue");
    assert_eq!(&t[cue.start..cue.end], "a déclaré M. Choïgou");
    assert_eq!(
        q[0].speaker_ref,
        Some(EntityRef {
            kind: EntityKind::Person,
            index: 0
        })
    );
}

// ---- pass 3: terms ---------------------------------------------------------------

#[test]
fn fr_title_cased_name_is_not_a_quote() {
    let t = "Célébré en Corée du Nord comme le « Jour de la Victoire ».";
    assert!(words(t, Lang::Fr).is_empty());
}

#[test]
fn fr_naming_words_make_terms() {
    for t in [
        "Les soldats de l'opération « Sentinelle » patrouillent.",
        "On lui doit des romans, dont « Les Poneys sauvages » et « Un taxi mauve ».",
        "La veillée avait pour thème cette année : « le chemin vers la paix ».",
        "Il portait un T-shirt où était inscrit « sécurité pour tous ».",
        "Il a été placé en détention pour « association de malfaiteurs ».",
    ] {
        assert!(words(t, Lang::Fr).is_empty(), "{t}");
    }
}

#[test]
fn fr_partial_quotes_are_quotes() {
    let t = "Il a dénoncé une « attaque lâche » hier.";
    assert_eq!(words(t, Lang::Fr), ["attaque lâche"]);
    let t = "Elle juge que les autres candidats sont des « hypocrites ».";
    assert_eq!(words(t, Lang::Fr), ["hypocrites"]);
}

#[test]
fn en_nickname_is_not_a_quote_but_a_lowercase_phrase_is() {
    let t = "The rally was billed as “Make America Great Again” by organisers.";
    assert!(words(t, Lang::En).is_empty());
    let t = "Kirby called the letters \"more superficial\" on Monday.";
    assert_eq!(words(t, Lang::En), ["more superficial"]);
}

#[test]
fn en_titles_keep_their_punctuation_inside_but_sentences_are_quotes() {
    let t = "In an interview on CBS's \"Face the Nation,\" he spoke.";
    assert!(words(t, Lang::En).is_empty());
    let t = "Graham asked a question. “Neither do I.”";
    assert_eq!(words(t, Lang::En), ["Neither do I."]);
}

#[test]
fn fr_bare_participle_after_the_quote_is_not_a_cue() {
    let t = "Il demande une « double tutelle » confiée à une personne morale.";
    let q = find(t, Lang::Fr, &Analysis::default());
    assert_eq!(q.len(), 1);
    assert!(q[0]
        .cue
        .is_none_or(|c| !t[c.start..c.end].contains("confiée")));
}

#[test]
fn fr_relative_clause_antecedent_speaks() {
    let t = "La demande vient du CHRU de Dijon qui souhaitait « déterminer un référent ».";
    assert_eq!(
        one(t, Lang::Fr, &Analysis::default()).1.as_deref(),
        Some("CHRU de Dijon")
    );
}

#[test]
fn fr_attribution_line_after_the_paragraph() {
    let t = "Il a terminé par cette maxime : « Jusqu'à la victoire, toujours ! »\n\n— Raúl Castro\n\nSuite.";
    assert_eq!(
        one(t, Lang::Fr, &Analysis::default()).1.as_deref(),
        Some("Raúl Castro")
    );
}

#[test]
fn fr_impersonal_il_is_not_a_speaker() {
    let t = "M. Dupont est venu.\n\nIl s'agit du mot « raciste » sur le mur.";
    let a = analysis(
        t,
        &[("Jean Dupont", &["Dupont"], Some(Gender::Masculine))],
        &[],
        &[],
    );
    let all = run(t, Lang::Fr, &a);
    assert_eq!(all, [("raciste".to_owned(), None)]);
}

#[test]
fn fr_town_hall_is_the_town() {
    let t = "Les agents de la Ville de Paris sont en grève.\n\n« Nous sommes bloqués », a indiqué la Mairie.";
    let a = analysis(t, &[], &[], &[("Paris", &["Paris"])]);
    assert_eq!(one(t, Lang::Fr, &a).1.as_deref(), Some("Paris"));
}

// ---- English speakers --------------------------------------------------------------

#[test]
fn en_the_subject_of_a_reported_clause_is_no_speaker() {
    let t = "Smith, who chairs the committee, said the vote was \"a disgrace\".";
    let speaker = one(t, Lang::En, &Analysis::default()).1;
    assert_ne!(speaker.as_deref(), Some("vote was"));
    assert_ne!(speaker.as_deref(), Some("vote"));
    // A role after the verb still speaks.
    let t = "\"We will win,\" said the senator.";
    assert_eq!(
        one(t, Lang::En, &Analysis::default()).1.as_deref(),
        Some("senator")
    );
}

#[test]
fn en_said_after_the_quote() {
    let t = "“We will see,” Kirby said. “It is early,” said Psaki.";
    let a = analysis(
        t,
        &[
            ("John Kirby", &["Kirby"], Some(Gender::Masculine)),
            ("Jen Psaki", &["Psaki"], Some(Gender::Feminine)),
        ],
        &[],
        &[],
    );
    let all = run(t, Lang::En, &a);
    assert_eq!(all[0].1.as_deref(), Some("John Kirby"));
    assert_eq!(all[1].1.as_deref(), Some("Jen Psaki"));
}

#[test]
fn en_pronoun_takes_the_last_person_of_that_gender() {
    let t = "Clinton met Trump on Monday. “It was fine,” she said.";
    let a = analysis(
        t,
        &[
            ("Hillary Clinton", &["Clinton"], Some(Gender::Feminine)),
            ("Donald Trump", &["Trump"], Some(Gender::Masculine)),
        ],
        &[],
        &[],
    );
    assert_eq!(one(t, Lang::En, &a).1.as_deref(), Some("Hillary Clinton"));
}

#[test]
fn en_subject_said_colon_before_the_quote() {
    let t = "Caddell said: “This is in their heads.”";
    let a = analysis(t, &[("Pat Caddell", &["Caddell"], None)], &[], &[]);
    assert_eq!(one(t, Lang::En, &a).1.as_deref(), Some("Pat Caddell"));
}

#[test]
fn en_told_reporters() {
    let t = "Trump told reporters the deal was “a disaster” for workers.";
    let a = analysis(
        t,
        &[("Donald Trump", &["Trump"], Some(Gender::Masculine))],
        &[],
        &[],
    );
    assert_eq!(one(t, Lang::En, &a).1.as_deref(), Some("Donald Trump"));
}

#[test]
fn en_according_to() {
    let t = "The plan is “dead on arrival,” according to Senator McConnell.";
    let a = analysis(
        t,
        &[("Mitch McConnell", &["McConnell"], Some(Gender::Masculine))],
        &[],
        &[],
    );
    assert_eq!(one(t, Lang::En, &a).1.as_deref(), Some("Mitch McConnell"));
    let t = "According to Mr. Smith, the vote was “rigged.”";
    assert_eq!(
        one(t, Lang::En, &Analysis::default()).1.as_deref(),
        Some("Smith")
    );
}

#[test]
fn en_anonymous_source_is_null() {
    let t = "“We were not told,” a campaign official said.";
    assert_eq!(one(t, Lang::En, &Analysis::default()).1, None);
}

#[test]
fn fr_plural_pronoun_takes_the_group_opening_a_recent_sentence() {
    let t = "Les personnels ont décidé de reconduire la grève.\n\nIls s'affirment cependant « prêts » à suspendre le mouvement.";
    assert_eq!(
        one(t, Lang::Fr, &Analysis::default()).1.as_deref(),
        Some("personnels")
    );
}

#[test]
fn fr_description_after_a_sentence_naming_one_person() {
    let t = "Le tag ferait suite aux propos lancés par Karim Benzema mercredi. En effet, l'attaquant avait déclaré que l'entraîneur « avait cédé à la pression ».";
    let a = analysis(
        t,
        &[("Karim Benzema", &["Karim Benzema"], Some(Gender::Masculine))],
        &[],
        &[],
    );
    assert_eq!(one(t, Lang::Fr, &a).1.as_deref(), Some("Karim Benzema"));
}

#[test]
fn fr_office_is_not_resolved_to_the_last_person() {
    let t = "Vincent Morvaux est hospitalisé. Le rapporteur public estime que le jugement « doit être annulé ».";
    let a = analysis(
        t,
        &[(
            "Vincent Morvaux",
            &["Vincent Morvaux"],
            Some(Gender::Masculine),
        )],
        &[],
        &[],
    );
    assert_eq!(one(t, Lang::Fr, &a).1.as_deref(), Some("rapporteur public"));
}

#[test]
fn fr_person_in_apposition_after_pour_and_before_a_colon_speaks() {
    let people: &[(&str, &[&str], Option<Gender>)] = &[
        ("Léo Vasseur", &["Léo Vasseur"], Some(Gender::Masculine)),
        ("Ada Morel", &["Ada Morel"], Some(Gender::Feminine)),
    ];
    let economy: &[(&str, &[&str])] = &[("Économie", &["Économie"])];
    let t = "Pour le ministre de l'Économie, Léo Vasseur, « la croissance sera là ». Un avis que ne partage pas l'économiste Ada Morel : « C'est trop optimiste ».";
    let got = run(t, Lang::Fr, &analysis(t, people, economy, &[]));
    let speakers: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(speakers, [Some("Léo Vasseur"), Some("Ada Morel")]);
}

#[test]
fn fr_name_after_a_portfolio_in_lower_case_speaks() {
    let t = "La ministre de la justice Ada Lina Morel a commenté ce vote : « Le pays a choisi ».";
    let a = analysis(
        t,
        &[(
            "Ada Lina Morel",
            &["Ada Lina Morel"],
            Some(Gender::Feminine),
        )],
        &[],
        &[],
    );
    assert_eq!(one(t, Lang::Fr, &a).1.as_deref(), Some("Ada Lina Morel"));
}

#[test]
fn role_nouns_after_an_adjective_of_time_are_read_by_their_noun() {
    let people: &[(&str, &[&str], Option<Gender>)] = &[
        ("Ada Morel", &["Ada Morel"], Some(Gender::Feminine)),
        ("Paul Vidal", &["Paul Vidal"], Some(Gender::Masculine)),
    ];
    // An office never introduced: the role, not the first person of the sentence before.
    let t = "Ada Morel et Paul Vidal se sont affrontés. La candidate a attaqué son rival. « Vous mentez », a répliqué l'ancien président.";
    let got = one(t, Lang::Fr, &analysis(t, people, &[], &[]));
    assert_eq!(got.1.as_deref(), Some("ancien président"));
    // Introduced with its holder: the holder.
    let t = "L'ancien président Paul Vidal a reçu Ada Morel. « Vous mentez », a répliqué l'ancien président.";
    let got = one(t, Lang::Fr, &analysis(t, people, &[], &[]));
    assert_eq!(got.1.as_deref(), Some("Paul Vidal"));
}

#[test]
fn fr_role_noun_stands_for_its_holder_not_for_the_town_it_names() {
    let t = "La maire de Brévannes, Ada Morel, a inauguré la ligne. « C'est une belle journée », a déclaré la maire.";
    let a = analysis(
        t,
        &[("Ada Morel", &["Ada Morel"], Some(Gender::Feminine))],
        &[],
        &[("Brévannes", &["Brévannes"])],
    );
    assert_eq!(one(t, Lang::Fr, &a).1.as_deref(), Some("Ada Morel"));
}

#[test]
fn fr_demonstrative_pronouns_pick_up_the_person_of_their_gender() {
    let people: &[(&str, &[&str], Option<Gender>)] = &[
        ("Anne Morel", &["Anne Morel"], Some(Gender::Feminine)),
        ("Paul Vidal", &["Paul Vidal"], Some(Gender::Masculine)),
    ];
    for (t, want) in [
        (
            "Anne Morel a reçu Paul Vidal. « Tout va bien », a assuré celle-ci.",
            "Anne Morel",
        ),
        (
            "Paul Vidal a reçu Anne Morel. Celui-ci a répondu : « Tout va bien ».",
            "Paul Vidal",
        ),
    ] {
        let a = analysis(t, people, &[], &[]);
        assert_eq!(one(t, Lang::Fr, &a).1.as_deref(), Some(want), "{t}");
    }
}

#[test]
fn fr_head_of_state_and_of_government_are_the_titled_people() {
    let people: &[(&str, &[&str], Option<Gender>)] = &[
        ("Ada Morel", &["Ada Morel"], Some(Gender::Feminine)),
        ("Marc Pouly", &["Marc Pouly"], Some(Gender::Masculine)),
    ];
    let sénat: &[(&str, &[&str])] = &[("Sénat", &["Sénat"])];
    // The latest « président » heads a body; the office's holder came before.
    let t = "La présidente Ada Morel a reçu le président du Sénat, Marc Pouly. « Rien n'est décidé », a assuré le chef de l'État.";
    assert_eq!(
        one(t, Lang::Fr, &analysis(t, people, sénat, &[]))
            .1
            .as_deref(),
        Some("Ada Morel")
    );
    let t = "Le Premier ministre Marc Pouly a reçu Ada Morel. « Le budget est juste », a déclaré le chef du gouvernement.";
    assert_eq!(
        one(t, Lang::Fr, &analysis(t, people, &[], &[]))
            .1
            .as_deref(),
        Some("Marc Pouly")
    );
    // « président de la République » is the head of state's title, complement and all.
    let t = "Le président de la République, Marc Pouly, a reçu Ada Morel. « Rien n'est décidé », a assuré le chef de l'État.";
    assert_eq!(
        one(t, Lang::Fr, &analysis(t, people, &[], &[]))
            .1
            .as_deref(),
        Some("Marc Pouly")
    );
    // A name of five words, after a demonym.
    let t = "Le président brésilien Rui Carlos Mota da Rocha a reçu Ada Morel. « Rien n'est décidé », a assuré le chef de l'État.";
    let long: &[(&str, &[&str], Option<Gender>)] = &[(
        "Rui Carlos Mota da Rocha",
        &["Rui Carlos Mota da Rocha"],
        Some(Gender::Masculine),
    )];
    assert_eq!(
        one(t, Lang::Fr, &analysis(t, long, &[], &[])).1.as_deref(),
        Some("Rui Carlos Mota da Rocha")
    );
    // With no such title before it, the role stays a role.
    let t = "Le premier tour a eu lieu. Marc Pouly mène. « Rien n'est joué », a déclaré le chef du gouvernement.";
    assert_eq!(
        one(t, Lang::Fr, &analysis(t, people, &[], &[]))
            .1
            .as_deref(),
        Some("chef du gouvernement")
    );
}

#[test]
fn fr_pour_x_attributes() {
    let t = "Gérard Pellanne a assigné le parti. Pour le plaignant, « l'organisation semble arbitraire ».";
    let a = analysis(
        t,
        &[(
            "Gérard Pellanne",
            &["Gérard Pellanne"],
            Some(Gender::Masculine),
        )],
        &[],
        &[],
    );
    assert_eq!(one(t, Lang::Fr, &a).1.as_deref(), Some("Gérard Pellanne"));
}

#[test]
fn fr_group_opening_the_sentence_speaks_without_cue() {
    let t =
        "Les députés veulent également réduire l'incertitude et limiter « le risque d'impayés ».";
    assert_eq!(
        one(t, Lang::Fr, &Analysis::default()).1.as_deref(),
        Some("députés")
    );
}

#[test]
fn en_possessive_and_modifier_are_not_the_speaker() {
    let t = "“My reaction, that was outrageous,” Obama's former campaign strategist said.";
    let a = analysis(
        t,
        &[("Barack Obama", &["Obama"], Some(Gender::Masculine))],
        &[],
        &[],
    );
    assert_ne!(one(t, Lang::En, &a).1.as_deref(), Some("Barack Obama"));
    let t = "\"We need change,\" the New York businessman said.";
    let a = analysis(t, &[], &[], &[("New York", &["New York"])]);
    assert_ne!(one(t, Lang::En, &a).1.as_deref(), Some("New York"));
}

#[test]
fn en_addressee_is_not_the_speaker() {
    let t = "Price spoke. \"The nation is watching,\" she shouted to the crowd.";
    let a = analysis(
        t,
        &[("Marcia Price", &["Price"], Some(Gender::Feminine))],
        &[],
        &[],
    );
    assert_eq!(one(t, Lang::En, &a).1.as_deref(), Some("Marcia Price"));
    let t = "Price spoke at length. \"The nation is watching,\" shouted to the crowd a man.";
    assert_ne!(
        one(t, Lang::En, &Analysis::default()).1.as_deref(),
        Some("crowd")
    );
}

#[test]
fn random_mixes_of_marks_and_cues_never_panic_and_stay_inside_the_text() {
    const PIECES: &[&str] = &[
        "«",
        "»",
        "“",
        "”",
        "„",
        "\"",
        "‘",
        "’",
        "'",
        "‹",
        "›",
        " ",
        "\u{202F}",
        "\u{A0}",
        "\n",
        "\n\n",
        ",",
        ".",
        ":",
        "-",
        "—",
        "a-t-il",
        "dit-elle",
        "a déclaré",
        "M.",
        "Mme",
        "Watson",
        "selon",
        "d'après",
        "said",
        "he",
        "she",
        "according to",
        "Les",
        "élus",
        "qui",
        "le",
        "porte-parole",
        "=",
        "é",
        "\u{1F600}",
        "\t",
        "\r",
        "Pour",
        "l'agence",
    ];
    let mut rng = crate::extract::random::Rng::new(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let pieces = rng.pieces(PIECES, 40);
        let text = pieces.join(if rng.below(2) == 0 { " " } else { "" });
        for lang in [Lang::Fr, Lang::En] {
            let a = analysis(
                &text,
                &[("Adrienne Watson", &["Watson"], Some(Gender::Feminine))],
                &[("agence", &["agence"])],
                &[],
            );
            for q in find(&text, lang, &a) {
                assert!(
                    q.span.start < q.span.end && q.span.end <= text.len(),
                    "{text:?}"
                );
                assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
                if let Some(c) = q.cue {
                    assert!(c.start <= c.end && c.end <= text.len(), "{text:?}");
                    assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
                }
            }
        }
    }
}

/// (text, language, people, organisations, expected speaker of every quote; "" for none).
type Case<'a> = (
    &'a str,
    Lang,
    &'a [(&'a str, &'a [&'a str], Option<Gender>)],
    &'a [(&'a str, &'a [&'a str])],
    &'a str,
);

#[test]
fn news_patterns_attribute_correctly() {
    let cases: &[Case] = &[
        (
            "Emmanuel Macron a parlé. « Nous allons gagner », affirme-t-il.",
            Lang::Fr,
            &[(
                "Emmanuel Macron",
                &["Emmanuel Macron"],
                Some(Gender::Masculine),
            )],
            &[],
            "Emmanuel Macron",
        ),
        (
            "Selon le ministre de l'Intérieur, Gérald Darmanin, « la menace est élevée ».",
            Lang::Fr,
            &[(
                "Gérald Darmanin",
                &["Gérald Darmanin"],
                Some(Gender::Masculine),
            )],
            &[],
            "Gérald Darmanin",
        ),
        (
            "« C'est inacceptable », a dénoncé la CGT dans un communiqué.",
            Lang::Fr,
            &[],
            &[("CGT", &["CGT"])],
            "CGT",
        ),
        (
            "Le Kremlin a démenti : « Ce sont des rumeurs ».",
            Lang::Fr,
            &[],
            &[("Kremlin", &["Kremlin"])],
            "Kremlin",
        ),
        (
            "D'après l'AFP, « trois personnes ont été blessées ».",
            Lang::Fr,
            &[],
            &[("AFP", &["AFP"])],
            "AFP",
        ),
        (
            "« Rien n'est décidé », a-t-on appris de source policière.",
            Lang::Fr,
            &[],
            &[],
            "",
        ),
        (
            "“It’s over,” said White House press secretary Karine Jean-Pierre.",
            Lang::En,
            &[(
                "Karine Jean-Pierre",
                &["Karine Jean-Pierre"],
                Some(Gender::Feminine),
            )],
            &[("White House", &["White House"])],
            "Karine Jean-Pierre",
        ),
        (
            "Biden told reporters: “We will respond.”",
            Lang::En,
            &[("Joe Biden", &["Biden"], Some(Gender::Masculine))],
            &[],
            "Joe Biden",
        ),
        (
            "Senator Warren said in a statement that the bill was “a disgrace”.",
            Lang::En,
            &[("Elizabeth Warren", &["Warren"], Some(Gender::Feminine))],
            &[],
            "Elizabeth Warren",
        ),
        (
            "Biden spoke. He added: “No comment on that matter.”",
            Lang::En,
            &[("Joe Biden", &["Biden"], Some(Gender::Masculine))],
            &[],
            "Joe Biden",
        ),
        (
            "“We are ready,” the Pentagon said in a statement.",
            Lang::En,
            &[],
            &[("Pentagon", &["Pentagon"])],
            "Pentagon",
        ),
        (
            "“The economy is strong,” Yellen, the Treasury secretary, said on Tuesday.",
            Lang::En,
            &[("Janet Yellen", &["Yellen"], Some(Gender::Feminine))],
            &[],
            "Janet Yellen",
        ),
        (
            "« Nous irons jusqu'au bout, a-t-elle lancé, quoi qu'il arrive. »",
            Lang::Fr,
            &[],
            &[],
            "",
        ),
        (
            "Pour Mme Le Goff, « c'est un échec ».",
            Lang::Fr,
            &[("Marine Le Goff", &["Le Goff"], Some(Gender::Feminine))],
            &[],
            "Marine Le Goff",
        ),
        (
            "« C'est un échec », juge l'opposition.",
            Lang::Fr,
            &[],
            &[],
            "opposition",
        ),
        (
            "“I was not aware,” Clinton told NBC News.",
            Lang::En,
            &[("Hillary Clinton", &["Clinton"], Some(Gender::Feminine))],
            &[("NBC News", &["NBC News"])],
            "Hillary Clinton",
        ),
        (
            "In a tweet, Trump called the report “fake news.”",
            Lang::En,
            &[("Donald Trump", &["Trump"], Some(Gender::Masculine))],
            &[],
            "Donald Trump",
        ),
    ];
    let mut bad = Vec::new();
    for (t, lang, people, orgs, want) in cases {
        let a = analysis(t, people, orgs, &[]);
        let got = run(t, *lang, &a);
        let ok = !got.is_empty() && got.iter().all(|(_, s)| s.as_deref().unwrap_or("") == *want);
        if !ok {
            bad.push(format!("{t} => {got:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn the_sample_article_quotes_and_speakers() {
    let text = crate::SAMPLE_TEXT;
    let a = crate::extract::analyze(text, Lang::Fr);
    let got: Vec<(&str, Option<&str>)> = a
        .quotes
        .iter()
        .map(|q| (&text[q.span.start..q.span.end], q.speaker.as_deref()))
        .collect();
    assert_eq!(got.len(), 7, "{got:#?}");
    assert!(got.iter().all(|(w, _)| !w.contains("Jour de la Victoire")));
    let speaker_of = |start: &str| {
        got.iter()
            .find(|(w, _)| w.starts_with(start))
            .and_then(|(_, s)| *s)
            .unwrap_or("")
    };
    assert!(speaker_of("Nous disposons").contains("Watson"));
    assert!(speaker_of("à cesser").contains("Watson"));
    assert!(speaker_of("Pourquoi pas").contains("Cho"));
    assert!(speaker_of("Il y a un vieux").contains("Cho"));
    assert!(speaker_of("bien sûr").contains("Cho"));
    assert!(speaker_of("transactions").contains("Corée du Nord"));
    assert!(speaker_of("plus superficielles").contains("Kirby"));
}

#[test]
fn fr_names_after_nouns_of_named_things_and_lone_capitalised_words_are_terms() {
    for t in [
        "Il a créé le mouvement « En marche! » en avril.",
        "L'avion transportait l'équipe de soccer « Chapecoense » du Brésil.",
    ] {
        assert!(words(t, Lang::Fr).is_empty(), "{t}");
    }
}

#[test]
fn fr_attribution_line_keeps_the_name_before_its_apposition() {
    let t = "« Nous avons été en contact avec eux. »\n\n— Jennifer Psaki , directrice de la communication\n";
    assert_eq!(
        one(t, Lang::Fr, &Analysis::default()).1.as_deref(),
        Some("Jennifer Psaki")
    );
}

#[test]
fn fr_document_nouns_continue_the_previous_speaker() {
    let t = "« Tout va bien », a déclaré M. Tarrade.\n\n« Les autorités se sont mobilisées », ajoute le texte.";
    let a = analysis(
        t,
        &[("Lionel Tarrade", &["Tarrade"], Some(Gender::Masculine))],
        &[],
        &[],
    );
    let all = run(t, Lang::Fr, &a);
    assert_eq!(all.len(), 2);
    assert_eq!(all[1].1.as_deref(), Some("Lionel Tarrade"));
}

#[test]
fn fr_a_group_noun_with_its_complement_is_not_a_speaker() {
    let t = "Les accusations de « fascisme » sont devenues rares.";
    assert_eq!(one(t, Lang::Fr, &Analysis::default()).1, None);
}

#[test]
fn fr_coordinated_verb_takes_the_first_clause_subject() {
    let t = "Hollande est arrivé sur place à 13 h et évoque un « ignoble attentat terroriste ».";
    assert_eq!(
        one(t, Lang::Fr, &Analysis::default()).1.as_deref(),
        Some("Hollande")
    );
    let t = "M. Estrosi parle de « dizaines de morts ».";
    let a = analysis(
        t,
        &[("Christian Estrosi", &["Estrosi"], Some(Gender::Masculine))],
        &[],
        &[],
    );
    assert_eq!(one(t, Lang::Fr, &a).1.as_deref(), Some("Christian Estrosi"));
}

#[test]
fn en_lone_surname_before_the_verb_and_titled_speakers() {
    let t = "Trump says voter fraud “would be one hell of a way to lose.”";
    assert_eq!(
        one(t, Lang::En, &Analysis::default()).1.as_deref(),
        Some("Trump")
    );
    let t = "\"This is a waste of time,\" said Del. Stacey Plaskett of the Virgin Islands.";
    assert_eq!(
        one(t, Lang::En, &Analysis::default()).1.as_deref(),
        Some("Stacey Plaskett")
    );
    let t = "“It is not legitimate,” Rep. Gwen Moore (D-Wis.) said Friday.";
    let a = analysis(
        t,
        &[("Gwen Moore", &["Gwen Moore"], Some(Gender::Feminine))],
        &[],
        &[],
    );
    assert_eq!(one(t, Lang::En, &a).1.as_deref(), Some("Gwen Moore"));
}

#[test]
fn fr_long_role_with_its_body_and_adjectival_participles() {
    let t = "L'avocate générale de la Cour d'appel de Reims a préconisé ce jeudi d'annuler la tutelle accordée à sa femme, Rachel, et de la remplacer par une « double tutelle ».";
    let a = analysis(
        t,
        &[("Rachel Delbosc", &["Rachel"], Some(Gender::Feminine))],
        &[],
        &[],
    );
    assert_eq!(
        one(t, Lang::Fr, &a).1.as_deref(),
        Some("avocate générale de la Cour d'appel de Reims")
    );
}

#[test]
fn fr_apposed_role_noun_finds_its_people() {
    let t = "Thierry et Véronique Sarrail, parents d'un jeune homme, ont écrit une lettre.\n\n« Nous n'en pouvons plus », écrivent les parents de Quentin Sarrail.";
    let a = analysis(
        t,
        &[
            (
                "Véronique Sarrail",
                &["Véronique Sarrail"],
                Some(Gender::Feminine),
            ),
            (
                "Quentin Sarrail",
                &["Quentin Sarrail"],
                Some(Gender::Masculine),
            ),
        ],
        &[],
        &[],
    );
    assert_eq!(one(t, Lang::Fr, &a).1.as_deref(), Some("Véronique Sarrail"));
}

#[test]
fn en_quote_continued_over_paragraphs_keeps_its_speaker() {
    let t = "Caddell said: “The first paragraph goes on.\n\n“The second paragraph ends here.”\n\nOther news.";
    let a = analysis(t, &[("Pat Caddell", &["Caddell"], None)], &[], &[]);
    let all = run(t, Lang::En, &a);
    assert_eq!(
        all,
        [
            (
                "The first paragraph goes on.".to_owned(),
                Some("Pat Caddell".to_owned())
            ),
            (
                "The second paragraph ends here.".to_owned(),
                Some("Pat Caddell".to_owned())
            ),
        ]
    );
}

#[test]
fn fr_capitalised_common_noun_kept_as_an_entity_stands_for_the_body() {
    let t = "Les agents de la Ville de Paris sont en grève.\n\n« Nous sommes bloqués », a indiqué la Mairie.";
    let a = analysis(t, &[], &[("Mairie", &["Mairie"])], &[("Paris", &["Paris"])]);
    assert_eq!(one(t, Lang::Fr, &a).1.as_deref(), Some("Paris"));
}

#[test]
fn fr_name_opening_the_clause_with_an_apposition() {
    let t = "Ghaith al Ghaith, le directeur de la compagnie, a annoncé qu'il était trop tôt : « Nous aurons des informations ».";
    assert_eq!(
        one(t, Lang::Fr, &Analysis::default()).1.as_deref(),
        Some("Ghaith al Ghaith")
    );
}

#[test]
fn a_cue_whose_speaker_comes_before_its_verb_is_still_a_forward_span() {
    // Found by the property tests: the speaker named before the verb used to give a cue
    // ending before it started.
    let text =
        "le Kremlin e\u{301} \"We are allies,\" said le Kremlin e\u{301} « Nous sommes alliés »,";
    for lang in [Lang::En, Lang::Fr] {
        let a = crate::extract::analyze(text, lang);
        for q in &a.quotes {
            if let Some(c) = q.cue {
                assert!(c.start < c.end && c.end <= text.len(), "{c:?}");
            }
        }
    }
}

#[test]
fn speech_verb_tables_hold_every_form_of_the_lists() {
    use super::speech_forms::forms;
    for (raw, french, lang) in [
        (
            include_str!("../../../assets/lists/speech-verbs-fr.txt"),
            true,
            Lang::Fr,
        ),
        (
            include_str!("../../../assets/lists/speech-verbs-en.txt"),
            false,
            Lang::En,
        ),
    ] {
        let forms = forms(raw, french);
        assert!(forms.len() > 100);
        for form in &forms {
            assert!(is_speech_verb(lang, form), "{form}");
        }
        let table = match lang {
            Lang::Fr => &SPEECH_VERBS_FR,
            Lang::En => &SPEECH_VERBS_EN,
        };
        assert_eq!(table.len(), forms.len());
    }
    // Regular forms the lists lack, and lemmas that are no cue.
    assert!(is_speech_verb(Lang::Fr, "annonçait"));
    assert!(is_speech_verb(Lang::Fr, "répète"));
    assert!(!is_speech_verb(Lang::Fr, "demeure"));
    assert!(is_speech_verb(Lang::En, "tweeted"));
}

#[test]
fn a_mention_record_takes_twelve_bytes_and_gives_back_its_entity() {
    assert!(std::mem::size_of::<Mention>() <= 12);
    let text = "Paris et Lyon. Le maire de Lyon, Jean Dupont, et l'ONU.";
    let a = analysis(
        text,
        &[("Jean Dupont", &["Jean Dupont"], None)],
        &[("ONU", &["ONU"])],
        &[("Paris", &["Paris"]), ("Lyon", &["Lyon"])],
    );
    let pairs: Vec<(Span, EntityRef)> = mentions(&a).into_iter().map(Mention::pair).collect();
    // The same list as the analysis's own, in the same order.
    let expected = a.mentions();
    assert_eq!(pairs, expected);
    assert_eq!(pairs.len(), 5);
}

#[test]
fn character_classes_agree_with_the_char_tests() {
    // Every character up to U+2FFF and a few beyond, ASCII through the table and the
    // others through the two-byte shortcut or the general decoding.
    let chars = (0u32..0x3000)
        .chain([0x3000, 0x1F600, 0x10FFFF, 0xFEFF, 0x20AC])
        .filter_map(char::from_u32);
    for c in chars {
        let mut buf = [0u8; 4];
        let s = c.encode_utf8(&mut buf);
        let bytes = format!("{s}x").into_bytes();
        let expected = match char_class(c) {
            Some(true) if c.is_uppercase() => C_WORD | C_UPPER,
            Some(true) => C_WORD,
            Some(false) => C_PUNCT,
            None => 0,
        };
        let got = if c.is_ascii() {
            (ASCII_CLASS[c as usize], 1)
        } else {
            wide_class(&bytes, 0)
        };
        assert_eq!(got, (expected, c.len_utf8()), "{c:?}");
        assert_eq!(char_at(&bytes, 0), (c, c.len_utf8()), "{c:?}");
    }
}

#[test]
fn tokens_split_words_punctuation_and_spaces() {
    let text = "L’Élysée a dit\u{A0}: « Ça va » ×2, São\tPaulo.\nFin";
    let toks = tokenize_near(text, &[Span::new(0, text.len())]);
    let got: Vec<(&str, &str, bool, bool)> = (0..toks.len())
        .map(|i| {
            let t = toks.at(i);
            (&text[t.start()..t.end()], t.lower, t.word(), t.cap())
        })
        .collect();
    assert_eq!(
        got,
        [
            ("L", "l", true, true),
            ("’", "’", false, false),
            ("Élysée", "élysée", true, true),
            ("a", "a", true, false),
            ("dit", "dit", true, false),
            (":", ":", false, false),
            ("«", "«", false, false),
            ("Ça", "ça", true, true),
            ("va", "va", true, false),
            ("»", "»", false, false),
            ("×", "×", false, false),
            ("2", "2", true, false),
            (",", ",", false, false),
            ("São", "são", true, true),
            ("Paulo", "paulo", true, true),
            (".", ".", false, false),
            ("\n", "\n", false, false),
            ("Fin", "fin", true, true),
        ]
    );
}

#[test]
fn significant_words_are_those_of_the_split() {
    let samples = [
        "",
        "Jean-Luc Mélenchon",
        "CHRU de Dijon",
        "Cour d'appel de Reims",
        "Ève Ça Ôté ÉTÉ ×Abc Ab÷Cde",
        "Ωmega Δelta Straße ǅemal İstanbul",
        "L’Élysée  1er 2Abc Abc2 ABC",
        "Zürich–Genève—Köln/São Paulo",
        "ŁÓDŹ ﬁne Ǆab AB ab Ab",
    ];
    for s in samples {
        let mut got = Vec::new();
        for_significant_words(s, |w| got.push(w));
        let expected: Vec<&str> = name_words(s).filter(|w| significant_word(w)).collect();
        assert_eq!(got, expected, "{s:?}");
    }
    // Strings drawn from letters of either case, digits, separators and wide characters.
    let pool: Vec<char> = "aZé É×÷ß-' 9’ΩωİǅﬁŁ².".chars().collect();
    let mut seed = 7u64;
    for _ in 0..2000 {
        let s: String = (0..12)
            .map(|_| {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                pool[(seed >> 33) as usize % pool.len()]
            })
            .collect();
        let mut got = Vec::new();
        for_significant_words(&s, |w| got.push(w));
        let expected: Vec<&str> = name_words(&s).filter(|w| significant_word(w)).collect();
        assert_eq!(got, expected, "{s:?}");
    }
}

#[test]
fn searching_the_aliases_finds_what_the_word_index_holds() {
    let text = "";
    let a = analysis(
        text,
        &[
            (
                "Jean-Luc Mélenchon",
                &["Jean-Luc Mélenchon", "Mélenchon"],
                None,
            ),
            ("Luc Besson", &["Luc Besson", "Besson"], None),
            (
                "Éric Zemmour",
                &["Éric Zemmour", "ÉricZemmour", "Zemmours"],
                None,
            ),
            ("Luca Jean", &["Luca Jean", "LucaJean"], None),
        ],
        &[
            (
                "Cour d'appel de Reims",
                &["Cour d'appel de Reims", "Cour de Reims"],
            ),
            ("CHRU de Dijon", &["CHRU de Dijon", "CHRU"]),
            ("Jean Jaurès", &["Lycée Jean Jaurès", "Jean Jaurès"]),
        ],
        &[("Reims", &["Reims", "Reimsville"]), ("Dijon", &["Dijon"])],
    );
    let index = AliasWords::new(&a);
    let search = AliasText::new(&a);
    let mut asked: Vec<&str> = vec!["Luc", "Jean", "Éric", "Zemmour", "Ville", "Lycée", "Mél"];
    for e in EntityKind::ALL.iter().flat_map(|&k| a.entities(k)) {
        for alias in e.aliases.iter().chain(std::iter::once(&e.name)) {
            for_significant_words(alias, |w| asked.push(w));
        }
    }
    for w in asked {
        assert_eq!(search.get(w), index.get(w), "{w:?}");
    }
    // Whole words only: not « LucaJean », « ÉricZemmour » or « Zemmours ».
    assert_eq!(search.get("Jean").len(), 3);
    assert_eq!(search.get("Luc").len(), 2);
    assert_eq!(search.get("Zemmour").len(), 1);
}

#[test]
fn a_name_finds_the_same_entity_by_search_and_by_index() {
    let a = analysis(
        "",
        &[
            (
                "Jean-Luc Mélenchon",
                &["Jean-Luc Mélenchon", "Mélenchon"],
                None,
            ),
            ("Luc Besson", &["Luc Besson", "Besson"], None),
            ("Luca Jean", &["Luca Jean"], None),
        ],
        &[
            ("Cour d'appel de Reims", &["Cour d'appel de Reims"]),
            ("Jean Jaurès", &["Lycée Jean Jaurès"]),
        ],
        &[("Reims", &["Reims"])],
    );
    let text =
        "Jean Luc Besson Mélenchon Reims Cour Jean-Luc Mélenchon Lycée Jean Jaurès Luca Jean Paul";
    let names = [
        "Jean",
        "Luc Besson",
        "Mélenchon",
        "Reims",
        "Cour",
        "Jean-Luc Mélenchon",
        "Jean Jaurès",
        "Luca Jean",
        "Jean Paul",
        "Paul",
    ];
    let search = Ctx::new(text, Lang::Fr, &a, Vec::new(), tokenize_near(text, &[]));
    let index = Ctx::new(text, Lang::Fr, &a, Vec::new(), tokenize_near(text, &[]));
    index.alias_searched.set(usize::MAX);
    for name in names {
        let at = text.find(name).unwrap();
        let span = Span::new(at, at + name.len());
        let found = entity_for_name(&search, span);
        assert!(search.alias_words.get().is_none());
        assert_eq!(found, entity_for_name(&index, span), "{name:?}");
    }
    assert!(index.alias_words.get().is_some());
    let at = text.find("Luc Besson").unwrap();
    let besson = entity_for_name(&search, Span::new(at, at + 10));
    assert_eq!(besson.map(|r| r.kind), Some(EntityKind::Person));
}

#[test]
fn a_name_after_a_complements_capitalised_noun_is_the_role_holder() {
    // The complement's noun ends the complement: the name after it is the director's.
    let t = "Le directeur de la Région Jan Velder a déclaré : « Le ciel est clair. »";
    let a = analysis(
        t,
        &[("Jan Velder", &["Jan Velder"], Some(Gender::Masculine))],
        &[],
        &[],
    );
    assert_eq!(one(t, Lang::Fr, &a).1.as_deref(), Some("Jan Velder"));
    // A title is no complement's noun: the senator is the object of "on".
    let t = "Ada Marsh called on Senator Jon Pell to resign, and said it was \"a disgrace\".";
    let a = analysis(
        t,
        &[
            ("Ada Marsh", &["Ada Marsh"], Some(Gender::Feminine)),
            ("Jon Pell", &["Jon Pell"], Some(Gender::Masculine)),
        ],
        &[],
        &[],
    );
    assert_eq!(one(t, Lang::En, &a).1.as_deref(), Some("Ada Marsh"));
}

#[test]
fn fr_pronominal_verb_after_the_quotation() {
    for (t, who) in [
        (
            "« Nous avons gagné », s'est exclamé Paul Varin.",
            "Paul Varin",
        ),
        ("« Nous avons gagné », se réjouit Lena Ocar.", "Lena Ocar"),
        ("« Quelle honte ! », s’est indignée Lena Ocar.", "Lena Ocar"),
    ] {
        let a = analysis(
            t,
            &[
                ("Paul Varin", &["Paul Varin"], Some(Gender::Masculine)),
                ("Lena Ocar", &["Lena Ocar"], Some(Gender::Feminine)),
            ],
            &[],
            &[],
        );
        assert_eq!(one(t, Lang::Fr, &a).1.as_deref(), Some(who), "{t}");
    }
}

#[test]
fn fr_spokesperson_of_a_body_with_an_elided_article_speaks_for_it() {
    let t = "Selon la porte-parole de l'Oneca, « la situation est grave ».";
    let a = analysis(t, &[], &[("Oneca", &["Oneca"])], &[]);
    assert_eq!(one(t, Lang::Fr, &a).1.as_deref(), Some("Oneca"));
}

#[test]
fn an_unnamed_spokesperson_of_a_named_body_speaks_for_it() {
    let t = "According to a Velcor spokesperson, \"the plant has been closed.\"";
    let a = analysis(t, &[], &[("Velcor", &["Velcor"])], &[]);
    assert_eq!(one(t, Lang::En, &a).1.as_deref(), Some("Velcor"));
    // Any other unnamed source of the body stays anonymous.
    let t = "According to a Velcor engineer, \"the plant has been closed.\"";
    let a = analysis(t, &[], &[("Velcor", &["Velcor"])], &[]);
    assert_eq!(one(t, Lang::En, &a).1, None);
}

#[test]
fn en_a_denied_verb_and_the_next_sentence_give_no_speaker() {
    let people: &[(&str, &[&str], Option<Gender>)] =
        &[("Ada Moss", &["Ada Moss"], Some(Gender::Feminine))];
    let ministry: &[(&str, &[&str])] = &[("Harbour Ministry", &["Harbour Ministry"])];
    // The quoted words end their sentence: the ministry's verb after them, denied or
    // not, is about something else.
    for t in [
        "Rep. Ada Moss called the decision \"cruel and unfair.\" The Harbour Ministry did not respond.",
        "Rep. Ada Moss called the decision \"cruel and unfair.\" The Harbour Ministry said it would review it.",
    ] {
        assert_eq!(
            one(t, Lang::En, &analysis(t, people, ministry, &[])).1.as_deref(),
            Some("Ada Moss"),
            "{t}"
        );
    }
    // After a comma, the words are still the sentence's and its verb attributes them.
    let t = "\"We will fight on,\" the Harbour Ministry said.";
    assert_eq!(
        one(t, Lang::En, &analysis(t, people, ministry, &[]))
            .1
            .as_deref(),
        Some("Harbour Ministry")
    );
    // A denied verb reports nothing.
    let t = "\"We will fight on,\" the Harbour Ministry did not say.";
    assert_eq!(
        one(t, Lang::En, &analysis(t, people, ministry, &[])).1,
        None
    );
}

#[test]
fn a_country_or_body_opening_the_sentence_speaks_partial_quotations() {
    let places: &[(&str, &[&str])] = &[("Varnia", &["Varnia"]), ("Kordavia", &["Kordavia"])];
    let t = "Varnia accused the minister of \"gross negligence.\" Kordavia branded the plan a \"historic mistake.\"";
    let all = run(t, Lang::En, &analysis(t, &[], &[], places));
    let speakers: Vec<Option<&str>> = all.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(speakers, [Some("Varnia"), Some("Kordavia")]);
    let t = "Le Kordavia a qualifié la décision de « faute historique ».";
    assert_eq!(
        one(t, Lang::Fr, &analysis(t, &[], &[], places))
            .1
            .as_deref(),
        Some("Kordavia")
    );
    // Not in the passive.
    let t = "Le Kordavia a été qualifié de « menace ».";
    assert_eq!(one(t, Lang::Fr, &analysis(t, &[], &[], places)).1, None);
}

#[test]
fn fr_a_minister_of_a_portfolio_is_the_role_not_the_portfolio() {
    let portfolio: &[(&str, &[&str])] = &[("Culture", &["Culture"])];
    let t = "« C'est une renaissance », s'est réjoui le ministre de la Culture.";
    assert_eq!(
        one(t, Lang::Fr, &analysis(t, &[], portfolio, &[]))
            .1
            .as_deref(),
        Some("ministre de la Culture")
    );
    // A spokesperson speaks for the body.
    let body: &[(&str, &[&str])] = &[("Velcor", &["Velcor"])];
    let t = "« Rien n'est décidé », a déclaré la porte-parole de Velcor.";
    assert_eq!(
        one(t, Lang::Fr, &analysis(t, &[], body, &[])).1.as_deref(),
        Some("Velcor")
    );
}
