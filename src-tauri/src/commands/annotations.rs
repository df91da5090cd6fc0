//! Annotation commands: the customer's reaction to a decision, written by an ambassador.

use chair_core::model::{Annotation, AnnotationInput};
use chair_core::{ChangeArea, Changed};
use tauri::{AppHandle, State};

use crate::error::CommandResult;
use crate::state::AppState;

/// Adds the current person's annotation; fails with `forbidden` when nobody is chosen.
#[tauri::command]
pub async fn add_annotation(
    app: AppHandle,
    state: State<'_, AppState>,
    decision_id: String,
    input: AnnotationInput,
) -> CommandResult<Annotation> {
    state
        .write(&app, Changed::for_annotation, move |db| {
            db.add_annotation(&decision_id, &input)
        })
        .await
}

/// Only its author may edit an annotation (`forbidden` otherwise).
#[tauri::command]
pub async fn update_annotation(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    input: AnnotationInput,
) -> CommandResult<Annotation> {
    state
        .write(&app, Changed::for_annotation, move |db| {
            db.update_annotation(&id, &input)
        })
        .await
}

#[tauri::command]
pub async fn delete_annotation(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
) -> CommandResult<()> {
    state
        .write(&app, ChangeArea::Decisions, move |db| {
            db.delete_annotation(&id)
        })
        .await
}
