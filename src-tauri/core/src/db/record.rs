//! One declaration per table: which fields of a type are its columns, and how each is read from
//! and written to its column (`table_record!`). The table modules read and insert their model
//! types through it (`get`, `find`, `load_where`, `insert`), and the JSON export declares its
//! file's records with it (`record!`: the file's keys, in file order), so an export reads, and
//! a merge writes, the columns the declaration names and no other list of them exists. A field
//! that is not a column (a meeting's agenda, a decision's impacts) is declared under
//! `children`: filled in by the reader, written by its parent's writer on its own.

use rusqlite::types::{FromSql, ToSql};
use rusqlite::{params_from_iter, Connection, OptionalExtension, Row};

use crate::db::{date_text, json_list, parse_date, to_json, DEFAULT_NUDGE_MINUTES};
use crate::model::AnnotationFlag;
use crate::{Error, Result};

/// A row to write: each column with its value.
pub(super) type Values<'a> = Vec<(&'static str, Box<dyn ToSql + 'a>)>;

/// A table row that is also a record of the file.
pub(super) trait Record: Sized {
    const TABLE: &'static str;
    /// What a SELECT lists to read the record's fields, in field order.
    fn select() -> &'static str;
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self>;
    /// The columns that store the record, `id` (where it has one) first.
    fn values(&self) -> Values<'_>;
}

/// What a SELECT reads for a column: the column, unless the stored form needs more.
pub(super) trait Select {
    fn select(column: &'static str) -> &'static str {
        column
    }
}

/// How a field of type `T` is kept in its column.
pub(super) trait Codec<T>: Select {
    fn read(r: &Row<'_>, i: usize) -> rusqlite::Result<T>;
    fn write<'a>(column: &'static str, v: &'a T, out: &mut Values<'a>);
}

/// The value as it is.
pub(super) struct Plain;
/// A list of strings as a JSON array.
pub(super) struct Json;
/// A list of annotation flags as a JSON array of their names.
pub(super) struct Flags;
/// An optional day as `YYYY-MM-DD`.
pub(super) struct Date;
/// A day as `YYYY-MM-DD`.
pub(super) struct Day;
/// A meeting's nudge: 0 in the file is "off", kept as `nudge_off` beside the minutes.
pub(super) struct Nudge;
/// Whole seconds, kept as milliseconds (an agenda item's time spent).
pub(super) struct Seconds;

impl Select for Plain {}
impl Select for Json {}
impl Select for Flags {}
impl Select for Date {}
impl Select for Day {}
impl Select for Seconds {}
impl Select for Nudge {
    fn select(_: &'static str) -> &'static str {
        "CASE WHEN nudge_off = 1 THEN 0 ELSE nudge_minutes END"
    }
}

impl<T: FromSql + ToSql> Codec<T> for Plain {
    fn read(r: &Row<'_>, i: usize) -> rusqlite::Result<T> {
        r.get(i)
    }
    fn write<'a>(column: &'static str, v: &'a T, out: &mut Values<'a>) {
        out.push((column, Box::new(v)));
    }
}

impl Codec<Vec<String>> for Json {
    fn read(r: &Row<'_>, i: usize) -> rusqlite::Result<Vec<String>> {
        json_list(r.get(i)?)
    }
    fn write<'a>(column: &'static str, v: &'a Vec<String>, out: &mut Values<'a>) {
        out.push((column, Box::new(to_json(v))));
    }
}

impl Codec<Vec<AnnotationFlag>> for Flags {
    fn read(r: &Row<'_>, i: usize) -> rusqlite::Result<Vec<AnnotationFlag>> {
        let flags: Vec<String> = json_list(r.get(i)?)?;
        flags
            .iter()
            .map(|f| AnnotationFlag::parse("flags", f))
            .collect::<Result<_>>()
            .map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(
                    i,
                    rusqlite::types::Type::Text,
                    Box::new(e),
                )
            })
    }
    fn write<'a>(column: &'static str, v: &'a Vec<AnnotationFlag>, out: &mut Values<'a>) {
        out.push((column, Box::new(flags_json(v))));
    }
}

/// Annotation flags as their column keeps them: a JSON array of their names.
pub(super) fn flags_json(flags: &[AnnotationFlag]) -> String {
    let names: Vec<String> = flags.iter().map(|f| f.as_str().to_owned()).collect();
    to_json(&names)
}

impl Codec<Option<chrono::NaiveDate>> for Date {
    fn read(r: &Row<'_>, i: usize) -> rusqlite::Result<Option<chrono::NaiveDate>> {
        parse_date(r.get(i)?)
    }
    fn write<'a>(column: &'static str, v: &'a Option<chrono::NaiveDate>, out: &mut Values<'a>) {
        out.push((column, Box::new(date_text(*v))));
    }
}

impl Codec<chrono::NaiveDate> for Day {
    fn read(r: &Row<'_>, i: usize) -> rusqlite::Result<chrono::NaiveDate> {
        Ok(parse_date(r.get(i)?)?.unwrap_or_default())
    }
    fn write<'a>(column: &'static str, v: &'a chrono::NaiveDate, out: &mut Values<'a>) {
        out.push((column, Box::new(date_text(Some(*v)))));
    }
}

impl Codec<u32> for Nudge {
    fn read(r: &Row<'_>, i: usize) -> rusqlite::Result<u32> {
        r.get(i)
    }
    fn write<'a>(column: &'static str, v: &'a u32, out: &mut Values<'a>) {
        // 0 is "off": the column keeps minutes for when it is turned on.
        let minutes = if *v == 0 { DEFAULT_NUDGE_MINUTES } else { *v };
        out.push((column, Box::new(minutes)));
        out.push(("nudge_off", Box::new(*v == 0)));
    }
}

impl Codec<u32> for Seconds {
    fn read(r: &Row<'_>, i: usize) -> rusqlite::Result<u32> {
        let ms: i64 = r.get(i)?;
        Ok(u32::try_from(ms / 1000).unwrap_or(u32::MAX))
    }
    fn write<'a>(column: &'static str, v: &'a u32, out: &mut Values<'a>) {
        out.push((column, Box::new(i64::from(*v) * 1000)));
    }
}

/// `read` and `write` with the field's type inferred from the field.
pub(super) fn read<C: Codec<T>, T>(r: &Row<'_>, i: usize) -> rusqlite::Result<T> {
    C::read(r, i)
}

pub(super) fn write<'a, C: Codec<T>, T>(column: &'static str, v: &'a T, out: &mut Values<'a>) {
    C::write(column, v, out)
}

/// Replaces the value of `column` (a column the record writes) with `value`: the merge's own
/// say on a reference (the workspace's id for the file's).
pub(super) fn set<'a>(values: &mut Values<'a>, column: &str, value: impl ToSql + 'a) {
    let slot = values
        .iter_mut()
        .find(|(c, _)| *c == column)
        .expect("set names a column the record writes");
    slot.1 = Box::new(value);
}

/// Adds a column the record does not hold itself: its parent's id, its place in a list.
pub(super) fn add<'a>(values: &mut Values<'a>, column: &'static str, value: impl ToSql + 'a) {
    values.push((column, Box::new(value)));
}

/// The records of `T`'s table that `tail` (`WHERE ... ORDER BY ...`) takes.
pub(super) fn load_where<T: Record>(
    conn: &Connection,
    tail: &str,
    args: &[&dyn ToSql],
) -> Result<Vec<T>> {
    Ok(conn
        .prepare_cached(&select_sql::<T>(tail))?
        .query_map(args, T::from_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// `SELECT` of `T`'s columns from its table, then `tail` (`WHERE ... ORDER BY ...`).
pub(super) fn select_sql<T: Record>(tail: &str) -> String {
    format!("SELECT {} FROM {} {tail}", T::select(), T::TABLE)
}

/// The record of `T`'s table with this id.
pub(super) fn load<T: Record>(conn: &Connection, id: &str) -> Result<T> {
    Ok(conn
        .prepare_cached(&select_sql::<T>("WHERE id = ?1"))?
        .query_row([id], T::from_row)?)
}

/// The record of `T`'s table with this id, or `not_found` naming it as `what`.
pub(super) fn get<T: Record>(conn: &Connection, what: &'static str, id: &str) -> Result<T> {
    find(conn, "WHERE id = ?1", &[&id])?.ok_or_else(|| Error::not_found(what, id))
}

/// The first record of `T`'s table that `tail` takes, if any.
pub(super) fn find<T: Record>(
    conn: &Connection,
    tail: &str,
    args: &[&dyn ToSql],
) -> Result<Option<T>> {
    Ok(conn
        .prepare_cached(&select_sql::<T>(tail))?
        .query_row(args, T::from_row)
        .optional()?)
}

/// Stores `record` as a new row of its table.
pub(super) fn insert<T: Record>(conn: &Connection, record: &T) -> rusqlite::Result<()> {
    insert_values(conn, "INSERT", T::TABLE, &record.values())
}

/// Inserts one row of `values` (`verb`: `INSERT` or `INSERT OR IGNORE`).
pub(super) fn insert_values(
    conn: &Connection,
    verb: &str,
    table: &str,
    values: &Values<'_>,
) -> rusqlite::Result<()> {
    let names = values
        .iter()
        .map(|(c, _)| *c)
        .collect::<Vec<_>>()
        .join(", ");
    let marks = (1..=values.len())
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ");
    conn.prepare_cached(&format!("{verb} INTO {table} ({names}) VALUES ({marks})"))?
        .execute(params_from_iter(values.iter().map(|(_, v)| v)))?;
    Ok(())
}

/// The codec a field names, `Plain` when it names none.
macro_rules! codec {
    () => {
        $crate::db::record::Plain
    };
    ($codec:ident) => {
        $crate::db::record::$codec
    };
}

/// The column a field is kept in: its own name unless it names another.
macro_rules! column {
    ($field:ident) => {
        stringify!($field)
    };
    ($field:ident $column:literal) => {
        $column
    };
}

/// `Record` for a type whose fields (those listed, in order) are columns of `$table`; the
/// fields not listed are `children`, left at their default by `from_row`.
macro_rules! table_record {
    (
        $table:literal => $name:ident {
            $($field:ident $(as $codec:ident)? $(= $column:literal)?),+ $(,)?
        }
        $(children { $($child:ident),* $(,)? })?
    ) => {
        impl $crate::db::record::Record for $name {
            const TABLE: &'static str = $table;

            fn select() -> &'static str {
                use $crate::db::record::{codec, column, Select};
                // Built once: tables are read on hot paths (a meeting's decisions, an export).
                static SELECT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
                SELECT.get_or_init(|| {
                    [$(<codec!($($codec)?)>::select(column!($field $($column)?))),+].join(", ")
                })
            }

            fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
                use $crate::db::record::{codec, read};
                // The fields are read in order, one column each.
                let mut i = 0;
                let mut next = || {
                    i += 1;
                    i - 1
                };
                Ok($name {
                    $($field: read::<codec!($($codec)?), _>(r, next())?,)+
                    $($($child: Default::default(),)*)?
                })
            }

            fn values(&self) -> $crate::db::record::Values<'_> {
                use $crate::db::record::{codec, column, write};
                let mut out = Vec::new();
                $(write::<codec!($($codec)?), _>(column!($field $($column)?), &self.$field, &mut out);)+
                out
            }
        }
    };
}

/// A record of the file and its table in one declaration: the struct (fields in file order,
/// camelCase keys, unknown keys refused) and its `Record`.
macro_rules! record {
    (
        $table:literal =>
        $(#[$meta:meta])*
        pub struct $name:ident {
            $($(#[$fmeta:meta])* $field:ident: $ty:ty $(as $codec:ident)? $(= $column:literal)?),+
            $(,)?
        }
        $(children {
            $($(#[$cmeta:meta])* $child:ident: $cty:ty),* $(,)?
        })?
    ) => {
        $(#[$meta])*
        #[derive(Debug, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "camelCase", deny_unknown_fields)]
        pub struct $name {
            $($(#[$fmeta])* pub $field: $ty,)+
            $($($(#[$cmeta])* pub $child: $cty,)*)?
        }

        $crate::db::record::table_record! {
            $table => $name { $($field $(as $codec)? $(= $column)?),+ }
            $(children { $($child),* })?
        }
    };
}

pub(super) use {codec, column, record, table_record};
