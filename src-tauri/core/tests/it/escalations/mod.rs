//! Escalations: the "?" with an owner and a deadline, its resolution, and the next meeting
//! reporting that resolution exactly once.

mod reporting;

use chair_core::model::{
    AnecdoteInput, AnecdoteQuery, Escalation, EscalationResolution, MeetingStatus, NewEscalation,
    NewMeeting,
};
use chair_core::Db;
use chrono::{DateTime, Duration, TimeZone, Utc};

use crate::{be, meeting_titled, sample_db, titled};

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()
}

/// The id of the `n`th anecdote that has no escalation yet.
fn anecdote(db: &Db, n: usize) -> String {
    let escalated: Vec<String> = db
        .list_escalations(true)
        .unwrap()
        .into_iter()
        .map(|e| e.anecdote_id)
        .collect();
    db.search_anecdotes(&AnecdoteQuery {
        limit: Some(100),
        ..Default::default()
    })
    .unwrap()
    .into_iter()
    .map(|h| h.anecdote.id)
    .filter(|id| !escalated.contains(id))
    .nth(n)
    .unwrap()
}

fn new(anecdote_id: &str, owner: &str, hours: u32) -> NewEscalation {
    NewEscalation {
        anecdote_id: anecdote_id.into(),
        owner: owner.into(),
        deadline_hours: hours,
        note: None,
        meeting_id: None,
    }
}

/// Raises an escalation of `anecdote_id` owned by `owner`, due `hours` after `when`.
fn raise_at(
    db: &mut Db,
    anecdote_id: &str,
    owner: &str,
    hours: u32,
    when: DateTime<Utc>,
) -> Escalation {
    db.escalate_anecdote_at(&new(anecdote_id, owner, hours), when)
        .unwrap()
}

fn resolution(id: &str, root_cause: &str, fix: &str) -> EscalationResolution {
    EscalationResolution {
        escalation_id: id.into(),
        root_cause: root_cause.into(),
        fix: fix.into(),
    }
}

fn ids(list: &[Escalation]) -> Vec<&str> {
    list.iter().map(|e| e.id.as_str()).collect()
}

fn planned(db: &mut Db, title: &str) -> String {
    db.create_meeting(&NewMeeting {
        planned: Some(true),
        ..titled(title)
    })
    .unwrap()
    .id
}

#[test]
fn the_sample_has_one_open_escalation_and_one_resolved_not_yet_reported() {
    let db = sample_db();
    let open = db.list_escalations(false).unwrap();
    assert_eq!(open.len(), 1);
    assert!(open[0].resolved_at.is_none());
    assert!(
        open[0].due_at > chair_core::time::now(),
        "not overdue the moment the sample loads: {}",
        open[0].due_at
    );
    assert_eq!(open[0].note, "?");
    assert_eq!(open[0].raised_by, "Priya Nair");
    let all = db.list_escalations(true).unwrap();
    assert_eq!(all.len(), 2);
    let resolved = &all[1];
    assert!(resolved.resolved_at.is_some());
    assert_eq!(resolved.resolved_by.as_deref(), Some("Marcus Bell"));
    assert!(!resolved.root_cause.is_empty() && !resolved.fix.is_empty());
    assert_eq!(resolved.reported_in_meeting_id, None);
    let meeting = db.summary().unwrap().last_meeting_id;
    assert_eq!(resolved.meeting_id, meeting, "raised in the sample meeting");
    assert!(resolved.anecdote_text.contains("gift card"));
}

#[test]
fn raising_one_checks_owner_deadline_anecdote_and_meeting_and_changes_nothing_when_refused() {
    let mut db = sample_db();
    let a = anecdote(&db, 0);
    let before = db.list_escalations(true).unwrap();
    let cases = [
        (new(&a, "   ", 24), "invalid", "owner:"),
        (new(&a, "Ana", 0), "invalid", "deadlineHours:"),
        (new(&a, "Ana", 8761), "invalid", "deadlineHours:"),
        (new("no-such-anecdote", "Ana", 24), "not_found", "anecdote"),
        (
            NewEscalation {
                meeting_id: Some("no-such-meeting".into()),
                ..new(&a, "Ana", 24)
            },
            "not_found",
            "meeting",
        ),
    ];
    for (input, code, starts) in cases {
        let err = db.escalate_anecdote(&input).unwrap_err();
        assert_eq!(err.code(), code, "{input:?}: {err}");
        assert!(err.to_string().starts_with(starts), "{err}");
    }
    assert_eq!(db.list_escalations(true).unwrap(), before);
    // Both ends of the range are accepted.
    db.escalate_anecdote(&new(&a, "Ana", 1)).unwrap();
    db.escalate_anecdote(&new(&a, "Ana", 8760)).unwrap();
}

#[test]
fn a_new_escalation_is_due_its_deadline_after_it_was_raised_and_signed_by_whoever_raised_it() {
    let mut db = sample_db();
    let a = anecdote(&db, 0);
    let meeting = db.summary().unwrap().last_meeting_id.unwrap();
    let e = db
        .escalate_anecdote_at(
            &NewEscalation {
                note: Some("   ".into()),
                meeting_id: Some(meeting.clone()),
                ..new(&a, "  Ana Souza ", 36)
            },
            at(20, 9),
        )
        .unwrap();
    assert_eq!(e.owner, "Ana Souza");
    assert_eq!(e.note, "?", "an empty note is the one-character '?'");
    assert_eq!(e.raised_by, "", "nobody was chosen");
    assert_eq!(e.created_at, "2026-11-20T09:00:00.000Z");
    assert_eq!(e.due_at, "2026-11-21T21:00:00.000Z");
    assert_eq!(e.deadline_hours, 36);
    assert_eq!(e.meeting_id.as_deref(), Some(meeting.as_str()));
    assert!(e.resolved_at.is_none() && e.root_cause.is_empty() && e.fix.is_empty());
    assert_eq!(
        e.anecdote_text,
        db.get_anecdotes(std::slice::from_ref(&a)).unwrap()[0].text,
        "the anecdote's text comes along"
    );

    be(&mut db, "Priya Nair");
    let e = db
        .escalate_anecdote(&NewEscalation {
            note: Some(" ? who approved this ".into()),
            ..new(&a, "Ana", 24)
        })
        .unwrap();
    assert_eq!(e.raised_by, "Priya Nair");
    assert_eq!(e.note, "? who approved this");
}

#[test]
fn open_escalations_come_by_due_time_then_the_resolved_newest_resolution_first() {
    let mut db = sample_db();
    db.start_empty().unwrap();
    let a = db
        .create_anecdote(&AnecdoteInput {
            text: "My refund never arrived".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    // Raised at different times with different deadlines: due 21st 12:00, 20th 10:00 (long
    // overdue), 25th 09:00, 22nd 09:00.
    let later = raise_at(&mut db, &a, "A", 48, at(19, 12));
    let overdue = raise_at(&mut db, &a, "B", 1, at(20, 9));
    let far = raise_at(&mut db, &a, "C", 120, at(20, 9));
    let soon = raise_at(&mut db, &a, "D", 24, at(21, 9));
    assert_eq!(
        ids(&db.list_escalations(false).unwrap()),
        [&overdue.id, &later.id, &soon.id, &far.id]
    );

    db.resolve_escalation_at(&resolution(&soon.id, "cause", "fix"), at(22, 8))
        .unwrap();
    db.resolve_escalation_at(&resolution(&far.id, "cause", "fix"), at(23, 8))
        .unwrap();
    assert_eq!(
        ids(&db.list_escalations(false).unwrap()),
        [&overdue.id, &later.id],
        "the resolved are left out unless asked for"
    );
    assert_eq!(
        ids(&db.list_escalations(true).unwrap()),
        [&overdue.id, &later.id, &far.id, &soon.id],
        "then the resolved, the newest resolution first"
    );
    assert_eq!(
        ids(&db.anecdote_escalations(&a).unwrap()),
        [&soon.id, &far.id, &overdue.id, &later.id],
        "an anecdote's escalations, the newest first"
    );
}

#[test]
fn resolving_needs_a_root_cause_and_a_fix_and_happens_once() {
    let mut db = sample_db();
    let a = anecdote(&db, 1);
    let e = db.escalate_anecdote(&new(&a, "Ana", 24)).unwrap();
    for (cause, fix, field) in [(" ", "Refunds split", "rootCause:"), ("Bug", "", "fix:")] {
        let err = db
            .resolve_escalation(&resolution(&e.id, cause, fix))
            .unwrap_err();
        assert_eq!(err.code(), "invalid");
        assert!(err.to_string().starts_with(field), "{err}");
    }
    assert_eq!(db.get_escalation(&e.id).unwrap(), e, "unchanged");
    assert_eq!(
        db.resolve_escalation(&resolution("nope", "a", "b"))
            .unwrap_err()
            .code(),
        "not_found"
    );

    be(&mut db, "Marcus Bell");
    let done = db
        .resolve_escalation_at(
            &resolution(
                &e.id,
                " The refund job skipped split payments ",
                " Fixed the job ",
            ),
            at(24, 15),
        )
        .unwrap();
    assert_eq!(
        done.resolved_at.as_deref(),
        Some("2026-11-24T15:00:00.000Z")
    );
    assert_eq!(done.resolved_by.as_deref(), Some("Marcus Bell"));
    assert_eq!(done.root_cause, "The refund job skipped split payments");
    assert_eq!(done.fix, "Fixed the job");

    let err = db
        .resolve_escalation(&resolution(&e.id, "Other", "Other"))
        .unwrap_err();
    assert_eq!(err.code(), "invalid");
    assert!(
        err.to_string().contains("already resolved by Marcus Bell"),
        "{err}"
    );
    assert_eq!(
        db.get_escalation(&e.id).unwrap(),
        done,
        "the first resolution stays"
    );
}
