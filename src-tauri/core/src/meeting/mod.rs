//! The meeting service: what the shells ask of a meeting, above the tables in `db/`.
//!
//! `db/meetings.rs` and its sibling tables each know their own rows; this module is where
//! a meeting's rows meet: the screen's view (`view`), the clock and status with their side
//! effects (`lifecycle`), deciding with its gate (`decide`), and the empty-chair score's rule
//! (here, below).

mod decide;
mod lifecycle;
mod view;

pub(crate) use view::view;

use crate::model::{Decision, EmptyChairScore, ImpactDirection};

/// How present the customer was in a meeting with `decisions`, `prompts_answered` of
/// `prompts_total` deck prompts answered, `anecdotes_consulted` distinct anecdotes opened or
/// pinned, and `spoken_for_customer` times someone said "I'm speaking for the customer".
///
/// `score` = round(100 × mean of the parts that apply):
/// - the share of decisions with at least one impact whose direction is known (not `unknown`),
/// - the share of decisions with at least one pinned anecdote as evidence,
///   (both left out when there are no decisions: nothing was decided without the customer),
/// - the share of the deck's prompts answered (left out when the meeting has no prompts),
/// - the customer brought in: min(1, (anecdotes consulted + times spoken for the customer) /
///   max(3, decisions)): about one per decision, and at least three for any meeting.
pub fn empty_chair_score(
    decisions: &[Decision],
    prompts_answered: u32,
    prompts_total: u32,
    anecdotes_consulted: u32,
    spoken_for_customer: u32,
) -> EmptyChairScore {
    let count = decisions.len() as u32;
    let with_impact = decisions
        .iter()
        .filter(|d| {
            d.impacts
                .iter()
                .any(|i| i.direction != ImpactDirection::Unknown)
        })
        .count() as u32;
    let with_evidence = decisions
        .iter()
        .filter(|d| !d.evidence_ids.is_empty())
        .count() as u32;
    let share = |part: u32, whole: u32| f64::from(part) / f64::from(whole);
    let mut parts = Vec::with_capacity(4);
    if count > 0 {
        parts.push(share(with_impact, count));
        parts.push(share(with_evidence, count));
    }
    if prompts_total > 0 {
        parts.push(share(prompts_answered.min(prompts_total), prompts_total));
    }
    let brought_in = anecdotes_consulted.saturating_add(spoken_for_customer);
    parts.push(share(brought_in, count.max(3)).min(1.0));
    let mean = parts.iter().sum::<f64>() / parts.len() as f64;
    EmptyChairScore {
        score: (100.0 * mean).round() as u32,
        decisions: count,
        with_impact,
        with_evidence,
        prompts_answered,
        prompts_total,
        anecdotes_consulted,
        spoken_for_customer,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_meeting_without_decisions_or_prompts_is_scored_on_anecdotes_alone() {
        assert_eq!(empty_chair_score(&[], 0, 0, 0, 0).score, 0);
        assert_eq!(empty_chair_score(&[], 0, 0, 3, 0).score, 100);
        assert_eq!(empty_chair_score(&[], 0, 0, 1, 0).score, 33);
    }

    #[test]
    fn prompts_count_when_the_meeting_has_a_deck() {
        // mean(2/4, min(1, 6/3)) = 0.75
        assert_eq!(empty_chair_score(&[], 2, 4, 6, 0).score, 75);
    }

    #[test]
    fn speaking_for_the_customer_brings_the_customer_in_like_an_anecdote() {
        assert_eq!(empty_chair_score(&[], 0, 0, 0, 1).score, 33);
        // mean(0/4, min(1, (1 + 1)/3)) = 0.333
        assert_eq!(empty_chair_score(&[], 0, 4, 1, 1).score, 33);
        assert_eq!(empty_chair_score(&[], 0, 0, 1, 2).score, 100);
        let score = empty_chair_score(&[], 0, 0, 0, 5);
        assert_eq!((score.score, score.spoken_for_customer), (100, 5));
    }
}
