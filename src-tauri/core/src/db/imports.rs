//! What the workspace remembers about imports: the column mapping chosen for each header
//! layout, and which rows of a file it already holds.

use std::sync::atomic::{AtomicBool, Ordering};

use super::{anecdotes, settings, Db};
use crate::db::NewAnecdote;
use crate::import::ColumnMapping;
use crate::{Error, Result};

fn mapping_key(layout_key: &str) -> String {
    format!("import_mapping:{layout_key}")
}

impl Db {
    /// The mapping last used for files with this header layout.
    pub fn remembered_mapping(&self, layout_key: &str) -> Result<Option<ColumnMapping>> {
        let stored = settings::get(self.conn(), &mapping_key(layout_key))?;
        // A mapping stored by an older version that no longer parses is simply forgotten.
        Ok(stored.and_then(|json| serde_json::from_str(&json).ok()))
    }

    pub fn remember_mapping(&mut self, layout_key: &str, mapping: &ColumnMapping) -> Result<()> {
        let json = serde_json::to_string(mapping)?;
        self.write(|tx| settings::set(tx, &mapping_key(layout_key), &json))
    }

    /// How many of `rows` the workspace already holds, and the first few of their row numbers.
    /// Setting `cancel` stops the count (checked every 1024 rows).
    pub fn count_existing(
        &self,
        rows: &[(u64, NewAnecdote)],
        cancel: &AtomicBool,
    ) -> Result<(u64, Vec<u64>)> {
        let mut count = 0;
        let mut examples = Vec::new();
        for (i, (row, anecdote)) in rows.iter().enumerate() {
            if i % 1024 == 0 && cancel.load(Ordering::Relaxed) {
                return Err(Error::Cancelled);
            }
            if anecdotes::is_duplicate(self.conn(), anecdote)? {
                count += 1;
                if examples.len() < 10 {
                    examples.push(*row);
                }
            }
        }
        Ok((count, examples))
    }
}
