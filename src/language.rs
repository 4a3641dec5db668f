//! The languages the crate writes text for people in.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A language for text meant for people. German is the default: the
/// crate's users are German administrations, councils and associations.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::Display,
    strum::IntoStaticStr,
)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum Language {
    /// German (Deutsch).
    #[default]
    De,
    /// English.
    En,
}

crate::enums::variants!(Language, [De, En]);

crate::enums::names!(Language, "language");
