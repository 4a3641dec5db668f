//! Saarland: the Integrationsbeirat (§ 50 KSVG) and the earlier Ausländerbeirat.
//!
//! An Ausländerbeirat should be formed where foreign residents made up at least
//! 3 % (recorded from 1990, its period not known; the first, Saarbrücken's, in
//! 1989). The law of 2008 (recorded from 1 January 2009) replaced it by the
//! Integrationsbeirat, to be formed (soll) from a foreign share of 8 %: two
//! thirds of its members are elected by the non-German residents and one third
//! are council members (§ 50 Abs. 1 S. 2), and it elects a Sprecher (Abs. 3,
//! modelled as elected from its members). The law
//! promulgated on 21 December 2023 sets the share at 10 %, keeps two thirds
//! elected and one third sent by the council, and widens the franchise to
//! naturalised persons, Spätaussiedler and § 4 Abs. 3 StAG Germans. Where there are no valid nominations the duty lapses for five
//! years. The council's Wahlperiode is five years from the 15th day after the
//! election (§ 31 KSVG). The in-force days of both versions were not seen.

use super::shared::*;

// ---- reform dates ----

/// Saarland: the pre-2008 Ausländerbeirat version of § 50 KSVG, recorded from
/// 1 Jan 1990 as a bound; its dates are not known.
const SL_1990_FROM: NaiveDate = d(1990, 1, 1);
/// Saarland: the 2008 version of § 50 KSVG. Its in-force day is not known;
/// the sources confirm the year 2008, so every day from 1 Jan 2009 on is
/// under it.
const SL_2009: NaiveDate = d(2009, 1, 1);
/// Saarland: the KSVG as Gesetz Nr. 2122 cites the text it amends (the
/// 'alt' column read: § 50 as amended in 2008, by a law not found).
const SL_2008_VERSION: &str = "i. d. F. der Bekanntmachung vom 27.06.1997 (Amtsbl. S. 682)";
/// Saarland: Gesetz Nr. 2122 of 12 Dec 2023, promulgated in Amtsbl. I Nr. 55
/// of 21.12.2023 (S. 1119); the crate takes the day of promulgation.
const SL_2023: NaiveDate = d(2023, 12, 21);
/// Saarland: the version of § 50 KSVG of 2023, as cited.
const SL_2023_VERSION: &str = "i. d. F. des Gesetzes Nr. 2122 vom 12.12.2023 (Amtsbl. I S. 1119)";

// ---- values, citations, sources and rules ----

const SRC_SL: &str = "https://umwelt-online.de/recht/allgemei/laender/srl/ksvg2.htm";

const KSVG_50: Citation = Citation::section("KSVG", "50");

const KSVG_50_2023: Citation = KSVG_50.version(SL_2023_VERSION);

const KSVG_50_2008: Citation = KSVG_50.version(SL_2008_VERSION);

/// § 50 Abs. 2 S. 1 KSVG (2008): the two thirds are elected.
const KSVG_50_2_1: &[Citation] = &[Citation::section("KSVG", "50").paragraph(2).sentence(1)];

/// § 50 Abs. 2 S. 3 KSVG (2008): the council members are chosen as for
/// committees.
const KSVG_50_2_3: &[Citation] = &[Citation::section("KSVG", "50").paragraph(2).sentence(3)];

const SRC_SL_2008: &str = "https://justiz-nrw.wolterskluwer-online.de/browse/document/c75cf519-b5d6-3081-babe-553e99f1d349";

/// The composition of the 2008 version, as read.
const NOTE_SL_2008_COMPOSITION: &str = "§ 50 Abs. 1 S. 2 KSVG (2008): „Der Integrationsbeirat besteht zu \
    zwei Dritteln aus Einwohnerinnen und Einwohnern, die nicht Deutsche im Sinne des Artikels 116 Abs. 1 des \
    Grundgesetzes sind, und zu einem Drittel aus Mitgliedern des Gemeinderates.“ Abs. 2 S. 1: the two thirds \
    are elected by the non-German residents; Abs. 2 S. 3: the council members are chosen under the rules for \
    filling committees. \
    The sources confirm the year 2008 for this version but not its in-force day, so \
    it is recorded from 1 Jan 2009, when it was surely in force; it ends with the promulgation of the 2023 law \
    on 21 Dec 2023. The text is the 'alt' column of Gesetz Nr. 2122 vom 12.12.2023 (Amtsbl. I Nr. 55 vom \
    21.12.2023 S. 1119, umwelt-online), which amends the KSVG „in der Fassung der Bekanntmachung vom 27. Juni \
    1997 (Amtsbl. S. 682), zuletzt geändert durch Artikel 1 des Gesetzes vom 18. Januar 2023 (Amtsbl. I S. \
    204)“: the citation names that Bekanntmachung; the 2008 amending law itself was not found.";

const SL_RULES: &[Rule] = &[
    Rule {
        id: text(ids::SL_INTEGRATION_BOARD_2008_ELECTED_TWO_THIRDS),
        citation: KSVG_50_2008.paragraph(1).sentence(2).read_with(KSVG_50_2_1),
        validity: Validity::between(SL_2009, SL_2023),
        certainty: Verified,
        statement: Statement::new(
            "Fassung 2008: Zwei Drittel der Mitglieder sind Nichtdeutsche, die von den nichtdeutschen Einwohnerinnen und Einwohnern gewählt werden.",
            "2008 version: two thirds of the members are non-Germans elected by the non-German residents",
        ),
        constraint: Constraint::Share(Share {
            part: ELECTED,
            of: ALL,
            min: Some(ratio(2, 3)),
            max: Some(ratio(2, 3)),
        }),
        source: text("https://umwelt-online.de/recht/allgemei/laender/srl/z23_1119b.htm"),
        note: text(NOTE_SL_2008_COMPOSITION),
        modality: Modality::Must,
        replaces: None,
        source_kind: SourceKind::StatuteText,
    },
    Rule {
        id: text(ids::SL_INTEGRATION_BOARD_2008_COUNCIL_THIRD),
        citation: KSVG_50_2008.paragraph(1).sentence(2).read_with(KSVG_50_2_3),
        validity: Validity::between(SL_2009, SL_2023),
        certainty: Verified,
        statement: Statement::new(
            "Fassung 2008: Ein Drittel der Mitglieder sind Mitglieder des Gemeinderates.",
            "2008 version: one third of the members are members of the council",
        ),
        constraint: Constraint::Share(Share {
            part: SeatSelector::of(&[SeatClass::CouncilDelegated]),
            of: ALL,
            min: Some(ratio(1, 3)),
            max: Some(ratio(1, 3)),
        }),
        source: text("https://umwelt-online.de/recht/allgemei/laender/srl/z23_1119b.htm"),
        note: text(NOTE_SL_2008_COMPOSITION),
        modality: Modality::Must,
        replaces: None,
        source_kind: SourceKind::StatuteText,
    },
    Rule {
        id: text(ids::SL_INTEGRATION_BOARD_2008_SPOKESPERSON),
        citation: KSVG_50_2008.paragraph(3),
        validity: Validity::between(SL_2009, SL_2023),
        certainty: Unverified,
        statement: Statement::new(
            "Fassung 2008: „Der Integrationsbeirat wählt eine Sprecherin oder einen Sprecher und eine oder einen oder mehrere Stellvertreterinnen oder Stellvertreter.“",
            "2008 version: the Integrationsbeirat elects a spokesperson and one or more deputies (checked as elected from its members)",
        ),
        constraint: Constraint::Chair(Chair {
            allowed: FROM_MIDST,
            from_seats: None,
        }),
        source: text(SRC_SL_2008),
        note: text(
            "The statutory Sprecher rule of § 50 Abs. 3 (2008) is modelled as the chair; the 2023 text leaves such \
           details to the Satzung (FACTS § 14.8). The statute does not say „aus seiner Mitte“: that the Beirat \
           elects the Sprecher from its members (FROM_MIDST) is an interpretation, not the wording. Grade \
           (December 2026): unverified. Abs. 3 of the 2008 text read only on justiz-nrw (undated historic copy); \
           the dated 'alt' column excerpt stops before Abs. 3.",
        ),
        modality: Modality::Must,
        replaces: None,
        source_kind: SourceKind::UndatedCopy,
    },
    Rule {
        id: text(ids::SL_INTEGRATION_BOARD_ELECTED_TWO_THIRDS),
        citation: KSVG_50_2023.paragraph(2).sentence(1),
        validity: Validity::since(SL_2023),
        certainty: Verified,
        statement: Statement::new(
            "Zwei Drittel der Mitglieder sind gewählte Einwohnerinnen und Einwohner (Nichtdeutsche, Eingebürgerte, Spätaussiedler, Deutsche nach § 4 Abs. 3 S. 1 StAG).",
            "Two thirds of the members are elected residents (non-Germans, naturalised persons, Spätaussiedler, Germans under § 4 Abs. 3 S. 1 StAG)",
        ),
        constraint: Constraint::Share(Share {
            part: ELECTED,
            of: ALL,
            min: Some(ratio(2, 3)),
            max: Some(ratio(2, 3)),
        }),
        source: text(
            "https://umwelt-online.de/recht/allgemei/laender/srl/ksvg2.htm ; https://umwelt-online.de/recht/allgemei/laender/srl/z23_1119b.htm",
        ),
        modality: Modality::Must,
        note: text(
            "§ 50 Abs. 2 S. 1 KSVG: two thirds of the members are elected from the groups of Nr. 1–4 (non-Germans, naturalised persons, Spätaussiedler, Germans under § 4 Abs. 3 S. 1 StAG). Read in umwelt-online's consolidated KSVG (§ 50 marked with the change codes 08 and 23a, i.e. as amended by Gesetz Nr. 2122); the law's in-force day was not read (21.12.2023 is its promulgation): dates unverified.",
        ),
        replaces: Some(text(ids::SL_INTEGRATION_BOARD_2008_ELECTED_TWO_THIRDS)),
        source_kind: SourceKind::StatuteText,
    },
    Rule {
        id: text(ids::SL_INTEGRATION_BOARD_COUNCIL_THIRD),
        citation: KSVG_50_2023.paragraph(2).sentence(4),
        validity: Validity::since(SL_2023),
        certainty: Verified,
        statement: Statement::new(
            "„Ein Drittel der Mitglieder wird vom Gemeinderat entsprechend den Vorschriften über die Besetzung der Ausschüsse entsandt.“",
            "One third of the members are sent by the council under the rules for filling committees",
        ),
        constraint: Constraint::Share(Share {
            part: SeatSelector::of(&[SeatClass::CouncilDelegated]),
            of: ALL,
            min: Some(ratio(1, 3)),
            max: Some(ratio(1, 3)),
        }),
        source: text(SRC_SL),
        modality: Modality::Must,
        note: text(
            "§ 50 Abs. 2 S. 4 KSVG, read in umwelt-online's consolidated KSVG (as amended by Gesetz Nr. 2122); the law's in-force day was not read (21.12.2023 is its promulgation): dates unverified.",
        ),
        replaces: Some(text(ids::SL_INTEGRATION_BOARD_2008_COUNCIL_THIRD)),
        source_kind: SourceKind::StatuteText,
    },
];

const SL_BODIES: &[BodyType] = &[BodyType::IntegrationAdvisoryBoard];

const SL_GROUPS: &[VoterGroup] = &[
    NonGerman,
    Naturalised,
    Spaetaussiedler,
    GermanByBirthInGermany,
];

const SL_RIGHTS: &[Right] = &[
    Right {
        id: text(ids::SL_INTEGRATION_BOARD_2008_RIGHT_MOTION),
        kind: RightKind::Motion,
        organs: Cow::Borrowed(&[Organ::Council]),
        matters: Matters::ConcerningTheGroup,
        modality: Modality::Must,
        citation: KSVG_50_2008.paragraph(4).sentence(2),
        validity: Validity::between(SL_2009, SL_2023),
        certainty: Unverified,
        statement: Statement::new(
            "Fassung 2008: „Auf Antrag des Integrationsbeirats hat die Bürgermeisterin oder der Bürgermeister dem Gemeinderat solche Selbstverwaltungsangelegenheiten zur Beratung und Entscheidung vorzulegen.“",
            "2008 version: on the Integrationsbeirat's motion, the mayor must put such matters to the municipal council for debate and decision",
        ),
        source: text(SRC_SL_2008),
        note: text(
            "§ 50 Abs. 4 S. 2 KSVG (2008); „solche Selbstverwaltungsangelegenheiten“ are those of S. 1, which touch the interests of the non-German residents. Read on justiz-nrw (undated historic copy); the dated 'alt' column excerpt of Gesetz Nr. 2122 stops at Abs. 2: unverified. The 2023 text does not show these rights in its visible part: they may have moved to the Satzung.",
        ),
        source_kind: SourceKind::UndatedCopy,
        replaces: None,
    },
    Right {
        id: text(ids::SL_INTEGRATION_BOARD_2008_RIGHT_ATTENDANCE),
        kind: RightKind::AttendanceAndSpeaking,
        organs: Cow::Borrowed(&[Organ::Council, Organ::Committee]),
        matters: Matters::ConcerningTheGroup,
        modality: Modality::Must,
        citation: KSVG_50_2008.paragraph(4).sentence(3),
        validity: Validity::between(SL_2009, SL_2023),
        certainty: Unverified,
        statement: Statement::new(
            "Fassung 2008: Der Sprecher des Integrationsbeirates hat in Angelegenheiten der ausländischen Einwohner ein Rederecht im Gemeinderat und in seinen Ausschüssen.",
            "2008 version: the spokesperson of the Integrationsbeirat may speak in the municipal council and its committees on matters of the foreign residents",
        ),
        source: text(SRC_SL_2008),
        note: text(
            "§ 50 Abs. 4 S. 3 KSVG (2008): the copy read (justiz-nrw, undated) breaks off after „Die Sprecherin oder der Sprecher des Integrationsbeirats ist berechtigt, bei der Beratung so…“; the rest is known only from the pre-2008 Ausländerbeirat version (… „an Sitzungen des Gemeinderates oder seiner Ausschüsse teilzunehmen; auf Verlangen ist ihr oder ihm das Wort zu erteilen“): unverified.",
        ),
        source_kind: SourceKind::UndatedCopy,
        replaces: None,
    },
];

// ---- the Land's law ----

const REGIMES: &[Regime] = &[Regime {
    transitions: Cow::Borrowed(&[]),
    land: Land::Saarland,
    body_type: BodyType::IntegrationAdvisoryBoard,
    designation: text("Integrationsbeirat"),
    levels: Cow::Borrowed(MUNICIPAL),
    governance: Governance::Statute,
    basis: KSVG_50,
    covered: Validity::since(SL_2009),
    rules: Cow::Borrowed(SL_RULES),
    rights: Cow::Borrowed(SL_RIGHTS),
    note: text(
        "Recorded from 1 Jan 2009: the 2008 version (two thirds non-Germans elected by non-Germans, one third \
         council members, a Sprecher) until the promulgation of the 2023 law on 21 Dec 2023, then the 2023 \
         version (two thirds elected, one third sent by the council). The in-force days of both versions were \
         not seen. The pre-2008 Ausländerbeirat is not recorded. Participation rights: the 2008 Antrags- and \
         Rederecht (Abs. 4 S. 2 and 3) are recorded as unverified; the 2023 text leaves details to the Satzung, \
         so no right is recorded from 21 Dec 2023.",
    ),
}];

const ESTABLISHMENT: &[EstablishmentRule] = &[
    // ---- Saarland, § 50 KSVG ----
    EstablishmentRule {
        id: text(ids::SL_ESTABLISHMENT_SHOULD_10_PERCENT),
        land: Land::Saarland,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(SL_BODIES),
        duty: Duty::Should,
        threshold: Some(Threshold::ForeignShare {
            comparison: AtLeast,
            share: ratio(10, 100),
        }),
        citation: KSVG_50_2023.paragraph(1).sentence(1),
        validity: Validity::since(SL_2023),
        certainty: Verified,
        statement: Statement::new(
            "Gemeinden mit einem Ausländeranteil von mindestens 10 vom Hundert sollen einen Integrationsbeirat bilden (Inkrafttreten nicht gesehen; ab Verkündung am 21.12.2023 erfasst).",
            "Municipalities with a foreign share of at least 10 per cent should form an Integrationsbeirat (in-force date not seen; recorded from publication on 21 Dec 2023)",
        ),
        source: text(SRC_SL),
        if_no_candidates: Some(NoCandidates {
            citation: KSVG_50_2023
                .paragraph(3)
                .sentence(1)
                .following(Following::One),
            lapses_for_years: Some(5),
            instead: None,
            statement: Statement::new(
                "Werden keine Wahlvorschläge eingereicht oder zugelassen oder übersteigt die Zahl der zugelassenen Bewerber nicht die Zahl der zu wählenden Mitglieder, findet keine Wahl statt und die Pflicht nach Abs. 1 S. 1 Hs. 1 entfällt für fünf Jahre (S. 1); „In diesem Fall soll eine Integrationsbeauftragte oder ein Integrationsbeauftragter benannt werden.“ (S. 2)",
                "With no nominations submitted or admitted, or no more candidates admitted than seats, there is no election and the duty lapses for five years (S. 1); an Integrationsbeauftragte/r should then be named (S. 2)",
            ),
        }),
        signatures: None,
        note: text(
            "§ 50 Abs. 1 S. 1 Halbsatz 1 KSVG (the crate's citations do not name a Halbsatz); the share is computed under § 71 Abs. 2 S. 4 (§ 50 Abs. 1 S. 5). Where no election takes place, § 50 Abs. 3 S. 1 KSVG lets the duty lapse for five years and S. 2 says an Integrationsbeauftragte or Integrationsbeauftragter should be named: a person, not a body, so the fallback names no body type. Grade (December 2026): verified. „Gemeinden mit einem Ausländeranteil von mindestens zehn vom Hundert sollen einen Integrationsbeirat bilden“ read in umwelt-online's consolidated KSVG (§ 50 marked with the change codes 08 and 23a, i.e. as amended by Gesetz Nr. 2122 vom 12.12.2023, Amtsbl. I S. 1119); in-force day not read (Landtag vote 13.12.2023 vs. law dated 12.12.2023 unresolved): dates unverified.",
        ),
        source_kind: SourceKind::StatuteText,
        replaces: None,
    },
    EstablishmentRule {
        id: text(ids::SL_ESTABLISHMENT_MAY),
        land: Land::Saarland,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(SL_BODIES),
        duty: Duty::May,
        threshold: None,
        citation: KSVG_50_2023
            .paragraph(1)
            .sentence(1)
            .following(Following::One),
        validity: Validity::since(SL_2023),
        certainty: Verified,
        statement: Statement::new(
            "Gemeinden mit geringerem Anteil können einen Integrationsbeirat bilden und/oder eine Integrationsbeauftragte oder einen Integrationsbeauftragten benennen.",
            "Municipalities with a lower share may form an Integrationsbeirat and/or name an integration commissioner",
        ),
        source: text(SRC_SL),
        signatures: None,
        if_no_candidates: None,
        note: text(
            "§ 50 Abs. 1 S. 1 Halbsatz 2 (an Integrationsbeauftragte beside the Beirat) and S. 2 (the lower share) KSVG, cited as „S. 1 f.“ (the crate's citations do not name a Halbsatz). Grade (December 2026): verified. S. 2 („… von beiden Möglichkeiten einzeln oder nebeneinander Gebrauch machen“) read in umwelt-online's consolidated KSVG (§ 50 marked with the change codes 08 and 23a, i.e. as amended by Gesetz Nr. 2122 vom 12.12.2023, Amtsbl. I S. 1119); dates unverified.",
        ),
        source_kind: SourceKind::StatuteText,
        replaces: Some(text(ids::SL_ESTABLISHMENT_2008_MAY)),
    },
    EstablishmentRule {
        id: text(ids::SL_ESTABLISHMENT_2008_SHOULD_8_PERCENT),
        land: Land::Saarland,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(SL_BODIES),
        duty: Duty::Should,
        threshold: Some(Threshold::ForeignShare {
            comparison: AtLeast,
            share: ratio(8, 100),
        }),
        citation: KSVG_50_2008.paragraph(1).sentence(3),
        validity: Validity::between(SL_2009, SL_2023),
        certainty: Verified,
        statement: Statement::new(
            "Fassung 2008: Integrationsbeirat soll bei einem Ausländeranteil von mindestens 8 % gebildet werden (Inkrafttreten 2008, Tag nicht bekannt).",
            "2008 version: an Integrationsbeirat should be formed at a foreign share of at least 8 % (in force 2008, day not known)",
        ),
        source: text("https://umwelt-online.de/recht/allgemei/laender/srl/z23_1119b.htm"),
        signatures: None,
        if_no_candidates: None,
        note: text(
            "Grade (December 2026): verified. „In Gemeinden mit einem Ausländeranteil von mindestens 8 vom Hundert an der Gesamtbevölkerung sollen Integrationsbeiräte gebildet werden.“ read in the dated 'alt' column of Gesetz Nr. 2122 vom 12.12.2023 (Amtsbl. I Nr. 55 vom 21.12.2023 S. 1119) on umwelt-online, i.e. the text in force until that law; 2008 law and in-force day not found: dates unverified.",
        ),
        source_kind: SourceKind::StatuteText,
        replaces: None,
    },
    EstablishmentRule {
        id: text(ids::SL_ESTABLISHMENT_2008_MAY),
        land: Land::Saarland,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(SL_BODIES),
        duty: Duty::May,
        threshold: None,
        citation: KSVG_50_2008.paragraph(1).sentence(1),
        validity: Validity::between(SL_2009, SL_2023),
        certainty: Verified,
        statement: Statement::new(
            "Fassung 2008: Andere Gemeinden können einen Integrationsbeirat bilden.",
            "2008 version: other municipalities may form an Integrationsbeirat",
        ),
        source: text("https://umwelt-online.de/recht/allgemei/laender/srl/z23_1119b.htm"),
        signatures: None,
        if_no_candidates: None,
        note: text(
            "Grade (December 2026): verified. „Die Gemeinden können Integrationsbeiräte bilden …“ read in the dated 'alt' column of Gesetz Nr. 2122 vom 12.12.2023 (Amtsbl. I Nr. 55 vom 21.12.2023 S. 1119) on umwelt-online, i.e. the text in force until that law; dates unverified.",
        ),
        source_kind: SourceKind::StatuteText,
        replaces: None,
    },
    EstablishmentRule {
        id: text(ids::SL_ESTABLISHMENT_AUSLAENDERBEIRAT_SHOULD_3_PERCENT),
        land: Land::Saarland,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(&[BodyType::LocalAdvisoryBoard]),
        duty: Duty::Should,
        threshold: Some(Threshold::ForeignShare {
            comparison: AtLeast,
            share: ratio(3, 100),
        }),
        citation: Citation::section("KSVG", "50").paragraph(1).sentence(2),
        validity: Validity::between(SL_1990_FROM, SL_2009),
        certainty: Unverified,
        statement: Statement::new(
            "Frühere Fassung: Ausländerbeirat soll bei einem Ausländeranteil von mindestens 3 % gebildet werden (Geltungszeitraum nicht bekannt; erster Beirat Saarbrücken 1989).",
            "Earlier version: an Ausländerbeirat should be formed at a foreign share of at least 3 % (dates not known; first board in Saarbrücken in 1989)",
        ),
        source: text(
            "https://justiz-nrw.wolterskluwer-online.de/browse/document/25e78f41-88af-3c5c-bad3-37c3550533db",
        ),
        signatures: None,
        if_no_candidates: None,
        note: text(
            "§ 50 Abs. 1 S. 2 KSVG in the Ausländerbeirat version before 2008, read on justiz-nrw, a copy that names no version: which Bekanntmachung or amending law it belongs to and when it was in force were not read, so the citation names no version and the rule is unverified; the period 1990–2008 is a bound.",
        ),
        source_kind: SourceKind::UndatedCopy,
        replaces: None,
    },
];

const FRANCHISE: &[FranchiseRule] = &[
    FranchiseRule {
        id: Cow::Borrowed(ids::SL_FRANCHISE_2008),
        land: Land::Saarland,
        body_types: Cow::Borrowed(SL_BODIES),
        validity: Validity::between(SL_2009, SL_2023),
        certainty: Verified,
        active: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(&[NonGerman]),
            min_age: None,
            residence: None,
            lawful_stay: None,
            excludes_asylum_seekers: false,
            excludes_residence_act_exempt: false,
            germans_must_apply: false,
            citation: KSVG_50_2008
                .paragraph(2)
                .sentence(1)
                .following(Following::One),
        }]),
        passive: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(&[NonGerman]),
            min_age: None,
            residence: None,
            lawful_stay: None,
            excludes_asylum_seekers: false,
            excludes_residence_act_exempt: false,
            germans_must_apply: false,
            citation: KSVG_50_2008
                .paragraph(2)
                .sentence(1)
                .following(Following::One),
        }]),
        statement: Statement::new(
            "Fassung 2008: Die gewählten Mitglieder (zwei Drittel) sind Nichtdeutsche und werden von den nichtdeutschen Einwohnerinnen und Einwohnern gewählt. Alter und Wohndauer regelt die Satzung.",
            "2008 version: the elected members (two thirds) are non-Germans elected by the non-German residents. Age and residence are set by the Satzung.",
        ),
        source: Cow::Borrowed("https://umwelt-online.de/recht/allgemei/laender/srl/z23_1119b.htm"),
        note: Cow::Borrowed(
            "§ 50 Abs. 2 S. 1 (election by the non-German residents) and S. 2 („Das Nähere regelt die Satzung nach den Grundsätzen des Kommunalwahlrechts.“) KSVG (2008), read in the dated 'alt' column of Gesetz Nr. 2122. Recorded from 1 Jan 2009 to the promulgation of the 2023 law (21 Dec 2023): the year 2008 is confirmed, the in-force day is not (legal audit, B4 and S13).",
        ),
        source_kind: SourceKind::StatuteText,
        replaces: None,
    },
    FranchiseRule {
        id: Cow::Borrowed(ids::SL_FRANCHISE),
        land: Land::Saarland,
        body_types: Cow::Borrowed(SL_BODIES),
        validity: Validity::since(SL_2023),
        certainty: Verified,
        active: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(SL_GROUPS),
            min_age: None,
            residence: None,
            lawful_stay: None,
            excludes_asylum_seekers: false,
            excludes_residence_act_exempt: false,
            germans_must_apply: true,
            citation: KSVG_50_2023.paragraph(2).sentence(2),
        }]),
        passive: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(SL_GROUPS),
            min_age: None,
            residence: None,
            lawful_stay: None,
            excludes_asylum_seekers: false,
            excludes_residence_act_exempt: false,
            germans_must_apply: true,
            citation: KSVG_50_2023.paragraph(2).sentence(1),
        }]),
        statement: Statement::new(
            "Wahlberechtigt sind Nichtdeutsche, Eingebürgerte, Spätaussiedler und Deutsche nach § 4 Abs. 3 S. 1 StAG; Deutsche dieser Gruppen müssen bis zum 21. Tag vor der Wahl die Eintragung beantragen. Alter und Wohndauer regelt die Satzung.",
            "Voters: non-Germans, naturalised persons, Spätaussiedler and Germans under § 4 Abs. 3 S. 1 StAG; Germans of these groups must apply for the roll by the 21st day before the election. Age and residence are set by the Satzung.",
        ),
        source: Cow::Borrowed("https://umwelt-online.de/recht/allgemei/laender/srl/ksvg2.htm"),
        note: Cow::Borrowed(
            "Voters: § 50 Abs. 2 S. 2 KSVG („Wahlberechtigt sind alle Personen, die nach Satz 1 wählbar sind, wobei die Personen nach Satz 1 Nummern 2 bis 4 … bis zum 21. Tag vor der Wahl eine Aufnahme in das Wählerverzeichnis beantragen müssen.“); candidates: the groups of S. 1 Nr. 1–4. Read in umwelt-online's consolidated KSVG (as amended by Gesetz Nr. 2122); the law's in-force day was not read: dates unverified.",
        ),
        source_kind: SourceKind::StatuteText,
        replaces: Some(Cow::Borrowed(ids::SL_FRANCHISE_2008)),
    },
];

/// How the seats of the elected members are allocated: § 50 Abs. 2 S. 2
/// KSVG leaves it to the Satzung.
const ALLOCATION: &[AllocationRule] = &[
    AllocationRule {
        id: text(ids::SL_ELECTION_ALLOCATION_2008),
        land: Land::Saarland,
        body_types: Cow::Borrowed(SL_BODIES),
        levels: Cow::Borrowed(MUNICIPAL),
        method: None,
        local_choice: true,
        citation: KSVG_50_2008.paragraph(2).sentence(2),
        validity: Validity::between(SL_2009, SL_2023),
        certainty: Verified,
        statement: Statement::new(
            "„Das Nähere regelt die Satzung nach den Grundsätzen des Kommunalwahlrechts.“ Das Verfahren der Sitzverteilung bestimmt die Satzung der Gemeinde; Sitze, die ein Wahlvorschlag mangels Bewerbern nicht besetzen kann, bleiben unbesetzt.",
            "The Satzung regulates the details by the principles of municipal election law: the municipality's Satzung names the allocation method; seats a proposal cannot fill for want of candidates stay vacant",
        ),
        source: text(SRC_SL_2008),
        note: text(
            "§ 50 Abs. 2 S. 2 KSVG (2008 version, read at wolterskluwer-online): \"Das Nähere regelt die Satzung nach den Grundsätzen des Kommunalwahlrechts.\" No statutory method: the election result must name its Satzung's method. The \"Grundsätze des Kommunalwahlrechts\" point to § 41 Abs. 1 KWG Saar, d'Hondt for the councils (\"nach dem d'Hondt'schen Höchstzahlverfahren\", lot on equal highest numbers; a consolidated copy at umwelt-online.de), which a Satzung may follow; the Satzungen of Saarbrücken (7.5.2024) and Merzig (7.11.2024) were found, their allocation clauses not read. Saarbrücken's published results (2009, 2024) fit d'Hondt and Sainte-Laguë, not Hare/Niemeyer. \
             Reading chosen for seats a proposal cannot fill: they stay vacant, as in Saarbrücken 2019 (\"3 Sitze bleiben unbesetzt\", the official result of 8.4.2019: a list allotted 4 seats held 1).",
        ),
        majority_clause: false,
        single_candidate_surplus: Surplus::Vacant,
        exhausted_list: Surplus::Vacant,
        source_kind: SourceKind::StatuteText,
        replaces: None,
    },
    AllocationRule {
        id: text(ids::SL_ELECTION_ALLOCATION),
        land: Land::Saarland,
        body_types: Cow::Borrowed(SL_BODIES),
        levels: Cow::Borrowed(MUNICIPAL),
        method: None,
        local_choice: true,
        citation: KSVG_50_2023.paragraph(2),
        validity: Validity::since(SL_2023),
        certainty: Unverified,
        statement: Statement::new(
            "Das Verfahren der Sitzverteilung bestimmt die Satzung der Gemeinde; Sitze, die ein Wahlvorschlag mangels Bewerbern nicht besetzen kann, bleiben unbesetzt.",
            "The municipality's Satzung names the allocation method; seats a proposal cannot fill for want of candidates stay vacant",
        ),
        source: text(SRC_SL),
        note: text(
            "The 2023 version of § 50 Abs. 2 KSVG keeps the details of the election to the Satzung (the facts sheet); its sentence was not read, hence unverified. Otherwise as the 2008 rule: no statutory method, and seats a proposal cannot fill stay vacant.",
        ),
        majority_clause: false,
        single_candidate_surplus: Surplus::Vacant,
        exhausted_list: Surplus::Vacant,
        source_kind: SourceKind::StatuteText,
        replaces: Some(text(ids::SL_ELECTION_ALLOCATION_2008)),
    },
];

/// The law of Saarland.
pub(super) const LAW: LandLaw = LandLaw {
    land: Land::Saarland,
    regimes: Cow::Borrowed(REGIMES),
    establishment: Cow::Borrowed(ESTABLISHMENT),
    franchise: Cow::Borrowed(FRANCHISE),
    council_term: Some(COUNCIL_TERM),
    allocation: Cow::Borrowed(ALLOCATION),
};

/// The Wahlperiode of the Land's municipal councils.
pub(super) const COUNCIL_TERM: CouncilTermRule = CouncilTermRule {
    land: Land::Saarland,
    years: 5,
    start: CouncilTermStart::DaysAfterElectionNotBeforePreviousEnd { days: 15 },
    citation: Citation::section("KSVG", "31").paragraph(1),
    note: text(
        "§ 31 Abs. 1 KSVG (text at haufe.de): the Amtszeit lasts five years and begins on the 15th day after the election, but not before the previous council's Amtszeit has run out (S. 1); where that runs out before the 15th day, it is extended until the new one begins, by a month at most (S. 2). Since the Kommunalwahlen fall on the day of the European election, in May or June, the Amtszeit has begun on 3 July: the Amtszeit elected in 2019 ended on 2 July 2024 (Saarbrücker Zeitung), and the Saarbrücken and Neunkirchen councils first met on 3 July 2019 (SR). When § 31 Abs. 1 took its present wording was not read.",
    ),
    exceptions: Cow::Borrowed(&[Wahlperiode {
        elected_on: d(2009, 6, 7),
        starts_on: Some(d(2009, 7, 3)),
        ends_on: d(2014, 7, 2),
        source: text(
            "https://www.saarbruecker-zeitung.de/saarland/merzig-wadern/weiskirchen/das-sind-die-ortsraete-von-weiskirchen-und-rappweiler_aid-115700825",
        ),
        note: text(
            "The first Wahlperiode recorded; the later ones follow from it by § 31 Abs. 1 S. 1 KSVG. Its days are derived from the end of the Amtszeit on 2 July 2024 (Saarbrücker Zeitung): counting back five years at a time, and since the 15th day after each of the elections of 2014 and 2019 came before the previous Amtszeit ran out, the Amtszeiten began on 3 July 2019, 3 July 2014 and 3 July 2009.",
        ),
    }]),
    end: CouncilTermEnd::ExtendedToNextStartWithinAMonth,
    regular_elections: Cow::Borrowed(WITH_EUROPEAN_ELECTION_2009_2024),
    elections_source: text(
        "7 Jun 2009: faz.net (Kommunalwahlen im Saarland, with the European election); 25 May 2014: cdu-fraktion-sb.de (\"Kommunalwahlen vom 25. Mai 2014\"); 26 May 2019: az-online.de (ten Länder, among them the Saarland); 9 Jun 2024: welt.de and the Bundeswahlleiterin (presseportal.de/pm/74247/5792404). Since 1979 the Saarland holds its Kommunalwahlen on the day of the European election (welt.de).",
    ),
};
