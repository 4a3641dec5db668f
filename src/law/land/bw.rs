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
/// 1998: the rules are verified from then on. The day is the date of an
/// association page, not a legal date.
const BW_FROM: NaiveDate = d(1998, 6, 13);
/// The Kommunalwahlen of 13 June 2004, after which the Amtszeit began on
/// 1 September 2004 by statute (Art. 1 § 2 of the law of 28 May 2003).
const BW_2004_ELECTION: NaiveDate = d(2004, 6, 13);
/// § 147 Abs. 1 GemO, in a copy of the Gemeindeordnung's text.
const GEMO_1956_SOURCE: &str = "https://www.yumpu.com/de/document/view/13466151/auszug-aus-der-gemeindeordnung-fur-baden-wurttembergd/104";
/// What the unverified rules before 1998 do not know.
const BEFORE_1998_NOTE: &str = "The GemO is in force since 1 April 1956 (§ 147 Abs. 1 GemO); its original text of 1955 \
     (verfassungen.de) was read only in part. That § 4 Abs. 1 (Satzungen) and § 41 (beratende Ausschüsse) allowed \
     a Migrantenvertretung in the same way before 1998 was not read: unverified.";

// ---- values, citations, sources and rules ----

/// § 4 Abs. 1 GemO: the Satzung power every version rests on.
const GEMO_4_1: Citation = Citation::section("GemO BW", "4").paragraph(1);
/// § 4 Abs. 1 S. 1 GemO, as read in the text of 2025.
const GEMO_4_1_1: Citation = GEMO_4_1.sentence(1);
/// Where the current GemO was read.
const SRC_GEMO_2025: &str = "https://github.com/ragsource-ai/ragsource-content (regelungsrahmen/Laender_und_Kommunen/bw/Landesgesetze/BW_GemO.md; front matter stand 2025-11-18, url https://www.landesrecht-bw.de/bsbw/document/jlr-GemOBWrahmen)";
/// What the verified rules rest on.
const NOTE_BW_FROM: &str = "§ 4 Abs. 1 S. 1 GemO BW: „Die Gemeinden können die weisungsfreien Angelegenheiten \
    durch Satzung regeln, soweit die Gesetze keine Vorschriften enthalten.“ § 41 Abs. 1 allows beratende \
    Ausschüsse with sachkundige Einwohner, whose number „darf die der Gemeinderäte … nicht erreichen“; such a \
    committee is chaired by the Bürgermeister (§ 41 Abs. 2), so it cannot have a majority of members who are not \
    councillors. Read in a GitHub copy stating its version (Stand 18.11.2025, source landesrecht-bw.de); the whole \
    GemO has no provision on a migrant body. The start, 13 June 1998 (the founding of LAKA), is the date of an \
    association page, not a legal date: dates unverified.";
/// The Beirat rule in its two versions: only local law.
const BW_RULES: &[Rule] = &[
    Rule {
        id: text(ids::BW_LOCAL_BOARD_1956_LEGAL_BASIS),
        validity: Validity::between(BW_1956, BW_FROM),
        certainty: Unverified,
        source: text(GEMO_1956_SOURCE),
        note: text(BEFORE_1998_NOTE),
        citation: GEMO_4_1,
        statement: Statement::new(LOCAL_ONLY_DE, LOCAL_ONLY_EN),
        constraint: Constraint::LegalBasis(LegalBasis {
            allowed: LOCAL_BASES,
        }),
        modality: Modality::Must,
        replaces: None,
        source_kind: SourceKind::UndatedCopy,
    },
    Rule {
        id: text(ids::BW_LOCAL_BOARD_LEGAL_BASIS),
        validity: Validity::since(BW_FROM),
        certainty: Verified,
        source: text(SRC_GEMO_2025),
        citation: GEMO_4_1_1,
        statement: Statement::new(LOCAL_ONLY_DE, LOCAL_ONLY_EN),
        constraint: Constraint::LegalBasis(LegalBasis {
            allowed: LOCAL_BASES,
        }),
        modality: Modality::Must,
        note: text(NOTE_BW_FROM),
        replaces: Some(text(ids::BW_LOCAL_BOARD_1956_LEGAL_BASIS)),
        source_kind: SourceKind::StatuteText,
    },
];

// ---- the Land's law ----

const REGIMES: &[Regime] = &[Regime {
    transitions: Cow::Borrowed(&[]),
    land: Land::BadenWuerttemberg,
    body_type: BodyType::LocalAdvisoryBoard,
    designation: text(""),
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

const ESTABLISHMENT: &[EstablishmentRule] = &[
    // ---- Länder where forming a body is voluntary ----
    EstablishmentRule {
        id: text(ids::BW_ESTABLISHMENT_MAY_1956),
        validity: Validity::between(BW_1956, BW_FROM),
        certainty: Unverified,
        source: text(GEMO_1956_SOURCE),
        note: text(BEFORE_1998_NOTE),
        citation: GEMO_4_1,
        land: Land::BadenWuerttemberg,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        statement: Statement::new(
            "Keine gesetzliche Pflicht: die Gemeinde kann eine Migrantenvertretung durch Satzung oder als beratenden Ausschuss (§ 41 GemO) bilden.",
            "No statutory duty: the municipality may form a migrant representation by Satzung or as an advisory committee (§ 41 GemO)",
        ),
        signatures: None,
        if_no_candidates: None,
        source_kind: SourceKind::UndatedCopy,
        replaces: None,
    },
    EstablishmentRule {
        id: text(ids::BW_ESTABLISHMENT_MAY),
        validity: Validity::since(BW_FROM),
        certainty: Verified,
        source: text(SRC_GEMO_2025),
        citation: GEMO_4_1_1,
        land: Land::BadenWuerttemberg,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        statement: Statement::new(
            "Keine gesetzliche Pflicht: die Gemeinde kann eine Migrantenvertretung durch Satzung (§ 4 Abs. 1 S. 1 GemO) oder als beratenden Ausschuss (§ 41 Abs. 1 GemO) bilden.",
            "No statutory duty: the municipality may form a migrant representation by Satzung (§ 4 Abs. 1 S. 1 GemO) or as an advisory committee (§ 41 Abs. 1 GemO)",
        ),
        signatures: None,
        if_no_candidates: None,
        note: text(NOTE_BW_FROM),
        source_kind: SourceKind::StatuteText,
        replaces: Some(text(ids::BW_ESTABLISHMENT_MAY_1956)),
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

/// § 30 Abs. 2 S. 1 GemO: the end of the Amtszeit.
const GEMO_30_2_1: &[Citation] = &[Citation::section("GemO BW", "30").paragraph(2).sentence(1)];

/// The Wahlperiode of the Land's municipal councils.
pub(super) const COUNCIL_TERM: CouncilTermRule = CouncilTermRule {
    land: Land::BadenWuerttemberg,
    years: 5,
    start: CouncilTermStart::FirstOfNextMonth {},
    citation: Citation::section("GemO BW", "30")
        .paragraph(1)
        .read_with(GEMO_30_2_1),
    note: text(
        "Amtszeit of 5 years (§ 30 Abs. 1 GemO); in the older wording it ends „mit Ablauf des Monats, in dem die regelmäßigen Wahlen der Gemeinderäte stattfinden“ (Abs. 2 S. 1, yumpu copy uploaded in 2013, undated), so the next one begins on the first day of the following month: that is the rule modelled, and the end is read from the next recorded election day. \
         The current text (Stand 18.11.2025, GitHub copy of landesrecht-bw.de) reads instead: „Die Amtszeit endet mit Ablauf des Tages, an dem die regelmäßigen Wahlen der Gemeinderäte stattfinden.“ (Abs. 2 S. 1), and „Bis zum Zusammentreten des neu gebildeten Gemeinderats führt der bisherige Gemeinderat die Geschäfte weiter.“ (Abs. 2 S. 3). When § 30 Abs. 2 S. 1 changed from the month to the day was NOT found (not in the parts read of the laws of 28.10.2015, GBl. S. 870, and 4.4.2023, GBl. S. 137), so the two versions conflict: under the day rule the Amtszeit elected in 2019 ended on 9 June 2024 and the next began on 10 June 2024, under the month rule on 30 June and 1 July 2024. The crate keeps the month rule for every Wahlperiode until the amending law is found; a rule per version would need the council term to change over time, which this data cannot express. \
         2004: by the Gesetz zur Änderung der Amtszeit der Gemeinderäte … of 28 May 2003 (GBl. S. 271 per a municipal citation; its in-force day was not read) the Amtszeit then in office ended with August 2004 (Art. 1 § 1) and the one elected on 13 June 2004 began on 1 September 2004 (Art. 1 § 2): recorded as an exception.",
    ),
    exceptions: Cow::Borrowed(&[Wahlperiode {
        elected_on: BW_2004_ELECTION,
        starts_on: Some(d(2004, 9, 1)),
        ends_on: d(2009, 6, 30),
        source: text("https://lexaris.de/book/version/documentflat/head/1123494"),
        note: text(
            "Art. 1 § 1 of the law of 28 May 2003: „Abweichend von § 30 Abs. 2 Satz 1 der Gemeindeordnung … endet die Amtszeit der derzeit im Amt befindlichen Gemeinderäte … mit Ablauf des Monats August 2004.“ Art. 1 § 2: „… beginnt die Amtszeit der bei den nächsten Kommunalwahlen gewählten Gemeinderäte … am 1. September 2004.“ (lexaris). Its end follows the month rule of § 30 Abs. 2 S. 1 with the election of 7 June 2009: 30 June 2009. The election day, 13 June 2004, rests on the press (taz): unverified; the GBl. page (S. 271) on a municipal citation.",
        ),
    }]),
    end: CouncilTermEnd::EndOfMonthOfNextElection,
    regular_elections: Cow::Borrowed(&[
        BW_2004_ELECTION,
        d(2009, 6, 7),
        d(2014, 5, 25),
        d(2019, 5, 26),
        d(2024, 6, 9),
    ]),
    elections_source: text(
        "13 Jun 2004: taz.de (Kommunalwahlen in Baden-Württemberg on 13 June); 7 Jun 2009: abendblatt.de (Kommunalwahlen in SN, ST, TH, MV, BW, RP and the Saarland with the European election); 25 May 2014: VG Stuttgart, 7 K 978/16; 26 May 2019: stuttgart.de; 9 Jun 2024: the Bundeswahlleiterin (presseportal.de/pm/74247/5792404)",
    ),
};
