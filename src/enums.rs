//! What the crate's closed lists of names share: parsing with an error that
//! names the valid values, and iteration without any other crate in scope.

use std::fmt;

/// A name that is not one of a closed list (`"XX"` as a [`crate::Land`]).
///
/// # Example
/// ```
/// use migrant_representation::Land;
/// let err = "XX".parse::<Land>().unwrap_err();
/// assert_eq!(err.value(), "XX");
/// assert!(err.valid().contains(&"NW"));
/// assert!(err.to_string().starts_with("\"XX\" is not a Land; valid: BW, BY,"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseEnumError {
    what: &'static str,
    value: String,
    valid: Vec<&'static str>,
}

impl ParseEnumError {
    pub(crate) fn new(what: &'static str, value: &str, valid: Vec<&'static str>) -> Self {
        Self {
            what,
            value: crate::limits::clip(value),
            valid,
        }
    }

    /// What was to be parsed (`"Land"`).
    #[must_use]
    pub fn what(&self) -> &'static str {
        self.what
    }

    /// The text given, cut to 80 characters.
    #[must_use]
    pub fn value(&self) -> &str {
        &self.value
    }

    /// The valid names, in the order of the list.
    #[must_use]
    pub fn valid(&self) -> &[&'static str] {
        &self.valid
    }
}

impl fmt::Display for ParseEnumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?} is not a {}; valid: {}",
            self.value,
            self.what,
            self.valid.join(", ")
        )
    }
}

impl std::error::Error for ParseEnumError {}

/// Gives a closed list `iter()` and a `FromStr` whose error names the valid
/// values; its names are those of `IntoStaticStr` (the serialised names).
macro_rules! names {
    ($t:ty, $what:literal) => {
        impl std::str::FromStr for $t {
            type Err = crate::enums::ParseEnumError;

            /// Parses the serialised name; the error names the valid ones.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::iter()
                    .find(|v| <&'static str>::from(*v) == s)
                    .ok_or_else(|| {
                        crate::enums::ParseEnumError::new(
                            $what,
                            s,
                            Self::iter().map(<&'static str>::from).collect(),
                        )
                    })
            }
        }
    };
}
pub(crate) use names;

/// Every variant of a field-less enum, listed once: `iter()` in the order of
/// declaration, and a compile error when a variant is added without being
/// listed (the match below must cover the enum).
macro_rules! variants {
    ($t:ident, [$($v:ident),* $(,)?]) => {
        impl $t {
            /// Every value, in the order of declaration.
            ///
            /// ```
            /// # use migrant_representation::{*, body::*, check::*, election::*, law::*, organisation::*};
            #[doc = concat!("let all: Vec<", stringify!($t), "> = ", stringify!($t), "::iter().collect();")]
            /// // Each value once, with a name of its own in JSON.
            /// let names: std::collections::BTreeSet<String> =
            ///     all.iter().map(serde_json::to_string).collect::<Result<_, _>>()?;
            /// assert_eq!(names.len(), all.len());
            /// # Ok::<(), serde_json::Error>(())
            /// ```
            pub fn iter() -> impl DoubleEndedIterator<Item = Self> + ExactSizeIterator + Clone {
                [$(Self::$v),*].into_iter()
            }
        }

        const _: fn($t) = |v| match v {
            $($t::$v)|* => {}
        };
    };
}
pub(crate) use variants;
