//! Berlin: the Partizipationsgesetz of 2021 (PartMigG) and the Ausschuss für Partizipation und Integration (§ 32 BezVG).
//!
//! The law of July 2021 requires every Bezirk to form an Ausschuss für
//! Partizipation und Integration of district councillors and Bürgerdeputierte
//! (§ 32 BezVG) and a Bezirksbeirat für Partizipation und Integration
//! (§ 19 PartMigG), and sets up the Landesbeirat für Partizipation (§ 17
//! PartMigG), at least half of whose members should be women. Coverage starts
//! with the law's publication on 15 July 2021; its in-force day was not seen.
//!
//! The committee should be heard before the Bezirksverordnetenversammlung
//! decides matters in its field (§ 32 Abs. 1 S. 2 BezVG, since the 2021 law).
//!
//! Before it, from the 17th Wahlperiode (2011) on, the BezVG in the version of
//! 10 November 2011 required an Integrationsausschuss (§ 9 Abs. 1 S. 1, § 32)
//! of 4–7 Bürgerdeputierte and a majority of district councillors, which
//! "should" have at most 15 members (§ 9 Abs. 1 S. 2 and 3, struck by the 2021
//! law, which quotes them).

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

/// § 32 Abs. 2 S. 3 BezVG: the Bürgerdeputierte are elected by the BVV on
/// the nomination of the associations on the Senate's list.
const BEZVG_32_2_3: &[Citation] = &[Citation::section("BezVG", "32").paragraph(2).sentence(3)];

/// Where § 32 BezVG (2021) was read.
const SRC_BE_32: &str = "https://justiz-nrw.wolterskluwer-online.de/printlist/add/d1f32fa9-b5e1-3d46-be10-8533b235ac28/nrw?destination=%2Fbrowse%2Fdocument%2Fd1f32fa9-b5e1-3d46-be10-8533b235ac28";

/// What the rules of § 32 BezVG (2021) do not know.
const NOTE_BE_32: &str = "Grade (December 2026): unverified. § 32 Abs. 2 BezVG read on \
    justiz-nrw.wolterskluwer-online.de, an undated third-party copy; gesetze.io's § 21 Abs. 1 S. 7 BezVG (Stand \
    27.08.2021) confirms that § 32 Abs. 2 S. 3 is the nomination rule; the 2021 amending law (umwelt-online, GVBl. \
    Nr. 54 vom 15.07.2021 S. 842) was read only up to § 21. The in-force day of Art. 2 of the law of 5 July 2021 \
    was not read: 15.07.2021, the day coverage starts, is its promulgation.";

const BE_COMMITTEE_RULES: &[Rule] = &[
    Rule {
        id: text(ids::BE_PARTICIPATION_COMMITTEE_DISTRICT_COUNCILLORS),
        citation: Citation::section("BezVG", "32")
            .paragraph(2)
            .sentence(1)
            .item(1),
        validity: Validity::since(BE_2021),
        certainty: Unverified,
        statement: Statement::new(
            "Dem Ausschuss gehören 9 Bezirksverordnete an.",
            "The committee has 9 Bezirksverordnete",
        ),
        constraint: Constraint::Seats(Seats {
            of: SeatSelector::of(&[SeatClass::CouncilDelegated]),
            min: Some(9),
            max: Some(9),
        }),
        source: text(SRC_BE_32),
        modality: Modality::Must,
        note: text(NOTE_BE_32),
        replaces: None,
        source_kind: SourceKind::UndatedCopy,
    },
    Rule {
        id: text(ids::BE_PARTICIPATION_COMMITTEE_CITIZEN_DEPUTIES),
        citation: Citation::section("BezVG", "32")
            .paragraph(2)
            .sentence(1)
            .item(2)
            .read_with(BEZVG_32_2_3),
        validity: Validity::since(BE_2021),
        certainty: Unverified,
        statement: Statement::new(
            "Dem Ausschuss gehören 6 Bürgerdeputierte an, die die Bezirksverordnetenversammlung auf Vorschlag der in die Liste der Senatsverwaltung eingetragenen Vereine wählt.",
            "The committee has 6 Bürgerdeputierte elected by the district assembly on the nomination of the associations on the Senate's list",
        ),
        constraint: Constraint::Seats(Seats {
            of: APPOINTED,
            min: Some(6),
            max: Some(6),
        }),
        source: text(SRC_BE_32),
        modality: Modality::Must,
        note: text(NOTE_BE_32),
        replaces: None,
        source_kind: SourceKind::UndatedCopy,
    },
    Rule {
        id: text(ids::BE_PARTICIPATION_COMMITTEE_COMPOSITION),
        citation: Citation::section("BezVG", "32").paragraph(2),
        validity: Validity::since(BE_2021),
        certainty: Unverified,
        statement: Statement::new(
            "Der Ausschuss besteht aus Bezirksverordneten und Bürgerdeputierten.",
            "The committee consists of Bezirksverordnete and Bürgerdeputierte",
        ),
        constraint: Constraint::OnlyGroups(OnlyGroups {
            allowed: SeatSelector::of(&[SeatClass::CouncilDelegated, SeatClass::Appointed]),
        }),
        source: text(SRC_BE_32),
        modality: Modality::Must,
        note: text(NOTE_BE_32),
        replaces: None,
        source_kind: SourceKind::UndatedCopy,
    },
    Rule {
        id: text(ids::BE_PARTICIPATION_COMMITTEE_MIGRATION_HISTORY),
        citation: Citation::section("BezVG", "32").paragraph(2).sentence(2),
        validity: Validity::since(BE_2021),
        certainty: Unverified,
        statement: Statement::new(
            "„Die Mehrheit der Bürgerdeputierten soll aus Personen mit Migrationsgeschichte bestehen.“",
            "Most of the Bürgerdeputierte should have a migration history",
        ),
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
            "A \"soll\" rule: breaking it is a warning. Checked only where the document counts the members with a \
           migration history. § 32 Abs. 2 S. 2 BezVG: the numbering follows from § 21 Abs. 1 S. 7 BezVG (gesetze.io, \
           Stand 27.08.2021), which names S. 3 as the nomination rule that follows it. Grade (December 2026): \
           unverified. Read on justiz-nrw.wolterskluwer-online.de, an undated third-party copy; the in-force day \
           of Art. 2 of the law of 5 July 2021 was not read (15.07.2021 is its promulgation).",
        ),
        replaces: None,
        source_kind: SourceKind::UndatedCopy,
    },
];

/// The BezVG as it stood before the law of 5 July 2021: the version of
/// 10 November 2011 (GVBl. S. 692), as the 2021 law cites it.
const BE_2011_VERSION: &str = "i. d. F. der Bekanntmachung vom 10.11.2011 (GVBl. S. 692)";
/// § 32 BezVG before the law of 5 July 2021 (the Integrationsausschuss's
/// field).
const BEZVG_32_OLD: &[Citation] = &[Citation::section("BezVG", "32")];
/// § 9 Abs. 1 BezVG before the 2021 law: S. 1 names the committees the BVV
/// forms, S. 2 and 3 held the Integrationsausschuss's composition (struck by
/// Art. 2 of the law of 5.7.2021).
const BEZVG_9_1_OLD: Citation = Citation::section("BezVG", "9")
    .paragraph(1)
    .version(BE_2011_VERSION);
/// § 9 Abs. 1 S. 1 i. V. m. § 32 BezVG: the duty to form the committee.
const BEZVG_32: &[Citation] = &[Citation::section("BezVG", "32")];
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
        statement: Statement::new(
            "Fassung bis 2021: Dem Integrationsausschuss gehören mindestens vier und höchstens sieben Bürgerdeputierte an.",
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
        statement: Statement::new(
            "Fassung bis 2021: Die Bezirksverordneten bilden die Mehrheit des Integrationsausschusses.",
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
        statement: Statement::new(
            "Fassung bis 2021: Der Integrationsausschuss soll nicht mehr als 15 Mitglieder haben.",
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
        statement: Statement::new(
            "Fassung bis 2021: Der Integrationsausschuss besteht aus Bezirksverordneten und Bürgerdeputierten.",
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

/// The right of § 32 Abs. 1 S. 2 BezVG (2021).
const BE_COMMITTEE_RIGHTS: &[Right] = &[Right {
    id: text(ids::BE_PARTICIPATION_COMMITTEE_RIGHT_HEARING),
    kind: RightKind::Hearing,
    organs: Cow::Borrowed(&[Organ::Council]),
    matters: Matters::ImportantConcerningTheGroup,
    modality: Modality::Should,
    citation: Citation::section("BezVG", "32").paragraph(1).sentence(2),
    validity: Validity::since(BE_2021),
    certainty: Unverified,
    statement: Statement::new(
        "„Vor einer Beschlussfassung in der Bezirksverordnetenversammlung über Angelegenheiten nach Satz 1 soll er angehört werden.“",
        "The committee should be heard before the Bezirksverordnetenversammlung decides matters in its field",
    ),
    source: text(SRC_BE_32),
    note: text(
        "§ 32 Abs. 1 S. 2 BezVG, added by Art. 2 of the law of 5 July 2021 (GVBl. S. 842): the old § 32, as the commentary at bezirksverwaltungsrecht.berlin quotes it, had no hearing sentence, so no such right is recorded for the Integrationsausschuss of 2011–2021. The matters of Satz 1 are those with „nicht nur unerhebliche Auswirkungen auf die Partizipation, Integration und gleichberechtigte Teilhabe der Personen mit Migrationsgeschichte“, recorded as the important matters of the group; the details are left to the BVV's Geschäftsordnung (S. 3). A \"soll\" right: a Satzung that makes the hearing optional narrows it. Grade (December 2026): unverified. Read on justiz-nrw.wolterskluwer-online.de, an undated third-party copy of the current text; the in-force day of Art. 2 of the 2021 law was not read (15.07.2021 is its promulgation).",
    ),
    source_kind: SourceKind::UndatedCopy,
    replaces: None,
}];

const BE_STATE_RULES: &[Rule] = &[
    Rule {
        id: text(ids::BE_STATE_BOARD_CHAIR),
        citation: Citation::section("PartMigG", "17"),
        validity: Validity::since(BE_2021),
        certainty: Verified,
        statement: Statement::new(
            "Den Vorsitz führt das für Integration zuständige Mitglied des Senats.",
            "The member of the Senate responsible for integration chairs",
        ),
        constraint: Constraint::Chair(Chair {
            allowed: Cow::Borrowed(&[ChairMethod::ExOfficio]),
            from_seats: None,
        }),
        source: text(SRC_BE_17),
        modality: Modality::Must,
        note: text(
            "Read on the Senate's official page (berlin.de/lb/intmig). The Absatz of § 17 PartMigG that holds the rule was not read, so the citation stops at the paragraph; 15.07.2021 is the promulgation of the law of 5 July 2021, its in-force day was not read.",
        ),
        replaces: None,
        source_kind: SourceKind::OfficialDocument,
    },
    Rule {
        id: text(ids::BE_STATE_BOARD_WOMEN_HALF),
        citation: Citation::section("PartMigG", "17"),
        validity: Validity::since(BE_2021),
        certainty: Verified,
        statement: Statement::new(
            "Mindestens die Hälfte der Mitglieder sollen Frauen sein.",
            "At least half of the members should be women",
        ),
        constraint: Constraint::MembersWith(MembersWith {
            of: ALL,
            attribute: MemberAttribute::Woman,
            min: ratio(1, 2),
            more_than: false,
        }),
        source: text("https://berlin.de/lb/intmig/themen/partizipationsbeirat/profile"),
        modality: Modality::Should,
        note: text(
            "A \"soll\" rule (FACTS § 14.7): breaking it is a warning. Checked only where the document counts the \
           women among the members. Read on the Senate's official page (berlin.de/lb/intmig, Profile); the Absatz \
           of § 17 PartMigG that holds the rule was not read, so the citation stops at the paragraph; 15.07.2021 is \
           the promulgation of the law of 5 July 2021, its in-force day was not read.",
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
    statement: Statement::new(
        "Jeder Bezirk richtet einen Bezirksbeirat für Partizipation und Integration ein.",
        "Every Bezirk sets up a Bezirksbeirat für Partizipation und Integration",
    ),
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
        rights: Cow::Borrowed(BE_COMMITTEE_RIGHTS),
        note: text(
            "Covered from the publication of the 2021 law (GVBl. of 15.07.2021); its in-force date was not seen. The committee should be heard before the Bezirksverordnetenversammlung decides matters in its field (§ 32 Abs. 1 S. 2 BezVG, unverified); rights under the PartMigG were not read and are not recorded.",
        ),
    },
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::Berlin,
        body_type: BodyType::ParticipationCommittee,
        designation: text("Integrationsausschuss"),
        levels: Cow::Borrowed(&[Level::Borough]),
        governance: Governance::Statute,
        basis: BEZVG_9_1_OLD.sentence(1).read_with(BEZVG_32_OLD),
        covered: Validity::between(BE_2011, BE_2021),
        rules: Cow::Borrowed(BE_COMMITTEE_2011_RULES),
        rights: Cow::Borrowed(&[]),
        note: text(
            "The Integrationsausschuss of the Bezirksverordnetenversammlung from the 17th Wahlperiode (27.10.2011) \
         until the 2021 law: 4–7 Bürgerdeputierte, a majority of Bezirksverordnete, and normally at most 15 members \
         (§ 9 Abs. 1 S. 2 and 3 BezVG in the version of 10.11.2011, quoted by the 2021 law that strikes them). Its \
         Bürgerdeputierte were elected on the proposals of the Fraktionen. No right to be heard is recorded: the old \
         § 32 had none.",
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
        statement: Statement::new(
            "Jeder Bezirk richtet einen Bezirksbeirat für Partizipation und Integration ein und finanziert seine Geschäftsstelle.",
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
        citation: Citation::section("BezVG", "9")
            .paragraph(1)
            .sentence(1)
            .read_with(BEZVG_32),
        validity: Validity::since(BE_2021),
        certainty: Unverified,
        statement: Statement::new(
            "Jede Bezirksverordnetenversammlung bildet einen Ausschuss für Partizipation und Integration.",
            "Every district assembly forms a committee for participation and integration",
        ),
        source: text(
            "https://www.umwelt-online.de/recht/arbeitss/arbeitsrecht/laender/bln/z21_0842.htm ; https://justiz-nrw.wolterskluwer-online.de/printlist/add/d1f32fa9-b5e1-3d46-be10-8533b235ac28/nrw?destination=%2Fbrowse%2Fdocument%2Fd1f32fa9-b5e1-3d46-be10-8533b235ac28",
        ),
        signatures: None,
        if_no_candidates: None,
        note: text(
            "Grade (December 2026): unverified. The dated amending law (GVBl. S. 842) replaces „Integrationsausschuss“ by „Ausschuss für Partizipation und Integration“ in § 9 Abs. 1 S. 1 BezVG, so that sentence names the committee; its wording (the duty itself) was not read; the commentary (paraphrase) says the BVV must form it. The in-force day of Art. 2 of the law of 5 July 2021 was not read.",
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
        citation: BEZVG_9_1_OLD.sentence(1).read_with(BEZVG_32_OLD),
        validity: Validity::between(BE_2011, BE_2021),
        certainty: Unverified,
        statement: Statement::new(
            "Fassung bis 2021: Jede Bezirksverordnetenversammlung bildet einen Integrationsausschuss.",
            "Version until 2021: every district assembly forms an Integrationsausschuss",
        ),
        source: text(
            "https://www.umwelt-online.de/recht/arbeitss/arbeitsrecht/laender/bln/z21_0842.htm",
        ),
        note: text(
            "§ 9 Abs. 1 S. 1 BezVG (version of 10.11.2011) named the Integrationsausschuss among the committees the \
             Bezirksverordnetenversammlung forms: the 2021 law (GVBl. S. 842) replaces „Integrationsausschuss“ there \
             by „Ausschuss für Partizipation und Integration“. The sentence itself (the duty) was not read: \
             unverified.",
        ),
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
