//! The people of the workspace and who is at the keyboard now.

use super::Db;
use crate::model::{Person, PersonInput};
use crate::{Error, Result};

fn todo<T>() -> Result<T> {
    Err(Error::Forbidden("not built yet".into()))
}

impl Db {
    /// Active people by name; with `include_archived`, the archived ones follow.
    pub fn list_people(&self, include_archived: bool) -> Result<Vec<Person>> {
        let _ = include_archived;
        todo()
    }

    pub fn create_person(&mut self, input: &PersonInput) -> Result<Person> {
        let _ = input;
        todo()
    }

    pub fn update_person(&mut self, id: &str, input: &PersonInput) -> Result<Person> {
        let _ = (id, input);
        todo()
    }

    /// Archives (or brings back) a person; an archived person cannot be the current one.
    pub fn archive_person(&mut self, id: &str, archived: bool) -> Result<Person> {
        let _ = (id, archived);
        todo()
    }

    /// Who uses the app on this laptop now, if anyone was chosen.
    pub fn current_person(&self) -> Result<Option<Person>> {
        todo()
    }

    /// Hands the keyboard to `id` (`None`: nobody).
    pub fn set_current_person(&mut self, id: Option<&str>) -> Result<Option<Person>> {
        let _ = id;
        todo()
    }
}
