//! What the app shows around an import: the preview with the mapping remembered for the file's
//! header layout, the dry run's verdict, the report of a finished import and its progress.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{ColumnMapping, ImportError, ImportSummary, Preview};

/// A file's first rows, and the mapping used last time for files laid out like it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImportPreview {
    pub preview: Preview,
    pub remembered: Option<ColumnMapping>,
}

/// The dry run: what an import would do, or why the file is refused. Writes nothing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImportCheck {
    /// Errors that refuse the whole file (empty when it can be imported).
    pub errors: Vec<ImportError>,
    pub summary: Option<ImportSummary>,
    /// Anecdotes of the file the workspace already has.
    #[ts(type = "number")]
    pub already_in_workspace: u64,
}

/// What a finished import did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImportReport {
    pub summary: ImportSummary,
    #[ts(type = "number")]
    pub inserted: u64,
    #[ts(type = "number")]
    pub already_in_workspace: u64,
    /// Row numbers of the first few anecdotes the workspace already had.
    #[ts(type = "Array<number>")]
    pub already_rows: Vec<u64>,
}

/// Emitted as `import-progress` while an import runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImportProgress {
    /// `reading` the file, then `writing` to the workspace.
    pub phase: String,
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
}
