//! Prompt deck commands: custom decks, and moving decks between workspaces as JSON files.

use std::path::PathBuf;

use chair_core::model::{DeckInput, PromptDeck};
use chair_core::ChangeArea;
use tauri::{AppHandle, State};

use crate::commands::dialogs::{PickPurpose, Picked};
use crate::error::CommandResult;
use crate::state::AppState;

write_command!(
    create_deck(input: DeckInput) -> PromptDeck, ChangeArea::Decks, |db| db.create_deck(&input)
);

write_command!(
    /// Replaces the deck's name, description and prompts (in the order given).
    update_deck(id: String, input: DeckInput) -> PromptDeck, ChangeArea::Decks, |db| {
        db.update_deck(&id, &input)
    }
);

write_command!(delete_deck(id: String) -> (), ChangeArea::Decks, |db| db.delete_deck(&id));

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
