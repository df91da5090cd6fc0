//! Stable ADR numbers: each decision gets its number once, at the first ADR export that meets
//! it, in log order after the highest number given so far, and keeps it.

use std::collections::HashMap;

use rusqlite::{Connection, ErrorCode};

use crate::Result;

/// The decisions without a number, each with the number it gets: in log order, after the
/// highest given.
const UNNUMBERED: &str = "SELECT d.id, (SELECT COALESCE(MAX(number), 0) FROM adr_numbers)
        + ROW_NUMBER() OVER (ORDER BY m.held_on, m.created_at, m.id, d.created_at, d.id)
    FROM decisions d JOIN meetings m ON m.id = d.meeting_id
    WHERE d.id NOT IN (SELECT decision_id FROM adr_numbers)";

/// Numbers every decision of the workspace that has none yet (all of them, not only the ones
/// being exported, so that a filtered export does not decide the order), in log order, and
/// returns every decision's number. One statement: it is atomic on its own. A workspace opened
/// read-only (the command line beside the app) gets the numbers the app would give, unsaved.
pub(crate) fn assign(conn: &Connection) -> Result<HashMap<String, u32>> {
    let pairs = |sql: &str| -> Result<Vec<(String, u32)>> {
        let mut stmt = conn.prepare(sql)?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    };
    let mut provisional = Vec::new();
    match conn.execute(
        &format!("INSERT INTO adr_numbers (decision_id, number) {UNNUMBERED}"),
        [],
    ) {
        Ok(_) => {}
        Err(e) if e.sqlite_error_code() == Some(ErrorCode::ReadOnly) => {
            provisional = pairs(UNNUMBERED)?;
        }
        Err(e) => return Err(e.into()),
    }
    let mut numbers: HashMap<String, u32> = pairs("SELECT decision_id, number FROM adr_numbers")?
        .into_iter()
        .collect();
    numbers.extend(provisional);
    Ok(numbers)
}
