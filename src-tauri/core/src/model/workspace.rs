//! The workspace as a whole: its summary, preferences, snapshots, whether it opened, and
//! what a deletion removed.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Settings of this workspace that the user changes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export)]
pub struct Preferences {
    /// Mask e-mail addresses, phone numbers and card-like numbers in customer text.
    pub projector_safe: bool,
    /// The display the facilitator last opened the projector on (its name), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub projector_display: Option<String>,
}

/// What a deletion removed, and how to undo it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Deleted {
    /// Hand to `undo_delete` to put everything back (while the app runs).
    pub undo_token: String,
    /// "meeting" or "decision".
    pub kind: String,
    /// The meeting's title or the decision's statement.
    pub label: String,
    /// Decisions that went with it.
    pub decisions: u32,
    /// The snapshot taken just before (a file of the backups folder); none in memory.
    pub backup: Option<String>,
}

/// What is in the workspace, for the home screen and the title bar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct WorkspaceSummary {
    pub path: String,
    pub is_sample: bool,
    pub persona_count: u32,
    pub anecdote_count: u32,
    pub meeting_count: u32,
    pub decision_count: u32,
    pub last_meeting_id: Option<String>,
}

/// One snapshot of the workspace in `<workspace>.db.backups/`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct BackupInfo {
    /// The snapshot's file name, `YYYYMMDD-HHMMSS.db` (UTC); what `restore_backup` takes.
    pub file: String,
    /// When it was taken, RFC 3339 UTC.
    pub created_at: String,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// Whether the workspace could be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum WorkspaceState {
    Ok,
    Failed,
}

/// The open workspace, or why it could not be opened, with its snapshots: what the recovery
/// screen and the backups dialog show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct WorkspaceStatus {
    pub state: WorkspaceState,
    /// The error's code when it failed: `corrupt`, `foreign`, `newer`, `in_use` (open in
    /// another copy of Empty Chair), `open`, `io`, ...
    pub code: Option<crate::ErrorCode>,
    pub message: Option<String>,
    pub path: String,
    pub backups: Vec<BackupInfo>,
}
