//! One membership of a body: a person (by a reference the user chooses),
//! a seat group, a role, dates. The record documents are written with; the
//! roster of a body or a term validates a list of them (`roster`).

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::limits;

/// A member's role in the body.
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
pub enum Role {
    /// An ordinary member.
    #[default]
    #[doc(alias = "Mitglied")]
    Member,
    /// The chair (Vorsitz).
    #[doc(alias = "Vorsitz")]
    Chair,
    /// A deputy chair (stellvertretender Vorsitz).
    #[doc(alias = "stellvertretender Vorsitz")]
    DeputyChair,
    /// A personal deputy of a member (persönliche Stellvertretung).
    #[doc(alias = "Stellvertretung")]
    Substitute,
}

crate::enums::variants!(Role, [Member, Chair, DeputyChair, Substitute]);

/// One membership in the roster.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Membership {
    /// The person, by a reference the publisher chooses (an id, not a name).
    #[schemars(length(min = 1, max = limits::SHORT_TEXT_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN))]
    pub person: String,
    /// The seat group the member holds a seat in; absent for a chair who
    /// holds no seat (Stuttgart: the Oberbürgermeister).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seat_group: Option<String>,
    /// The role.
    #[serde(default, skip_serializing_if = "is_member")]
    #[schemars(extend("default" = "member"))]
    pub role: Role,
    /// First day of the membership.
    #[serde(
        with = "crate::date::strict_opt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<crate::date::DateSchema>")]
    pub start_date: Option<NaiveDate>,
    /// Last day of the membership.
    #[serde(
        with = "crate::date::strict_opt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<crate::date::DateSchema>")]
    pub end_date: Option<NaiveDate>,
    /// The group, list or organisation the member sits for (a list, a
    /// parliamentary group, an association).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = limits::NAME_MAX_CHARS), regex(pattern = limits::NON_BLANK_PATTERN))]
    pub on_behalf_of: Option<String>,
    /// The member is also a council member (a council member who holds an
    /// elected seat, Kaufbeuren's Integrationsbeauftragte).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub council_member: bool,
}

fn is_member(r: &Role) -> bool {
    *r == Role::Member
}

impl Membership {
    /// Whether the membership runs on `date`.
    #[must_use]
    pub fn is_active_on(&self, date: NaiveDate) -> bool {
        self.start_date.is_none_or(|s| s <= date) && self.end_date.is_none_or(|e| date <= e)
    }
}
