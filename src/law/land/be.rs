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

const BE_COMMITTEE_RULES: &[Rule] = &[
    Rule {
        id: text(ids::BE_PARTICIPATION_COMMITTEE_DISTRICT_COUNCILLORS),
        citation: Citation::section("BezVG", "32")
            .paragraph(2)
            .sentence(1)
            .item(1),
        validity: Validity::since(BE_2021),
        certainty: Unverified,
        statement_de: text("Dem Ausschuss gehören 9 Bezirksverordnete an."),
        statement_en: text("The committee has 9 Bezirksverordnete"),
        constraint: Constraint::Seats(Seats {
            of: SeatSelector::of(&[SeatClass::CouncilDelegated]),
            min: Some(9),
            max: Some(9),
        }),
        source: text(
            "https://justiz-nrw.wolterskluwer-online.de/printlist/add/d1f32fa9-b5e1-3d46-be10-8533b235ac28/nrw?destination=%2Fbrowse%2Fdocument%2Fd1f32fa9-b5e1-3d46-be10-8533b235ac28",
        ),
        modality: Modality::Must,
        note: text(
            "Grade (December 2026): unverified. § 32 Abs. 2 BezVG read on justiz-nrw.wolterskluwer-online.de, an undated third-party copy; gesetze.io's § 21 Abs. 1 S. 7 BezVG (Stand 27.08.2021) confirms that § 32 Abs. 2 S. 3 is the nomination rule; the 2021 amending law (umwelt-online, GVBl. Nr. 54 vom 15.07.2021 S. 842) was read only up to § 21.",
        ),
        replaces: None,
        source_kind: SourceKind::UndatedCopy,
    },
    Rule {
        id: text(ids::BE_PARTICIPATION_COMMITTEE_CITIZEN_DEPUTIES),
        citation: Citation::section("BezVG", "32")
            .paragraph(2)
            .sentence(1)
            .item(2),
        validity: Validity::since(BE_2021),
        certainty: Unverified,
        statement_de: text(
            "Dem Ausschuss gehören 6 Bürgerdeputierte an, die die Bezirksverordnetenversammlung wählt.",
        ),
        statement_en: text("The committee has 6 Bürgerdeputierte elected by the district assembly"),
        constraint: Constraint::Seats(Seats {
            of: APPOINTED,
            min: Some(6),
            max: Some(6),
        }),
        source: text(
            "https://justiz-nrw.wolterskluwer-online.de/printlist/add/d1f32fa9-b5e1-3d46-be10-8533b235ac28/nrw?destination=%2Fbrowse%2Fdocument%2Fd1f32fa9-b5e1-3d46-be10-8533b235ac28",
        ),
        modality: Modality::Must,
        note: text(
            "Grade (December 2026): unverified. § 32 Abs. 2 BezVG read on justiz-nrw.wolterskluwer-online.de, an undated third-party copy; gesetze.io's § 21 Abs. 1 S. 7 BezVG (Stand 27.08.2021) confirms that § 32 Abs. 2 S. 3 is the nomination rule; the 2021 amending law (umwelt-online, GVBl. Nr. 54 vom 15.07.2021 S. 842) was read only up to § 21.",
        ),
        replaces: None,
        source_kind: SourceKind::UndatedCopy,
    },
    Rule {
        id: text(ids::BE_PARTICIPATION_COMMITTEE_COMPOSITION),
        citation: Citation::section("BezVG", "32").paragraph(2),
        validity: Validity::since(BE_2021),
        certainty: Unverified,
        statement_de: text("Der Ausschuss besteht aus Bezirksverordneten und Bürgerdeputierten."),
        statement_en: text("The committee consists of Bezirksverordnete and Bürgerdeputierte"),
        constraint: Constraint::OnlyGroups(OnlyGroups {
            allowed: SeatSelector::of(&[SeatClass::CouncilDelegated, SeatClass::Appointed]),
        }),
        source: text(
            "https://justiz-nrw.wolterskluwer-online.de/printlist/add/d1f32fa9-b5e1-3d46-be10-8533b235ac28/nrw?destination=%2Fbrowse%2Fdocument%2Fd1f32fa9-b5e1-3d46-be10-8533b235ac28",
        ),
        modality: Modality::Must,
        note: text(
            "Grade (December 2026): unverified. § 32 Abs. 2 BezVG read on justiz-nrw.wolterskluwer-online.de, an undated third-party copy; gesetze.io's § 21 Abs. 1 S. 7 BezVG (Stand 27.08.2021) confirms that § 32 Abs. 2 S. 3 is the nomination rule; the 2021 amending law (umwelt-online, GVBl. Nr. 54 vom 15.07.2021 S. 842) was read only up to § 21.",
        ),
        replaces: None,
        source_kind: SourceKind::UndatedCopy,
    },
    Rule {
        id: text(ids::BE_PARTICIPATION_COMMITTEE_MIGRATION_HISTORY),
        citation: Citation::section("BezVG", "32").paragraph(2),
        validity: Validity::since(BE_2021),
        certainty: Unverified,
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
        source: text(
            "https://justiz-nrw.wolterskluwer-online.de/printlist/add/d1f32fa9-b5e1-3d46-be10-8533b235ac28/nrw?destination=%2Fbrowse%2Fdocument%2Fd1f32fa9-b5e1-3d46-be10-8533b235ac28 ; https://gesetze.io/gesetze/be/bezvwg/21",
        ),
        modality: Modality::Should,
        note: text(
            "A \"soll\" rule: breaking it is a warning. The Satz of § 32 Abs. 2 that holds it was not numbered in \
           the stored text. Checked only where the document counts the members with a migration history. Grade (December 2026): unverified. § 32 Abs. 2 BezVG read on justiz-nrw.wolterskluwer-online.de, an undated third-party copy; gesetze.io's § 21 Abs. 1 S. 7 BezVG (Stand 27.08.2021) confirms that § 32 Abs. 2 S. 3 is the nomination rule; the 2021 amending law (umwelt-online, GVBl. Nr. 54 vom 15.07.2021 S. 842) was read only up to § 21.",
        ),
        replaces: None,
        source_kind: SourceKind::UndatedCopy,
    },
];

/// § 32 BezVG before the law of 5 July 2021, read with § 9 Abs. 1 S. 1 BezVG
/// (the BVV forms its committees).
const BEZVG_32_OLD: Citation = Citation::section("BezVG", "32")
    .version("i. d. F. vor dem Gesetz vom 05.07.2021 (GVBl. S. 842)");
/// § 9 Abs. 1 BezVG before the 2021 law: S. 2 and 3 held the committee's
/// composition (struck by Art. 2 of the law of 5.7.2021).
const BEZVG_9_1_OLD: Citation = Citation::section("BezVG", "9")
    .paragraph(1)
    .version("i. d. F. vor dem Gesetz vom 05.07.2021 (GVBl. S. 842)");
const BEZVG_9_1_1: &[Citation] = &[Citation::section("BezVG", "9").paragraph(1).sentence(1)];
const NOTE_BE_2011: &str = "The 2021 amending law (Gesetz vom 5.7.2021, GVBl. Nr. 54 vom 15.07.2021 S. 842, as \
    umwelt-online reproduces it with its gazette data) strikes the old § 9 Abs. 1 S. 2–3 BezVG and quotes it: „Sie \
    wählt für den Integrationsausschuss mindestens vier bis höchstens sieben Bürgerdeputierte (§ 20) hinzu; die \
    Bezirksverordneten müssen die Mehrheit bilden. Die Größe des Integrationsausschusses soll regelmäßig 15 \
    Mitglieder nicht überschreiten.“ Grade (December 2026): verified for the wording; the start (27.10.2011) and \
    the end (the in-force day of Art. 2 of the 2021 law) are not legal dates read.";

const BE_COMMITTEE_2011_RULES: &[Rule] = &[
    Rule {
        id: text(ids::BE_INTEGRATION_COMMITTEE_2011_CITIZEN_DEPUTIES),
        citation: BEZVG_9_1_OLD.sentence(2),
        validity: Validity::between(BE_2011, BE_2021),
        certainty: Verified,
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
        source: text(
            "https://www.umwelt-online.de/recht/arbeitss/arbeitsrecht/laender/bln/z21_0842.htm",
        ),
        note: text(NOTE_BE_2011),
        modality: Modality::Must,
        replaces: None,
        source_kind: SourceKind::StatuteText,
    },
    Rule {
        id: text(ids::BE_INTEGRATION_COMMITTEE_2011_COUNCILLOR_MAJORITY),
        citation: BEZVG_9_1_OLD.sentence(2),
        validity: Validity::between(BE_2011, BE_2021),
        certainty: Verified,
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
        source: text(
            "https://www.umwelt-online.de/recht/arbeitss/arbeitsrecht/laender/bln/z21_0842.htm",
        ),
        note: text(NOTE_BE_2011),
        modality: Modality::Must,
        replaces: None,
        source_kind: SourceKind::StatuteText,
    },
    Rule {
        id: text(ids::BE_INTEGRATION_COMMITTEE_2011_SIZE),
        citation: BEZVG_9_1_OLD.sentence(3),
        validity: Validity::between(BE_2011, BE_2021),
        certainty: Verified,
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
        source: text(
            "https://www.umwelt-online.de/recht/arbeitss/arbeitsrecht/laender/bln/z21_0842.htm",
        ),
        modality: Modality::Should,
        note: text(
            "A \"soll\" rule (\"die Ausschussgröße soll 15 Mitglieder nicht überschreiten\"): breaking it is a \
           warning. Read in secondary sources only (SGK Berlin lexicon; FACTS § 7: \"normally at most 15\"). Grade (December 2026): verified. Read in the 2021 amending law as reproduced with its gazette data (umwelt-online, GVBl. Nr. 54 vom 15.07.2021 S. 842), which strikes the old § 9 Abs. 1 S. 2–3 BezVG: „Sie wählt für den Integrationsausschuss mindestens vier bis höchstens sieben Bürgerdeputierte (§ 20) hinzu; die Bezirksverordneten müssen die Mehrheit bilden. Die Größe des Integrationsausschusses soll regelmäßig 15 Mitglieder nicht überschreiten.“ Dates unverified.",
        ),
        replaces: None,
        source_kind: SourceKind::StatuteText,
    },
    Rule {
        id: text(ids::BE_INTEGRATION_COMMITTEE_2011_COMPOSITION),
        citation: BEZVG_9_1_OLD.sentence(2),
        validity: Validity::between(BE_2011, BE_2021),
        certainty: Verified,
        statement_de: text(
            "Fassung bis 2021: Der Integrationsausschuss besteht aus Bezirksverordneten und Bürgerdeputierten.",
        ),
        statement_en: text(
            "Version until 2021: the Integrationsausschuss consists of Bezirksverordnete and Bürgerdeputierte",
        ),
        constraint: Constraint::OnlyGroups(OnlyGroups {
            allowed: SeatSelector::of(&[SeatClass::CouncilDelegated, SeatClass::Appointed]),
        }),
        source: text(
            "https://www.umwelt-online.de/recht/arbeitss/arbeitsrecht/laender/bln/z21_0842.htm",
        ),
        note: text(NOTE_BE_2011),
        modality: Modality::Must,
        replaces: None,
        source_kind: SourceKind::StatuteText,
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
        modality: Modality::Must,
        note: text(""),
        replaces: None,
        source_kind: SourceKind::OfficialDocument,
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
        replaces: None,
        source_kind: SourceKind::OfficialDocument,
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
    modality: Modality::Must,
    note: text(""),
    replaces: None,
    source_kind: SourceKind::OfficialDocument,
}];

// ---- the Land's law ----

const REGIMES: &[Regime] = &[
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::Berlin,
        body_type: BodyType::ParticipationCommittee,
        designation: text("Ausschuss für Partizipation und Integration"),
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
        designation: text("Integrationsausschuss"),
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
        designation: text(""),
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
        designation: text(""),
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
        signatures: None,
        if_no_candidates: None,
        note: text(""),
        source_kind: SourceKind::OfficialDocument,
        replaces: None,
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
        certainty: Unverified,
        statement_de: text(
            "Jede Bezirksverordnetenversammlung bildet einen Ausschuss für Partizipation und Integration.",
        ),
        statement_en: text(
            "Every district assembly forms a committee for participation and integration",
        ),
        source: text(
            "https://www.umwelt-online.de/recht/arbeitss/arbeitsrecht/laender/bln/z21_0842.htm ; https://justiz-nrw.wolterskluwer-online.de/printlist/add/d1f32fa9-b5e1-3d46-be10-8533b235ac28/nrw?destination=%2Fbrowse%2Fdocument%2Fd1f32fa9-b5e1-3d46-be10-8533b235ac28",
        ),
        signatures: None,
        if_no_candidates: None,
        note: text(
            "Grade (December 2026): unverified. The dated amending law shows that § 9 Abs. 1 S. 1 names the committee, but the sentence's wording (the duty itself) was not read; the commentary (paraphrase) says the BVV must form it.",
        ),
        source_kind: SourceKind::StatuteText,
        replaces: Some(text(ids::BE_ESTABLISHMENT_DISTRICT_COMMITTEE_2011)),
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
            "https://www.umwelt-online.de/recht/arbeitss/arbeitsrecht/laender/bln/z21_0842.htm",
        ),
        note: text(NOTE_BE_2011),
        signatures: None,
        if_no_candidates: None,
        source_kind: SourceKind::StatuteText,
        replaces: None,
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
