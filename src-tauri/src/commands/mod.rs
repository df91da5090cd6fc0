//! IPC commands, one file per area. Each is thin: it hands its arguments to chair-core on the
//! blocking pool and returns the result or a `CommandError`.

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
