//! Integration tests: one binary, one module per concern.

mod api;
mod common;
mod compare;
mod documents;
mod downstream;
mod elections;
mod findings;
mod laender;
mod law;
mod law_value;
mod life;
mod mutants;
mod networks;
mod nrw;
#[cfg(feature = "oparl")]
mod oparl;
#[cfg(feature = "oparl")]
mod oparl_real;
#[cfg(feature = "proptest")]
mod properties;
mod proposal;
mod readme;
mod rights;
mod roster;
mod rules;
mod schemas;
mod structure;
mod terms;
mod words;
