//! Bremen: the Bremer Rat für Integration and the Bremerhaven Migrationsrat.
//!
//! The state body rests on a resolution of the Deputation für Soziales of
//! 16 December 2004; its members are delegated by institutions for four years
//! (renamed and restructured in 2025). Bremerhaven has had a Migrationsrat by
//! resolution of its Stadtverordnetenversammlung since the end of 2023.

use super::shared::*;

// ---- reform dates ----

/// HB: the Bremer Rat für Integration was set up by the social-affairs
/// Deputation on 16 Dec 2004; the Bremerhaven Migrationsrat at the end of 2023.
const HB_FROM: NaiveDate = d(2004, 12, 16);
const HB_BREMERHAVEN_FROM: NaiveDate = d(2024, 1, 1);

// ---- values, citations, sources and rules ----

const HB_STATE_RULES: &[Rule] = &[Rule {
    id: text(ids::HB_STATE_BOARD_LEGAL_BASIS),
    citation: Citation::whole("Beschluss der Deputation für Soziales vom 16.12.2004"),
    validity: Validity::since(HB_FROM),
    certainty: Verified,
    statement_de: text(
        "Der Rat wird durch Beschluss der Deputation gebildet; seine Mitglieder werden von Institutionen entsandt und von der Deputation benannt.",
    ),
    statement_en: text(
        "The council is formed by decision of the Deputation; institutions delegate its members and the Deputation names them",
    ),
    constraint: Constraint::LegalBasis(LegalBasis {
        allowed: AUTHORITY_OR_RESOLUTION,
    }),
    source: text("https://bremer-rat-fuer-integration.de/rat/geschichte/"),
    ..Rule::DEFAULT
}];

const HB_MUNICIPAL_RULES: &[Rule] = &[Rule {
    id: text(ids::HB_LOCAL_BOARD_LEGAL_BASIS),
    citation: Citation::whole("Beschluss der Stadtverordnetenversammlung Bremerhaven"),
    validity: Validity::since(HB_BREMERHAVEN_FROM),
    certainty: Unverified,
    statement_de: text(
        "Der Migrationsrat beruht auf einem Beschluss der Stadtverordnetenversammlung.",
    ),
    statement_en: text("The Migrationsrat rests on a resolution of the city assembly"),
    constraint: Constraint::LegalBasis(LegalBasis {
        allowed: LOCAL_BASES,
    }),
    source: text(
        "https://moin-bremerhaven.de/2024/02/13/neuer-migrationsrat-vorsitzender-mircea-ionescu-im-interview",
    ),
    ..Rule::DEFAULT
}];

// ---- the Land's law ----

const REGIMES: &[Regime] = &[
    Regime {
        land: Land::Bremen,
        body_type: BodyType::StateAdvisoryBoard,
        levels: Cow::Borrowed(&[Level::State]),
        governance: Governance::LocalOnly,
        basis: Citation::whole("Beschluss der Deputation für Soziales vom 16.12.2004"),
        covered: Validity::since(HB_FROM),
        rules: Cow::Borrowed(HB_STATE_RULES),
        rights: Cow::Borrowed(&[]),
        note: text(
            "Bremer Rat für Integration (renamed and restructured in 2025): members delegated by institutions; \
         4-year term.",
        ),
    },
    Regime {
        land: Land::Bremen,
        body_type: BodyType::LocalAdvisoryBoard,
        levels: Cow::Borrowed(MUNICIPAL),
        governance: Governance::LocalOnly,
        basis: Citation::whole("Beschluss der Stadtverordnetenversammlung Bremerhaven"),
        covered: Validity::since(HB_BREMERHAVEN_FROM),
        rules: Cow::Borrowed(HB_MUNICIPAL_RULES),
        rights: Cow::Borrowed(&[]),
        note: text(
            "Bremerhaven Migrationsrat since the end of 2023; covered from 1 January 2024, the day of the \
             resolution was not read. No council term is recorded for Bremen: the Stadtbürgerschaft shares the \
             Bürgerschaft's four-year Wahlperiode, which ends in the election year with 7 June (wahlen.bremen.de), \
             but the first day of the Wahlperiode of Bremerhaven's Stadtverordnetenversammlung was not read, and \
             a Land has one council-term rule.",
        ),
    },
];

const ESTABLISHMENT: &[EstablishmentRule] = &[EstablishmentRule {
    id: text(ids::HB_ESTABLISHMENT_MAY),
    land: Land::Bremen,
    levels: Cow::Borrowed(&[Level::State, Level::Municipality]),
    body_types: Cow::Borrowed(&[BodyType::StateAdvisoryBoard, BodyType::LocalAdvisoryBoard]),
    duty: Duty::May,
    threshold: None,
    citation: Citation::whole("Beschluss der Deputation für Soziales vom 16.12.2004"),
    validity: Validity::since(HB_FROM),
    certainty: Verified,
    statement_de: text(
        "Keine gesetzliche Pflicht: der Bremer Rat für Integration beruht auf einem Beschluss der Deputation.",
    ),
    statement_en: text(
        "No statutory duty: the Bremer Rat für Integration rests on a decision of the Deputation",
    ),
    source: text("https://bremer-rat-fuer-integration.de/rat/geschichte/"),
    ..EstablishmentRule::DEFAULT
}];

const FRANCHISE: &[FranchiseRule] = &[];

/// The law of Bremen.
pub(super) const LAW: LandLaw = LandLaw {
    land: Land::Bremen,
    regimes: Cow::Borrowed(REGIMES),
    establishment: Cow::Borrowed(ESTABLISHMENT),
    franchise: Cow::Borrowed(FRANCHISE),
    council_term: None,
};
