//! The count in memory agrees with SQLite after every kind of write, and beside the app.

use super::*;

fn both_ways(db: &Db, query: &str, review_due: Option<bool>) -> (Answer, Answer) {
    let ask = |from: Option<NaiveDate>| {
        let page = db
            .find_decisions(
                &DecisionFilter {
                    query: Some(query.into()),
                    from,
                    review_due,
                    ..Default::default()
                },
                DecisionSort::Relevance,
            )
            .unwrap();
        let rows = page
            .rows
            .into_iter()
            .map(|r| (r.decision.statement, r.review_due))
            .collect();
        (page.total, rows)
    };
    (ask(None), ask(NaiveDate::from_ymd_opt(1900, 1, 1)))
}

/// Counted in memory and counted by SQLite agree, for any due-for-review filter; the total.
fn agreed(db: &Db, query: &str) -> u32 {
    for review_due in [None, Some(true), Some(false)] {
        let (in_memory, in_sqlite) = both_ways(db, query, review_due);
        assert_eq!(in_memory, in_sqlite, "{query:?}, review due {review_due:?}");
    }
    both_ways(db, query, None).0 .0
}

/// Merges into `db` another workspace's log of 60 decisions about refund windows.
fn merge_sixty_refund_windows(db: &mut Db) {
    let mut other = empty_db();
    let c = meeting(&mut other, "C");
    for i in 0..60 {
        decide(&mut other, &c, &format!("Refund window {i}"), "Parcel");
    }
    let dir = tempdir();
    let file = dir.join("log.json");
    other
        .export_decision_log(&DecisionFilter::default(), ExportFormat::Json, &file, false)
        .unwrap();
    db.merge_json(&file).unwrap();
}

#[test]
fn counted_in_memory_as_sqlite_counts_after_every_kind_of_write() {
    let mut db = empty_db();
    let (a, b) = (meeting(&mut db, "A"), meeting(&mut db, "B"));
    let made: Vec<String> = (0..70)
        .map(|i| {
            let m = if i % 3 == 0 { &a } else { &b };
            decide(&mut db, m, &format!("Refund rule {i}"), "Parcel")
        })
        .collect();
    assert_eq!(agreed(&db, "refunds"), 70);

    // Added.
    let added = decide(&mut db, &a, "Refund the refund twice", "");
    assert_eq!(agreed(&db, "refunds"), 71);
    assert_eq!(found(&db, "refunds")[0], "Refund the refund twice");

    // Edited: due for review (first), then its words changed away.
    for (i, due) in [(5, true), (6, false)] {
        db.update_decision(
            &made[i],
            &DecisionInput {
                statement: format!("Refund rule {i}"),
                status: Some(DecisionStatus::Accepted),
                review_on: NaiveDate::from_ymd_opt(if due { 2020 } else { 2999 }, 1, 1),
                ..Default::default()
            },
        )
        .unwrap();
    }
    assert_eq!(agreed(&db, "refunds"), 71);
    assert_eq!(both_ways(&db, "refunds", Some(true)).0 .0, 1);
    db.update_decision(
        &made[7],
        &DecisionInput {
            statement: "Exchange only".into(),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(agreed(&db, "refunds"), 70);
    assert_eq!(agreed(&db, "exchange"), 1);
    // Reviewed: no longer due.
    db.record_review(&ReviewInput {
        decision_id: made[5].clone(),
        happened: true,
        note: "It worked".into(),
    })
    .unwrap();
    assert_eq!(both_ways(&db, "refunds", Some(true)).0 .0, 0);
    assert_eq!(agreed(&db, "refunds"), 70);

    // Deleted, then put back.
    let gone = db.delete_decision(&added).unwrap();
    assert_eq!(agreed(&db, "refunds"), 69);
    db.undo_delete(&gone.undo_token).unwrap();
    assert_eq!(agreed(&db, "refunds"), 70);
    // A whole meeting deleted.
    db.delete_meeting(&a).unwrap();
    assert_eq!(agreed(&db, "refunds"), 45);

    // Merged from another workspace's log.
    merge_sixty_refund_windows(&mut db);
    assert_eq!(agreed(&db, "refunds"), 105);
    assert_eq!(agreed(&db, "parcel window"), 60);

    // The workspace replaced.
    db.replace_with_empty(true).unwrap();
    assert_eq!(agreed(&db, "refunds"), 0);
    db.replace_with_sample(true).unwrap();
    agreed(&db, "customer");
}

#[test]
fn a_workspace_read_beside_the_app_counts_what_is_there() {
    let dir = tempdir();
    let path = dir.join("w.chair");
    let mut app = Db::open(&path).unwrap();
    app.start_empty().unwrap();
    let m = meeting(&mut app, "M");
    let made: Vec<String> = (0..60)
        .map(|i| decide(&mut app, &m, &format!("Refund rule {i}"), ""))
        .collect();
    let reader = Db::open_read_only(&path).unwrap();
    assert_eq!(agreed(&reader, "refunds"), 60);
    // The app deletes some after the reader built its index: the reader counts what is left.
    for id in &made[..15] {
        app.delete_decision(id).unwrap();
    }
    assert_eq!(agreed(&reader, "refunds"), 45);
}
