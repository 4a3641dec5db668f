//! Schleswig-Holstein: Beiräte by Satzung (§§ 47d f. GO SH, §§ 42a f. KrO SH).
//!
//! Municipalities and Kreise may form Beiräte for groups of residents by Satzung
//! (§ 47d GO, § 42a KrO), with rights to information, motions and speaking in
//! the council (§ 47e GO, § 42b KrO).

use super::shared::*;

// ---- reform dates ----

/// SH municipalities: the Gemeindeordnung in the version of 1 April 1996
/// (GVOBl. Schl.-H. S. 322) has §§ 47d and 47e; Schwabstedt's Satzung for
/// its Seniorenbeirat names them in it as its basis. The first source found.
const SH_1996: NaiveDate = d(1996, 4, 1);
/// SH Kreise: Geesthacht's Satzung "aufgrund der §§ 4, 47 d und 47 e GO"
/// (1998) shows the municipal provisions in force; for the Kreise no earlier
/// source was found.
const SH_FROM: NaiveDate = d(1999, 1, 1);

// ---- values, citations, sources and rules ----

/// The amendment of 2023, on every municipal rule: the wording read is the
/// current one.
macro_rules! note_sh_2023 {
    () => {
        " §§ 47d and 47e GO were amended by Art. 1 of the Gesetz of 24.03.2023 (GVOBl. Schl.-H. S. 170, ber. \
         S. 249; lexaris consolidated copy, Stand 09.06.2023); its in-force day was not read (§ 16g of the same \
         law is marked „Gültig ab 07.04.2023“). The wording read is the current one; the wording before 2023 was \
         not read, so the rule applies the current wording back to the start of coverage."
    };
}

/// The amendment of 2023 and the start of 1999, on every county rule.
macro_rules! note_sh_kro {
    () => {
        " §§ 47d and 47e GO were amended on 24.03.2023 (GVOBl. Schl.-H. S. 170); whether §§ 42a and 42b KrO \
         were amended too was not read. The wording read is the current one; earlier wording was not read, and \
         the start on 1 January 1999 is not supported by any source read of the KrO."
    };
}

const SH_MUNICIPAL_RULES: &[Rule] = &[Rule {
    id: text(ids::SH_LOCAL_BOARD_LEGAL_BASIS),
    citation: Citation::section("GO SH", "47d"),
    validity: Validity::since(SH_1996),
    certainty: Unverified,
    statement: Statement::new(
        "Beiräte für gesellschaftlich bedeutsame Gruppen werden durch Satzung gebildet.",
        "Beiräte for groups of society are formed by Satzung",
    ),
    constraint: Constraint::LegalBasis(LegalBasis {
        allowed: SATZUNG_ONLY,
    }),
    source: text(
        "https://www.geesthacht.de/index.php?ModID=7&FID=25.4356.1&object=tx%7C25.4356.1 ; https://justiz-nrw.wolterskluwer-online.de/browse/document/77e59ded-e2fd-374e-8de9-e2495e93ca71",
    ),
    note: text(
        "Geesthacht's Satzung of 1998 is made \"aufgrund der §§ 4, 47 d und 47 e GO\". From 1 April 1996: \
         Schwabstedt's Satzung for its Seniorenbeirat names §§ 47d and 47e of the GO in the version of that day \
         (GVOBl. Schl.-H. S. 322) as its basis (seniorenbeirat-schwabstedt.jimdo.com). Grade (December 2026): unverified. § 47d GO itself was not read in any source; § 47e Abs. 3 (undated copy) refers to „die Satzung (§ 47d)“ and Geesthacht's Satzung cites §§ 47d, 47e; start 1.4.1996 rests on a municipal Satzung. §§ 47d and 47e GO were amended by Art. 1 of the Gesetz of 24.03.2023 (GVOBl. Schl.-H. S. 170, ber. S. 249); its in-force day and the wording before 2023 were not read.",
    ),
    modality: Modality::Must,
    replaces: None,
    source_kind: SourceKind::Paraphrase,
}];

const SH_COUNTY_RULES: &[Rule] = &[Rule {
    id: text(ids::SH_COUNTY_LOCAL_BOARD_LEGAL_BASIS),
    citation: Citation::section("KrO SH", "42a"),
    validity: Validity::since(SH_FROM),
    certainty: Unverified,
    statement: Statement::new(
        "Beiräte des Kreises werden durch Satzung gebildet.",
        "County Beiräte are formed by Satzung",
    ),
    constraint: Constraint::LegalBasis(LegalBasis {
        allowed: SATZUNG_ONLY,
    }),
    source: text(
        "https://justiz-nrw.wolterskluwer-online.de/browse/document/53015d4f-52d3-3d04-aae9-f4494189d4e5",
    ),
    modality: Modality::Must,
    note: text(
        "Grade (December 2026): unverified. § 42a KrO not read; § 42b Abs. 3 KrO (undated copy) refers to „die Satzung (§ 42a)“. §§ 47d and 47e GO were amended on 24.03.2023 (GVOBl. Schl.-H. S. 170); whether §§ 42a and 42b KrO were amended too was not read. The start on 1 January 1999 is not supported by any source read of the KrO.",
    ),
    replaces: None,
    source_kind: SourceKind::UndatedCopy,
}];

const SRC_SH_42B: &str = "https://justiz-nrw.wolterskluwer-online.de/browse/document/53015d4f-52d3-3d04-aae9-f4494189d4e5";
const GO_SH_47E: Citation = Citation::section("GO SH", "47e");
const KRO_SH_42B: Citation = Citation::section("KrO SH", "42b");
const SRC_SH_47E: &str = "https://justiz-nrw.wolterskluwer-online.de/browse/document/77e59ded-e2fd-374e-8de9-e2495e93ca71 ; https://lexaris.io/book/version/documentflat/head/1280464";

const SH_MUNICIPAL_RIGHTS: &[Right] = &[
    Right {
        id: text(ids::SH_LOCAL_BOARD_RIGHT_INFORMATION),
        kind: RightKind::Information,
        organs: Cow::Borrowed(&[Organ::Council]),
        matters: Matters::ImportantConcerningTheGroup,
        modality: Modality::Must,
        citation: GO_SH_47E.paragraph(1).sentence(1).following(Following::One),
        validity: Validity::since(SH_1996),
        certainty: Unverified,
        statement: Statement::new(
            "„Der Beirat ist über alle wichtigen Angelegenheiten, die die von ihm vertretene gesellschaftlich bedeutsame Gruppe betreffen, zu unterrichten.“ Die Art der Unterrichtung bestimmt die Geschäftsordnung der Gemeindevertretung.",
            "The Beirat must be informed of important matters concerning the group it represents; the Geschäftsordnung of the Gemeindevertretung fixes how",
        ),
        source: text(SRC_SH_47E),
        note: text(concat!(
            "§ 47e Abs. 1 S. 1 GO (the duty to inform) and S. 2 („Die Geschäftsordnung der Gemeindevertretung bestimmt die Art der Unterrichtung.“), read in the current text on justiz-nrw. Timmendorfer Strand's Satzung for its Seniorenbeirat of 29 Sep 1998 restates the three rights of § 47e in the same terms (information on important matters, motions, attendance with the right to speak and to table motions). Grade (December 2026): unverified: an undated copy of the current § 47e.",
            note_sh_2023!()
        )),
        source_kind: SourceKind::UndatedCopy,
        replaces: None,
    },
    Right {
        id: text(ids::SH_LOCAL_BOARD_RIGHT_MOTION),
        kind: RightKind::Motion,
        organs: Cow::Borrowed(&[Organ::Council, Organ::Committee]),
        matters: Matters::ConcerningTheGroup,
        modality: Modality::Must,
        citation: GO_SH_47E.paragraph(2).sentence(1),
        validity: Validity::since(SH_1996),
        certainty: Unverified,
        statement: Statement::new(
            "Der Beirat kann in Angelegenheiten, welche die von ihm vertretene Gruppe betreffen, Anträge an die Gemeindevertretung und die Ausschüsse stellen (sinngemäß).",
            "The Beirat may table motions to the Gemeindevertretung and its committees",
        ),
        source: text(SRC_SH_47E),
        note: text(concat!(
            "Grade (December 2026): unverified. Wording read on justiz-nrw (undated copy of the current § 47e).",
            note_sh_2023!()
        )),
        source_kind: SourceKind::UndatedCopy,
        replaces: None,
    },
    Right {
        id: text(ids::SH_LOCAL_BOARD_RIGHT_ATTENDANCE),
        kind: RightKind::AttendanceAndSpeaking,
        organs: Cow::Borrowed(&[Organ::Council, Organ::Committee]),
        matters: Matters::ConcerningTheGroup,
        modality: Modality::Must,
        citation: GO_SH_47E.paragraph(2).sentence(2),
        validity: Validity::since(SH_1996),
        certainty: Unverified,
        statement: Statement::new(
            "Nach einem Beschluss des Beirats kann sein Vorsitzender oder ein beauftragtes Mitglied an den Sitzungen der Gemeindevertretung und der Ausschüsse in Angelegenheiten, die die von ihm vertretene Gruppe betreffen, teilnehmen, das Wort verlangen und Anträge stellen (sinngemäß).",
            "After a decision of the Beirat, its chair or a mandated member may attend the meetings of the Gemeindevertretung and its committees, ask for the floor and table motions",
        ),
        source: text(SRC_SH_47E),
        note: text(concat!(
            "Grade (December 2026): unverified. Wording read on justiz-nrw (undated copy of the current § 47e).",
            note_sh_2023!()
        )),
        source_kind: SourceKind::UndatedCopy,
        replaces: None,
    },
];

const SH_COUNTY_RIGHTS: &[Right] = &[
    Right {
        id: text(ids::SH_COUNTY_LOCAL_BOARD_RIGHT_INFORMATION),
        kind: RightKind::Information,
        organs: Cow::Borrowed(&[Organ::Council]),
        matters: Matters::ImportantConcerningTheGroup,
        modality: Modality::Must,
        citation: KRO_SH_42B
            .paragraph(1)
            .sentence(1)
            .following(Following::One),
        validity: Validity::since(SH_FROM),
        certainty: Unverified,
        statement: Statement::new(
            "Der Beirat ist über alle wichtigen Angelegenheiten, die die von ihm vertretene Gruppe oder die von ihm vertretenen gesellschaftlich bedeutsamen Belange betreffen, zu unterrichten; die Art der Unterrichtung bestimmt die Geschäftsordnung des Kreistages (sinngemäß).",
            "The Beirat must be informed of important matters concerning the group it represents; the Geschäftsordnung of the Kreistag fixes how",
        ),
        source: text(SRC_SH_42B),
        note: text(concat!(
            "§ 42b Abs. 1 S. 1 and 2 KrO SH mirror § 47e GO for Kreise and add „oder die von ihm vertretenen gesellschaftlich bedeutsamen Belange“ (read on justiz-nrw). Grade (December 2026): unverified. Wording read on justiz-nrw (undated copy of the current § 42b); earlier versions not read.",
            note_sh_kro!()
        )),
        source_kind: SourceKind::UndatedCopy,
        replaces: None,
    },
    Right {
        id: text(ids::SH_COUNTY_LOCAL_BOARD_RIGHT_MOTION),
        kind: RightKind::Motion,
        organs: Cow::Borrowed(&[Organ::Council, Organ::Committee]),
        matters: Matters::ConcerningTheGroup,
        modality: Modality::Must,
        citation: KRO_SH_42B.paragraph(2).sentence(1),
        validity: Validity::since(SH_FROM),
        certainty: Unverified,
        statement: Statement::new(
            "Der Beirat kann in Angelegenheiten, welche die von ihm vertretene Gruppe oder die von ihm vertretenen gesellschaftlich bedeutsamen Belange betreffen, Anträge an den Kreistag und die Ausschüsse stellen (sinngemäß).",
            "The Beirat may table motions to the Kreistag and its committees",
        ),
        source: text(SRC_SH_42B),
        note: text(concat!(
            "§ 42b Abs. 2 KrO SH adds „oder die von ihm vertretenen gesellschaftlich bedeutsamen Belange“ to the matters. Grade (December 2026): unverified. Wording read on justiz-nrw (undated copy of the current § 42b); earlier versions not read.",
            note_sh_kro!()
        )),
        source_kind: SourceKind::UndatedCopy,
        replaces: None,
    },
    Right {
        id: text(ids::SH_COUNTY_LOCAL_BOARD_RIGHT_ATTENDANCE),
        kind: RightKind::AttendanceAndSpeaking,
        organs: Cow::Borrowed(&[Organ::Council, Organ::Committee]),
        matters: Matters::ConcerningTheGroup,
        modality: Modality::Must,
        citation: KRO_SH_42B.paragraph(2).sentence(2),
        validity: Validity::since(SH_FROM),
        certainty: Unverified,
        statement: Statement::new(
            "Nach einem Beschluss des Beirats kann sein Vorsitzender oder ein beauftragtes Mitglied an den Sitzungen des Kreistages und der Ausschüsse in Angelegenheiten, die die von ihm vertretene Gruppe oder die von ihm vertretenen gesellschaftlich bedeutsamen Belange betreffen, teilnehmen, das Wort verlangen und Anträge stellen (sinngemäß).",
            "After a decision of the Beirat, its chair or a mandated member may attend the meetings of the Kreistag and its committees, ask for the floor and table motions",
        ),
        source: text(SRC_SH_42B),
        note: text(concat!(
            "§ 42b Abs. 2 KrO SH adds „oder die von ihm vertretenen gesellschaftlich bedeutsamen Belange“ to the matters. Grade (December 2026): unverified. Wording read on justiz-nrw (undated copy of the current § 42b); earlier versions not read.",
            note_sh_kro!()
        )),
        source_kind: SourceKind::UndatedCopy,
        replaces: None,
    },
];

// ---- the Land's law ----

const REGIMES: &[Regime] = &[
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::SchleswigHolstein,
        body_type: BodyType::LocalAdvisoryBoard,
        designation: text(""),
        levels: Cow::Borrowed(MUNICIPAL),
        governance: Governance::LocalOnly,
        basis: Citation::section("GO SH", "47d"),
        covered: Validity::since(SH_1996),
        rules: Cow::Borrowed(SH_MUNICIPAL_RULES),
        rights: Cow::Borrowed(SH_MUNICIPAL_RIGHTS),
        note: text(
            "Beiräte by Satzung under § 47d GO; their rights under § 47e GO (information, motions, speaking). \
             Covered from 1 April 1996, the first source found: the GO in the version of that day (GVOBl. \
             Schl.-H. S. 322) has §§ 47d and 47e (Schwabstedt's Satzung for its Seniorenbeirat names them as \
             its basis), and Satzungen of 1998 (Geesthacht; Timmendorfer Strand, in force 3 Oct 1998) restate \
             the three rights. The day §§ 47d and 47e came into force was not read. The amendment of 24 Mar 2023 \
             (GVOBl. Schl.-H. S. 170) let Beiräte also represent \"gesellschaftlich bedeutsame Belange\"; a \
             Beirat for a group of residents, as a migrant representation is, is formed as before.",
        ),
    },
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::SchleswigHolstein,
        body_type: BodyType::LocalAdvisoryBoard,
        designation: text(""),
        levels: Cow::Borrowed(COUNTY),
        governance: Governance::LocalOnly,
        basis: Citation::section("KrO SH", "42a"),
        covered: Validity::since(SH_FROM),
        rules: Cow::Borrowed(SH_COUNTY_RULES),
        rights: Cow::Borrowed(SH_COUNTY_RIGHTS),
        note: text(
            "County Beiräte by Satzung under § 42a KrO; rights under § 42b KrO. Covered from 1 January 1999, \
             the first source found (Geesthacht's Satzung of 1998 shows the municipal provisions in force); no \
             source of the KrO before 1999 was found, and the day § 42a KrO came into force was not read.",
        ),
    },
];

const ESTABLISHMENT: &[EstablishmentRule] = &[
    EstablishmentRule {
        id: text(ids::SH_ESTABLISHMENT_MAY),
        land: Land::SchleswigHolstein,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("GO SH", "47d"),
        validity: Validity::since(SH_1996),
        certainty: Unverified,
        statement: Statement::new(
            "Die Gemeinde kann durch Satzung Beiräte für gesellschaftlich bedeutsame Gruppen bilden.",
            "The municipality may form Beiräte for groups of society by Satzung",
        ),
        source: text(
            "https://bepart.minor-kontor.de/aktivitaet/migrantischen-stimmen-ein-forum-geben-beteiligungsgremien-von-migrantinnen-in-den-schleswig-holsteinischen-kommunen",
        ),
        signatures: None,
        if_no_candidates: None,
        note: text(
            "Grade (December 2026): unverified. § 47d GO not read; association page only. §§ 47d and 47e GO were amended by Art. 1 of the Gesetz of 24.03.2023 (GVOBl. Schl.-H. S. 170, ber. S. 249); its in-force day and the wording before 2023 were not read.",
        ),
        source_kind: SourceKind::Paraphrase,
        replaces: None,
    },
    EstablishmentRule {
        id: text(ids::SH_ESTABLISHMENT_COUNTY_MAY),
        land: Land::SchleswigHolstein,
        levels: Cow::Borrowed(COUNTY),
        body_types: Cow::Borrowed(LOCAL_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("KrO SH", "42a"),
        validity: Validity::since(SH_FROM),
        certainty: Unverified,
        statement: Statement::new(
            "Der Kreis kann durch Satzung Beiräte bilden.",
            "The Kreis may form Beiräte by Satzung",
        ),
        source: text(
            "https://justiz-nrw.wolterskluwer-online.de/browse/document/53015d4f-52d3-3d04-aae9-f4494189d4e5",
        ),
        signatures: None,
        if_no_candidates: None,
        note: text(
            "Grade (December 2026): unverified. As sh.county_local_board.legal_basis: § 42a KrO not read; whether §§ 42a and 42b KrO were amended with §§ 47d and 47e GO on 24.03.2023 (GVOBl. Schl.-H. S. 170) was not read; the start on 1 January 1999 is not supported by any source read of the KrO.",
        ),
        source_kind: SourceKind::UndatedCopy,
        replaces: None,
    },
];

const FRANCHISE: &[FranchiseRule] = &[];

/// The law of Schleswig-Holstein.
pub(super) const LAW: LandLaw = LandLaw {
    land: Land::SchleswigHolstein,
    regimes: Cow::Borrowed(REGIMES),
    establishment: Cow::Borrowed(ESTABLISHMENT),
    franchise: Cow::Borrowed(FRANCHISE),
    council_term: Some(COUNCIL_TERM),
    allocation: Cow::Borrowed(&[]),
};

/// The Wahlperiode of the Land's municipal councils.
pub(super) const COUNCIL_TERM: CouncilTermRule = CouncilTermRule {
    land: Land::SchleswigHolstein,
    years: 5,
    start: CouncilTermStart::DayOfElectionYear { month: 6, day: 1 },
    citation: Citation::section("GKWG", "1").paragraph(1),
    note: text(
        "The Vertretungen are elected for 5 years; the Wahlzeit begins on 1 June (§ 1 Abs. 1 GKWG, read at anwalt24.de); the Land government confirms 1 June 2023 to 31 May 2028 (schleswig-holstein.de).",
    ),
    exceptions: Cow::Borrowed(&[]),
    end: CouncilTermEnd::AfterYears,
    regular_elections: Cow::Borrowed(&[
        d(2008, 5, 25),
        d(2013, 5, 26),
        d(2018, 5, 6),
        d(2023, 5, 14),
    ]),
    elections_source: text(
        "25 May 2008 and 26 May 2013: abendblatt.de; 6 May 2018: schleswig-holstein.de (Informationen zur Kommunalwahl 2018: \"Die Wahlperiode beginnt am 1. Juni 2018 und endet am 31. Mai 2023\"); 14 May 2023: schleswig-holstein.de",
    ),
};
