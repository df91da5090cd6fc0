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

    /// The file is not a SQLite database at all, or SQLite cannot read it.
    #[error("{} is damaged or is not a database, so it was not opened ({detail}); it was left untouched", path.display())]
    Corrupt { path: PathBuf, detail: String },

    /// A SQLite database, but another program's: opening it would mix our tables into its data.
    #[error("{} is a database of another program, not an Empty Chair workspace; it was left untouched", path.display())]
    Foreign { path: PathBuf },

    /// Written by a newer Empty Chair: migrating "up" would damage it, so it is refused.
    #[error("{} was saved by a newer version of Empty Chair (schema {found}; this version knows up to {known}); it was left untouched", path.display())]
    Newer {
        path: PathBuf,
        found: u32,
        known: u32,
    },

    /// Another Empty Chair (a window or a command) has the workspace open: two writers would
    /// fight over it, so this one is refused before touching anything.
    #[error("{} is already open in another Empty Chair window or process; it was left untouched", path.display())]
    InUse { path: PathBuf },

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

    /// The user may not do this (edit someone else's annotation...); the message says why.
    #[error("{0}")]
    Forbidden(String),

    /// The export would replace files that exist; nothing was written. Asking the user and
    /// exporting again with overwrite replaces them.
    #[error("{} already exists; nothing was written", path.display())]
    Exists { path: PathBuf },

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
            Error::Corrupt { .. } => "corrupt",
            Error::Foreign { .. } => "foreign",
            Error::Newer { .. } => "newer",
            Error::InUse { .. } => "in_use",
            Error::Migration(_) => "migration",
            Error::Db(_) | Error::Json(_) => "db",
            Error::Search(_) => "search",
            Error::Cancelled => "cancelled",
            Error::Gate { .. } => "gate",
            Error::Forbidden(_) => "forbidden",
            Error::Exists { .. } => "exists",
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
