//! Mecklenburg-Vorpommern: the Integrations- und Teilhabegesetz (InTG M-V, from 2 April 2024).
//!
//! The law has kann and soll rules on municipal Migrations- und
//! Integrationsbeiräte. Their paragraph, thresholds and composition were not
//! read, so the crate records the regime as unverified and checks nothing as
//! verified. Earlier law is not recorded.

use super::shared::*;

// ---- reform dates ----

/// MV: InTG M-V of 19 March 2024, in force 2 April 2024.
const MV_FROM: NaiveDate = d(2024, 4, 2);

// ---- values, citations, sources and rules ----

const MV_RULES: &[Rule] = &[Rule {
    id: text(ids::MV_LOCAL_BOARD_LEGAL_BASIS),
    citation: Citation::whole("InTG M-V"),
    validity: Validity::since(MV_FROM),
    certainty: Unverified,
    statement: Statement::new(
        "Ein Migrations- und Integrationsbeirat wird in der Hauptsatzung verankert (so Schwerin); die Regelung des InTG M-V wurde nicht gelesen.",
        "A Migrations- und Integrationsbeirat is anchored in the Hauptsatzung (as in Schwerin); the InTG M-V provision was not read",
    ),
    constraint: Constraint::LegalBasis(LegalBasis {
        allowed: SATZUNG_ONLY,
    }),
    source: text(
        "http://www.regierungmv.de/Landesregierung/sm/Soziales/Integration/Integrations%E2%80%93-und-Teilhabegesetz-%28InTG-M%E2%80%93V%29/",
    ),
    modality: Modality::Must,
    note: text(""),
    replaces: None,
    source_kind: SourceKind::OfficialDocument,
}];

// ---- the Land's law ----

const REGIMES: &[Regime] = &[Regime {
    transitions: Cow::Borrowed(&[]),
    land: Land::MecklenburgVorpommern,
    body_type: BodyType::LocalAdvisoryBoard,
    designation: text(""),
    levels: Cow::Borrowed(MUNICIPAL),
    governance: Governance::Statute,
    basis: Citation::whole("InTG M-V"),
    covered: Validity::since(MV_FROM),
    rules: Cow::Borrowed(MV_RULES),
    rights: Cow::Borrowed(&[]),
    note: text(
        "The InTG M-V (in force 2 April 2024) has kann/soll rules on municipal Migrations- und \
         Integrationsbeiräte; their paragraph, thresholds and composition rules were not read, so nothing is \
         checked as verified. Earlier law is not recorded.",
    ),
}];

const ESTABLISHMENT: &[EstablishmentRule] = &[EstablishmentRule {
    id: text(ids::MV_ESTABLISHMENT_MAY),
    land: Land::MecklenburgVorpommern,
    levels: Cow::Borrowed(MUNICIPAL),
    body_types: Cow::Borrowed(LOCAL_BOARD),
    duty: Duty::May,
    threshold: None,
    citation: Citation::whole("InTG M-V"),
    validity: Validity::since(MV_FROM),
    certainty: Unverified,
    statement: Statement::new(
        "Das InTG M-V enthält Kann- bzw. Soll-Regeln zu kommunalen Migrations- und Integrationsbeiräten; Wortlaut, Paragraph und Schwellen wurden nicht gelesen.",
        "The InTG M-V has may/should rules on municipal Migrations- und Integrationsbeiräte; wording, paragraph and thresholds were not read",
    ),
    source: text(
        "http://www.regierungmv.de/Landesregierung/sm/Soziales/Integration/Integrations%E2%80%93-und-Teilhabegesetz-%28InTG-M%E2%80%93V%29/ ; https://gruenes-forum.de/?p=1029",
    ),
    signatures: None,
    if_no_candidates: None,
    note: text(""),
    source_kind: SourceKind::OfficialDocument,
    replaces: None,
}];

const FRANCHISE: &[FranchiseRule] = &[];

/// § 23 Abs. 1 KV M-V: the Gemeindevertretung is elected for five years.
const KV_23_1: &[Citation] = &[Citation::section("KV M-V", "23").paragraph(1)];

/// The law of Mecklenburg-Vorpommern.
pub(super) const LAW: LandLaw = LandLaw {
    land: Land::MecklenburgVorpommern,
    regimes: Cow::Borrowed(REGIMES),
    establishment: Cow::Borrowed(ESTABLISHMENT),
    franchise: Cow::Borrowed(FRANCHISE),
    council_term: Some(COUNCIL_TERM),
    allocation: Cow::Borrowed(&[]),
};

/// The Wahlperiode of the Land's municipal councils.
pub(super) const COUNCIL_TERM: CouncilTermRule = CouncilTermRule {
    land: Land::MecklenburgVorpommern,
    years: 5,
    start: CouncilTermStart::DaysAfterElection { days: 0 },
    citation: Citation::section("LKWG M-V", "2")
        .paragraph(2)
        .read_with(KV_23_1),
    note: text(
        "The Wahlperiode of the Gemeindevertretungen begins with the election day and ends with the beginning of the next (§ 2 Abs. 2 LKWG M-V, text of 16 Dec 2010 at umwelt-online.de); the Wahlzeit is five years (§ 23 Abs. 1 KV M-V, per a commentary at perlego.com). The end is read from the next recorded election day.",
    ),
    exceptions: Cow::Borrowed(&[]),
    end: CouncilTermEnd::DayBeforeNextElection,
    regular_elections: Cow::Borrowed(WITH_EUROPEAN_ELECTION_2009_2024),
    elections_source: text(
        "7 Jun 2009: abendblatt.de (Kommunalwahlen in SN, ST, TH, MV, BW, RP and the Saarland with the European election); 25 May 2014: de.wikipedia.org, Kommunalwahlen im Saarland 2014 (held the same day in BW, HH, NW, MV, RP, BB, SN, ST, TH); 26 May 2019: az-online.de (ten Länder, among them Mecklenburg-Vorpommern); 9 Jun 2024: the Bundeswahlleiterin (presseportal.de/pm/74247/5792404)",
    ),
};
