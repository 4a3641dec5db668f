//! Reading JSON into the crate's types: one fast path for good documents,
//! a second pass with JSON Pointers for bad ones, and objects only.

use crate::error::Error;

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
                if e.inner().classify() == Category::Syntax {
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

/// Whether `s` is valid JSON at all (read without building a tree).
fn is_json(s: &str) -> bool {
    serde_json::from_str::<serde::de::IgnoredAny>(s).is_ok()
}

/// A value that must be written as a JSON object.
///
/// serde's derived visitor for a struct also accepts a sequence of its
/// fields in order (`["id", "name", …]`), and no attribute turns that off.
/// Documents are objects, as their schemas say, so the document types read
/// through this wrapper. Its `Deserialize` is written by hand for that
/// reason alone: it asks for a map and hands the map to `T`'s derived
/// implementation unchanged. Its schema is `T`'s, by the same delegation
/// (schemars' `transparent` would add a reference where the document's
/// schema must be `T`'s own).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Object<T>(pub(crate) T);

impl<T: schemars::JsonSchema> schemars::JsonSchema for Object<T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(g)
    }
}

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Object<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit<T>(std::marker::PhantomData<T>);
        impl<'de, T: serde::Deserialize<'de>> serde::de::Visitor<'de> for Visit<T> {
            type Value = Object<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<Object<T>, A::Error> {
                T::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(Object)
            }
        }
        d.deserialize_map(Visit(std::marker::PhantomData))
    }
}
