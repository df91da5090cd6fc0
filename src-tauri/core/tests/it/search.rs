use chair_core::model::{
    AnecdoteFilters, AnecdoteInput, AnecdoteQuery, SearchMode, SearchSort, Sentiment,
};
use chair_core::Db;

use crate::storage::tempdir;
use crate::{empty_db, persona_where, sample_db, sample_db_at};

fn query(text: &str) -> AnecdoteQuery {
    AnecdoteQuery {
        text: text.into(),
        ..Default::default()
    }
}

#[test]
fn typed_words_find_the_anecdotes_that_say_them() {
    let db = sample_db();
    let hits = db.search_anecdotes(&query("broken e-book refund")).unwrap();
    assert!(!hits.is_empty());
    for h in &hits {
        let text = h.anecdote.text.to_lowercase();
        assert!(
            text.contains("book") && text.contains("refund"),
            "every word must match: {text}"
        );
        assert!(h.snippet.iter().any(|s| s.hit));
    }
    assert!(
        hits.windows(2).all(|w| w[0].score >= w[1].score),
        "best first"
    );
}

#[test]
fn word_forms_match_by_stem() {
    let db = sample_db();
    let singular = db.search_anecdotes(&query("refund")).unwrap();
    let plural = db.search_anecdotes(&query("refunds")).unwrap();
    assert!(!singular.is_empty());
    assert_eq!(singular.len(), plural.len());
}

#[test]
fn a_long_decision_text_finds_what_bears_on_it() {
    let db = sample_db();
    let decision = "We will stop charging customers return shipping when a heavy item such as a \
        treadmill or an air conditioner arrives defective, and we will pick it up from their home \
        at no cost, because paying to send back something that was broken when it arrived feels \
        like being punished for our mistake";
    let hits = db
        .search_anecdotes(&AnecdoteQuery {
            text: decision.into(),
            mode: Some(SearchMode::Relevant),
            limit: Some(5),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(hits.len(), 5);
    let top = hits[0].anecdote.text.to_lowercase();
    assert!(
        top.contains("treadmill") || top.contains("air conditioner"),
        "{top}"
    );
    assert!(hits[0].matched.len() >= 2, "{:?}", hits[0].matched);
}

/// A workspace whose anecdotes are `texts`, nothing else.
fn library(texts: &[&str]) -> Db {
    let mut db = empty_db();
    for text in texts {
        db.create_anecdote(&AnecdoteInput {
            text: (*text).into(),
            ..Default::default()
        })
        .unwrap();
    }
    db
}

fn relevant(text: &str, limit: u32) -> AnecdoteQuery {
    AnecdoteQuery {
        text: text.into(),
        mode: Some(SearchMode::Relevant),
        limit: Some(limit),
        ..Default::default()
    }
}

#[test]
fn a_word_the_decision_repeats_outranks_a_rare_one_off() {
    let db = library(&[
        "The refund took a month.",
        "No refund for the broken kettle.",
        "Refund refused twice.",
        "My refnud never came.",
        "Delivery was late.",
        "The delivery driver was rude.",
    ]);
    // "refnud" is the rarer word, but a typo said once; "refund" is what the text is about.
    let decision = "Refund within a day: a refund that takes a month is no refund. Refnud.";
    let terms = db.relevant_terms(decision).unwrap();
    let at = |stem: &str| terms.iter().position(|t| t == stem);
    assert!(at("refund").unwrap() < at("refnud").unwrap(), "{terms:?}");

    let hits = db.search_anecdotes(&relevant(decision, 3)).unwrap();
    let top = hits[0].anecdote.text.to_lowercase();
    assert!(top.contains("refund") && !top.contains("refnud"), "{top}");
}

#[test]
fn redaction_marks_are_never_searched_for() {
    let db = library(&[
        "On XX/XX/XXXX XXXX charged me a late fee.",
        "XXXX XXXX XXXX closed my account.",
        "The late fee was waived.",
    ]);
    let decision = "XXXX XXXX XXXX XXXX on XX/XX/XXXX: no late fee in the first month";
    let terms = db.relevant_terms(decision).unwrap();
    assert!(terms.contains(&"fee".to_owned()), "{terms:?}");
    assert!(!terms.iter().any(|t| t == "xxxx" || t == "xx"), "{terms:?}");

    for hit in db.search_anecdotes(&relevant(decision, 3)).unwrap() {
        assert!(hit.anecdote.text.contains("fee"), "{}", hit.anecdote.text);
        assert!(
            !hit.matched.iter().any(|w| w.starts_with("xx")),
            "{:?}",
            hit.matched
        );
    }
}

#[test]
fn a_long_text_searches_for_at_most_32_known_words() {
    let texts: Vec<String> = (0..40).map(|i| format!("topic{i} came up")).collect();
    let db = library(&texts.iter().map(String::as_str).collect::<Vec<_>>());
    let words: Vec<String> = (0..40).map(|i| format!("topic{i} unheardof{i}")).collect();
    let terms = db.relevant_terms(&words.join(" ")).unwrap();
    assert_eq!(terms.len(), 32, "{terms:?}");
    assert!(terms.iter().all(|t| t.starts_with("topic")), "{terms:?}");
}

#[test]
fn the_chairs_persona_lifts_its_own_anecdotes() {
    let db = sample_db();
    let seller = persona_where(&db, |p| p.segment == "Small seller");
    let hits = db
        .search_anecdotes(&AnecdoteQuery {
            persona_id: Some(seller.id.clone()),
            limit: Some(5),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(hits.len(), 5);
    assert!(hits
        .iter()
        .all(|h| h.anecdote.persona_ids.contains(&seller.id)));
}

#[test]
fn filters_restrict_and_sorts_order() {
    let db = sample_db();
    let all = db
        .search_anecdotes(&AnecdoteQuery {
            limit: Some(200),
            ..Default::default()
        })
        .unwrap();
    assert!(all.len() >= 40);
    let severe = db
        .search_anecdotes(&AnecdoteQuery {
            filters: Some(AnecdoteFilters {
                severity_min: Some(4),
                sentiments: Some(vec![Sentiment::Negative]),
                ..Default::default()
            }),
            limit: Some(200),
            ..Default::default()
        })
        .unwrap();
    assert!(!severe.is_empty() && severe.len() < all.len());
    assert!(severe
        .iter()
        .all(|h| h.anecdote.severity >= 4 && h.anecdote.sentiment == Sentiment::Negative));

    let area = all[0].anecdote.product_area.to_uppercase();
    let in_area = db
        .search_anecdotes(&AnecdoteQuery {
            filters: Some(AnecdoteFilters {
                product_areas: Some(vec![area.clone()]),
                ..Default::default()
            }),
            limit: Some(200),
            ..Default::default()
        })
        .unwrap();
    assert!(!in_area.is_empty());
    assert!(
        in_area
            .iter()
            .all(|h| h.anecdote.product_area.to_uppercase() == area),
        "case-insensitive"
    );

    let sorted = |sort| {
        db.search_anecdotes(&AnecdoteQuery {
            sort: Some(sort),
            limit: Some(200),
            ..Default::default()
        })
        .unwrap()
    };
    let newest = sorted(SearchSort::Newest);
    let dates: Vec<_> = newest.iter().map(|h| h.anecdote.said_on.unwrap()).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "newest first");
    let reported = sorted(SearchSort::MostReported);
    assert!(reported
        .windows(2)
        .all(|w| w[0].anecdote.customer_count >= w[1].anecdote.customer_count));
}

#[test]
fn query_syntax_in_user_text_is_taken_literally() {
    let db = sample_db();
    for text in [
        "\"unbalanced",
        "NEAR(a b) OR AND NOT",
        "text:refund*",
        "^delivery",
        "'; DROP TABLE anecdotes; --",
        "+-&&||!(){}[]^\"~*?:\\/",
    ] {
        db.search_anecdotes(&query(text))
            .unwrap_or_else(|e| panic!("{text}: {e}"));
    }
    assert!(db.summary().unwrap().anecdote_count >= 40);
}

#[test]
fn nothing_matches_nothing() {
    let db = sample_db();
    assert!(db.search_anecdotes(&query("zzzqqqxxy")).unwrap().is_empty());
    assert!(
        db.search_anecdotes(&query("the and of"))
            .unwrap()
            .is_empty(),
        "only stopwords"
    );
}

#[test]
fn the_index_follows_writes_and_survives_restarts() {
    let path = tempdir().join("w.db");
    let count = {
        let mut db = sample_db_at(&path);
        assert!(!db.search_anecdotes(&query("treadmill")).unwrap().is_empty());
        db.start_empty().unwrap();
        assert!(
            db.search_anecdotes(&query("treadmill")).unwrap().is_empty(),
            "cleared anecdotes are gone from search"
        );
        db.load_sample().unwrap();
        db.search_anecdotes(&query("treadmill")).unwrap().len()
    };
    assert!(count > 0);
    let found_on_reopening = || {
        let db = Db::open(&path).unwrap();
        db.search_anecdotes(&query("treadmill")).unwrap().len()
    };
    // Reopened: same answers, without rebuilding.
    assert_eq!(found_on_reopening(), count);
    // The index folder lost: rebuilt from the database on open.
    std::fs::remove_dir_all(chair_core::index::SearchIndex::dir_for(&path)).unwrap();
    assert_eq!(found_on_reopening(), count);
    // Garbage in the index folder: rebuilt too.
    let dir = chair_core::index::SearchIndex::dir_for(&path);
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("meta.json"), b"{ not json").unwrap();
    assert_eq!(found_on_reopening(), count);
}

#[test]
fn changes_queued_before_a_crash_reach_the_index_at_the_next_start() {
    let path = tempdir().join("w.db");
    drop(sample_db_at(&path));
    // Another writer (or a crash right after commit) leaves a change only in the queue.
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute(
            "UPDATE anecdotes SET text = 'zebracorn sighting at the depot' WHERE rowid = 1",
            [],
        )
        .unwrap();
    }
    let db = Db::open(&path).unwrap();
    assert_eq!(db.search_anecdotes(&query("zebracorn")).unwrap().len(), 1);
}

#[test]
fn a_second_app_on_the_same_workspace_is_refused() {
    let path = tempdir().join("w.db");
    let _first = Db::open(&path).unwrap();
    let err = Db::open(&path).err().expect("second open refused");
    assert_eq!(err.code(), "in_use", "{err}");
    assert!(err.to_string().contains("already open"), "{err}");
}

/// A workspace file replaced outside the app by another with as many anecdotes (a copy that
/// lived its own life) gets its search index rebuilt: the index records the version of the
/// anecdotes it holds, not only how many there are.
#[test]
fn a_database_replaced_with_as_many_anecdotes_gets_a_rebuilt_index() {
    let dir = tempdir();
    let path = dir.join("workspace.db");
    let other = dir.join("other.db");
    for p in [&path, &other] {
        let mut db = Db::open(p).unwrap();
        assert!(db.initialize_if_new().unwrap());
    }
    {
        let mut db = Db::open(&other).unwrap();
        let first = db.search_anecdotes(&query("refund")).unwrap()[0]
            .anecdote
            .clone();
        db.update_anecdote(
            &first.id,
            &chair_core::model::AnecdoteInput {
                text: "The zanzibar courier lost my parcel".into(),
                said_on: first.said_on,
                ..Default::default()
            },
        )
        .unwrap();
    }
    let count = |p: &std::path::Path| Db::open(p).unwrap().summary().unwrap().anecdote_count;
    assert_eq!(count(&path), count(&other));
    // Closed cleanly: the database is whole in its main file.
    std::fs::copy(&other, &path).unwrap();
    let db = Db::open(&path).unwrap();
    let hits = db.search_anecdotes(&query("zanzibar")).unwrap();
    assert_eq!(
        hits.len(),
        1,
        "the index still holds the replaced file's anecdotes"
    );
}
