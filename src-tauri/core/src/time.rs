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

/// Now, for the meeting clock (agenda timers, customer references).
pub fn utc_now() -> DateTime<Utc> {
    Utc::now()
}

/// Today's date where the user is: what "review date is due" compares with.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}
