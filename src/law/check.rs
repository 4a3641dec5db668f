//! The checker: runs the law on a body on a date.
//!
//! The only part of the law module that reads documents. The convenience
//! methods `RepresentationBody::check` and `Document::check` live here too,
//! so that the documents do not depend on the law that checks them.

use std::borrow::Cow;

use chrono::NaiveDate;

use super::Law;
use super::constraint::{Outcome, Subject, TermFacts};
use super::office::{Office, OfficeStatus};
use super::report::{CheckError, Report, ReportStatus, record};
use super::rights::{ResolvedRight, RightSource, strength};
use super::rule::Regime;
use super::vocab::{Certainty, Duty, Modality};
use crate::body::RepresentationBody;
use crate::document::Document;
use crate::error::{FindingCode, JsonPointer};
use crate::finding::Figures;
use crate::term::Term;

impl Law {
    /// Checks `body` against the rules in force on `date` and against its
    /// local rules, and returns every violation at once.
    ///
    /// # Errors
    /// [`CheckError`] when no recorded law covers the body on `date`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{Law, RepresentationBody};
    /// let json = std::fs::read_to_string("examples/data/invalid/saarbruecken-integrationsbeirat-shares.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let report = Law::builtin().check(&body, NaiveDate::from_ymd_opt(2026, 1, 15).unwrap())?;
    /// assert_eq!(report.violations[0].code.as_str(), "share_out_of_range");
    /// assert_eq!(report.violations[0].rule, "sl.integration_board.elected_two_thirds");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check(&self, body: &RepresentationBody, date: NaiveDate) -> Result<Report, CheckError> {
        self.check_with(body, date, RosterPart::Scan)
    }

    /// [`Law::check`], with the roster's part as the caller has it.
    pub(super) fn check_with(
        &self,
        body: &RepresentationBody,
        date: NaiveDate,
        roster: RosterPart<'_>,
    ) -> Result<Report, CheckError> {
        let j = body.jurisdiction();
        let regime = self.regime(j.land, body.body_type(), j.level, date)?;
        let office = self.office(body, date);
        let term = office
            .as_ref()
            .and_then(|o| body.terms().get(o.checked_term()));
        let mut report = Report {
            checked_on: date,
            land: j.land,
            body_type: body.body_type(),
            basis: regime.basis.clone(),
            governance: regime.governance,
            schema_version: crate::limits::REPORT_VERSION,
            violations: Vec::new(),
            warnings: Vec::new(),
            notes: Vec::new(),
            omitted: 0,
            office,
            status: ReportStatus::Compliant,
            proposal: None,
        };
        // On a day no term is in office there is no body to judge: only
        // where it stands, and whether the statute requires one, is said.
        if report.office.as_ref().is_none_or(Office::is_in_office) {
            self.apply_rules(body, date, (regime, term), roster, &mut report);
            super::proposal::attach(&mut report, body, term, regime, date);
        }
        self.office_findings(body, date, &mut report);
        if report.omitted > 0 {
            let omitted = usize::try_from(report.omitted).unwrap_or(usize::MAX);
            report
                .violations
                .push(crate::error::too_many_findings(omitted));
        }
        report.status = report.derived_status();
        Ok(report)
    }

    /// The rules of the regime for `term`, the document's local rules and
    /// rights, and the roster's rules, on `date`.
    fn apply_rules(
        &self,
        body: &RepresentationBody,
        date: NaiveDate,
        (regime, term): (&Regime, Option<&Term>),
        roster: RosterPart<'_>,
        report: &mut Report,
    ) {
        let subject = subject(self, body, term);
        // An election is judged by the regime of its day, which a reform may
        // have replaced since.
        let at_election = term
            .and_then(Term::elected_on)
            .filter(|e| !regime.covered.contains(*e))
            .and_then(|e| {
                let j = body.jurisdiction();
                self.regime(j.land, body.body_type(), j.level, e).ok()
            })
            .unwrap_or(regime);
        for rule in regime.rules_for_term(at_election, date, term) {
            let outcome = rule.constraint.evaluate(&subject);
            if matches!(outcome, Outcome::Effect { .. }) && rule.certainty == Certainty::Verified {
                lapse(report, rule);
            }
            record(
                report,
                (outcome, rule.constraint.code()),
                rule.id.clone(),
                &rule.citation,
                (&rule.statement.de, &rule.statement.en),
                (rule.certainty, rule.modality),
            );
        }
        for rule in body
            .local_rules()
            .iter()
            .filter(|r| r.validity.contains(date))
        {
            // Only on a violation or note is the local rule's id built.
            let outcome = rule.constraint.evaluate(&subject);
            if !matches!(outcome, Outcome::Met) {
                let statement = Cow::Owned(rule.statement.clone());
                let id = Cow::Owned(format!("local.{}", rule.id));
                record(
                    report,
                    (outcome, rule.constraint.code()),
                    id,
                    &rule.citation,
                    (&statement, &statement),
                    (Certainty::Verified, Modality::Must),
                );
            }
        }
        narrowed_rights(body, date, regime, report);
        match roster {
            RosterPart::Scan => super::roster::check(self, body, date, regime, report),
            RosterPart::Given(view, day, standing) => {
                super::roster::record_day(view, day, standing, regime, date, report);
            }
            RosterPart::None => {}
        }
    }

    /// What the body's place in its life says on `date`: a term whose
    /// first day neither the document nor the law fixes (a note), and a
    /// body the statute requires with no term in office (a violation of
    /// the duty to form it, where the document says under which duty it
    /// was formed).
    fn office_findings(&self, body: &RepresentationBody, date: NaiveDate, report: &mut Report) {
        let Some(office) = &report.office else { return };
        let index = office.period.term;
        let out_of_office = matches!(
            (office.status, &office.end_cause),
            (OfficeStatus::Ended, _)
                | (
                    OfficeStatus::Dissolved,
                    Some(super::office::EndCause::Dissolved)
                )
        );
        if office.period.first_day_assumed {
            let basis = report.basis.clone();
            record(
                report,
                (
                    Outcome::NotApplicable {
                        missing: crate::finding::Missing::ConstitutionDate,
                        path: super::office::term_pointer(body, index).field("constituted_on"),
                    },
                    FindingCode::MissingConstitutionDate,
                ),
                Cow::Borrowed("office.first_day"),
                &basis,
                (&FIRST_DAY.0, &FIRST_DAY.1),
                (Certainty::Verified, Modality::Must),
            );
        }
        let duty = body
            .established_under()
            .filter(|d| matches!(d, Duty::Must | Duty::MustOnRequest));
        let (true, Some(duty)) = (out_of_office, duty) else {
            return;
        };
        let j = body.jurisdiction();
        let Some(rule) = self.establishment_rules().find(|r| {
            r.land == j.land
                && r.duty == duty
                && r.levels.contains(&j.level)
                && r.body_types.contains(&body.body_type())
                && r.validity.contains(date)
        }) else {
            return;
        };
        let code = FindingCode::NoBodyInOffice;
        record(
            report,
            (
                Outcome::Broken {
                    code,
                    path: super::office::term_pointer(body, index),
                    figures: Figures::none(),
                    fix: None,
                },
                code,
            ),
            rule.id.clone(),
            &rule.citation,
            (&rule.statement.de, &rule.statement.en),
            (rule.certainty, Modality::Must),
        );
    }

    /// The participation rights of `body` on `date`: the statutory rights of
    /// its Land and type in force, then the rights its document grants.
    ///
    /// # Errors
    /// [`CheckError`] when no recorded law covers the body on `date`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{Law, law::RightKind, RepresentationBody};
    /// let json = std::fs::read_to_string("examples/data/wiesbaden-auslaenderbeirat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let rights = Law::builtin().rights(&body, NaiveDate::from_ymd_opt(2026, 1, 15).unwrap())?;
    /// assert!(rights.iter().any(|r| r.kind == RightKind::Motion)); // § 88 HGO since 2020
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn rights(
        &self,
        body: &RepresentationBody,
        date: NaiveDate,
    ) -> Result<Vec<ResolvedRight>, CheckError> {
        let j = body.jurisdiction();
        let regime = self.regime(j.land, body.body_type(), j.level, date)?;
        let statutory = regime
            .rights
            .iter()
            .filter(|r| r.validity.contains(date))
            .map(|r| ResolvedRight {
                kind: r.kind,
                organs: r.organs.to_vec(),
                matters: r.matters,
                modality: r.modality,
                citation: r.citation.clone(),
                certainty: r.certainty,
                source: RightSource::Statute { rule: r.id.clone() },
                statement: crate::finding::Statement {
                    de: r.statement.de.clone(),
                    en: r.statement.en.clone(),
                },
            });
        let local = body
            .local_rights()
            .iter()
            .filter(|r| r.validity.contains(date))
            .map(|r| ResolvedRight {
                kind: r.kind,
                organs: r.organs.clone(),
                matters: r.matters,
                modality: r.modality,
                citation: r.citation.clone(),
                certainty: Certainty::Verified,
                source: RightSource::Local { id: r.id.clone() },
                statement: crate::finding::Statement {
                    de: Cow::Owned(r.statement.clone()),
                    en: Cow::Owned(r.statement.clone()),
                },
            });
        Ok(statutory.chain(local).collect())
    }
}

/// A Satzung cannot take a statutory right away: a local right weaker than
/// the statutory right of the same kind towards one of the same organs
/// breaks that statutory right.
fn narrowed_rights(
    body: &RepresentationBody,
    date: NaiveDate,
    regime: &Regime,
    report: &mut Report,
) {
    for (i, local) in body
        .local_rights()
        .iter()
        .enumerate()
        .filter(|(_, r)| r.validity.contains(date))
    {
        for r in regime.rights.iter().filter(|r| {
            r.validity.contains(date)
                && r.kind == local.kind
                && r.organs.iter().any(|o| local.organs.contains(o))
                && strength(local.modality) < strength(r.modality)
        }) {
            let code = FindingCode::RightNarrowed;
            let path = JsonPointer::root()
                .field("local_rights")
                .index(i)
                .field("modality");
            record(
                report,
                (
                    Outcome::Broken {
                        code,
                        path,
                        figures: Figures::none(),
                        fix: None,
                    },
                    code,
                ),
                r.id.clone(),
                &r.citation,
                (&r.statement.de, &r.statement.en),
                (r.certainty, Modality::Must),
            );
        }
    }
}

/// Where the roster's part of a check comes from.
pub(super) enum RosterPart<'a> {
    /// The checker scans the roster that applies on the day.
    Scan,
    /// The verdict over time keeps the roster's state itself.
    Given(
        &'a super::roster::View<'a>,
        &'a super::roster::Day,
        &'a super::roster::Broken<'static>,
    ),
    /// No roster applies.
    None,
}

/// The statement of the note on a first day neither the document nor the
/// law fixes.
const FIRST_DAY: (Cow<'static, str>, Cow<'static, str>) = (
    Cow::Borrowed(
        "Die Amtszeit beginnt mit der konstituierenden Sitzung, wenn weder das Gesetz noch das Dokument einen anderen Beginn bestimmen.",
    ),
    Cow::Borrowed(
        "The term begins with the constituent meeting unless the statute or the document fixes another first day.",
    ),
);

/// The body lapsed by a statutory rule on the day checked: out of office.
fn lapse(report: &mut Report, rule: &super::rule::Rule) {
    if let Some(o) = report.office.as_mut() {
        if o.status.is_in_office() {
            o.status = OfficeStatus::Dissolved;
            o.end_cause = Some(super::office::EndCause::Lapsed {
                rule: rule.id.clone(),
                citation: rule.citation.clone(),
            });
        }
    }
}

/// What the checks read of `body` in `term` (the term concerned on the
/// day; its own seats where it has them).
fn subject<'a>(law: &Law, body: &'a RepresentationBody, term: Option<&'a Term>) -> Subject<'a> {
    Subject {
        composition: term
            .and_then(Term::composition)
            .unwrap_or_else(|| body.composition()),
        term: term.map(|t| TermFacts {
            length: t.length(),
            elected_on: t.elected_on(),
            continues_until_successor_meets: t.continues_until_successor_meets(),
            council_elected_on: super::office::council_elected_on(law, body, t),
        }),
        legal_basis: body.legal_basis().kind(),
        established_under: body.established_under(),
        meetings_per_year: body.meetings_per_year(),
    }
}

impl RepresentationBody {
    /// The participation rights of the body on `date` under the built-in
    /// law ([`Law::rights`]).
    ///
    /// # Errors
    /// [`CheckError`] when no recorded law covers the body on `date`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{law::RightKind, RepresentationBody};
    /// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let rights = body.rights(NaiveDate::from_ymd_opt(2026, 1, 15).unwrap())?;
    /// assert!(rights.iter().any(|r| r.kind == RightKind::Hearing));
    /// assert!(rights.iter().all(|r| r.citation.to_string().starts_with("§ 27 GO NRW")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn rights(&self, date: NaiveDate) -> Result<Vec<ResolvedRight>, CheckError> {
        Law::builtin().rights(self, date)
    }

    /// Checks the body against the law in force on `date` (the crate's
    /// built-in [`Law`]) and against its own local rules.
    ///
    /// # Errors
    /// [`CheckError`] when the crate records no law for the body's Land,
    /// type and level on that date. It never falls back to a default.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{FindingCode, RepresentationBody};
    /// let on = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    /// let json = std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?;
    /// assert!(RepresentationBody::from_json_str(&json)?.check(on)?.is_compliant());
    /// // Saarland: § 50 KSVG wants two thirds elected; 9 of 15 is not enough.
    /// let json = std::fs::read_to_string("examples/data/invalid/saarbruecken-integrationsbeirat-shares.json")?;
    /// let report = RepresentationBody::from_json_str(&json)?.check(on)?;
    /// assert_eq!(report.violations[0].code, FindingCode::ShareOutOfRange);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check(&self, date: NaiveDate) -> Result<Report, CheckError> {
        Law::builtin().check(self, date)
    }
}

impl Document {
    /// Checks the document on `date`: a representation body against the law
    /// in force and its local rules. Associations and networks have no
    /// compliance rules yet and give `Ok(None)`; their structure was checked
    /// when they were read.
    ///
    /// # Errors
    /// [`CheckError`] when no recorded law covers a body on `date`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::Document;
    /// let on = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    /// let read = |file: &str| -> Result<Document, Box<dyn std::error::Error>> {
    ///     Ok(Document::from_json_str(&std::fs::read_to_string(file)?)?)
    /// };
    /// let report = read("examples/data/wiesbaden-auslaenderbeirat.json")?.check(on)?;
    /// assert!(report.expect("a body has a report").is_compliant());
    /// assert!(read("examples/data/laka-bw.json")?.check(on)?.is_none()); // an association
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check(&self, date: NaiveDate) -> Result<Option<Report>, CheckError> {
        match self {
            Self::RepresentationBody(b) => b.check(date).map(Some),
            Self::Association(_) | Self::Network(_) => Ok(None),
        }
    }

    /// Every violation of the document on `date`, whatever its type: a
    /// body's compliance violations, a network's stage violations (an
    /// association has none of its own; its links need a
    /// [`crate::Registry`]).
    ///
    /// # Errors
    /// [`CheckError`] when no recorded law covers a body on `date`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::Document;
    /// let on = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    /// for file in ["examples/data/invalid/saarbruecken-integrationsbeirat-shares.json", "examples/data/invalid/network-claims-verbund.json"] {
    ///     let doc = Document::from_json_str(&std::fs::read_to_string(file)?)?;
    ///     assert!(!doc.violations(on)?.is_empty());
    /// }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn violations(&self, date: NaiveDate) -> Result<Vec<crate::Finding>, CheckError> {
        Ok(match self {
            Self::RepresentationBody(b) => b.check(date)?.violations,
            Self::Network(n) => n.stage_violations(),
            Self::Association(_) => Vec::new(),
        })
    }
}
