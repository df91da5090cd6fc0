//! The Decisions screen: every decision across meetings, found by any form of its words
//! (statement, rationale, options, impacts), filtered, sorted with those due for review first,
//! and exported with the same filter.

mod counts;

use chair_core::model::{
    DecisionFilter, DecisionInput, DecisionSort, DecisionStatus, ExportFormat, ImpactDirection,
    NewDecision, NewImpact, NewMeeting, ReviewInput,
};
use chair_core::Db;
use chrono::NaiveDate;

use crate::storage::tempdir;
use crate::{empty_db, meeting_titled, stating, supersede, titled};

fn meeting(db: &mut Db, title: &str) -> String {
    meeting_titled(db, title).id
}

fn decide(db: &mut Db, meeting: &str, statement: &str, rationale: &str) -> String {
    db.record_decision(&NewDecision {
        rationale: Some(rationale.into()),
        ..stating(meeting, statement)
    })
    .unwrap()
    .id
}

/// Accepts the decision `id` (its statement kept as `statement`), its review due long ago.
fn accept_due_for_review(db: &mut Db, id: &str, statement: &str) {
    let accepted = DecisionInput {
        statement: statement.into(),
        status: Some(DecisionStatus::Accepted),
        review_on: NaiveDate::from_ymd_opt(2020, 1, 1),
        ..Default::default()
    };
    db.update_decision(id, &accepted).unwrap();
}

fn found(db: &Db, query: &str) -> Vec<String> {
    db.find_decisions(
        &DecisionFilter {
            query: Some(query.into()),
            ..Default::default()
        },
        DecisionSort::Relevance,
    )
    .unwrap()
    .rows
    .into_iter()
    .map(|r| r.decision.statement)
    .collect()
}

#[test]
fn every_word_must_match_in_some_form_across_meetings() {
    let mut db = empty_db();
    let last_week = meeting(&mut db, "Last week");
    let today = meeting(&mut db, "Today");
    decide(
        &mut db,
        &last_week,
        "Store credit for gift returns",
        "Members kept asking for refunds of gifts they returned",
    );
    decide(
        &mut db,
        &today,
        "Free shipping on exchanges",
        "Exchanges cost little",
    );
    let id = db
        .record_decision(&NewDecision {
            options_considered: Some("thirty days or sixty days".into()),
            impacts: Some(vec![NewImpact {
                persona_id: None,
                segment: Some("holiday shoppers".into()),
                direction: ImpactDirection::Helps,
                magnitude: None,
                confidence: None,
                reach: None,
                what_changes: "Gifts bought in November can still be returned".into(),
            }]),
            ..stating(&today, "Longer window")
        })
        .unwrap()
        .id;
    // A word form of the rationale: "refund" finds "refunds", "returning" finds "returned".
    assert_eq!(found(&db, "refund"), ["Store credit for gift returns"]);
    let mut both = found(&db, "returning gift");
    both.sort();
    assert_eq!(both, ["Longer window", "Store credit for gift returns"]);
    // Every word must match.
    assert!(found(&db, "refund shipping").is_empty());
    // Options and impacts are searched too.
    assert_eq!(found(&db, "sixty"), ["Longer window"]);
    assert_eq!(found(&db, "November shopper"), ["Longer window"]);
    // An edit is found at once; a deleted decision is not.
    db.update_decision(
        &id,
        &DecisionInput {
            statement: "Longer window".into(),
            rationale: Some("Lapsed subscribers complained".into()),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(found(&db, "subscriber"), ["Longer window"]);
    assert!(found(&db, "sixty").is_empty(), "the old options are gone");
    db.delete_decision(&id).unwrap();
    assert!(found(&db, "subscriber").is_empty());
    // No words: nothing is narrowed.
    assert_eq!(found(&db, "  ").len(), 2);
}

#[test]
fn filters_narrow_and_review_due_comes_first() {
    let mut db = empty_db();
    let a = meeting(&mut db, "A");
    let b = meeting(&mut db, "B");
    let first = decide(&mut db, &a, "First", "");
    decide(&mut db, &b, "Second", "");
    let due = decide(&mut db, &b, "Third", "");
    accept_due_for_review(&mut db, &due, "Third");
    let all = |sort| {
        db.find_decisions(&DecisionFilter::default(), sort)
            .unwrap()
            .rows
            .into_iter()
            .map(|r| r.decision.statement)
            .collect::<Vec<_>>()
    };
    assert_eq!(all(DecisionSort::Oldest), ["Third", "First", "Second"]);
    assert_eq!(all(DecisionSort::Newest), ["Third", "Second", "First"]);
    let rows = db
        .find_decisions(
            &DecisionFilter {
                meeting_id: Some(a.clone()),
                ..Default::default()
            },
            DecisionSort::Newest,
        )
        .unwrap()
        .rows;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].decision.id, first);
    assert_eq!(rows[0].meeting_title, "A");
    let due_only = db
        .find_decisions(
            &DecisionFilter {
                review_due: Some(true),
                ..Default::default()
            },
            DecisionSort::Newest,
        )
        .unwrap()
        .rows;
    assert_eq!(due_only.len(), 1);
    assert!(due_only[0].review_due);
}

#[test]
fn a_decision_superseded_from_another_meeting_shows_both_links() {
    let mut db = empty_db();
    let last_week = meeting(&mut db, "Last week");
    let today = meeting(&mut db, "Today");
    let old = decide(&mut db, &last_week, "Thirty-day window", "");
    let new = decide(&mut db, &today, "Sixty-day window", "");
    supersede(&mut db, &old, "Thirty-day window", &new);
    let rows = db
        .find_decisions(&DecisionFilter::default(), DecisionSort::Oldest)
        .unwrap()
        .rows;
    let old_row = rows.iter().find(|r| r.decision.id == old).unwrap();
    let by = old_row.replaced_by.as_ref().unwrap();
    assert_eq!(
        (by.id.as_str(), by.meeting_title.as_str()),
        (new.as_str(), "Today")
    );
    let new_row = rows.iter().find(|r| r.decision.id == new).unwrap();
    assert_eq!(new_row.replaces.len(), 1);
    assert_eq!(new_row.replaces[0].meeting_title, "Last week");
}

#[test]
fn an_export_takes_the_screens_words_too() {
    let path = tempdir().join("w.db");
    let mut db = Db::open(&path).unwrap();
    db.start_empty().unwrap();
    let m = meeting(&mut db, "M");
    decide(&mut db, &m, "Refund gifts", "Members asked for refunds");
    decide(&mut db, &m, "Ship free", "");
    let filter = DecisionFilter {
        query: Some("refunded".into()),
        ..Default::default()
    };
    let out = tempdir().join("log.md");
    let report = db
        .export_decision_log(&filter, ExportFormat::Markdown, &out, false)
        .unwrap();
    assert_eq!(report.decisions, 1);
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("Refund gifts") && !text.contains("Ship free"));
    drop(db);
    // Opened again (here to read only), the index is built again from the file.
    let db = Db::open_read_only(&path).unwrap();
    assert_eq!(found(&db, "refunds"), ["Refund gifts"]);
}

/// More matches than the screen's page (50), nearly all of them equally relevant: the page is
/// the first 50 in the screen's order (due for review, then best score, then newest), and the
/// count is of every match.
#[test]
fn a_page_of_many_equal_matches_keeps_the_order_and_counts_them_all() {
    let mut db = empty_db();
    let a = meeting(&mut db, "A");
    let b = meeting(&mut db, "B");
    let made: Vec<String> = (0..70)
        .map(|i| {
            let m = if i % 2 == 0 { a.clone() } else { b.clone() };
            decide(&mut db, &m, &format!("Refund rule {i}"), "")
        })
        .collect();
    // Twice the word, in as few words: a better score than the others.
    let best = decide(&mut db, &a, "Refund the refund", "");
    let due = made[40].clone();
    accept_due_for_review(&mut db, &due, "Refund rule 40");
    let search = |sort| {
        db.find_decisions(
            &DecisionFilter {
                query: Some("refunds".into()),
                ..Default::default()
            },
            sort,
        )
        .unwrap()
    };
    let page = search(DecisionSort::Relevance);
    assert_eq!(page.total, 71);
    assert_eq!(page.rows.len(), 50);
    let ids: Vec<&str> = page.rows.iter().map(|r| r.decision.id.as_str()).collect();
    assert_eq!(ids[..2], [due.as_str(), best.as_str()]);
    // The equal ones as the newest come.
    let newest: Vec<String> = search(DecisionSort::Newest)
        .rows
        .into_iter()
        .map(|r| r.decision.id)
        .filter(|id| *id != due && *id != best)
        .collect();
    assert_eq!(
        ids[2..],
        newest[..48].iter().map(String::as_str).collect::<Vec<_>>()
    );
    assert!(page.rows[0].review_due);
}

#[test]
fn dates_narrow_what_the_words_found_when_ranked_by_relevance() {
    let mut db = empty_db();
    let mut held = |title: &str, day: u32| {
        db.create_meeting(&NewMeeting {
            held_on: NaiveDate::from_ymd_opt(2026, 3, day),
            ..titled(title)
        })
        .unwrap()
        .id
    };
    let (early, late) = (held("Early", 2), held("Late", 20));
    decide(&mut db, &early, "Refund shipping", "");
    decide(&mut db, &late, "Refund in a day", "");
    decide(&mut db, &late, "Faster delivery", "");
    let search = |from: Option<u32>, to: Option<u32>| {
        let day = |d: u32| NaiveDate::from_ymd_opt(2026, 3, d);
        let page = db
            .find_decisions(
                &DecisionFilter {
                    query: Some("refunds".into()),
                    from: from.and_then(day),
                    to: to.and_then(day),
                    ..Default::default()
                },
                DecisionSort::Relevance,
            )
            .unwrap();
        let mut found: Vec<String> = page
            .rows
            .into_iter()
            .map(|r| r.decision.statement)
            .collect();
        found.sort();
        (page.total, found)
    };
    assert_eq!(
        search(None, None),
        (2, vec!["Refund in a day".into(), "Refund shipping".into()])
    );
    assert_eq!(search(Some(10), None), (1, vec!["Refund in a day".into()]));
    assert_eq!(search(None, Some(10)), (1, vec!["Refund shipping".into()]));
}

/// The page and count a words-only search gives (counted and ranked in memory from the
/// decisions' index), and the same search with a date every meeting passes (asked of SQLite
/// match by match): (total, [(statement, due for review)]) each.
type Answer = (u32, Vec<(String, bool)>);
