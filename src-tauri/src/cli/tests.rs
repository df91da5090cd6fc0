use super::*;
use chair_core::model::AnecdoteHit;

#[test]
fn terminal_text_drops_escape_sequences() {
    assert_eq!(
        terminal_text("a\u{1b}]0;pwned\u{7}b\nc\u{9b}d"),
        "a ]0;pwned b c d"
    );
    assert_eq!(terminal_text("abc\u{202e}fed\u{2066}x"), "abc fed x");
}

/// A workspace replaced outside the app can hold any id: the search output prints it
/// through `terminal_text` like the text.
#[test]
fn search_output_prints_ids_terminal_safe() {
    let hit: AnecdoteHit = serde_json::from_value(serde_json::json!({
        "anecdote": {
            "id": "x\u{1b}]0;pwned\u{7}\u{1b}[2J", "text": "Refund \u{1b}[31mnow",
            "saidOn": null, "channel": "email\u{9b}", "productArea": "", "segment": "",
            "sentiment": "negative", "severity": 3, "customerCount": 1, "tags": [],
            "sourceRef": null, "provenance": "real", "personaIds": [],
            "createdAt": "2026-11-18T14:03:21.120Z", "updatedAt": "2026-11-18T14:03:21.120Z"
        },
        "snippet": [], "matched": [], "score": 1.0
    }))
    .unwrap();
    let mut out = Vec::new();
    write_hit(&hit, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\n'),
        "{text:?}"
    );
    assert!(text.contains("id x ]0;pwned  [2J"), "{text:?}");
}
