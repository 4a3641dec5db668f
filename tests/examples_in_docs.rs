//! Every public method of the main types shows how it is used: its doc
//! comment holds a code example that rustdoc compiles and runs, that calls
//! the method and that asserts something.
//!
//! Reads the crate's sources. A method counts when it is a `pub fn` (or
//! `pub const fn`) in an inherent `impl` block of a main type, including
//! the `impl $t { … }` blocks of a `macro_rules!` macro invoked for a main
//! type (the methods `iter()`, `Association::from_json_str` and the like).
//! The sources are formatted by rustfmt, so a block ends at the `}` with
//! the indentation of its `impl` line and its methods are indented one
//! level more.

use std::collections::BTreeMap;
use std::path::Path;

/// The types of the crate root that issue 29 names.
const MAIN_TYPES: &[&str] = &[
    "RepresentationBody",
    "Document",
    "Law",
    "Reform",
    "Report",
    "Finding",
    "Error",
    "Association",
    "Network",
    "Registry",
    "ElectionResult",
    "Citation",
    "Validity",
    "Land",
    "Level",
    "BodyType",
    "Language",
    "Severity",
    "FindingCode",
];

/// A public method found in an `impl` block of a main type.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Method {
    /// The file, relative to the crate.
    file: String,
    /// The 1-based line of the `fn`.
    line: usize,
    /// The type whose `impl` block holds it.
    type_name: String,
    /// The method's name.
    name: String,
    /// What its doc comment lacks; `None` when it has a fitting example.
    lacks: Option<&'static str>,
}

/// The indentation of a line, in bytes of leading spaces.
fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// The type an inherent `impl` header names (`impl<'a> Intervals<'a> {` →
/// `Intervals`, `impl $name {` → `$name`); `None` for a trait `impl` or a
/// line that is not an `impl` header.
fn impl_type(header: &str) -> Option<&str> {
    let rest = header.trim().strip_prefix("impl")?;
    let rest = rest.strip_suffix('{')?.trim_end();
    if !(rest.starts_with(' ') || rest.starts_with('<')) {
        return None;
    }
    // Skip the impl's own generics (an arrow `->` in them is no bracket).
    let mut rest = rest.trim_start();
    if rest.starts_with('<') {
        let mut depth = 0usize;
        let mut previous = ' ';
        let end = rest.char_indices().find_map(|(i, c)| {
            match (previous, c) {
                (_, '<') => depth += 1,
                ('-', '>') => {}
                (_, '>') => depth = depth.saturating_sub(1),
                _ => {}
            }
            previous = c;
            (depth == 0).then_some(i)
        })?;
        rest = rest[end + 1..].trim_start();
    }
    if rest.contains(" for ") || rest.starts_with('!') {
        return None;
    }
    let path = rest.split('<').next()?.trim();
    let name = path.rsplit("::").next()?;
    let ok = name
        .strip_prefix('$')
        .unwrap_or(name)
        .chars()
        .all(|c| c.is_alphanumeric() || c == '_');
    (ok && !name.is_empty()).then_some(name)
}

/// The name of a public method declared on `line` (`pub fn`, `pub const
/// fn`, `pub async fn`, `pub unsafe fn`, in any combination), not of a
/// `pub(crate)` one.
fn pub_fn_name(line: &str) -> Option<&str> {
    let mut rest = line.trim_start().strip_prefix("pub ")?;
    loop {
        rest = rest.trim_start();
        if let Some(r) = rest.strip_prefix("fn ") {
            let end = r
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(r.len());
            return Some(&r[..end]);
        }
        let word = rest.split(' ').next()?;
        if !matches!(word, "const" | "async" | "unsafe" | "extern") {
            return None;
        }
        rest = &rest[word.len()..];
    }
}

/// The doc comment and attributes above line `at`, top to bottom: `///`
/// lines, and attributes (`#[doc = …]`, `#[must_use]`, attributes over
/// several lines).
fn doc_above(lines: &[&str], at: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = at;
    let mut in_attribute = false;
    while i > 0 {
        i -= 1;
        let t = lines[i].trim();
        if in_attribute {
            out.push(t.to_owned());
            in_attribute = !t.starts_with("#[");
            continue;
        }
        if t.starts_with("///") || t.starts_with("#[") {
            out.push(t.to_owned());
        } else if t.ends_with(")]") && !t.starts_with("//") {
            // The last line of an attribute written over several lines.
            out.push(t.to_owned());
            in_attribute = true;
        } else {
            break;
        }
    }
    out.reverse();
    out
}

/// Whether `text` calls or names the method `name`: `.name(` or `::name`
/// followed by anything but a character of an identifier.
fn mentions(text: &str, name: &str) -> bool {
    [".", "::"].iter().any(|sep| {
        let needle = format!("{sep}{name}");
        text.match_indices(&needle).any(|(i, _)| {
            let after = text[i + needle.len()..].chars().next();
            let ok_after = after.is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
            ok_after && (*sep == "::" || after == Some('('))
        })
    })
}

/// What a method's doc comment lacks to show the method in use: a code
/// block that rustdoc runs (a plain or `rust` fence: not `ignore`,
/// `no_run`, `text` or `compile_fail`), that calls the method and that
/// asserts something. `None` when one block has it all.
fn lacks(doc: &[String], name: &str) -> Option<&'static str> {
    let mut blocks: Vec<String> = Vec::new();
    let mut current: Option<(bool, String)> = None;
    let mut any_fence = false;
    for line in doc {
        let content = line
            .strip_prefix("///")
            .map_or(line.as_str(), |c| c.strip_prefix(' ').unwrap_or(c));
        let trimmed = content.trim_start();
        if let Some(info) = trimmed.strip_prefix("```") {
            any_fence = true;
            match current.take() {
                Some((runs, text)) => {
                    if runs {
                        blocks.push(text);
                    }
                }
                None => {
                    let info = info.trim();
                    current = Some((info.is_empty() || info == "rust", String::new()));
                }
            }
        } else if let Some((_, text)) = current.as_mut() {
            text.push_str(content);
            text.push('\n');
        }
    }
    if !any_fence {
        return Some("a code example");
    }
    if blocks.is_empty() {
        return Some("a code example that rustdoc runs");
    }
    if !blocks.iter().any(|b| mentions(b, name)) {
        return Some("a code example that calls the method");
    }
    if !blocks
        .iter()
        .any(|b| mentions(b, name) && b.contains("assert"))
    {
        return Some("an assertion in the example that calls the method");
    }
    None
}

/// Every `macro_rules!` macro of `source` whose body has an `impl $p {`
/// block: its name and the position of `$p` among the macro's
/// parameters (the fragments `$x:kind` of its first arm, in order).
fn impl_macros(source: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = source.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(rest) = line.trim().strip_prefix("macro_rules! ") else {
            continue;
        };
        let name = rest.trim_end_matches(" {").trim().to_owned();
        let start = indent(line);
        let end = (i + 1..lines.len())
            .find(|&j| indent(lines[j]) == start && lines[j].trim() == "}")
            .unwrap_or(lines.len());
        let body = &lines[i + 1..end];
        let Some(matcher) = body.iter().find(|l| l.contains("=>")) else {
            continue;
        };
        let params: Vec<&str> = matcher
            .split('$')
            .skip(1)
            .filter_map(|p| p.split_once(':').map(|(name, _)| name))
            .filter(|p| p.chars().all(|c| c.is_alphanumeric() || c == '_'))
            .collect();
        for l in body {
            if let Some(t) = impl_type(l).and_then(|t| t.strip_prefix('$')) {
                if let Some(pos) = params.iter().position(|p| *p == t) {
                    out.push((name.clone(), pos));
                }
            }
        }
    }
    out
}

/// The arguments of every invocation `name!(…)` in `source`, split at the
/// commas outside brackets and strings.
fn invocations(source: &str, name: &str) -> Vec<Vec<String>> {
    let needle = format!("{name}!(");
    let mut out = Vec::new();
    for (at, _) in source.match_indices(&needle) {
        // Not a longer name ending in `name` (`my_name!`).
        let before = source[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let mut args = vec![String::new()];
        let mut depth = 0usize;
        let mut in_string = false;
        let mut escaped = false;
        for c in source[at + needle.len()..].chars() {
            match c {
                _ if escaped => escaped = false,
                '\\' if in_string => escaped = true,
                '"' => in_string = !in_string,
                '(' | '[' | '{' if !in_string => depth += 1,
                ')' | ']' | '}' if !in_string && depth == 0 => break,
                ')' | ']' | '}' if !in_string => depth -= 1,
                ',' if !in_string && depth == 0 => {
                    args.push(String::new());
                    continue;
                }
                _ => {}
            }
            if let Some(last) = args.last_mut() {
                last.push(c);
            }
        }
        out.push(args.into_iter().map(|a| a.trim().to_owned()).collect());
    }
    out
}

/// The public methods in the inherent `impl` blocks of `sources` (file
/// name → text) whose type is one of `types`, with what each one's doc
/// comment lacks. An `impl $t` block of a macro counts for each type the
/// macro is invoked with.
fn scan(sources: &BTreeMap<String, String>, types: &[&str]) -> Vec<Method> {
    let macros: Vec<(String, usize)> = sources.values().flat_map(|s| impl_macros(s)).collect();
    // Macro name → the types its `impl $t` blocks are made for.
    let mut made_for: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (name, pos) in &macros {
        for source in sources.values() {
            for args in invocations(source, name) {
                if let Some(t) = args.get(*pos) {
                    made_for.entry(name).or_default().push(t.clone());
                }
            }
        }
    }
    for list in made_for.values_mut() {
        list.sort();
        list.dedup();
    }
    let mut out = Vec::new();
    for (file, source) in sources {
        let lines: Vec<&str> = source.lines().collect();
        let mut current_macro: Option<(&str, usize)> = None;
        let mut i = 0;
        while i < lines.len() {
            let line = lines[i];
            if let Some((_, macro_indent)) = current_macro {
                if indent(line) == macro_indent && line.trim() == "}" {
                    current_macro = None;
                }
            }
            if let Some(rest) = line.trim().strip_prefix("macro_rules! ") {
                let name = macros
                    .iter()
                    .map(|(n, _)| n.as_str())
                    .find(|n| rest.trim_end_matches(" {").trim() == *n);
                current_macro = name.map(|n| (n, indent(line)));
            }
            let Some(type_name) = impl_type(line) else {
                i += 1;
                continue;
            };
            let for_types: Vec<String> = match (type_name.strip_prefix('$'), current_macro) {
                (Some(_), Some((m, _))) => made_for.get(m).cloned().unwrap_or_default(),
                (Some(_), None) => Vec::new(),
                (None, _) => vec![type_name.to_owned()],
            };
            let for_types: Vec<String> = for_types
                .into_iter()
                .filter(|t| types.contains(&t.as_str()))
                .collect();
            let start = indent(line);
            let end = (i + 1..lines.len())
                .find(|&j| indent(lines[j]) == start && lines[j].trim() == "}")
                .unwrap_or(lines.len());
            if !for_types.is_empty() {
                for j in i + 1..end {
                    if indent(lines[j]) != start + 4 {
                        continue;
                    }
                    let Some(name) = pub_fn_name(lines[j]) else {
                        continue;
                    };
                    let lacks = lacks(&doc_above(&lines, j), name);
                    for t in &for_types {
                        out.push(Method {
                            file: file.clone(),
                            line: j + 1,
                            type_name: t.clone(),
                            name: name.to_owned(),
                            lacks,
                        });
                    }
                }
            }
            i = end;
        }
    }
    out
}

/// The crate's source files, by path relative to the crate.
fn crate_sources() -> BTreeMap<String, String> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                out.insert(rel, std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = BTreeMap::new();
    walk(&root.join("src"), root, &mut out);
    out
}

#[test]
fn every_public_method_of_the_main_types_has_a_code_example() {
    let methods = scan(&crate_sources(), MAIN_TYPES);
    // The scanner finds the methods at all: every main type has some.
    for t in MAIN_TYPES {
        assert!(
            methods.iter().any(|m| m.type_name == *t),
            "no public method of {t} found; is the scanner still right?"
        );
    }
    assert!(methods.len() >= 100, "only {} methods found", methods.len());
    let missing: Vec<String> = methods
        .iter()
        .filter_map(|m| {
            m.lacks.map(|what| {
                format!(
                    "{}:{}: {}::{} needs {what}",
                    m.file, m.line, m.type_name, m.name
                )
            })
        })
        .collect();
    assert!(
        missing.is_empty(),
        "{} public methods of the main types need an example in their doc comment \
         (issue 29):\n{}",
        missing.len(),
        missing.join("\n")
    );
}

/// The scanner on a small source: what counts, what does not.
mod scanner {
    use super::*;

    fn scan_one(source: &str) -> Vec<(String, Option<&'static str>)> {
        let sources = BTreeMap::from([("src/x.rs".to_owned(), source.to_owned())]);
        scan(&sources, &["Land", "Law"])
            .into_iter()
            .map(|m| (format!("{}::{}", m.type_name, m.name), m.lacks))
            .collect()
    }

    #[test]
    fn a_method_without_an_example_is_found() {
        let source = r#"
impl Land {
    /// The two-letter code.
    #[must_use]
    pub fn code(self) -> &'static str {
        "NW"
    }

    /// The official name.
    ///
    /// ```
    /// use migrant_representation::Land;
    /// assert_eq!(Land::Hessen.official_name(), "Hessen");
    /// ```
    #[must_use]
    pub const fn official_name(self) -> &'static str {
        "Hessen"
    }
}
"#;
        assert_eq!(
            scan_one(source),
            [
                ("Land::code".to_owned(), Some("a code example")),
                ("Land::official_name".to_owned(), None),
            ]
        );
    }

    #[test]
    fn an_example_must_run_call_the_method_and_assert() {
        let source = r#"
impl<'a> Law {
    /// ```ignore
    /// assert!(Law::builtin().lands().len() == 16);
    /// ```
    pub fn lands(&self) -> &[LandLaw] {
        &self.lands
    }

    /// ```
    /// let law = migrant_representation::Law::builtin();
    /// assert!(law.validate().is_ok());
    /// ```
    pub fn regimes(&self) -> impl Iterator<Item = &Regime> {
        todo!()
    }

    /// ```
    /// let _ = migrant_representation::Law::builtin().rules();
    /// ```
    pub fn rules(&self) {}

    /// ```text
    /// not rust
    /// ```
    ///
    /// ```rust
    /// use migrant_representation::Law;
    /// assert!(Law::builtin().rule("x").is_none());
    /// ```
    pub fn rule(&self, id: &str) {}
}
"#;
        assert_eq!(
            scan_one(source),
            [
                (
                    "Law::lands".to_owned(),
                    Some("a code example that rustdoc runs")
                ),
                (
                    "Law::regimes".to_owned(),
                    Some("a code example that calls the method")
                ),
                (
                    "Law::rules".to_owned(),
                    Some("an assertion in the example that calls the method")
                ),
                ("Law::rule".to_owned(), None),
            ]
        );
    }

    #[test]
    fn only_public_methods_of_inherent_impls_of_the_main_types_count() {
        let source = r#"
impl fmt::Display for Land {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        todo!()
    }
}

impl Land {
    pub(crate) fn internal(self) {}

    fn private(self) {}

    /// Multi-line attributes are part of the doc comment's reach.
    ///
    /// ```
    /// assert_eq!(migrant_representation::Land::Bayern.ags_key(), 9);
    /// ```
    #[cfg_attr(
        docsrs,
        doc(alias = "Landesschlüssel")
    )]
    pub const fn ags_key(self) -> u8 {
        9
    }
}

impl Regime {
    pub fn new() -> Self {
        todo!()
    }
}
"#;
        assert_eq!(scan_one(source), [("Land::ags_key".to_owned(), None)]);
    }

    #[test]
    fn the_impl_blocks_of_a_macro_count_for_the_types_it_is_invoked_with() {
        let source = r#"
macro_rules! variants {
    ($t:ident, [$($v:ident),* $(,)?]) => {
        impl $t {
            /// Every value.
            pub fn iter() -> impl Iterator<Item = Self> {
                [$(Self::$v),*].into_iter()
            }
        }
    };
}

crate::enums::variants!(Land, [Hessen, Bayern]);
variants!(Role, [Member]);
crate::enums::variants!(
    Law,
    [Builtin]
);
"#;
        assert_eq!(
            scan_one(source),
            [
                ("Land::iter".to_owned(), Some("a code example")),
                ("Law::iter".to_owned(), Some("a code example")),
            ]
        );
    }

    #[test]
    fn impl_headers_are_read_with_generics_and_paths() {
        assert_eq!(impl_type("impl Land {"), Some("Land"));
        assert_eq!(impl_type("impl<'a> Intervals<'a> {"), Some("Intervals"));
        assert_eq!(impl_type("impl AnyRule<'_> {"), Some("AnyRule"));
        assert_eq!(impl_type("impl crate::Law {"), Some("Law"));
        assert_eq!(impl_type("impl<F: Fn() -> u8> Law<F> {"), Some("Law"));
        assert_eq!(impl_type("        impl $name {"), Some("$name"));
        assert_eq!(impl_type("impl From<Defects> for Error {"), None);
        assert_eq!(
            impl_type("impl<'de> Deserialize<'de> for LegalBasis {"),
            None
        );
        assert_eq!(impl_type("implementation {"), None);
        assert_eq!(
            pub_fn_name("    pub const fn describe(self) -> &str {"),
            Some("describe")
        );
        assert_eq!(
            pub_fn_name("    pub fn iter() -> impl Iterator {"),
            Some("iter")
        );
        assert_eq!(pub_fn_name("    pub(crate) fn inner(&self) {"), None);
        assert_eq!(pub_fn_name("    pub struct Fn;"), None);
    }
}
