//! The one-way-door gate's answers, written for the UI's tests: each case builds a small
//! workspace through the public `Db` API, asks the gate, and records what the core answered —
//! the `GateCheck`, the error a refused accept crosses the IPC as, and what accepting with an
//! override records — to `ui/src/test/fixtures/gate.json`. The UI's fake backend answers from
//! that file instead of re-implementing the rule, so the rule lives here only. The file is
//! rewritten on every run (as ts-rs rewrites `ui/src/bindings`); `scripts/test` fails while it
//! differs from git, so a change to the gate shows up in the UI's tests once committed.

use std::collections::BTreeMap;

use chair_core::model::{
    AnecdoteInput, DecisionInput, DecisionStatus, GateCheck, NewDecision, Reversibility,
};
use chair_core::{CommandError, Db, Result};
use serde::Serialize;

use crate::{empty_db, stating, ui_fixtures};

/// The prompts of the sample deck the UI's tests use (`DECK` in `ui/src/test/fakes/samples.ts`),
/// so the reasons name the questions those tests show.
const PROMPTS: [&str; 3] = [
    "Who is the customer?",
    "What is the customer problem?",
    "What is the most important benefit?",
];

/// The overrides the UI's tests send (`Ana`, `Facilitator`), none, a blank one and one with
/// spaces around it.
const OVERRIDES: [Option<&str>; 5] = [
    None,
    Some("  "),
    Some("Ana"),
    Some("Facilitator"),
    Some(" Lena Park "),
];

/// What a case depends on, as the fake backend can read it off its own state.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Given {
    reversibility: Reversibility,
    /// The texts of the meeting's questions, in order.
    prompts: Vec<String>,
    /// Those that have an answer in the meeting, in the same order.
    answered: Vec<String>,
    /// Whether the decision has an anecdote pinned as evidence.
    evidence: bool,
}

/// Accepting the decision with `override_by`: refused, or accepted with the override recorded.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Accept {
    override_by: Option<&'static str>,
    gate_overridden_by: Option<String>,
    refusal: Option<CommandError>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Case {
    given: Given,
    /// What `check_gate` answers.
    check: GateCheck,
    /// What recording it as accepted, or editing it to accepted, is refused with (none: it
    /// goes through).
    refusal: Option<CommandError>,
    /// What `accept_decision` does with each override.
    accept: Vec<Accept>,
}

/// An error as the UI receives it.
fn refusal<T>(answer: Result<T>) -> Option<CommandError> {
    answer.err().map(CommandError::from)
}

/// A running meeting with the sample deck and `answered` of its prompts answered.
fn meeting_answering(db: &mut Db, answered: &[&str]) -> String {
    let prompts = PROMPTS.map(String::from);
    crate::meeting_answering(db, "Five customer questions", &prompts, |_, text| {
        answered.contains(&text)
    })
}

/// One anecdote to pin as evidence, or none.
fn evidence_ids(db: &mut Db, evidence: bool) -> Vec<String> {
    if !evidence {
        return vec![];
    }
    let a = db
        .create_anecdote(&AnecdoteInput {
            text: "I only return what arrives broken.".into(),
            ..Default::default()
        })
        .unwrap();
    vec![a.id]
}

/// Accepting a new proposed `decision` with each of `OVERRIDES`; a refusal must be `recorded`.
fn accept_each(
    db: &mut Db,
    decision: &dyn Fn(DecisionStatus) -> NewDecision,
    recorded: Option<&CommandError>,
) -> Vec<Accept> {
    OVERRIDES
        .into_iter()
        .map(|override_by| {
            let d = db
                .record_decision(&decision(DecisionStatus::Proposed))
                .unwrap();
            match db.accept_decision(&d.id, override_by) {
                Ok(accepted) => {
                    assert_eq!(accepted.status, DecisionStatus::Accepted);
                    Accept {
                        override_by,
                        gate_overridden_by: accepted.gate_overridden_by,
                        refusal: None,
                    }
                }
                Err(e) => {
                    let refused = CommandError::from(e);
                    assert_eq!(Some(&refused), recorded, "the same refusal");
                    Accept {
                        override_by,
                        gate_overridden_by: None,
                        refusal: Some(refused),
                    }
                }
            }
        })
        .collect()
}

/// A meeting with the sample deck, `answered` of its prompts answered, and one decision of
/// `reversibility` (evidence pinned or not) asked about in every way the UI asks.
fn case(reversibility: Reversibility, answered: &[&str], evidence: bool) -> Case {
    let mut db = empty_db();
    let meeting = meeting_answering(&mut db, answered);
    let evidence_ids = evidence_ids(&mut db, evidence);
    let decision = |status| NewDecision {
        status: Some(status),
        reversibility: Some(reversibility),
        evidence_ids: Some(evidence_ids.clone()),
        ..stating(&meeting, "Drop free returns")
    };

    let proposed = db
        .record_decision(&decision(DecisionStatus::Proposed))
        .unwrap();
    let check = db.check_gate(&proposed.id).unwrap();
    let recorded = refusal(db.record_decision(&decision(DecisionStatus::Accepted)));
    let edited = refusal(db.update_decision(
        &proposed.id,
        &DecisionInput {
            statement: proposed.statement.clone(),
            status: Some(DecisionStatus::Accepted),
            reversibility: Some(reversibility),
            evidence_ids: Some(evidence_ids.clone()),
            ..Default::default()
        },
    ));
    assert_eq!(recorded, edited, "recording and editing meet the same gate");
    assert_eq!(recorded.is_some(), check.needs_confirmation);
    if let Some(refused) = &recorded {
        assert_eq!(refused.code, "gate");
        assert_eq!(refused.reasons.as_ref(), Some(&check.reasons));
    }
    let accept = accept_each(&mut db, &decision, recorded.as_ref());
    Case {
        given: Given {
            reversibility,
            prompts: PROMPTS.map(String::from).to_vec(),
            answered: PROMPTS
                .iter()
                .filter(|p| answered.contains(p))
                .map(|p| (*p).to_owned())
                .collect(),
            evidence,
        },
        check,
        refusal: recorded,
        accept,
    }
}

#[test]
fn the_gate_fixtures_are_what_the_core_answers() {
    use Reversibility::{OneWay, TwoWay, Unknown};
    let all = &PROMPTS[..];
    let cases = BTreeMap::from([
        ("two_way_door", case(TwoWay, &[], false)),
        ("unknown_door", case(Unknown, &[], false)),
        (
            "one_way_door_unanswered_prompt",
            case(OneWay, &PROMPTS[..2], true),
        ),
        ("one_way_door_no_evidence", case(OneWay, all, false)),
        (
            "one_way_door_unanswered_and_no_evidence",
            case(OneWay, &[], false),
        ),
        ("one_way_door_prepared", case(OneWay, all, true)),
    ]);

    // What the cases show, so a fixture that stops saying it fails here first.
    for name in ["two_way_door", "unknown_door", "one_way_door_prepared"] {
        let c = &cases[name];
        assert!(!c.check.needs_confirmation && c.refusal.is_none(), "{name}");
        assert!(
            c.accept.iter().all(|a| a.gate_overridden_by.is_none()),
            "{name}: nothing to override"
        );
    }
    assert_eq!(
        cases["one_way_door_unanswered_prompt"].check.reasons,
        ["customer question not answered: \u{201c}What is the most important benefit?\u{201d}"]
    );
    assert_eq!(
        cases["one_way_door_no_evidence"].check.reasons,
        ["no customer evidence: no anecdote is pinned to it"]
    );
    let both = &cases["one_way_door_unanswered_and_no_evidence"];
    assert_eq!(both.check.reasons.len(), 4, "{:?}", both.check.reasons);
    let overridden: Vec<_> = both
        .accept
        .iter()
        .map(|a| {
            (
                a.override_by,
                a.gate_overridden_by.as_deref(),
                a.refusal.is_some(),
            )
        })
        .collect();
    assert_eq!(
        overridden,
        [
            (None, None, true),
            (Some("  "), None, true),
            (Some("Ana"), Some("Ana"), false),
            (Some("Facilitator"), Some("Facilitator"), false),
            (Some(" Lena Park "), Some("Lena Park"), false),
        ]
    );

    ui_fixtures::write("gate.json", "gate_fixtures.rs", &cases);
}
