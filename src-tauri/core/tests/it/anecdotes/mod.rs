//! Anecdotes one at a time: writing, editing, deleting and undoing, as the library does; the
//! search index following each of them; the library's filter values.

mod facets;

use std::sync::atomic::AtomicBool;

use chair_core::db::NewAnecdote;
use chair_core::model::{
    Anecdote, AnecdoteInput, AnecdoteQuery, DeletedAnecdote, FacetCount, Provenance, Sentiment,
};
use chair_core::Db;

use crate::{add_persona, sample_db};

fn text(text: &str) -> AnecdoteInput {
    AnecdoteInput {
        text: text.into(),
        ..Default::default()
    }
}

/// Ids of the anecdotes a search box with `words` finds.
fn found(db: &Db, words: &str) -> Vec<String> {
    db.search_anecdotes(&AnecdoteQuery {
        text: words.into(),
        limit: Some(100),
        ..Default::default()
    })
    .unwrap()
    .into_iter()
    .map(|h| h.anecdote.id)
    .collect()
}

/// The stored anecdote `id`, or nothing.
fn stored(db: &Db, id: &str) -> Vec<Anecdote> {
    db.get_anecdotes(&[id.to_owned()]).unwrap()
}

fn count(db: &Db) -> u32 {
    db.summary().unwrap().anecdote_count
}

#[test]
fn a_new_anecdote_takes_the_defaults_and_tidy_tags() {
    let mut db = Db::open_in_memory().unwrap();
    let plain = db.create_anecdote(&text("  The scanner jams.  ")).unwrap();
    assert_eq!(plain.text, "The scanner jams.");
    assert_eq!(
        (
            &plain.channel[..],
            &plain.product_area[..],
            &plain.segment[..]
        ),
        ("", "", "")
    );
    assert_eq!(plain.sentiment, Sentiment::Unknown);
    assert_eq!((plain.severity, plain.customer_count), (3, 1));
    assert!(plain.tags.is_empty() && plain.persona_ids.is_empty());
    assert_eq!(plain.provenance, Provenance::Real);
    assert_eq!((plain.said_on, plain.source_ref.as_deref()), (None, None));
    assert_eq!(plain.created_at, plain.updated_at);

    let dana = add_persona(&mut db, "Dana").id;
    let full = db
        .create_anecdote(&AnecdoteInput {
            text: "Refund took three weeks".into(),
            said_on: chrono::NaiveDate::from_ymd_opt(2026, 4, 2),
            channel: Some(" Email ".into()),
            sentiment: Some(Sentiment::Negative),
            severity: Some(5),
            customer_count: Some(12),
            tags: Some(vec![
                " Billing ".into(),
                "billing".into(),
                "REFUNDS".into(),
                "  ".into(),
            ]),
            source_ref: Some(" T-1 ".into()),
            provenance: Some(Provenance::Synthesized),
            persona_ids: Some(vec![dana.clone(), dana.clone()]),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(full.tags, ["billing", "refunds"]);
    assert_eq!(full.channel, "Email");
    assert_eq!(full.source_ref.as_deref(), Some("T-1"));
    assert_eq!(full.persona_ids, [dana]);
    assert_eq!((full.severity, full.customer_count), (5, 12));
    assert_eq!(stored(&db, &full.id), [full]);
}

#[test]
fn a_bad_field_is_named_and_nothing_is_stored() {
    let mut db = Db::open_in_memory().unwrap();
    let cases = [
        (
            AnecdoteInput {
                severity: Some(0),
                ..text("x")
            },
            "severity: must be between 1 and 5",
        ),
        (
            AnecdoteInput {
                severity: Some(6),
                ..text("x")
            },
            "severity: must be between 1 and 5",
        ),
        (
            AnecdoteInput {
                customer_count: Some(0),
                ..text("x")
            },
            "customerCount: must be at least 1",
        ),
        (text(" \n "), "text: must not be empty"),
    ];
    for (input, message) in cases {
        let err = db.create_anecdote(&input).unwrap_err();
        assert_eq!(
            (err.code(), err.to_string()),
            (chair_core::ErrorCode::Invalid, message.to_owned())
        );
    }
    let err = db
        .create_anecdote(&AnecdoteInput {
            persona_ids: Some(vec!["no-such-persona".into()]),
            ..text("x")
        })
        .unwrap_err();
    assert_eq!(err.code(), "not_found");
    assert!(err.to_string().contains("no-such-persona"), "{err}");
    assert_eq!(count(&db), 0);
}

#[test]
fn an_update_replaces_every_field_and_the_persona_links() {
    let mut db = Db::open_in_memory().unwrap();
    let dana = add_persona(&mut db, "Dana").id;
    let tomas = add_persona(&mut db, "Tomás").id;
    let before = db
        .create_anecdote(&AnecdoteInput {
            text: "Labels print crooked".into(),
            channel: Some("chat".into()),
            severity: Some(4),
            tags: Some(vec!["labels".into()]),
            persona_ids: Some(vec![dana]),
            ..Default::default()
        })
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));
    let after = db
        .update_anecdote(
            &before.id,
            &AnecdoteInput {
                text: "Labels print crooked on thermal paper".into(),
                tags: Some(vec!["Printing".into()]),
                persona_ids: Some(vec![tomas.clone()]),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(after.id, before.id);
    assert_eq!(after.text, "Labels print crooked on thermal paper");
    assert_eq!(
        after.channel, "",
        "left out means the default, not the old value"
    );
    assert_eq!(after.severity, 3);
    assert_eq!(after.tags, ["printing"]);
    assert_eq!(after.persona_ids, [tomas]);
    assert_eq!(after.created_at, before.created_at);
    assert!(after.updated_at > before.updated_at);
    assert_eq!(stored(&db, &before.id), std::slice::from_ref(&after));

    let err = db
        .update_anecdote(
            &before.id,
            &AnecdoteInput {
                severity: Some(9),
                ..text("changed")
            },
        )
        .unwrap_err();
    assert_eq!(err.to_string(), "severity: must be between 1 and 5");
    assert_eq!(stored(&db, &before.id), [after]);
    assert_eq!(
        db.update_anecdote("nope", &text("x")).unwrap_err().code(),
        "not_found"
    );
}

#[test]
fn an_edited_anecdote_is_found_by_its_new_words_and_not_its_old() {
    let mut db = sample_db();
    let a = db
        .create_anecdote(&text("The zorblax scanner jammed twice"))
        .unwrap();
    assert_eq!(found(&db, "zorblax"), [a.id.as_str()]);
    db.update_anecdote(&a.id, &text("The quintessa printer smoked"))
        .unwrap();
    assert_eq!(found(&db, "quintessa printer"), [a.id.as_str()]);
    assert!(found(&db, "zorblax").is_empty());

    // Persona links are searchable too: the filter follows an edit of the links.
    let dana = add_persona(&mut db, "Dana").id;
    db.update_anecdote(
        &a.id,
        &AnecdoteInput {
            persona_ids: Some(vec![dana.clone()]),
            ..text("The quintessa printer smoked")
        },
    )
    .unwrap();
    let hits = db
        .search_anecdotes(&AnecdoteQuery {
            filters: Some(chair_core::model::AnecdoteFilters {
                persona_ids: Some(vec![dana]),
                ..Default::default()
            }),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].anecdote.id, a.id);
}

/// An anecdote of the sample that a decision cites first among its evidence.
fn cited(db: &mut Db) -> (String, String) {
    let meeting = db.summary().unwrap().last_meeting_id.unwrap();
    let decision = db
        .open_meeting(&meeting)
        .unwrap()
        .decisions
        .into_iter()
        .find(|d| d.evidence_ids.len() >= 2)
        .expect("the sample pins evidence");
    (decision.id, decision.evidence_ids[0].clone())
}

fn evidence(db: &Db, decision: &str) -> Vec<String> {
    let meeting = db.summary().unwrap().last_meeting_id.unwrap();
    db.list_decisions(&meeting)
        .unwrap()
        .into_iter()
        .find(|d| d.id == decision)
        .unwrap()
        .evidence_ids
}

#[test]
fn a_deleted_anecdote_leaves_search_and_an_undo_brings_all_of_it_back() {
    let mut db = sample_db();
    let (decision, id) = cited(&mut db);
    let pinned = evidence(&db, &decision);
    let dana = add_persona(&mut db, "Dana").id;
    let original = stored(&db, &id).remove(0);
    let mut personas = original.persona_ids.clone();
    personas.push(dana.clone());
    let input = AnecdoteInput {
        text: format!("{} zorblax", original.text),
        persona_ids: Some(personas),
        ..Default::default()
    };
    let before = db.update_anecdote(&id, &input).unwrap();
    let total = count(&db);
    assert_eq!(found(&db, "zorblax"), [id.as_str()]);

    let deleted = db.delete_anecdote(&id).unwrap();
    assert_eq!(deleted.anecdote, before);
    assert_eq!(deleted.evidence_decision_ids, [decision.as_str()]);
    assert_eq!(count(&db), total - 1);
    assert!(stored(&db, &id).is_empty());
    assert!(!evidence(&db, &decision).contains(&id));
    assert!(found(&db, "zorblax").is_empty());
    assert_eq!(db.delete_anecdote(&id).unwrap_err().code(), "not_found");

    // The undo crosses the IPC boundary as JSON.
    let deleted: DeletedAnecdote =
        serde_json::from_str(&serde_json::to_string(&deleted).unwrap()).unwrap();
    let restored = db.restore_anecdote(&deleted).unwrap();
    assert_eq!(restored, before, "same id, text, timestamps and links");
    assert_eq!(stored(&db, &id), std::slice::from_ref(&before));
    assert_eq!(
        evidence(&db, &decision),
        pinned,
        "back in its place as evidence"
    );
    assert_eq!(found(&db, "zorblax"), [id.as_str()]);
    assert_eq!(count(&db), total);

    let err = db.restore_anecdote(&deleted).unwrap_err();
    assert_eq!(err.code(), "invalid");
    assert!(err.to_string().starts_with("id: "), "{err}");
    assert_eq!(count(&db), total);
}

#[test]
fn an_undo_leaves_out_personas_and_decisions_that_are_gone() {
    let mut db = sample_db();
    let (decision, id) = cited(&mut db);
    let mut deleted = db.delete_anecdote(&id).unwrap();
    let kept = deleted.anecdote.persona_ids.clone();
    assert!(!kept.is_empty());
    deleted
        .anecdote
        .persona_ids
        .push("persona-deleted-meanwhile".into());
    deleted
        .evidence_decision_ids
        .push("decision-deleted-meanwhile".into());
    let restored = db.restore_anecdote(&deleted).unwrap();
    assert_eq!(restored.persona_ids, kept);
    assert!(evidence(&db, &decision).contains(&id));
}

#[test]
fn an_undo_with_a_broken_anecdote_is_refused() {
    let mut db = Db::open_in_memory().unwrap();
    let a = db.create_anecdote(&text("Box arrived crushed")).unwrap();
    let deleted = db.delete_anecdote(&a.id).unwrap();
    let broken = |change: fn(&mut Anecdote)| {
        let mut d = deleted.clone();
        change(&mut d.anecdote);
        d
    };
    let cases = [
        (broken(|a| a.created_at = "yesterday".into()), "createdAt"),
        (broken(|a| a.severity = 0), "severity"),
        (broken(|a| a.text = " ".into()), "text"),
        (broken(|a| a.id = String::new()), "id"),
    ];
    for (d, field) in cases {
        let err = db.restore_anecdote(&d).unwrap_err();
        assert_eq!(err.code(), "invalid");
        assert!(err.to_string().starts_with(&format!("{field}: ")), "{err}");
    }
    assert_eq!(count(&db), 0);
    assert_eq!(db.restore_anecdote(&deleted).unwrap(), a);
}
