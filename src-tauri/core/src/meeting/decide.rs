//! Deciding in a meeting: recording and changing a decision, and the one-way-door gate on
//! accepting it. A decision's own rows are `db/decisions.rs`'s; what deciding does to the
//! meeting (its draft cleared, the customer stamped as referred to) and the gate's reading
//! of the meeting's questions are here, above both tables.

use rusqlite::Connection;

use crate::db::{decisions, drafts, meeting_decks, meetings, references};
use crate::model::{
    Decision, DecisionInput, DecisionStatus, GateCheck, ImpactDirection, NewDecision, Reversibility,
};
use crate::time::now;
use crate::{Db, Error, Result};

/// Whether the decision brings the customer in: an impact with a known direction, or evidence.
fn refers_to_customer(input: &DecisionInput) -> bool {
    input
        .impacts
        .iter()
        .flatten()
        .any(|i| i.direction != ImpactDirection::Unknown)
        || input.evidence_ids.iter().flatten().next().is_some()
}

/// Why accepting `decision` needs the room's confirmation: only a one-way door is gated, by
/// each prompt of its meeting's deck that has no answer in the meeting, and by missing evidence.
fn gate_reasons(conn: &Connection, decision: &Decision) -> Result<Vec<String>> {
    if decision.reversibility != Reversibility::OneWay {
        return Ok(Vec::new());
    }
    let meeting = meetings::get(conn, &decision.meeting_id)?;
    let mut reasons = Vec::new();
    if let Some(deck) = meeting_decks::questions(conn, &meeting)? {
        let answered = decisions::answered_prompt_ids(conn, &meeting.id)?;
        for prompt in deck.prompts {
            if !answered.contains(&prompt.id) {
                reasons.push(format!(
                    "customer question not answered: \u{201c}{}\u{201d}",
                    prompt.text
                ));
            }
        }
    }
    if decision.evidence_ids.is_empty() {
        reasons.push("no customer evidence: no anecdote is pinned to it".to_owned());
    }
    Ok(reasons)
}

/// Refuses accepting `decision` when the gate names reasons, unless `override_by` names who
/// takes responsibility; returns the override to record (none when nothing was overridden).
fn pass_gate(
    conn: &Connection,
    decision: &Decision,
    override_by: Option<&str>,
) -> Result<Option<String>> {
    let reasons = gate_reasons(conn, decision)?;
    if reasons.is_empty() {
        return Ok(None);
    }
    match override_by.map(str::trim).filter(|o| !o.is_empty()) {
        Some(who) => Ok(Some(who.to_owned())),
        None => Err(Error::Gate { reasons }),
    }
}

impl Db {
    /// Records a decision in one transaction: the decision, its impacts and its evidence. One
    /// recorded as accepted goes through the gate (see `accept_decision`). Clears the meeting's
    /// decision draft; an impact or evidence counts as a customer reference.
    pub fn record_decision(&mut self, input: &NewDecision) -> Result<Decision> {
        self.write(|tx| {
            let decision = decisions::insert(tx, input)?;
            if decision.status == DecisionStatus::Accepted {
                // Without an override the gate either passes or refuses (rolling back).
                pass_gate(tx, &decision, None)?;
            }
            drafts::clear(tx, &input.meeting_id)?;
            if refers_to_customer(&decisions::as_input(input)) {
                references::stamp_reference(tx, &input.meeting_id, &decision.created_at)?;
            }
            decisions::get(tx, &decision.id)
        })
    }

    /// Replaces the decision's fields, impacts and evidence in one transaction. Becoming
    /// accepted goes through the gate; leaving accepted forgets a gate override.
    pub fn update_decision(&mut self, id: &str, input: &DecisionInput) -> Result<Decision> {
        self.write(|tx| {
            let before = decisions::get(tx, id)?;
            let at = now();
            let status = decisions::update(tx, &before, input, &at)?;
            let after = decisions::get(tx, id)?;
            if status == DecisionStatus::Accepted && before.status != DecisionStatus::Accepted {
                let who = pass_gate(tx, &after, None)?;
                decisions::set_accepted(tx, id, who.as_deref(), &at)?;
            }
            if refers_to_customer(input) {
                references::stamp_reference(tx, &before.meeting_id, &at)?;
            }
            decisions::get(tx, id)
        })
    }

    /// What accepting the decision would need the room to confirm.
    pub fn check_gate(&self, id: &str) -> Result<GateCheck> {
        let decision = decisions::get(self.conn(), id)?;
        let reasons = gate_reasons(self.conn(), &decision)?;
        Ok(GateCheck {
            needs_confirmation: !reasons.is_empty(),
            reasons,
        })
    }

    /// Accepts the decision. A one-way door with unanswered customer questions or no evidence
    /// is refused (`Error::Gate`, naming the reasons) unless `override_by` says who takes
    /// responsibility; then the override is recorded with the decision. Accepting an accepted
    /// decision changes nothing.
    pub fn accept_decision(&mut self, id: &str, override_by: Option<&str>) -> Result<Decision> {
        self.write(|tx| {
            let decision = decisions::get(tx, id)?;
            if decision.status == DecisionStatus::Accepted {
                return Ok(decision);
            }
            let who = pass_gate(tx, &decision, override_by)?;
            decisions::clear_superseded(tx, id)?;
            decisions::set_accepted(tx, id, who.as_deref(), &now())?;
            decisions::get(tx, id)
        })
    }
}
