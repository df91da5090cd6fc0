//! The end of a plan: every error found, or the anecdotes with the warnings tallied on the way.

use super::{Builder, ImportPlan, ImportWarning, WarningKind};
use crate::import::ImportFailure;

impl Builder<'_> {
    /// The plan, or every error found.
    pub(crate) fn finish(self) -> Result<ImportPlan, ImportFailure> {
        if !self.errors.is_empty() {
            return Err(ImportFailure::Invalid {
                errors: self.errors,
            });
        }
        let mut warnings = self.file_warnings();
        let [empty_text, duplicates, count_raised] = self.tally_messages();
        for (kind, tally, message) in [
            (WarningKind::EmptyText, self.empty_text, empty_text),
            (WarningKind::DuplicateInFile, self.duplicates, duplicates),
            (WarningKind::ValueIgnored, self.count_raised, count_raised),
        ] {
            if tally.count > 0 {
                warnings.push(ImportWarning {
                    kind,
                    count: tally.count,
                    rows: tally.rows,
                    message,
                });
            }
        }
        Ok(ImportPlan {
            file_name: self.file.to_owned(),
            kind: self.kind,
            encoding: self.encoding.to_owned(),
            encoding_note: self.encoding_note,
            records: self.records,
            rows: self.rows,
            warnings,
        })
    }

    /// Warnings about the file as a whole: its encoding, and a cut-off last record.
    fn file_warnings(&self) -> Vec<ImportWarning> {
        let mut warnings = Vec::new();
        if let Some(note) = &self.encoding_note {
            warnings.push(ImportWarning {
                kind: WarningKind::EncodingFallback,
                count: 1,
                rows: Vec::new(),
                message: note.clone(),
            });
        }
        if let Some(row) = self.incomplete_last {
            warnings.push(ImportWarning {
                kind: WarningKind::IncompleteLastRecord,
                count: 1,
                rows: vec![row],
                message: format!(
                    "the last record (row {row}) is incomplete: the file seems cut off; that \
                     record was skipped"
                ),
            });
        }
        warnings
    }

    /// What to tell about the rows with empty text, the repeated rows and the raised counts.
    fn tally_messages(&self) -> [String; 3] {
        let text_column = self.map.name(self.map.text).to_owned();
        let count_column = self
            .map
            .customer_count
            .map_or("", |p| self.map.name(p))
            .to_owned();
        let rows = |n: u64| {
            if n == 1 {
                "1 row".to_owned()
            } else {
                format!("{n} rows")
            }
        };
        let pick = |n: u64, one: &'static str, many: &'static str| if n == 1 { one } else { many };
        let n = self.empty_text.count;
        let empty_text = format!(
            "{} {} no text in column {text_column:?} and {} skipped",
            rows(n),
            pick(n, "has", "have"),
            pick(n, "was", "were"),
        );
        let n = self.duplicates.count;
        let duplicates = format!(
            "{} {} an earlier row of the file (same source reference, or else same text and \
             date); only the first is imported",
            rows(n),
            pick(n, "repeats", "repeat"),
        );
        let n = self.count_raised.count;
        let count_raised = format!(
            "{} {} a value below 1 in column {count_column:?}, counted as 1 customer",
            rows(n),
            pick(n, "has", "have"),
        );
        [empty_text, duplicates, count_raised]
    }
}
