//! Structural checks shared by the document types: citations and legal
//! bases.

use crate::citation::{Citation, LegalBasis};
use crate::error::{Collector, FindingCode, Loc};
use crate::limits;

pub(crate) fn validate_citation(cit: &Citation, path: &Loc<'_>, c: &mut Collector) {
    c.text(&path.field("law"), &cit.law, limits::NAME_MAX_CHARS);
    if let Some(n) = &cit.number {
        c.text(&path.field("number"), n, limits::SHORT_TEXT_MAX_CHARS);
    }
    if let Some(v) = &cit.version {
        c.text(&path.field("version"), v, limits::NAME_MAX_CHARS);
    }
    for (i, other) in cit.read_with.iter().enumerate() {
        validate_citation(other, &path.field("read_with").index(i), c);
    }
    for (name, v) in [
        ("paragraph", cit.paragraph),
        ("sentence", cit.sentence),
        ("item", cit.item),
    ] {
        if v == Some(0) {
            c.fail(
                FindingCode::ZeroCount,
                path.field(name),
                "format.citation.positive",
            );
        }
    }
}

pub(crate) fn validate_legal_basis(b: &LegalBasis, path: &Loc<'_>, c: &mut Collector) {
    match b {
        LegalBasis::Statute { citation } => validate_citation(citation, &path.field("citation"), c),
        LegalBasis::Satzung {
            title, enabling, ..
        }
        | LegalBasis::CouncilResolution {
            title, enabling, ..
        }
        | LegalBasis::AdministrativeDecision {
            title, enabling, ..
        } => {
            c.text(&path.field("title"), title, limits::NAME_MAX_CHARS);
            if let Some(e) = enabling {
                validate_citation(e, &path.field("enabling"), c);
            }
        }
    }
}
