//! Decision commands beyond recording one: editing, the one-way-door gate, reviews, and the
//! PR/FAQ draft.

use chair_core::model::{
    Decision, DecisionFilter, DecisionInput, DecisionPage, DecisionSort, Deleted, GateCheck,
    ReviewInput,
};
use chair_core::time::today;
use chair_core::{ChangeArea, Changed};
use tauri::{AppHandle, State};

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
