//! Bayern: local advisory boards on local law only (Art. 23 BayGO, Art. 17 BayLKrO).
//!
//! No Bavarian statute provides for a migrant representation body. Municipalities
//! form Integrationsbeiräte or Ausländerbeiräte by Satzung or council resolution
//! (Kaufbeuren: 26 seats), Landkreise under their power to make Satzungen
//! (Art. 17 BayLKrO). The crate records only that such a body rests on local
//! law, and the council's Wahlzeit of six years from the 1 May after the
//! election (Art. 23 GLKrWG), to which local terms are often tied.

use super::shared::*;

// ---- reform dates ----

/// Art. 23 GO in the version of the Bekanntmachung of 22 August 1998
/// (GVBl. S. 796), the version in force today (gesetze-bayern.de): coverage
/// of municipal bodies starts with it. The Gemeindeordnung goes back to 1952
/// (Historisches Lexikon Bayerns); the day of that act was not read.
const BY_GO_1998: NaiveDate = d(1998, 8, 22);
/// Art. 17 BayLKrO in the version of the Bekanntmachung of 22 August 1998
/// (GVBl. S. 826; gesetze-bayern.de: "Fassung: 22.08.1998"; rechtslexikon.net:
/// "Landkreisordnung i. d. F. v. 22. 8. 1998 (GVBl. S. 826)"), re-promulgated
/// on the same day as the GO: coverage of county bodies starts with it, as
/// for municipal bodies. The LKrO goes back to 1952 (GVBl. 1952 S. 39); the
/// day of that act was not read.
const BY_FROM: NaiveDate = d(1998, 8, 22);

// ---- values, citations, sources and rules ----

const BY_MUNICIPAL_RULES: &[Rule] = &[Rule {
    id: text(ids::BY_LOCAL_BOARD_LEGAL_BASIS),
    citation: Citation::article("BayGO", "23"),
    validity: Validity::since(BY_GO_1998),
    certainty: Unverified,
    statement: Statement::new(LOCAL_ONLY_DE, LOCAL_ONLY_EN),
    constraint: Constraint::LegalBasis(LegalBasis {
        allowed: LOCAL_BASES,
    }),
    source: text(
        "https://www.regensburg.de/stadtrecht/233946/wahlordnung-fuer-die-gruppe-der-auslaenderinnen-und-auslaender-im-integrationsbeirat-der-stadt-regensburg-ibwo-vom-24-juli-2014.html ; http://www.handbuch.agaby.de/index.php?id=3",
    ),
    modality: Modality::Must,
    note: text(
        "Grade (December 2026): unverified. Art. 23 BayGO as the Satzung basis is read only in a municipal Wahlordnung (Regensburg: „aufgrund des Art. 23 der Gemeindeordnung“) and an association handbook; neither Art. 23 nor the absence of a statutory rule was read in a statute source; 22.08.1998 is the date of the GO's Bekanntmachung („Vom 22. August 1998 (GVBl 1998 S. 796 …)“, umwelt-online version line), a version date rather than the origin of the rule.",
    ),
    replaces: None,
    source_kind: SourceKind::Paraphrase,
}];

/// Art. 17 BayLKrO ("Kreisrecht") is the Landkreis's power to make
/// Satzungen; Art. 40, which the AGABY handbook names, sits in the section
/// "Geschäftsgang" (legal audit, S16).
const NOTE_BY_COUNTY: &str = "Basis Art. 17 BayLKrO (Kreisrecht), read in the table of contents of the BayLKrO \
    (anwalt24, Stand 22.12.2015); the AGABY handbook's Art. 40 LKrO sits in the section on Geschäftsgang.";

const BY_COUNTY_RULES: &[Rule] = &[Rule {
    id: text(ids::BY_COUNTY_LOCAL_BOARD_LEGAL_BASIS),
    citation: Citation::article("BayLKrO", "17"),
    validity: Validity::since(BY_FROM),
    certainty: Unverified,
    statement: Statement::new(LOCAL_ONLY_DE, LOCAL_ONLY_EN),
    constraint: Constraint::LegalBasis(LegalBasis {
        allowed: LOCAL_BASES,
    }),
    source: text(
        "http://www.anwalt24.de/rund-ums-recht/Landkreisordnung_fuer_den_Freistaat_Bayern_Landkreisordnung_-d145125,1.html",
    ),
    note: text(NOTE_BY_COUNTY),
    modality: Modality::Must,
    replaces: None,
    source_kind: SourceKind::StatuteText,
}];

// ---- the Land's law ----

const REGIMES: &[Regime] = &[
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::Bayern,
        body_type: BodyType::LocalAdvisoryBoard,
        designation: text(""),
        levels: Cow::Borrowed(MUNICIPAL),
        governance: Governance::LocalOnly,
        basis: Citation::article("BayGO", "23"),
        covered: Validity::since(BY_GO_1998),
        rules: Cow::Borrowed(BY_MUNICIPAL_RULES),
        rights: Cow::Borrowed(&[]),
        note: text(
            "No provision in BayGO or BayLKrO: name, size, composition and selection are set locally. Grade (December 2026): unverified. Only the heading „Kreisrecht“ of Art. 17 BayLKrO was read (anwalt24 table of contents, Stand 22.12.2015); that a Beirat may be formed by Satzung and that no statute regulates it is an inference.",
        ),
    },
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::Bayern,
        body_type: BodyType::LocalAdvisoryBoard,
        designation: text(""),
        levels: Cow::Borrowed(COUNTY),
        governance: Governance::LocalOnly,
        basis: Citation::article("BayLKrO", "17"),
        covered: Validity::since(BY_FROM),
        rules: Cow::Borrowed(BY_COUNTY_RULES),
        rights: Cow::Borrowed(&[]),
        note: text(
            "No provision in BayGO or BayLKrO: name, size, composition and selection are set locally.",
        ),
    },
];

const ESTABLISHMENT: &[EstablishmentRule] = &[
    EstablishmentRule {
        id: text(ids::BY_ESTABLISHMENT_MAY),
        land: Land::Bayern,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: Citation::article("BayGO", "23"),
        validity: Validity::since(BY_GO_1998),
        certainty: Unverified,
        statement: Statement::new(
            "Keine Regelung in BayGO und BayLKrO: die Gemeinde kann einen Beirat durch Satzung bilden.",
            "No provision in BayGO or BayLKrO: the municipality may form a Beirat by Satzung",
        ),
        source: text(
            "https://www.regensburg.de/stadtrecht/233946/wahlordnung-fuer-die-gruppe-der-auslaenderinnen-und-auslaender-im-integrationsbeirat-der-stadt-regensburg-ibwo-vom-24-juli-2014.html ; http://www.handbuch.agaby.de/index.php?id=3",
        ),
        signatures: None,
        if_no_candidates: None,
        note: text(
            "Grade (December 2026): unverified. As by.local_board.legal_basis: municipal and association sources only.",
        ),
        source_kind: SourceKind::Paraphrase,
        replaces: None,
    },
    EstablishmentRule {
        id: text(ids::BY_ESTABLISHMENT_COUNTY_MAY),
        land: Land::Bayern,
        levels: Cow::Borrowed(COUNTY),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: Citation::article("BayLKrO", "17"),
        validity: Validity::since(BY_FROM),
        certainty: Unverified,
        statement: Statement::new(
            "Der Landkreis kann einen Beirat durch Satzung bilden.",
            "The Landkreis may form a Beirat by Satzung",
        ),
        source: text(
            "http://www.anwalt24.de/rund-ums-recht/Landkreisordnung_fuer_den_Freistaat_Bayern_Landkreisordnung_-d145125,1.html",
        ),
        note: text(
            "Art. 17 BayLKrO (Kreisrecht), not Art. 40 as the AGABY handbook has it (legal audit, S16). Grade (December 2026): unverified. Heading of Art. 17 BayLKrO only; content inferred.",
        ),
        signatures: None,
        if_no_candidates: None,
        source_kind: SourceKind::StatuteText,
        replaces: None,
    },
];

const FRANCHISE: &[FranchiseRule] = &[];

/// The law of Bayern.
pub(super) const LAW: LandLaw = LandLaw {
    land: Land::Bayern,
    regimes: Cow::Borrowed(REGIMES),
    establishment: Cow::Borrowed(ESTABLISHMENT),
    franchise: Cow::Borrowed(FRANCHISE),
    council_term: Some(COUNCIL_TERM),
    allocation: Cow::Borrowed(&[]),
};

/// The Wahlperiode of the Land's municipal councils.
pub(super) const COUNCIL_TERM: CouncilTermRule = CouncilTermRule {
    land: Land::Bayern,
    years: 6,
    start: CouncilTermStart::FirstOfMonthAfterElection { month: 5 },
    citation: Citation::article("GLKrWG", "23").paragraph(1),
    note: text(
        "Wahlzeit of 6 years beginning on the 1 May after the general election (Art. 23 Abs. 1 GLKrWG); \
           confirmed by Thalmässing: 01.05.2014–30.04.2020.",
    ),
    exceptions: Cow::Borrowed(&[]),
    end: CouncilTermEnd::AfterYears,
    regular_elections: Cow::Borrowed(&[
        d(2008, 3, 2),
        d(2014, 3, 16),
        d(2020, 3, 15),
        d(2026, 3, 8),
    ]),
    elections_source: text(
        "2 Mar 2008: the Bayerisches Landesamt für Statistik (kommunalwahl2008.bayern.de, Kommunalwahlen in Bayern am 2./16. März 2008); 16 Mar 2014: thalmaessing.de; 15 Mar 2020: sueddeutsche.de; 8 Mar 2026: lichtenfels.de (FACTS, Bayern)",
    ),
};
