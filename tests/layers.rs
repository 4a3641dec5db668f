//! The module graph has no loops, and the layers depend only downwards:
//! vocabulary → law data → documents → checker → registry, interop and
//! strategies.
//!
//! Reads the crate's sources and follows every `crate::…` and `super::…`
//! path, and every use of a child module by its parent. Doc comments count
//! too, so that a doc link does not hide a dependency either.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(root).unwrap().with_extension("");
                let mut parts: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                if parts == ["lib"] {
                    continue;
                }
                if parts.last().is_some_and(|p| p == "mod") {
                    parts.pop();
                }
                let text = std::fs::read_to_string(&path).unwrap();
                // Unit tests may use anything.
                let text = text.split("#[cfg(test)]\nmod tests").next().unwrap();
                out.insert(parts.join("::"), without_reexports(text));
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeMap::new();
    walk(&root, &root, &mut out);
    out
}

/// `text` without its comments and its re-exports (`pub use …;`,
/// `pub(crate) use …;`): a
/// link in the documentation is no dependency, and a module that offers
/// another's items at its path, for the crate's public facade
/// (`body::Composition`), does not depend on that module's code.
fn without_reexports(text: &str) -> String {
    let mut out = String::new();
    let mut skipping = false;
    for line in text.lines() {
        if !skipping
            && ["pub use ", "pub(crate) use ", "pub(super) use "]
                .iter()
                .any(|p| line.starts_with(p))
        {
            skipping = true;
        }
        if skipping {
            skipping = !line.trim_end().ends_with(';');
            continue;
        }
        if line.trim_start().starts_with("//") {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The longest known module that `path` (`a::b::Item`) lies in.
fn module_of(path: &str, mods: &BTreeMap<String, String>) -> Option<String> {
    let segs: Vec<&str> = path.split("::").collect();
    (1..=segs.len())
        .rev()
        .map(|i| segs[..i].join("::"))
        .find(|c| mods.contains_key(c))
}

/// The paths written after `prefix` in `text` (`crate::law::rule::Rule`).
fn paths_after<'a>(text: &'a str, prefix: &'a str) -> impl Iterator<Item = String> + 'a {
    text.match_indices(prefix).filter_map(move |(i, _)| {
        let before = text[..i].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            return None;
        }
        let rest = &text[i + prefix.len()..];
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(rest.len());
        Some(rest[..end].trim_end_matches(':').to_owned())
    })
}

fn edges(mods: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (m, text) in mods {
        let deps = out.entry(m.clone()).or_default();
        for p in paths_after(text, "crate::") {
            if let Some(t) = module_of(&p, mods) {
                deps.insert(t);
            }
        }
        // `super::x::y` from `a::b` is `a::x::y`; `super::super::…` likewise.
        for p in paths_after(text, "super::") {
            let mut base: Vec<&str> = m.split("::").collect();
            base.pop();
            let mut rest = p.as_str();
            while let Some(r) = rest.strip_prefix("super::") {
                base.pop();
                rest = r;
            }
            let full = if rest.is_empty() {
                base.join("::")
            } else {
                base.iter()
                    .copied()
                    .chain([rest])
                    .collect::<Vec<_>>()
                    .join("::")
            };
            if let Some(t) = module_of(&full, mods).or_else(|| module_of(&base.join("::"), mods)) {
                deps.insert(t);
            }
        }
        // A parent that uses its child by a relative path.
        for child in mods.keys() {
            if let Some(short) = child.strip_prefix(&format!("{m}::")) {
                if !short.contains("::")
                    && paths_after(text, &format!("{short}::")).next().is_some()
                {
                    deps.insert(child.clone());
                }
            }
        }
        deps.remove(m);
    }
    out
}

/// A cycle through `start`, if there is one.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        n: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = stack.iter().position(|s| s == n) {
            return Some(stack[i..].to_vec());
        }
        if done.contains(n) {
            return None;
        }
        stack.push(n.to_owned());
        for d in graph.get(n).into_iter().flatten() {
            if let Some(c) = visit(d, graph, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        done.insert(n.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|n| visit(n, graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_module_graph_has_no_loops() {
    let graph = edges(&modules());
    assert_eq!(cycle(&graph), None);
    // The test sees the dependencies it must see.
    assert!(graph["law::check"].contains("body"));
    assert!(graph["body"].contains("error"));
    // The body document reads no law, only the law's vocabulary (a duty,
    // a modality): its local rules and rights live in `local`.
    assert!(
        !graph["body"]
            .iter()
            .any(|d| d.starts_with("law") && d != "law::vocab"),
        "{:?}",
        graph["body"]
    );
}

#[test]
fn layers_depend_only_downwards() {
    let graph = edges(&modules());
    let documents = [
        "body",
        "document",
        "election",
        "organisation",
        "network",
        "roster",
        "term",
    ];
    let checker_and_above = [
        "law::check",
        "law::elect",
        "law::roster",
        "law::between",
        "law::office",
        "law::proposal",
        "registry",
        "oparl",
        "schema",
        "strategies",
    ];
    for (m, deps) in &graph {
        // The vocabulary and the law's data read no documents.
        let vocabulary = [
            "land",
            "limits",
            "kind",
            "citation",
            "error",
            "composition",
            "read",
            "validate",
        ];
        let law_data =
            m == "law" || (m.starts_with("law::") && !checker_and_above.contains(&m.as_str()));
        if vocabulary.contains(&m.as_str()) || law_data || m.starts_with("term::") {
            for d in deps {
                assert!(
                    !documents.contains(&d.as_str()) && !checker_and_above.contains(&d.as_str()),
                    "{m} depends on {d}"
                );
            }
        }
        // Documents do not depend on the checker or what is built on it.
        if documents.contains(&m.as_str()) {
            for d in deps {
                assert!(
                    !checker_and_above.contains(&d.as_str()),
                    "{m} depends on {d}"
                );
            }
        }
    }
}

#[test]
fn a_loop_is_found() {
    // The checker itself: a graph with a loop is reported.
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    g.insert("a".into(), ["b".to_owned()].into());
    g.insert("b".into(), ["c".to_owned()].into());
    g.insert("c".into(), ["a".to_owned()].into());
    assert_eq!(cycle(&g).map(|c| c.len()), Some(3));
    g.insert("c".into(), BTreeSet::new());
    assert_eq!(cycle(&g), None);
}
