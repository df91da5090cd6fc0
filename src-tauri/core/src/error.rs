//! Errors of the core, each with a stable machine-readable `ErrorCode`, and `CommandError`, the
//! shape every shell hands an error to its caller in (the Tauri window, the room's HTTP server).
//! Both types are generated into TypeScript, so no caller lists codes or parses messages by hand:
//! structured data (the invalid field, the gate's reasons) travels as data.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

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

/// Every code an error can carry across a boundary. The core's errors map onto the first
/// fifteen; the last three belong to the shells (a workspace closed under a command, a path the
/// user did not pick, a shell's own failure).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ErrorCode {
    NotFound,
    Invalid,
    Open,
    Io,
    Corrupt,
    Foreign,
    Newer,
    InUse,
    Migration,
    Db,
    Search,
    Cancelled,
    Gate,
    Forbidden,
    Exists,
    Closed,
    NotPicked,
    Internal,
}

impl ErrorCode {
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::NotFound,
        ErrorCode::Invalid,
        ErrorCode::Open,
        ErrorCode::Io,
        ErrorCode::Corrupt,
        ErrorCode::Foreign,
        ErrorCode::Newer,
        ErrorCode::InUse,
        ErrorCode::Migration,
        ErrorCode::Db,
        ErrorCode::Search,
        ErrorCode::Cancelled,
        ErrorCode::Gate,
        ErrorCode::Forbidden,
        ErrorCode::Exists,
        ErrorCode::Closed,
        ErrorCode::NotPicked,
        ErrorCode::Internal,
    ];

    /// The code as it is written on the wire (`not_found`, `in_use`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::NotFound => "not_found",
            ErrorCode::Invalid => "invalid",
            ErrorCode::Open => "open",
            ErrorCode::Io => "io",
            ErrorCode::Corrupt => "corrupt",
            ErrorCode::Foreign => "foreign",
            ErrorCode::Newer => "newer",
            ErrorCode::InUse => "in_use",
            ErrorCode::Migration => "migration",
            ErrorCode::Db => "db",
            ErrorCode::Search => "search",
            ErrorCode::Cancelled => "cancelled",
            ErrorCode::Gate => "gate",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::Exists => "exists",
            ErrorCode::Closed => "closed",
            ErrorCode::NotPicked => "not_picked",
            ErrorCode::Internal => "internal",
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Lets callers (and tests) compare a code with its wire text.
impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// An error as it crosses a boundary: the code to branch on, a message for people, and, as
/// data, what the code's handler needs — the field an `invalid` error is about, the reasons a
/// one-way door needs confirmation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, optional_fields)]
pub struct CommandError {
    pub code: ErrorCode,
    pub message: String,
    /// For `invalid`: the field's path, as the input names it (`impacts[1].magnitude`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// For `gate`: each thing the room has not done yet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reasons: Option<Vec<String>>,
}

impl CommandError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        CommandError {
            code,
            message: message.into(),
            field: None,
            reasons: None,
        }
    }

    /// A shell's own failure (a task that panicked, a poisoned lock).
    pub fn internal(message: impl std::fmt::Display) -> Self {
        CommandError::new(ErrorCode::Internal, message.to_string())
    }
}

impl From<&Error> for CommandError {
    fn from(e: &Error) -> Self {
        let mut out = CommandError::new(e.code(), e.to_string());
        match e {
            Error::Invalid { field, .. } => out.field = Some(field.clone()),
            Error::Gate { reasons } => out.reasons = Some(reasons.clone()),
            _ => {}
        }
        out
    }
}

impl From<Error> for CommandError {
    fn from(e: Error) -> Self {
        CommandError::from(&e)
    }
}

impl Error {
    /// The stable code callers branch on.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::Invalid { .. } => ErrorCode::Invalid,
            Error::Open { .. } => ErrorCode::Open,
            Error::Io { .. } => ErrorCode::Io,
            Error::Corrupt { .. } => ErrorCode::Corrupt,
            Error::Foreign { .. } => ErrorCode::Foreign,
            Error::Newer { .. } => ErrorCode::Newer,
            Error::InUse { .. } => ErrorCode::InUse,
            Error::Migration(_) => ErrorCode::Migration,
            Error::Db(_) | Error::Json(_) => ErrorCode::Db,
            Error::Search(_) => ErrorCode::Search,
            Error::Cancelled => ErrorCode::Cancelled,
            Error::Gate { .. } => ErrorCode::Gate,
            Error::Forbidden(_) => ErrorCode::Forbidden,
            Error::Exists { .. } => ErrorCode::Exists,
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

#[cfg(test)]
mod tests {
    use super::*;

    /// One error of every variant. The match below has no wildcard: a new variant fails to
    /// compile here until it is given an example, and so a code.
    fn one_of_each() -> Vec<Error> {
        let path = PathBuf::from("w.db");
        let io = || std::io::Error::other("disk");
        let all = vec![
            Error::not_found("meeting", "m1"),
            Error::invalid("impacts[1].magnitude", "must be 1 to 5"),
            Error::Open {
                path: path.clone(),
                source: rusqlite::Error::InvalidQuery,
            },
            Error::Corrupt {
                path: path.clone(),
                detail: "not a database".into(),
            },
            Error::Foreign { path: path.clone() },
            Error::Newer {
                path: path.clone(),
                found: 9,
                known: 2,
            },
            Error::InUse { path: path.clone() },
            Error::Io {
                path: path.clone(),
                source: io(),
            },
            Error::Migration(rusqlite_migration::Error::MigrationDefinition(
                rusqlite_migration::MigrationDefinitionError::NoMigrationsDefined,
            )),
            Error::Db(rusqlite::Error::InvalidQuery),
            Error::Cancelled,
            Error::Search("index gone".into()),
            Error::Gate {
                reasons: vec!["no evidence".into(), "who is the customer?".into()],
            },
            Error::Forbidden("only the author".into()),
            Error::Exists { path },
            Error::Json(serde_json::from_str::<u8>("x").unwrap_err()),
        ];
        for e in &all {
            match e {
                Error::NotFound { .. }
                | Error::Invalid { .. }
                | Error::Open { .. }
                | Error::Corrupt { .. }
                | Error::Foreign { .. }
                | Error::Newer { .. }
                | Error::InUse { .. }
                | Error::Io { .. }
                | Error::Migration(_)
                | Error::Db(_)
                | Error::Cancelled
                | Error::Search(_)
                | Error::Gate { .. }
                | Error::Forbidden(_)
                | Error::Exists { .. }
                | Error::Json(_) => {}
            }
        }
        all
    }

    #[test]
    fn every_core_error_has_a_listed_code_that_crosses_as_its_wire_text() {
        for e in one_of_each() {
            let code = e.code();
            assert!(ErrorCode::ALL.contains(&code), "{code:?}");
            let wire = serde_json::to_value(CommandError::from(&e)).unwrap();
            assert_eq!(wire["code"], code.as_str(), "{e}");
            assert_eq!(wire["message"], e.to_string());
        }
    }

    #[test]
    fn all_codes_are_listed_once_and_parse_back() {
        for (i, code) in ErrorCode::ALL.iter().enumerate() {
            assert!(!ErrorCode::ALL[..i].contains(code), "{code:?} twice");
            let text = serde_json::to_string(code).unwrap();
            assert_eq!(text, format!("\"{}\"", code.as_str()));
            assert_eq!(serde_json::from_str::<ErrorCode>(&text).unwrap(), *code);
        }
        // Exhaustive: a code added to the enum but not to ALL fails to compile here.
        for code in ErrorCode::ALL {
            match code {
                ErrorCode::NotFound
                | ErrorCode::Invalid
                | ErrorCode::Open
                | ErrorCode::Io
                | ErrorCode::Corrupt
                | ErrorCode::Foreign
                | ErrorCode::Newer
                | ErrorCode::InUse
                | ErrorCode::Migration
                | ErrorCode::Db
                | ErrorCode::Search
                | ErrorCode::Cancelled
                | ErrorCode::Gate
                | ErrorCode::Forbidden
                | ErrorCode::Exists
                | ErrorCode::Closed
                | ErrorCode::NotPicked
                | ErrorCode::Internal => {}
            }
        }
        assert_eq!(ErrorCode::ALL.len(), 18);
    }

    #[test]
    fn structured_data_travels_as_data() {
        let invalid = CommandError::from(Error::invalid("impacts[1].magnitude", "must be 1 to 5"));
        assert_eq!(invalid.field.as_deref(), Some("impacts[1].magnitude"));
        assert_eq!(invalid.reasons, None);
        let reasons = vec!["no evidence; none pinned".to_owned(), "b".to_owned()];
        let gate = CommandError::from(Error::Gate {
            reasons: reasons.clone(),
        });
        // A reason may itself hold "; ": the list is not split back out of the message.
        assert_eq!(gate.reasons, Some(reasons));
        let json = serde_json::to_value(&gate).unwrap();
        assert!(json.get("field").is_none(), "{json}");
    }
}
