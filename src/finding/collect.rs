//! Collecting findings: the structural defects of a document or law, and
//! the collector the checks write them into.

use std::fmt;

use super::*;

/// All violations of structural rules found in one document. Never empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(transparent)]
pub struct Defects(Vec<Finding>);

impl Defects {
    /// Wraps a list; returns `None` for an empty list.
    #[must_use]
    pub fn new(list: Vec<Finding>) -> Option<Self> {
        (!list.is_empty()).then_some(Self(list))
    }

    /// A list of one violation.
    pub(crate) fn one(finding: Finding) -> Self {
        Self(vec![finding])
    }

    /// The violations, in document order.
    #[must_use]
    pub fn as_slice(&self) -> &[Finding] {
        &self.0
    }

    /// Iterates over the violations.
    pub fn iter(&self) -> std::slice::Iter<'_, Finding> {
        self.0.iter()
    }

    /// How many violations there are (at least one).
    #[must_use]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Always `false`: a `Defects` value holds at least one violation.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The violations as a vector.
    #[must_use]
    pub fn into_vec(self) -> Vec<Finding> {
        self.0
    }
}

impl<'a> IntoIterator for &'a Defects {
    type Item = &'a Finding;
    type IntoIter = std::slice::Iter<'a, Finding>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl fmt::Display for Defects {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, v) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{v}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Defects {}

/// Collects violations while a value is validated, so that all of them are
/// reported at once.
#[derive(Debug, Default)]
pub(crate) struct Collector {
    list: Vec<Finding>,
    /// Findings beyond [`crate::limits::MAX_FINDINGS`], counted, not kept.
    omitted: usize,
}

/// The finding that stands for `omitted` findings left out of a list.
pub(crate) fn too_many_findings(omitted: usize) -> Finding {
    Finding::format(
        FindingCode::TooManyFindings,
        JsonPointer::root(),
        "limits.findings",
        Figures::of(
            Quantity::Findings(u64::try_from(omitted).unwrap_or(u64::MAX)),
            Requirement::AtMost(Quantity::Findings(crate::limits::MAX_FINDINGS as u64)),
        ),
    )
}

impl Collector {
    pub(crate) fn push(&mut self, v: Finding) {
        if self.list.len() < crate::limits::MAX_FINDINGS {
            self.list.push(v);
        } else {
            self.omitted += 1;
        }
    }

    /// Records a finding of a structural rule without figures.
    pub(crate) fn fail(&mut self, code: FindingCode, path: Loc<'_>, rule: &'static str) {
        self.fail_with(code, path, rule, Figures::none());
    }

    /// Records a finding of a structural rule with its figures.
    pub(crate) fn fail_with(
        &mut self,
        code: FindingCode,
        path: Loc<'_>,
        rule: &'static str,
        figures: Figures,
    ) {
        self.push(Finding::format(code, path.pointer(), rule, figures));
    }

    /// Checks a required text: not blank, at most `max` characters.
    pub(crate) fn text(&mut self, path: &Loc<'_>, value: &str, max: usize) {
        if crate::limits::is_blank(value) {
            self.fail(FindingCode::EmptyText, *path, "format.text.not_empty");
        } else {
            let n = value.chars().count();
            if n > max {
                self.fail_with(
                    FindingCode::TextTooLong,
                    *path,
                    "format.text.max_length",
                    Figures::of(
                        Quantity::Characters(n as u64),
                        Requirement::AtMost(Quantity::Characters(max as u64)),
                    ),
                );
            }
        }
    }

    pub(crate) fn finish(mut self) -> Result<(), Defects> {
        if self.omitted > 0 {
            self.list.push(too_many_findings(self.omitted));
        }
        match Defects::new(self.list) {
            None => Ok(()),
            Some(v) => Err(v),
        }
    }
}
