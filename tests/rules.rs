//! One test per extraction rule, each with examples in the language it serves.
//! Every example was written for these tests; none comes from an evaluation file.

use lectern::extract::{analyze, Analysis, EntityKind, Lang};

fn kind_of(a: &Analysis, text: &str, surface: &str) -> Option<EntityKind> {
    let start = text.find(surface)?;
    let end = start + surface.len();
    a.mentions()
        .into_iter()
        .find(|(m, _)| m.start == start && m.end == end)
        .map(|(_, r)| r.kind)
}

#[track_caller]
fn expect(lang: Lang, text: &str, want: &[(&str, EntityKind)]) {
    let a = analyze(text, lang);
    for (surface, kind) in want {
        assert_eq!(
            kind_of(&a, text, surface),
            Some(*kind),
            "{surface} in {text:?}: got {:?}",
            a.mentions()
                .iter()
                .map(|(m, r)| (&text[m.start..m.end], r.kind))
                .collect::<Vec<_>>()
        );
    }
}

#[track_caller]
fn expect_none(lang: Lang, text: &str, surfaces: &[&str]) {
    let a = analyze(text, lang);
    for (m, r) in a.mentions() {
        let found = &text[m.start..m.end];
        assert!(
            !surfaces.contains(&found),
            "{found} taken for a {:?} in {text:?}",
            r.kind
        );
    }
}

use EntityKind::{Organization as Org, Person as Per, Place as Loc};

#[test]
fn full_names_with_a_known_first_name_are_people() {
    expect(
        Lang::Fr,
        "Hier, Marie Dupont a rencontré Ahmed Benali à Lyon.",
        &[("Marie Dupont", Per), ("Ahmed Benali", Per), ("Lyon", Loc)],
    );
    expect(
        Lang::En,
        "Yesterday Michael Brown met Sarah Connor in Boston.",
        &[
            ("Michael Brown", Per),
            ("Sarah Connor", Per),
            ("Boston", Loc),
        ],
    );
}

#[test]
fn names_after_honorifics_are_people_without_the_title() {
    expect(
        Lang::Fr,
        "Selon M. Garnier et Mme Rivière, rien n'a changé.",
        &[("Garnier", Per), ("Rivière", Per)],
    );
    expect(
        Lang::En,
        "Mr. Holloway and Mrs Patel disagreed.",
        &[("Holloway", Per), ("Patel", Per)],
    );
}

#[test]
fn names_after_role_nouns_are_people() {
    expect(
        Lang::Fr,
        "Le ministre Tremblay a parlé au président Okonkwo.",
        &[("Tremblay", Per), ("Okonkwo", Per)],
    );
    expect(
        Lang::Fr,
        "le ministre russe de la Défense Igor Volkov s'est exprimé",
        &[("Igor Volkov", Per)],
    );
}

#[test]
fn an_honorific_makes_a_person_of_a_town_name() {
    // Lens is a town; after "M." it is a man's name.
    expect(
        Lang::Fr,
        "M. Lens a visité Lens dimanche.",
        &[("Lens", Per)],
    );
}

#[test]
fn a_listed_acronym_written_in_title_case_is_the_body() {
    let a = analyze("La Nasa et l'Opep ont signé.", Lang::Fr);
    let names: Vec<&str> = a.organizations.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "National Aeronautics and Space Administration",
            "Organisation des pays exportateurs de pétrole"
        ]
    );
    expect(Lang::En, "Nato leaders met on Monday.", &[("Nato", Org)]);
    // A given name spelt like an acronym stays a person's.
    expect(Lang::En, "Yesterday Ira spoke.", &[("Ira", Per)]);
}

#[test]
fn an_honorific_makes_a_person_of_a_firm_name() {
    // Bouygues and Roche are listed firms; after "M." or "Dr." they are family names.
    expect(
        Lang::Fr,
        "M. Bouygues a démenti lundi.",
        &[("Bouygues", Per)],
    );
    expect(Lang::En, "Dr. Roche agreed on Monday.", &[("Roche", Per)]);
    // Without the honorific, and in capitals (an acronym), the firm stays.
    expect(Lang::Fr, "Bouygues a démenti lundi.", &[("Bouygues", Org)]);
    expect(Lang::En, "Mr. Vance said IBM agreed.", &[("IBM", Org)]);
}

#[test]
fn names_in_apposition_are_people() {
    expect(
        Lang::Fr,
        "La porte-parole du gouvernement, Claire Fontaine, a déclaré que tout allait bien.",
        &[("Claire Fontaine", Per)],
    );
}

#[test]
fn a_common_word_never_written_in_lower_case_opens_a_name_before_an_unknown_surname() {
    expect(
        Lang::Fr,
        "Le club a gagné et Pep Varnelli a salué ses joueurs.",
        &[("Pep Varnelli", Per)],
    );
    // Written in lower case elsewhere, it is the word; a demonym after it is no surname.
    expect_none(
        Lang::Fr,
        "Le pep de l'équipe a payé et Pep Varnelli a salué ses joueurs.",
        &["Pep Varnelli"],
    );
    expect_none(
        Lang::En,
        "Trade with Far Asian markets grew.",
        &["Far Asian"],
    );
}

#[test]
fn a_common_word_after_a_title_is_no_person_unless_the_dictionary_has_it_as_a_name() {
    expect_none(
        Lang::En,
        "Rockets struck a depot overnight, the General Staff said.",
        &["Staff"],
    );
    expect_none(Lang::En, "Trade Deal Near, President Says", &["Says"]);
    // A surname after a title stays a person's, spelt like a common word or not.
    expect(Lang::En, "General Vance arrived.", &[("Vance", Per)]);
    expect(Lang::En, "Secretary Rice arrived.", &[("Rice", Per)]);
}

#[test]
fn an_unknown_first_word_before_a_surname_spelt_like_a_common_word_is_a_person() {
    expect(
        Lang::En,
        "Yesterday Velkara Rice arrived in Lyon.",
        &[("Velkara Rice", Per)],
    );
    // A common word the dictionary has as no name is no surname.
    expect_none(
        Lang::En,
        "Zantrovia Stock rose on Friday.",
        &["Zantrovia Stock"],
    );
}

#[test]
fn an_english_first_name_the_lists_lack_stays_before_a_listed_one() {
    expect(
        Lang::En,
        "He spoke with Andrés Manuel Ortiz on Monday.",
        &[("Andrés Manuel Ortiz", Per)],
    );
    // A common word or a demonym before the first name is no part of the name.
    expect(
        Lang::En,
        "Later Manuel Ortiz met Swiss Anna Keller.",
        &[("Manuel Ortiz", Per), ("Anna Keller", Per)],
    );
}

#[test]
fn an_unlisted_compound_shaped_like_a_french_place_is_a_place() {
    expect(
        Lang::Fr,
        "Ils ont visité Le Val-Saint-Hilaire puis Roc-sur-Vanne et Pont-lès-Marnay.",
        &[
            ("Val-Saint-Hilaire", Loc),
            ("Roc-sur-Vanne", Loc),
            ("Pont-lès-Marnay", Loc),
        ],
    );
    // Hyphenated surnames and a "Saint-" surname after its particle stay people's.
    expect(
        Lang::Fr,
        "Jean-Paul Morel-Vasseur a lu Antoine de Saint-Vallier.",
        &[
            ("Jean-Paul Morel-Vasseur", Per),
            ("Antoine de Saint-Vallier", Per),
        ],
    );
}

#[test]
fn a_kingdom_after_a_regnal_number_is_a_place_of_its_own() {
    expect(
        Lang::Fr,
        "Le roi Albéric IV de Norvège et la reine Ida II d'Espagne sont arrivés.",
        &[
            ("Albéric IV", Per),
            ("Norvège", Loc),
            ("Ida II", Per),
            ("Espagne", Loc),
        ],
    );
    // A surname's particle after a first name stays in the name.
    expect(
        Lang::Fr,
        "Henri de Valcourt est arrivé.",
        &[("Henri de Valcourt", Per)],
    );
}

#[test]
fn hyphens_and_particles_stay_in_the_name() {
    expect(
        Lang::Fr,
        "Jean-Luc Martin a salué Ursula von der Leyen et Mohammed ben Salmane.",
        &[
            ("Jean-Luc Martin", Per),
            ("Ursula von der Leyen", Per),
            ("Mohammed ben Salmane", Per),
        ],
    );
    expect(
        Lang::Fr,
        "Le régime de Bachar al-Assad a répondu.",
        &[("Bachar al-Assad", Per)],
    );
    // "de la" is two tokens; a capitalised "Van" is a particle even where a list of first
    // names has it, and an unknown first name before it stays in the name.
    expect(
        Lang::Fr,
        "Le film de Gaston de la Verrière est sorti. Le Néerlandais Jarek Van Dalen a gagné.",
        &[("Gaston de la Verrière", Per), ("Jarek Van Dalen", Per)],
    );
    // After a first name, "de la" before a listed name is the preposition.
    expect(
        Lang::Fr,
        "Le programme de Victor de la NASA avance.",
        &[("NASA", Org)],
    );
}

#[test]
fn a_surname_alone_joins_the_full_name() {
    let text = "Paul Lemaire est arrivé mardi. Lemaire a ensuite parlé.";
    let a = analyze(text, Lang::Fr);
    assert_eq!(a.people.len(), 1);
    assert_eq!(a.people[0].name, "Paul Lemaire");
    assert_eq!(a.people[0].mentions.len(), 2);
}

#[test]
fn people_sharing_a_surname_but_not_a_first_name_stay_apart() {
    let text = "Anne Moreau et Louis Moreau sont arrivés. Plus tard, Louis Moreau est reparti.";
    let a = analyze(text, Lang::Fr);
    let mut names: Vec<&str> = a.people.iter().map(|p| p.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["Anne Moreau", "Louis Moreau"]);
}

#[test]
fn transliteration_variants_are_one_person() {
    let text = "Dmitri Medvedev a parlé. Plus tard, M. Medvedev et Dmitry Medvedev ont été cités.";
    let a = analyze(text, Lang::Fr);
    assert_eq!(a.people.len(), 1, "{:?}", a.people);
    assert_eq!(a.people[0].mentions.len(), 3);
}

#[test]
fn countries_capitals_and_multiword_places_are_places() {
    expect(
        Lang::Fr,
        "Des délégués de Corée du Nord, des États-Unis et du Royaume-Uni se sont vus à Pékin et à Moscou.",
        &[("Corée du Nord", Loc), ("États-Unis", Loc), ("Royaume-Uni", Loc), ("Pékin", Loc), ("Moscou", Loc)],
    );
    expect(
        Lang::En,
        "Delegates from North Korea, the United States and New Zealand met in Beijing.",
        &[
            ("North Korea", Loc),
            ("United States", Loc),
            ("New Zealand", Loc),
            ("Beijing", Loc),
        ],
    );
}

#[test]
fn an_unknown_name_after_a_place_preposition_is_a_place() {
    expect(
        Lang::Fr,
        "Il habite à Zorbélia depuis dix ans.",
        &[("Zorbélia", Loc)],
    );
    // "dans" with an article.
    expect(
        Lang::Fr,
        "Le ruisseau se jette dans la Vauzelle, puis dans l'Ormelle.",
        &[("Vauzelle", Loc), ("Ormelle", Loc)],
    );
}

#[test]
fn a_place_with_a_direction_is_one_place() {
    expect(
        Lang::Fr,
        "La situation en Afrique de l'Ouest inquiète.",
        &[("Afrique de l'Ouest", Loc)],
    );
}

#[test]
fn place_nouns_with_their_name_are_places() {
    expect(
        Lang::Fr,
        "Ils se sont réunis place de la Nation puis rue Victor-Hugo.",
        &[("place de la Nation", Loc), ("rue Victor-Hugo", Loc)],
    );
}

#[test]
fn organisations_from_the_list_and_acronyms() {
    expect(
        Lang::Fr,
        "L'ONU et l'OTAN ont répondu, selon l'AFP et Reuters.",
        &[("ONU", Org), ("OTAN", Org), ("AFP", Org), ("Reuters", Org)],
    );
    expect(
        Lang::En,
        "The U.N. and NATO responded, AP reported.",
        &[("U.N.", Org), ("NATO", Org), ("AP", Org)],
    );
}

#[test]
fn organisations_named_by_a_head_word_take_their_complement() {
    expect(
        Lang::Fr,
        "Le Ministère de l'Agriculture et le Parti socialiste ont signé.",
        &[
            ("Ministère de l'Agriculture", Org),
            ("Parti socialiste", Org),
        ],
    );
    expect(
        Lang::En,
        "The Labour Party and the Bank of England agreed.",
        &[("Labour Party", Org), ("Bank of England", Org)],
    );
    // A town before an exchange's or a news desk's word is part of its name.
    expect(
        Lang::En,
        "Shares rose on the Lima Stock Exchange on Friday, a trader said.\n\
         -- Pedro Alvarez, Oslo Newsroom +47 22 00 00 00",
        &[("Lima Stock Exchange", Org), ("Oslo Newsroom", Org)],
    );
    // A sentence-initial common word that opens a listed place keeps it ("New").
    expect(
        Lang::En,
        "Rates fell on Friday.\n-- New Delhi Newsdesk +91 11 000 0000",
        &[("New Delhi Newsdesk", Org)],
    );
    // Head words in the plural ("Centers for …") open names too.
    expect(
        Lang::En,
        "According to the Centers for Coastal Flood Research, water rose.",
        &[("Centers for Coastal Flood Research", Org)],
    );
}

#[test]
fn english_organisation_names_in_french_text_keep_their_english_tail() {
    expect(
        Lang::Fr,
        "Selon la Global Ocean Foundation, le projet est chapeauté par le Deep Space \
         Laboratory de Tucson.",
        &[
            ("Global Ocean Foundation", Org),
            ("Deep Space Laboratory", Org),
            ("Tucson", Loc),
        ],
    );
}

#[test]
fn lower_case_heads_with_a_nationality_are_organisations() {
    expect(
        Lang::Fr,
        "L'armée malienne a riposté.",
        &[("armée malienne", Org)],
    );
    // An armed force's bare complement is the verb's; a committee's is its own.
    expect(
        Lang::Fr,
        "Il accuse l'armée malienne d'exactions et la police malienne de violences. Le comité malien d'enquête répond.",
        &[
            ("armée malienne", Org),
            ("police malienne", Org),
            ("comité malien d'enquête", Org),
        ],
    );
}

#[test]
fn a_cue_noun_before_an_unknown_name_makes_an_organisation() {
    expect(
        Lang::Fr,
        "La compagnie aérienne Skyvolta a annulé ses vols.",
        &[("Skyvolta", Org)],
    );
    // A complement may come between the noun and the name.
    expect(
        Lang::Fr,
        "La compagnie de train Thalvex a fermé son réseau, dit le groupe de rock Morvane.",
        &[("Thalvex", Org), ("Morvane", Org)],
    );
    // A capitalised article after the noun opens the name and stays in it.
    expect(
        Lang::Fr,
        "Il préside l'association Les Amis du Moulin et joue au club Les Cigales.",
        &[("Les Amis du Moulin", Org), ("Les Cigales", Org)],
    );
}

#[test]
fn government_metonyms_are_organisations() {
    expect(
        Lang::Fr,
        "Le Kremlin et la Maison Blanche ont démenti.",
        &[("Kremlin", Org), ("Maison Blanche", Org)],
    );
    expect(
        Lang::En,
        "The White House declined to comment.",
        &[("White House", Org)],
    );
}

#[test]
fn an_acronym_in_brackets_names_the_same_organisation() {
    let text = "Le Front de libération nationale (FLN) a gagné. Le FLN a salué le résultat.";
    let a = analyze(text, Lang::Fr);
    let flns: Vec<_> = a
        .organizations
        .iter()
        .filter(|o| o.aliases.iter().any(|x| x == "FLN"))
        .collect();
    assert_eq!(flns.len(), 1);
    assert_eq!(flns[0].name, "Front de libération nationale");
}

#[test]
fn a_title_that_is_also_a_first_name_before_two_names_is_the_title() {
    expect(
        Lang::En,
        "The country's King Ralo Vantara on Friday pardoned the editor.",
        &[("Ralo Vantara", Per)],
    );
}

#[test]
fn a_name_after_a_seat_adjective_is_an_organisation() {
    expect(
        Lang::En,
        "The deal will strengthen Ontario-based Ravelco's car parts business.",
        &[("Ravelco", Org)],
    );
    // An adjective of ownership or leadership is not part of the name either.
    expect(
        Lang::En,
        "Family-controlled Hale & Dorn cut jobs. Union-led FTW called a strike.",
        &[("Hale & Dorn", Org), ("FTW", Org)],
    );
    // A seat of several words, too.
    let text = "The deal helps New York-based Ravelco, and Hong Kong-based group Tanvex.";
    expect(Lang::En, text, &[("Ravelco", Org)]);
    expect_none(
        Lang::En,
        text,
        &["New York-based Ravelco", "Hong Kong-based", "Hong"],
    );
}

#[test]
fn a_name_ending_in_the_word_of_a_prize_or_a_competition_is_no_person() {
    expect_none(
        Lang::En,
        "The ceremony of the Julian Awards was held on Friday, and Kessler reached the \
         semifinals of the Norwegian Open in 1993.",
        &["Julian Awards", "Open", "Norwegian Open"],
    );
}

#[test]
fn demonyms_months_and_sentence_initial_words_are_not_names() {
    expect_none(
        Lang::Fr,
        "Les Russes et les Français. Cela dit, le Nord coréen reste fermé.",
        &["Russes", "Français", "Cela", "Nord"],
    );
    expect_none(
        Lang::En,
        "Russian troops arrived on Monday in September. However, nothing changed.",
        &["Russian", "Monday", "September", "However"],
    );
    expect_none(
        Lang::Fr,
        "Paris a été pris en photo au XXe siècle. Les PIB et les CDD",
        &["XXe", "XX"],
    );
}

#[test]
fn places_inside_event_names_are_not_places() {
    expect_none(
        Lang::Fr,
        "Il a gagné le championnat de France et le Tour de France.",
        &["France"],
    );
}

#[test]
fn one_sense_per_document_a_surname_that_is_also_a_town_is_the_person() {
    // Clinton is also a town; once Bill Clinton is named, Clinton alone is him.
    let text = "Bill Clinton spoke on Monday. Later, Clinton left for Chicago.";
    expect(Lang::En, text, &[("Bill Clinton", Per), ("Chicago", Loc)]);
    let a = analyze(text, Lang::En);
    assert_eq!(a.people.len(), 1);
    assert_eq!(a.people[0].mentions.len(), 2);
}

#[test]
fn headlines_and_datelines_in_capitals_are_read_as_names() {
    expect(
        Lang::En,
        "LONDON 1996-08-30\nThe Bank of England kept rates on hold.",
        &[("LONDON", Loc)],
    );
}

#[test]
fn a_place_with_scores_in_a_results_line_is_a_team() {
    let text = "Results on Saturday:\nLiverpool 2 Manchester 1\nLeeds 0 Chelsea 3";
    expect(Lang::En, text, &[("Liverpool", Org), ("Leeds", Org)]);
}

#[test]
fn names_on_the_lines_of_a_line_up_are_players() {
    let text = "Les buteurs :\nMartinet (7 arrêts)\nDreux (0/3)\nKowalczyk (2 buts sur 3 tirs)\n\
                Pedrosa Lima (1/6)\nBlanchard\nRouvier T. (4/4)\n\nLa suite du match.";
    expect(
        Lang::Fr,
        text,
        &[
            ("Martinet", Per),
            ("Dreux", Per),
            ("Pedrosa Lima", Per),
            ("Blanchard", Per),
            ("Rouvier T.", Per),
        ],
    );
    // Towns one per line, without figures, are no line-up.
    expect(
        Lang::Fr,
        "Les étapes :\nDreux\nChartres\nOrléans\nBlois\n",
        &[
            ("Dreux", Loc),
            ("Chartres", Loc),
            ("Orléans", Loc),
            ("Blois", Loc),
        ],
    );
}

#[test]
fn initials_belong_to_the_name() {
    expect(
        Lang::En,
        "The wicket fell to J. Abernathy late on.",
        &[("J. Abernathy", Per)],
    );
}

#[test]
fn nothing_breaks_on_odd_input() {
    for text in [
        "",
        " ",
        "\u{0}\u{1b}[31m",
        "«««",
        "M.",
        "M. ",
        "A.B.C.D.",
        "-- ' ’ l' d'",
        "É",
    ] {
        let a = analyze(text, Lang::Fr);
        for (m, _) in a.mentions() {
            assert!(
                text.is_char_boundary(m.start) && text.is_char_boundary(m.end) && m.start < m.end
            );
        }
    }
}

#[test]
fn places_with_an_article_or_a_capitalised_sea_are_places() {
    expect(
        Lang::Fr,
        "Le vol entre Alexandrie et Le Caire est tombé en Mer Noire.",
        &[("Le Caire", Loc), ("Mer Noire", Loc)],
    );
}

#[test]
fn a_name_listed_with_places_is_a_place() {
    expect(
        Lang::Fr,
        "L'étape relie Lyon et Zorbenville dimanche.",
        &[("Lyon", Loc), ("Zorbenville", Loc)],
    );
}

#[test]
fn a_name_after_a_place_noun_and_de_is_a_place() {
    expect(
        Lang::Fr,
        "Les élus de la commune de Valbrunoise ont voté.",
        &[("Valbrunoise", Loc)],
    );
    expect(
        Lang::En,
        "Officials in the town of Hallowmere said nothing.",
        &[("Hallowmere", Loc)],
    );
    // Wider units, a point of the compass, an origin.
    expect(
        Lang::Fr,
        "Les combats ont repris dans le gouvernorat de Kassir, au sud-est de Verlac. \
         Elle est originaire de Mondrelle.",
        &[("Kassir", Loc), ("Verlac", Loc), ("Mondrelle", Loc)],
    );
    expect(
        Lang::En,
        "The fighting moved north of Tarvash on Monday.",
        &[("Tarvash", Loc)],
    );
}

#[test]
fn the_country_of_a_war_is_a_place() {
    expect(
        Lang::Fr,
        "Il a combattu pendant la guerre de Borovie en 1952.",
        &[("Borovie", Loc)],
    );
}

#[test]
fn an_english_small_towns_name_before_a_verb_of_speech_is_a_person() {
    // Lockhart is a small town of the lists, and no first name.
    expect(
        Lang::En,
        "\"Rates will stay high,\" Lockhart told lawmakers.",
        &[("Lockhart", Per)],
    );
    expect(
        Lang::En,
        "Officials in Lockhart said the road was closed.",
        &[("Lockhart", Loc)],
    );
}

#[test]
fn an_english_surname_alone_before_a_verb_of_speech_is_a_person() {
    expect(
        Lang::En,
        "\"We will stay,\" Varnek told reporters on Monday.",
        &[("Varnek", Per)],
    );
    // Unless the document names a body so.
    let text = "Flights were moved, the news agency Tanvik reported. Works will last 120 hours, Tanvik said.";
    let a = analyze(text, Lang::En);
    assert!(a.people.is_empty(), "{:?}", a.people);
    assert_eq!(a.organizations.len(), 1);
    assert_eq!(a.organizations[0].mentions.len(), 2);
}

#[test]
fn an_unknown_name_in_company_news_is_a_company() {
    let text = "Analysts said the bid valued Zantrovia at $2 billion. Zantrovia shares rose.";
    expect(Lang::En, text, &[("Zantrovia", Org)]);
    let a = analyze(text, Lang::En);
    assert_eq!(a.organizations.len(), 1);
    assert_eq!(a.organizations[0].mentions.len(), 2);
    // Labour news: a name before "union" is the union.
    expect(
        Lang::En,
        "Velmora union leader Jo Ross warned of strikes.",
        &[("Velmora", Org), ("Jo Ross", Per)],
    );
}

#[test]
fn a_dotted_abbreviation_that_opens_a_longer_entry_stands_alone() {
    // "U.S." also opens "U.S. Senate"; alone, it is the country.
    expect(
        Lang::En,
        "A former U.S. champion moved to the U.S. last year.",
        &[("U.S.", Loc)],
    );
    expect(Lang::En, "The U.S. Senate voted.", &[("U.S. Senate", Org)]);
}

#[test]
fn countries_under_their_common_or_former_names_are_places() {
    expect(
        Lang::En,
        "Talks between Britain and Turkey began in Burma, then part of nothing like the Soviet Union.",
        &[
            ("Britain", Loc),
            ("Turkey", Loc),
            ("Burma", Loc),
            ("Soviet Union", Loc),
        ],
    );
}

#[test]
fn organisation_names_take_several_common_noun_complements() {
    expect(
        Lang::Fr,
        "Le Bureau national de la sécurité des transports aériens a publié un rapport.",
        &[("Bureau national de la sécurité des transports aériens", Org)],
    );
    expect(
        Lang::Fr,
        "Il préside la Confédération nationale des artisans, commerçants et agriculteurs depuis mai.",
        &[(
            "Confédération nationale des artisans, commerçants et agriculteurs",
            Org,
        )],
    );
    expect(
        Lang::Fr,
        "Elle a rejoint le Comité pour la défense des libertés en 2010.",
        &[("Comité pour la défense des libertés", Org)],
    );
    expect(
        Lang::Fr,
        "Elle préside la Délégation aux affaires rurales du Sénat depuis mai.",
        &[("Délégation aux affaires rurales du Sénat", Org)],
    );
    // A conjunction or an adverb is no complement.
    expect(
        Lang::Fr,
        "Ils passent sous la Congrégation pour les prêtres et ainsi sous son droit. Ils ont \
         écrit à la Fondation Marcel Dubreuil pour qu'elle réponde.",
        &[
            ("Congrégation pour les prêtres", Org),
            ("Fondation Marcel Dubreuil", Org),
        ],
    );
}

#[test]
fn local_societies_are_named_by_their_head_word() {
    expect(
        Lang::Fr,
        "Il dirige la Chorale des cheminots depuis 2001 et joue dans la Fanfare municipale de Tours.",
        &[
            ("Chorale des cheminots", Org),
            ("Fanfare municipale de Tours", Org),
        ],
    );
}

#[test]
fn an_organisations_head_word_before_a_first_name_opens_the_organisation() {
    expect(
        Lang::Fr,
        "La lettre a été transmise à l'Agence Pascal Services hier.",
        &[("Agence Pascal Services", Org)],
    );
}

#[test]
fn a_county_in_a_teams_place_in_a_sports_report_is_a_team() {
    let text = "CRICKET - CUMBRIA CLOSE IN ON VICTORY.\n\
        Cumbria closed on 310 for six in their match against Dorset, whose captain took \
        four wickets in 20 overs. Dorset were bowled out for 150 on the first day of the \
        championship match in Bologna.";
    expect(
        Lang::En,
        text,
        &[
            ("Cumbria", Org),
            ("Dorset", Org),
            ("CUMBRIA", Org),
            ("Bologna", Loc),
        ],
    );
    // British English gives a team plural verbs and auxiliaries.
    let text = "CRICKET - COUNTY CHAMPIONSHIP.\n\
        Rain stopped play at Hove after lunch. Sussex need another 120 runs to win, and \
        Norfolk had reached 98 for two by stumps in their innings at Lord's.";
    expect(Lang::En, text, &[("Sussex", Org), ("Norfolk", Org)]);
}

#[test]
fn a_country_in_a_teams_place_stays_a_place() {
    let text = "Scores in the one-day cricket tournament: Norway 228-9 in 50 overs, \
        New Zealand 232-6 in 45 overs. Norway beat Cornwall by four wickets in the final.";
    expect(
        Lang::En,
        text,
        &[("Norway", Loc), ("New Zealand", Loc), ("Cornwall", Org)],
    );
}

#[test]
fn names_that_open_rows_of_results_are_teams() {
    let text = "SOCCER - LEAGUE STANDINGS.\nStandings after the league matches \
        (played, won, drawn, lost, goals for, goals against, points):\n\
        Valencia Rovers 4 3 1 0 7 4 10\nZorvakia 3 3 0 0 8 2 9\nBrno 4 3 0 1 5 3 9\n\
        Results: Zorvakia 2 Brno 1 (halftime 1-1)\nPostponed: Valencia Rovers v Zorvakia\n";
    expect(
        Lang::En,
        text,
        &[("Valencia Rovers", Org), ("Zorvakia", Org), ("Brno", Org)],
    );
}

#[test]
fn players_in_a_tennis_report_are_not_teams() {
    let text = "TENNIS - RESULTS.\nResults of the tournament on Friday (prefix number \
        denotes seeding): Andre Valdoni (Italy) beat Marek Drozdak (Poland) 6-3 6-4. \
        Valdoni beat Drozdak in their last match too, said the seeded player's coach.";
    expect(Lang::En, text, &[("Andre Valdoni", Per), ("Italy", Loc)]);
    let a = analyze(text, Lang::En);
    assert!(a.organizations.is_empty(), "{:?}", a.organizations);
    assert_eq!(a.people.len(), 2);
}

#[test]
fn a_place_that_is_a_team_stays_a_place_in_the_dateline() {
    let text = "SOCCER - TULSA COACH RESIGNS.\nTULSA, Oklahoma 1996-05-02\n\
        The coach of league side Tulsa resigned on Friday after Tulsa lost 3-0 against \
        Hartford, the club said. Tulsa are bottom of the division with one goal.";
    expect(Lang::En, text, &[("Hartford", Org), ("Tulsa", Org)]);
    let a = analyze(text, Lang::En);
    let dateline = text.find("TULSA,").unwrap_or(0);
    let kinds: Vec<EntityKind> = a
        .mentions()
        .iter()
        .filter(|(m, _)| m.start == dateline)
        .map(|(_, r)| r.kind)
        .collect();
    assert_eq!(kinds, [Loc]);
}

#[test]
fn an_english_body_named_by_its_last_word_takes_its_complement() {
    expect(
        Lang::En,
        "The National Bank of Ruritania cut rates, and the Valdor Board of Trade closed early.",
        &[
            ("National Bank of Ruritania", Org),
            ("Valdor Board of Trade", Org),
        ],
    );
    // A legal form takes none: "of" then introduces the firm's town.
    expect(
        Lang::En,
        "He bought Zantrovia Inc of Tulsa last year.",
        &[("Zantrovia Inc", Org), ("Tulsa", Loc)],
    );
}

#[test]
fn a_long_formal_name_goes_on_over_the_place_it_serves() {
    expect(
        Lang::En,
        "The Council for Peace and Cooperation in Europe met on Monday.",
        &[("Council for Peace and Cooperation in Europe", Org)],
    );
    expect(
        Lang::En,
        "The Parliament in Norway met on Monday.",
        &[("Norway", Loc)],
    );
}

#[test]
fn plural_names_and_scores_mark_teams_in_a_team_game() {
    let text = "BASEBALL - COMETS WIN.\nThe Zorvakia Hawks beat the Comets 6-2 in the \
        league on Friday, and the pitcher said the team played well. In the other game \
        of the season Cornwall 4-3 was the score, and rain took Dorset to 140 runs.";
    expect(
        Lang::En,
        text,
        &[
            ("Zorvakia Hawks", Org),
            ("Comets", Org),
            ("Cornwall", Org),
            ("Dorset", Org),
        ],
    );
    // A country stays a place, and so do events.
    let text = "The Netherlands beat the Comets 2-1 before the Olympics, the coach said \
        after the league match.";
    expect(Lang::En, text, &[("Netherlands", Loc)]);
    expect_none(Lang::En, text, &["Olympics"]);
}

#[test]
fn a_company_name_keeps_the_period_of_its_legal_form() {
    expect(
        Lang::En,
        "Shares of Halvorsen Corp. rose, said an analyst at Brightwater Inc. in Tulsa.",
        &[("Halvorsen Corp.", Org), ("Brightwater Inc.", Org)],
    );
    // At the end of a paragraph or a quotation, the period is the sentence's.
    expect(
        Lang::En,
        "Profits rose at Halvorsen Corp.\n\"Margins held,\" said an analyst at Brightwater Inc.\"\n",
        &[("Halvorsen Corp", Org), ("Brightwater Inc", Org)],
    );
}

#[test]
fn a_company_without_its_legal_form_is_the_company() {
    let text = "Zorvia SA said on Monday that profits rose. Analysts expect Zorvia to grow.";
    expect(Lang::En, text, &[("Zorvia SA", Org)]);
    let a = analyze(text, Lang::En);
    let short = text.rfind("Zorvia").unwrap_or(0);
    let kinds: Vec<EntityKind> = a
        .mentions()
        .iter()
        .filter(|(m, _)| m.start == short && m.end == short + "Zorvia".len())
        .map(|(_, r)| r.kind)
        .collect();
    assert_eq!(kinds, [Org]);
}

#[test]
fn a_possessive_that_opens_a_company_name_is_part_of_it() {
    let text = "The sale of Halder's Bancorp Inc. was approved. A premium for Halder's stock \
        was paid.";
    expect(Lang::En, text, &[("Halder's Bancorp Inc.", Org)]);
    let a = analyze(text, Lang::En);
    let forms: Vec<&str> = a
        .mentions()
        .iter()
        .map(|(m, _)| &text[m.start..m.end])
        .collect();
    assert!(forms.contains(&"Halder's"), "{forms:?}");
}

#[test]
fn names_of_events_indexes_and_units_are_no_organisations() {
    expect_none(
        Lang::En,
        "Before the UEFA Cup and the Tulsa Open, the FTSE 100 index fell. He added \
        three RBI and a TV.",
        &["UEFA", "Tulsa", "FTSE", "RBI", "TV"],
    );
    expect_none(
        Lang::En,
        "Estimated price range N / A. Shares offered by company N / A.",
        &["N", "A"],
    );
}

#[test]
fn acronyms_defined_in_the_article_are_the_organisation() {
    let text = "La Fédération française de cyclisme (FFCy) a réagi. Selon la FFCy, tout va bien.";
    expect(
        Lang::Fr,
        text,
        &[("Fédération française de cyclisme", Org), ("FFCy", Org)],
    );
    let a = analyze(text, Lang::Fr);
    let uses = a
        .mentions()
        .iter()
        .filter(|(m, r)| &text[m.start..m.end] == "FFCy" && r.kind == Org)
        .count();
    assert_eq!(uses, 2, "both uses of FFCy");
    expect(
        Lang::Fr,
        "Il a été entendu par le Sdra (service départemental de renseignement agricole) hier.",
        &[
            ("Sdra", Org),
            ("service départemental de renseignement agricole", Org),
        ],
    );
    // A long name holding a listed organisation.
    expect(
        Lang::Fr,
        "Le bureau de la MINUK (Mission des Nations unies au Kosovo) ferme.",
        &[("MINUK", Org), ("Mission des Nations unies au Kosovo", Org)],
    );
    // A bracketed aside that the letters do not spell defines nothing.
    expect_none(
        Lang::Fr,
        "Le Comité a voté hier (AFP).",
        &["Comité a voté hier"],
    );
}

#[test]
fn rivals_winners_over_totals_and_lists_mark_teams() {
    let text = "CRICKET - TITLE RACE.\nTitle rivals Cumbria, nine-wicket winners over \
        Cornwall, face Dorset and Devon on Monday in the county championship. Dorset 244 \
        (A. Bell 58) and Devon 24 points. Scottish coach Tom Reid watched the match on \
        August 30.";
    expect(
        Lang::En,
        text,
        &[
            ("Cumbria", Org),
            ("Cornwall", Org),
            ("Dorset", Org),
            ("Devon", Org),
        ],
    );
    expect_none(Lang::En, text, &["Scottish", "August"]);
}

#[test]
fn an_unknown_name_before_a_title_is_the_persons_employer() {
    let text = "Zantrovia CEO Anna Berg told reporters that Valdor Minister Piet Smit agreed.";
    expect(
        Lang::En,
        text,
        &[("Zantrovia", Org), ("Anna Berg", Per), ("Piet Smit", Per)],
    );
    expect_none(Lang::En, text, &["Valdor", "Valdor Minister Piet Smit"]);
}

#[test]
fn a_company_is_known_by_its_name_without_corporate_words() {
    let text = "Shares of Magnor International Inc rose after the merger. Analysts said \
        Magnor would gain, and Rivertown Bancshares Inc. agreed. Rivertown declined to comment.";
    let a = analyze(text, Lang::En);
    let lone: Vec<EntityKind> = a
        .mentions()
        .iter()
        .filter(|(m, _)| matches!(&text[m.start..m.end], "Magnor" | "Rivertown"))
        .map(|(_, r)| r.kind)
        .collect();
    assert_eq!(lone, [Org, Org], "{:?}", a.mentions());
}

#[test]
fn a_lone_unknown_name_in_business_news_is_a_company() {
    let text = "BUCHAREST 1996-05-02\nState engineer Veltrom said it doubled its output. \
        Veltrom's profits rose and its sales and exports grew, analysts said. Shares of the \
        company rose on H1 results.";
    let a = analyze(text, Lang::En);
    let kinds: Vec<(&str, EntityKind)> = a
        .mentions()
        .iter()
        .map(|(m, r)| (&text[m.start..m.end], r.kind))
        .collect();
    assert!(kinds.contains(&("Veltrom", Org)), "{kinds:?}");
    assert!(!kinds.iter().any(|(w, _)| *w == "H1"), "{kinds:?}");
}

#[test]
fn an_events_whole_name_is_no_person_place_or_organisation() {
    expect_none(
        Lang::En,
        "Results from the Tulsa Valley Open and the Zorvakia World Series on Friday, when \
        the Dow Jones index fell.",
        &[
            "Tulsa Valley Open",
            "Zorvakia World Series",
            "Dow Jones",
            "Tulsa Valley",
        ],
    );
    expect(Lang::En, "Doris Day sang.", &[("Doris Day", Per)]);
}

#[test]
fn league_divisions_grammar_words_and_tournament_towns_are_no_places() {
    expect_none(
        Lang::En,
        "BASEBALL - STANDINGS.\nWESTERN DIVISION W L PCT GB\nTULSA 75 58 .564 -\n\
        The pitcher, a Hartford finalist, said the league was hard. On Friday the team won \
        the match 6-2 in the baseball season.",
        &["WESTERN", "Hartford", "On"],
    );
}

#[test]
fn a_bodys_complement_stops_at_people_dates_and_countries() {
    expect(
        Lang::En,
        "Voters leave the Valdor Party for Anna Berg. The Museum of Valdor History on \
        Saturday opened. He heads the Institute for Water Research in Norway.",
        &[
            ("Valdor Party", Org),
            ("Anna Berg", Per),
            ("Museum of Valdor History", Org),
            ("Institute for Water Research", Org),
            ("Norway", Loc),
        ],
    );
}

#[test]
fn names_written_without_accents_on_capitals_are_found() {
    expect(
        Lang::Fr,
        "Il est revenu d'Evreux et de Saint-Etienne avant de partir pour l'Equateur.",
        &[("Evreux", Loc), ("Saint-Etienne", Loc), ("Equateur", Loc)],
    );
}

#[test]
fn french_public_bodies_and_broadcasters_are_organisations() {
    expect(
        Lang::Fr,
        "Selon Météo-France et l'Urssaf, interrogés par Europe 1, la saison sera longue.",
        &[("Météo-France", Org), ("Urssaf", Org), ("Europe 1", Org)],
    );
}

#[test]
fn establishments_named_by_their_town_are_organisations() {
    expect(
        Lang::Fr,
        "Il a été soigné à l'hôpital de Quimper puis au laboratoire d'hématologie de Rennes.",
        &[
            ("hôpital de Quimper", Org),
            ("laboratoire d'hématologie de Rennes", Org),
        ],
    );
}

#[test]
fn centres_named_by_a_proper_name_are_places() {
    expect(
        Lang::Fr,
        "L'exposition a lieu au centre Paul-Verlaine, puis au centre commercial des Arcades.",
        &[
            ("centre Paul-Verlaine", Loc),
            ("centre commercial des Arcades", Loc),
        ],
    );
    expect(
        Lang::Fr,
        "Les jeunes se retrouvent dans la cité de la Fraternité.",
        &[("cité de la Fraternité", Loc)],
    );
}

#[test]
fn foreign_names_sharing_a_word_with_english_are_people() {
    expect(
        Lang::Fr,
        "Hier soir, Kwame Bolt a remporté la course devant Ban Ki-woon.",
        &[("Kwame Bolt", Per)],
    );
    // Every word English, or an acronym in the run: a title or an event.
    expect_none(
        Lang::Fr,
        "Il a vu Solar Impulse puis la WTS Lausanne.",
        &["Solar Impulse", "WTS Lausanne"],
    );
}

#[test]
fn the_name_after_prix_names_a_prize() {
    expect_none(
        Lang::Fr,
        "Le lauréat du prix Nobel de chimie a été reçu par le prix Pulitzer Anna Lind.",
        &["Nobel", "Pulitzer"],
    );
}

#[test]
fn city_districts_roads_and_distance_ends_are_places() {
    expect(
        Lang::Fr,
        "Il vit dans le 7e arrondissement de Lyon, puis le 3 e arrondissement de Marseille.",
        &[
            ("7e arrondissement de Lyon", Loc),
            ("3 e arrondissement de Marseille", Loc),
        ],
    );
    expect(
        Lang::Fr,
        "Un camion s'est renversé sur l'autoroute A64 hier.",
        &[("autoroute A64", Loc)],
    );
    expect(
        Lang::Fr,
        "L'étape de 160 kilomètres entre Bagnères et Peyragudes sera décisive.",
        &[("Bagnères", Loc), ("Peyragudes", Loc)],
    );
}

#[test]
fn historic_french_regions_are_places() {
    expect(
        Lang::Fr,
        "Il a grandi en Picardie avant de s'installer dans le Périgord et en Lorraine.",
        &[("Picardie", Loc), ("Périgord", Loc), ("Lorraine", Loc)],
    );
}

#[test]
fn towns_listed_after_clubs_are_the_clubs() {
    expect(
        Lang::Fr,
        "Les responsables des douze clubs présents Épinal, Lunéville et Toul ont voté.",
        &[("Épinal", Org), ("Lunéville", Org), ("Toul", Org)],
    );
    // Towns listed elsewhere stay towns.
    expect(
        Lang::Fr,
        "Il a vécu à Épinal, Lunéville et Toul.",
        &[("Épinal", Loc), ("Lunéville", Loc), ("Toul", Loc)],
    );
}

#[test]
fn a_makers_name_with_a_model_or_a_count_is_a_product() {
    expect_none(
        Lang::Fr,
        "La compagnie a commandé 40 Airbus et loue un Boeing 787 depuis mars.",
        &["Airbus", "Boeing"],
    );
    expect(
        Lang::Fr,
        "Airbus a annoncé hier de nouvelles commandes.",
        &[("Airbus", Org)],
    );
}

#[test]
fn lower_case_national_institutions_and_dioceses_are_organisations() {
    expect(
        Lang::Fr,
        "Le député a quitté l'assemblée nationale et l'évêque du diocèse de Gaspé a démissionné.",
        &[("assemblée nationale", Org), ("diocèse de Gaspé", Org)],
    );
    // A meeting is no organisation.
    expect_none(
        Lang::Fr,
        "Le club tiendra son assemblée générale en mai.",
        &["assemblée générale"],
    );
}

#[test]
fn establishments_keep_their_noun_before_a_name() {
    expect(
        Lang::Fr,
        "Une étude de l'université Stanford et du cabinet Durand a été publiée.",
        &[("université Stanford", Org), ("cabinet Durand", Org)],
    );
}

#[test]
fn a_church_named_by_its_town_is_a_building_there() {
    expect(
        Lang::Fr,
        "Les obsèques auront lieu en l'église Saint-Martin de Verdun demain.",
        &[("église Saint-Martin", Loc), ("Verdun", Loc)],
    );
    expect(
        Lang::Fr,
        "La messe a été dite en l'église de Verdun.",
        &[("Verdun", Loc)],
    );
}

#[test]
fn organisation_complements_take_prenominal_adjectives() {
    expect(
        Lang::Fr,
        "Il préside la Fédération nationale des anciens combattants depuis 2010.",
        &[("Fédération nationale des anciens combattants", Org)],
    );
}

#[test]
fn small_french_communes_are_places() {
    expect(
        Lang::Fr,
        "Le maire d'Oullins-Pierre-Bénite a inauguré la salle.",
        &[("Oullins-Pierre-Bénite", Loc)],
    );
    expect(
        Lang::Fr,
        "Les habitants de Saint-Étienne-au-Temple ont voté.",
        &[("Saint-Étienne-au-Temple", Loc)],
    );
}

#[test]
fn an_unknown_acronym_and_its_town_are_one_organisation() {
    expect(
        Lang::Fr,
        "Il a été transporté au CHRU de Nancy dans la nuit.",
        &[("CHRU de Nancy", Org)],
    );
}

#[test]
fn a_portfolio_after_a_minister_and_his_nationality_is_the_ministry() {
    expect(
        Lang::Fr,
        "Le ministre iranien des Finances a démenti.",
        &[("Finances", Org)],
    );
}

#[test]
fn religious_bodies_open_with_their_head_word() {
    expect(
        Lang::Fr,
        "La Congrégation pour le clergé et la Communion anglicane ont publié un texte.",
        &[
            ("Congrégation pour le clergé", Org),
            ("Communion anglicane", Org),
        ],
    );
}

#[test]
fn an_acronym_dated_with_a_year_is_an_event() {
    expect_none(
        Lang::Fr,
        "La XTS 2016 commence samedi. La XTS Lisbonne sera la dernière étape.",
        &["XTS", "XTS Lisbonne"],
    );
    expect(
        Lang::Fr,
        "La FFXR a publié son rapport 2016.",
        &[("FFXR", Org)],
    );
}

#[test]
fn a_common_noun_with_its_adjective_after_a_preposition_is_no_place() {
    expect_none(
        Lang::Fr,
        "Il a couru aux Jeux paralympiques puis en Master 2 et en PT4.",
        &["Jeux", "Master", "PT4"],
    );
    expect(
        Lang::Fr,
        "La fête a eu lieu au Zénith, près de la gare.",
        &[("Zénith", Loc)],
    );
}

#[test]
fn a_word_governing_a_makes_it_no_place_preposition() {
    expect_none(
        Lang::Fr,
        "Le service est similaire à Zoomix et le joueur a perdu face à Kravitzki.",
        &["Zoomix", "Kravitzki"],
    );
    expect(
        Lang::Fr,
        "Le service a été lancé à Zoomville hier.",
        &[("Zoomville", Loc)],
    );
}

#[test]
fn an_unlisted_name_ending_an_event_belongs_to_the_event() {
    expect_none(
        Lang::Fr,
        "Elle a gagné l'or aux Jeux olympiques de Zarvosk.",
        &["Zarvosk"],
    );
}

#[test]
fn a_mission_named_in_lower_case_is_no_body() {
    expect_none(
        Lang::Fr,
        "La sonde de la mission Kestrel a survolé Jupiter.",
        &["mission Kestrel", "Kestrel"],
    );
    // A body named "Mission" with its capital keeps its name.
    expect(
        Lang::Fr,
        "La Mission des Nations unies au Soudan du Sud reste.",
        &[("Mission des Nations unies au Soudan du Sud", Org)],
    );
}

#[test]
fn a_government_named_by_its_leader_names_a_person() {
    let text = "Manuel Durandal a présenté sa démission. Le gouvernement Durandal a chuté.";
    let a = analyze(text, Lang::Fr);
    let people = a
        .mentions()
        .iter()
        .filter(|(m, r)| text[m.start..m.end].ends_with("Durandal") && r.kind == Per)
        .count();
    assert_eq!(people, 2, "both mentions of Durandal are the person");
    expect_none(
        Lang::Fr,
        "Manuel Durandal a présenté sa démission. Le gouvernement Durandal a chuté.",
        &["gouvernement Durandal"],
    );
}

#[test]
fn english_titles_keep_their_article_in_french_text() {
    expect(
        Lang::Fr,
        "Selon le quotidien britannique The Daily Courier, l'accord est signé.",
        &[("The Daily Courier", Org)],
    );
}

#[test]
fn a_name_with_a_glued_plus_sign_is_a_channel() {
    expect(
        Lang::Fr,
        "Le match sera diffusé sur Sportzone+ et sur la radio.",
        &[("Sportzone+", Org)],
    );
}

#[test]
fn a_natural_features_lower_case_noun_stays_out_of_its_name() {
    expect(
        Lang::Fr,
        "Les rives du lac de Vassivière et les îles de Flores sont touchées, comme l'océan Indien.",
        &[("Vassivière", Loc), ("Flores", Loc), ("océan Indien", Loc)],
    );
    // A name that is an adjective keeps its noun.
    expect(
        Lang::Fr,
        "Des navires croisent en mer Noire.",
        &[("mer Noire", Loc)],
    );
}

#[test]
fn usual_country_abbreviations_and_former_states_are_places() {
    expect(
        Lang::Fr,
        "Des réfugiés ont fui vers la RDC, puis l'ex-soldat a grandi en URSS.",
        &[("RDC", Loc), ("URSS", Loc)],
    );
    expect(
        Lang::Fr,
        "La République démocratique du Congo a battu le Congo voisin.",
        &[("République démocratique du Congo", Loc)],
    );
}

#[test]
fn a_name_after_a_craft_work_or_storm_noun_names_that_thing() {
    expect_none(
        Lang::Fr,
        "Le télescope spatial Zeptar et la sonde Orfeo ont suivi la tempête tropicale Marcel.",
        &["Zeptar", "Orfeo", "Marcel"],
    );
}

#[test]
fn korean_style_names_and_bare_surnames_as_subjects_are_people() {
    expect(
        Lang::Fr,
        "Selon le porte-parole, Moon Jae-sung a démissionné.",
        &[("Moon Jae-sung", Per)],
    );
    // "Hollande" is a region, a common noun and a surname: bare before "est", the person.
    expect(
        Lang::Fr,
        "La séance a été levée. Hollande est arrivé sur place à midi.",
        &[("Hollande", Per)],
    );
}

#[test]
fn a_common_first_name_after_a_role_noun_and_its_later_uses_belong_to_the_name() {
    let text = "Le journaliste Eloge Willy Mirengo a reçu le prix. Eloge Willy Mirengo est connu.";
    let a = analyze(text, Lang::Fr);
    let full = a
        .mentions()
        .iter()
        .filter(|(m, r)| &text[m.start..m.end] == "Eloge Willy Mirengo" && r.kind == Per)
        .count();
    assert_eq!(full, 2, "both mentions carry the first name");
}

#[test]
fn a_title_that_is_also_a_first_name_stays_out_before_a_name() {
    expect(
        Lang::Fr,
        "La messe a été célébrée autour du Pape François hier.",
        &[("François", Per)],
    );
}

#[test]
fn a_political_article_with_a_few_game_words_is_no_sports_report() {
    let text = "The campaign team claimed victory this season. Campaigning against Valdor \
        County officials, the senator scored points before the final debate with Tulsa.";
    let a = analyze(text, Lang::En);
    assert!(a.organizations.is_empty(), "{:?}", a.organizations);
}

#[test]
fn a_town_joined_by_an_ampersand_to_a_name_is_a_firm() {
    expect(
        Lang::En,
        "Shares of Tulsa & Brekkvold rose. Trade between Norway & Sweden grew.",
        &[("Tulsa & Brekkvold", Org), ("Norway", Loc), ("Sweden", Loc)],
    );
}

#[test]
fn a_name_right_after_the_first_words_of_a_sentence_does_not_panic() {
    // A cue search that walks back to the first token must stop there.
    for text in [
        "a déclaré Vladimir Poutine",
        "a b Zantrovia",
        "de Zantrovia",
    ] {
        let _ = analyze(text, Lang::Fr);
        let _ = analyze(text, Lang::En);
    }
}

#[test]
fn a_dotted_acronym_opening_a_line_is_the_acronym() {
    expect(
        Lang::En,
        "U.N. officials said the talks would go on.",
        &[("U.N.", Org)],
    );
}

#[test]
fn a_mission_names_where_it_serves() {
    expect(
        Lang::Fr,
        "Les soldats de la Mission des Nations unies en Haïti sont partis.",
        &[("Mission des Nations unies en Haïti", Org)],
    );
}

#[test]
fn a_platform_named_as_a_medium_is_no_organisation() {
    // The company cue makes the name an organisation; its use as a medium does not.
    let text = "La société Quibbr a été fondée à Lyon. Des millions de vidéos sont publiées \
                sur l'application Quibbr, et Quibbr a racheté Zorblo en 2015.";
    let a = analyze(text, Lang::Fr);
    let orgs: Vec<&str> = a
        .mentions()
        .into_iter()
        .filter(|(_, r)| r.kind == Org)
        .map(|(m, _)| &text[m.start..m.end])
        .collect();
    assert_eq!(orgs, ["Quibbr", "Quibbr"], "{orgs:?}");
    let medium = text
        .find("application Quibbr")
        .map(|i| i + "application ".len());
    assert!(a.mentions().iter().all(|(m, _)| Some(m.start) != medium));
}

#[test]
fn a_share_bar_lists_links_not_organisations() {
    let text = "La société Quibbr a ouvert un bureau.\n\nPartager cet article :\nCourriel ,\nQuibbr ,\nZorblo\n";
    let a = analyze(text, Lang::Fr);
    let bar = text.find("Partager").unwrap_or(0);
    assert!(
        a.mentions().iter().all(|(m, _)| m.start < bar),
        "{:?}",
        a.mentions()
    );
}

#[test]
fn a_name_described_as_an_organisation_is_one() {
    expect(
        Lang::Fr,
        "Selon Zorvane, l'agence de presse du mouvement, l'attaque a échoué.",
        &[("Zorvane", Org)],
    );
    expect(
        Lang::Fr,
        "Il l'a dit au Plimbo (journal portugais) hier.",
        &[("Plimbo", Org)],
    );
    expect(
        Lang::Fr,
        "Claire Fontaine, la fondatrice de Trivella, a écrit aux clients.",
        &[("Trivella", Org), ("Claire Fontaine", Per)],
    );
    expect(
        Lang::Fr,
        "Le directeur général de Quembrix a démissionné.",
        &[("Quembrix", Org)],
    );
}

#[test]
fn a_capitalised_place_noun_keeps_its_name() {
    expect(
        Lang::Fr,
        "Le visiteur admire le Lac de Vermeil. Rue du Moulin, les travaux avancent.",
        &[("Lac de Vermeil", Loc), ("Rue du Moulin", Loc)],
    );
    expect(
        Lang::Fr,
        "Une veillée a eu lieu sur la Place des Tilleuls, puis au Parc de la Vignasse.",
        &[("Place des Tilleuls", Loc), ("Parc de la Vignasse", Loc)],
    );
    expect(
        Lang::Fr,
        "La commune est située dans la Wilaya de Tizrane, au sud.",
        &[("Wilaya de Tizrane", Loc)],
    );
}

#[test]
fn a_hall_named_after_a_hyphenated_first_name_is_a_place() {
    expect(
        Lang::Fr,
        "Les joueurs s'entraînent cet après-midi, salle Jean-Lucien.",
        &[("salle Jean-Lucien", Loc)],
    );
}

#[test]
fn an_acronym_defined_after_an_event_noun_names_the_event() {
    expect_none(
        Lang::Fr,
        "La troisième étape des séries mondiales de plongée (SMPX) s'est tenue hier. \
         Elle reste invaincue sur le circuit SMPX.",
        &["SMPX"],
    );
    expect_none(
        Lang::Fr,
        "Les Séries mondiales de plongée (SMPQ) reprennent. Le circuit SMPQ passe par Lyon.",
        &["SMPQ"],
    );
}

#[test]
fn a_delegation_or_community_of_a_nationality_is_no_organisation() {
    expect_none(
        Lang::Fr,
        "La délégation ghanéenne est arrivée. La communauté malienne de la ville a fêté l'événement.",
        &["délégation ghanéenne", "communauté malienne"],
    );
}

#[test]
fn police_forces_and_a_departed_plane_are_no_organisations() {
    expect_none(
        Lang::Fr,
        "Les forces de l'ordre allemandes sont intervenues. Un avion parti de Lyon a atterri.",
        &["ordre allemandes", "parti de Lyon"],
    );
}

#[test]
fn a_listed_place_joined_by_et_is_one_place_without_hyphens() {
    expect(
        Lang::Fr,
        "Parti d'Agen (Lot et Garonne), le camion est arrivé hier.",
        &[("Lot et Garonne", Loc)],
    );
}

#[test]
fn a_name_of_origin_or_of_local_works_is_a_place() {
    expect(
        Lang::Fr,
        "Natif de Vermoncourt, il a travaillé aux papeteries de Brillemont.",
        &[("Vermoncourt", Loc), ("Brillemont", Loc)],
    );
}

#[test]
fn a_place_noun_before_an_initial_is_a_persons_property() {
    expect_none(
        Lang::Fr,
        "La visite du jardin de J.-P. Mercier a plu aux enfants.",
        &["jardin de J", "jardin de J."],
    );
}

#[test]
fn a_title_listed_with_its_elided_article_keeps_it() {
    // As "Le Monde" keeps "Le", "L'Express" keeps "L'"; a lower-case article stays out.
    let text = "Le directeur, Paul Ravel, L'Express s'est défendu. Selon L'Obs, il part.";
    expect(Lang::Fr, text, &[("L'Express", Org), ("L'Obs", Org)]);
    expect_none(Lang::Fr, text, &["Express", "Obs"]);
}

#[test]
fn a_listed_place_the_document_names_is_one_where_a_sentence_opens_with_it() {
    // A common word that opens a sentence is passed over, unless the document names the
    // place elsewhere.
    expect(
        Lang::Fr,
        "Manche : la tempête a fait trois blessés. Les pompiers de la Manche sont intervenus.",
        &[("Manche", EntityKind::Place)],
    );
    expect(
        Lang::En,
        "Mercury rises before dawn this week. The probe flew past Mercury and Venus.",
        &[("Mercury", EntityKind::Place)],
    );
    // Alone, the word stays a word.
    expect_none(
        Lang::Fr,
        "Manche : la tempête a fait trois blessés.",
        &["Manche"],
    );
}

#[test]
fn a_country_named_like_a_first_name_before_a_full_name_is_the_country() {
    let text = "Le champion de France Lucas Mercier a gagné la course.";
    expect(Lang::Fr, text, &[("France", Loc), ("Lucas Mercier", Per)]);
    // Without "de" before it, the first name opens a person's name.
    expect(
        Lang::Fr,
        "Hier, France Mercier a gagné la course.",
        &[("France Mercier", Per)],
    );
}

#[test]
fn an_unknown_name_holding_an_acronym_is_no_person() {
    // Opening with an acronym of four letters or more, it is a body's; two or three
    // capitals may be a person's initials.
    expect(
        Lang::En,
        "Stefan Marek of KAVTEL Ostbach met TJ Marlow on Friday.",
        &[("KAVTEL Ostbach", Org), ("TJ Marlow", Per)],
    );
    // After another word, it is as often an index or a product.
    expect_none(
        Lang::En,
        "The Velmont KRT rose 3 points on Friday, and Dravo KTL shares fell.",
        &["Velmont KRT", "Dravo KTL"],
    );
}

#[test]
fn air_opens_an_airline_and_a_title_ends_a_body_before_a_name() {
    expect(
        Lang::Fr,
        "Le tribunal a prononcé la liquidation d'Air Brocéliande hier.",
        &[("Air Brocéliande", Org)],
    );
    let text = "The base will close, Air Kestrel Gen. Ray Odell said on Monday.";
    expect(Lang::En, text, &[("Air Kestrel", Org), ("Ray Odell", Per)]);
}

#[test]
fn an_honorific_opens_a_name_of_its_own_and_compound_initials_join_it() {
    // A run of capitals reaching over "de" stops at an honorific.
    let text = "Les élèves de CE2 de Mme Lenoir ont chanté. Le club de J.-P. Ravenel a gagné.";
    expect(Lang::Fr, text, &[("Lenoir", Per), ("J.-P. Ravenel", Per)]);
    expect_none(Lang::Fr, text, &["P. Ravenel", "J"]);
    // A single letter after a first name stays an initial.
    expect(
        Lang::Fr,
        "Le prix revient à John M. Halbrook.",
        &[("John M. Halbrook", Per)],
    );
}

#[test]
fn a_full_name_after_de_is_a_name_of_its_own() {
    // "de" joins a one-word surname ("Henri de Valcourt"), not a first name and a
    // surname, which name someone else.
    let text = "Les Verts de Laurent Marchal ont perdu. Le film La Nuit de Bertrand Morel \
                sort demain. Selon la page de Marine Le Goff, deux prix Nobel Carla Rossi \
                et Paul Verant viendront.";
    expect(
        Lang::Fr,
        text,
        &[
            ("Laurent Marchal", Per),
            ("Bertrand Morel", Per),
            ("Marine Le Goff", Per),
            ("Carla Rossi", Per),
        ],
    );
    expect(
        Lang::Fr,
        "Hier, Henri de Valcourt a parlé.",
        &[("Henri de Valcourt", Per)],
    );
    // An event's word after "aux" is no place.
    expect_none(
        Lang::Fr,
        "Il a gagné aux Masters de Santa Clara en avril.",
        &["Masters"],
    );
}

#[test]
fn an_unknown_word_before_a_region_or_a_desert_is_no_person() {
    expect_none(
        Lang::En,
        "Senate backs Velmont Patagonia plan. Oil firms eye Dravik Sahara fields.",
        &["Velmont Patagonia", "Dravik Sahara"],
    );
}

#[test]
fn a_word_that_only_sounds_like_a_short_name_is_not_that_person() {
    // "Au" and "Ai" share a sound key of one letter.
    let text = "La nageuse Ai Tanabe a gagné. Au delà du titre, elle vise le record.";
    expect_none(Lang::Fr, text, &["Au"]);
    expect(Lang::Fr, text, &[("Ai Tanabe", Per)]);
}

#[test]
fn a_verb_after_an_organisation_name_is_not_part_of_it() {
    // A verb of speech, or a past participle before its complement's preposition, is the
    // sentence's verb even where its ending is an adjective's.
    let text = "Le comité Vallières explique que la saison est finie. L'université de Rennes \
                dirigée par Paul Marin a publié ses résultats. Les forces marocaines engagées \
                dans l'opération ont reculé.";
    expect(
        Lang::Fr,
        text,
        &[
            ("comité Vallières", EntityKind::Organization),
            ("université de Rennes", EntityKind::Organization),
            ("forces marocaines", EntityKind::Organization),
        ],
    );
    // An adjective in -é without such a complement stays in the name.
    expect(
        Lang::Fr,
        "Le Parti socialiste unifié tient son congrès.",
        &[("Parti socialiste unifié", EntityKind::Organization)],
    );
}

#[test]
fn a_nationality_noun_after_an_article_presents_a_person() {
    expect(
        Lang::Fr,
        "Elle a battu la Roumaine Varescu, puis la Chinoise Qiao Lanying en finale.",
        &[
            ("Varescu", EntityKind::Person),
            ("Qiao Lanying", EntityKind::Person),
        ],
    );
    // An English nationality word is no French noun, and a category is no name.
    expect_none(
        Lang::Fr,
        "Il a reçu un prix de la British Library. Le Danois U21 a gagné.",
        &["Library", "U21"],
    );
}

#[test]
fn unknown_names_ending_in_a_street_or_landform_word_are_places() {
    expect(
        Lang::Fr,
        "Une grue est tombée sur Tallis Street, près de la Marrow Creek.",
        &[
            ("Tallis Street", EntityKind::Place),
            ("Marrow Creek", EntityKind::Place),
        ],
    );
    expect(
        Lang::En,
        "Police closed Tallis Street on Monday.",
        &[("Tallis Street", EntityKind::Place)],
    );
    // A race named after one is not the place.
    expect_none(
        Lang::Fr,
        "La Marrow Creek 200 a été annulée.",
        &["Marrow Creek"],
    );
}

#[test]
fn a_city_before_a_first_name_and_a_surname_stands_alone() {
    expect(
        Lang::Fr,
        "L'ancien maire de Winnipeg Rob Kessling est mort à 46 ans.",
        &[
            ("Winnipeg", EntityKind::Place),
            ("Rob Kessling", EntityKind::Person),
        ],
    );
}

#[test]
fn a_word_with_digits_takes_no_person_from_its_neighbour() {
    // "en PT2" is a category; coordination with a person must not make it one.
    expect_none(
        Lang::Fr,
        "Chez les hommes, Lionel Marès en PT1, Jairo Ruizal en PT2 et Tom Verlay en PT4 \
         sont qualifiés.",
        &["PT1", "PT2", "PT4"],
    );
}

#[test]
fn an_unknown_name_after_a_la_is_a_place() {
    expect(
        Lang::Fr,
        "Il habite à la Herbaudière depuis dix ans.",
        &[("Herbaudière", EntityKind::Place)],
    );
    expect_none(
        Lang::Fr,
        "Son portrait est à la Une du journal, et l'équipe joue à la CAN.",
        &["Une", "CAN"],
    );
}

#[test]
fn an_english_capitalised_title_is_not_part_of_the_name_after_it() {
    expect(
        Lang::En,
        "Belarusian Prime Minister Vadim Korsak met Agriculture Secretary Dan Holloway on \
         Friday. Korsak said the talks went well.",
        &[
            ("Vadim Korsak", EntityKind::Person),
            ("Dan Holloway", EntityKind::Person),
        ],
    );
}

#[test]
fn a_month_that_is_a_first_name_or_surname_is_one_beside_a_name() {
    expect(
        Lang::En,
        "Andrei Volkan (Ukraine) beat Jan Tomasek (Slovakia) 6-4 6-3. Carla May said on \
         Monday she would play in May.",
        &[
            ("Jan Tomasek", EntityKind::Person),
            ("Carla May", EntityKind::Person),
        ],
    );
    // A full month's name before a capitalised word stays a month.
    expect_none(
        Lang::En,
        "The September Treasury future fell on Friday.",
        &["September Treasury", "September"],
    );
}

#[test]
fn an_english_place_and_a_capitalised_plural_name_a_team() {
    expect(
        Lang::En,
        "The Winnipeg Falcons beat the Dortmund Lions 3-1 on Sunday, said coach Paul Rivers.",
        &[
            ("Winnipeg Falcons", EntityKind::Organization),
            ("Dortmund Lions", EntityKind::Organization),
            ("Paul Rivers", EntityKind::Person),
        ],
    );
}

#[test]
fn an_acronym_may_leave_out_the_place_ending_its_long_name() {
    expect(
        Lang::Fr,
        "Selon le Bureau des eaux lacustres de Namibie (BEL), les pluies reviennent. Le BEL \
         reste prudent.",
        &[
            (
                "Bureau des eaux lacustres de Namibie",
                EntityKind::Organization,
            ),
            ("BEL", EntityKind::Organization),
        ],
    );
}

#[test]
fn a_name_before_an_article_and_a_role_noun_is_a_person() {
    expect(
        Lang::Fr,
        "Tarzoul, le directeur de l'usine, a annoncé la fermeture.",
        &[("Tarzoul", EntityKind::Person)],
    );
    // In English, "…, the coach said" follows any clause.
    expect_none(
        Lang::En,
        "They won before the Olympics, the coach said.",
        &["Olympics"],
    );
}

#[test]
fn a_foreign_particle_is_no_common_word_of_a_name() {
    expect(
        Lang::Fr,
        "Selon Ghalib al Rashed, le vol a été annulé. Joost van Leer bat le record.",
        &[
            ("Ghalib al Rashed", EntityKind::Person),
            ("Joost van Leer", EntityKind::Person),
        ],
    );
}

#[test]
fn a_capitalised_grammar_word_before_a_word_in_lower_case_is_no_name() {
    // "I" after a name and "and" is the pronoun, no person nor place.
    expect_none(
        Lang::En,
        "Let Marla Penrose and I sit there and talk. Tell Marla and I came.",
        &["I"],
    );
}

#[test]
fn a_team_after_a_ranked_competitor_and_country_is_an_organisation() {
    expect(
        Lang::En,
        "Leading results of the final stage:\n\
        1. Tomas Verhulst (Belgium) Kestrel-Orvane 4 hours 48 mins\n\
        2. Ana Ruiz (Spain) Velo Norte 5 seconds behind\n\
        3. Piet Donker (Netherlands) TVX same time\n",
        &[
            ("Kestrel-Orvane", EntityKind::Organization),
            ("Velo Norte", EntityKind::Organization),
            ("TVX", EntityKind::Organization),
            ("Tomas Verhulst", EntityKind::Person),
            ("Belgium", EntityKind::Place),
        ],
    );
    expect(
        Lang::Fr,
        "Classement de l'étape :\n1. Tomas Verhulst (Belgique) Kestrel-Orvane en 4 h 48\n",
        &[("Kestrel-Orvane", EntityKind::Organization)],
    );
    // Motor racing sets the car apart with commas.
    expect(
        Lang::En,
        "Qualifying times:
1. Tomas Verhulst (Belgium), Kestrel Orvane, 53.980
        2. Ana Ruiz (Spain), Velo Norte Turbo, 54.120
",
        &[
            ("Kestrel Orvane", EntityKind::Organization),
            ("Velo Norte Turbo", EntityKind::Organization),
        ],
    );
    // A time after the bracket names no team; nor does a line without a rank.
    expect_none(
        Lang::En,
        "Results:\n1. Ana Ruiz (Spain) 10.05\nAna Ruiz (Spain) Velo Norte was second.\n",
        &["Velo Norte", "Velo"],
    );
}

#[test]
fn a_town_before_a_players_role_or_name_in_a_sports_report_is_a_team() {
    let text = "SOCCER - LEAGUE ROUND-UP.\n\
        The former Bologna playmaker scored twice in the league match, and Dorset \
        skipper Tom Hale took four wickets in the cricket. Valencia's Marco Ferri \
        missed a penalty before halftime.";
    expect(
        Lang::En,
        text,
        &[
            ("Bologna", Org),
            ("Dorset", Org),
            ("Valencia", Org),
            ("Marco Ferri", EntityKind::Person),
        ],
    );
    // A country's possessive stays a place.
    let text = "SOCCER - LEAGUE ROUND-UP.\n\
        Norway's Marco Ferri scored twice in the league match before halftime.";
    expect(Lang::En, text, &[("Norway", Loc)]);
}

#[test]
fn a_name_in_a_headline_in_capitals_ends_before_a_grammar_word_or_a_figure() {
    let text = "SOCCER - LESOTHO BEAT MALAWI IN AFRICAN QUALIFIER.\nLesotho won 2-0.";
    expect(Lang::En, text, &[("MALAWI", Loc)]);
    expect_none(Lang::En, text, &["MALAWI IN", "AFRICAN"]);
    let text = "KORDAVA H1 PROFIT RISES.\nKordava said on Friday that profit rose.";
    expect_none(Lang::En, text, &["KORDAVA H1"]);
}

#[test]
fn a_compound_military_rank_is_a_title() {
    expect(
        Lang::En,
        "The commander, Major-General Vadko Stamenov, met reporters.",
        &[("Vadko Stamenov", EntityKind::Person)],
    );
    expect_none(
        Lang::En,
        "The commander, Major-General Vadko Stamenov, met reporters.",
        &["Major-General Vadko Stamenov"],
    );
}

#[test]
fn peoples_of_continents_are_no_places_nor_people() {
    expect_none(
        Lang::En,
        "He played in European competitions. African Americans voted early. The \
        Arab cause was raised.",
        &["European", "African Americans", "African", "Arab"],
    );
    expect(
        Lang::Fr,
        "L'Africaine du Sud Lena Marais conserve son titre.",
        &[("Lena Marais", EntityKind::Person)],
    );
}

#[test]
fn a_state_named_by_its_form_of_government_is_one_place() {
    expect(
        Lang::En,
        "The Islamic Republic of Mauritania and the Tatar Republic signed the accord.",
        &[
            ("Islamic Republic of Mauritania", Loc),
            ("Tatar Republic", Loc),
        ],
    );
    expect(
        Lang::Fr,
        "Le Royaume de Norvège et la République islamique de Mauritanie ont signé.",
        &[
            ("Royaume de Norvège", Loc),
            ("République islamique de Mauritanie", Loc),
        ],
    );
    // A town after it names a court, not a state.
    expect_none(
        Lang::Fr,
        "Le procureur de la République de Lorient a ouvert une enquête.",
        &["République de Lorient"],
    );
}

#[test]
fn a_government_named_after_its_leader_names_a_person() {
    // A town's name, as a leader's: all its mentions follow.
    expect(
        Lang::En,
        "Officials of the Kendal administration met aides of the Halbrook campaign. \
        Kendal decided later.",
        &[
            ("Kendal", EntityKind::Person),
            ("Halbrook", EntityKind::Person),
        ],
    );
    expect(
        Lang::Fr,
        "Le gouvernement Valcourt et l'administration Kendal ont protesté contre le régime \
        Tarzoul.",
        &[
            ("Valcourt", EntityKind::Person),
            ("Kendal", EntityKind::Person),
            ("Tarzoul", EntityKind::Person),
        ],
    );
    // A nationality or an organisation stays what it is.
    let text = "The Dutch presidency ended before the NATO campaign.";
    expect_none(Lang::En, text, &["Dutch"]);
    expect(Lang::En, text, &[("NATO", Org)]);
}

#[test]
fn an_abbreviated_role_title_is_no_name_of_its_own() {
    let text = "He spoke before Jeb Hale or Sen. Ada Marsh, and Rep. Tom Vail replied.";
    expect_none(Lang::En, text, &["Sen", "Rep"]);
    expect(
        Lang::En,
        text,
        &[
            ("Ada Marsh", EntityKind::Person),
            ("Tom Vail", EntityKind::Person),
        ],
    );
}

#[test]
fn a_town_before_a_people_names_no_team() {
    expect_none(
        Lang::En,
        "The vote may change little. Most Germans have made up their minds.",
        &["Most Germans"],
    );
}

#[test]
fn a_name_before_a_word_for_a_news_medium_is_that_medium() {
    let text = "Velmar news agency quoted him. But Ostblatt newspaper said it later. The \
        Croat news agency and a Tokyo newspaper said so too.";
    expect(
        Lang::En,
        text,
        &[("Velmar", Org), ("Ostblatt", Org), ("Tokyo", Loc)],
    );
    expect_none(Lang::En, text, &["Croat", "But Ostblatt"]);
}

#[test]
fn a_capitalised_word_before_a_role_noun_belongs_to_the_title() {
    let text = "Paul Verant, Premier ministre sous Henri Lavalle, est mort. La Direction \
        générale des douanes a porté plainte.";
    expect_none(Lang::Fr, text, &["Premier"]);
    expect(
        Lang::Fr,
        text,
        &[
            ("Paul Verant", EntityKind::Person),
            ("Henri Lavalle", EntityKind::Person),
            ("Direction générale des douanes", Org),
        ],
    );
}

#[test]
fn a_common_word_in_apposition_to_a_person_is_no_person() {
    expect_none(
        Lang::Fr,
        "Le président de la République, Paul Verant, a parlé hier.",
        &["République"],
    );
    let text = "Senators Ada Marsh, Republican of Kansas, and Tom Vail spoke.";
    expect_none(Lang::En, text, &["Republican"]);
    expect(Lang::En, text, &[("Ada Marsh", EntityKind::Person)]);
}

#[test]
fn a_name_before_a_word_for_a_building_or_a_site_is_that_place() {
    let text = "The ceremony took place at the Velkoro stadium, before the crowd left from \
        the Marek Dolny airport.";
    expect(Lang::En, text, &[("Velkoro", Loc), ("Marek Dolny", Loc)]);
}

#[test]
fn a_result_word_in_a_headline_in_capitals_ends_a_teams_name() {
    let text = "BASKETBALL - VELMAR BEAT KORDAVA 92-81.\nBELGRADE 1996-08-31\nVelmar beat \
        Kordava 92-81 in the final of the basketball tournament. The semifinal winners \
        scored 30 points at halftime, and the league's top scorer led the victory.";
    expect(Lang::En, text, &[("KORDAVA", Org)]);
    expect_none(Lang::En, text, &["VELMAR BEAT KORDAVA"]);
}

#[test]
fn a_town_code_in_brackets_after_a_team_in_results_is_part_of_its_name() {
    let text = "SOCCER - LEAGUE RESULTS.\nResults of league soccer matches played on \
        Saturday:\nDivision A\nVelmar 2 Proleva (Z) 0\nRadko 1 Mladova (BJ) 2\nStandings:\n\
        Mladova (BJ) 4 3 1 0 9 3 10\nProleva (Z) 4 0 1 3 2 9 1\n";
    expect(
        Lang::En,
        text,
        &[("Proleva (Z)", Org), ("Mladova (BJ)", Org), ("Velmar", Org)],
    );
}

#[test]
fn a_towns_name_after_an_organisations_noun_names_the_body() {
    let text = "Le chantier a été confié à la société Vierzon, et le livre est sorti aux \
        éditions Lisieux.";
    expect(Lang::Fr, text, &[("Vierzon", Org), ("Lisieux", Org)]);
}

#[test]
fn a_de_after_a_preposition_is_the_particle_of_the_name_after_it() {
    expect(
        Lang::Fr,
        "Il fut ministre de de Broglie, puis conseiller sous de Tocqueville.",
        &[
            ("de Broglie", EntityKind::Person),
            ("de Tocqueville", EntityKind::Person),
        ],
    );
}

#[test]
fn an_organisations_name_stops_before_a_verb_or_an_adverb() {
    expect(
        Lang::Fr,
        "La loi passe devant le Sénat afin d'obtenir un vote rapide ; il appartient au \
        Conseil fédéral de la signer. Le Comité des fêtes enfin du Parti vert.",
        &[
            ("Sénat", Org),
            ("Conseil fédéral", Org),
            ("Comité des fêtes", Org),
        ],
    );
}

#[test]
fn a_person_after_an_organisations_lower_case_words_is_no_part_of_it() {
    expect(
        Lang::Fr,
        "Le président du Conseil fédéral Anton Kessel a reçu le chef du Conseil des \
        ministres Marco Bellini.",
        &[
            ("Conseil fédéral", Org),
            ("Anton Kessel", Per),
            ("Conseil des ministres", Org),
            ("Marco Bellini", Per),
        ],
    );
    // Without lower-case words between, the name is the organisation's.
    expect(
        Lang::Fr,
        "Il a visité la Fondation Jean Vallet à Lyon.",
        &[("Fondation Jean Vallet", Org)],
    );
}

#[test]
fn a_listed_title_keeps_its_name_after_a_contracted_article() {
    let text = "Il a confié au Parisien qu'il partirait, selon un reporter du Canard \
        enchaîné, et le candidat des Républicains l'a confirmé.";
    expect(
        Lang::Fr,
        text,
        &[
            ("Parisien", Org),
            ("Canard enchaîné", Org),
            ("Républicains", Org),
        ],
    );
    expect_none(
        Lang::Fr,
        "Il devient champion du Monde avant la Coupe du Monde.",
        &["Monde"],
    );
}

#[test]
fn after_an_agency_or_a_bank_and_its_nationality_the_bodys_name_stands_alone() {
    let text = "Selon l'agence Velnova, puis l'agence allemande Kordex, la banque suisse \
        Varlen a fermé. L'agence Anvers dément.";
    expect(
        Lang::Fr,
        text,
        &[("Velnova", Org), ("Kordex", Org), ("Varlen", Org)],
    );
    expect_none(Lang::Fr, text, &["agence Velnova", "banque suisse Varlen"]);
}

#[test]
fn the_acronym_of_a_kind_of_body_or_of_a_role_opens_no_name() {
    expect(
        Lang::Fr,
        "L'ONG Human Rights Watch accuse. Le PDG Ada Morel a démissionné.",
        &[("Human Rights Watch", Org), ("Ada Morel", Per)],
    );
    expect(
        Lang::En,
        "CEO Tim Varn agreed with NGO Human Rights Watch.",
        &[("Tim Varn", Per), ("Human Rights Watch", Org)],
    );
}

#[test]
fn the_comma_closing_an_attribution_opens_no_list() {
    for (lang, text) in [
        (
            Lang::En,
            "According to the Kremlin, Velnor and Kastrup spoke for two hours.",
        ),
        (
            Lang::Fr,
            "Selon le Kremlin, Velnor et Kastrup ont parlé deux heures.",
        ),
    ] {
        let a = analyze(text, lang);
        let orgs: Vec<&str> = a.organizations.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(orgs, ["Kremlin"], "{text}");
    }
}

#[test]
fn a_name_coordinated_with_its_preposition_repeated_takes_its_neighbours_kind() {
    expect(
        Lang::Fr,
        "Les révélations de la BBC et de Velnafeed datent de 2012. Il a vécu à Lyon et à \
        Vernazel.",
        &[("Velnafeed", Org), ("Vernazel", Loc)],
    );
    // Not when the words before the second name are not those before the first.
    expect_none(
        Lang::Fr,
        "Au niveau 1 du centre commercial Les Nations, la Velnajeu accueille les enfants.",
        &["Velnajeu"],
    );
}

#[test]
fn a_place_after_an_elided_de_spaced_from_it_is_found() {
    expect(
        Lang::Fr,
        "Il est originaire d' Ayvas et vit près de l' Orvalle.",
        &[("Ayvas", Loc)],
    );
}

#[test]
fn a_name_beside_a_word_for_a_newspaper_is_the_newspaper() {
    let text = "Britain's Sun newspaper said so, and the official newspaper Varadero \
        reported it on Saturday, but a Tokyo newspaper did not.";
    expect(
        Lang::En,
        text,
        &[("Sun", Org), ("Varadero", Org), ("Tokyo", Loc)],
    );
    expect_none(
        Lang::En,
        "The safety agency Saturday launched an inquiry.",
        &["Saturday"],
    );
}

#[test]
fn a_nickname_after_the_in_a_team_game_is_the_team_though_it_opens_with_a_first_name() {
    let text = "BASEBALL - COMETS ROUT RAVENS.\nVELMAR 1996-08-31\nTom Hale homered twice \
        and drove in four runs as the Morgan Comets routed the Kordava Ravens 10-0 on \
        Saturday.\nIt was the first shutout of the season for the Comets, who lead the \
        division by two games.\nJim Kerr pitched a four-hitter and struck out nine.\n";
    expect(Lang::En, text, &[("Morgan Comets", Org), ("Tom Hale", Per)]);
}

#[test]
fn a_name_before_its_country_in_brackets_is_a_competitors() {
    let text = "Results:\n1 - Kestry Hill (Australia) beat Ana Ruiz (Spain) 2-0\n\
        5. Varno Stone (U.S.) 11.20\n";
    expect(
        Lang::En,
        text,
        &[
            ("Kestry Hill", Per),
            ("Varno Stone", Per),
            ("Australia", Loc),
        ],
    );
    expect(
        Lang::Fr,
        "Classement :\n1. Kestry Hill (Australie) en 11 s 20\n",
        &[("Kestry Hill", Per)],
    );
}

#[test]
fn a_natural_site_after_its_noun_is_named_by_its_name_alone() {
    let text = "Il se promène dans la forêt de Corvalène, puis dans la vallée du Rabion, \
        avant de rentrer par la rue de Morvillars.";
    expect(
        Lang::Fr,
        text,
        &[
            ("Corvalène", Loc),
            ("Rabion", Loc),
            ("rue de Morvillars", Loc),
        ],
    );
    // A park keeps its noun, and so does a site named like a person.
    expect(
        Lang::Fr,
        "Le préfabriqué est dans le parc Verlande, près de la forêt de Martin.",
        &[("parc Verlande", Loc)],
    );
}

#[test]
fn a_name_before_a_word_for_a_region_is_the_region() {
    let text = "Police arrested the militants in the eastern Varqiyah province, near the \
        mountainous Jebel Tarzan region, and in English county towns.";
    expect(Lang::En, text, &[("Varqiyah", Loc), ("Jebel Tarzan", Loc)]);
    expect_none(Lang::En, text, &["English"]);
}

#[test]
fn a_name_after_anti_or_pro_is_a_mention_of_its_own() {
    let text = "Marc Kovac a gagné. Une manifestation anti-Kovac tourne à l'émeute, \
        menée par un syndicat pro-Socialiste.";
    let a = analyze(text, Lang::Fr);
    let kovac = a
        .people
        .iter()
        .find(|p| p.name == "Marc Kovac")
        .expect("Marc Kovac");
    assert_eq!(kovac.mentions.len(), 2, "{:?}", kovac.mentions);
    expect_none(Lang::Fr, text, &["Socialiste"]);
}

#[test]
fn a_prize_named_by_a_first_name_and_a_surname_names_the_person() {
    expect(
        Lang::Fr,
        "Il a reçu le prix Jean-Vallet en 2000, puis le Prix Anne-Morel.",
        &[("Jean-Vallet", Per), ("Anne-Morel", Per)],
    );
    expect_none(Lang::Fr, "Il a reçu le prix Jean-Pierre.", &["Jean-Pierre"]);
}

#[test]
fn a_sentences_first_le_is_the_article_unless_the_document_writes_the_surname() {
    expect_none(
        Lang::Fr,
        "Les déchets sont traités ailleurs. Le Vortam, quant à lui, n'a rien confirmé.",
        &["Le Vortam"],
    );
    expect(
        Lang::Fr,
        "Le Tallec a dit non. Hier, Jean-Yves Le Tallec était venu.",
        &[("Le Tallec", Per)],
    );
}

#[test]
fn a_clubs_acronym_before_a_towns_name_is_the_club() {
    let text = "Il affronte le HBC Vierzon samedi, après l'AS Lisieux et le SC Lindau.";
    expect(
        Lang::Fr,
        text,
        &[
            ("HBC Vierzon", Org),
            ("AS Lisieux", Org),
            ("SC Lindau", Org),
        ],
    );
    // A race series' acronym is no club's.
    expect_none(Lang::Fr, "La WTS Lisieux aura lieu.", &["WTS Lisieux"]);
    // A town joined to its region by a hyphen ("Lorraine" and "Nancy" are also first
    // names: the pair is no person's).
    expect(
        Lang::Fr,
        "Le club a battu l'AS Nancy-Lorraine samedi.",
        &[("AS Nancy-Lorraine", Org)],
    );
}

#[test]
fn a_name_ending_in_an_english_word_for_a_park_a_beach_or_a_lodge_is_a_place() {
    expect(
        Lang::Fr,
        "La course est partie de Kestrel Lodge pour Varno Beach, puis Tarvel Park.",
        &[
            ("Kestrel Lodge", Loc),
            ("Varno Beach", Loc),
            ("Tarvel Park", Loc),
        ],
    );
}

#[test]
fn a_first_name_after_saint_in_lower_case_is_the_saint() {
    expect(
        Lang::Fr,
        "Les élèves célèbrent saint Pierre, puis la fête de sainte Odile, rue Saint-Amand.",
        &[("Pierre", Per), ("Odile", Per), ("rue Saint-Amand", Loc)],
    );
}

#[test]
fn foreign_affairs_keep_their_adjective() {
    expect(
        Lang::Fr,
        "Le ministère des Affaires étrangères a démenti, puis le ministre des Affaires \
        étrangères Marc Vallet a parlé.",
        &[
            ("ministère des Affaires étrangères", Org),
            ("Marc Vallet", Per),
        ],
    );
    let text = "Le ministre des Affaires étrangères Marc Vallet a parlé.";
    expect(Lang::Fr, text, &[("Affaires étrangères", Org)]);
    // A verb after the portfolio is the sentence's, and a nationality is no part of it.
    let text = "Le ministre des Transports rappelle que le ministre des Finances françaises, \
        Marc Vallet, a parlé.";
    expect(Lang::Fr, text, &[("Transports", Org), ("Finances", Org)]);
}

#[test]
fn an_infinitive_after_an_organisations_adjective_and_de_is_no_complement() {
    expect(
        Lang::Fr,
        "Il a demandé à l'Église anglicane de tenter une médiation, et aux forces \
        marocaines de traquer les passeurs.",
        &[("Église anglicane", Org), ("forces marocaines", Org)],
    );
}

#[test]
fn air_before_a_place_names_its_airline() {
    expect(
        Lang::Fr,
        "Le vol d'Air Ouzbékistan venait de Tachkent, celui d'Air Tanzanie de Dodoma.",
        &[
            ("Air Ouzbékistan", Org),
            ("Air Tanzanie", Org),
            ("Tachkent", Loc),
        ],
    );
    expect(
        Lang::En,
        "Air Moldova cancelled its flights, while Air Traffic Control stayed open.",
        &[("Air Moldova", Org)],
    );
    expect_none(
        Lang::En,
        "Air Traffic Control stayed open.",
        &["Air Traffic"],
    );
}

#[test]
fn a_list_after_a_plural_noun_of_places_is_of_places() {
    // A first name in the list ("Sao Bento") is a place's name there.
    expect(
        Lang::Fr,
        "Une alerte vise les îles de Marivo, Sao Bento et Calheira, au centre.",
        &[("Marivo", Loc), ("Sao Bento", Loc), ("Calheira", Loc)],
    );
    expect(
        Lang::Fr,
        "Les bus sont entrés dans les quartiers de Varzané, Solbeni et Kerdal.",
        &[("Varzané", Loc), ("Solbeni", Loc), ("Kerdal", Loc)],
    );
    expect(
        Lang::En,
        "Ferries sail to the islands of Tavrin and Sao Bento.",
        &[("Tavrin", Loc), ("Sao Bento", Loc)],
    );
    // Outside such a list, a first name and a surname are a person.
    expect(
        Lang::Fr,
        "Le maire a accueilli Sao Bento et Marc Calheira.",
        &[("Sao Bento", Per), ("Marc Calheira", Per)],
    );
}

#[test]
fn a_name_after_the_noun_of_a_cafe_or_hotel_is_the_business() {
    expect(
        Lang::Fr,
        "Deux voitures ont explosé devant le café Varnelli et le restaurant Corvin, près \
        de l'hôtel Belvara.",
        &[("Varnelli", Org), ("Corvin", Org), ("Belvara", Org)],
    );
    // A person's name and a listed place keep their kind.
    expect(
        Lang::Fr,
        "Il a dîné au restaurant Paul Vernet puis au bar Lyon.",
        &[("Paul Vernet", Per), ("Lyon", Loc)],
    );
}

#[test]
fn a_compound_first_name_opens_a_name_of_three_words() {
    // Neither part is dropped as a common word before a first name ("Parfait").
    expect(
        Lang::Fr,
        "Marc-Brice Parfait Oyono arrive deuxième avec un tiers des voix.",
        &[("Marc-Brice Parfait Oyono", Per)],
    );
}

#[test]
fn industry_words_end_company_names() {
    expect(
        Lang::En,
        "Calder Chemical and Velmar Steel will build the plant near Osaka International \
        Airport.",
        &[
            ("Calder Chemical", Org),
            ("Velmar Steel", Org),
            ("Osaka International Airport", Org),
        ],
    );
    expect(
        Lang::Fr,
        "Une coentreprise entre Tarvex et Norrin Electric a livré les moteurs.",
        &[("Norrin Electric", Org)],
    );
}

#[test]
fn a_listed_place_after_an_unnamed_run_of_common_words_is_a_place() {
    expect(
        Lang::Fr,
        "Le procureur de la République de Lyon a ouvert une enquête.",
        &[("Lyon", Loc)],
    );
    expect(
        Lang::Fr,
        "Le retrait du Statut de Rome a été annoncé par la Province de Gitega.",
        &[("Rome", Loc)],
    );
    // A building, a body or a group of people keeps its town in its name.
    for text in [
        "Il chante à l'Opéra de Lyon.",
        "Il a prié à la Grande Mosquée de Lyon.",
        "Les Jardiniers de Lyon ont tenu leur assemblée.",
    ] {
        expect_none(Lang::Fr, text, &["Lyon"]);
    }
}

#[test]
fn a_fort_or_a_port_after_a_place_preposition_is_a_town() {
    expect(
        Lang::Fr,
        "Il vit à Fort Marcus, au Texas, puis à Port Sainte Anne.",
        &[("Fort Marcus", Loc), ("Port Sainte Anne", Loc)],
    );
    expect(
        Lang::En,
        "She will speak Friday in Port St. Anne, Florida.",
        &[("Port St. Anne", Loc)],
    );
}

#[test]
fn an_article_opening_a_sentence_is_no_first_name() {
    // The lists have "Le" as a person's name; "Le Port" is a listed town.
    expect_none(
        Lang::Fr,
        "Le Port Autonome de Lyon a signé le contrat.",
        &["Le Port Autonome de Lyon"],
    );
    expect(
        Lang::Fr,
        "Le Port Autonome de Lyon a signé le contrat.",
        &[("Lyon", Loc)],
    );
}

#[test]
fn a_state_abbreviation_after_a_town_keeps_its_period() {
    expect(
        Lang::En,
        "The bank of Lakeland, Fla., and a shop in Dover, Del., said on Monday.",
        &[("Fla.", Loc), ("Del.", Loc)],
    );
}

#[test]
fn a_name_after_at_and_before_a_town_is_a_venue() {
    expect(
        Lang::En,
        "The third test will be played at Trent Vale, Norwich, and the fourth at \
        Marley Green, London.",
        &[("Trent Vale", Loc), ("Marley Green", Loc)],
    );
    // Without the town, a first name and a surname stay a person.
    expect(
        Lang::En,
        "He met Trent Vale at the club.",
        &[("Trent Vale", Per)],
    );
}

#[test]
fn adjectives_joined_to_an_organisations_last_one_belong_to_its_name() {
    expect(
        Lang::Fr,
        "L'Office national, technique et portuaire a voté, comme l'Organisation \
        scientifique et culturelle.",
        &[
            ("Office national, technique et portuaire", Org),
            ("Organisation scientifique et culturelle", Org),
        ],
    );
    // A noun after "et" is no part of the name.
    expect(
        Lang::Fr,
        "Le Parti socialiste et les écologistes ont voté.",
        &[("Parti socialiste", Org)],
    );
}

#[test]
fn an_institution_in_lower_case_with_its_acronym_is_a_body() {
    expect(
        Lang::Fr,
        "Selon l'institut sismologique chilien (CSN), la secousse était forte.",
        &[("institut sismologique chilien", Org)],
    );
    // Without the acronym, the words name a kind of institute.
    expect_none(
        Lang::Fr,
        "Selon un institut sismologique chilien, la secousse était forte.",
        &["institut sismologique chilien"],
    );
}

#[test]
fn a_title_and_a_name_after_a_body_are_the_person() {
    expect(
        Lang::Fr,
        "L'armée syrienne du président Karim Nasser avance sur deux fronts.",
        &[("armée syrienne", Org), ("Karim Nasser", Per)],
    );
}

#[test]
fn a_roman_numeral_or_a_time_zone_after_a_preposition_is_no_place() {
    for text in [
        "Déjà au XIX e siècle, le niveau des mers montait.",
        "Il joue au rugby à XIII depuis 2010.",
        "Les heures sont données en GMT dans ce bulletin.",
    ] {
        expect_none(Lang::Fr, text, &["XIX", "XIII", "GMT"]);
    }
}

#[test]
fn a_common_word_after_an_article_and_before_a_noun_is_no_town() {
    // The lists hold towns named Grand and Commerce; here the words open titles.
    expect_none(
        Lang::Fr,
        "Les physiciens du Grand accélérateur de Genève et le secrétaire d'État chargé \
        du Commerce extérieur ont parlé.",
        &["Grand", "Commerce"],
    );
    expect(
        Lang::Fr,
        "Il habite à Grand depuis 2010.",
        &[("Grand", Loc)],
    );
}

#[test]
fn a_lone_surname_before_a_full_name_is_another_person() {
    // "Chirac" is in the lists as a surname only; "Anne" is a first name.
    expect(
        Lang::Fr,
        "Le sénateur et fidèle de Chirac Anne Vernet est mort hier.",
        &[("Chirac", Per), ("Anne Vernet", Per)],
    );
    // A first name that opens the run keeps the run whole.
    expect(
        Lang::Fr,
        "Le fidèle de Marc Anne Vernet est mort hier.",
        &[("Marc Anne Vernet", Per)],
    );
}

#[test]
fn the_name_of_a_role_is_a_characters() {
    expect(
        Lang::Fr,
        "Il est connu pour avoir tenu le rôle de Tarvel Ostrane dans le film.",
        &[("Tarvel Ostrane", Per)],
    );
    expect(
        Lang::En,
        "She played the role of Lord Varney on stage.",
        &[("Lord Varney", Per)],
    );
    // A listed place keeps its kind.
    expect(
        Lang::Fr,
        "Il a tenu le rôle de Paris dans la pièce.",
        &[("Paris", Loc)],
    );
}

#[test]
fn a_school_district_or_a_police_station_of_a_town_is_a_body() {
    expect(
        Lang::Fr,
        "Le recteur de l'académie de Périgueux a tranché. Un agent du commissariat de Périgueux a témoigné.",
        &[
            ("académie de Périgueux", Org),
            ("commissariat de Périgueux", Org),
        ],
    );
    // Before a word in lower case, the noun names no body.
    expect_none(
        Lang::Fr,
        "Il est membre de l'académie de médecine depuis 2010.",
        &["académie de médecine"],
    );
}

#[test]
fn an_english_name_opened_by_the_article_keeps_it_in_french_text() {
    expect(
        Lang::Fr,
        "Un article paru mardi dans The Morning Journal le confirme.",
        &[("The Morning Journal", Org)],
    );
    // In English text, the article stays outside the name.
    expect(
        Lang::En,
        "He read it in The Morning Journal on Tuesday.",
        &[("Morning Journal", Org)],
    );
}

#[test]
fn a_ministers_portfolio_before_the_name_is_part_of_the_title() {
    // "Justice" is also a first name and a town: the portfolio does not join the name.
    for text in [
        "La ministre de la Justice Lena Varo a déclaré hier que le texte passerait.",
        "Selon le ministre de la Culture Marc Olier, rien ne change.",
    ] {
        let a = analyze(text, Lang::Fr);
        let people: Vec<&str> = a.people.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(people.len(), 1, "{text}: {people:?}");
        assert!(
            ["Lena Varo", "Marc Olier"].contains(&people[0]),
            "{text}: {people:?}"
        );
        assert!(a.organizations.is_empty(), "{text}: {:?}", a.organizations);
    }
    // A listed body after the role noun stays itself.
    expect(
        Lang::Fr,
        "Le premier secrétaire du PS Jean Durand a parlé.",
        &[("PS", Org), ("Jean Durand", Per)],
    );
}

#[test]
fn a_person_after_a_listed_body_and_its_adjective_is_not_part_of_it() {
    expect(
        Lang::Fr,
        "Le président du Conseil européen Marc Olier est arrivé hier.",
        &[("Conseil européen", Org), ("Marc Olier", Per)],
    );
    // Particles between the first name and the surname.
    expect(
        Lang::Fr,
        "La présidente de la Commission européenne Lena von der Varo est arrivée.",
        &[("Commission européenne", Org), ("Lena von der Varo", Per)],
    );
    expect_none(
        Lang::Fr,
        "Le président du Conseil européen Marc Olier est arrivé hier.",
        &["Conseil européen Marc Olier"],
    );
}

#[test]
fn a_listed_organisation_takes_the_canonical_name_of_the_texts_language() {
    let text =
        "The Federal Reserve held rates steady on Wednesday. The Fed will meet again in June.";
    let a = analyze(text, Lang::En);
    let names: Vec<&str> = a.organizations.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Federal Reserve"], "{:?}", a.organizations);
    let text = "La Réserve fédérale a maintenu ses taux mercredi. La Fed se réunira en juin.";
    let a = analyze(text, Lang::Fr);
    let names: Vec<&str> = a.organizations.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Réserve fédérale"], "{:?}", a.organizations);
}

#[test]
fn a_listed_newspaper_read_as_a_team_keeps_its_canonical_name() {
    // In a sports report, "New York" and a capitalised plural read like a team; the
    // list names the paper, and every mention of it is one entity.
    let text = "The Harwick Falcons beat the Ostrava Lions 3-1 in the league match on Sunday, \
                and the coach praised his team after the game. The Falcons lead the \
                championship by two points after the season's tenth match.\n\
                The New York Times reported the result on Monday. The club's owner later \
                spoke to the New York Times.";
    let a = analyze(text, Lang::En);
    let papers: Vec<&str> = a
        .organizations
        .iter()
        .filter(|e| e.name.contains("York"))
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(papers, ["The New York Times"], "{:?}", a.organizations);
}

#[test]
fn a_listed_name_of_several_words_before_a_full_name_stays_itself() {
    // "Paris" is also a first name: the run is not one person.
    expect(
        Lang::Fr,
        "Le joueur du Paris Saint-Germain Karim Vallet a été blessé samedi.",
        &[("Paris Saint-Germain", Org), ("Karim Vallet", Per)],
    );
    expect_none(
        Lang::Fr,
        "Le joueur du Paris Saint-Germain Karim Vallet a été blessé samedi.",
        &["Paris Saint-Germain Karim Vallet"],
    );
    // A single listed word that is a first name still opens a person's name.
    expect(
        Lang::Fr,
        "Paris Vallet est arrivée hier.",
        &[("Paris Vallet", Per)],
    );
}

#[test]
fn a_storm_named_like_a_person_is_no_person() {
    expect_none(
        Lang::En,
        "Hurricane Lorna made landfall on Tuesday, and Typhoon Ewan Marsh hit later.",
        &[
            "Hurricane Lorna",
            "Lorna",
            "Typhoon Ewan Marsh",
            "Ewan Marsh",
        ],
    );
    // The people around it are still found.
    expect(
        Lang::En,
        "Hurricane Lorna killed 20 people, center director Ada Marsh said.",
        &[("Ada Marsh", Per)],
    );
}

#[test]
fn a_lawmakers_party_and_state_are_no_names() {
    let text =
        "Rep. Jo Tell, R-Texas, and Sen. Al Bow (D-N.C.) voted no with Sen. Ida Roe (I-Vt.).";
    expect(
        Lang::En,
        text,
        &[("Jo Tell", Per), ("Al Bow", Per), ("Ida Roe", Per)],
    );
    expect_none(Lang::En, text, &["R-Texas", "D-N", "I-Vt"]);
    let a = analyze(text, Lang::En);
    assert!(a.organizations.is_empty(), "{:?}", a.organizations);
    assert!(a.people.len() == 3, "{:?}", a.people);
}

#[test]
fn a_street_or_square_named_after_a_place_is_one_place() {
    expect(
        Lang::En,
        "Crowds gathered in Trafalgar Square, then marched down Pennsylvania Avenue.",
        &[("Trafalgar Square", Loc), ("Pennsylvania Avenue", Loc)],
    );
    expect_none(
        Lang::En,
        "Crowds gathered in Trafalgar Square, then marched down Pennsylvania Avenue.",
        &["Trafalgar", "Pennsylvania"],
    );
}

#[test]
fn a_saints_name_in_the_possessive_opens_a_place_or_a_body() {
    expect(
        Lang::En,
        "Crowds filled St. Anselm's Square after Mass at St. Olaf's Church, and two were \
         taken to St. Brigid's Hospital.",
        &[
            ("St. Anselm's Square", Loc),
            ("St. Olaf's Church", Loc),
            ("St. Brigid's Hospital", Org),
        ],
    );
    // A listed saint's town is untouched.
    expect(
        Lang::En,
        "He flew to St. Louis on Monday.",
        &[("St. Louis", Loc)],
    );
}

#[test]
fn a_bodys_word_opening_an_english_title_is_part_of_the_title() {
    let text = "Senate Majority Leader Jon Pell and Party Secretary Ada Marsh spoke on Monday.";
    expect(Lang::En, text, &[("Jon Pell", Per), ("Ada Marsh", Per)]);
    expect_none(
        Lang::En,
        text,
        &[
            "Senate Majority Leader Jon Pell",
            "Party Secretary Ada Marsh",
        ],
    );
    // A body's name with no person after it stays one.
    expect(
        Lang::En,
        "The Senate Armed Services Committee met on Monday.",
        &[("Senate Armed Services Committee", Org)],
    );
}

#[test]
fn an_entitys_name_is_not_its_headline_capitals() {
    let text = "ORVANE TALKS STALL\n\nKYIV, Nov 28 - Talks resumed in Kyiv on Friday.";
    let a = analyze(text, Lang::En);
    let kyiv = a
        .places
        .iter()
        .find(|e| e.aliases.iter().any(|s| s == "KYIV"))
        .expect("the dateline's town");
    assert_eq!(kyiv.name, "Kyiv", "{:?}", a.places);
}

#[test]
fn a_particle_before_a_listed_body_joins_no_name() {
    // "de" before a listed body is no particle of a person's name.
    expect(
        Lang::Fr,
        "Le prototype Orvix de SpaceX a explosé mardi au-dessus de la mer.",
        &[("SpaceX", Org)],
    );
    expect_none(
        Lang::Fr,
        "Le prototype Orvix de SpaceX a explosé mardi au-dessus de la mer.",
        &["Orvix de SpaceX"],
    );
    // A name's particle before an unlisted word stays in the name.
    expect(
        Lang::Fr,
        "Henri de Valcourt est arrivé hier.",
        &[("Henri de Valcourt", Per)],
    );
}

#[test]
fn hyphenated_pairs_beside_a_link_noun_name_each_place_or_body() {
    expect(
        Lang::Fr,
        "La rencontre Lorient-Vannes a été reportée. Le sommet UE-Inde s'est tenu hier. \
         Le derby Lyon-Saint-Étienne est prévu samedi.",
        &[
            ("Lorient", Loc),
            ("Vannes", Loc),
            ("UE", Org),
            ("Inde", Loc),
            ("Lyon", Loc),
            ("Saint-Étienne", Loc),
        ],
    );
    expect(
        Lang::En,
        "The Ukraine-Moldova border stayed open. Observers praised the Egypt-Hamas truce.",
        &[
            ("Ukraine", Loc),
            ("Moldova", Loc),
            ("Egypt", Loc),
            ("Hamas", Org),
        ],
    );
    // Elsewhere the pair stays whole: a double-barrelled surname, a club named after two
    // towns.
    expect(
        Lang::Fr,
        "Le sommet a réuni Nicolas Dupont-Aignan et ses alliés.",
        &[("Nicolas Dupont-Aignan", Per)],
    );
    expect_none(
        Lang::Fr,
        "Le club s'est imposé face à Vitré-Fougères.",
        &["Vitré", "Fougères"],
    );
}

#[test]
fn compounds_of_demonyms_are_no_names() {
    expect_none(
        Lang::En,
        // "Italo" and "German" are given names too.
        "The Italo-German summit ended. Sino-American trade grew. The Indo-Pakistani talks \
         stalled.",
        &["Italo-German", "Sino-American", "Indo-Pakistani"],
    );
}

#[test]
fn an_acronym_before_two_towns_is_no_person() {
    expect_none(
        Lang::Fr,
        "Le TGV Arras-Dunkerque était en retard.",
        &["TGV Arras-Dunkerque"],
    );
    // A short family name before a hyphenated given name still is one.
    expect(
        Lang::Fr,
        "Hier soir, la présidente Kang Min-seo a parlé.",
        &[("Kang Min-seo", Per)],
    );
}

#[test]
fn an_acronym_in_title_case_that_opens_a_longer_entry_is_the_body() {
    // "Otan" also opens a town's name in the gazetteer.
    expect(
        Lang::Fr,
        "Le secrétaire général de l'Otan, Mark Rutte, a salué la décision.",
        &[("Otan", Org), ("Mark Rutte", Per)],
    );
}

#[test]
fn hyphenated_titles_and_acronyms_opening_a_sentence() {
    // "UN" opening a sentence is no French article; "Secretary-General" is a title.
    expect(
        Lang::En,
        "UN Secretary-General Ilse Varnhagen spoke on Monday. UN officials in Geneva agreed.",
        &[("Ilse Varnhagen", Per), ("UN", Org)],
    );
    expect(
        Lang::En,
        "The Director-General, Omar Tessaly, resigned.",
        &[("Omar Tessaly", Per)],
    );
}

#[test]
fn datelines_of_several_words_in_capitals_are_places() {
    expect(
        Lang::En,
        "SAN JUAN (AP) — Officials said the storm had passed.",
        &[("SAN JUAN", Loc)],
    );
    expect(
        Lang::En,
        "LA PAZ, Bolivia (AP) — Protests spread on Monday.",
        &[("LA PAZ", Loc), ("Bolivia", Loc)],
    );
    expect(
        Lang::Fr,
        "AIX-EN-PROVENCE (AFP) - La cour a statué mardi.",
        &[("AIX-EN-PROVENCE", Loc)],
    );
    // Acronyms opening a line stay acronyms.
    expect(
        Lang::En,
        "UN WFP (Rome) said food was short.",
        &[("WFP", Org)],
    );
}

#[test]
fn a_name_after_a_word_for_a_business_is_the_business() {
    expect(
        Lang::En,
        "The consulting firm Northern Varnell Partners said so. Shares of the chipmaker \
         Taltec rose. The lender Halvard Savings cut rates.",
        &[
            ("Northern Varnell Partners", Org),
            ("Taltec", Org),
            ("Halvard Savings", Org),
        ],
    );
    // A person named after the noun stays a person.
    expect(
        Lang::En,
        "The company Ada Moss founded is now listed.",
        &[("Ada Moss", Per)],
    );
}

#[test]
fn clubs_in_match_reports_before_a_score_or_after_one() {
    // "Pioneer" is a common word; a score after it makes it a club, and "drew 1-1 with",
    // "lost 3-1 to" name the other side.
    let text = "SOCCER - PIONEER WIN. Kestrel United beat Pioneer 2-1 in the league on Sunday. \
                The striker scored twice. Dorrington drew 1-1 with Chelsea, and Harwick lost \
                3-1 to Brentford.";
    expect(
        Lang::En,
        text,
        &[("Pioneer", Org), ("Chelsea", Org), ("Brentford", Org)],
    );
}

#[test]
fn a_surname_that_is_a_common_word_opens_sentences_as_the_person() {
    // "carpenter", « marchand » are common words; the document names the person in full.
    let text = "Nora Carpenter met Lian Weiqing in Oslo. Carpenter said the talks went well. \
                Lian said both sides wanted calm.";
    let a = lectern::extract::analyze(text, Lang::En);
    let carpenter = a
        .people
        .iter()
        .find(|p| p.name == "Nora Carpenter")
        .expect("Nora Carpenter");
    assert_eq!(carpenter.mentions.len(), 2, "{:?}", a.people);
    let lian = a
        .people
        .iter()
        .find(|p| p.name == "Lian Weiqing")
        .expect("Lian Weiqing");
    assert_eq!(lian.mentions.len(), 2, "{:?}", a.people);
    let text = "Louis Marchand, boulanger, témoigne. Marchand raconte sa journée.";
    let a = lectern::extract::analyze(text, Lang::Fr);
    assert_eq!(a.people.len(), 1, "{:?}", a.people);
    assert_eq!(a.people[0].mentions.len(), 2, "{:?}", a.people);
    // Without the full name, the common word opening a sentence is no one.
    expect_none(
        Lang::En,
        "Carpenter said the talks went well.",
        &["Carpenter"],
    );
}

#[test]
fn business_tail_words_close_company_names() {
    expect(
        Lang::En,
        "Shares of Harlow Mining rose. Varden Therapeutics said its drug worked. Kestra \
         Robotics hired 200 people.",
        &[
            ("Harlow Mining", Org),
            ("Varden Therapeutics", Org),
            ("Kestra Robotics", Org),
        ],
    );
}

#[test]
fn a_company_and_its_name_without_legal_form_are_one_organisation() {
    // "Harvest" opening a sentence is a common word, but the company's name here.
    let text = "Harvest International Corp. said profits rose. Analysts said Harvest would \
                buy Dorn Ltd, and Dorn agreed. Harvest shares rose 3%.";
    let a = lectern::extract::analyze(text, Lang::En);
    let names: Vec<(&str, usize)> = a
        .organizations
        .iter()
        .map(|e| (e.name.as_str(), e.mentions.len()))
        .collect();
    assert_eq!(
        names,
        [("Harvest International Corp.", 3), ("Dorn Ltd", 2)],
        "{:?}",
        a.organizations
    );
}

#[test]
fn a_body_s_word_before_chief_or_sheriff_is_part_of_the_title() {
    expect(
        Lang::En,
        "Police Chief Neil Varrow declined to comment. Sheriff Ada Quint said the road was \
         closed.",
        &[("Neil Varrow", Per), ("Ada Quint", Per)],
    );
    expect_none(
        Lang::En,
        "Police Chief Neil Varrow declined to comment.",
        &["Police Chief Neil Varrow"],
    );
}

#[test]
fn a_body_named_after_its_office_holder_keeps_the_possessive() {
    expect(
        Lang::En,
        "The Calder County Sheriff's Office said the road was closed. The Attorney \
         General's Office declined to comment.",
        &[
            ("Calder County Sheriff's Office", Org),
            ("Attorney General's Office", Org),
        ],
    );
}
