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
//! `file` is the JSON file: its records, each declared once with its table's columns
//! (`record`), parsed from text; `read` reads them from the tables for an export; `check`
//! refuses a file out of range; `merge` writes a parsed file into the workspace.

mod check;
mod file;
mod merge;
mod read;

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use rayon::prelude::*;

use super::{anecdotes, decision_log, decision_search, Db};
use crate::export::adr::AdrFile;
use crate::export::{self, LogDoc};
use crate::model::{Anecdote, DecisionFilter, ExportFormat, ExportReport, MergeReport};
use crate::{Error, Result};
use file::parse_log_file;
use read::log_file;

/// Refuses to replace `path` unless `overwrite`, and a folder for a file.
pub(crate) fn check_target(path: &Path, overwrite: bool) -> Result<()> {
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
        let matches = decision_search::text_matches(&self.decision_index, filter)?;
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
            ExportFormat::Adr => write_adrs(conn, &doc, path, overwrite)?,
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
        let file = read_log(path)?;
        self.merge_log(&file, dry_run)
    }

    /// The in-app merge: the file is read and checked, then a snapshot of the workspace is
    /// taken (`snapshot_first`), then the file is merged. A file refused leaves the workspace
    /// and its snapshots as they were.
    pub fn merge_json(&mut self, path: &Path) -> Result<MergeReport> {
        let file = read_log(path)?;
        self.snapshot_first("import_decision_log")?;
        self.merge_log(&file, false)
    }

    fn merge_log(&mut self, file: &file::LogFile, dry_run: bool) -> Result<MergeReport> {
        if dry_run {
            // Everything is written as for real, then rolled back: the report is exact.
            let tx = self.conn.transaction()?;
            let report = merge::merge(&tx, file, true)?;
            tx.rollback()?;
            return Ok(report);
        }
        self.write(|tx| merge::merge(tx, file, false))
    }
}

/// Reads, parses and checks a decision-log file, writing nothing.
fn read_log(path: &Path) -> Result<file::LogFile> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_owned(),
        source,
    })?;
    let file = parse_log_file(&text)?;
    check::check_file(&file, chrono::Utc::now())?;
    Ok(file)
}

/// Writes one ADR per decision into `folder` (created if missing); refuses before writing
/// anything if one of the files exists, unless `overwrite`.
fn write_adrs(
    conn: &rusqlite::Connection,
    doc: &LogDoc<'_>,
    folder: &Path,
    overwrite: bool,
) -> Result<u32> {
    if folder.exists() && !folder.is_dir() {
        return Err(Error::invalid(
            "path",
            format!(
                "{} is a file; ADRs are written into a folder",
                folder.display()
            ),
        ));
    }
    let numbers = super::adr_numbers::assign(conn)?;
    let files = export::adr::render(doc, &numbers);
    if folder.is_dir() {
        if !overwrite {
            if let Some(f) = files.iter().find(|f| folder.join(&f.name).exists()) {
                return Err(Error::Exists {
                    path: folder.join(&f.name),
                });
            }
        }
        update_folder(folder, &files)?;
    } else {
        write_new_folder(folder, &files)?;
    }
    remove_stale_adrs(folder, &files)?;
    Ok(files.len() as u32)
}

/// A folder that does not exist yet is built whole under a temporary name beside it, its files
/// written from several threads, then renamed once: a reader sees no folder or the whole one,
/// and no file needs a temporary name and a rename of its own. Writing each file atomically
/// into the final folder cost 3.9-4.4 s for 10,000 files right after a previous folder was
/// deleted (docs/BENCHMARKS.md).
fn write_new_folder(folder: &Path, files: &[AdrFile]) -> Result<()> {
    let io = |path: &Path| {
        let path = path.to_owned();
        move |source| Error::Io { path, source }
    };
    let parent = match folder.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(parent).map_err(io(parent))?;
    // Removed again if anything below fails.
    let tmp = tempfile::Builder::new()
        .prefix(".adr-export-")
        .tempdir_in(parent)
        .map_err(io(parent))?;
    files.par_iter().try_for_each(|f| {
        let path = tmp.path().join(&f.name);
        std::fs::write(&path, f.text.as_bytes()).map_err(io(&path))
    })?;
    std::fs::rename(tmp.path(), folder).map_err(io(folder))?;
    // Renamed: there is nothing left for the guard to remove.
    let _ = tmp.keep();
    Ok(())
}

/// Exporting again into an existing folder rewrites only what changed: a file that already
/// says the same is left as it is (and so is its time, which keeps a repository's history
/// quiet). Each changed file is replaced atomically, several at a time.
fn update_folder(folder: &Path, files: &[AdrFile]) -> Result<()> {
    files.par_iter().try_for_each(|f| {
        let path = folder.join(&f.name);
        if std::fs::read(&path).is_ok_and(|old| old == f.text.as_bytes()) {
            return Ok(());
        }
        export::write_file_unsynced(&path, f.text.as_bytes())
    })
}

/// Removes the ADR files in `folder` that an earlier export wrote for one of `files`'
/// decisions under another name (its statement changed since): one file per decision. Only a
/// file whose front matter names one of those decisions goes.
fn remove_stale_adrs(folder: &Path, files: &[export::adr::AdrFile]) -> Result<()> {
    let io = |source| Error::Io {
        path: folder.to_owned(),
        source,
    };
    let current: HashMap<&str, &str> = files
        .iter()
        .map(|f| (f.name.as_str(), f.decision_id.as_str()))
        .collect();
    let ids: BTreeSet<&str> = current.values().copied().collect();
    for entry in std::fs::read_dir(folder).map_err(io)? {
        let entry = entry.map_err(io)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let ours = name.ends_with(".md") && name.as_bytes().first().is_some_and(u8::is_ascii_digit);
        if !ours || current.contains_key(name.as_str()) || !entry.file_type().map_err(io)?.is_file()
        {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(entry.path()) else {
            continue;
        };
        if export::adr::decision_id_of(&text).is_some_and(|id| ids.contains(id.as_str())) {
            std::fs::remove_file(entry.path()).map_err(io)?;
        }
    }
    Ok(())
}
