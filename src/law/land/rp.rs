//! Rheinland-Pfalz: the Beirat für Migration und Integration (§ 56 GemO, § 49a LKO RLP).
//!
//! Since 1 January 2009 a municipality with more than 1,000 foreign residents
//! must form a Beirat für Migration und Integration, and other municipalities
//! may; a Landkreis must where it has more than 5,000. Its members are elected
//! for five years in a general, equal, secret, direct and free election;
//! appointed members may be added (the one-third cap is a rule of the
//! Satzungen, not confirmed for the statute). Where the candidates do not
//! exceed the seats there is no election and the duty lapses for the
//! Wahlperiode (§ 56 Abs. 3). The franchise was widened in 2014 (from 27 May
//! 2014) to Spätaussiedler, naturalised persons, § 4 Abs. 3 StAG Germans and
//! their children. A Landkreis of 5,000 or fewer foreign residents may form a
//! Beirat (AGARP; the statute's wording was not read). The chair rule and the
//! rights are recorded from secondary sources only (unverified).

use super::shared::*;

// ---- reform dates ----

/// Rheinland-Pfalz: the § 56 GemO reform of 26 Nov 2008 (GVBl. S. 294),
/// Beiräte für Migration und Integration from 1 Jan 2009.
const RP_2009: NaiveDate = d(2009, 1, 1);
/// Rheinland-Pfalz: the 2014 franchise (children of the groups, age 16).
const RP_2014: NaiveDate = d(2014, 5, 27);
const RP_2008_VERSION: &str = "i. d. F. des Gesetzes vom 26.11.2008 (GVBl. S. 294)";

// ---- values, citations, sources and rules ----

const SRC_RP_MIN: &str = "https://wayback.edoweb-rlp.de/weltweit/20241029mp_/https:/mffjiv.rlp.de/de/themen/integration/integrationspolitik-in-rheinland-pfalz/gremien/kommunale-beiraete-fuer-migration-und-integration";

const SRC_RP_DRS_16_2841: &str =
    "https://kleineanfragen.de/rheinland-pfalz/16/2841-beiraete-fuer-migration-und-integration.txt";

const NOTE_RP_ELECTED: &str = "Landtag Drs. 16/2841 (the ministry's answer of 1.10.2013) names the principles \
    „allgemein, gleich, geheim, unmittelbar und frei“ and cites § 56 Abs. 2 S. 1 GemO; the start: the ministry \
    (mffjiv.rlp.de, archived 29.10.2024): „Am 1. Januar 2009 trat das Landesgesetz über die Einrichtung von \
    kommunalen Beiräten für Migration und Integration in Kraft.“ Grade (December 2026): verified.";

const NOTE_RP_TERM: &str = "„für die Dauer von fünf Jahren“: in a dated statute copy (umwelt-online, the law of \
    26.11.2008) only in the text before 2009; the text in force since 2009 is read only in an association's and \
    a municipality's quotes (civi-kune-rlp.de, Eisenberg; for Landkreise Kaiserslautern's papers). Grade \
    (December 2026): unverified.";

const NOTE_RP_APPOINTED: &str = "The ministry confirms appointed members („können weitere Mitglieder in die \
    Integrationsbeiräte berufen, vorzugsweise aus dem Kreis der Ratsmitglieder“) but no cap; the one-third cap \
    is read only in Satzungen (the Landkreistag's model Satzung, Kaiserslautern, Mayen). Unverified.";

const fn rp_rules(prefix: Prefix, law: &'static str, number: &'static str) -> [Rule; 5] {
    [
        Rule {
            id: text(prefix.elected),
            citation: Citation::section(law, number).paragraph(2).sentence(1),
            validity: Validity::since(RP_2009),
            certainty: Verified,
            statement: Statement::new(
                "Der Beirat hat Mitglieder, die in allgemeiner, gleicher, geheimer, unmittelbarer und freier Wahl gewählt werden.",
                "The Beirat has members elected in a general, equal, secret, direct and free election",
            ),
            constraint: Constraint::Seats(Seats {
                of: ELECTED,
                min: Some(1),
                max: None,
            }),
            source: text(SRC_RP_DRS_16_2841),
            modality: Modality::Must,
            note: text(NOTE_RP_ELECTED),
            replaces: None,
            source_kind: SourceKind::OfficialDocument,
        },
        Rule {
            id: text(prefix.term),
            citation: Citation::section(law, number).paragraph(2).sentence(1),
            validity: Validity::since(RP_2009),
            certainty: Unverified,
            statement: Statement::new(
                "Die Mitglieder werden für die Dauer von fünf Jahren gewählt.",
                "The members are elected for five years",
            ),
            constraint: Constraint::TermYears(TermYears { years: 5 }),
            source: text("https://www.civi-kune-rlp.de/2019/07/11/migrationsbeiratswahlen-2019/"),
            modality: Modality::Must,
            note: text(NOTE_RP_TERM),
            replaces: None,
            source_kind: SourceKind::MunicipalQuote,
        },
        Rule {
            id: text(prefix.appointed_third),
            citation: Citation::section(law, number),
            validity: Validity::since(RP_2009),
            certainty: Unverified,
            statement: Statement::new(
                "Berufene Mitglieder dürfen höchstens ein Drittel der Mitglieder ausmachen (Drittelregelung der Satzungen; ob das Gesetz selbst sie enthält, ist nicht bestätigt).",
                "Appointed members may make up at most one third of the members (the Satzungen's rule; whether the statute itself caps them is not confirmed)",
            ),
            constraint: Constraint::Share(Share {
                part: APPOINTED,
                of: ALL,
                min: None,
                max: Some(ratio(1, 3)),
            }),
            source: text(SRC_RP_MIN),
            modality: Modality::Must,
            note: text(NOTE_RP_APPOINTED),
            replaces: None,
            source_kind: SourceKind::MunicipalQuote,
        },
        Rule {
            id: text(prefix.chair),
            citation: Citation::section(law, number),
            validity: Validity::since(RP_2009),
            certainty: Unverified,
            statement: Statement::new(
                "Der Beirat wählt seinen Vorsitz aus seiner Mitte.",
                "The Beirat elects its chair from its members",
            ),
            constraint: Constraint::Chair(Chair {
                allowed: FROM_MIDST,
                from_seats: None,
            }),
            source: text(SRC_RP_CHAIR),
            note: text(RP_CHAIR_NOTE),
            modality: Modality::Must,
            replaces: None,
            source_kind: SourceKind::Paraphrase,
        },
        Rule {
            id: text(prefix.deputies),
            citation: Citation::section(law, number),
            validity: Validity::since(RP_2009),
            certainty: Unverified,
            statement: Statement::new(
                "Der Beirat wählt die Stellvertretung im Vorsitz aus seiner Mitte.",
                "The Beirat elects its deputy chairs from its members",
            ),
            constraint: Constraint::Deputies(Deputies {
                allowed: FROM_MIDST,
            }),
            source: text(SRC_RP_CHAIR),
            note: text(RP_CHAIR_NOTE),
            modality: Modality::Must,
            replaces: None,
            source_kind: SourceKind::Paraphrase,
        },
    ]
}

struct Prefix {
    elected: &'static str,
    term: &'static str,
    appointed_third: &'static str,
    chair: &'static str,
    deputies: &'static str,
}

const SRC_RP_CHAIR: &str = "https://schifferstadt.de/rathaus/aktuelles/2024/november/1-sitzung-des-beirates-fuer-migration-und-integration-der-stadt-schifferstadt";

const RP_CHAIR_NOTE: &str = "The Beirat elects its chair and deputies from its members in the Satzungen and in practice \
     (Schifferstadt, constituent meeting of November 2024); the wording of § 56 GemO RLP and § 49a LKO RLP on the chair \
     was not seen, so the rule is unverified and a breach is a note.";

const RP_MUNICIPAL_RULES: &[Rule] = &rp_rules(
    Prefix {
        elected: ids::RP_MIGRATION_BOARD_ELECTED,
        term: ids::RP_MIGRATION_BOARD_TERM,
        appointed_third: ids::RP_MIGRATION_BOARD_APPOINTED_THIRD,
        chair: ids::RP_MIGRATION_BOARD_CHAIR,
        deputies: ids::RP_MIGRATION_BOARD_DEPUTIES,
    },
    "GemO RLP",
    "56",
);

const RP_COUNTY_RULES: &[Rule] = &rp_rules(
    Prefix {
        elected: ids::RP_COUNTY_MIGRATION_BOARD_ELECTED,
        term: ids::RP_COUNTY_MIGRATION_BOARD_TERM,
        appointed_third: ids::RP_COUNTY_MIGRATION_BOARD_APPOINTED_THIRD,
        chair: ids::RP_COUNTY_MIGRATION_BOARD_CHAIR,
        deputies: ids::RP_COUNTY_MIGRATION_BOARD_DEPUTIES,
    },
    "LKO RLP",
    "49a",
);

const RP_BODIES: &[BodyType] = &[BodyType::MigrationAndIntegrationAdvisoryBoard];

/// § 56a GemO RLP: the Beirat für die Belange von Menschen mit
/// Migrationshintergrund, which a municipality may appoint where no election
/// takes place.
const GEMO_56A: &[Citation] = &[Citation::section("GemO RLP", "56a")];

/// The Verbandsgemeinde level (§ 64 GemO RLP).
const ASSOCIATION: &[Level] = &[Level::MunicipalAssociation];

/// Municipalities and Verbandsgemeinden: for the Verbandsgemeinde the rules
/// on municipalities apply (§ 64 Abs. 2 GemO RLP).
const RP_MUNICIPAL_LEVELS: &[Level] = &[Level::Municipality, Level::MunicipalAssociation];

const RP_GROUPS: &[VoterGroup] = &[
    NonGerman,
    Spaetaussiedler,
    Naturalised,
    GermanByBirthInGermany,
    ChildOfTheseGroups,
];

const RP_GROUPS_2009: &[VoterGroup] = &[NonGerman, Spaetaussiedler, Naturalised];

const SRC_RP_LANDAU: &str =
    "https://landau.de/Verwaltung-Politik/Stadtpolitik/Beirat-f%C3%BCr-Migration-Integration/?La=1";

const RP_MUNICIPAL_RIGHTS: &[Right] = &[
    Right {
        id: text(ids::RP_MIGRATION_BOARD_RIGHT_MOTION),
        kind: RightKind::Motion,
        organs: Cow::Borrowed(&[Organ::Council]),
        matters: Matters::ConcerningTheGroup,
        modality: Modality::Must,
        citation: Citation::section("GemO RLP", "56"),
        validity: Validity::since(RP_2009),
        certainty: Unverified,
        statement: Statement::new(
            "Auf Antrag des Beirats für Migration und Integration hat der Bürgermeister Angelegenheiten dem Gemeinderat zur Beratung und Entscheidung vorzulegen.",
            "On the motion of the Beirat für Migration und Integration, the mayor must put matters to the municipal council for debate and decision",
        ),
        source: text(SRC_RP_LANDAU),
        note: text(
            "Worded as the city of Landau describes its Beirat; the same rights stand in § 56a GemO Satzungen (Limburgerhof). The text of § 56 GemO on rights was not read, so the rights are unverified and cite the paragraph only. AGARP places the Beirat's tasks in § 56 Abs. 5 and 6 GemO (paraphrase); the Absatz of each right was not read.",
        ),
        source_kind: SourceKind::Paraphrase,
        replaces: None,
    },
    Right {
        id: text(ids::RP_MIGRATION_BOARD_RIGHT_ATTENDANCE),
        kind: RightKind::AttendanceAndSpeaking,
        organs: Cow::Borrowed(&[Organ::Council, Organ::Committee]),
        matters: Matters::ConcerningTheGroup,
        modality: Modality::Must,
        citation: Citation::section("GemO RLP", "56"),
        validity: Validity::since(RP_2009),
        certainty: Unverified,
        statement: Statement::new(
            "Der Vorsitzende des Beirats oder ein Stellvertreter ist berechtigt, bei der Beratung dieser Angelegenheiten an den Sitzungen des Gemeinderates und seiner Ausschüsse mit beratender Stimme teilzunehmen.",
            "The chair of the Beirat or a deputy may attend the meetings of the municipal council and its committees with an advisory voice when these matters are debated",
        ),
        source: text(SRC_RP_LANDAU),
        note: text(
            "Worded as the city of Landau describes its Beirat; the text of § 56 GemO on rights was not read, so the right is unverified and cites the paragraph only. AGARP places the Beirat's tasks in § 56 Abs. 5 and 6 GemO (paraphrase); the Absatz of each right was not read.",
        ),
        source_kind: SourceKind::Paraphrase,
        replaces: None,
    },
    Right {
        id: text(ids::RP_MIGRATION_BOARD_RIGHT_COMMENT),
        kind: RightKind::Comment,
        organs: Cow::Borrowed(&[Organ::Council, Organ::Committee, Organ::Executive]),
        matters: Matters::Referred,
        modality: Modality::Should,
        citation: Citation::section("GemO RLP", "56"),
        validity: Validity::since(RP_2009),
        certainty: Unverified,
        statement: Statement::new(
            "Der Beirat soll zu Fragen, die ihm vom Gemeinderat, einem Ausschuss oder dem Bürgermeister vorgelegt werden, Stellung nehmen.",
            "The Beirat should comment on questions put to it by the municipal council, a committee or the mayor",
        ),
        source: text(SRC_RP_LANDAU),
        note: text(
            "Worded as the city of Landau describes its Beirat; the text of § 56 GemO on rights was not read, so the right is unverified and cites the paragraph only. AGARP places the Beirat's tasks in § 56 Abs. 5 and 6 GemO (paraphrase); the Absatz of each right was not read.",
        ),
        source_kind: SourceKind::Paraphrase,
        replaces: None,
    },
];

// ---- the Land's law ----

const REGIMES: &[Regime] = &[
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::RheinlandPfalz,
        body_type: BodyType::MigrationAndIntegrationAdvisoryBoard,
        designation: text("Beirat für Migration und Integration"),
        levels: Cow::Borrowed(RP_MUNICIPAL_LEVELS),
        governance: Governance::Statute,
        basis: Citation::section("GemO RLP", "56"),
        covered: Validity::since(RP_2009),
        rules: Cow::Borrowed(RP_MUNICIPAL_RULES),
        rights: Cow::Borrowed(RP_MUNICIPAL_RIGHTS),
        note: text(
            "Since 1 Jan 2009; for Verbandsgemeinden through § 64 Abs. 2 GemO RLP, which applies the rules on \
         municipalities to them. The one-third cap on appointed members is a Satzung rule; whether § 56 itself caps them \
         is not confirmed. Participation rights (motion, attendance, comment) are recorded as unverified, worded as Landau describes them.",
        ),
    },
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::RheinlandPfalz,
        body_type: BodyType::MigrationAndIntegrationAdvisoryBoard,
        designation: text("Beirat für Migration und Integration"),
        levels: Cow::Borrowed(COUNTY),
        governance: Governance::Statute,
        basis: Citation::section("LKO RLP", "49a"),
        covered: Validity::since(RP_2009),
        rules: Cow::Borrowed(RP_COUNTY_RULES),
        rights: Cow::Borrowed(&[]),
        note: text(
            "Since 1 Jan 2009; mirrors § 56 GemO for Landkreise. Participation rights under § 49a LKO RLP were not read and are not recorded.",
        ),
    },
];

const ESTABLISHMENT: &[EstablishmentRule] = &[
    // ---- Rheinland-Pfalz, § 56 GemO; § 49a LKO RLP ----
    EstablishmentRule {
        id: text(ids::RP_ESTABLISHMENT_MUST_1000),
        land: Land::RheinlandPfalz,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(RP_BODIES),
        duty: Duty::Must,
        threshold: Some(Threshold::ForeignResidents {
            comparison: GreaterThan,
            count: 1_000,
        }),
        citation: Citation::section("GemO RLP", "56").paragraph(1),
        validity: Validity::since(RP_2009),
        certainty: Verified,
        statement: Statement::new(
            "In Gemeinden mit mehr als 1.000 ausländischen Einwohnern (Hauptwohnung; Staatenlose zählen mit) ist ein Beirat für Migration und Integration einzurichten.",
            "A municipality with more than 1,000 foreign residents (main residence; stateless persons count) must set up a Beirat für Migration und Integration",
        ),
        source: text(
            "https://mffjiv.rlp.de/de/themen/integration/integrationspolitik-in-rheinland-pfalz/gremien/kommunale-beiraete-fuer-migration-und-integration/ ; https://wayback.edoweb-rlp.de/weltweit/20241029mp_/https:/mffjiv.rlp.de/de/themen/integration/integrationspolitik-in-rheinland-pfalz/gremien/kommunale-beiraete-fuer-migration-und-integration",
        ),
        note: text(
            "Municipal practice (Kusel, Bad Marienberg) counts the foreign residents on 30 June of the year before \
               the election; that Stichtag was not read in the statute (legal audit, E). The details „Hauptwohnung; \
               Staatenlose zählen mit“ are read only in the text before 2009 (umwelt-online, the 'alt' column of \
               the law of 26.11.2008) and in municipal quotes (Eisenberg, civi-kune-rlp.de), not in the text in \
               force since 2009.",
        ),
        if_no_candidates: Some(NoCandidates {
            citation: Citation::section("GemO RLP", "56")
                .paragraph(3)
                .sentence(1)
                .read_with(GEMO_56A),
            lapses_for_years: None,
            instead: None,
            statement: Statement::new(
                "Übersteigt die Zahl der Bewerber nicht die Zahl der Sitze, findet keine Wahl statt und die Pflicht entfällt für die Wahlperiode; die Gemeinde kann einen Beirat für die Belange von Menschen mit Migrationshintergrund berufen (§ 56a GemO).",
                "If the candidates do not exceed the seats there is no election and the duty lapses for the Wahlperiode; the municipality may appoint a Beirat für die Belange von Menschen mit Migrationshintergrund (§ 56a GemO)",
            ),
        }),
        signatures: None,
        source_kind: SourceKind::OfficialDocument,
        replaces: None,
    },
    EstablishmentRule {
        id: text(ids::RP_ESTABLISHMENT_MAY),
        land: Land::RheinlandPfalz,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(RP_BODIES),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("GemO RLP", "56").paragraph(1),
        validity: Validity::since(RP_2009),
        certainty: Unverified,
        statement: Statement::new(
            "In anderen Gemeinden kann aufgrund einer Satzung ein Beirat eingerichtet werden.",
            "Other municipalities may set up a Beirat by Satzung",
        ),
        source: text(
            "https://www.civi-kune-rlp.de/2019/07/11/migrationsbeiratswahlen-2019/ ; https://umwelt-online.de/recht/allgemei/laender/rp/z08_0294.htm",
        ),
        signatures: None,
        if_no_candidates: None,
        note: text(
            "Grade (December 2026): unverified. „In anderen Gemeinden kann aufgrund einer Satzung ein Beirat für Migration und Integration eingerichtet werden“ read only in an association's quote (civi-kune-rlp.de, 2019); the dated umwelt-online copy shows this sentence only for the old Ausländerbeirat (before 2009).",
        ),
        source_kind: SourceKind::MunicipalQuote,
        replaces: None,
    },
    EstablishmentRule {
        id: text(ids::RP_ESTABLISHMENT_ASSOCIATION_MAY),
        land: Land::RheinlandPfalz,
        levels: Cow::Borrowed(ASSOCIATION),
        body_types: Cow::Borrowed(RP_BODIES),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("GemO RLP", "64").paragraph(2).item(6),
        validity: Validity::since(RP_2009),
        certainty: Unverified,
        statement: Statement::new(
            "In der Verbandsgemeinde liegt die Einrichtung eines Beirats für Migration und Integration im Ermessen des Verbandsgemeinderats.",
            "In a Verbandsgemeinde, setting up a Beirat is at the discretion of the Verbandsgemeinderat",
        ),
        source: text(
            "https://justiz-nrw.wolterskluwer-online.de/browse/document/7dc00c78-18f4-3bec-a3f5-372d9e00dbdd",
        ),
        note: text(
            "§ 64 Abs. 2 Nr. 6 GemO RLP, read in its current text; Annweiler's Verbandsgemeinderat applies it \
           (bi-annweiler.de). The day the number 6 came into force was not read; the name \"Beirat für Migration \
           und Integration\" dates from the law of 26 Nov 2008, in force from 1 Jan 2009. Grade (December 2026): unverified. § 64 Abs. 2 Nr. 6 GemO RLP read on justiz-nrw.wolterskluwer-online.de, an undated third-party copy; applied by VG Annweiler; the day Nr. 6 came into force was not read.",
        ),
        signatures: None,
        if_no_candidates: None,
        source_kind: SourceKind::UndatedCopy,
        replaces: None,
    },
    EstablishmentRule {
        id: text(ids::RP_ESTABLISHMENT_COUNTY_MUST_5000),
        land: Land::RheinlandPfalz,
        levels: Cow::Borrowed(COUNTY),
        body_types: Cow::Borrowed(RP_BODIES),
        duty: Duty::Must,
        threshold: Some(Threshold::ForeignResidents {
            comparison: GreaterThan,
            count: 5_000,
        }),
        citation: Citation::section("LKO RLP", "49a").paragraph(1),
        validity: Validity::since(RP_2009),
        certainty: Verified,
        statement: Statement::new(
            "In Landkreisen mit mehr als 5.000 ausländischen Einwohnern ist ein Beirat für Migration und Integration einzurichten.",
            "A Landkreis with more than 5,000 foreign residents must set up a Beirat für Migration und Integration",
        ),
        source: text(
            "https://mffjiv.rlp.de/de/themen/integration/integrationspolitik-in-rheinland-pfalz/gremien/kommunale-beiraete-fuer-migration-und-integration/ ; https://sitzungsdienst.kaiserslautern-kreis.de/buergerinfo/vo0050.php?__kvonr=461",
        ),
        if_no_candidates: Some(NoCandidates {
            citation: Citation::section("LKO RLP", "49a").paragraph(3),
            lapses_for_years: None,
            instead: None,
            statement: Statement::new(
                "Übersteigt die Zahl der Bewerber nicht die Zahl der Sitze, findet keine Wahl statt; ein Beirat für die Belange von Menschen mit Migrationshintergrund nach § 49b LKO RLP soll gebildet werden.",
                "If the candidates do not exceed the seats there is no election; a Beirat für die Belange von Menschen mit Migrationshintergrund under § 49b LKO RLP should be formed",
            ),
        }),
        signatures: None,
        note: text(
            "The duty is verified; the fallback where no election takes place (§ 49a Abs. 3, § 49b LKO RLP) rests on a Landkreis paper only (paraphrase).",
        ),
        source_kind: SourceKind::OfficialDocument,
        replaces: None,
    },
    EstablishmentRule {
        id: text(ids::RP_ESTABLISHMENT_COUNTY_MAY),
        land: Land::RheinlandPfalz,
        levels: Cow::Borrowed(COUNTY),
        body_types: Cow::Borrowed(RP_BODIES),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("LKO RLP", "49a").paragraph(1),
        validity: Validity::since(RP_2009),
        certainty: Unverified,
        statement: Statement::new(
            "Landkreise, die die Schwelle nicht erreichen, können auf freiwilliger Basis einen Beirat für Migration und Integration einrichten (sinngemäß nach AGARP; der Wortlaut des § 49a LKO RLP wurde nicht gelesen).",
            "A Landkreis below the threshold may set up a Beirat für Migration und Integration voluntarily (as AGARP says; the wording of § 49a LKO RLP was not read)",
        ),
        source: text(
            "https://wahlen2019.agarp.de/wo-wird-gewaehlt ; https://www.vulkaneifel.de/kreisnachrichten/2024/KW41/4",
        ),
        signatures: None,
        if_no_candidates: None,
        note: text(
            "AGARP, the Land association of the Beiräte: „Kommunen, die diese erforderliche Personenzahl nicht erreichen, sowie Verbandsgemeinden können auf freiwilliger Basis einen Beirat einrichten.“ (a paraphrase of the law). The Landkreis Vulkaneifel adopted on 16 September 2024 a Satzung „aufgrund des § 17 der Landkreisordnung (LKO) in Verbindung mit § 49 a LKO“ (municipal; its foreign population was not checked, so this is only indicative). The statute's „kann“ for Landkreise and its Satz were not read: for municipalities the pre-2009 § 56 Abs. 1 S. 2 GemO had „In anderen Gemeinden kann aufgrund einer Satzung ein Ausländerbeirat eingerichtet werden“ (umwelt-online), but the 2009 LKO counterpart was not visible. Unverified; the Satz of § 49a Abs. 1 is not cited.",
        ),
        source_kind: SourceKind::Paraphrase,
        replaces: None,
    },
];

const FRANCHISE: &[FranchiseRule] = &[
    FranchiseRule {
        id: Cow::Borrowed(ids::RP_FRANCHISE),
        land: Land::RheinlandPfalz,
        body_types: Cow::Borrowed(RP_BODIES),
        validity: Validity::since(RP_2014),
        certainty: Unverified,
        active: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(RP_GROUPS),
            min_age: Some(16),
            residence: Some(TimeSpan::Months(3)),
            lawful_stay: None,
            excludes_asylum_seekers: false,
            excludes_residence_act_exempt: false,
            germans_must_apply: false,
            citation: Citation::section("GemO RLP", "56"),
        }]),
        passive: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(&[AnyResident]),
            min_age: Some(16),
            residence: Some(TimeSpan::Months(3)),
            lawful_stay: None,
            excludes_asylum_seekers: false,
            excludes_residence_act_exempt: false,
            germans_must_apply: false,
            citation: Citation::section("GemO RLP", "56"),
        }]),
        statement: Statement::new(
            "Wahlberechtigt sind alle ausländischen und staatenlosen Einwohner sowie Spätaussiedler, Eingebürgerte, Deutsche nach § 4 Abs. 3 StAG und Kinder dieser Gruppen ab 16 mit drei Monaten Wohnsitz. Wählbar sind die Wahlberechtigten und alle Bürger der Gemeinde.",
            "Voters: all foreign and stateless residents, Spätaussiedler, naturalised persons, Germans under § 4 Abs. 3 StAG and children of these groups, 16+, three months' residence. Candidates: the voters and all Bürger of the municipality.",
        ),
        source: Cow::Borrowed(
            "https://wayback.edoweb-rlp.de/weltweit/20241029mp_/https:/mffjiv.rlp.de/de/themen/integration/integrationspolitik-in-rheinland-pfalz/gremien/kommunale-beiraete-fuer-migration-und-integration ; https://vgeisenberg.ris.itebo.de/bi/to0050.asp?__ktonr=6886",
        ),
        note: Cow::Borrowed(
            "Grade (December 2026): unverified. The ministry confirms the groups (children of foreign residents, Spätaussiedler and naturalised persons) and voting age 16; the three months' residence and the passive franchise rest on municipal quotes (Eisenberg) and association pages, so the rule as a whole is unverified. Start: the ministry names the „Landesgesetz zur Erweiterung der Wahlberechtigung … vom 27. Mai 2014“; 27.05.2014 is the law's date, its in-force day was not read.",
        ),
        source_kind: SourceKind::OfficialDocument,
        replaces: Some(Cow::Borrowed(ids::RP_FRANCHISE_2009)),
    },
    FranchiseRule {
        id: Cow::Borrowed(ids::RP_FRANCHISE_2009),
        land: Land::RheinlandPfalz,
        body_types: Cow::Borrowed(RP_BODIES),
        validity: Validity::between(RP_2009, RP_2014),
        certainty: Unverified,
        active: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(RP_GROUPS_2009),
            min_age: Some(18),
            residence: Some(TimeSpan::Months(3)),
            lawful_stay: None,
            excludes_asylum_seekers: false,
            excludes_residence_act_exempt: false,
            germans_must_apply: false,
            citation: Citation::section("GemO RLP", "56").version(RP_2008_VERSION),
        }]),
        passive: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(RP_GROUPS_2009),
            min_age: Some(18),
            residence: Some(TimeSpan::Months(3)),
            lawful_stay: None,
            excludes_asylum_seekers: false,
            excludes_residence_act_exempt: false,
            germans_must_apply: false,
            citation: Citation::section("GemO RLP", "56").version(RP_2008_VERSION),
        }]),
        statement: Statement::new(
            "Fassung 2009: Ausländer, Eingebürgerte und Spätaussiedler ab 18 mit drei Monaten Wohnsitz; die Kinder dieser Gruppen und das Wahlalter 16 kamen erst 2014 hinzu.",
            "2009 version: foreigners, naturalised persons and Spätaussiedler, 18+, three months' residence; the children of these groups and the voting age of 16 came in 2014.",
        ),
        source: Cow::Borrowed(
            "https://wayback.edoweb-rlp.de/weltweit/20241029mp_/https:/mffjiv.rlp.de/de/themen/integration/integrationspolitik-in-rheinland-pfalz/gremien/kommunale-beiraete-fuer-migration-und-integration ; https://umwelt-online.de/recht/allgemei/laender/rp/z08_0294.htm",
        ),
        note: Cow::Borrowed(
            "Unverified (legal audit, B3): the groups are confirmed by the ministry, but no source states the passive side for 2009–2014 (whether Bürger could stand), and the statute text of this version was not read.",
        ),
        source_kind: SourceKind::OfficialDocument,
        replaces: None,
    },
];

/// § 71 Abs. 2 KWG: the Wahlzeit runs from the month after the election to
/// the month of the next one.
const KWG_71_2: &[Citation] = &[Citation::section("KWG RLP", "71").paragraph(2)];

/// How the seats of the elected Beirat members are allocated: the Satzung
/// decides (§ 56 Abs. 2 GemO, § 49a Abs. 2 LKO).
const ALLOCATION: &[AllocationRule] = &[
    AllocationRule {
        id: text(ids::RP_ELECTION_ALLOCATION),
        land: Land::RheinlandPfalz,
        body_types: Cow::Borrowed(RP_BODIES),
        levels: Cow::Borrowed(RP_MUNICIPAL_LEVELS),
        method: None,
        local_choice: true,
        citation: Citation::section("GemO RLP", "56").paragraph(2),
        validity: Validity::since(RP_2009),
        certainty: Unverified,
        statement: Statement::new(
            "Das Wahlverfahren und das Verfahren der Sitzverteilung bestimmt die Satzung; Sitze, die ein Wahlvorschlag mangels Bewerbern nicht besetzen kann, bleiben unbesetzt.",
            "The Satzung sets the election procedure and the allocation method; seats a proposal cannot fill for want of candidates stay vacant",
        ),
        source: text(SRC_RP_DRS_16_2841),
        note: text(
            "No statutory method. The ministry (Drucksache 16/2841 of 1.10.2013): the procedure is to be \"einfach und zweckmäßig\" (§ 56 Abs. 2 S. 1 GemO, § 49a Abs. 2 S. 1 LKO), and the municipalities chose in their Satzung between Verhältniswahl and Mehrheitswahl (21 and 26 of them in 2009); before 2008, § 56 Abs. 2: \"Das Nähere regelt die Satzung nach den Grundsätzen des Kommunalwahlrechts\". The 2008 wording was not read, hence unverified. The election result must name its Satzung's method. Many Satzungen refer to the KWG, whose § 41 used Hare/Niemeyer up to the 2009 elections (Drucksache 16/1381) and Sainte-Laguë/Schepers from the 2014 elections (the Trier press; the amending law of 2013 was not found); Trier's result of 2024 fits Sainte-Laguë and not Hare/Niemeyer. A Mehrheitswahl (one admitted list, or the Satzung's choice) is not a list allocation and is not modelled. \
             Reading chosen for seats a proposal cannot fill: they stay vacant (Speyer 2009, the ministry's evaluation: \"Ein Sitz konnte aufgrund fehlender Listenkandidaten nicht besetzt werden\").",
        ),
        majority_clause: false,
        single_candidate_surplus: Surplus::Vacant,
        exhausted_list: Surplus::Vacant,
        source_kind: SourceKind::OfficialDocument,
        replaces: None,
    },
    AllocationRule {
        id: text(ids::RP_ELECTION_COUNTY_ALLOCATION),
        land: Land::RheinlandPfalz,
        body_types: Cow::Borrowed(RP_BODIES),
        levels: Cow::Borrowed(COUNTY),
        method: None,
        local_choice: true,
        citation: Citation::section("LKO RLP", "49a").paragraph(2),
        validity: Validity::since(RP_2009),
        certainty: Unverified,
        statement: Statement::new(
            "Das Wahlverfahren und das Verfahren der Sitzverteilung bestimmt die Satzung des Landkreises; Sitze, die ein Wahlvorschlag mangels Bewerbern nicht besetzen kann, bleiben unbesetzt.",
            "The county's Satzung sets the election procedure and the allocation method; seats a proposal cannot fill for want of candidates stay vacant",
        ),
        source: text(SRC_RP_DRS_16_2841),
        note: text(
            "As for the municipalities (§ 49a Abs. 2 S. 1 LKO, per the ministry's Drucksache 16/2841): no statutory method; the election result must name its Satzung's method.",
        ),
        majority_clause: false,
        single_candidate_surplus: Surplus::Vacant,
        exhausted_list: Surplus::Vacant,
        source_kind: SourceKind::OfficialDocument,
        replaces: None,
    },
];

/// The law of Rheinland-Pfalz.
pub(super) const LAW: LandLaw = LandLaw {
    land: Land::RheinlandPfalz,
    regimes: Cow::Borrowed(REGIMES),
    establishment: Cow::Borrowed(ESTABLISHMENT),
    franchise: Cow::Borrowed(FRANCHISE),
    council_term: Some(COUNCIL_TERM),
    allocation: Cow::Borrowed(ALLOCATION),
};

/// The Wahlperiode of the Land's municipal councils.
pub(super) const COUNCIL_TERM: CouncilTermRule = CouncilTermRule {
    land: Land::RheinlandPfalz,
    years: 5,
    start: CouncilTermStart::FirstOfNextMonth {},
    citation: Citation::section("GemO RLP", "29")
        .paragraph(1)
        .read_with(KWG_71_2),
    note: text(
        "Wahlzeit of 5 years (§ 29 Abs. 1 GemO); it begins on the first day of the month after the election and ends with the month in which the new bodies are elected (§ 71 Abs. 2 KWG), as kommunalbrevier.de explains (1 June 2019 for the councils elected on 26 May 2019). The end is read from the next recorded election day.",
    ),
    exceptions: Cow::Borrowed(&[]),
    end: CouncilTermEnd::EndOfMonthOfNextElection,
    regular_elections: Cow::Borrowed(WITH_EUROPEAN_ELECTION_2009_2024),
    elections_source: text(
        "7 Jun 2009: abendblatt.de (Kommunalwahlen in SN, ST, TH, MV, BW, RP and the Saarland with the European election); 25 May 2014: de.wikipedia.org, Kommunalwahlen im Saarland 2014 (held the same day in BW, HH, NW, MV, RP, BB, SN, ST, TH); 26 May 2019: kommunalbrevier.de; 9 Jun 2024: the Bundeswahlleiterin (presseportal.de/pm/74247/5792404)",
    ),
};
