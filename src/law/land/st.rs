//! Sachsen-Anhalt: Beiräte by Hauptsatzung (§ 80 KVG LSA).
//!
//! Forming a Beirat is voluntary; the content of § 80 KVG LSA was seen only in a
//! secondary description.

use super::shared::*;

// ---- reform dates ----

/// ST: the KVG LSA of 17 June 2014 (GVBl. LSA S. 288) was promulgated on
/// 26 June 2014; its in-force day was not read, so coverage starts the day
/// after promulgation, the earliest possible. § 80 has its present heading
/// since the 2018 amendment; the rules are unverified.
const ST_FROM: NaiveDate = d(2014, 6, 27);

// ---- values, citations, sources and rules ----

const ST_RULES: &[Rule] = &[Rule {
    id: text(ids::ST_LOCAL_BOARD_LEGAL_BASIS),
    citation: Citation::section("KVG LSA", "80"),
    validity: Validity::since(ST_FROM),
    certainty: Unverified,
    statement_de: text(
        "Beiräte für gesellschaftliche Gruppen beruhen auf einer Satzung oder einem Ratsbeschluss (Inhalt des § 80 KVG LSA nicht gelesen).",
    ),
    statement_en: text(
        "Beiräte for groups of society rest on a Satzung or council resolution (the content of § 80 KVG LSA was not read)",
    ),
    constraint: Constraint::LegalBasis(LegalBasis {
        allowed: LOCAL_BASES,
    }),
    source: text("https://die-nachrichten.net/?p=1307109"),
    ..Rule::DEFAULT
}];

// ---- the Land's law ----

const REGIMES: &[Regime] = &[Regime {
    transitions: Cow::Borrowed(&[]),
    land: Land::SachsenAnhalt,
    body_type: BodyType::LocalAdvisoryBoard,
    levels: Cow::Borrowed(MUNICIPAL),
    governance: Governance::LocalOnly,
    basis: Citation::section("KVG LSA", "80"),
    covered: Validity::since(ST_FROM),
    rules: Cow::Borrowed(ST_RULES),
    rights: Cow::Borrowed(&[]),
    note: text(
        "Voluntary; the content of § 80 KVG LSA (since 2018) was seen only in a secondary description.",
    ),
}];

const ESTABLISHMENT: &[EstablishmentRule] = &[EstablishmentRule {
    id: text(ids::ST_ESTABLISHMENT_MAY),
    land: Land::SachsenAnhalt,
    levels: Cow::Borrowed(MUNICIPAL),
    body_types: Cow::Borrowed(LOCAL_BOARD),
    duty: Duty::May,
    threshold: None,
    citation: Citation::section("KVG LSA", "80"),
    validity: Validity::since(ST_FROM),
    certainty: Unverified,
    statement_de: text(
        "Freiwillig; der Inhalt des § 80 KVG LSA ist nur aus einer Sekundärquelle bekannt.",
    ),
    statement_en: text(
        "Voluntary; the content of § 80 KVG LSA is known only from a secondary source",
    ),
    source: text("https://die-nachrichten.net/?p=1307109"),
    ..EstablishmentRule::DEFAULT
}];

const FRANCHISE: &[FranchiseRule] = &[];

/// The law of Sachsen-Anhalt.
pub(super) const LAW: LandLaw = LandLaw {
    land: Land::SachsenAnhalt,
    regimes: Cow::Borrowed(REGIMES),
    establishment: Cow::Borrowed(ESTABLISHMENT),
    franchise: Cow::Borrowed(FRANCHISE),
    council_term: Some(COUNCIL_TERM),
    allocation: Cow::Borrowed(&[]),
};

/// The Wahlperiode of the Land's municipal councils.
pub(super) const COUNCIL_TERM: CouncilTermRule = CouncilTermRule {
    land: Land::SachsenAnhalt,
    years: 5,
    start: CouncilTermStart::DayOfElectionYear { month: 7, day: 1 },
    citation: Citation::section("KWG LSA", "5").paragraph(1).sentence(2),
    note: text(
        "The regular Wahlperiode ends on 30 June of every fifth year after 2014 (§ 5 Abs. 1 S. 2 KWG LSA, read at wolterskluwer-online), so it runs from 1 July; S. 3 extends it to 31 July when the election is held with the Europawahl after 30 June, which is not recorded. Earlier versions of § 5 were not read.",
    ),
    exceptions: Cow::Borrowed(&[]),
    end: CouncilTermEnd::AfterYears,
    regular_elections: Cow::Borrowed(WITH_EUROPEAN_ELECTION_2009_2024),
    elections_source: text(
        "25 May 2014: de.wikipedia.org, Kommunalwahlen im Saarland 2014 (held the same day in BW, HH, NW, MV, RP, BB, SN, ST, TH); 7 Jun 2009: mz.de; 26 May 2019: landtag.sachsen-anhalt.de; 9 Jun 2024: the Bundeswahlleiterin (presseportal.de/pm/74247/5792404)",
    ),
};
