//! The decision log leaving the workspace (every export format goes through
//! `export_decision_log`) and coming back: the JSON export holds everything needed to rebuild
//! the log in another workspace, and `import_json` merges such a file by stable ids.
//!
//! The JSON file mirrors the tables: every record keeps its id and timestamps, so importing a
//! file twice changes nothing and an export of an imported log is byte-equal to the file.
//! Merging compares `updatedAt`: a record the workspace lacks is added, one the file has in a
//! newer version is updated, one the workspace has in a newer version is kept. Parts without
//! their own timestamp (a meeting's attendees and personas, a decision's impacts and evidence)
//! follow their parent. Nothing is ever deleted by an import.
//!
//! `file` is the JSON file: its records, read from the tables and parsed from text; `merge`
//! writes a parsed file into the workspace.

mod file;
mod merge;

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use super::{anecdotes, decision_log, Db};
use crate::export::{self, LogDoc};
use crate::model::{Anecdote, DecisionFilter, ExportFormat, ExportReport, MergeReport};
use crate::{Error, Result};
use file::{log_file, parse_log_file};

/// Refuses to replace `path` unless `overwrite`.
fn check_target(path: &Path, overwrite: bool) -> Result<()> {
    if path.is_dir() {
        return Err(Error::invalid(
            "path",
            format!("{} is a folder; choose a file name", path.display()),
        ));
    }
    if path.exists() && !overwrite {
        return Err(Error::Exists {
            path: path.to_owned(),
        });
    }
    Ok(())
}

impl Db {
    /// Writes the decisions `filter` takes as `format` to `path` (a folder for `adr`). Refuses
    /// with `Error::Exists` if that would replace a file, unless `overwrite`.
    pub fn export_decision_log(
        &self,
        filter: &DecisionFilter,
        format: ExportFormat,
        path: &Path,
        overwrite: bool,
    ) -> Result<ExportReport> {
        let conn = self.conn();
        let matches = decision_log::text_matches(&self.decision_index, filter)?;
        if format == ExportFormat::Json {
            check_target(path, overwrite)?;
            let file = log_file(conn, filter, matches.as_ref())?;
            let mut bytes = serde_json::to_vec_pretty(&file)?;
            bytes.push(b'\n');
            export::write_file(path, &bytes)?;
            return Ok(ExportReport {
                format,
                path: path.display().to_string(),
                decisions: file.decisions.len() as u32,
                files: 1,
            });
        }
        let log = decision_log::load(conn, filter, matches.as_ref())?;
        let ids: Vec<String> = log
            .meetings
            .iter()
            .flat_map(|m| &m.decisions)
            .flat_map(|d| d.evidence_ids.iter().cloned())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let anecdotes: HashMap<String, Anecdote> = anecdotes::by_ids(conn, &ids)?
            .into_iter()
            .map(|a| (a.id.clone(), a))
            .collect();
        let doc = LogDoc {
            log: &log,
            anecdotes: &anecdotes,
        };
        let decisions = doc.decision_count() as u32;
        let files = match format {
            ExportFormat::Adr => write_adrs(&doc, path, overwrite)?,
            other => {
                check_target(path, overwrite)?;
                let bytes = match other {
                    ExportFormat::Markdown => export::markdown::render(&doc).into_bytes(),
                    ExportFormat::Html => export::html::render(&doc).into_bytes(),
                    _ => export::csv::render(&doc)?,
                };
                export::write_file(path, &bytes)?;
                1
            }
        };
        Ok(ExportReport {
            format,
            path: path.display().to_string(),
            decisions,
            files,
        })
    }

    /// Merges a JSON export into the workspace in one transaction (or, with `dry_run`, says
    /// what it would do and changes nothing).
    pub fn import_json(&mut self, path: &Path, dry_run: bool) -> Result<MergeReport> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_owned(),
            source,
        })?;
        let file = parse_log_file(&text)?;
        if dry_run {
            // Everything is written as for real, then rolled back: the report is exact.
            let tx = self.conn.transaction()?;
            let report = merge::merge(&tx, &file, true)?;
            tx.rollback()?;
            return Ok(report);
        }
        self.write(|tx| merge::merge(tx, &file, false))
    }
}

/// Writes one ADR per decision into `folder` (created if missing); refuses before writing
/// anything if one of the files exists, unless `overwrite`.
fn write_adrs(doc: &LogDoc<'_>, folder: &Path, overwrite: bool) -> Result<u32> {
    if folder.exists() && !folder.is_dir() {
        return Err(Error::invalid(
            "path",
            format!(
                "{} is a file; ADRs are written into a folder",
                folder.display()
            ),
        ));
    }
    let files = export::adr::render(doc);
    if !overwrite {
        if let Some(f) = files.iter().find(|f| folder.join(&f.name).exists()) {
            return Err(Error::Exists {
                path: folder.join(&f.name),
            });
        }
    }
    std::fs::create_dir_all(folder).map_err(|source| Error::Io {
        path: folder.to_owned(),
        source,
    })?;
    for f in &files {
        let path = folder.join(&f.name);
        // Exporting again into the same folder rewrites only what changed: a file that already
        // says the same is left as it is (and so is its time, which keeps a repository's
        // history quiet). Replacing every file cost about three times a fresh export.
        if overwrite && std::fs::read(&path).is_ok_and(|old| old == f.text.as_bytes()) {
            continue;
        }
        export::write_file_unsynced(&path, f.text.as_bytes())?;
    }
    Ok(files.len() as u32)
}
