//! One line's object, read with serde: a value as kept (text, list, or what it is), keys
//! borrowed when they can be, and either every key in order (the preview) or only the mapped
//! ones, skipping the rest without building them (the full read).

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

/// A value as kept from a line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum JsonCell {
    Null,
    /// Text, or a number or boolean written as text.
    Text(String),
    /// An array of scalars, each as text (nulls dropped).
    List(Vec<String>),
    /// Something no field takes; says what.
    Unsupported(&'static str),
}

impl<'de> Deserialize<'de> for JsonCell {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(CellVisitor { in_list: false })
    }
}

struct CellVisitor {
    in_list: bool,
}

impl<'de> Visitor<'de> for CellVisitor {
    type Value = JsonCell;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<JsonCell, E> {
        Ok(JsonCell::Text(v.to_string()))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<JsonCell, E> {
        Ok(JsonCell::Text(v.to_string()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<JsonCell, E> {
        Ok(JsonCell::Text(v.to_string()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<JsonCell, E> {
        Ok(JsonCell::Text(v.to_string()))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<JsonCell, E> {
        Ok(JsonCell::Text(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<JsonCell, E> {
        Ok(JsonCell::Text(v))
    }

    fn visit_unit<E: de::Error>(self) -> Result<JsonCell, E> {
        Ok(JsonCell::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<JsonCell, E> {
        Ok(JsonCell::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<JsonCell, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<JsonCell, A::Error> {
        if self.in_list {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            return Ok(JsonCell::Unsupported("a list inside a list"));
        }
        let mut items = Vec::new();
        let mut nested = None;
        while let Some(item) = seq.next_element_seed(ListItem)? {
            match item {
                JsonCell::Text(t) => items.push(t),
                JsonCell::Null => {}
                JsonCell::List(_) => nested = Some("a list inside a list"),
                JsonCell::Unsupported(what) => nested = Some(what),
            }
        }
        Ok(nested.map_or(JsonCell::List(items), JsonCell::Unsupported))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<JsonCell, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(JsonCell::Unsupported(if self.in_list {
            "a list of objects"
        } else {
            "an object"
        }))
    }
}

/// An element of a list: a scalar, or marked as nested.
struct ListItem;

impl<'de> DeserializeSeed<'de> for ListItem {
    type Value = JsonCell;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<JsonCell, D::Error> {
        d.deserialize_any(CellVisitor { in_list: true })
    }
}

/// An object key, borrowed from the line when it has no escapes.
struct Key<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key")
            }

            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// Reads one line's object, keeping only the keys in `positions` (into `cells`) and noting
/// that they were seen. Answers how many keys the line has.
pub(super) struct MappedLine<'a> {
    pub(super) positions: &'a HashMap<String, usize>,
    pub(super) cells: &'a mut [JsonCell],
    pub(super) seen: &'a mut [bool],
}

impl<'de> DeserializeSeed<'de> for MappedLine<'_> {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for MappedLine<'_> {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<usize, A::Error> {
        let mut keys = 0;
        while let Some(Key(key)) = map.next_key()? {
            keys += 1;
            match self.positions.get(key.as_ref()) {
                Some(&i) => {
                    self.cells[i] = map.next_value()?;
                    self.seen[i] = true;
                }
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(keys)
    }
}

/// Every key and value of one line, in order (for the preview).
pub(super) struct OrderedLine(pub(super) Vec<(String, JsonCell)>);

impl<'de> Deserialize<'de> for OrderedLine {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OrderedVisitor;
        impl<'de> Visitor<'de> for OrderedVisitor {
            type Value = OrderedLine;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OrderedLine, A::Error> {
                let mut pairs = Vec::new();
                while let Some(Key(key)) = map.next_key()? {
                    pairs.push((key.into_owned(), map.next_value()?));
                }
                Ok(OrderedLine(pairs))
            }
        }
        deserializer.deserialize_map(OrderedVisitor)
    }
}

/// Parses a whole line with `seed`; nothing but whitespace may follow the object.
pub(super) fn parse_line<'de, S: DeserializeSeed<'de>>(
    line: &'de str,
    seed: S,
) -> Result<S::Value, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(line);
    let value = seed.deserialize(&mut de)?;
    de.end()?;
    Ok(value)
}
