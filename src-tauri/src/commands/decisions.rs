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

/// Replaces the decision's fields, impacts and evidence in one transaction.
#[tauri::command]
pub async fn update_decision(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    input: DecisionInput,
) -> CommandResult<Decision> {
    state
        .write(&app, Changed::for_decision, move |db| {
            db.update_decision(&id, &input)
        })
        .await
}

/// The Decisions screen: every decision the filter takes, across meetings, due for review first.
#[tauri::command]
pub async fn find_decisions(
    state: State<'_, AppState>,
    filter: DecisionFilter,
    sort: DecisionSort,
) -> CommandResult<DecisionPage> {
    state.read(move |db| db.find_decisions(&filter, sort)).await
}

/// Deletes the decision with its impacts, evidence and reactions, after a snapshot; undone
/// with `undo_delete`.
#[tauri::command]
pub async fn delete_decision(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
) -> CommandResult<Deleted> {
    state
        .write(&app, Changed::of(ChangeArea::Decisions), move |db| {
            db.delete_decision(&id)
        })
        .await
}

/// Accepts the decision. A one-way door with unanswered prompts or no evidence fails with code
/// `gate` unless `override_by` names who takes responsibility.
#[tauri::command]
pub async fn accept_decision(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    override_by: Option<String>,
) -> CommandResult<Decision> {
    state
        .write(&app, Changed::for_decision, move |db| {
            db.accept_decision(&id, override_by.as_deref())
        })
        .await
}

/// What accepting the decision would need confirmed, so the UI can ask first.
#[tauri::command]
pub async fn check_gate(state: State<'_, AppState>, id: String) -> CommandResult<GateCheck> {
    state.read(move |db| db.check_gate(&id)).await
}

/// Accepted decisions whose review date has come and that have not been reviewed.
#[tauri::command]
pub async fn decisions_due_for_review(state: State<'_, AppState>) -> CommandResult<Vec<Decision>> {
    state.read(|db| db.decisions_due_for_review(today())).await
}

#[tauri::command]
pub async fn record_review(
    app: AppHandle,
    state: State<'_, AppState>,
    input: ReviewInput,
) -> CommandResult<Decision> {
    state
        .write(&app, Changed::for_decision, move |db| {
            db.record_review(&input)
        })
        .await
}

/// A PR/FAQ draft in Markdown from the decision and its meeting's prompt answers.
#[tauri::command]
pub async fn prfaq_draft(state: State<'_, AppState>, decision_id: String) -> CommandResult<String> {
    state.read(move |db| db.prfaq_draft(&decision_id)).await
}

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

/// The PR/FAQ draft kept with the decision when it was last saved, if ever.
#[tauri::command]
pub async fn kept_prfaq(
    state: State<'_, AppState>,
    decision_id: String,
) -> CommandResult<Option<KeptPrFaq>> {
    state.read(move |db| db.kept_prfaq(&decision_id)).await
}
