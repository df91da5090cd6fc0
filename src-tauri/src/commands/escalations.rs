//! Escalation commands: "?" on an anecdote, its owner and deadline, and its resolution.

use chair_core::model::{Escalation, EscalationResolution, NewEscalation};
use chair_core::ChangeArea;

read_command!(
    /// Open escalations, overdue first; with `include_resolved`, the resolved ones follow.
    list_escalations(include_resolved: Option<bool>) -> Vec<Escalation>,
    |db| db.list_escalations(include_resolved.unwrap_or(false))
);

read_command!(
    anecdote_escalations(anecdote_id: String) -> Vec<Escalation>,
    |db| db.anecdote_escalations(&anecdote_id)
);

write_command!(
    escalate_anecdote(input: NewEscalation) -> Escalation, ChangeArea::Escalations, |db| {
        db.escalate_anecdote(&input)
    }
);

write_command!(
    resolve_escalation(input: EscalationResolution) -> Escalation, ChangeArea::Escalations, |db| {
        db.resolve_escalation(&input)
    }
);
