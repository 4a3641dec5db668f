//! Berlin: the Partizipationsgesetz of 2021 (PartMigG) and the Ausschuss für Partizipation und Integration (§ 32 BezVG).
//!
//! The law of July 2021 requires every Bezirk to form an Ausschuss für
//! Partizipation und Integration of district councillors and Bürgerdeputierte
//! (§ 32 BezVG) and a Bezirksbeirat für Partizipation und Integration
//! (§ 19 PartMigG), and sets up the Landesbeirat für Partizipation (§ 17
//! PartMigG), at least half of whose members should be women. Coverage starts
//! with the law's publication on 15 July 2021; its in-force day was not seen.
//!
//! Before it, from the 17th Wahlperiode (2011) on, § 32 BezVG in the version
//! of the Partizipations- und Integrationsgesetz of 2010 required an
//! Integrationsausschuss of 4–7 Bürgerdeputierte and a majority of district
//! councillors, which "should" have at most 15 members. That version is
//! recorded from secondary sources (unverified).

use super::shared::*;

// ---- reform dates ----

/// Berlin: the law of 5 July 2021 (PartMigG, § 32 BezVG), published in
/// GVBl. Nr. 54 of 15.07.2021 (S. 842); the in-force day was not seen.
const BE_2021: NaiveDate = d(2021, 7, 15);

/// Berlin: the Integrationsausschuss under § 32 BezVG in its version before
/// 2021 was due "mit Beginn der 17. Wahlperiode" (SGK Berlin lexicon); that
/// Wahlperiode began when the Abgeordnetenhaus elected on 18 Sep 2011 first
/// met, on 27 Oct 2011 (lars-oberg.de, n-tv.de).
const BE_2011: NaiveDate = d(2011, 10, 27);

// ---- values, citations, sources and rules ----

const SRC_BE_32: &str =
    "https://bezirksverwaltungsrecht.berlin/kommentar-zum-bezirksverwaltungsgesetz/32-anlage";

const BE_COMMITTEE_RULES: &[Rule] = &[
    Rule {
        id: text(ids::BE_PARTICIPATION_COMMITTEE_DISTRICT_COUNCILLORS),
        citation: Citation::section("BezVG", "32")
            .paragraph(2)
            .sentence(1)
            .item(1),
        validity: Validity::since(BE_2021),
        certainty: Verified,
        statement_de: text("Dem Ausschuss gehören 9 Bezirksverordnete an."),
        statement_en: text("The committee has 9 Bezirksverordnete"),
        constraint: Constraint::Seats(Seats {
            of: SeatSelector::of(&[SeatClass::CouncilDelegated]),
            min: Some(9),
            max: Some(9),
        }),
        source: text(SRC_BE_32),
        ..Rule::DEFAULT
    },
    Rule {
        id: text(ids::BE_PARTICIPATION_COMMITTEE_CITIZEN_DEPUTIES),
        citation: Citation::section("BezVG", "32")
            .paragraph(2)
            .sentence(1)
            .item(2),
        validity: Validity::since(BE_2021),
        certainty: Verified,
        statement_de: text(
            "Dem Ausschuss gehören 6 Bürgerdeputierte an, die die Bezirksverordnetenversammlung wählt.",
        ),
        statement_en: text("The committee has 6 Bürgerdeputierte elected by the district assembly"),
        constraint: Constraint::Seats(Seats {
            of: APPOINTED,
            min: Some(6),
            max: Some(6),
        }),
        source: text(SRC_BE_32),
        ..Rule::DEFAULT
    },
    Rule {
        id: text(ids::BE_PARTICIPATION_COMMITTEE_COMPOSITION),
        citation: Citation::section("BezVG", "32").paragraph(2),
        validity: Validity::since(BE_2021),
        certainty: Verified,
        statement_de: text("Der Ausschuss besteht aus Bezirksverordneten und Bürgerdeputierten."),
        statement_en: text("The committee consists of Bezirksverordnete and Bürgerdeputierte"),
        constraint: Constraint::OnlyGroups(OnlyGroups {
            allowed: SeatSelector::of(&[SeatClass::CouncilDelegated, SeatClass::Appointed]),
        }),
        source: text(SRC_BE_32),
        ..Rule::DEFAULT
    },
    Rule {
        id: text(ids::BE_PARTICIPATION_COMMITTEE_MIGRATION_HISTORY),
        citation: Citation::section("BezVG", "32").paragraph(2),
        validity: Validity::since(BE_2021),
        certainty: Verified,
        statement_de: text(
            "Die Mehrheit der Bürgerdeputierten soll eine Migrationsgeschichte haben.",
        ),
        statement_en: text("Most of the Bürgerdeputierte should have a migration history"),
        constraint: Constraint::MembersWith(MembersWith {
            of: APPOINTED,
            attribute: MemberAttribute::MigrationHistory,
            min: ratio(1, 2),
            more_than: true,
        }),
        source: text(SRC_BE_32),
        modality: Modality::Should,
        note: text(
            "A \"soll\" rule: breaking it is a warning. The Satz of § 32 Abs. 2 that holds it was not numbered in \
           the stored text. Checked only where the document counts the members with a migration history.",
        ),
        ..Rule::DEFAULT
    },
];

/// § 32 BezVG before the law of 5 July 2021, read with § 9 Abs. 1 S. 1 BezVG
/// (the BVV forms its committees).
const BEZVG_32_OLD: Citation =
    Citation::section("BezVG", "32").version("i. d. F. vor dem Gesetz vom 5.7.2021 (GVBl. S. 842)");
const BEZVG_9_1_1: &[Citation] = &[Citation::section("BezVG", "9").paragraph(1).sentence(1)];
const SRC_BE_2011: &str =
    "https://sgk-berlin.de/sgkwiki/index.php?title=Integrationsausschuss&oldid=535";
const NOTE_BE_2011: &str = "Read in secondary sources only: the Berliner Kommunalpolitisches Lexikon (SGK Berlin, \
    as of 2016) and FACTS § 7 (the 2021 law abolished this rule); the commentary at bezirksverwaltungsrecht.berlin \
    confirms that the BVV had to form the committee. The text of the old § 32 and the in-force provision of the \
    Partizipations- und Integrationsgesetz were not read, so the rule is unverified and its Absatz is not cited.";

const BE_COMMITTEE_2011_RULES: &[Rule] = &[
    Rule {
        id: text(ids::BE_INTEGRATION_COMMITTEE_2011_CITIZEN_DEPUTIES),
        citation: BEZVG_32_OLD,
        validity: Validity::between(BE_2011, BE_2021),
        certainty: Unverified,
        statement_de: text(
            "Fassung bis 2021: Dem Integrationsausschuss gehören mindestens vier und höchstens sieben Bürgerdeputierte an.",
        ),
        statement_en: text(
            "Version until 2021: the Integrationsausschuss has at least four and at most seven Bürgerdeputierte",
        ),
        constraint: Constraint::Seats(Seats {
            of: APPOINTED,
            min: Some(4),
            max: Some(7),
        }),
        source: text(SRC_BE_2011),
        note: text(NOTE_BE_2011),
        ..Rule::DEFAULT
    },
    Rule {
        id: text(ids::BE_INTEGRATION_COMMITTEE_2011_COUNCILLOR_MAJORITY),
        citation: BEZVG_32_OLD,
        validity: Validity::between(BE_2011, BE_2021),
        certainty: Unverified,
        statement_de: text(
            "Fassung bis 2021: Die Bezirksverordneten bilden die Mehrheit des Integrationsausschusses.",
        ),
        statement_en: text(
            "Version until 2021: the Bezirksverordnete form the majority of the Integrationsausschuss",
        ),
        constraint: Constraint::Outnumber(Outnumber {
            majority: SeatSelector::of(&[SeatClass::CouncilDelegated]),
            minority: APPOINTED,
        }),
        source: text(SRC_BE_2011),
        note: text(NOTE_BE_2011),
        ..Rule::DEFAULT
    },
    Rule {
        id: text(ids::BE_INTEGRATION_COMMITTEE_2011_SIZE),
        citation: BEZVG_32_OLD,
        validity: Validity::between(BE_2011, BE_2021),
        certainty: Unverified,
        statement_de: text(
            "Fassung bis 2021: Der Integrationsausschuss soll nicht mehr als 15 Mitglieder haben.",
        ),
        statement_en: text(
            "Version until 2021: the Integrationsausschuss should have no more than 15 members",
        ),
        constraint: Constraint::Seats(Seats {
            of: ALL,
            min: None,
            max: Some(15),
        }),
        source: text(SRC_BE_2011),
        modality: Modality::Should,
        note: text(
            "A \"soll\" rule (\"die Ausschussgröße soll 15 Mitglieder nicht überschreiten\"): breaking it is a \
           warning. Read in secondary sources only (SGK Berlin lexicon; FACTS § 7: \"normally at most 15\").",
        ),
        ..Rule::DEFAULT
    },
    Rule {
        id: text(ids::BE_INTEGRATION_COMMITTEE_2011_COMPOSITION),
        citation: BEZVG_32_OLD,
        validity: Validity::between(BE_2011, BE_2021),
        certainty: Unverified,
        statement_de: text(
            "Fassung bis 2021: Der Integrationsausschuss besteht aus Bezirksverordneten und Bürgerdeputierten.",
        ),
        statement_en: text(
            "Version until 2021: the Integrationsausschuss consists of Bezirksverordnete and Bürgerdeputierte",
        ),
        constraint: Constraint::OnlyGroups(OnlyGroups {
            allowed: SeatSelector::of(&[SeatClass::CouncilDelegated, SeatClass::Appointed]),
        }),
        source: text(SRC_BE_2011),
        note: text(NOTE_BE_2011),
        ..Rule::DEFAULT
    },
];

const SRC_BE_17: &str = "https://www.berlin.de/lb/intmig/themen/partizipationsbeirat/";

const BE_STATE_RULES: &[Rule] = &[
    Rule {
        id: text(ids::BE_STATE_BOARD_CHAIR),
        citation: Citation::section("PartMigG", "17"),
        validity: Validity::since(BE_2021),
        certainty: Verified,
        statement_de: text("Den Vorsitz führt das für Integration zuständige Mitglied des Senats."),
        statement_en: text("The member of the Senate responsible for integration chairs"),
        constraint: Constraint::Chair(Chair {
            allowed: Cow::Borrowed(&[ChairMethod::ExOfficio]),
            from_seats: None,
        }),
        source: text(SRC_BE_17),
        ..Rule::DEFAULT
    },
    Rule {
        id: text(ids::BE_STATE_BOARD_WOMEN_HALF),
        citation: Citation::section("PartMigG", "17"),
        validity: Validity::since(BE_2021),
        certainty: Verified,
        statement_de: text("Mindestens die Hälfte der Mitglieder sollen Frauen sein."),
        statement_en: text("At least half of the members should be women"),
        constraint: Constraint::MembersWith(MembersWith {
            of: ALL,
            attribute: MemberAttribute::Woman,
            min: ratio(1, 2),
            more_than: false,
        }),
        source: text("https://berlin.de/lb/intmig/themen/partizipationsbeirat/profile"),
        modality: Modality::Should,
        note: text(
            "A \"soll\" rule (FACTS § 14.7): breaking it is a warning. The Absatz was not read. Checked only where \
           the document counts the women among the members.",
        ),
        ..Rule::DEFAULT
    },
];

const BE_DISTRICT_BOARD_RULES: &[Rule] = &[Rule {
    id: text(ids::BE_DISTRICT_BOARD_LEGAL_BASIS),
    citation: Citation::section("PartMigG", "19"),
    validity: Validity::since(BE_2021),
    certainty: Verified,
    statement_de: text(
        "Jeder Bezirk richtet einen Bezirksbeirat für Partizipation und Integration ein.",
    ),
    statement_en: text("Every Bezirk sets up a Bezirksbeirat für Partizipation und Integration"),
    constraint: Constraint::LegalBasis(LegalBasis {
        allowed: Cow::Borrowed(&[LegalBasisKind::Statute]),
    }),
    source: text("https://www.berlin.de/lb/intmig/partizipation/bezirksbeiraete/"),
    ..Rule::DEFAULT
}];

// ---- the Land's law ----

const REGIMES: &[Regime] = &[
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::Berlin,
        body_type: BodyType::ParticipationCommittee,
        levels: Cow::Borrowed(&[Level::Borough]),
        governance: Governance::Statute,
        basis: Citation::section("BezVG", "32"),
        covered: Validity::since(BE_2021),
        rules: Cow::Borrowed(BE_COMMITTEE_RULES),
        rights: Cow::Borrowed(&[]),
        note: text(
            "Covered from the publication of the 2021 law (GVBl. of 15.07.2021); its in-force date was not seen. Participation rights under the BezVG and the PartMigG were not read and are not recorded.",
        ),
    },
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::Berlin,
        body_type: BodyType::ParticipationCommittee,
        levels: Cow::Borrowed(&[Level::Borough]),
        governance: Governance::Statute,
        basis: BEZVG_32_OLD.read_with(BEZVG_9_1_1),
        covered: Validity::between(BE_2011, BE_2021),
        rules: Cow::Borrowed(BE_COMMITTEE_2011_RULES),
        rights: Cow::Borrowed(&[]),
        note: text(
            "The Integrationsausschuss of the Bezirksverordnetenversammlung from the 17th Wahlperiode (27.10.2011) \
         until the 2021 law: 4–7 Bürgerdeputierte, a majority of Bezirksverordnete, and normally at most 15 members \
         (secondary sources, unverified). Its Bürgerdeputierte were elected on the proposals of the Fraktionen.",
        ),
    },
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::Berlin,
        body_type: BodyType::StateAdvisoryBoard,
        levels: Cow::Borrowed(&[Level::State]),
        governance: Governance::Statute,
        basis: Citation::section("PartMigG", "17"),
        covered: Validity::since(BE_2021),
        rules: Cow::Borrowed(BE_STATE_RULES),
        rights: Cow::Borrowed(&[]),
        note: text(
            "Landesbeirat für Partizipation: 13 elected representatives and delegates of institutions (voting), \
         advisory members; at least half should be women (not modelled). Participation rights under the BezVG and the PartMigG were not read and are not recorded.",
        ),
    },
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::Berlin,
        body_type: BodyType::LocalAdvisoryBoard,
        levels: Cow::Borrowed(&[Level::Borough]),
        governance: Governance::Statute,
        basis: Citation::section("PartMigG", "19"),
        covered: Validity::since(BE_2021),
        rules: Cow::Borrowed(BE_DISTRICT_BOARD_RULES),
        rights: Cow::Borrowed(&[]),
        note: text(
            "Every Bezirk must set up a Bezirksbeirat für Partizipation und Integration; its composition is set by \
         the district (Pankow: up to 27 members). Participation rights under the BezVG and the PartMigG were not read and are not recorded.",
        ),
    },
];

const ESTABLISHMENT: &[EstablishmentRule] = &[
    // ---- Berlin: mandatory in every Bezirk ----
    EstablishmentRule {
        id: text(ids::BE_ESTABLISHMENT_DISTRICT_BOARD),
        land: Land::Berlin,
        levels: Cow::Borrowed(&[Level::Borough]),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::Must,
        threshold: None,
        citation: Citation::section("PartMigG", "19"),
        validity: Validity::since(BE_2021),
        certainty: Verified,
        statement_de: text(
            "Jeder Bezirk richtet einen Bezirksbeirat für Partizipation und Integration ein und finanziert seine Geschäftsstelle.",
        ),
        statement_en: text(
            "Every Bezirk sets up a Bezirksbeirat für Partizipation und Integration and funds its office",
        ),
        source: text("https://www.berlin.de/lb/intmig/partizipation/bezirksbeiraete/"),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text(ids::BE_ESTABLISHMENT_DISTRICT_COMMITTEE),
        land: Land::Berlin,
        levels: Cow::Borrowed(&[Level::Borough]),
        body_types: Cow::Borrowed(&[BodyType::ParticipationCommittee]),
        duty: Duty::Must,
        threshold: None,
        citation: Citation::section("BezVG", "32"),
        validity: Validity::since(BE_2021),
        certainty: Verified,
        statement_de: text(
            "Jede Bezirksverordnetenversammlung bildet einen Ausschuss für Partizipation und Integration.",
        ),
        statement_en: text(
            "Every district assembly forms a committee for participation and integration",
        ),
        source: text(
            "https://bezirksverwaltungsrecht.berlin/kommentar-zum-bezirksverwaltungsgesetz/32-anlage",
        ),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text(ids::BE_ESTABLISHMENT_DISTRICT_COMMITTEE_2011),
        land: Land::Berlin,
        levels: Cow::Borrowed(&[Level::Borough]),
        body_types: Cow::Borrowed(&[BodyType::ParticipationCommittee]),
        duty: Duty::Must,
        threshold: None,
        citation: BEZVG_32_OLD.read_with(BEZVG_9_1_1),
        validity: Validity::between(BE_2011, BE_2021),
        certainty: Unverified,
        statement_de: text(
            "Fassung bis 2021: Jede Bezirksverordnetenversammlung bildet einen Integrationsausschuss.",
        ),
        statement_en: text(
            "Version until 2021: every district assembly forms an Integrationsausschuss",
        ),
        source: text(
            "https://bezirksverwaltungsrecht.berlin/kommentar-zum-bezirksverwaltungsgesetz/32-integrationsausschuss",
        ),
        note: text(NOTE_BE_2011),
        ..EstablishmentRule::DEFAULT
    },
];

const FRANCHISE: &[FranchiseRule] = &[];

/// Art. 54 Abs. 1 VvB: the Abgeordnetenhaus is elected for five years.
const VVB_54_1: &[Citation] = &[Citation::article("VvB", "54").paragraph(1)];

/// The law of Berlin.
pub(super) const LAW: LandLaw = LandLaw {
    land: Land::Berlin,
    regimes: Cow::Borrowed(REGIMES),
    establishment: Cow::Borrowed(ESTABLISHMENT),
    franchise: Cow::Borrowed(FRANCHISE),
    council_term: Some(COUNCIL_TERM),
    allocation: Cow::Borrowed(&[]),
};

/// The Wahlperiode of the Land's municipal councils.
pub(super) const COUNCIL_TERM: CouncilTermRule = CouncilTermRule {
    land: Land::Berlin,
    years: 5,
    start: CouncilTermStart::AtConstitution {},
    citation: Citation::section("BezVG", "5")
        .paragraph(1)
        .read_with(VVB_54_1),
    note: text(
        "The Bezirksverordnetenversammlung is elected at the same time and for the same Wahlperiode as the Abgeordnetenhaus (§ 5 Abs. 1 BezVG, commentary at bezirksverwaltungsrecht.berlin). The Abgeordnetenhaus is elected for five years; its Wahlperiode begins with its first meeting and ends with the first meeting of the newly elected one (Art. 54 Abs. 1 and 5 VvB, text at anwalt24.de). A BVV meets at the earliest with the Abgeordnetenhaus and at the latest six weeks after the election (§ 6 Abs. 1 BezVG). So a term tied to it needs its constitution day, and the five years count from that day. The repeat election of 12 Feb 2023 did not open a new Wahlperiode.",
    ),
    exceptions: Cow::Borrowed(&[]),
    end: CouncilTermEnd::AfterYears,
    regular_elections: Cow::Borrowed(&[
        d(2011, 9, 18),
        d(2016, 9, 18),
        d(2021, 9, 26),
        d(2026, 9, 20),
    ]),
    elections_source: text(
        "18 Sep 2011: lars-oberg.de and n-tv.de (the Abgeordnetenhaus elected that day first met on 27 Oct 2011); 18 Sep 2016: de.dbpedia.org (Wahl zum Abgeordnetenhaus von Berlin); 26 Sep 2021: thorsten-reschke.de (the repeat of the election of 26.09.2021); 20 Sep 2026: mz.de (dpa, June 2025: the Senat fixed the day, \"Am gleichen Tag sind auch die Wahlen zu den Bezirksparlamenten\") and rbb24.de (the repeat election of 12 Feb 2023 did not open a new Wahlperiode)",
    ),
};
