use chair_core::model::AnecdoteQuery;

use crate::sample_db;

fn query(text: &str) -> AnecdoteQuery {
    AnecdoteQuery {
        text: text.into(),
        ..Default::default()
    }
}

#[test]
fn typed_words_find_the_anecdotes_that_say_them() {
    let db = sample_db();
    let hits = db
        .search_anecdotes(&query("refund for a broken e-book"))
        .unwrap();
    assert!(!hits.is_empty());
    let top = &hits[0];
    assert!(
        top.anecdote.text.to_lowercase().contains("book"),
        "{}",
        top.anecdote.text
    );
    assert!(top.snippet.iter().any(|s| s.hit));
    assert!(!top.matched.is_empty());
    assert!(
        hits.windows(2).all(|w| w[0].score >= w[1].score),
        "best first"
    );
}

#[test]
fn the_chairs_persona_lifts_its_own_anecdotes() {
    let db = sample_db();
    let seller = db
        .list_personas()
        .unwrap()
        .into_iter()
        .find(|p| p.name.contains(' '))
        .unwrap();
    let hits = db
        .search_anecdotes(&AnecdoteQuery {
            text: String::new(),
            persona_id: Some(seller.id.clone()),
            limit: Some(5),
        })
        .unwrap();
    assert_eq!(hits.len(), 5);
    assert!(hits
        .iter()
        .all(|h| h.anecdote.persona_ids.contains(&seller.id)));
}

#[test]
fn fts_syntax_in_user_text_is_taken_literally() {
    let db = sample_db();
    for text in [
        "\"unbalanced",
        "NEAR(a b) OR AND NOT",
        "col:refund*",
        "^delivery",
        "'; DROP TABLE anecdotes; --",
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
}
