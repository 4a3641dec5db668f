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
