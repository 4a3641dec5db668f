//! Reading JSON into the crate's types: one fast path for good documents,
//! a second pass with JSON Pointers for bad ones, and objects only.

use crate::error::Error;

pub(crate) mod strict;

pub(crate) use strict::Object;

/// Deserializes `s` straight from the text (no intermediate JSON tree),
/// keeping the JSON Pointer of a shape error and the line and column of a
/// syntax error.
pub(crate) fn deserialize_str<'a, T: serde::Deserialize<'a>>(s: &'a str) -> Result<T, Error> {
    // Fast path: plain serde. Only a failing document is read a second time,
    // with path tracking, to say where it fails.
    use serde_json::error::Category;
    if s.starts_with('\u{FEFF}') {
        return Err(Error::Syntax {
            line: 1,
            column: 1,
            message: "the text starts with a byte order mark (BOM); save it as UTF-8 without BOM"
                .into(),
        });
    }
    match serde_json::from_str(s) {
        Ok(value) => Ok(value),
        // serde_json reports a number, `true` or a list where a name (an
        // enum value) is expected as a syntax error ("expected value"); in
        // valid JSON it is a type error, which the second pass locates.
        Err(e)
            if e.classify() != Category::Data
                && !(e.classify() == Category::Syntax && is_json(s)) =>
        {
            Err(Error::from_json_error(e))
        }
        Err(_) => {
            let mut de = serde_json::Deserializer::from_str(s);
            let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
                let inner = e.inner();
                if let Some(lone) = lone_surrogate(s)
                    .filter(|l| l.line == inner.line() && l.column <= inner.column())
                    .filter(|l| inner.column() <= l.column + 12)
                {
                    Error::Malformed {
                        path: crate::error::pointer_of(&e),
                        message: lone.message(),
                    }
                } else if inner.classify() == Category::Syntax {
                    Error::Malformed {
                        path: crate::error::pointer_of(&e),
                        message: "has the wrong type: a quoted name is expected here, not a number, true, \
                                  false, null, a list or an object"
                            .into(),
                    }
                } else {
                    Error::from_path_error(e)
                }
            })?;
            de.end().map_err(Error::from_json_error)?;
            Ok(value)
        }
    }
}

/// A `\\uD800`–`\\uDFFF` escape in a JSON string that is not one half of
/// a pair: valid JSON, and a string to JavaScript and Python, but no
/// Unicode text (a Rust `String`) can hold it.
#[derive(Debug, PartialEq, Eq)]
struct LoneSurrogate {
    /// The escape as written (`\\ud800`).
    escape: String,
    /// 1-based line of its backslash.
    line: usize,
    /// 1-based column (in bytes, as serde_json counts) of its backslash.
    column: usize,
}

impl LoneSurrogate {
    fn message(&self) -> String {
        format!(
            "has the escape `{}` (line {}, column {}), one half of a UTF-16 surrogate pair \
             without the other: it is not a Unicode character, so the text cannot be read; \
             write the character itself, or both halves of its pair",
            self.escape, self.line, self.column
        )
    }
}

/// The first lone surrogate escape in the strings of the JSON text `s`;
/// one pass over the bytes.
fn lone_surrogate(s: &str) -> Option<LoneSurrogate> {
    let b = s.as_bytes();
    let hex = |at: usize| -> Option<u32> {
        let h = b.get(at..at + 4)?;
        u32::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()
    };
    let escape_at = |at: usize| -> Option<u32> {
        (b.get(at) == Some(&b'\\') && b.get(at + 1) == Some(&b'u'))
            .then(|| hex(at + 2))
            .flatten()
    };
    let (mut i, mut in_string, mut line, mut line_start) = (0, false, 1, 0);
    while i < b.len() {
        match b[i] {
            b'\n' => {
                line += 1;
                line_start = i + 1;
            }
            b'"' => in_string = !in_string,
            b'\\' if in_string => {
                let Some(n) = escape_at(i) else {
                    i += 2; // any other escape: skip the escaped byte
                    continue;
                };
                let pair = (0xD800..=0xDBFF).contains(&n)
                    && escape_at(i + 6).is_some_and(|m| (0xDC00..=0xDFFF).contains(&m));
                if pair {
                    i += 12;
                    continue;
                }
                if (0xD800..=0xDFFF).contains(&n) {
                    return Some(LoneSurrogate {
                        escape: s[i..i + 6].to_owned(),
                        line,
                        column: i - line_start + 1,
                    });
                }
                i += 6;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Whether `s` is valid JSON at all (read without building a tree).
fn is_json(s: &str) -> bool {
    serde_json::from_str::<serde::de::IgnoredAny>(s).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_surrogates_are_found_and_pairs_are_not() {
        let found = |s: &str| lone_surrogate(s).map(|l| (l.escape, l.line, l.column));
        assert_eq!(
            found(r#"{"a": "a\ud800b"}"#),
            Some((r"\ud800".into(), 1, 9))
        );
        assert_eq!(
            found("{\n  \"a\": \"\\uDC00\"}"),
            Some((r"\uDC00".into(), 2, 9))
        );
        assert_eq!(
            found(r#"{"a": "\ud83d\ude00 \ud83d"}"#),
            Some((r"\ud83d".into(), 1, 21))
        );
        assert_eq!(
            found(r#"{"a": "\ud83d\ude00", "\\ud800": "\"\u00e4"}"#),
            None
        );
        assert_eq!(found(r#"{"a": "x"} \ud800"#), None);
    }
}
