//! Escalations: an anecdote handed to an owner with a deadline, and its resolution.

use super::Db;
use crate::model::{Escalation, EscalationResolution, NewEscalation};
use crate::{Error, Result};

fn todo<T>() -> Result<T> {
    Err(Error::Forbidden("not built yet".into()))
}

impl Db {
    /// Open escalations by due time (overdue first); with `include_resolved`, the resolved ones
    /// follow, newest resolution first.
    pub fn list_escalations(&self, include_resolved: bool) -> Result<Vec<Escalation>> {
        let _ = include_resolved;
        todo()
    }

    /// The escalations of one anecdote, newest first.
    pub fn anecdote_escalations(&self, anecdote_id: &str) -> Result<Vec<Escalation>> {
        let _ = anecdote_id;
        todo()
    }

    /// Raises an escalation; `raised_by` is the current person's name (or "").
    pub fn escalate_anecdote(&mut self, input: &NewEscalation) -> Result<Escalation> {
        let _ = input;
        todo()
    }

    /// Records what happened and what was fixed; `resolved_by` is the current person's name.
    pub fn resolve_escalation(&mut self, input: &EscalationResolution) -> Result<Escalation> {
        let _ = input;
        todo()
    }
}
