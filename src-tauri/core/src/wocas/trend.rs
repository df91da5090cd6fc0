//! Time in a report: the periods a trend is cut into and whether a theme is rising or falling.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use super::{TrendDirection, TrendPoint};

/// How finely a trend is cut: by month over up to three years, then by quarter, then by year,
/// so a chart never has more than about 36 bars.
#[derive(Clone, Copy)]
enum Grain {
    Month,
    Quarter,
    Year,
}

impl Grain {
    fn for_span(from: NaiveDate, to: NaiveDate) -> Grain {
        let months = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32 + 1;
        match months {
            ..=36 => Grain::Month,
            37..=108 => Grain::Quarter,
            _ => Grain::Year,
        }
    }

    /// The period `date` falls in: `YYYY-MM`, `YYYY-Qn` or `YYYY`.
    fn period(self, date: NaiveDate) -> String {
        match self {
            Grain::Month => date.format("%Y-%m").to_string(),
            Grain::Quarter => format!("{}-Q{}", date.year(), date.month0() / 3 + 1),
            Grain::Year => date.year().to_string(),
        }
    }

    /// Every period from `from` to `to`, in order.
    fn periods(self, from: NaiveDate, to: NaiveDate) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut at = from.with_day(1).unwrap_or(from);
        while at <= to {
            let p = self.period(at);
            if out.last() != Some(&p) {
                out.push(p);
            }
            match at.checked_add_months(chrono::Months::new(1)) {
                Some(next) => at = next,
                None => break,
            }
        }
        out
    }
}

/// Whether a theme became a larger or smaller part of what customers say: its share of all
/// anecdotes in the later half of the periods against the earlier half. Shares, not counts, so
/// a library that simply grew does not make every theme "rising".
fn direction(trend: &[TrendPoint], totals: &[u32]) -> TrendDirection {
    if trend.len() < 4 {
        return TrendDirection::Steady;
    }
    let half = trend.len() / 2;
    let share = |points: &[TrendPoint], all: &[u32]| {
        let theme: u32 = points.iter().map(|p| p.count).sum();
        let total: u32 = all.iter().sum();
        (total > 0).then(|| f64::from(theme) / f64::from(total))
    };
    let late_from = trend.len() - half;
    let (Some(early), Some(late)) = (
        share(&trend[..half], &totals[..half]),
        share(&trend[late_from..], &totals[late_from..]),
    ) else {
        return TrendDirection::Steady;
    };
    let late_count: u32 = trend[late_from..].iter().map(|p| p.count).sum();
    if late > early * 1.25 && late_count >= 3 {
        TrendDirection::Rising
    } else if late < early * 0.8 {
        TrendDirection::Falling
    } else {
        TrendDirection::Steady
    }
}

/// The periods a report's trends are cut into, and how many of all its anecdotes fall in each.
pub(super) struct Timeline {
    grain: Grain,
    calendar: Vec<String>,
    totals: Vec<u32>,
}

impl Timeline {
    /// Cuts `from`..=`to` (when both are known) into periods and counts `dates` in each.
    pub(super) fn new(from: Option<NaiveDate>, to: Option<NaiveDate>, dates: &[NaiveDate]) -> Self {
        let grain = match (from, to) {
            (Some(f), Some(t)) => Grain::for_span(f, t),
            _ => Grain::Month,
        };
        let calendar = match (from, to) {
            (Some(f), Some(t)) => grain.periods(f, t),
            _ => Vec::new(),
        };
        let mut all_by_period: HashMap<String, u32> = HashMap::new();
        for day in dates {
            *all_by_period.entry(grain.period(*day)).or_default() += 1;
        }
        let totals = calendar
            .iter()
            .map(|p| all_by_period.get(p).copied().unwrap_or(0))
            .collect();
        Timeline {
            grain,
            calendar,
            totals,
        }
    }

    /// How many of `days` fall in each period.
    pub(super) fn trend(&self, days: impl Iterator<Item = NaiveDate>) -> Vec<TrendPoint> {
        let mut by_period: HashMap<String, u32> = HashMap::new();
        for day in days {
            *by_period.entry(self.grain.period(day)).or_default() += 1;
        }
        self.calendar
            .iter()
            .map(|p| TrendPoint {
                period: p.clone(),
                count: by_period.get(p).copied().unwrap_or(0),
            })
            .collect()
    }

    /// Whether a theme with this trend became a larger or smaller part of the report.
    pub(super) fn direction(&self, trend: &[TrendPoint]) -> TrendDirection {
        direction(trend, &self.totals)
    }
}
