//! Places in a JSON document: the public JSON Pointer and the path built
//! on the stack while a document is validated.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A location inside a JSON document, as an RFC 6901 JSON Pointer
/// (`/composition/seat_groups/0/seats`). The empty pointer is the document root.
///
/// # Example
/// ```
/// use migrant_representation::error::JsonPointer;
/// let p = JsonPointer::root().field("composition").index(2).field("a/b");
/// assert_eq!(p.as_str(), "/composition/2/a~1b");
/// ```
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[schemars(transform = crate::doc_text::tidy)]
#[serde(transparent)]
pub struct JsonPointer(String);

impl JsonPointer {
    /// The pointer to the whole document (the empty string).
    #[must_use]
    pub const fn root() -> Self {
        Self(String::new())
    }

    /// Parses a pointer from its string form. Returns `None` unless the string
    /// is empty or starts with `/`.
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        (s.is_empty() || s.starts_with('/')).then(|| Self(s.to_owned()))
    }

    /// The pointer to member `name` of the object this pointer points to.
    /// `~` and `/` in `name` are escaped as RFC 6901 requires.
    #[must_use]
    pub fn field(&self, name: &str) -> Self {
        let mut s = String::with_capacity(self.0.len() + name.len() + 1);
        s.push_str(&self.0);
        s.push('/');
        for c in name.chars() {
            match c {
                '~' => s.push_str("~0"),
                '/' => s.push_str("~1"),
                c => s.push(c),
            }
        }
        Self(s)
    }

    /// The pointer to element `i` of the array this pointer points to.
    #[must_use]
    pub fn index(&self, i: usize) -> Self {
        Self(format!("{}/{i}", self.0))
    }

    /// The pointer as a string (`""` for the root).
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for JsonPointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            f.write_str("(document)")
        } else {
            f.write_str(&self.0)
        }
    }
}

/// A location built on the stack while a document is validated; turned into
/// a [`JsonPointer`] only when a violation is recorded, so that validating a
/// good document allocates nothing for paths.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Loc<'a> {
    Root,
    Field(&'a Loc<'a>, &'a str),
    Index(&'a Loc<'a>, usize),
}

impl<'a> Loc<'a> {
    pub(crate) fn field(&'a self, name: &'a str) -> Loc<'a> {
        Loc::Field(self, name)
    }

    pub(crate) fn index(&'a self, i: usize) -> Loc<'a> {
        Loc::Index(self, i)
    }

    pub(crate) fn pointer(&self) -> JsonPointer {
        match self {
            Loc::Root => JsonPointer::root(),
            Loc::Field(parent, name) => parent.pointer().field(name),
            Loc::Index(parent, i) => parent.pointer().index(*i),
        }
    }
}
