//! Custom prompt decks: writing, reordering, deleting, and moving them between workspaces.

use chair_core::model::{AnswerInput, DeckInput, Meeting, NewMeeting, PromptInput};
use chair_core::Db;

use crate::storage::tempdir;
use crate::{sample_db, titled};

fn prompt(text: &str) -> PromptInput {
    PromptInput {
        id: None,
        text: text.into(),
        help: Some(format!("help for {text}")),
    }
}

fn deck(prompts: &[&str]) -> DeckInput {
    DeckInput {
        name: " Pricing ".into(),
        description: Some("Before we change a price".into()),
        prompts: prompts.iter().map(|p| prompt(p)).collect(),
    }
}

/// A meeting asking the deck `deck_id`'s prompts.
fn meeting_with(db: &mut Db, deck_id: &str) -> Meeting {
    db.create_meeting(&NewMeeting {
        deck_id: Some(deck_id.to_owned()),
        ..titled("m")
    })
    .unwrap()
}

#[test]
fn a_custom_deck_is_created_in_order_after_the_built_in_ones() {
    let mut db = sample_db();
    let d = db
        .create_deck(&deck(&["Who pays?", "Who notices?"]))
        .unwrap();
    assert_eq!(d.name, "Pricing");
    assert!(!d.builtin);
    assert_eq!(
        d.prompts
            .iter()
            .map(|p| (p.position, p.text.as_str()))
            .collect::<Vec<_>>(),
        [(0, "Who pays?"), (1, "Who notices?")]
    );
    assert_eq!(db.list_decks().unwrap().last().unwrap(), &d);
    let err = db.create_deck(&deck(&["ok", "  "])).unwrap_err();
    assert_eq!(err.to_string(), "prompts[1].text: must not be empty");
}

#[test]
fn updating_a_deck_reorders_keeps_answers_of_kept_prompts_and_drops_the_rest() {
    let mut db = sample_db();
    let d = db.create_deck(&deck(&["A", "B", "C"])).unwrap();
    let meeting = meeting_with(&mut db, &d.id);
    for p in &d.prompts {
        db.answer_prompt(&AnswerInput {
            meeting_id: meeting.id.clone(),
            prompt_id: p.id.clone(),
            answer: format!("answer to {}", p.text),
            ..Default::default()
        })
        .unwrap();
    }
    let keep = |i: usize, text: &str| PromptInput {
        id: Some(d.prompts[i].id.clone()),
        text: text.into(),
        help: None,
    };
    let updated = db
        .update_deck(
            &d.id,
            &DeckInput {
                name: "Pricing v2".into(),
                description: None,
                prompts: vec![keep(2, "C"), prompt("New"), keep(0, "A, reworded")],
            },
        )
        .unwrap();
    assert_eq!(updated.name, "Pricing v2");
    assert_eq!(
        updated
            .prompts
            .iter()
            .map(|p| p.text.as_str())
            .collect::<Vec<_>>(),
        ["C", "New", "A, reworded"]
    );
    assert_eq!(updated.prompts[0].id, d.prompts[2].id);
    assert_eq!(updated.prompts[2].id, d.prompts[0].id);
    let answers = db.open_meeting(&meeting.id).unwrap().answers;
    let mut answered: Vec<&str> = answers.iter().map(|a| a.answer.as_str()).collect();
    answered.sort();
    assert_eq!(
        answered,
        ["answer to A", "answer to C"],
        "B's answer went with B"
    );

    let foreign = db.list_decks().unwrap()[0].prompts[0].id.clone();
    let err = db
        .update_deck(
            &d.id,
            &DeckInput {
                name: "x".into(),
                description: None,
                prompts: vec![PromptInput {
                    id: Some(foreign),
                    text: "stolen".into(),
                    help: None,
                }],
            },
        )
        .unwrap_err();
    assert_eq!(err.code(), "invalid");
    assert!(err.to_string().starts_with("prompts[0].id: "), "{err}");
    assert_eq!(
        db.list_decks().unwrap().last().unwrap(),
        &updated,
        "unchanged"
    );
}

#[test]
fn built_in_decks_cannot_be_changed_or_deleted() {
    let mut db = sample_db();
    let builtin = db.list_decks().unwrap()[0].clone();
    assert!(builtin.builtin);
    assert_eq!(db.delete_deck(&builtin.id).unwrap_err().code(), "invalid");
    assert_eq!(
        db.update_deck(&builtin.id, &deck(&["x"]))
            .unwrap_err()
            .code(),
        "invalid"
    );
    assert_eq!(db.list_decks().unwrap()[0], builtin);
}

#[test]
fn deleting_a_custom_deck_leaves_its_meetings_without_one() {
    let mut db = sample_db();
    let d = db.create_deck(&deck(&["A"])).unwrap();
    let meeting = meeting_with(&mut db, &d.id);
    db.delete_deck(&d.id).unwrap();
    assert!(db.list_decks().unwrap().iter().all(|x| x.id != d.id));
    let view = db.open_meeting(&meeting.id).unwrap();
    assert_eq!(view.meeting.deck_id, None);
    assert_eq!(db.delete_deck(&d.id).unwrap_err().code(), "not_found");
}

#[test]
fn a_deck_exported_to_json_imports_as_a_new_custom_deck() {
    let db = sample_db();
    let builtin = db.list_decks().unwrap()[2].clone();
    let path = tempdir().join("deck.json");
    db.export_deck(&builtin.id, &path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"emptyChairDeck\": 1"), "{text}");

    let mut other = sample_db();
    let imported = other.import_deck(&path).unwrap();
    assert!(!imported.builtin);
    assert_ne!(imported.id, builtin.id);
    assert_eq!(imported.name, builtin.name);
    assert_eq!(imported.description, builtin.description);
    assert_eq!(
        imported
            .prompts
            .iter()
            .map(|p| (&p.text, &p.help))
            .collect::<Vec<_>>(),
        builtin
            .prompts
            .iter()
            .map(|p| (&p.text, &p.help))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_bad_deck_file_is_refused_naming_the_file_and_adds_nothing() {
    let mut db = sample_db();
    let before = db.list_decks().unwrap().len();
    let dir = tempdir();
    let cases = [
        ("not-json.json", "{ nope", "invalid"),
        (
            "empty-prompt.json",
            r#"{"emptyChairDeck": 1, "name": "x", "prompts": [{"text": " "}]}"#,
            "invalid",
        ),
        (
            "future.json",
            r#"{"emptyChairDeck": 2, "name": "x", "prompts": []}"#,
            "invalid",
        ),
    ];
    for (name, body, code) in cases {
        let path = dir.join(name);
        std::fs::write(&path, body).unwrap();
        let err = db.import_deck(&path).unwrap_err();
        assert_eq!(err.code(), code, "{name}");
        assert!(err.to_string().contains(name), "{name}: {err}");
    }
    let err = db.import_deck(&dir.join("missing.json")).unwrap_err();
    assert_eq!(err.code(), "io");
    assert_eq!(db.list_decks().unwrap().len(), before);
}
