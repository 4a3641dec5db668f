//! Bremen: the Bremer Rat für Integration and the Bremerhaven Migrationsrat.
//!
//! The state body rests on a resolution of the Deputation für Soziales of
//! 16 December 2004; its members are delegated by institutions for four years
//! (renamed and restructured in 2025). Bremerhaven had an elected Rat der
//! ausländischen Mitbürger (RaM) under its Satzung of 16 December 2010, in
//! force from 1 February 2011 to 12 July 2023, and has since had a
//! Migrationsrat under a Satzung of its own, its members named by the
//! Stadtverordnetenversammlung.
//!
//! The municipal councils, the Stadtbürgerschaft of Bremen and the
//! Stadtverordnetenversammlung of Bremerhaven, are elected for four years
//! (§ 5 Abs. 1 S. 1 BremWahlG, for Bremerhaven read with § 42 Abs. 3 S. 2).

use super::shared::*;

// ---- reform dates ----

/// HB: the Bremer Rat für Integration was set up by the social-affairs
/// Deputation on 16 Dec 2004.
const HB_FROM: NaiveDate = d(2004, 12, 16);
/// The Satzung of Bremerhaven's RaM came into force on 1 Feb 2011.
const HB_BREMERHAVEN_FROM: NaiveDate = d(2011, 2, 1);
/// The RaM's Satzung was in force until 12 Jul 2023; the Migrationsrat's
/// is taken to follow it on the next day.
const HB_MIGRATIONSRAT_FROM: NaiveDate = d(2023, 7, 13);

/// § 42 Abs. 3 S. 2 BremWahlG: of § 5, the Bremerhaven election keeps the
/// election principles and the length of the Wahlperiode.
const BREMWAHLG_42_3: &[Citation] = &[Citation::section("BremWahlG", "42")
    .paragraph(3)
    .sentence(2)];

const RAM_SOURCE: &str = "https://www.transparenz.bremen.de/metainformationen/satzung-des-rates-der-auslaendischen-mitbuerger-fuer-die-stadt-bremerhaven-ram-73557";

// ---- values, citations, sources and rules ----

const HB_STATE_RULES: &[Rule] = &[Rule {
    id: text(ids::HB_STATE_BOARD_LEGAL_BASIS),
    citation: Citation::whole("Beschluss der Deputation für Soziales vom 16.12.2004"),
    validity: Validity::since(HB_FROM),
    certainty: Unverified,
    statement: Statement::new(
        "Der Rat wird durch Beschluss der Deputation gebildet; seine Mitglieder werden von Institutionen entsandt und von der Deputation benannt.",
        "The council is formed by decision of the Deputation; institutions delegate its members and the Deputation names them",
    ),
    constraint: Constraint::LegalBasis(LegalBasis {
        allowed: AUTHORITY_OR_RESOLUTION,
    }),
    source: text("https://bremer-rat-fuer-integration.de/rat/geschichte/"),
    modality: Modality::Must,
    note: text(
        "Grade (December 2026): unverified. The 2004 decision of the Deputation für Soziales was not found; the body's own site is a secondary source. Note: the Bremer Rat was restructured by the Sozialdeputation in June 2025 and renamed („Bremer Rat für Teilhabe und Diversität in der Migrationsgesellschaft“, constituted 10.11.2025, senatspressestelle.bremen.de, official), so the open end may need review.",
    ),
    replaces: None,
    source_kind: SourceKind::Paraphrase,
}];

const HB_MUNICIPAL_RULES: &[Rule] = &[
    Rule {
        id: text(ids::HB_LOCAL_BOARD_2011_LEGAL_BASIS),
        citation: Citation::whole(
            "Satzung des Rates der ausländischen Mitbürger für die Stadt Bremerhaven (RaM) vom 16.12.2010 (Brem.GBl. 2011 S. 37)",
        ),
        validity: Validity::between(HB_BREMERHAVEN_FROM, HB_MIGRATIONSRAT_FROM),
        certainty: Verified,
        statement: Statement::new(
            "Der Rat der ausländischen Mitbürger (RaM) beruht auf einer von der Stadtverordnetenversammlung beschlossenen Satzung.",
            "The Rat der ausländischen Mitbürger (RaM) rests on a Satzung adopted by the city assembly",
        ),
        constraint: Constraint::LegalBasis(LegalBasis {
            allowed: LOCAL_BASES,
        }),
        source: text(RAM_SOURCE),
        note: text(
            "The official register of Bremen's law (transparenz.bremen.de) gives the Satzung as in force from \
             1 Feb 2011 to 12 Jul 2023. The RaM was elected by the foreign residents (2011 and 2015, \
             bremerhaven.de), alongside the election of the Stadtverordnetenversammlung (nord24.de on its \
             replacement: \"Schon bei der nächsten Stadtverordnetenwahl soll der RaM parallel nicht mehr \
             mitgewählt werden\"); its Wahlordnung of the same day sets the \
             franchise (voters 16 and over, candidates 18 and over, three months' residence in Bremerhaven). \
             Those are a municipality's rules, not the Land's, and are not recorded as a franchise rule. A RaM \
             existed before 2011 (it was elected in 1999, gruene-fraktion-bremen.de); the Satzung in force \
             then was not read, so coverage starts in 2011.",
        ),
        modality: Modality::Must,
        replaces: None,
        source_kind: SourceKind::StatuteText,
    },
    Rule {
        id: text(ids::HB_LOCAL_BOARD_LEGAL_BASIS),
        citation: Citation::whole("Satzung des Migrationsrates der Stadt Bremerhaven"),
        validity: Validity::since(HB_MIGRATIONSRAT_FROM),
        certainty: Unverified,
        statement: Statement::new(
            "Der Migrationsrat beruht auf einer von der Stadtverordnetenversammlung beschlossenen Satzung.",
            "The Migrationsrat rests on a Satzung adopted by the city assembly",
        ),
        constraint: Constraint::LegalBasis(LegalBasis {
            allowed: LOCAL_BASES,
        }),
        source: text(
            "https://www.bremerhaven.de/de/aktuelles/menschen-mit-migrationsgeschichte-eine-effektive-stimme-geben.135300.html",
        ),
        note: text(
            "The city announced the Satzung's promulgation in the Bremisches Gesetzblatt, for work from July 2023 \
             (bremerhaven.de); the Migrationsrat first met on 12 Oct 2023 with 25 members named by the \
             Stadtverordnetenversammlung in September 2023 (bremerhaven.de). The Satzung's own in-force day was \
             not read: it is taken to be 13 Jul 2023, the day after the RaM's Satzung ceased to apply.",
        ),
        modality: Modality::Must,
        replaces: Some(text(ids::HB_LOCAL_BOARD_2011_LEGAL_BASIS)),
        source_kind: SourceKind::Paraphrase,
    },
];

// ---- the Land's law ----

const REGIMES: &[Regime] = &[
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::Bremen,
        body_type: BodyType::StateAdvisoryBoard,
        designation: text(""),
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
        transitions: Cow::Borrowed(&[]),
        land: Land::Bremen,
        body_type: BodyType::LocalAdvisoryBoard,
        designation: text(""),
        levels: Cow::Borrowed(MUNICIPAL),
        governance: Governance::LocalOnly,
        basis: Citation::whole(
            "Satzungen der Stadt Bremerhaven über den RaM (2010) und den Migrationsrat (2023)",
        ),
        covered: Validity::since(HB_BREMERHAVEN_FROM),
        rules: Cow::Borrowed(HB_MUNICIPAL_RULES),
        rights: Cow::Borrowed(&[]),
        note: text(
            "Bremerhaven, Bremen's one municipality with a municipal board (the city of Bremen's is the Land's \
             Bremer Rat für Integration): the elected Rat der ausländischen Mitbürger (RaM) under its Satzung of \
             16 Dec 2010, in force from 1 Feb 2011 to 12 Jul 2023, and the Migrationsrat under its own Satzung \
             from then (its in-force day not read). Covered from 1 Feb 2011: the Satzung in force before was \
             not read.",
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
    certainty: Unverified,
    statement: Statement::new(
        "Keine gesetzliche Pflicht: der Bremer Rat für Integration beruht auf einem Beschluss der Deputation.",
        "No statutory duty: the Bremer Rat für Integration rests on a decision of the Deputation",
    ),
    source: text("https://bremer-rat-fuer-integration.de/rat/geschichte/"),
    signatures: None,
    if_no_candidates: None,
    note: text(
        "Grade (December 2026): unverified. The 2004 decision of the Deputation für Soziales was not found; the body's own site is a secondary source. Note: the Bremer Rat was restructured by the Sozialdeputation in June 2025 and renamed („Bremer Rat für Teilhabe und Diversität in der Migrationsgesellschaft“, constituted 10.11.2025, senatspressestelle.bremen.de, official), so the open end may need review.",
    ),
    source_kind: SourceKind::Paraphrase,
    replaces: None,
}];

const FRANCHISE: &[FranchiseRule] = &[];

/// The law of Bremen.
pub(super) const LAW: LandLaw = LandLaw {
    land: Land::Bremen,
    regimes: Cow::Borrowed(REGIMES),
    establishment: Cow::Borrowed(ESTABLISHMENT),
    franchise: Cow::Borrowed(FRANCHISE),
    council_term: Some(COUNCIL_TERM),
    allocation: Cow::Borrowed(&[]),
};

/// The Wahlperiode of the Land's municipal councils.
pub(super) const COUNCIL_TERM: CouncilTermRule = CouncilTermRule {
    land: Land::Bremen,
    years: 4,
    start: CouncilTermStart::AtConstitution {},
    citation: Citation::section("BremWahlG", "5")
        .paragraph(1)
        .sentence(1)
        .read_with(BREMWAHLG_42_3),
    note: text(
        "Both municipal councils are elected \"auf die Dauer von vier Jahren\" (§ 5 Abs. 1 S. 1 BremWahlG): \
         the Stadtbürgerschaft as the Bürgerschaft's members elected in the Wahlbereich Bremen (§ 5 Abs. 3), \
         and Bremerhaven's Stadtverordnetenversammlung because § 42 Abs. 3 S. 2 BremWahlG applies to its \
         election \"die Bestimmung über die Dauer der Wahlperiode\" of § 5 (both read at \
         justiz-nrw.wolterskluwer-online.de and anwalt24.de). The statute text read does not say when \
         the Stadtverordnetenversammlung's Wahlperiode begins; it met \"für die neue Wahlperiode\" on \
         4 Jul 2023 (bremerhaven.de), seven weeks after the election. As in Brandenburg and Hamburg, a term \
         tied to it needs the constitution day, and the four years count from it. The Bürgerschaft's \
         Wahlperiode, which the Stadtbürgerschaft shares, ends in the election year with 7 June \
         (wahlen.bremen.de); a body tied to it can give that end as fixed_end.",
    ),
    exceptions: Cow::Borrowed(&[]),
    end: CouncilTermEnd::AfterYears,
    regular_elections: Cow::Borrowed(&[
        d(2007, 5, 13),
        d(2011, 5, 22),
        d(2015, 5, 10),
        d(2019, 5, 26),
        d(2023, 5, 14),
    ]),
    elections_source: text(
        "13 May 2007 and 22 May 2011: the Magistrat's statistics of the Stadtverordnetenversammlung election \
         of 22 May 2011 (\"Vergleich der Ergebnisse mit der Wahl vom 13.05.2007\"); 10 May 2015: \
         bremerhaven.de (\"am gestrigen Sonntag (10. Mai 2015)\", the double election with the \
         Bürgerschaft); 26 May 2019: welt.de, 2018 (\"Bremen wählt am 26. Mai 2019 neue Bürgerschaft\", \
         fixed by the Bürgerschaft) and nord24.de (the Stadtverordnetenversammlung count, 29 May 2019); 14 May 2023: \
         butenunbinnen.de (\"Am 14. Mai wird auch die Stadtverordnetenversammlung in Bremerhaven \
         gewählt\"). The days of 2027 and later are not fixed yet.",
    ),
};
