//! Decision commands beyond recording one: editing, the one-way-door gate, reviews, and the
//! PR/FAQ draft (made, saved to a Markdown file, kept with the decision).

use std::path::PathBuf;

use chair_core::model::{
    Decision, DecisionFilter, DecisionInput, DecisionPage, DecisionSort, Deleted, GateCheck,
    KeptPrFaq, ReviewInput,
};
use chair_core::time::today;
use chair_core::{ChangeArea, Changed};
use tauri::{AppHandle, State};

use crate::commands::dialogs::{PickPurpose, Picked};
use crate::error::CommandResult;
use crate::state::AppState;

write_command!(
    /// Replaces the decision's fields, impacts and evidence in one transaction.
    update_decision(id: String, input: DecisionInput) -> Decision, Changed::for_decision, |db| {
        db.update_decision(&id, &input)
    }
);

read_command!(
    /// The Decisions screen: every decision the filter takes, across meetings, due for review first.
    find_decisions(filter: DecisionFilter, sort: DecisionSort) -> DecisionPage,
    |db| db.find_decisions(&filter, sort)
);

write_command!(
    /// Deletes the decision with its impacts, evidence and reactions, after a snapshot; undone
    /// with `undo_delete`.
    delete_decision(id: String) -> Deleted, Changed::of(ChangeArea::Decisions), |db| {
        db.delete_decision(&id)
    }
);

write_command!(
    /// Accepts the decision. A one-way door with unanswered prompts or no evidence fails with code
    /// `gate` unless `override_by` names who takes responsibility.
    accept_decision(id: String, override_by: Option<String>) -> Decision,
    Changed::for_decision,
    |db| {
        db.accept_decision(&id, override_by.as_deref())
    }
);

read_command!(
    /// What accepting the decision would need confirmed, so the UI can ask first.
    check_gate(id: String) -> GateCheck, |db| db.check_gate(&id)
);

read_command!(
    /// Accepted decisions whose review date has come and that have not been reviewed.
    decisions_due_for_review() -> Vec<Decision>, |db| db.decisions_due_for_review(today())
);

write_command!(
    record_review(input: ReviewInput) -> Decision, Changed::for_decision, |db| {
        db.record_review(&input)
    }
);

read_command!(
    /// A PR/FAQ draft in Markdown from the decision and its meeting's prompt answers.
    prfaq_draft(decision_id: String) -> String, |db| db.prfaq_draft(&decision_id)
);

/// Writes the decision's PR/FAQ draft to `path`, which the user picked in the save dialog for
/// it, and keeps the same text with the decision. Fails with `exists` rather than replace a
/// file, unless `overwrite` (the pick is kept for that second try).
#[tauri::command]
pub async fn save_prfaq(
    app: AppHandle,
    state: State<'_, AppState>,
    picked: State<'_, Picked>,
    decision_id: String,
    path: PathBuf,
    overwrite: bool,
) -> CommandResult<KeptPrFaq> {
    let workspace = state.workspace_path();
    let target = path.clone();
    let changed = Changed::decisions([decision_id.clone()]);
    picked
        .save(
            &target,
            PickPurpose::ExportPrFaq,
            &workspace,
            state.write(&app, changed, move |db| {
                db.save_prfaq(&decision_id, &path, overwrite)
            }),
        )
        .await
}

read_command!(
    /// The PR/FAQ draft kept with the decision when it was last saved, if ever.
    kept_prfaq(decision_id: String) -> Option<KeptPrFaq>, |db| db.kept_prfaq(&decision_id)
);
