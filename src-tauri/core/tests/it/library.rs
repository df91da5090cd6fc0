//! Bulk writes of anecdotes: imports are all or nothing, never duplicate, and are searchable.

use std::sync::atomic::AtomicBool;

use chair_core::db::NewAnecdote;
use chair_core::model::{AnecdoteQuery, Provenance, Sentiment};
use chair_core::{Db, Error};

fn anecdote(text: &str, source: Option<&str>) -> NewAnecdote {
    NewAnecdote {
        text: text.into(),
        said_on: chrono::NaiveDate::from_ymd_opt(2026, 5, 1),
        channel: "email".into(),
        product_area: "Billing".into(),
        segment: String::new(),
        sentiment: Sentiment::Negative,
        severity: 3,
        customer_count: 1,
        tags: vec!["billing".into()],
        source_ref: source.map(str::to_owned),
        provenance: Provenance::Real,
        persona_ids: Vec::new(),
    }
}

fn rows(n: usize) -> Vec<(u64, NewAnecdote)> {
    (0..n)
        .map(|i| {
            (
                i as u64 + 2,
                anecdote(
                    &format!("Invoice {i} charged twice for quuxwidget"),
                    Some(&format!("T-{i}")),
                ),
            )
        })
        .collect()
}

fn search(db: &Db, text: &str) -> usize {
    db.search_anecdotes(&AnecdoteQuery {
        text: text.into(),
        limit: Some(200),
        ..Default::default()
    })
    .unwrap()
    .len()
}

#[test]
fn an_import_is_searchable_and_a_second_import_adds_nothing() {
    let mut db = Db::open_in_memory().unwrap();
    let mut calls = 0;
    let out = db
        .import_anecdotes(&rows(3000), &mut |_, _| calls += 1, &AtomicBool::new(false))
        .unwrap();
    assert_eq!((out.inserted, out.duplicates), (3000, 0));
    assert!(calls >= 3, "progress is reported");
    assert_eq!(search(&db, "quuxwidget"), 200);
    assert_eq!(db.summary().unwrap().anecdote_count, 3000);

    let again = db
        .import_anecdotes(&rows(3000), &mut |_, _| {}, &AtomicBool::new(false))
        .unwrap();
    assert_eq!((again.inserted, again.duplicates), (0, 3000));
    assert_eq!(again.duplicate_rows.len(), 10);
    assert_eq!(db.summary().unwrap().anecdote_count, 3000);
}

#[test]
fn same_text_and_date_is_a_duplicate_without_a_source_reference() {
    let mut db = Db::open_in_memory().unwrap();
    let one = vec![(2, anecdote("  The box arrived crushed.  ", None))];
    db.import_anecdotes(&one, &mut |_, _| {}, &AtomicBool::new(false))
        .unwrap();
    let out = db
        .import_anecdotes(&one, &mut |_, _| {}, &AtomicBool::new(false))
        .unwrap();
    assert_eq!(out.duplicates, 1);
    let mut other_day = one.clone();
    other_day[0].1.said_on = chrono::NaiveDate::from_ymd_opt(2026, 5, 2);
    let out = db
        .import_anecdotes(&other_day, &mut |_, _| {}, &AtomicBool::new(false))
        .unwrap();
    assert_eq!(out.inserted, 1, "said on another day: another anecdote");
}

#[test]
fn a_cancelled_import_leaves_the_library_as_it_was() {
    let mut db = Db::open_in_memory().unwrap();
    let cancel = AtomicBool::new(false);
    let err = db
        .import_anecdotes(
            &rows(5000),
            &mut |done, _| {
                if done > 2000 {
                    cancel.store(true, std::sync::atomic::Ordering::Relaxed);
                }
            },
            &cancel,
        )
        .unwrap_err();
    assert!(matches!(err, Error::Cancelled));
    assert_eq!(db.summary().unwrap().anecdote_count, 0);
    assert_eq!(
        search(&db, "quuxwidget"),
        0,
        "nothing reached the index either"
    );
    // And the workspace still works.
    let out = db
        .import_anecdotes(&rows(10), &mut |_, _| {}, &AtomicBool::new(false))
        .unwrap();
    assert_eq!(out.inserted, 10);
    assert_eq!(search(&db, "quuxwidget"), 10);
}

#[test]
fn an_invalid_row_refuses_the_whole_import_and_names_the_row() {
    let mut db = Db::open_in_memory().unwrap();
    let mut batch = rows(100);
    batch[50].1.severity = 9;
    let err = db
        .import_anecdotes(&batch, &mut |_, _| {}, &AtomicBool::new(false))
        .unwrap_err();
    assert_eq!(err.to_string(), "row 52, severity: must be between 1 and 5");
    assert_eq!(db.summary().unwrap().anecdote_count, 0);
    assert_eq!(search(&db, "quuxwidget"), 0);
}

#[test]
fn repeats_within_one_import_are_kept_once_even_into_an_empty_workspace() {
    let mut db = Db::open_in_memory().unwrap();
    let batch = vec![
        (2, anecdote("Charged twice", Some("A-1"))),
        (3, anecdote("Charged twice", Some("A-2"))), // same text, same day
        (4, anecdote("Something else", Some("A-1"))), // same source reference
        (5, anecdote("Charged twice, again", Some("A-3"))),
    ];
    let out = db
        .import_anecdotes(&batch, &mut |_, _| {}, &AtomicBool::new(false))
        .unwrap();
    assert_eq!((out.inserted, out.duplicates), (2, 2));
    assert_eq!(out.duplicate_rows, vec![3, 4]);
}

/// The anecdotes' indexes and triggers as stored in the workspace at `path`.
fn anecdote_schema(path: &std::path::Path) -> Vec<(String, String)> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')
             AND tbl_name IN ('anecdotes', 'anecdote_personas') AND sql IS NOT NULL ORDER BY name",
        )
        .unwrap();
    let found = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<Vec<_>>>()
        .unwrap();
    found
}

/// Imports `batch` into the workspace at `path`, cancelling once `cancel_after` rows are done.
fn import_at(
    path: &std::path::Path,
    batch: &[(u64, NewAnecdote)],
    cancel_after: Option<u64>,
) -> chair_core::Result<chair_core::db::ImportOutcome> {
    let mut db = Db::open(path).unwrap();
    let cancel = AtomicBool::new(false);
    db.import_anecdotes(
        batch,
        &mut |done, _| {
            if cancel_after.is_some_and(|n| done > n) {
                cancel.store(true, std::sync::atomic::Ordering::Relaxed);
            }
        },
        &cancel,
    )
}

// An import into an empty workspace builds the lookup indexes once at its end, and every import
// queues its rows for the search index in one statement instead of by trigger: whatever way it
// ends, the indexes and triggers are there afterwards, and do their work.
#[test]
fn an_import_leaves_the_indexes_and_triggers_in_place_however_it_ends() {
    let path = crate::storage::tempdir().join("workspace.db");
    drop(Db::open(&path).unwrap());
    let before = anecdote_schema(&path);
    let names: Vec<&str> = before.iter().map(|(name, _)| name.as_str()).collect();
    for expected in [
        "anecdotes_said_on",
        "anecdotes_source_ref",
        "anecdotes_text_hash",
        "anecdotes_search_insert",
        "anecdote_personas_search_insert",
    ] {
        assert!(names.contains(&expected), "{expected} in {names:?}");
    }

    let mut invalid = rows(100);
    invalid[50].1.severity = 9;
    assert!(import_at(&path, &invalid, None).is_err());
    assert_eq!(anecdote_schema(&path), before, "after a refused import");
    let err = import_at(&path, &rows(5000), Some(2000)).unwrap_err();
    assert!(matches!(err, Error::Cancelled));
    assert_eq!(anecdote_schema(&path), before, "after a cancelled import");
    let out = import_at(&path, &rows(3000), None).unwrap();
    assert_eq!((out.inserted, out.duplicates), (3000, 0));
    assert_eq!(anecdote_schema(&path), before, "after an import");

    // The rebuilt indexes find duplicates (by source reference, and by text and date).
    let mut again = rows(3000);
    again[7].1.source_ref = None;
    again.push((9999, anecdote("A new one about quuxwidget", Some("T-new"))));
    let out = import_at(&path, &again, None).unwrap();
    assert_eq!((out.inserted, out.duplicates), (1, 3000));
    assert_eq!(
        anecdote_schema(&path),
        before,
        "after an import into a full workspace"
    );

    // The triggers queue single writes for the search index again.
    let mut db = Db::open(&path).unwrap();
    assert_eq!(search(&db, "quuxwidget"), 200);
    let added = db
        .create_anecdote(&chair_core::model::AnecdoteInput {
            text: "The zorblatt handle snapped".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(search(&db, "zorblatt"), 1);
    db.delete_anecdote(&added.id).unwrap();
    assert_eq!(search(&db, "zorblatt"), 0);
    assert_eq!(db.summary().unwrap().anecdote_count, 3001);
}

#[test]
fn a_refused_import_after_an_import_leaves_the_search_index_as_it_was() {
    let mut db = Db::open_in_memory().unwrap();
    db.import_anecdotes(&rows(10), &mut |_, _| {}, &AtomicBool::new(false))
        .unwrap();
    let mut more: Vec<_> = rows(300).split_off(10);
    more[250].1.severity = 0;
    let err = db
        .import_anecdotes(&more, &mut |_, _| {}, &AtomicBool::new(false))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "row 262, severity: must be between 1 and 5"
    );
    assert_eq!(search(&db, "quuxwidget"), 10);
    let out = db
        .import_anecdotes(&rows(20), &mut |_, _| {}, &AtomicBool::new(false))
        .unwrap();
    assert_eq!((out.inserted, out.duplicates), (10, 10));
    assert_eq!(search(&db, "quuxwidget"), 20);
}
