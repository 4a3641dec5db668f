//! Rustdoc comments as schema descriptions: every type's `JsonSchema`
//! passes its schema through [`tidy`], so that a schema is clean wherever
//! it is generated, also inside a user's own type.

/// Drops the `# Example` sections of descriptions (with their code) and
/// turns intra-doc links into code spans, in the schema and all it holds.
pub(crate) fn tidy(schema: &mut schemars::Schema) {
    if let Some(map) = schema.as_object_mut() {
        for v in map.values_mut() {
            tidy_value(v);
        }
        if let Some(serde_json::Value::String(d)) = map.get_mut("description") {
            tidy_text(d);
        }
        integer_bounds(map);
    }
}

/// [`tidy`] on a schema as JSON: descriptions cleaned, and the
/// non-standard integer formats (`uint8` …) replaced by their bounds, so
/// that strict validators (Ajv) accept the schema.
pub(crate) fn tidy_value(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            if let Some(serde_json::Value::String(d)) = map.get_mut("description") {
                tidy_text(d);
            }
            integer_bounds(map);
            map.values_mut().for_each(tidy_value);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(tidy_value),
        _ => {}
    }
}

/// Removes a schemars integer format (`uint8` … `uint64`, `uint` for
/// `usize`, `int8` … `int64`, `int` for `isize`), which no standard
/// vocabulary defines, and keeps (or adds) its bounds as `minimum` and
/// `maximum`; bounds beyond 32 bits are left out, as JSON numbers do not
/// hold them exactly in every reader.
fn integer_bounds(map: &mut serde_json::Map<String, serde_json::Value>) {
    let (min, max): (Option<i64>, Option<i64>) =
        match map.get("format").and_then(serde_json::Value::as_str) {
            Some("uint8") => (Some(0), Some(i64::from(u8::MAX))),
            Some("uint16") => (Some(0), Some(i64::from(u16::MAX))),
            Some("uint32") => (Some(0), Some(i64::from(u32::MAX))),
            Some("uint64" | "uint") => (Some(0), None),
            Some("int8") => (Some(i64::from(i8::MIN)), Some(i64::from(i8::MAX))),
            Some("int16") => (Some(i64::from(i16::MIN)), Some(i64::from(i16::MAX))),
            Some("int32") => (Some(i64::from(i32::MIN)), Some(i64::from(i32::MAX))),
            Some("int64" | "int") => (None, None),
            _ => return,
        };
    map.remove("format");
    if let Some(min) = min {
        map.entry("minimum").or_insert_with(|| min.into());
    }
    if let Some(max) = max {
        map.entry("maximum").or_insert_with(|| max.into());
    }
}

/// One description: cut at its first `# Example` heading (or any other
/// code block), intra-doc links as code spans.
pub(crate) fn tidy_text(d: &mut String) {
    for cut in ["\n\n# Example", "\n```", "\n\n```"] {
        if let Some(i) = d.find(cut) {
            d.truncate(i);
        }
    }
    // `[`Name`](path)` and `[`Name`]` become `Name`.
    let mut out = String::with_capacity(d.len());
    let mut rest = d.as_str();
    while let Some(i) = rest.find("[`") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        match after.find("`]") {
            Some(j) => {
                out.push_str(&after[..=j]);
                let tail = &after[j + 2..];
                rest = match tail
                    .strip_prefix('(')
                    .and_then(|t| t.find(')').map(|k| &t[k + 1..]))
                {
                    Some(t) => t,
                    None => tail,
                };
            }
            None => {
                out.push_str(&rest[i..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    // Paths of the crate's items read as their names.
    let out = out
        .replace("`crate::limits::", "`")
        .replace("`crate::", "`");
    *d = paths_as_values(&out).trim_end().to_owned();
}

/// Code spans that name a Rust item by its path (`SeatFilling::ExOfficio`,
/// `SeatGroup::members_with`, `limits::ID_PATTERN`) read as what a JSON
/// document holds: a variant as its serialized snake_case value, a field
/// or constant by its own name.
fn paths_as_values(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut parts = text.split('`');
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    for (i, part) in parts.enumerate() {
        out.push('`');
        let code = i % 2 == 0;
        let is_path = part.contains("::")
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':');
        if code && is_path {
            let last = part.rsplit("::").next().unwrap_or(part);
            let camel = last.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                && last.chars().any(|c| c.is_ascii_lowercase())
                && !last.contains('_');
            if camel {
                for (j, c) in last.chars().enumerate() {
                    if c.is_ascii_uppercase() && j > 0 {
                        out.push('_');
                    }
                    out.push(c.to_ascii_lowercase());
                }
            } else {
                out.push_str(last);
            }
        } else {
            out.push_str(part);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{tidy_text, tidy_value};

    #[test]
    fn integer_formats_become_bounds() {
        let mut v = serde_json::json!({"type": "integer", "format": "uint8", "minimum": 0});
        tidy_value(&mut v);
        assert_eq!(
            v,
            serde_json::json!({"type": "integer", "minimum": 0, "maximum": 255})
        );
        let mut u = serde_json::json!({"type": "integer", "format": "uint", "minimum": 0});
        tidy_value(&mut u);
        assert_eq!(u, serde_json::json!({"type": "integer", "minimum": 0}));
        let mut i = serde_json::json!({"type": "integer", "format": "int16"});
        tidy_value(&mut i);
        assert_eq!(
            i,
            serde_json::json!({"type": "integer", "minimum": -32768, "maximum": 32767})
        );
        let mut d = serde_json::json!({"type": "string", "format": "date"});
        tidy_value(&mut d);
        assert_eq!(d["format"], "date");
    }

    #[test]
    fn links_become_code_spans_and_examples_go() {
        let mut d = "The [`Land`] of the body (see [`Level`](crate::Level)).\n\n# Example\n```\nlet x = 1;\n```".to_owned();
        tidy_text(&mut d);
        assert_eq!(d, "The `Land` of the body (see `Level`).");
        let mut path = "At most `crate::limits::MAX_TOTAL_SEATS` (`crate::Regime`).".to_owned();
        tidy_text(&mut path);
        assert_eq!(path, "At most `MAX_TOTAL_SEATS` (`Regime`).");
        let mut variants = "Seats of `SeatFilling::ExOfficio`, see `SeatGroup::members_with`, `limits::ID_PATTERN` and `a::b c`.".to_owned();
        tidy_text(&mut variants);
        assert_eq!(
            variants,
            "Seats of `ex_officio`, see `members_with`, `ID_PATTERN` and `a::b c`."
        );
        let mut plain = "Nothing to do.".to_owned();
        tidy_text(&mut plain);
        assert_eq!(plain, "Nothing to do.");
    }
}
