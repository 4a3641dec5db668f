//! A deserializer that reads every struct from a JSON object only.
//!
//! serde's derived visitor for a struct with named fields also accepts a
//! sequence of its fields in order (`["council", 9, …]` for a seat group),
//! and no attribute turns that off. [`Strict`] wraps a deserializer and
//! every deserializer, map, sequence and enum it hands out, so that at any
//! depth a struct (or a struct variant) asked for and given a sequence is
//! refused with "invalid type: sequence, expected a JSON object", at the
//! place the caller tracks. So is a sequence where an internally tagged
//! enum is asked for (serde would read its tag from the first element).
//! Everything else passes through unchanged.
//!
//! serde buffers the fields of an internally tagged enum's variant before
//! it knows the variant, and reads a struct inside it from that buffer, not
//! through [`Strict`]. The enums whose variants hold structs (a local
//! rule's constraint, a legal basis) are therefore read by [`tagged`],
//! which reads the variant through [`Strict`] without a buffer; the one
//! left to serde (the chair's selection) holds only texts.

use serde::de::{self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// What a refused sequence is told it should have been.
pub(crate) const EXPECTED: &str = "a JSON object";

/// A deserializer whose structs are objects only.
pub(crate) struct Strict<D>(pub(crate) D);

/// A visitor passed on by [`Strict`]: what it is given is wrapped in turn;
/// with `object`, a sequence is refused; with `any` (a visitor that takes
/// any value), a sequence is refused if the visitor is serde's for an
/// internally tagged enum.
struct Wrap<V> {
    inner: V,
    object: bool,
    any: bool,
}

const fn wrap<V>(inner: V) -> Wrap<V> {
    Wrap {
        inner,
        object: false,
        any: false,
    }
}

/// Whether the visitor expects an internally tagged enum: serde's visitor
/// for one says "internally tagged enum NAME". Compared as it is written,
/// without allocating.
fn expects_tagged_enum<'de, V: Visitor<'de>>(v: &V) -> bool {
    struct Expecting<'a, V>(&'a V);
    impl<'de, V: Visitor<'de>> fmt::Display for Expecting<'_, V> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            self.0.expecting(f)
        }
    }
    /// Compares what is written with a prefix; stops (with an error) at
    /// the first difference or once the prefix is matched.
    struct Prefix {
        rest: &'static str,
        matched: bool,
    }
    impl fmt::Write for Prefix {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            let n = s.len().min(self.rest.len());
            if s.as_bytes()[..n] != self.rest.as_bytes()[..n] {
                return Err(fmt::Error);
            }
            self.rest = &self.rest[n..];
            if self.rest.is_empty() {
                self.matched = true;
                return Err(fmt::Error);
            }
            Ok(())
        }
    }
    let mut p = Prefix {
        rest: "internally tagged enum",
        matched: false,
    };
    let _ = fmt::write(&mut p, format_args!("{}", Expecting(v)));
    p.matched
}

macro_rules! forward_deserialize {
    ($($method:ident),* $(,)?) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
                self.0.$method(wrap(visitor))
            }
        )*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Strict<D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        self.0.deserialize_any(Wrap {
            inner: visitor,
            object: false,
            any: true,
        })
    }

    forward_deserialize!(
        deserialize_bool,
        deserialize_i8,
        deserialize_i16,
        deserialize_i32,
        deserialize_i64,
        deserialize_i128,
        deserialize_u8,
        deserialize_u16,
        deserialize_u32,
        deserialize_u64,
        deserialize_u128,
        deserialize_f32,
        deserialize_f64,
        deserialize_char,
        deserialize_str,
        deserialize_string,
        deserialize_bytes,
        deserialize_byte_buf,
        deserialize_option,
        deserialize_unit,
        deserialize_seq,
        deserialize_map,
        deserialize_identifier,
        deserialize_ignored_any,
    );

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_unit_struct(name, wrap(visitor))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_newtype_struct(name, wrap(visitor))
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_tuple(len, wrap(visitor))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_tuple_struct(name, len, wrap(visitor))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_struct(
            name,
            fields,
            Wrap {
                inner: visitor,
                object: true,
                any: false,
            },
        )
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_enum(name, variants, wrap(visitor))
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

macro_rules! forward_visit {
    ($($method:ident($ty:ty)),* $(,)?) => {
        $(
            fn $method<E: de::Error>(self, v: $ty) -> Result<Self::Value, E> {
                self.inner.$method(v)
            }
        )*
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Wrap<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.expecting(f)
    }

    forward_visit!(
        visit_bool(bool),
        visit_i8(i8),
        visit_i16(i16),
        visit_i32(i32),
        visit_i64(i64),
        visit_i128(i128),
        visit_u8(u8),
        visit_u16(u16),
        visit_u32(u32),
        visit_u64(u64),
        visit_u128(u128),
        visit_f32(f32),
        visit_f64(f64),
        visit_char(char),
        visit_str(&str),
        visit_borrowed_str(&'de str),
        visit_string(String),
        visit_bytes(&[u8]),
        visit_borrowed_bytes(&'de [u8]),
        visit_byte_buf(Vec<u8>),
    );

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        self.inner.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        self.inner.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        self.inner.visit_some(Strict(d))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        self.inner.visit_newtype_struct(Strict(d))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        if self.object || (self.any && expects_tagged_enum(&self.inner)) {
            return Err(de::Error::invalid_type(de::Unexpected::Seq, &EXPECTED));
        }
        self.inner.visit_seq(Strict(seq))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        self.inner.visit_map(Strict(map))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Self::Value, A::Error> {
        self.inner.visit_enum(Strict(data))
    }
}

/// A seed whose deserializer is wrapped in [`Strict`].
struct Seed<S>(S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Seed<S> {
    type Value = S::Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Strict(d))
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Strict<A> {
    type Error = A::Error;
    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        self.0.next_element_seed(Seed(seed))
    }
    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Strict<A> {
    type Error = A::Error;
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.0.next_key_seed(Seed(seed))
    }
    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        self.0.next_value_seed(Seed(seed))
    }
    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: EnumAccess<'de>> EnumAccess<'de> for Strict<A> {
    type Error = A::Error;
    type Variant = Strict<A::Variant>;
    fn variant_seed<T: DeserializeSeed<'de>>(
        self,
        seed: T,
    ) -> Result<(T::Value, Self::Variant), A::Error> {
        self.0
            .variant_seed(Seed(seed))
            .map(|(v, variant)| (v, Strict(variant)))
    }
}

impl<'de, A: de::VariantAccess<'de>> de::VariantAccess<'de> for Strict<A> {
    type Error = A::Error;
    fn unit_variant(self) -> Result<(), A::Error> {
        self.0.unit_variant()
    }
    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, A::Error> {
        self.0.newtype_variant_seed(Seed(seed))
    }
    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.0.tuple_variant(len, wrap(visitor))
    }
    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.0.struct_variant(
            fields,
            Wrap {
                inner: visitor,
                object: true,
                any: false,
            },
        )
    }
}

/// A value that must be written as a JSON object, and so must every struct
/// inside it.
///
/// serde's derived visitor for a struct also accepts a sequence of its
/// fields in order (`["id", "name", …]`), and no attribute turns that off.
/// Documents are objects, as their schemas say, so the document types read
/// through this wrapper. Its `Deserialize` is written by hand for that
/// reason alone: it asks for a map and hands the map to `T`'s derived
/// implementation through [`Strict`], which refuses a sequence for
/// every struct below it as well (a seat group, the jurisdiction, a roster
/// membership). Its schema is `T`'s, by the same delegation
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
                T::deserialize(serde::de::value::MapAccessDeserializer::new(Strict(map)))
                    .map(Object)
            }
        }
        d.deserialize_map(Visit(std::marker::PhantomData))
    }
}

/// An internally tagged enum read without serde's buffering: the variant
/// whose name the tag gives reads the rest of the object directly. serde's
/// derived reader for `#[serde(tag = "…")]` first copies the whole object
/// into a buffer of its own (every key and text allocated), then reads the
/// variant from the copy; this reads it once. A key before the tag is kept
/// (as a `serde_json::Value`) and handed to the variant first, so the tag
/// may stand anywhere. The variant reads through [`Strict`].
pub(crate) trait Tagged<'de>: Sized {
    /// The enum's name, for messages.
    const EXPECTING: &'static str;
    /// The tag's key (`kind`).
    const TAG: &'static str;
    /// The variants' names, as the tag writes them.
    const VARIANTS: &'static [&'static str];
    /// Reads variant `index` of [`Self::VARIANTS`] from `d`.
    fn variant<D: Deserializer<'de>>(index: usize, d: D) -> Result<Self, D::Error>;
}

/// Reads `T` as [`Tagged`] says.
pub(crate) fn tagged<'de, T: Tagged<'de>, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    struct Visit<T>(std::marker::PhantomData<T>);
    impl<'de, T: Tagged<'de>> Visitor<'de> for Visit<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(T::EXPECTING)
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
            let mut before = Vec::new();
            loop {
                match map.next_key_seed(KeySeed(T::TAG))? {
                    None => return Err(de::Error::missing_field(T::TAG)),
                    Some(None) => {
                        let index = map.next_value_seed(VariantSeed(T::VARIANTS))?;
                        let rest = Chain {
                            before: before.into_iter(),
                            value: None,
                            rest: map,
                        };
                        return T::variant(
                            index,
                            Strict(de::value::MapAccessDeserializer::new(rest)),
                        );
                    }
                    Some(Some(key)) => {
                        let value: serde_json::Value = map.next_value()?;
                        before.push((key, value));
                    }
                }
            }
        }
    }
    d.deserialize_map(Visit(std::marker::PhantomData))
}

/// A key: `None` for the tag, else the key (kept, as it is read again).
struct KeySeed(&'static str);

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Option<String>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for KeySeed {
    type Value = Option<String>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok((v != self.0).then(|| v.to_owned()))
    }
}

/// The tag's value: the index of its variant.
struct VariantSeed(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for VariantSeed {
    type Value = usize;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for VariantSeed {
    type Value = usize;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the name of a variant")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<usize, E> {
        self.0
            .iter()
            .position(|x| *x == v)
            .ok_or_else(|| de::Error::unknown_variant(v, self.0))
    }
}

/// The keys read before the tag, then the rest of the object.
struct Chain<A> {
    before: std::vec::IntoIter<(String, serde_json::Value)>,
    value: Option<serde_json::Value>,
    rest: A,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Chain<A> {
    type Error = A::Error;
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        match self.before.next() {
            Some((key, value)) => {
                self.value = Some(value);
                seed.deserialize(de::value::StringDeserializer::<A::Error>::new(key))
                    .map(Some)
            }
            None => self.rest.next_key_seed(seed),
        }
    }
    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        match self.value.take() {
            Some(v) => seed.deserialize(v).map_err(de::Error::custom),
            None => self.rest.next_value_seed(seed),
        }
    }
}

/// The values of `tag` (`const` or `enum`) anywhere in a schema, in order:
/// the names a [`Tagged`] reader must know, as the derived `Serialize`
/// and `JsonSchema` write them.
#[cfg(test)]
pub(crate) fn schema_tags(schema: &serde_json::Value, tag: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![schema];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Object(o) => {
                if let Some(k) = o.get("properties").and_then(|p| p.get(tag)) {
                    let one = k.get("const").into_iter();
                    let many = k
                        .get("enum")
                        .and_then(|e| e.as_array())
                        .into_iter()
                        .flatten();
                    out.extend(
                        one.chain(many)
                            .filter_map(|x| x.as_str().map(str::to_owned)),
                    );
                }
                // Children in reverse, so that the walk keeps their order.
                stack.extend(o.values().rev());
            }
            serde_json::Value::Array(a) => stack.extend(a.iter().rev()),
            _ => {}
        }
    }
    out
}
