//! The checker: runs the law on a body on a date.
//!
//! The only part of the law module that reads documents. The convenience
//! methods `RepresentationBody::check` and `Document::check` live here too,
//! so that the documents do not depend on the law that checks them.

use std::borrow::Cow;

use chrono::NaiveDate;

use super::Law;
use super::constraint::{Outcome, Subject, TermFacts};
use super::report::{CheckError, Report, record};
use super::rights::{ResolvedRight, RightSource, strength};
use super::rule::Regime;
use super::vocab::{Certainty, Modality};
use crate::body::RepresentationBody;
use crate::document::Document;
use crate::error::{JsonPointer, ViolationCode};
use crate::finding::Figures;

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
    /// let json = std::fs::read_to_string("examples/data/invalid/nrw-integrationsrat-parity.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let report = Law::builtin().check(&body, NaiveDate::from_ymd_opt(2024, 1, 1).unwrap())?;
    /// assert_eq!(report.violations[0].code.as_str(), "majority_required");
    /// assert_eq!(report.violations[0].citation.as_ref().unwrap().to_string(), "§ 27 Abs. 1 S. 5 GO NRW");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check(&self, body: &RepresentationBody, date: NaiveDate) -> Result<Report, CheckError> {
        let j = body.jurisdiction();
        let regime = self.regime(j.land, body.body_type(), j.level, date)?;
        let subject = subject(body);
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
            proposal: None,
        };
        for rule in regime.rules.iter().filter(|r| r.validity.contains(date)) {
            record(
                &mut report,
                (rule.constraint.evaluate(&subject), rule.constraint.code()),
                rule.id.clone(),
                &rule.citation,
                (&rule.statement_de, &rule.statement_en),
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
                    &mut report,
                    (outcome, rule.constraint.code()),
                    id,
                    &rule.citation,
                    (&statement, &statement),
                    (Certainty::Verified, Modality::Must),
                );
            }
        }
        narrowed_rights(body, date, regime, &mut report);
        super::roster::check(body, date, regime, &mut report);
        if report.omitted > 0 {
            let omitted = usize::try_from(report.omitted).unwrap_or(usize::MAX);
            report
                .violations
                .push(crate::error::too_many_findings(omitted));
        }
        super::proposal::attach(&mut report, body, regime, date);
        Ok(report)
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
    /// use migrant_representation::{Law, RepresentationBody, RightKind};
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
                statement_de: r.statement_de.to_string(),
                statement_en: r.statement_en.to_string(),
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
                statement_de: r.statement.clone(),
                statement_en: r.statement.clone(),
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
            let code = ViolationCode::RightNarrowed;
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
                (&r.statement_de, &r.statement_en),
                (r.certainty, Modality::Must),
            );
        }
    }
}

/// What the checks read of `body`.
fn subject(body: &RepresentationBody) -> Subject<'_> {
    Subject {
        composition: body.composition(),
        term: body.term().map(|t| TermFacts {
            length: t.length(),
            elected_on: t.elected_on(),
            continues_until_successor_meets: t.continues_until_successor_meets(),
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
    pub fn rights(&self, date: NaiveDate) -> Result<Vec<ResolvedRight>, CheckError> {
        Law::builtin().rights(self, date)
    }

    /// Checks the body against the law in force on `date` (the crate's
    /// built-in [`Law`]) and against its own local rules.
    ///
    /// # Errors
    /// [`CheckError`] when the crate records no law for the body's Land,
    /// type and level on that date. It never falls back to a default.
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
    /// for file in ["examples/data/invalid/nrw-integrationsrat-parity.json", "examples/data/invalid/network-claims-verbund.json"] {
    ///     let doc = Document::from_json_str(&std::fs::read_to_string(file)?)?;
    ///     assert!(!doc.violations(on)?.is_empty());
    /// }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn violations(&self, date: NaiveDate) -> Result<Vec<crate::Violation>, CheckError> {
        Ok(match self {
            Self::RepresentationBody(b) => b.check(date)?.violations,
            Self::Network(n) => n.stage_violations(),
            Self::Association(_) => Vec::new(),
        })
    }
}
