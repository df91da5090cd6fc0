//! JSON Lines: one object per line, its keys the headers. Values may be text, numbers,
//! true/false, null or arrays of those (tags); blank lines are skipped. The full read only
//! keeps the keys the mapping uses and skips the rest without building them.
//!
//! Row numbers are line numbers.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::plan::{Builder, Cell, Cells};
use super::value::clean;
use super::{too_many_columns, ImportError, ImportFailure, ImportPlan, Job, Sample, MAX_COLUMNS};

/// Lines the preview looks at for keys that the first rows lack.
const KEY_SCAN_LINES: usize = 1000;

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
struct MappedLine<'a> {
    positions: &'a HashMap<String, usize>,
    cells: &'a mut [JsonCell],
    seen: &'a mut [bool],
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
struct OrderedLine(Vec<(String, JsonCell)>);

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
fn parse_line<'de, S: DeserializeSeed<'de>>(
    line: &'de str,
    seed: S,
) -> Result<S::Value, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(line);
    let value = seed.deserialize(&mut de)?;
    de.end()?;
    Ok(value)
}

/// The lines of `text`: (line number, line without its line end, whether a line end followed).
fn lines(text: &str) -> impl Iterator<Item = (u64, &str, bool)> {
    text.split_inclusive('\n').enumerate().map(|(i, piece)| {
        let line = piece.trim_end_matches(['\n', '\r']);
        (i as u64 + 1, line, piece.ends_with('\n'))
    })
}

/// What is wrong with a line that does not parse.
fn line_error(line: &str, error: &serde_json::Error, first: bool) -> String {
    if first && line.trim_start().starts_with('[') {
        return "the file is one JSON array; JSON Lines needs one object per line".to_owned();
    }
    let message = error
        .to_string()
        .replace(" at line 1 column ", " at character ");
    format!("is not a JSON object on one line: {message}")
}

/// A line the file cuts off: the last, with no line end, ending before its object does.
fn is_cut(error: &serde_json::Error, has_line_end: bool) -> bool {
    !has_line_end && error.is_eof()
}

/// Keys in order of first appearance and the first `max_rows` objects, cleaned for display.
pub(crate) fn sample(
    file: &str,
    text: &str,
    max_rows: usize,
    is_prefix: bool,
) -> Result<Sample, ImportError> {
    let mut headers: Vec<String> = Vec::new();
    let mut known: HashSet<String> = HashSet::new();
    let mut objects: Vec<Vec<(String, JsonCell)>> = Vec::new();
    let mut parsed = 0;
    let mut first = true;
    for (number, line, has_line_end) in lines(text) {
        if line.trim().is_empty() {
            continue;
        }
        if parsed >= KEY_SCAN_LINES.max(max_rows) {
            break;
        }
        match parse_line(line, std::marker::PhantomData::<OrderedLine>) {
            Ok(OrderedLine(pairs)) => {
                for (key, _) in &pairs {
                    if known.insert(key.clone()) {
                        headers.push(key.clone());
                    }
                }
                if headers.len() > MAX_COLUMNS {
                    return Err(too_many_columns(file, number, headers.len()));
                }
                if objects.len() < max_rows {
                    objects.push(pairs);
                }
                parsed += 1;
            }
            Err(e) if is_cut(&e, has_line_end) || (is_prefix && !has_line_end) => break,
            Err(e) => return Err(ImportError::row(file, number, line_error(line, &e, first))),
        }
        first = false;
    }
    if headers.is_empty() {
        return Err(ImportError::file(file, "the file has no JSON objects"));
    }
    let rows = objects
        .into_iter()
        .map(|pairs| {
            // The first value of a repeated key, as `find` in file order would give.
            let mut values: HashMap<&str, &JsonCell> = HashMap::with_capacity(pairs.len());
            for (k, v) in &pairs {
                values.entry(k.as_str()).or_insert(v);
            }
            headers
                .iter()
                .map(|h| match values.get(h.as_str()).copied() {
                    Some(JsonCell::Text(t)) => clean(t).into_owned(),
                    Some(JsonCell::List(items)) => items.join(", "),
                    Some(JsonCell::Unsupported(what)) => format!("({what})"),
                    Some(JsonCell::Null) | None => String::new(),
                })
                .collect()
        })
        .collect();
    let unnamed = vec![false; headers.len()];
    Ok(Sample {
        headers,
        unnamed,
        rows,
    })
}

struct Line<'r>(&'r [JsonCell]);

impl Cells for Line<'_> {
    fn cell(&self, position: usize) -> Cell<'_> {
        match self.0.get(position) {
            None | Some(JsonCell::Null) => Cell::Missing,
            Some(JsonCell::Text(t)) => Cell::Str(t),
            Some(JsonCell::List(items)) => Cell::List(items),
            Some(JsonCell::Unsupported(what)) => Cell::Unsupported(what),
        }
    }
}

/// Reads every line with the job's mapping. A mapped key that no line has is an error, known
/// only at the end.
pub(crate) fn read(job: &mut Job<'_>, text: &str) -> Result<ImportPlan, ImportFailure> {
    let file = job.file;
    let map = job
        .mapping
        .resolve_keys(file)
        .map_err(|errors| ImportFailure::Invalid { errors })?;
    let positions: HashMap<String, usize> = map
        .names
        .iter()
        .enumerate()
        .map(|(i, name)| (name.clone(), i))
        .collect();
    let mut cells = vec![JsonCell::Null; map.names.len()];
    let mut seen = vec![false; map.names.len()];
    let mut plan = Builder::new(job, &map);
    let mut first = true;
    let mut read_all = true;
    let mut done = 0u64;
    for (number, line, has_line_end) in lines(text) {
        job.check_cancel()?;
        if Job::due(number) {
            job.tick(done)?;
        }
        done += line.len() as u64 + 1;
        if line.trim().is_empty() {
            continue;
        }
        cells.fill(JsonCell::Null);
        let seed = MappedLine {
            positions: &positions,
            cells: &mut cells,
            seen: &mut seen,
        };
        match parse_line(line, seed) {
            Ok(keys) if keys > MAX_COLUMNS => {
                let error = too_many_columns(file, number, keys);
                plan.bad_record(number, error.message);
            }
            Ok(_) => plan.add(number, &Line(&cells)),
            Err(e) if is_cut(&e, has_line_end) => plan.incomplete_last(number),
            Err(e) => plan.bad_record(number, line_error(line, &e, first)),
        }
        first = false;
        if plan.full() {
            read_all = false;
            break;
        }
    }
    if read_all {
        let missing: Vec<ImportError> = job
            .mapping
            .fields()
            .into_iter()
            .filter(|(_, name)| positions.get(*name).is_some_and(|&i| !seen[i]))
            .map(|(field, name)| ImportError {
                column: Some(name.to_owned()),
                field: Some(field.key().to_owned()),
                ..ImportError::file(file, "no line of the file has this key")
            })
            .collect();
        plan.mapping_errors(missing);
    }
    plan.finish()
}
