//! The empty-chair score, written for the UI's tests: each case builds a small meeting through
//! the public `Db` API and records the `EmptyChairScore` that `meeting_summary` answers to
//! `ui/src/test/fixtures/score.json`, beside what it depends on as the UI's fake backend can
//! count it off its own state. The fake answers from that file instead of re-implementing the
//! rule, so the rule (`chair_core::meeting::empty_chair_score`) lives here only. Written on
//! every run, like `gate.json` (see `gate_fixtures.rs`); `scripts/test` fails while it differs
//! from git.

use std::collections::BTreeMap;

use chair_core::model::{
    AnecdoteInput, CustomerReference, CustomerReferenceKind, EmptyChairScore, ImpactDirection,
    NewDecision, NewImpact,
};
use chair_core::Db;
use serde::Serialize;

use crate::{empty_db, stating, ui_fixtures};

/// One decision as the score sees it.
#[derive(Serialize, Clone, Copy)]
#[serde(rename_all = "camelCase")]
struct Decided {
    /// It has an impact whose direction is known (one of `unknown` direction otherwise).
    known_impact: bool,
    /// It has an anecdote pinned as evidence.
    evidence: bool,
}

/// What a case depends on, as the fake backend can count it off its own state.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Given {
    /// The meeting's decisions, in the order recorded.
    decisions: Vec<Decided>,
    /// The deck's prompts answered in the meeting.
    answered: u32,
    /// The deck's prompts (0: the meeting has no deck).
    total: u32,
    /// Distinct anecdotes opened in the meeting or pinned to its decisions.
    consulted: u32,
    /// Times someone said "I'm speaking for the customer".
    spoken: u32,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Case {
    given: Given,
    /// What `meeting_summary` answers as the meeting's score.
    score: EmptyChairScore,
}

/// A meeting with a deck of `total` prompts (none: no deck), the first `answered` answered.
fn meeting_answering(db: &mut Db, answered: u32, total: u32) -> String {
    let prompts: Vec<String> = (1..=total).map(|n| format!("Question {n}?")).collect();
    crate::meeting_answering(db, "Customer questions", &prompts, |i, _| {
        i < answered as usize
    })
}

/// The room brings the customer into `meeting`: `kind`, about `anecdote` if any.
fn refer(db: &mut Db, meeting: &str, kind: CustomerReferenceKind, anecdote: Option<&str>) {
    let reference = CustomerReference {
        meeting_id: meeting.into(),
        kind,
        anecdote_id: anecdote.map(String::from),
    };
    db.record_customer_reference(&reference, chrono::Utc::now())
        .unwrap();
}

/// `count` anecdotes, each opened in `meeting`.
fn open_anecdotes(db: &mut Db, meeting: &str, count: u32) -> Vec<String> {
    (1..=count)
        .map(|n| {
            let id = db
                .create_anecdote(&AnecdoteInput {
                    text: format!("Customer story {n}."),
                    ..Default::default()
                })
                .unwrap()
                .id;
            refer(
                db,
                meeting,
                CustomerReferenceKind::AnecdoteOpened,
                Some(&id),
            );
            id
        })
        .collect()
}

/// The meeting `given` describes, built through `Db`, and the score its summary shows. The
/// anecdotes consulted are opened in the meeting; decisions with evidence pin the first of them.
fn case(given: Given) -> Case {
    let mut db = empty_db();
    let meeting = meeting_answering(&mut db, given.answered, given.total);
    let opened = open_anecdotes(&mut db, &meeting, given.consulted);
    for _ in 0..given.spoken {
        refer(
            &mut db,
            &meeting,
            CustomerReferenceKind::SpokeForCustomer,
            None,
        );
    }
    for (n, d) in given.decisions.iter().enumerate() {
        let direction = if d.known_impact {
            ImpactDirection::Helps
        } else {
            ImpactDirection::Unknown
        };
        let evidence = if d.evidence {
            vec![opened.first().expect("a consulted anecdote to pin").clone()]
        } else {
            vec![]
        };
        db.record_decision(&NewDecision {
            impacts: Some(vec![NewImpact {
                persona_id: None,
                segment: None,
                direction,
                magnitude: None,
                confidence: None,
                reach: None,
                what_changes: "Returns cost them less.".into(),
            }]),
            evidence_ids: Some(evidence),
            ..stating(&meeting, &format!("Decision {}", n + 1))
        })
        .unwrap();
    }
    let score = db.meeting_summary(&meeting).unwrap().score;
    let count = |f: fn(&Decided) -> bool| given.decisions.iter().filter(|d| f(d)).count() as u32;
    assert_eq!(
        (
            score.decisions,
            score.with_impact,
            score.with_evidence,
            score.prompts_answered,
            score.prompts_total,
            score.anecdotes_consulted,
            score.spoken_for_customer,
        ),
        (
            given.decisions.len() as u32,
            count(|d| d.known_impact),
            count(|d| d.evidence),
            given.answered,
            given.total,
            given.consulted,
            given.spoken,
        ),
        "the score counts what the case built"
    );
    Case { given, score }
}

fn given(decisions: &[(bool, bool)], answered: u32, total: u32, consulted: u32) -> Given {
    Given {
        decisions: decisions
            .iter()
            .map(|&(known_impact, evidence)| Decided {
                known_impact,
                evidence,
            })
            .collect(),
        answered,
        total,
        consulted,
        spoken: 0,
    }
}

#[test]
fn the_score_fixtures_are_what_the_core_answers() {
    let mixed = [(true, true), (true, false), (false, true)];
    let cases = BTreeMap::from([
        // The states the UI's tests reach (the fake's three-question deck).
        ("no_decisions_nothing_answered", case(given(&[], 0, 3, 0))),
        (
            "unknown_impact_no_evidence",
            case(given(&[(false, false)], 0, 3, 0)),
        ),
        (
            "known_impact_with_evidence_one_answered",
            case(given(&[(true, true)], 1, 3, 1)),
        ),
        // Edges: no prompts, the customer brought in beyond the cap, spoken for.
        ("no_decisions_no_prompts", case(given(&[], 0, 0, 0))),
        ("no_decisions_many_consulted", case(given(&[], 0, 0, 5))),
        ("mixed_decisions_all_answered", case(given(&mixed, 3, 3, 6))),
        (
            "spoken_for_the_customer",
            case(Given {
                spoken: 2,
                ..given(&[], 0, 3, 0)
            }),
        ),
    ]);

    let scores: BTreeMap<_, _> = cases.iter().map(|(k, c)| (*k, c.score.score)).collect();
    assert_eq!(
        scores,
        BTreeMap::from([
            ("no_decisions_nothing_answered", 0),
            ("unknown_impact_no_evidence", 0),
            // mean(1/1, 1/1, 1/3, 1/3)
            ("known_impact_with_evidence_one_answered", 67),
            ("no_decisions_no_prompts", 0),
            ("no_decisions_many_consulted", 100),
            // mean(2/3, 2/3, 3/3, min(1, 6/3))
            ("mixed_decisions_all_answered", 83),
            // mean(0/3, 2/3)
            ("spoken_for_the_customer", 33),
        ])
    );

    ui_fixtures::write("score.json", "score_fixtures.rs", &cases);
}
