//! Niedersachsen: no statutory migrant representation (§ 71 Abs. 6 NKomVG).
//!
//! No statute requires a body. Council committees may seat co-opted persons
//! (§ 71 Abs. 6 NKomVG, from a secondary source); the basis of Beiräte is not
//! confirmed.

use super::shared::*;

// ---- reform dates ----

/// NI: the NKomVG (with § 71 Abs. 6) came into force on 1 November 2011,
/// with the Wahlperiode then beginning (mi.niedersachsen.de); coverage starts
/// with the enabling statute, not with the first local source (the Osnabrück
/// Geschäftsordnung of 22 May 2012).
const NI_FROM: NaiveDate = d(2011, 11, 1);

// ---- values, citations, sources and rules ----

const NI_RULES: &[Rule] = &[Rule {
    id: text(ids::NI_LOCAL_BOARD_LEGAL_BASIS),
    citation: Citation::section("NKomVG", "71").paragraph(6),
    validity: Validity::since(NI_FROM),
    certainty: Unverified,
    statement: Statement::new(
        "Kein Gesetz verpflichtet zur Bildung; der Rat bildet das Gremium durch Beschluss oder Satzung (Rechtsgrundlage § 71 Abs. 6 NKomVG nicht bestätigt).",
        "No statute obliges municipalities; the council forms the body by resolution or Satzung (the basis § 71 Abs. 6 NKomVG is not confirmed)",
    ),
    constraint: Constraint::LegalBasis(LegalBasis {
        allowed: LOCAL_BASES,
    }),
    source: text("https://ratsinfo.grossenkneten.de/bi/vo0050.asp?__kvonr=6780"),
    modality: Modality::Must,
    note: text(""),
    replaces: None,
    source_kind: SourceKind::Paraphrase,
}];

// ---- the Land's law ----

const REGIMES: &[Regime] = &[Regime {
    transitions: Cow::Borrowed(&[]),
    land: Land::Niedersachsen,
    body_type: BodyType::LocalAdvisoryBoard,
    designation: text(""),
    levels: Cow::Borrowed(MUNICIPAL),
    governance: Governance::LocalOnly,
    basis: Citation::section("NKomVG", "71").paragraph(6),
    covered: Validity::since(NI_FROM),
    rules: Cow::Borrowed(NI_RULES),
    rights: Cow::Borrowed(&[]),
    note: text(
        "No obligation. Council committees may seat co-opted persons under § 71 Abs. 6 NKomVG (secondary \
         source); the basis of Beiräte is not confirmed.",
    ),
}];

const ESTABLISHMENT: &[EstablishmentRule] = &[EstablishmentRule {
    id: text(ids::NI_ESTABLISHMENT_MAY),
    land: Land::Niedersachsen,
    levels: Cow::Borrowed(MUNICIPAL),
    body_types: Cow::Borrowed(LOCAL_BOARD),
    duty: Duty::May,
    threshold: None,
    citation: Citation::section("NKomVG", "71").paragraph(6),
    validity: Validity::since(NI_FROM),
    certainty: Unverified,
    statement: Statement::new(
        "Keine Pflicht zur Bildung von Ausländerbeiräten; die Rechtsgrundlage freiwilliger Gremien ist nicht bestätigt.",
        "No duty to form Ausländerbeiräte; the basis of voluntary bodies is not confirmed",
    ),
    source: text("https://ratsinfo.stadt.lueneburg.de/bi/vo020.asp?VOLFDNR=2113&toggleMenu=1"),
    signatures: None,
    if_no_candidates: None,
    note: text(""),
    source_kind: SourceKind::Paraphrase,
    replaces: None,
}];

const FRANCHISE: &[FranchiseRule] = &[];

/// The law of Niedersachsen.
pub(super) const LAW: LandLaw = LandLaw {
    land: Land::Niedersachsen,
    regimes: Cow::Borrowed(REGIMES),
    establishment: Cow::Borrowed(ESTABLISHMENT),
    franchise: Cow::Borrowed(FRANCHISE),
    council_term: Some(COUNCIL_TERM),
    allocation: Cow::Borrowed(&[]),
};

/// The Wahlperiode of the Land's municipal councils.
pub(super) const COUNCIL_TERM: CouncilTermRule = CouncilTermRule {
    land: Land::Niedersachsen,
    years: 5,
    start: CouncilTermStart::DayOfElectionYear { month: 11, day: 1 },
    citation: Citation::section("NKomVG", "47").paragraph(2),
    note: text(
        "General Wahlperiode of 5 years (§ 47 Abs. 2 S. 1 NKomVG); S. 2 lets the Wahlperiode begin on 1 November 2011, so each begins on 1 November of the election year. Read in the text of § 47 NKomVG (lexsoft.de).",
    ),
    exceptions: Cow::Borrowed(&[]),
    end: CouncilTermEnd::AfterYears,
    regular_elections: Cow::Borrowed(&[
        d(2011, 9, 11),
        d(2016, 9, 11),
        d(2021, 9, 12),
        d(2026, 9, 13),
    ]),
    elections_source: text(
        "11 Sep 2011: landeswahlleiterin.niedersachsen.de (Kommunalwahlen am 11. September 2011); 11 Sep 2016: landeswahlleiter.niedersachsen.de (Zahlen, Daten, Fakten: \"Beginn der Wahlperiode ist der 1. November 2016\"); 12 Sep 2021: weser-kurier.de and nwzonline.de; 13 Sep 2026: mz.de (dpa, May 2025: \"Diesen Termin hat die Landesregierung festgelegt\") and de.wikipedia.org (Kommunalwahlen in Niedersachsen 2026)",
    ),
};
