//! Limits shared by the checks and the JSON Schemas.
//!
//! Each bound exists once, here: the validation code and the `#[schemars]`
//! attributes both read these constants.

/// The document format version this crate reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// The version of the report format ([`crate::Report::schema_version`]).
/// Version 2: every finding carries its severity, figures, fix, the citation
/// as text and its message in German and English; notes are findings.
pub const REPORT_VERSION: u32 = 2;

/// Longest official name, label or title, in Unicode scalar values.
pub const NAME_MAX_CHARS: usize = 300;

/// Longest short text (a § number, an office), in Unicode scalar values.
pub const SHORT_TEXT_MAX_CHARS: usize = 80;

/// Longest entry of a `sources` list (a URL or a reference).
pub const SOURCE_MAX_CHARS: usize = 1_000;

/// What every required text must match: at least one character that is not
/// white space. The checks use `str::trim`, which strips exactly the Unicode
/// `White_Space` characters that `\S` excludes in the Rust `regex` crate;
/// ECMAScript validators differ for U+0085 and U+FEFF only.
pub const NON_BLANK_PATTERN: &str =
    r"[^\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200d\u2060\ufeff]";

/// Longest identifier, in characters (identifiers are ASCII).
pub const ID_MAX_CHARS: usize = 64;

/// What an identifier (of a document, a seat group, a local rule) looks like:
/// lower-case ASCII letters and digits, then also `_`, `-` and `.`.
pub const ID_PATTERN: &str = "^[a-z0-9][a-z0-9_.-]{0,63}$";

/// [`ID_PATTERN`] as the schemas write it: anchored at the very end of the
/// text with a lookahead, because Python's `re.search` lets `$` match before
/// a final newline (`"koeln\n"` would pass). Needs an engine with
/// lookahead (ECMAScript, Python, `fancy-regex`).
pub const ID_SCHEMA_PATTERN: &str = r"^[a-z0-9][a-z0-9_.-]{0,63}(?![\s\S])";

/// Most seats a body may have in total. The largest real bodies have a few
/// dozen seats (Hessen's statutory maximum is 37); the bound keeps arithmetic
/// on seat counts far from overflow.
pub const MAX_TOTAL_SEATS: u32 = 1_000;

/// Checks an identifier against [`ID_PATTERN`] without a regex engine.
#[must_use]
pub fn is_valid_id(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= ID_MAX_CHARS
        && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
        && b.iter().all(|&c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'_' | b'-' | b'.')
        })
}

/// The most findings a document's structural check or a report lists; one
/// more finding (`too_many_findings`) then says how many were left out.
pub const MAX_FINDINGS: usize = 1_000;

/// The most intervals the verdict over time lists
/// ([`crate::Law::check_between`]); the rest of the period is then one
/// interval that counts the days left out.
pub const MAX_INTERVALS: usize = 1_000;

/// The most changes an interval of the verdict over time lists as the
/// reasons it begins; the rest are counted.
pub const MAX_CHANGES_LISTED: usize = 8;

/// Whether a character shows nothing: white space, a control character,
/// or a zero-width or invisible format character (U+200B–U+200D, U+2060,
/// U+FEFF, U+00AD).
#[must_use]
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace() || c.is_control() || is_zero_width(c)
}

/// A zero-width or invisible format character (U+200B–U+200D, U+2060,
/// U+FEFF, U+00AD): shows nothing, yet makes two texts differ.
const fn is_zero_width(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// Whether a text shows nothing at all: empty, or only invisible
/// characters ([`is_invisible`]).
#[must_use]
pub fn is_blank(s: &str) -> bool {
    s.chars().all(is_invisible)
}

/// A reference as the crate compares it: in Unicode normal form C,
/// without surrounding white space and without zero-width characters, so
/// that `anna` and `anna\u{200B}`, or `Ä` as one character and as `A` with a
/// combining diaeresis, are one person. Borrowed unless something changes.
#[must_use]
pub fn normalised_reference(s: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::{IsNormalized, is_nfc_quick};
    let t = s.trim();
    let nfc = is_nfc_quick(t.chars()) == IsNormalized::Yes;
    if nfc && !t.chars().any(is_zero_width) {
        return std::borrow::Cow::Borrowed(t);
    }
    std::borrow::Cow::Owned(t.chars().filter(|c| !is_zero_width(*c)).nfc().collect())
}

/// Input quoted in a message: at most 80 characters, then "…" and the
/// length, so that a huge value is never echoed back whole.
pub(crate) fn clip(s: &str) -> String {
    const MAX: usize = 80;
    match s.char_indices().nth(MAX) {
        None => s.to_owned(),
        Some((end, _)) => format!("{}… ({} characters)", &s[..end], s.chars().count()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert!(is_valid_id("koeln-integrationsrat"));
        assert!(is_valid_id("a"));
        assert!(is_valid_id("nw.integration_council.x"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("_x"));
        assert!(!is_valid_id("Köln"));
        assert!(!is_valid_id("a b"));
        assert!(!is_valid_id(&"a".repeat(ID_MAX_CHARS + 1)));
        assert!(is_valid_id(&"a".repeat(ID_MAX_CHARS)));
    }
}
