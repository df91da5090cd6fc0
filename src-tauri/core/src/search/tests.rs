use super::*;

#[test]
fn stopwords_are_matched_by_their_stems() {
    assert_eq!(
        query_stems("Every customer, before anything: refunds"),
        vec!["refund"]
    );
}

#[test]
fn query_stems_drop_stopwords_and_repeats() {
    assert_eq!(
        query_stems("The refunds for the e-book, the REFUND!"),
        vec!["refund", "e", "book"]
    );
}

#[test]
fn redaction_marks_are_runs_of_x() {
    for stem in index::tokens("XXXX XX/XX/XXXX xxx") {
        assert!(is_redaction(&stem.stem), "{}", stem.stem);
    }
    for stem in index::tokens("x xbox box fax") {
        assert!(!is_redaction(&stem.stem), "{}", stem.stem);
    }
}

#[test]
fn highlight_marks_words_by_stem_and_keeps_all_text() {
    let (spans, matched) = highlight("Refunds refused, twice.", &["refund".into()]);
    let text: String = spans.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(text, "Refunds refused, twice.");
    assert_eq!(
        spans[0],
        TextSpan {
            text: "Refunds".into(),
            hit: true
        }
    );
    assert!(!spans[1].hit);
    assert_eq!(matched, vec!["refunds"]);
}

#[test]
fn highlight_windows_long_text_on_char_boundaries() {
    let text = format!("{} refund {}", "é ".repeat(300), "ü ".repeat(300));
    let (spans, _) = highlight(&text, &["refund".into()]);
    assert!(spans.first().unwrap().text.starts_with('…'));
    assert!(spans.last().unwrap().text.ends_with('…'));
    assert!(spans.iter().any(|s| s.hit && s.text == "refund"));
}
