//! The people of the workspace and who is at the keyboard now.
//!
//! Annotations and escalations are signed with a person's name, so two active people may not
//! share one (a unique index on the trimmed, lower-cased name of active people). Who is at the
//! keyboard is a setting (`current_person_id`), not a column: it belongs to the laptop's
//! session, and clearing it is one delete. Archiving keeps a person's past signatures readable
//! while taking them out of the pickers.

use rusqlite::{params, Connection};

use super::record::{self, table_record};
use super::{required, settings, Db};
use crate::model::{Person, PersonInput, Role};
use crate::time::{new_id, now};
use crate::{Error, Result};

table_record! {
    "people" => Person { id, name, role, archived_at, created_at, updated_at }
}

pub(crate) fn get(conn: &Connection, id: &str) -> Result<Person> {
    record::get(conn, "person", id)
}

/// The person at the keyboard, if one was chosen and still exists. A stored id whose person
/// is gone or archived reads as nobody.
pub(crate) fn current(conn: &Connection) -> Result<Option<Person>> {
    let Some(id) = settings::get(conn, settings::CURRENT_PERSON)? else {
        return Ok(None);
    };
    record::find(conn, "WHERE id = ?1 AND archived_at IS NULL", &[&id])
}

/// The current person's name, or "" when nobody is chosen (how escalations are signed).
pub(crate) fn current_name(conn: &Connection) -> Result<String> {
    Ok(current(conn)?.map(|p| p.name).unwrap_or_default())
}

/// Maps the unique index on active names (the only unique constraint on `people` besides its
/// id) to an error that names the clash.
fn name_taken(name: &str) -> impl FnOnce(rusqlite::Error) -> Error + '_ {
    move |e| match &e {
        rusqlite::Error::SqliteFailure(f, _)
            if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE =>
        {
            Error::invalid(
                "name",
                format!("someone called \u{201c}{name}\u{201d} is already in this workspace"),
            )
        }
        _ => Error::Db(e),
    }
}

/// Stores a new person; the sample workspace uses it too.
pub(crate) fn insert(conn: &Connection, input: &PersonInput) -> Result<Person> {
    let name = required("name", &input.name)?;
    let at = now();
    let person = Person {
        id: new_id(),
        name,
        role: input.role.unwrap_or(Role::Participant),
        archived_at: None,
        created_at: at.clone(),
        updated_at: at,
    };
    record::insert(conn, &person).map_err(name_taken(&person.name))?;
    Ok(person)
}

impl Db {
    /// Active people by name; with `include_archived`, the archived ones follow.
    pub fn list_people(&self, include_archived: bool) -> Result<Vec<Person>> {
        record::load_where(
            self.conn(),
            "WHERE ?1 OR archived_at IS NULL
             ORDER BY archived_at IS NOT NULL, name COLLATE NOCASE, id",
            &[&include_archived],
        )
    }

    pub fn create_person(&mut self, input: &PersonInput) -> Result<Person> {
        self.write(|tx| insert(tx, input))
    }

    /// Renames the person or changes their role. Annotations already written keep the name
    /// and role they were signed with.
    pub fn update_person(&mut self, id: &str, input: &PersonInput) -> Result<Person> {
        self.write(|tx| {
            let before = get(tx, id)?;
            let name = required("name", &input.name)?;
            tx.execute(
                "UPDATE people SET name = ?2, role = ?3, updated_at = ?4 WHERE id = ?1",
                params![id, name, input.role.unwrap_or(before.role), now()],
            )
            .map_err(name_taken(&name))?;
            get(tx, id)
        })
    }

    /// Archives (or brings back) a person; an archived person cannot be the current one, so
    /// archiving the current person leaves nobody at the keyboard. Bringing back someone whose
    /// name an active person took meanwhile is refused (`invalid`, field `name`).
    pub fn archive_person(&mut self, id: &str, archived: bool) -> Result<Person> {
        self.write(|tx| {
            let person = get(tx, id)?;
            if person.archived_at.is_some() == archived {
                return Ok(person);
            }
            let at = now();
            tx.execute(
                "UPDATE people SET archived_at = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, archived.then_some(&at), at],
            )
            .map_err(name_taken(&person.name))?;
            if archived && settings::get(tx, settings::CURRENT_PERSON)?.as_deref() == Some(id) {
                settings::remove(tx, settings::CURRENT_PERSON)?;
            }
            get(tx, id)
        })
    }

    /// The active person called `name` (trimmed, any case), or a new one with `role`: how a
    /// device admitted to the room becomes one of the workspace's people.
    pub fn find_or_add_person(&mut self, name: &str, role: Role) -> Result<Person> {
        self.write(|tx| {
            let name = required("name", name)?;
            let found = record::find(
                tx,
                "WHERE archived_at IS NULL AND lower(trim(name)) = lower(?1)",
                &[&name],
            )?;
            match found {
                Some(person) => Ok(person),
                None => insert(
                    tx,
                    &PersonInput {
                        name,
                        role: Some(role),
                    },
                ),
            }
        })
    }

    /// Who uses the app on this laptop now, if anyone was chosen.
    pub fn current_person(&self) -> Result<Option<Person>> {
        current(self.conn())
    }

    /// Hands the keyboard to `id` (`None`: nobody). An unknown person is `not_found`; an
    /// archived one is refused (`invalid`, field `id`).
    pub fn set_current_person(&mut self, id: Option<&str>) -> Result<Option<Person>> {
        self.write(|tx| match id {
            None => {
                settings::remove(tx, settings::CURRENT_PERSON)?;
                Ok(None)
            }
            Some(id) => {
                let person = get(tx, id)?;
                if person.archived_at.is_some() {
                    return Err(Error::invalid(
                        "id",
                        format!(
                            "{} is archived; bring them back before switching to them",
                            person.name
                        ),
                    ));
                }
                settings::set(tx, settings::CURRENT_PERSON, id)?;
                Ok(Some(person))
            }
        })
    }
}
