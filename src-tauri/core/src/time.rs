//! The one clock of the workspace: every stored timestamp is UTC, RFC 3339, millisecond precision,
//! so that text order equals time order in SQL.

use chrono::{DateTime, SecondsFormat, Utc};

/// Now, as stored in `created_at` / `updated_at` columns.
pub fn now() -> String {
    stamp(Utc::now())
}

/// A timestamp in the stored form.
pub fn stamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// A fresh, time-ordered id.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}
