//! The decision log: decisions a filter takes, by meeting, for the log view and the exports.

use super::Db;
use crate::model::{DecisionFilter, DecisionLog};
use crate::{Error, Result};

impl Db {
    pub fn decision_log(&self, filter: &DecisionFilter) -> Result<DecisionLog> {
        let _ = filter;
        Err(Error::Forbidden("not built yet".into()))
    }
}
