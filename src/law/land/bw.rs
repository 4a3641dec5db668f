//! Baden-Württemberg: kommunale Migrantenvertretungen on local law only (§ 4 Abs. 1 GemO BW).
//!
//! There is no statutory duty and no statutory composition. A municipality forms
//! a Migrantenvertretung by Satzung (§ 4 Abs. 1 GemO) or as an advisory committee
//! (§ 41 GemO); Stuttgart's Internationaler Ausschuss is one. § 10 PartIntG BW
//! concerns only the state association LAKA.

use super::shared::*;

// ---- reform dates ----

/// The Gemeindeordnung of 25 July 1955 came into force on 1 April 1956
/// (§ 147 Abs. 1 GemO, "Dieses Gesetz tritt am 1. April 1956 in Kraft"):
/// coverage starts with it.
const BW_1956: NaiveDate = d(1956, 4, 1);
/// LAKA, the association of the municipal bodies, was founded on 13 June
/// 1998: the rules are verified from then on.
const BW_FROM: NaiveDate = d(1998, 6, 13);
/// § 147 Abs. 1 GemO, in a copy of the Gemeindeordnung's text.
const GEMO_1956_SOURCE: &str = "https://www.yumpu.com/de/document/view/13466151/auszug-aus-der-gemeindeordnung-fur-baden-wurttembergd/104";
/// LAKA on the missing statutory anchoring of the municipal bodies.
const LAKA_SOURCE: &str = "https://www.laka-bw.de/der-laka-fordert-landesweite-institutionalisierung-von-kommunalen-migrantenvertretungen-in-der-gemeindeordnung/";
/// What the unverified rules before 1998 do not know.
const BEFORE_1998_NOTE: &str = "The GemO is in force since 1 April 1956 (§ 147 Abs. 1 GemO); its original text of 1955 \
     (verfassungen.de) was read only in part. That § 4 Abs. 1 (Satzungen) and § 41 (beratende Ausschüsse) allowed \
     a Migrantenvertretung in the same way before 1998 was not read: unverified.";

// ---- values, citations, sources and rules ----

/// § 4 Abs. 1 GemO: the Satzung power every version rests on.
const GEMO_4_1: Citation = Citation::section("GemO BW", "4").paragraph(1);
/// What both versions of the Beirat rule say: only local law.
const BW_LOCAL_ONLY: Rule = Rule {
    statement_de: Cow::Borrowed(LOCAL_ONLY_DE),
    statement_en: Cow::Borrowed(LOCAL_ONLY_EN),
    constraint: Constraint::LegalBasis(LegalBasis {
        allowed: LOCAL_BASES,
    }),
    ..Rule::DEFAULT
};

const BW_RULES: &[Rule] = &[
    Rule {
        id: text(ids::BW_LOCAL_BOARD_1956_LEGAL_BASIS),
        validity: Validity::between(BW_1956, BW_FROM),
        certainty: Unverified,
        source: text(GEMO_1956_SOURCE),
        note: text(BEFORE_1998_NOTE),
        citation: GEMO_4_1,
        ..BW_LOCAL_ONLY
    },
    Rule {
        id: text(ids::BW_LOCAL_BOARD_LEGAL_BASIS),
        validity: Validity::since(BW_FROM),
        certainty: Verified,
        source: text(LAKA_SOURCE),
        citation: GEMO_4_1,
        ..BW_LOCAL_ONLY
    },
];

// ---- the Land's law ----

const REGIMES: &[Regime] = &[Regime {
    transitions: Cow::Borrowed(&[]),
    land: Land::BadenWuerttemberg,
    body_type: BodyType::LocalAdvisoryBoard,
    levels: Cow::Borrowed(MUNICIPAL),
    governance: Governance::LocalOnly,
    basis: GEMO_4_1,
    covered: Validity::since(BW_1956),
    rules: Cow::Borrowed(BW_RULES),
    rights: Cow::Borrowed(&[]),
    note: text(
        "No statutory obligation or composition: a Satzung under § 4 Abs. 1 GemO and/or an advisory committee \
         under § 41 GemO. § 10 PartIntG BW concerns only the state association LAKA. Covered from 1 April 1956, \
         when the GemO came into force (§ 147 Abs. 1 GemO); before the founding of LAKA on 13 June 1998 the \
         rules are unverified.",
    ),
}];

/// What both versions of the "kann" rule say.
const BW_MAY: EstablishmentRule = EstablishmentRule {
    land: Land::BadenWuerttemberg,
    levels: Cow::Borrowed(MUNICIPAL),
    body_types: Cow::Borrowed(LOCAL_BOARD),
    duty: Duty::May,
    threshold: None,
    statement_de: Cow::Borrowed(
        "Keine gesetzliche Pflicht: die Gemeinde kann eine Migrantenvertretung durch Satzung oder als beratenden Ausschuss (§ 41 GemO) bilden.",
    ),
    statement_en: Cow::Borrowed(
        "No statutory duty: the municipality may form a migrant representation by Satzung or as an advisory committee (§ 41 GemO)",
    ),
    ..EstablishmentRule::DEFAULT
};

const ESTABLISHMENT: &[EstablishmentRule] = &[
    // ---- Länder where forming a body is voluntary ----
    EstablishmentRule {
        id: text(ids::BW_ESTABLISHMENT_MAY_1956),
        validity: Validity::between(BW_1956, BW_FROM),
        certainty: Unverified,
        source: text(GEMO_1956_SOURCE),
        note: text(BEFORE_1998_NOTE),
        citation: GEMO_4_1,
        ..BW_MAY
    },
    EstablishmentRule {
        id: text(ids::BW_ESTABLISHMENT_MAY),
        validity: Validity::since(BW_FROM),
        certainty: Verified,
        source: text(LAKA_SOURCE),
        citation: GEMO_4_1,
        ..BW_MAY
    },
];

const FRANCHISE: &[FranchiseRule] = &[];

/// The law of Baden-Württemberg.
pub(super) const LAW: LandLaw = LandLaw {
    land: Land::BadenWuerttemberg,
    regimes: Cow::Borrowed(REGIMES),
    establishment: Cow::Borrowed(ESTABLISHMENT),
    franchise: Cow::Borrowed(FRANCHISE),
    council_term: Some(COUNCIL_TERM),
    allocation: Cow::Borrowed(&[]),
};

/// The Wahlperiode of the Land's municipal councils.
pub(super) const COUNCIL_TERM: CouncilTermRule = CouncilTermRule {
    land: Land::BadenWuerttemberg,
    years: 5,
    start: CouncilTermStart::FirstOfNextMonth {},
    citation: Citation::section("GemO BW", "30"),
    note: text(
        "Amtszeit of 5 years (§ 30 Abs. 1 GemO); it ends with the month of the regular elections (Abs. 2), so the next one begins on the first day of the following month (text of § 30 GemO, yumpu copy). The end is read from the next recorded election day.",
    ),
    exceptions: Cow::Borrowed(&[]),
    end: CouncilTermEnd::EndOfMonthOfNextElection,
    regular_elections: Cow::Borrowed(WITH_EUROPEAN_ELECTION_2009_2024),
    elections_source: text(
        "7 Jun 2009: abendblatt.de (Kommunalwahlen in SN, ST, TH, MV, BW, RP and the Saarland with the European election); 25 May 2014: VG Stuttgart, 7 K 978/16; 26 May 2019: stuttgart.de; 9 Jun 2024: the Bundeswahlleiterin (presseportal.de/pm/74247/5792404)",
    ),
};
