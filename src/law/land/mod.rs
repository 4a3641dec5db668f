//! The built-in law, one file per Land.
//!
//! Each file holds all of one Land's rules (composition, establishment,
//! franchise, council term), its reform dates as named constants written
//! once, and a module doc that tells the Land's legal story. The checker
//! lives apart from the data, in the parent module.
//!
//! Every rule cites its provision and the source it was read from
//! (`../shared/domain/FACTS.md` in the project's working material). Where the
//! sources do not give an Absatz or Satz, the citation leaves it out. Rules
//! the sources do not back firmly are [`Certainty::Unverified`]: they are
//! listed, and breaking them yields a note, never a violation.
//!
//! Where a source gives only the year a provision or body began, the crate
//! records coverage from 1 January of the following year: the first day it is
//! sure of. Where it gives a month, from the first day of the next month.

use super::rule::LandLaw;
use crate::land::Land;
use crate::term::rules::CouncilTermRule;

mod shared;

mod bb;
mod be;
mod bw;
mod by;
mod hb;
mod he;
mod hh;
mod mv;
mod ni;
mod nw;
mod rp;
mod sh;
mod sl;
mod sn;
mod st;
mod th;

/// The built-in law of every Land, in the order of the catalogue.
pub(super) static LANDS: &[LandLaw] = &[
    nw::LAW,
    he::LAW,
    rp::LAW,
    sl::LAW,
    by::LAW,
    bw::LAW,
    sn::LAW,
    be::LAW,
    bb::LAW,
    mv::LAW,
    ni::LAW,
    st::LAW,
    sh::LAW,
    th::LAW,
    hh::LAW,
    hb::LAW,
];

/// The council term of `land` in the built-in law: every Land records one,
/// so the answer is total (a `static` per Land, for a `'static` borrow).
pub(crate) fn council_term(land: Land) -> &'static CouncilTermRule {
    macro_rules! term {
        ($m:ident) => {{
            static RULE: CouncilTermRule = $m::COUNCIL_TERM;
            &RULE
        }};
    }
    match land {
        Land::BadenWuerttemberg => term!(bw),
        Land::Bayern => term!(by),
        Land::Berlin => term!(be),
        Land::Brandenburg => term!(bb),
        Land::Bremen => term!(hb),
        Land::Hamburg => term!(hh),
        Land::Hessen => term!(he),
        Land::MecklenburgVorpommern => term!(mv),
        Land::Niedersachsen => term!(ni),
        Land::NordrheinWestfalen => term!(nw),
        Land::RheinlandPfalz => term!(rp),
        Land::Saarland => term!(sl),
        Land::Sachsen => term!(sn),
        Land::SachsenAnhalt => term!(st),
        Land::SchleswigHolstein => term!(sh),
        Land::Thueringen => term!(th),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The total lookup and the law's own data agree for every Land.
    #[test]
    fn each_land_s_council_term_is_the_one_in_its_law() {
        for law in LANDS {
            assert_eq!(law.council_term.as_ref(), Some(council_term(law.land)));
        }
        assert_eq!(LANDS.len(), 16);
    }
}
