//! Small facts about the workspace, kept as key/value text, and the user's preferences (one
//! JSON value under one key, so a new preference needs no migration).

use rusqlite::{Connection, OptionalExtension};

use super::Db;
use crate::model::Preferences;
use crate::Result;

pub(crate) const INITIALIZED: &str = "initialized";
pub(crate) const IS_SAMPLE: &str = "is_sample";
pub(crate) const LAST_MEETING: &str = "last_meeting_id";
/// Who is at the keyboard: a person's id (see `people.rs`).
pub(crate) const CURRENT_PERSON: &str = "current_person_id";
pub(crate) const PREFERENCES: &str = "preferences";

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

impl Db {
    /// The workspace's preferences; the defaults until they are first set. Preferences missing
    /// from what is stored (added by a later version) take their defaults.
    pub fn get_preferences(&self) -> Result<Preferences> {
        match get(self.conn(), PREFERENCES)? {
            Some(json) => Ok(serde_json::from_str(&json)?),
            None => Ok(Preferences::default()),
        }
    }

    /// Stores `preferences` in place of the current ones; returns them as stored.
    pub fn set_preferences(&mut self, preferences: &Preferences) -> Result<Preferences> {
        let json = serde_json::to_string(preferences)?;
        self.write(|tx| set(tx, PREFERENCES, &json))?;
        self.get_preferences()
    }
}
