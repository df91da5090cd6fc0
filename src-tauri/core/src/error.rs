//! Errors of the core, each with a stable machine-readable `code` that the UI branches on.

use std::path::PathBuf;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{what} {id} was not found")]
    NotFound { what: &'static str, id: String },

    #[error("{field}: {message}")]
    Invalid { field: String, message: String },

    #[error("the workspace at {path} could not be opened: {source}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },

    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("the workspace schema could not be brought up to date: {0}")]
    Migration(#[from] rusqlite_migration::Error),

    #[error("database error: {0}")]
    Db(#[from] rusqlite::Error),

    #[error("cancelled; nothing was changed")]
    Cancelled,

    #[error("search index: {0}")]
    Search(String),

    /// Accepting a one-way door that the room has not prepared for; the reasons say what is
    /// missing. Accepting with an override (who takes responsibility) goes through.
    #[error("this one-way door needs confirmation: {}", reasons.join("; "))]
    Gate { reasons: Vec<String> },

    #[error("stored data is not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
}

impl Error {
    /// A short stable code for the UI and scripts: `not_found`, `invalid`, `db`, ...
    pub fn code(&self) -> &'static str {
        match self {
            Error::NotFound { .. } => "not_found",
            Error::Invalid { .. } => "invalid",
            Error::Open { .. } => "open",
            Error::Io { .. } => "io",
            Error::Migration(_) => "migration",
            Error::Db(_) | Error::Json(_) => "db",
            Error::Search(_) => "search",
            Error::Cancelled => "cancelled",
            Error::Gate { .. } => "gate",
        }
    }

    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Invalid {
            field: field.into(),
            message: message.into(),
        }
    }

    pub fn not_found(what: &'static str, id: impl Into<String>) -> Self {
        Error::NotFound {
            what,
            id: id.into(),
        }
    }
}
