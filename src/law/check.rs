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
use super::vocab::{Certainty, Modality};
use crate::body::RepresentationBody;
use crate::document::Document;

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
            violations: Vec::new(),
            warnings: Vec::new(),
            notes: Vec::new(),
        };
        for rule in regime.rules.iter().filter(|r| r.validity.contains(date)) {
            record(
                &mut report,
                (rule.constraint.evaluate(&subject), rule.constraint.code()),
                rule.id.clone(),
                &rule.citation,
                &rule.statement_en,
                (rule.certainty, rule.modality),
            );
        }
        for (i, rule) in body
            .local_rules()
            .iter()
            .enumerate()
            .filter(|(_, r)| r.validity.contains(date))
        {
            // Only on a violation or note is the local rule's id built.
            let outcome = rule.constraint.evaluate(&subject);
            if !matches!(outcome, Outcome::Met) {
                let statement = format!("{}; see /local_rules/{i}", rule.statement);
                let id = Cow::Owned(format!("local.{}", rule.id));
                record(
                    &mut report,
                    (outcome, rule.constraint.code()),
                    id,
                    &rule.citation,
                    &statement,
                    (Certainty::Verified, Modality::Must),
                );
            }
        }
        super::roster::check(body, date, regime, &mut report);
        Ok(report)
    }
}

/// What the checks read of `body`.
fn subject(body: &RepresentationBody) -> Subject<'_> {
    Subject {
        body_type: body.body_type(),
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
