//! Escalation commands: "?" on an anecdote, its owner and deadline, and its resolution.

use chair_core::model::{Escalation, EscalationResolution, NewEscalation};
use chair_core::ChangeArea;
use tauri::{AppHandle, State};

use crate::error::CommandResult;
use crate::state::AppState;

/// Open escalations, overdue first; with `include_resolved`, the resolved ones follow.
#[tauri::command]
pub async fn list_escalations(
    state: State<'_, AppState>,
    include_resolved: Option<bool>,
) -> CommandResult<Vec<Escalation>> {
    let include_resolved = include_resolved.unwrap_or(false);
    state
        .read(move |db| db.list_escalations(include_resolved))
        .await
}

#[tauri::command]
pub async fn anecdote_escalations(
    state: State<'_, AppState>,
    anecdote_id: String,
) -> CommandResult<Vec<Escalation>> {
    state
        .read(move |db| db.anecdote_escalations(&anecdote_id))
        .await
}

#[tauri::command]
pub async fn escalate_anecdote(
    app: AppHandle,
    state: State<'_, AppState>,
    input: NewEscalation,
) -> CommandResult<Escalation> {
    state
        .write(&app, ChangeArea::Escalations, move |db| {
            db.escalate_anecdote(&input)
        })
        .await
}

#[tauri::command]
pub async fn resolve_escalation(
    app: AppHandle,
    state: State<'_, AppState>,
    input: EscalationResolution,
) -> CommandResult<Escalation> {
    state
        .write(&app, ChangeArea::Escalations, move |db| {
            db.resolve_escalation(&input)
        })
        .await
}
