//! The JSON export of the decision log (everything needed to rebuild it) and merging such a
//! file into a workspace by stable ids.

use std::path::Path;

use super::Db;
use crate::model::{DecisionFilter, ExportFormat, ExportReport, MergeReport};
use crate::{Error, Result};

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
        let _ = (filter, format, path, overwrite);
        Err(Error::Forbidden("not built yet".into()))
    }

    /// Merges a JSON export into the workspace (or, with `dry_run`, says what it would do).
    pub fn import_json(&mut self, path: &Path, dry_run: bool) -> Result<MergeReport> {
        let _ = (path, dry_run);
        Err(Error::Forbidden("not built yet".into()))
    }
}
