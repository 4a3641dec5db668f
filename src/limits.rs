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
/// invisible ([`INVISIBLE`]). Generated from that table (a test compares
/// them): code points of the Basic Multilingual Plane are written
/// `\uXXXX`, the others as the characters themselves, so that the pattern
/// means the same in ECMAScript with the `u` flag (as Ajv compiles it),
/// Python's `re` and Rust's `regex`. Without the `u` flag an ECMAScript
/// engine reads the supplementary characters as pairs of surrogates.
pub const NON_BLANK_PATTERN: &str = concat!(
    r"[^\u0000-\u0020\u007f-\u00a0\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f",
    r"\u0890-\u0891\u08e2\u115f-\u1160\u1680\u17b4-\u17b5\u180b-\u180f\u2000-\u200f",
    r"\u2028-\u202f\u205f-\u206f\u2800\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb",
    "\u{110BD}\u{110CD}\u{13430}-\u{1343F}\u{1BCA0}-\u{1BCA3}\u{1D173}-\u{1D17A}",
    "\u{E0000}-\u{E0FFF}]"
);

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

/// Why a character of [`INVISIBLE`] shows nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvisibleClass {
    /// Unicode `White_Space` (the space, tab, line breaks, U+00A0, U+1680,
    /// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 …).
    WhiteSpace,
    /// A control character (general category Cc) that is not white space.
    Control,
    /// A format character (general category Cf): the soft hyphen, the
    /// zero-width characters U+200B–U+200D, the bidirectional marks,
    /// embeddings, overrides and isolates (U+061C, U+200E, U+200F,
    /// U+202A–U+202E, U+2066–U+2069), the word joiner and invisible
    /// operators (U+2060–U+2064), U+FEFF, the tag characters, and the few
    /// prepended marks that Cf also holds (U+0600–U+0605 …).
    Format,
    /// A `Default_Ignorable_Code_Point` that is not Cf: the combining
    /// grapheme joiner U+034F, the Hangul fillers U+115F, U+1160, U+3164,
    /// U+FFA0, the Khmer inherent vowels U+17B4, U+17B5, the Mongolian
    /// variation selectors, the variation selectors U+FE00–U+FE0F and
    /// U+E0100–U+E01EF, and the code points Unicode reserves as ignorable.
    DefaultIgnorable,
    /// A character that is drawn as an empty cell: U+2800 BRAILLE PATTERN
    /// BLANK.
    Blank,
}

/// Every character that shows nothing, as sorted, disjoint ranges with
/// their class (Unicode 16): the one list behind [`is_invisible`],
/// [`is_blank`], [`normalised_reference`] and [`NON_BLANK_PATTERN`].
///
/// A text made only of these characters is blank. In a person reference
/// the white space and the blank characters separate words (they are
/// trimmed, and a run of them reads as one space); the others are removed.
pub const INVISIBLE: &[(char, char, InvisibleClass)] = {
    use InvisibleClass::{Blank, Control, DefaultIgnorable as Ignorable, Format, WhiteSpace};
    &[
        ('\u{0000}', '\u{0008}', Control),
        ('\u{0009}', '\u{000D}', WhiteSpace),
        ('\u{000E}', '\u{001F}', Control),
        ('\u{0020}', '\u{0020}', WhiteSpace),
        ('\u{007F}', '\u{0084}', Control),
        ('\u{0085}', '\u{0085}', WhiteSpace),
        ('\u{0086}', '\u{009F}', Control),
        ('\u{00A0}', '\u{00A0}', WhiteSpace),
        ('\u{00AD}', '\u{00AD}', Format),
        ('\u{034F}', '\u{034F}', Ignorable),
        ('\u{0600}', '\u{0605}', Format),
        ('\u{061C}', '\u{061C}', Format),
        ('\u{06DD}', '\u{06DD}', Format),
        ('\u{070F}', '\u{070F}', Format),
        ('\u{0890}', '\u{0891}', Format),
        ('\u{08E2}', '\u{08E2}', Format),
        ('\u{115F}', '\u{1160}', Ignorable),
        ('\u{1680}', '\u{1680}', WhiteSpace),
        ('\u{17B4}', '\u{17B5}', Ignorable),
        ('\u{180B}', '\u{180D}', Ignorable),
        ('\u{180E}', '\u{180E}', Format),
        ('\u{180F}', '\u{180F}', Ignorable),
        ('\u{2000}', '\u{200A}', WhiteSpace),
        ('\u{200B}', '\u{200F}', Format),
        ('\u{2028}', '\u{2029}', WhiteSpace),
        ('\u{202A}', '\u{202E}', Format),
        ('\u{202F}', '\u{202F}', WhiteSpace),
        ('\u{205F}', '\u{205F}', WhiteSpace),
        ('\u{2060}', '\u{2064}', Format),
        ('\u{2065}', '\u{2065}', Ignorable),
        ('\u{2066}', '\u{206F}', Format),
        ('\u{2800}', '\u{2800}', Blank),
        ('\u{3000}', '\u{3000}', WhiteSpace),
        ('\u{3164}', '\u{3164}', Ignorable),
        ('\u{FE00}', '\u{FE0F}', Ignorable),
        ('\u{FEFF}', '\u{FEFF}', Format),
        ('\u{FFA0}', '\u{FFA0}', Ignorable),
        ('\u{FFF0}', '\u{FFF8}', Ignorable),
        ('\u{FFF9}', '\u{FFFB}', Format),
        ('\u{110BD}', '\u{110BD}', Format),
        ('\u{110CD}', '\u{110CD}', Format),
        ('\u{13430}', '\u{1343F}', Format),
        ('\u{1BCA0}', '\u{1BCA3}', Format),
        ('\u{1D173}', '\u{1D17A}', Format),
        ('\u{E0000}', '\u{E0000}', Ignorable),
        ('\u{E0001}', '\u{E0001}', Format),
        ('\u{E0002}', '\u{E001F}', Ignorable),
        ('\u{E0020}', '\u{E007F}', Format),
        ('\u{E0080}', '\u{E0FFF}', Ignorable),
    ]
};

/// The class of `c` in [`INVISIBLE`], or `None` when it shows something.
#[must_use]
pub fn invisible_class(c: char) -> Option<InvisibleClass> {
    if c.is_ascii_graphic() {
        return None;
    }
    let i = INVISIBLE.partition_point(|&(_, last, _)| last < c);
    INVISIBLE
        .get(i)
        .filter(|&&(first, _, _)| first <= c)
        .map(|&(_, _, class)| class)
}

/// Whether a character shows nothing: it is in [`INVISIBLE`] (white space,
/// a control or format character, a default-ignorable code point, U+2800).
///
/// ```
/// use migrant_representation::limits::is_invisible;
/// assert!(is_invisible('\u{202E}')); // RIGHT-TO-LEFT OVERRIDE
/// assert!(is_invisible('\u{3164}')); // HANGUL FILLER
/// assert!(!is_invisible('a'));
/// ```
#[must_use]
pub fn is_invisible(c: char) -> bool {
    invisible_class(c).is_some()
}

/// Whether a text shows nothing at all: empty, or only invisible
/// characters ([`is_invisible`]).
#[must_use]
pub fn is_blank(s: &str) -> bool {
    s.chars().all(is_invisible)
}

/// What a character of a reference becomes: kept, a word break (white
/// space, U+2800), or removed (every other invisible character).
fn reference_char(c: char) -> Option<bool> {
    match invisible_class(c) {
        None => Some(true),
        Some(InvisibleClass::WhiteSpace | InvisibleClass::Blank) => Some(false),
        Some(_) => None,
    }
}

/// A reference as the crate compares it: in Unicode normal form C, with
/// every invisible character ([`INVISIBLE`]) removed except white space
/// and U+2800, which are trimmed at the ends and read as one space between
/// words. So `anna`, `anna\u{200B}`, `anna\u{202E}`, `\u{2066}anna\u{2069}`
/// and ` anna ` are one person, as are `Anna Schmidt` and
/// `Anna\u{00A0}\u{00A0}Schmidt`, and `Ä` as one character and as `A` with
/// a combining diaeresis. Borrowed unless something changes.
///
/// ```
/// use migrant_representation::limits::normalised_reference;
/// assert_eq!(normalised_reference("\u{2067}anna\u{202E}\u{2069} "), "anna");
/// assert_eq!(normalised_reference("Anna\u{3000}\u{3000}Schmidt"), "Anna Schmidt");
/// ```
#[must_use]
pub fn normalised_reference(s: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::{IsNormalized, is_nfc_quick};
    // Printable ASCII without spaces (most references are ids): in normal
    // form, nothing to remove.
    if s.bytes().all(|b| b.is_ascii_graphic()) {
        return std::borrow::Cow::Borrowed(s);
    }
    let t = s.trim_matches(|c| reference_char(c) != Some(true));
    // Unchanged: no character to remove, and every word break one space.
    let mut space = false;
    let plain = t.chars().all(|c| match reference_char(c) {
        Some(true) => {
            space = false;
            true
        }
        Some(false) => !std::mem::replace(&mut space, true) && c == ' ',
        None => false,
    });
    if plain && is_nfc_quick(t.chars()) == IsNormalized::Yes {
        return std::borrow::Cow::Borrowed(t);
    }
    let mut out = String::with_capacity(t.len());
    let mut space = false;
    for c in t.chars() {
        match reference_char(c) {
            Some(true) => {
                if std::mem::take(&mut space) {
                    out.push(' ');
                }
                out.push(c);
            }
            Some(false) => space = true,
            None => {}
        }
    }
    std::borrow::Cow::Owned(out.nfc().collect())
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

#[cfg(test)]
mod invisible_tests {
    use super::*;

    /// [`NON_BLANK_PATTERN`] as made from [`INVISIBLE`]: adjacent ranges
    /// merged, `\uXXXX` in the Basic Multilingual Plane, the characters
    /// themselves beyond it.
    fn pattern_from_table() -> String {
        let mut merged: Vec<(u32, u32)> = Vec::new();
        for &(a, b, _) in INVISIBLE {
            match merged.last_mut() {
                Some((_, last)) if *last + 1 == u32::from(a) => *last = u32::from(b),
                _ => merged.push((u32::from(a), u32::from(b))),
            }
        }
        let one = |u: u32| {
            if u <= 0xFFFF {
                format!("\\u{u:04x}")
            } else {
                char::from_u32(u).unwrap().to_string()
            }
        };
        let mut p = String::from("[^");
        for (a, b) in merged {
            p.push_str(&one(a));
            if b != a {
                p.push('-');
                p.push_str(&one(b));
            }
        }
        p.push(']');
        p
    }

    #[test]
    fn the_pattern_is_made_from_the_table() {
        assert!(
            INVISIBLE.windows(2).all(|w| w[0].1 < w[1].0),
            "sorted, disjoint"
        );
        assert!(INVISIBLE.iter().all(|&(a, b, _)| a <= b));
        assert_eq!(NON_BLANK_PATTERN, pattern_from_table());
    }

    /// The table is exactly White_Space, Cc, Cf, Default_Ignorable_Code_Point
    /// and U+2800, code point by code point, in the Unicode data of
    /// `icu_properties`; white space agrees with `char::is_whitespace` and
    /// controls with `char::is_control`.
    #[test]
    fn the_table_is_the_unicode_classes() {
        use icu_properties::props::{DefaultIgnorableCodePoint, GeneralCategory, WhiteSpace};
        use icu_properties::{CodePointMapData, CodePointSetData};
        let ws = CodePointSetData::new::<WhiteSpace>();
        let di = CodePointSetData::new::<DefaultIgnorableCodePoint>();
        let gc = CodePointMapData::<GeneralCategory>::new();
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let want = if ws.contains(c) {
                Some(InvisibleClass::WhiteSpace)
            } else if gc.get(c) == GeneralCategory::Control {
                Some(InvisibleClass::Control)
            } else if gc.get(c) == GeneralCategory::Format {
                Some(InvisibleClass::Format)
            } else if di.contains(c) {
                Some(InvisibleClass::DefaultIgnorable)
            } else if c == '\u{2800}' {
                Some(InvisibleClass::Blank)
            } else {
                None
            };
            assert_eq!(invisible_class(c), want, "U+{:04X}", u32::from(c));
            assert_eq!(c.is_whitespace(), want == Some(InvisibleClass::WhiteSpace));
            if c.is_control() {
                assert!(is_invisible(c), "U+{:04X}", u32::from(c));
            }
        }
    }

    /// Per class, the first, a middle and the last character of each range.
    fn samples() -> impl Iterator<Item = (char, InvisibleClass)> {
        INVISIBLE.iter().flat_map(|&(a, b, class)| {
            let mid = char::from_u32((u32::from(a) + u32::from(b)) / 2).unwrap();
            [(a, class), (mid, class), (b, class)]
        })
    }

    #[test]
    fn text_of_invisible_characters_is_blank() {
        for (c, class) in samples() {
            assert!(is_blank(&c.to_string()), "{class:?} U+{:04X}", u32::from(c));
            assert!(is_blank(&format!(" {c}{c} ")), "{class:?}");
            assert!(!is_blank(&format!("{c}a{c}")), "{class:?}");
        }
        for name in [
            "\u{202E}",
            "\u{2066}\u{2069}",
            "\u{2800}",
            "\u{115F}",
            "\u{3164}",
        ] {
            assert!(is_blank(name), "{name:?}");
        }
        assert!(!is_blank("a") && !is_blank("Ö") && !is_blank("\u{0600}1"));
    }

    #[test]
    fn references_compare_without_invisible_characters() {
        for (c, class) in samples() {
            let u = u32::from(c);
            for r in [
                format!("anna{c}"),
                format!("{c}anna"),
                format!("{c}anna{c}"),
            ] {
                assert_eq!(normalised_reference(&r), "anna", "{class:?} U+{u:04X}");
            }
            let inner = normalised_reference(&format!("anna{c}schmidt")).into_owned();
            match class {
                InvisibleClass::WhiteSpace | InvisibleClass::Blank => {
                    assert_eq!(inner, "anna schmidt", "{class:?} U+{u:04X}");
                }
                _ => assert_eq!(inner, "annaschmidt", "{class:?} U+{u:04X}"),
            }
        }
        // The bidirectional controls of the issue: one person.
        assert_eq!(normalised_reference("anna\u{202E}"), "anna");
        assert_eq!(normalised_reference("\u{2066}anna\u{2069}"), "anna");
        assert_eq!(normalised_reference("\u{2067}anna\u{2068}\u{2069}"), "anna");
        assert_eq!(normalised_reference("Anna  Schmidt"), "Anna Schmidt");
        assert_eq!(normalised_reference("O\u{0308}zdemir"), "Özdemir");
        // A plain reference is borrowed, not copied.
        assert!(matches!(
            normalised_reference("luedenscheid-e1"),
            std::borrow::Cow::Borrowed("luedenscheid-e1")
        ));
        assert!(matches!(
            normalised_reference(" Anna Schmidt "),
            std::borrow::Cow::Borrowed("Anna Schmidt")
        ));
    }
}
