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
