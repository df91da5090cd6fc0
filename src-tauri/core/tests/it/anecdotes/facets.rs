//! The library's filter values: each counted once whatever its case, the most frequent first, up to a limit.

use super::*;

fn row(text: &str, channel: &str, tags: &[&str], said_on: Option<(u32, u32)>) -> NewAnecdote {
    NewAnecdote {
        text: text.into(),
        said_on: said_on.and_then(|(m, d)| chrono::NaiveDate::from_ymd_opt(2026, m, d)),
        channel: channel.into(),
        product_area: String::new(),
        segment: String::new(),
        sentiment: Sentiment::Unknown,
        severity: 3,
        customer_count: 1,
        tags: tags.iter().map(|t| t.to_string()).collect(),
        source_ref: None,
        provenance: Provenance::Real,
        persona_ids: Vec::new(),
    }
}

fn import(db: &mut Db, rows: Vec<NewAnecdote>) {
    let rows: Vec<(u64, NewAnecdote)> = rows
        .into_iter()
        .enumerate()
        .map(|(i, a)| (i as u64 + 2, a))
        .collect();
    db.import_anecdotes(&rows, &mut |_, _| {}, &AtomicBool::new(false))
        .unwrap();
}

fn facet(value: &str, count: u32) -> FacetCount {
    FacetCount {
        value: value.into(),
        count,
    }
}

#[test]
fn facets_count_each_value_once_whatever_its_case() {
    let mut db = Db::open_in_memory().unwrap();
    let empty = db.anecdote_facets().unwrap();
    assert_eq!(empty.total, 0);
    assert!(empty.channels.is_empty() && empty.tags.is_empty());
    assert_eq!((empty.said_from, empty.said_to), (None, None));

    import(
        &mut db,
        vec![
            row("alpha", "Email", &["billing", "refund"], Some((3, 9))),
            row("bravo", "Email", &["billing"], None),
            row("charlie", "email ", &["Billing", "late"], Some((1, 20))),
            row("delta", "chat", &["late"], Some((5, 2))),
            row("echo", "chat", &[], None),
            row("foxtrot", "", &[], None),
            row("golf", "  ", &["", "say \"hi\""], None),
        ],
    );
    let f = db.anecdote_facets().unwrap();
    assert_eq!(f.total, 7);
    // "email " is the same filter as "Email": one entry, under the spelling most used.
    assert_eq!(f.channels, [facet("Email", 3), facet("chat", 2)]);
    assert_eq!(
        f.tags,
        [
            facet("billing", 3),
            facet("late", 2),
            facet("refund", 1),
            facet("say \"hi\"", 1)
        ]
    );
    assert!(f.product_areas.is_empty() && f.segments.is_empty());
    assert_eq!(f.said_from, chrono::NaiveDate::from_ymd_opt(2026, 1, 20));
    assert_eq!(f.said_to, chrono::NaiveDate::from_ymd_opt(2026, 5, 2));

    // Deletes count too.
    let ids = found(&db, "delta");
    assert_eq!(ids.len(), 1);
    db.delete_anecdote(&ids[0]).unwrap();
    let f = db.anecdote_facets().unwrap();
    assert_eq!(f.total, 6);
    assert_eq!(f.tags[1], facet("late", 1));
    assert_eq!(f.said_to, chrono::NaiveDate::from_ymd_opt(2026, 3, 9));
}

#[test]
fn facets_list_the_most_frequent_values_first_and_stop_at_their_limit() {
    let mut db = Db::open_in_memory().unwrap();
    // Area i said (i % 7 + 1) times; 150 areas and 150 tags.
    let mut rows = Vec::new();
    for i in 0..150 {
        for n in 0..(i % 7 + 1) {
            let area = format!("area {i:03}");
            let tag = format!("tag{i:03}");
            let mut r = row(&format!("{area} {n}"), "", &[&tag], None);
            r.product_area = area;
            r.segment = "SMB".into();
            rows.push(r);
        }
    }
    import(&mut db, rows);
    let f = db.anecdote_facets().unwrap();
    assert_eq!(f.product_areas.len(), 100);
    assert_eq!(f.tags.len(), 50);
    assert_eq!(f.segments, [facet("SMB", f.total)]);
    for list in [&f.product_areas, &f.tags] {
        assert!(
            list.windows(2).all(|w| w[0].count >= w[1].count),
            "{list:?}"
        );
    }
    assert_eq!(f.product_areas[0], facet("area 006", 7));
    // 21 tags each are used 7, 6 and 5 times: the first 50 are 21, 21 and 8 of those.
    let used = |n| f.tags.iter().filter(|t| t.count == n).count();
    assert_eq!((used(7), used(6), used(5)), (21, 21, 8));
    assert_eq!(f.product_areas[99].count, 3);
}
