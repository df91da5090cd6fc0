//! Prompt deck commands: custom decks, and moving decks between workspaces as JSON files.

use std::path::PathBuf;

use chair_core::model::{DeckInput, PromptDeck};
use chair_core::ChangeArea;
use tauri::{AppHandle, State};

use crate::commands::dialogs::{PickPurpose, Picked};
use crate::error::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn create_deck(
    app: AppHandle,
    state: State<'_, AppState>,
    input: DeckInput,
) -> CommandResult<PromptDeck> {
    state
        .write(&app, ChangeArea::Decks, move |db| db.create_deck(&input))
        .await
}

/// Replaces the deck's name, description and prompts (in the order given).
#[tauri::command]
pub async fn update_deck(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    input: DeckInput,
) -> CommandResult<PromptDeck> {
    state
        .write(&app, ChangeArea::Decks, move |db| {
            db.update_deck(&id, &input)
        })
        .await
}

#[tauri::command]
pub async fn delete_deck(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
) -> CommandResult<()> {
    state
        .write(&app, ChangeArea::Decks, move |db| db.delete_deck(&id))
        .await
}

/// Writes the deck as JSON to `path`, which the user chose in the save dialog.
#[tauri::command]
pub async fn export_deck(
    state: State<'_, AppState>,
    picked: State<'_, Picked>,
    id: String,
    path: String,
) -> CommandResult<()> {
    let path = PathBuf::from(path);
    let (target, workspace) = (path.clone(), state.workspace_path());
    picked
        .save(
            &target,
            PickPurpose::ExportDeck,
            &workspace,
            state.read(move |db| db.export_deck(&id, &path)),
        )
        .await
}

/// Adds the deck in the JSON file at `path` as a new custom deck.
#[tauri::command]
pub async fn import_deck(
    app: AppHandle,
    state: State<'_, AppState>,
    picked: State<'_, Picked>,
    path: String,
) -> CommandResult<PromptDeck> {
    let path = PathBuf::from(path);
    picked.check_open(&path, PickPurpose::ImportDeck)?;
    state
        .write(&app, ChangeArea::Decks, move |db| db.import_deck(&path))
        .await
}
