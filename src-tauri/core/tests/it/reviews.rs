//! After the meeting: decisions due for review, the review itself, and the PR/FAQ draft.

use chair_core::model::{
    AnswerInput, DecisionStatus, ImpactDirection, NewDecision, NewImpact, NewMeeting,
    Reversibility, ReviewInput,
};
use chair_core::Db;

use crate::{day, sample_db, stating, titled};

#[test]
fn accepted_decisions_past_their_review_date_are_due_until_reviewed() {
    let mut db = sample_db();
    // The sample has an accepted decision to review on 2027-02-16 and one on 2027-05-18, and a
    // proposed one on 2026-12-16.
    assert!(db
        .decisions_due_for_review(day(2027, 2, 15))
        .unwrap()
        .is_empty());
    let due = db.decisions_due_for_review(day(2027, 6, 1)).unwrap();
    assert_eq!(
        due.iter().map(|d| d.review_on.unwrap()).collect::<Vec<_>>(),
        [day(2027, 2, 16), day(2027, 5, 18)],
        "accepted only, the longest overdue first"
    );
    let reviewed = db
        .record_review(&ReviewInput {
            decision_id: due[0].id.clone(),
            happened: true,
            note: " Freight complaints halved ".into(),
        })
        .unwrap();
    assert!(reviewed.reviewed_at.is_some());
    assert_eq!(reviewed.review_happened, Some(true));
    assert_eq!(reviewed.review_note, "Freight complaints halved");
    let due = db.decisions_due_for_review(day(2027, 6, 1)).unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].review_on, Some(day(2027, 5, 18)));
    assert_eq!(
        db.record_review(&ReviewInput {
            decision_id: "nope".into(),
            happened: false,
            note: String::new(),
        })
        .unwrap_err()
        .code(),
        "not_found"
    );
}

/// A meeting on the PR/FAQ outline deck with a hostile title, one decision with an impact and
/// a pinned anecdote, the headline answered with Markdown and HTML typed in, and the problem
/// answered for the meeting and (winning) for the decision. Answers the decision's id.
fn prfaq_meeting(db: &mut Db) -> String {
    let deck = db
        .list_decks()
        .unwrap()
        .into_iter()
        .find(|d| d.name == "PR/FAQ outline")
        .unwrap();
    let meeting = db
        .create_meeting(&NewMeeting {
            held_on: Some(day(2026, 11, 25)),
            deck_id: Some(deck.id.clone()),
            ..titled("Launch <b>review</b>")
        })
        .unwrap();
    let evidence = db.search_anecdotes(&Default::default()).unwrap()[0]
        .anecdote
        .clone();
    let d = db
        .record_decision(&NewDecision {
            rationale: Some("Members feel punished".into()),
            options_considered: Some("A claim form".into()),
            owner: Some("Ana".into()),
            status: Some(DecisionStatus::Proposed),
            reversibility: Some(Reversibility::TwoWay),
            impacts: Some(vec![NewImpact {
                persona_id: None,
                segment: Some("Loyal members".into()),
                direction: ImpactDirection::Helps,
                magnitude: Some(4),
                confidence: None,
                reach: None,
                what_changes: "No more return-and-rebuy".into(),
            }]),
            evidence_ids: Some(vec![evidence.id.clone()]),
            ..stating(&meeting.id, "Refund price drops automatically")
        })
        .unwrap();
    let answer = |i: usize, text: &str| AnswerInput {
        meeting_id: meeting.id.clone(),
        prompt_id: deck.prompts[i].id.clone(),
        answer: text.into(),
        ..Default::default()
    };
    db.answer_prompt(&answer(
        0,
        "# Price drops refund themselves\n<script>alert(1)</script>",
    ))
    .unwrap();
    db.answer_prompt(&answer(2, "Buying at full price feels like a trap"))
        .unwrap();
    // The decision's own answer wins over the meeting's.
    db.answer_prompt(&AnswerInput {
        decision_id: Some(d.id.clone()),
        ..answer(2, "They pay more for buying early")
    })
    .unwrap();
    d.id
}

#[test]
fn the_prfaq_draft_fills_sections_from_prfaq_answers_and_escapes_what_people_typed() {
    let mut db = sample_db();
    let decision = prfaq_meeting(&mut db);
    let md = db.prfaq_draft(&decision).unwrap();
    let first = md.lines().next().unwrap();
    assert_eq!(
        first,
        "# \\# Price drops refund themselves &lt;script&gt;alert(1)&lt;/script&gt;"
    );
    assert!(!md.contains("<script>"), "{md}");
    assert!(!md.contains("<b>"), "{md}");
    assert!(md.contains("\n_For Loyal members._\n"), "{md}");
    assert!(
        md.contains("## Problem\n\nThey pay more for buying early\n"),
        "{md}"
    );
    assert!(
        md.contains("## Solution\n\nRefund price drops automatically\n"),
        "{md}"
    );
    assert!(
        md.contains("## Quote from the company\n\n_To write._"),
        "{md}"
    );
    assert!(
        md.contains("**Loyal members**: helps, magnitude 4/5. No more return-and-rebuy"),
        "{md}"
    );
    assert!(
        md.contains("**What else did we consider?**\n\nA claim form"),
        "{md}"
    );
    assert!(md.contains("two-way door"), "{md}");
    let quoted = md
        .lines()
        .filter(|l| l.starts_with("> ") && !l.starts_with("> —"))
        .count();
    assert_eq!(
        quoted, 1,
        "the pinned anecdote is quoted, on one line: {md}"
    );
    assert!(
        md.lines()
            .all(|l| !l.starts_with("#") || l.starts_with("# ") || l.starts_with("## ")),
        "no heading comes from typed text: {md}"
    );
}

#[test]
fn a_prfaq_draft_without_answers_falls_back_on_the_decision() {
    let db = sample_db();
    let sample = db.list_meetings().unwrap()[0].id.clone();
    let d = db.list_decisions(&sample).unwrap()[1].clone();
    let md = db.prfaq_draft(&d.id).unwrap();
    assert!(md.starts_with("# Refund any e-book"), "{md}");
    assert!(md.contains("one-way door"), "{md}");
    // The five-questions answers of the sample become external FAQ entries.
    assert!(md.contains("**Who is the customer?**"), "{md}");
    assert_eq!(db.prfaq_draft("nope").unwrap_err().code(), "not_found");
}

/// Saving the PR/FAQ draft writes it to the Markdown file the user chose and keeps the same
/// text with the decision; it never replaces a file unless asked, and goes and comes back with
/// the decision.
#[test]
fn a_saved_prfaq_draft_is_written_and_kept_with_its_decision() {
    let mut db = sample_db();
    let sample = db.list_meetings().unwrap()[0].id.clone();
    let d = db.list_decisions(&sample).unwrap()[1].clone();
    assert_eq!(db.kept_prfaq(&d.id).unwrap(), None);
    let dir = crate::storage::tempdir();
    let path = dir.join("refunds-prfaq.md");

    let kept = db.save_prfaq(&d.id, &path, false).unwrap();
    let draft = db.prfaq_draft(&d.id).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), draft);
    assert_eq!(kept.markdown, draft);
    assert_eq!(kept.file_name, "refunds-prfaq.md");
    assert_eq!(kept.decision_id, d.id);
    assert_eq!(db.kept_prfaq(&d.id).unwrap(), Some(kept.clone()));
    let leftovers: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file is left beside it");

    // The decision changes; saving again over the file is refused unless asked, and then the
    // new draft is both the file and the kept copy.
    let mut input = chair_core::model::DecisionInput {
        statement: "Refund any e-book within 30 days, no questions".into(),
        ..Default::default()
    };
    input.reversibility = Some(d.reversibility);
    db.update_decision(&d.id, &input).unwrap();
    let err = db.save_prfaq(&d.id, &path, false).unwrap_err();
    assert_eq!(err.code(), "exists");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), draft);
    assert_eq!(db.kept_prfaq(&d.id).unwrap(), Some(kept));
    let again = db.save_prfaq(&d.id, &path, true).unwrap();
    assert!(again
        .markdown
        .starts_with("# Refund any e-book within 30 days, no questions"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), again.markdown);

    // A folder, or a decision that is not there: refused, naming what, nothing kept.
    match db.save_prfaq(&d.id, &dir, true).unwrap_err() {
        chair_core::Error::Invalid { field, .. } => assert_eq!(field, "path"),
        other => panic!("a folder: {other:?}"),
    }
    let stray = dir.join("stray.md");
    assert_eq!(
        db.save_prfaq("nope", &stray, false).unwrap_err().code(),
        "not_found"
    );
    assert!(!stray.exists());
    assert_eq!(db.kept_prfaq("nope").unwrap_err().code(), "not_found");

    // Deleted with its decision, back with the undo.
    let gone = db.delete_decision(&d.id).unwrap();
    db.undo_delete(&gone.undo_token).unwrap();
    assert_eq!(db.kept_prfaq(&d.id).unwrap(), Some(again));
}
