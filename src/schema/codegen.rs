//! Shapes the generated schemas so that code generators
//! (json-schema-to-typescript, datamodel-code-generator, quicktype) name
//! every type after something a user knows, with no numbered names:
//!
//! - a tag whose only value is the document type (`"document_type":
//!   "representation_body"`) is that constant at its place, not a type of
//!   its own that generators would name after the document;
//! - each variant of a union of objects (`Constraint`, `LegalBasis`,
//!   `TermLength`, `Quantity`, …) is a type in `$defs` of its own, named
//!   after the union and its tag (`ConstraintOutnumber`,
//!   `TermLengthCouncilTerm`, `QuantitySeats`), rather than an anonymous
//!   member that generators number (`Constraint1` …);
//! - a reference that carries its own description (`{"$ref": …,
//!   "description": …}`) holds the reference in a one-member `allOf`, so
//!   that generators which merge a reference with its siblings into a new
//!   schema (and number it: `SeatSelector1` …) see the referenced type
//!   itself; validation is the same.
//!
//! The titles that name types are the root's and none other: the titles
//! of properties and values for form tools come in the German schemas
//! (see `titles`), where they do not name types.

use serde_json::{Map, Value};

/// Applies the three changes described in the module documentation to a
/// whole schema (with its `$defs`).
pub(super) fn shape(schema: &mut Value) {
    inline_single_constants(schema);
    hoist_variants(schema);
    wrap_references(schema);
}

/// The single value of a type that allows exactly one string, written as
/// a `oneOf` of one `const` (what schemars makes of a one-variant enum).
fn single_constant(def: &Value) -> Option<&str> {
    match def.get("oneOf")?.as_array()?.as_slice() {
        [only] => only.get("const")?.as_str(),
        _ => None,
    }
}

/// Replaces each reference to a one-value type by the value itself, and
/// drops the type.
fn inline_single_constants(schema: &mut Value) {
    let Some(Value::Object(defs)) = schema.get_mut("$defs") else {
        return;
    };
    let singles: Vec<(String, String)> = defs
        .iter()
        .filter_map(|(name, def)| Some((name.clone(), single_constant(def)?.to_owned())))
        .collect();
    for (name, _) in &singles {
        defs.remove(name);
    }
    for (name, value) in &singles {
        let target = format!("#/$defs/{name}");
        each_object(schema, &mut |map| {
            if map.get("$ref").and_then(Value::as_str) == Some(target.as_str()) {
                map.remove("$ref");
                map.insert("type".into(), "string".into());
                map.insert("const".into(), value.as_str().into());
            }
        });
    }
}

/// `snake_case` or `kebab-case` as `UpperCamelCase`.
fn upper_camel(s: &str) -> String {
    s.split(['_', '-', '.', ' '])
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut c = p.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// The name a variant of the union `union` gets in `$defs`: the union's
/// name and the variant's tag, the value of its one constant property
/// (internally tagged: `{"kind": "outnumber", …}`) or its one property
/// (externally tagged: `{"seats": 5}`).
pub(super) fn variant_type_name(union: &str, variant: &Value) -> Option<String> {
    if variant.get("type").and_then(Value::as_str) != Some("object") {
        return None;
    }
    let props = variant.get("properties")?.as_object()?;
    let tags: Vec<&str> = props
        .values()
        .filter_map(|p| p.get("const").and_then(Value::as_str))
        .collect();
    let tag = match (tags.as_slice(), props.len()) {
        ([tag], _) => *tag,
        ([], 1) => props.keys().next()?.as_str(),
        _ => return None,
    };
    Some(format!("{union}{}", upper_camel(tag)))
}

/// Moves each object variant of a union in `$defs` into `$defs` under its
/// own name (see [`variant_type_name`]), leaving a reference in its
/// place. A variant whose name is taken stays where it is.
fn hoist_variants(schema: &mut Value) {
    let Some(Value::Object(defs)) = schema.get_mut("$defs") else {
        return;
    };
    let mut hoisted = Map::new();
    let names: Vec<String> = defs.keys().cloned().collect();
    for union in &names {
        let Some(Value::Object(def)) = defs.get_mut(union) else {
            continue;
        };
        for key in ["oneOf", "anyOf"] {
            let Some(Value::Array(variants)) = def.get_mut(key) else {
                continue;
            };
            for variant in variants.iter_mut() {
                let Some(name) = variant_type_name(union, variant) else {
                    continue;
                };
                if hoisted.contains_key(&name) || names.contains(&name) {
                    continue;
                }
                let reference = serde_json::json!({ "$ref": format!("#/$defs/{name}") });
                hoisted.insert(name, std::mem::replace(variant, reference));
            }
        }
    }
    defs.extend(hoisted);
}

/// Puts every `$ref` that has sibling keywords into a one-member `allOf`.
fn wrap_references(schema: &mut Value) {
    each_object(schema, &mut |map| {
        if map.len() < 2 {
            return;
        }
        if let Some(reference) = map.remove("$ref") {
            let wrapped = serde_json::json!({ "$ref": reference });
            match map.get_mut("allOf") {
                Some(Value::Array(all)) => all.insert(0, wrapped),
                _ => {
                    map.insert("allOf".into(), Value::Array(vec![wrapped]));
                }
            }
        }
    });
}

/// Calls `visit` on every object in `v`, outermost first.
fn each_object(v: &mut Value, visit: &mut dyn FnMut(&mut Map<String, Value>)) {
    match v {
        Value::Object(map) => {
            visit(map);
            map.values_mut().for_each(|x| each_object(x, visit));
        }
        Value::Array(items) => items.iter_mut().for_each(|x| each_object(x, visit)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_one_value_tag_becomes_its_constant() {
        let mut s = json!({
            "properties": {"document_type": {"$ref": "#/$defs/BodyTag", "description": "Always."}},
            "$defs": {"BodyTag": {"oneOf": [{"const": "body", "type": "string"}]}}
        });
        shape(&mut s);
        assert_eq!(
            s,
            json!({
                "properties": {"document_type": {"type": "string", "const": "body", "description": "Always."}},
                "$defs": {}
            })
        );
    }

    #[test]
    fn variants_of_unions_get_names_and_references_keep_their_type() {
        let mut s = json!({
            "$defs": {
                "Length": {"oneOf": [
                    {"type": "object", "properties": {"kind": {"const": "council_term", "type": "string"}}},
                    {"type": "object", "properties": {"years": {"type": "integer"}}},
                    {"type": "string", "const": "open"}
                ]},
                "Term": {"properties": {"length": {"$ref": "#/$defs/Length", "description": "How long."}}}
            }
        });
        shape(&mut s);
        assert_eq!(
            s["$defs"]["Length"]["oneOf"][0],
            json!({"$ref": "#/$defs/LengthCouncilTerm"})
        );
        assert_eq!(
            s["$defs"]["Length"]["oneOf"][1],
            json!({"$ref": "#/$defs/LengthYears"})
        );
        assert_eq!(s["$defs"]["Length"]["oneOf"][2]["const"], "open");
        assert_eq!(
            s["$defs"]["LengthYears"]["properties"]["years"]["type"],
            "integer"
        );
        assert_eq!(
            s["$defs"]["Term"]["properties"]["length"],
            json!({"allOf": [{"$ref": "#/$defs/Length"}], "description": "How long."})
        );
    }
}
