//! Personas: the customers who can sit in the chair.

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{json_list, required, to_json, Db};
use crate::model::{NewPersona, Persona};
use crate::time::{new_id, now};
use crate::{Error, Result};

const COLUMNS: &str =
    "id, name, segment, bio, goals, frustrations, needs, quote, success_measure, \
                       avatar_path, archived_at, created_at, updated_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Persona> {
    Ok(Persona {
        id: row.get(0)?,
        name: row.get(1)?,
        segment: row.get(2)?,
        bio: row.get(3)?,
        goals: json_list(row.get(4)?)?,
        frustrations: json_list(row.get(5)?)?,
        needs: json_list(row.get(6)?)?,
        quote: row.get(7)?,
        success_measure: row.get(8)?,
        avatar: None,
        archived_at: row.get(10)?,
        created_at: row.get(11)?,
        updated_at: row.get(12)?,
    })
}

pub(crate) fn insert(conn: &Connection, input: &NewPersona) -> Result<Persona> {
    let name = required("name", &input.name)?;
    let at = now();
    let id = new_id();
    let text = |v: &Option<String>| v.as_deref().unwrap_or("").trim().to_owned();
    let list = |v: &Option<Vec<String>>| to_json(v.as_deref().unwrap_or(&[]));
    conn.execute(
        &format!("INSERT INTO personas ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, NULL, NULL, ?10, ?10)"),
        params![
            id,
            name,
            text(&input.segment),
            text(&input.bio),
            list(&input.goals),
            list(&input.frustrations),
            list(&input.needs),
            text(&input.quote),
            text(&input.success_measure),
            at
        ],
    )?;
    get(conn, &id)
}

pub(crate) fn get(conn: &Connection, id: &str) -> Result<Persona> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM personas WHERE id = ?1"),
        [id],
        from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("persona", id))
}

impl Db {
    /// Personas not archived, by name.
    pub fn list_personas(&self) -> Result<Vec<Persona>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM personas WHERE archived_at IS NULL ORDER BY name COLLATE NOCASE"
        ))?;
        let rows = stmt.query_map([], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn get_persona(&self, id: &str) -> Result<Persona> {
        get(self.conn(), id)
    }

    pub fn create_persona(&mut self, input: &NewPersona) -> Result<Persona> {
        self.write(|tx| insert(tx, input))
    }
}
