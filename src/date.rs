//! Dates in documents and on the command line: exactly an RFC 3339
//! full-date (`YYYY-MM-DD`), in the years 1900 to 2199.
//!
//! chrono alone also reads `2024-2-5`, `+2024-02-15`, ` 2024-02-15` and the
//! year −262143, which the schemas (`format: date`) and every other
//! validator reject, and which no council was ever elected in. The crate
//! reads dates through [`parse_date`] everywhere, so that the crate and its
//! schemas agree.

use std::borrow::Cow;

use chrono::NaiveDate;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

/// The first year a date in a document may have.
pub const MIN_YEAR: i32 = 1900;
/// The last year a date in a document may have.
pub const MAX_YEAR: i32 = 2199;

/// Why a text is not a date the crate reads.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a date: write YYYY-MM-DD with a year from 1900 to 2199")]
pub struct DateError(String);

/// Reads exactly `YYYY-MM-DD` (RFC 3339 full-date) with a year from
/// [`MIN_YEAR`] to [`MAX_YEAR`].
///
/// # Errors
/// [`DateError`] for anything else (the input is quoted clipped).
///
/// # Example
/// ```
/// use migrant_representation::date::parse_date;
/// assert!(parse_date("2024-02-29").is_ok());
/// for bad in ["2024-2-5", "+2024-02-15", " 2024-02-15", "0000-01-01", "2023-02-29", "2024-02-15T00:00"] {
///     assert!(parse_date(bad).is_err(), "{bad}");
/// }
/// ```
pub fn parse_date(s: &str) -> Result<NaiveDate, DateError> {
    let b = s.as_bytes();
    let shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    // The digits read directly (no format string to interpret); chrono
    // checks the month and the day of the month.
    let number =
        |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
    let date = shaped
        .then(|| {
            let year = i32::try_from(number(0..4)).ok()?;
            NaiveDate::from_ymd_opt(year, number(5..7), number(8..10))
        })
        .flatten()
        .filter(|d| {
            use chrono::Datelike;
            (MIN_YEAR..=MAX_YEAR).contains(&d.year())
        });
    date.ok_or_else(|| DateError(crate::limits::clip(s)))
}

/// A text read from JSON, borrowed where it has no escapes (serde's own
/// `Cow<str>` always copies).
struct Text<'de>(Cow<'de, str>);

impl<'de> serde::Deserialize<'de> for Text<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Text<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a date YYYY-MM-DD")
            }
            fn visit_borrowed_str<E: serde::de::Error>(self, v: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(v)))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(v)))
            }
        }
        d.deserialize_str(Visit)
    }
}

/// The schema of a date: `format: date`, the pattern and the years.
#[derive(Debug)]
pub(crate) struct DateSchema;

impl JsonSchema for DateSchema {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^(19|20|21)[0-9]{2}-[0-9]{2}-[0-9]{2}(?![\\s\\S])",
            "description": "A date YYYY-MM-DD (RFC 3339 full-date), in the years 1900 to 2199."
        })
    }
}

/// serde for a date field: [`parse_date`] in, `YYYY-MM-DD` out.
pub(crate) mod strict {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub(crate) fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&d.format("%Y-%m-%d"))
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let s = super::Text::deserialize(d)?;
        super::parse_date(&s.0).map_err(serde::de::Error::custom)
    }
}

/// serde for an optional date field.
pub(crate) mod strict_opt {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub(crate) fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => super::strict::serialize(d, s),
            None => s.serialize_none(),
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        let s = <Option<super::Text<'de>>>::deserialize(d)?;
        s.map(|s| super::parse_date(&s.0).map_err(serde::de::Error::custom))
            .transpose()
    }
}
