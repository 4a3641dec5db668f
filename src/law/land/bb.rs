//! Brandenburg: Beiräte by Hauptsatzung (§ 19 BbgKVerf 2007, § 17 BbgKVerf 2024).
//!
//! Forming a Beirat is voluntary. Until 8 June 2024 § 19 BbgKVerf let the
//! Hauptsatzung provide for a Beirat for the integration of residents without
//! German nationality; since 9 June 2024 § 17 BbgKVerf lets it provide for
//! Beiräte of groups of residents and fix their size and selection.

use super::shared::*;

// ---- reform dates ----

/// Brandenburg: the new BbgKVerf (§ 17) in force since 9 June 2024.
const BB_2024: NaiveDate = d(2024, 6, 9);
/// Brandenburg: the BbgKVerf of 18 December 2007 came into force on the day
/// of the Kommunalwahlen, 28 September 2008 (politische-bildung-brandenburg.de;
/// Art. 4 Abs. 1 of the Kommunalrechtsreformgesetz). Coverage starts with it,
/// not with the first local source (Brandenburg an der Havel, 2 July 2012);
/// § 19 BbgKVerf (2007) applies until 8 June 2024, § 17 BbgKVerf (2024) since
/// 9 June 2024.
const BB_FROM: NaiveDate = d(2008, 9, 28);

// ---- values, citations, sources and rules ----

const BB_RULES: &[Rule] = &[
    Rule {
        id: text(ids::BB_LOCAL_BOARD_LEGAL_BASIS_2007),
        citation: Citation::section("BbgKVerf", "19")
            .paragraph(1)
            .version("i. d. F. vom 18.12.2007"),
        validity: Validity::between(BB_FROM, BB_2024),
        certainty: Verified,
        statement_de: text(
            "Die Gemeinde kann in der Hauptsatzung einen Beirat für die Integration der Einwohner ohne deutsche Staatsangehörigkeit vorsehen.",
        ),
        statement_en: text(
            "The municipality may provide in its Hauptsatzung for a Beirat for the integration of residents without German nationality",
        ),
        constraint: Constraint::LegalBasis(LegalBasis {
            allowed: SATZUNG_ONLY,
        }),
        source: text(
            "https://wiki.piratenbrandenburg.de/index.php?mobileaction=toggle_view_mobile&title=Spezial%3AMobiler_Unterschied%2F89357",
        ),
        ..Rule::DEFAULT
    },
    Rule {
        id: text(ids::BB_LOCAL_BOARD_LEGAL_BASIS_2024),
        citation: Citation::section("BbgKVerf", "17")
            .version("i. d. F. des Gesetzes vom 5.3.2024 (GVBl. I Nr. 10)"),
        validity: Validity::since(BB_2024),
        certainty: Verified,
        statement_de: text(
            "Die Hauptsatzung kann Beiräte für Personengruppen vorsehen und regelt Name, Mitgliederzahl, Voraussetzungen und Wahl oder Benennung.",
        ),
        statement_en: text(
            "The Hauptsatzung may provide for Beiräte of groups of residents and fixes their name, size, membership requirements and election or naming",
        ),
        constraint: Constraint::LegalBasis(LegalBasis {
            allowed: SATZUNG_ONLY,
        }),
        source: text(
            "https://justiz-nrw.wolterskluwer-online.de/browse/document/745f0b67-88ee-39c2-a600-58675ceccfb0",
        ),
        ..Rule::DEFAULT
    },
];

const SRC_BB_17: &str = "https://justiz-nrw.wolterskluwer-online.de/browse/document/745f0b67-88ee-39c2-a600-58675ceccfb0";

const BB_RIGHTS: &[Right] = &[Right {
    id: text(ids::BB_LOCAL_BOARD_RIGHT_COMMENT_2024),
    kind: RightKind::Comment,
    organs: Cow::Borrowed(&[Organ::Council]),
    matters: Matters::ConcerningTheGroup,
    modality: Modality::Must,
    citation: Citation::section("BbgKVerf", "17").paragraph(3),
    validity: Validity::since(BB_2024),
    certainty: Unverified,
    statement_de: text(
        "Der Beirat hat ein Recht zur Stellungnahme in den Angelegenheiten der von ihm vertretenen Gruppe (§ 17 Abs. 3 BbgKVerf).",
    ),
    statement_en: text(
        "The Beirat has a right to comment on matters of the group it represents (§ 17 Abs. 3 BbgKVerf)",
    ),
    source: text(SRC_BB_17),
    note: text(
        "The legal audit read Abs. 3 as a right to comment; which organs must take the comment was not noted, so the right is unverified.",
    ),
    ..Right::DEFAULT
}];

// ---- the Land's law ----

const REGIMES: &[Regime] = &[Regime {
    transitions: Cow::Borrowed(&[]),
    land: Land::Brandenburg,
    body_type: BodyType::LocalAdvisoryBoard,
    levels: Cow::Borrowed(MUNICIPAL),
    governance: Governance::LocalOnly,
    basis: Citation::section("BbgKVerf", "17"),
    covered: Validity::since(BB_FROM),
    rules: Cow::Borrowed(BB_RULES),
    rights: Cow::Borrowed(BB_RIGHTS),
    note: text(
        "Voluntary; § 19 BbgKVerf (2007) until 8 June 2024, § 17 BbgKVerf (2024) since 9 June 2024. The \
         Hauptsatzung may provide for direct election.",
    ),
}];

const ESTABLISHMENT: &[EstablishmentRule] = &[
    EstablishmentRule {
        id: text(ids::BB_ESTABLISHMENT_MAY_2007),
        land: Land::Brandenburg,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("BbgKVerf", "19")
            .paragraph(1)
            .version("i. d. F. vom 18.12.2007"),
        validity: Validity::between(BB_FROM, BB_2024),
        certainty: Verified,
        statement_de: text(
            "Die Gemeinde kann einen Beirat für die Integration der Einwohner ohne deutsche Staatsangehörigkeit vorsehen.",
        ),
        statement_en: text(
            "The municipality may provide for a Beirat for the integration of residents without German nationality",
        ),
        source: text(
            "https://buergerbeteiligung.potsdam.de/content/jetzt-bewerben-fuer-den-neuen-migrantenbeirat",
        ),
        ..EstablishmentRule::DEFAULT
    },
    EstablishmentRule {
        id: text(ids::BB_ESTABLISHMENT_MAY_2024),
        land: Land::Brandenburg,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("BbgKVerf", "17")
            .version("i. d. F. des Gesetzes vom 5.3.2024 (GVBl. I Nr. 10)"),
        validity: Validity::since(BB_2024),
        certainty: Verified,
        statement_de: text("Die Hauptsatzung kann Beiräte für Personengruppen vorsehen."),
        statement_en: text("The Hauptsatzung may provide for Beiräte of groups of residents"),
        source: text(
            "https://justiz-nrw.wolterskluwer-online.de/browse/document/745f0b67-88ee-39c2-a600-58675ceccfb0",
        ),
        ..EstablishmentRule::DEFAULT
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
