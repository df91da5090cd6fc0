//! Columns of slashed dates (`03/04/2026`): each preview row read both ways, and whether the
//! values settle the order (a day above 12 does).

use super::{DateColumn, DateOrder};
use crate::import::value::{parse_date, slashed_parts};

/// Column `i` of the first `shown` rows read as dates in `order`.
fn readings(rows: &[Vec<String>], i: usize, order: DateOrder, shown: usize) -> Vec<Option<String>> {
    rows.iter()
        .take(shown)
        .map(|r| {
            let value = r.get(i)?;
            parse_date(value, order).ok().map(|d| d.to_string())
        })
        .collect()
}

/// The columns of the sample holding slashed dates (`NN/NN/YYYY`), with what they tell.
/// `shown` is how many rows the preview shows (readings are given for those only).
pub(crate) fn date_columns(
    headers: &[String],
    rows: &[Vec<String>],
    shown: usize,
) -> Vec<DateColumn> {
    let mut out = Vec::new();
    for (i, header) in headers.iter().enumerate() {
        let mut slashed = false;
        let mut example = None;
        let (mut day_first, mut month_first) = (false, false);
        for value in rows.iter().filter_map(|r| r.get(i)) {
            let Some((a, b)) = slashed_parts(value) else {
                continue;
            };
            slashed = true;
            match (a > 12, b > 12) {
                (true, false) => day_first = true,
                (false, true) => month_first = true,
                (false, false) if a != b && example.is_none() => example = Some(value.clone()),
                _ => {}
            }
        }
        if slashed {
            out.push(DateColumn {
                column: header.clone(),
                ambiguous_example: example,
                settled: match (day_first, month_first) {
                    (true, false) => Some(DateOrder::DayFirst),
                    (false, true) => Some(DateOrder::MonthFirst),
                    _ => None,
                },
                month_first: readings(rows, i, DateOrder::MonthFirst, shown),
                day_first: readings(rows, i, DateOrder::DayFirst, shown),
            });
        }
    }
    out
}
