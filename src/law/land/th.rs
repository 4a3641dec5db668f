//! Thüringen: Beiräte by Hauptsatzung (§ 26 Abs. 1 ThürKO).
//!
//! Forming a Beirat is voluntary; the reference to § 26 Abs. 1 ThürKO is seen
//! only in a truncated excerpt.

use super::shared::*;

// ---- reform dates ----

/// TH: the ThürKO came into force on the first day of the month after the
/// Kommunalwahl 1994 (§ 131 Abs. 1 ThürKO of 16 August 1993); those
/// elections fell between 1 May and 31 July (§ 8 ThürKWG), and the day was
/// not read, so coverage starts on 1 August 1994, the latest day it can be.
/// Before, the Vorläufige Kommunalordnung of 1992 applied (the Erfurt
/// Ausländerbeirat was first elected on 22 March 1992); it is not recorded.
const TH_FROM: NaiveDate = d(1994, 8, 1);

// ---- values, citations, sources and rules ----

const TH_RULES: &[Rule] = &[Rule {
    id: text(ids::TH_LOCAL_BOARD_LEGAL_BASIS),
    citation: Citation::section("ThürKO", "26").paragraph(1),
    validity: Validity::since(TH_FROM),
    certainty: Unverified,
    statement_de: text(HAUPTSATZUNG_DE),
    statement_en: text(HAUPTSATZUNG_EN),
    constraint: Constraint::LegalBasis(LegalBasis {
        allowed: SATZUNG_ONLY,
    }),
    source: text("https://kleineanfragen.de/thueringen/6/7210-beiraete-in-thueringer-kommunen.txt"),
    ..Rule::DEFAULT
}];

// ---- the Land's law ----

const REGIMES: &[Regime] = &[Regime {
    transitions: Cow::Borrowed(&[]),
    land: Land::Thueringen,
    body_type: BodyType::LocalAdvisoryBoard,
    levels: Cow::Borrowed(MUNICIPAL),
    governance: Governance::LocalOnly,
    basis: Citation::section("ThürKO", "26").paragraph(1),
    covered: Validity::since(TH_FROM),
    rules: Cow::Borrowed(TH_RULES),
    rights: Cow::Borrowed(&[]),
    note: text(
        "Voluntary; bodies are created through the Hauptsatzung. The ThürKO reference (§ 26 Abs. 1) is seen \
         only in a truncated excerpt.",
    ),
}];

const ESTABLISHMENT: &[EstablishmentRule] = &[EstablishmentRule {
    id: text(ids::TH_ESTABLISHMENT_MAY),
    land: Land::Thueringen,
    levels: Cow::Borrowed(MUNICIPAL),
    body_types: Cow::Borrowed(LOCAL_BOARD),
    duty: Duty::May,
    threshold: None,
    citation: Citation::section("ThürKO", "26").paragraph(1),
    validity: Validity::since(TH_FROM),
    certainty: Unverified,
    statement_de: text(
        "Keine Pflicht; Beiräte werden durch die Hauptsatzung gebildet (Fundstelle in der ThürKO nur verkürzt gesehen).",
    ),
    statement_en: text(
        "No duty; Beiräte are formed through the Hauptsatzung (the ThürKO reference was seen only truncated)",
    ),
    source: text("https://kleineanfragen.de/thueringen/6/7210-beiraete-in-thueringer-kommunen.txt"),
    ..EstablishmentRule::DEFAULT
}];

const FRANCHISE: &[FranchiseRule] = &[];

/// The law of Thüringen.
pub(super) const LAW: LandLaw = LandLaw {
    land: Land::Thueringen,
    regimes: Cow::Borrowed(REGIMES),
    establishment: Cow::Borrowed(ESTABLISHMENT),
    franchise: Cow::Borrowed(FRANCHISE),
    council_term: Some(COUNCIL_TERM),
    allocation: Cow::Borrowed(&[]),
};

/// The Wahlperiode of the Land's municipal councils.
pub(super) const COUNCIL_TERM: CouncilTermRule = CouncilTermRule {
    land: Land::Thueringen,
    years: 5,
    start: CouncilTermStart::FirstOfNextMonth {},
    citation: Citation::section("ThürKWG", "13").paragraph(2),
    note: text(
        "The Gemeinderat is elected for five years (§ 13 Abs. 1 ThürKWG; § 23 Abs. 2 ThürKO); its Amtszeit begins on the first day of the month after the election day and ends with the beginning of the next (§ 13 Abs. 2 ThürKWG, read at wolterskluwer-online). Regular elections every fifth year between 1 May and 31 July (§ 8 ThürKWG). The end is read from the next recorded election day.",
    ),
    exceptions: Cow::Borrowed(&[]),
    end: CouncilTermEnd::EndOfMonthOfNextElection,
    regular_elections: Cow::Borrowed(&[
        d(2009, 6, 7),
        d(2014, 5, 25),
        d(2019, 5, 26),
        d(2024, 5, 26),
    ]),
    elections_source: text(
        "7 Jun 2009: abendblatt.de (Kommunalwahlen in SN, ST, TH, MV, BW, RP and the Saarland with the European election); 25 May 2014: de.wikipedia.org, Kommunalwahlen im Saarland 2014 (held the same day in BW, HH, NW, MV, RP, BB, SN, ST, TH); 26 May 2019: az-online.de (ten Länder, among them Thüringen); 26 May 2024: rp-online.de (\"Am 26. Mai folgt noch die Kommunalwahl in Thüringen\")",
    ),
};
