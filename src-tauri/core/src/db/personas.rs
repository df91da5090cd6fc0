//! Personas: the customers who can sit in the chair, and their pictures.
//!
//! A picture is stored in the workspace file (`persona_avatars`), not referenced by path, so a
//! workspace copied to another laptop still shows it. Its type is decided by its magic bytes,
//! never by the file name, and it crosses to the UI as a `data:` URL.

use std::io::Read;
use std::path::Path;

use base64::Engine as _;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{json_list, required, to_json, Db};
use crate::model::{NewPersona, Persona};
use crate::time::{new_id, now};
use crate::{Error, Result};

/// Largest picture stored: enough for a sharp portrait, small enough to send with every persona.
pub const AVATAR_MAX_BYTES: u64 = 2 * 1024 * 1024;

const COLUMNS: &str = "p.id, p.name, p.segment, p.bio, p.goals, p.frustrations, p.needs, p.quote, \
                       p.success_measure, v.mime, v.bytes, p.archived_at, p.created_at, \
                       p.updated_at";
const FROM: &str = "personas p LEFT JOIN persona_avatars v ON v.persona_id = p.id";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Persona> {
    let mime: Option<String> = row.get(9)?;
    let avatar = match mime {
        Some(mime) => {
            let bytes = row.get_ref(10)?.as_blob()?;
            Some(data_url(&mime, bytes))
        }
        None => None,
    };
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
        avatar,
        archived_at: row.get(11)?,
        created_at: row.get(12)?,
        updated_at: row.get(13)?,
    })
}

fn data_url(mime: &str, bytes: &[u8]) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
    format!("data:{mime};base64,{encoded}")
}

/// The editable fields of a persona as stored: text trimmed, lists as JSON.
struct Fields {
    name: String,
    segment: String,
    bio: String,
    goals: String,
    frustrations: String,
    needs: String,
    quote: String,
    success_measure: String,
}

fn fields(input: &NewPersona) -> Result<Fields> {
    let text = |v: &Option<String>| v.as_deref().unwrap_or("").trim().to_owned();
    let list = |v: &Option<Vec<String>>| to_json(v.as_deref().unwrap_or(&[]));
    Ok(Fields {
        name: required("name", &input.name)?,
        segment: text(&input.segment),
        bio: text(&input.bio),
        goals: list(&input.goals),
        frustrations: list(&input.frustrations),
        needs: list(&input.needs),
        quote: text(&input.quote),
        success_measure: text(&input.success_measure),
    })
}

pub(crate) fn insert(conn: &Connection, input: &NewPersona) -> Result<Persona> {
    let f = fields(input)?;
    let at = now();
    let id = new_id();
    write(
        conn,
        "INSERT INTO personas (id, name, segment, bio, goals, frustrations, needs, quote,
             success_measure, archived_at, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, NULL, ?10, ?10)",
        &id,
        &f,
        &at,
    )?;
    get(conn, &id)
}

/// Runs `sql` (the insert or the update) with ?1 the id, ?2-?9 the fields and ?10 the time.
fn write(conn: &Connection, sql: &str, id: &str, f: &Fields, at: &str) -> Result<usize> {
    Ok(conn.prepare_cached(sql)?.execute(params![
        id,
        f.name,
        f.segment,
        f.bio,
        f.goals,
        f.frustrations,
        f.needs,
        f.quote,
        f.success_measure,
        at
    ])?)
}

pub(crate) fn get(conn: &Connection, id: &str) -> Result<Persona> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM {FROM} WHERE p.id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| Error::not_found("persona", id))
}

/// Fails with `not_found` unless the persona exists.
pub(crate) fn require(conn: &Connection, id: &str) -> Result<()> {
    let found: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM personas WHERE id = ?1)")?
        .query_row([id], |r| r.get(0))?;
    if found {
        Ok(())
    } else {
        Err(Error::not_found("persona", id))
    }
}

/// A picture read from disk and checked: its MIME type and bytes.
struct Avatar {
    mime: &'static str,
    bytes: Vec<u8>,
}

/// The image type of `bytes`, from their first bytes; the file name is not trusted.
fn sniff_image(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some("image/gif")
    } else if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

/// Reads and checks the picture at `path`. Errors name the file.
fn read_avatar(path: &Path) -> Result<Avatar> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    // Never more than one byte past the limit in memory, whatever the file's size.
    let mut bytes = Vec::new();
    file.take(AVATAR_MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > AVATAR_MAX_BYTES {
        return Err(Error::invalid(
            name,
            "is larger than 2 MiB, the most a persona picture can be",
        ));
    }
    let mime = sniff_image(&bytes)
        .ok_or_else(|| Error::invalid(&name, "not a PNG, JPEG, GIF or WebP image"))?;
    Ok(Avatar { mime, bytes })
}

impl Db {
    /// Personas by name; with `include_archived`, the archived ones follow the active ones.
    pub fn list_personas(&self, include_archived: bool) -> Result<Vec<Persona>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM {FROM} WHERE ?1 OR p.archived_at IS NULL
             ORDER BY p.archived_at IS NOT NULL, p.name COLLATE NOCASE, p.id"
        ))?;
        let rows = stmt.query_map([include_archived], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn get_persona(&self, id: &str) -> Result<Persona> {
        get(self.conn(), id)
    }

    pub fn create_persona(&mut self, input: &NewPersona) -> Result<Persona> {
        self.write(|tx| insert(tx, input))
    }

    /// Replaces the persona's editable fields. Its picture, archive state and links stay.
    pub fn update_persona(&mut self, id: &str, input: &NewPersona) -> Result<Persona> {
        let f = fields(input)?;
        self.write(|tx| {
            let changed = write(
                tx,
                "UPDATE personas SET name = ?2, segment = ?3, bio = ?4, goals = ?5,
                     frustrations = ?6, needs = ?7, quote = ?8, success_measure = ?9,
                     updated_at = ?10
                 WHERE id = ?1",
                id,
                &f,
                &now(),
            )?;
            if changed == 0 {
                return Err(Error::not_found("persona", id));
            }
            get(tx, id)
        })
    }

    /// A new, active persona with the same fields and picture, named "<name> (copy)". Its
    /// anecdotes and meetings stay with the original.
    pub fn duplicate_persona(&mut self, id: &str) -> Result<Persona> {
        self.write(|tx| {
            let original = get(tx, id)?;
            let copy = insert(
                tx,
                &NewPersona {
                    name: format!("{} (copy)", original.name),
                    segment: Some(original.segment),
                    bio: Some(original.bio),
                    goals: Some(original.goals),
                    frustrations: Some(original.frustrations),
                    needs: Some(original.needs),
                    quote: Some(original.quote),
                    success_measure: Some(original.success_measure),
                },
            )?;
            tx.execute(
                "INSERT INTO persona_avatars (persona_id, mime, bytes, updated_at)
                 SELECT ?2, mime, bytes, ?3 FROM persona_avatars WHERE persona_id = ?1",
                params![id, copy.id, copy.created_at],
            )?;
            get(tx, &copy.id)
        })
    }

    /// Archives (or brings back) a persona. Archived personas leave the default list but keep
    /// their links to meetings, decisions and anecdotes. Archiving twice keeps the first date.
    pub fn archive_persona(&mut self, id: &str, archived: bool) -> Result<Persona> {
        self.write(|tx| {
            let persona = get(tx, id)?;
            if persona.archived_at.is_some() == archived {
                return Ok(persona);
            }
            let at = now();
            tx.execute(
                "UPDATE personas SET archived_at = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, archived.then_some(&at), at],
            )?;
            get(tx, id)
        })
    }

    /// Stores the picture at `path` (PNG, JPEG, GIF or WebP, at most 2 MiB) in the workspace as
    /// the persona's; `None` removes it. A refused file changes nothing.
    pub fn set_persona_avatar(&mut self, id: &str, path: Option<&Path>) -> Result<Persona> {
        require(self.conn(), id)?;
        let avatar = path.map(read_avatar).transpose()?;
        self.write(|tx| {
            require(tx, id)?;
            let at = now();
            match &avatar {
                Some(a) => {
                    tx.execute(
                        "INSERT INTO persona_avatars (persona_id, mime, bytes, updated_at)
                         VALUES (?1, ?2, ?3, ?4)
                         ON CONFLICT (persona_id) DO UPDATE SET mime = excluded.mime,
                             bytes = excluded.bytes, updated_at = excluded.updated_at",
                        params![id, a.mime, a.bytes, at],
                    )?;
                }
                None => {
                    tx.execute("DELETE FROM persona_avatars WHERE persona_id = ?1", [id])?;
                }
            }
            tx.execute(
                "UPDATE personas SET updated_at = ?2 WHERE id = ?1",
                params![id, at],
            )?;
            get(tx, id)
        })
    }
}
