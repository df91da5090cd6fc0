//! The WOCAS report: what customers are saying, synthesized into themes (recurring topics)
//! with counts, trend over time and representative quotes.
//!
//! This module owns the report's types; `themes` builds a report, `terms` reads the candidate
//! topics, `trend` cuts time into periods and `render` writes a report as Markdown or CSV.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::AnecdoteHit;

mod render;
mod terms;
mod themes;
mod trend;

pub use render::{to_csv, to_markdown};

/// Which anecdotes the report covers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields)]
pub struct WocasQuery {
    pub persona_id: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// At most this many themes (default 8).
    pub max_themes: Option<u32>,
}

/// Whether a theme is said more or less often lately.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum TrendDirection {
    Rising,
    Falling,
    Steady,
}

/// Anecdotes of a theme in one period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct TrendPoint {
    /// `YYYY-MM` for reports up to three years long, `YYYY-Qn` up to nine, else `YYYY`.
    pub period: String,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Theme {
    /// A short name for the topic, e.g. "refund · e-book".
    pub label: String,
    /// The words that define it.
    pub terms: Vec<String>,
    /// Anecdotes in the theme.
    pub count: u32,
    /// Customers who said it (sum of each anecdote's customer count).
    pub customers: u32,
    /// Share of the report's anecdotes, 0..1.
    pub share: f64,
    pub trend: Vec<TrendPoint>,
    pub direction: TrendDirection,
    /// Up to three anecdotes that say it best.
    pub quotes: Vec<AnecdoteHit>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct WocasReport {
    pub query: WocasQuery,
    /// Anecdotes covered.
    pub total: u32,
    /// Customers covered.
    pub customers: u32,
    /// Covered anecdotes in no theme.
    pub unthemed: u32,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub themes: Vec<Theme>,
}

/// Formats a report can be exported to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ReportFormat {
    Markdown,
    Csv,
}

/// A report reads at most this many anecdotes (the newest of its period).
pub const MAX_ANECDOTES: u32 = 20_000;
const DEFAULT_THEMES: u32 = 8;
const QUOTES: usize = 3;
