//! Hessen: the Ausländerbeirat (§§ 84–88 HGO, § 4b HKO) and the Integrations-Kommission (§ 89 HGO).
//!
//! A municipality with more than 1,000 foreign residents must form an elected
//! Ausländerbeirat (§ 84 HGO); the duty is recorded from 1993. The reform of
//! 2020 (from 16 May 2020) let it form an Integrations-Kommission instead, of
//! council members, members of the Ausländerbeirat or foreign residents, and
//! experts (§ 89 HGO), and let a Landkreis form an Ausländerbeirat (§ 4b HKO).
//! The Beirat has 3 to 37 members (§ 85), elected by the foreign residents
//! (§ 86); where no or too few nominations are made, an Integrations-Kommission
//! must be formed for the following Wahlzeit (§ 86 Abs. 1 S. 4 f.). Before 2020
//! the size and election rules are recorded from 2001, the term of four years
//! until the election of 27 November 2005 and of five years from it, all
//! unverified; the lapse below 3 members is recorded from 2020 only, and
//! before 2021 the Beiräte were elected on a day of their own, not with the
//! Kommunalwahl.

use super::shared::*;

// ---- reform dates ----

/// Hessen: the HGO amendment of 1 April 1993 made the Ausländerbeirat
/// mandatory (kab-giessen).
const HE_1993: NaiveDate = d(1993, 4, 1);
/// Hessen: the crate records the Ausländerbeirat's composition from 2001 on;
/// no reform on that day, the first year the project reaches back to.
const HE_2001: NaiveDate = d(2001, 1, 1);
/// Hessen: § 4b HKO applies from 1 April 2005.
const HE_2005: NaiveDate = d(2005, 4, 1);
/// Hessen: in force of the 2020 law on the political participation of
/// foreign residents (GVBl. S. 318): Integrations-Kommission, Antragsrecht.
const HE_2020: NaiveDate = d(2020, 5, 16);
/// Hessen: the Ausländerbeirat election of 27 November 2005, the fourth since
/// 1993 and the first for five years (Landkreis Darmstadt-Dieburg, press
/// release of 28.11.2005).
const HE_2005_ELECTION: NaiveDate = d(2005, 11, 27);

// ---- values, citations, sources and rules ----

const SRC_HE_87: &str = "https://haufe.de/oeffentlicher-dienst/tvoed-office-professional/gemeindeordnung-hessen-87-wahl-des-vorsitzenden-geschaeftsgang_idesk_PI13994_HI1317699.html";

const SRC_HE_89: &str = "https://www.haufe.de/oeffentlicher-dienst/tvoed-office-professional/gemeindeordnung-hessen-89-integrations-kommission_idesk_PI13994_HI13858224.html";

const NOTE_HE_87: &str = "§ 87 Abs. 1 S. 1 HGO: „Der Ausländerbeirat wählt in seiner ersten Sitzung nach der \
    Wahl aus seiner Mitte einen Vorsitzenden und einen oder mehrere Stellvertreter.“ Read on haufe.de, a copy of \
    the current text that names no version (Groß-Gerau's rules of procedure of 1995 restate the rule); for \
    Landkreise § 4b Abs. 3 HKO (anwalt24, „gilt ab: 01.04.2005“) applies § 87 HGO. Grade (December 2026): \
    unverified, an undated copy does not verify.";

/// § 87 Abs. 1 S. 1 HGO: the chair and the deputies.
const HGO_87_1_1: Citation = Citation::section("HGO", "87").paragraph(1).sentence(1);

/// § 87 Abs. 1 S. 1 HGO as § 4b Abs. 3 HKO applies it to the Landkreis.
const HGO_87_1_1_FOR_COUNTY: &[Citation] = &[HGO_87_1_1];

/// § 4b Abs. 3 HKO i. V. m. § 87 Abs. 1 S. 1 HGO.
const HKO_4B_3_87: Citation = Citation::section("HKO", "4b")
    .paragraph(3)
    .read_with(HGO_87_1_1_FOR_COUNTY);

const fn he_chair(id: &'static str, citation: Citation) -> Rule {
    Rule {
        id: text(id),
        citation,
        validity: Validity::since(HE_2020),
        certainty: Unverified,
        statement: Statement::new(
            "Der Ausländerbeirat wählt in seiner ersten Sitzung aus seiner Mitte einen Vorsitzenden.",
            "The Ausländerbeirat elects its chair from its midst at its first meeting",
        ),
        constraint: Constraint::Chair(Chair {
            allowed: FROM_MIDST,
            from_seats: None,
        }),
        source: text(SRC_HE_87),
        modality: Modality::Must,
        note: text(NOTE_HE_87),
        replaces: None,
        source_kind: SourceKind::UndatedCopy,
    }
}

const fn he_deputies(id: &'static str, citation: Citation) -> Rule {
    Rule {
        id: text(id),
        citation,
        validity: Validity::since(HE_2020),
        certainty: Unverified,
        statement: Statement::new(
            "Der Ausländerbeirat wählt aus seiner Mitte einen oder mehrere Stellvertreter.",
            "The Ausländerbeirat elects one or more deputy chairs from its midst",
        ),
        constraint: Constraint::Deputies(Deputies {
            allowed: FROM_MIDST,
        }),
        source: text(SRC_HE_87),
        modality: Modality::Must,
        note: text(NOTE_HE_87),
        replaces: None,
        source_kind: SourceKind::UndatedCopy,
    }
}

const HE_BOARD_RULES: &[Rule] = &[
    Rule {
        id: text(ids::HE_FOREIGN_RESIDENTS_BOARD_SIZE),
        citation: Citation::section("HGO", "85"),
        validity: Validity::since(HE_2020),
        certainty: Unverified,
        statement: Statement::new(
            "Der Ausländerbeirat hat mindestens 3 und höchstens 37 Mitglieder; die Zahl bestimmt die Hauptsatzung.",
            "An Ausländerbeirat has at least 3 and at most 37 members, the number fixed in the Hauptsatzung",
        ),
        constraint: Constraint::Seats(Seats {
            of: ALL,
            min: Some(3),
            max: Some(37),
        }),
        source: text(
            "https://wiesbaden.de/leben-in-wiesbaden/gesellschaft/migration-integration/content/hessische-gemeindeordnung.php",
        ),
        modality: Modality::Must,
        note: text(
            "Grade (December 2026): unverified. 3–37 members: after the 2020 reform read only on municipal and association pages (Wiesbaden: „mindestens drei, höchstens 37 Mitgliedern (§ 85 HGO)“, agah); the official verwaltungsportal.hessen.de (the Land's administrative portal; its text names the November 2015 election as the last one, so it dates from 2016–2021 and describes the law before the 2020 reform) confirms 3–37 only before the reform; § 85 HGO itself not read.",
        ),
        replaces: Some(text(ids::HE_FOREIGN_RESIDENTS_BOARD_2001_SIZE)),
        source_kind: SourceKind::MunicipalQuote,
    },
    Rule {
        id: text(ids::HE_FOREIGN_RESIDENTS_BOARD_ELECTED),
        citation: Citation::section("HGO", "86").paragraph(1).sentence(1),
        validity: Validity::since(HE_2020),
        certainty: Verified,
        statement: Statement::new(
            "Die Mitglieder des Ausländerbeirats werden von den ausländischen Einwohnern gewählt.",
            "The members of an Ausländerbeirat are elected by the foreign residents",
        ),
        constraint: Constraint::OnlyGroups(OnlyGroups { allowed: ELECTED }),
        source: text(
            "https://wahlen.hessen.de/kommunalwahlen/allgemeine-kommunalwahlen/auslaenderbeiratswahlen ; https://verwaltungsportal.hessen.de/leistung?leistung_id=L100001_9938254&regschl=066350014014",
        ),
        modality: Modality::Must,
        note: text(""),
        replaces: Some(text(ids::HE_FOREIGN_RESIDENTS_BOARD_2001_ELECTED)),
        source_kind: SourceKind::OfficialDocument,
    },
    he_chair(ids::HE_FOREIGN_RESIDENTS_BOARD_CHAIR, HGO_87_1_1),
    he_deputies(ids::HE_FOREIGN_RESIDENTS_BOARD_DEPUTIES, HGO_87_1_1),
    Rule {
        id: text(ids::HE_FOREIGN_RESIDENTS_BOARD_LAPSE),
        citation: Citation::section("HGO", "86").paragraph(1).sentence(3),
        validity: Validity::since(HE_2020),
        certainty: Unverified,
        statement: Statement::new(
            "Ein Ausländerbeirat mit weniger als drei Mitgliedern entfällt.",
            "An Ausländerbeirat with fewer than three members lapses",
        ),
        constraint: Constraint::Lapses(Lapses { of: ALL, below: 3 }),
        source: text(
            "https://ol.wittich.de/titel/1153/ausgabe/8/2023/artikel/00000000000035586336-OL-1153-2023-8-8-0",
        ),
        note: text(
            "AUDIT S8 reads § 86 Abs. 1 S. 3 HGO so: the Beirat lapses when fewer than three members remain \
           (Rosbach 2023, Höchst 2024). Counted are the filled seats of the document. Grade (December 2026): unverified. § 86 Abs. 1 S. 3 HGO read only as paraphrased in municipal bulletins (Rosbach 2023, Höchst 2024); the current § 86 was not found in any statute source.",
        ),
        modality: Modality::Must,
        replaces: None,
        source_kind: SourceKind::Paraphrase,
    },
    Rule {
        id: text(ids::HE_FOREIGN_RESIDENTS_BOARD_TERM),
        citation: Citation::section("HGO", "86").paragraph(1),
        validity: Validity::since(HE_2020),
        certainty: Unverified,
        statement: Statement::new(
            "Die Mitglieder werden für die fünfjährige Wahlzeit der Gemeindevertretung gewählt.",
            "The members are elected for the five-year Wahlzeit of the municipal council",
        ),
        constraint: Constraint::TermFollowsCouncil(TermFollowsCouncil {}),
        source: text(
            "https://verwaltungsportal.hessen.de/leistung?leistung_id=L100001_9938254&regschl=066350014014 ; https://statistik.hessen.de/unsere-zahlen/wahlen/faq-kommunalwahlen-2026",
        ),
        note: text(
            "A term of five years, elected together with the Gemeindevertretungen since the 2020 law \
           (wahlen.hessen.de; AUDIT S8: 5-year term, § 86 Abs. 1, from Wiesbaden). Whether the statute ties the \
           term to the council's Wahlzeit or counts five years from the constituent meeting was not read, so the \
           rule is unverified and a breach is a note.",
        ),
        modality: Modality::Must,
        replaces: Some(text(ids::HE_FOREIGN_RESIDENTS_BOARD_2005_TERM)),
        source_kind: SourceKind::OfficialDocument,
    },
    Rule {
        id: text(ids::HE_FOREIGN_RESIDENTS_BOARD_ELECTION_DAY),
        citation: Citation::section("HGO", "86").paragraph(1),
        validity: Validity::since(HE_2020),
        certainty: Verified,
        statement: Statement::new(
            "Der Ausländerbeirat wird zusammen mit der Gemeindevertretung gewählt.",
            "The Ausländerbeirat is elected together with the municipal council",
        ),
        constraint: Constraint::ElectedWithCouncil(ElectedWithCouncil {
            except: Cow::Borrowed(&[]),
        }),
        source: text(
            "https://statistik.hessen.de/unsere-zahlen/wahlen/faq-kommunalwahlen-2026 ; https://wahlen.hessen.de/kommunalwahlen/allgemeine-kommunalwahlen/auslaenderbeiratswahlen",
        ),
        note: text(
            "Since the 2020 law the elections are held together with those of the Gemeindevertretungen \
           (wahlen.hessen.de); the first joint election was on 14 March 2021 (hessenschau.de). The sentence of \
           § 86 that says so was not read: unverified. Grade (December 2026): verified. Hessisches Statistisches Landesamt, FAQ Kommunalwahlen 2026: „Gleichzeitig finden auch die Wahlen zu den Ausländerbeiräten statt“; the ministry (wahlen.hessen.de) gives the reform's in-force day, 16 May 2020.",
        ),
        modality: Modality::Must,
        replaces: None,
        source_kind: SourceKind::OfficialDocument,
    },
    Rule {
        id: text(ids::HE_FOREIGN_RESIDENTS_BOARD_2001_SIZE),
        citation: Citation::section("HGO", "85"),
        validity: Validity::between(HE_2001, HE_2020),
        certainty: Verified,
        statement: Statement::new(
            "Vor der Reform 2020: Der Ausländerbeirat hat mindestens 3 und höchstens 37 Mitglieder; die Zahl bestimmt die Hauptsatzung.",
            "Before the 2020 reform: an Ausländerbeirat has at least 3 and at most 37 members, the number fixed in the Hauptsatzung",
        ),
        constraint: Constraint::Seats(Seats {
            of: ALL,
            min: Some(3),
            max: Some(37),
        }),
        source: text(
            "https://verwaltungsportal.hessen.de/leistung?leistung_id=L100001_9938254&regschl=066350014014",
        ),
        note: text(
            "The range 3–37 is confirmed for the 2015 election (agah 2015); that it held unchanged since 2001 is not \
           confirmed, so the rule is unverified before the 2020 reform. Grade (December 2026): verified. 3–37 confirmed by the official verwaltungsportal.hessen.de (the Land's administrative portal; its text names the November 2015 election as the last one, so it dates from 2016–2021 and describes the law before the 2020 reform); that the range held from 2001 was not read: content verified, dates unverified.",
        ),
        modality: Modality::Must,
        replaces: None,
        source_kind: SourceKind::OfficialDocument,
    },
    Rule {
        id: text(ids::HE_FOREIGN_RESIDENTS_BOARD_2001_ELECTED),
        citation: Citation::section("HGO", "86"),
        validity: Validity::between(HE_2001, HE_2020),
        certainty: Verified,
        statement: Statement::new(
            "Vor der Reform 2020: Die Mitglieder des Ausländerbeirats werden von den ausländischen Einwohnern gewählt.",
            "Before the 2020 reform: the members of an Ausländerbeirat are elected by the foreign residents",
        ),
        constraint: Constraint::OnlyGroups(OnlyGroups { allowed: ELECTED }),
        source: text(
            "https://verwaltungsportal.hessen.de/leistung?leistung_id=L100001_9938254&regschl=066350014014 ; https://justiz-nrw.wolterskluwer-online.de/printlist/add/591d0df9-9a5d-372f-a3d8-e8920df16f8f/nrw?destination=%2Fbrowse%2Fdocument%2F591d0df9-9a5d-372f-a3d8-e8920df16f8f",
        ),
        note: text(
            "Direct election by the foreign residents is described for the 2015 election (agah 2015); the pre-2020 \
           statute text was not read. Grade (December 2026): verified. Election by the foreign residents: § 86 Abs. 1 S. 1 HGO in the version noted for elections until 31.12.1999 (justiz-nrw copy, undated) and the official Land portal (text of 2016–2021); the validity bounds 2001/2020 are not legal dates.",
        ),
        modality: Modality::Must,
        replaces: None,
        source_kind: SourceKind::OfficialDocument,
    },
    Rule {
        id: text(ids::HE_FOREIGN_RESIDENTS_BOARD_2001_TERM),
        citation: Citation::section("HGO", "86").paragraph(1).sentence(1),
        validity: Validity::between(HE_2001, HE_2005_ELECTION),
        certainty: Unverified,
        statement: Statement::new(
            "Vor der Wahl 2005: Die Mitglieder des Ausländerbeirats werden für vier Jahre gewählt.",
            "Before the election of 2005: the members of an Ausländerbeirat are elected for four years",
        ),
        constraint: Constraint::TermYears(TermYears { years: 4 }),
        source: text(
            "https://justiz-nrw.wolterskluwer-online.de/printlist/add/591d0df9-9a5d-372f-a3d8-e8920df16f8f/nrw?destination=%2Fbrowse%2Fdocument%2F591d0df9-9a5d-372f-a3d8-e8920df16f8f",
        ),
        note: text(
            "§ 86 Abs. 1 S. 1 HGO in the version whose footnote speaks of the Ausländerbeirat elections held \
           until 31 December 1999 (legal audit, S8): \"Die Mitglieder des Ausländerbeirats werden von den \
           ausländischen Einwohnern in allgemeiner, freier, gleicher, geheimer und unmittelbarer Wahl für vier \
           Jahre gewählt.\" The Beiräte were elected every four years until 2005: the election of 27 November \
           2005 was \"die vierte Wahl seit 1993\" (Landkreis Darmstadt-Dieburg; Maintal elected on 7 November \
           1993). That this wording was still in force from 2001 to 2005 was not read, so the rule is \
           unverified; it is recorded from 2001, where the crate's Hessian records begin.",
        ),
        modality: Modality::Must,
        replaces: None,
        source_kind: SourceKind::UndatedCopy,
    },
    Rule {
        id: text(ids::HE_FOREIGN_RESIDENTS_BOARD_2005_TERM),
        citation: Citation::section("HGO", "86").paragraph(1).sentence(1),
        validity: Validity::between(HE_2005_ELECTION, HE_2020),
        certainty: Verified,
        statement: Statement::new(
            "Von der Wahl 2005 bis zur Reform 2020: Die Mitglieder des Ausländerbeirats werden für fünf Jahre gewählt.",
            "From the election of 2005 to the 2020 reform: the members of an Ausländerbeirat are elected for five years",
        ),
        constraint: Constraint::TermYears(TermYears { years: 5 }),
        source: text(
            "https://verwaltungsportal.hessen.de/leistung?leistung_id=L100001_9938254&regschl=066350014014",
        ),
        note: text(
            "Landkreis Darmstadt-Dieburg on the election of 27 November 2005: \"Die für fünf Jahre neu gewählten \
           Ausländerbeiräte\"; Dietzenbach, with the result of the election of 29 November 2015: \"Die Wahlzeit \
           beträgt 5 Jahre\"; the Hessian statistical office reports the Ausländerbeirat elections as \
           five-yearly (B VII 3/S - 5j). A municipal list in Eltville quotes the sentence as \"Die Mitglieder des \
           Ausländerbeirats werden von den ausländischen Einwohnern in allgemeiner, freier, gleicher, geheimer und \
           unmittelbarer Wahl für fünf Jahre gewählt\" (interkommunale-liste-eltville.jimdo.com, undated: \
           it may quote the wording after 2020 as well). The statute text of these years was not read in an official or dated \
           source (the version of § 86 read for the years before 2000 says four years, legal audit S8; the change probably came with the HGO \
           amendment that also added § 4b HKO from 1 April 2005, which was not read either), so the rule is \
           unverified. The Beiräte elected in 2015 served until the joint election of 14 March 2021; a term \
           given with its end (fixed_end) does not meet this rule and gets a note. Grade (December 2026): verified. „Die Wahlperiode eines Ausländerbeirats beträgt fünf Jahre“ on the official verwaltungsportal.hessen.de (the Land's administrative portal; its text names the November 2015 election as the last one, so it dates from 2016–2021 and describes the law before the 2020 reform); the 2005 start (change from four to five years) was not read: dates unverified.",
        ),
        modality: Modality::Must,
        replaces: Some(text(ids::HE_FOREIGN_RESIDENTS_BOARD_2001_TERM)),
        source_kind: SourceKind::OfficialDocument,
    },
];

const HE_COUNTY_BOARD_RULES: &[Rule] = &[
    he_chair(ids::HE_COUNTY_FOREIGN_RESIDENTS_BOARD_CHAIR, HKO_4B_3_87),
    he_deputies(ids::HE_COUNTY_FOREIGN_RESIDENTS_BOARD_DEPUTIES, HKO_4B_3_87),
];

const HE_COMMISSION_RULES: &[Rule] = &[
    Rule {
        id: text(ids::HE_INTEGRATION_COMMISSION_EXPERT_SHARE),
        citation: Citation::section("HGO", "89").paragraph(1).sentence(2),
        validity: Validity::since(HE_2020),
        certainty: Verified,
        statement: Statement::new(
            "Mindestens die Hälfte der Mitglieder sind sachkundige Einwohner, die die Gemeindevertretung auf Vorschlag der Interessenvertretungen der Migranten wählt.",
            "At least half of the members are sachkundige Einwohner elected by the Gemeindevertretung on proposals of migrant interest groups",
        ),
        constraint: Constraint::Share(Share {
            part: APPOINTED,
            of: ALL,
            min: Some(ratio(1, 2)),
            max: None,
        }),
        source: text(SRC_HE_89),
        modality: Modality::Must,
        note: text(""),
        replaces: None,
        source_kind: SourceKind::StatuteText,
    },
    Rule {
        id: text(ids::HE_INTEGRATION_COMMISSION_WOMEN_HALF),
        citation: Citation::section("HGO", "89").paragraph(1).sentence(5),
        validity: Validity::since(HE_2020),
        certainty: Verified,
        statement: Statement::new(
            "Die Hälfte der gewählten sachkundigen Einwohner sollen Frauen sein.",
            "Half of the sachkundige Einwohner elected should be women",
        ),
        constraint: Constraint::MembersWith(MembersWith {
            of: APPOINTED,
            attribute: MemberAttribute::Woman,
            min: ratio(1, 2),
            more_than: false,
        }),
        source: text(SRC_HE_89),
        modality: Modality::Should,
        note: text(
            "A \"soll\" rule (§ 89 Abs. 1 S. 5 HGO, legal audit S10): breaking it is a warning. Checked only where \
           the document counts the women among the sachkundige Einwohner.",
        ),
        replaces: None,
        source_kind: SourceKind::StatuteText,
    },
    Rule {
        id: text(ids::HE_INTEGRATION_COMMISSION_CO_CHAIRS),
        citation: Citation::section("HGO", "89").paragraph(2),
        validity: Validity::since(HE_2020),
        certainty: Verified,
        statement: Statement::new(
            "Den Vorsitz führen der Bürgermeister und ein von den sachkundigen Einwohnern gewählter Co-Vorsitzender.",
            "The Bürgermeister and a co-chair elected by the sachkundige Einwohner chair the commission",
        ),
        constraint: Constraint::Chair(Chair {
            allowed: Cow::Borrowed(&[ChairMethod::CoChairs]),
            from_seats: None,
        }),
        source: text(SRC_HE_89),
        modality: Modality::Must,
        note: text(""),
        replaces: None,
        source_kind: SourceKind::StatuteText,
    },
    Rule {
        id: text(ids::HE_INTEGRATION_COMMISSION_MEETINGS),
        citation: Citation::section("HGO", "89").paragraph(4),
        validity: Validity::since(HE_2020),
        certainty: Verified,
        statement: Statement::new(
            "Die Integrations-Kommission tritt mindestens viermal im Jahr zusammen.",
            "The Integrations-Kommission meets at least four times a year",
        ),
        constraint: Constraint::MeetingsPerYear(MeetingsPerYear { count: 4 }),
        source: text(SRC_HE_89),
        modality: Modality::Must,
        note: text(""),
        replaces: None,
        source_kind: SourceKind::StatuteText,
    },
];

const HE_BODIES: &[BodyType] = &[
    BodyType::ForeignResidentsAdvisoryBoard,
    BodyType::IntegrationCommission,
];

/// § 84 S. 3 HGO: no Ausländerbeirat is due where an Integrations-Kommission
/// is formed.
const HGO_84_3: &[Citation] = &[Citation::section("HGO", "84").sentence(3)];

/// The HGO as it stood from 1 April 1993: the Bekanntmachung of that day, as
/// Groß-Gerau's rules of procedure cite it („in der Fassung vom 01.04.93
/// (GVBl. I 1992, S. 534)“).
const HE_1993_VERSION: &str = "i. d. F. der Bekanntmachung vom 01.04.1993 (GVBl. 1992 I S. 534)";

const SRC_HE: &str = "https://www.haufe.de/oeffentlicher-dienst/tvoed-office-fuer-die-verwaltung/gemeindeordnung-hessen-84-einrichtung_idesk_PI7633_HI1317696.html";

const HE_VOTERS: &[VoterGroup] = &[NonGerman];

const HE_GERMAN_CANDIDATES: &[VoterGroup] = &[Naturalised, GermanWithForeignNationality];

const HE_VOTING_BODIES: &[BodyType] = &[BodyType::ForeignResidentsAdvisoryBoard];

const SRC_HE_MOTION: &str = "https://www.ladadi.de/landkreis-verwaltung/politik/kreisauslaenderbeirat/aktuelle-informationen.html";
const HGO_88: &[Citation] = &[Citation::section("HGO", "88")];
const HGO_88_2: &[Citation] = &[Citation::section("HGO", "88").paragraph(2)];

const HE_BOARD_RIGHTS: &[Right] = &[
    Right {
        id: text(ids::HE_FOREIGN_RESIDENTS_BOARD_RIGHT_INFORMATION),
        kind: RightKind::Information,
        organs: Cow::Borrowed(&[Organ::Executive]),
        matters: Matters::ConcerningTheGroup,
        modality: Modality::Must,
        citation: Citation::section("HGO", "88"),
        validity: Validity::since(HE_2020),
        certainty: Unverified,
        statement: Statement::new(
            "Der Gemeindevorstand hat den Ausländerbeirat rechtzeitig über alle Angelegenheiten zu unterrichten, deren Kenntnis zur Erledigung seiner Aufgaben erforderlich ist.",
            "The Gemeindevorstand must inform the Ausländerbeirat in good time of everything it needs for its tasks",
        ),
        source: text("http://www.interkommunale-liste-eltville.jimdo.com/kommunalrecht/"),
        note: text(
            "Read in municipal paraphrases of § 88 HGO (Gießen, Eltville, KAB Gießen); the Absatz numbers were not read. Recorded from the 2020 reform, the period the Beirat rules are verified for. Grade (December 2026): unverified. § 88 HGO wording read only in an undated municipal list's quote (interkommunale-liste-eltville) and municipal rules of procedure (Groß-Gerau); no statute source of § 88 was found.",
        ),
        source_kind: SourceKind::MunicipalQuote,
        replaces: None,
    },
    Right {
        id: text(ids::HE_FOREIGN_RESIDENTS_BOARD_RIGHT_PROPOSAL),
        kind: RightKind::Proposal,
        organs: Cow::Borrowed(&[Organ::Council, Organ::Executive]),
        matters: Matters::ConcerningTheGroup,
        modality: Modality::Must,
        citation: Citation::section("HGO", "88"),
        validity: Validity::since(HE_2020),
        certainty: Unverified,
        statement: Statement::new(
            "Der Ausländerbeirat hat ein Vorschlagsrecht in allen Angelegenheiten, die die ausländischen Einwohner betreffen.",
            "The Ausländerbeirat may make proposals on all matters concerning foreign residents",
        ),
        source: text("http://www.interkommunale-liste-eltville.jimdo.com/kommunalrecht/"),
        note: text(
            "Grade (December 2026): unverified. § 88 HGO wording read only in an undated municipal list's quote (interkommunale-liste-eltville) and municipal rules of procedure (Groß-Gerau); no statute source of § 88 was found.",
        ),
        source_kind: SourceKind::MunicipalQuote,
        replaces: None,
    },
    Right {
        id: text(ids::HE_FOREIGN_RESIDENTS_BOARD_RIGHT_HEARING_COMMITTEES),
        kind: RightKind::Hearing,
        organs: Cow::Borrowed(&[Organ::Committee]),
        matters: Matters::ConcerningTheGroup,
        modality: Modality::Must,
        citation: Citation::section("HGO", "88"),
        validity: Validity::since(HE_2020),
        certainty: Unverified,
        statement: Statement::new(
            "Die Ausschüsse der Gemeindevertretung müssen den Ausländerbeirat in ihren Sitzungen zu den Tagesordnungspunkten hören, die Interessen der ausländischen Einwohner berühren (sinngemäß).",
            "The committees of the Gemeindevertretung must hear the Ausländerbeirat in their meetings on the agenda items that touch the interests of foreign residents",
        ),
        source: text("http://www.interkommunale-liste-eltville.jimdo.com/kommunalrecht/"),
        note: text(
            "The only quote of § 88 HGO read: „Gemeindevertretung und Gemeindevorstand können, Ausschüsse der Gemeindevertretung müssen in ihren Sitzungen den Ausländerbeirat zu den Tagesordnungspunkten hören, die Interessen der ausländischen Einwohner berühren“. The committees' duty is tied to the agenda items that touch those interests, not to „wichtige Angelegenheiten“ (that phrase belongs to the Beirat's general hearing in important matters); the Absatz of § 88 was not read. Grade (December 2026): unverified. § 88 HGO read only in a municipal quote (Eltville list); unverified.",
        ),
        source_kind: SourceKind::MunicipalQuote,
        replaces: None,
    },
    Right {
        id: text(ids::HE_FOREIGN_RESIDENTS_BOARD_RIGHT_HEARING_COUNCIL),
        kind: RightKind::Hearing,
        organs: Cow::Borrowed(&[Organ::Council, Organ::Executive]),
        matters: Matters::ImportantConcerningTheGroup,
        modality: Modality::May,
        citation: Citation::section("HGO", "88"),
        validity: Validity::since(HE_2020),
        certainty: Unverified,
        statement: Statement::new(
            "Gemeindevertretung und Gemeindevorstand können den Ausländerbeirat hören.",
            "The Gemeindevertretung and the Gemeindevorstand may hear the Ausländerbeirat",
        ),
        source: text("http://www.interkommunale-liste-eltville.jimdo.com/kommunalrecht/"),
        note: text(
            "Grade (December 2026): unverified. § 88 HGO wording read only in an undated municipal list's quote (interkommunale-liste-eltville) and municipal rules of procedure (Groß-Gerau); no statute source of § 88 was found.",
        ),
        source_kind: SourceKind::MunicipalQuote,
        replaces: None,
    },
    Right {
        id: text(ids::HE_FOREIGN_RESIDENTS_BOARD_RIGHT_MOTION),
        kind: RightKind::Motion,
        organs: Cow::Borrowed(&[Organ::Council]),
        matters: Matters::ImportantConcerningTheGroup,
        modality: Modality::Must,
        citation: Citation::section("HGO", "88"),
        validity: Validity::since(HE_2020),
        certainty: Unverified,
        statement: Statement::new(
            "Seit der Reform 2020 kann der Ausländerbeirat in wichtigen Angelegenheiten, die die ausländischen Einwohner betreffen, Anträge an die Gemeindevertretung stellen.",
            "Since the 2020 reform the Ausländerbeirat may table motions in the Gemeindevertretung on important matters concerning foreign residents",
        ),
        source: text(SRC_HE_MOTION),
        note: text(
            "The scope of the Antragsrecht is disputed: the Städtetag and the interior ministry read it narrowly (Frankfurter Rundschau). Recorded as the sources word it. Grade (December 2026): unverified. The 2020 Antragsrecht is described only by a Landkreis page and the press; the statute text of § 88 (2020) and the bill Drs. 20/1644 beyond its first page were not read.",
        ),
        source_kind: SourceKind::Paraphrase,
        replaces: None,
    },
];

const HE_COUNTY_BOARD_RIGHTS: &[Right] = &[
    Right {
        id: text(ids::HE_COUNTY_FOREIGN_RESIDENTS_BOARD_RIGHT_INFORMATION),
        kind: RightKind::Information,
        organs: Cow::Borrowed(&[Organ::Executive]),
        matters: Matters::ConcerningTheGroup,
        modality: Modality::Must,
        citation: Citation::section("HKO", "4b")
            .paragraph(3)
            .read_with(HGO_88),
        validity: Validity::since(HE_2020),
        certainty: Unverified,
        statement: Statement::new(
            "Der Kreisausschuss hat den Ausländerbeirat rechtzeitig über alle Angelegenheiten zu unterrichten, deren Kenntnis zur Erledigung seiner Aufgaben erforderlich ist.",
            "The Kreisausschuss must inform the Ausländerbeirat in good time of everything it needs for its tasks",
        ),
        source: text(
            "http://www.anwalt24.de/rund-ums-recht/Paragraph_4b_HKO_Auslaenderbeirat-d146141,7.html ; http://www.interkommunale-liste-eltville.jimdo.com/kommunalrecht/",
        ),
        note: text(
            "Under § 4b Abs. 3 HKO §§ 87 and 88 HGO apply to the Kreisausländerbeirat; the rights are read with the Kreis organs in place of the municipal ones. Cited as § 4b Abs. 3 HKO i. V. m. § 88 HGO: the Absatz of § 88 that holds the right was not read. Grade (December 2026): unverified. § 4b Abs. 3 HKO (dated copy) applies § 88 HGO, but § 88 itself was read only in a municipal quote; unverified.",
        ),
        source_kind: SourceKind::MunicipalQuote,
        replaces: None,
    },
    Right {
        id: text(ids::HE_COUNTY_FOREIGN_RESIDENTS_BOARD_RIGHT_PROPOSAL),
        kind: RightKind::Proposal,
        organs: Cow::Borrowed(&[Organ::Council, Organ::Executive]),
        matters: Matters::ConcerningTheGroup,
        modality: Modality::Must,
        citation: Citation::section("HKO", "4b")
            .paragraph(3)
            .read_with(HGO_88),
        validity: Validity::since(HE_2020),
        certainty: Unverified,
        statement: Statement::new(
            "Der Ausländerbeirat hat ein Vorschlagsrecht in allen Angelegenheiten, die die ausländischen Einwohner betreffen.",
            "The Ausländerbeirat may make proposals on all matters concerning foreign residents",
        ),
        source: text(
            "http://www.anwalt24.de/rund-ums-recht/Paragraph_4b_HKO_Auslaenderbeirat-d146141,7.html ; http://www.interkommunale-liste-eltville.jimdo.com/kommunalrecht/",
        ),
        note: text(
            "Cited as § 4b Abs. 3 HKO i. V. m. § 88 HGO: the Absatz of § 88 that holds the right was not read. Grade (December 2026): unverified. § 4b Abs. 3 HKO (dated copy) applies § 88 HGO, but § 88 itself was read only in a municipal quote; unverified.",
        ),
        source_kind: SourceKind::MunicipalQuote,
        replaces: None,
    },
    Right {
        id: text(ids::HE_COUNTY_FOREIGN_RESIDENTS_BOARD_RIGHT_HEARING_COMMITTEES),
        kind: RightKind::Hearing,
        organs: Cow::Borrowed(&[Organ::Committee]),
        matters: Matters::ConcerningTheGroup,
        modality: Modality::Must,
        citation: Citation::section("HKO", "4b")
            .paragraph(3)
            .read_with(HGO_88),
        validity: Validity::since(HE_2020),
        certainty: Unverified,
        statement: Statement::new(
            "Die Ausschüsse des Kreistages müssen den Ausländerbeirat in ihren Sitzungen zu den Tagesordnungspunkten hören, die Interessen der ausländischen Einwohner berühren (sinngemäß).",
            "The committees of the Kreistag must hear the Ausländerbeirat in their meetings on the agenda items that touch the interests of foreign residents",
        ),
        source: text(
            "http://www.anwalt24.de/rund-ums-recht/Paragraph_4b_HKO_Auslaenderbeirat-d146141,7.html ; http://www.interkommunale-liste-eltville.jimdo.com/kommunalrecht/",
        ),
        note: text(
            "Cited as § 4b Abs. 3 HKO i. V. m. § 88 HGO: the Absatz of § 88 that holds the right was not read. Grade (December 2026): unverified. § 4b Abs. 3 HKO (dated copy) applies § 88 HGO, but § 88 itself was read only in a municipal quote; unverified.",
        ),
        source_kind: SourceKind::MunicipalQuote,
        replaces: None,
    },
    Right {
        id: text(ids::HE_COUNTY_FOREIGN_RESIDENTS_BOARD_RIGHT_HEARING_COUNCIL),
        kind: RightKind::Hearing,
        organs: Cow::Borrowed(&[Organ::Council, Organ::Executive]),
        matters: Matters::ImportantConcerningTheGroup,
        modality: Modality::May,
        citation: Citation::section("HKO", "4b")
            .paragraph(3)
            .read_with(HGO_88),
        validity: Validity::since(HE_2020),
        certainty: Unverified,
        statement: Statement::new(
            "Kreistag und Kreisausschuss können den Ausländerbeirat hören.",
            "The Kreistag and the Kreisausschuss may hear the Ausländerbeirat",
        ),
        source: text(
            "http://www.anwalt24.de/rund-ums-recht/Paragraph_4b_HKO_Auslaenderbeirat-d146141,7.html ; http://www.interkommunale-liste-eltville.jimdo.com/kommunalrecht/",
        ),
        note: text(
            "Cited as § 4b Abs. 3 HKO i. V. m. § 88 HGO: the Absatz of § 88 that holds the right was not read. Grade (December 2026): unverified. § 4b Abs. 3 HKO (dated copy) applies § 88 HGO, but § 88 itself was read only in a municipal quote; unverified.",
        ),
        source_kind: SourceKind::MunicipalQuote,
        replaces: None,
    },
    Right {
        id: text(ids::HE_COUNTY_FOREIGN_RESIDENTS_BOARD_RIGHT_MOTION),
        kind: RightKind::Motion,
        organs: Cow::Borrowed(&[Organ::Council]),
        matters: Matters::ImportantConcerningTheGroup,
        modality: Modality::Must,
        citation: Citation::section("HKO", "4b")
            .paragraph(3)
            .read_with(HGO_88),
        validity: Validity::since(HE_2020),
        certainty: Unverified,
        statement: Statement::new(
            "Seit der Reform 2020 kann der Ausländerbeirat in wichtigen Angelegenheiten, die die ausländischen Einwohner betreffen, Anträge an den Kreistag stellen.",
            "Since the 2020 reform the Ausländerbeirat may table motions in the Kreistag on important matters concerning foreign residents",
        ),
        source: text(
            "http://www.anwalt24.de/rund-ums-recht/Paragraph_4b_HKO_Auslaenderbeirat-d146141,7.html",
        ),
        note: text(
            "Grade (December 2026): unverified. § 4b Abs. 3 HKO (dated copy, gilt ab 01.04.2005) refers to § 88 HGO; the 2020 Antragsrecht in § 88 was not read in any statute source.",
        ),
        source_kind: SourceKind::StatuteText,
        replaces: None,
    },
];

const HE_COMMISSION_RIGHTS: &[Right] = &[
    Right {
        id: text(ids::HE_INTEGRATION_COMMISSION_RIGHT_PROPOSAL),
        kind: RightKind::Proposal,
        organs: Cow::Borrowed(&[Organ::Council, Organ::Executive]),
        matters: Matters::ConcerningTheGroup,
        modality: Modality::Must,
        citation: Citation::section("HGO", "89").read_with(HGO_88_2),
        validity: Validity::since(HE_2020),
        certainty: Unverified,
        statement: Statement::new(
            "Die Integrations-Kommission berät die Gemeindeorgane; § 88 Abs. 2 HGO gilt entsprechend.",
            "The Integrations-Kommission advises the municipal organs; § 88 Abs. 2 HGO applies",
        ),
        source: text(SRC_HE_89),
        note: text(
            "That § 88 Abs. 2 holds the Vorschlagsrecht and the hearing by the committees is inferred from paraphrases; its text was not read.",
        ),
        source_kind: SourceKind::StatuteText,
        replaces: None,
    },
    Right {
        id: text(ids::HE_INTEGRATION_COMMISSION_RIGHT_HEARING_COMMITTEES),
        kind: RightKind::Hearing,
        organs: Cow::Borrowed(&[Organ::Committee]),
        matters: Matters::ImportantConcerningTheGroup,
        modality: Modality::Must,
        citation: Citation::section("HGO", "89").read_with(HGO_88_2),
        validity: Validity::since(HE_2020),
        certainty: Unverified,
        statement: Statement::new(
            "Die Ausschüsse hören die Integrations-Kommission in wichtigen Angelegenheiten (§ 88 Abs. 2 HGO entsprechend).",
            "The committees hear the Integrations-Kommission on important matters (§ 88 Abs. 2 HGO applies)",
        ),
        source: text(SRC_HE_89),
        note: text(""),
        source_kind: SourceKind::StatuteText,
        replaces: None,
    },
];

// ---- the Land's law ----

const REGIMES: &[Regime] = &[
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::Hessen,
        body_type: BodyType::ForeignResidentsAdvisoryBoard,
        designation: text("Ausländerbeirat"),
        levels: Cow::Borrowed(MUNICIPAL),
        governance: Governance::Statute,
        basis: Citation::section("HGO", "84"),
        covered: Validity::since(HE_2001),
        rules: Cow::Borrowed(HE_BOARD_RULES),
        rights: Cow::Borrowed(HE_BOARD_RIGHTS),
        note: text(
            "Recorded from 2001: before the 2020 reform the size (3–37) and election rules are unverified (confirmed \
         for the 2015 election only); the term is four years until the election of 27 Nov 2005 and five \
         years from it, both unverified. From 16 May 2020: size, election and the lapse below 3 members \
         (§ 86 Abs. 1 S. 3 HGO) verified; the term with the council's Wahlzeit and the election with the Kommunalwahl unverified. The \
         lapse is not recorded before 2020: its sentence was read in sources from 2023 only, and the version \
         read for the years before 2000 has no such sentence in § 86 Abs. 1.",
        ),
    },
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::Hessen,
        body_type: BodyType::ForeignResidentsAdvisoryBoard,
        designation: text("Ausländerbeirat"),
        levels: Cow::Borrowed(COUNTY),
        governance: Governance::Statute,
        basis: Citation::section("HKO", "4b"),
        covered: Validity::since(HE_2020),
        rules: Cow::Borrowed(HE_COUNTY_BOARD_RULES),
        rights: Cow::Borrowed(HE_COUNTY_BOARD_RIGHTS),
        note: text(
            "A Landkreis may form an Ausländerbeirat; its Hauptsatzung fixes size, term and election (§ 4b Abs. 2 HKO); \
         § 87 HGO applies (§ 4b Abs. 3 HKO).",
        ),
    },
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::Hessen,
        body_type: BodyType::IntegrationCommission,
        designation: text("Integrations-Kommission"),
        levels: Cow::Borrowed(MUNICIPAL),
        governance: Governance::Statute,
        basis: Citation::section("HGO", "89"),
        covered: Validity::since(HE_2020),
        rules: Cow::Borrowed(HE_COMMISSION_RULES),
        rights: Cow::Borrowed(HE_COMMISSION_RIGHTS),
        note: text(
            "Since 16 May 2020. The meeting rule (at least 4 a year) and the women's quota (\"soll\") are not modelled.",
        ),
    },
];

const ESTABLISHMENT: &[EstablishmentRule] = &[
    // ---- Hessen, § 84 HGO; § 4b HKO ----
    EstablishmentRule {
        id: text(ids::HE_ESTABLISHMENT_MUST_1000),
        land: Land::Hessen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(HE_BODIES),
        duty: Duty::Must,
        threshold: Some(Threshold::ForeignResidents {
            comparison: GreaterThan,
            count: 1_000,
        }),
        citation: Citation::section("HGO", "84")
            .sentence(1)
            .read_with(HGO_84_3),
        validity: Validity::since(HE_2020),
        certainty: Verified,
        statement: Statement::new(
            "In Gemeinden mit mehr als 1.000 gemeldeten ausländischen Einwohnern ist ein Ausländerbeirat einzurichten; die Pflicht entfällt, wenn eine Integrations-Kommission nach § 89 gebildet wird.",
            "A municipality with more than 1,000 registered foreign residents must set up an Ausländerbeirat, unless it forms an Integrations-Kommission under § 89",
        ),
        source: text(SRC_HE),
        if_no_candidates: Some(NoCandidates {
            citation: Citation::section("HGO", "86")
                .paragraph(1)
                .sentence(4)
                .following(Following::One),
            lapses_for_years: None,
            instead: Some(BodyType::IntegrationCommission),
            statement: Statement::new(
                "Gehen keine oder zu wenige Wahlvorschläge ein, findet keine Wahl statt; für die folgende Wahlzeit ist eine Integrations-Kommission zu bilden.",
                "If no or too few nominations are made, there is no election and an Integrations-Kommission must be formed for the following Wahlzeit",
            ),
        }),
        signatures: None,
        note: text(
            "§ 84 S. 1 HGO (haufe, with the footnote on S. 3 „Anzuwenden ab 16.05.2020“): „In Gemeinden mit mehr als 1.000 gemeldeten ausländischen Einwohnern ist ein Ausländerbeirat einzurichten; zu den ausländischen Einwohnern zählen auch Staatenlose.“ S. 3 exempts a municipality that forms an Integrations-Kommission (§ 89).",
        ),
        source_kind: SourceKind::StatuteText,
        replaces: Some(text(ids::HE_ESTABLISHMENT_1993_MUST_1000)),
    },
    EstablishmentRule {
        id: text(ids::HE_ESTABLISHMENT_MAY),
        land: Land::Hessen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(HE_BODIES),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("HGO", "84").sentence(2),
        validity: Validity::since(HE_2020),
        certainty: Verified,
        statement: Statement::new(
            "Andere Gemeinden können durch die Hauptsatzung einen Ausländerbeirat einrichten.",
            "Other municipalities may set up an Ausländerbeirat through their Hauptsatzung",
        ),
        source: text(SRC_HE),
        signatures: None,
        if_no_candidates: None,
        note: text(""),
        source_kind: SourceKind::StatuteText,
        replaces: Some(text(ids::HE_ESTABLISHMENT_1993_MAY)),
    },
    EstablishmentRule {
        id: text(ids::HE_ESTABLISHMENT_1993_MUST_1000),
        land: Land::Hessen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(&[BodyType::ForeignResidentsAdvisoryBoard]),
        duty: Duty::Must,
        threshold: Some(Threshold::ForeignResidents {
            comparison: GreaterThan,
            count: 1_000,
        }),
        citation: Citation::section("HGO", "84").version(HE_1993_VERSION),
        validity: Validity::between(HE_1993, HE_2020),
        certainty: Verified,
        statement: Statement::new(
            "Seit dem 1.4.1993 ist in Gemeinden mit mehr als 1.000 ausländischen Einwohnern ein Ausländerbeirat einzurichten.",
            "Since 1 Apr 1993 a municipality with more than 1,000 foreign residents must set up an Ausländerbeirat",
        ),
        source: text(
            "https://verwaltungsportal.hessen.de/leistung?leistung_id=L100001_9938254&regschl=066350014014",
        ),
        note: text(
            "The threshold \"mehr als 1.000\" is stated by the cited source itself (kab-giessen); the statute text of \
           this version was not read, so the rule stays unverified (legal audit, E). Grade (December 2026): verified. Duty above 1,000 registered foreign residents confirmed by the official verwaltungsportal.hessen.de (the Land's administrative portal; its text names the November 2015 election as the last one, so it dates from 2016–2021 and describes the law before the 2020 reform); the 1 April 1993 start rests on an association page (KAB Gießen): dates unverified. Version clause: Groß-Gerau's rules of procedure cite the HGO „in der Fassung vom 01.04.93 (GVBl. I 1992, S. 534)“, a Bekanntmachung (a municipal document; the gazette itself was not read).",
        ),
        signatures: None,
        if_no_candidates: None,
        source_kind: SourceKind::OfficialDocument,
        replaces: None,
    },
    EstablishmentRule {
        id: text(ids::HE_ESTABLISHMENT_1993_MAY),
        land: Land::Hessen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(&[BodyType::ForeignResidentsAdvisoryBoard]),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("HGO", "84").version(HE_1993_VERSION),
        validity: Validity::between(HE_1993, HE_2020),
        certainty: Verified,
        statement: Statement::new(
            "Andere Gemeinden können einen Ausländerbeirat einrichten (Fassung 1993 nicht gelesen).",
            "Other municipalities may set up an Ausländerbeirat (1993 version not read)",
        ),
        source: text(
            "https://verwaltungsportal.hessen.de/leistung?leistung_id=L100001_9938254&regschl=066350014014",
        ),
        signatures: None,
        if_no_candidates: None,
        note: text(
            "Grade (December 2026): verified. Voluntary Beirat below the threshold, by Hauptsatzung, confirmed by the official Land portal (text of 2016–2021: the Gemeinde „kann … die Einrichtung eines Ausländerbeirats in der Hauptsatzung regeln“); the start in 1993 was not read.",
        ),
        source_kind: SourceKind::OfficialDocument,
        replaces: None,
    },
    EstablishmentRule {
        id: text(ids::HE_ESTABLISHMENT_COUNTY_MAY),
        land: Land::Hessen,
        levels: Cow::Borrowed(COUNTY),
        body_types: Cow::Borrowed(&[BodyType::ForeignResidentsAdvisoryBoard]),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("HKO", "4b").paragraph(1),
        validity: Validity::since(HE_2005),
        certainty: Verified,
        statement: Statement::new(
            "Ein Landkreis kann durch die Hauptsatzung einen Ausländerbeirat einrichten.",
            "A Landkreis may set up an Ausländerbeirat through its Hauptsatzung",
        ),
        source: text(
            "http://www.anwalt24.de/rund-ums-recht/Paragraph_4b_HKO_Auslaenderbeirat-d146141,7.html",
        ),
        signatures: None,
        if_no_candidates: None,
        note: text(""),
        source_kind: SourceKind::StatuteText,
        replaces: None,
    },
];

const FRANCHISE: &[FranchiseRule] = &[
    FranchiseRule {
        id: Cow::Borrowed(ids::HE_FRANCHISE),
        land: Land::Hessen,
        body_types: Cow::Borrowed(HE_VOTING_BODIES),
        validity: Validity::since(HE_2020),
        certainty: Unverified,
        active: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(HE_VOTERS),
            min_age: Some(18),
            residence: Some(TimeSpan::Weeks(6)),
            lawful_stay: None,
            excludes_asylum_seekers: false,
            excludes_residence_act_exempt: false,
            germans_must_apply: false,
            citation: Citation::section("HGO", "86"),
        }]),
        passive: Cow::Borrowed(&[
            Eligibility {
                groups: Cow::Borrowed(HE_VOTERS),
                min_age: Some(18),
                residence: Some(TimeSpan::Months(3)),
                lawful_stay: None,
                excludes_asylum_seekers: false,
                excludes_residence_act_exempt: false,
                germans_must_apply: false,
                citation: Citation::section("HGO", "86").paragraph(3),
            },
            Eligibility {
                groups: Cow::Borrowed(HE_GERMAN_CANDIDATES),
                min_age: Some(18),
                residence: Some(TimeSpan::Months(3)),
                lawful_stay: None,
                excludes_asylum_seekers: false,
                excludes_residence_act_exempt: false,
                germans_must_apply: false,
                citation: Citation::section("HGO", "86").paragraph(4),
            },
        ]),
        statement: Statement::new(
            "Wahlberechtigt sind ausländische Einwohner (auch EU-Bürger und Staatenlose), nicht aber deutsche Doppelstaatler und Eingebürgerte, ab 18 Jahren mit sechs Wochen Wohnsitz. Wählbar sind sie und Eingebürgerte sowie Deutsche mit weiterer Staatsangehörigkeit ab 18 mit drei Monaten Wohnsitz.",
            "Voters: foreign residents (EU citizens and stateless persons included), not German dual nationals or naturalised persons, 18+, six weeks' residence. Candidates: these and naturalised persons and Germans with another nationality, 18+, three months' residence.",
        ),
        source: Cow::Borrowed(
            "https://www.agah-hessen.de/wahl2021/infos-fuer-waehlerinnen/wer-kann-waehlen/",
        ),
        note: Cow::Borrowed(
            "Grade (December 2026): unverified. Ages and residence periods after 2020 rest on association and municipal pages; official sources confirm only that dual nationals do not vote (Land portal, pre-2020); § 86 HGO (current) was not read. The sources conflict on the candidates' residence period: three months (Kreis Groß-Gerau, as recorded) or six weeks (Wiesbaden). No clause excluding persons under § 1 Abs. 2 AufenthG was found in § 86 HGO: non-registered foreigners (members of foreign forces, diplomatic and consular staff) are not voters because only registered (meldepflichtige) residents count (agah 2015: „nur meldepflichtige Ausländer/innen [sind] wahlberechtigt“; KAB Gießen: paraphrase), so the exclusion flag stays unset.",
        ),
        source_kind: SourceKind::Paraphrase,
        replaces: Some(Cow::Borrowed(ids::HE_FRANCHISE_2015)),
    },
    FranchiseRule {
        id: Cow::Borrowed(ids::HE_FRANCHISE_2015),
        land: Land::Hessen,
        body_types: Cow::Borrowed(HE_VOTING_BODIES),
        validity: Validity::between(d(2000, 1, 1), HE_2020),
        certainty: Unverified,
        active: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(HE_VOTERS),
            min_age: Some(18),
            residence: Some(TimeSpan::Months(3)),
            lawful_stay: None,
            excludes_asylum_seekers: false,
            excludes_residence_act_exempt: false,
            germans_must_apply: false,
            citation: Citation::section("HGO", "86"),
        }]),
        passive: Cow::Borrowed(&[
            Eligibility {
                groups: Cow::Borrowed(HE_VOTERS),
                min_age: Some(18),
                residence: Some(TimeSpan::Months(6)),
                lawful_stay: None,
                excludes_asylum_seekers: false,
                excludes_residence_act_exempt: false,
                germans_must_apply: false,
                citation: Citation::section("HGO", "86").paragraph(3),
            },
            Eligibility {
                groups: Cow::Borrowed(HE_GERMAN_CANDIDATES),
                min_age: Some(18),
                residence: Some(TimeSpan::Months(6)),
                lawful_stay: None,
                excludes_asylum_seekers: false,
                excludes_residence_act_exempt: false,
                germans_must_apply: false,
                citation: Citation::section("HGO", "86").paragraph(4),
            },
        ]),
        statement: Statement::new(
            "Stand der Wahl 2015: Wähler ab 18 mit drei Monaten Wohnsitz; wählbar ab 18 mit sechs Monaten Wohnsitz sind ausländische Einwohner sowie nach § 86 Abs. 4 HGO Eingebürgerte und Deutsche mit weiterer Staatsangehörigkeit (Geltungsbeginn dieser Fassung nicht bekannt).",
            "As at the 2015 election: voters 18+ with three months' residence; candidates 18+ with six months' residence are foreign residents and, under § 86 Abs. 4 HGO, naturalised persons and Germans with another nationality (start of this version not known).",
        ),
        source: Cow::Borrowed(
            "https://verwaltungsportal.hessen.de/leistung?leistung_id=L100001_9938254&regschl=066350014014 ; http://www.agah-hessen.de/wahl2015/infos-fuer-waehler-innen/wer-kann-waehlen/",
        ),
        note: Cow::Borrowed(""),
        source_kind: SourceKind::OfficialDocument,
        replaces: None,
    },
];

/// How the seats of the elected Ausländerbeirat are allocated: Hare/Niemeyer
/// under § 22 Abs. 3 KWG, which § 58 KWG applies to the Ausländerbeirat.
const ALLOCATION: &[AllocationRule] = &[AllocationRule {
    id: text(ids::HE_ELECTION_ALLOCATION),
    land: Land::Hessen,
    body_types: Cow::Borrowed(HE_VOTING_BODIES),
    levels: Cow::Borrowed(MUNICIPAL),
    method: Some(AllocationMethod::HareNiemeyer),
    majority_clause: true,
    citation: Citation::section("KWG Hessen", "22")
        .paragraph(3)
        .read_with({
            const KWG_58_1: &[Citation] = &[Citation::section("KWG Hessen", "58").sentence(1)];
            KWG_58_1
        }),
    validity: Validity::since(HE_2005),
    certainty: Verified,
    statement: Statement::new(
        "„Ist die Wahl nach den Grundsätzen der Verhältniswahl durchgeführt, so werden den einzelnen Wahlvorschlägen so viele Sitze zugeteilt, wie ihnen im Verhältnis der auf sie entfallenden Stimmenzahlen zur Gesamtstimmenzahl aller an der Sitzverteilung teilnehmenden Wahlvorschläge zustehen. Dabei erhält jeder Wahlvorschlag zunächst so viele Sitze, wie sich für ihn ganze Zahlen ergeben. Sind danach noch Sitze zu vergeben, so sind sie in der Reihenfolge der höchsten Zahlenbruchteile, die sich nach der Berechnung nach Satz 1 ergeben, auf die Wahlvorschläge zu verteilen. Über die Zuteilung des letzten Sitzes entscheidet bei gleichen Zahlenbruchteilen das vom Wahlleiter zu ziehende Los.“",
        "In a proportional election each proposal takes as many seats as are due to it by the ratio of its votes to the total votes of all proposals taking part: first as many as whole numbers result for it; seats still to be given go in the order of the largest fractions; on equal fractions the lot drawn by the returning officer decides the last seat",
    ),
    source: text("https://www.anwalt24.de/gesetze/kwg-2/22"),
    note: text(
        "§ 22 Abs. 3 KWG in the version in force from 16.5.2020, read on a consolidated copy (anwalt24.de); § 58 S. 1 KWG (version from 1.4.2005, https://www.anwalt24.de/gesetze/kwg-2/58): \"Soweit in den §§ 59 bis 64 nichts anderes bestimmt ist, gelten die für die Wahl der Gemeindevertretung maßgeblichen Vorschriften dieses Gesetzes für die Wahl des Ausländerbeirats entsprechend\"; § 86 Abs. 1 S. 2 HGO leaves the details of the election to the KWG. Hare/Niemeyer has replaced d'Hondt since 1980 (StGH Hessen, press release on P.St. 3013: \"Bislang galt das Hare/Niemeyer-Verfahren, welches 1980 das Verfahren nach d'Hondt abgelöst hatte\"); the rule is recorded from 1.4.2005, the version of § 58 read, and earlier elections of the Ausländerbeirat are not covered. \
         d'Hondt was written into § 22 Abs. 3 and 4 by Art. 3 Nr. 5 of the law of 1.4.2025 (GVBl. 2025 Nr. 24, applied from 5.4.2025); the StGH declared that article unconstitutional and void (Urteil vom 28.1.2026, P.St. 3013), so Hare/Niemeyer was the law throughout, and the Ausländerbeirat elections of 15.3.2026 were held under it. No election fell between 5.4.2025 and 28.1.2026. \
         The majority clause of § 22 Abs. 4 S. 1 was read only in part (\"Erhält bei der Verteilung der Sitze nach Abs. 3 der Wahlvorschlag einer Partei oder Wählergruppe, auf den mehr als die Hälfte der Stimmenzahl aller an der Sitzverteilung teilnehmenden Wahlvorschläge entfallen ist, nicht mehr als die Hälfte der insgesamt zu vergebenden Sitze, so sind die nach Zahlenbruchteilen zu vergebenden Sitze abweichend von Abs. 3 …\"); the crate reads it as the courts describe it (a further seat first): such a list takes the first seat given by fractions. \
         Reading chosen for seats a list cannot fill: they stay vacant (the Statistisches Landesamt: a council can fall below its size \"wenn ein Wahlvorschlag mehr Sitze gewinnt, als Bewerberinnen und Bewerber auf der Liste stehen\"); the sentence of the KWG was not read. Single candidates: the KWG knows lists; a proposal of one person is treated the same way. The votes of a list are the sum of its candidates' votes (§ 22 Abs. 1 KWG; each voter has as many votes as there are seats). Within a list the seats go to the candidates by their personal votes: the election result gives its candidates in that order. An election with one admitted list is a majority election, which this rule does not model.",
    ),
    single_candidate_surplus: Surplus::Vacant,
    exhausted_list: Surplus::Vacant,
    local_choice: false,
    source_kind: SourceKind::StatuteText,
    replaces: None,
}];

/// The law of Hessen.
pub(super) const LAW: LandLaw = LandLaw {
    land: Land::Hessen,
    regimes: Cow::Borrowed(REGIMES),
    establishment: Cow::Borrowed(ESTABLISHMENT),
    franchise: Cow::Borrowed(FRANCHISE),
    council_term: Some(COUNCIL_TERM),
    allocation: Cow::Borrowed(ALLOCATION),
};

/// The Wahlperiode of the Land's municipal councils.
pub(super) const COUNCIL_TERM: CouncilTermRule = CouncilTermRule {
    land: Land::Hessen,
    years: 5,
    start: CouncilTermStart::DayOfElectionYear { month: 4, day: 1 },
    citation: Citation::section("HGO", "36").sentence(1),
    note: text(
        "Wahlzeit of 5 years (§ 36 S. 1 HGO, read at wolterskluwer-online). The start on 1 April: the Hessisches Statistisches Landesamt (an official source: \"Die neue Wahlzeit beginnt am 1. April 2011\") and the Kommunalwahlgesetz as reported by dpa (wnoz.de, 2025: \"Nach dem Kommunalwahlgesetz beginne die fünfjährige Wahlzeit ... am 1. April\"); the provision of the KWG itself was not read.",
    ),
    exceptions: Cow::Borrowed(&[]),
    end: CouncilTermEnd::AfterYears,
    regular_elections: Cow::Borrowed(&[
        d(2011, 3, 27),
        d(2016, 3, 6),
        d(2021, 3, 14),
        d(2026, 3, 15),
    ]),
    elections_source: text(
        "27 Mar 2011: de.wikipedia.org (Kommunalwahlen in Hessen 2011) and statistik-hessen.de (\"Die neue Wahlzeit beginnt am 1. April 2011\"); 6 Mar 2016: de.wikipedia.org (Kommunalwahlen in Hessen 2016); 14 Mar 2021: merkur.de; 15 Mar 2026: statistik.hessen.de (FAQ Kommunalwahlen 2026)",
    ),
};
