//! What goes wrong in an import, said so that the user can find it in their file: which file,
//! which row (as a spreadsheet numbers it), which column and which anecdote field.

use std::fmt;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::mapping::field_label;

/// One problem in one place of the file. `Display` reads like
/// `complaints.csv, row 17, column "Date received" (date): "31/31/2020" is not a date (...)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImportError {
    /// The file's name (not its full path).
    pub file: String,
    /// Spreadsheet row (the header is row 1) for delimited files; line number for JSON Lines.
    #[ts(type = "number | null")]
    pub row: Option<u64>,
    /// The header (or JSON key) of the cell at fault.
    pub column: Option<String>,
    /// The mapping field the column feeds, as named in `ColumnMapping` (`text`, `saidOn`, ...).
    pub field: Option<String>,
    pub message: String,
}

impl ImportError {
    /// A problem with the file as a whole.
    pub(crate) fn file(file: &str, message: impl Into<String>) -> Self {
        ImportError {
            file: file.to_owned(),
            row: None,
            column: None,
            field: None,
            message: message.into(),
        }
    }

    /// A problem with one row (or line) as a whole.
    pub(crate) fn row(file: &str, row: u64, message: impl Into<String>) -> Self {
        ImportError {
            row: Some(row),
            ..ImportError::file(file, message)
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(row) = self.row {
            write!(f, ", row {row}")?;
        }
        if let Some(column) = &self.column {
            write!(f, ", column {column:?}")?;
        }
        if let Some(field) = &self.field {
            write!(f, " ({})", field_label(field))?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for ImportError {}

/// Why `read` produced no plan. The file is taken whole or not at all: any invalid row refuses
/// it, so that nothing half-imported needs cleaning up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, thiserror::Error)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum ImportFailure {
    /// The errors found, in file order (errors about the mapping first). Reading stops at
    /// `ImportOptions::max_errors`, so that many errors means there may be more.
    #[error("{}", summary(errors))]
    Invalid { errors: Vec<ImportError> },
    /// The `cancel` flag was raised.
    #[error("the import was cancelled")]
    Cancelled,
    /// The file could not be read at all.
    #[error("{file}: {message}")]
    Io { file: String, message: String },
}

impl ImportFailure {
    /// A short stable code for the UI: `invalid`, `cancelled`, `io`.
    pub fn code(&self) -> &'static str {
        match self {
            ImportFailure::Invalid { .. } => "invalid",
            ImportFailure::Cancelled => "cancelled",
            ImportFailure::Io { .. } => "io",
        }
    }

    /// The errors of an `Invalid` failure; empty for the others.
    pub fn errors(&self) -> &[ImportError] {
        match self {
            ImportFailure::Invalid { errors } => errors,
            _ => &[],
        }
    }
}

impl From<ImportError> for ImportFailure {
    fn from(error: ImportError) -> Self {
        ImportFailure::Invalid {
            errors: vec![error],
        }
    }
}

fn summary(errors: &[ImportError]) -> String {
    match errors {
        [] => "the file is invalid".to_owned(),
        [one] => one.to_string(),
        [first, rest @ ..] => format!("{first} (and {} more errors)", rest.len()),
    }
}
