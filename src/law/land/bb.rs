//! Brandenburg: Beiräte by Hauptsatzung (§ 19 BbgKVerf 2007, § 17 BbgKVerf 2024).
//!
//! Forming a Beirat is voluntary. Until 8 June 2024 § 19 BbgKVerf let the
//! Hauptsatzung provide for a Beirat for the integration of residents without
//! German nationality; since 9 June 2024 § 17 BbgKVerf lets it provide for
//! Beiräte of groups of residents and fix their size and selection. The two
//! provisions are two regimes, so that a body is judged under the one in
//! force on the day.

use super::shared::*;

// ---- reform dates ----

/// Brandenburg: the new BbgKVerf (§ 17) in force since 9 June 2024: the old
/// law ceased „mit Ablauf des 8. Juni 2024“ (bravors, the official portal).
const BB_2024: NaiveDate = d(2024, 6, 9);
/// The BbgKVerf of 2007, as cited: Art. 1 of the Kommunalrechtsreformgesetz
/// of 18 December 2007 (GVBl. I S. 286).
const BB_2007_VERSION: &str = "i. d. F. des Gesetzes vom 18.12.2007 (GVBl. I S. 286)";
/// The BbgKVerf of 2024, as cited: the Kommunalverfassung of 5 March 2024
/// (GVBl. I Nr. 10, corrected in Nr. 38).
const BB_2024_VERSION: &str = "i. d. F. des Gesetzes vom 05.03.2024 (GVBl. I Nr. 10, ber. Nr. 38)";
/// § 19 Abs. 1 S. 1 BbgKVerf (2007): the Beirat for the integration of
/// residents without German nationality.
const BBGKVERF_19_1_1: Citation = Citation::section("BbgKVerf", "19")
    .paragraph(1)
    .sentence(1)
    .version(BB_2007_VERSION);
/// Where the old § 19 was read: its wording only in a party wiki's quote,
/// its heading on the official portal.
const SRC_BB_19: &str = "https://wiki.piratenbrandenburg.de/index.php?mobileaction=toggle_view_mobile&title=Spezial%3AMobiler_Unterschied%2F89357 ; https://bravors.brandenburg.de/de/gesetze-214223";
/// What the rules of the old § 19 do not know.
const NOTE_BB_19: &str = "Grade (December 2026): unverified. § 19 Abs. 1 S. 1 BbgKVerf (2007), as quoted in a \
    party wiki: „Die Hauptsatzung kann sowohl einen Beauftragten als auch einen Beirat zur Integration von \
    Einwohnern vorsehen, die nicht über die deutsche Staatsangehörigkeit verfügen.“ The official portal (bravors) \
    shows only the heading „§ 19 Beiräte und weitere Beauftragte“. End: bravors says the old law ceased „mit \
    Ablauf des 8. Juni 2024“ (official); start 28.09.2008 rests on a paraphrase.";
/// What the rules of § 17 (2024) do not know.
const NOTE_BB_17: &str = "Grade (December 2026): unverified. § 17 BbgKVerf wording read only on justiz-nrw \
    (undated copy); the official portal (bravors) confirms the heading „§ 17 Beiräte und Beauftragte“ and the \
    replacement of the old law after 8 June 2024. The Kommunalverfassung of 5 March 2024 (GVBl. I Nr. 10, ber. \
    Nr. 38) applies in parts only from 1 January 2025; the in-force day of § 17 itself was not read.";
/// Brandenburg: the BbgKVerf of 18 December 2007 came into force on the day
/// of the Kommunalwahlen, 28 September 2008 (politische-bildung-brandenburg.de;
/// Art. 4 Abs. 1 of the Kommunalrechtsreformgesetz). Coverage starts with it,
/// not with the first local source (Brandenburg an der Havel, 2 July 2012);
/// § 19 BbgKVerf (2007) applies until 8 June 2024, § 17 BbgKVerf (2024) since
/// 9 June 2024.
const BB_FROM: NaiveDate = d(2008, 9, 28);

// ---- values, citations, sources and rules ----

/// The rules of § 19 BbgKVerf (2007).
const BB_2007_RULES: &[Rule] = &[Rule {
    id: text(ids::BB_LOCAL_BOARD_LEGAL_BASIS_2007),
    citation: BBGKVERF_19_1_1,
    validity: Validity::between(BB_FROM, BB_2024),
    certainty: Unverified,
    statement: Statement::new(
        "Die Hauptsatzung kann einen Beirat zur Integration von Einwohnern vorsehen, die nicht über die deutsche Staatsangehörigkeit verfügen (sinngemäß).",
        "The Hauptsatzung may provide for a Beirat for the integration of residents without German nationality",
    ),
    constraint: Constraint::LegalBasis(LegalBasis {
        allowed: SATZUNG_ONLY,
    }),
    source: text(SRC_BB_19),
    modality: Modality::Must,
    note: text(NOTE_BB_19),
    replaces: None,
    source_kind: SourceKind::MunicipalQuote,
}];

/// The rules of § 17 BbgKVerf (2024).
const BB_2024_RULES: &[Rule] = &[Rule {
    id: text(ids::BB_LOCAL_BOARD_LEGAL_BASIS_2024),
    citation: Citation::section("BbgKVerf", "17").version(BB_2024_VERSION),
    validity: Validity::since(BB_2024),
    certainty: Unverified,
    statement: Statement::new(
        "Die Hauptsatzung kann Beiräte für Personengruppen vorsehen und regelt Name, Mitgliederzahl, Voraussetzungen und Wahl oder Benennung.",
        "The Hauptsatzung may provide for Beiräte of groups of residents and fixes their name, size, membership requirements and election or naming",
    ),
    constraint: Constraint::LegalBasis(LegalBasis {
        allowed: SATZUNG_ONLY,
    }),
    source: text(
        "https://justiz-nrw.wolterskluwer-online.de/browse/document/745f0b67-88ee-39c2-a600-58675ceccfb0 ; https://bravors.brandenburg.de/gesetze/bbgkverf",
    ),
    modality: Modality::Must,
    note: text(NOTE_BB_17),
    replaces: Some(text(ids::BB_LOCAL_BOARD_LEGAL_BASIS_2007)),
    source_kind: SourceKind::UndatedCopy,
}];

/// The right to comment under § 19 Abs. 3 S. 1 BbgKVerf (2007).
const BB_2007_RIGHTS: &[Right] = &[Right {
    id: text(ids::BB_LOCAL_BOARD_RIGHT_COMMENT_2007),
    kind: RightKind::Comment,
    organs: Cow::Borrowed(&[Organ::Council]),
    matters: Matters::ConcerningTheGroup,
    modality: Modality::Must,
    citation: Citation::section("BbgKVerf", "19")
        .paragraph(3)
        .sentence(1)
        .version(BB_2007_VERSION),
    validity: Validity::between(BB_FROM, BB_2024),
    certainty: Unverified,
    statement: Statement::new(
        "„Den Beiräten ist Gelegenheit zu geben, gegenüber der Gemeindevertretung zu Maßnahmen und Beschlüssen, die Auswirkungen auf ihren Aufgabenbereich haben, Stellung zu nehmen.“",
        "The Beiräte must be given the opportunity to comment to the Gemeindevertretung on measures and decisions that affect their field",
    ),
    source: text(SRC_BB_19),
    note: text(
        "§ 19 Abs. 3 S. 1 BbgKVerf (2007), read only as quoted in a party wiki (the official portal shows the heading of § 19 only): unverified. The statute speaks of the Beirat's field („Aufgabenbereich“), recorded as the matters of the group it represents; the organ named is the Gemeindevertretung.",
    ),
    source_kind: SourceKind::MunicipalQuote,
    replaces: None,
}];

const SRC_BB_17: &str = "https://justiz-nrw.wolterskluwer-online.de/browse/document/745f0b67-88ee-39c2-a600-58675ceccfb0";

/// The right to comment under § 17 Abs. 3 BbgKVerf (2024).
const BB_2024_RIGHTS: &[Right] = &[Right {
    id: text(ids::BB_LOCAL_BOARD_RIGHT_COMMENT_2024),
    kind: RightKind::Comment,
    organs: Cow::Borrowed(&[Organ::Council]),
    matters: Matters::ConcerningTheGroup,
    modality: Modality::Must,
    citation: Citation::section("BbgKVerf", "17")
        .paragraph(3)
        .version(BB_2024_VERSION),
    validity: Validity::since(BB_2024),
    certainty: Unverified,
    statement: Statement::new(
        "Der Beirat hat ein Recht zur Stellungnahme in den Angelegenheiten der von ihm vertretenen Gruppe (§ 17 Abs. 3 BbgKVerf, sinngemäß).",
        "The Beirat has a right to comment on matters of the group it represents (§ 17 Abs. 3 BbgKVerf)",
    ),
    source: text(SRC_BB_17),
    note: text(
        "The legal audit read Abs. 3 as a right to comment; which organs must take the comment was not noted, so the right is unverified. It continues the right of § 19 Abs. 3 S. 1 BbgKVerf (2007).",
    ),
    source_kind: SourceKind::UndatedCopy,
    replaces: Some(text(ids::BB_LOCAL_BOARD_RIGHT_COMMENT_2007)),
}];

// ---- the Land's law ----

const REGIMES: &[Regime] = &[
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::Brandenburg,
        body_type: BodyType::LocalAdvisoryBoard,
        designation: text(""),
        levels: Cow::Borrowed(MUNICIPAL),
        governance: Governance::LocalOnly,
        basis: BBGKVERF_19_1_1,
        covered: Validity::between(BB_FROM, BB_2024),
        rules: Cow::Borrowed(BB_2007_RULES),
        rights: Cow::Borrowed(BB_2007_RIGHTS),
        note: text(
            "Voluntary; § 19 BbgKVerf of 18 December 2007, from its coming into force on 28 September 2008 \
             until it ceased with the end of 8 June 2024 (bravors). The Hauptsatzung may provide for a Beirat for \
             the integration of residents without German nationality (Abs. 1 S. 1), which it may have elected \
             directly (Abs. 2 S. 3, added in 2018); the Beiräte comment to the Gemeindevertretung (Abs. 3 S. 1). The \
             wording is read only in a party wiki's quote.",
        ),
    },
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::Brandenburg,
        body_type: BodyType::LocalAdvisoryBoard,
        designation: text(""),
        levels: Cow::Borrowed(MUNICIPAL),
        governance: Governance::LocalOnly,
        basis: Citation::section("BbgKVerf", "17").version(BB_2024_VERSION),
        covered: Validity::since(BB_2024),
        rules: Cow::Borrowed(BB_2024_RULES),
        rights: Cow::Borrowed(BB_2024_RIGHTS),
        note: text(
            "Voluntary; § 17 BbgKVerf of 5 March 2024, since 9 June 2024. The Hauptsatzung may provide for Beiräte \
             of groups of residents and fixes their size and selection, also direct election.",
        ),
    },
];

const ESTABLISHMENT: &[EstablishmentRule] = &[
    EstablishmentRule {
        id: text(ids::BB_ESTABLISHMENT_MAY_2007),
        land: Land::Brandenburg,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: BBGKVERF_19_1_1,
        validity: Validity::between(BB_FROM, BB_2024),
        certainty: Unverified,
        statement: Statement::new(
            "Die Hauptsatzung kann einen Beirat zur Integration von Einwohnern vorsehen, die nicht über die deutsche Staatsangehörigkeit verfügen (sinngemäß).",
            "The Hauptsatzung may provide for a Beirat for the integration of residents without German nationality",
        ),
        source: text(SRC_BB_19),
        signatures: None,
        if_no_candidates: None,
        note: text(NOTE_BB_19),
        source_kind: SourceKind::MunicipalQuote,
        replaces: None,
    },
    EstablishmentRule {
        id: text(ids::BB_ESTABLISHMENT_MAY_2024),
        land: Land::Brandenburg,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("BbgKVerf", "17").version(BB_2024_VERSION),
        validity: Validity::since(BB_2024),
        certainty: Unverified,
        statement: Statement::new(
            "Die Hauptsatzung kann Beiräte für Personengruppen vorsehen.",
            "The Hauptsatzung may provide for Beiräte of groups of residents",
        ),
        source: text(
            "https://justiz-nrw.wolterskluwer-online.de/browse/document/745f0b67-88ee-39c2-a600-58675ceccfb0 ; https://bravors.brandenburg.de/gesetze/bbgkverf",
        ),
        signatures: None,
        if_no_candidates: None,
        note: text(NOTE_BB_17),
        source_kind: SourceKind::UndatedCopy,
        replaces: Some(text(ids::BB_ESTABLISHMENT_MAY_2007)),
    },
];

const FRANCHISE: &[FranchiseRule] = &[];

/// The law of Brandenburg.
pub(super) const LAW: LandLaw = LandLaw {
    land: Land::Brandenburg,
    regimes: Cow::Borrowed(REGIMES),
    establishment: Cow::Borrowed(ESTABLISHMENT),
    franchise: Cow::Borrowed(FRANCHISE),
    council_term: Some(COUNCIL_TERM),
    allocation: Cow::Borrowed(&[]),
};

/// The Wahlperiode of the Land's municipal councils.
pub(super) const COUNCIL_TERM: CouncilTermRule = CouncilTermRule {
    land: Land::Brandenburg,
    years: 5,
    start: CouncilTermStart::AtConstitution {},
    citation: Citation::section("BbgKWahlG", "4"),
    note: text(
        "The Vertretungen are elected for five years, and the Wahlperiode ends with the Zusammentritt of the newly elected Vertretung (§ 4 S. 1 and 2 BbgKWahlG, text of 9 Jul 2009 as amended to 8 May 2018 at umwelt-online.de). So it begins with the council's first meeting, which no statute dates: a term tied to it needs its constitution day, and the five years count from that day. When the new Vertretung meets earlier or later than five years on, the term ends then; give the end (fixed_end) where it is known. Election days before 2019 are not recorded.",
    ),
    exceptions: Cow::Borrowed(&[]),
    end: CouncilTermEnd::AfterYears,
    regular_elections: Cow::Borrowed(&[
        d(2008, 9, 28),
        d(2014, 5, 25),
        d(2019, 5, 26),
        d(2024, 6, 9),
    ]),
    elections_source: text(
        "28 Sep 2008: the day the BbgKVerf came into force with the Kommunalwahlen (politische-bildung-brandenburg.de); 25 May 2014: de.wikipedia.org, Kommunalwahlen im Saarland 2014 (held the same day in BW, HH, NW, MV, RP, BB, SN, ST, TH); 26 May 2019 and 9 Jun 2024: rbb24.de (Potsdam Migrantenbeirat, Kommunalwahlen 2024)",
    ),
};
