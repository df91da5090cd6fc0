//! IPC commands, one file per area. Each is thin: it hands its arguments to chair-core on the
//! blocking pool and returns the result or a `CommandError`.

// Most commands only hand their arguments to the core. These two macros write the Tauri
// ceremony around that one call, so such a command is declared by its parts:
// `read_command!(name(arg: Type, ...) -> Out, |db| body)` reads the workspace;
// `write_command!(name(arg: Type, ...) -> Out, changed, |db| body)` changes it, then tells every
// window (and the room) what changed (`AppState::write`). Doc comments go first. A command that
// needs more (the window, a dialog, a thread of its own) is written out as a plain function.

/// A command that reads the workspace on the blocking pool (`AppState::read`).
macro_rules! read_command {
    ($(#[$attr:meta])* $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $out:ty, |$db:ident| $body:expr) => {
        $(#[$attr])*
        #[tauri::command]
        pub async fn $name(
            state: tauri::State<'_, crate::state::AppState>,
            $($arg: $ty),*
        ) -> crate::error::CommandResult<$out> {
            state.read(move |$db| $body).await
        }
    };
}

/// A command that changes the workspace and announces `changed` (`AppState::write`).
macro_rules! write_command {
    ($(#[$attr:meta])* $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $out:ty,
        $changed:expr, |$db:ident| $body:expr) => {
        $(#[$attr])*
        #[tauri::command]
        pub async fn $name(
            app: tauri::AppHandle,
            state: tauri::State<'_, crate::state::AppState>,
            $($arg: $ty),*
        ) -> crate::error::CommandResult<$out> {
            state.write(&app, $changed, move |$db| $body).await
        }
    };
}

pub mod action_items;
pub mod anecdotes;
pub mod annotations;
pub mod backups;
pub mod decisions;
pub mod decks;
pub mod dialogs;
pub mod escalations;
pub mod exports;
pub mod import;
pub mod meetings;
pub mod people;
pub mod personas;
pub mod preferences;
pub mod projector;
pub mod reports;
pub mod room;
pub mod workspace;

include!("names.rs");
