//! Small facts about the workspace, kept as key/value text.

use rusqlite::{Connection, OptionalExtension};

use crate::Result;

pub(crate) const INITIALIZED: &str = "initialized";
pub(crate) const IS_SAMPLE: &str = "is_sample";
pub(crate) const LAST_MEETING: &str = "last_meeting_id";

pub(crate) fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?)
}

pub(crate) fn set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

pub(crate) fn remove(conn: &Connection, key: &str) -> Result<()> {
    conn.execute("DELETE FROM settings WHERE key = ?1", [key])?;
    Ok(())
}
