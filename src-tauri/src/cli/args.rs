//! The subcommands and their arguments as clap reads them, and the exit codes.

use std::path::PathBuf;

use chair_core::model::{DecisionStatus, ExportFormat, ImpactDirection, Reversibility};
use chrono::NaiveDate;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args as ClapArgs, Subcommand};

/// What the process exits with. Usage errors (2) are clap's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    Ok = 0,
    /// The work could not be done: the workspace is missing or cannot be opened, a file cannot
    /// be written.
    Runtime = 1,
    /// The input was refused: an invalid file, a file that would be replaced, an unknown id.
    Refused = 3,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write the decision log (or the part a filter takes) as Markdown, ADR files, CSV, JSON or
    /// a printable HTML page.
    Export(ExportArgs),
    /// Merge a JSON export into the workspace by id (newer records win) and print what changed.
    Import(ImportArgs),
    /// Import customer anecdotes from a CSV, TSV, JSON Lines or .xlsx export with a saved
    /// column mapping: all rows or none, checked as the app checks them.
    ImportAnecdotes(ImportAnecdotesArgs),
    /// Search the workspace's anecdotes (every word must match, word forms too).
    Search(SearchArgs),
}

/// One of a string enum's values, with the list shown in `--help` and usage errors.
fn one_of<T: Clone + Send + Sync + 'static>(
    all: &'static [T],
    name: fn(&T) -> &'static str,
) -> impl TypedValueParser<Value = T> {
    let names: Vec<&'static str> = all.iter().map(name).collect();
    PossibleValuesParser::new(names).map(move |chosen| {
        all.iter()
            .find(|v| name(v) == chosen)
            .cloned()
            .expect("clap only passes listed values")
    })
}

fn date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| format!("{text:?} is not YYYY-MM-DD"))
}

#[derive(Debug, ClapArgs)]
pub struct ExportArgs {
    /// What to write.
    #[arg(long, value_parser = one_of(ExportFormat::ALL, |f| f.as_str()))]
    pub format: ExportFormat,
    /// The file to write; for `adr`, the folder (created if missing) to write one file per
    /// decision into.
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,
    /// Only meetings held on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = date)]
    pub from: Option<NaiveDate>,
    /// Only meetings held on or before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = date)]
    pub to: Option<NaiveDate>,
    /// Only this meeting's decisions (its id, or its exact title).
    #[arg(long, value_name = "ID")]
    pub meeting: Option<String>,
    /// Only decisions with an impact on this persona (its id, or its exact name).
    #[arg(long, value_name = "ID")]
    pub persona: Option<String>,
    /// Only decisions with this status.
    #[arg(long, value_parser = one_of(DecisionStatus::ALL, |s| s.as_str()))]
    pub status: Option<DecisionStatus>,
    /// Only one-way doors, two-way doors, or those not yet judged.
    #[arg(long, value_parser = one_of(Reversibility::ALL, |r| r.as_str()))]
    pub reversibility: Option<Reversibility>,
    /// Only decisions with an impact in this direction.
    #[arg(long, value_parser = one_of(ImpactDirection::ALL, |d| d.as_str()))]
    pub direction: Option<ImpactDirection>,
    /// Replace files that exist (without it, an existing file is refused with exit code 3).
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, ClapArgs)]
pub struct ImportArgs {
    /// A JSON export of a decision log (`export --format json`).
    pub file: PathBuf,
    /// Print what would change and change nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, ClapArgs)]
pub struct ImportAnecdotesArgs {
    /// The export to read: CSV or other delimited text, JSON Lines, or an .xlsx workbook
    /// (its first sheet).
    pub file: PathBuf,
    /// The column mapping as JSON: `{"text": "Consumer complaint narrative", "saidOn": "Date
    /// received", ...}`, the fields the app's import dialog sets.
    #[arg(long, value_name = "MAPPING.json")]
    pub mapping: PathBuf,
    /// Check the file and print what would be imported; change nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    Text,
    Json,
}

#[derive(Debug, ClapArgs)]
pub struct SearchArgs {
    /// The words to look for.
    pub query: String,
    /// At most this many anecdotes (1 to 200).
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=200))]
    pub limit: u32,
    /// Only anecdotes linked to this persona (its id, or its exact name).
    #[arg(long, value_name = "ID")]
    pub persona: Option<String>,
    /// `text` for people, `json` for programs.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
}
