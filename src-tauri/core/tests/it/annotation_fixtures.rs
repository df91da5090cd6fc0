//! Who may annotate a decision, and what an annotation may say, written for the UI's tests: each
//! case builds a decision (and, to edit or delete, an annotation by Ben Ito) through the public
//! `Db` API, puts nobody, the author or someone else at the keyboard, tries to add, edit or
//! delete with a feeling, and records the error the core refuses it with (none: it went
//! through) to `ui/src/test/fixtures/annotations.json`. The author's name in a message is
//! written `{author}`, for the fake to put its own author's in. The UI's fake backend answers
//! from that file instead of re-implementing the rules. Written on every run, like `gate.json`
//! (see `gate_fixtures.rs`); `scripts/test` fails while it differs from git.

use std::collections::BTreeMap;

use chair_core::model::{AnnotationInput, Stance};
use chair_core::{CommandError, Db, ErrorCode};
use serde::Serialize;

use crate::{add_person, decide, empty_db, ui_fixtures};

const AUTHOR: &str = "Ben Ito";

#[derive(Serialize, Clone, Copy, PartialEq, Debug)]
#[serde(rename_all = "camelCase")]
enum Action {
    Add,
    Edit,
    Delete,
}

/// Who is at the keyboard, as the annotation's author sees it (to add, whoever is there writes).
#[derive(Serialize, Clone, Copy, PartialEq, Debug)]
#[serde(rename_all = "camelCase")]
enum AtKeyboard {
    Nobody,
    Author,
    SomeoneElse,
}

/// What a case depends on, as the fake backend can read it off its own state and the call.
#[derive(Serialize, Clone, Copy)]
#[serde(rename_all = "camelCase")]
struct Given {
    action: Action,
    at_keyboard: AtKeyboard,
    /// The feeling sent (none to delete).
    feeling: Option<u8>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Case {
    given: Given,
    /// What the call is refused with, `{author}` for the author's name (none: it went through).
    refusal: Option<CommandError>,
}

fn input(feeling: Option<u8>) -> AnnotationInput {
    AnnotationInput {
        stance: Stance::Concerned,
        feeling,
        comment: "I would wait for the refund before buying again.".into(),
        flags: Vec::new(),
    }
}

/// A decision to annotate; to edit or delete, Ben Ito's annotation on it (its id).
fn decision_and_annotation(db: &mut Db, author: &str, action: Action) -> (String, Option<String>) {
    let meeting = ui_fixtures::meeting(db);
    let decision = decide(db, &meeting, "Free returns for damaged items").id;
    if action == Action::Add {
        return (decision, None);
    }
    db.set_current_person(Some(author)).unwrap();
    let annotation = db.add_annotation(&decision, &input(Some(3))).unwrap().id;
    (decision, Some(annotation))
}

/// Runs `given` against the core: the refusal, or the feeling stored (a deletion's: none).
fn case(given: Given) -> Case {
    let mut db = empty_db();
    let author = add_person(&mut db, AUTHOR, None).id;
    let other = add_person(&mut db, "Cleo Park", None).id;
    let (decision, annotation) = decision_and_annotation(&mut db, &author, given.action);
    let me = match given.at_keyboard {
        AtKeyboard::Nobody => None,
        AtKeyboard::Author => Some(&author),
        AtKeyboard::SomeoneElse => Some(&other),
    };
    db.set_current_person(me.map(String::as_str)).unwrap();
    let answer = match (given.action, annotation.as_deref()) {
        (Action::Add, _) => db
            .add_annotation(&decision, &input(given.feeling))
            .map(|a| a.feeling),
        (Action::Edit, Some(id)) => db
            .update_annotation(id, &input(given.feeling))
            .map(|a| a.feeling),
        (Action::Delete, Some(id)) => db.delete_annotation(id).map(|()| None),
        _ => unreachable!("an annotation to edit or delete"),
    };
    let refusal = match answer {
        Ok(stored) => {
            assert_eq!(stored, given.feeling, "the feeling is stored as sent");
            None
        }
        Err(e) => {
            let mut e = CommandError::from(e);
            e.message = e.message.replace(AUTHOR, "{author}");
            Some(e)
        }
    };
    Case { given, refusal }
}

/// Every action, by each who may be at the keyboard, with each feeling the UI can send and one
/// either side of the scale.
fn cases() -> BTreeMap<String, Case> {
    let feelings = [
        None,
        Some(1),
        Some(2),
        Some(3),
        Some(4),
        Some(5),
        Some(0),
        Some(6),
    ];
    let mut cases = BTreeMap::new();
    for action in [Action::Add, Action::Edit, Action::Delete] {
        for at_keyboard in [
            AtKeyboard::Nobody,
            AtKeyboard::Author,
            AtKeyboard::SomeoneElse,
        ] {
            if action == Action::Add && at_keyboard == AtKeyboard::SomeoneElse {
                continue;
            }
            let sent: &[Option<u8>] = if action == Action::Delete {
                &[None]
            } else {
                &feelings
            };
            for &feeling in sent {
                let given = Given {
                    action,
                    at_keyboard,
                    feeling,
                };
                let feeling = feeling.map_or("none".into(), |f| f.to_string());
                let name = format!("{action:?}_by_{at_keyboard:?}_feeling_{feeling}");
                cases.insert(name.to_lowercase(), case(given));
            }
        }
    }
    cases
}

#[test]
fn the_annotation_fixtures_are_what_the_core_answers() {
    let cases = cases();
    for (name, c) in &cases {
        let g = c.given;
        let expected = match (g.at_keyboard, g.feeling) {
            (AtKeyboard::Nobody | AtKeyboard::SomeoneElse, _) => Some(ErrorCode::Forbidden),
            (AtKeyboard::Author, Some(0 | 6)) => Some(ErrorCode::Invalid),
            (AtKeyboard::Author, _) => None,
        };
        assert_eq!(c.refusal.as_ref().map(|e| e.code), expected, "{name}");
    }
    let message = |name: &str| cases[name].refusal.as_ref().unwrap().message.clone();
    assert_eq!(
        message("add_by_nobody_feeling_none"),
        "Choose who you are (switch person) before annotating."
    );
    assert_eq!(
        message("delete_by_someoneelse_feeling_none"),
        "Only {author} can delete this annotation."
    );
    assert_eq!(
        cases["edit_by_author_feeling_6"]
            .refusal
            .as_ref()
            .unwrap()
            .field
            .as_deref(),
        Some("feeling")
    );

    ui_fixtures::write("annotations.json", "annotation_fixtures.rs", &cases);
}
