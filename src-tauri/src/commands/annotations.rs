//! Annotation commands: the customer's reaction to a decision, written by an ambassador.

use chair_core::model::{Annotation, AnnotationInput};
use chair_core::{ChangeArea, Changed};

write_command!(
    /// Adds the current person's annotation; fails with `forbidden` when nobody is chosen.
    add_annotation(decision_id: String, input: AnnotationInput) -> Annotation,
    Changed::for_annotation,
    |db| {
        db.add_annotation(&decision_id, &input)
    }
);

write_command!(
    /// Only its author may edit an annotation (`forbidden` otherwise).
    update_annotation(id: String, input: AnnotationInput) -> Annotation,
    Changed::for_annotation,
    |db| {
        db.update_annotation(&id, &input)
    }
);

write_command!(
    delete_annotation(id: String) -> (), ChangeArea::Decisions, |db| {
        db.delete_annotation(&id)
    }
);
