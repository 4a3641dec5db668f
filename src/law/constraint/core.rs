//! What every kind of check shares: the trait, its outcome, and the view
//! of a body it evaluates.

use chrono::NaiveDate;

use crate::citation::LegalBasisKind;
use crate::composition::{Composition, SeatGroup, SeatSelector};
use crate::error::{Collector, FindingCode, JsonPointer, Loc};
use crate::finding::{Figures, Fix, GroupFigure, GroupRole, Missing};
use crate::law::vocab::{Duty, Ratio};
use crate::term::rules::TermLength;

/// What a check reads of a body: built by the checker from a validated
/// body, so that the checks do not depend on the document types.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Subject<'a> {
    pub(crate) composition: &'a Composition,
    pub(crate) term: Option<TermFacts>,
    pub(crate) legal_basis: LegalBasisKind,
    pub(crate) established_under: Option<Duty>,
    pub(crate) meetings_per_year: Option<u8>,
}

impl<'a> Subject<'a> {
    pub(crate) fn composition(&self) -> &'a Composition {
        self.composition
    }
    pub(crate) fn term(&self) -> Option<TermFacts> {
        self.term
    }
    pub(crate) fn established_under(&self) -> Option<Duty> {
        self.established_under
    }
    pub(crate) fn meetings_per_year(&self) -> Option<u8> {
        self.meetings_per_year
    }
}

/// What a check reads of a term: what the document states explicitly (a
/// statutory effect applies where it is silent), and the council election
/// the term follows, by the document or by the statute.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TermFacts {
    pub(crate) length: Option<TermLength>,
    pub(crate) elected_on: Option<NaiveDate>,
    pub(crate) continues_until_successor_meets: Option<bool>,
    pub(crate) council_elected_on: Option<NaiveDate>,
}

impl TermFacts {
    pub(crate) fn length(&self) -> Option<TermLength> {
        self.length
    }
    pub(crate) fn elected_on(&self) -> Option<NaiveDate> {
        self.elected_on
    }
    pub(crate) fn continues_until_successor_meets(&self) -> Option<bool> {
        self.continues_until_successor_meets
    }
    pub(crate) fn council_elected_on(&self) -> Option<NaiveDate> {
        self.council_elected_on
    }
}

/// One kind of check, with all its logic.
pub(crate) trait Check {
    /// The code a violation carries.
    fn code(&self) -> FindingCode;

    /// Structural checks of the kind's data; most kinds have none.
    fn validate(&self, _path: &Loc<'_>, _c: &mut Collector) {}

    /// Whether `body` meets the check.
    fn evaluate(&self, body: &Subject<'_>) -> Outcome;

    /// Changes `raw` so that it meets the check. `false` when no body can.
    #[cfg(feature = "proptest")]
    fn satisfy(&self, raw: &mut super::draft::Draft<'_>, ctx: &super::draft::Context<'_>) -> bool;

    /// Changes `raw` so that it breaks the check. `false` when the crate
    /// has no way to break it.
    #[cfg(feature = "proptest")]
    fn violate(&self, raw: &mut super::draft::Draft<'_>, ctx: &super::draft::Context<'_>) -> bool;
}

/// What evaluating a check on a body found.
pub(crate) enum Outcome {
    /// The body meets it.
    Met,
    /// The document lacks what the check needs: what, and where it would be.
    NotApplicable { missing: Missing, path: JsonPointer },
    /// The body breaks it.
    Broken {
        code: FindingCode,
        path: JsonPointer,
        figures: Figures,
        fix: Option<Fix>,
    },
    /// A statutory effect follows (the body lapses): applied, and reported
    /// as a note.
    Effect {
        code: FindingCode,
        path: JsonPointer,
        figures: Figures,
    },
}

/// `/composition/seat_groups`, where seat counts are reported.
pub(crate) fn groups_path() -> JsonPointer {
    JsonPointer::root()
        .field("composition")
        .field("seat_groups")
}

/// Reports a seat selector that selects nothing.
pub(crate) fn non_empty(sel: &SeatSelector, path: &Loc<'_>, field: &str, c: &mut Collector) {
    if sel.classes.is_empty() {
        c.fail(
            FindingCode::EmptySelector,
            path.field(field).field("classes"),
            "format.selector.non_empty",
        );
    }
}

/// Reports a share of more than a whole.
pub(crate) fn at_most_whole(r: &Ratio, path: &Loc<'_>, field: &str, c: &mut Collector) {
    if r.numerator > r.denominator.get() {
        c.fail(
            FindingCode::InvalidShare,
            path.field(field),
            "format.share.range",
        );
    }
}

/// The seat groups `selector` selects, as figures with `role`.
pub(crate) fn group_figures(
    comp: &Composition,
    selector: &SeatSelector,
    role: GroupRole,
    out: &mut Vec<GroupFigure>,
) {
    out.extend(
        comp.seat_groups()
            .iter()
            .filter(|g| selector.matches(g))
            .map(|g| figure(g, role)),
    );
}

/// One seat group as a figure.
pub(crate) fn figure(g: &SeatGroup, role: GroupRole) -> GroupFigure {
    GroupFigure {
        id: g.id().to_owned(),
        label: g.label().to_owned(),
        seats: u32::from(g.seats()),
        role,
    }
}
