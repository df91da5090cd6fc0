//! JSON Lines: one object per line, its keys the headers. Values may be text, numbers,
//! true/false, null or arrays of those (tags); blank lines are skipped. The full read only
//! keeps the keys the mapping uses and skips the rest without building them.
//!
//! Row numbers are line numbers.
//!
//! `parse` reads one line's object; this module walks the lines and reports them.

use std::collections::{HashMap, HashSet};

use parse::{parse_line, JsonCell, MappedLine, OrderedLine};

use super::plan::{Builder, Cell, Cells};
use super::value::clean;
use super::{too_many_columns, ImportError, ImportFailure, ImportPlan, Job, Sample, MAX_COLUMNS};

mod parse;

/// Lines the preview looks at for keys that the first rows lack.
const KEY_SCAN_LINES: usize = 1000;

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
