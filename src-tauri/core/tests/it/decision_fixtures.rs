//! What editing and accepting a decision do around the one-way-door gate, written for the UI's
//! tests: from each status a decision can be in (accepted past the gate with an override
//! apart), each edit to each status naming no replacement, another decision or itself, and
//! accepting, run through the public `Db` API, recorded to `ui/src/test/fixtures/decisions.json`:
//! the refusal, whether the gate is asked (a one-way door without evidence is refused with
//! `gate` where a two-way door goes through), and whether the gate override and the replacement
//! named survive. The gate's own answers are `gate.json`'s (`gate_fixtures.rs`). The UI's fake
//! backend answers from the file instead of re-implementing these rules. Written on every run,
//! like `gate.json`; `scripts/test` fails while it differs from git.

use std::collections::BTreeMap;

use chair_core::model::{DecisionInput, DecisionStatus, NewDecision, Reversibility};
use chair_core::{CommandError, Db, ErrorCode, Result};
use serde::Serialize;

use crate::{empty_db, stating, ui_fixtures};

/// Where a decision starts: its status, accepted past the gate with an override, or not yet
/// recorded.
#[derive(Serialize, Clone, Copy, PartialEq, Debug)]
#[serde(rename_all = "camelCase")]
enum From {
    New,
    Proposed,
    Accepted,
    Overridden,
    Rejected,
    Superseded,
    Deprecated,
}

/// The decision a decision names as its replacement.
#[derive(Serialize, Clone, Copy, PartialEq, Debug)]
#[serde(rename_all = "camelCase")]
enum Names {
    None,
    Another,
    Itself,
}

/// What a case depends on, as the fake backend can read it off the decision and the call.
#[derive(Serialize, Clone, Copy)]
#[serde(rename_all = "camelCase")]
struct Given {
    /// `record` (`record_decision`), `update` (`update_decision`) or `accept`
    /// (`accept_decision`, no override).
    command: &'static str,
    from: From,
    /// The status recorded or edited to (none to accept).
    to: Option<DecisionStatus>,
    /// The replacement recorded or edited, or the one the decision names before it is accepted.
    superseded_by: Names,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Case {
    given: Given,
    /// What the call is refused with, the gate aside (none: it goes through a two-way door).
    refusal: Option<CommandError>,
    /// Whether the gate is asked: a one-way door without evidence is refused with `gate`.
    gated: bool,
    /// Whether the decision keeps its gate override (through a two-way door).
    overridden: bool,
    /// Whether it still names its replacement (through a two-way door).
    superseded_by: bool,
}

struct Workspace {
    db: Db,
    meeting: String,
    /// A decision to name as a replacement.
    another: String,
}

impl Workspace {
    fn new() -> Self {
        let mut db = empty_db();
        let meeting = ui_fixtures::meeting(&mut db);
        let mut w = Workspace {
            db,
            meeting,
            another: String::new(),
        };
        w.another = w.record();
        w
    }

    /// A new proposed two-way door.
    fn record(&mut self) -> String {
        let input = NewDecision {
            reversibility: Some(Reversibility::TwoWay),
            ..stating(&self.meeting, "Free returns for damaged items")
        };
        self.db.record_decision(&input).unwrap().id
    }

    fn edit(
        &mut self,
        id: &str,
        status: DecisionStatus,
        names: Names,
        door: Reversibility,
    ) -> Result<()> {
        let superseded_by = match names {
            Names::None => None,
            Names::Another => Some(self.another.clone()),
            Names::Itself => Some(id.to_owned()),
        };
        let input = DecisionInput {
            statement: "Free returns for damaged items".into(),
            status: Some(status),
            reversibility: Some(door),
            superseded_by,
            ..Default::default()
        };
        self.db.update_decision(id, &input).map(|_| ())
    }

    /// A new decision recorded as `status`, naming `names`, a one-way or two-way `door`.
    fn record_as(
        &mut self,
        status: DecisionStatus,
        names: Names,
        door: Reversibility,
    ) -> std::result::Result<String, CommandError> {
        let input = NewDecision {
            status: Some(status),
            reversibility: Some(door),
            superseded_by: (names == Names::Another).then(|| self.another.clone()),
            ..stating(&self.meeting, "Free returns for damaged items")
        };
        Ok(self
            .db
            .record_decision(&input)
            .map_err(CommandError::from)?
            .id)
    }

    /// A decision where `from` says, a one-way or two-way `door`.
    fn decision(&mut self, from: From, door: Reversibility) -> String {
        let id = self.record();
        let (status, names) = match from {
            From::New | From::Proposed => (DecisionStatus::Proposed, Names::None),
            From::Accepted => {
                self.db.accept_decision(&id, None).unwrap();
                (DecisionStatus::Accepted, Names::None)
            }
            From::Overridden => {
                let one_way = Reversibility::OneWay;
                self.edit(&id, DecisionStatus::Proposed, Names::None, one_way)
                    .unwrap();
                self.db.accept_decision(&id, Some("Ana")).unwrap();
                (DecisionStatus::Accepted, Names::None)
            }
            From::Rejected => (DecisionStatus::Rejected, Names::None),
            From::Superseded => (DecisionStatus::Superseded, Names::Another),
            From::Deprecated => (DecisionStatus::Deprecated, Names::None),
        };
        self.edit(&id, status, names, door).unwrap();
        let d = self.db.get_decision(&id).unwrap();
        assert_eq!(d.gate_overridden_by.is_some(), from == From::Overridden);
        id
    }

    /// Runs `given` on a one-way or two-way `door`; the decision after, or the refusal.
    fn run(
        &mut self,
        given: Given,
        door: Reversibility,
    ) -> std::result::Result<(bool, bool), CommandError> {
        let id = match given.to {
            Some(to) if given.from == From::New => self.record_as(to, given.superseded_by, door)?,
            _ => self.decision(given.from, door),
        };
        let done = match given.to {
            Some(_) if given.from == From::New => Ok(()),
            Some(to) => self.edit(&id, to, given.superseded_by, door),
            None => self.db.accept_decision(&id, None).map(|_| ()),
        };
        done.map_err(CommandError::from)?;
        let d = self.db.get_decision(&id).unwrap();
        Ok((d.gate_overridden_by.is_some(), d.superseded_by.is_some()))
    }

    fn case(&mut self, given: Given) -> Case {
        let through = self.run(given, Reversibility::TwoWay);
        let one_way = self.run(given, Reversibility::OneWay);
        let gated = matches!(&one_way, Err(e) if e.code == ErrorCode::Gate);
        if !gated {
            assert_eq!(one_way, through, "only the gate tells the doors apart");
        }
        let (overridden, superseded_by) = through.clone().unwrap_or((false, false));
        Case {
            given,
            refusal: through.err(),
            gated,
            overridden,
            superseded_by,
        }
    }
}

const FROM: [From; 6] = [
    From::Proposed,
    From::Accepted,
    From::Overridden,
    From::Rejected,
    From::Superseded,
    From::Deprecated,
];
const TO: [DecisionStatus; 5] = [
    DecisionStatus::Proposed,
    DecisionStatus::Accepted,
    DecisionStatus::Rejected,
    DecisionStatus::Superseded,
    DecisionStatus::Deprecated,
];

fn cases() -> BTreeMap<String, Case> {
    let mut w = Workspace::new();
    let mut cases = BTreeMap::new();
    for to in TO {
        for superseded_by in [Names::None, Names::Another] {
            let given = Given {
                command: "record",
                from: From::New,
                to: Some(to),
                superseded_by,
            };
            let name = format!("record_{to:?}_naming_{superseded_by:?}");
            cases.insert(name.to_lowercase(), w.case(given));
        }
    }
    for from in FROM {
        for to in TO {
            let names: &[Names] = if to == DecisionStatus::Superseded {
                &[Names::None, Names::Another, Names::Itself]
            } else {
                &[Names::None, Names::Another]
            };
            for &superseded_by in names {
                let given = Given {
                    command: "update",
                    from,
                    to: Some(to),
                    superseded_by,
                };
                let name = format!("update_{from:?}_to_{to:?}_naming_{superseded_by:?}");
                cases.insert(name.to_lowercase(), w.case(given));
            }
        }
        let superseded_by = if from == From::Superseded {
            Names::Another
        } else {
            Names::None
        };
        let given = Given {
            command: "accept",
            from,
            to: None,
            superseded_by,
        };
        cases.insert(format!("accept_{from:?}").to_lowercase(), w.case(given));
    }
    cases
}

#[test]
fn the_decision_fixtures_are_what_the_core_answers() {
    let cases = cases();
    let case = |name: &str| &cases[name];
    // Accepting twice changes nothing: no gate, the override kept.
    let twice = case("accept_overridden");
    assert!(!twice.gated && twice.overridden && twice.refusal.is_none());
    // Accepting a superseded decision forgets what replaced it.
    let accepted = case("accept_superseded");
    assert!(accepted.gated && !accepted.superseded_by);
    // Leaving accepted forgets the override; staying accepted keeps it, without the gate.
    assert!(!case("update_overridden_to_proposed_naming_none").overridden);
    let stays = case("update_overridden_to_accepted_naming_none");
    assert!(stays.overridden && !stays.gated);
    assert!(case("update_proposed_to_accepted_naming_none").gated);
    // Only a superseded decision names its replacement, which must be another decision.
    for name in [
        "update_proposed_to_superseded_naming_none",
        "update_proposed_to_superseded_naming_itself",
        "update_proposed_to_rejected_naming_another",
    ] {
        assert_eq!(
            case(name).refusal.as_ref().map(|e| e.code),
            Some(ErrorCode::Invalid),
            "{name}"
        );
    }
    assert!(case("update_proposed_to_superseded_naming_another").superseded_by);
    // Recording meets the same rules: the gate when accepted, a replacement only superseded.
    assert!(case("record_accepted_naming_none").gated);
    assert!(case("record_superseded_naming_none").refusal.is_some());
    assert!(case("record_superseded_naming_another").superseded_by);

    ui_fixtures::write("decisions.json", "decision_fixtures.rs", &cases);
}
