//! Nordrhein-Westfalen: the Integrationsrat and the Integrationsausschuss under § 27 GO NRW.
//!
//! The 2009 law (Gesetz vom 30.06.2009, GV. NRW. S. 380) let a municipality choose between an
//! Integrationsrat and an Integrationsausschuss, a committee under § 58 GO NRW.
//! The law of 19 December 2013 (in force here from 31 December 2013, the day
//! after promulgation) made the Integrationsrat the only form, required that its
//! directly elected members outnumber the council members the council appoints
//! (§ 27 Abs. 1 S. 5), opened the franchise to German multiple nationals and
//! moved the election to the day of the Kommunalwahl. The law of 2018 (from
//! 29 December 2018) brought the Integrationsausschuss back as an option
//! (§ 27 Abs. 12). The law of 10 July 2025 (GV. NRW. S. 618) renamed the
//! Integrationsrat "Ausschuss für Chancengerechtigkeit und Integration" and,
//! by every report, merged the Integrationsausschuss into it, from the
//! Wahlperiode beginning 1 November 2025; its wording of § 27 was not read,
//! so its rules are recorded unverified. The duty depends on the number of foreign residents: at least
//! 5,000 must, at least 2,000 must on the request of 200 voters, others may
//! (§ 27 Abs. 1 S. 1–3). The council's Wahlperiode is five years (§ 42 GO NRW),
//! except the one opened in 2014, which ran until 31 October 2020. The
//! Ausländerbeirat of 1994 to 2009 is recorded as its own regime.

use super::shared::*;

// ---- reform dates ----

/// NRW: first day of the law of 30 June 2009 on political participation in
/// the municipalities (GV. NRW. 2009 Nr. 18 S. 380; the date and page as a
/// gazette of 28.8.2009, GV. NRW. S. 431, cites them). Neither the issue date
/// of Nr. 18 nor the in-force article was read; the crate takes the day
/// after the law's date.
const NW_2009: NaiveDate = d(2009, 7, 1);
/// NRW: the version of § 27 GO NRW under the 2009 law, as cited.
const NW_2009_VERSION: &str = "i. d. F. des Gesetzes vom 30.06.2009 (GV. NRW. S. 380)";
/// NRW: first day of the law of 19 Dec 2013 (GV. NRW. Nr. 45 of 30.12.2013
/// S. 878). Its in-force article was not read; a law cannot apply before it
/// is promulgated, so the crate takes the day after promulgation.
const NW_2013: NaiveDate = d(2013, 12, 31);
/// NRW: the version of § 27 GO NRW under the 2013 law, as cited.
const NW_2013_VERSION: &str = "i. d. F. des Gesetzes vom 19.12.2013 (GV. NRW. S. 878)";
/// NRW: in force of the law of 18 Dec 2018 (GV. NRW. Nr. 32 of 28.12.2018,
/// from S. 738), which re-introduced the Integrationsausschuss as § 27
/// Abs. 12 and named § 27 „Politische Teilhabe von Menschen mit
/// Einwanderungsgeschichte“ (its Art. 1 Nr. 1, read on the gazette page;
/// the in-force article was not read).
const NW_2018: NaiveDate = d(2018, 12, 29);
/// NRW: the day from which the law of 10 July 2025 (GV. NRW. Nr. 32 of
/// 16.07.2025 S. 618) changes § 27 GO NRW: the Wahlperiode that begins on
/// 1 November 2025. The in-force article was not read; the day rests on
/// the Land association's and municipalities' reports (Köln: "Mit der zum
/// 1. November 2025 in Kraft getretenen Novellierung", a paraphrase).
const NW_2025: NaiveDate = d(2025, 11, 1);
/// NRW: the version of § 27 GO NRW under the 2025 law.
const NW_2025_VERSION: &str = "i. d. F. des Gesetzes vom 10.07.2025 (GV. NRW. S. 618)";
/// NRW: § 27 GO NRW in its 2025 version.
const GO_NRW_27_2025: Citation = GO_NRW_27.version(NW_2025_VERSION);

/// § 27 Abs. 12 S. 3 GO NRW (2018), which applies § 57 Abs. 4 S. 1 and § 58
/// GO to the Integrationsausschuss.
const GO_NRW_27_12_3: &[Citation] = &[GO_NRW_27.paragraph(12).sentence(3)];
/// § 27 Abs. 2 S. 1 GO NRW: election for the council's Wahlperiode.
const GO_NRW_27_2_1: &[Citation] = &[GO_NRW_27.paragraph(2).sentence(1)];
/// § 27 Abs. 2 S. 3 GO NRW: election on the day of the Kommunalwahl.
const GO_NRW_27_2_3: &[Citation] = &[GO_NRW_27.paragraph(2).sentence(3)];

// ---- values, citations, sources and rules ----

const GO_NRW_27: Citation = Citation::section("GO NRW", "27");

const GO_NRW_27_2009: Citation = GO_NRW_27.version(NW_2009_VERSION);

const SRC_NW_DUISBURG: &str =
    "https://duisburg.de/rathaus/rathausundpolitik/ratgremien/integrationsrat/rechtsgrundlagen.php";

const SRC_NW_LIR: &str = "https://landesintegrationsrat.nrw/beschluss-der-mitgliederversammlung-zum-umgang-mit-dem-novellierten-%c2%a7-27-go-nrw-in-der-kommune";

const SRC_NW_2013: &str = "https://umwelt-online.de/recht/allgemei/laender/nrw/z13_0878.htm";

/// § 14 Abs. 2 KWahlG NRW: when a Wahlperiode ends and the next begins.
const KWAHLG_14_2: &[Citation] = &[Citation::section("KWahlG NRW", "14").paragraph(2)];

const GO_NRW_58_3: &[Citation] = &[Citation::section("GO NRW", "58").paragraph(3)];

const NOTE_NW_2013_DATE: &str = "Start: the 2013 law was promulgated in GV. NRW. Nr. 45 of 30.12.2013 (S. 878); its \
    in-force article was not read, and a law cannot apply before promulgation, so the rule starts on 31.12.2013, \
    the earliest possible day (legal audit, S2).";

/// NRW § 27 Abs. 2 S. 3: bodies formed on request or voluntarily (Abs. 1 S. 2
/// and 3) may be elected later than the council.
const LATER_ELECTION_ALLOWED: Cow<'static, [Duty]> =
    Cow::Borrowed(&[Duty::MustOnRequest, Duty::May]);

/// § 27 Abs. 1 S. 5 compares seats by how they are filled: the members to be
/// elected under Abs. 2 S. 1 against the council members the council
/// appoints under Abs. 2 S. 4. A directly elected seat held by a councillor
/// stays an elected seat.
const NW_APPOINTED_COUNCILLORS: SeatSelector = SeatSelector::of(&[SeatClass::CouncilDelegated]);

const NW_COUNCIL_RULES: &[Rule] = &[
    Rule {
        id: text(ids::NW_INTEGRATION_COUNCIL_ELECTED_MAJORITY),
        citation: GO_NRW_27.paragraph(1).sentence(5),
        validity: Validity::between(NW_2013, NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "„Die Zahl der nach Absatz 2 Satz 1 zu wählenden Mitglieder muss die Zahl der nach Absatz 2 Satz 4 zu bestellenden Ratsmitglieder übersteigen.“",
            "The members to be elected under Abs. 2 S. 1 must outnumber the council members to be appointed under Abs. 2 S. 4",
        ),
        constraint: Constraint::Outnumber(Outnumber {
            majority: ELECTED,
            minority: NW_APPOINTED_COUNCILLORS,
        }),
        source: text(SRC_NW_DUISBURG),
        note: text(
            "Seats are compared by how they are filled (legal audit, C1): a directly elected seat held by a \
           councillor counts as elected, and elected seats left unfilled count as seats to be elected. \
           Start as for every rule of the 2013 law: 31.12.2013, the day after promulgation. Grade (December 2026): unverified. The elected-majority sentence (§ 27 Abs. 1 S. 5 GO NRW, 2013 text) is read only in the undated word-for-word quote on duisburg.de; no statute text of § 27 in any version, no Drucksache and no gazette page with § 27 was readable (research nrw.md), so it cannot be verified.",
        ),
        modality: Modality::Must,
        replaces: None,
        source_kind: SourceKind::MunicipalQuote,
    },
    Rule {
        id: text(ids::NW_INTEGRATION_COUNCIL_COMPOSITION),
        citation: GO_NRW_27.paragraph(1).sentence(4),
        validity: Validity::between(NW_2013, NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Der Integrationsrat wird aus den direkt gewählten Mitgliedern und den Ratsmitgliedern gebildet, die der Rat aus seiner Mitte bestellt (§ 27 Abs. 1 S. 4, Abs. 2 S. 4 GO NRW).",
            "An Integrationsrat is formed of the directly elected members and the council members the council appoints from its midst (§ 27 Abs. 1 S. 4, Abs. 2 S. 4 GO NRW)",
        ),
        constraint: Constraint::OnlyGroups(OnlyGroups {
            allowed: SeatSelector::of(&[SeatClass::DirectlyElected, SeatClass::CouncilDelegated]),
        }),
        source: text(
            "https://duisburg.de/rathaus/rathausundpolitik/ratgremien/integrationsrat/rechtsgrundlagen.php",
        ),
        note: text(
            "That no further (advisory) members may be added is the reading of the Krefeld administration \
           (§ 27 names only these two kinds of member); no court decision was found. Grade (December 2026): unverified. The composition sentence (§ 27 Abs. 1 S. 4 i. V. m. Abs. 2 S. 4 GO NRW, 2013 text) is read only in the undated word-for-word quote on duisburg.de; no statute text of § 27 in any version, no Drucksache and no gazette page with § 27 was readable (research nrw.md), so it cannot be verified.",
        ),
        modality: Modality::Must,
        replaces: Some(text(ids::NW_INTEGRATION_COUNCIL_2009_COMPOSITION)),
        source_kind: SourceKind::MunicipalQuote,
    },
    Rule {
        id: text(ids::NW_INTEGRATION_COUNCIL_CHAIR),
        citation: GO_NRW_27.paragraph(7),
        validity: Validity::between(NW_2013, NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Der Integrationsrat wählt seinen Vorsitzenden aus seiner Mitte.",
            "The Integrationsrat elects its chair from its midst",
        ),
        constraint: Constraint::Chair(Chair {
            allowed: FROM_MIDST,
            from_seats: None,
        }),
        source: text(
            "https://duesseldorf.de/stadtrecht/5/54-migration-und-integration/54301-geschaeftsordnung-des-integrationsrates-der-landeshauptstadt-duesseldorf",
        ),
        modality: Modality::Must,
        note: text(
            "Grade (December 2026): unverified. Read only in a municipal rule of procedure (Düsseldorf) and municipal pages; the wording of § 27 Abs. 7 GO NRW was not read.",
        ),
        replaces: None,
        source_kind: SourceKind::Paraphrase,
    },
    Rule {
        id: text(ids::NW_INTEGRATION_COUNCIL_DEPUTIES),
        citation: GO_NRW_27.paragraph(7),
        validity: Validity::between(NW_2013, NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Der Integrationsrat wählt die Stellvertreter des Vorsitzenden aus seiner Mitte.",
            "The Integrationsrat elects the deputy chairs from its midst",
        ),
        constraint: Constraint::Deputies(Deputies {
            allowed: FROM_MIDST,
        }),
        source: text(
            "https://duesseldorf.de/stadtrecht/5/54-migration-und-integration/54301-geschaeftsordnung-des-integrationsrates-der-landeshauptstadt-duesseldorf",
        ),
        modality: Modality::Must,
        note: text(
            "Grade (December 2026): unverified. Read only in municipal pages (Lüdenscheid, Düsseldorf rule of procedure); the wording of § 27 Abs. 7 GO NRW was not read.",
        ),
        replaces: None,
        source_kind: SourceKind::Paraphrase,
    },
    Rule {
        id: text(ids::NW_INTEGRATION_COUNCIL_TERM),
        citation: GO_NRW_27.paragraph(2).sentence(1),
        validity: Validity::between(NW_2013, NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Die Mitglieder werden für die Dauer der Wahlperiode des Rates gewählt.",
            "The members are elected for the council's Wahlperiode",
        ),
        constraint: Constraint::TermFollowsCouncil(TermFollowsCouncil {}),
        source: text(SRC_NW_DUISBURG),
        modality: Modality::Must,
        note: text(
            "Grade (December 2026): unverified. The term sentence (§ 27 Abs. 2 S. 1 GO NRW, 2013 text) is read only in the undated word-for-word quote on duisburg.de; no statute text of § 27 in any version, no Drucksache and no gazette page with § 27 was readable (research nrw.md), so it cannot be verified.",
        ),
        replaces: Some(text(ids::NW_INTEGRATION_COUNCIL_2009_TERM)),
        source_kind: SourceKind::MunicipalQuote,
    },
    Rule {
        id: text(ids::NW_INTEGRATION_COUNCIL_CONTINUATION),
        citation: GO_NRW_27.paragraph(2).sentence(6),
        validity: Validity::between(NW_2013, NW_2018),
        certainty: Unverified,
        statement: Statement::new(
            "Nach Ablauf der Wahlperiode üben die bisherigen Mitglieder und die Ratsmitglieder im Integrationsrat ihre Tätigkeit bis zum Zusammentritt des neu gewählten Integrationsrates weiter aus.",
            "After the Wahlperiode the members and the council members in the Integrationsrat stay in office until the newly elected Integrationsrat first meets",
        ),
        constraint: Constraint::TermContinuesUntilSuccessorMeets(
            TermContinuesUntilSuccessorMeets {},
        ),
        source: text(SRC_NW_DUISBURG),
        modality: Modality::Must,
        note: text(
            "Wording: an undated municipal reprint (Duisburg) quotes the sentence only in part („Nach Ablauf der \
           Wahlperiode üben die bisherigen Mitglieder und Ratsmitglieder im Integrationsrat ihre Tätigkeit bis \
           zum Zusammentritt eines neugewählten …“); the statement above completes it as a paraphrase. End: a \
           council paper of Eschweiler (Vorlage 110/19, as the legal audit's addendum cites it) lists the \
           sentence as repealed by the law of 18.12.2018 (GV. NRW. Nr. 32 of 28.12.2018, from S. 738), from \
           29.12.2018; the gazette's items on § 27 were not read (only the law's new heading of § 27), and the \
           law of 11.04.2019 (GV. NRW. S. 202), whose Art. 5 changes the GO in a way not read, may be the one \
           that repealed it. The crate follows the council paper: no statutory continuation from \
           29.12.2018; a term that continues must say so in its document. Unverified either way.",
        ),
        replaces: None,
        source_kind: SourceKind::MunicipalQuote,
    },
    Rule {
        id: text(ids::NW_INTEGRATION_COUNCIL_ELECTION_DAY),
        citation: GO_NRW_27.paragraph(2).sentence(3),
        validity: Validity::between(NW_2013, NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Die Wahl findet am Tag der Kommunalwahl statt; in den Fällen des Absatzes 1 Satz 2 und 3 (Bildung auf Antrag oder freiwillig) ist auch eine spätere Wahl zulässig.",
            "The election is held on the day of the municipal election; for bodies formed under Abs. 1 S. 2 and 3 (on request or voluntarily) a later election is allowed",
        ),
        constraint: Constraint::ElectedWithCouncil(ElectedWithCouncil {
            except: LATER_ELECTION_ALLOWED,
        }),
        source: text(SRC_NW_DUISBURG),
        modality: Modality::Must,
        note: text(
            "Grade (December 2026): unverified. The election-day sentence (§ 27 Abs. 2 S. 3 GO NRW, 2013 text) is read only in the undated word-for-word quote on duisburg.de; no statute text of § 27 in any version, no Drucksache and no gazette page with § 27 was readable (research nrw.md), so it cannot be verified.",
        ),
        replaces: None,
        source_kind: SourceKind::MunicipalQuote,
    },
    Rule {
        id: text(ids::NW_INTEGRATION_COUNCIL_2009_TERM),
        citation: GO_NRW_27_2009.paragraph(2),
        validity: Validity::between(NW_2009, NW_2013),
        certainty: Unverified,
        statement: Statement::new(
            "Fassung 2009 (sinngemäß): Die Mitglieder werden für die Dauer der Wahlzeit des Rates gewählt; die Wahl findet spätestens sechzehn Wochen nach dem Beginn der Wahlzeit des Rates statt.",
            "2009 version (paraphrase): the members are elected for the council's Wahlzeit; the election is held at the latest sixteen weeks after the council's Wahlzeit begins",
        ),
        constraint: Constraint::TermFollowsCouncil(TermFollowsCouncil {}),
        source: text(
            "https://www.kommunen.nrw/informationen/mitteilungen/datenbank/detailansicht/dokument/gesetzentwurf-zur-aenderung-von-27-go-nrw.html",
        ),
        note: text(
            "Sixteen weeks after the beginning of the council's Wahlzeit: report-k.de (Köln, on the election \
           of 7 Feb 2010), Kleve („spätestens innerhalb von sechzehn Wochen nach dem Beginn der Wahlperiode des \
           Rates“, quoting the old version) and the Städte- und Gemeindebund on the bill (paraphrase); the \
           sources differ on Wahlzeit or Wahlperiode and the statute text was not read. The eight weeks after \
           the council election an earlier version of this rule gave belong to the Ausländerbeirat of 1994 \
           (§ 27 Abs. 2 S. 2 GO NW 1994). The deadline itself is not checked. The 2009 version had no \
           election-day rule: it came with the 2013 law (FACTS 2.10).",
        ),
        modality: Modality::Must,
        replaces: None,
        source_kind: SourceKind::Paraphrase,
    },
    Rule {
        id: text(ids::NW_INTEGRATION_COUNCIL_2009_COMPOSITION),
        citation: GO_NRW_27_2009.paragraph(1).sentence(4),
        validity: Validity::between(NW_2009, NW_2013),
        certainty: Unverified,
        statement: Statement::new(
            "Fassung 2009: „Der Integrationsrat wird gebildet, in dem die Mitglieder nach Absatz 2 Satz 1 gewählt werden und die vom Rat nach Absatz 2 Satz 3 bestellten Ratsmitglieder hinzutreten.“",
            "2009 version: the Integrationsrat is formed by electing the members under Abs. 2 S. 1, joined by the council members the council appoints under Abs. 2 S. 3",
        ),
        constraint: Constraint::OnlyGroups(OnlyGroups {
            allowed: SeatSelector::of(&[SeatClass::DirectlyElected, SeatClass::CouncilDelegated]),
        }),
        source: text(SRC_NW_2013),
        note: text(
            "Wording read in the synopsis of the 2009 text that umwelt-online prints beside the 2013 amending \
           law (its \"alt\" column), not in the gazette of 2009: unverified. That no further members may be \
           added is the crate's reading, as for the 2013 version. The 2009 law set no number of members and \
           no ratio of elected members to council members (a ministry brochure of 2009 as the press reports \
           it; the bill's two thirds were not enacted): the elected-majority rule came with the 2013 law. \
           The chair, the deputies and the rights of this version were not read.",
        ),
        modality: Modality::Must,
        replaces: None,
        source_kind: SourceKind::StatuteText,
    },
];

const NW_COMMITTEE_RULES: &[Rule] = &[
    Rule {
        id: text(ids::NW_INTEGRATION_COMMITTEE_2009_TERM),
        citation: GO_NRW_27_2009,
        validity: Validity::between(NW_2009, NW_2013),
        certainty: Unverified,
        statement: Statement::new(
            "Fassung 2009: Anstelle eines Integrationsrates kann ein beratender Ausschuss entsprechend § 58 GO NRW (Integrationsausschuss) gebildet werden; für seine direkt gewählten Mitglieder gilt die Wahlzeit des Rates.",
            "2009 version: instead of an Integrationsrat, an advisory committee under § 58 GO NRW (Integrationsausschuss) may be formed; its directly elected members serve for the council's Wahlzeit",
        ),
        constraint: Constraint::TermFollowsCouncil(TermFollowsCouncil {}),
        source: text(SRC_NW_2013),
        note: text(
            "The option itself is read in the old text shown with the 2013 amendment (legal audit, S2); the \
           term of its elected members is inferred from the Integrationsrat rules of that version.",
        ),
        modality: Modality::Must,
        replaces: None,
        source_kind: SourceKind::StatuteText,
    },
    Rule {
        id: text(ids::NW_INTEGRATION_COMMITTEE_NOT_PERMITTED_2013_2018),
        citation: GO_NRW_27.version(NW_2013_VERSION),
        validity: Validity::between(NW_2013, NW_2018),
        certainty: Verified,
        statement: Statement::new(
            "Von der Reform 2013 bis zur Reform 2018 sah § 27 GO NRW keinen Integrationsausschuss anstelle eines Integrationsrates vor.",
            "From the 2013 reform until the 2018 reform, § 27 GO NRW provided for no Integrationsausschuss instead of an Integrationsrat",
        ),
        constraint: Constraint::NotPermitted(NotPermitted {}),
        source: text(
            "https://umwelt-online.de/recht/allgemei/laender/nrw/z13_0878.htm ; https://gruene-fraktion-nrw.de/parlament/gesetz-zur-weiterentwicklung-der-politischen-partizipation-in-den-gemeinden-und-zur-aenderung-kommunalverfassungsrechtlicher-vorschriften",
        ),
        note: text(NOTE_NW_2013_DATE),
        modality: Modality::Must,
        replaces: None,
        source_kind: SourceKind::StatuteText,
    },
    Rule {
        id: text(ids::NW_INTEGRATION_COMMITTEE_ELECTED_MAJORITY),
        citation: GO_NRW_27.paragraph(12).sentence(4).read_with(GO_NRW_58_3),
        validity: Validity::between(NW_2018, NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Die Zahl der direkt gewählten Mitglieder muss die Zahl der Ratsmitglieder und der nach § 58 Abs. 3 GO NRW bestellten sachkundigen Bürger übersteigen.",
            "The directly elected members must outnumber the council members plus the sachkundige Bürger appointed under § 58 Abs. 3 GO NRW",
        ),
        constraint: Constraint::Outnumber(Outnumber {
            majority: ELECTED,
            minority: SeatSelector::of(&[SeatClass::CouncilDelegated, SeatClass::Appointed]),
        }),
        source: text(SRC_NW_LIR),
        note: text(
            "As for the Integrationsrat, seats are compared by how they are filled; a directly elected seat held \
           by a councillor counts as elected. Grade (December 2026): unverified. Read only in the Landesintegrationsrat's word-for-word quote of Abs. 12 (association); Drs. 17/3601 and the gazette item were not readable.",
        ),
        modality: Modality::Must,
        replaces: None,
        source_kind: SourceKind::MunicipalQuote,
    },
    Rule {
        id: text(ids::NW_INTEGRATION_COMMITTEE_COMPOSITION),
        citation: GO_NRW_27.paragraph(12).sentence(1),
        validity: Validity::between(NW_2018, NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Der Integrationsausschuss besteht aus direkt gewählten Mitgliedern, Ratsmitgliedern und sachkundigen Bürgern (§ 58 Abs. 3 GO NRW).",
            "An Integrationsausschuss consists of directly elected members, council members and sachkundige Bürger (§ 58 Abs. 3 GO NRW)",
        ),
        constraint: Constraint::OnlyGroups(OnlyGroups {
            allowed: SeatSelector::of(&[
                SeatClass::DirectlyElected,
                SeatClass::CouncilDelegated,
                SeatClass::Appointed,
            ]),
        }),
        source: text(SRC_NW_LIR),
        modality: Modality::Must,
        note: text(
            "Grade (December 2026): unverified. Read only in the Landesintegrationsrat's quote of § 27 Abs. 12 (2018); unverified.",
        ),
        replaces: None,
        source_kind: SourceKind::MunicipalQuote,
    },
    Rule {
        id: text(ids::NW_INTEGRATION_COMMITTEE_CHAIR),
        citation: Citation::section("GO NRW", "58")
            .paragraph(5)
            .read_with(GO_NRW_27_12_3),
        validity: Validity::between(NW_2018, NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Den Vorsitz führt ein stimmberechtigtes Ratsmitglied, das dem Ausschuss angehört; die Fraktionen bestimmen es.",
            "The chair is a voting council member of the committee, determined by the Fraktionen",
        ),
        constraint: Constraint::Chair(Chair {
            allowed: Cow::Borrowed(&[ChairMethod::ElectedFromGroup, ChairMethod::ExOfficio]),
            from_seats: Some(SeatSelector::of(&[SeatClass::CouncilMember]).voting()),
        }),
        source: text(
            "https://ratsinfo.aachen.de/bi/vo020?TOLFDNR=34261&VOLFDNR=6526&refresh=false",
        ),
        note: text(
            "§ 27 Abs. 12 GO NRW applies § 58 GO to the Integrationsausschuss (LIR, FACTS § 2.10). § 58 Abs. 5 as quoted by Aachen: \"so bestimmen die Fraktionen die Ausschussvorsitzenden aus der Mitte der den Ausschüssen angehörenden stimmberechtigten Ratsmitglieder\"; Kamen: \"Zu Vorsitzenden der Ausschüsse dürfen nur stimmberechtigte Ratsmitglieder bestimmt werden\"; Eschweiler (2019): in an Integrationsausschuss the chair is a council member. A document gives the chair as elected from the seat group of the council members (or as holding an office with a seat in it). Grade (December 2026): unverified. § 58 Abs. 5 read only as quoted by Aachen and Kamen, § 27 Abs. 12 only as quoted by the Landesintegrationsrat; unverified.",
        ),
        modality: Modality::Must,
        replaces: None,
        source_kind: SourceKind::MunicipalQuote,
    },
    Rule {
        id: text(ids::NW_INTEGRATION_COMMITTEE_TERM),
        citation: GO_NRW_27.paragraph(12).sentence(2).read_with(GO_NRW_27_2_1),
        validity: Validity::between(NW_2018, NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Die Vorschriften über den Integrationsrat gelten entsprechend: Die Mitglieder werden für die Wahlperiode des Rates gewählt.",
            "The Integrationsrat rules apply accordingly: the members are elected for the council's Wahlperiode",
        ),
        constraint: Constraint::TermFollowsCouncil(TermFollowsCouncil {}),
        source: text(SRC_NW_LIR),
        modality: Modality::Must,
        note: text(
            "Grade (December 2026): unverified. Abs. 12 S. 2 („Für den Integrationsausschuss gelten die Regelungen für den Integrationsrat entsprechend.“) read only in the LIR quote; Abs. 2 S. 1 only in the Duisburg quote.",
        ),
        replaces: Some(text(ids::NW_INTEGRATION_COMMITTEE_2009_TERM)),
        source_kind: SourceKind::MunicipalQuote,
    },
    Rule {
        id: text(ids::NW_INTEGRATION_COMMITTEE_ELECTION_DAY),
        citation: GO_NRW_27.paragraph(12).sentence(2).read_with(GO_NRW_27_2_3),
        validity: Validity::between(NW_2018, NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Die Vorschriften über den Integrationsrat gelten entsprechend: Die Wahl findet am Tag der Kommunalwahl statt; in den Fällen des § 27 Abs. 1 S. 2 und 3 GO NRW ist auch eine spätere Wahl zulässig.",
            "The Integrationsrat rules apply accordingly: election on the day of the municipal election, except for bodies formed under § 27 Abs. 1 S. 2 and 3 GO NRW (on request or voluntarily)",
        ),
        constraint: Constraint::ElectedWithCouncil(ElectedWithCouncil {
            except: LATER_ELECTION_ALLOWED,
        }),
        source: text(SRC_NW_LIR),
        modality: Modality::Must,
        note: text(
            "Grade (December 2026): unverified. Read only in the LIR and Duisburg quotes; unverified.",
        ),
        replaces: None,
        source_kind: SourceKind::MunicipalQuote,
    },
];

// ---- the Ausschuss für Chancengerechtigkeit und Integration, from 2025 ----

/// NRW: the Land association's report on the 2025 law (the renaming, the
/// merger of Integrationsrat and Integrationsausschuss, the Beratungsfolge).
const SRC_NW_LIR_2025: &str =
    "https://landesintegrationsrat.nrw/licht-und-schatten-nach-aenderung-der-gemeindeordnung-nrw";

/// NRW: the Land association on its general meeting of 5.7.2025, before the
/// Landtag's vote, on the merger of the two forms.
const SRC_NW_LIR_2025_MERGER: &str = "https://landesintegrationsrat.nrw/ueber-uns/mitglieder";

/// NRW: the Köln committee on its first meeting (25.11.2025).
const SRC_NW_KOELN_2025: &str = "https://www.stadt-koeln.de/artikel/74320/index.html";

const NOTE_NW_2025: &str = "The wording of § 27 GO NRW in the version of the law of 10.07.2025 (GV. NRW. S. 618) \
    was not read: only the new heading „Ausschuss für Chancengerechtigkeit und Integration“ in the law's table of \
    contents (umwelt-online's copy of the amending law). The rule is carried over from the 2013/2018 version \
    because every report of the 2025 bodies describes it unchanged and none reports a change; its Absatz and Satz \
    are not known, so the citation names the section only. Unverified.";

/// § 27 GO NRW of 2025: the seats compared as in both earlier forms: the
/// elected members against the council members and any sachkundige Bürger.
const NW_2025_NOT_ELECTED: SeatSelector =
    SeatSelector::of(&[SeatClass::CouncilDelegated, SeatClass::Appointed]);

const NW_COUNCIL_2025_RULES: &[Rule] = &[
    Rule {
        id: text(ids::NW_INTEGRATION_COUNCIL_2025_ELECTED_MAJORITY),
        citation: GO_NRW_27_2025,
        validity: Validity::since(NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Fassung 2025 (sinngemäß, übernommen): Die direkt gewählten Mitglieder müssen die vom Rat bestellten Ratsmitglieder und sachkundigen Bürger an Zahl übertreffen.",
            "2025 version (paraphrase, carried over): the directly elected members must outnumber the council members and sachkundige Bürger the council appoints",
        ),
        constraint: Constraint::Outnumber(Outnumber {
            majority: ELECTED,
            minority: NW_2025_NOT_ELECTED,
        }),
        source: text(SRC_NW_LIR_2025),
        note: text(NOTE_NW_2025),
        modality: Modality::Must,
        replaces: Some(text(ids::NW_INTEGRATION_COUNCIL_ELECTED_MAJORITY)),
        source_kind: SourceKind::Paraphrase,
    },
    Rule {
        id: text(ids::NW_INTEGRATION_COUNCIL_2025_CHAIR),
        citation: GO_NRW_27_2025,
        validity: Validity::since(NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Fassung 2025 (sinngemäß): Der Ausschuss wählt seinen Vorsitzenden aus seiner Mitte.",
            "2025 version (paraphrase): the committee elects its chair from its midst",
        ),
        constraint: Constraint::Chair(Chair {
            allowed: FROM_MIDST,
            from_seats: None,
        }),
        source: text(SRC_NW_KOELN_2025),
        note: text(
            "Köln's committee elected its chair and five deputies by secret ballot at its first meeting on \
           25.11.2025, Düsseldorf's likewise (press reports). Whether the 2025 wording requires the chair to \
           come from the directly elected members was not read. Unverified.",
        ),
        modality: Modality::Must,
        replaces: Some(text(ids::NW_INTEGRATION_COUNCIL_CHAIR)),
        source_kind: SourceKind::Paraphrase,
    },
    Rule {
        id: text(ids::NW_INTEGRATION_COUNCIL_2025_TERM),
        citation: GO_NRW_27_2025,
        validity: Validity::since(NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Fassung 2025 (sinngemäß): Die Mitglieder werden für die Wahlperiode des Rates gewählt.",
            "2025 version (paraphrase): the members are elected for the council's Wahlperiode",
        ),
        constraint: Constraint::TermFollowsCouncil(TermFollowsCouncil {}),
        source: text("https://landesintegrationsrat.nrw/?p=14023"),
        note: text(
            "The Land association: the members are elected for five years „wie die Stadtparlamente“ \
           (paraphrase). The wording of the 2025 version was not read; its Absatz and Satz are not known. \
           Whether the members continue until the successor meets is not known either: the crate records \
           no statutory continuation. Unverified.",
        ),
        modality: Modality::Must,
        replaces: Some(text(ids::NW_INTEGRATION_COUNCIL_TERM)),
        source_kind: SourceKind::Paraphrase,
    },
    Rule {
        id: text(ids::NW_INTEGRATION_COUNCIL_2025_ELECTION_DAY),
        citation: GO_NRW_27_2025,
        validity: Validity::since(NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Fassung 2025 (sinngemäß): Die direkt zu wählenden Mitglieder werden am Tag der Kommunalwahl gewählt; bei Bildung auf Antrag oder freiwillig ist auch eine spätere Wahl zulässig.",
            "2025 version (paraphrase): the members to be elected directly are elected on the day of the municipal election; a body formed on request or voluntarily may be elected later",
        ),
        constraint: Constraint::ElectedWithCouncil(ElectedWithCouncil {
            except: LATER_ELECTION_ALLOWED,
        }),
        source: text(SRC_NW_LIR_2025),
        note: text(
            "The members of the 2025 bodies were elected with the Kommunalwahl of 14.09.2025 (Köln, Bonn, \
           Duisburg, Münster). Which law governed that election is reported both ways: members of the Landtag \
           say the change took effect with it, while Münster's Wahlordnung of 22.5.2025 still speaks of the \
           Integrationsrat. The exception for later elections is carried over from the 2013 version. \
           Unverified.",
        ),
        modality: Modality::Must,
        replaces: Some(text(ids::NW_INTEGRATION_COUNCIL_ELECTION_DAY)),
        source_kind: SourceKind::Paraphrase,
    },
];

const NW_COUNCIL_2025_RIGHTS: &[Right] = &[
    Right {
        id: text(ids::NW_INTEGRATION_COUNCIL_2025_RIGHT_DELIBERATION),
        kind: RightKind::Hearing,
        organs: Cow::Borrowed(&[Organ::Council]),
        matters: Matters::ConcerningTheGroup,
        modality: Modality::Must,
        citation: GO_NRW_27_2025,
        validity: Validity::since(NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Fassung 2025 (sinngemäß): Der Ausschuss ist verpflichtend in die Beratungsfolge des Rates aufzunehmen.",
            "2025 version (paraphrase): the committee must be part of the council's order of deliberation (Beratungsfolge)",
        ),
        source: text(SRC_NW_LIR_2025),
        note: text(
            "The Land association: „die verpflichtende Aufnahme der zukünftigen Ausschüsse in die Beratungsfolge \
           des Rates“ (its report on the law, quoting no statute); Aachen and Bad Salzuflen say the same. \
           Modelled as a hearing before the council decides on matters concerning the group; which matters \
           the council refers is its own decision. The 2018 wording for the Integrationsausschuss was „wie ein \
           Ratsausschuss in die Beratungsfolge des Rates einzubinden“ (§ 27 Abs. 12 S. 5, as the Land \
           association quotes it). Unverified.",
        ),
        source_kind: SourceKind::Paraphrase,
        replaces: None,
    },
    Right {
        id: text(ids::NW_INTEGRATION_COUNCIL_2025_RIGHT_PROPOSAL),
        kind: RightKind::Proposal,
        organs: Cow::Borrowed(&[Organ::Council, Organ::DistrictCouncil, Organ::Committee]),
        matters: Matters::All,
        modality: Modality::Must,
        citation: GO_NRW_27_2025,
        validity: Validity::since(NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Fassung 2025 (sinngemäß, übernommen): Der Ausschuss kann sich mit allen Angelegenheiten der Gemeinde befassen; auf seinen Antrag ist eine Anregung oder Stellungnahme dem Rat, einer Bezirksvertretung oder einem Ausschuss vorzulegen.",
            "2025 version (paraphrase, carried over): the committee may deal with all municipal matters; on its motion a suggestion or opinion must be put to the council, a Bezirksvertretung or a committee",
        ),
        source: text(SRC_NW_BAD_SALZUFLEN),
        note: text(
            "Bad Salzuflen: the committee „kann sich mit sämtlichen Angelegenheiten der Kommune“ befassen \
           (paraphrase). The duty to put its suggestions to the council is carried over from § 27 Abs. 8 S. 3 \
           of the 2013 version. Unverified.",
        ),
        source_kind: SourceKind::Paraphrase,
        replaces: Some(text(ids::NW_INTEGRATION_COUNCIL_RIGHT_PROPOSAL)),
    },
];

const NW_COMMITTEE_2025_RULES: &[Rule] = &[Rule {
    id: text(ids::NW_INTEGRATION_COMMITTEE_NOT_PERMITTED_2025),
    citation: GO_NRW_27_2025,
    validity: Validity::since(NW_2025),
    certainty: Unverified,
    statement: Statement::new(
        "Fassung 2025 (sinngemäß): Integrationsrat und Integrationsausschuss sind im Ausschuss für Chancengerechtigkeit und Integration zusammengeführt; einen Integrationsausschuss neben oder anstelle dieses Ausschusses sieht § 27 GO NRW nicht mehr vor.",
        "2025 version (paraphrase): the Integrationsrat and the Integrationsausschuss are merged into the Ausschuss für Chancengerechtigkeit und Integration; § 27 GO NRW no longer provides for an Integrationsausschuss beside or instead of it",
    ),
    constraint: Constraint::NotPermitted(NotPermitted {}),
    source: text(SRC_NW_LIR_2025_MERGER),
    note: text(
        "The Land association: „Zusammenführung der bisherigen Integrationsräte und Integrationsausschüsse zu \
       einem einheitlichen Gremium“ (its report on the general meeting of 5.7.2025, before the Landtag's vote). The fate of the former § 27 \
       Abs. 12 was not read. A municipality that formed an Integrationsausschuss records its 2025 body as an \
       Integrationsrat (the crate's type for the Ausschuss für Chancengerechtigkeit und Integration). \
       Unverified.",
    ),
    modality: Modality::Must,
    replaces: None,
    source_kind: SourceKind::Paraphrase,
}];

const NW_BODIES: &[BodyType] = &[BodyType::IntegrationCouncil, BodyType::IntegrationCommittee];

const NW_COUNCIL_ONLY: &[BodyType] = &[BodyType::IntegrationCouncil];

const SRC_NW: &str =
    "https://duisburg.de/rathaus/rathausundpolitik/ratgremien/integrationsrat/rechtsgrundlagen.php";

const SRC_NW_2009: &str = "https://umwelt-online.de/recht/allgemei/laender/nrw/z13_0878.htm";

const NW_GROUPS: &[VoterGroup] = &[
    NonGerman,
    GermanWithForeignNationality,
    Naturalised,
    GermanByBirthInGermany,
];

/// Before the 2013 reform German dual nationals were not voters as such;
/// Germans voted only if naturalised within the last five years (Essen,
/// Eschweiler on the 2013 reform).
const NW_GROUPS_2009: &[VoterGroup] = &[NonGerman, NaturalisedWithinFiveYears];

const NW_3: Citation = Citation::section("GO NRW", "27").paragraph(3);

/// § 27 Abs. 4 GO NRW: who is excluded from the franchise.
const NW_27_4: &[Citation] = &[Citation::section("GO NRW", "27").paragraph(4)];

const NW_27: Citation = Citation::section("GO NRW", "27");

const NW_COUNCIL_RIGHTS: &[Right] = &[
    Right {
        id: text(ids::NW_INTEGRATION_COUNCIL_RIGHT_PROPOSAL),
        kind: RightKind::Proposal,
        organs: Cow::Borrowed(&[Organ::Council, Organ::DistrictCouncil, Organ::Committee]),
        matters: Matters::All,
        modality: Modality::Must,
        citation: GO_NRW_27.paragraph(8).sentence(3),
        validity: Validity::between(NW_2013, NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Auf Antrag des Integrationsrates ist eine Anregung oder Stellungnahme dem Rat, einer Bezirksvertretung oder einem Ausschuss vorzulegen; der Integrationsrat kann sich mit allen Angelegenheiten der Gemeinde befassen.",
            "On the motion of the Integrationsrat, a suggestion or opinion must be put to the council, a Bezirksvertretung or a committee; the Integrationsrat may deal with all municipal matters",
        ),
        source: text("https://viersen.de/der-integrationsrat-der-stadt-viersen"),
        note: text(
            "Viersen quotes the passage as § 27 Abs. 8 GO NRW: S. 2 „Der Integrationsrat kann sich darüber hinaus mit allen Angelegenheiten der Gemeinde befassen.“ S. 3 „Auf Antrag des Integrationsrates ist eine Anregung oder Stellungnahme des Integrationsrates dem Rat, einer Bezirksvertretung oder einem Ausschuss vorzulegen.“ The Satz numbers follow the order of the quoted sentences; the statute text was not read. Recorded from the 2013 law; the 2009 wording was not read.",
        ),
        source_kind: SourceKind::MunicipalQuote,
        replaces: None,
    },
    Right {
        id: text(ids::NW_INTEGRATION_COUNCIL_RIGHT_ATTENDANCE),
        kind: RightKind::AttendanceAndSpeaking,
        organs: Cow::Borrowed(&[Organ::Council, Organ::DistrictCouncil, Organ::Committee]),
        matters: Matters::All,
        modality: Modality::Must,
        citation: GO_NRW_27.paragraph(8).sentence(4),
        validity: Validity::between(NW_2013, NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Der Vorsitzende oder ein anderes benanntes Mitglied des Integrationsrates kann an der Sitzung teilnehmen, wenn die Angelegenheit beraten wird; auf Verlangen ist ihm das Wort zu erteilen.",
            "The chair or another named member of the Integrationsrat may attend when the matter is discussed and must be given the floor on request",
        ),
        source: text("https://viersen.de/der-integrationsrat-der-stadt-viersen"),
        note: text(
            "Viersen quotes § 27 Abs. 8 S. 4 GO NRW (by the order of the sentences): „Der Vorsitzende des Integrationsrates oder ein anderes vom Integrationsrat benanntes Mitglied ist berechtigt, bei der Beratung dieser Angelegenheit an der Sitzung teilzunehmen; auf sein Verlangen ist ihm dazu das Wort zu erteilen.“ The statute text was not read.",
        ),
        source_kind: SourceKind::MunicipalQuote,
        replaces: None,
    },
    Right {
        id: text(ids::NW_INTEGRATION_COUNCIL_RIGHT_COMMENT),
        kind: RightKind::Comment,
        organs: Cow::Borrowed(&[
            Organ::Council,
            Organ::Committee,
            Organ::DistrictCouncil,
            Organ::Executive,
        ]),
        matters: Matters::Referred,
        modality: Modality::Should,
        citation: GO_NRW_27.paragraph(9),
        validity: Validity::between(NW_2013, NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Zu Fragen, die ihm vom Rat, einem Ausschuss, einer Bezirksvertretung oder dem Bürgermeister vorgelegt werden, soll der Integrationsrat Stellung nehmen.",
            "The Integrationsrat should comment on questions put to it by the council, a committee, a Bezirksvertretung or the mayor",
        ),
        source: text("https://wir-rs.de/ratsgruppe/ausschuesse-und-beiraete/integrationsrat/"),
        note: text(
            "Gevelsberg and a council group's page (wir-rs.de) quote the sentence; the latter cites the rights together as „§ 27 Abs. 8 u. 9 GO NRW“, and Viersen's quotation of Abs. 8 ends before it, so the crate cites Abs. 9. The statute text was not read.",
        ),
        source_kind: SourceKind::MunicipalQuote,
        replaces: None,
    },
];

/// § 27 Abs. 12 S. 2 GO NRW (2018): the Integrationsrat rules apply to the
/// Integrationsausschuss accordingly.
const GO_NRW_27_12_2: &[Citation] = &[GO_NRW_27.paragraph(12).sentence(2)];

const NOTE_NW_COMMITTEE_RIGHTS: &str = "§ 27 Abs. 12 S. 2 GO NRW (2018) as the Land association quotes it: „Für den \
    Integrationsausschuss gelten die Regelungen für den Integrationsrat entsprechend.“ The right is the \
    Integrationsrat's, applied accordingly; the statute text was not read.";

const NW_COMMITTEE_RIGHTS: &[Right] = &[
    Right {
        id: text(ids::NW_INTEGRATION_COMMITTEE_RIGHT_PROPOSAL),
        kind: RightKind::Proposal,
        organs: Cow::Borrowed(&[Organ::Council, Organ::DistrictCouncil, Organ::Committee]),
        matters: Matters::All,
        modality: Modality::Must,
        citation: GO_NRW_27.paragraph(8).sentence(3).read_with(GO_NRW_27_12_2),
        validity: Validity::between(NW_2018, NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Auf Antrag des Integrationsausschusses ist eine Anregung oder Stellungnahme dem Rat, einer Bezirksvertretung oder einem Ausschuss vorzulegen; er kann sich mit allen Angelegenheiten der Gemeinde befassen.",
            "On the motion of the Integrationsausschuss, a suggestion or opinion must be put to the council, a Bezirksvertretung or a committee; it may deal with all municipal matters",
        ),
        source: text(SRC_NW_LIR),
        note: text(NOTE_NW_COMMITTEE_RIGHTS),
        source_kind: SourceKind::MunicipalQuote,
        replaces: None,
    },
    Right {
        id: text(ids::NW_INTEGRATION_COMMITTEE_RIGHT_ATTENDANCE),
        kind: RightKind::AttendanceAndSpeaking,
        organs: Cow::Borrowed(&[Organ::Council, Organ::DistrictCouncil, Organ::Committee]),
        matters: Matters::All,
        modality: Modality::Must,
        citation: GO_NRW_27.paragraph(8).sentence(4).read_with(GO_NRW_27_12_2),
        validity: Validity::between(NW_2018, NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Der Vorsitzende oder ein anderes benanntes Mitglied des Integrationsausschusses kann an der Sitzung teilnehmen, wenn die Angelegenheit beraten wird; auf Verlangen ist ihm das Wort zu erteilen.",
            "The chair or another named member of the Integrationsausschuss may attend when the matter is discussed and must be given the floor on request",
        ),
        source: text(SRC_NW_LIR),
        note: text(NOTE_NW_COMMITTEE_RIGHTS),
        source_kind: SourceKind::MunicipalQuote,
        replaces: None,
    },
    Right {
        id: text(ids::NW_INTEGRATION_COMMITTEE_RIGHT_COMMENT),
        kind: RightKind::Comment,
        organs: Cow::Borrowed(&[
            Organ::Council,
            Organ::Committee,
            Organ::DistrictCouncil,
            Organ::Executive,
        ]),
        matters: Matters::Referred,
        modality: Modality::Should,
        citation: GO_NRW_27.paragraph(9).read_with(GO_NRW_27_12_2),
        validity: Validity::between(NW_2018, NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Zu Fragen, die ihm vom Rat, einem Ausschuss, einer Bezirksvertretung oder dem Bürgermeister vorgelegt werden, soll der Integrationsausschuss Stellung nehmen.",
            "The Integrationsausschuss should comment on questions put to it by the council, a committee, a Bezirksvertretung or the mayor",
        ),
        source: text(SRC_NW_LIR),
        note: text(NOTE_NW_COMMITTEE_RIGHTS),
        source_kind: SourceKind::MunicipalQuote,
        replaces: None,
    },
    Right {
        id: text(ids::NW_INTEGRATION_COMMITTEE_RIGHT_DELIBERATION),
        kind: RightKind::Hearing,
        organs: Cow::Borrowed(&[Organ::Council]),
        matters: Matters::ConcerningTheGroup,
        modality: Modality::Must,
        citation: GO_NRW_27.paragraph(12).sentence(5),
        validity: Validity::between(NW_2018, NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "„Der Integrationsausschuss ist wie ein Ratsausschuss in die Beratungsfolge des Rates einzubinden.“",
            "The Integrationsausschuss is to be included in the council's order of deliberation (Beratungsfolge) like a council committee",
        ),
        source: text(SRC_NW_LIR),
        note: text(
            "Wording as the Land association quotes § 27 Abs. 12 (2018; the Satz by the order of the sentences) \
           and as Bergkamen quotes the amendment LT-Drs. 17/3601; the statute text was not read. Modelled as a \
           hearing before the council decides on matters concerning the group.",
        ),
        source_kind: SourceKind::MunicipalQuote,
        replaces: None,
    },
];

// ---- the Ausländerbeirat of 1994 to 2009 ----

/// NRW: the Gemeindeordnung in the version of the Bekanntmachung of
/// 14 July 1994 (GV. NRW. S. 666), the version the sources cite for the
/// Ausländerbeirat of § 27, in force from 17 October 1994 (§ 134 GO: „Das
/// Gesetz tritt am 17. Oktober 1994 in Kraft.“, recht.nrw.de). The reform
/// of May 1994 that brought the Ausländerbeirat into the GO was not read.
const NW_1994: NaiveDate = d(1994, 10, 17);
/// NRW: § 27 GO NRW in the 1994 version.
const GO_NRW_27_1994: Citation =
    GO_NRW_27.version("i. d. F. der Bekanntmachung vom 14.07.1994 (GV. NRW. S. 666)");

const SRC_NW_1994: &str = "https://politik-bei-uns.de/file/5a425e5044875ce977ec665d";

const SRC_NW_STGB_2004: &str = "https://www.kommunen.nrw/informationen/mitteilungen/datenbank/detailansicht/dokument/auslaenderbeirat-wahltermin.html";

const NOTE_NW_1994: &str = "Read in a municipal council paper (Bedburg, 6 Jul 2004) that paraphrases § 27 GO NW \
    of the 1994 reform, and in recht.nrw.de (the 1994 version, GV. NRW. S. 666, cited by the exemption of Solingen). \
    The statute text itself was not read: unverified. Municipalities could be exempted under § 126 GO (Duisburg, \
    Solingen); exemptions are not recorded.";

const NW_1994_BOARD: &[BodyType] = &[BodyType::ForeignResidentsAdvisoryBoard];

const NW_1994_RULES: &[Rule] = &[
    Rule {
        id: text(ids::NW_FOREIGN_RESIDENTS_BOARD_1994_TERM),
        citation: GO_NRW_27_1994.paragraph(2),
        validity: Validity::between(NW_1994, NW_2009),
        certainty: Unverified,
        statement: Statement::new(
            "Fassung 1994 (sinngemäß): Der Ausländerbeirat wird für fünf Jahre gewählt, spätestens acht Wochen nach der Wahl des Rates.",
            "1994 version (paraphrase): the Ausländerbeirat is elected for five years, at the latest eight weeks after the council election",
        ),
        constraint: Constraint::TermYears(TermYears { years: 5 }),
        source: text(SRC_NW_STGB_2004),
        note: text(
            "The Städte- und Gemeindebund NRW (Mitteilung 212/2004): „Nach § 27 Abs. 2 S. 2 GO muß die Wahl des \
           Ausländerbeirats spätestens innerhalb von 8 Wochen nach der Wahl des Rates erfolgen“; Bedburg (2004) \
           says the same. The term of five years follows the council's Wahlzeit of that time; the sentence \
           that fixes it was not read. The deadline itself is not checked. Unverified.",
        ),
        modality: Modality::Must,
        replaces: None,
        source_kind: SourceKind::Paraphrase,
    },
    Rule {
        id: text(ids::NW_FOREIGN_RESIDENTS_BOARD_1994_SIZE),
        citation: GO_NRW_27_1994,
        validity: Validity::between(NW_1994, NW_2009),
        certainty: Unverified,
        statement: Statement::new(
            "Der Ausländerbeirat besteht aus mindestens fünf und höchstens 29 Mitgliedern; das Nähere regelt die Hauptsatzung.",
            "The Ausländerbeirat has at least five and at most 29 members; the Hauptsatzung fixes the details",
        ),
        constraint: Constraint::Seats(Seats {
            of: ALL,
            min: Some(5),
            max: Some(29),
        }),
        source: text(SRC_NW_1994),
        note: text(NOTE_NW_1994),
        modality: Modality::Must,
        replaces: None,
        source_kind: SourceKind::Paraphrase,
    },
];

// ---- the Land's law ----

const REGIMES: &[Regime] = &[
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::NordrheinWestfalen,
        body_type: BodyType::ForeignResidentsAdvisoryBoard,
        designation: text("Ausländerbeirat"),
        levels: Cow::Borrowed(MUNICIPAL),
        governance: Governance::Statute,
        basis: GO_NRW_27_1994,
        covered: Validity::between(NW_1994, NW_2009),
        rules: Cow::Borrowed(NW_1994_RULES),
        rights: Cow::Borrowed(&[]),
        note: text(
            "The Ausländerbeirat of § 27 GO NW from the GO of 1994 (in force 17.10.1994) until the 2009 law \
         replaced it by the Integrationsrat; every rule unverified (municipal and association paraphrase). Not \
         recorded, for want of a source that says enough: the franchise (a press report of 2004 gives voters as \
         foreigners from 16 with one year of lawful stay and three months' residence, but nothing on candidates, \
         and a franchise rule records both); the rights (§ 27 Abs. 7 to 9 „Rechtsstellung und Befugnisse“, as \
         the exemption ordinances of Solingen and Duisburg refer to them; their wording was not read); the chair; \
         the exemptions under § 126 GO.",
        ),
    },
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::NordrheinWestfalen,
        body_type: BodyType::IntegrationCouncil,
        designation: text("Integrationsrat"),
        levels: Cow::Borrowed(MUNICIPAL),
        governance: Governance::Statute,
        basis: GO_NRW_27,
        covered: Validity::between(NW_2009, NW_2025),
        rules: Cow::Borrowed(NW_COUNCIL_RULES),
        rights: Cow::Borrowed(NW_COUNCIL_RIGHTS),
        note: text(
            "The Integrationsrat from the law of 30.06.2009 (GV. NRW. S. 380; in force taken as 1 Jul 2009) to \
         31 Oct 2025: the 2009 version, unverified, and the 2013 version from 31 Dec 2013 (heading „Politische \
         Teilhabe von Menschen mit Einwanderungsgeschichte“ from 29 Dec 2018, as the gazette's table of contents \
         gives it). The statute text of § 27 was read in no version, so every rule rests on municipal quotes and \
         paraphrase and is unverified. No transitional provision of the 2013 or 2018 law was found: the rules \
         apply by the day. No rule for Kreise was found, so no Kreis regime exists.",
        ),
    },
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::NordrheinWestfalen,
        body_type: BodyType::IntegrationCouncil,
        designation: text("Ausschuss für Chancengerechtigkeit und Integration"),
        levels: Cow::Borrowed(MUNICIPAL),
        governance: Governance::Statute,
        basis: GO_NRW_27_2025,
        covered: Validity::since(NW_2025),
        rules: Cow::Borrowed(NW_COUNCIL_2025_RULES),
        rights: Cow::Borrowed(NW_COUNCIL_2025_RIGHTS),
        note: text(
            "The Ausschuss für Chancengerechtigkeit und Integration of the law of 10.07.2025 (GV. NRW. Nr. 32 of \
         16.07.2025 S. 618), from the Wahlperiode beginning 1 Nov 2025: the renamed Integrationsrat, into which the \
         Integrationsausschuss is merged, and which must be part of the council's Beratungsfolge. Only the new \
         heading was read (the law's table of contents); the in-force day, the wording, the Absatz and Satz numbers \
         and any transitional provision were not, so every rule is unverified. Rules carried over from the 2013 \
         version say so. Not recorded for want of a source: whether sachkundige Bürger may sit, whether the \
         members continue until the successor meets, and whether the thresholds of Abs. 1 changed (one \
         municipality speaks of residents „mit Einwanderungsgeschichte“).",
        ),
    },
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::NordrheinWestfalen,
        body_type: BodyType::IntegrationCommittee,
        designation: text("Integrationsausschuss"),
        levels: Cow::Borrowed(MUNICIPAL),
        governance: Governance::Statute,
        basis: GO_NRW_27.paragraph(12),
        covered: Validity::between(NW_2009, NW_2025),
        rules: Cow::Borrowed(NW_COMMITTEE_RULES),
        rights: Cow::Borrowed(NW_COMMITTEE_RIGHTS),
        note: text(
            "An option instead of an Integrationsrat from the 2009 law; not permitted from 31 Dec 2013 to 28 Dec 2018; \
         § 27 Abs. 12 from 29 Dec 2018 to 31 Oct 2025. Its rights are the Integrationsrat's, applied accordingly \
         (Abs. 12 S. 2), and it is part of the Beratungsfolge (Abs. 12 S. 5), as the Land association quotes \
         Abs. 12. The composition, chair and rights of the 2009 version were not read: only its term is recorded.",
        ),
    },
    Regime {
        transitions: Cow::Borrowed(&[]),
        land: Land::NordrheinWestfalen,
        body_type: BodyType::IntegrationCommittee,
        designation: text("Integrationsausschuss"),
        levels: Cow::Borrowed(MUNICIPAL),
        governance: Governance::Statute,
        basis: GO_NRW_27_2025,
        covered: Validity::since(NW_2025),
        rules: Cow::Borrowed(NW_COMMITTEE_2025_RULES),
        rights: Cow::Borrowed(&[]),
        note: text(
            "From 1 Nov 2025 the Integrationsausschuss is merged into the Ausschuss für Chancengerechtigkeit und \
         Integration (recorded as an Integrationsrat); unverified.",
        ),
    },
];

const SRC_NW_BAD_SALZUFLEN: &str = "https://www.stadt-bad-salzuflen.de/soziales-und-familie/ausschuss-fuer-chancengerechtigkeit-und-integration";

const NOTE_NW_2025_ESTABLISHMENT: &str = "The duty to form the Ausschuss für Chancengerechtigkeit und Integration \
    is carried over from § 27 Abs. 1 S. 1 to 3 of the 2013 version: the 2025 wording was not read. Bad Salzuflen \
    writes „Abhängig von der Zahl der wahlberechtigten Einwohnerinnen und Einwohner mit Einwanderungsgeschichte \
    kann bzw. muss …“, which may mean the thresholds now count another group; the crate keeps counting foreign \
    residents. The Integrationsausschuss no longer meets the duty (merged into the committee). Unverified.";

const ESTABLISHMENT: &[EstablishmentRule] = &[
    // ---- Nordrhein-Westfalen, § 27 Abs. 1 GO NW 1994: the Ausländerbeirat ----
    EstablishmentRule {
        id: text(ids::NW_ESTABLISHMENT_1994_MUST_5000),
        land: Land::NordrheinWestfalen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(NW_1994_BOARD),
        duty: Duty::Must,
        threshold: Some(Threshold::ForeignResidents {
            comparison: AtLeast,
            count: 5_000,
        }),
        citation: GO_NRW_27_1994.paragraph(1),
        validity: Validity::between(NW_1994, NW_2009),
        certainty: Unverified,
        statement: Statement::new(
            "In Gemeinden mit mindestens 5.000 ausländischen Einwohnern ist ein Ausländerbeirat zu bilden.",
            "A municipality with at least 5,000 foreign residents must form an Ausländerbeirat",
        ),
        source: text(SRC_NW_1994),
        note: text(NOTE_NW_1994),
        signatures: None,
        if_no_candidates: None,
        source_kind: SourceKind::Paraphrase,
        replaces: None,
    },
    EstablishmentRule {
        id: text(ids::NW_ESTABLISHMENT_1994_ON_REQUEST_2000),
        land: Land::NordrheinWestfalen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(NW_1994_BOARD),
        duty: Duty::MustOnRequest,
        threshold: Some(Threshold::ForeignResidents {
            comparison: AtLeast,
            count: 2_000,
        }),
        citation: GO_NRW_27_1994.paragraph(1),
        validity: Validity::between(NW_1994, NW_2009),
        certainty: Unverified,
        statement: Statement::new(
            "In Gemeinden mit mindestens 2.000 ausländischen Einwohnern ist ein Ausländerbeirat zu bilden, wenn mindestens 200 Wahlberechtigte es beantragen.",
            "A municipality with at least 2,000 foreign residents must form an Ausländerbeirat if at least 200 eligible voters apply",
        ),
        source: text(SRC_NW_1994),
        note: text(NOTE_NW_1994),
        signatures: Some(200),
        if_no_candidates: None,
        source_kind: SourceKind::Paraphrase,
        replaces: None,
    },
    EstablishmentRule {
        id: text(ids::NW_ESTABLISHMENT_1994_MAY),
        land: Land::NordrheinWestfalen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(NW_1994_BOARD),
        duty: Duty::May,
        threshold: None,
        citation: GO_NRW_27_1994.paragraph(1),
        validity: Validity::between(NW_1994, NW_2009),
        certainty: Unverified,
        statement: Statement::new(
            "Andere Gemeinden können freiwillig einen Ausländerbeirat bilden.",
            "Other municipalities may form an Ausländerbeirat voluntarily",
        ),
        source: text(SRC_NW_1994),
        note: text(NOTE_NW_1994),
        signatures: None,
        if_no_candidates: None,
        source_kind: SourceKind::Paraphrase,
        replaces: None,
    },
    // ---- Nordrhein-Westfalen, § 27 Abs. 1 GO NRW ----
    // From the 2013 law to the 2018 law only an Integrationsrat met the duty:
    // the Integrationsausschuss was not permitted.
    EstablishmentRule {
        id: text(ids::NW_ESTABLISHMENT_2013_MUST_5000),
        land: Land::NordrheinWestfalen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(NW_COUNCIL_ONLY),
        duty: Duty::Must,
        threshold: Some(Threshold::ForeignResidents {
            comparison: AtLeast,
            count: 5_000,
        }),
        citation: Citation::section("GO NRW", "27").paragraph(1).sentence(1),
        validity: Validity::between(NW_2013, NW_2018),
        certainty: Unverified,
        statement: Statement::new(
            "In Gemeinden mit mindestens 5.000 ausländischen Einwohnern ist ein Integrationsrat zu bilden.",
            "A municipality with at least 5,000 foreign residents must form an Integrationsrat",
        ),
        source: text(SRC_NW),
        signatures: None,
        if_no_candidates: None,
        note: text(
            "Grade (December 2026): unverified. § 27 Abs. 1 S. 1 GO NRW (2013 text) read only in the Duisburg quote; the same threshold stands in the dated pre-2013 text (umwelt-online 'alt' column), but the 2013 wording itself was not read in a statute source.",
        ),
        source_kind: SourceKind::MunicipalQuote,
        replaces: Some(text(ids::NW_ESTABLISHMENT_2009_MUST_5000)),
    },
    EstablishmentRule {
        id: text(ids::NW_ESTABLISHMENT_2013_ON_REQUEST_2000),
        land: Land::NordrheinWestfalen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(NW_COUNCIL_ONLY),
        duty: Duty::MustOnRequest,
        threshold: Some(Threshold::ForeignResidents {
            comparison: AtLeast,
            count: 2_000,
        }),
        citation: Citation::section("GO NRW", "27").paragraph(1).sentence(2),
        validity: Validity::between(NW_2013, NW_2018),
        certainty: Unverified,
        statement: Statement::new(
            "In Gemeinden mit mindestens 2.000 ausländischen Einwohnern ist ein Integrationsrat zu bilden, wenn mindestens 200 Wahlberechtigte es beantragen.",
            "A municipality with at least 2,000 foreign residents must form an Integrationsrat if at least 200 eligible voters apply",
        ),
        source: text(SRC_NW),
        signatures: Some(200),
        if_no_candidates: None,
        note: text(
            "Grade (December 2026): unverified. § 27 Abs. 1 S. 2 GO NRW (2013 text) read only in the Duisburg quote; the same threshold stands in the dated pre-2013 text (umwelt-online 'alt' column), but the 2013 wording itself was not read in a statute source.",
        ),
        source_kind: SourceKind::MunicipalQuote,
        replaces: Some(text(ids::NW_ESTABLISHMENT_2009_ON_REQUEST_2000)),
    },
    EstablishmentRule {
        id: text(ids::NW_ESTABLISHMENT_2013_MAY),
        land: Land::NordrheinWestfalen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(NW_COUNCIL_ONLY),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("GO NRW", "27").paragraph(1).sentence(3),
        validity: Validity::between(NW_2013, NW_2018),
        certainty: Unverified,
        statement: Statement::new(
            "Andere Gemeinden können einen Integrationsrat bilden.",
            "Other municipalities may form an Integrationsrat",
        ),
        source: text(SRC_NW),
        signatures: None,
        if_no_candidates: None,
        note: text(
            "Grade (December 2026): unverified. § 27 Abs. 1 S. 3 GO NRW (2013 text) read only in the Duisburg quote; the same threshold stands in the dated pre-2013 text (umwelt-online 'alt' column), but the 2013 wording itself was not read in a statute source.",
        ),
        source_kind: SourceKind::MunicipalQuote,
        replaces: Some(text(ids::NW_ESTABLISHMENT_2009_MAY)),
    },
    EstablishmentRule {
        id: text(ids::NW_ESTABLISHMENT_MUST_5000),
        land: Land::NordrheinWestfalen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(NW_BODIES),
        duty: Duty::Must,
        threshold: Some(Threshold::ForeignResidents {
            comparison: AtLeast,
            count: 5_000,
        }),
        citation: Citation::section("GO NRW", "27").paragraph(1).sentence(1),
        validity: Validity::between(NW_2018, NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "In Gemeinden mit mindestens 5.000 ausländischen Einwohnern ist ein Integrationsrat zu bilden.",
            "A municipality with at least 5,000 foreign residents must form an Integrationsrat",
        ),
        source: text(SRC_NW),
        signatures: None,
        if_no_candidates: None,
        note: text(
            "Grade (December 2026): unverified. § 27 Abs. 1 S. 1 GO NRW read only in the Duisburg quote (and Abs. 12 in the LIR quote); no statute text of § 27 after 2013 was readable.",
        ),
        source_kind: SourceKind::MunicipalQuote,
        replaces: Some(text(ids::NW_ESTABLISHMENT_2013_MUST_5000)),
    },
    EstablishmentRule {
        id: text(ids::NW_ESTABLISHMENT_ON_REQUEST_2000),
        land: Land::NordrheinWestfalen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(NW_BODIES),
        duty: Duty::MustOnRequest,
        threshold: Some(Threshold::ForeignResidents {
            comparison: AtLeast,
            count: 2_000,
        }),
        citation: Citation::section("GO NRW", "27").paragraph(1).sentence(2),
        validity: Validity::between(NW_2018, NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "In Gemeinden mit mindestens 2.000 ausländischen Einwohnern ist ein Integrationsrat zu bilden, wenn mindestens 200 Wahlberechtigte es beantragen.",
            "A municipality with at least 2,000 foreign residents must form an Integrationsrat if at least 200 eligible voters apply",
        ),
        source: text(SRC_NW),
        signatures: Some(200),
        if_no_candidates: None,
        note: text(
            "Grade (December 2026): unverified. § 27 Abs. 1 S. 2 GO NRW read only in the Duisburg quote (and Abs. 12 in the LIR quote); no statute text of § 27 after 2013 was readable.",
        ),
        source_kind: SourceKind::MunicipalQuote,
        replaces: Some(text(ids::NW_ESTABLISHMENT_2013_ON_REQUEST_2000)),
    },
    EstablishmentRule {
        id: text(ids::NW_ESTABLISHMENT_MAY),
        land: Land::NordrheinWestfalen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(NW_BODIES),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("GO NRW", "27").paragraph(1).sentence(3),
        validity: Validity::between(NW_2018, NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Andere Gemeinden können einen Integrationsrat bilden; anstelle eines Integrationsrates kann der Rat einen Integrationsausschuss bilden (§ 27 Abs. 12 GO NRW).",
            "Other municipalities may form an Integrationsrat; instead of an Integrationsrat the council may form an Integrationsausschuss (§ 27 Abs. 12 GO NRW)",
        ),
        source: text(SRC_NW),
        signatures: None,
        if_no_candidates: None,
        note: text(
            "Grade (December 2026): unverified. § 27 Abs. 1 S. 3 GO NRW read only in the Duisburg quote (and Abs. 12 in the LIR quote); no statute text of § 27 after 2013 was readable.",
        ),
        source_kind: SourceKind::MunicipalQuote,
        replaces: Some(text(ids::NW_ESTABLISHMENT_2013_MAY)),
    },
    EstablishmentRule {
        id: text(ids::NW_ESTABLISHMENT_2009_MUST_5000),
        land: Land::NordrheinWestfalen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(NW_BODIES),
        duty: Duty::Must,
        threshold: Some(Threshold::ForeignResidents {
            comparison: AtLeast,
            count: 5_000,
        }),
        citation: Citation::section("GO NRW", "27")
            .paragraph(1)
            .version(NW_2009_VERSION),
        validity: Validity::between(NW_2009, NW_2013),
        certainty: Verified,
        statement: Statement::new(
            "Fassung 2009: Bei mindestens 5.000 ausländischen Einwohnern ist ein Integrationsrat zu bilden (Inkrafttreten Juni 2009, Tag nicht bekannt).",
            "2009 version: at least 5,000 foreign residents, an Integrationsrat must be formed (in force June 2009, day not known)",
        ),
        source: text(SRC_NW_2009),
        signatures: None,
        if_no_candidates: None,
        note: text(
            "Grade (December 2026): verified. „In einer Gemeinde, in der mindestens 5.000 ausländische Einwohner ihre Hauptwohnung haben, ist ein Integrationsrat zu bilden.“ read in the 'alt' column of the 2013 amending law on umwelt-online (dated, GV. NRW. 2013 S. 878): the text in force until 30.12.2013. Start 1.7.2009 is an assumption: dates unverified.",
        ),
        source_kind: SourceKind::StatuteText,
        replaces: Some(text(ids::NW_ESTABLISHMENT_1994_MUST_5000)),
    },
    EstablishmentRule {
        id: text(ids::NW_ESTABLISHMENT_2009_ON_REQUEST_2000),
        land: Land::NordrheinWestfalen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(NW_BODIES),
        duty: Duty::MustOnRequest,
        threshold: Some(Threshold::ForeignResidents {
            comparison: AtLeast,
            count: 2_000,
        }),
        citation: Citation::section("GO NRW", "27")
            .paragraph(1)
            .version(NW_2009_VERSION),
        validity: Validity::between(NW_2009, NW_2013),
        certainty: Verified,
        statement: Statement::new(
            "Fassung 2009: Bei mindestens 2.000 ausländischen Einwohnern auf Antrag von mindestens 200 Wahlberechtigten (damals nur Ausländer).",
            "2009 version: at least 2,000 foreign residents, on the application of at least 200 voters (then foreigners only)",
        ),
        source: text(SRC_NW_2009),
        signatures: Some(200),
        if_no_candidates: None,
        note: text(
            "Grade (December 2026): verified. Read in the dated 'alt' column of the 2013 amending law (umwelt-online, GV. NRW. 2013 S. 878); dates unverified (start 1.7.2009 assumed).",
        ),
        source_kind: SourceKind::StatuteText,
        replaces: Some(text(ids::NW_ESTABLISHMENT_1994_ON_REQUEST_2000)),
    },
    EstablishmentRule {
        id: text(ids::NW_ESTABLISHMENT_2009_MAY),
        land: Land::NordrheinWestfalen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(NW_BODIES),
        duty: Duty::May,
        threshold: None,
        citation: Citation::section("GO NRW", "27")
            .paragraph(1)
            .version(NW_2009_VERSION),
        validity: Validity::between(NW_2009, NW_2013),
        certainty: Verified,
        statement: Statement::new(
            "Fassung 2009: Andere Gemeinden können einen Integrationsrat bilden.",
            "2009 version: other municipalities may form an Integrationsrat",
        ),
        source: text(SRC_NW_2009),
        signatures: None,
        if_no_candidates: None,
        note: text(
            "Grade (December 2026): verified. „In anderen Gemeinden kann ein Integrationsrat gebildet werden.“ read in the dated 'alt' column (umwelt-online, GV. NRW. 2013 S. 878); dates unverified.",
        ),
        source_kind: SourceKind::StatuteText,
        replaces: Some(text(ids::NW_ESTABLISHMENT_1994_MAY)),
    },
    EstablishmentRule {
        id: text(ids::NW_ESTABLISHMENT_2025_MUST_5000),
        land: Land::NordrheinWestfalen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(NW_COUNCIL_ONLY),
        duty: Duty::Must,
        threshold: Some(Threshold::ForeignResidents {
            comparison: AtLeast,
            count: 5_000,
        }),
        citation: GO_NRW_27_2025,
        validity: Validity::since(NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Fassung 2025 (sinngemäß, übernommen): In Gemeinden mit mindestens 5.000 ausländischen Einwohnern ist ein Ausschuss für Chancengerechtigkeit und Integration zu bilden.",
            "2025 version (paraphrase, carried over): a municipality with at least 5,000 foreign residents must form an Ausschuss für Chancengerechtigkeit und Integration",
        ),
        source: text(SRC_NW_BAD_SALZUFLEN),
        signatures: None,
        if_no_candidates: None,
        note: text(NOTE_NW_2025_ESTABLISHMENT),
        source_kind: SourceKind::Paraphrase,
        replaces: Some(text(ids::NW_ESTABLISHMENT_MUST_5000)),
    },
    EstablishmentRule {
        id: text(ids::NW_ESTABLISHMENT_2025_ON_REQUEST_2000),
        land: Land::NordrheinWestfalen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(NW_COUNCIL_ONLY),
        duty: Duty::MustOnRequest,
        threshold: Some(Threshold::ForeignResidents {
            comparison: AtLeast,
            count: 2_000,
        }),
        citation: GO_NRW_27_2025,
        validity: Validity::since(NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Fassung 2025 (sinngemäß, übernommen): In Gemeinden mit mindestens 2.000 ausländischen Einwohnern ist der Ausschuss zu bilden, wenn mindestens 200 Wahlberechtigte es beantragen.",
            "2025 version (paraphrase, carried over): a municipality with at least 2,000 foreign residents must form the committee if at least 200 eligible voters apply",
        ),
        source: text(SRC_NW_BAD_SALZUFLEN),
        signatures: Some(200),
        if_no_candidates: None,
        note: text(NOTE_NW_2025_ESTABLISHMENT),
        source_kind: SourceKind::Paraphrase,
        replaces: Some(text(ids::NW_ESTABLISHMENT_ON_REQUEST_2000)),
    },
    EstablishmentRule {
        id: text(ids::NW_ESTABLISHMENT_2025_MAY),
        land: Land::NordrheinWestfalen,
        levels: Cow::Borrowed(MUNICIPAL),
        body_types: Cow::Borrowed(NW_COUNCIL_ONLY),
        duty: Duty::May,
        threshold: None,
        citation: GO_NRW_27_2025,
        validity: Validity::since(NW_2025),
        certainty: Unverified,
        statement: Statement::new(
            "Fassung 2025 (sinngemäß, übernommen): Andere Gemeinden können den Ausschuss bilden.",
            "2025 version (paraphrase, carried over): other municipalities may form the committee",
        ),
        source: text(SRC_NW_BAD_SALZUFLEN),
        signatures: None,
        if_no_candidates: None,
        note: text(NOTE_NW_2025_ESTABLISHMENT),
        source_kind: SourceKind::Paraphrase,
        replaces: Some(text(ids::NW_ESTABLISHMENT_MAY)),
    },
];

const FRANCHISE: &[FranchiseRule] = &[
    FranchiseRule {
        id: Cow::Borrowed(ids::NW_FRANCHISE),
        land: Land::NordrheinWestfalen,
        body_types: Cow::Borrowed(NW_BODIES),
        validity: Validity::since(NW_2013),
        certainty: Unverified,
        active: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(NW_GROUPS),
            min_age: Some(16),
            residence: Some(TimeSpan::Days(16)),
            lawful_stay: Some(TimeSpan::Years(1)),
            excludes_asylum_seekers: true,
            excludes_residence_act_exempt: true,
            germans_must_apply: false,
            citation: NW_3.read_with(NW_27_4),
        }]),
        passive: Cow::Borrowed(&[
            Eligibility {
                groups: Cow::Borrowed(NW_GROUPS),
                min_age: Some(18),
                residence: Some(TimeSpan::Months(3)),
                lawful_stay: Some(TimeSpan::Years(1)),
                excludes_asylum_seekers: true,
                excludes_residence_act_exempt: true,
                germans_must_apply: false,
                citation: NW_27,
            },
            Eligibility {
                groups: Cow::Borrowed(&[GermanOrEuCitizen]),
                min_age: Some(18),
                residence: Some(TimeSpan::Months(3)),
                lawful_stay: Some(TimeSpan::Years(1)),
                excludes_asylum_seekers: false,
                excludes_residence_act_exempt: false,
                germans_must_apply: false,
                citation: NW_27,
            },
        ]),
        statement: Statement::new(
            "Wahlberechtigt sind Nichtdeutsche, Deutsche mit weiterer Staatsangehörigkeit, Eingebürgerte und Deutsche nach § 4 Abs. 3 StAG ab 16 Jahren mit einem Jahr rechtmäßigem Aufenthalt und Hauptwohnung seit dem 16. Tag vor der Wahl; ausgeschlossen sind Asylbewerber im Verfahren und Personen, auf die das Aufenthaltsgesetz nach § 1 Abs. 2 Nr. 2 oder 3 AufenthG keine Anwendung findet. Wählbar sind die Angehörigen dieser Gruppen sowie Bürger ab 18 Jahren mit einem Jahr Aufenthalt in Deutschland und drei Monaten Hauptwohnung.",
            "Voters: non-Germans, Germans with another nationality, naturalised persons and Germans under § 4 Abs. 3 StAG, 16+, one year of lawful stay, main residence since the 16th day before the election; excluded are asylum seekers in the procedure and persons to whom the Residence Act does not apply (§ 1 Abs. 2 Nr. 2 or 3 AufenthG). Candidates: members of these groups and Bürger, 18+, one year in Germany and three months' main residence.",
        ),
        source: Cow::Borrowed(
            "http://www.mik.nrw.de/themen-aufgaben/kommunales/erfolgsmodell-kommunale-selbstverwaltung/integrationsraete/haeufige-fragen.html ; https://www.stadt-muenster.de/wahlen/integrationsrat/wahlberechtigte/standard-titel",
        ),
        note: Cow::Borrowed(
            "Voters: the groups of § 27 Abs. 3 S. 1 Nr. 1 to 3 as the ministry's FAQ (mik.nrw.de) quotes them, Nr. 4 and the ages and periods as Münster and Duisburg give them. Exclusions: § 27 Abs. 4 GO NRW, as Münster quotes it („gem. § 27 Absatz 4“), excludes persons to whom the AufenthG does not apply under § 1 Abs. 2 Nr. 2 or 3 AufenthG (diplomatic and consular staff, foreign forces) and asylum seekers in the procedure; the audit's citation of Abs. 3 was wrong. Candidates: the sentence on candidates (probably § 27 Abs. 5, after the exclusions of Abs. 4) was not read, so the citation names the section; every practice source requires 18 years, one year in Germany and three months' main residence of all candidates (herzstueck.nrw 2025, Gelsenkirchen), which the crate follows. Start: 31.12.2013, the day after promulgation of the 2013 law. The 2025 law: no report of a change to the franchise was found, so the rule stays open; unverified.",
        ),
        source_kind: SourceKind::OfficialDocument,
        replaces: Some(Cow::Borrowed(ids::NW_FRANCHISE_2009)),
    },
    FranchiseRule {
        id: Cow::Borrowed(ids::NW_FRANCHISE_2009),
        land: Land::NordrheinWestfalen,
        body_types: Cow::Borrowed(NW_BODIES),
        validity: Validity::between(NW_2009, NW_2013),
        certainty: Unverified,
        active: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(NW_GROUPS_2009),
            min_age: Some(16),
            residence: Some(TimeSpan::Days(16)),
            lawful_stay: Some(TimeSpan::Years(1)),
            excludes_asylum_seekers: true,
            excludes_residence_act_exempt: false,
            germans_must_apply: false,
            citation: NW_3.version(NW_2009_VERSION),
        }]),
        passive: Cow::Borrowed(&[Eligibility {
            groups: Cow::Borrowed(NW_GROUPS_2009),
            min_age: Some(18),
            residence: Some(TimeSpan::Days(16)),
            lawful_stay: Some(TimeSpan::Years(1)),
            excludes_asylum_seekers: true,
            excludes_residence_act_exempt: false,
            germans_must_apply: false,
            citation: NW_27.version(NW_2009_VERSION),
        }]),
        statement: Statement::new(
            "Fassung 2009: Wahlberechtigt waren Nichtdeutsche; Deutsche nur, wenn sie innerhalb der letzten fünf Jahre eingebürgert worden waren. Deutsche mit weiterer Staatsangehörigkeit als solche und Kinder nach § 4 Abs. 3 StAG waren nicht wahlberechtigt (Alters- und Fristangaben dieser Fassung nicht gelesen).",
            "2009 version: non-Germans voted; Germans only if naturalised within the last five years. German dual nationals as such and § 4 Abs. 3 StAG children did not vote (the age and period values of this version were not read).",
        ),
        source: Cow::Borrowed("https://rat.eschweiler.de/bi/vo0050.php?__kvonr=193"),
        note: Cow::Borrowed(
            "Essen and Eschweiler (https://rat.eschweiler.de/bi/vo0050.php?__kvonr=193) describe the 2013 reform as opening the franchise to German multiple nationals and dropping the five-year limit (legal audit, B1). The age and residence values are carried over from the 2013 version and not read in the 2009 text.",
        ),
        source_kind: SourceKind::Paraphrase,
        replaces: None,
    },
];

/// How the seats of the directly elected members are allocated: § 33
/// KWahlG NRW, which § 27 GO NRW applies where the Wahlordnung does not
/// deviate. Sainte-Laguë/Schepers from 17 Oct 2007, the "Rock" method of
/// 2024 from 31 Jul 2024, Sainte-Laguë/Schepers again from the repair of
/// June 2025.
const ALLOCATION: &[AllocationRule] = &[
    AllocationRule {
        id: text(ids::NW_ELECTION_ALLOCATION_2007),
        land: Land::NordrheinWestfalen,
        body_types: Cow::Borrowed(NW_BODIES),
        levels: Cow::Borrowed(MUNICIPAL),
        method: Some(AllocationMethod::SainteLagueSchepers),
        local_choice: true,
        citation: Citation::section("KWahlG NRW", "33")
            .paragraph(2)
            .version("i. d. F. des Gesetzes vom 09.10.2007 (GV. NRW. S. 374)")
            .read_with({
                const GO_NRW_27_ONLY: &[Citation] = &[Citation::section("GO NRW", "27")];
                GO_NRW_27_ONLY
            }),
        validity: Validity::between(d(2007, 10, 17), d(2024, 7, 31)),
        certainty: Unverified,
        statement: Statement::new(
            "Die Sitze der direkt gewählten Mitglieder werden nach dem Divisorverfahren mit Standardrundung (Sainte-Laguë/Schepers) des Kommunalwahlgesetzes verteilt, soweit die Wahlordnung der Gemeinde kein anderes Verfahren bestimmt; einem Einzelbewerber fällt höchstens ein Sitz zu, und Sitze, die ein Wahlvorschlag mangels Bewerbern nicht besetzen kann, bleiben unbesetzt.",
            "The seats of the directly elected members are allocated by the divisor method with standard rounding (Sainte-Laguë/Schepers) of the Kommunalwahlgesetz unless the municipality's Wahlordnung names another method; a single candidate takes at most one seat, and seats a proposal cannot fill for want of candidates stay vacant",
        ),
        source: text(
            "http://www.mik.nrw.de/en/themen-aufgaben/buergerbeteiligung-wahlen/wahlen/wahlarchiv/auf-allen-ebenen/kommunalwahlen/wahlsystem/divisorverfahren.html",
        ),
        note: text(
            "Method: § 33 KWahlG NRW as amended by the Gesetz vom 9.10.2007 (GV. NRW. 2007 Nr. 21 of 16.10.2007, S. 373-404; the VerfGH cites S. 374), in force 17.10.2007 (the Ministry of the Interior: \"Mit dem am 17. Oktober 2007 in Kraft getretenen Gesetz zur Änderung des Kommunalwahlgesetzes wurde das Verfahren der Sitzberechnung nach Hare/Niemeyer durch das Divisorverfahren mit Standardrundung nach Sainte-Lague/Schepers ersetzt\"). Hare/Niemeyer before it is not recorded: the Integrationsrat exists from 2009. \
             Application: § 27 GO NRW applies the KWahlG to the election where the local Wahlordnung does not deviate; the sentence of § 27 that says so was not read, only paraphrases (Landesintegrationsrat: \"Es kommt also auf die örtliche Wahlordnung an\"; Bonn), and Meerbusch's Wahlordnung replaces §§ 14-21 KWahlG (\"Wahlsystem, Verteilung der Sitze\") by its own rules. Hence unverified, and a method the election result names from its Wahlordnung is applied instead (local_choice). Köln reported its 2010 seats \"nach St. Lague/Schepers\"; the published results of Köln 2010, Bochum 2014, Dorsten 2020, Bonn, Ratingen and Dormagen 2025 agree. \
             Reading chosen for seats a proposal cannot fill: they stay vacant, for single candidates and exhausted lists alike. Sources: § 33 Abs. 5 S. 4 KWahlG i. d. F. der Bekanntmachung vom 30.6.1998 (GV. NRW. 1999 S. 70): \"Entfallen auf eine Partei oder Wählergruppe mehr Sitze, als Bewerber auf der Reserveliste benannt sind, so bleiben diese Sitze unbesetzt\" (not re-read after the renumbering of 2009); § 19 Abs. 2 of Dorsten's Wahlordnung (2020, as the press quotes it), the same words for any proposal; Dormagen 2025 (a single candidate allotted 3 seats holds 1, 8 of 10 seats filled; passing the surplus on would have given other lists seats that were not published) and Bonn 2014 (17 of 18). No Wahlordnung with a redistribution was found. \
             Not applied: the one-seat threshold of 2007 (§ 33 Abs. 3 S. 1, void by VerfGH 12/08 of 16.12.2008, removed in 2009) and the extra seat for an absolute majority of § 33 Abs. 4, which enlarges a council. The lot sentence of this version was not read; a tie is reported as a lot.",
        ),
        majority_clause: false,
        single_candidate_surplus: Surplus::Vacant,
        exhausted_list: Surplus::Vacant,
        source_kind: SourceKind::Paraphrase,
        replaces: None,
    },
    AllocationRule {
        id: text(ids::NW_ELECTION_ALLOCATION_2024),
        land: Land::NordrheinWestfalen,
        body_types: Cow::Borrowed(NW_BODIES),
        levels: Cow::Borrowed(MUNICIPAL),
        method: Some(AllocationMethod::QuotaPercentRemainder),
        local_choice: true,
        citation: Citation::section("KWahlG NRW", "33")
            .paragraph(2)
            .version("i. d. F. des Gesetzes vom 05.07.2024 (GV. NRW. S. 444)")
            .read_with({
                const GO_NRW_27_ONLY: &[Citation] = &[Citation::section("GO NRW", "27")];
                GO_NRW_27_ONLY
            }),
        validity: Validity::between(d(2024, 7, 31), d(2025, 6, 28)),
        certainty: Unverified,
        statement: Statement::new(
            "Fassung 2024: Jeder Wahlvorschlag erhält zunächst so viele Sitze, wie ganze Zahlen auf seinen Idealanspruch entfallen; die restlichen Sitze werden in der Reihenfolge der höchsten Verhältnisse zwischen Idealanspruch und aufgerundetem Idealanspruch verteilt (Quotenverfahren mit prozentualem Restausgleich), soweit die Wahlordnung der Gemeinde kein anderes Verfahren bestimmt; einem Einzelbewerber fällt höchstens ein Sitz zu, und Sitze, die ein Wahlvorschlag mangels Bewerbern nicht besetzen kann, bleiben unbesetzt.",
            "2024 version: each proposal first takes the whole part of its ideal quota; the remaining seats go in the order of the highest ratios of the ideal quota to the ideal quota rounded up (quota method with percentage remainders), unless the municipality's Wahlordnung names another method; a single candidate takes at most one seat, and seats a proposal cannot fill for want of candidates stay vacant",
        ),
        source: text("https://3935.staging.lexmea.de/gesetz/kwahlg-nrw/33"),
        note: text(
            "§ 33 Abs. 2 KWahlG NRW i. d. F. des Gesetzes zur Änderung des Kommunalwahlgesetzes und weiterer wahlbezogener Vorschriften vom 5.7.2024 (GV. NRW. Nr. 21 of 30.7.2024, S. 444), \"in Kraft getreten am 31. Juli 2024\" (the repair bill's problem statement, https://gruene-fraktion-nrw.de/parlament/zweites-gesetz-zur-aenderung-des-kommunalwahlgesetzes-und-der-kommunalwahlordnung/). The wording was read on a consolidated copy: the ideal quota is votes / adjusted total × adjusted body size; first its whole part; \"Die restlichen zu vergebenden Sitze werden in der Reihenfolge der höchsten Verhältnisse zwischen dem jeweiligen Idealanspruch und dem jeweiligen auf die nächste ganze Zahl aufgerundeten Idealanspruch verteilt (prozentualer Rest). Bei gleichem zu berücksichtigendem prozentualem Rest entscheidet das vom Wahlleiter zu ziehende Los.\" A quota with no remainder takes no remainder seat. \
             VerfGH NRW, Urteile vom 20.5.2025 (VerfGH 101/24, 114/24, 118/24, 124/24, 7/25): the method violates equal chances and electoral equality; Organstreit decisions, declaratory, with Gesetzeskraft (§ 26 VerfGHG). The law stayed in force until its repair (next rule). Whether it reached these elections: an Integrationsrat is elected on the day of the Kommunalwahl (§ 27 Abs. 2 S. 3 GO NRW); the first after 31.7.2024 was 14.9.2025, after the repair, so it reached no general election; a later election of a body formed on request in this period would have been under it unless its Wahlordnung deviated. None was found. The published 2025 results of Bonn and Ratingen match Sainte-Laguë and not this method. Otherwise as the 2007 rule.",
        ),
        majority_clause: false,
        single_candidate_surplus: Surplus::Vacant,
        exhausted_list: Surplus::Vacant,
        source_kind: SourceKind::UndatedCopy,
        replaces: Some(text(ids::NW_ELECTION_ALLOCATION_2007)),
    },
    AllocationRule {
        id: text(ids::NW_ELECTION_ALLOCATION_2025),
        land: Land::NordrheinWestfalen,
        body_types: Cow::Borrowed(NW_BODIES),
        levels: Cow::Borrowed(MUNICIPAL),
        method: Some(AllocationMethod::SainteLagueSchepers),
        local_choice: true,
        citation: Citation::section("KWahlG NRW", "33")
            .paragraph(2)
            .version("i. d. F. des Zweiten Gesetzes zur Änderung des Kommunalwahlgesetzes und der Kommunalwahlordnung von 2025")
            .read_with({
                const GO_NRW_27_ONLY: &[Citation] = &[Citation::section("GO NRW", "27")];
                GO_NRW_27_ONLY
            }),
        validity: Validity::since(d(2025, 6, 28)),
        certainty: Unverified,
        statement: Statement::new(
            "Die Sitze der direkt gewählten Mitglieder werden wieder nach dem Divisorverfahren mit Standardrundung (Sainte-Laguë/Schepers) des Kommunalwahlgesetzes verteilt, soweit die Wahlordnung der Gemeinde kein anderes Verfahren bestimmt; einem Einzelbewerber fällt höchstens ein Sitz zu, und Sitze, die ein Wahlvorschlag mangels Bewerbern nicht besetzen kann, bleiben unbesetzt.",
            "The seats of the directly elected members are again allocated by the divisor method with standard rounding (Sainte-Laguë/Schepers) of the Kommunalwahlgesetz unless the municipality's Wahlordnung names another method; a single candidate takes at most one seat, and seats a proposal cannot fill for want of candidates stay vacant",
        ),
        source: text(
            "https://gruene-fraktion-nrw.de/parlament/zweites-gesetz-zur-aenderung-des-kommunalwahlgesetzes-und-der-kommunalwahlordnung/",
        ),
        note: text(
            "Restored by the Zweites Gesetz zur Änderung des Kommunalwahlgesetzes und der Kommunalwahlordnung, a joint bill of CDU, SPD, Grüne and FDP after the VerfGH's judgments of 20.5.2025 (\"Rückkehr zum etablierten ... Verfahren\"; CDU in the debate: \"Dafür stellen wir den Rechtszustand wieder her, der bis um 30. Juli 2024 Geltung hatte. Das Verfahren nach Sainte-Laguë /Schepers findet Anwendung\"), passed by the Landtag unanimously about 4 June 2025 (dpa). The law's date, its page in the GV. NRW. and its in-force day were not read: the Kommunalwahlordnung at recht.nrw.de carries the date 28.06.2025, and the Städte- und Gemeindebund called the return done on 11.07.2025 (\"war die Rückkehr zum bisher angewendeten Verfahren nach Sainte-Laguë/Schepers sachgerecht\"). The crate takes 28.06.2025 as the first day. No election of these bodies falls between 4 June and 14 September 2025, so the choice changes no answer; the Integrationsrat elections of 14.9.2025 are under this rule (Bonn, Ratingen and Dormagen agree). Otherwise as the 2007 rule.",
        ),
        majority_clause: false,
        single_candidate_surplus: Surplus::Vacant,
        exhausted_list: Surplus::Vacant,
        source_kind: SourceKind::Paraphrase,
        replaces: Some(text(ids::NW_ELECTION_ALLOCATION_2024)),
    },
];

/// The law of Nordrhein-Westfalen.
pub(super) const LAW: LandLaw = LandLaw {
    land: Land::NordrheinWestfalen,
    regimes: Cow::Borrowed(REGIMES),
    establishment: Cow::Borrowed(ESTABLISHMENT),
    franchise: Cow::Borrowed(FRANCHISE),
    council_term: Some(COUNCIL_TERM),
    allocation: Cow::Borrowed(ALLOCATION),
};

/// The Wahlperiode of the Land's municipal councils.
pub(super) const COUNCIL_TERM: CouncilTermRule = CouncilTermRule {
    land: Land::NordrheinWestfalen,
    years: 5,
    start: CouncilTermStart::DayOfElectionYear { month: 11, day: 1 },
    citation: Citation::section("GO NRW", "42")
        .paragraph(1)
        .sentence(1)
        .read_with(KWAHLG_14_2),
    note: text(
        "The council is elected for five years (§ 42 Abs. 1 S. 1 GO NRW; § 22 Abs. 3 KWahlG NRW names it as \
           the provision that fixes the Wahlzeit). § 14 Abs. 2 KWahlG NRW: \"Die Wahlperiode endet bei \
           allgemeinen Kommunalwahlen nach fünf Jahren. Die neue Wahlperiode beginnt am ersten Tag des \
           folgenden Monats\" (current wording, Justizportal NRW as lexmea.de and wolterskluwer-online.de \
           give it). Art. 5 of the Gesetz zur Stärkung der kommunalen Demokratie vom 9.4.2013 (GV. NRW. \
           S. 194), i. d. F. des Gesetzes vom 1.10.2013, fixed the start for 2020 (\"Die Wahlperiode der im \
           Jahr 2020 gewählten Vertretungen beginnt am 1. November 2020\", as de.wikipedia.org quotes it); \
           from there § 14 Abs. 2 gives 1 November every five years (Kleve: 01.11.2020; Hürtgenwald's council \
           system opens its memberships on 1 Nov 2020). The Wahlperioden before 2020 are recorded as \
           exceptions.",
    ),
    exceptions: Cow::Borrowed(&[
        Wahlperiode {
            elected_on: d(2009, 8, 30),
            starts_on: Some(d(2009, 10, 21)),
            ends_on: d(2014, 5, 31),
            source: text(
                "http://www.justiz.nrw.de/nrwe/ovgs/vgh_nrw/j2009/VerfGH_24_08urteil20090218.html; \
             https://www.vlk.nrw/2016/09/07/ende-und-beginn-der-wahlperioden-im-jahr-2014/; \
             https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0/body/1/person (Hürtgenwald)",
            ),
            note: text(
                "Start: VerfGH NRW, Urteil vom 18.2.2009 (VerfGH 24/08), speaks of \"der am 21. Oktober 2009 \
               beginnenden Kommunalwahlperiode\". End: § 14 Abs. 2 S. 1 KWahlG NRW i. d. F. des KWahlZG vom \
               24.6.2008 (GV. NRW. S. 514): \"Die Wahlperiode endet bei allgemeinen Wahlen mit Ablauf des \
               Monats, in dem die Wahl stattgefunden hat\" (the VLK NRW commentary of December 2012 and \
               anwalt24.de, with the VerfGH's decision of 2009, give this wording); the Wahlperiode of the \
               councils elected in 2009 was shortened once to end with the European election of 2014 \
               (25 May 2014), so on 31 May 2014. The real council system of Hürtgenwald (NRW, OParl data of \
               2020–2021) agrees: its memberships of the Wahlperiode before end on 20 Oct 2009, and those of \
               this one on 31 May 2014. No statute text in force in 2014 was read. A body that knows its end \
               should give it (fixed_end).",
            ),
        },
        Wahlperiode {
            elected_on: d(2014, 5, 25),
            starts_on: Some(d(2014, 6, 1)),
            ends_on: d(2020, 10, 31),
            source: text(
                "http://www.mik.nrw.de/themen-aufgaben/buergerbeteiligung-wahlen/wahlen/wahlarchiv/auf-allen-ebenen/kommunalwahlen.html; \
             https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0/body/1/person (Hürtgenwald)",
            ),
            note: text(
                "The councils elected on 25 May 2014 served \"ausnahmsweise rund sechseinhalb Jahre\" until \
               31 Oct 2020 (MIK NRW; Velbert; derwesten). The first day is 1 June 2014: the Wahlperiode before \
               ended on 31 May 2014, and \"die neue Wahlperiode beginnt am ersten Tag des folgenden Monats\" \
               (§ 14 Abs. 2 S. 2 KWahlG NRW, the same sentence in the 2008 and in the current wording). Six \
               years and five months fit the ministry's \"rund sechseinhalb Jahre\"; one newspaper's \"sechs \
               Jahre und vier Monate\" would give 1 July. The real council system of Hürtgenwald (NRW) opens \
               110 memberships on 1 June 2014 and none on 1 July 2014.",
            ),
        },
    ]),
    end: CouncilTermEnd::AfterYears,
    regular_elections: Cow::Borrowed(&[
        d(2009, 8, 30),
        d(2014, 5, 25),
        d(2020, 9, 13),
        d(2025, 9, 14),
    ]),
    elections_source: text(
        "30 Aug 2009: migazin.de, bild.de (dpa); 25 May 2014: spd-burbach.de; 13 Sep 2020: wdr.de; 14 Sep 2025: herzstueck.nrw (FACTS, NRW election dates)",
    ),
};
