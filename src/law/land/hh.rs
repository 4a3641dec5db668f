//! Hamburg: the Integrationsbeirat of the Sozialbehörde and the district Integrationsbeiräte.
//!
//! The state Integrationsbeirat is a Verwaltungsausschuss of the Sozialbehörde
//! (§ 16 VerwBehG), chaired by the head of the authority, which sets its
//! composition. The Bezirksversammlungen appoint district Integrationsbeiräte
//! (Hamburg-Mitte since 2013).

use super::shared::*;

// ---- reform dates ----

/// HH: the Integrationsbeirat exists since 2002; the Hamburg-Mitte district
/// Integrationsbeirat since 2013.
const HH_FROM: NaiveDate = d(2003, 1, 1);
const HH_DISTRICT_FROM: NaiveDate = d(2014, 1, 1);

// ---- values, citations, sources and rules ----

const HH_STATE_RULES: &[Rule] = &[
    Rule {
        id: text(ids::HH_STATE_BOARD_LEGAL_BASIS),
        citation: Citation::section("VerwBehG", "16"),
        validity: Validity::since(HH_FROM),
        certainty: Verified,
        statement_de: text(
            "Der Integrationsbeirat ist ein Verwaltungsausschuss, den die Sozialbehörde einsetzt.",
        ),
        statement_en: text(
            "The Integrationsbeirat is an administrative committee set up by the Sozialbehörde",
        ),
        constraint: Constraint::LegalBasis(LegalBasis {
            allowed: Cow::Borrowed(&[LegalBasisKind::AdministrativeDecision]),
        }),
        source: text(
            "https://www.hamburg.de/politik-und-verwaltung/behoerden/sozialbehoerde/wir-ueber-uns/integrationsbeirat-hamburg/arbeitsweise-30380",
        ),
        ..Rule::DEFAULT
    },
    Rule {
        id: text(ids::HH_STATE_BOARD_CHAIR),
        citation: Citation::section("VerwBehG", "16"),
        validity: Validity::since(HH_FROM),
        certainty: Verified,
        statement_de: text("Den Vorsitz führt die Leitung der Behörde."),
        statement_en: text("The head of the authority chairs"),
        constraint: Constraint::Chair(Chair {
            allowed: Cow::Borrowed(&[ChairMethod::ExOfficio]),
            from_seats: None,
        }),
        source: text(
            "https://www.hamburg.de/politik-und-verwaltung/behoerden/sozialbehoerde/wir-ueber-uns/integrationsbeirat-hamburg/arbeitsweise-30380",
        ),
        ..Rule::DEFAULT
    },
];

const HH_DISTRICT_RULES: &[Rule] = &[Rule {
    id: text(ids::HH_DISTRICT_BOARD_LEGAL_BASIS),
    citation: Citation::whole("BezVG HH"),
    validity: Validity::since(HH_DISTRICT_FROM),
    certainty: Unverified,
    statement_de: text(
        "Die Bezirksversammlung beruft den bezirklichen Integrationsbeirat nach jeder Neukonstituierung.",
    ),
    statement_en: text(
        "The district assembly appoints the district Integrationsbeirat after each new constitution",
    ),
    constraint: Constraint::LegalBasis(LegalBasis {
        allowed: Cow::Borrowed(&[LegalBasisKind::CouncilResolution]),
    }),
    source: text(
        "https://bv-hh.de/hamburg-mitte/documents/neukonstituierung-des-bezirklichen-integrationsbeirats-196719",
    ),
    ..Rule::DEFAULT
}];

// ---- the Land's law ----

const REGIMES: &[Regime] = &[
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::Hamburg,
        body_type: BodyType::StateAdvisoryBoard,
        levels: Cow::Borrowed(&[Level::State]),
        governance: Governance::LocalOnly,
        basis: Citation::section("VerwBehG", "16"),
        covered: Validity::since(HH_FROM),
        rules: Cow::Borrowed(HH_STATE_RULES),
        rights: Cow::Borrowed(&[]),
        note: text(
            "The Integrationsbeirat is a Verwaltungsausschuss of the Sozialbehörde, chaired by the head of the \
         authority; its composition is set by the authority (22nd period: 14 district members + 5 experts). \
         Covered from 1 January 2003: it exists since 2002, and the day it was set up was not read.",
        ),
    },
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::Hamburg,
        body_type: BodyType::LocalAdvisoryBoard,
        levels: Cow::Borrowed(&[Level::Borough]),
        governance: Governance::LocalOnly,
        basis: Citation::whole("BezVG HH"),
        covered: Validity::since(HH_DISTRICT_FROM),
        rules: Cow::Borrowed(HH_DISTRICT_RULES),
        rights: Cow::Borrowed(&[]),
        note: text(
            "District Integrationsbeiräte appointed by the Bezirksversammlung (Hamburg-Mitte since 2013). Covered \
         from 1 January 2014: the day of the first appointment was not read.",
        ),
    },
];

const ESTABLISHMENT: &[EstablishmentRule] = &[EstablishmentRule {
    id: text(ids::HH_ESTABLISHMENT_MAY),
    land: Land::Hamburg,
    levels: Cow::Borrowed(&[Level::State, Level::Borough]),
    body_types: Cow::Borrowed(&[BodyType::StateAdvisoryBoard, BodyType::LocalAdvisoryBoard]),
    duty: Duty::May,
    threshold: None,
    citation: Citation::section("VerwBehG", "16"),
    validity: Validity::since(HH_FROM),
    certainty: Verified,
    statement_de: text(
        "Keine gesetzliche Pflicht: der Integrationsbeirat ist ein Verwaltungsausschuss der Sozialbehörde.",
    ),
    statement_en: text(
        "No statutory duty: the Integrationsbeirat is an administrative committee of the Sozialbehörde",
    ),
    source: text(
        "https://www.hamburg.de/politik-und-verwaltung/behoerden/sozialbehoerde/wir-ueber-uns/integrationsbeirat-hamburg/arbeitsweise-30380",
    ),
    ..EstablishmentRule::DEFAULT
}];

const FRANCHISE: &[FranchiseRule] = &[];

/// The law of Hamburg.
pub(super) const LAW: LandLaw = LandLaw {
    land: Land::Hamburg,
    regimes: Cow::Borrowed(REGIMES),
    establishment: Cow::Borrowed(ESTABLISHMENT),
    franchise: Cow::Borrowed(FRANCHISE),
    council_term: Some(COUNCIL_TERM),
    allocation: Cow::Borrowed(&[]),
};

/// The Wahlperiode of the Land's municipal councils.
pub(super) const COUNCIL_TERM: CouncilTermRule = CouncilTermRule {
    land: Land::Hamburg,
    years: 5,
    start: CouncilTermStart::AtConstitution {},
    citation: Citation::section("BezVWG", "1"),
    note: text(
        "The Bezirksversammlungen have been elected for five years on the day of the European election since \
         25 May 2014 (taz, before that election: \"zum ersten Mal soll es eine fünfjährige Amtsperiode geben, \
         bislang dauerte sie vier Jahre\"; hamburgwaehlt.de). The provision is § 1 BezVWG (\"Amtsperiode und \
         Wahltag\", table of contents at gruene-nord.de); before the law of 14 May 2018 it was § 4 BezVG \
         (\"Mitgliederzahl, Amtsdauer\", umwelt-online.de). Its wording was not read. The start is taken to be \
         each assembly's first meeting, as for the Bürgerschaft, whose Wahlperiode begins with its constitution \
         (soeren-schumacher.de, 2015): the seven assemblies elected on 9 June 2024 first met on different days, from the end \
         of June to mid-July (NDR, 4 July 2024; Hamburg-Mitte on 4 July 2024, bv-hh.de), so no Land-wide day \
         begins the Amtsperiode. A term tied to it needs its constitution day, and the five years count from \
         it. Election days before 2014 (with the Bürgerschaft, four years) are not recorded: the district \
         boards are covered from 2014.",
    ),
    exceptions: Cow::Borrowed(&[]),
    end: CouncilTermEnd::AfterYears,
    regular_elections: Cow::Borrowed(&[d(2014, 5, 25), d(2019, 5, 26), d(2024, 6, 9)]),
    elections_source: text(
        "25 May 2014: taz.de (\"Erstmals finden die Wahlen zu den Bezirksversammlungen mit der Europawahl statt\"); \
         26 May 2019: abendblatt.de (\"Am 26. Mai wird gewählt\"); 9 Jun 2024: ndr.de (first meetings after the \
         Bezirkswahlen, July 2024) with the European election of that day",
    ),
};
