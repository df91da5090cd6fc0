//! The error every command returns: an object `{ code, message }` so the UI can branch on
//! `code` and show `message` to the user.

use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct CommandError {
    pub code: &'static str,
    pub message: String,
}

impl From<chair_core::Error> for CommandError {
    fn from(e: chair_core::Error) -> Self {
        CommandError {
            code: e.code(),
            message: e.to_string(),
        }
    }
}

impl CommandError {
    pub fn internal(message: impl std::fmt::Display) -> Self {
        CommandError {
            code: "internal",
            message: message.to_string(),
        }
    }
}

pub type CommandResult<T> = Result<T, CommandError>;
