//! Ambassadors' annotations: the customer's reaction to a decision, a thread under it.

use super::Db;
use crate::model::{Annotation, AnnotationInput};
use crate::{Error, Result};

fn todo<T>() -> Result<T> {
    Err(Error::Forbidden("not built yet".into()))
}

impl Db {
    /// Adds the current person's annotation to the decision.
    pub fn add_annotation(
        &mut self,
        decision_id: &str,
        input: &AnnotationInput,
    ) -> Result<Annotation> {
        let _ = (decision_id, input);
        todo()
    }

    /// Only the author (the current person) may edit it.
    pub fn update_annotation(&mut self, id: &str, input: &AnnotationInput) -> Result<Annotation> {
        let _ = (id, input);
        todo()
    }

    /// Only the author (the current person) may delete it.
    pub fn delete_annotation(&mut self, id: &str) -> Result<()> {
        let _ = id;
        todo()
    }
}
